//! The last line of defence: a panic in the Wasm replaces the widget with a
//! readable error box instead of leaving a frozen, half-drawn widget behind;
//! but a panic while the Wasm adopts pre-rendered markup leaves that markup to
//! `static/boot.js`, which puts back the copy it kept: the pre-rendered page is
//! the product, and reloading would fail the same way.
//!
//! A trap (out of memory, `unreachable`) never reaches a panic hook, so the box
//! is built ahead, at mount, and left on the root element under
//! [`ERROR_BOX_PROPERTY`] for `boot.js` and `embed.js`, which catch traps at the
//! JavaScript boundary and show it: the text comes from [`Strings`], and showing it
//! allocates nothing in a Wasm that may have run out of memory.
//!
//! The release Wasm is compiled with `-Cpanic=immediate-abort` (`trunk_release`
//! in `scripts/lib.sh`): there a panic is a bare trap, the hook below never runs,
//! and the box the loaders show is the only one, with the trap as its details.
//! The hook serves the other builds (`trunk serve`, the wasm-bindgen tests).
//!
//! The box is built with DOM calls and `textContent`, never HTML, because the
//! panic message may quote content.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsValue;

use crate::strings::Strings;

/// The property of a root element that holds its error box, built ahead; the
/// loaders (`static/boot.js`, `static/embed.js`) read it by this name.
pub const ERROR_BOX_PROPERTY: &str = "newsExplainerErrorBox";

thread_local! {
    /// The elements the widget is mounted in. A panic hook must be `Send`, which
    /// DOM elements are not, so the hook finds them here (Wasm has one thread).
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    /// Set by the first panic: the Wasm is dead after it, and a later panic (a
    /// listener of the dead instance) must not draw over what the first left.
    static CRASHED: Cell<bool> = const { Cell::new(false) };
    /// The strings of the last box built ahead, for a box built at the panic.
    static STRINGS_IN_USE: Cell<&'static Strings> = Cell::new(crate::strings::english());
}

/// Builds the error box for `root` ahead and installs a panic hook that logs the
/// panic to the console and shows the box in `root` (and in every other root
/// mounted before). It goes through `yew::set_custom_panic_hook`, since Yew's
/// renderer otherwise installs its own hook over any other. The box is in
/// `strings`' language; [`localise_error_box`] rebuilds it once the content
/// has decided another.
pub fn install_error_box(root: web_sys::Element, strings: &'static Strings) {
    localise_error_box(&root, strings);
    ROOTS.with(|roots| roots.borrow_mut().push(root));
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        if CRASHED.with(|crashed| crashed.replace(true)) {
            return;
        }
        ROOTS.with(|roots| {
            for root in roots.borrow().iter() {
                if !holds_prerendered_markup(root) {
                    show_error_box(root, &message);
                }
            }
        });
    }));
}

/// Builds `root`'s error box ahead, in `strings`' language, in place of any
/// built before.
pub fn localise_error_box(root: &web_sys::Element, strings: &'static Strings) {
    STRINGS_IN_USE.with(|in_use| in_use.set(strings));
    if let Some(error_box) = build_error_box(root, strings) {
        let _ = js_sys::Reflect::set(root, &JsValue::from_str(ERROR_BOX_PROPERTY), &error_box);
    }
}

/// True while `root` shows the pre-rendered markup as served and the Wasm has
/// not yet made it live (`.is-live`): a failure now leaves the reader that
/// markup, readable without script. Markup for other content is dropped
/// (and `data-prerendered` with it) before the Wasm draws afresh.
pub fn holds_prerendered_markup(root: &web_sys::Element) -> bool {
    root.has_attribute("data-prerendered")
        && root
            .query_selector(".explainer.is-live")
            .ok()
            .flatten()
            .is_none()
}

/// Replaces everything in `root` with the error box; `details` goes in a
/// disclosure for whoever reports the problem.
pub fn show_error_box(root: &web_sys::Element, details: &str) {
    let built_ahead = js_sys::Reflect::get(root, &JsValue::from_str(ERROR_BOX_PROPERTY))
        .ok()
        .and_then(|error_box| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(error_box).ok())
        .and_then(|error_box| error_box.clone_node_with_deep(true).ok())
        .and_then(|error_box| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(error_box).ok());
    let strings = STRINGS_IN_USE.with(Cell::get);
    let Some(error_box) = built_ahead.or_else(|| build_error_box(root, strings)) else {
        return;
    };
    if let Ok(Some(text)) = error_box.query_selector("pre") {
        text.set_text_content(Some(details));
    }
    root.set_text_content(None);
    let _ = root.append_child(&error_box);
}

/// The error box, with an empty disclosure for the details.
fn build_error_box(root: &web_sys::Element, strings: &Strings) -> Option<web_sys::Element> {
    let document = root.owner_document()?;
    let element = |tag: &str, text: Option<&str>| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(text);
        Some(element)
    };
    let error_box = element("div", None)?;
    error_box.set_class_name("explainer explainer--error explainer--crashed");
    error_box.set_attribute("role", "alert").ok()?;
    let message = element("p", Some(strings.crashed))?;
    let disclosure = element("details", None)?;
    let summary = element("summary", Some(strings.crash_details))?;
    let text = element("pre", None)?;
    disclosure.append_child(&summary).ok()?;
    disclosure.append_child(&text).ok()?;
    error_box.append_child(&message).ok()?;
    error_box.append_child(&disclosure).ok()?;
    Some(error_box)
}
