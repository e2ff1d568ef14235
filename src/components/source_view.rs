//! The article text, verbatim, with its headings and every quote and evidence
//! passage highlighted. Each highlight links to its quote card or tracker item.
//!
//! An explainer of several reports shows each under its own heading (headline,
//! date, publisher, link); once live, a row of buttons, oldest first, switches
//! between them and only the chosen one shows, the newest at first
//! ([`ReportShown`]). Every report stays in the page, hidden or not, so each
//! highlight's id is there for `#source-<slug>` from a cold start, and the
//! pre-rendered page, which shows them all, hydrates as it is.

use yew::prelude::*;

use crate::components::source_text::{SourceBlocks, SourceText};
use crate::context::{use_view_context, ReaderAction};
use crate::ids::ElementId;
use crate::state::ReportShown;

/// Props of [`SourceView`].
#[derive(Properties, Clone, PartialEq)]
pub struct SourceViewProps {
    /// Which report shows, when there are several.
    #[prop_or_default]
    pub report: ReportShown,
}

/// The article text, with a legend of its highlights. The content and the
/// dispatcher its links send to come from the views' context.
#[function_component(SourceView)]
pub fn source_view(props: &SourceViewProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    // Cutting the text into segments is the costliest step; do it once per content.
    let blocks = use_memo(context.explainer.clone(), |explainer| {
        explainer.highlighted_source()
    });
    let legend = html! {
        <p class="source-legend" aria-hidden="true">
            <span><mark>{ "Aa" }</mark>{ " " }{ strings.legend_quote }</span>
            <span><mark class="source-passage">{ "Aa" }</mark>{ " " }{ strings.legend_passage }</span>
        </p>
    };
    let anchored = &context.explainer;
    let article_direction = anchored.explainer.article.direction();
    if !anchored.has_several_reports() {
        return html! {
            <>
            { legend }
            <SourceText {blocks} links={context.dispatch.clone()} {article_direction} strings={context.strings}
                lang={context.content_lang.clone()} dir={context.content_dir} />
            </>
        };
    }
    let explainer = &anchored.explainer;
    let shown = props.report.index(anchored);
    let count = anchored.reports.len();
    let switch = context.live.then(|| {
        html! {
            <div class="report-switch" role="group" aria-label={strings.reports_label}>
                // The group's name, for sighted readers; screen readers hear it once, as the name.
                <span class="report-switch__label" aria-hidden="true">{ strings.reports_label }{ strings.label_separator.trim_end() }</span>
                { for (0..count).filter_map(|index| explainer.report(index).map(|report| (index, report))).map(|(index, report)| {
                    let onclick = context.dispatch.reform(move |_: MouseEvent| ReaderAction::ShowReport(index));
                    html! {
                        <button type="button" class="report-switch__option" data-report={(index + 1).to_string()}
                                aria-pressed={(index == shown).to_string()} aria-controls={ElementId::Source.id()} {onclick}>
                            <time datetime={report.published.to_string()}>{ strings.date(report.published) }</time>
                        </button>
                    }
                }) }
            </div>
        }
    });
    html! {
        <>
        { legend }
        { for switch }
        <article class="source-text source-text--reports" id={ElementId::Source.id()} tabindex="-1" aria-label={strings.source_label}>
            { for anchored.reports.iter().enumerate().filter_map(|(index, placed)| {
                let report = explainer.report(index)?;
                let heading = ElementId::Report(index).id();
                Some(html! {
                    <section class="source-report" data-report={(index + 1).to_string()}
                             aria-labelledby={heading.clone()} hidden={context.live && index != shown}>
                        <header class="source-report__header">
                            <p class="source-report__number">{ strings.report_number(index + 1, count) }</p>
                            <h3 class="source-report__headline" id={heading}><bdi lang={context.content_lang.clone()} dir={context.content_dir}>{ report.headline }</bdi></h3>
                            <p class="source-report__meta">
                                <time datetime={report.published.to_string()}>{ strings.date(report.published) }</time>
                                if let Some(publisher) = report.publisher {
                                    <span aria-hidden="true">{ " · " }</span>
                                    <bdi lang={context.content_lang.clone()} dir={context.content_dir}>{ publisher }</bdi>
                                }
                                if let Some(url) = report.url {
                                    <span aria-hidden="true">{ " · " }</span>
                                    <a href={url.to_string()} rel="noopener">{ strings.original_report }</a>
                                }
                            </p>
                        </header>
                        <SourceBlocks blocks={blocks.clone()} range={placed.blocks.clone()}
                            links={context.dispatch.clone()} {article_direction} under_report=true
                            lang={context.content_lang.clone()} dir={context.content_dir} />
                    </section>
                })
            }) }
        </article>
        </>
    }
}
