//! A run of consecutive quote cards, the unit the quote list renders.
//!
//! At a thousand quotes, rendering the list card by card built and compared a
//! thousand cards' props on every change to one of them. The list renders runs
//! of [`RUN`] cards instead, each told which of its cards are expanded as a
//! bitmask, so a change re-renders the runs (a thirty-second of the cards) and
//! the one run that holds the card. A run has no element of its own: its cards
//! stay the `<ol>`'s children. It reads no context: its cards do, so the
//! widget going live renders the cards again without rendering the runs.

use yew::prelude::*;

use crate::components::quote_card::QuoteCard;

/// How many cards one [`QuoteRun`] renders: as many as its `expanded` bitmask has bits.
pub const RUN: usize = 32;
const _: () = assert!(RUN <= u32::BITS as usize);

/// Props of [`QuoteRun`]: a run of consecutive cards of the list.
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteRunProps {
    /// Indices into the content's quotes, in display order (at most [`RUN`]).
    pub indices: Vec<usize>,
    /// Bit `i` set: the card at `indices[i]` is expanded.
    pub expanded: u32,
    /// Bit `i` set: the quote at `indices[i]` is new since the reader's last visit.
    #[prop_or_default]
    pub unseen: u32,
    /// `(position in indices, url)` of a link to show for copying by hand.
    pub link_fallback: Option<(usize, String)>,
}

/// A run of cards, rendered as siblings (no wrapper element) inside the list.
#[function_component(QuoteRun)]
pub fn quote_run(props: &QuoteRunProps) -> Html {
    props
        .indices
        .iter()
        .enumerate()
        .map(|(position, &index)| {
            let link_fallback = props
                .link_fallback
                .as_ref()
                .filter(|(at, _)| *at == position)
                .map(|(_, url)| url.clone());
            // A quote's index names it as well as its id does, within one content.
            html! {
                <QuoteCard key={index} {index} expanded={props.expanded & (1 << position) != 0}
                    unseen={props.unseen & (1 << position) != 0} {link_fallback} />
            }
        })
        .collect()
}
