//! A corpus of broken explainer files (`tests/data/broken/*.json`), each with the
//! problem it must produce (`*.expected`: the JSON path on the first line, a part
//! of the message on the second, the problem's kind on the third). Validation
//! must never panic on any of them, must report the expected problem among the
//! others, and must place every problem in the file. A file whose only
//! problems are warnings (a passage quoted twice) is valid: it loads.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use news_explainer::model::problem::{Severity, EXCERPT_BYTES};
use news_explainer::model::{limits, validate, ProblemKind};
use news_explainer::strings::english;

#[test]
fn every_broken_file_gives_its_expected_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken");
    let mut checked = 0;
    let mut entries: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for json_path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let name = json_path.file_stem().unwrap().to_string_lossy();
        let expected = fs::read_to_string(json_path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{name}: no .expected file"));
        let mut lines = expected.lines();
        let (path, message, kind) = (
            lines.next().unwrap(),
            lines.next().unwrap(),
            lines
                .next()
                .unwrap_or_else(|| panic!("{name}: no kind in .expected")),
        );
        let json = fs::read_to_string(json_path).unwrap();
        let reviewed = validate::review(&json);
        let errors = reviewed
            .problems
            .iter()
            .filter(|p| p.kind.severity() == Severity::Error)
            .count();
        if errors == 0 {
            // A file whose only problems are warnings (a passage quoted twice)
            // is valid: the reader shows it, the tools warn.
            assert!(validate::load(&json).is_ok(), "{name}: refused");
            assert!(reviewed.anchored.is_some(), "{name}");
        } else {
            let problems = validate::load(&json)
                .err()
                .unwrap_or_else(|| panic!("{name}: passed validation"));
            assert!(problems.iter().all(|p| p.span.is_none()), "{name}: placed");
            assert!(reviewed.anchored.is_none(), "{name}");
            assert_eq!(errors, problems.len(), "{name}");
        }
        let problems = reviewed.problems;
        assert!(
            problems.iter().any(|p| p.path == path
                && p.kind.name() == kind
                && english().problem(&p.kind).message.contains(message)),
            "{name}: expected {kind} at {path}: …{message}…, got {problems:#?}"
        );
        for problem in &problems {
            let span = problem
                .span
                .clone()
                .unwrap_or_else(|| panic!("{name}: unplaced"));
            assert!(
                span.end <= json.len() && json.is_char_boundary(span.start),
                "{name}: {span:?}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} broken files found");
}

fn valid_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(include_str!("data/valid.json")).unwrap();
    edit(&mut doc);
    doc.to_string()
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let json = format!("\u{feff}{}", include_str!("data/valid.json"));
    assert!(validate::load(&json).is_ok());
}

#[test]
fn right_to_left_text_and_emoji_anchor_exactly() {
    let json = valid_with(|doc| {
        doc["article"]["language"] = "ar".into();
        doc["source"][0]["paragraphs"][0] =
            "قال بوتين إن العلاقات “في أدنى مستوياتها منذ الحرب الباردة” 🇷🇺🤝🇺🇸 ثم غادر.".into();
        doc["source"][0]["paragraphs"][0] = format!(
            "{} “long overdue” 👍🏽",
            doc["source"][0]["paragraphs"][0].as_str().unwrap()
        )
        .into();
        doc["quotes"][0]["text"] = "في أدنى مستوياتها منذ الحرب الباردة".into();
        doc["quotes"][1]["text"] = "long overdue” 👍🏽".into();
    });
    let explainer = validate::load(&json).unwrap_or_else(|d| panic!("{d:#?}"));
    let span = explainer.quotes[0].span;
    assert_eq!(
        explainer.source.slice(span),
        "في أدنى مستوياتها منذ الحرب الباردة"
    );
    assert_eq!(
        explainer.source.slice(explainer.quotes[1].span),
        "long overdue” 👍🏽"
    );
    assert_eq!(explainer.explainer.article.direction(), "rtl");
}

#[test]
fn control_characters_escaped_in_json_are_kept_as_text() {
    let json = valid_with(|doc| doc["article"]["dek"] = "Bell\u{7} and\u{0} null".into());
    let explainer = validate::load(&json).unwrap();
    assert_eq!(explainer.explainer.article.dek, "Bell\u{7} and\u{0} null");
}

#[test]
fn a_ten_megabyte_explainer_validates() {
    let filler = "Diplomats met again and again to talk about the talks. ".repeat(2_000);
    let json = valid_with(|doc| {
        let paragraphs = doc["source"][1]["paragraphs"].as_array_mut().unwrap();
        for _ in 0..95 {
            paragraphs.push(filler.clone().into());
        }
    });
    assert!(json.len() > 10_000_000, "{} bytes", json.len());
    let explainer = validate::load(&json).unwrap();
    assert_eq!(explainer.quotes.len(), 3);
}

