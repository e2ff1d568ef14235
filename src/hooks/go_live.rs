//! Going live: from the pre-rendered markup (readable without script: every
//! view shown, quotes as `<details>`) to the live widget (tabs, ARIA disclosure
//! buttons), keeping what the reader opened and where their focus was.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::host::{clipboard, opened_early};
use crate::ids::View;
use crate::model::AnchoredExplainer;
use crate::state::{Action, ViewState};

/// What going live changed: both false in the server-side render and the
/// first client render (which hydrates it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Live {
    /// The widget is live.
    pub live: bool,
    /// The browser can open the system share sheet.
    pub can_share: bool,
}

/// Goes live in a task of its own after the one that hydrated, then calls
/// `start` with `true` (navigate to where the widget starts). Going live is a
/// second render of everything, so a click in between is answered at once, by
/// the `<details>` it lands on (kept open by the reading below), instead of
/// waiting for both renders.
///
/// New content once live (a refresh of content from a URL) re-renders in
/// place: `start` is called with `false`, to follow fragments in the new
/// content without moving the reader from where they are.
#[hook]
pub fn use_go_live(
    explainer: Rc<AnchoredExplainer>,
    root: NodeRef,
    dispatcher: UseReducerDispatcher<ViewState>,
    start: Callback<bool>,
) -> Live {
    let live = use_state(Live::default);
    let went_live = use_mut_ref(|| false);
    // The card or item whose <summary> had focus when the widget went live.
    let refocus = use_mut_ref(|| None::<String>);
    {
        let (live, root, refocus) = (live.clone(), root.clone(), refocus.clone());
        use_effect_with(explainer, move |_| {
            let already_live = *went_live.borrow();
            if already_live {
                start.emit(false);
            }
            let going = (!already_live).then(|| {
                Timeout::new(0, move || {
                    *went_live.borrow_mut() = true;
                    // Read before going live replaces the pre-rendered <details>.
                    let mut focused_in_tracker = false;
                    if let Some(root) = root.cast::<web_sys::Element>() {
                        let early = opened_early::read(&root);
                        if !early.quotes.is_empty() || !early.deals.is_empty() {
                            dispatcher.dispatch(Action::KeepOpened {
                                quotes: early.quotes,
                                deals: early.deals,
                            });
                        }
                        *refocus.borrow_mut() = early.focused;
                        focused_in_tracker = early.focused_in_tracker;
                    }
                    live.set(Live {
                        live: true,
                        can_share: clipboard::can_share(),
                    });
                    start.emit(true);
                    // After the start-up navigation (which opens the default view):
                    // the reader was working in the tracker, and its button takes focus.
                    if focused_in_tracker {
                        dispatcher.dispatch(Action::ShowView(View::Tracker));
                    }
                })
            });
            move || drop(going)
        });
    }
    use_effect_with(live.live, move |live| {
        if !*live {
            return;
        }
        let pending = refocus.borrow_mut().take();
        if let (Some(element_id), Some(root)) = (pending, root.cast::<web_sys::Element>()) {
            opened_early::refocus(&root, &element_id);
        }
    });
    *live
}
