//! The explainer document as a newsroom writes it: the serde types of the JSON
//! content format.
//!
//! These types are deliberately permissive where a newsroom is likely to err
//! (statuses and references are plain strings here) so that [`super::validate`]
//! can report every mistake at once with its JSON path, instead of serde stopping
//! at the first one. The JSON Schema in `content/explainer.schema.json` is derived
//! from these types and kept in sync by a test.

use serde::{Deserialize, Serialize};

use super::problem::{Problem, ProblemKind};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// One explainer: an article, its verbatim source text, any later reports, the
/// people quoted, the quotes and a deal tracker.
///
/// The `article` and its `source` are the first report; `reports` adds the
/// later ones, in date order. A file with one report is written exactly as
/// before `reports` existed, so every older file stays valid unchanged, and a
/// quote, passage or history entry that names no report is in the first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Explainer {
    /// Where editors find the schema; ignored by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The article the explainer accompanies.
    pub article: Article,
    /// The article text, verbatim, in reading order.
    pub source: Vec<Section>,
    /// Later reports on the same story (follow-ups), in date order after the
    /// article, each with its own verbatim text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<Report>,
    /// Everyone who is quoted or is a party to a tracker item.
    pub people: Vec<Person>,
    /// Every direct quote, in article order.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = super::limits::MAX_QUOTES)))]
    pub quotes: Vec<Quote>,
    /// The negotiation items and where each stands.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = super::limits::MAX_TRACKER_ITEMS))
    )]
    pub tracker: Vec<DealItem>,
}

/// Bibliographic facts about the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The headline as published.
    pub headline: String,
    /// The standfirst: one or two sentences under the headline.
    pub dek: String,
    /// Where the story was reported from, e.g. "Anchorage, Alaska".
    pub dateline: String,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`).
    pub published: String,
    /// The publishing newsroom, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The article's canonical URL, if it has one yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// BCP 47 language tag of the text, e.g. "en" or "en-US".
    pub language: String,
    /// Present when the explainer is live coverage of an event that unfolds
    /// (a summit, a count, a trial): its page then declares itself a live
    /// blog to search engines, each report and status change an update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_coverage: Option<LiveCoverage>,
}

/// When live coverage runs: from `start` (the article's date without it) to
/// `end` (none while it goes on).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LiveCoverage {
    /// When the coverage began, ISO 8601 (`YYYY-MM-DD`); the article's
    /// `published` without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// When it ended, ISO 8601 (`YYYY-MM-DD`); leave it out while it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// A later report on the story: its own headline, date and verbatim text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// A slug that quotes, evidence and history entries name it by (`report`).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = super::limits::MAX_ID_LEN)))]
    pub id: String,
    /// The report's headline as published.
    pub headline: String,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`), not before the report before it.
    pub published: String,
    /// The publishing newsroom, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The report's canonical URL, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The report's text, verbatim, in reading order.
    pub source: Vec<Section>,
}

/// A run of the source text: an optional heading and its paragraphs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section heading, verbatim; the opening section usually has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// Paragraphs, verbatim.
    pub paragraphs: Vec<String>,
}

/// A person quoted in the article or party to a tracker item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// A slug: lowercase ASCII letters, digits and hyphens.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = super::limits::MAX_ID_LEN)))]
    pub id: String,
    /// Full name as the article gives it.
    pub name: String,
    /// Role or title, e.g. "President of Russia".
    pub role: String,
}

/// A direct quote: the exact words, who said them and why they matter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// A stable slug used in links (`#quote-<id>`): lowercase ASCII letters,
    /// digits and hyphens. Never change it once published.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = super::limits::MAX_ID_LEN)))]
    pub id: String,
    /// The id of a person in `people`.
    pub speaker: String,
    /// The quoted words exactly as they stand in the source. Typographic and
    /// straight quotes, apostrophes and runs of white space are treated alike.
    pub text: String,
    /// Text just before the quote, to tell repeats apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = super::limits::MAX_PREFIX_SUFFIX_CHARS))
    )]
    pub prefix: Option<String>,
    /// Text just after the quote, to tell repeats apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = super::limits::MAX_PREFIX_SUFFIX_CHARS))
    )]
    pub suffix: Option<String>,
    /// A short note on the quote's context and why it matters.
    pub context: String,
    /// BCP 47 tag of the language the quoted words stand in, when it is not the
    /// article's (a quote the article prints untranslated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// BCP 47 tag of the language the words were spoken in. When it differs from
    /// the language they stand in, the quote is a translation and the card says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken_in: Option<String>,
    /// The words as spoken, where the newsroom has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<OriginalWords>,
    /// Who translated the words (a person or an agency). Left out, a translated
    /// quote is the report's own translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translator: Option<String>,
    /// The id of the report the words are in; without it, the first (the article).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
}

/// A quote's words in the language they were spoken in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OriginalWords {
    /// The words as spoken. They are not looked for in the source: the source is
    /// the report, which prints the translation.
    pub text: String,
    /// BCP 47 tag of their language, e.g. "ru".
    pub language: String,
}