#[test]
fn json_nested_a_hundred_thousand_levels_is_a_problem_not_a_crash() {
    let depth = 100_000;
    let json = format!(
        "{{\"article\": {}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let problems = validate::review(&json).problems;
    let [problem] = problems.as_slice() else {
        panic!("{problems:#?}");
    };
    // Placing the problem walks the whole value, nesting and all.
    assert_eq!(problem.path, "$.article[0]");
    assert_eq!(problem.kind.name(), "wrong_shape");
    assert!(
        english()
            .problem(&problem.kind)
            .message
            .contains("invalid type: sequence"),
        "{problem:#?}"
    );
    // Where the parser stopped: the `[` that opens `$.article`.
    assert_eq!(problem.span, Some(12..13));
}

#[test]
fn a_word_repeated_thousands_of_times_gives_a_short_report() {
    // Issue #17: one sentence-less paragraph of "x x x …" and the quote "x"
    // once printed every occurrence with its whole sentence, 128 MB.
    let json = valid_with(|doc| {
        doc["source"][0]["paragraphs"][0] = "x ".repeat(8_000).trim_end().into();
        doc["quotes"][0]["text"] = "x".into();
    });
    let problems = validate::load(&json).unwrap_err();
    let ambiguous = problems
        .iter()
        .find(|p| p.path == "$.quotes[0].text")
        .unwrap_or_else(|| panic!("{problems:#?}"));
    let ProblemKind::Ambiguous { places, .. } = &ambiguous.kind else {
        panic!("{ambiguous:#?}");
    };
    assert_eq!(places.total(), 8_000);
    assert!(places.shown.len() <= 3, "{places:#?}");
    assert!(places
        .shown
        .iter()
        .all(|place| place.len() <= EXCERPT_BYTES + 2 * '…'.len_utf8()));
    let text = english().problem(&ambiguous.kind);
    assert!(
        text.message.contains("occurs 8000 times"),
        "{}",
        text.message
    );
    let hint = text.hint.unwrap();
    assert!(hint.ends_with("and 7997 more."), "{hint}");
    assert!(hint.len() < 2_000, "{} bytes", hint.len());
}

/// The kinds and paths of a file's problems, as `check` reports them.
fn reviewed(json: &str) -> Vec<(String, &'static str)> {
    let loaded = validate::load(json).err().unwrap_or_default();
    let reviewed = validate::review(json).problems;
    assert_eq!(loaded.len(), reviewed.len(), "load and review disagree");
    reviewed
        .into_iter()
        .map(|p| (p.path, p.kind.name()))
        .collect()
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let filler = "Diplomats met again and again to talk about the talks. ".repeat(2_000);
    let json = valid_with(|doc| {
        let paragraphs = doc["source"][1]["paragraphs"].as_array_mut().unwrap();
        for _ in 0..150 {
            paragraphs.push(filler.clone().into());
        }
    });
    assert!(json.len() > limits::MAX_CONTENT_BYTES);
    assert_eq!(reviewed(&json), [("$".into(), "content_too_large")]);
    let problems = validate::load(&json).unwrap_err();
    let message = english().problem(&problems[0].kind).message;
    assert!(message.contains("more than the 16 MB"), "{message}");
}

#[test]
fn more_quotes_than_the_limit_are_refused() {
    let many = |count: usize| {
        valid_with(|doc| {
            let words: Vec<String> = (0..count).map(|i| format!("k{i}tok")).collect();
            doc["source"][0]["paragraphs"][0] = words.join(" ").into();
            doc["quotes"] = words
                .iter()
                .map(|word| {
                    serde_json::json!({
                        "id": word, "speaker": "putin", "text": word, "context": "C"
                    })
                })
                .collect();
            doc["tracker"] = serde_json::json!([]);
        })
    };
    assert_eq!(reviewed(&many(limits::MAX_QUOTES)), []);
    assert_eq!(
        reviewed(&many(limits::MAX_QUOTES + 1)),
        [("$.quotes".into(), "too_many_quotes")]
    );
}

#[test]
fn a_prefix_or_suffix_over_the_limit_is_refused() {
    let long = "a".repeat(limits::MAX_PREFIX_SUFFIX_CHARS);
    let with_context = |prefix: &str, suffix: &str| {
        valid_with(|doc| {
            doc["quotes"][0]["prefix"] = prefix.into();
            doc["tracker"][0]["evidence"][0]["suffix"] = suffix.into();
        })
    };
    // At the limit the length is fine (the context just does not fit).
    assert!(!reviewed(&with_context(&long, &long))
        .iter()
        .any(|(_, kind)| *kind == "prefix_or_suffix_too_long"));
    let longer = format!("{long}ä");
    assert_eq!(
        reviewed(&with_context(&longer, &longer))
            .into_iter()
            .filter(|(_, kind)| *kind == "prefix_or_suffix_too_long")
            .collect::<Vec<_>>(),
        [
            ("$.quotes[0].prefix".into(), "prefix_or_suffix_too_long"),
            (
                "$.tracker[0].evidence[0].suffix".into(),
                "prefix_or_suffix_too_long"
            ),
        ]
    );
}
