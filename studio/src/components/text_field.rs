//! One labelled text field of the Studio's forms, with its problems beside it
//! ([`FieldNote`]) and `aria-invalid` while it has an error.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_note::FieldNote;
use crate::fields::note_id;
use crate::problems::FieldProblems;

/// Props of [`TextField`].
#[derive(Properties, Clone, PartialEq)]
pub struct TextFieldProps {
    /// The input's id (`studio-quote-3-context`): problems are found by it.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The current value.
    pub value: AttrValue,
    /// Each keystroke.
    pub oninput: Callback<InputEvent>,
    /// Classes for the input.
    #[prop_or_default]
    pub class: Classes,
    /// The id of a description of the field's own, read before its problems.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// False when the field shows its state in its own way (a quote's words show
    /// their anchoring in `children`), so the problems are not said twice.
    #[prop_or(true)]
    pub show_problems: bool,
    /// Shown after the input, before the problems.
    #[prop_or_default]
    pub children: Html,
}

/// The field.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let problems = use_context::<Rc<FieldProblems>>().unwrap_or_default();
    let invalid = problems.has_error(&props.id);
    let described_by = props
        .described_by
        .iter()
        .map(|id| id.to_string())
        .chain(props.show_problems.then(|| note_id(&props.id)))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <div class="studio-field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type="text" class={props.class.clone()} value={props.value.clone()}
                oninput={props.oninput.clone()} aria-invalid={invalid.then_some("true")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)} />
            { props.children.clone() }
            if props.show_problems {
                <FieldNote field={props.id.clone()} />
            }
        </div>
    }
}
