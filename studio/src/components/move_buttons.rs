//! "Move up" and "Move down" for one entry of a list (a quote, a person, a
//! tracker item): the keyboard's way to reorder, with focus kept on the button
//! that was pressed as the entry changes place.

use yew::prelude::*;

use crate::browser;
use crate::context::use_dispatch;
use crate::draft::{Action, List};
use crate::fields::FieldId;

/// Props of [`MoveButtons`].
#[derive(Properties, Clone, PartialEq)]
pub struct MoveButtonsProps {
    /// The list the entry is in.
    pub list: List,
    /// The entry's place in it.
    pub index: usize,
    /// How many entries the list has.
    pub count: usize,
    /// What the entry is called, for the buttons' accessible names: its kind and
    /// place (`quote 3`), not its text, which would make the buttons answer to
    /// the labels of the entry's own fields.
    pub label: AttrValue,
}

/// The two buttons.
#[function_component(MoveButtons)]
pub fn move_buttons(props: &MoveButtonsProps) -> Html {
    let on_action = use_dispatch();
    let button = |up: bool| {
        let (word, edge, to) = if up {
            ("up", props.index == 0, props.index.saturating_sub(1))
        } else {
            ("down", props.index + 1 >= props.count, props.index + 1)
        };
        let button_id = |index: usize| {
            FieldId::Move {
                list: props.list,
                index,
                down: !up,
            }
            .id()
        };
        let id = button_id(props.index);
        let onclick = {
            let on_action = on_action.clone();
            let (list, index) = (props.list, props.index);
            // The pressed button's entry is drawn at its new place: focus goes to
            // the same button there, so pressing again moves it on.
            let moved_id = if edge { id.clone() } else { button_id(to) };
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Move { list, index, up });
                browser::focus_after_render(&moved_id);
            })
        };
        // At the edge the button stays focusable (aria-disabled, not disabled), so
        // focus is not lost and pressing it says why nothing moved.
        html! {
            <button type="button" id={id} class="studio-move" {onclick}
                aria-disabled={edge.then_some("true")}
                aria-label={format!("Move {word}: {}", props.label)}>
                { if up { "Move up" } else { "Move down" } }
            </button>
        }
    };
    html! {
        <span class="studio-move-buttons">{ button(true) }{ button(false) }</span>
    }
}
