//! The quotes view: the order switch, expand/collapse all, and the cards, in
//! article order or grouped by speaker.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::quote_run::{QuoteRun, RUN};
use crate::fragment::Fragment;
use crate::model::AnchoredExplainer;
use crate::state::QuoteOrder;
use crate::strings::STRINGS;

/// Props of [`QuoteList`].
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteListProps {
    /// The content.
    pub explainer: Rc<AnchoredExplainer>,
    /// Article order or by speaker.
    pub order: QuoteOrder,
    /// Ids of the expanded cards.
    pub expanded: BTreeSet<String>,
    /// `(element id, url)` of a link to show for copying by hand.
    #[prop_or_default]
    pub link_fallback: Option<(String, String)>,
    /// Whether to offer the system share sheet.
    #[prop_or_default]
    pub can_share: bool,
    /// Whether the Wasm runs (buttons) or the markup must work alone (links, `<details>`).
    #[prop_or_default]
    pub live: bool,
    /// Called with the order the reader picks.
    pub onorder: Callback<QuoteOrder>,
    /// Called with a quote id to expand or collapse it.
    pub ontoggle: Callback<String>,
    /// Called with every quote id to expand them all.
    pub onexpandall: Callback<Vec<String>>,
    /// Called to collapse every card.
    pub oncollapseall: Callback<()>,
    /// Called to follow an in-widget link.
    pub onfollow: Callback<Fragment>,
    /// Called to copy a link.
    pub oncopylink: Callback<Fragment>,
    /// Called to share a link.
    pub onshare: Callback<Fragment>,
}

/// The quotes view.
#[function_component(QuoteList)]
pub fn quote_list(props: &QuoteListProps) -> Html {
    let explainer = &props.explainer;
    // The cards at these indices, in runs of at most RUN.
    let cards = |indices: &[usize]| -> Html {
        indices
            .chunks(RUN)
            .enumerate()
            .map(|(run, indices)| {
                let mut expanded = 0;
                let mut link_fallback = None;
                for (position, &index) in indices.iter().enumerate() {
                    let id = &explainer.explainer.quotes[index].id;
                    if props.expanded.contains(id) {
                        expanded |= 1 << position;
                    }
                    if let Some((element_id, url)) = &props.link_fallback {
                        if element_id.strip_prefix("quote-") == Some(id.as_str()) {
                            link_fallback = Some((position, url.clone()));
                        }
                    }
                }
                html! {
                    <QuoteRun key={run}
                        explainer={explainer.clone()}
                        indices={indices.to_vec()}
                        {expanded}
                        {link_fallback}
                        can_share={props.can_share}
                        live={props.live}
                        ontoggle={props.ontoggle.clone()}
                        onfollow={props.onfollow.clone()}
                        oncopylink={props.oncopylink.clone()}
                        onshare={props.onshare.clone()} />
                }
            })
            .collect()
    };
    let order_button = |order: QuoteOrder, label: &'static str| {
        let onclick = props.onorder.reform(move |_: MouseEvent| order);
        html! {
            <button type="button" class="segmented__option" aria-pressed={(props.order == order).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    // The ids are collected on the click, not on every render.
    let onexpandall = {
        let explainer = explainer.clone();
        props.onexpandall.reform(move |_: MouseEvent| {
            explainer
                .explainer
                .quotes
                .iter()
                .map(|q| q.id.clone())
                .collect()
        })
    };
    let oncollapseall = props.oncollapseall.reform(|_: MouseEvent| ());
    html! {
        <>
            <div class="toolbar">
                <div class="segmented" role="group" aria-label={STRINGS.order_label}>
                    { order_button(QuoteOrder::Article, STRINGS.order_article) }
                    { order_button(QuoteOrder::Speaker, STRINGS.order_speaker) }
                </div>
                <div class="toolbar__end">
                    <button type="button" class="button button--quiet" onclick={onexpandall}>{ STRINGS.expand_all }</button>
                    <button type="button" class="button button--quiet" onclick={oncollapseall}>{ STRINGS.collapse_all }</button>
                </div>
            </div>
            {
                match props.order {
                    QuoteOrder::Article => html! {
                        <ol class="quote-list">{ cards(&(0..explainer.explainer.quotes.len()).collect::<Vec<_>>()) }</ol>
                    },
                    QuoteOrder::Speaker => html! {
                        { for explainer.quotes_by_speaker().into_iter().map(|(person, quotes)| {
                            let person = &explainer.explainer.people[person];
                            html! {
                                <section class="quote-group" key={person.id.clone()} aria-labelledby={format!("speaker-{}", person.id)}>
                                    <h3 class="quote-group__speaker" id={format!("speaker-{}", person.id)}>
                                        { &person.name }
                                        <span class="quote-group__role">{ &person.role }</span>
                                    </h3>
                                    <ol class="quote-list">{ cards(&quotes) }</ol>
                                </section>
                            }
                        }) }
                    },
                }
            }
        </>
    }
}
