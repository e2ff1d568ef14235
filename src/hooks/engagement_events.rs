//! Telling the host page what the reader does ([`EngagementEvent`]): views
//! opened and single quotes expanded, by a click or a link. (A copied link is
//! told by the dispatcher, which knows when the copy succeeded.)

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::embedding::{EngagementEvent, Placement};
use crate::host::events;
use crate::ids::View;
use crate::state::quote_just_opened;

/// Emits `view-changed` when the open view changes and `quote-expanded` when
/// the reader opens one quote ([`quote_just_opened`]); nothing for the state
/// the widget starts in.
#[hook]
pub fn use_engagement_events(
    root: NodeRef,
    placement: Placement,
    view: View,
    expanded_quotes: BTreeSet<String>,
) {
    let emit = move |event: EngagementEvent| {
        if let Some(root) = root.cast::<web_sys::Element>() {
            events::emit(&root, &placement, &event);
        }
    };
    {
        let emit = emit.clone();
        let seen = use_mut_ref(|| None::<View>);
        use_effect_with(view, move |view| {
            let previous = seen.borrow_mut().replace(*view);
            if previous.is_some_and(|previous| previous != *view) {
                emit(EngagementEvent::ViewChanged {
                    view: view.id().into(),
                });
            }
        });
    }
    let seen = use_mut_ref(|| None::<BTreeSet<String>>);
    use_effect_with(expanded_quotes, move |expanded| {
        let previous = seen.borrow_mut().replace(expanded.clone());
        if let Some(quote) = previous.and_then(|previous| quote_just_opened(&previous, expanded)) {
            emit(EngagementEvent::QuoteExpanded {
                quote: quote.into(),
            });
        }
    });
}
