//! The live preview: the reader's widget itself ([`App`]), drawn from the current
//! draft, at phone or desktop width, light or dark. While the draft has errors it
//! keeps showing the last valid draft and says so.

use std::rc::Rc;

use news_explainer::embedding::{Embedding, KeptParams, Placement, Remember};
use news_explainer::model::AnchoredExplainer;
use news_explainer::{App, AppProps};
use yew::prelude::*;

use crate::drafting::{counted, grouped};

/// The most quotes a preview is drawn for without asking: the widget draws
/// every card and the whole text, and for a draft of a thousand quotes that
/// held the editor for seconds. A news story has a few dozen.
pub const PREVIEW_QUOTES: usize = 300;

/// The longest article (bytes of text) a preview is drawn for without asking.
pub const PREVIEW_BYTES: usize = 300_000;

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
    let shown = last_valid.borrow().clone();
    // A preview too long to draw at once waits to be asked for.
    let asked = use_state(|| false);
    let too_long = shown.as_ref().and_then(|anchored| {
        let explainer = &anchored.explainer;
        let bytes: usize = explainer
            .source
            .iter()
            .flat_map(|section| section.heading.iter().chain(&section.paragraphs))
            .map(String::len)
            .sum();
        let quotes = explainer.quotes.len();
        (quotes > PREVIEW_QUOTES || bytes > PREVIEW_BYTES).then_some((quotes, bytes))
    });
    let shown = if too_long.is_some() && !*asked {
        None
    } else {
        shown
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
        None => match too_long {
            Some((quotes, bytes)) => {
                let ask = {
                    let asked = asked.clone();
                    Callback::from(move |_: MouseEvent| asked.set(true))
                };
                html! {
                    <p class="studio-hint studio-preview__held">
                        { format!("Not drawn yet: this draft has {} and {} KB of text, and drawing it \
                                   holds the editor for a few seconds. ", counted(quotes, "quote", "quotes"),
                                   grouped(bytes.div_ceil(1000))) }
                        <button type="button" onclick={ask}>{ "Draw the preview" }</button>
                    </p>
                }
            }
            None => html! {
                <p class="studio-hint">{ "The preview shows once the draft has no errors." }</p>
            },
        },
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
            <div class={classes!("studio-preview__frame", phone.then_some("studio-preview__frame--phone"),
                    props.widget_url.is_none().then_some("studio-preview__frame--no-address"))}
                data-theme={dark.map(|dark| if dark { "dark" } else { "light" })}>
                { preview }
            </div>
        </section>
    }
}
