//! A status badge: icon and text label, so a status never rests on colour alone.
//!
//! A view function rather than a component: it holds no state, and the tracker
//! shows one per item and per history entry, each of which as a component cost
//! a scope and a pair of hydration markers on the page-load path.

use yew::prelude::*;

use crate::model::Status;
use crate::strings::Strings;

/// The badge for one status, in `strings`' language; its meaning is the tooltip.
pub fn status_badge(status: Status, strings: &Strings) -> Html {
    html! {
        <span class="status-badge" data-status={status.id()} title={strings.status_meaning(status)}>
            <span class="status-badge__icon" aria-hidden="true">{ status.icon() }</span>
            <span class="status-badge__label">{ strings.status_label(status) }</span>
        </span>
    }
}
