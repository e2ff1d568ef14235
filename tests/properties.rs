//! Property tests: the content parser, quote anchoring and fragment parsing hold
//! their contracts for any input, not only the examples in the unit tests, and
//! never panic. Longer, coverage-guided runs are the fuzz targets in `fuzz/`.
#![cfg(not(target_arch = "wasm32"))]

use news_explainer::fragment::Fragment;
use std::cell::Cell;

use news_explainer::model::anchor::{
    normalize, AnchorError, SourceText, TextQuoteSelector, PLACES_KEPT,
};
use news_explainer::model::{validate, Explainer, Section};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

/// Text with the characters newsrooms' copy brings: letters, accents, emoji,
/// right-to-left script, typographic quotes, odd white space.
fn article_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-zA-Z]{1,8}",
            Just(" ".to_string()),
            Just("  \n\t".to_string()),
            Just("\u{a0}".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("’".to_string()),
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("é".to_string()),
            Just("🇺🇦".to_string()),
            Just("سلام".to_string()),
            Just(".".to_string()),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// Text over a handful of characters, so that quotes overlap, nest inside one
/// another and repeat: the cases a multi-pattern search can get wrong.
fn repetitive_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a"),
            Just("b"),
            Just("ab"),
            Just(" "),
            Just("\n"),
            Just("“"),
            Just("\""),
            Just("’"),
            Just("é"),
        ],
        0..30,
    )
    .prop_map(|parts| parts.concat())
}

/// A selector taken from `text` (so it is usually found), by character offsets:
/// `len` characters from `start`, with `before`/`after` characters of context.
fn selector_from(
    text: &str,
    (start, len, before, after): (prop::sample::Index, usize, Option<usize>, Option<usize>),
) -> (String, Option<String>, Option<String>) {
    let chars: Vec<char> = text.chars().collect();
    let start = if chars.is_empty() {
        0
    } else {
        start.index(chars.len())
    };
    let end = (start + len).min(chars.len());
    let take = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    (
        take(start, end),
        before.map(|n| take(start.saturating_sub(n), start)),
        after.map(|n| take(end, (end + n).min(chars.len()))),
    )
}

/// A non-empty article text and a quote taken from it: a start anywhere in the
/// text and a length (at most 40 characters) that stays inside it.
fn text_and_quote() -> impl Strategy<Value = (String, String)> {
    article_text()
        .prop_filter("a text to quote from", |text| !text.is_empty())
        .prop_flat_map(|text| {
            let chars = text.chars().count();
            (Just(text), 0..chars)
        })
        .prop_flat_map(|(text, start)| {
            let room = text.chars().count() - start;
            (Just(text), Just(start), 1..=room.min(40))
        })
        .prop_map(|(text, start, len)| {
            let quote = text.chars().skip(start).take(len).collect();
            (text, quote)
        })
}

fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}"
}

fn source(paragraph: &str) -> SourceText {
    SourceText::new(&[Section {
        heading: None,
        paragraphs: vec![paragraph.to_string()],
    }])
}

/// Words taken from the text are always found: once, and then the span holds
/// them, or more than once, and then every occurrence does; or they are only
/// white space. At least half the cases must be found once, so a strategy that
/// drifts into drawing nothing but white space or repeats fails here instead of
/// checking nothing.
#[test]
fn an_anchored_span_holds_the_selector_words() {
    let found_once = Cell::new(0u32);
    let mut runner = TestRunner::default();
    runner
        .run(&text_and_quote(), |(text, quote)| {
            let source = source(&text);
            let selector = TextQuoteSelector {
                exact: &quote,
                prefix: None,
                suffix: None,
            };
            match source.anchor(selector) {
                Ok(span) => {
                    found_once.set(found_once.get() + 1);
                    prop_assert_eq!(normalize(source.slice(span)), normalize(&quote));
                }
                Err(AnchorError::Ambiguous { occurrences, count }) => {
                    prop_assert!(count > 1);
                    prop_assert_eq!(occurrences.len(), count.min(PLACES_KEPT));
                    for span in occurrences {
                        prop_assert_eq!(normalize(source.slice(span)), normalize(&quote));
                    }
                }
                Err(AnchorError::Empty) => {
                    prop_assert!(quote.trim().is_empty(), "{:?} is not empty", quote)
                }
                Err(other) => prop_assert!(
                    false,
                    "{quote:?}, taken from {text:?}, not found: {other:?}"
                ),
            }
            Ok(())
        })
        .unwrap();
    let cases = runner.config().cases;
    assert!(
        found_once.get() * 2 >= cases,
        "only {} of {cases} quotes were found once",
        found_once.get()
    );
}

/// The number of string values in tests/data/valid.json, so a mutation always
/// lands on one.
fn strings_in_valid_file() -> usize {
    let mut doc: serde_json::Value = serde_json::from_str(include_str!("data/valid.json")).unwrap();
    let mut seen = 0;
    replace_nth_string(&mut doc, usize::MAX, "", &mut seen);
    seen
}

