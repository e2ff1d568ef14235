//! The three-way merge behind "No lost updates": when a save is refused because
//! someone else saved first (412), the Studio compares the revision both
//! started from (base) with mine and with theirs, field by field: each of the
//! article's facts (headline, standfirst, dateline…), the article's text, the
//! later reports, and each quote, person and tracker item by its id. Where only
//! one side changed a field, its change wins; where both changed the same
//! field differently, the merge names it and the Studio offers only "Keep mine
//! as a copy" or "Take theirs". Plain Rust over the explainer's JSON, tested
//! natively.

use news_explainer::model::Explainer;
use serde_json::{Map, Value};

/// Lists merged item by item, by their `id`, and how one item is named.
const LISTS: [(&str, &str); 3] = [
    ("quotes", "quote"),
    ("people", "person"),
    ("tracker", "tracker item"),
];

/// A field both sides changed differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    /// The field in words: `the headline`, `quote q2`, `the article's text`.
    pub field: String,
}

/// What merging gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Merge {
    /// Their changes and mine together.
    Merged(Box<Explainer>),
    /// Both changed these fields; nothing was merged.
    Clashes(Vec<Clash>),
}

/// Merges `mine` and `theirs`, both edited from `base`.
pub fn merge(base: &Explainer, mine: &Explainer, theirs: &Explainer) -> Merge {
    let [base, mine, theirs] = [base, mine, theirs].map(to_object);
    let mut clashes = Vec::new();
    let mut merged = Map::new();
    for key in keys([&base, &mine, &theirs]) {
        let (b, m, t) = (base.get(&key), mine.get(&key), theirs.get(&key));
        let value = if key == "article" {
            merge_article(b, m, t, &mut clashes)
        } else if let Some((_, noun)) = LISTS.iter().find(|(list, _)| *list == key) {
            merge_list(b, m, t, noun, &mut clashes)
        } else {
            pick(b, m, t).unwrap_or_else(|| {
                clashes.push(Clash {
                    field: field_name(&key),
                });
                m.cloned()
            })
        };
        if let Some(value) = value {
            merged.insert(key, value);
        }
    }
    if !clashes.is_empty() {
        return Merge::Clashes(clashes);
    }
    match serde_json::from_value::<Explainer>(Value::Object(merged)) {
        Ok(explainer) => Merge::Merged(Box::new(explainer)),
        Err(_) => Merge::Clashes(vec![Clash {
            field: "the explainer as a whole".into(),
        }]),
    }
}

