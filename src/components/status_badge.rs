//! A status badge: icon and text label, so a status never rests on colour alone.

use yew::prelude::*;

use crate::model::Status;
use crate::strings::STRINGS;

/// Props of [`StatusBadge`].
#[derive(Properties, Clone, PartialEq)]
pub struct StatusBadgeProps {
    /// The status to show.
    pub status: Status,
}

/// The badge for one status; its meaning is the tooltip.
#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    let status = props.status;
    html! {
        <span class="status-badge" data-status={status.id()} title={STRINGS.status_meaning(status)}>
            <span class="status-badge__icon" aria-hidden="true">{ status.icon() }</span>
            <span class="status-badge__label">{ STRINGS.status_label(status) }</span>
        </span>
    }
}
