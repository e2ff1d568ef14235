//! What a returning reader has not seen yet: a snapshot of what they saw of an
//! explainer (each tracker item's status, the quotes), and the pure diff
//! between such a snapshot and the content as it is now.
//!
//! The widget keeps one [`SeenSnapshot`] per explainer in the reader's own
//! browser (`crate::host::visit_store`), under [`storage_key`]. Everything
//! here is plain data and rules, so the diff, the "seen" updates and the stored
//! format are tested natively.
//!
//! The collections are the ones the widget already uses (`BTreeSet<String>`,
//! filled by `insert`, as the view state's are; a `Vec` of pairs for the
//! tracker's few items), so this adds little code to the Wasm.

use std::collections::BTreeSet;

use super::anchored::AnchoredExplainer;
use super::explainer::Article;
use super::validate::is_iso_date;

/// What the reader saw of one explainer, and when they last came by.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeenSnapshot {
    /// The day of the reader's last visit (`YYYY-MM-DD`, their own calendar).
    pub visited: String,
    /// Each tracker item the reader has seen, `(id, status)`, with the status
    /// it had then (`agreed`, `no-deal`…: the current status, the last history
    /// entry's); one pair per id.
    pub statuses: Vec<(String, String)>,
    /// The ids of the quotes the reader has seen.
    pub quotes: BTreeSet<String>,
}

/// What changed in an explainer since a snapshot: the reader has not seen it yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Tracker items (by id) that are new, or whose status is not the one seen.
    pub changed_items: BTreeSet<String>,
    /// Quotes (by id) that were not seen.
    pub new_quotes: BTreeSet<String>,
}

impl Changes {
    /// True when there is nothing new.
    pub fn is_empty(&self) -> bool {
        self.changed_items.is_empty() && self.new_quotes.is_empty()
    }
}

/// The longest snapshot text read back or written (a hostile or corrupt entry
/// is ignored, as if the reader had never come by): half as much again as the
/// most a valid explainer needs (5,000 quotes and 1,000 tracker items with
/// ids of 100 characters: about 660 KB).
const MAX_STORED_LEN: usize = 1_000_000;

impl SeenSnapshot {
    /// A snapshot in which the reader has seen all of `explainer` as it is, on `today`.
    pub fn everything(explainer: &AnchoredExplainer, today: &str) -> SeenSnapshot {
        let mut seen = SeenSnapshot {
            visited: today.to_string(),
            ..SeenSnapshot::default()
        };
        for (item, located) in explainer.explainer.tracker.iter().zip(&explainer.deals) {
            seen.statuses
                .push((item.id.clone(), located.status.id().to_string()));
        }
        for quote in &explainer.explainer.quotes {
            seen.quotes.insert(quote.id.clone());
        }
        seen
    }

    /// The status the reader saw a tracker item at, if they saw it.
    pub fn status_seen(&self, item: &str) -> Option<&str> {
        self.statuses
            .iter()
            .find(|(id, _)| id == item)
            .map(|(_, status)| status.as_str())
    }

    /// What in `explainer` the reader has not seen, by this snapshot.
    pub fn changes(&self, explainer: &AnchoredExplainer) -> Changes {
        let mut changes = Changes::default();
        for (item, located) in explainer.explainer.tracker.iter().zip(&explainer.deals) {
            if self.status_seen(&item.id) != Some(located.status.id()) {
                changes.changed_items.insert(item.id.clone());
            }
        }
        for quote in &explainer.explainer.quotes {
            if !self.quotes.contains(&quote.id) {
                changes.new_quotes.insert(quote.id.clone());
            }
        }
        changes
    }

