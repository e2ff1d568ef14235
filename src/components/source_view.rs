//! The article text, verbatim, with its headings and every quote and evidence
//! passage highlighted. Each highlight links to its quote card or tracker item.

use yew::prelude::*;

use crate::components::source_text::SourceText;
use crate::context::use_view_context;

/// The article text, with a legend of its highlights. It takes no props: the
/// content and the dispatcher its links send to come from the views' context.
#[function_component(SourceView)]
pub fn source_view() -> Html {
    let context = use_view_context();
    let strings = context.strings;
    // Cutting the text into segments is the costliest step; do it once per content.
    let blocks = use_memo(context.explainer.clone(), |explainer| {
        explainer.highlighted_source()
    });
    html! {
        <>
        <p class="source-legend" aria-hidden="true">
            <span><mark>{ "Aa" }</mark>{ " " }{ strings.legend_quote }</span>
            <span><mark class="source-passage">{ "Aa" }</mark>{ " " }{ strings.legend_passage }</span>
        </p>
        <SourceText {blocks} links={context.dispatch.clone()} strings={context.strings} />
        </>
    }
}
