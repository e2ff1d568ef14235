//! Validation: every check a content file must pass, reported all at once.
//!
//! A newsroom fixing an explainer should see every problem in one pass, each with
//! the JSON path it sits at, rather than fix-run-fix. Validation and anchoring
//! happen together because a quote that cannot be anchored is a content error
//! like any other; what passes comes out as an [`AnchoredExplainer`] whose quotes
//! and evidence are already located in the source, so views never search text.

use std::collections::HashMap;
use std::fmt;

use super::anchor::{normalize, AnchorError, SourceText, Span, TextQuoteSelector};
use super::explainer::{DealItem, Evidence, Explainer, Quote};
use super::status::Status;

/// One problem in a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where it is, as a JSON path: `$.quotes[3].text`.
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What to look at or try, when there is something useful to say.
    pub hint: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {hint}")?;
        }
        Ok(())
    }
}

/// A validated explainer with every quote and evidence passage located.
///
/// `Eq` matters beyond tidiness: `Rc<AnchoredExplainer>` props then compare by
/// pointer first, so components do not deep-compare the content on every render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchoredExplainer {
    /// The content as written.
    pub explainer: Explainer,
    /// The source text joined into one string, with its blocks.
    pub source: SourceText,
    /// Where each quote sits, parallel to `explainer.quotes`.
    pub quotes: Vec<AnchoredQuote>,
    /// Typed statuses and located evidence, parallel to `explainer.tracker`.
    pub deals: Vec<AnchoredDeal>,
}

/// A quote's place in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnchoredQuote {
    /// The quoted words.
    pub span: Span,
    /// The sentence or sentences around them, within their paragraph.
    pub sentence: Span,
}

/// A tracker item with its statuses parsed and its evidence located.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchoredDeal {
    /// The current status.
    pub status: Status,
    /// The status of each history entry, parallel to `history`.
    pub history: Vec<Status>,
    /// Each piece of evidence, parallel to `evidence`.
    pub evidence: Vec<AnchoredEvidence>,
}

/// A located piece of evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchoredEvidence {
    /// A quote, by index into `explainer.quotes`.
    Quote(usize),
    /// A passage of the source.
    Passage(Span),
}

impl AnchoredExplainer {
    /// The index of the quote with this id.
    pub fn quote_index(&self, id: &str) -> Option<usize> {
        self.explainer
            .quotes
            .iter()
            .position(|quote| quote.id == id)
    }

    /// The index of the tracker item with this id.
    pub fn deal_index(&self, id: &str) -> Option<usize> {
        self.explainer.tracker.iter().position(|deal| deal.id == id)
    }

    /// Indices of the tracker items that cite quote `quote` as evidence.
    pub fn deals_citing(&self, quote: usize) -> impl Iterator<Item = usize> + '_ {
        self.deals
            .iter()
            .enumerate()
            .filter_map(move |(index, deal)| {
                deal.evidence
                    .contains(&AnchoredEvidence::Quote(quote))
                    .then_some(index)
            })
    }

    /// Quote indices grouped by speaker (person index), speakers in the order
    /// they are first quoted, quotes in article order within each group.
    pub fn quotes_by_speaker(&self) -> Vec<(usize, Vec<usize>)> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for (index, quote) in self.explainer.quotes.iter().enumerate() {
            let Some(person) = self
                .explainer
                .people
                .iter()
                .position(|p| p.id == quote.speaker)
            else {
                continue;
            };
            match groups.iter_mut().find(|(speaker, _)| *speaker == person) {
                Some((_, quotes)) => quotes.push(index),
                None => groups.push((person, vec![index])),
            }
        }
        groups
    }

    /// How many tracker items stand at each status, in [`Status::ALL`] order,
    /// leaving out statuses no item has.
    pub fn status_counts(&self) -> Vec<(Status, usize)> {
        Status::ALL
            .into_iter()
            .map(|status| {
                (
                    status,
                    self.deals.iter().filter(|d| d.status == status).count(),
                )
            })
            .filter(|&(_, count)| count > 0)
            .collect()
    }
}

/// Parses, validates and anchors a content file.
pub fn load(json: &str) -> Result<AnchoredExplainer, Vec<Diagnostic>> {
    let explainer = Explainer::from_json(json).map_err(|diagnostic| vec![diagnostic])?;
    validate(explainer)
}

