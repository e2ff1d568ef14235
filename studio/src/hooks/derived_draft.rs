//! What the Studio derives from the draft: the draft itself, shared; its check
//! (problems, and the anchored explainer the preview draws; `use_checked`); the article's
//! text and each later report's text, to anchor in. Each is made again only
//! when what it is made from changed, and whether it changed is told without
//! copying the draft: an unchanged draft is the same `Rc`
//! ([`Studio::shared_explainer`]), and the texts are compared only when it is
//! not. Copying the whole draft on every draw to compare it with the last one
//! is what made a keystroke in a draft of 10,000 reports take seconds
//! (issue #32).

use std::rc::Rc;

use news_explainer::model::anchor::SourceText;
use news_explainer::model::{Explainer, Report};
use yew::prelude::*;

use crate::draft::Studio;
use crate::hooks::checked::{use_checked, CheckedDraft};

/// The draft, as a memo's key: equal when it is the same `Rc`, or when the part
/// of it `same_part` reads is equal (the article's text, the reports).
#[derive(Clone)]
struct DraftKey {
    draft: Option<Rc<Explainer>>,
    same_part: fn(&Explainer, &Explainer) -> bool,
}

impl PartialEq for DraftKey {
    fn eq(&self, other: &DraftKey) -> bool {
        match (&self.draft, &other.draft) {
            (Some(mine), Some(theirs)) => {
                Rc::ptr_eq(mine, theirs) || (self.same_part)(mine, theirs)
            }
            (None, None) => true,
            _ => false,
        }
    }
}

impl DraftKey {
    fn new(studio: &Studio, same_part: fn(&Explainer, &Explainer) -> bool) -> DraftKey {
        DraftKey {
            draft: studio.shared_explainer().cloned(),
            same_part,
        }
    }
}

/// Each later report's text by the report's id.
pub type ReportSources = Rc<Vec<(String, Rc<SourceText>)>>;

/// What [`use_derived_draft`] gives, each shared (`Rc`) as a memo keeps it.
pub struct DerivedDraft {
    /// The draft, when the document is one.
    pub explainer: Rc<Option<Rc<Explainer>>>,
    /// Its check, made once per change of the draft.
    pub checked: Rc<CheckedDraft>,
    /// The article's text.
    pub source: Rc<Option<Rc<SourceText>>>,
    /// Each later report's text by the report's id, for the quotes that name it.
    pub report_sources: Rc<ReportSources>,
}

/// The draft of `studio` and what is derived from it (see the module doc).
#[hook]
pub fn use_derived_draft(studio: &Studio) -> DerivedDraft {
    // An edit that changed nothing (a copy equal to the draft) is no change:
    // comparing stops at the first difference, so a real one costs little.
    let explainer = use_memo(
        DraftKey::new(studio, |mine, theirs| mine == theirs),
        |key| key.draft.clone(),
    );
    // Checked once per change (a long draft a turn after it is drawn, issue 28).
    let checked = use_checked((*explainer).clone());
    let source = use_memo(
        DraftKey::new(studio, |mine, theirs| mine.source == theirs.source),
        |key| {
            key.draft
                .as_ref()
                .map(|explainer| Rc::new(SourceText::new(&explainer.source)))
        },
    );
    let report_sources = use_memo(
        DraftKey::new(studio, |mine, theirs| mine.reports == theirs.reports),
        |key| {
            let reports: &[Report] = key.draft.as_ref().map_or(&[][..], |e| e.reports.as_slice());
            Rc::new(
                reports
                    .iter()
                    .map(|report| (report.id.clone(), Rc::new(SourceText::new(&report.source))))
                    .collect::<Vec<_>>(),
            )
        },
    );
    DerivedDraft {
        explainer,
        checked,
        source,
        report_sources,
    }
}