/// One item of the deal tracker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DealItem {
    /// A slug used in links (`#deal-<id>`).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = super::limits::MAX_ID_LEN)))]
    pub id: String,
    /// A short title, e.g. "Ukraine peace process".
    pub title: String,
    /// The current status: one of the status ids.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "super::Status"))]
    pub status: String,
    /// One line on where the item stands.
    pub summary: String,
    /// Ids of the people who are parties to it.
    #[serde(default)]
    pub parties: Vec<String>,
    /// What in the source supports the status: at least one entry.
    pub evidence: Vec<Evidence>,
    /// The status over time, oldest first; the last entry should match `status`.
    pub history: Vec<StatusChange>,
}

/// Support for a tracker item: a quote by id, or a verbatim passage of the source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(untagged)]
pub enum Evidence {
    /// A quote from `quotes`, by id.
    Quote {
        /// The id of a quote in `quotes`.
        quote: String,
    },
    /// A passage of the source text, located the same way quotes are.
    Passage {
        /// The passage exactly as it stands in the source.
        passage: String,
        /// Text just before the passage, to tell repeats apart.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(
            not(target_arch = "wasm32"),
            schemars(length(max = super::limits::MAX_PREFIX_SUFFIX_CHARS))
        )]
        prefix: Option<String>,
        /// Text just after the passage, to tell repeats apart.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(
            not(target_arch = "wasm32"),
            schemars(length(max = super::limits::MAX_PREFIX_SUFFIX_CHARS))
        )]
        suffix: Option<String>,
        /// The id of the report the passage is in; without it, the first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        report: Option<String>,
    },
}

/// One dated entry of a tracker item's status history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// When the status took effect, ISO 8601 (`YYYY-MM-DD`).
    pub date: String,
    /// The status from that date: one of the status ids.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "super::Status"))]
    pub status: String,
    /// What happened, in a sentence.
    pub note: String,
    /// The id of the report that tells of the change; without it, the newest
    /// report published on or before `date` (or the first). Its evidence in that
    /// report is what the timeline links to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
}

impl Evidence {
    /// The `report` a passage names; `None` for a quote (which names its own)
    /// and for a passage in the first report.
    pub fn report(&self) -> Option<&str> {
        match self {
            Evidence::Passage { report, .. } => report.as_deref(),
            Evidence::Quote { .. } => None,
        }
    }
}

impl Article {
    /// The text direction of the article's language: `"rtl"` for Arabic, Hebrew,
    /// Persian, Urdu and the other right-to-left scripts, else `"ltr"`.
    pub fn direction(&self) -> &'static str {
        const RIGHT_TO_LEFT: [&str; 12] = [
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi",
        ];
        let primary = self
            .language
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if RIGHT_TO_LEFT.contains(&primary.as_str()) {
            "rtl"
        } else {
            "ltr"
        }
    }
}

impl Explainer {
    /// Parses a content file. A structural error (not JSON, a wrong type, a
    /// missing field) is a problem at its JSON path, with the parser's line and
    /// column; semantic checks are [`super::validate`]'s.
    // A failed parse happens once per file and is reported, not passed around
    // in a loop: boxing the problem would buy nothing.
    #[allow(clippy::result_large_err)]
    pub fn from_json(json: &str) -> Result<Explainer, Problem> {
        // Editors on Windows save UTF-8 with a byte order mark; it is not an error.
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let deserializer = &mut serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(deserializer).map_err(|error| {
            // serde_path_to_error writes "?" for a place it could not name (the
            // file ended first); the path up to it is what an editor can use.
            let path = error.path().to_string().replace(".?", "");
            let inner = error.into_inner();
            let (reason, line, column) = (
                strip_position(&inner.to_string()).to_string(),
                inner.line(),
                inner.column(),
            );
            let kind = if inner.is_data() {
                ProblemKind::WrongShape {
                    reason,
                    line,
                    column,
                }
            } else {
                ProblemKind::InvalidJson {
                    reason,
                    line,
                    column,
                }
            };
            let path = if path == "." || path == "?" {
                "$".into()
            } else {
                format!("$.{path}")
            };
            Problem::new(kind, path)
        })
    }

    /// How many reports the explainer holds: the article and the later ones.
    pub fn report_count(&self) -> usize {
        1 + self.reports.len()
    }