/// Validates and anchors a parsed explainer, reporting every problem at once.
pub fn validate(explainer: Explainer) -> Result<AnchoredExplainer, Vec<Diagnostic>> {
    let mut checker = Checker::default();
    checker.article(&explainer);
    checker.source(&explainer);
    let source = SourceText::new(&explainer.source);

    let people = checker.unique_ids("people", explainer.people.iter().map(|p| p.id.as_str()));
    for (index, person) in explainer.people.iter().enumerate() {
        let path = format!("$.people[{index}]");
        checker.required(&path, "name", &person.name);
        checker.required(&path, "role", &person.role);
    }

    // Every quote and passage is anchored in one pass over the text, not one pass
    // each (issue #7); the walk below takes the outcomes in the same order,
    // quotes first, then the tracker's passages item by item.
    let mut selectors: Vec<TextQuoteSelector<'_>> =
        explainer.quotes.iter().map(quote_selector).collect();
    for deal in &explainer.tracker {
        selectors.extend(deal.evidence.iter().filter_map(passage_selector));
    }
    let mut anchored = source.anchor_all(&selectors).into_iter();

    let quote_ids = checker.unique_ids("quotes", explainer.quotes.iter().map(|q| q.id.as_str()));
    let quotes: Vec<AnchoredQuote> = explainer
        .quotes
        .iter()
        .zip(anchored.by_ref())
        .enumerate()
        .map(|(index, (quote, found))| checker.quote(&source, &people, index, quote, found))
        .collect();

    checker.unique_ids("tracker", explainer.tracker.iter().map(|d| d.id.as_str()));
    let deals = explainer
        .tracker
        .iter()
        .enumerate()
        .map(|(index, deal)| checker.deal(&source, &people, &quote_ids, index, deal, &mut anchored))
        .collect();

    if checker.diagnostics.is_empty() {
        Ok(AnchoredExplainer {
            explainer,
            source,
            quotes,
            deals,
        })
    } else {
        Err(checker.diagnostics)
    }
}

/// Collects diagnostics while walking the document.
#[derive(Default)]
struct Checker {
    diagnostics: Vec<Diagnostic>,
}

impl Checker {
    fn report(&mut self, path: String, message: String, hint: Option<String>) {
        self.diagnostics.push(Diagnostic {
            path,
            message,
            hint,
        });
    }