proptest! {
    #[test]
    fn fragments_round_trip(slug in slug(), kind in 0..4u8) {
        let fragment = match kind {
            0 => Fragment::Quote(slug),
            1 => Fragment::Deal(slug),
            2 => Fragment::Source(Some(slug)),
            _ => Fragment::Source(None),
        };
        prop_assert_eq!(Fragment::parse(&fragment.to_string()), Ok(Some(fragment)));
    }

    #[test]
    fn fragment_parsing_never_panics(raw in "\\PC{0,40}", escapes in "(%[0-9A-Fa-f]{0,2}|[a-z-]){0,12}") {
        let _ = Fragment::parse(&raw);
        let _ = Fragment::parse(&format!("#quote-{escapes}"));
    }

    #[test]
    fn a_unique_phrase_is_always_found_where_it_stands(
        before in article_text(),
        after in article_text(),
    ) {
        let phrase = "Zqxj’s  “unique”\nphrase";
        let text = format!("{before} {phrase} {after}");
        let source = source(&text);
        let selector = TextQuoteSelector { exact: "Zqxj's \"unique\" phrase", prefix: None, suffix: None };
        let span = source.anchor(selector).unwrap();
        prop_assert_eq!(source.slice(span), phrase);
        let sentence = source.sentence_around(span);
        prop_assert!(sentence.contains(span));
    }

    #[test]
    fn anchoring_never_panics(
        text in article_text(),
        exact in article_text(),
        prefix in proptest::option::of(article_text()),
        suffix in proptest::option::of(article_text()),
    ) {
        let source = source(&text);
        let selector = TextQuoteSelector { exact: &exact, prefix: prefix.as_deref(), suffix: suffix.as_deref() };
        let _ = source.anchor(selector);
    }

    #[test]
    fn anchoring_a_batch_equals_anchoring_one_by_one(
        paragraphs in proptest::collection::vec(
            prop_oneof![article_text(), repetitive_text()],
            1..4,
        ),
        heading in proptest::option::of(repetitive_text()),
        picks in proptest::collection::vec(
            (
                any::<prop::sample::Index>(),
                1usize..12,
                proptest::option::of(0usize..8),
                proptest::option::of(0usize..8),
            ),
            0..12,
        ),
        strays in proptest::collection::vec(repetitive_text(), 0..4),
    ) {
        let source = SourceText::new(&[Section { heading, paragraphs }]);
        // Picked from the joined text, so some run across a paragraph break.
        let mut owned: Vec<(String, Option<String>, Option<String>)> = picks
            .into_iter()
            .map(|pick| selector_from(&source.text, pick))
            .collect();
        owned.extend(strays.into_iter().map(|stray| (stray, None, None)));
        let selectors: Vec<TextQuoteSelector<'_>> = owned
            .iter()
            .map(|(exact, prefix, suffix)| TextQuoteSelector {
                exact,
                prefix: prefix.as_deref(),
                suffix: suffix.as_deref(),
            })
            .collect();
        let one_by_one: Vec<_> = selectors.iter().map(|&s| source.anchor(s)).collect();
        prop_assert_eq!(source.anchor_all(&selectors), one_by_one);
    }

    #[test]
    fn the_parser_never_panics_on_any_text(raw in "\\PC{0,200}") {
        let _ = Explainer::from_json(&raw);
    }

    #[test]
    fn validation_never_panics_on_a_mutated_explainer(
        replacement in "\\PC{0,30}",
        target in 0..strings_in_valid_file(),
    ) {
        // Replace the target-th string value of a valid file with arbitrary text.
        let mut doc: serde_json::Value =
            serde_json::from_str(include_str!("data/valid.json")).unwrap();
        let mut seen = 0;
        let replaced = replace_nth_string(&mut doc, target, &replacement, &mut seen);
        prop_assert!(replaced, "string {} of {} replaced", target, seen);
        let _ = validate::load(&doc.to_string());
    }
}

/// Replaces the `n`-th string value (in document order, counting from `seen`)
/// with `with`; returns true when it did. `seen` ends at the number of strings.
fn replace_nth_string(
    value: &mut serde_json::Value,
    n: usize,
    with: &str,
    seen: &mut usize,
) -> bool {
    let children: Vec<&mut serde_json::Value> = match value {
        serde_json::Value::String(text) => {
            let hit = *seen == n;
            if hit {
                *text = with.to_string();
            }
            *seen += 1;
            return hit;
        }
        serde_json::Value::Array(items) => items.iter_mut().collect(),
        serde_json::Value::Object(fields) => fields.values_mut().collect(),
        _ => return false,
    };
    // Every child is visited, also after a hit, so `seen` counts them all.
    let mut hit = false;
    for child in children {
        hit |= replace_nth_string(child, n, with, seen);
    }
    hit
}
