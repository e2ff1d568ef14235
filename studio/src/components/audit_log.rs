//! The desk's audit log, for admins: who created, saved, restored and deleted
//! which explainer when, and the changes to accounts; newest first, a page at
//! a time.

use yew::prelude::*;

use crate::context::use_desk_dispatch;
use crate::desk::{AuditEntry, DeskAction};
use crate::shelf::saved_label;

/// Props of [`AuditLog`].
#[derive(Properties, Clone, PartialEq)]
pub struct AuditLogProps {
    /// The entries read so far.
    pub entries: Vec<AuditEntry>,
    /// The entry id the next (older) page starts before, if there may be one.
    pub before: Option<i64>,
}

fn entry_words(entry: &AuditEntry) -> String {
    let who = entry.user.as_deref().unwrap_or("the desk");
    let mut words = format!(
        "{} · {who} · {}",
        saved_label(entry.at as f64),
        entry.action
    );
    if let Some(explainer) = &entry.explainer {
        words.push_str(&format!(" · explainer {explainer}"));
    }
    if let Some(revision) = entry.revision {
        words.push_str(&format!(" · revision {revision}"));
    }
    if let Some(detail) = &entry.detail {
        words.push_str(&format!(" · {detail}"));
    }
    words
}

/// The audit log.
#[function_component(AuditLog)]
pub fn audit_log(props: &AuditLogProps) -> Html {
    let dispatch = use_desk_dispatch();
    let first = dispatch.reform(|_: MouseEvent| DeskAction::Audit(None));
    let older = props
        .before
        .map(|before| dispatch.reform(move |_: MouseEvent| DeskAction::Audit(Some(before))));
    html! {
        <details class="studio-panel desk-audit">
            <summary><h2 class="desk-audit__title">{ "Audit log" }</h2></summary>
            <button type="button" onclick={first}>
                { if props.entries.is_empty() { "Read the audit log" } else { "Newest entries" } }
            </button>
            <ol class="desk-audit__entries">
                { for props.entries.iter().map(|entry| html! { <li>{ entry_words(entry) }</li> }) }
            </ol>
            if let Some(older) = older {
                <button type="button" onclick={older}>{ "Older entries" }</button>
            }
        </details>
    }
}
