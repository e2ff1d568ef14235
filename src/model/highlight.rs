//! Highlighting: the source text cut into plain and marked segments.
//!
//! Views never search text; they receive segments. The segments of the whole
//! source are built in one pass over the marks sorted by position, so the cost
//! grows with the text plus the number of marks, never with their product.

use super::anchor::{BlockKind, Span};
use super::anchored::{AnchoredEvidence, AnchoredExplainer};

/// What a highlight points at, with the ids the DOM contract needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// The slug after `#source-`: a quote id, or `<deal-id>-evidence-<n>`.
    pub anchor: String,
    /// The quote's id when the mark is a quote (`data-quote`).
    pub quote: Option<String>,
    /// The tracker item's id when the mark is an evidence passage (`data-deal`).
    pub deal: Option<String>,
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

/// The slug of the `n`-th (0-based) evidence passage of a tracker item, as used
/// in `#source-<slug>`; numbered from 1 for readers.
pub fn passage_anchor(deal_id: &str, evidence_index: usize) -> String {
    format!("{deal_id}-evidence-{}", evidence_index + 1)
}

impl AnchoredExplainer {
    /// The evidence passage a `#source-<slug>` names, if `slug` is a passage anchor.
    pub fn passage(&self, anchor: &str) -> Option<Span> {
        self.explainer
            .tracker
            .iter()
            .zip(&self.deals)
            .find_map(|(deal, anchored)| {
                let index = anchor
                    .strip_prefix(deal.id.as_str())?
                    .strip_prefix("-evidence-")?;
                let index: usize = index.parse().ok()?;
                match anchored.evidence.get(index.checked_sub(1)?)? {
                    AnchoredEvidence::Passage(span) => Some(*span),
                    AnchoredEvidence::Quote(_) => None,
                }
            })
    }

    /// Every mark of the source, sorted by position: quotes and evidence passages.
    fn marks(&self) -> Vec<(Span, Mark)> {
        let quotes = self
            .explainer
            .quotes
            .iter()
            .zip(&self.quotes)
            .map(|(quote, anchored)| {
                let mark = Mark {
                    anchor: quote.id.clone(),
                    quote: Some(quote.id.clone()),
                    deal: None,
                };
                (anchored.span, mark)
            });
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
                                Mark {
                                    anchor: passage_anchor(&deal.id, index),
                                    quote: None,
                                    deal: Some(deal.id.clone()),
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

    /// The sentence around quote `index`, with the quote marked in place.
    pub fn quote_in_context(&self, index: usize) -> Vec<Segment> {
        let quote = &self.explainer.quotes[index];
        let anchored = self.quotes[index];
        let mark = Mark {
            anchor: quote.id.clone(),
            quote: Some(quote.id.clone()),
            deal: None,
        };
        self.segments(anchored.sentence, vec![(anchored.span, mark)])
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
            .filter_map(|segment| segment.mark.and_then(|mark| mark.quote))
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
            .find_map(|segment| {
                segment
                    .mark
                    .filter(|m| m.anchor == "formal-agreement-evidence-1")
            })
            .unwrap();
        assert_eq!(passage.deal.as_deref(), Some("formal-agreement"));
        assert_eq!(passage.quote, None);
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
        assert_eq!(
            segments[1].mark.as_ref().unwrap().quote.as_deref(),
            Some("long-overdue")
        );
    }

    #[test]
    fn passage_anchors_resolve_to_passages_only() {
        let explainer = default_explainer().unwrap();
        let span = explainer.passage("formal-agreement-evidence-1").unwrap();
        assert_eq!(
            explainer.source.slice(span),
            "produced no formal agreements"
        );
        // The third piece of evidence is a quote, not a passage.
        assert_eq!(explainer.passage("formal-agreement-evidence-3"), None);
        for missing in [
            "formal-agreement-evidence-0",
            "formal-agreement-evidence-9",
            "formal-agreement",
            "x-evidence-1",
        ] {
            assert_eq!(explainer.passage(missing), None, "{missing}");
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
        let mark = |anchor: &str| Mark {
            anchor: anchor.into(),
            quote: None,
            deal: None,
        };
        let segments = explainer.segments(block, vec![(a, mark("a")), (b, mark("b"))]);
        let anchors: Vec<&str> = segments
            .iter()
            .filter_map(|s| s.mark.as_ref())
            .map(|m| m.anchor.as_str())
            .collect();
        assert_eq!(anchors, ["a"]);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, explainer.source.slice(block));
    }
}
