//! One tracker item: status badge, title, summary, parties, evidence links, and
//! the dated status history behind a disclosure button.

use yew::prelude::*;

use crate::components::fragment_link::fragment_link;
use crate::components::status_badge::status_badge;
use crate::fragment::Fragment;
use crate::model::{Status, StatusChange};
use crate::strings::STRINGS;

/// A piece of evidence as a link: where it leads and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceLink {
    /// The quote card or the passage in the article.
    pub to: Fragment,
    /// The quoted words or the passage.
    pub text: String,
    /// Who said it, for quotes.
    pub speaker: Option<String>,
}

/// Props of [`DealItem`].
#[derive(Properties, Clone, PartialEq)]
pub struct DealItemProps {
    /// The item's id.
    pub id: String,
    /// The item's title.
    pub title: String,
    /// One line on where it stands.
    pub summary: String,
    /// The current status.
    pub status: Status,
    /// Names of the parties.
    pub parties: Vec<String>,
    /// The evidence, as links.
    pub evidence: Vec<EvidenceLink>,
    /// The dated history, with each entry's parsed status.
    pub history: Vec<(StatusChange, Status)>,
    /// Whether the history is shown.
    pub expanded: bool,
    /// Whether the Wasm runs; without it the history is a `<details>` element.
    #[prop_or_default]
    pub live: bool,
    /// Called with the id to show or hide the history.
    pub ontoggle: Callback<String>,
    /// Called to follow an evidence link.
    pub onfollow: Callback<Fragment>,
}

/// One tracker item.
#[function_component(DealItem)]
pub fn deal_item(props: &DealItemProps) -> Html {
    let history_id = format!("deal-{}-history", props.id);
    let ontoggle = {
        let id = props.id.clone();
        props.ontoggle.reform(move |_: MouseEvent| id.clone())
    };
    let history: Html = props
        .history
        .iter()
        .map(|(change, status)| {
            html! {
                <li>
                    <time datetime={change.date.clone()}>{ STRINGS.date(&change.date) }</time>
                    { status_badge(*status) }
                    <span class="deal-item__note">{ &change.note }</span>
                </li>
            }
        })
        .collect();
    html! {
        <li class={classes!("deal-item", props.expanded.then_some("is-expanded"))}
            id={format!("deal-{}", props.id)} data-deal={props.id.clone()} data-status={props.status.id()} tabindex="-1">
            <div class="deal-item__head">
                { status_badge(props.status) }
                <h3 class="deal-item__title">{ &props.title }</h3>
            </div>
            <p class="deal-item__summary">{ &props.summary }</p>
            if !props.parties.is_empty() {
                <p class="deal-item__parties">
                    <span class="deal-item__label">{ STRINGS.parties }{ ": " }</span>{ props.parties.join(", ") }
                </p>
            }
            <p class="deal-item__label">{ STRINGS.evidence }</p>
            <ul class="deal-item__evidence">
                { for props.evidence.iter().map(|evidence| html! {
                    <li class={if matches!(evidence.to, Fragment::Quote(_)) { "evidence evidence--quote" } else { "evidence evidence--passage" }}>
                        { fragment_link(evidence.to.clone(), &props.onfollow, html! { <>{ "“" }{ &evidence.text }{ "”" }</> }) }
                        if let Some(speaker) = &evidence.speaker {
                            <span class="evidence__speaker">{ " — " }{ speaker }</span>
                        }
                    </li>
                }) }
            </ul>
            if props.live {
                <button type="button" class="deal-item__toggle" aria-expanded={props.expanded.to_string()}
                        aria-controls={history_id.clone()} onclick={ontoggle}>
                    { STRINGS.history }
                    <span class="deal-item__chevron" aria-hidden="true"></span>
                </button>
                <ol class="deal-item__history" id={history_id} hidden={!props.expanded}>{ history }</ol>
            } else {
                <details class="deal-item__disclosure" open={props.expanded}>
                    <summary class="deal-item__toggle">{ STRINGS.history }</summary>
                    <ol class="deal-item__history" id={history_id}>{ history }</ol>
                </details>
            }
        </li>
    }
}
