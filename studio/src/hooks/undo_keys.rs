//! Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z redoes one Studio step, except in a
//! text field, where the browser's own undo of the typing comes first.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::draft::Action;

/// Listens for the undo and redo keys on the document while the Studio lives.
///
/// The listener is not passive: a passive one cannot `preventDefault`, and the
/// browser then also ran its own undo of earlier typing (issue 28), so one
/// press undid a Studio step and a field's text at once.
#[hook]
pub fn use_undo_keys(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if let Some(action) = undo_key(
                    &event.key(),
                    event.ctrl_key() || event.meta_key(),
                    event.shift_key(),
                    in_text_field(event),
                ) {
                    event.prevent_default();
                    dispatch.emit(action);
                }
            },
        );
        move || drop(listener)
    });
}

/// True when the key was pressed in a field that has its own undo.
fn in_text_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        })
}

/// The Studio step a key press asks for, if any: plain Rust, tested natively.
fn undo_key(key: &str, command: bool, shift: bool, in_text_field: bool) -> Option<Action> {
    if in_text_field || !command || !key.eq_ignore_ascii_case("z") {
        return None;
    }
    Some(if shift { Action::Redo } else { Action::Undo })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_command_z_outside_a_text_field_is_a_studio_step() {
        assert_eq!(undo_key("z", true, false, false), Some(Action::Undo));
        assert_eq!(undo_key("Z", true, true, false), Some(Action::Redo));
        assert_eq!(undo_key("z", true, false, true), None);
        assert_eq!(undo_key("z", false, false, false), None);
        assert_eq!(undo_key("y", true, false, false), None);
    }
}
