//! The problems the Studio shows: the library's typed problems, worded by the
//! library's strings (the same words as `explainer check` and the widget's
//! error box), read in one place.
//!
//! [`from_problem`] is the only code in the Studio that turns the library's
//! [`news_explainer::model::Problem`] into what the Studio lists; it keeps the
//! problem typed (its [`ProblemKind`]) and the field it belongs to, typed too
//! ([`FieldId::from_path`]). Words are made only when a view shows it
//! ([`Problem::text`]), as the widget's error box does.

use news_explainer::model::validate;
pub use news_explainer::model::Severity;
use news_explainer::model::{self as library, AnchoredExplainer, Explainer, ProblemKind};
use news_explainer::strings::{english, ProblemText};

use crate::fields::FieldId;

/// One problem, as the Studio lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where it is, as a JSON path (`$.quotes[3].text`).
    pub path: String,
    /// What is wrong, with what it takes to say so (boxed: some kinds carry a
    /// closest passage, and a parse error travels in a `Result`).
    pub kind: Box<ProblemKind>,
    /// The form field it belongs to, when the Studio has one for its path.
    pub field: Option<FieldId>,
}

impl Problem {
    /// Error or warning: the kind decides.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// Whether it stops `explainer check` (and the export).
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// What is wrong and what to try, in the Studio's words (the library's
    /// strings, as `explainer check` says it).
    pub fn text(&self) -> ProblemText {
        english().problem(&self.kind)
    }
}

/// The adapter: one library problem as the Studio's [`Problem`], still typed.
pub fn from_problem(problem: &library::Problem) -> Problem {
    Problem {
        path: problem.path.clone(),
        kind: Box::new(problem.kind.clone()),
        field: FieldId::from_path(&problem.path),
    }
}

/// The problem of a file larger than `explainer check` reads (the library's
/// own limit, [`news_explainer::model::limits::MAX_CONTENT_BYTES`]): such a
/// file is not opened at all, since no repair in the Studio would make it one
/// the check takes, and a text that size would freeze the repair box.
pub fn too_large(text: &str) -> Option<Problem> {
    validate::too_large(text).map(|problem| from_problem(&problem))
}

/// What the Studio says when it does not open a file (`problem`: why), and
/// that what is open stays as it was.
pub fn not_opened(problem: &Problem) -> String {
    let text = problem.text();
    let hint = text.hint.map(|hint| format!(" {hint}")).unwrap_or_default();
    format!(
        "The file was not opened. {}{hint} Nothing open here was changed.",
        text.message
    )
}

/// Parses an explainer file, or says why it is not one.
pub fn parse(json: &str) -> Result<Explainer, Problem> {
    Explainer::from_json(json).map_err(|problem| from_problem(&problem))
}

/// The outcome of checking a draft: the anchored explainer when it is valid, and
/// every problem (errors, then warnings).
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The validated, anchored explainer, when there are no errors.
    pub anchored: Option<AnchoredExplainer>,
    /// Every error, then every warning: passages quoted twice, TODOs left.
    pub problems: Vec<Problem>,
    /// True while a long draft is still to be checked
    /// ([`crate::hooks::use_checked`]): nothing above is known yet.
    pub checking: bool,
}

impl Checked {
    /// What is known of a long draft before its check has run: nothing.
    pub fn pending() -> Checked {
        Checked {
            anchored: None,
            problems: Vec::new(),
            checking: true,
        }
    }

    /// How many problems stop `explainer check`.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }
}

/// Validates and anchors a draft the way `explainer check` does: errors, then
/// warnings (a passage quoted twice, the TODOs).
pub fn check(explainer: &Explainer) -> Checked {
    let (validated, twins) = validate::checked(explainer.clone());
    let (anchored, mut problems) = match validated {
        Ok(anchored) => (Some(anchored), Vec::new()),
        Err(errors) => (None, errors.iter().map(from_problem).collect()),
    };
    problems.extend(twins.iter().map(from_problem));
    problems.extend(todos(explainer));
    Checked {
        anchored,
        problems,
        checking: false,
    }
}

/// Every text that still starts with `TODO`, as a warning with its path, as
/// `explainer check` warns about them.
pub fn todos(explainer: &Explainer) -> Vec<Problem> {
    validate::placeholders(explainer)
        .iter()
        .map(from_problem)
        .collect()
}

/// The problems of a draft by the form field each belongs to, so every field
/// can show its own beside it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldProblems {
    by_field: std::collections::HashMap<String, Vec<Problem>>,
}

impl FieldProblems {
    /// Sorts problems by their field's id; those with no field stay in the list only.
    pub fn new(problems: &[Problem]) -> FieldProblems {
        let mut by_field = std::collections::HashMap::<String, Vec<Problem>>::new();
        for problem in problems {
            if let Some(field) = problem.field {
                by_field
                    .entry(field.id())
                    .or_default()
                    .push(problem.clone());
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
        self.of(field).iter().any(Problem::is_error)
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
        assert!(matches!(
            *checked.problems[0].kind,
            ProblemKind::NotInSource { .. }
        ));
        assert!(checked.problems[0].text().hint.is_some());
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
        assert_eq!(checked.problems[0].severity(), Severity::Warning);
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
    fn a_file_over_the_checks_limit_is_refused_in_the_checks_words() {
        use news_explainer::model::limits::MAX_CONTENT_BYTES;
        assert_eq!(too_large(DEFAULT), None);
        let huge = " ".repeat(MAX_CONTENT_BYTES + 1);
        let problem = too_large(&huge).expect("refused");
        assert!(matches!(*problem.kind, ProblemKind::ContentTooLarge { .. }));
        let words = not_opened(&problem);
        assert!(words.starts_with("The file was not opened. "), "{words}");
        assert!(words.contains(&problem.text().message), "{words}");
    }

    #[test]
    fn a_file_that_is_not_an_explainer_says_where() {
        let problem = parse("{\"article\": 3}").unwrap_err();
        assert!(problem.path.contains("article"), "{problem:?}");
    }
}
