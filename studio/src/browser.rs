//! The Studio's browser edge: the drafts kept in localStorage, the clock, files in and out, and
//! the reader's text selection. Everything else in the Studio is plain Rust.

use news_explainer::model::Span;

use crate::desk::PendingSave;
use crate::shelf::{self, Shelf};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Where a draft was kept before the Studio kept several: opened once, then
/// moved onto the shelf.
pub const OLD_DRAFT_KEY: &str = "news-explainer-studio/draft";

/// Where the shelf (the list of drafts) is kept, in localStorage: one per browser
/// profile and origin.
pub const SHELF_KEY: &str = "news-explainer-studio/drafts";

/// Where the Studio notes that it is opening a draft (or drafting a pasted
/// article), until the result has been drawn: found on the next load, it means
/// the last start did not finish (the tab hung or was closed), so the Studio
/// shows the drafts list rather than trying the same again.
pub const OPENING_KEY: &str = "news-explainer-studio/opening";

/// Where the draft `id` is kept.
pub fn draft_key(id: &str) -> String {
    format!("news-explainer-studio/draft/{id}")
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Where a save the desk has not acknowledged is kept, by explainer id.
pub fn pending_key(id: &str) -> String {
    format!("news-explainer-studio/desk-pending/{id}")
}

/// Where the id of the explainer last open with the desk is kept, so a reload
/// reopens it (and sends what was kept of it).
pub const DESK_OPEN_KEY: &str = "news-explainer-studio/desk-open";

/// Keeps a save until the desk takes it. False when the browser refused (its
/// storage full or blocked): the change is then only in memory, and the
/// status line says so.
pub fn keep_pending(save: &PendingSave) -> bool {
    storage().is_some_and(|storage| {
        storage
            .set_item(&pending_key(&save.id), &save.to_json())
            .is_ok()
    })
}

/// The save kept for the explainer `id`, if any.
pub fn pending(id: &str) -> Option<PendingSave> {
    PendingSave::parse(read(&pending_key(id)).as_deref())
}

/// Forgets the save kept for `id` once the desk has `content` (a newer change
/// kept meanwhile stays).
pub fn forget_pending(id: &str, content: &str) {
    if let (Some(storage), Some(kept)) = (storage(), pending(id)) {
        if kept.content == content {
            let _ = storage.remove_item(&pending_key(id));
        }
    }
}

/// Remembers (or, with `None`, forgets) which explainer is open with the desk.
pub fn remember_desk_open(id: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match id {
            Some(id) => storage.set_item(DESK_OPEN_KEY, id),
            None => storage.remove_item(DESK_OPEN_KEY),
        };
    }
}

/// The explainer last open with the desk.
pub fn desk_open() -> Option<String> {
    read(DESK_OPEN_KEY)
}

/// The shelf of drafts kept in this browser; a draft saved by a Studio that kept
/// only one is put on it, and so is any draft kept under its own key that the
/// list lost (a damaged list, a bad entry): the list is never written back
/// shorter than the drafts the browser holds.
pub fn load_shelf() -> Shelf {
    let mut shelf = read_shelf();
    if let (Some(storage), Some(text)) = (storage(), read(OLD_DRAFT_KEY)) {
        let id = new_draft_id();
        let headline = shelf::headline_of_saved(&text);
        if storage.set_item(&draft_key(&id), &text).is_ok() {
            shelf.record(&id, headline, String::new(), js_sys::Date::now());
            let _ = storage.set_item(SHELF_KEY, &shelf.to_json());
            let _ = storage.remove_item(OLD_DRAFT_KEY);
        }
    }
    shelf
}

/// The shelf as saved, with every draft kept under its own key that it does
/// not list put back at its end.
fn read_shelf() -> Shelf {
    let mut shelf = Shelf::parse(read(SHELF_KEY).as_deref());
    let Some(storage) = storage() else {
        return shelf;
    };
    let prefix = draft_key("");
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(&prefix))
        .collect();
    for key in keys {
        let id = &key[prefix.len()..];
        if !shelf.drafts.iter().any(|draft| draft.id == id) {
            if let Some(text) = read(&key) {
                shelf.recover(id, &text);
            }
        }
    }
    shelf
}

/// Notes that the Studio is opening `what` (a draft's headline, "the pasted
/// article"), before the work that might not finish.
pub fn mark_opening(what: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(OPENING_KEY, what);
    }
}

/// Forgets the note of [`mark_opening`]: what was being opened has been drawn
/// (or was given up).
pub fn clear_opening() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(OPENING_KEY);
    }
}

/// What the last start was opening, if it never finished; the note is taken
/// away, so the next load opens normally again.
pub fn take_unfinished_start() -> Option<String> {
    let what = read(OPENING_KEY)?;
    clear_opening();
    Some(what)
}

/// The saved text of the draft `id`.
pub fn saved_draft(id: &str) -> Option<String> {
    read(&draft_key(id))
}

/// What saving did: the shelf as it now is, and whether the draft is safe in
/// the browser.
pub struct Saved {
    /// The drafts kept, newest first.
    pub shelf: Shelf,
    /// False when the browser refused to keep the draft (storage full, blocked
    /// or missing): the journalist is told, since a reload would lose the work.
    pub kept: bool,
}

/// Saves the draft `id` (or forgets it, when `text` is `None`).
pub fn save_draft(id: &str, text: Option<&str>, headline: String, site_url: String) -> Saved {
    let mut shelf = read_shelf();
    let Some(storage) = storage() else {
        return Saved {
            shelf,
            kept: text.is_none(),
        };
    };
    let kept = match text {
        Some(text) => {
            let kept = storage.set_item(&draft_key(id), text).is_ok();
            if kept {
                shelf.record(id, headline, site_url, js_sys::Date::now());
            }
            kept
        }
        None => {
            let _ = storage.remove_item(&draft_key(id));
            shelf.forget(id);
            true
        }
    };
    let kept = storage.set_item(SHELF_KEY, &shelf.to_json()).is_ok() && kept;
    Saved { shelf, kept }
}

/// Deletes the draft `id` from this browser and returns the shelf without it.
pub fn delete_draft(id: &str) -> Shelf {
    save_draft(id, None, String::new(), String::new()).shelf
}

/// A fresh id for a new draft.
pub fn new_draft_id() -> String {
    shelf::new_draft_id(js_sys::Date::now(), js_sys::Math::random())
}

/// Moves focus to the element with this id once the Studio has drawn the change
/// just dispatched (a timeout runs after Yew's render).
pub fn focus_after_render(id: &str) {
    let id = id.to_string();
    gloo::timers::callback::Timeout::new(0, move || focus(&id)).forget();
}

/// Moves focus to the element with this id (and so scrolls it into view),
/// showing its part of the Studio when a phone shows another alone
/// ([`crate::parts`]) and unfolding the `<details>` it is folded into: a field
/// in either cannot take focus.
pub fn focus(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        crate::parts::show_part_of(&element);
        while let Ok(Some(folded)) = element.closest("details:not([open])") {
            if folded.set_attribute("open", "").is_err() {
                break;
            }
        }
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

/// Offers the saved draft `id` as a file download named `name`, without opening
/// it; false when the browser no longer holds it.
pub fn download_saved(id: &str, name: &str) -> bool {
    match saved_draft(id) {
        Some(text) => {
            download(name, &text);
            true
        }
        None => false,
    }
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
