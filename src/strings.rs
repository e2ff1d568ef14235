//! Every string the widget shows a reader, in one place, so the widget can be
//! localised by providing another [`Strings`] value. Content (headlines, quotes,
//! notes) comes from the explainer file instead.

use crate::content_origin::Refusal;
use crate::embedding::LoadError;
use crate::model::problem::{ListItem, Listing, ProblemKind, Referent, Subject};
use crate::model::validate::MAX_ID_LEN;
use crate::model::{SpokenLanguage, Status, Translation};

/// The English month names, for dates as readers read them ([`Strings::date`]) and
/// for the draft scaffold, which never takes a month for a person's name.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The widget's interface text.
#[derive(Debug)]
pub struct Strings {
    /// Kicker above the headline.
    pub kicker: &'static str,
    /// Accessible name of the view tabs.
    pub views_label: &'static str,
    /// Tab: the quote cards.
    pub tab_quotes: &'static str,
    /// Tab: the deal tracker.
    pub tab_tracker: &'static str,
    /// Tab: the article text.
    pub tab_source: &'static str,
    /// Accessible name of the quote order switch.
    pub order_label: &'static str,
    /// Quote order: as in the article.
    pub order_article: &'static str,
    /// Quote order: grouped by speaker.
    pub order_speaker: &'static str,
    /// Button: expand every quote card.
    pub expand_all: &'static str,
    /// Button: collapse every quote card.
    pub collapse_all: &'static str,
    /// Announced after collapsing every card.
    pub collapsed_all: &'static str,
    /// Heading over a quote's surrounding sentence.
    pub in_context: &'static str,
    /// Heading over the context note.
    pub why_it_matters: &'static str,
    /// Label before the tracker items a quote is evidence for.
    pub evidence_for: &'static str,
    /// Button: scroll to the quote in the article text.
    pub show_in_article: &'static str,
    /// Link, when the widget runs without script: the address of one quote.
    pub link_to_quote: &'static str,
    /// A quote's share page: the link to the quote in the explainer.
    pub read_in_explainer: &'static str,
    /// Button: copy a link to the quote or item.
    pub copy_link: &'static str,
    /// Button: open the system share sheet.
    pub share: &'static str,
    /// Announced when a link was copied.
    pub link_copied: &'static str,
    /// Shown when copying is impossible: the link to select by hand.
    pub copy_fallback: &'static str,
    /// Accessible name of the copy fallback field.
    pub link_field_label: &'static str,
    /// Accessible name of the notice's close button.
    pub dismiss: &'static str,
    /// Filter button for every status.
    pub filter_all: &'static str,
    /// Accessible name of the status filter.
    pub filter_label: &'static str,
    /// Label before a tracker item's parties.
    pub parties: &'static str,
    /// Label before a tracker item's evidence.
    pub evidence: &'static str,
    /// Button: show a tracker item's status history.
    pub history: &'static str,
    /// Accessible name of the article text region.
    pub source_label: &'static str,
    /// Legend: what a yellow highlight in the article is.
    pub legend_quote: &'static str,
    /// Legend: what a blue highlight in the article is.
    pub legend_passage: &'static str,
    /// Shown in place of the widget when the content has errors.
    pub content_errors: &'static str,
    /// Shown in place of the widget after an internal error.
    pub crashed: &'static str,
    /// The disclosure with the technical details of an internal error.
    pub crash_details: &'static str,
    /// Shown when a filter leaves no tracker item.
    pub no_items: &'static str,
    /// Button: show the codes for embedding the widget in an article.
    pub embed: &'static str,
    /// Above the embed codes.
    pub embed_intro: &'static str,
    /// Label of the iframe embed code.
    pub embed_iframe: &'static str,
    /// Label of the inline (script) embed code.
    pub embed_inline: &'static str,
    /// Button: copy one embed code.
    pub copy_code: &'static str,
    /// Announced when an embed code was copied.
    pub code_copied: &'static str,
    /// Announced when an embed code could not be copied.
    pub code_not_copied: &'static str,
    /// Shown while content from a URL is on its way.
    pub loading: &'static str,
    /// Button: fetch content from a URL again after it failed.
    pub retry: &'static str,
    /// The visible mark on a quote card new since the reader's last visit.
    pub new_mark: &'static str,
    /// The visible mark on a tracker item changed since the reader's last visit.
    pub changed_mark: &'static str,
    /// Read after either mark by screen readers (visually hidden): what it means.
    pub since_your_visit: &'static str,
    /// Announced when content from a URL was refreshed and differs, with
    /// nothing new to count (a note or a wording changed).
    pub content_refreshed: &'static str,
    /// Accessible name of the buttons that switch between reports.
    pub reports_label: &'static str,
    /// Link to a report's own page, where it has a URL.
    pub original_report: &'static str,
    /// Heading of the timeline of status changes across the tracker.
    pub timeline_heading: &'static str,
    /// Before the header's date of the latest update.
    pub updated: &'static str,
}

