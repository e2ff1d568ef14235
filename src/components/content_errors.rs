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
    /// Where the content came from, when it was loaded from a URL.
    #[prop_or_default]
    pub source_url: Option<String>,
}

/// The list of content errors.
#[function_component(ContentErrors)]
pub fn content_errors(props: &ContentErrorsProps) -> Html {
    html! {
        <div class="explainer explainer--error" role="alert">
            <p>
                if let Some(url) = &props.source_url {
                    { STRINGS.content_errors_at(url) }
                } else {
                    { STRINGS.content_errors }
                }
            </p>
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
