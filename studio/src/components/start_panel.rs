//! How a journalist starts: paste an article, open an explainer file, or take the
//! default explainer. Starting over a draft asks first.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::draft::Action;

/// Props of [`StartPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct StartPanelProps {
    /// Open (nothing to edit yet) or folded away under its summary.
    pub open: bool,
    /// Where the chosen start goes.
    pub on_action: Callback<Action>,
}

/// True when nothing would be lost, or the journalist agrees to replace the draft.
fn may_replace(has_draft: bool) -> bool {
    !has_draft
        || gloo::utils::window()
            .confirm_with_message("Replace the draft you are editing? It cannot be brought back.")
            .unwrap_or(false)
}

/// The three ways to start.
#[function_component(StartPanel)]
pub fn start_panel(props: &StartPanelProps) -> Html {
    let article = use_node_ref();
    let has_draft = !props.open;

    let from_text = {
        let article = article.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = article.cast::<HtmlTextAreaElement>() else {
                return;
            };
            if may_replace(has_draft) {
                on_action.emit(Action::StartFromText {
                    article: area.value(),
                    published: browser::today(),
                });
            }
        })
    };
    let from_default = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if may_replace(has_draft) {
                on_action.emit(Action::StartFromDefault);
            }
        })
    };
    let from_file = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if may_replace(has_draft) {
                let on_action = on_action.clone();
                browser::read_file(file, move |text| on_action.emit(Action::Open(text)));
            }
        })
    };

    // A file dropped anywhere on the panel opens like a chosen one.
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    let on_drop = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            let file = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                if may_replace(has_draft) {
                    let on_action = on_action.clone();
                    browser::read_file(file, move |text| on_action.emit(Action::Open(text)));
                }
            }
        })
    };

    html! {
        <details class="studio-start" open={props.open} ondragover={on_drag_over} ondrop={on_drop}>
            <summary class="studio-start__summary">
                <h2 class="studio-start__title">{ "Start an explainer" }</h2>
            </summary>
            <div class="studio-start__ways">
                <div class="studio-start__way">
                    <label for="studio-paste">{ "Paste the article, one paragraph per line" }</label>
                    <textarea id="studio-paste" ref={article} rows="8" />
                    <button type="button" onclick={from_text}>{ "Draft from this article" }</button>
                </div>
                <div class="studio-start__way">
                    <label for="studio-open">{ "Open an explainer file (.json)" }</label>
                    <input id="studio-open" type="file" accept=".json,application/json" onchange={from_file} />
                    <p class="studio-hint">{ "Or drop it here. A file with problems opens too, for repair." }</p>
                    <button type="button" onclick={from_default}>{ "Open the default explainer" }</button>
                </div>
            </div>
        </details>
    }
}