/// A problem in words: what is wrong and, when there is something useful to
/// say, what to look at or try.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemText {
    /// What is wrong, in a sentence.
    pub message: String,
    /// What to look at or try.
    pub hint: Option<String>,
}

/// English, the default.
pub const STRINGS: Strings = Strings {
    kicker: "Explainer",
    views_label: "Explainer views",
    tab_quotes: "Quotes",
    tab_tracker: "Deal tracker",
    tab_source: "Article text",
    order_label: "Order quotes",
    order_article: "In article order",
    order_speaker: "By speaker",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    collapsed_all: "All quotes collapsed.",
    in_context: "In context",
    why_it_matters: "Why it matters",
    evidence_for: "Evidence for",
    show_in_article: "Show in article",
    copy_link: "Copy link",
    link_to_quote: "Link to this quote",
    read_in_explainer: "Read it in context in the explainer",
    share: "Share",
    link_copied: "Link copied to the clipboard.",
    copy_fallback: "Copying is not available here. Select the link and copy it:",
    link_field_label: "Link to share",
    dismiss: "Dismiss",
    filter_all: "All",
    filter_label: "Filter by status",
    parties: "Parties",
    evidence: "Evidence",
    history: "Status history",
    source_label: "The article",
    legend_quote: "Direct quote: opens its card",
    legend_passage: "Evidence for a tracker item",
    content_errors: "This explainer could not be shown because its content has errors:",
    no_items: "No item has this status.",
    crashed: "Sorry, this explainer stopped working. Reload the page to try again; the article itself is unaffected.",
    crash_details: "Technical details",
    embed: "Embed",
    embed_intro: "Paste either code into an article's HTML. Both keep quote links pointing at the article.",
    embed_iframe: "Iframe (works in most content management systems)",
    embed_inline: "Inline (mounts into the page, styles isolated)",
    copy_code: "Copy code",
    code_copied: "Embed code copied to the clipboard.",
    code_not_copied: "Copying is not available here. Select the code and copy it.",
    loading: "Loading the explainer…",
    retry: "Try again",
    new_mark: "New",
    changed_mark: "Changed",
    since_your_visit: " since your last visit",
    content_refreshed: "This explainer has been updated.",
    reports_label: "Reports, oldest first",
    original_report: "Read the report",
    timeline_heading: "What changed",
    updated: "Updated",
};

