//! The open explainer's revisions on the desk: each with its author, time and
//! what it restored; what changed between one and the one before it, in words;
//! and restoring one (as a new revision: nothing is deleted).

use yew::prelude::*;

use crate::context::use_desk_dispatch;
use crate::desk::{Comparison, DeskAction, RevisionMeta};
use crate::shelf::saved_label;

/// Props of [`RevisionsPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct RevisionsPanelProps {
    /// The revisions, newest first (empty until asked for).
    pub revisions: Vec<RevisionMeta>,
    /// The last comparison asked for.
    pub comparison: Option<Comparison>,
}

fn revision_row(revision: &RevisionMeta, current: i64, dispatch: &Callback<DeskAction>) -> Html {
    let n = revision.revision;
    let compare = revision
        .parent
        .map(|from| dispatch.reform(move |_: MouseEvent| DeskAction::Compare { from, to: n }));
    let restore = dispatch.reform(move |_: MouseEvent| DeskAction::Restore(n));
    html! {
        <li class="desk-revisions__item" data-revision={n.to_string()}>
            <span class="desk-revisions__what">
                { format!("Revision {n}, by {}, {}", revision.author, saved_label(revision.created_at as f64)) }
                if let Some(from) = revision.restored_from { { format!(" (restored revision {from})") } }
                if n == current { { " — the current one" } }
            </span>
            if let Some(compare) = compare {
                <button type="button" onclick={compare}
                    aria-label={format!("What changed in revision {n}")}>{ "What changed" }</button>
            }
            if n != current {
                <button type="button" onclick={restore}
                    aria-label={format!("Restore revision {n}")}>{ "Restore" }</button>
            }
        </li>
    }
}

/// The revisions panel.
#[function_component(RevisionsPanel)]
pub fn revisions_panel(props: &RevisionsPanelProps) -> Html {
    let dispatch = use_desk_dispatch();
    let show = dispatch.reform(|_: MouseEvent| DeskAction::ShowRevisions);
    let current = props.revisions.first().map_or(0, |r| r.revision);
    html! {
        <section class="studio-panel desk-revisions" id="studio-revisions" aria-labelledby="desk-revisions-title">
            <h2 id="desk-revisions-title">{ "Revisions" }</h2>
            <p>{ "Every save to the desk is a revision. Restoring one saves its content as a new revision." }</p>
            <button type="button" onclick={show}>
                { if props.revisions.is_empty() { "Show revisions" } else { "Refresh revisions" } }
            </button>
            if let Some(comparison) = &props.comparison {
                <div class="desk-revisions__diff" role="status">
                    <h3>{ format!("From revision {} to {}", comparison.from, comparison.to) }</h3>
                    if comparison.lines.is_empty() {
                        <p>{ "Nothing changed: the same explainer." }</p>
                    } else {
                        <ul>{ for comparison.lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    }
                </div>
            }
            <ol class="desk-revisions__list">
                { for props.revisions.iter().map(|r| revision_row(r, current, &dispatch)) }
            </ol>
        </section>
    }
}
