//! The live preview: the reader's widget itself ([`App`]), drawn from the current
//! draft, at phone or desktop width, light or dark. While the draft has errors it
//! keeps showing the last valid draft and says so. A long draft is drawn from
//! its beginning ([`preview::bounded`]) until the journalist asks for all of it,
//! and a new draft is drawn a turn after the editor, so neither holds the other.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use news_explainer::embedding::{Embedding, KeptParams, Placement, Remember};
use news_explainer::model::AnchoredExplainer;
use news_explainer::{App, AppProps};
use yew::prelude::*;

use crate::drafting::{counted, grouped};
use crate::preview::{self, Bounded};

/// What the preview of a long draft's beginning says it leaves out.
fn held_words(beginning: &Bounded) -> String {
    let (quotes, all_quotes) = beginning.quotes;
    let (bytes, all_bytes) = beginning.bytes;
    format!(
        "The preview draws the beginning of this long draft: {} of {}, {} of {} KB of text. \
         Drawing all of it holds the editor for a few seconds. ",
        grouped(quotes),
        counted(all_quotes, "quote", "quotes"),
        grouped(bytes.div_ceil(1000)),
        grouped(all_bytes.div_ceil(1000)),
    )
}

/// Props of [`PreviewPane`].
#[derive(Properties, Clone, PartialEq)]
pub struct PreviewPaneProps {
    /// The draft, validated and anchored, when it has no errors.
    pub anchored: Option<Rc<AnchoredExplainer>>,
    /// How many errors stand in the way of a preview.
    pub errors: usize,
    /// The folder the explainer will be published at, once the journalist has
    /// said: the preview's Embed panel shows the codes for it. Without one the
    /// panel is hidden, since codes for the Studio's own address would be wrong.
    #[prop_or_default]
    pub widget_url: Option<AttrValue>,
}

/// The preview.
#[function_component(PreviewPane)]
pub fn preview_pane(props: &PreviewPaneProps) -> Html {
    let last_valid = use_mut_ref(|| None::<Rc<AnchoredExplainer>>);
    if let Some(anchored) = &props.anchored {
        *last_valid.borrow_mut() = Some(anchored.clone());
    }
    let latest = last_valid.borrow().clone();
    // Drawn a turn after the editor: the draft to draw, once its turn came.
    let drawn = use_state(|| None::<Rc<AnchoredExplainer>>);
    {
        let drawn = drawn.clone();
        use_effect_with(latest.clone(), move |latest| {
            let latest = latest.clone();
            let timeout = Timeout::new(0, move || drawn.set(latest));
            move || drop(timeout)
        });
    }
    // A long draft's beginning, unless all of it was asked for.
    let whole = use_state(|| false);
    let beginning = use_memo((*drawn).clone(), |drawn| {
        drawn
            .as_ref()
            .and_then(|drawn| preview::bounded(drawn))
            .map(Rc::new)
    });
    let shown: Option<Rc<AnchoredExplainer>> = match (&*beginning, *whole) {
        (Some(beginning), false) => Some(beginning.anchored.clone()),
        _ => (*drawn).clone(),
    };
    let phone = use_state(|| false);
    // None: the preview follows the browser's colour scheme, like a reader's page.
    let dark = use_state(|| None::<bool>);
    let width = |value: bool| {
        let phone = phone.clone();
        Callback::from(move |_: MouseEvent| phone.set(value))
    };
    let scheme = |value: bool| {
        let dark = dark.clone();
        Callback::from(move |_: MouseEvent| dark.set(Some(value)))
    };
    let drawn_quotes = shown
        .as_ref()
        .map(|shown| shown.explainer.quotes.len().to_string());
    let preview = match shown {
        Some(explainer) => {
            let props = AppProps {
                content: Ok(explainer),
                open: None,
                // Inline: the preview never touches the Studio's URL or history.
                embedding: Embedding {
                    placement: Placement::Inline(KeptParams::default()),
                    widget_url: props.widget_url.as_ref().map(|url| url.to_string()),
                    content_url: None,
                    // A draft is not a reader's visit: nothing to mark as new.
                    remember: Remember::Off,
                    // The reader's language: the content's own, as on the built page.
                    locale: None,
                },
            };
            html! { <App ..props /> }
        }
        None if latest.is_some() => html! {
            <p class="studio-hint">{ "Drawing the preview…" }</p>
        },
        None => html! {
            <p class="studio-hint">{ "The preview shows once the draft has no errors." }</p>
        },
    };
    let held = match (&*beginning, *whole) {
        (Some(beginning), false) => {
            let ask = {
                let whole = whole.clone();
                Callback::from(move |_: MouseEvent| whole.set(true))
            };
            html! { <p class="studio-hint studio-preview__held">{ held_words(beginning) }
            <button type="button" onclick={ask}>{ "Draw all of it" }</button></p> }
        }
        _ => html! {},
    };
    html! {
        <section class="studio-section studio-preview" aria-labelledby="studio-preview-title">
            <h2 id="studio-preview-title">{ "Preview" }</h2>
            <div class="studio-actions" role="group" aria-label="Preview size and colours">
                <button type="button" aria-pressed={(!*phone).to_string()} onclick={width(false)}>{ "Desktop" }</button>
                <button type="button" aria-pressed={(*phone).to_string()} onclick={width(true)}>{ "Phone" }</button>
                <button type="button" aria-pressed={(*dark == Some(false)).to_string()} onclick={scheme(false)}>{ "Light" }</button>
                <button type="button" aria-pressed={(*dark == Some(true)).to_string()} onclick={scheme(true)}>{ "Dark" }</button>
            </div>
            if props.errors > 0 && props.anchored.is_none() {
                <p class="studio-hint studio-preview__stale">
                    { format!("The draft has {} {}: the preview shows the last draft without.", props.errors,
                        if props.errors == 1 { "error" } else { "errors" }) }
                </p>
            }
            { held }
            <div class={classes!("studio-preview__frame", phone.then_some("studio-preview__frame--phone"),
                    props.widget_url.is_none().then_some("studio-preview__frame--no-address"))}
                data-theme={dark.map(|dark| if dark { "dark" } else { "light" })}
                data-drawn-quotes={drawn_quotes}>
                { preview }
            </div>
        </section>
    }
}
