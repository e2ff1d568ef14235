//! The drafts kept in this browser: a list of every draft by headline and the
//! time it was last saved, newest first, so a journalist can keep several
//! explainers going and come back to any of them; and what a tab does when
//! another tab of the same browser saved the draft it has open
//! ([`other_tab`]). Plain Rust; the browser's storage of it is
//! [`crate::browser`]'s; listening for other tabs is the autosave hook's.

use news_explainer::model::Explainer;
use serde::{Deserialize, Serialize};

use crate::desk::{merge, Merge};
use crate::draft::Document;

/// One draft on the shelf.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShelvedDraft {
    /// Its key in the browser's storage.
    pub id: String,
    /// Its headline, as the list shows it.
    pub headline: String,
    /// When it was last saved, in milliseconds since 1970-01-01 UTC.
    pub saved_at: f64,
    /// Where it will be published, as last given (empty: not yet).
    #[serde(default)]
    pub site_url: String,
}

/// Every draft kept in this browser, the most recently saved first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shelf {
    /// The drafts.
    pub drafts: Vec<ShelvedDraft>,
}

impl Shelf {
    /// The shelf from its saved JSON. An entry that is not a draft's is left
    /// out and the others kept (one bad entry must not empty the list); a list
    /// that is not JSON at all is an empty one, which [`Shelf::recover`] fills
    /// again from the drafts kept under their own keys.
    pub fn parse(json: Option<&str>) -> Shelf {
        #[derive(Deserialize)]
        struct Entries {
            drafts: Vec<serde_json::Value>,
        }
        let Some(entries) = json.and_then(|json| serde_json::from_str::<Entries>(json).ok()) else {
            return Shelf::default();
        };
        let mut shelf = Shelf::default();
        for entry in entries.drafts {
            if let Ok(draft) = serde_json::from_value::<ShelvedDraft>(entry) {
                if !shelf.drafts.iter().any(|kept| kept.id == draft.id) {
                    shelf.drafts.push(draft);
                }
            }
        }
        shelf
    }

    /// Puts back on the list a draft kept in the browser (`id`, its saved
    /// `text`) that the list has lost, after those it has: named by its saved
    /// headline, its time unknown (0). Returns false when it was listed.
    pub fn recover(&mut self, id: &str, text: &str) -> bool {
        if self.drafts.iter().any(|draft| draft.id == id) {
            return false;
        }
        self.drafts.push(ShelvedDraft {
            id: id.to_string(),
            headline: headline_of_saved(text),
            saved_at: 0.0,
            site_url: String::new(),
        });
        true
    }

    /// The shelf as JSON, to save.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{\"drafts\":[]}".into())
    }

    /// Puts a just-saved draft first, with its headline as it is now. There is
    /// no limit: a draft leaves the shelf only when the journalist deletes it
    /// (when the browser's storage is full, saving says so and the draft stays
    /// open; nothing older is deleted to make room).
    pub fn record(&mut self, id: &str, headline: String, site_url: String, saved_at: f64) {
        self.drafts.retain(|draft| draft.id != id);
        self.drafts.insert(
            0,
            ShelvedDraft {
                id: id.to_string(),
                headline,
                saved_at,
                site_url,
            },
        );
    }

    /// Takes a draft off the shelf.
    pub fn forget(&mut self, id: &str) {
        self.drafts.retain(|draft| draft.id != id);
    }

    /// The most recently saved draft.
    pub fn newest(&self) -> Option<&ShelvedDraft> {
        self.drafts.first()
    }
}

