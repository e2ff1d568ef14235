//! The last line of defence: a panic in the Wasm replaces the widget with a
//! readable error box instead of leaving a frozen, half-drawn widget behind.
//!
//! The box is built with DOM calls and `textContent`, never HTML, because the
//! panic message may quote content.

use crate::strings::STRINGS;

/// Installs a panic hook that logs the panic to the console and shows the error
/// box in `root`. Later panics replace the box again; nothing else runs after.
pub fn install_error_box(root: web_sys::Element) {
    std::panic::set_hook(Box::new(move |info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show_error_box(&root, &message);
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
