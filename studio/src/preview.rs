//! The part of a long draft the live preview draws unasked: the widget draws
//! every card and the whole text in one piece of work, and for a draft of a
//! thousand quotes that held the editor for seconds (issue 28). A draft over
//! [`PREVIEW_QUOTES`] quotes or [`PREVIEW_BYTES`] of text is previewed from its
//! beginning: the article's first blocks up to both limits, the quotes in
//! them, the tracker items with evidence there, no later reports, validated
//! again as a draft of its own. The journalist can still ask for all of it.
//! Plain Rust, tested natively.

use std::rc::Rc;

use news_explainer::model::validate;
use news_explainer::model::{
    AnchoredEvidence, AnchoredExplainer, Evidence, Explainer, Section, Span,
};

/// The most quotes the preview draws unasked. A news story has a few dozen.
pub const PREVIEW_QUOTES: usize = 40;

/// The most bytes of article text the preview draws unasked.
pub const PREVIEW_BYTES: usize = 40_000;

/// What of a draft the preview draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Bounded {
    /// The beginning of the draft, validated and anchored (shared: the
    /// widget takes it as it is).
    pub anchored: Rc<AnchoredExplainer>,
    /// How many of the draft's quotes it shows, and of how many.
    pub quotes: (usize, usize),
    /// How many bytes of the draft's text (every report's) it shows, and of how many.
    pub bytes: (usize, usize),
}

/// The bytes of text of every report of `anchored`, joined.
fn text_bytes(anchored: &AnchoredExplainer) -> usize {
    anchored
        .source
        .blocks
        .iter()
        .map(|block| block.span.end - block.span.start)
        .sum()
}

/// True when `anchored` is too long for the preview to draw unasked.
pub fn is_long(anchored: &AnchoredExplainer) -> bool {
    anchored.explainer.quotes.len() > PREVIEW_QUOTES || text_bytes(anchored) > PREVIEW_BYTES
}

/// How many of the article's first blocks hold at most `max_quotes` of its
/// quotes and `max_bytes` of its text (at least one block).
fn blocks_within(anchored: &AnchoredExplainer, max_quotes: usize, max_bytes: usize) -> usize {
    let Some(article) = anchored.reports.first() else {
        return 0;
    };
    let mut starts: Vec<usize> = anchored
        .quotes
        .iter()
        .filter(|quote| quote.report == 0)
        .map(|quote| quote.span.start)
        .collect();
    starts.sort_unstable();
    let (mut quotes, mut bytes) = (0, 0);
    let mut kept = 0;
    for block in &anchored.source.blocks[article.blocks.clone()] {
        let span = block.span;
        let inside =
            starts.partition_point(|&s| s < span.end) - starts.partition_point(|&s| s < span.start);
        if kept > 0 && (quotes + inside > max_quotes || bytes + span.end - span.start > max_bytes) {
            break;
        }
        quotes += inside;
        bytes += span.end - span.start;
        kept += 1;
    }
    kept
}

/// The first `blocks` blocks of `sections` (a heading or a paragraph each).
fn first_blocks(sections: &[Section], mut blocks: usize) -> Vec<Section> {
    let mut kept = Vec::new();
    for section in sections {
        if blocks == 0 {
            break;
        }
        let heading = section.heading.clone();
        blocks -= usize::from(heading.is_some());
        let paragraphs: Vec<String> = section.paragraphs.iter().take(blocks).cloned().collect();
        // A heading cut off from all its paragraphs is left out with them.
        if paragraphs.is_empty() && !section.paragraphs.is_empty() {
            break;
        }
        blocks -= paragraphs.len();
        kept.push(Section {
            heading,
            paragraphs,
        });
    }
    kept
}

