//! A problem in a content file, as a typed value: what is wrong (its
//! [`ProblemKind`], with the data each kind needs), where it is as a JSON path,
//! and where that path sits in the file's text.
//!
//! Validation produces problems; the widget's error box, `explainer check` (its
//! human and `--json` output) and the Studio all read the same value, so none of
//! them has to recognise a problem by its wording, re-parse the file to place it
//! or search the source again for what the validator already found. The words are
//! rendered from the kind in one place, [`crate::strings::Strings::problem`], so
//! they can be translated.

use std::ops::Range;

use serde::Serialize;

use super::json_path;

/// How many places a repeated quote lists before "and N more": enough to find
/// them, and bounded however often the words occur (issue #17: a quote of one
/// letter occurring 8,000 times once printed 128 MB).
pub const PLACES_SHOWN: usize = super::anchor::PLACES_KEPT;

/// How many known ids a dangling reference lists before "and N more".
pub const IDS_SHOWN: usize = 20;

/// The longest excerpt of the source a problem quotes around an occurrence, in
/// bytes of UTF-8 (not counting the "…" where it was cut).
pub const EXCERPT_BYTES: usize = 160;

/// One problem in a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong, with what it takes to say so.
    pub kind: ProblemKind,
    /// Where it is, as a JSON path: `$.quotes[3].text`.
    pub path: String,
    /// Its bytes in the file's text: the value at the path, the deepest part of
    /// the path the file has (the object that lacks a field), or where the JSON
    /// parser stopped. `None` until [`place`] has run: the reader's
    /// [`super::validate::load`] leaves it out, [`super::validate::review`]
    /// places every problem.
    pub span: Option<Range<usize>>,
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file is invalid: the widget refuses it.
    Error,
    /// Valid, but not ready to publish (a `TODO` placeholder is left, a
    /// passage is quoted twice).
    Warning,
}

