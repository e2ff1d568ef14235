//! What a reader opened before the Wasm ran.
//!
//! The pre-rendered page works without script: quote cards and tracker
//! histories are `<details>`, and a reader can open them while the Wasm is still
//! downloading. Going live replaces them with ARIA disclosure buttons, so their
//! state is read first and handed to the view state: a card the reader opened
//! stays open, and keyboard focus moves to the button that replaced the
//! `<summary>` it was on, instead of falling back to the page.

use wasm_bindgen::JsCast;

/// The disclosures open in the pre-rendered markup, and where focus was.
#[derive(Debug, Default)]
pub struct OpenedEarly {
    /// Ids (slugs) of the quote cards whose `<details>` is open.
    pub quotes: Vec<String>,
    /// Ids of the tracker items whose history `<details>` is open.
    pub deals: Vec<String>,
    /// The id of the card or item whose `<summary>` has keyboard focus.
    pub focused: Option<String>,
    /// True when that is a tracker item: the live widget hides every view but
    /// one, so the tracker must be the one shown for its button to take focus.
    pub focused_in_tracker: bool,
}

/// Reads the open `<details>` of quote cards (`li[data-quote]`) and tracker
/// items (`li[data-deal]`) inside `root`. Empty when the markup is already live
/// or nothing was opened.
pub fn read(root: &web_sys::Element) -> OpenedEarly {
    let focused = root
        .query_selector("summary:focus")
        .ok()
        .flatten()
        .and_then(|summary| summary.closest("[data-quote], [data-deal]").ok().flatten());
    OpenedEarly {
        quotes: open_ids(root, "data-quote"),
        deals: open_ids(root, "data-deal"),
        focused_in_tracker: focused
            .as_ref()
            .is_some_and(|item| item.has_attribute("data-deal")),
        focused: focused.map(|item| item.id()),
    }
}

fn open_ids(root: &web_sys::Element, attribute: &str) -> Vec<String> {
    let Ok(open) = root.query_selector_all(&format!("li[{attribute}] > details[open]")) else {
        return Vec::new();
    };
    (0..open.length())
        .filter_map(|index| open.item(index))
        .filter_map(|node| node.parent_node()?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|item| item.get_attribute(attribute))
        .collect()
}

/// Focuses the disclosure button of the card or item with this element id,
/// the live counterpart of the `<summary>` that had focus.
pub fn refocus(root: &web_sys::Element, element_id: &str) {
    let selector = format!(
        "[id=\"{element_id}\"] .quote-card__toggle, [id=\"{element_id}\"] .deal-item__toggle"
    );
    if let Some(button) = root
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}
