//! Shown in place of the widget when the content has errors: every problem with
//! its JSON path, never a blank box.

use yew::prelude::*;

use crate::model::Diagnostic;
use crate::strings::STRINGS;

/// Props of [`ContentErrors`].
#[derive(Properties, Clone, PartialEq)]
pub struct ContentErrorsProps {
    /// Every problem found.
    pub diagnostics: Vec<Diagnostic>,
}

/// The list of content errors.
#[function_component(ContentErrors)]
pub fn content_errors(props: &ContentErrorsProps) -> Html {
    html! {
        <div class="explainer explainer--error" role="alert">
            <p>{ STRINGS.content_errors }</p>
            <ul class="content-errors">
                { for props.diagnostics.iter().map(|diagnostic| html! {
                    <li>
                        <code>{ &diagnostic.path }</code>{ " " }{ &diagnostic.message }
                        if let Some(hint) = &diagnostic.hint {
                            <br /><span class="content-errors__hint">{ hint }</span>
                        }
                    </li>
                }) }
            </ul>
        </div>
    }
}
