//! Highlighting: the source text cut into plain and marked segments.
//!
//! Views never search text; they receive segments. The segments of the whole
//! source are built in one pass over the marks sorted by position, so the cost
//! grows with the text plus the number of marks, never with their product.

use super::anchor::{BlockKind, Span};
use super::anchored::{AnchoredEvidence, AnchoredExplainer};

/// What a highlight is: a quote or an evidence passage. The element ids and
/// links the DOM contract gives it are formatted by the views
/// ([`crate::ids::ElementId`]), not here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A quote, by its id (`data-quote`).
    Quote(String),
    /// The `index`-th (0-based) piece of evidence of a tracker item, by the
    /// item's id (`data-deal`).
    Passage {
        /// The tracker item's id.
        deal: String,
        /// Which of its pieces of evidence.
        index: usize,
    },
}

/// A run of text, highlighted or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The verbatim text.
    pub text: String,
    /// The highlight, if the run is one.
    pub mark: Option<Mark>,
}

/// A heading or paragraph of the source, cut into segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HighlightedBlock {
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// The block's text in order.
    pub segments: Vec<Segment>,
}

impl AnchoredExplainer {
    /// The `index`-th (0-based) piece of evidence of tracker item `deal`, when
    /// it is a passage of the article (not a quote).
    pub fn passage(&self, deal: &str, index: usize) -> Option<Span> {
        match self.deals[self.deal_index(deal)?].evidence.get(index)? {
            AnchoredEvidence::Passage(span) => Some(*span),
            AnchoredEvidence::Quote(_) => None,
        }
    }

    /// Every mark of the source, sorted by position: quotes and evidence passages.
    fn marks(&self) -> Vec<(Span, Mark)> {
        let quotes = self
            .explainer
            .quotes
            .iter()
            .zip(&self.quotes)
            .map(|(quote, anchored)| (anchored.span, Mark::Quote(quote.id.clone())));
        let passages =
            self.explainer
                .tracker
                .iter()
                .zip(&self.deals)
                .flat_map(|(deal, anchored)| {
                    anchored
                        .evidence
                        .iter()
                        .enumerate()
                        .filter_map(move |(index, evidence)| match evidence {
                            AnchoredEvidence::Passage(span) => Some((
                                *span,
                                Mark::Passage {
                                    deal: deal.id.clone(),
                                    index,
                                },
                            )),
                            AnchoredEvidence::Quote(_) => None,
                        })
                });
        let mut marks: Vec<(Span, Mark)> = quotes.chain(passages).collect();
        marks.sort_by_key(|(span, _)| (span.start, std::cmp::Reverse(span.end)));
        marks
    }

    /// The whole source as highlighted blocks. Where two marks overlap, the one
    /// that starts first wins and the other is left unmarked: a `<mark>` cannot
    /// be split without breaking the one-element-per-anchor contract.
    pub fn highlighted_source(&self) -> Vec<HighlightedBlock> {
        let marks = self.marks();
        let mut next = 0;
        self.source
            .blocks
            .iter()
            .map(|block| {
                let mut in_block = Vec::new();
                while next < marks.len() && marks[next].0.start < block.span.end {
                    if block.span.contains(marks[next].0) {
                        in_block.push(marks[next].clone());
                    }
                    next += 1;
                }
                HighlightedBlock {
                    kind: block.kind,
                    segments: self.segments(block.span, in_block),
                }
            })
            .collect()
    }

    /// The sentence around quote `index`, with the quote marked in place, and
    /// "…" where a long one was cut ([`super::anchor::SourceText::context_around`]).
    pub fn quote_in_context(&self, index: usize) -> Vec<Segment> {
        let quote = &self.explainer.quotes[index];
        let anchored = self.quotes[index];
        let mark = Mark::Quote(quote.id.clone());
        let context = anchored.context;
        let ellipsis = |cut: bool| {
            cut.then(|| Segment {
                text: "…".into(),
                mark: None,
            })
        };
        ellipsis(context.cut_before)
            .into_iter()
            .chain(self.segments(context.span, vec![(anchored.span, mark)]))
            .chain(ellipsis(context.cut_after))
            .collect()
    }

