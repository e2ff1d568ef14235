//! The quotes view: the order switch, expand/collapse all, and the cards, in
//! article order or grouped by speaker.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::quote_run::{QuoteRun, RUN};
use crate::context::{use_view_context, ReaderAction};
use crate::fragment::Fragment;
use crate::ids::ElementId;
use crate::model::Changes;
use crate::state::QuoteOrder;

/// Props of [`QuoteList`].
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteListProps {
    /// Article order or by speaker.
    pub order: QuoteOrder,
    /// Ids of the expanded cards.
    pub expanded: BTreeSet<String>,
    /// A link to show for copying by hand (where it leads, the URL), on its card.
    #[prop_or_default]
    pub link_fallback: Option<(Fragment, String)>,
    /// What the reader has not seen since their last visit: its new quotes are marked.
    #[prop_or_default]
    pub unseen: Rc<Changes>,
}

/// The quotes view.
#[function_component(QuoteList)]
pub fn quote_list(props: &QuoteListProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let explainer = &context.explainer;
    let dispatch = &context.dispatch;
    // The cards at these indices, in runs of at most RUN.
    let cards = |indices: &[usize]| -> Html {
        indices
            .chunks(RUN)
            .enumerate()
            .map(|(run, indices)| {
                let mut expanded = 0;
                let mut unseen = 0;
                let mut link_fallback = None;
                for (position, &index) in indices.iter().enumerate() {
                    let id = &explainer.explainer.quotes[index].id;
                    if props.expanded.contains(id) {
                        expanded |= 1 << position;
                    }
                    if props.unseen.new_quotes.contains(id) {
                        unseen |= 1 << position;
                    }
                    if let Some((Fragment::Quote(slug), url)) = &props.link_fallback {
                        if slug == id {
                            link_fallback = Some((position, url.clone()));
                        }
                    }
                }
                html! {
                    <QuoteRun key={run} indices={indices.to_vec()} {expanded} {unseen} {link_fallback} />
                }
            })
            .collect()
    };
    let order_button = |order: QuoteOrder, label: &'static str| {
        let onclick = dispatch.reform(move |_: MouseEvent| ReaderAction::Order(order));
        html! {
            <button type="button" class="segmented__option" aria-pressed={(props.order == order).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    let onexpandall = dispatch.reform(|_: MouseEvent| ReaderAction::ExpandAll);
    let oncollapseall = dispatch.reform(|_: MouseEvent| ReaderAction::CollapseAll);
    html! {
        <>
            <div class="toolbar">
                <div class="segmented" role="group" aria-label={strings.order_label}>
                    { order_button(QuoteOrder::Article, strings.order_article) }
                    { order_button(QuoteOrder::Speaker, strings.order_speaker) }
                </div>
                <div class="toolbar__end">
                    <button type="button" class="button button--quiet" onclick={onexpandall}>{ strings.expand_all }</button>
                    <button type="button" class="button button--quiet" onclick={oncollapseall}>{ strings.collapse_all }</button>
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
                            let heading = ElementId::Speaker(&person.id).id();
                            html! {
                                <section class="quote-group" key={person.id.clone()} aria-labelledby={heading.clone()}>
                                    <h3 class="quote-group__speaker" id={heading}>
                                        <bdi lang={context.content_lang.clone()} dir={context.content_dir}>{ &person.name }</bdi>
                                        <span class="quote-group__role"><bdi lang={context.content_lang.clone()} dir={context.content_dir}>{ &person.role }</bdi></span>
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