/// What a tab does when it finds that the draft it has open was saved by
/// another tab of this browser since it last read or wrote it (two tabs on one
/// draft share its one copy in the browser's storage, and each saves on every
/// change: without this, the tab that saved last wrote over the other's edit
/// unseen).
#[derive(Clone, Debug, PartialEq)]
pub enum OtherTab {
    /// Nothing to follow: the saved draft is what this tab last read or wrote,
    /// or what it has now (or it was deleted: this tab's next save keeps it).
    InStep,
    /// This tab changed nothing since: it shows the other tab's draft, this text.
    Take(String),
    /// Both tabs changed the draft, in different fields: both changes, merged
    /// (by the desk's three-way merge, [`crate::desk::merge`]), this text.
    Merge(String),
    /// Both tabs changed the same fields (named, as the desk names a clash):
    /// nothing is merged; this tab keeps its version as a draft of its own and
    /// the other tab's stays under the draft's place on the list.
    Fork(Vec<String>),
}

/// What to do about the draft's `saved` text (as the browser holds it now),
/// given the text this tab last read or wrote (`base`) and the text it has now
/// (`mine`).
pub fn other_tab(base: Option<&str>, mine: Option<&str>, saved: Option<&str>) -> OtherTab {
    let (Some(saved), Some(mine_text)) = (saved, mine) else {
        return OtherTab::InStep;
    };
    if Some(saved) == base || saved == mine_text {
        return OtherTab::InStep;
    }
    if mine == base {
        return OtherTab::Take(saved.to_string());
    }
    let parse = |text: &str| Explainer::from_json(text).ok();
    let both = (base.and_then(parse), parse(mine_text), parse(saved));
    let (Some(base), Some(mine), Some(theirs)) = both else {
        // A file being repaired on either side: no fields to merge by.
        return OtherTab::Fork(Vec::new());
    };
    match merge(&base, &mine, &theirs) {
        Merge::Merged(merged) => match serde_json::to_string(merged.as_ref()) {
            Ok(text) => OtherTab::Merge(text),
            Err(_) => OtherTab::Fork(Vec::new()),
        },
        Merge::Clashes(clashes) => {
            OtherTab::Fork(clashes.into_iter().map(|clash| clash.field).collect())
        }
    }
}

/// What a tab says when it followed [`other_tab`]'s outcome (`headline`: the
/// draft's, as the list shows it).
pub fn other_tab_words(outcome: &OtherTab, headline: &str) -> Option<String> {
    Some(match outcome {
        OtherTab::InStep => return None,
        OtherTab::Take(_) => format!(
            "The draft “{headline}” was changed in another tab of this browser: this tab now \
             shows it as changed there. Undo starts afresh here."
        ),
        OtherTab::Merge(_) => format!(
            "The draft “{headline}” was changed in another tab of this browser while you changed \
             it here: both tabs' changes are kept, merged. Undo starts afresh here."
        ),
        OtherTab::Fork(fields) => {
            let fields = if fields.is_empty() {
                "the same parts".to_string()
            } else {
                fields.join(", ")
            };
            format!(
                "Another tab of this browser changed {fields} of the draft “{headline}” while you \
                 changed them here. Nothing is lost: this tab goes on with your version as a \
                 draft of its own, and the other tab's version stays on the drafts list."
            )
        }
    })
}

/// What the shelf calls a document: its headline, or what it is while it has
/// none.
pub fn headline_of(document: &Document) -> String {
    match document {
        Document::Draft(explainer) => {
            let headline = explainer.article.headline.trim();
            if headline.is_empty() || headline.starts_with("TODO") {
                "Untitled draft".into()
            } else {
                headline.to_string()
            }
        }
        Document::Unparsed { .. } => "A file being repaired".into(),
        Document::Empty => "Empty draft".into(),
    }
}

/// What the shelf calls a saved draft, from its text alone: the headline it
/// was saved with, read without validating the whole draft.
pub fn headline_of_saved(text: &str) -> String {
    let headline = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|value| value["article"]["headline"].as_str().map(str::to_string));
    match headline {
        Some(headline) if !headline.trim().is_empty() && !headline.starts_with("TODO") => {
            headline.trim().to_string()
        }
        Some(_) => "Untitled draft".into(),
        None => "A file being repaired".into(),
    }
}

