//! Following the fragments this widget answers to, on start-up and on every
//! change (back and forward included). Which fragments those are, and how each
//! is taken, depends on where the widget runs: see
//! [`crate::navigation`].

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::embedding::Placement;
use crate::host::{frame, location};
use crate::model::AnchoredExplainer;
use crate::navigation::{on_hash, start_view, Navigation};
use crate::state::{Action, ViewState};

/// The listeners that keep the widget following fragments, dropped with it.
struct Listening {
    _hash: [EventListener; 2],
    _host: Option<EventListener>,
}

/// Returns the callback that starts following fragments: given `true`, it
/// acts on the current one ([`start_view`]); either way it listens for
/// changes, until the widget or its content goes away (new content calls it
/// again, with `false`: the reader stays where they are).
/// [`super::use_go_live`] calls it in its task, so the start-up navigation
/// renders together with going live.
#[hook]
pub fn use_fragment_navigation(
    explainer: Rc<AnchoredExplainer>,
    placement: Placement,
    opened: bool,
    dispatcher: UseReducerDispatcher<ViewState>,
) -> Callback<bool> {
    let listening = use_mut_ref(|| None::<Listening>);
    {
        let listening = listening.clone();
        use_effect_with(explainer.clone(), move |_| {
            move || drop(listening.borrow_mut().take())
        });
    }
    use_callback(
        (explainer, placement, opened, dispatcher),
        move |navigate: bool, (explainer, placement, opened, dispatcher)| {
            let go = {
                let dispatcher = dispatcher.clone();
                move |navigation: Option<Navigation>| {
                    if let Some(navigation) = navigation {
                        dispatcher.dispatch(Action::Navigate(navigation));
                    }
                }
            };
            if navigate {
                go(start_view(
                    placement,
                    *opened,
                    &location::current_hash(),
                    explainer,
                ));
            }
            let hash = {
                let (explainer, placement, go) = (explainer.clone(), placement.clone(), go.clone());
                location::on_hash_change(move |hash| go(on_hash(&placement, &hash, &explainer)))
            };
            let host = match placement {
                Placement::Frame(params) => {
                    let explainer = explainer.clone();
                    Some(frame::on_navigate(params.clone(), move |hash| {
                        go(Navigation::claim(&hash, &explainer))
                    }))
                }
                Placement::Page | Placement::Inline(_) => None,
            };
            *listening.borrow_mut() = Some(Listening {
                _hash: hash,
                _host: host,
            });
        },
    )
}
