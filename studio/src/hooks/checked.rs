//! Checking the draft (validation and anchoring, as `explainer check` does)
//! once per change: at once for a draft of news-story size, a turn of the
//! browser after it has been drawn for a long one, so that the first drawing of
//! a long paste and its check are two pieces of work, not one that holds the
//! page (issue 28). Until a long draft's check has run, the last one's result
//! stands (or, for a draft just opened, [`Checked::pending`]).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use news_explainer::model::Explainer;
use yew::prelude::*;

use crate::problems::{self, Checked, FieldProblems};

/// A draft with more quotes than this is checked a turn after it is drawn.
pub const CHECK_LATER_QUOTES: usize = 150;

/// A draft with more bytes of article text than this is checked a turn after it is drawn.
pub const CHECK_LATER_BYTES: usize = 150_000;

/// A draft's check and its problems by field.
pub type CheckedDraft = Option<(Checked, Rc<FieldProblems>)>;

fn check(explainer: &Explainer) -> (Checked, Rc<FieldProblems>) {
    let checked = problems::check(explainer);
    let by_field = Rc::new(FieldProblems::new(&checked.problems));
    (checked, by_field)
}

/// True when `explainer` is long enough to be checked a turn later.
fn is_long(explainer: &Explainer) -> bool {
    let bytes: usize = explainer
        .source
        .iter()
        .flat_map(|section| section.heading.iter().chain(&section.paragraphs))
        .map(String::len)
        .sum();
    explainer.quotes.len() > CHECK_LATER_QUOTES || bytes > CHECK_LATER_BYTES
}

/// The draft as the key of the memo and the effect below: the Studio shares an
/// unchanged draft as the same `Rc` (`use_derived_draft`), so comparing
/// pointers tells a change without walking a long draft (issue 32).
#[derive(Clone)]
struct SameDraft(Option<Rc<Explainer>>);

impl PartialEq for SameDraft {
    fn eq(&self, other: &SameDraft) -> bool {
        match (&self.0, &other.0) {
            (Some(mine), Some(theirs)) => Rc::ptr_eq(mine, theirs),
            (None, None) => true,
            _ => false,
        }
    }
}

/// The check of `explainer` (`None` without a draft).
#[hook]
pub fn use_checked(explainer: Option<Rc<Explainer>>) -> Rc<CheckedDraft> {
    let later = explainer.as_deref().is_some_and(is_long);
    let now = use_memo(
        (SameDraft(explainer.clone()), later),
        |(SameDraft(explainer), later)| match explainer {
            Some(explainer) if !*later => Some(check(explainer)),
            _ => None,
        },
    );
    let checked_later = use_state(|| Rc::new(None::<(Checked, Rc<FieldProblems>)>));
    {
        let checked_later = checked_later.clone();
        use_effect_with(
            (SameDraft(explainer.clone()), later),
            move |(SameDraft(explainer), later)| {
                let job = explainer.clone().filter(|_| *later).map(|explainer| {
                    Timeout::new(0, move || {
                        checked_later.set(Rc::new(Some(check(&explainer))))
                    })
                });
                move || drop(job)
            },
        );
    }
    match explainer {
        None => Rc::new(None),
        Some(_) if !later => now,
        Some(_) => match &**checked_later {
            Some(_) => (*checked_later).clone(),
            None => Rc::new(Some((Checked::pending(), Rc::default()))),
        },
    }
}