/// The beginning of a long draft, as the preview draws it unasked; `None`
/// for a draft short enough to draw whole, or when its beginning is not a
/// valid draft on its own (a quote's prefix reaching past it, say).
pub fn bounded(anchored: &AnchoredExplainer) -> Option<Bounded> {
    if !is_long(anchored) {
        return None;
    }
    let blocks = blocks_within(anchored, PREVIEW_QUOTES, PREVIEW_BYTES);
    let article = anchored.reports.first()?;
    let end = anchored.source.blocks[article.blocks.start + blocks.checked_sub(1)?]
        .span
        .end;
    let within = |span: Span| span.start >= article.span.start && span.end <= end;
    let draft = &anchored.explainer;
    let kept_quote: Vec<bool> = anchored
        .quotes
        .iter()
        .map(|quote| quote.report == 0 && within(quote.span))
        .collect();
    let quotes = draft
        .quotes
        .iter()
        .zip(&kept_quote)
        .filter(|(_, kept)| **kept)
        .map(|(quote, _)| quote.clone())
        .collect::<Vec<_>>();
    let tracker = draft
        .tracker
        .iter()
        .zip(&anchored.deals)
        .filter_map(|(item, deal)| {
            let mut item = item.clone();
            item.evidence = item
                .evidence
                .iter()
                .zip(&deal.evidence)
                .filter(|(_, located)| match located {
                    AnchoredEvidence::Quote(index) => kept_quote[*index],
                    AnchoredEvidence::Passage(span) => within(*span),
                })
                .map(|(evidence, _)| match evidence {
                    // In the article: no report to name.
                    Evidence::Passage {
                        passage,
                        prefix,
                        suffix,
                        ..
                    } => Evidence::Passage {
                        passage: passage.clone(),
                        prefix: prefix.clone(),
                        suffix: suffix.clone(),
                        report: None,
                    },
                    quote => quote.clone(),
                })
                .collect();
            // No later report is drawn: the history's entries are the article's.
            for change in &mut item.history {
                change.report = None;
            }
            (!item.evidence.is_empty()).then_some(item)
        })
        .collect();
    let beginning = Explainer {
        schema: None,
        article: draft.article.clone(),
        source: first_blocks(&draft.source, blocks),
        reports: Vec::new(),
        people: draft.people.clone(),
        quotes,
        tracker,
    };
    let shown_quotes = beginning.quotes.len();
    let anchored_beginning = validate::validate(beginning).ok()?;
    Some(Bounded {
        quotes: (shown_quotes, draft.quotes.len()),
        bytes: (text_bytes(&anchored_beginning), text_bytes(anchored)),
        anchored: Rc::new(anchored_beginning),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The default explainer with `extra` paragraphs after it, each quoting
    /// Trump once, and a tracker item citing the last of those quotes.
    fn long_draft(extra: usize) -> Explainer {
        let mut draft = Explainer::from_json(news_explainer::content::ANCHORAGE_SUMMIT).unwrap();
        let mut paragraphs = Vec::new();
        for n in 0..extra {
            let words = format!("clause {n} can stand as it is");
            paragraphs.push(format!(
                "Trump said “{words}” after the {n}th session, and aides agreed. {}",
                "The talks went on into the night. ".repeat(12)
            ));
            let mut quote = draft.quotes[0].clone();
            quote.id = format!("clause-{n}");
            quote.speaker = "trump".into();
            quote.text = words;
            (quote.prefix, quote.suffix) = (None, None);
            draft.quotes.push(quote);
        }
        draft.source.push(Section {
            heading: Some("The later sessions".into()),
            paragraphs,
        });
        let mut late = draft.tracker[0].clone();
        late.id = "late-item".into();
        late.evidence = vec![Evidence::Quote {
            quote: format!("clause-{}", extra - 1),
        }];
        draft.tracker.push(late);
        draft
    }

    #[test]
    fn a_short_draft_is_drawn_whole() {
        let draft = Explainer::from_json(news_explainer::content::ANCHORAGE_SUMMIT).unwrap();
        let anchored = validate::validate(draft).unwrap();
        assert!(!is_long(&anchored));
        assert_eq!(bounded(&anchored), None);
    }

    #[test]
    fn a_long_draft_is_drawn_from_its_beginning_within_both_limits() {
        let draft = long_draft(300);
        let anchored = validate::validate(draft.clone()).unwrap();
        let shown = bounded(&anchored).expect("a long draft is bounded");
        let (quotes, of_quotes) = shown.quotes;
        assert_eq!(of_quotes, draft.quotes.len());
        assert!(quotes <= PREVIEW_QUOTES && quotes > 0, "{quotes}");
        assert!(shown.bytes.0 <= PREVIEW_BYTES, "{:?}", shown.bytes);
        assert!(shown.bytes.1 > PREVIEW_BYTES, "{:?}", shown.bytes);
        // The first quotes of the draft, in its order.
        let ids = |e: &Explainer| e.quotes.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&shown.anchored.explainer), ids(&draft)[..quotes]);
        // The default's items stay; the one citing a quote past the end goes.
        let items: Vec<&str> = shown
            .anchored
            .explainer
            .tracker
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(items.len(), draft.tracker.len() - 1);
        assert!(!items.contains(&"late-item"));
    }

    #[test]
    fn the_beginning_is_whole_blocks_of_the_article() {
        let draft = long_draft(300);
        let anchored = validate::validate(draft.clone()).unwrap();
        let shown = bounded(&anchored).unwrap();
        let text = |e: &Explainer| {
            e.source
                .iter()
                .flat_map(|s| s.heading.iter().chain(&s.paragraphs))
                .cloned()
                .collect::<Vec<_>>()
        };
        let (all, beginning) = (text(&draft), text(&shown.anchored.explainer));
        assert!(beginning.len() < all.len());
        assert_eq!(all[..beginning.len()], beginning[..]);
    }
}
