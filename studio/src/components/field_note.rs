//! The problems of one form field, shown beside it: what `explainer check` would
//! say of that field, so a journalist sees it where the fix is typed. The field
//! names this note in its `aria-describedby`, so a screen reader reads it too.

use std::rc::Rc;

use yew::prelude::*;

use crate::fields::note_id;
use crate::problems::{FieldProblems, Severity};

/// Props of [`FieldNote`].
#[derive(Properties, Clone, PartialEq)]
pub struct FieldNoteProps {
    /// The id of the field the note is for.
    pub field: AttrValue,
}

/// The note: empty (but present, for `aria-describedby`) when the field is fine.
#[function_component(FieldNote)]
pub fn field_note(props: &FieldNoteProps) -> Html {
    let problems = use_context::<Rc<FieldProblems>>().unwrap_or_default();
    html! {
        <div id={note_id(&props.field)} class="studio-field__problems">
            { for problems.of(&props.field).iter().map(|problem| {
                let text = problem.text();
                let (class, label) = match problem.severity() {
                    Severity::Error => ("studio-field__problem studio-field__problem--error", "Error:"),
                    Severity::Warning => ("studio-field__problem studio-field__problem--warning", "To do:"),
                };
                html! {
                    <p class={class}>
                        <strong>{ label }</strong>{ " " }
                        <span class="studio-field__message">{ text.message }</span>
                        if let Some(hint) = text.hint {
                            { " " }<span class="studio-hint">{ hint }</span>
                        }
                    </p>
                }
            }) }
        </div>
    }
}