    /// Records that the reader has seen these quotes and these tracker items
    /// (their current statuses), where `explainer` has them. Returns true when
    /// that changed the snapshot, so that only a change is written back.
    pub fn see<'a>(
        &mut self,
        explainer: &AnchoredExplainer,
        quotes: impl IntoIterator<Item = &'a String>,
        items: impl IntoIterator<Item = &'a String>,
    ) -> bool {
        let mut changed = false;
        for id in quotes {
            // The set first: the look-up in the content is a walk through it.
            if !self.quotes.contains(id) && explainer.quote_index(id).is_some() {
                self.quotes.insert(id.clone());
                changed = true;
            }
        }
        for id in items {
            let Some(index) = explainer.deal_index(id) else {
                continue;
            };
            let status = explainer.deals[index].status.id();
            match self.statuses.iter_mut().find(|(seen, _)| seen == id) {
                Some((_, seen)) if seen == status => {}
                Some((_, seen)) => {
                    *seen = status.to_string();
                    changed = true;
                }
                None => {
                    self.statuses.push((id.clone(), status.to_string()));
                    changed = true;
                }
            }
        }
        changed
    }

    /// Forgets items and quotes the content no longer has, so the stored
    /// snapshot stays the size of the content however often it changes.
    pub fn keep_only(&mut self, explainer: &AnchoredExplainer) {
        self.statuses
            .retain(|(id, _)| explainer.deal_index(id).is_some());
        let mut kept = BTreeSet::new();
        for quote in &explainer.explainer.quotes {
            if self.quotes.contains(&quote.id) {
                kept.insert(quote.id.clone());
            }
        }
        self.quotes = kept;
    }

    /// The snapshot as stored: a line per fact, after a first line that names
    /// the format (`item <id> <status>`, `quote <id>`). Ids are slugs and
    /// statuses are status ids, so no fact holds a space of its own or a line
    /// break; a plain format rather than JSON keeps serialisation code out of
    /// the reader's Wasm.
    ///
    /// A record over [`MAX_STORED_LEN`] would not be read back: it is
    /// `None`, and is not written.
    pub fn to_stored(&self) -> Option<String> {
        let mut text = format!("{STORED_FORMAT}\nvisited {}\n", self.visited);
        for (id, status) in &self.statuses {
            text.push_str(&format!("item {id} {status}\n"));
        }
        for id in &self.quotes {
            text.push_str(&format!("quote {id}\n"));
        }
        (text.len() <= MAX_STORED_LEN).then_some(text)
    }

    /// A snapshot read back; `None` for anything that is not one (another
    /// version, a hand-edited or cut-off entry): the reader is then treated as
    /// new, never shown an error.
    pub fn from_stored(text: &str) -> Option<SeenSnapshot> {
        if text.len() > MAX_STORED_LEN {
            return None;
        }
        let mut lines = text.lines();
        if lines.next()? != STORED_FORMAT {
            return None;
        }
        let mut seen = SeenSnapshot::default();
        // The items' ids read so far, to refuse a repeated one without a walk
        // through the list at each (a tampered 3.7 MB record took 31 s).
        let mut items = BTreeSet::new();
        for line in lines {
            match line.split_once(' ')? {
                ("visited", date) if is_iso_date(date) => seen.visited = date.to_string(),
                ("item", fact) => {
                    let (id, status) = fact.split_once(' ')?;
                    let id = word(id)?;
                    if !items.insert(id.clone()) {
                        return None;
                    }
                    seen.statuses.push((id, word(status)?));
                }
                ("quote", id) => {
                    seen.quotes.insert(word(id)?);
                }
                _ => return None,
            }
        }
        (!seen.visited.is_empty()).then_some(seen)
    }
}

/// One word of a stored fact (an id, a status, a date), as an owned string;
/// `None` when empty or holding white space.
fn word(word: &str) -> Option<String> {
    (!word.is_empty() && !word.contains(char::is_whitespace)).then(|| word.to_string())
}

/// The first line of a stored snapshot: the format and its version.
const STORED_FORMAT: &str = "news-explainer seen 1";