/// A new draft's id, from the time and a random number (two tabs may start a
/// draft in the same millisecond).
pub fn new_draft_id(now_ms: f64, random: f64) -> String {
    format!(
        "{:x}-{:06x}",
        now_ms.max(0.0) as u64,
        (random.clamp(0.0, 1.0) * f64::from(0xff_ffff)) as u32
    )
}

/// When a draft was saved, for the list: "saved 2026-11-29 23:41 UTC" (or
/// that the time was lost, for a draft put back by [`Shelf::recover`]).
pub fn saved_label(saved_at: f64) -> String {
    if saved_at <= 0.0 {
        return "found in this browser, time of saving lost".into();
    }
    let seconds = (saved_at / 1000.0).max(0.0) as u64;
    let date = news_explainer::scaffold::date_from_unix_seconds(seconds);
    let minutes = seconds / 60 % (24 * 60);
    format!("saved {date} {:02}:{:02} UTC", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_saved_draft_comes_first_and_keeps_one_entry() {
        let mut shelf = Shelf::default();
        shelf.record("a", "Talks in Geneva".into(), String::new(), 1.0);
        shelf.record("b", "Ceasefire".into(), String::new(), 2.0);
        shelf.record(
            "a",
            "Talks resume in Geneva".into(),
            "https://x.example/".into(),
            3.0,
        );
        let ids: Vec<&str> = shelf.drafts.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(shelf.newest().unwrap().headline, "Talks resume in Geneva");
        assert_eq!(shelf.newest().unwrap().site_url, "https://x.example/");
        shelf.forget("a");
        assert_eq!(shelf.newest().unwrap().id, "b");
    }

    #[test]
    fn the_shelf_round_trips_and_a_damaged_one_is_empty() {
        let mut shelf = Shelf::default();
        shelf.record("a", "Talks".into(), String::new(), 1_700_000_000_000.0);
        assert_eq!(Shelf::parse(Some(&shelf.to_json())), shelf);
        assert_eq!(Shelf::parse(Some("{not json")), Shelf::default());
        assert_eq!(Shelf::parse(None), Shelf::default());
    }

    #[test]
    fn one_bad_entry_is_left_out_and_the_rest_kept() {
        let json = r#"{"drafts":[{"id":"a","headline":"Talks","saved_at":2.0},
            {"id":7},"oops",{"id":"b","headline":"Ceasefire","saved_at":1.0}]}"#;
        let ids: Vec<String> = Shelf::parse(Some(json))
            .drafts
            .into_iter()
            .map(|d| d.id)
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn a_draft_the_list_lost_is_put_back_by_its_saved_headline() {
        let mut shelf = Shelf::default();
        shelf.record("a", "Talks".into(), String::new(), 5.0);
        assert!(!shelf.recover("a", "{}"));
        let saved = news_explainer::content::ANCHORAGE_SUMMIT;
        assert!(shelf.recover("b", saved));
        assert!(shelf.recover("c", "{not json"));
        let lost = &shelf.drafts[1];
        assert_eq!((lost.id.as_str(), lost.saved_at), ("b", 0.0));
        assert!(lost.headline.contains("Anchorage"), "{}", lost.headline);
        assert_eq!(shelf.drafts[2].headline, "A file being repaired");
        assert_eq!(
            saved_label(0.0),
            "found in this browser, time of saving lost"
        );
    }

    #[test]
    fn no_draft_falls_off_however_many_there_are() {
        let mut shelf = Shelf::default();
        for n in 0..200 {
            shelf.record(&n.to_string(), "x".into(), String::new(), n as f64);
        }
        assert_eq!(shelf.drafts.len(), 200);
        assert_eq!(shelf.drafts.last().unwrap().id, "0");
    }

    #[test]
    fn drafts_are_named_by_headline_or_what_they_are() {
        let explainer =
            news_explainer::model::Explainer::from_json(news_explainer::content::ANCHORAGE_SUMMIT)
                .unwrap();
        let headline = explainer.article.headline.clone();
        let mut draft = Document::Draft(std::rc::Rc::new(explainer));
        assert_eq!(headline_of(&draft), headline);
        if let Document::Draft(explainer) = &mut draft {
            std::rc::Rc::make_mut(explainer).article.headline = "TODO: headline".into();
        }
        assert_eq!(headline_of(&draft), "Untitled draft");
    }

    /// The default explainer's saved text, with its headline and dek set.
    fn saved_with(headline: &str, dek: &str) -> String {
        let mut explainer =
            Explainer::from_json(news_explainer::content::ANCHORAGE_SUMMIT).unwrap();
        explainer.article.headline = headline.into();
        explainer.article.dek = dek.into();
        serde_json::to_string(&explainer).unwrap()
    }

    #[test]
    fn a_tab_that_changed_nothing_takes_the_other_tabs_save() {
        let base = saved_with("Talks", "Dek");
        let theirs = saved_with("Talks resume", "Dek");
        let outcome = other_tab(
            Some(base.as_str()),
            Some(base.as_str()),
            Some(theirs.as_str()),
        );
        assert_eq!(outcome, OtherTab::Take(theirs.clone()));
        // Its own save, or one it already has: nothing to follow.
        assert_eq!(
            other_tab(
                Some(theirs.as_str()),
                Some(theirs.as_str()),
                Some(theirs.as_str())
            ),
            OtherTab::InStep
        );
        assert_eq!(
            other_tab(
                Some(base.as_str()),
                Some(theirs.as_str()),
                Some(theirs.as_str())
            ),
            OtherTab::InStep
        );
        // Deleted in the other tab: this one keeps it.
        assert_eq!(
            other_tab(Some(base.as_str()), Some(base.as_str()), None),
            OtherTab::InStep
        );
        assert!(other_tab_words(&outcome, "Talks")
            .unwrap()
            .contains("another tab"));
    }

    #[test]
    fn edits_of_two_tabs_to_different_fields_are_merged() {
        let base = saved_with("Talks", "Dek");
        let mine = saved_with("Talks resume", "Dek");
        let theirs = saved_with("Talks", "Both sides meet again");
        let OtherTab::Merge(merged) = other_tab(
            Some(base.as_str()),
            Some(mine.as_str()),
            Some(theirs.as_str()),
        ) else {
            panic!("not merged");
        };
        let merged = Explainer::from_json(&merged).unwrap();
        assert_eq!(merged.article.headline, "Talks resume");
        assert_eq!(merged.article.dek, "Both sides meet again");
    }

    #[test]
    fn edits_of_two_tabs_to_one_field_keep_both_versions() {
        let base = saved_with("Talks", "Dek");
        let mine = saved_with("Talks resume", "Dek");
        let theirs = saved_with("Talks collapse", "Dek");
        let outcome = other_tab(
            Some(base.as_str()),
            Some(mine.as_str()),
            Some(theirs.as_str()),
        );
        let OtherTab::Fork(fields) = &outcome else {
            panic!("not kept apart: {outcome:?}");
        };
        assert_eq!(fields.len(), 1);
        assert!(fields[0].contains("headline"), "{fields:?}");
        let words = other_tab_words(&outcome, "Talks").unwrap();
        assert!(
            words.contains("headline") && words.contains("Nothing is lost"),
            "{words}"
        );
        // A file being repaired cannot be merged by fields: kept apart too.
        let repaired = other_tab(
            Some(base.as_str()),
            Some("{not json"),
            Some(theirs.as_str()),
        );
        assert_eq!(repaired, OtherTab::Fork(Vec::new()));
    }

    #[test]
    fn ids_differ_within_a_millisecond_and_times_read_in_utc() {
        assert_ne!(new_draft_id(5.0, 0.1), new_draft_id(5.0, 0.2));
        assert_eq!(
            saved_label(1_764_459_660_000.0),
            "saved 2025-11-29 23:41 UTC"
        );
    }
}
