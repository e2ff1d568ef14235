//! The deal status tracker: a summary of items per status, a status filter, and
//! the items.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::deal_item::{DealItem, EvidenceLink};
use crate::fragment::Fragment;
use crate::model::highlight::passage_anchor;
use crate::model::validate::AnchoredEvidence;
use crate::model::AnchoredExplainer;
use crate::state::StatusFilter;
use crate::strings::STRINGS;

/// Props of [`DealTracker`].
#[derive(Properties, Clone, PartialEq)]
pub struct DealTrackerProps {
    /// The content.
    pub explainer: Rc<AnchoredExplainer>,
    /// Which items are shown.
    pub filter: StatusFilter,
    /// Ids of the items whose history is open.
    pub expanded: BTreeSet<String>,
    /// Whether the Wasm runs (see [`DealItem`]).
    #[prop_or_default]
    pub live: bool,
    /// Called with the filter the reader picks.
    pub onfilter: Callback<StatusFilter>,
    /// Called with an item id to show or hide its history.
    pub ontoggle: Callback<String>,
    /// Called to follow an evidence link.
    pub onfollow: Callback<Fragment>,
}

/// The tracker view.
#[function_component(DealTracker)]
pub fn deal_tracker(props: &DealTrackerProps) -> Html {
    let anchored = &props.explainer;
    let explainer = &anchored.explainer;
    let counts = anchored.status_counts();
    let filter_button = |filter: StatusFilter, content: Html| {
        let onclick = props.onfilter.reform(move |_: MouseEvent| filter);
        let status = match filter {
            StatusFilter::All => None,
            StatusFilter::Only(status) => Some(status.id()),
        };
        html! {
            <button type="button" class="filter__option" data-status={status}
                    aria-pressed={(props.filter == filter).to_string()} {onclick}>
                { content }
            </button>
        }
    };
    let shown: Vec<usize> = (0..explainer.tracker.len())
        .filter(|&index| props.filter.fits(anchored.deals[index].status))
        .collect();
    html! {
        <>
            // The filter doubles as the summary: one pill per status with its count.
            <div class="tracker-summary">
                <p class="tracker-summary__total" id="tracker-total">{ STRINGS.items(explainer.tracker.len()) }</p>
                <div class="filter" role="group" aria-label={STRINGS.filter_label} aria-describedby="tracker-total">
                    { filter_button(StatusFilter::All, html! { <>{ STRINGS.filter_all }{ format!(" ({})", explainer.tracker.len()) }</> }) }
                    { for counts.iter().map(|&(status, count)| filter_button(
                        StatusFilter::Only(status),
                        html! {
                            <>
                                <span aria-hidden="true" class="filter__icon">{ status.icon() }</span>
                                { STRINGS.status_label(status) }{ format!(" ({count})") }
                            </>
                        },
                    )) }
                </div>
            </div>
            <p class="visually-hidden" aria-live="polite">{ STRINGS.showing(shown.len(), explainer.tracker.len()) }</p>
            if shown.is_empty() {
                <p class="tracker-empty">{ STRINGS.no_items }</p>
            }
            <ul class="deal-list">
                { for shown.into_iter().map(|index| {
                    let deal = &explainer.tracker[index];
                    let located = &anchored.deals[index];
                    let parties = deal.parties.iter()
                        .filter_map(|id| explainer.person(id).map(|person| person.name.clone()))
                        .collect::<Vec<_>>();
                    let evidence = located.evidence.iter().enumerate().map(|(n, evidence)| match *evidence {
                        AnchoredEvidence::Quote(quote) => {
                            let quote = &explainer.quotes[quote];
                            EvidenceLink {
                                to: Fragment::Quote(quote.id.clone()),
                                text: quote.text.clone(),
                                speaker: explainer.person(&quote.speaker).map(|p| p.name.clone()),
                            }
                        }
                        AnchoredEvidence::Passage(span) => EvidenceLink {
                            to: Fragment::Source(Some(passage_anchor(&deal.id, n))),
                            text: anchored.source.slice(span).to_string(),
                            speaker: None,
                        },
                    }).collect::<Vec<_>>();
                    let history = deal.history.iter().cloned().zip(located.history.iter().copied()).collect::<Vec<_>>();
                    html! {
                        <DealItem key={deal.id.clone()}
                            id={deal.id.clone()} title={deal.title.clone()} summary={deal.summary.clone()}
                            status={located.status} {parties} {evidence} {history}
                            expanded={props.expanded.contains(&deal.id)} live={props.live}
                            ontoggle={props.ontoggle.clone()} onfollow={props.onfollow.clone()} />
                    }
                }) }
            </ul>
        </>
    }
}
