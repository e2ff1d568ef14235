//! One tracker item: status badge, title, summary, parties, evidence links, and
//! the dated status history behind a disclosure button.

use yew::prelude::*;

use crate::components::fragment_link::fragment_link;
use crate::components::status_badge::status_badge;
use crate::context::{use_view_context, ReaderAction};
use crate::fragment::Fragment;
use crate::ids::{ElementId, Passage};
use crate::model::bidi::quote_direction;
use crate::model::AnchoredEvidence;

/// Props of [`DealItem`]: the item's own data. Like a quote card, it gets its
/// index into the shared content (from the views' context), not copies of the
/// item rebuilt on every render of the tracker.
#[derive(Properties, Clone, PartialEq)]
pub struct DealItemProps {
    /// Which item, by index in the content's tracker.
    pub index: usize,
    /// Whether the history is shown.
    pub expanded: bool,
    /// The item is new or its status changed since the reader's last visit,
    /// and they have not opened its history yet.
    #[prop_or_default]
    pub unseen: bool,
}

/// One tracker item.
#[function_component(DealItem)]
pub fn deal_item(props: &DealItemProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let (anchored, dispatch) = (&context.explainer, &context.dispatch);
    let explainer = &anchored.explainer;
    let index = props.index;
    let deal = &explainer.tracker[index];
    let located = &anchored.deals[index];
    let history_id = ElementId::DealHistory(&deal.id).id();
    let ontoggle = dispatch.reform(move |_: MouseEvent| ReaderAction::ToggleDeal(index));
    let parties: Vec<&str> = deal
        .parties
        .iter()
        .filter_map(|id| explainer.person(id).map(|person| person.name.as_str()))
        .collect();
    // Quoted words read in the article's direction unless they have
    // right-to-left letters (`quote_direction`, issue #32).
    let article_direction = explainer.article.direction();
    // The content's words keep its language and direction under an interface
    // in another (issue 31); badges, labels and dates are the interface's.
    let (lang, dir) = (context.content_lang.clone(), context.content_dir);
    let evidence = located.evidence.iter().enumerate().map(|(n, evidence)| match *evidence {
        AnchoredEvidence::Quote(quote) => {
            let quote = &explainer.quotes[quote];
            let speaker = explainer.person(&quote.speaker).map(|p| p.name.as_str());
            html! {
                <li class="evidence evidence--quote">
                    { fragment_link(Fragment::Quote(quote.id.clone()), dispatch, html! { <>{ strings.quote_open }<bdi lang={lang.clone()} dir={quote_direction(&quote.text, article_direction)}>{ &quote.text }</bdi>{ strings.quote_close }</> }) }
                    if let Some(speaker) = speaker {
                        <span class="evidence__speaker">{ " — " }<bdi lang={lang.clone()} {dir}>{ speaker }</bdi></span>
                    }
                </li>
            }
        }
        AnchoredEvidence::Passage(span) => {
            let passage = Fragment::passage(Passage { deal: &deal.id, index: n });
            let words = anchored.source.slice(span);
            html! {
                <li class="evidence evidence--passage">
                    { fragment_link(passage, dispatch, html! { <>{ strings.quote_open }<bdi lang={lang.clone()} dir={quote_direction(words, article_direction)}>{ words }</bdi>{ strings.quote_close }</> }) }
                </li>
            }
        }
    });
    let history: Html = deal
        .history
        .iter()
        .zip(&located.history)
        .map(|(change, status)| {
            html! {
                <li>
                    <time datetime={change.date.clone()}>{ strings.date(&change.date) }</time>
                    { status_badge(*status, strings) }
                    <span class="deal-item__note" lang={lang.clone()} {dir}>{ &change.note }</span>
                </li>
            }
        })
        .collect();
    html! {
        <li class={classes!("deal-item", props.expanded.then_some("is-expanded"), props.unseen.then_some("is-unseen"))}
            id={ElementId::Deal(&deal.id).id()} data-deal={deal.id.clone()} data-status={located.status.id()} tabindex="-1">
            <div class="deal-item__head">
                { status_badge(located.status, strings) }
                if props.unseen {
                    <span class="since-mark">
                        { strings.changed_mark }<span class="visually-hidden">{ strings.since_your_visit }</span>
                    </span>
                }
                <h3 class="deal-item__title" lang={lang.clone()} {dir}>{ &deal.title }</h3>
            </div>
            <p class="deal-item__summary" lang={lang.clone()} {dir}>{ &deal.summary }</p>
            if !parties.is_empty() {
                <p class="deal-item__parties">
                    <span class="deal-item__label">{ strings.parties }{ strings.label_separator }</span>
                    { for parties.iter().enumerate().map(|(i, name)| html! {
                        <>
                            if i > 0 { { strings.list_separator } }
                            <bdi lang={lang.clone()} {dir}>{ *name }</bdi>
                        </>
                    }) }
                </p>
            }
            <p class="deal-item__label">{ strings.evidence }</p>
            <ul class="deal-item__evidence">{ for evidence }</ul>
            if context.live {
                <button type="button" class="deal-item__toggle" aria-expanded={props.expanded.to_string()}
                        aria-controls={history_id.clone()} onclick={ontoggle}>
                    { strings.history }
                    <span class="deal-item__chevron" aria-hidden="true"></span>
                </button>
                <ol class="deal-item__history" id={history_id} hidden={!props.expanded}>{ history }</ol>
            } else {
                <details class="deal-item__disclosure" open={props.expanded}>
                    <summary class="deal-item__toggle">{ strings.history }</summary>
                    <ol class="deal-item__history" id={history_id}>{ history }</ol>
                </details>
            }
        </li>
    }
}