/// What is wrong. Each kind carries the data its message and any tool need: the
/// closest passage of a misquote, the places of a repeated quote, the ids a
/// dangling reference could have meant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not JSON (a syntax error, or it ends too soon). `reason` is
    /// the JSON parser's own explanation, in English.
    InvalidJson {
        /// What the parser found.
        reason: String,
        /// 1-based line where the parser stopped.
        line: usize,
        /// 1-based column (in bytes) where the parser stopped.
        column: usize,
    },
    /// JSON, but not shaped like an explainer: a wrong type, a missing or unknown
    /// field.
    WrongShape {
        /// What the parser found.
        reason: String,
        /// 1-based line where the parser stopped.
        line: usize,
        /// 1-based column (in bytes) where the parser stopped.
        column: usize,
    },
    /// A required text field is empty.
    EmptyField {
        /// The field's name.
        field: &'static str,
    },
    /// A list that needs at least one item has none.
    EmptyList {
        /// What the list holds.
        item: ListItem,
    },
    /// A paragraph of the source is empty.
    EmptyParagraph,
    /// A date is not `YYYY-MM-DD`, or no such day exists.
    NotADate {
        /// The date as written.
        value: String,
    },
    /// A language (the article's, or a quote's) is not a well-formed BCP 47 tag.
    NotALanguageTag {
        /// The tag as written.
        value: String,
    },
    /// The article's URL is not an absolute http(s) URL.
    NotAnAbsoluteUrl {
        /// The URL as written.
        value: String,
    },
    /// An id is not a slug.
    NotASlug {
        /// The id as written.
        id: String,
    },
    /// An id is longer than [`super::limits::MAX_ID_LEN`] characters.
    IdTooLong {
        /// The id's first characters (the whole of a long id would only
        /// repeat itself in every message).
        start: String,
        /// Its length, in characters.
        length: usize,
    },
    /// An id would give one of the widget's elements the same element id as
    /// another ([`crate::ids::ElementId`]): two elements with one `id`, and links
    /// that lead to the wrong one.
    IdClash {
        /// The id.
        id: String,
        /// The element id both would have.
        element: String,
        /// The JSON path of the item that has that element id first; `None` when
        /// it is one of the widget's own (`source`, `tab-quotes`, …).
        other: Option<String>,
    },
    /// An id is used twice in one list.
    DuplicateId {
        /// The id.
        id: String,
        /// The JSON path of the item that uses it first.
        first: String,
    },
    /// A status is not one of the vocabulary ([`super::Status::ALL`]).
    UnknownStatus {
        /// The status as written.
        value: String,
    },
    /// A reference to a person or quote that does not exist.
    UnknownReference {
        /// What the reference should name.
        referent: Referent,
        /// The id as written.
        id: String,
        /// The ids that do exist, sorted (the first [`IDS_SHOWN`]).
        known: Listing,
    },
    /// A quote's text or an evidence passage is empty.
    NoText {
        /// Which quote or passage.
        subject: Subject,
    },
    /// A quote's text or an evidence passage is not in the source.
    NotInSource {
        /// Which quote or passage.
        subject: Subject,
        /// Its text, as written.
        text: String,
        /// The most similar passage of the source, verbatim, if the source has
        /// any words at all.
        closest: Option<String>,
        /// True when the search for `closest` hit its work limit
        /// ([`super::anchor::CLOSEST_SEARCH_WORK`]: a long quote against a long
        /// source, or many misquotes): `closest` is then the best of the
        /// passages sharing the most words, or `None` if none was looked for.
        bounded: bool,
    },
    /// The words occur more than once, and nothing says which place is meant.
    Ambiguous {
        /// Which quote or passage.
        subject: Subject,
        /// Its text, normalized as matching reads it.
        text: String,
        /// The sentences where it occurs.
        places: Listing,
    },
    /// The words occur, but never with the given prefix and suffix.
    ContextMismatch {
        /// Which quote or passage.
        subject: Subject,
        /// The sentences where the words do occur.
        places: Listing,
    },
    /// A quote's original words are tagged with another language than the one
    /// its `spoken_in` says the words were spoken in.
    OriginalLanguageDiffers {
        /// The quote's `spoken_in`.
        spoken_in: String,
        /// The original's `language`.
        original: String,
    },
    /// A quote names a translator or gives original words, but its words stand
    /// in the language they were spoken in: there is no translation.
    NotATranslation {
        /// The field that implies a translation: `translator` or `original`.
        field: &'static str,
        /// The language the words stand in and were spoken in.
        language: String,
    },
    /// A tracker item's history is not in date order.
    HistoryOutOfOrder,
    /// A tracker item's status is not the one its latest history entry gives.
    StatusDisagreesWithHistory {
        /// The item's status.
        status: String,
        /// The latest history entry's status.
        latest: String,
    },
    /// A later report is dated before the report before it (reports are in
    /// date order, the article first).
    ReportOutOfOrder {
        /// The report's date.
        published: String,
        /// The date of the report before it.
        previous: String,
    },
    /// Live coverage ends before it starts (its `start`, or the article's
    /// date).
    CoverageEndsBeforeStart {
        /// The coverage's end.
        end: String,
        /// When it starts.
        start: String,
    },
    /// A history entry is dated before the report it names: a report cannot
    /// tell of a change before it was published.
    HistoryBeforeReport {
        /// The entry's date.
        date: String,
        /// The report's id.
        report: String,
        /// The report's date.
        published: String,
    },
    /// A quote whose words anchor on the very place an earlier quote's do, by
    /// the same speaker: readers get two cards of one passage (a warning).
    DuplicateQuote {
        /// The quote's id.
        id: String,
        /// The id of the first quote of that place.
        first: String,
    },
    /// A quote whose words anchor on the very place an earlier quote's do, but
    /// given to another speaker: one of them is a misattribution.
    ConflictingSpeakers {
        /// The quote's id.
        id: String,
        /// The speaker it names.
        speaker: String,
        /// The id of the first quote of that place.
        first: String,
        /// The speaker the first quote names.
        first_speaker: String,
    },
    /// A `TODO` placeholder (as `explainer new` writes them) is left in.
    Placeholder {
        /// The placeholder's text.
        text: String,
    },

    // Limits (issue #17, "Small files, big costs"): sizes past which a file
    // is refused, so no file, however made, makes validation or a reader's
    // page slow or large. The bounds are in `super::validate`.
    /// The file is larger than [`super::limits::MAX_CONTENT_BYTES`].
    ContentTooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The most allowed.
        limit: usize,
    },
    /// More quotes than [`super::limits::MAX_QUOTES`].
    TooManyQuotes {
        /// How many quotes the file has.
        count: usize,
        /// The most allowed.
        limit: usize,
    },
    /// Words found at more places than the file's comparisons have left
    /// ([`super::anchor::MATCH_WORK`] for all its quotes and passages).
    TooManyPlaces {
        /// The quote or passage.
        subject: Subject,
        /// The most places compared in a file.
        limit: usize,
    },
    /// More tracker items than [`super::limits::MAX_TRACKER_ITEMS`].
    TooManyTrackerItems {
        /// How many the file has.
        count: usize,
        /// The most allowed.
        limit: usize,
    },
    /// A `prefix` or `suffix` longer than
    /// [`super::limits::MAX_PREFIX_SUFFIX_CHARS`] characters.
    PrefixOrSuffixTooLong {
        /// `prefix` or `suffix`.
        field: &'static str,
        /// Its length in characters.
        chars: usize,
        /// The most allowed.
        limit: usize,
    },

    // Invisible characters (issue #32): what would let a reader see a checked
    // quote in another word order, or carry control codes into pages.
    /// A bidirectional formatting character ([`super::bidi::is_bidi_control`])
    /// in the words, `prefix` or `suffix` of a quote or passage: on screen it
    /// can show the words in another order than the one checked.
    BidiControlInQuote {
        /// The quote or passage.
        subject: Subject,
        /// `text`, `passage`, `prefix` or `suffix`.
        field: &'static str,
        /// The first such character.
        character: char,
        /// Its place in the field, in characters from 1.
        at: usize,
    },
    /// A control or format character ([`super::bidi::is_hidden_control`]:
    /// ESC, NUL, a zero-width space…) in the words, `prefix` or `suffix` of a
    /// quote or passage: invisible to the editor who approves it.
    HiddenCharacterInQuote {
        /// The quote or passage.
        subject: Subject,
        /// `text`, `passage`, `prefix` or `suffix`.
        field: &'static str,
        /// The first such character.
        character: char,
        /// Its place in the field, in characters from 1.
        at: usize,
    },
    /// A bidirectional formatting character in the article's or a report's
    /// text (a warning: it is the newsroom's own text, and quotes that cover
    /// it are shown in the article's direction).
    BidiControlInText {
        /// The first such character.
        character: char,
        /// Its place in the heading or paragraph, in characters from 1.
        at: usize,
        /// The words around it, the character shown as its code.
        excerpt: String,
    },
}

