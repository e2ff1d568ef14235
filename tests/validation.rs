//! Validation of whole content files from `tests/data/`: each broken file yields
//! its own clear message at its own JSON path, and all problems come at once.
#![cfg(not(target_arch = "wasm32"))]

use news_explainer::model::problem::{Listing, Referent, Subject};
use news_explainer::model::{validate, Problem, ProblemKind};
use news_explainer::strings::english;

/// A problem as a reader sees it: its path, kind, and words.
#[derive(Debug)]
struct Diagnostic {
    path: String,
    kind: ProblemKind,
    message: String,
    hint: Option<String>,
    /// The text of the file under the problem's span.
    at: String,
}

fn problems(name: &str) -> (String, Vec<Problem>) {
    let path = format!("{}/tests/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let loaded = validate::load(&json).err().unwrap_or_default();
    let reviewed = validate::review(&json).problems;
    // The reader's load finds the same problems as a tool's review, unplaced.
    let unplaced: Vec<Problem> = reviewed
        .iter()
        .cloned()
        .map(|problem| Problem {
            span: None,
            ..problem
        })
        .collect();
    assert_eq!(loaded, unplaced, "{name}");
    (json, reviewed)
}

fn diagnostics(name: &str) -> Vec<Diagnostic> {
    let (json, problems) = problems(name);
    problems
        .into_iter()
        .map(|problem| {
            let text = english().problem(&problem.kind);
            Diagnostic {
                at: json[problem.span.clone().expect("every problem is placed")].to_string(),
                path: problem.path,
                kind: problem.kind,
                message: text.message,
                hint: text.hint,
            }
        })
        .collect()
}

fn only(name: &str) -> Diagnostic {
    let mut all = diagnostics(name);
    assert_eq!(
        all.len(),
        1,
        "{name}: expected one diagnostic, got {all:#?}"
    );
    all.remove(0)
}

#[test]
fn the_valid_file_passes() {
    assert_eq!(problems("valid").1, Vec::new());
}

#[test]
fn a_misquote_names_the_quote_and_shows_the_closest_passage() {
    let diagnostic = only("misquote");
    assert_eq!(diagnostic.path, "$.quotes[0].text");
    assert_eq!(
        diagnostic.message,
        "Quote “lowest-point” is not in the source text: “at their worst point since the Cold War”."
    );
    assert_eq!(
        diagnostic.hint.as_deref(),
        Some("Closest passage in the source: “at their lowest point since the Cold War”.")
    );
    assert_eq!(
        diagnostic.kind,
        ProblemKind::NotInSource {
            subject: Subject::Quote {
                id: "lowest-point".into()
            },
            text: "at their worst point since the Cold War".into(),
            closest: Some("at their lowest point since the Cold War".into()),
            bounded: false,
        }
    );
    assert_eq!(diagnostic.at, "\"at their worst point since the Cold War\"");
}

#[test]
fn a_duplicated_quote_id_points_at_the_first_use() {
    let diagnostic = only("duplicate-quote-id");
    assert_eq!(diagnostic.path, "$.quotes[1].id");
    assert_eq!(diagnostic.message, "Duplicate id “lowest-point”.");
    assert_eq!(
        diagnostic.hint.as_deref(),
        Some("$.quotes[0] already uses it; ids must be unique.")
    );
    assert_eq!(
        diagnostic.kind,
        ProblemKind::DuplicateId {
            id: "lowest-point".into(),
            first: "$.quotes[0]".into()
        }
    );
    assert_eq!(diagnostic.at, "\"lowest-point\"");
}

#[test]
fn an_evidence_reference_to_a_missing_quote_lists_the_known_ids() {
    let diagnostic = only("missing-evidence-reference");
    assert_eq!(diagnostic.path, "$.tracker[0].evidence[1].quote");
    assert_eq!(diagnostic.message, "No quote has the id “no-deal-yet”.");
    assert_eq!(
        diagnostic.hint.as_deref(),
        Some("Known quote ids: long-overdue, lowest-point, no-deal.")
    );
    assert_eq!(
        diagnostic.kind,
        ProblemKind::UnknownReference {
            referent: Referent::Quote,
            id: "no-deal-yet".into(),
            known: Listing {
                shown: vec![
                    "long-overdue".into(),
                    "lowest-point".into(),
                    "no-deal".into()
                ],
                more: 0
            },
        }
    );
}

#[test]
fn an_unknown_status_lists_the_vocabulary() {
    let all = diagnostics("unknown-status");
    let paths: Vec<&str> = all.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        ["$.tracker[0].status", "$.tracker[0].history[0].status"]
    );
    assert_eq!(all[0].message, "Unknown status “done”.");
    assert_eq!(
        all[0].hint.as_deref(),
        Some("Use one of: agreed, claimed, pledged, proposed, in-progress, unresolved, no-deal.")
    );
    assert!(all.iter().all(|d| d.kind.name() == "unknown_status"));
    assert!(all.iter().all(|d| d.at == "\"done\""), "{all:#?}");
}

