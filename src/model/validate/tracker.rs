//! A tracker item: its fields, status, parties, evidence (quotes and passages
//! of the article, anchored with the quotes in one pass) and dated history.

use super::{is_iso_date, Checker, References};
use crate::model::anchor::{AnchorError, SourceText, Span, TextQuoteSelector};
use crate::model::anchored::{AnchoredDeal, AnchoredEvidence};
use crate::model::explainer::{DealItem, Evidence, Explainer};
use crate::model::problem::{ListItem, ProblemKind, Referent, Subject};
use crate::model::status::Status;

impl Checker {
    pub(super) fn deal(
        &mut self,
        source: &SourceText,
        explainer: &Explainer,
        references: &References<'_, '_>,
        index: usize,
        deal: &DealItem,
        anchored: &mut impl Iterator<Item = Result<Span, AnchorError>>,
    ) -> AnchoredDeal {
        let References {
            people,
            quotes,
            reports,
        } = *references;
        let path = format!("$.tracker[{index}]");
        self.required(&path, "title", &deal.title);
        self.required(&path, "summary", &deal.summary);
        let status = self.status(format!("{path}.status"), &deal.status);
        for (p, party) in deal.parties.iter().enumerate() {
            self.reference(
                format!("{path}.parties[{p}]"),
                Referent::Person,
                party,
                people,
            );
        }

        self.list_not_empty(
            format!("{path}.evidence"),
            ListItem::Evidence,
            &deal.evidence,
        );
        let evidence = deal
            .evidence
            .iter()
            .enumerate()
            .map(|(e, evidence)| {
                let evidence_path = format!("{path}.evidence[{e}]");
                match evidence {
                    Evidence::Quote { quote } => AnchoredEvidence::Quote(
                        self.reference(
                            format!("{evidence_path}.quote"),
                            Referent::Quote,
                            quote,
                            quotes,
                        )
                        .unwrap_or(0),
                    ),
                    Evidence::Passage {
                        passage,
                        prefix,
                        suffix,
                        report,
                    } => {
                        self.report_reference(
                            format!("{evidence_path}.report"),
                            report.as_deref(),
                            reports,
                        );
                        let selector = TextQuoteSelector {
                            exact: passage,
                            prefix: prefix.as_deref(),
                            suffix: suffix.as_deref(),
                        };
                        let subject = Subject::Evidence {
                            deal: deal.id.clone(),
                            index: e,
                        };
                        self.invisible_characters(&evidence_path, "passage", &subject, selector);
                        self.prefix_and_suffix(&evidence_path, selector);
                        let found = anchored
                            .next()
                            .expect("validate anchors every passage, in this order");
                        AnchoredEvidence::Passage(self.anchor(
                            source,
                            format!("{evidence_path}.passage"),
                            subject,
                            selector,
                            found,
                        ))
                    }
                }
            })
            .collect();

        self.list_not_empty(
            format!("{path}.history"),
            ListItem::HistoryEntry,
            &deal.history,
        );
        let history: Vec<Status> = deal
            .history
            .iter()
            .enumerate()
            .map(|(h, change)| {
                let change_path = format!("{path}.history[{h}]");
                self.required(&change_path, "note", &change.note);
                self.date(format!("{change_path}.date"), &change.date);
                self.report_reference(
                    format!("{change_path}.report"),
                    change.report.as_deref(),
                    reports,
                );
                let cited = change
                    .report
                    .as_deref()
                    .and_then(|id| explainer.report_index(Some(id)))
                    .and_then(|report| explainer.report(report));
                if let Some(cited) = cited {
                    let both_dates = is_iso_date(&change.date) && is_iso_date(cited.published);
                    if both_dates && change.date.as_str() < cited.published {
                        self.report(
                            format!("{change_path}.date"),
                            ProblemKind::HistoryBeforeReport {
                                date: change.date.clone(),
                                report: cited.id.unwrap_or_default().to_string(),
                                published: cited.published.to_string(),
                            },
                        );
                    }
                }
                self.status(format!("{change_path}.status"), &change.status)
            })
            .collect();
        if deal
            .history
            .windows(2)
            .any(|pair| pair[0].date > pair[1].date)
        {
            self.report(format!("{path}.history"), ProblemKind::HistoryOutOfOrder);
        }
        if let Some(last) = deal.history.last() {
            let both_known =
                Status::from_id(&last.status).is_some() && Status::from_id(&deal.status).is_some();
            if both_known && last.status != deal.status {
                self.report(
                    format!("{path}.status"),
                    ProblemKind::StatusDisagreesWithHistory {
                        status: deal.status.clone(),
                        latest: last.status.clone(),
                    },
                );
            }
        }
        AnchoredDeal {
            status,
            history,
            evidence,
        }
    }
}
