//! The article's blocks, highlighted: the part of the source view that is as
//! long as the article.
//!
//! A component of its own so that it renders only when the content does. Its
//! props compare by pointer (the blocks are computed once per content, the
//! dispatcher never changes), while the source view around it also renders
//! when the widget goes live, as every reader of the views' context does; at a
//! megabyte of text, that render would otherwise copy and compare every
//! segment of the article.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::highlighted_text::HighlightedText;
use crate::context::Dispatch;
use crate::ids::ElementId;
use crate::model::anchor::BlockKind;
use crate::model::highlight::HighlightedBlock;
use crate::strings::Strings;

/// Props of [`SourceText`].
#[derive(Properties, Clone, PartialEq)]
pub struct SourceTextProps {
    /// The article's headings and paragraphs, cut into segments.
    pub blocks: Rc<Vec<HighlightedBlock>>,
    /// Where the highlights' links go.
    pub links: Dispatch,
    /// The interface strings, for the article's accessible name.
    pub strings: &'static Strings,
}

/// The `<article>` with every block of the source.
#[function_component(SourceText)]
pub fn source_text(props: &SourceTextProps) -> Html {
    let links = Some(props.links.clone());
    html! {
        <article class="source-text" id={ElementId::Source.id()} tabindex="-1" aria-label={props.strings.source_label}>
            { for props.blocks.iter().map(|block| {
                let text = html! { <HighlightedText segments={block.segments.clone()} links={links.clone()} /> };
                match block.kind {
                    BlockKind::Heading => html! { <h3 class="source-text__heading">{ text }</h3> },
                    BlockKind::Paragraph => html! { <p>{ text }</p> },
                }
            }) }
        </article>
    }
}
