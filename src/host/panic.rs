//! The last line of defence: a panic in the Wasm replaces the widget with a
//! readable error box instead of leaving a frozen, half-drawn widget behind.
//!
//! The box is built with DOM calls and `textContent`, never HTML, because the
//! panic message may quote content.

use std::cell::RefCell;

use crate::strings::STRINGS;

thread_local! {
    /// The elements the widget is mounted in. A panic hook must be `Send`, which
    /// DOM elements are not, so the hook finds them here (Wasm has one thread).
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs a panic hook that logs the panic to the console and shows the error
/// box in `root` (and in every other root mounted before). It goes through
/// `yew::set_custom_panic_hook`, since Yew's renderer otherwise installs its own
/// hook over any other.
pub fn install_error_box(root: web_sys::Element) {
    ROOTS.with(|roots| roots.borrow_mut().push(root));
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        ROOTS.with(|roots| {
            for root in roots.borrow().iter() {
                show_error_box(root, &message);
            }
        });
    }));
}

/// Replaces everything in `root` with the error box; `details` goes in a
/// disclosure for whoever reports the problem.
pub fn show_error_box(root: &web_sys::Element, details: &str) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let element = |tag: &str, text: Option<&str>| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(text);
        Some(element)
    };
    let build = || -> Option<web_sys::Element> {
        let error_box = element("div", None)?;
        error_box.set_class_name("explainer explainer--error explainer--crashed");
        error_box.set_attribute("role", "alert").ok()?;
        let message = element("p", Some(STRINGS.crashed))?;
        let disclosure = element("details", None)?;
        let summary = element("summary", Some(STRINGS.crash_details))?;
        let text = element("pre", Some(details))?;
        disclosure.append_child(&summary).ok()?;
        disclosure.append_child(&text).ok()?;
        error_box.append_child(&message).ok()?;
        error_box.append_child(&disclosure).ok()?;
        Some(error_box)
    };
    if let Some(error_box) = build() {
        root.set_text_content(None);
        let _ = root.append_child(&error_box);
    }
}
