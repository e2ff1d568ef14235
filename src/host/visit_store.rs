//! The reader's own record of what they have seen of an explainer, in this
//! browser's `localStorage` (never a cookie, never sent anywhere), and the
//! reader's calendar day. What the record holds and how it changes is
//! [`crate::model::since_visit`]; this file only reads and writes it.
//!
//! Storage can be missing or refuse (a sandboxed frame, blocked site data, a
//! private window with a full quota): remembering is then silently off, with
//! one debug line on the console and nothing else.

use crate::model::SeenSnapshot;

/// Where one explainer's record is kept: the browser's `localStorage`, under a key.
pub struct VisitStore {
    storage: web_sys::Storage,
    key: String,
}

/// What the store holds for an explainer.
pub enum Remembered {
    /// The reader has not been here before (or the record was unreadable).
    FirstVisit,
    /// What the reader saw, as recorded on their last visit.
    Seen(SeenSnapshot),
}

impl VisitStore {
    /// The store for `key`, with what it holds; `None` where storage is
    /// unavailable or refuses to be read.
    pub fn open(key: String) -> Option<(VisitStore, Remembered)> {
        let storage = match gloo::utils::window().local_storage() {
            Ok(Some(storage)) => storage,
            _ => return unavailable(),
        };
        let remembered = match storage.get_item(&key) {
            Ok(Some(text)) => {
                SeenSnapshot::from_stored(&text).map_or(Remembered::FirstVisit, Remembered::Seen)
            }
            Ok(None) => Remembered::FirstVisit,
            Err(_) => return unavailable(),
        };
        Some((VisitStore { storage, key }, remembered))
    }

    /// Writes the record; a refusal (quota) is noted on the console's debug
    /// level and otherwise ignored: the reader loses only a mark next time.
    pub fn write(&self, seen: &SeenSnapshot) {
        let Some(text) = seen.to_stored() else {
            debug("not saving what the reader has seen: the record would be too long");
            return;
        };
        if self.storage.set_item(&self.key, &text).is_err() {
            debug("could not save what the reader has seen (storage refused)");
        }
    }
}

fn unavailable<T>() -> Option<T> {
    debug("not remembering what the reader has seen: no storage here");
    None
}

fn debug(message: &str) {
    web_sys::console::debug_1(&format!("News explainer: {message}").into());
}

/// The reader's calendar day, `YYYY-MM-DD`, by their own clock and time zone.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
