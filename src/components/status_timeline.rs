//! What changed: every status change of every tracker item on one dated
//! timeline, oldest first, each linking the item and its evidence in the
//! report that tells of the change.
//!
//! Part of the tracker view, below the items, rather than a view of its own:
//! on a phone a fourth tab would crowd the three, and the timeline reads as
//! the items' history told in date order, next to the items it names.

use yew::prelude::*;

use crate::components::fragment_link::fragment_link;
use crate::components::status_badge::status_badge;
use crate::context::use_view_context;
use crate::fragment::Fragment;
use crate::ids::{ElementId, Passage};
use crate::model::bidi::quote_direction;
use crate::model::AnchoredEvidence;

/// The timeline of status changes. It takes no props: it shows the whole
/// content (the tracker's filter narrows the items, not the story), from the
/// views' context.
#[function_component(StatusTimeline)]
pub fn status_timeline() -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let anchored = context.explainer.clone();
    let entries = use_memo(anchored.clone(), |anchored| anchored.timeline());
    let explainer = &anchored.explainer;
    let dispatch = &context.dispatch;
    let several = anchored.has_several_reports();
    // Quoted words read in the article's direction unless they have
    // right-to-left letters (`quote_direction`, issue #32).
    let article_direction = explainer.article.direction();
    // The content's words keep its language and direction under an interface
    // in another (issue 31); dates, report numbers and badges are the interface's.
    let (lang, dir) = (context.content_lang.clone(), context.content_dir);
    let quoted = |words: &str| html! { <>{ "“" }<bdi lang={lang.clone()} dir={quote_direction(words, article_direction)}>{ words.to_string() }</bdi>{ "”" }</> };
    html! {
        <section class="timeline" aria-labelledby={ElementId::Timeline.id()}>
            <h3 class="timeline__heading" id={ElementId::Timeline.id()}>{ strings.timeline_heading }</h3>
            <ol class="timeline__list">
                { for entries.iter().map(|entry| {
                    let deal = &explainer.tracker[entry.deal];
                    let change = &deal.history[entry.change];
                    let located = &anchored.deals[entry.deal];
                    let evidence = entry.evidence.iter().filter_map(|&n| {
                        let link = match *located.evidence.get(n)? {
                            AnchoredEvidence::Quote(quote) => {
                                let quote = &explainer.quotes[quote];
                                fragment_link(Fragment::Quote(quote.id.clone()), dispatch, quoted(&quote.text))
                            }
                            AnchoredEvidence::Passage(span) => fragment_link(
                                Fragment::passage(Passage { deal: &deal.id, index: n }), dispatch,
                                quoted(anchored.source.slice(span))),
                        };
                        Some(html! { <li class="timeline__evidence-item">{ link }</li> })
                    }).collect::<Html>();
                    html! {
                        <li class="timeline__entry" data-deal={deal.id.clone()} data-status={entry.status.id()}>
                            <p class="timeline__when">
                                <time datetime={change.date.clone()}>{ strings.date(&change.date) }</time>
                                if several {
                                    <span class="timeline__report">
                                        { " · " }{ strings.report_number(entry.report + 1, anchored.reports.len()) }
                                    </span>
                                }
                            </p>
                            <p class="timeline__change">
                                { fragment_link(Fragment::Deal(deal.id.clone()), dispatch, html! { <bdi lang={lang.clone()} {dir}>{ &deal.title }</bdi> }) }
                                { " " }{ status_badge(entry.status, strings) }
                            </p>
                            <p class="timeline__note" lang={lang.clone()} {dir}>{ &change.note }</p>
                            if !entry.evidence.is_empty() {
                                <ul class="timeline__evidence" aria-label={strings.evidence}>{ evidence }</ul>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
