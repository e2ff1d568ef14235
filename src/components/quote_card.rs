//! A quote card: the WAI-ARIA disclosure pattern around one quote.
//!
//! Collapsed, it shows the quote, the speaker and a one-line hint; expanded, the
//! sentence around the quote with the quote marked in place, the context note,
//! the tracker items it is evidence for, and the actions: show in article, copy
//! link and (where the browser has one) share.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::fragment_link::fragment_link;
use crate::components::highlighted_text::HighlightedText;
use crate::fragment::Fragment;
use crate::model::{AnchoredExplainer, Person};
use crate::strings::STRINGS;

/// Props of [`QuoteCard`].
///
/// The card gets the shared explainer and its quote's index, not copies of the
/// quote, speaker and highlighted sentence: with a thousand cards, the list's
/// render then costs a pointer comparison per unchanged card, and only the card
/// that changed renders again.
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteCardProps {
    /// The content (compared by pointer first, see [`AnchoredExplainer`]).
    pub explainer: Rc<AnchoredExplainer>,
    /// Which quote, by index in `explainer.explainer.quotes`.
    pub index: usize,
    /// Whether the details are shown.
    pub expanded: bool,
    /// The link to show for copying by hand, when the clipboard failed.
    #[prop_or_default]
    pub link_fallback: Option<String>,
    /// Whether to offer the system share sheet.
    #[prop_or_default]
    pub can_share: bool,
    /// Whether the Wasm runs. Without it the card is a `<details>` element and
    /// its actions are plain links, so it works with no script at all.
    #[prop_or_default]
    pub live: bool,
    /// Called with the quote id to expand or collapse the card.
    pub ontoggle: Callback<String>,
    /// Called to follow an in-widget link.
    pub onfollow: Callback<Fragment>,
    /// Called to copy the link to this quote.
    pub oncopylink: Callback<Fragment>,
    /// Called to share the link to this quote.
    pub onshare: Callback<Fragment>,
}

/// One quote.
#[function_component(QuoteCard)]
pub fn quote_card(props: &QuoteCardProps) -> Html {
    let explainer = &props.explainer;
    let quote = &explainer.explainer.quotes[props.index];
    // Validation guarantees the speaker exists; a bare name is the safe fallback.
    let person = explainer
        .explainer
        .person(&quote.speaker)
        .cloned()
        .unwrap_or_else(|| Person {
            id: quote.speaker.clone(),
            name: quote.speaker.clone(),
            role: String::new(),
        });
    let evidence_for: Vec<(&str, &str)> = explainer
        .deals_citing(props.index)
        .map(|deal| {
            let deal = &explainer.explainer.tracker[deal];
            (deal.id.as_str(), deal.title.as_str())
        })
        .collect();
    let details_id = format!("quote-{}-details", quote.id);
    let link = Fragment::Quote(quote.id.clone());
    // A <button> gets Enter and Space from the browser, so no key handler is needed.
    let ontoggle = {
        let id = quote.id.clone();
        props.ontoggle.reform(move |_: MouseEvent| id.clone())
    };
    let onshowinarticle = {
        let to = Fragment::Source(Some(quote.id.clone()));
        props.onfollow.reform(move |_: MouseEvent| to.clone())
    };
    let oncopylink = {
        let link = link.clone();
        props.oncopylink.reform(move |_: MouseEvent| link.clone())
    };
    let onshare = {
        let link = link.clone();
        props.onshare.reform(move |_: MouseEvent| link.clone())
    };
    let text =
        html! { <span class="quote-card__text" dir="auto">{ "“" }{ &quote.text }{ "”" }</span> };
    let speaker = html! { <span class="quote-card__speaker">{ &person.name }</span> };
    let chevron = html! { <span class="quote-card__chevron" aria-hidden="true"></span> };
    let details = html! {
            <div class="quote-card__details" id={details_id.clone()} hidden={props.live && !props.expanded}>
            <p class="quote-card__label">{ STRINGS.in_context }</p>
            <blockquote class="quote-card__context-text">
                <p><HighlightedText segments={explainer.quote_in_context(props.index)} /></p>
            </blockquote>
            <p class="quote-card__label">{ STRINGS.why_it_matters }</p>
            <p class="quote-card__note">{ &quote.context }</p>
            <p class="quote-card__role">{ &person.name }{ ", " }{ &person.role }</p>
            if !evidence_for.is_empty() {
                <p class="quote-card__evidence-for">
                    { STRINGS.evidence_for }{ ": " }
                    { for evidence_for.iter().enumerate().map(|(i, &(id, title))| html! {
                        <>
                            if i > 0 { { ", " } }
                            { fragment_link(Fragment::Deal(id.to_string()), &props.onfollow, html! { title }) }
                        </>
                    }) }
                </p>
            }
            <div class="quote-card__actions">
                if props.live {
                    <button type="button" class="button" onclick={onshowinarticle}>{ STRINGS.show_in_article }</button>
                    <button type="button" class="button" onclick={oncopylink}>{ STRINGS.copy_link }</button>
                    if props.can_share {
                        <button type="button" class="button" onclick={onshare}>{ STRINGS.share }</button>
                    }
                } else {
                    <a class="button" href={Fragment::Source(Some(quote.id.clone())).to_string()}>{ STRINGS.show_in_article }</a>
                    <a class="button" href={link.to_string()}>{ STRINGS.link_to_quote }</a>
                }
            </div>
            if let Some(url) = &props.link_fallback {
                <p class="quote-card__fallback">
                    <label>
                        { STRINGS.copy_fallback }
                        <input type="text" readonly=true value={url.clone()} aria-label={STRINGS.link_field_label}
                               onfocus={Callback::from(|event: FocusEvent| {
                                   if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                                       input.select();
                                   }
                               })} />
                    </label>
                </p>
            }
        </div>
    };
    let class = classes!("quote-card", props.expanded.then_some("is-expanded"));
    if !props.live {
        return html! {
            <li {class} id={link.element_id()} data-quote={quote.id.clone()} tabindex="-1">
                <details class="quote-card__disclosure" open={props.expanded}>
                    <summary class="quote-card__toggle">
                        { text }{ speaker }
                        <span class="quote-card__hint">{ &quote.context }</span>
                        { chevron }
                    </summary>
                    { details }
                </details>
            </li>
        };
    }
    html! {
        <li {class} id={link.element_id()} data-quote={quote.id.clone()} tabindex="-1">
            <button type="button" class="quote-card__toggle"
                    aria-expanded={props.expanded.to_string()} aria-controls={details_id}
                    onclick={ontoggle}>
                { text }{ speaker }{ chevron }
            </button>
            if !props.expanded {
                <p class="quote-card__hint">{ &quote.context }</p>
            }
            { details }
        </li>
    }
}
