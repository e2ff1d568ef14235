//! The problems the Studio shows: the library's typed problems, worded by the
//! library's strings (the same words as `explainer check` and the widget's
//! error box), read in one place.
//!
//! [`from_problem`] is the only code in the Studio that turns the library's
//! [`news_explainer::model::Problem`] into what the Studio lists.

use news_explainer::model::validate;
pub use news_explainer::model::Severity;
use news_explainer::model::{self as library, AnchoredExplainer, Explainer};
use news_explainer::strings::english;

/// One problem, as the Studio lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where it is, as a JSON path (`$.quotes[3].text`).
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What to look at or try, if anything.
    pub hint: Option<String>,
    /// Error or warning.
    pub severity: Severity,
}

/// The adapter: one library problem, worded, as the Studio's [`Problem`].
pub fn from_problem(problem: &library::Problem) -> Problem {
    let text = english().problem(&problem.kind);
    Problem {
        path: problem.path.clone(),
        message: text.message,
        hint: text.hint,
        severity: problem.kind.severity(),
    }
}

/// Parses an explainer file, or says why it is not one.
pub fn parse(json: &str) -> Result<Explainer, Problem> {
    Explainer::from_json(json).map_err(|problem| from_problem(&problem))
}

/// The outcome of checking a draft: the anchored explainer when it is valid, and
/// every problem (errors, then TODO warnings).
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The validated, anchored explainer, when there are no errors.
    pub anchored: Option<AnchoredExplainer>,
    /// Every error, then every TODO left.
    pub problems: Vec<Problem>,
}

impl Checked {
    /// How many problems stop `explainer check`.
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }
}

/// Validates and anchors a draft the way `explainer check` does.
pub fn check(explainer: &Explainer) -> Checked {
    let (anchored, mut problems) = match validate::validate(explainer.clone()) {
        Ok(anchored) => (Some(anchored), Vec::new()),
        Err(errors) => (None, errors.iter().map(from_problem).collect()),
    };
    problems.extend(todos(explainer));
    Checked { anchored, problems }
}

/// Every text that still starts with `TODO`, as a warning with its path, as
/// `explainer check` warns about them.
pub fn todos(explainer: &Explainer) -> Vec<Problem> {
    validate::placeholders(explainer)
        .iter()
        .map(from_problem)
        .collect()
}

/// The id of the Studio's form field for a problem's JSON path, when the Studio
/// has a field for it: `$.quotes[3].text` → `studio-quote-3-text`,
/// `$.people[1].role` → `studio-person-1-role`, `$.article.dek` → `studio-dek`,
/// `$.tracker[0].history[1].date` → `studio-deal-0-history-1-date`; an item's
/// evidence goes to its evidence list, and a path naming a whole entry to its
/// first field.
pub fn field_id(path: &str) -> Option<String> {
    let rest = path.strip_prefix("$.")?;
    if let Some(field) = rest.strip_prefix("article.") {
        let field = field.split(['.', '[']).next()?;
        return matches!(
            field,
            "headline" | "dek" | "dateline" | "published" | "language"
        )
        .then(|| format!("studio-{field}"));
    }
    for (list, kind, fields) in [
        (
            "quotes",
            "quote",
            &[
                "text",
                "speaker",
                "id",
                "prefix",
                "suffix",
                "context",
                "language",
                "spoken_in",
                "translator",
                "original",
            ][..],
        ),
        ("people", "person", &["name", "role", "id"][..]),
        (
            "tracker",
            "deal",
            &["title", "status", "summary", "parties", "id"][..],
        ),
    ] {
        let Some(indexed) = rest.strip_prefix(list).and_then(|r| r.strip_prefix('[')) else {
            continue;
        };
        let (index, after) = indexed.split_once(']')?;
        let index: usize = index.parse().ok()?;
        if kind == "deal" {
            if let Some(id) = tracker_part_id(index, after) {
                return Some(id);
            }
        }
        // The original's two fields are two inputs.
        if kind == "quote" && after == ".original.language" {
            return Some(format!("studio-quote-{index}-original_language"));
        }
        let field = after
            .strip_prefix('.')
            .and_then(|f| f.split(['.', '[']).next());
        let field = field.filter(|f| fields.contains(f)).unwrap_or(fields[0]);
        return Some(format!("studio-{kind}-{index}-{field}"));
    }
    None
}

/// The id for a path into a tracker item's evidence or history (`after` is what
/// follows `$.tracker[i]`), or `None` for the item's own fields.
fn tracker_part_id(index: usize, after: &str) -> Option<String> {
    if after.starts_with(".evidence") {
        return Some(format!("studio-deal-{index}-evidence"));
    }
    let history = after.strip_prefix(".history")?;
    let entry = history
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(entry, field)| Some((entry.parse::<usize>().ok()?, field)));
    Some(match entry {
        Some((entry, field)) => {
            let field = field.strip_prefix('.').unwrap_or_default();
            let field = ["date", "status", "note"]
                .into_iter()
                .find(|known| *known == field)
                .unwrap_or("date");
            format!("studio-deal-{index}-history-{entry}-{field}")
        }
        None => format!("studio-deal-{index}-history"),
    })
}

/// The problems of a draft by the form field each belongs to, so every field
/// can show its own beside it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldProblems {
    by_field: std::collections::HashMap<String, Vec<Problem>>,
}

