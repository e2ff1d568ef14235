//! The Studio's browser edge: the saved draft, the clock, files in and out, and
//! the reader's text selection. Everything else in the Studio is plain Rust.

use news_explainer::model::Span;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Where the draft is kept between visits (localStorage, one key per browser
/// profile and origin).
pub const DRAFT_KEY: &str = "news-explainer-studio/draft";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The draft saved by an earlier visit, if any.
pub fn saved_draft() -> Option<String> {
    storage()?.get_item(DRAFT_KEY).ok().flatten()
}

/// Saves the draft's text, or forgets it when there is none. A full or blocked
/// storage is not an error a journalist can act on mid-edit; export still works.
pub fn save_draft(text: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match text {
            Some(text) => storage.set_item(DRAFT_KEY, text),
            None => storage.remove_item(DRAFT_KEY),
        };
    }
}

/// Moves focus to the element with this id once the Studio has drawn the change
/// just dispatched (a timeout runs after Yew's render).
pub fn focus_after_render(id: &str) {
    let id = id.to_string();
    gloo::timers::callback::Timeout::new(0, move || focus(&id)).forget();
}

/// Moves focus to the element with this id (and so scrolls it into view).
pub fn focus(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Today's date in UTC, `YYYY-MM-DD`, from the browser's clock.
pub fn today() -> String {
    let seconds = (js_sys::Date::now() / 1000.0).max(0.0) as u64;
    news_explainer::scaffold::date_from_unix_seconds(seconds)
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(link) = document.create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads a chosen file as text and hands it to `done` (nothing, if it cannot be
/// read as text).
pub fn read_file(file: web_sys::File, done: impl FnOnce(String) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
            if let Some(text) = text.as_string() {
                done(text);
            }
        }
    });
}

/// The passage of the article selected in the page, as a span of the source
/// text: the article view marks each run of text with `data-start`, its first
/// byte in the source. `None` for no selection, an empty one, or one outside
/// `article`.
pub fn selected_span(article: &Element) -> Option<Span> {
    let selection = gloo::utils::window().get_selection().ok().flatten()?;
    if selection.is_collapsed() {
        return None;
    }
    let anchor = offset_in_source(
        article,
        &selection.anchor_node()?,
        selection.anchor_offset(),
    )?;
    let focus = offset_in_source(article, &selection.focus_node()?, selection.focus_offset())?;
    Some(Span {
        start: anchor.min(focus),
        end: anchor.max(focus),
    })
}

/// The source offset of a DOM selection boundary (a node and an offset in it).
fn offset_in_source(article: &Element, node: &Node, offset: u32) -> Option<usize> {
    if !article.contains(Some(node)) {
        return None;
    }
    // A boundary in a text node: count its UTF-16 offset back into bytes. A
    // boundary between elements (a triple click, a whole paragraph) falls on the
    // start of the run it points at, or the end of the one before.
    let (run, offset) = match node.dyn_ref::<web_sys::Text>() {
        Some(_) => (
            node.parent_element()?.closest("[data-start]").ok()??,
            Some(offset),
        ),
        None => {
            let element: &Element = node.dyn_ref()?;
            let children = element.child_nodes();
            match children.get(offset) {
                Some(child) => (first_run(&child)?, Some(0)),
                None => (last_run(element)?, None),
            }
        }
    };
    let start: usize = run.get_attribute("data-start")?.parse().ok()?;
    let text = run.text_content().unwrap_or_default();
    let bytes = match offset {
        Some(units) => utf16_to_bytes(&text, units as usize),
        None => text.len(),
    };
    Some(start + bytes)
}

fn first_run(node: &Node) -> Option<Element> {
    let element: &Element = node.dyn_ref()?;
    if element.has_attribute("data-start") {
        return Some(element.clone());
    }
    element.query_selector("[data-start]").ok()?
}

fn last_run(element: &Element) -> Option<Element> {
    let runs = element.query_selector_all("[data-start]").ok()?;
    runs.get(runs.length().checked_sub(1)?)?.dyn_into().ok()
}

/// The byte offset in `text` of a UTF-16 offset (what the DOM counts in).
fn utf16_to_bytes(text: &str, units: usize) -> usize {
    let mut counted = 0;
    for (byte, c) in text.char_indices() {
        if counted >= units {
            return byte;
        }
        counted += c.len_utf16();
    }
    text.len()
}
