//! The article's blocks, highlighted: the part of the source view that is as
//! long as the article.
//!
//! A component of its own so that it renders only when the content does. Its
//! props compare by pointer (the blocks are computed once per content, the
//! dispatcher never changes), while the source view around it also renders
//! when the widget goes live, as every reader of the views' context does; at a
//! megabyte of text, that render would otherwise copy and compare every
//! segment of the article.
//!
//! With several reports, each report's blocks are a [`SourceBlocks`] of their
//! own, so switching reports renders only the two whose `hidden` changes.

use std::ops::Range;
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
    /// The article's direction, which its quotes are shown in.
    pub article_direction: &'static str,
    /// The interface strings, for the article's accessible name.
    pub strings: &'static Strings,
    /// The `lang` of each block, where the interface speaks another language (issue 31).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The `dir` of each block, where the interface's direction is the other one.
    #[prop_or_default]
    pub dir: Option<&'static str>,
}

/// The `<article>` with every block of the source.
#[function_component(SourceText)]
pub fn source_text(props: &SourceTextProps) -> Html {
    html! {
        <article class="source-text" id={ElementId::Source.id()} tabindex="-1" aria-label={props.strings.source_label}>
            { blocks_html(&props.blocks, &props.links, (props.article_direction, &props.lang, props.dir), false) }
        </article>
    }
}

/// Props of [`SourceBlocks`].
#[derive(Properties, Clone, PartialEq)]
pub struct SourceBlocksProps {
    /// Every block of the source, cut into segments.
    pub blocks: Rc<Vec<HighlightedBlock>>,
    /// Which of them to render.
    pub range: Range<usize>,
    /// Where the highlights' links go.
    pub links: Dispatch,
    /// The article's direction, which its quotes are shown in.
    pub article_direction: &'static str,
    /// Section headings one level down: under a report's own heading.
    #[prop_or_default]
    pub under_report: bool,
    /// The `lang` of each block, where the interface speaks another language (issue 31).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The `dir` of each block, where the interface's direction is the other one.
    #[prop_or_default]
    pub dir: Option<&'static str>,
}

/// A run of the source's blocks: headings and paragraphs.
#[function_component(SourceBlocks)]
pub fn source_blocks(props: &SourceBlocksProps) -> Html {
    let blocks = props.blocks.get(props.range.clone()).unwrap_or_default();
    blocks_html(
        blocks,
        &props.links,
        (props.article_direction, &props.lang, props.dir),
        props.under_report,
    )
}

/// Headings and paragraphs, each with its highlights, in the article's
/// direction and, where they differ from the interface's, its `lang` and `dir`.
fn blocks_html(
    blocks: &[HighlightedBlock],
    links: &Dispatch,
    (article_direction, lang, dir): (&'static str, &Option<AttrValue>, Option<&'static str>),
    under_report: bool,
) -> Html {
    let links = Some(links.clone());
    blocks
        .iter()
        .map(|block| {
            let text = html! { <HighlightedText segments={block.segments.clone()} links={links.clone()} {article_direction} /> };
            match (block.kind, under_report) {
                (BlockKind::Heading, false) => html! { <h3 class="source-text__heading" lang={lang.clone()} {dir}>{ text }</h3> },
                (BlockKind::Heading, true) => html! { <h4 class="source-text__heading" lang={lang.clone()} {dir}>{ text }</h4> },
                (BlockKind::Paragraph, _) => html! { <p lang={lang.clone()} {dir}>{ text }</p> },
            }
        })
        .collect()
}
