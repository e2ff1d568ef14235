//! `explainer check`: every problem of a content file at once, each with its JSON
//! path and its line and column in the file, rendered like a compiler error or as
//! JSON for other tools.
//!
//! The problems, their places in the file and the closest passage of a misquote
//! all come from the library ([`validate::review`]); this module only words and
//! draws them.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use news_explainer::model::json_path::LineIndex;
use news_explainer::model::{validate, Problem, ProblemKind};
use news_explainer::strings::english;
use serde::Serialize;

pub use news_explainer::model::Severity;

use crate::diff::{self, Run};

/// How many problems the human-readable output draws before it only counts
/// the rest: a file of 5,000 repeated quotes once printed 4.7 MB (issue #32).
/// `--json` lists every one.
pub const FINDINGS_SHOWN: usize = 100;

/// One problem, located in the file: what `--json` prints for each.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// The JSON path, `$.quotes[0].text`.
    pub path: String,
    /// 1-based line of the value in the file.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem, by a stable snake_case name (`not_in_source`).
    pub kind: &'static str,
    /// What is wrong.
    pub message: String,
    /// What to try, if there is something to say.
    pub hint: Option<String>,
    /// The bytes of the file to underline.
    #[serde(skip)]
    pub span: std::ops::Range<usize>,
    /// For a misquote: the quote against the closest passage, word by word.
    #[serde(skip)]
    pub diff: Option<Vec<Run>>,
}

/// The outcome of checking one file.
#[derive(Clone, Debug)]
pub struct Report {
    /// Errors in the validator's order, then warnings in file order.
    pub findings: Vec<Finding>,
    /// Counts for the summary line, when the file is valid.
    pub counts: Option<Counts>,
}

/// What a valid file holds.
#[derive(Clone, Copy, Debug)]
pub struct Counts {
    /// Quotes.
    pub quotes: usize,
    /// People.
    pub people: usize,
    /// Tracker items.
    pub tracker: usize,
}