    /// Cuts `range` at the given sorted marks, dropping any that overlap an earlier one.
    fn segments(&self, range: Span, marks: Vec<(Span, Mark)>) -> Vec<Segment> {
        let mut segments = Vec::with_capacity(marks.len() * 2 + 1);
        let mut cursor = range.start;
        let plain = |from: usize, to: usize| Segment {
            text: self.source.text[from..to].to_string(),
            mark: None,
        };
        for (span, mark) in marks {
            if span.start < cursor {
                continue;
            }
            if span.start > cursor {
                segments.push(plain(cursor, span.start));
            }
            segments.push(Segment {
                text: self.source.slice(span).to_string(),
                mark: Some(mark),
            });
            cursor = span.end;
        }
        if cursor < range.end {
            segments.push(plain(cursor, range.end));
        }
        segments
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_explainer;

    #[test]
    fn the_highlighted_source_reproduces_the_text_verbatim() {
        let explainer = default_explainer().unwrap();
        let blocks = explainer.highlighted_source();
        assert_eq!(blocks.len(), explainer.source.blocks.len());
        for (block, highlighted) in explainer.source.blocks.iter().zip(&blocks) {
            let joined: String = highlighted
                .segments
                .iter()
                .map(|s| s.text.as_str())
                .collect();
            assert_eq!(joined, explainer.source.slice(block.span));
        }
    }

    #[test]
    fn every_quote_is_marked_once() {
        let explainer = default_explainer().unwrap();
        let marked: Vec<String> = explainer
            .highlighted_source()
            .into_iter()
            .flat_map(|block| block.segments)
            .filter_map(|segment| match segment.mark {
                Some(Mark::Quote(quote)) => Some(quote),
                _ => None,
            })
            .collect();
        let ids: Vec<String> = explainer
            .explainer
            .quotes
            .iter()
            .map(|q| q.id.clone())
            .collect();
        assert_eq!(marked, ids);
    }

    #[test]
    fn evidence_passages_are_marked_with_their_deal() {
        let explainer = default_explainer().unwrap();
        let passage = explainer
            .highlighted_source()
            .into_iter()
            .flat_map(|block| block.segments)
            .find(|segment| {
                segment.mark
                    == Some(Mark::Passage {
                        deal: "formal-agreement".into(),
                        index: 0,
                    })
            })
            .unwrap();
        assert_eq!(passage.text, "produced no formal agreements");
    }

    #[test]
    fn a_quote_in_context_is_its_sentence_with_the_quote_marked() {
        let explainer = default_explainer().unwrap();
        let index = explainer.quote_index("long-overdue").unwrap();
        let segments = explainer.quote_in_context(index);
        let texts: Vec<&str> = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "He called the meeting “",
                "long overdue",
                "” and urged a shift from confrontation to dialogue."
            ]
        );
        assert_eq!(segments[1].mark, Some(Mark::Quote("long-overdue".into())));
    }

    #[test]
    fn passages_resolve_to_passages_only() {
        let explainer = default_explainer().unwrap();
        let span = explainer.passage("formal-agreement", 0).unwrap();
        assert_eq!(
            explainer.source.slice(span),
            "produced no formal agreements"
        );
        // The third piece of evidence is a quote, not a passage.
        assert_eq!(explainer.passage("formal-agreement", 2), None);
        // (Slugs that are no passage, such as `formal-agreement-evidence-0`,
        // are the business of `crate::ids::Passage::parse`.)
        for (deal, index) in [("formal-agreement", 8), ("x", 0)] {
            assert_eq!(explainer.passage(deal, index), None, "{deal} {index}");
        }
    }

    #[test]
    fn overlapping_marks_keep_the_first() {
        let explainer = default_explainer().unwrap();
        let block = explainer.source.blocks[0].span;
        let a = Span {
            start: block.start,
            end: block.start + 10,
        };
        let b = Span {
            start: block.start + 5,
            end: block.start + 15,
        };
        let mark = |quote: &str| Mark::Quote(quote.into());
        let segments = explainer.segments(block, vec![(a, mark("a")), (b, mark("b"))]);
        let marks: Vec<&Mark> = segments.iter().filter_map(|s| s.mark.as_ref()).collect();
        assert_eq!(marks, [&mark("a")]);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, explainer.source.slice(block));
    }
}
