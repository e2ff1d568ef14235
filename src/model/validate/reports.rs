//! Several reports: every report's text joined into one source (the
//! article's first), and each quote and passage anchored in its own report's
//! text, its place then made a place in the joined one.

use crate::model::anchor::{AnchorError, MatchBudget, SourceText, Span, TextQuoteSelector};
use crate::model::anchored::AnchoredReport;
use crate::model::explainer::{Explainer, Section};

/// Every report's text joined into one [`SourceText`] (the article's first),
/// and where each report's blocks and text sit in it. With one report, that
/// is the article's text as it always was.
pub(super) fn joined_source(explainer: &Explainer) -> (SourceText, Vec<AnchoredReport>) {
    if explainer.reports.is_empty() {
        let source = SourceText::new(&explainer.source);
        let span = Span {
            start: 0,
            end: source.text.len(),
        };
        let blocks = 0..source.blocks.len();
        return (source, vec![AnchoredReport { blocks, span }]);
    }
    let sections: Vec<Section> = (0..explainer.report_count())
        .filter_map(|index| explainer.report(index))
        .flat_map(|report| report.source.iter().cloned())
        .collect();
    let source = SourceText::new(&sections);
    let mut first_block = 0;
    let reports = (0..explainer.report_count())
        .filter_map(|index| explainer.report(index))
        .map(|report| {
            let count: usize = report
                .source
                .iter()
                .map(|section| usize::from(section.heading.is_some()) + section.paragraphs.len())
                .sum();
            let blocks = first_block..first_block + count;
            first_block += count;
            let span = match (source.blocks.get(blocks.start), blocks.end.checked_sub(1)) {
                (Some(first), Some(last)) if count > 0 => Span {
                    start: first.span.start,
                    end: source.blocks[last].span.end,
                },
                // A report with no text (reported already) still has a place.
                _ => {
                    let at = source
                        .blocks
                        .get(blocks.start)
                        .map_or(source.text.len(), |b| b.span.start);
                    Span { start: at, end: at }
                }
            };
            AnchoredReport { blocks, span }
        })
        .collect();
    (source, reports)
}

/// The report a span of the joined text lies in.
pub(super) fn reports_of_span(reports: &[AnchoredReport], span: Span) -> usize {
    reports
        .partition_point(|report| report.span.end < span.start)
        .min(reports.len().saturating_sub(1))
}

/// Anchors each selector in its own report's text (`None`: a report that does
/// not exist, reported elsewhere; its outcome is an empty span), with the
/// outcomes' spans made places in the joined `source`. Each report's words are
/// read once for all its selectors; a quote in one report is never found in,
/// nor made ambiguous by, another's text. Every report draws on one `budget`
/// of places compared.
pub(super) fn anchor_in_reports(
    explainer: &Explainer,
    source: &SourceText,
    reports: &[AnchoredReport],
    selectors: &[(Option<usize>, TextQuoteSelector<'_>)],
    budget: &mut MatchBudget,
) -> Vec<Result<Span, AnchorError>> {
    let mut outcomes: Vec<Result<Span, AnchorError>> = vec![Ok(Span::default()); selectors.len()];
    // The selectors of each report, sorted out in one pass: one pass over
    // every selector per report was reports x quotes (issue #32).
    let mut by_report: Vec<Vec<usize>> = vec![Vec::new(); reports.len()];
    for (index, (report, _)) in selectors.iter().enumerate() {
        if let Some(indices) = report.and_then(|report| by_report.get_mut(report)) {
            indices.push(index);
        }
    }
    for ((report, placed), indices) in reports.iter().enumerate().zip(by_report) {
        if indices.is_empty() {
            continue;
        }
        let wanted: Vec<TextQuoteSelector<'_>> =
            indices.iter().map(|&index| selectors[index].1).collect();
        if reports.len() == 1 {
            for (index, outcome) in indices
                .into_iter()
                .zip(source.anchor_all_within(&wanted, budget))
            {
                outcomes[index] = outcome;
            }
            continue;
        }
        let Some(facts) = explainer.report(report) else {
            continue;
        };
        let own = SourceText::new(facts.source);
        let offset = placed.span.start;
        for (index, outcome) in indices
            .into_iter()
            .zip(own.anchor_all_within(&wanted, budget))
        {
            outcomes[index] = shifted(outcome, offset);
        }
    }
    outcomes
}

/// An anchoring outcome in one report's text, moved `offset` bytes on: its
/// place in the joined text.
fn shifted(outcome: Result<Span, AnchorError>, offset: usize) -> Result<Span, AnchorError> {
    let shift = |span: Span| Span {
        start: span.start + offset,
        end: span.end + offset,
    };
    let shift_all = |spans: Vec<Span>| spans.into_iter().map(shift).collect();
    match outcome {
        Ok(span) => Ok(shift(span)),
        Err(AnchorError::Empty) => Err(AnchorError::Empty),
        Err(AnchorError::NotFound { closest, bounded }) => Err(AnchorError::NotFound {
            closest: closest.map(shift),
            bounded,
        }),
        Err(AnchorError::ContextMismatch { occurrences, count }) => {
            Err(AnchorError::ContextMismatch {
                occurrences: shift_all(occurrences),
                count,
            })
        }
        Err(AnchorError::Ambiguous { occurrences, count }) => Err(AnchorError::Ambiguous {
            occurrences: shift_all(occurrences),
            count,
        }),
        Err(AnchorError::TooManyPlaces) => Err(AnchorError::TooManyPlaces),
    }
}
