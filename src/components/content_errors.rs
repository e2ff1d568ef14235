//! Shown in place of the widget when the content has errors: every problem with
//! its JSON path, never a blank box. The words come from the problem's kind
//! through the interface strings, as in `explainer check`.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Problem;
use crate::strings::Locale;

/// Props of [`ContentErrors`].
#[derive(Properties, Clone, PartialEq)]
pub struct ContentErrorsProps {
    /// Every problem found.
    pub problems: Rc<Vec<Problem>>,
    /// Where the content came from, when it was loaded from a URL.
    #[prop_or_default]
    pub source_url: Option<String>,
    /// The interface language of the messages.
    #[prop_or_default]
    pub locale: Locale,
}

/// The list of content errors.
#[function_component(ContentErrors)]
pub fn content_errors(props: &ContentErrorsProps) -> Html {
    let strings = props.locale.strings();
    html! {
        <div class="explainer explainer--error" role="alert">
            <p>
                if let Some(url) = &props.source_url {
                    { strings.content_errors_at(url) }
                } else {
                    { strings.content_errors }
                }
            </p>
            <ul class="content-errors">
                { for props.problems.iter().map(|problem| {
                    let text = strings.problem(&problem.kind);
                    html! {
                        <li data-kind={problem.kind.name()}>
                            <code>{ &problem.path }</code>{ " " }{ text.message }
                            if let Some(hint) = text.hint {
                                <br /><span class="content-errors__hint">{ hint }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
