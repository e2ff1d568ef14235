//! The last step: export the file, say where it will be published, and take the
//! exact `explainer build` command and the embed codes for that address, each
//! with a Copy button ([`crate::publishing`] makes them).

use news_explainer::host::clipboard::copy_text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::text_field::TextField;
use crate::context::use_dispatch;
use crate::draft::Action;
use crate::fields::{Code, FieldId};
use crate::publishing::publishing;

/// Props of [`PublishPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct PublishPanelProps {
    /// The address as typed.
    pub site_url: AttrValue,
    /// The exported file's name.
    pub file_name: AttrValue,
    /// The headline, the embed codes' title.
    pub headline: AttrValue,
    /// How many errors `explainer check` would refuse the file for.
    pub errors: usize,
    /// Downloads the file.
    pub on_export: Callback<MouseEvent>,
}

/// A code to copy: a labelled `<pre>` and its Copy button, which says in the
/// panel's live region whether the copy worked.
fn code_block(which: Code, label: &str, code: &str, said: &UseStateHandle<String>) -> Html {
    let onclick = {
        let (code, said, label) = (code.to_string(), said.clone(), label.to_string());
        Callback::from(move |_: MouseEvent| {
            let (code, said, label) = (code.clone(), said.clone(), label.clone());
            wasm_bindgen_futures::spawn_local(async move {
                said.set(if copy_text(&code).await {
                    format!("Copied: {label}.")
                } else {
                    format!("This browser refused to copy. Select the {label} and copy it by hand.")
                });
            });
        })
    };
    html! {
        <div class="studio-publish__code">
            <p id={FieldId::CodeLabel(which).id()} class="studio-publish__label">{ label }</p>
            <pre id={FieldId::Code(which).id()} tabindex="0"><code>{ code }</code></pre>
            <button type="button" {onclick} aria-label={format!("Copy the {label}")}>{ "Copy" }</button>
        </div>
    }
}

/// The publish panel.
#[function_component(PublishPanel)]
pub fn publish_panel(props: &PublishPanelProps) -> Html {
    let on_action = use_dispatch();
    let said = use_state(String::new);
    let oninput = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::SetSiteUrl(input.value()));
        })
    };
    let steps = publishing(&props.site_url, &props.file_name, &props.headline);
    html! {
        <section class="studio-section studio-publish" aria-labelledby="studio-publish-title">
            <h2 id="studio-publish-title">{ "Publish" }</h2>
            <ol class="studio-publish__steps">
                <li>
                    <p>{ "Export the file, " }<code>{ &props.file_name }</code>{ "." }</p>
                    if props.errors > 0 {
                        <p class="studio-field__problem studio-field__problem--error">
                            { format!("The draft has {} {}: explainer check refuses the file until {} fixed (see Problems).",
                                props.errors,
                                if props.errors == 1 { "error" } else { "errors" },
                                if props.errors == 1 { "it is" } else { "they are" }) }
                        </p>
                    }
                    <button type="button" onclick={props.on_export.clone()}>{ "Download the file" }</button>
                </li>
                <li>
                    <TextField id="studio-site-url" label="Where it will be published (the folder’s address)"
                        value={props.site_url.clone()} {oninput} described_by={AttrValue::from("studio-site-url-note")}>
                        if let Err(why) = &steps {
                            <p id="studio-site-url-note" class="studio-hint">{ why.message() }</p>
                        } else {
                            <p id="studio-site-url-note" class="studio-hint">
                                { "The build writes absolute links, share pages and the embed codes for this address." }
                            </p>
                        }
                    </TextField>
                </li>
                if let Ok(steps) = &steps {
                    <li>
                        <p>{ "Build the site, in the widget’s folder after " }<code>{ "trunk build --release" }</code>
                            { ", then copy " }<code>{ "site/" }</code>{ " to " }<code>{ &steps.folder }</code>{ ":" }</p>
                        { code_block(Code::BuildCommand, "build command", &steps.build_command, &said) }
                    </li>
                    <li>
                        <p>{ "Paste an embed code into the article’s HTML:" }</p>
                        { code_block(Code::IframeEmbed, "iframe embed code", &steps.codes.iframe, &said) }
                        { code_block(Code::InlineEmbed, "inline embed code", &steps.codes.inline, &said) }
                    </li>
                }
            </ol>
            <p class="studio-publish__said" role="status" aria-live="polite">{ (*said).clone() }</p>
        </section>
    }
}
