//! The drafts kept in this browser: a list of every draft by headline and the
//! time it was last saved, newest first, so a journalist can keep several
//! explainers going and come back to any of them. Plain Rust; the browser's
//! storage of it is [`crate::browser`]'s.

use serde::{Deserialize, Serialize};

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
    /// The shelf from its saved JSON; a missing or damaged list is an empty one
    /// (the drafts themselves are kept under their own keys).
    pub fn parse(json: Option<&str>) -> Shelf {
        json.and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or_default()
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

/// A new draft's id, from the time and a random number (two tabs may start a
/// draft in the same millisecond).
pub fn new_draft_id(now_ms: f64, random: f64) -> String {
    format!(
        "{:x}-{:06x}",
        now_ms.max(0.0) as u64,
        (random.clamp(0.0, 1.0) * f64::from(0xff_ffff)) as u32
    )
}

/// When a draft was saved, for the list: `2026-11-29 23:41 UTC`.
pub fn saved_label(saved_at: f64) -> String {
    let seconds = (saved_at / 1000.0).max(0.0) as u64;
    let date = news_explainer::scaffold::date_from_unix_seconds(seconds);
    let minutes = seconds / 60 % (24 * 60);
    format!("{date} {:02}:{:02} UTC", minutes / 60, minutes % 60)
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
        let mut draft = Document::Draft(explainer);
        assert_eq!(headline_of(&draft), headline);
        if let Document::Draft(explainer) = &mut draft {
            explainer.article.headline = "TODO: headline".into();
        }
        assert_eq!(headline_of(&draft), "Untitled draft");
    }

    #[test]
    fn ids_differ_within_a_millisecond_and_times_read_in_utc() {
        assert_ne!(new_draft_id(5.0, 0.1), new_draft_id(5.0, 0.2));
        assert_eq!(saved_label(1_764_459_660_000.0), "2025-11-29 23:41 UTC");
    }
}
