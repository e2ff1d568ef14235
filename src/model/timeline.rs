//! The tracker's status changes across every item as one dated timeline: what
//! changed, when, and the evidence for it, so a reader of a story that runs
//! over weeks sees what moved without opening every item's history.

use super::anchored::{AnchoredEvidence, AnchoredExplainer};
use super::status::Status;

/// One status change on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    /// The tracker item, by index.
    pub deal: usize,
    /// Which of its history entries, by index.
    pub change: usize,
    /// The status from that date.
    pub status: Status,
    /// The report that tells of the change (0: the article).
    pub report: usize,
    /// The item's pieces of evidence in that report, by index into its evidence.
    pub evidence: Vec<usize>,
}

impl AnchoredExplainer {
    /// Every history entry of every item, oldest first (items in tracker order
    /// within a day). Each names the report that tells of it: the one its
    /// `report` names, else the newest published on or before its date, else
    /// the first; its evidence is the item's evidence in that report.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        let explainer = &self.explainer;
        let mut entries: Vec<(&str, TimelineEntry)> = Vec::new();
        for (deal_index, (deal, located)) in explainer.tracker.iter().zip(&self.deals).enumerate() {
            for (change_index, (change, &status)) in
                deal.history.iter().zip(&located.history).enumerate()
            {
                let report = match &change.report {
                    Some(id) => explainer.report_index(Some(id)).unwrap_or(0),
                    None => (0..explainer.report_count())
                        .rev()
                        .find(|&index| {
                            explainer
                                .report(index)
                                .is_some_and(|report| report.published <= change.date.as_str())
                        })
                        .unwrap_or(0),
                };
                let evidence = located
                    .evidence
                    .iter()
                    .enumerate()
                    .filter(|(_, evidence)| self.evidence_report(evidence) == report)
                    .map(|(index, _)| index)
                    .collect();
                entries.push((
                    change.date.as_str(),
                    TimelineEntry {
                        deal: deal_index,
                        change: change_index,
                        status,
                        report,
                        evidence,
                    },
                ));
            }
        }
        // A stable sort keeps tracker order, and history order, within a day.
        entries.sort_by(|a, b| a.0.cmp(b.0));
        entries.into_iter().map(|(_, entry)| entry).collect()
    }

    /// Whether the timeline says more than the items do: there are several
    /// reports, or the history runs over more than one day. An explainer of
    /// one report and one day renders as it did before the timeline.
    pub fn has_timeline(&self) -> bool {
        if self.has_several_reports() {
            return true;
        }
        let mut dates = self
            .explainer
            .tracker
            .iter()
            .flat_map(|deal| deal.history.iter().map(|change| change.date.as_str()));
        let first = dates.next();
        dates.any(|date| Some(date) != first)
    }

    /// The report a piece of evidence is in.
    pub fn evidence_report(&self, evidence: &AnchoredEvidence) -> usize {
        match *evidence {
            AnchoredEvidence::Quote(quote) => self.quotes.get(quote).map_or(0, |q| q.report),
            AnchoredEvidence::Passage(span) => self.report_of(span),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::validate;

    #[test]
    fn the_timeline_runs_across_items_and_reports_in_date_order() {
        let anchored = validate::load(include_str!("../../tests/data/three-reports.json")).unwrap();
        assert!(anchored.has_timeline());
        let explainer = &anchored.explainer;
        let entries: Vec<(String, &str, &str, usize, Vec<usize>)> = anchored
            .timeline()
            .into_iter()
            .map(|entry| {
                let deal = &explainer.tracker[entry.deal];
                (
                    deal.history[entry.change].date.clone(),
                    deal.id.as_str(),
                    entry.status.id(),
                    entry.report,
                    entry.evidence,
                )
            })
            .collect();
        assert_eq!(
            entries,
            [
                ("2025-06-02".into(), "single-fare", "proposed", 0, vec![0]),
                ("2025-06-02".into(), "timetable", "proposed", 0, vec![0]),
                ("2025-06-20".into(), "single-fare", "agreed", 1, vec![1, 2]),
                ("2025-06-20".into(), "timetable", "in-progress", 1, vec![1]),
                ("2025-07-08".into(), "timetable", "no-deal", 2, vec![2, 3]),
                ("2025-07-08".into(), "county-ruling", "claimed", 2, vec![0]),
            ]
        );
    }

    #[test]
    fn one_report_of_one_day_has_no_timeline() {
        let anchored = crate::content::default_explainer().unwrap();
        assert!(!anchored.has_timeline());
    }
}