    /// The `index`-th report's facts (0: the article), if there is one.
    pub fn report(&self, index: usize) -> Option<ReportFacts<'_>> {
        if index == 0 {
            let article = &self.article;
            return Some(ReportFacts {
                id: None,
                headline: &article.headline,
                published: &article.published,
                publisher: article.publisher.as_deref(),
                url: article.url.as_deref(),
                source: &self.source,
            });
        }
        self.reports.get(index - 1).map(|report| ReportFacts {
            id: Some(&report.id),
            headline: &report.headline,
            published: &report.published,
            publisher: report.publisher.as_deref(),
            url: report.url.as_deref(),
            source: &report.source,
        })
    }

    /// The index of the report a `report` field names: `None` (no field) is
    /// the first; an id no report has is `None`.
    pub fn report_index(&self, id: Option<&str>) -> Option<usize> {
        match id {
            None => Some(0),
            Some(id) => self
                .reports
                .iter()
                .position(|report| report.id == id)
                .map(|index| index + 1),
        }
    }

    /// The latest date the explainer speaks of: its newest report's or its
    /// newest status change's, whichever is later (dates are `YYYY-MM-DD`, so
    /// they order as text).
    pub fn last_updated(&self) -> &str {
        let reports = self.reports.iter().map(|report| report.published.as_str());
        let history = self
            .tracker
            .iter()
            .flat_map(|deal| deal.history.iter().map(|change| change.date.as_str()));
        std::iter::once(self.article.published.as_str())
            .chain(reports)
            .chain(history)
            .max()
            .unwrap_or_default()
    }

    /// Looks a person up by id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|person| person.id == id)
    }
}

/// One report's facts, the first (the article) and the later ones alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportFacts<'a> {
    /// The report's id; `None` for the first, which is named by leaving `report` out.
    pub id: Option<&'a str>,
    /// Its headline.
    pub headline: &'a str,
    /// Its date, `YYYY-MM-DD`.
    pub published: &'a str,
    /// Its publisher, if given.
    pub publisher: Option<&'a str>,
    /// Its URL, if given.
    pub url: Option<&'a str>,
    /// Its verbatim text.
    pub source: &'a [Section],
}

/// serde_json appends " at line L column C" to its messages; the diagnostic says
/// that once, in its own words.
fn strip_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
        "article": {"headline": "H", "dek": "D", "dateline": "X", "published": "2025-08-15", "language": "en"},
        "source": [{"paragraphs": ["He said “hello there” twice."]}],
        "people": [{"id": "a", "name": "A", "role": "R"}],
        "quotes": [{"id": "hello", "speaker": "a", "text": "hello there", "context": "C"}],
        "tracker": [{"id": "t", "title": "T", "status": "agreed", "summary": "S",
                     "evidence": [{"quote": "hello"}, {"passage": "said"}],
                     "history": [{"date": "2025-08-15", "status": "agreed", "note": "N"}]}]
    }"#;

    #[test]
    fn parses_a_minimal_explainer() {
        let explainer = Explainer::from_json(MINIMAL).unwrap();
        assert_eq!(explainer.article.headline, "H");
        assert_eq!(explainer.quotes[0].text, "hello there");
        assert_eq!(
            explainer.tracker[0].evidence,
            vec![
                Evidence::Quote {
                    quote: "hello".into()
                },
                Evidence::Passage {
                    passage: "said".into(),
                    prefix: None,
                    suffix: None,
                    report: None
                }
            ]
        );
        assert_eq!(explainer.person("a").unwrap().name, "A");
        assert!(explainer.person("b").is_none());
    }

    /// The problem's message, as the error box and `explainer check` show it.
    fn message(problem: &Problem) -> String {
        crate::strings::english().problem(&problem.kind).message
    }

    #[test]
    fn a_type_error_names_its_path_and_position() {
        let broken = MINIMAL.replace(r#""speaker": "a""#, r#""speaker": 7"#);
        let problem = Explainer::from_json(&broken).unwrap_err();
        assert_eq!(problem.path, "$.quotes[0].speaker");
        assert!(matches!(
            problem.kind,
            ProblemKind::WrongShape { line: 5, .. }
        ));
        let message = message(&problem);
        assert!(message.contains("invalid type"), "{message}");
        assert!(message.contains("line 5, column"), "{message}");
    }

    #[test]
    fn a_missing_field_names_its_parent() {
        let broken = MINIMAL.replace(r#""context": "C""#, r#""note": "C""#);
        let problem = Explainer::from_json(&broken).unwrap_err();
        assert!(problem.path.starts_with("$.quotes[0]"), "{}", problem.path);
        assert_eq!(problem.kind.name(), "wrong_shape");
        assert!(message(&problem).contains("note"), "{}", message(&problem));
    }

    #[test]
    fn invalid_json_is_a_problem_not_a_panic() {
        let problem = Explainer::from_json("{ not json").unwrap_err();
        assert_eq!(problem.path, "$");
        assert_eq!(problem.kind.name(), "invalid_json");
        assert!(message(&problem).contains("line 1"));
    }

    #[test]
    fn the_direction_follows_the_language() {
        let mut explainer = Explainer::from_json(MINIMAL).unwrap();
        assert_eq!(explainer.article.direction(), "ltr");
        for rtl in ["ar", "he-IL", "fa", "UR"] {
            explainer.article.language = rtl.into();
            assert_eq!(explainer.article.direction(), "rtl", "{rtl}");
        }
    }

    #[test]
    fn round_trips_through_json() {
        let explainer = Explainer::from_json(MINIMAL).unwrap();
        let json = serde_json::to_string(&explainer).unwrap();
        assert_eq!(Explainer::from_json(&json).unwrap(), explainer);
    }
}