/// The `localStorage` key of an explainer's snapshot: the page it is shown on
/// (`page`: the page's address without its fragment, and the content's
/// address when that is not the page's own, as `?src=` or `data-src` give it)
/// and the explainer's identity: its canonical URL (`article.url`) when it
/// has one, else its headline and first published date, which stay the same
/// while the newsroom updates it. Content from elsewhere that copies an
/// explainer's headline and date has a record of its own, so it cannot mark
/// that explainer's items "Changed" or "New" (issue #32).
pub fn storage_key(page: &str, article: &Article) -> String {
    match &article.url {
        Some(url) if !url.is_empty() => format!("news-explainer:seen:{page} {url}"),
        _ => format!(
            "news-explainer:seen:{page} {}|{}",
            article.headline, article.published
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ANCHORAGE_SUMMIT;
    use crate::model::validate;

    fn anchored(json: &str) -> AnchoredExplainer {
        validate::load(json).expect("valid content")
    }

    /// The default explainer with one tracker item's status moved on, with the
    /// history entry that moves it.
    fn updated() -> AnchoredExplainer {
        let mut value: serde_json::Value = serde_json::from_str(ANCHORAGE_SUMMIT).unwrap();
        let item = value["tracker"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|item| item["id"] == "moscow-invitation")
            .unwrap();
        item["status"] = "agreed".into();
        item["history"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "date": "2025-09-02", "status": "agreed", "note": "Both sides confirm."
            }));
        anchored(&value.to_string())
    }

    /// What a reader saw of the default explainer before its quote
    /// "long-overdue" was added.
    fn seen_before_a_quote() -> SeenSnapshot {
        let mut seen = SeenSnapshot::everything(&anchored(ANCHORAGE_SUMMIT), "2025-08-15");
        seen.quotes.remove("long-overdue");
        seen
    }

    #[test]
    fn nothing_is_new_to_a_reader_who_saw_everything() {
        let explainer = anchored(ANCHORAGE_SUMMIT);
        let seen = SeenSnapshot::everything(&explainer, "2025-08-15");
        assert_eq!(seen.visited, "2025-08-15");
        assert_eq!(seen.quotes.len(), explainer.explainer.quotes.len());
        assert_eq!(seen.status_seen("moscow-invitation"), Some("proposed"));
        assert!(seen.changes(&explainer).is_empty());
    }

    #[test]
    fn a_moved_status_and_an_added_quote_are_the_changes() {
        let changes = seen_before_a_quote().changes(&updated());
        assert_eq!(
            changes.changed_items.iter().collect::<Vec<_>>(),
            ["moscow-invitation"]
        );
        assert_eq!(
            changes.new_quotes.iter().collect::<Vec<_>>(),
            ["long-overdue"]
        );
        assert!(!changes.is_empty());
    }

    #[test]
    fn an_item_the_reader_never_saw_counts_as_changed() {
        let explainer = anchored(ANCHORAGE_SUMMIT);
        let mut seen = SeenSnapshot::everything(&explainer, "2025-08-15");
        seen.statuses.retain(|(id, _)| id != "big-ones");
        let changes = seen.changes(&explainer);
        assert_eq!(
            changes.changed_items.iter().collect::<Vec<_>>(),
            ["big-ones"]
        );
        assert!(changes.new_quotes.is_empty());
    }

    #[test]
    fn seeing_a_change_takes_it_off_and_only_a_change_counts() {
        let now = updated();
        let mut seen = seen_before_a_quote();
        let quote = "long-overdue".to_string();
        let item = "moscow-invitation".to_string();
        assert!(seen.see(&now, [&quote], []));
        assert_eq!(seen.changes(&now).new_quotes.len(), 0);
        assert_eq!(seen.changes(&now).changed_items.len(), 1);
        assert!(seen.see(&now, [], [&item]));
        assert!(seen.changes(&now).is_empty());
        // Seen again, or ids the content does not have: nothing to write.
        let unknown = "no-such-id".to_string();
        assert!(!seen.see(&now, [&quote, &unknown], [&item, &unknown]));
        assert!(!seen.quotes.contains("no-such-id"));
    }

    #[test]
    fn what_the_content_dropped_is_forgotten() {
        let mut seen = SeenSnapshot::everything(&updated(), "2025-08-15");
        seen.quotes.insert("a-quote-since-removed".into());
        seen.statuses
            .push(("an-item-since-removed".into(), "agreed".into()));
        seen.keep_only(&anchored(ANCHORAGE_SUMMIT));
        assert!(!seen.quotes.contains("a-quote-since-removed"));
        assert_eq!(seen.quotes.len(), 10);
        assert_eq!(seen.statuses.len(), 7);
    }

    #[test]
    fn a_snapshot_reads_back_and_anything_else_is_no_snapshot() {
        let seen = SeenSnapshot::everything(&anchored(ANCHORAGE_SUMMIT), "2025-08-15");
        assert_eq!(
            SeenSnapshot::from_stored(&seen.to_stored().unwrap()),
            Some(seen.clone())
        );
        let stored = seen.to_stored().unwrap();
        assert!(stored.starts_with("news-explainer seen 1\nvisited 2025-08-15\n"));
        assert!(
            stored.contains("\nitem moscow-invitation proposed\n"),
            "{stored}"
        );
        assert!(stored.contains("\nquote long-overdue\n"), "{stored}");
        for junk in [
            "",
            "null",
            "news-explainer seen 2\nvisited 2025-08-15\n",
            "news-explainer seen 1\n",
            "news-explainer seen 1\nvisited 2025-08-15\nitem moscow-invitation\n",
            "news-explainer seen 1\nvisited 2025-08-15\nquote two words\n",
            "news-explainer seen 1\nvisited 2025-08-15\nsomething else\n",
            "news-explainer seen 1\nvisited 2025-08-15\nitem a agreed\nitem a no-deal\n",
        ] {
            assert_eq!(SeenSnapshot::from_stored(junk), None, "{junk}");
        }
    }

    #[test]
    fn the_key_is_the_page_and_the_explainer_s_identity() {
        let explainer = anchored(ANCHORAGE_SUMMIT);
        let mut article = explainer.explainer.article.clone();
        article.url = None;
        let page = "https://news.example/explainers/summit/";
        assert_eq!(
            storage_key(page, &article),
            format!(
                "news-explainer:seen:https://news.example/explainers/summit/ {}|2025-08-15",
                article.headline
            )
        );
        article.url = Some("https://news.example/anchorage".into());
        assert_eq!(
            storage_key(page, &article),
            "news-explainer:seen:https://news.example/explainers/summit/ https://news.example/anchorage"
        );
        // Issue #32: content shown on another page (another ?src=) that copies
        // an explainer's headline and date has a record of its own.
        let other = "https://news.example/?src=https://data.news.example/fake.json";
        assert_ne!(storage_key(other, &article), storage_key(page, &article));
    }

    #[test]
    fn only_an_iso_date_is_a_visit() {
        let stored = |visited: &str| format!("{STORED_FORMAT}\nvisited {visited}\nquote q\n");
        assert!(SeenSnapshot::from_stored(&stored("2025-08-15")).is_some());
        for visited in ["yesterday", "<b>now</b>", "2025-13-01", "15/08/2025"] {
            assert_eq!(
                SeenSnapshot::from_stored(&stored(visited)),
                None,
                "{visited}"
            );
        }
    }

    #[test]
    fn a_record_past_the_bound_is_not_read_and_a_big_one_is() {
        // A tampered 3.7 MB record once froze the widget for 31 s.
        let items = |count: usize| {
            let mut text = format!("{STORED_FORMAT}\nvisited 2025-08-15\n");
            for i in 0..count {
                text.push_str(&format!("item item-{i:06} agreed\n"));
            }
            text
        };
        assert!(items(60_000).len() > MAX_STORED_LEN);
        assert_eq!(SeenSnapshot::from_stored(&items(60_000)), None);
        let read = SeenSnapshot::from_stored(&items(30_000)).unwrap();
        assert_eq!(read.statuses.len(), 30_000);
        assert_eq!(read.status_seen("item-029999"), Some("agreed"));
        // A repeated item is a tampered record, as before.
        let twice = format!("{}item item-000000 agreed\n", items(2));
        assert_eq!(SeenSnapshot::from_stored(&twice), None);
    }
}
