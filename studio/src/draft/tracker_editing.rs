//! Editing the deal tracker: items, their evidence (a selected passage of the
//! article, told apart from its repeats the way quotes are, or a quote) and their
//! dated status history, kept in date order.

use std::collections::HashSet;

use news_explainer::model::anchor::SourceText;
use news_explainer::model::{DealItem, Evidence, Explainer, Span, StatusChange};
use news_explainer::scaffold::{tell_apart, unique_slug};

use crate::fields::{DealField, HistoryField};

/// The most characters of a quote's words a tracker form repeats.
const QUOTE_WORDS_SHOWN: usize = 70;

/// A quote as the tracker's forms name it, by its words and its speaker, not
/// its id: "“We will not retreat…” (Olena Bondar)". The id itself when no
/// quote has it.
pub fn quote_label(explainer: &Explainer, id: &str) -> String {
    let Some(quote) = explainer.quotes.iter().find(|q| q.id == id) else {
        return format!("“{id}” (no quote has this id)");
    };
    let mut words: String = quote.text.chars().take(QUOTE_WORDS_SHOWN).collect();
    if words.len() < quote.text.len() {
        words.push('…');
    }
    let speaker = explainer
        .person(&quote.speaker)
        .map_or(quote.speaker.as_str(), |p| p.name.as_str());
    format!("“{words}” ({speaker})")
}

/// An item's parties with the person `id` in or out, as the Parties field's
/// value (ids, comma-separated), the others kept in their order.
pub fn parties_with(parties: &[String], id: &str, included: bool) -> String {
    let mut kept: Vec<&str> = parties
        .iter()
        .map(String::as_str)
        .filter(|party| *party != id)
        .collect();
    if included {
        kept.push(id);
    }
    kept.join(", ")
}

/// A new tracker item, with placeholders an editor replaces.
pub fn add_item(explainer: &mut Explainer) {
    let taken: HashSet<String> = explainer.tracker.iter().map(|d| d.id.clone()).collect();
    explainer.tracker.push(DealItem {
        id: unique_slug("new item", &taken),
        title: "TODO: title".into(),
        status: "proposed".into(),
        summary: "TODO: where it stands, in one line".into(),
        parties: Vec::new(),
        evidence: Vec::new(),
        history: vec![StatusChange {
            date: explainer.article.published.clone(),
            status: "proposed".into(),
            note: "TODO: what happened".into(),
            report: None,
        }],
    });
}

/// Changes one field of an item; renaming a status keeps the history as it is
/// (validation says when its last entry disagrees).
pub fn edit_item(item: &mut DealItem, field: DealField, value: String) {
    match field {
        DealField::Id => item.id = value,
        DealField::Title => item.title = value,
        DealField::Status => item.status = value,
        DealField::Summary => item.summary = value,
        DealField::Parties => {
            item.parties = value
                .split(',')
                .map(str::trim)
                .filter(|party| !party.is_empty())
                .map(String::from)
                .collect();
        }
    }
}

/// Adds the passage `span` of the source as evidence, with a prefix or suffix
/// only when its words occur more than once. Refuses a passage across blocks.
pub fn add_passage(explainer: &mut Explainer, item: usize, span: Span) -> Result<(), String> {
    let source = SourceText::new(&explainer.source);
    if span.start >= span.end || span.end > source.text.len() {
        return Err("Select the passage in the article first.".into());
    }
    let Some(block) = source.block_containing(span).cloned() else {
        return Err("Evidence cannot run across paragraphs: select a passage within one.".into());
    };
    let passage = source.slice(span).trim().to_string();
    let context = tell_apart(
        &source,
        &passage,
        &source.text[block.span.start..span.start],
        &source.text[span.end..block.span.end],
    );
    let item = explainer
        .tracker
        .get_mut(item)
        .ok_or("No such tracker item.")?;
    item.evidence.push(Evidence::Passage {
        passage,
        prefix: context.prefix,
        suffix: context.suffix,
        report: None,
    });
    Ok(())
}

/// Adds a history entry dated like the last one (or the article), with the
/// item's current status.
pub fn add_history(explainer: &mut Explainer, item: usize) {
    let published = explainer.article.published.clone();
    if let Some(item) = explainer.tracker.get_mut(item) {
        let date = item
            .history
            .last()
            .map_or(published, |last| last.date.clone());
        item.history.push(StatusChange {
            date,
            status: item.status.clone(),
            note: "TODO: what happened".into(),
            report: None,
        });
    }
}

