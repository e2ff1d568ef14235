//! Saving the draft on every change, so a reload or a crash reopens it.

use yew::prelude::*;

use crate::browser;
use crate::draft::Studio;
use crate::shelf::{self, Shelf};

/// Saves `studio` whenever what is saved of it changes, and keeps `shelf` (the
/// drafts in this browser) up to date; only while `enabled` (the Studio alone:
/// with a desk, the desk keeps the drafts, and this browser only what the desk
/// has not taken yet). Returns true while the browser refuses
/// to keep the draft (its storage full or blocked), so the journalist is told
/// at once, while exporting can still save the work.
#[hook]
pub fn use_autosave(studio: &Studio, shelf: UseStateHandle<Shelf>, enabled: bool) -> bool {
    let unsaved = use_state(|| false);
    let saved = (
        enabled,
        studio.draft_id.clone(),
        studio.saved_text(),
        shelf::headline_of(&studio.document),
        studio.site_url.clone(),
    );
    {
        let unsaved = unsaved.clone();
        use_effect_with(saved, move |(enabled, id, text, headline, site_url)| {
            if !*enabled {
                return;
            }
            let saved =
                browser::save_draft(id, text.as_deref(), headline.clone(), site_url.clone());
            shelf.set(saved.shelf);
            unsaved.set(!saved.kept);
        });
    }
    *unsaved
}