/// What a list that must not be empty holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListItem {
    /// `source`: sections.
    Section,
    /// A section's paragraphs.
    Paragraph,
    /// A tracker item's evidence.
    Evidence,
    /// A tracker item's history.
    HistoryEntry,
}

/// What a reference names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referent {
    /// A person, by id (a speaker, a party).
    Person,
    /// A quote, by id (a tracker item's evidence).
    Quote,
    /// A later report, by id (a quote's, a passage's or a history entry's `report`).
    Report,
}

/// Which text failed to anchor in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A quote, by id.
    Quote {
        /// The quote's id.
        id: String,
    },
    /// A passage of a tracker item's evidence.
    Evidence {
        /// The tracker item's id.
        deal: String,
        /// The passage's index in the item's evidence.
        index: usize,
    },
}

/// The first few of a list that may be long, and how many more there are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// The items shown.
    pub shown: Vec<String>,
    /// How many are left out.
    pub more: usize,
}

impl Listing {
    /// The first `limit` items, counting the rest without keeping them.
    pub fn first(limit: usize, items: impl IntoIterator<Item = String>) -> Listing {
        let mut listing = Listing::default();
        for item in items {
            if listing.shown.len() < limit {
                listing.shown.push(item);
            } else {
                listing.more += 1;
            }
        }
        listing
    }

    /// Every item, shown or not.
    pub fn total(&self) -> usize {
        self.shown.len() + self.more
    }
}

