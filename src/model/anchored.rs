//! The explainer once it is valid: the content as written, plus every quote and
//! evidence passage located in the source text, so views never search text.
//!
//! [`super::validate`] is the only way to make one, so holding an
//! [`AnchoredExplainer`] means the content passed every check.

use super::anchor::{QuoteContext, SourceText, Span};
use super::explainer::Explainer;
use super::status::Status;

/// A validated explainer with every quote and evidence passage located.
///
/// `Eq` matters beyond tidiness: `Rc<AnchoredExplainer>` props then compare by
/// pointer first, so components do not deep-compare the content on every render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchoredExplainer {
    /// The content as written.
    pub explainer: Explainer,
    /// The source text of every report joined into one string, with its
    /// blocks; spans of every report are places in it.
    pub source: SourceText,
    /// Where each report's blocks and text sit in `source`, in report order
    /// (the article first).
    pub reports: Vec<AnchoredReport>,
    /// Where each quote sits, parallel to `explainer.quotes`.
    pub quotes: Vec<AnchoredQuote>,
    /// Typed statuses and located evidence, parallel to `explainer.tracker`.
    pub deals: Vec<AnchoredDeal>,
}

/// One report's part of the joined source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchoredReport {
    /// Its blocks, as indices into `source.blocks`.
    pub blocks: std::ops::Range<usize>,
    /// Its text, from its first block's start to its last block's end.
    pub span: Span,
}

/// A quote's place in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnchoredQuote {
    /// The report the words are in (0: the article).
    pub report: usize,
    /// The quoted words.
    pub span: Span,
    /// The sentence or sentences around them, within their paragraph and at
    /// most [`super::anchor::CONTEXT_BYTES`] either side of them.
    pub context: QuoteContext,
}

/// A tracker item with its statuses parsed and its evidence located.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchoredDeal {
    /// The current status.
    pub status: Status,
    /// The status of each history entry, parallel to `history`.
    pub history: Vec<Status>,
    /// Each piece of evidence, parallel to `evidence`.
    pub evidence: Vec<AnchoredEvidence>,
}

/// A located piece of evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchoredEvidence {
    /// A quote, by index into `explainer.quotes`.
    Quote(usize),
    /// A passage of the source.
    Passage(Span),
}

impl AnchoredExplainer {
    /// The index of the quote with this id.
    pub fn quote_index(&self, id: &str) -> Option<usize> {
        self.explainer
            .quotes
            .iter()
            .position(|quote| quote.id == id)
    }

    /// The report a place in the joined source text belongs to (0: the article).
    pub fn report_of(&self, span: Span) -> usize {
        self.reports
            .partition_point(|report| report.span.end < span.start)
            .min(self.reports.len().saturating_sub(1))
    }

    /// True when the explainer holds more than one report: only then do the
    /// views name reports, so a one-report explainer renders as it always did.
    pub fn has_several_reports(&self) -> bool {
        self.reports.len() > 1
    }

    /// The index of the tracker item with this id.
    pub fn deal_index(&self, id: &str) -> Option<usize> {
        self.explainer.tracker.iter().position(|deal| deal.id == id)
    }

    /// Indices of the tracker items that cite quote `quote` as evidence.
    pub fn deals_citing(&self, quote: usize) -> impl Iterator<Item = usize> + '_ {
        self.deals
            .iter()
            .enumerate()
            .filter_map(move |(index, deal)| {
                deal.evidence
                    .contains(&AnchoredEvidence::Quote(quote))
                    .then_some(index)
            })
    }

    /// Quote indices grouped by speaker (person index), speakers in the order
    /// they are first quoted, quotes in article order within each group.
    pub fn quotes_by_speaker(&self) -> Vec<(usize, Vec<usize>)> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for (index, quote) in self.explainer.quotes.iter().enumerate() {
            let Some(person) = self
                .explainer
                .people
                .iter()
                .position(|p| p.id == quote.speaker)
            else {
                continue;
            };
            match groups.iter_mut().find(|(speaker, _)| *speaker == person) {
                Some((_, quotes)) => quotes.push(index),
                None => groups.push((person, vec![index])),
            }
        }
        groups
    }

    /// How many tracker items stand at each status, in [`Status::ALL`] order,
    /// leaving out statuses no item has.
    pub fn status_counts(&self) -> Vec<(Status, usize)> {
        Status::ALL
            .into_iter()
            .map(|status| {
                (
                    status,
                    self.deals.iter().filter(|d| d.status == status).count(),
                )
            })
            .filter(|&(_, count)| count > 0)
            .collect()
    }
}
