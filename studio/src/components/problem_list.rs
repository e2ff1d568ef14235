//! Every problem of the draft, counted and listed with its JSON path: errors
//! (what `explainer check` refuses) and the TODOs left from the draft.

use yew::prelude::*;

use crate::browser;
use crate::problems::{Problem, Severity};

/// The most problems listed: a long draft has a TODO for each of its
/// thousand quotes, and listing them all held the tab. The count covers all.
pub const PROBLEMS_LISTED: usize = 200;

/// Props of [`ProblemList`].
#[derive(Properties, Clone, PartialEq)]
pub struct ProblemListProps {
    /// Errors first, then warnings.
    pub problems: Vec<Problem>,
    /// True while a long draft is still being checked: nothing is known yet.
    #[prop_or_default]
    pub checking: bool,
}

/// The problem list.
#[function_component(ProblemList)]
pub fn problem_list(props: &ProblemListProps) -> Html {
    let errors = props.problems.iter().filter(|p| p.is_error()).count();
    let warnings = props.problems.len() - errors;
    let summary = match (errors, warnings) {
        _ if props.checking => "Checking the draft…".to_string(),
        (0, 0) => "No problems: ready to export.".to_string(),
        (errors, warnings) => format!(
            "{errors} {} and {warnings} {}",
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 {
                "TODO left"
            } else {
                "TODOs left"
            },
        ),
    };
    html! {
        <section class="studio-section studio-problems" aria-labelledby="studio-problems-title">
            <h2 id="studio-problems-title">{ "Problems" }</h2>
            <p class="studio-problems__count" data-errors={errors.to_string()} data-warnings={warnings.to_string()}>
                { summary }
            </p>
            // Scrolls on its own when long, so the preview below stays in reach;
            // focusable so a keyboard can scroll it too.
            <ul class="studio-problems__list" tabindex="0" aria-label="Every problem">
                { for props.problems.iter().take(PROBLEMS_LISTED).map(|problem| {
                    let text = problem.text();
                    let (class, label) = match problem.severity() {
                        Severity::Error => ("studio-problems__item studio-problems__item--error", "Error"),
                        Severity::Warning => ("studio-problems__item studio-problems__item--warning", "To do"),
                    };
                    html! {
                        <li class={class}>
                            <strong>{ label }</strong>{ " " }
                            if let Some(id) = problem.field.map(|field| field.id()) {
                                <button type="button" class="studio-problems__go"
                                    onclick={Callback::from(move |_: MouseEvent| browser::focus(&id))}>
                                    <code>{ &problem.path }</code>
                                </button>
                            } else {
                                <code>{ &problem.path }</code>
                            }
                            { " " }{ text.message }
                            if let Some(hint) = text.hint {
                                <p class="studio-hint">{ hint }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
            if props.problems.len() > PROBLEMS_LISTED {
                <p class="studio-hint">{ format!("Listed: the first {PROBLEMS_LISTED}, errors first. The others show as these are fixed.") }</p>
            }
        </section>
    }
}
