//! A file that does not parse as an explainer, open for repair: its text to edit
//! and why it is not an explainer yet. It turns into a draft as soon as it parses.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::context::use_dispatch;
use crate::draft::Action;
use crate::problems::Problem;

/// Props of [`RepairPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct RepairPanelProps {
    /// The file’s text.
    pub text: String,
    /// Why it does not parse.
    pub problem: Problem,
}

/// The repair view.
#[function_component(RepairPanel)]
pub fn repair_panel(props: &RepairPanelProps) -> Html {
    let on_action = use_dispatch();
    let on_input = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_action.emit(Action::Repair(area.value()));
        })
    };
    let problem = &props.problem;
    let text = problem.text();
    html! {
        <section class="studio-repair" aria-labelledby="studio-repair-title">
            <h2 id="studio-repair-title">{ "Repair the file" }</h2>
            <div class="studio-problems__item studio-problems__item--error" id="studio-repair-problem">
                <code>{ &problem.path }</code>{ " " }{ text.message }
                if let Some(hint) = text.hint {
                    <p class="studio-hint">{ hint }</p>
                }
            </div>
            <label for="studio-repair-text">{ "The file’s text" }</label>
            <textarea id="studio-repair-text" rows="20" spellcheck="false"
                aria-describedby="studio-repair-problem" value={props.text.clone()} oninput={on_input} />
        </section>
    }
}
