//! A returning reader: what they have not seen since their last visit, from
//! the record their browser keeps ([`crate::host::visit_store`]), and keeping
//! that record as they read.
//!
//! - First visit: everything there is counts as seen; no line, no marks.
//! - Later visits: the line "Since your visit on …: N items changed, M new
//!   quotes" (announced once, politely), and a mark on each changed item and
//!   new quote, until the reader has seen it.
//! - Seen: a quote once its card has been opened (its context read); a
//!   tracker item once its status history has been opened (where the change
//!   is told). However they were opened: a click, "Expand all", a link.
//!
//! Nothing is read or written before the widget is live (the first render
//! must match the pre-rendered markup) or with [`Remember::Off`].

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::embedding::Remember;
use crate::host::visit_store::{self, Remembered, VisitStore};
use crate::model::since_visit::storage_key;
use crate::model::{AnchoredExplainer, Changes, SeenSnapshot};
use crate::state::{Action, Announcement, ViewState};
use crate::strings::Strings;

/// What the views show a returning reader.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SinceVisit {
    /// What to mark (changed items, new quotes), not yet seen.
    pub changes: Rc<Changes>,
    /// "Since your visit on …", while something is left to see.
    pub line: Option<String>,
}

/// The record being kept for this widget.
enum Keeping {
    /// Not started (the widget is not live yet).
    NotYet,
    /// Storage is unavailable or refused: nothing more is tried.
    Off,
    /// Keeping the record.
    On {
        store: VisitStore,
        seen: SeenSnapshot,
        /// The day of the visit before this one; none on a first visit.
        previous_visit: Option<String>,
        /// The content the changes were last worked out for.
        shown_for: Rc<AnchoredExplainer>,
    },
}

/// Reads the record once live, records what the reader sees as they open it
/// (after every render: a few set look-ups), and returns the marks and the line.
#[hook]
pub fn use_since_visit(
    explainer: Rc<AnchoredExplainer>,
    remember: Remember,
    live: bool,
    state: UseReducerHandle<ViewState>,
    strings: &'static Strings,
) -> SinceVisit {
    let keeping = use_mut_ref(|| Keeping::NotYet);
    let shown = use_state(SinceVisit::default);
    {
        let shown = shown.clone();
        use_effect(move || {
            if live && remember == Remember::On {
                keep_record(&keeping, &explainer, &state, &shown, strings);
            }
        });
    }
    (*shown).clone()
}

fn keep_record(
    keeping: &Rc<RefCell<Keeping>>,
    explainer: &Rc<AnchoredExplainer>,
    state: &UseReducerHandle<ViewState>,
    shown: &UseStateHandle<SinceVisit>,
    strings: &Strings,
) {
    let mut keeping = keeping.borrow_mut();
    let first_look = matches!(*keeping, Keeping::NotYet);
    if first_look {
        *keeping = start(explainer);
    }
    let Keeping::On {
        store,
        seen,
        previous_visit,
        shown_for,
    } = &mut *keeping
    else {
        return;
    };
    let saw_more = seen.see(explainer, &state.expanded_quotes, &state.expanded_deals);
    if saw_more || first_look {
        store.write(seen);
    }
    if !(saw_more || first_look || !Rc::ptr_eq(shown_for, explainer)) {
        return;
    }
    *shown_for = explainer.clone();
    let changes = seen.changes(explainer);
    let line = previous_visit
        .as_deref()
        .filter(|_| !changes.is_empty())
        .map(|visited| {
            strings.since_visit(
                visited,
                changes.changed_items.len(),
                changes.new_quotes.len(),
            )
        });
    if first_look && line.is_some() {
        if let Some(visited) = previous_visit.clone() {
            state.dispatch(Action::Announce(Announcement::SinceVisit {
                visited,
                changed_items: changes.changed_items.len(),
                new_quotes: changes.new_quotes.len(),
            }));
        }
    }
    let next = SinceVisit {
        changes: Rc::new(changes),
        line,
    };
    if **shown != next {
        shown.set(next);
    }
}

/// Opens the record: a first visit records everything as seen; a later one
/// keeps what was seen and moves the visit's day on.
fn start(explainer: &Rc<AnchoredExplainer>) -> Keeping {
    let page = crate::host::location::page_for_records();
    let key = storage_key(&page, &explainer.explainer.article);
    let Some((store, remembered)) = VisitStore::open(key) else {
        return Keeping::Off;
    };
    let today = visit_store::today();
    let (seen, previous_visit) = match remembered {
        Remembered::FirstVisit => (SeenSnapshot::everything(explainer, &today), None),
        Remembered::Seen(mut seen) => {
            seen.keep_only(explainer);
            let previous = std::mem::replace(&mut seen.visited, today);
            (seen, Some(previous))
        }
    };
    Keeping::On {
        store,
        seen,
        previous_visit,
        shown_for: explainer.clone(),
    }
}