impl ProblemKind {
    /// A stable snake_case name for tools (`explainer check --json` prints it as
    /// `kind`): it never changes with the wording or the language.
    pub fn name(&self) -> &'static str {
        match self {
            ProblemKind::InvalidJson { .. } => "invalid_json",
            ProblemKind::WrongShape { .. } => "wrong_shape",
            ProblemKind::EmptyField { .. } => "empty_field",
            ProblemKind::EmptyList { .. } => "empty_list",
            ProblemKind::EmptyParagraph => "empty_paragraph",
            ProblemKind::NotADate { .. } => "not_a_date",
            ProblemKind::NotALanguageTag { .. } => "not_a_language_tag",
            ProblemKind::NotAnAbsoluteUrl { .. } => "not_an_absolute_url",
            ProblemKind::NotASlug { .. } => "not_a_slug",
            ProblemKind::IdTooLong { .. } => "id_too_long",
            ProblemKind::IdClash { .. } => "id_clash",
            ProblemKind::DuplicateId { .. } => "duplicate_id",
            ProblemKind::UnknownStatus { .. } => "unknown_status",
            ProblemKind::UnknownReference { .. } => "unknown_reference",
            ProblemKind::NoText { .. } => "no_text",
            ProblemKind::NotInSource { .. } => "not_in_source",
            ProblemKind::Ambiguous { .. } => "ambiguous",
            ProblemKind::ContextMismatch { .. } => "context_mismatch",
            ProblemKind::OriginalLanguageDiffers { .. } => "original_language_differs",
            ProblemKind::NotATranslation { .. } => "not_a_translation",
            ProblemKind::HistoryOutOfOrder => "history_out_of_order",
            ProblemKind::StatusDisagreesWithHistory { .. } => "status_disagrees_with_history",
            ProblemKind::ReportOutOfOrder { .. } => "report_out_of_order",
            ProblemKind::HistoryBeforeReport { .. } => "history_before_report",
            ProblemKind::CoverageEndsBeforeStart { .. } => "coverage_ends_before_start",
            ProblemKind::DuplicateQuote { .. } => "duplicate_quote",
            ProblemKind::ConflictingSpeakers { .. } => "conflicting_speakers",
            ProblemKind::Placeholder { .. } => "placeholder",
            ProblemKind::ContentTooLarge { .. } => "content_too_large",
            ProblemKind::TooManyQuotes { .. } => "too_many_quotes",
            ProblemKind::PrefixOrSuffixTooLong { .. } => "prefix_or_suffix_too_long",
            ProblemKind::TooManyPlaces { .. } => "too_many_places",
            ProblemKind::TooManyTrackerItems { .. } => "too_many_tracker_items",
            ProblemKind::BidiControlInQuote { .. } => "bidi_control_in_quote",
            ProblemKind::HiddenCharacterInQuote { .. } => "hidden_character_in_quote",
            ProblemKind::BidiControlInText { .. } => "bidi_control_in_text",
        }
    }

    /// Whether the problem makes the file invalid.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::Placeholder { .. }
            | ProblemKind::DuplicateQuote { .. }
            | ProblemKind::BidiControlInText { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// Where the JSON parser stopped, for a file that is not JSON or not an
    /// explainer: 1-based line and byte column.
    fn parser_position(&self) -> Option<(usize, usize)> {
        match self {
            ProblemKind::InvalidJson { line, column, .. }
            | ProblemKind::WrongShape { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

impl Problem {
    /// A problem at `path`, not yet placed in the text.
    pub fn new(kind: ProblemKind, path: impl Into<String>) -> Problem {
        Problem {
            kind,
            path: path.into(),
            span: None,
        }
    }

    /// 1-based line and column (in characters) of the problem in `json`, the
    /// text it was found in.
    pub fn line_column(&self, json: &str) -> Option<(usize, usize)> {
        let span = self.span.as_ref()?;
        Some(json_path::line_column(json, span.start))
    }
}

/// Places every problem in `json`, the text they were found in: one pass over
/// the text for all of them. Called only when there are problems, so a valid
/// file pays nothing for it, and only by tools, so the reader's Wasm does not
/// carry the scanner.
pub fn place(json: &str, problems: &mut [Problem]) {
    // Parsing skips a byte order mark, so positions count from after it.
    let bom = if json.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let text = &json[bom..];
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    let located = json_path::locate_all(text, &paths);
    for (problem, found) in problems.iter_mut().zip(located) {
        let span = match problem.kind.parser_position() {
            Some((line, column)) => {
                let stopped = json_path::offset_of_byte_column(text, line, column);
                // The value itself when the parser stopped inside it on one line
                // (a wrong type: underline the whole value); else the parser's
                // position, which is more precise than a long value's start.
                match found {
                    Some(found)
                        if found.exact
                            && !text[found.start..found.end].contains('\n')
                            && (found.start..=found.end).contains(&stopped) =>
                    {
                        found.start..found.end
                    }
                    _ => {
                        stopped..stopped + text[stopped..].chars().next().map_or(0, char::len_utf8)
                    }
                }
            }
            None => match found {
                Some(found) => found.start..found.end,
                None => 0..text.chars().next().map_or(0, char::len_utf8),
            },
        };
        problem.span = Some(span.start + bom..span.end + bom);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listings_keep_a_few_and_count_the_rest() {
        let listing = Listing::first(3, (0..8_000).map(|i| i.to_string()));
        assert_eq!(listing.shown, ["0", "1", "2"]);
        assert_eq!(listing.more, 7_997);
        assert_eq!(listing.total(), 8_000);
        let short = Listing::first(3, ["a".to_string()]);
        assert_eq!((short.shown.len(), short.more), (1, 0));
    }

    #[test]
    fn placeholders_and_twin_quotes_are_warnings_conflicting_speakers_an_error() {
        let placeholder = ProblemKind::Placeholder {
            text: "TODO".into(),
        };
        assert_eq!(placeholder.severity(), Severity::Warning);
        let twin = ProblemKind::DuplicateQuote {
            id: "a-2".into(),
            first: "a".into(),
        };
        assert_eq!(twin.severity(), Severity::Warning);
        let conflict = ProblemKind::ConflictingSpeakers {
            id: "a-2".into(),
            speaker: "q".into(),
            first: "a".into(),
            first_speaker: "p".into(),
        };
        assert_eq!(conflict.severity(), Severity::Error);
        assert_eq!(ProblemKind::HistoryOutOfOrder.severity(), Severity::Error);
    }

    #[test]
    fn kind_names_are_distinct_snake_case() {
        let subject = Subject::Quote { id: "q".into() };
        let kinds = [
            ProblemKind::InvalidJson {
                reason: String::new(),
                line: 1,
                column: 1,
            },
            ProblemKind::WrongShape {
                reason: String::new(),
                line: 1,
                column: 1,
            },
            ProblemKind::EmptyField { field: "dek" },
            ProblemKind::EmptyList {
                item: ListItem::Section,
            },
            ProblemKind::EmptyParagraph,
            ProblemKind::NotADate {
                value: String::new(),
            },
            ProblemKind::NotALanguageTag {
                value: String::new(),
            },
            ProblemKind::NotAnAbsoluteUrl {
                value: String::new(),
            },
            ProblemKind::NotASlug { id: String::new() },
            ProblemKind::IdTooLong {
                start: String::new(),
                length: 0,
            },
            ProblemKind::IdClash {
                id: String::new(),
                element: String::new(),
                other: None,
            },
            ProblemKind::DuplicateId {
                id: String::new(),
                first: String::new(),
            },
            ProblemKind::UnknownStatus {
                value: String::new(),
            },
            ProblemKind::UnknownReference {
                referent: Referent::Quote,
                id: String::new(),
                known: Listing::default(),
            },
            ProblemKind::NoText {
                subject: subject.clone(),
            },
            ProblemKind::NotInSource {
                subject: subject.clone(),
                text: String::new(),
                closest: None,
                bounded: false,
            },
            ProblemKind::Ambiguous {
                subject: subject.clone(),
                text: String::new(),
                places: Listing::default(),
            },
            ProblemKind::ContextMismatch {
                subject,
                places: Listing::default(),
            },
            ProblemKind::HistoryOutOfOrder,
            ProblemKind::StatusDisagreesWithHistory {
                status: String::new(),
                latest: String::new(),
            },
            ProblemKind::ReportOutOfOrder {
                published: String::new(),
                previous: String::new(),
            },
            ProblemKind::CoverageEndsBeforeStart {
                end: String::new(),
                start: String::new(),
            },
            ProblemKind::HistoryBeforeReport {
                date: String::new(),
                report: String::new(),
                published: String::new(),
            },
            ProblemKind::DuplicateQuote {
                id: String::new(),
                first: String::new(),
            },
            ProblemKind::ConflictingSpeakers {
                id: String::new(),
                speaker: String::new(),
                first: String::new(),
                first_speaker: String::new(),
            },
            ProblemKind::Placeholder {
                text: String::new(),
            },
            ProblemKind::ContentTooLarge { bytes: 0, limit: 0 },
            ProblemKind::TooManyQuotes { count: 0, limit: 0 },
            ProblemKind::PrefixOrSuffixTooLong {
                field: "prefix",
                chars: 0,
                limit: 0,
            },
            ProblemKind::TooManyPlaces {
                subject: Subject::Quote { id: String::new() },
                limit: 0,
            },
            ProblemKind::TooManyTrackerItems { count: 0, limit: 0 },
            ProblemKind::BidiControlInQuote {
                subject: Subject::Quote { id: String::new() },
                field: "text",
                character: '\u{200F}',
                at: 1,
            },
            ProblemKind::HiddenCharacterInQuote {
                subject: Subject::Quote { id: String::new() },
                field: "text",
                character: '\u{1B}',
                at: 1,
            },
            ProblemKind::BidiControlInText {
                character: '\u{200F}',
                at: 1,
                excerpt: String::new(),
            },
        ];
        let mut names: Vec<&str> = kinds.iter().map(ProblemKind::name).collect();
        for name in &names {
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{name}"
            );
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), kinds.len());
    }

    #[test]
    fn problems_are_placed_at_their_values() {
        let json = "\u{feff}{\n  \"quotes\": [{\"id\": \"Bad Id\"}],\n  \"article\": {}\n}";
        let mut problems = vec![
            Problem::new(
                ProblemKind::NotASlug {
                    id: "Bad Id".into(),
                },
                "$.quotes[0].id",
            ),
            Problem::new(ProblemKind::EmptyField { field: "dek" }, "$.article.dek"),
        ];
        place(json, &mut problems);
        let spans: Vec<&str> = problems
            .iter()
            .map(|p| &json[p.span.clone().unwrap()])
            .collect();
        // The missing field falls back to the object that lacks it.
        assert_eq!(spans, ["\"Bad Id\"", "{}"]);
        assert_eq!(problems[0].line_column(json), Some((2, 21)));
    }

    #[test]
    fn a_parser_error_is_placed_where_the_parser_stopped() {
        let json = "{\n  \"article\": {\n    \"headline\": \"H\",\n  }\n}";
        let kind = ProblemKind::InvalidJson {
            reason: "trailing comma".into(),
            line: 4,
            column: 3,
        };
        let mut problems = vec![Problem::new(kind, "$.article")];
        place(json, &mut problems);
        assert_eq!(problems[0].line_column(json), Some((4, 3)));
        assert_eq!(&json[problems[0].span.clone().unwrap()], "}");
    }

    #[test]
    fn a_wrong_type_underlines_the_whole_value() {
        let json = "{\"quotes\": [{\"speaker\": 7123}]}";
        let kind = ProblemKind::WrongShape {
            reason: "invalid type".into(),
            line: 1,
            column: 28,
        };
        let mut problems = vec![Problem::new(kind, "$.quotes[0].speaker")];
        place(json, &mut problems);
        assert_eq!(&json[problems[0].span.clone().unwrap()], "7123");
    }

    #[test]
    fn display_gives_path_message_and_hint() {
        let problem = Problem::new(
            ProblemKind::NotInSource {
                subject: Subject::Quote { id: "q".into() },
                text: "worst".into(),
                closest: Some("lowest".into()),
                bounded: false,
            },
            "$.quotes[0].text",
        );
        assert_eq!(
            problem.to_string(),
            "$.quotes[0].text: Quote “q” is not in the source text: “worst”.\n  Closest passage in the source: “lowest”."
        );
    }
}
