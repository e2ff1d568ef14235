//! A `<select>` that always shows the value it is given.
//!
//! Yew renders an option's `selected` as an attribute, and a browser stops
//! following that attribute on an option once the option was chosen by the user
//! or by script (its "dirtiness", in the HTML standard). The Studio's forms reuse
//! their elements by position, so after history entries are put in date order,
//! a quote is inserted above, or an undo, a `<select>` that was used could keep
//! showing its old choice while the draft holds another. This one sets the
//! element's `value` after every render, so what it shows is the draft.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`BoundSelect`].
#[derive(Properties, Clone, PartialEq)]
pub struct BoundSelectProps {
    /// The element's id, for its `<label for>`.
    pub id: AttrValue,
    /// The value to show: one of the options' values.
    pub value: AttrValue,
    /// What the journalist's choice is sent to.
    pub onchange: Callback<Event>,
    /// True while the field has an error (`aria-invalid`).
    #[prop_or_default]
    pub invalid: bool,
    /// The id of the field's description (its problems' note).
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// The `<option>`s.
    pub children: Html,
}

/// The select.
#[function_component(BoundSelect)]
pub fn bound_select(props: &BoundSelectProps) -> Html {
    let select = use_node_ref();
    {
        let select = select.clone();
        let value = props.value.clone();
        use_effect(move || {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                if select.value() != *value {
                    select.set_value(&value);
                }
            }
        });
    }
    html! {
        <select id={props.id.clone()} ref={select} onchange={props.onchange.clone()}
            aria-invalid={props.invalid.then_some("true")} aria-describedby={props.described_by.clone()}>
            { props.children.clone() }
        </select>
    }
}
