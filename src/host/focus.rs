//! Bringing an element into view: scroll, focus and a brief flash, so a reader
//! who followed a link sees where it landed and a screen reader starts there.
//!
//! Elements are looked up inside the widget's own root, never the document: a
//! widget in a Shadow DOM is invisible to `document.getElementById`, and with two
//! widgets on one page each must find only its own.

use std::time::Duration;

use wasm_bindgen::JsCast;

/// How long the flash lasts; matches the `explainer-flash` animation in the CSS.
const FLASH: Duration = Duration::from_millis(1600);

fn reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The element with this id inside `root` (ids are slugs, so the selector is safe).
pub fn find(root: &web_sys::Element, element_id: &str) -> Option<web_sys::Element> {
    if root.id() == element_id {
        return Some(root.clone());
    }
    root.query_selector(&format!("[id=\"{element_id}\"]"))
        .ok()
        .flatten()
}

/// Scrolls the element with this id into view, focuses it and flashes it, and
/// returns it. Does nothing when the element is not in `root`.
///
/// `smooth` is false in an iframe: there the host page does the visible scroll
/// (asked by message), and a smooth scroll still running inside the frame would
/// carry on after the host's and undo it.
pub fn bring_into_view(
    root: &web_sys::Element,
    element_id: &str,
    smooth: bool,
) -> Option<web_sys::Element> {
    let element = find(root, element_id)?;
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if !smooth || reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    // Restart the flash when the same element is flashed twice in a row: take the
    // class off before scrolling, whose layout then sees the element without it, and
    // put it back after. No extra style recalculation is forced just to restart it.
    let classes = element.class_list();
    let _ = classes.remove_1("is-flashing");
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus);
    }
    let _ = classes.add_1("is-flashing");
    gloo::timers::callback::Timeout::new(FLASH.as_millis() as u32, move || {
        let _ = classes.remove_1("is-flashing");
    })
    .forget();
    Some(element)
}

/// Moves keyboard focus to the element with this id inside `root`, if there is one.
pub fn focus_element(root: &web_sys::Element, element_id: &str) {
    if let Some(element) =
        find(root, element_id).and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
