//! Validation: every check a content file must pass, reported all at once.
//!
//! A newsroom fixing an explainer should see every problem in one pass, each with
//! the JSON path it sits at, rather than fix-run-fix. Validation and anchoring
//! happen together because a quote that cannot be anchored is a content error
//! like any other; what passes comes out as an [`AnchoredExplainer`] whose quotes
//! and evidence are already located in the source, so views never search text.
//! What fails comes out as typed [`Problem`]s, placed in the file's text.

mod element_ids;
mod invisible;
mod reports;
mod tracker;
mod twins;

use std::collections::HashMap;

use super::anchor::{
    normalize, AnchorError, MatchBudget, SourceText, Span, TextQuoteSelector, MATCH_WORK,
};
use super::anchored::{AnchoredExplainer, AnchoredQuote};
use super::explainer::{Evidence, Explainer, LiveCoverage, Quote, Section};
use super::language::{is_language_tag, primary_language};
use super::limits::{MAX_CONTENT_BYTES, MAX_PREFIX_SUFFIX_CHARS, MAX_QUOTES, MAX_TRACKER_ITEMS};
use super::problem::{
    self, ListItem, Listing, Problem, ProblemKind, Referent, Severity, Subject, EXCERPT_BYTES,
    IDS_SHOWN, PLACES_SHOWN,
};
use super::status::Status;
use super::web_address::is_web_address;
use reports::{anchor_in_reports, joined_source, reports_of_span};

/// The problem of a file over [`MAX_CONTENT_BYTES`], checked before parsing:
/// by [`load`] and [`review`], and by the Studio before it opens a file, so a
/// file `explainer check` refuses never opens there as ready to export.
pub fn too_large(json: &str) -> Option<Problem> {
    (json.len() > MAX_CONTENT_BYTES).then(|| {
        Problem::new(
            ProblemKind::ContentTooLarge {
                bytes: json.len(),
                limit: MAX_CONTENT_BYTES,
            },
            "$",
        )
    })
}

/// Parses, validates and anchors a content file; on failure, every problem.
///
/// This is the reader's path, so the problems are left unplaced (no span): the
/// widget's error box shows paths, not positions, and the scanner that places
/// them would cost every reader's Wasm for nothing. Tools that show positions
/// use [`review`], or [`problem::place`] on these.
pub fn load(json: &str) -> Result<AnchoredExplainer, Vec<Problem>> {
    if let Some(problem) = too_large(json) {
        return Err(vec![problem]);
    }
    Explainer::from_json(json)
        .map_err(|problem| vec![problem])
        .and_then(validate)
}

/// What `explainer check` and the Studio report on a content file.
#[derive(Clone, Debug)]
pub struct Review {
    /// The explainer, when it is valid.
    pub anchored: Option<AnchoredExplainer>,
    /// Errors in the order validation finds them, then warnings in file order;
    /// every one placed in the text.
    pub problems: Vec<Problem>,
}

/// [`load`] for tools (`explainer check`, the Studio): every problem placed in
/// `json`, plus the warnings of a file that parses: what is valid but not ready
/// to publish ([`placeholders`]).
pub fn review(json: &str) -> Review {
    if let Some(problem) = too_large(json) {
        // Not placed: its place is the whole file, and scanning a file this
        // size to say so is what the limit saves.
        let problem = Problem {
            span: Some(0..json.chars().next().map_or(0, char::len_utf8)),
            ..problem
        };
        return Review {
            anchored: None,
            problems: vec![problem],
        };
    }
    let (anchored, mut problems) = match Explainer::from_json(json) {
        Err(problem) => (None, vec![problem]),
        Ok(explainer) => {
            let mut warnings = placeholders(&explainer);
            let (validated, twins) = checked(explainer);
            warnings.extend(twins);
            match validated {
                Ok(anchored) => (Some(anchored), warnings),
                Err(mut errors) => {
                    errors.extend(warnings);
                    (None, errors)
                }
            }
        }
    };
    if !problems.is_empty() {
        problem::place(json, &mut problems);
    }
    let first_warning = problems
        .iter()
        .position(|p| p.kind.severity() == Severity::Warning)
        .unwrap_or(problems.len());
    problems[first_warning..].sort_by_key(|p| p.span.as_ref().map_or(0, |span| span.start));
    Review { anchored, problems }
}

/// Every text that starts with "TODO" (what `explainer new` leaves for an editor
/// to fill in), as a warning at its path, in no particular order.
pub fn placeholders(explainer: &Explainer) -> Vec<Problem> {
    let mut found = Vec::new();
    // Serialized, the explainer has the file's own field names; its depth is the
    // schema's (a handful of levels), so walking it recursively is safe.
    if let Ok(value) = serde_json::to_value(explainer) {
        collect_placeholders(&value, "$".into(), &mut found);
    }
    found
}

