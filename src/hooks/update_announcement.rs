//! Telling screen readers, politely, that refreshed content re-rendered in
//! place, and what it brought (through the widget's one live region for
//! announcements, [`Action::Announce`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{AnchoredExplainer, SeenSnapshot};
use crate::state::{Action, Announcement, ViewState};

/// Announces each change of `explainer` after the first, when `refreshes` (the
/// content comes from a URL and is refreshed; the Studio's preview, whose
/// content changes with every keystroke, says nothing).
#[hook]
pub fn use_update_announcement(
    explainer: Rc<AnchoredExplainer>,
    refreshes: bool,
    dispatcher: UseReducerDispatcher<ViewState>,
) {
    let previous = use_mut_ref(|| None::<Rc<AnchoredExplainer>>);
    use_effect_with(explainer, move |explainer| {
        let before = previous.borrow_mut().replace(explainer.clone());
        if let Some(before) = before.filter(|before| refreshes && !Rc::ptr_eq(before, explainer)) {
            // Everything the reader had before counts as seen: the rest is news.
            let changes = SeenSnapshot::everything(&before, "").changes(explainer);
            dispatcher.dispatch(Action::Announce(Announcement::Updated {
                changed_items: changes.changed_items.len(),
                new_quotes: changes.new_quotes.len(),
            }));
        }
    });
}