impl Report {
    /// How many findings have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Checks a content file's text.
pub fn check(json: &str) -> Report {
    let review = validate::review(json);
    let counts = review.anchored.map(|anchored| Counts {
        quotes: anchored.explainer.quotes.len(),
        people: anchored.explainer.people.len(),
        tracker: anchored.explainer.tracker.len(),
    });
    let lines = LineIndex::new(json);
    let findings = review
        .problems
        .iter()
        .map(|problem| finding(json, &lines, problem))
        .collect();
    Report { findings, counts }
}

fn finding(json: &str, lines: &LineIndex<'_>, problem: &Problem) -> Finding {
    let span = one_line(json, problem.span.clone().unwrap_or(0..0));
    let (line, column) = problem
        .span
        .as_ref()
        .map_or((1, 1), |span| lines.line_column(span.start));
    let text = english().problem(&problem.kind);
    Finding {
        path: problem.path.clone(),
        line,
        column,
        severity: problem.kind.severity(),
        kind: problem.kind.name(),
        message: text.message,
        hint: text.hint,
        span,
        diff: misquote_diff(&problem.kind),
    }
}

/// The bytes to underline: the span, or its first character when it runs over
/// several lines (an array or object), so the caret stays on one line.
fn one_line(json: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let first_char = |at: usize| at..at + json[at..].chars().next().map_or(0, char::len_utf8);
    if span.is_empty() || json[span.clone()].contains('\n') {
        first_char(span.start)
    } else {
        span
    }
}

/// A misquote against the closest passage of the source, as a word diff.
fn misquote_diff(kind: &ProblemKind) -> Option<Vec<Run>> {
    let ProblemKind::NotInSource {
        text,
        closest: Some(closest),
        ..
    } = kind
    else {
        return None;
    };
    // A passage with no word in common is no help: the hint names it anyway.
    let runs = diff::word_diff(text, closest);
    runs.iter()
        .any(|run| run.change == diff::Change::Same)
        .then_some(runs)
}

/// The report as a compiler would print it: each finding with the line of the
/// file, a caret under the value and the path as its label, the hint, and for a
/// misquote the word diff; then a summary line.
pub fn render(report: &Report, file: &str, json: &str, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for finding in report.findings.iter().take(FINDINGS_SHOWN) {
        let level = match finding.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        // Only the line the caret is on: given the whole file, the renderer
        // would read all of it for every finding.
        let start = finding.span.start.min(json.len());
        let line_start = json[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = json[start..].find('\n').map_or(json.len(), |i| start + i);
        let span = finding.span.start - line_start..finding.span.end.min(line_end) - line_start;
        let snippet = Snippet::source(&json[line_start..line_end])
            .line_start(finding.line)
            .path(file)
            .annotation(
                AnnotationKind::Primary
                    .span(span)
                    .label(finding.path.as_str()),
            );
        let mut group = level
            .primary_title(finding.message.as_str())
            .element(snippet);
        if let Some(hint) = &finding.hint {
            group = group.element(Level::HELP.message(hint.as_str()));
        }
        let diff_line;
        if let Some(runs) = &finding.diff {
            diff_line = format!(
                "quote → source, word by word: {}",
                diff::render(runs, color)
            );
            group = group.element(Level::NOTE.message(diff_line.as_str()));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    let more = report.findings.len().saturating_sub(FINDINGS_SHOWN);
    if more > 0 {
        out.push_str(&format!(
            "… and {more} more problems (`explainer check --json` lists them all)\n\n"
        ));
    }
    out.push_str(&summary(report, file, &renderer));
    out.push('\n');
    out
}

/// "1 error", "2 errors".
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn summary(report: &Report, file: &str, renderer: &Renderer) -> String {
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let warning_text = plural(warnings, "warning", "warnings");
    if errors > 0 {
        let mut title = format!("{file}: {}", plural(errors, "error", "errors"));
        if warnings > 0 {
            title.push_str(&format!(", {warning_text}"));
        }
        return renderer.render(&[Group::with_title(Level::ERROR.primary_title(title))]);
    }
    let counts = report.counts.map_or(String::new(), |c| {
        format!(
            " ({}, {}, {})",
            plural(c.quotes, "quote", "quotes"),
            plural(c.people, "person", "people"),
            plural(c.tracker, "tracker item", "tracker items")
        )
    });
    let valid = format!("{file} is a valid explainer{counts}");
    if warnings > 0 {
        renderer.render(&[Group::with_title(
            Level::WARNING.primary_title(format!("{valid}, with {warning_text}")),
        )])
    } else {
        renderer.render(&[Group::with_title(
            Level::NOTE.with_name("ok").primary_title(valid),
        )])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = include_str!("../../tests/data/valid.json");
    const MISQUOTE: &str = include_str!("../../tests/data/misquote.json");
    const WRONG_TYPE: &str = include_str!("../../tests/data/wrong-type.json");

    #[test]
    fn the_printed_problems_are_capped() {
        // Issue #32: 5,000 ambiguous quotes once printed 4.7 MB.
        let mut doc: serde_json::Value = serde_json::from_str(VALID).unwrap();
        doc["quotes"] = (0..300)
            .map(|i| serde_json::json!({"id": format!("q{i}"), "speaker": "putin", "text": "the", "context": "C"}))
            .collect();
        let json = doc.to_string();
        let report = check(&json);
        // 300 ambiguous quotes, and the tracker's reference to a quote now gone.
        assert_eq!(report.count(Severity::Error), 301);
        let text = render(&report, "many.json", &json, false);
        assert_eq!(
            text.matches("error: ").count(),
            FINDINGS_SHOWN + 1,
            "{text}"
        );
        assert!(
            text.contains(&format!("and {} more problems", 301 - FINDINGS_SHOWN)),
            "{text}"
        );
        assert!(text.trim_end().ends_with("many.json: 301 errors"), "{text}");
    }

    #[test]
    fn a_valid_file_has_no_findings() {
        let report = check(VALID);
        assert!(report.findings.is_empty(), "{:#?}", report.findings);
        assert_eq!(report.counts.unwrap().quotes, 3);
    }

    #[test]
    fn a_misquote_is_located_and_diffed() {
        let report = check(MISQUOTE);
        let [finding] = report.findings.as_slice() else {
            panic!("{:#?}", report.findings);
        };
        assert_eq!(finding.path, "$.quotes[0].text");
        assert_eq!(finding.kind, "not_in_source");
        assert_eq!(
            &MISQUOTE[finding.span.clone()],
            "\"at their worst point since the Cold War\""
        );
        let line = MISQUOTE.lines().nth(finding.line - 1).unwrap();
        assert_eq!(line.chars().nth(finding.column - 1), Some('"'));
        let diff = diff::render(finding.diff.as_ref().unwrap(), false);
        assert_eq!(
            diff,
            "at their [-worst-]{+lowest+} point since the Cold War"
        );
    }

    #[test]
    fn a_wrong_type_points_at_the_value() {
        let report = check(WRONG_TYPE);
        let [finding] = report.findings.as_slice() else {
            panic!("{:#?}", report.findings);
        };
        assert_eq!(&WRONG_TYPE[finding.span.clone()], "7");
    }

    #[test]
    fn invalid_json_points_where_serde_stopped() {
        let json = "{\n  \"article\": {\n    \"headline\": \"H\",\n  }\n}";
        let report = check(json);
        let [finding] = report.findings.as_slice() else {
            panic!("{:#?}", report.findings);
        };
        // serde_path_to_error names the object; serde_json where it stopped.
        assert_eq!(finding.path, "$.article");
        assert_eq!((finding.line, finding.column), (4, 3));
    }

    #[test]
    fn todo_placeholders_are_warnings_in_file_order() {
        let json = VALID
            .replace("\"Summit ends without a deal\"", "\"TODO: headline\"")
            .replace("\"President of Russia\"", "\"TODO: confirm role\"")
            .replace("\"Both leaders spoke of progress.\"", "\"TODO: dek\"");
        let report = check(&json);
        let paths: Vec<(&str, Severity)> = report
            .findings
            .iter()
            .map(|f| (f.path.as_str(), f.severity))
            .collect();
        assert_eq!(
            paths,
            [
                ("$.article.headline", Severity::Warning),
                ("$.article.dek", Severity::Warning),
                ("$.people[0].role", Severity::Warning),
            ]
        );
        assert!(report.counts.is_some());
    }

    #[test]
    fn plain_rendering_has_the_line_the_caret_and_the_diff() {
        let text = render(&check(MISQUOTE), "misquote.json", MISQUOTE, false);
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(
            text.contains("error: Quote “lowest-point” is not in the source text"),
            "{text}"
        );
        assert!(text.contains("--> misquote.json:"), "{text}");
        assert!(
            text.contains("\"text\": \"at their worst point since the Cold War\","),
            "{text}"
        );
        assert!(text.contains("^^^^"), "{text}");
        assert!(text.contains("[-worst-]{+lowest+}"), "{text}");
        assert!(text.contains("error: misquote.json: 1 error"), "{text}");
    }
}
