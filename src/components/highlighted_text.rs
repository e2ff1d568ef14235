//! Text with highlights: renders [`Segment`]s, marking the highlighted runs.
//!
//! In the article text each mark is a link target (`id="source-<slug>"`) and a
//! link to its quote card or tracker item; inside a quote card the same quote is
//! only marked, since element ids must stay unique.
//!
//! A quote's mark is isolated: a quote with right-to-left letters takes its own
//! direction (`dir="auto"`) without moving the words and quotation marks
//! around it; any other takes the article's (`dir="ltr"` in an English one), so
//! invisible right-to-left marks in the article cannot turn its words around
//! ([`quote_direction`], issue #32). An evidence passage is the article's own
//! sentence, in its direction, and is left in the flow.

use yew::prelude::*;

use crate::components::fragment_link::fragment_link;
use crate::context::Dispatch;
use crate::fragment::Fragment;
use crate::ids::{ElementId, Passage};
use crate::model::bidi::quote_direction;
use crate::model::highlight::{Mark, Segment};

/// Props of [`HighlightedText`].
#[derive(Properties, Clone, PartialEq)]
pub struct HighlightedTextProps {
    /// The runs of text, in order.
    pub segments: Vec<Segment>,
    /// The article's direction (`"ltr"` or `"rtl"`), which quotes without
    /// right-to-left letters are shown in.
    pub article_direction: &'static str,
    /// When set, marks carry their public ids and are links, followed through
    /// this dispatcher (the views' own, from their context).
    #[prop_or_default]
    pub links: Option<Dispatch>,
}

/// Renders segments as text and `<mark>`s.
#[function_component(HighlightedText)]
pub fn highlighted_text(props: &HighlightedTextProps) -> Html {
    props
        .segments
        .iter()
        .map(|segment| match (&segment.mark, &props.links) {
            (None, _) => html! { segment.text.clone() },
            (Some(_), None) => html! {
                <mark class="in-context" dir={quote_direction(&segment.text, props.article_direction)}>{ segment.text.clone() }</mark>
            },
            (Some(Mark::Quote(quote)), Some(dispatch)) => html! {
                <mark class="source-quote" id={ElementId::SourceMark(quote).id()} tabindex="-1"
                      data-quote={quote.clone()} dir={quote_direction(&segment.text, props.article_direction)}>
                    { fragment_link(Fragment::Quote(quote.clone()), dispatch, html! { segment.text.clone() }) }
                </mark>
            },
            (Some(Mark::Passage { deal, index }), Some(dispatch)) => {
                let passage = Passage { deal, index: *index };
                html! {
                    <mark class="source-passage" id={ElementId::Passage(passage).id()} tabindex="-1"
                          data-deal={deal.clone()}>
                        { fragment_link(Fragment::Deal(deal.clone()), dispatch, html! { segment.text.clone() }) }
                    </mark>
                }
            }
        })
        .collect()
}