impl FieldProblems {
    /// Sorts problems by [`field_id`]; those with no field stay in the list only.
    pub fn new(problems: &[Problem]) -> FieldProblems {
        let mut by_field = std::collections::HashMap::<String, Vec<Problem>>::new();
        for problem in problems {
            if let Some(id) = field_id(&problem.path) {
                by_field.entry(id).or_default().push(problem.clone());
            }
        }
        FieldProblems { by_field }
    }

    /// The problems of the field with this id (none: an empty slice).
    pub fn of(&self, field: &str) -> &[Problem] {
        self.by_field.get(field).map_or(&[], Vec::as_slice)
    }

    /// True when the field has an error (not only a TODO).
    pub fn has_error(&self, field: &str) -> bool {
        self.of(field).iter().any(|p| p.severity == Severity::Error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: &str = news_explainer::content::ANCHORAGE_SUMMIT;

    #[test]
    fn the_default_explainer_has_no_problems() {
        let checked = check(&parse(DEFAULT).unwrap());
        assert!(checked.anchored.is_some());
        assert_eq!(checked.problems, []);
    }

    #[test]
    fn a_misquote_is_an_error_with_its_path() {
        let mut explainer = parse(DEFAULT).unwrap();
        explainer.quotes[0].text = "words nobody said at all".into();
        let checked = check(&explainer);
        assert!(checked.anchored.is_none());
        assert_eq!(checked.errors(), 1);
        assert_eq!(checked.problems[0].path, "$.quotes[0].text");
        assert!(checked.problems[0].hint.is_some());
    }

    #[test]
    fn todos_are_warnings_that_do_not_stop_the_preview() {
        let mut explainer = parse(DEFAULT).unwrap();
        explainer.article.headline = "TODO: headline".into();
        let checked = check(&explainer);
        assert!(checked.anchored.is_some());
        assert_eq!(checked.errors(), 0);
        assert_eq!(checked.problems.len(), 1);
        assert_eq!(checked.problems[0].path, "$.article.headline");
        assert_eq!(checked.problems[0].severity, Severity::Warning);
    }

    #[test]
    fn problems_lead_to_their_fields() {
        assert_eq!(
            field_id("$.quotes[3].text").as_deref(),
            Some("studio-quote-3-text")
        );
        assert_eq!(
            field_id("$.quotes[0].prefix").as_deref(),
            Some("studio-quote-0-prefix")
        );
        assert_eq!(
            field_id("$.quotes[12]").as_deref(),
            Some("studio-quote-12-text")
        );
        for (path, field) in [
            ("$.quotes[2].spoken_in", "studio-quote-2-spoken_in"),
            ("$.quotes[2].language", "studio-quote-2-language"),
            ("$.quotes[2].translator", "studio-quote-2-translator"),
            ("$.quotes[2].original.text", "studio-quote-2-original"),
            ("$.quotes[2].original", "studio-quote-2-original"),
            (
                "$.quotes[2].original.language",
                "studio-quote-2-original_language",
            ),
        ] {
            assert_eq!(field_id(path).as_deref(), Some(field), "{path}");
        }
        assert_eq!(
            field_id("$.people[1].role").as_deref(),
            Some("studio-person-1-role")
        );
        assert_eq!(field_id("$.article.dek").as_deref(), Some("studio-dek"));
        assert_eq!(field_id("$.article.publisher"), None);
        assert_eq!(
            field_id("$.tracker[0].status").as_deref(),
            Some("studio-deal-0-status")
        );
        assert_eq!(
            field_id("$.tracker[2].evidence[0].quote").as_deref(),
            Some("studio-deal-2-evidence")
        );
        assert_eq!(
            field_id("$.tracker[2].evidence").as_deref(),
            Some("studio-deal-2-evidence")
        );
        assert_eq!(
            field_id("$.tracker[1].history[3].note").as_deref(),
            Some("studio-deal-1-history-3-note")
        );
        assert_eq!(
            field_id("$.tracker[1].history[3]").as_deref(),
            Some("studio-deal-1-history-3-date")
        );
        assert_eq!(
            field_id("$.tracker[1].history").as_deref(),
            Some("studio-deal-1-history")
        );
        assert_eq!(
            field_id("$.tracker[1].parties[0]").as_deref(),
            Some("studio-deal-1-parties")
        );
        assert_eq!(field_id("$"), None);
    }

    #[test]
    fn each_field_gets_its_own_problems() {
        let mut explainer = parse(DEFAULT).unwrap();
        explainer.quotes[2].text = "words nobody said at all".into();
        explainer.people[0].role = "TODO: role".into();
        let checked = check(&explainer);
        let fields = FieldProblems::new(&checked.problems);
        assert_eq!(fields.of("studio-quote-2-text").len(), 1);
        assert!(fields.has_error("studio-quote-2-text"));
        assert_eq!(fields.of("studio-person-0-role").len(), 1);
        assert!(!fields.has_error("studio-person-0-role"));
        assert_eq!(fields.of("studio-quote-0-text"), []);
    }

    #[test]
    fn a_file_that_is_not_an_explainer_says_where() {
        let problem = parse("{\"article\": 3}").unwrap_err();
        assert!(problem.path.contains("article"), "{problem:?}");
    }
}
