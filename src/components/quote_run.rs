//! A run of consecutive quote cards, the unit the quote list renders.
//!
//! At a thousand quotes, rendering the list card by card built and compared a
//! thousand cards' props on every change to one of them. The list renders runs
//! of [`RUN`] cards instead, each told which of its cards are expanded as a
//! bitmask, so a change re-renders the runs (a thirty-second of the cards) and
//! the one run that holds the card. A run has no element of its own: its cards
//! stay the `<ol>`'s children.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::quote_card::QuoteCard;
use crate::fragment::Fragment;
use crate::model::AnchoredExplainer;

/// How many cards one [`QuoteRun`] renders: as many as its `expanded` bitmask has bits.
pub const RUN: usize = 32;
const _: () = assert!(RUN <= u32::BITS as usize);

/// Props of [`QuoteRun`]: a run of consecutive cards of the list.
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteRunProps {
    /// The content.
    pub explainer: Rc<AnchoredExplainer>,
    /// Indices into `explainer.explainer.quotes`, in display order (at most [`RUN`]).
    pub indices: Vec<usize>,
    /// Bit `i` set: the card at `indices[i]` is expanded.
    pub expanded: u32,
    /// `(position in indices, url)` of a link to show for copying by hand.
    pub link_fallback: Option<(usize, String)>,
    /// Offer the Share button (the browser can share).
    pub can_share: bool,
    /// The Wasm runs: ARIA disclosure buttons instead of `<details>`.
    pub live: bool,
    /// A card's toggle was pressed (its quote id).
    pub ontoggle: Callback<String>,
    /// An in-widget link was followed.
    pub onfollow: Callback<Fragment>,
    /// "Copy link" was pressed.
    pub oncopylink: Callback<Fragment>,
    /// "Share" was pressed.
    pub onshare: Callback<Fragment>,
}

/// A run of cards, rendered as siblings (no wrapper element) inside the list.
#[function_component(QuoteRun)]
pub fn quote_run(props: &QuoteRunProps) -> Html {
    let explainer = &props.explainer;
    props
        .indices
        .iter()
        .enumerate()
        .map(|(position, &index)| {
            let quote = &explainer.explainer.quotes[index];
            let link_fallback = props
                .link_fallback
                .as_ref()
                .filter(|(at, _)| *at == position)
                .map(|(_, url)| url.clone());
            html! {
                <QuoteCard key={quote.id.clone()}
                    explainer={explainer.clone()}
                    {index}
                    expanded={props.expanded & (1 << position) != 0}
                    {link_fallback}
                    can_share={props.can_share}
                    live={props.live}
                    ontoggle={props.ontoggle.clone()}
                    onfollow={props.onfollow.clone()}
                    oncopylink={props.oncopylink.clone()}
                    onshare={props.onshare.clone()} />
            }
        })
        .collect()
}
