//! Text with highlights: renders [`Segment`]s, marking the highlighted runs.
//!
//! In the article text each mark is a link target (`id="source-<slug>"`) and a
//! link to its quote card or tracker item; inside a quote card the same quote is
//! only marked, since element ids must stay unique.

use yew::prelude::*;

use crate::components::fragment_link::fragment_link;
use crate::fragment::Fragment;
use crate::model::highlight::Segment;

/// Props of [`HighlightedText`].
#[derive(Properties, Clone, PartialEq)]
pub struct HighlightedTextProps {
    /// The runs of text, in order.
    pub segments: Vec<Segment>,
    /// When set, marks carry their public ids and link to their card or item.
    #[prop_or_default]
    pub onfollow: Option<Callback<Fragment>>,
}

/// Renders segments as text and `<mark>`s.
#[function_component(HighlightedText)]
pub fn highlighted_text(props: &HighlightedTextProps) -> Html {
    props
        .segments
        .iter()
        .map(|segment| match (&segment.mark, &props.onfollow) {
            (None, _) => html! { segment.text.clone() },
            (Some(_), None) => html! { <mark class="in-context">{ segment.text.clone() }</mark> },
            (Some(mark), Some(onfollow)) => {
                let target = match (&mark.quote, &mark.deal) {
                    (Some(quote), _) => Fragment::Quote(quote.clone()),
                    (None, Some(deal)) => Fragment::Deal(deal.clone()),
                    (None, None) => Fragment::Source(Some(mark.anchor.clone())),
                };
                let class = if mark.quote.is_some() {
                    "source-quote"
                } else {
                    "source-passage"
                };
                html! {
                    <mark class={class} id={format!("source-{}", mark.anchor)} tabindex="-1"
                          data-quote={mark.quote.clone()} data-deal={mark.deal.clone()}>
                        { fragment_link(target, onfollow, html! { segment.text.clone() }) }
                    </mark>
                }
            }
        })
        .collect()
}
