//! A link to a place in the widget (`#quote-…`, `#deal-…`, `#source-…`).
//!
//! It is a real `<a href>`, so it works before and without WebAssembly and can
//! be opened in a new tab; with Wasm the click goes to the dispatcher as a
//! [`ReaderAction::Follow`], which also handles a link to the fragment the URL
//! already has (no `hashchange`).
//!
//! A view function rather than a component: it holds no state, and the default
//! explainer has dozens of these links (every quote and passage marked in the
//! article, every piece of evidence). As components, each cost a scope, a run of
//! the scheduler and a pair of hydration markers, all on the page-load path.

use yew::prelude::*;

use crate::context::{Dispatch, ReaderAction};
use crate::fragment::Fragment;

/// An in-widget link to `to`, showing `text`; a plain click is sent to
/// `dispatch` instead of the browser's own navigation.
pub fn fragment_link(to: Fragment, dispatch: &Dispatch, text: Html) -> Html {
    let href = to.href();
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        // Let modified clicks open a new tab or window as usual.
        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
            return;
        }
        event.prevent_default();
        dispatch.emit(ReaderAction::Follow(to.clone()));
    });
    html! {
        <a {href} {onclick}>{ text }</a>
    }
}
