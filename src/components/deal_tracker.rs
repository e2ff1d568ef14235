//! The deal status tracker: a summary of items per status, a status filter, and
//! the items.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::deal_item::DealItem;
use crate::components::status_timeline::StatusTimeline;
use crate::context::{use_view_context, ReaderAction};
use crate::ids::ElementId;
use crate::model::Changes;
use crate::state::StatusFilter;

/// Props of [`DealTracker`].
#[derive(Properties, Clone, PartialEq)]
pub struct DealTrackerProps {
    /// Which items are shown.
    pub filter: StatusFilter,
    /// Ids of the items whose history is open.
    pub expanded: BTreeSet<String>,
    /// What the reader has not seen since their last visit: its changed items are marked.
    #[prop_or_default]
    pub unseen: Rc<Changes>,
}

/// The tracker view.
#[function_component(DealTracker)]
pub fn deal_tracker(props: &DealTrackerProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let anchored = &context.explainer;
    let explainer = &anchored.explainer;
    let counts = anchored.status_counts();
    let filter_button = |filter: StatusFilter, content: Html| {
        let onclick = context
            .dispatch
            .reform(move |_: MouseEvent| ReaderAction::Filter(filter));
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
                // Isolated, so a count and its words keep their order in a widget of
                // the other direction than the interface's language.
                <p class="tracker-summary__total" id={ElementId::TrackerTotal.id()}><bdi>{ strings.items(explainer.tracker.len()) }</bdi></p>
                <div class="filter" role="group" aria-label={strings.filter_label} aria-describedby={ElementId::TrackerTotal.id()}>
                    { filter_button(StatusFilter::All, html! { <>{ strings.filter_all }{ format!(" ({})", explainer.tracker.len()) }</> }) }
                    { for counts.iter().map(|&(status, count)| filter_button(
                        StatusFilter::Only(status),
                        html! {
                            <>
                                <span aria-hidden="true" class="filter__icon">{ status.icon() }</span>
                                { strings.status_label(status) }{ format!(" ({count})") }
                            </>
                        },
                    )) }
                </div>
            </div>
            <p class="visually-hidden" aria-live="polite">{ strings.showing(shown.len(), explainer.tracker.len()) }</p>
            if shown.is_empty() {
                <p class="tracker-empty">{ strings.no_items }</p>
            }
            <ul class="deal-list">
                { for shown.into_iter().map(|index| {
                    let id = &explainer.tracker[index].id;
                    html! {
                        <DealItem key={id.clone()} {index} expanded={props.expanded.contains(id)}
                            unseen={props.unseen.changed_items.contains(id)} />
                    }
                }) }
            </ul>
            if anchored.has_timeline() {
                <StatusTimeline />
            }
        </>
    }
}