impl Strings {
    /// The label a reader sees on a status badge.
    pub fn status_label(&self, status: Status) -> &'static str {
        match status {
            Status::Agreed => "Agreed",
            Status::Claimed => "Claimed",
            Status::InProgress => "In progress",
            Status::Pledged => "Pledged",
            Status::Proposed => "Proposed",
            Status::Unresolved => "Unresolved",
            Status::NoDeal => "No deal",
        }
    }

    /// What a status means, for the badge's tooltip.
    pub fn status_meaning(&self, status: Status) -> &'static str {
        match status {
            Status::Agreed => "Both sides confirm it.",
            Status::Claimed => "One side asserts it; the other has not confirmed.",
            Status::InProgress => "Talks continue on it.",
            Status::Pledged => "A side promised an action.",
            Status::Proposed => "Put forward, not accepted.",
            Status::Unresolved => "Named as open.",
            Status::NoDeal => "Explicitly not agreed.",
        }
    }

    /// Announced after expanding `count` cards.
    pub fn expanded_all(&self, count: usize) -> String {
        match count {
            1 => "1 quote expanded.".into(),
            _ => format!("{count} quotes expanded."),
        }
    }

    /// "2 items changed, 3 new quotes": what is new to a returning reader,
    /// leaving out a count of none; empty when both are none.
    pub fn changes(&self, changed_items: usize, new_quotes: usize) -> String {
        let items = match changed_items {
            1 => "1 item changed".to_string(),
            n => format!("{n} items changed"),
        };
        let quotes = match new_quotes {
            1 => "1 new quote".to_string(),
            n => format!("{n} new quotes"),
        };
        match (changed_items, new_quotes) {
            (0, 0) => String::new(),
            (_, 0) => items,
            (0, _) => quotes,
            _ => format!("{items}, {quotes}"),
        }
    }

    /// The line a returning reader sees: "Since your visit on August 15, 2025:
    /// 2 items changed, 3 new quotes." (`visited` is `YYYY-MM-DD`).
    pub fn since_visit(&self, visited: &str, changed_items: usize, new_quotes: usize) -> String {
        format!(
            "Since your visit on {}: {}.",
            self.date(visited),
            self.changes(changed_items, new_quotes)
        )
    }

    /// Announced when content from a URL was refreshed with new items or quotes.
    pub fn updated_with(&self, changed_items: usize, new_quotes: usize) -> String {
        if changed_items == 0 && new_quotes == 0 {
            return self.content_refreshed.into();
        }
        format!(
            "This explainer has been updated: {}.",
            self.changes(changed_items, new_quotes)
        )
    }

    /// The notice for a link that leads nowhere in this explainer.
    pub fn unknown_link(&self, fragment: &str) -> String {
        format!("The link “{fragment}” does not match anything in this explainer, so it opens at the start.")
    }

    /// Why content from `url` did not load.
    pub fn load_error(&self, error: &LoadError, url: &str) -> String {
        match error {
            LoadError::Status { code: 404, .. } => {
                format!("The explainer at {url} was not found (HTTP 404). Check the address in data-src or ?src=.")
            }
            LoadError::Status { code, text } if text.is_empty() => {
                format!("The explainer at {url} could not be loaded: the server answered HTTP {code}.")
            }
            LoadError::Status { code, text } => {
                format!("The explainer at {url} could not be loaded: the server answered HTTP {code} {text}.")
            }
            LoadError::Network => format!(
                "The explainer at {url} could not be loaded: the request failed. The reader may be offline, or the server may not allow this page to read the file (CORS)."
            ),
            LoadError::Timeout(1) => {
                format!("The explainer at {url} did not arrive within 1 second.")
            }
            LoadError::Timeout(seconds) => format!(
                "The explainer at {url} did not arrive within {seconds} seconds."
            ),
        }
    }

    /// Why content from an address was not even requested (the rule is in
    /// [`crate::content_origin`]). It names the scheme or origin, never the
    /// whole address: a `data:` address carries the very text it would show.
    pub fn source_refused(&self, refusal: &Refusal) -> String {
        const HOW: &str = "A newsroom allows another site by listing it when it builds the page \
            (explainer build --allow-src-origin, see docs/EMBEDDING.md).";
        match refusal {
            Refusal::NotWeb { scheme } => format!(
                "This explainer was not loaded: its address starts with “{scheme}:”, and explainers load only from web addresses (http: or https:) on this site or on sites its newsroom lists."
            ),
            Refusal::Foreign {
                origin,
                page_origin: Some(page),
            } => format!(
                "This explainer was not loaded: it is on another site, {origin}, and this page shows explainers only from its own site, {page}, and from sites its newsroom lists. {HOW}"
            ),
            Refusal::Foreign {
                origin,
                page_origin: None,
            } => format!(
                "This explainer was not loaded: it is on {origin}, and this page shows explainers only from sites its newsroom lists. {HOW}"
            ),
            Refusal::Unclear => "This explainer was not loaded: its address (data-src or ?src=) is not a plain web address.".into(),
        }
    }

    /// Above the content errors of an explainer loaded from `url`.
    pub fn content_errors_at(&self, url: &str) -> String {
        format!("The explainer at {url} could not be shown because its content has errors:")
    }

    /// A content problem in words: the one place a [`ProblemKind`] becomes text,
    /// for the widget's error box, `explainer check` and the Studio alike.
    pub fn problem(&self, kind: &ProblemKind) -> ProblemText {
        let (message, hint) = match kind {
            ProblemKind::InvalidJson {
                reason,
                line,
                column,
            }
            | ProblemKind::WrongShape {
                reason,
                line,
                column,
            } => (
                format!(
                    "The file is not a valid explainer: {reason} (line {line}, column {column})."
                ),
                None,
            ),
            ProblemKind::EmptyField { field } => (format!("`{field}` must not be empty."), None),
            ProblemKind::EmptyList { item } => {
                let item = match item {
                    ListItem::Section => "section",
                    ListItem::Paragraph => "paragraph",
                    ListItem::Evidence => "piece of evidence",
                    ListItem::HistoryEntry => "history entry",
                };
                (format!("There must be at least one {item}."), None)
            }
            ProblemKind::EmptyParagraph => ("A paragraph must not be empty.".into(), None),
            ProblemKind::NotADate { value } => (
                format!("“{value}” is not a date in the form YYYY-MM-DD."),
                Some("Write dates as ISO 8601, e.g. 2025-08-15.".into()),
            ),
            ProblemKind::NotALanguageTag { value } => (
                format!("“{value}” is not a language tag."),
                Some("Use a BCP 47 tag such as “en”, “en-US” or “uk”.".into()),
            ),
            ProblemKind::NotAnAbsoluteUrl { value } => {
                (format!("“{value}” is not an absolute http(s) URL."), None)
            }
            ProblemKind::NotASlug { id } => (
                format!("Id “{id}” is not a slug."),
                Some("Ids use lowercase ASCII letters, digits and single hyphens, e.g. “next-time-in-moscow”.".into()),
            ),
            ProblemKind::IdTooLong { start, length } => (
                format!("Id “{start}…” is {length} characters long; ids may have at most {MAX_ID_LEN}."),
                Some("Shorten it: an id names a folder of the built site (quote/<id>/) and the links to its item.".into()),
            ),
            ProblemKind::IdClash { id, element, other } => (
                format!("Id “{id}” would give an element of the widget the id “{element}”, which another element has."),
                Some(match other {
                    Some(other) => format!("{other} has it too; choose another id, or links to one lead to the other."),
                    None => "The widget uses that id itself; choose another.".into(),
                }),
            ),
            ProblemKind::DuplicateId { id, first } => (
                format!("Duplicate id “{id}”."),
                Some(format!("{first} already uses it; ids must be unique.")),
            ),
            ProblemKind::UnknownStatus { value } => {
                let known: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
                (
                    format!("Unknown status “{value}”."),
                    Some(format!("Use one of: {}.", known.join(", "))),
                )
            }
            ProblemKind::UnknownReference {
                referent,
                id,
                known,
            } => {
                let referent = match referent {
                    Referent::Person => "person",
                    Referent::Quote => "quote",
                    Referent::Report => "report",
                };
                (
                    format!("No {referent} has the id “{id}”."),
                    Some(if known.total() == 0 {
                        format!("There are no {referent} ids to refer to yet.")
                    } else {
                        format!("Known {referent} ids: {}.", listed(known, ", "))
                    }),
                )
            }
            ProblemKind::NoText { subject } => {
                (format!("{} has no text.", self.subject(subject)), None)
            }
            ProblemKind::OriginalLanguageDiffers { spoken_in, original } => (
                format!("The original words are marked “{original}”, but the quote says it was spoken in “{spoken_in}”."),
                Some("Give the original the language the words were spoken in, or correct spoken_in.".into()),
            ),
            ProblemKind::NotATranslation { field, language } => (
                format!("The quote has a {field}, but its words stand in “{language}”, the language they were spoken in: they are not a translation."),
                Some("Set spoken_in to the language the words were spoken in, or remove the field.".into()),
            ),
            ProblemKind::NotInSource {
                subject,
                text,
                closest,
                bounded,
            } => (
                format!(
                    "{} is not in the source text: “{text}”.",
                    self.subject(subject)
                ),
                match (closest, bounded) {
                    (Some(closest), false) => {
                        Some(format!("Closest passage in the source: “{closest}”."))
                    }
                    (Some(closest), true) => Some(format!(
                        "The quote and the source are too long to compare every passage word by word; of the passages sharing the most words with it, the closest is: “{closest}”."
                    )),
                    (None, true) => Some(
                        "The closest passage was not looked for: this file's quotes and source are too long to search for every misquote. Fix the others first, or shorten the quote.".into()
                    ),
                    (None, false) => None,
                },
            ),
            ProblemKind::Ambiguous {
                subject,
                text,
                places,
            } => (
                format!(
                    "{} occurs {} times in the source: “{text}”.",
                    self.subject(subject),
                    places.total()
                ),
                Some(format!(
                    "Add a `prefix` or `suffix` to say which one. It occurs at: {}.",
                    quoted_places(places)
                )),
            ),
            ProblemKind::ContextMismatch { subject, places } => (
                format!(
                    "{} occurs {} time(s), but never with the given prefix/suffix.",
                    self.subject(subject),
                    places.total()
                ),
                Some(format!("It occurs at: {}.", quoted_places(places))),
            ),
            ProblemKind::HistoryOutOfOrder => (
                "History entries must be in date order, oldest first.".into(),
                None,
            ),
            ProblemKind::StatusDisagreesWithHistory { status, latest } => (
                format!("The status is “{status}” but the latest history entry says “{latest}”."),
                Some("Add a history entry for the change, or correct the status.".into()),
            ),
            ProblemKind::ReportOutOfOrder { published, previous } => (
                format!("This report is dated {published}, before the report before it ({previous})."),
                Some("Reports follow the article in date order, oldest first: move it, or correct its date.".into()),
            ),
            ProblemKind::HistoryBeforeReport { date, report, published } => (
                format!("This history entry is dated {date}, before the report “{report}” it names ({published})."),
                Some("A report tells of what happened by its date: name an earlier report, or correct the date.".into()),
            ),
            ProblemKind::Placeholder { text } => (
                format!("Placeholder left: “{text}”."),
                Some("Replace the TODO with the real text before publishing.".into()),
            ),
            ProblemKind::ContentTooLarge { bytes, limit } => (
                format!(
                    "The file is {}, more than the {} an explainer may be.",
                    megabytes(*bytes),
                    megabytes(*limit)
                ),
                Some("Shorten the source text, or split the story into several explainers.".into()),
            ),
            ProblemKind::TooManyQuotes { count, limit } => (
                format!("There are {count} quotes; an explainer may have at most {limit}."),
                Some("Keep the quotes readers need most, or split the story into several explainers.".into()),
            ),
            ProblemKind::PrefixOrSuffixTooLong { field, chars, limit } => (
                format!("The `{field}` is {chars} characters long; it may be at most {limit}."),
                Some("A few words just before (prefix) or after (suffix) the quote are enough to tell its places apart.".into()),
            ),
        };
        ProblemText { message, hint }
    }

    /// The quote or passage a problem is about, to open its message.
    fn subject(&self, subject: &Subject) -> String {
        match subject {
            Subject::Quote { id } => format!("Quote “{id}”"),
            Subject::Evidence { deal, index } => format!("Evidence {index} of “{deal}”"),
        }
    }

    /// The tracker's summary line before the per-status counts.
    pub fn items(&self, count: usize) -> String {
        match count {
            1 => "1 item:".into(),
            _ => format!("{count} items:"),
        }
    }

    /// The status history's heading for a tracker item, for screen readers.
    pub fn showing(&self, shown: usize, total: usize) -> String {
        format!("Showing {shown} of {total} items.")
    }

    /// A language's name in the interface's language, from its BCP 47 tag, for
    /// "Spoken in Russian"; `None` for a language the widget has no name for.
    pub fn language_name(&self, tag: &str) -> Option<&'static str> {
        let name = match crate::model::language::primary_language(tag).as_str() {
            "ar" => "Arabic",
            "de" => "German",
            "en" => "English",
            "es" => "Spanish",
            "fa" => "Persian",
            "fr" => "French",
            "he" => "Hebrew",
            "hi" => "Hindi",
            "it" => "Italian",
            "ja" => "Japanese",
            "ko" => "Korean",
            "pl" => "Polish",
            "pt" => "Portuguese",
            "ru" => "Russian",
            "tr" => "Turkish",
            "uk" => "Ukrainian",
            "zh" => "Chinese",
            _ => return None,
        };
        Some(name)
    }

    /// The line on a quote card saying what language the words were spoken in
    /// and, for a translation, who translated them.
    pub fn spoken_language(&self, spoken: &SpokenLanguage) -> String {
        let spoken_in = match self.language_name(spoken.spoken_in) {
            Some(name) => format!("Spoken in {name}."),
            None => format!("Spoken in another language ({}).", spoken.spoken_in),
        };
        match spoken.translation {
            None => spoken_in,
            Some(Translation::Report) => format!("{spoken_in} The translation is the report’s."),
            Some(Translation::By(name)) => format!("{spoken_in} Translated by {name}."),
        }
    }

    /// A short label for a quote in translation, where a line has little room
    /// (the share image): "Translated from Russian".
    pub fn translated_from(&self, language: &str) -> String {
        match self.language_name(language) {
            Some(name) => format!("Translated from {name}"),
            None => format!("Translated ({language})"),
        }
    }

    /// The summary of the disclosure holding a quote's original words.
    pub fn original_words(&self, language: &str) -> String {
        match self.language_name(language) {
            Some(name) => format!("The original, in {name}"),
            None => format!("The original ({language})"),
        }
    }

    /// A report's place among the explainer's reports, counted from 1.
    pub fn report_number(&self, number: usize, count: usize) -> String {
        format!("Report {number} of {count}")
    }

    /// Where a quote card's words come from, when an explainer has several
    /// reports: the report's date, before its headline.
    pub fn from_report(&self, published: &str) -> String {
        format!("From the report of {}:", self.date(published))
    }

    /// A date as readers read it: `2025-08-15` → `August 15, 2025`.
    pub fn date(&self, iso: &str) -> String {
        let mut parts = iso.split('-').map(|p| p.parse::<usize>().ok());
        match (
            parts.next().flatten(),
            parts.next().flatten(),
            parts.next().flatten(),
        ) {
            (Some(year), Some(month @ 1..=12), Some(day)) => {
                format!("{} {day}, {year}", MONTHS[month - 1])
            }
            _ => iso.into(),
        }
    }
}