/// Changes one field of a history entry, then keeps the entries in date order
/// once every date is complete (a date half typed does not jump about).
pub fn edit_history(item: &mut DealItem, index: usize, field: HistoryField, value: String) {
    let Some(entry) = item.history.get_mut(index) else {
        return;
    };
    match field {
        HistoryField::Date => entry.date = value,
        HistoryField::Status => entry.status = value,
        HistoryField::Note => entry.note = value,
    }
    let complete =
        |date: &str| date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    if item.history.iter().all(|entry| complete(&entry.date)) {
        // A stable sort: entries of one day keep the order they were written in.
        item.history.sort_by(|a, b| a.date.cmp(&b.date));
    }
}

/// Says when the last history entry disagrees with the item's status.
pub fn history_disagrees(item: &DealItem) -> bool {
    item.history
        .last()
        .is_some_and(|last| last.status != item.status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::test_support::span_of;
    use crate::problems;
    use news_explainer::scaffold::{scaffold, Options};

    const ARTICLE: &str = "Lead — The talks opened on Monday.\nThey agreed on a ceasefire line. Later they agreed on a ceasefire line again, they said.";

    fn draft() -> Explainer {
        let options = Options {
            published: "2026-11-29".into(),
            language: "en".into(),
        };
        let mut explainer = scaffold(ARTICLE, &options);
        add_item(&mut explainer);
        explainer
    }

    #[test]
    fn quotes_are_named_by_words_and_speaker_and_parties_toggle() {
        let explainer =
            news_explainer::model::Explainer::from_json(news_explainer::content::ANCHORAGE_SUMMIT)
                .unwrap();
        let quote = &explainer.quotes[0];
        let label = quote_label(&explainer, &quote.id);
        let speaker = explainer.person(&quote.speaker).unwrap();
        assert!(label.starts_with('“'), "{label}");
        assert!(label.ends_with(&format!("({})", speaker.name)), "{label}");
        assert!(!label.contains(&quote.id) || quote.text.contains(&quote.id));
        assert_eq!(
            quote_label(&explainer, "nope"),
            "“nope” (no quote has this id)"
        );
        let parties = vec!["putin".to_string(), "trump".to_string()];
        assert_eq!(parties_with(&parties, "putin", false), "trump");
        assert_eq!(
            parties_with(&parties, "zelenskyy", true),
            "putin, trump, zelenskyy"
        );
        assert_eq!(parties_with(&parties, "trump", true), "putin, trump");
    }

    #[test]
    fn a_passage_said_once_needs_no_context_and_a_repeat_gets_one() {
        let mut explainer = draft();
        let once = span_of(&explainer, "The talks opened", 0);
        add_passage(&mut explainer, 0, once).unwrap();
        let twice = span_of(&explainer, "agreed on a ceasefire line", 1);
        add_passage(&mut explainer, 0, twice).unwrap();
        let evidence = &explainer.tracker[0].evidence;
        assert_eq!(
            evidence[0],
            Evidence::Passage {
                passage: "The talks opened".into(),
                prefix: None,
                suffix: None,
                report: None
            }
        );
        let Evidence::Passage { prefix, .. } = &evidence[1] else {
            panic!();
        };
        assert_eq!(prefix.as_deref(), Some("they"));
        // The placeholders are TODO warnings, not errors: the item is valid.
        assert_eq!(
            problems::check(&explainer).errors(),
            0,
            "{:?}",
            problems::check(&explainer).problems
        );
    }

    #[test]
    fn history_stays_in_date_order_once_dates_are_complete() {
        let mut explainer = draft();
        add_history(&mut explainer, 0);
        let item = &mut explainer.tracker[0];
        edit_history(item, 1, HistoryField::Date, "2026-11".into());
        assert_eq!(item.history[1].date, "2026-11");
        edit_history(item, 1, HistoryField::Date, "2026-11-01".into());
        assert_eq!(item.history[0].date, "2026-11-01");
        assert_eq!(item.history[1].date, "2026-11-29");
        assert!(!history_disagrees(item));
        edit_item(item, DealField::Status, "agreed".into());
        assert!(history_disagrees(item));
    }

    #[test]
    fn parties_are_read_from_a_comma_list() {
        let mut explainer = draft();
        edit_item(
            &mut explainer.tracker[0],
            DealField::Parties,
            " putin, trump ,,".into(),
        );
        assert_eq!(explainer.tracker[0].parties, ["putin", "trump"]);
    }
}
