//! The "Embed" button and the panel it opens: the two embed codes (iframe and
//! inline), each ready to copy, for a newsroom putting the widget in an article.

use yew::prelude::*;

use crate::context::use_view_context;
use crate::embedding::EmbedCodes;

/// Props of [`EmbedPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct EmbedPanelProps {
    /// The codes to show.
    pub codes: EmbedCodes,
    /// Called with a code to copy.
    pub oncopy: Callback<String>,
}

/// A disclosure button and, when open, the embed codes.
///
/// Whether it is open is the panel's own business: nothing else in the widget
/// depends on it, and a link to it would make no sense.
#[function_component(EmbedPanel)]
pub fn embed_panel(props: &EmbedPanelProps) -> Html {
    let strings = use_view_context().strings;
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let code = |id: &'static str, label: &'static str, code: &String| {
        let oncopy = props.oncopy.reform({
            let code = code.clone();
            move |_: MouseEvent| code.clone()
        });
        html! {
            <div class="embed-panel__code">
                <label for={id}>{ label }</label>
                <textarea id={id} readonly=true rows="4" spellcheck="false" value={code.clone()} />
                // Named after its code, so the two buttons are told apart by ear.
                <button type="button" class="button button--quiet" onclick={oncopy}
                        aria-label={format!("{}{}{label}", strings.copy_code, strings.label_separator)}>{ strings.copy_code }</button>
            </div>
        }
    };
    html! {
        <div class="embed-panel">
            <button type="button" class="button button--quiet embed-panel__toggle" aria-expanded={open.to_string()}
                    aria-controls="embed-codes" onclick={ontoggle}>{ strings.embed }</button>
            <div id="embed-codes" class="embed-panel__codes" hidden={!*open}>
                <p>{ strings.embed_intro }</p>
                { code("embed-code-iframe", strings.embed_iframe, &props.codes.iframe) }
                { code("embed-code-inline", strings.embed_inline, &props.codes.inline) }
            </div>
        </div>
    }
}