    fn required(&mut self, parent: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(
                format!("{parent}.{field}"),
                format!("`{field}` must not be empty."),
                None,
            );
        }
    }

    fn list_not_empty<T>(&mut self, path: String, what: &str, list: &[T]) {
        if list.is_empty() {
            self.report(path, format!("There must be at least one {what}."), None);
        }
    }

    fn date(&mut self, path: String, value: &str) {
        if !is_iso_date(value) {
            self.report(
                path,
                format!("“{value}” is not a date in the form YYYY-MM-DD."),
                Some("Write dates as ISO 8601, e.g. 2025-08-15.".into()),
            );
        }
    }

    fn status(&mut self, path: String, value: &str) -> Status {
        Status::from_id(value).unwrap_or_else(|| {
            let known: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
            self.report(
                path,
                format!("Unknown status “{value}”."),
                Some(format!("Use one of: {}.", known.join(", "))),
            );
            // A stand-in so the walk can go on and report the rest; never shown.
            Status::Unresolved
        })
    }

    /// Checks ids are present, slugs and unique; returns them mapped to their index.
    fn unique_ids<'a>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashMap<&'a str, usize> {
        let mut seen = HashMap::new();
        for (index, id) in ids.enumerate() {
            let path = format!("$.{list}[{index}].id");
            if !is_slug(id) {
                self.report(
                    path,
                    format!("Id “{id}” is not a slug."),
                    Some("Ids use lowercase ASCII letters, digits and single hyphens, e.g. “next-time-in-moscow”.".into()),
                );
            } else if let Some(first) = seen.insert(id, index) {
                seen.insert(id, first);
                self.report(
                    path,
                    format!("Duplicate id “{id}”."),
                    Some(format!(
                        "$.{list}[{first}] already uses it; ids must be unique."
                    )),
                );
            }
        }
        seen
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
        if !article.language.trim().is_empty() && !is_language_tag(&article.language) {
            self.report(
                "$.article.language".into(),
                format!("“{}” is not a language tag.", article.language),
                Some("Use a BCP 47 tag such as “en”, “en-US” or “uk”.".into()),
            );
        }
        if let Some(url) = &article.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                self.report(
                    "$.article.url".into(),
                    format!("“{url}” is not an absolute http(s) URL."),
                    None,
                );
            }
        }
    }

    fn source(&mut self, explainer: &Explainer) {
        self.list_not_empty("$.source".into(), "section", &explainer.source);
        for (index, section) in explainer.source.iter().enumerate() {
            let path = format!("$.source[{index}]");
            if let Some(heading) = &section.heading {
                self.required(&path, "heading", heading);
            }
            self.list_not_empty(
                format!("{path}.paragraphs"),
                "paragraph",
                &section.paragraphs,
            );
            for (p, paragraph) in section.paragraphs.iter().enumerate() {
                if paragraph.trim().is_empty() {
                    self.report(
                        format!("{path}.paragraphs[{p}]"),
                        "A paragraph must not be empty.".into(),
                        None,
                    );
                }
            }
        }
    }

    fn quote(
        &mut self,
        source: &SourceText,
        people: &HashMap<&str, usize>,
        index: usize,
        quote: &Quote,
        found: Result<Span, AnchorError>,
    ) -> AnchoredQuote {
        let path = format!("$.quotes[{index}]");
        self.required(&path, "context", &quote.context);
        self.reference(format!("{path}.speaker"), "person", &quote.speaker, people);
        let what = format!("Quote “{}”", quote.id);
        let span = self.anchor(
            source,
            format!("{path}.text"),
            &what,
            quote_selector(quote),
            found,
        );
        AnchoredQuote {
            span,
            sentence: source.sentence_around(span),
        }
    }

    fn deal(
        &mut self,
        source: &SourceText,
        people: &HashMap<&str, usize>,
        quotes: &HashMap<&str, usize>,
        index: usize,
        deal: &DealItem,
        anchored: &mut impl Iterator<Item = Result<Span, AnchorError>>,
    ) -> AnchoredDeal {
        let path = format!("$.tracker[{index}]");
        self.required(&path, "title", &deal.title);
        self.required(&path, "summary", &deal.summary);
        let status = self.status(format!("{path}.status"), &deal.status);
        for (p, party) in deal.parties.iter().enumerate() {
            self.reference(format!("{path}.parties[{p}]"), "person", party, people);
        }

        self.list_not_empty(
            format!("{path}.evidence"),
            "piece of evidence",
            &deal.evidence,
        );
        let evidence = deal
            .evidence
            .iter()
            .enumerate()
            .map(|(e, evidence)| {
                let evidence_path = format!("{path}.evidence[{e}]");
                match evidence {
                    Evidence::Quote { quote } => AnchoredEvidence::Quote(
                        self.reference(format!("{evidence_path}.quote"), "quote", quote, quotes)
                            .unwrap_or(0),
                    ),
                    Evidence::Passage {
                        passage,
                        prefix,
                        suffix,
                    } => {
                        let selector = TextQuoteSelector {
                            exact: passage,
                            prefix: prefix.as_deref(),
                            suffix: suffix.as_deref(),
                        };
                        let found = anchored
                            .next()
                            .expect("validate anchors every passage, in this order");
                        let what = format!("Evidence {e} of “{}”", deal.id);
                        AnchoredEvidence::Passage(self.anchor(
                            source,
                            format!("{evidence_path}.passage"),
                            &what,
                            selector,
                            found,
                        ))
                    }
                }
            })
            .collect();

        self.list_not_empty(format!("{path}.history"), "history entry", &deal.history);
        let history: Vec<Status> = deal
            .history
            .iter()
            .enumerate()
            .map(|(h, change)| {
                let change_path = format!("{path}.history[{h}]");
                self.required(&change_path, "note", &change.note);
                self.date(format!("{change_path}.date"), &change.date);
                self.status(format!("{change_path}.status"), &change.status)
            })
            .collect();
        if deal
            .history
            .windows(2)
            .any(|pair| pair[0].date > pair[1].date)
        {
            self.report(
                format!("{path}.history"),
                "History entries must be in date order, oldest first.".into(),
                None,
            );
        }
        if let Some(last) = deal.history.last() {
            let both_known =
                Status::from_id(&last.status).is_some() && Status::from_id(&deal.status).is_some();
            if both_known && last.status != deal.status {
                self.report(
                    format!("{path}.status"),
                    format!(
                        "The status is “{}” but the latest history entry says “{}”.",
                        deal.status, last.status
                    ),
                    Some("Add a history entry for the change, or correct the status.".into()),
                );
            }
        }
        AnchoredDeal {
            status,
            history,
            evidence,
        }
    }

    /// Reports a dangling reference; returns the referenced index if it exists.
    fn reference(
        &mut self,
        path: String,
        kind: &str,
        id: &str,
        ids: &HashMap<&str, usize>,
    ) -> Option<usize> {
        let found = ids.get(id).copied();
        if found.is_none() {
            let mut known: Vec<&str> = ids.keys().copied().collect();
            known.sort_unstable();
            self.report(
                path,
                format!("No {kind} has the id “{id}”."),
                Some(if known.is_empty() {
                    format!("There are no {kind} ids to refer to yet.")
                } else {
                    format!("Known {kind} ids: {}.", known.join(", "))
                }),
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
        what: &str,
        selector: TextQuoteSelector<'_>,
        found: Result<Span, AnchorError>,
    ) -> Span {
        let (message, hint) = match found {
            Ok(span) => return span,
            Err(AnchorError::Empty) => (format!("{what} has no text."), None),
            Err(AnchorError::NotFound { closest }) => (
                format!("{what} is not in the source text: “{}”.", selector.exact),
                closest.map(|span| {
                    format!("Closest passage in the source: “{}”.", source.slice(span))
                }),
            ),
            Err(AnchorError::ContextMismatch { occurrences }) => (
                format!(
                    "{what} occurs {} time(s), but never with the given prefix/suffix.",
                    occurrences.len()
                ),
                Some(format!(
                    "It occurs at: {}.",
                    describe_places(source, &occurrences)
                )),
            ),
            Err(AnchorError::Ambiguous { occurrences }) => (
                format!(
                    "{what} occurs {} times in the source: “{}”.",
                    occurrences.len(),
                    normalize(selector.exact)
                ),
                Some(format!(
                    "Add a `prefix` or `suffix` to say which one. It occurs at: {}.",
                    describe_places(source, &occurrences)
                )),
            ),
        };
        self.report(path, message, hint);
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
        } => Some(TextQuoteSelector {
            exact: passage,
            prefix: prefix.as_deref(),
            suffix: suffix.as_deref(),
        }),
        Evidence::Quote { .. } => None,
    }
}