fn collect_placeholders(value: &serde_json::Value, path: String, out: &mut Vec<Problem>) {
    match value {
        serde_json::Value::String(text) if text.trim_start().starts_with("TODO") => {
            out.push(Problem::new(
                ProblemKind::Placeholder { text: text.clone() },
                path,
            ));
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_placeholders(item, format!("{path}[{index}]"), out);
            }
        }
        serde_json::Value::Object(members) => {
            for (key, member) in members {
                collect_placeholders(member, format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

/// Validates and anchors a parsed explainer, reporting every problem at once
/// (not placed in any text: see [`review`]).
pub fn validate(explainer: Explainer) -> Result<AnchoredExplainer, Vec<Problem>> {
    checked(explainer).0
}

/// The outcome of [`validate`], and the warnings only a walk of the text can
/// find: a passage quoted twice by one speaker
/// ([`ProblemKind::DuplicateQuote`]), a bidi control in the article's text
/// ([`ProblemKind::BidiControlInText`]), not placed in any text. The `TODO`s are [`placeholders`]' to find.
pub type Checked = (Result<AnchoredExplainer, Vec<Problem>>, Vec<Problem>);

/// [`validate`], with the warnings only anchoring can find (see [`Checked`]):
/// for the Studio, which lists warnings as `explainer check` does.
pub fn checked(explainer: Explainer) -> Checked {
    checked_within(explainer, &mut MatchBudget::default())
}

/// [`checked`], anchoring within `budget`, which says afterwards how many
/// places were compared: the work counter of the bounded-work tests.
pub fn checked_within(explainer: Explainer, budget: &mut MatchBudget) -> Checked {
    let mut checker = Checker::default();
    checker.article(&explainer);
    checker.source("$.source", &explainer.source);
    let report_ids = checker.unique_ids("reports", explainer.reports.iter().map(|r| r.id.as_str()));
    checker.reports(&explainer);
    let (source, reports) = joined_source(&explainer);

    let people = checker.unique_ids("people", explainer.people.iter().map(|p| p.id.as_str()));
    for (index, person) in explainer.people.iter().enumerate() {
        let path = format!("$.people[{index}]");
        checker.required(&path, "name", &person.name);
        checker.required(&path, "role", &person.role);
    }

    // Every quote and passage is anchored in one pass over its report's text,
    // not one pass each (issue #7); the walk below takes the outcomes in the
    // same order, quotes first, then the tracker's passages item by item.
    // Each `report` is looked up in a map, as `Explainer::report_index` would
    // find it (the first report with the id), not by a walk of the reports per
    // quote: 10,000 reports with a quote each were 10^8 comparisons (issue #32).
    let mut report_positions: HashMap<&str, usize> = HashMap::new();
    for (index, report) in explainer.reports.iter().enumerate() {
        report_positions
            .entry(report.id.as_str())
            .or_insert(index + 1);
    }
    let report_index = |id: Option<&str>| match id {
        None => Some(0),
        Some(id) => report_positions.get(id).copied(),
    };
    let mut selectors: Vec<(Option<usize>, TextQuoteSelector<'_>)> = explainer
        .quotes
        .iter()
        .map(|quote| {
            let report = report_index(quote.report.as_deref());
            (report, quote_selector(quote))
        })
        .collect();
    for deal in &explainer.tracker {
        selectors.extend(deal.evidence.iter().filter_map(|evidence| {
            let report = report_index(evidence.report());
            passage_selector(evidence).map(|selector| (report, selector))
        }));
    }
    let mut anchored =
        anchor_in_reports(&explainer, &source, &reports, &selectors, budget).into_iter();

    if explainer.quotes.len() > MAX_QUOTES {
        checker.report(
            "$.quotes".into(),
            ProblemKind::TooManyQuotes {
                count: explainer.quotes.len(),
                limit: MAX_QUOTES,
            },
        );
    }
    if explainer.tracker.len() > MAX_TRACKER_ITEMS {
        checker.report(
            "$.tracker".into(),
            ProblemKind::TooManyTrackerItems {
                count: explainer.tracker.len(),
                limit: MAX_TRACKER_ITEMS,
            },
        );
    }
    let quote_ids = checker.unique_ids("quotes", explainer.quotes.iter().map(|q| q.id.as_str()));
    let quotes: Vec<AnchoredQuote> = explainer
        .quotes
        .iter()
        .zip(anchored.by_ref())
        .enumerate()
        .map(|(index, (quote, found))| {
            let anchored = checker.quote(&source, &people, &report_ids, index, quote, found);
            let path = format!("$.quotes[{index}]");
            checker.quote_languages(&path, quote, &explainer.article.language);
            anchored
        })
        .map(|mut quote| {
            quote.report = reports_of_span(&reports, quote.span);
            quote
        })
        .collect();
    let spans: Vec<Span> = quotes.iter().map(|quote| quote.span).collect();
    let (conflicts, duplicates) = twins::twins(&explainer.quotes, &spans);
    checker.problems.extend(conflicts);
    let mut warnings = invisible::bidi_controls_in_text(&explainer);
    warnings.extend(duplicates);

    let deal_ids = checker.unique_ids("tracker", explainer.tracker.iter().map(|d| d.id.as_str()));
    checker.element_ids(&explainer, &people, &quote_ids, &deal_ids);
    let references = References {
        people: &people,
        quotes: &quote_ids,
        reports: &report_ids,
    };
    let deals = explainer
        .tracker
        .iter()
        .enumerate()
        .map(|(index, deal)| {
            checker.deal(&source, &explainer, &references, index, deal, &mut anchored)
        })
        .collect();

    let validated = if checker.problems.is_empty() {
        Ok(AnchoredExplainer {
            explainer,
            source,
            reports,
            quotes,
            deals,
        })
    } else {
        Err(checker.problems)
    };
    (validated, warnings)
}

/// The ids a tracker item may name, each mapped to its index.
struct References<'r, 'a> {
    people: &'r HashMap<&'a str, usize>,
    quotes: &'r HashMap<&'a str, usize>,
    reports: &'r HashMap<&'a str, usize>,
}

/// Collects problems while walking the document.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem::new(kind, path));
    }

    fn required(&mut self, parent: &str, field: &'static str, value: &str) {
        if value.trim().is_empty() {
            self.report(
                format!("{parent}.{field}"),
                ProblemKind::EmptyField { field },
            );
        }
    }

    fn list_not_empty<T>(&mut self, path: String, item: ListItem, list: &[T]) {
        if list.is_empty() {
            self.report(path, ProblemKind::EmptyList { item });
        }
    }

    fn language_tag(&mut self, path: String, value: &str) {
        if !is_language_tag(value) {
            self.report(
                path,
                ProblemKind::NotALanguageTag {
                    value: value.to_string(),
                },
            );
        }
    }

    /// A quote's language facts: well-formed tags, original words that agree
    /// with the language spoken, and a translator only for a translation.
    fn quote_languages(&mut self, path: &str, quote: &Quote, article_language: &str) {
        if let Some(language) = &quote.language {
            self.language_tag(format!("{path}.language"), language);
        }
        if let Some(spoken_in) = &quote.spoken_in {
            self.language_tag(format!("{path}.spoken_in"), spoken_in);
        }
        if let Some(original) = &quote.original {
            self.required(&format!("{path}.original"), "text", &original.text);
            self.required(&format!("{path}.original"), "language", &original.language);
            // An empty language is the empty field's problem alone.
            if !original.language.trim().is_empty() {
                self.language_tag(format!("{path}.original.language"), &original.language);
                if let Some(spoken_in) = &quote.spoken_in {
                    if primary_language(spoken_in) != primary_language(&original.language) {
                        self.report(
                            format!("{path}.original.language"),
                            ProblemKind::OriginalLanguageDiffers {
                                spoken_in: spoken_in.clone(),
                                original: original.language.clone(),
                            },
                        );
                    }
                }
            }
        }
        if let Some(translator) = &quote.translator {
            self.required(path, "translator", translator);
        }
        let translated = quote
            .spoken_language(article_language)
            .is_some_and(|spoken| spoken.translation.is_some());
        if !translated {
            let language = quote.text_language(article_language).to_string();
            for (field, given) in [
                ("original", quote.original.is_some()),
                ("translator", quote.translator.is_some()),
            ] {
                if given {
                    self.report(
                        format!("{path}.{field}"),
                        ProblemKind::NotATranslation {
                            field,
                            language: language.clone(),
                        },
                    );
                }
            }
        }
    }

    /// Reports a URL that is not an absolute web address ([`is_web_address`]).
    fn web_address(&mut self, path: String, url: &str) {
        if !is_web_address(url) {
            self.report(path, ProblemKind::NotAnAbsoluteUrl { value: url.into() });
        }
    }

    fn date(&mut self, path: String, value: &str) {
        if !is_iso_date(value) {
            self.report(
                path,
                ProblemKind::NotADate {
                    value: value.into(),
                },
            );
        }
    }

    fn status(&mut self, path: String, value: &str) -> Status {
        Status::from_id(value).unwrap_or_else(|| {
            self.report(
                path,
                ProblemKind::UnknownStatus {
                    value: value.into(),
                },
            );
            // A stand-in so the walk can go on and report the rest; never shown.
            Status::Unresolved
        })
    }

    fn article(&mut self, explainer: &Explainer) {
        let article = &explainer.article;
        for (field, value) in [
            ("headline", &article.headline),
            ("dek", &article.dek),
            ("dateline", &article.dateline),
            ("published", &article.published),
            ("language", &article.language),
        ] {
            self.required("$.article", field, value);
        }
        if !article.published.trim().is_empty() {
            self.date("$.article.published".into(), &article.published);
        }
        if !article.language.trim().is_empty() {
            self.language_tag("$.article.language".into(), &article.language);
        }
        if let Some(url) = &article.url {
            self.web_address("$.article.url".into(), url);
        }
        if let Some(live) = &article.live_coverage {
            self.live_coverage(live, &article.published);
        }
    }

    /// Live coverage's dates, and its end not before its start (or the
    /// article's date, when it gives no start).
    fn live_coverage(&mut self, live: &LiveCoverage, published: &str) {
        for (field, value) in [("start", &live.start), ("end", &live.end)] {
            if let Some(value) = value {
                self.date(format!("$.article.live_coverage.{field}"), value);
            }
        }
        let start = live.start.as_deref().unwrap_or(published);
        if let Some(end) = &live.end {
            if is_iso_date(start) && is_iso_date(end) && end.as_str() < start {
                self.report(
                    "$.article.live_coverage.end".into(),
                    ProblemKind::CoverageEndsBeforeStart {
                        end: end.clone(),
                        start: start.to_string(),
                    },
                );
            }
        }
    }

    fn source(&mut self, at: &str, sections: &[Section]) {
        self.list_not_empty(at.into(), ListItem::Section, sections);
        for (index, section) in sections.iter().enumerate() {
            let path = format!("{at}[{index}]");
            if let Some(heading) = &section.heading {
                self.required(&path, "heading", heading);
            }
            self.list_not_empty(
                format!("{path}.paragraphs"),
                ListItem::Paragraph,
                &section.paragraphs,
            );
            for (p, paragraph) in section.paragraphs.iter().enumerate() {
                if paragraph.trim().is_empty() {
                    self.report(
                        format!("{path}.paragraphs[{p}]"),
                        ProblemKind::EmptyParagraph,
                    );
                }
            }
        }
    }

    /// Checks the later reports: their fields, their text, and that they
    /// follow the article and one another in date order.
    fn reports(&mut self, explainer: &Explainer) {
        let mut previous = Some(explainer.article.published.as_str()).filter(|d| is_iso_date(d));
        for (index, report) in explainer.reports.iter().enumerate() {
            let path = format!("$.reports[{index}]");
            self.required(&path, "headline", &report.headline);
            self.required(&path, "published", &report.published);
            if !report.published.trim().is_empty() {
                self.date(format!("{path}.published"), &report.published);
            }
            if let Some(url) = &report.url {
                self.web_address(format!("{path}.url"), url);
            }
            self.source(&format!("{path}.source"), &report.source);
            if !is_iso_date(&report.published) {
                continue;
            }
            if let Some(before) = previous {
                if report.published.as_str() < before {
                    self.report(
                        format!("{path}.published"),
                        ProblemKind::ReportOutOfOrder {
                            published: report.published.clone(),
                            previous: before.to_string(),
                        },
                    );
                }
            }
            previous = Some(report.published.as_str());
        }
    }

    /// Reports a `report` field that names no report.
    fn report_reference(&mut self, path: String, id: Option<&str>, reports: &HashMap<&str, usize>) {
        if let Some(id) = id {
            self.reference(path, Referent::Report, id, reports);
        }
    }

    fn quote(
        &mut self,
        source: &SourceText,
        people: &HashMap<&str, usize>,
        reports: &HashMap<&str, usize>,
        index: usize,
        quote: &Quote,
        found: Result<Span, AnchorError>,
    ) -> AnchoredQuote {
        let path = format!("$.quotes[{index}]");
        self.required(&path, "context", &quote.context);
        self.reference(
            format!("{path}.speaker"),
            Referent::Person,
            &quote.speaker,
            people,
        );
        self.report_reference(format!("{path}.report"), quote.report.as_deref(), reports);
        let subject = Subject::Quote {
            id: quote.id.clone(),
        };
        self.invisible_characters(&path, "text", &subject, quote_selector(quote));
        self.prefix_and_suffix(&path, quote_selector(quote));
        let span = self.anchor(
            source,
            format!("{path}.text"),
            subject,
            quote_selector(quote),
            found,
        );
        AnchoredQuote {
            // Set from the span by `validate`, which knows where reports are.
            report: 0,
            span,
            context: source.context_around(span),
        }
    }

    /// Reports a `prefix` or `suffix` longer than [`MAX_PREFIX_SUFFIX_CHARS`].
    fn prefix_and_suffix(&mut self, parent: &str, selector: TextQuoteSelector<'_>) {
        for (field, value) in [("prefix", selector.prefix), ("suffix", selector.suffix)] {
            let chars = value.map_or(0, |value| value.chars().count());
            if chars > MAX_PREFIX_SUFFIX_CHARS {
                self.report(
                    format!("{parent}.{field}"),
                    ProblemKind::PrefixOrSuffixTooLong {
                        field,
                        chars,
                        limit: MAX_PREFIX_SUFFIX_CHARS,
                    },
                );
            }
        }
    }

    /// Reports a dangling reference; returns the referenced index if it exists.
    fn reference(
        &mut self,
        path: String,
        referent: Referent,
        id: &str,
        ids: &HashMap<&str, usize>,
    ) -> Option<usize> {
        let found = ids.get(id).copied();
        if found.is_none() {
            let mut known: Vec<&str> = ids.keys().copied().collect();
            known.sort_unstable();
            self.report(
                path,
                ProblemKind::UnknownReference {
                    referent,
                    id: id.into(),
                    known: Listing::first(IDS_SHOWN, known.into_iter().map(String::from)),
                },
            );
        }
        found
    }

    /// Reports why `selector` did not anchor, if it did not (`found` is its
    /// outcome); returns its span, or an empty one after a report.
    fn anchor(
        &mut self,
        source: &SourceText,
        path: String,
        subject: Subject,
        selector: TextQuoteSelector<'_>,
        found: Result<Span, AnchorError>,
    ) -> Span {
        let kind = match found {
            Ok(span) => return span,
            Err(AnchorError::Empty) => ProblemKind::NoText { subject },
            Err(AnchorError::NotFound { closest, bounded }) => ProblemKind::NotInSource {
                subject,
                text: selector.exact.into(),
                closest: closest.map(|span| source.slice(span).to_string()),
                bounded,
            },
            Err(AnchorError::ContextMismatch { occurrences, count }) => {
                ProblemKind::ContextMismatch {
                    subject,
                    places: places(source, &occurrences, count),
                }
            }
            Err(AnchorError::Ambiguous { occurrences, count }) => ProblemKind::Ambiguous {
                subject,
                text: normalize(selector.exact),
                places: places(source, &occurrences, count),
            },
            Err(AnchorError::TooManyPlaces) => ProblemKind::TooManyPlaces {
                subject,
                limit: MATCH_WORK,
            },
        };
        self.report(path, kind);
        Span::default()
    }
}

/// The selector a quote's words are anchored by.
fn quote_selector(quote: &Quote) -> TextQuoteSelector<'_> {
    TextQuoteSelector {
        exact: &quote.text,
        prefix: quote.prefix.as_deref(),
        suffix: quote.suffix.as_deref(),
    }
}

/// The selector of a passage of evidence; `None` for a reference to a quote.
fn passage_selector(evidence: &Evidence) -> Option<TextQuoteSelector<'_>> {
    match evidence {
        Evidence::Passage {
            passage,
            prefix,
            suffix,
            ..
        } => Some(TextQuoteSelector {
            exact: passage,
            prefix: prefix.as_deref(),
            suffix: suffix.as_deref(),
        }),
        Evidence::Quote { .. } => None,
    }
}

/// The first few places as their sentences, so an editor can find them; the
/// rest only counted (`count` in all), so a word that occurs thousands of
/// times costs no more.
fn places(source: &SourceText, spans: &[Span], count: usize) -> Listing {
    let mut listing = Listing::first(
        PLACES_SHOWN,
        spans
            .iter()
            .take(PLACES_SHOWN)
            .map(|&span| excerpt(source, span, EXCERPT_BYTES)),
    );
    listing.more = count.saturating_sub(listing.shown.len());
    listing
}

/// The sentence around `span`, or, when that is longer than `max_bytes`, a
/// window of it that starts up to half the room left before `span`, with "…"
/// where it was cut.
fn excerpt(source: &SourceText, span: Span, max_bytes: usize) -> String {
    let text = &source.text;
    let context = source.context_around(span);
    let sentence = context.span;
    let room = max_bytes.saturating_sub(span.end - span.start) / 2;
    let mut start = span.start.saturating_sub(room).max(sentence.start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = (start + max_bytes).min(sentence.end);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = |cut: bool| if cut { "…" } else { "" };
    format!(
        "{}{}{}",
        cut(start > sentence.start || context.cut_before),
        &text[start..end],
        cut(end < sentence.end || context.cut_after)
    )
}

/// `YYYY-MM-DD` with a month 01–12 and a day that exists in that month.
pub fn is_iso_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let [year, month, day] = parts[..] else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) = (
        year.parse().unwrap_or(0),
        month.parse().unwrap_or(0),
        day.parse().unwrap_or(0),
    );
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::element_ids::ID_START_SHOWN;
    use super::*;
    use crate::model::limits::MAX_ID_LEN;

    #[test]
    fn dates() {
        assert!(is_iso_date("2025-08-15"));
        assert!(is_iso_date("2024-02-29"));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-8-15",
            "15/08/2025",
            "",
            "2025-08-15T10:00",
        ] {
            assert!(!is_iso_date(bad), "{bad:?} should not be a date");
        }
    }

    #[test]
    fn live_coverage_has_dates_and_ends_after_it_starts() {
        let with = |live: &str| {
            include_str!("../../tests/data/two-reports.json").replacen(
                "\"language\": \"en\"",
                &format!("\"language\": \"en\", \"live_coverage\": {live}"),
                1,
            )
        };
        let kinds = |json: &str| -> Vec<(String, &'static str)> {
            match load(json) {
                Ok(_) => Vec::new(),
                Err(problems) => problems
                    .iter()
                    .map(|p| (p.path.clone(), p.kind.name()))
                    .collect(),
            }
        };
        assert!(
            kinds(&with("{}")).is_empty(),
            "live, from the article's date"
        );
        assert!(kinds(&with(r#"{"start": "2025-06-01", "end": "2025-06-02"}"#)).is_empty());
        assert_eq!(
            kinds(&with(r#"{"end": "2025-06-01"}"#)),
            [(
                "$.article.live_coverage.end".to_string(),
                "coverage_ends_before_start"
            )],
            "before the article's own date"
        );
        assert_eq!(
            kinds(&with(r#"{"start": "June 1st"}"#)),
            [("$.article.live_coverage.start".to_string(), "not_a_date")]
        );
        assert_eq!(
            kinds(&with(r#"{"live": true}"#))
                .first()
                .map(|(_, kind)| *kind),
            Some("wrong_shape"),
            "unknown fields are refused"
        );
    }

    #[test]
    fn a_review_gives_errors_first_then_placeholders_in_file_order() {
        let json = include_str!("../../tests/data/misquote.json")
            .replace("\"Vladimir Putin\"", "\"TODO: name\"")
            .replace("\"Summit ends without a deal\"", "\"TODO: headline\"");
        let review = review(&json);
        assert!(review.anchored.is_none());
        let found: Vec<(&str, &str, Severity)> = review
            .problems
            .iter()
            .map(|p| (p.kind.name(), p.path.as_str(), p.kind.severity()))
            .collect();
        assert_eq!(
            found,
            [
                ("not_in_source", "$.quotes[0].text", Severity::Error),
                ("placeholder", "$.article.headline", Severity::Warning),
                ("placeholder", "$.people[0].name", Severity::Warning),
            ]
        );
        let span = review.problems[2].span.clone().unwrap();
        assert_eq!(&json[span], "\"TODO: name\"");
    }

    #[test]
    fn a_valid_file_reviews_clean() {
        let review = review(include_str!("../../tests/data/valid.json"));
        assert!(review.anchored.is_some());
        assert_eq!(review.problems, Vec::new());
    }

    #[test]
    fn long_sentences_are_cut_to_a_window_around_the_words() {
        let paragraph = format!("{} needle {}", "äöü ".repeat(100), "ß ".repeat(100));
        let source = SourceText::new(&[crate::model::Section {
            heading: None,
            paragraphs: vec![paragraph.clone()],
        }]);
        let at = paragraph.find("needle").unwrap();
        let span = Span {
            start: at,
            end: at + "needle".len(),
        };
        let window = excerpt(&source, span, 40);
        assert!(window.starts_with('…') && window.ends_with('…'), "{window}");
        assert!(window.contains(" needle "), "{window}");
        assert!(window.len() <= 40 + 2 * '…'.len_utf8(), "{window}");
        // A sentence within the card's context stays whole.
        let short = format!("{} needle {}", "äöü ".repeat(30), "ß ".repeat(30));
        let short_source = SourceText::new(&[crate::model::Section {
            heading: None,
            paragraphs: vec![short.clone()],
        }]);
        let at = short.find("needle").unwrap();
        let short_span = Span {
            start: at,
            end: at + "needle".len(),
        };
        assert_eq!(excerpt(&short_source, short_span, 10_000), short);
        // A longer one is cut to the card's context, and says so.
        let cut = excerpt(&source, span, 10_000);
        assert!(cut.starts_with('…') && cut.ends_with('…'), "{cut}");
        assert!(cut.len() < paragraph.len(), "{cut}");
    }

    /// The bundled explainer with one change, validated; the kind names and
    /// paths of its problems.
    fn problems_after(change: impl FnOnce(&mut Explainer)) -> Vec<(&'static str, String)> {
        let mut explainer = Explainer::from_json(crate::content::ANCHORAGE_SUMMIT).unwrap();
        change(&mut explainer);
        match validate(explainer) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .into_iter()
                .map(|p| (p.kind.name(), p.path))
                .collect(),
        }
    }

    #[test]
    fn a_passage_quoted_twice_warns_and_given_to_two_speakers_is_an_error() {
        let mut explainer = Explainer::from_json(crate::content::ANCHORAGE_SUMMIT).unwrap();
        let mut twin = explainer.quotes[0].clone();
        twin.id = format!("{}-2", twin.id);
        explainer.quotes.push(twin.clone());
        let json = serde_json::to_string(&explainer).unwrap();
        // Valid (the reader shows it), but the tools warn, naming both.
        assert!(validate(explainer.clone()).is_ok());
        let review = review(&json);
        assert!(review.anchored.is_some());
        let last = explainer.quotes.len() - 1;
        assert_eq!(
            review.problems,
            [Problem {
                span: review.problems[0].span.clone(),
                ..Problem::new(
                    ProblemKind::DuplicateQuote {
                        id: twin.id.clone(),
                        first: explainer.quotes[0].id.clone(),
                    },
                    format!("$.quotes[{last}].text"),
                )
            }]
        );
        // The same words given to another speaker: an error.
        let other = explainer
            .people
            .iter()
            .find(|p| p.id != twin.speaker)
            .unwrap();
        explainer.quotes[last].speaker = other.id.clone();
        let found = problems_after(|e| *e = explainer);
        assert_eq!(
            found,
            [("conflicting_speakers", format!("$.quotes[{last}].text"))]
        );
        // The bundled explainer has no twin.
        assert_eq!(review_of_default_kinds(), Vec::<&str>::new());
    }

    fn review_of_default_kinds() -> Vec<&'static str> {
        review(crate::content::ANCHORAGE_SUMMIT)
            .problems
            .iter()
            .map(|p| p.kind.name())
            .collect()
    }

    #[test]
    fn ids_longer_than_the_limit_are_refused_and_not_repeated_whole() {
        let at_limit = "a".repeat(MAX_ID_LEN);
        assert_eq!(problems_after(|e| e.quotes[3].id = at_limit), Vec::new());
        // 300 characters once passed, and the build then failed half-way with
        // "File name too long".
        let long = "a".repeat(300);
        let mut explainer = Explainer::from_json(crate::content::ANCHORAGE_SUMMIT).unwrap();
        explainer.quotes[3].id = long.clone();
        explainer.people[0].id = format!("{long}-x");
        explainer.tracker[0].id = format!("Not a slug {long}");
        let problems = validate(explainer).unwrap_err();
        let too_long: Vec<&str> = problems
            .iter()
            .filter(|p| p.kind.name() == "id_too_long")
            .map(|p| p.path.as_str())
            .collect();
        assert_eq!(
            too_long,
            ["$.people[0].id", "$.quotes[3].id", "$.tracker[0].id"]
        );
        let ProblemKind::IdTooLong { start, length } = &problems
            .iter()
            .find(|p| p.path == "$.quotes[3].id")
            .unwrap()
            .kind
        else {
            panic!("{problems:?}")
        };
        assert_eq!((start.len(), *length), (ID_START_SHOWN, 300));
    }

    #[test]
    fn a_quote_id_that_is_an_evidence_passage_s_element_id_is_refused() {
        let found = problems_after(|e| e.quotes[3].id = "formal-agreement-evidence-1".into());
        assert_eq!(found, [("id_clash", "$.quotes[3].id".to_string())]);
        // The tracker item's third piece of evidence is a quote, with no
        // highlight of its own, and it has no fourth: no clash.
        for free in ["formal-agreement-evidence-3", "formal-agreement-evidence-4"] {
            assert_eq!(problems_after(|e| e.quotes[3].id = free.into()), Vec::new());
        }
    }

    #[test]
    fn ids_whose_element_ids_meet_are_refused_with_the_other_item_named() {
        let mut explainer = Explainer::from_json(crate::content::ANCHORAGE_SUMMIT).unwrap();
        explainer.quotes[3].id = "lowest-point-since-cold-war-details".into();
        explainer.tracker[1].id = "formal-agreement-history".into();
        let problems = validate(explainer).unwrap_err();
        let clashes: Vec<(&str, &ProblemKind)> = problems
            .iter()
            .map(|p| (p.path.as_str(), &p.kind))
            .collect();
        assert_eq!(
            clashes,
            [
                (
                    "$.tracker[1].id",
                    &ProblemKind::IdClash {
                        id: "formal-agreement-history".into(),
                        element: "deal-formal-agreement-history".into(),
                        other: Some("$.tracker[0]".into()),
                    }
                ),
                (
                    "$.quotes[3].id",
                    &ProblemKind::IdClash {
                        id: "lowest-point-since-cold-war-details".into(),
                        element: "quote-lowest-point-since-cold-war-details".into(),
                        other: Some("$.quotes[0]".into()),
                    }
                ),
            ]
        );
    }

    #[test]
    fn an_original_without_its_language_is_one_problem_at_that_field() {
        let mut explainer: Explainer =
            serde_json::from_str(include_str!("../../tests/data/spoken-languages.json")).unwrap();
        explainer.quotes[0].original.as_mut().unwrap().language = String::new();
        let problems = validate(explainer).unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["$.quotes[0].original.language"]);
        assert_eq!(
            problems[0].kind,
            ProblemKind::EmptyField { field: "language" }
        );
    }

    /// valid.json with its first paragraph, quotes and tracker replaced.
    fn bulk(paragraph: String, quotes: Vec<serde_json::Value>) -> Explainer {
        let mut doc: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/valid.json")).unwrap();
        doc["source"][0]["paragraphs"][0] = paragraph.into();
        doc["quotes"] = quotes.into();
        doc["tracker"] = serde_json::json!([]);
        serde_json::from_value(doc).unwrap()
    }

    #[test]
    fn identical_prefixed_quotes_are_anchored_once() {
        // Issue #32: 1,000 copies of one quote with a 500-character prefix,
        // its words at 100,000 places, once compared that prefix 100 million
        // times. Decided once, it costs the 100,000 places, once.
        let prefix: String = (0..100).map(|i| format!("w{i:03} ")).collect();
        assert_eq!(prefix.chars().count(), 500);
        let paragraph = format!("{prefix}pact{}", " pact".repeat(99_999));
        let quotes = (0..1_000)
            .map(|i| {
                serde_json::json!({
                    "id": format!("q{i}"), "speaker": "putin", "text": "pact",
                    "prefix": prefix, "context": "C"
                })
            })
            .collect();
        let mut budget = MatchBudget::default();
        let (validated, warnings) = checked_within(bulk(paragraph, quotes), &mut budget);
        let anchored = validated.unwrap_or_else(|problems| panic!("{:?}", &problems[..3]));
        assert!(anchored
            .quotes
            .iter()
            .all(|q| q.span == anchored.quotes[0].span));
        assert_eq!(warnings.len(), 999, "each copy is a duplicate of the first");
        assert_eq!(budget.spent(), 100_000);
    }

    #[test]
    fn five_thousand_ambiguous_one_letter_quotes_stay_within_the_budget() {
        // Issue #32: 5,000 ambiguous one-letter quotes took 104 s and printed
        // 4.7 MB. Each now lists three places and counts the rest, and each
        // distinct quote is decided once.
        let paragraph = "j q z ".repeat(20_000);
        let letters = ["j", "q", "z"];
        let quotes = (0..5_000)
            .map(|i| {
                serde_json::json!({
                    "id": format!("q{i}"), "speaker": "putin",
                    "text": letters[i % 3], "context": "C"
                })
            })
            .collect();
        let mut budget = MatchBudget::default();
        let (validated, _) = checked_within(bulk(paragraph, quotes), &mut budget);
        let problems = validated.unwrap_err();
        assert_eq!(problems.len(), 5_000);
        for problem in &problems {
            let ProblemKind::Ambiguous { places, .. } = &problem.kind else {
                panic!("{problem:?}");
            };
            assert_eq!((places.shown.len(), places.total()), (3, 20_000));
        }
        assert_eq!(budget.spent(), 60_000, "three letters, 20,000 places each");
    }

    #[test]
    fn quotes_past_the_budget_of_places_are_a_typed_problem() {
        // 5,000 different quotes of one letter found at 20,000 places would
        // be 100 million comparisons: past MATCH_WORK, the rest are refused
        // unread.
        let paragraph = "j q z ".repeat(20_000);
        let quotes = (0..5_000)
            .map(|i| {
                serde_json::json!({
                    "id": format!("q{i}"), "speaker": "putin", "text": "j",
                    "prefix": format!("x{i}"), "context": "C"
                })
            })
            .collect();
        let mut budget = MatchBudget::default();
        let (validated, _) = checked_within(bulk(paragraph, quotes), &mut budget);
        let problems = validated.unwrap_err();
        assert!(budget.spent() <= MATCH_WORK, "{}", budget.spent());
        let refused = problems
            .iter()
            .filter(|p| p.kind.name() == "too_many_places")
            .count();
        assert_eq!(refused, 5_000 - MATCH_WORK / 20_000);
    }

    #[test]
    fn the_tracker_has_a_limit() {
        let mut doc: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/valid.json")).unwrap();
        let item = doc["tracker"][0].clone();
        doc["tracker"] = (0..=MAX_TRACKER_ITEMS)
            .map(|i| {
                let mut item = item.clone();
                item["id"] = format!("item-{i}").into();
                item
            })
            .collect();
        let problems = validate(serde_json::from_value(doc).unwrap()).unwrap_err();
        assert_eq!(
            problems
                .iter()
                .map(|p| (p.kind.name(), p.path.as_str()))
                .collect::<Vec<_>>(),
            [("too_many_tracker_items", "$.tracker")]
        );
    }
}
