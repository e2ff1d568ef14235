//! The article text, verbatim, with its headings and every quote and evidence
//! passage highlighted. Each highlight links to its quote card or tracker item.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::highlighted_text::HighlightedText;
use crate::fragment::Fragment;
use crate::model::anchor::BlockKind;
use crate::model::AnchoredExplainer;
use crate::strings::STRINGS;

/// Props of [`SourceView`].
#[derive(Properties, Clone, PartialEq)]
pub struct SourceViewProps {
    /// The content.
    pub explainer: Rc<AnchoredExplainer>,
    /// Called when a highlight is activated.
    pub onfollow: Callback<Fragment>,
}

/// The article text.
#[function_component(SourceView)]
pub fn source_view(props: &SourceViewProps) -> Html {
    // Cutting the text into segments is the costliest step; do it once per content.
    let blocks = use_memo(props.explainer.clone(), |explainer| {
        explainer.highlighted_source()
    });
    let onfollow = Some(props.onfollow.clone());
    html! {
        <>
        <p class="source-legend" aria-hidden="true">
            <span><mark>{ "Aa" }</mark>{ " " }{ STRINGS.legend_quote }</span>
            <span><mark class="source-passage">{ "Aa" }</mark>{ " " }{ STRINGS.legend_passage }</span>
        </p>
        <article class="source-text" id="source" tabindex="-1" aria-label={STRINGS.source_label}>
            { for blocks.iter().map(|block| {
                let text = html! { <HighlightedText segments={block.segments.clone()} onfollow={onfollow.clone()} /> };
                match block.kind {
                    BlockKind::Heading => html! { <h3 class="source-text__heading">{ text }</h3> },
                    BlockKind::Paragraph => html! { <p>{ text }</p> },
                }
            }) }
        </article>
        </>
    }
}
