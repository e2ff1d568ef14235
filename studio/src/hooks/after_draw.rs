//! What the Studio does once a change has been drawn: focus goes where the last
//! action asked for it (the new quote's words, the restored field, the next
//! entry after a delete), and the safe start's note is cleared, since what was
//! being opened did open (a load that finds the note opens the drafts list).

use yew::prelude::*;

use crate::browser;
use crate::draft::{Document, Studio};

/// Runs after each draw of the root: moves focus as the last action asked and
/// clears the safe start's "opening" note once a document is on screen.
#[hook]
pub fn use_after_draw(studio: &Studio) {
    use_effect_with(studio.focus.clone(), |focus| {
        if let Some((_, id)) = focus {
            browser::focus(id);
        }
    });
    use_effect_with(
        (studio.draft_id.clone(), studio.document != Document::Empty),
        |(_, has_document)| {
            if *has_document {
                browser::clear_opening();
            }
        },
    );
}