/// The items joined, then "and N more" when some were left out.
fn listed(listing: &Listing, separator: &str) -> String {
    let mut text = listing.shown.join(separator);
    if listing.more > 0 {
        text.push_str(&format!("{separator}and {} more", listing.more));
    }
    text
}

/// Places in the source, each in quotation marks.
fn quoted_places(places: &Listing) -> String {
    let quoted = Listing {
        shown: places
            .shown
            .iter()
            .map(|place| format!("“{place}”"))
            .collect(),
        more: places.more,
    };
    listed(&quoted, "; ")
}

/// A size in bytes as megabytes for people: `16000000` → `16 MB`, `16500000` →
/// `16.5 MB`.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    match tenths % 10 {
        0 => format!("{} MB", tenths / 10),
        fraction => format!("{}.{fraction} MB", tenths / 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_and_bad_ones_pass_through() {
        assert_eq!(STRINGS.date("2025-08-15"), "August 15, 2025");
        assert_eq!(STRINGS.date("2025-13-01"), "2025-13-01");
        assert_eq!(STRINGS.date("soon"), "soon");
    }

    #[test]
    fn status_labels_are_distinct() {
        let mut labels: Vec<_> = Status::ALL
            .iter()
            .map(|&s| STRINGS.status_label(s))
            .collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), Status::ALL.len());
    }

    #[test]
    fn load_errors_name_the_url_and_the_cause() {
        let url = "https://x.example/c.json";
        let not_found = STRINGS.load_error(
            &LoadError::Status {
                code: 404,
                text: "Not Found".into(),
            },
            url,
        );
        assert!(not_found.contains(url) && not_found.contains("not found"));
        let server = STRINGS.load_error(
            &LoadError::Status {
                code: 503,
                text: String::new(),
            },
            url,
        );
        assert!(server.contains("HTTP 503."), "{server}");
        assert!(STRINGS
            .load_error(&LoadError::Timeout(7), url)
            .contains("7 seconds"));
        assert!(STRINGS
            .load_error(&LoadError::Network, url)
            .contains("CORS"));
    }

    #[test]
    fn refusals_name_the_scheme_or_origin_and_how_to_allow_one() {
        let data = STRINGS.source_refused(&Refusal::NotWeb {
            scheme: "data".into(),
        });
        assert!(data.contains("starts with “data:”"), "{data}");
        let foreign = STRINGS.source_refused(&Refusal::Foreign {
            origin: "https://other.example".into(),
            page_origin: Some("https://news.example".into()),
        });
        assert!(
            foreign.contains("another site, https://other.example,"),
            "{foreign}"
        );
        assert!(
            foreign.contains("its own site, https://news.example,"),
            "{foreign}"
        );
        assert!(
            foreign.contains("explainer build --allow-src-origin"),
            "{foreign}"
        );
        assert!(!foreign.contains('\\'), "{foreign}");
    }

    #[test]
    fn long_lists_in_problems_end_with_how_many_more() {
        let kind = ProblemKind::UnknownReference {
            referent: Referent::Person,
            id: "biden".into(),
            known: Listing {
                shown: vec!["putin".into(), "trump".into()],
                more: 5,
            },
        };
        let text = STRINGS.problem(&kind);
        assert_eq!(text.message, "No person has the id “biden”.");
        assert_eq!(
            text.hint.as_deref(),
            Some("Known person ids: putin, trump, and 5 more.")
        );
        let kind = ProblemKind::ContextMismatch {
            subject: Subject::Evidence {
                deal: "moscow".into(),
                index: 1,
            },
            places: Listing {
                shown: vec!["One.".into()],
                more: 2,
            },
        };
        let text = STRINGS.problem(&kind);
        assert_eq!(
            text.message,
            "Evidence 1 of “moscow” occurs 3 time(s), but never with the given prefix/suffix."
        );
        assert_eq!(
            text.hint.as_deref(),
            Some("It occurs at: “One.”; and 2 more.")
        );
    }

    #[test]
    fn a_reference_with_nothing_to_refer_to_says_so() {
        let kind = ProblemKind::UnknownReference {
            referent: Referent::Quote,
            id: "q".into(),
            known: Listing::default(),
        };
        assert_eq!(
            STRINGS.problem(&kind).hint.as_deref(),
            Some("There are no quote ids to refer to yet.")
        );
    }

    #[test]
    fn counts_are_pluralised() {
        assert_eq!(STRINGS.expanded_all(1), "1 quote expanded.");
        assert_eq!(STRINGS.expanded_all(10), "10 quotes expanded.");
        assert_eq!(STRINGS.items(1), "1 item:");
        assert_eq!(STRINGS.items(7), "7 items:");
        assert_eq!(STRINGS.changes(1, 1), "1 item changed, 1 new quote");
        assert_eq!(STRINGS.changes(2, 0), "2 items changed");
        assert_eq!(STRINGS.changes(0, 3), "3 new quotes");
        assert_eq!(STRINGS.changes(0, 0), "");
    }

    #[test]
    fn a_returning_reader_is_told_since_when_and_what() {
        assert_eq!(
            STRINGS.since_visit("2025-08-15", 2, 3),
            "Since your visit on August 15, 2025: 2 items changed, 3 new quotes."
        );
        assert_eq!(
            STRINGS.since_visit("2025-08-15", 0, 1),
            "Since your visit on August 15, 2025: 1 new quote."
        );
        assert_eq!(
            STRINGS.updated_with(1, 0),
            "This explainer has been updated: 1 item changed."
        );
        assert_eq!(STRINGS.updated_with(0, 0), STRINGS.content_refreshed);
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(16_000_000), "16 MB");
        assert_eq!(megabytes(16_540_000), "16.5 MB");
        assert_eq!(megabytes(999), "0 MB");
    }
}
