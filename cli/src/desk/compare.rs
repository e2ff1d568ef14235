//! What changed between two revisions of an explainer, in the terms a
//! journalist reads: quotes added, removed and changed, tracker items whose
//! status moved, and whether the article's text or facts changed.
//!
//! Items are matched by their ids (the content's own stable keys), so a quote
//! that moved in the list but kept its words is not "changed".

use std::collections::BTreeMap;

use news_explainer::model::Explainer;
use serde::Serialize;
use serde_json::Value;

/// Added, removed and changed items of one list, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ListChanges {
    /// Ids only in the newer revision.
    pub added: Vec<String>,
    /// Ids only in the older one.
    pub removed: Vec<String>,
    /// Ids in both, with any field different.
    pub changed: Vec<String>,
}

/// A tracker item whose status is not what it was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    /// The item's id.
    pub id: String,
    /// Its title in the newer revision.
    pub title: String,
    /// The status before.
    pub from: String,
    /// The status after.
    pub to: String,
}

/// The summary of the changes from one revision to another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The article's facts (headline, dek, dateline, date, …).
    pub article_changed: bool,
    /// The verbatim text: the article's sections or any later report's.
    pub text_changed: bool,
    /// Quotes by id.
    pub quotes: ListChanges,
    /// People by id.
    pub people: ListChanges,
    /// Tracker items by id (a status move also counts as changed).
    pub tracker: ListChanges,
    /// Tracker items whose status moved.
    pub status_changes: Vec<StatusChange>,
}

/// Compares two parsed revisions, `from` the older.
pub fn compare(from: &Explainer, to: &Explainer) -> Summary {
    let text = |e: &Explainer| (value(&e.source), value(&e.reports));
    let old_status: BTreeMap<&str, &str> = from
        .tracker
        .iter()
        .map(|item| (item.id.as_str(), item.status.as_str()))
        .collect();
    let status_changes = to
        .tracker
        .iter()
        .filter_map(|item| {
            let before = *old_status.get(item.id.as_str())?;
            (before != item.status).then(|| StatusChange {
                id: item.id.clone(),
                title: item.title.clone(),
                from: before.to_string(),
                to: item.status.clone(),
            })
        })
        .collect();
    Summary {
        article_changed: value(&from.article) != value(&to.article),
        text_changed: text(from) != text(to),
        quotes: changes(
            from.quotes.iter().map(|q| (q.id.as_str(), value(q))),
            to.quotes.iter().map(|q| (q.id.as_str(), value(q))),
        ),
        people: changes(
            from.people.iter().map(|p| (p.id.as_str(), value(p))),
            to.people.iter().map(|p| (p.id.as_str(), value(p))),
        ),
        tracker: changes(
            from.tracker.iter().map(|d| (d.id.as_str(), value(d))),
            to.tracker.iter().map(|d| (d.id.as_str(), value(d))),
        ),
        status_changes,
    }
}

/// Added, removed and changed ids between two lists of (id, value), each in
/// the order of the list it comes from.
fn changes<'a>(
    old: impl Iterator<Item = (&'a str, Value)>,
    new: impl Iterator<Item = (&'a str, Value)>,
) -> ListChanges {
    let old: Vec<(&str, Value)> = old.collect();
    let new: Vec<(&str, Value)> = new.collect();
    let old_by_id: BTreeMap<&str, &Value> = old.iter().map(|(id, v)| (*id, v)).collect();
    let new_by_id: BTreeMap<&str, &Value> = new.iter().map(|(id, v)| (*id, v)).collect();
    let mut result = ListChanges::default();
    for (id, value) in &new {
        match old_by_id.get(id) {
            None => result.added.push(id.to_string()),
            Some(before) if *before != value => result.changed.push(id.to_string()),
            Some(_) => {}
        }
    }
    result.removed = old
        .iter()
        .filter(|(id, _)| !new_by_id.contains_key(id))
        .map(|(id, _)| id.to_string())
        .collect();
    result
}

/// A value of the content's types as JSON, to compare them whole without
/// relying on each deriving `PartialEq`.
fn value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_explainer() -> Explainer {
        let json = include_str!("../../../content/anchorage-summit.json");
        Explainer::from_json(json).unwrap()
    }

    #[test]
    fn the_same_revision_has_no_changes() {
        let a = default_explainer();
        let summary = compare(&a, &a.clone());
        assert!(!summary.article_changed && !summary.text_changed);
        assert_eq!(summary.quotes, ListChanges::default());
        assert!(summary.status_changes.is_empty());
    }

    #[test]
    fn quotes_statuses_and_text_are_told_apart() {
        let old = default_explainer();
        let mut new = old.clone();
        let removed = new.quotes.remove(0).id;
        new.quotes[0].context.push_str(" More context.");
        let changed = new.quotes[0].id.clone();
        let mut added = new.quotes[1].clone();
        added.id = "a-new-quote".into();
        new.quotes.push(added);
        let before = new.tracker[0].status.clone();
        new.tracker[0].status = if before == "agreed" {
            "no-deal"
        } else {
            "agreed"
        }
        .into();
        new.source[0].paragraphs[0].push_str(" An added sentence.");
        let summary = compare(&old, &new);
        assert_eq!(summary.quotes.added, ["a-new-quote"]);
        assert_eq!(summary.quotes.removed, [removed]);
        assert_eq!(summary.quotes.changed, [changed]);
        assert_eq!(summary.status_changes.len(), 1);
        assert_eq!(summary.status_changes[0].from, before);
        assert_eq!(summary.tracker.changed, [new.tracker[0].id.clone()]);
        assert!(summary.text_changed);
        assert!(!summary.article_changed);
    }
}