/// Each place as a few words of surrounding text, so an editor can find it.
fn describe_places(source: &SourceText, spans: &[Span]) -> String {
    spans
        .iter()
        .map(|&span| {
            let context = source.sentence_around(span);
            format!("“{}”", source.slice(context))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Lowercase ASCII letters and digits in runs separated by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// `YYYY-MM-DD` with a month 01–12 and a day that exists in that month.
fn is_iso_date(value: &str) -> bool {
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

/// A plausible BCP 47 tag: a 2–3 letter language, then alphanumeric subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("next-time-in-moscow"));
        assert!(is_slug("q1"));
        for bad in ["", "Next", "a--b", "-a", "a-", "a b", "ä", "a_b"] {
            assert!(!is_slug(bad), "{bad:?} should not be a slug");
        }
    }

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
    fn language_tags() {
        for good in ["en", "en-US", "uk", "zh-Hant-TW", "ast"] {
            assert!(is_language_tag(good), "{good:?}");
        }
        for bad in ["", "e", "english", "en_US", "en-"] {
            assert!(!is_language_tag(bad), "{bad:?}");
        }
    }

    #[test]
    fn diagnostics_display_path_message_and_hint() {
        let diagnostic = Diagnostic {
            path: "$.quotes[0].text".into(),
            message: "Not found.".into(),
            hint: Some("Closest: x.".into()),
        };
        assert_eq!(
            diagnostic.to_string(),
            "$.quotes[0].text: Not found.\n  Closest: x."
        );
    }
}