fn to_object(explainer: &Explainer) -> Map<String, Value> {
    match serde_json::to_value(explainer) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// Every key of the three objects, in the order they first appear.
fn keys(objects: [&Map<String, Value>; 3]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for object in objects {
        for key in object.keys() {
            if !keys.contains(key) {
                keys.push(key.clone());
            }
        }
    }
    keys
}

/// The three-way choice for one field (absent counts as a value): the side
/// that changed it, or `None` when both changed it differently.
fn pick(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
) -> Option<Option<Value>> {
    if mine == theirs || theirs == base {
        Some(mine.cloned())
    } else if mine == base {
        Some(theirs.cloned())
    } else {
        None
    }
}

fn field_name(key: &str) -> String {
    match key {
        "source" => "the article's text".into(),
        "reports" => "the later reports".into(),
        "headline" => "the headline".into(),
        "dek" => "the standfirst".into(),
        "published" => "the publication date".into(),
        other => format!("the article's {other}"),
    }
}

fn merge_article(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    clashes: &mut Vec<Clash>,
) -> Option<Value> {
    let object = |value: Option<&Value>| {
        value
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    };
    let [base, mine, theirs] = [base, mine, theirs].map(object);
    let mut merged = Map::new();
    for key in keys([&base, &mine, &theirs]) {
        match pick(base.get(&key), mine.get(&key), theirs.get(&key)) {
            Some(Some(value)) => {
                merged.insert(key, value);
            }
            Some(None) => {}
            None => clashes.push(Clash {
                field: field_name(&key),
            }),
        }
    }
    Some(Value::Object(merged))
}

fn id_of(item: &Value) -> Option<&str> {
    item.get("id").and_then(Value::as_str)
}

fn items(list: Option<&Value>) -> Vec<Value> {
    list.and_then(Value::as_array).cloned().unwrap_or_default()
}

fn ids(list: &[Value]) -> Vec<String> {
    list.iter().filter_map(id_of).map(str::to_string).collect()
}

fn merge_list(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    noun: &str,
    clashes: &mut Vec<Clash>,
) -> Option<Value> {
    let [base, mine, theirs] = [base, mine, theirs].map(items);
    let find = |list: &[Value], id: &str| list.iter().find(|item| id_of(item) == Some(id)).cloned();
    // The order: the side that reordered (or, when neither did, theirs), then
    // the other side's additions where they stand in its own order.
    let (first, second) = if ids(&mine) != ids(&base) && ids(&theirs) == ids(&base) {
        (&mine, &theirs)
    } else {
        (&theirs, &mine)
    };
    let mut order = ids(first);
    for id in ids(second) {
        if !order.contains(&id) {
            order.push(id);
        }
    }
    for id in ids(&base) {
        if !order.contains(&id) {
            order.push(id);
        }
    }
    let mut merged = Vec::new();
    for id in order {
        let (b, m, t) = (find(&base, &id), find(&mine, &id), find(&theirs, &id));
        match pick(b.as_ref(), m.as_ref(), t.as_ref()) {
            Some(Some(item)) => merged.push(item),
            Some(None) => {}
            None => clashes.push(Clash {
                field: format!("{noun} {id}"),
            }),
        }
    }
    Some(Value::Array(merged))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explainer() -> Explainer {
        news_explainer::content::default_explainer()
            .unwrap()
            .explainer
    }

    fn merged(merge: Merge) -> Explainer {
        match merge {
            Merge::Merged(explainer) => *explainer,
            Merge::Clashes(clashes) => panic!("{clashes:?}"),
        }
    }

    #[test]
    fn changes_to_different_fields_are_merged() {
        let base = explainer();
        let mut mine = base.clone();
        mine.article.headline = "Mine: the headline".into();
        mine.quotes[0].context = "Mine: the first quote's context".into();
        let mut theirs = base.clone();
        theirs.article.dek = "Theirs: the standfirst".into();
        theirs.quotes[1].context = "Theirs: the second quote's context".into();
        theirs.people.remove(theirs.people.len() - 1);
        let result = merged(merge(&base, &mine, &theirs));
        assert_eq!(result.article.headline, "Mine: the headline");
        assert_eq!(result.article.dek, "Theirs: the standfirst");
        assert_eq!(result.quotes[0].context, "Mine: the first quote's context");
        assert_eq!(
            result.quotes[1].context,
            "Theirs: the second quote's context"
        );
        assert_eq!(result.people, theirs.people);
        assert_eq!(result.source, base.source);
    }

    #[test]
    fn the_same_field_changed_by_both_is_a_clash_and_nothing_is_merged() {
        let base = explainer();
        let mut mine = base.clone();
        mine.article.headline = "Mine".into();
        mine.quotes[0].context = "Mine".into();
        let mut theirs = base.clone();
        theirs.article.headline = "Theirs".into();
        theirs.quotes[0].context = "Theirs".into();
        let id = base.quotes[0].id.clone();
        assert_eq!(
            merge(&base, &mine, &theirs),
            Merge::Clashes(vec![
                Clash {
                    field: "the headline".into()
                },
                Clash {
                    field: format!("quote {id}")
                },
            ])
        );
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_clash() {
        let base = explainer();
        let mut mine = base.clone();
        mine.article.headline = "Both".into();
        let theirs = mine.clone();
        assert_eq!(
            merged(merge(&base, &mine, &theirs)).article.headline,
            "Both"
        );
    }

    #[test]
    fn added_items_from_both_sides_are_kept_and_a_deletion_wins_over_no_change() {
        let base = explainer();
        let mut mine = base.clone();
        let mut mine_quote = base.quotes[0].clone();
        mine_quote.id = "mine-new".into();
        mine.quotes.push(mine_quote);
        let mut theirs = base.clone();
        let mut their_quote = base.quotes[0].clone();
        their_quote.id = "theirs-new".into();
        theirs.quotes.push(their_quote);
        let gone = theirs.quotes.remove(1).id;
        let ids: Vec<String> = merged(merge(&base, &mine, &theirs))
            .quotes
            .into_iter()
            .map(|q| q.id)
            .collect();
        assert!(ids.contains(&"mine-new".to_string()) && ids.contains(&"theirs-new".to_string()));
        assert!(!ids.contains(&gone));
        assert_eq!(ids.len(), base.quotes.len() + 1);
    }

    #[test]
    fn an_item_deleted_by_one_and_edited_by_the_other_is_a_clash() {
        let base = explainer();
        let mut mine = base.clone();
        mine.tracker[0].title = "Mine".into();
        let mut theirs = base.clone();
        let id = theirs.tracker.remove(0).id;
        assert_eq!(
            merge(&base, &mine, &theirs),
            Merge::Clashes(vec![Clash {
                field: format!("tracker item {id}")
            }])
        );
    }

    #[test]
    fn a_reorder_on_one_side_keeps_the_other_sides_edits() {
        let base = explainer();
        let mut mine = base.clone();
        mine.quotes.swap(0, 1);
        let mut theirs = base.clone();
        theirs.quotes[0].context = "Theirs".into();
        let result = merged(merge(&base, &mine, &theirs));
        assert_eq!(result.quotes[0].id, base.quotes[1].id);
        assert_eq!(result.quotes[1].context, "Theirs");
    }
}