#[test]
fn a_repeated_quote_without_prefix_or_suffix_is_ambiguous() {
    let diagnostic = only("ambiguous-quote");
    assert_eq!(diagnostic.path, "$.quotes[1].text");
    assert_eq!(
        diagnostic.message,
        "Quote “long-overdue” occurs 2 times in the source: “long overdue”."
    );
    let hint = diagnostic.hint.unwrap();
    assert!(
        hint.starts_with("Add a `prefix` or `suffix` to say which one."),
        "{hint}"
    );
    assert!(
        hint.contains("“He called the meeting “long overdue.””"),
        "{hint}"
    );
    let ProblemKind::Ambiguous { places, .. } = &diagnostic.kind else {
        panic!("{:#?}", diagnostic.kind);
    };
    assert_eq!((places.shown.len(), places.more), (2, 0));
}

#[test]
fn empty_required_fields_are_each_reported() {
    let paths: Vec<String> = diagnostics("empty-fields")
        .into_iter()
        .map(|d| d.path)
        .collect();
    assert_eq!(
        paths,
        [
            "$.article.headline",
            "$.people[1].name",
            "$.quotes[2].context"
        ]
    );
}

#[test]
fn references_to_missing_people_are_reported() {
    let all = diagnostics("missing-people");
    let paths: Vec<&str> = all.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["$.quotes[2].speaker", "$.tracker[0].parties[0]"]);
    assert_eq!(all[0].message, "No person has the id “biden”.");
    assert!(all.iter().all(|d| matches!(
        d.kind,
        ProblemKind::UnknownReference {
            referent: Referent::Person,
            ..
        }
    )));
}

#[test]
fn a_wrong_type_is_a_single_structural_error_with_its_path() {
    let diagnostic = only("wrong-type");
    assert_eq!(diagnostic.path, "$.quotes[0].speaker");
    assert!(
        diagnostic.message.starts_with(
            "The file is not a valid explainer: invalid type: integer `7`, expected a string"
        ),
        "{}",
        diagnostic.message
    );
    assert_eq!(diagnostic.kind.name(), "wrong_shape");
    assert_eq!(diagnostic.at, "7");
}

#[test]
fn every_fault_is_reported_at_once() {
    let all = diagnostics("many-faults");
    let paths: Vec<&str> = all.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.quotes[1].id",
            "$.quotes[0].text",
            "$.tracker[0].status",
            "$.tracker[0].evidence[1].quote",
        ]
    );
    let kinds: Vec<&str> = all.iter().map(|d| d.kind.name()).collect();
    assert_eq!(
        kinds,
        [
            "duplicate_id",
            "not_in_source",
            "unknown_status",
            "unknown_reference"
        ]
    );
}

/// Several reports (issue #15): each quote and passage is anchored in the
/// report it names, and only there.
mod several_reports {
    use news_explainer::model::{validate, Explainer};

    const THREE: &str = include_str!("data/three-reports.json");
    const TWO: &str = include_str!("data/two-reports.json");

    #[test]
    fn every_quote_is_anchored_in_its_own_report() {
        let anchored = validate::load(THREE).unwrap();
        assert_eq!(anchored.reports.len(), 3);
        let reports: Vec<usize> = anchored.quotes.iter().map(|q| q.report).collect();
        assert_eq!(reports, [0, 0, 0, 1, 1, 2, 2]);
        for (quote, placed) in anchored.explainer.quotes.iter().zip(&anchored.quotes) {
            assert_eq!(anchored.source.slice(placed.span), quote.text);
            assert!(anchored.reports[placed.report].span.contains(placed.span));
            assert_eq!(anchored.report_of(placed.span), placed.report);
        }
        // The third report's passage lies in the third report's text.
        let passage = anchored.passage("timetable", 2).unwrap();
        assert_eq!(anchored.report_of(passage), 2);
    }

    #[test]
    fn words_in_two_reports_are_found_in_the_one_named() {
        let anchored = validate::load(TWO).unwrap();
        let index = anchored.quote_index("ferry-for-both-towns").unwrap();
        let placed = anchored.quotes[index];
        assert_eq!(placed.report, 1);
        // Without naming the report, the same words are the article's.
        let mut explainer = Explainer::from_json(TWO).unwrap();
        explainer.quotes[index].report = None;
        let anchored = validate::validate(explainer).unwrap();
        assert_eq!(anchored.quotes[index].report, 0);
    }

    #[test]
    fn a_one_report_file_is_one_report_as_before() {
        let anchored = validate::load(include_str!("data/valid.json")).unwrap();
        assert_eq!(anchored.reports.len(), 1);
        assert!(!anchored.has_several_reports());
        assert_eq!(anchored.reports[0].span.end, anchored.source.text.len());
        assert_eq!(anchored.explainer.last_updated(), "2025-08-15");
    }

    #[test]
    fn the_last_update_is_the_newest_report_or_history_date() {
        let explainer = Explainer::from_json(THREE).unwrap();
        assert_eq!(explainer.last_updated(), "2025-07-08");
        let mut later = explainer.clone();
        later.tracker[2].history[0].date = "2025-07-30".into();
        assert_eq!(later.last_updated(), "2025-07-30");
    }
}
