//! Every string the widget shows a reader, in every interface language the
//! build ships (English, Russian, Ukrainian, French, Arabic). Content
//! (headlines, quotes, notes) comes from the explainer file instead.
//!
//! The texts live in `locales/<tag>.json`, one flat JSON object per language,
//! which a translator edits without reading Rust: a key, and its text with
//! placeholders in braces (`{count}`, `{url}`), or, for a phrase with a count,
//! an object of its plural forms by CLDR category (`one`, `few`, `many`…; see
//! [`plural`]). Only the locale a widget uses is parsed, once, when it is first
//! asked for ([`Locale::strings`]). English is compiled into every build; the
//! reader's Wasm fetches another locale's file when a page needs it, where the
//! command-line tool and the Studio carry all five ([`locale`]'s documentation
//! says why and how).
//!
//! # Adding a string
//! 1. Add the key and its English text to `locales/en.json`, then the same key,
//!    translated, to every other file there: one line per file. A counted phrase
//!    is an object with the forms its language needs (English `one`, `other`;
//!    Russian and Ukrainian `one`, `few`, `many`; French `one`, `other`; Arabic
//!    all six).
//! 2. A plain text: add a line (its `///` doc and `name,`) to the `texts!` list
//!    below and read it as `strings.name`. A text with placeholders or a count:
//!    add a method that calls [`Strings::fill`] or [`Strings::count`] with the key.
//!
//! `cargo test` fails when a locale lacks a key of the English file, has a key
//! it lacks, lacks a plural form its language needs, or uses a placeholder the
//! English text does not.

mod catalog;
mod locale;
pub mod plural;
mod problems;

pub use catalog::{FetchedFileError, MAX_FETCHED_BYTES};
pub use locale::{Locale, Resolution};

use std::sync::OnceLock;

use crate::content_origin::Refusal;
use crate::embedding::LoadError;
use crate::model::{SpokenLanguage, Status, Translation};
use crate::state::{Announcement, Notice};
use catalog::{fill, Catalog};

/// The English month names, for the draft scaffold, which never takes a month
/// for a person's name. Readers see the month names of their locale.
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

/// The month keys of the locale files, January first.
const MONTH_KEYS: [&str; 12] = [
    "month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8",
    "month_9", "month_10", "month_11", "month_12",
];

/// The strings English readers see; the command-line tool's messages and the
/// Studio's chrome are in English too.
pub fn english() -> &'static Strings {
    Locale::En.strings()
}

/// Declares the plain texts: the fields of [`Strings`], each read from the key
/// of its own name.
macro_rules! texts {
    ($( $(#[doc = $doc:literal])* $name:ident, )*) => {
        /// The widget's interface text in one locale: the plain texts as fields,
        /// the texts with placeholders and counts as methods.
        #[derive(Debug)]
        pub struct Strings {
            /// The locale these strings are in.
            pub locale: Locale,
            catalog: &'static Catalog,
            $( $(#[doc = $doc])* pub $name: &'static str, )*
        }

        impl Strings {
            fn from_catalog(locale: Locale, catalog: &'static Catalog) -> Strings {
                let text = |key: &'static str| {
                    catalog
                        .text(key)
                        .or_else(|| fallback(locale).and_then(|english| english.text(key)))
                        .unwrap_or(key)
                };
                Strings {
                    locale,
                    catalog,
                    $( $name: text(stringify!($name)), )*
                }
            }
        }

        /// The keys of the plain texts, for the tests.
        #[cfg(test)]
        const TEXT_KEYS: &[&str] = &[$( stringify!($name), )*];
    };
}

texts! {
    /// The opening quotation mark around a quote (“ in English, « in Russian).
    quote_open,
    /// The closing quotation mark around a quote.
    quote_close,
    /// Between the items of a list, and between a name and a role (`, `; Arabic `، `).
    list_separator,
    /// Between a label and what it labels (`: `; French puts a narrow space before the colon).
    label_separator,
    /// Kicker above the headline.
    kicker,
    /// Accessible name of the view tabs.
    views_label,
    /// Tab: the quote cards.
    tab_quotes,
    /// Tab: the deal tracker.
    tab_tracker,
    /// Tab: the article text.
    tab_source,
    /// Accessible name of the quote order switch.
    order_label,
    /// Quote order: as in the article.
    order_article,
    /// Quote order: grouped by speaker.
    order_speaker,
    /// Button: expand every quote card.
    expand_all,
    /// Button: collapse every quote card.
    collapse_all,
    /// Announced after collapsing every card.
    collapsed_all,
    /// Heading over a quote's surrounding sentence.
    in_context,
    /// Heading over the context note.
    why_it_matters,
    /// Label before the tracker items a quote is evidence for.
    evidence_for,
    /// Button: scroll to the quote in the article text.
    show_in_article,
    /// Link, when the widget runs without script: the address of one quote.
    link_to_quote,
    /// Button: copy a link to the quote or item.
    copy_link,
    /// Button: open the system share sheet.
    share,
    /// Announced when a link was copied.
    link_copied,
    /// Shown when copying is impossible: the link to select by hand.
    copy_fallback,
    /// Accessible name of the copy fallback field.
    link_field_label,
    /// Accessible name of the notice's close button.
    dismiss,
    /// Filter button for every status.
    filter_all,
    /// Accessible name of the status filter.
    filter_label,
    /// Label before a tracker item's parties.
    parties,
    /// Label before a tracker item's evidence.
    evidence,
    /// Button: show a tracker item's status history.
    history,
    /// Accessible name of the article text region.
    source_label,
    /// Legend: what a yellow highlight in the article is.
    legend_quote,
    /// Legend: what a blue highlight in the article is.
    legend_passage,
    /// Shown in place of the widget when the content has errors.
    content_errors,
    /// Shown in place of the widget after an internal error.
    crashed,
    /// The disclosure with the technical details of an internal error.
    crash_details,
    /// Shown when a filter leaves no tracker item.
    no_items,
    /// Button: show the codes for embedding the widget in an article.
    embed,
    /// Above the embed codes.
    embed_intro,
    /// Label of the iframe embed code.
    embed_iframe,
    /// Label of the inline (script) embed code.
    embed_inline,
    /// Button: copy one embed code.
    copy_code,
    /// Announced when an embed code was copied.
    code_copied,
    /// Announced when an embed code could not be copied.
    code_not_copied,
    /// Shown while content from a URL is on its way.
    loading,
    /// Button: fetch content from a URL again after it failed.
    retry,
    /// A quote's share page: the link to the quote in the explainer.
    read_in_explainer,
    /// After "Spoken in …" on a translated quote: the report translated it.
    translation_by_report,
    /// The visible mark on a quote card new since the reader's last visit.
    new_mark,
    /// The visible mark on a tracker item changed since the reader's last visit.
    changed_mark,
    /// Read after either mark by screen readers (visually hidden): what it means.
    since_your_visit,
    /// Announced when content from a URL was refreshed and differs, with
    /// nothing new to count (a note or a wording changed).
    content_refreshed,
    /// A published page open through a republish: the button that loads
    /// the new version (host/new_version.rs).
    show_new_version,
    /// Accessible name of the buttons that switch between reports.
    reports_label,
    /// Link to a report's own page, where it has a URL.
    original_report,
    /// Heading of the timeline of status changes across the tracker.
    timeline_heading,
    /// Before the header's date of the latest update.
    updated,
}

impl Locale {
    /// The locale's strings, parsed from its file the first time they are
    /// asked for; English while the file is not here ([`Locale::is_here`]).
    pub fn strings(self) -> &'static Strings {
        static STRINGS: [OnceLock<Strings>; 5] = [const { OnceLock::new() }; 5];
        match self.loaded_catalog() {
            Some(catalog) => {
                STRINGS[self as usize].get_or_init(|| Strings::from_catalog(self, catalog))
            }
            None => Locale::En.strings(),
        }
    }
}

/// The English catalog, for a key another locale lacks (which the tests rule
/// out); `None` for English itself.
fn fallback(locale: Locale) -> Option<&'static Catalog> {
    (locale != Locale::En).then(|| Locale::En.catalog())
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

impl PartialEq for Strings {
    /// One value per locale, for the life of the program.
    fn eq(&self, other: &Strings) -> bool {
        self.locale == other.locale
    }
}

impl Eq for Strings {}

impl Strings {
    /// The text of `key`, from this locale's file or else the English one; the
    /// key itself if neither has it, never a blank.
    pub fn text(&self, key: &'static str) -> &'static str {
        self.catalog
            .text(key)
            .or_else(|| fallback(self.locale).and_then(|english| english.text(key)))
            .unwrap_or(key)
    }

    /// The text of `key` with its placeholders filled from `values`.
    pub fn fill(&self, key: &'static str, values: &[(&str, &str)]) -> String {
        fill(self.text(key), values)
    }

    /// The counted phrase `key` in the form `count` takes in this language,
    /// with `{count}` and the other placeholders filled.
    pub fn count(&self, key: &'static str, count: usize, values: &[(&str, &str)]) -> String {
        let category = self.locale.plural_category(count);
        let template = self
            .catalog
            .plural(key, category)
            .or_else(|| {
                let english = Locale::En;
                english
                    .catalog()
                    .plural(key, english.plural_category(count))
            })
            .unwrap_or(key);
        let count = count.to_string();
        let mut all = vec![("count", count.as_str())];
        all.extend_from_slice(values);
        fill(template, &all)
    }

    /// `text` in this locale's quotation marks.
    pub fn quoted(&self, text: &str) -> String {
        format!("{}{text}{}", self.quote_open, self.quote_close)
    }

    /// The label a reader sees on a status badge.
    pub fn status_label(&self, status: Status) -> &'static str {
        self.text(match status {
            Status::Agreed => "status_agreed",
            Status::Claimed => "status_claimed",
            Status::InProgress => "status_in_progress",
            Status::Pledged => "status_pledged",
            Status::Proposed => "status_proposed",
            Status::Unresolved => "status_unresolved",
            Status::NoDeal => "status_no_deal",
        })
    }

    /// What a status means, for the badge's tooltip.
    pub fn status_meaning(&self, status: Status) -> &'static str {
        self.text(match status {
            Status::Agreed => "status_agreed_meaning",
            Status::Claimed => "status_claimed_meaning",
            Status::InProgress => "status_in_progress_meaning",
            Status::Pledged => "status_pledged_meaning",
            Status::Proposed => "status_proposed_meaning",
            Status::Unresolved => "status_unresolved_meaning",
            Status::NoDeal => "status_no_deal_meaning",
        })
    }

    /// Announced after expanding `count` cards.
    pub fn expanded_all(&self, count: usize) -> String {
        self.count("expanded_all", count, &[])
    }

    /// The notice for a link that leads nowhere in this explainer.
    pub fn unknown_link(&self, fragment: &str) -> String {
        self.fill("unknown_link", &[("fragment", fragment)])
    }

    /// A notice of the view state in words.
    pub fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::UnknownLink(fragment) => self.unknown_link(fragment),
        }
    }

    /// What the live region says for an announcement of the view state.
    pub fn announcement(&self, announcement: &Announcement) -> String {
        match announcement {
            Announcement::Nothing => String::new(),
            Announcement::ExpandedAll(count) => self.expanded_all(*count),
            Announcement::CollapsedAll => self.collapsed_all.into(),
            Announcement::LinkCopied => self.link_copied.into(),
            Announcement::CopyFallback => self.copy_fallback.into(),
            Announcement::CodeCopied => self.code_copied.into(),
            Announcement::CodeNotCopied => self.code_not_copied.into(),
            Announcement::Updated {
                changed_items,
                new_quotes,
            } => self.updated_with(*changed_items, *new_quotes),
            Announcement::SinceVisit {
                visited,
                changed_items,
                new_quotes,
            } => self.since_visit(visited, *changed_items, *new_quotes),
        }
    }

    /// Why content from `url` did not load.
    pub fn load_error(&self, error: &LoadError, url: &str) -> String {
        match error {
            LoadError::Status { code: 404, .. } => self.fill("load_not_found", &[("url", url)]),
            LoadError::Status { code, text } if text.is_empty() => {
                self.fill("load_status", &[("url", url), ("code", &code.to_string())])
            }
            LoadError::Status { code, text } => self.fill(
                "load_status_text",
                &[("url", url), ("code", &code.to_string()), ("text", text)],
            ),
            LoadError::Network => self.fill("load_network", &[("url", url)]),
            LoadError::Timeout(seconds) => {
                self.count("load_timeout", *seconds as usize, &[("url", url)])
            }
        }
    }

    /// Why content from an address was not even requested (the rule is in
    /// [`crate::content_origin`]). It names the scheme or origin, never the
    /// whole address: a `data:` address carries the very text it would show.
    pub fn source_refused(&self, refusal: &Refusal) -> String {
        let how = self.text("refused_how");
        match refusal {
            Refusal::NotWeb { scheme } => self.fill("refused_not_web", &[("scheme", scheme)]),
            Refusal::Foreign {
                origin,
                page_origin: Some(page),
            } => self.fill(
                "refused_foreign",
                &[("origin", origin), ("page", page), ("how", how)],
            ),
            Refusal::Foreign {
                origin,
                page_origin: None,
            } => self.fill(
                "refused_foreign_unknown_page",
                &[("origin", origin), ("how", how)],
            ),
            Refusal::Unclear => self.text("refused_unclear").into(),
        }
    }

    /// Above the content errors of an explainer loaded from `url`.
    pub fn content_errors_at(&self, url: &str) -> String {
        self.fill("content_errors_at", &[("url", url)])
    }

    /// The tracker's summary line before the per-status counts.
    pub fn items(&self, count: usize) -> String {
        self.count("items", count, &[])
    }

    /// How many tracker items the filter shows, for screen readers.
    pub fn showing(&self, shown: usize, total: usize) -> String {
        self.count("showing", total, &[("shown", &shown.to_string())])
    }

    /// A language's name in the interface's language, from its BCP 47 tag, for
    /// "Spoken in Russian"; `None` for a language the widget has no name for.
    pub fn language_name(&self, tag: &str) -> Option<&'static str> {
        let key = match crate::model::language::primary_language(tag).as_str() {
            "ar" => "language_ar",
            "de" => "language_de",
            "en" => "language_en",
            "es" => "language_es",
            "fa" => "language_fa",
            "fr" => "language_fr",
            "he" => "language_he",
            "hi" => "language_hi",
            "it" => "language_it",
            "ja" => "language_ja",
            "ko" => "language_ko",
            "pl" => "language_pl",
            "pt" => "language_pt",
            "ru" => "language_ru",
            "tr" => "language_tr",
            "uk" => "language_uk",
            "zh" => "language_zh",
            _ => return None,
        };
        Some(self.text(key))
    }

    /// A language by name where the widget has one, else by its tag.
    fn language(&self, tag: &str) -> String {
        self.language_name(tag)
            .map_or_else(|| tag.to_string(), str::to_string)
    }

    /// The line on a quote card saying what language the words were spoken in
    /// and, for a translation, who translated them.
    pub fn spoken_language(&self, spoken: &SpokenLanguage) -> String {
        let spoken_in = self.fill(
            "spoken_in",
            &[("language", &self.language(spoken.spoken_in))],
        );
        match spoken.translation {
            None => spoken_in,
            Some(Translation::Report) => format!("{spoken_in} {}", self.translation_by_report),
            Some(Translation::By(name)) => {
                format!(
                    "{spoken_in} {}",
                    self.fill("translated_by", &[("name", name)])
                )
            }
        }
    }

    /// A short label for a quote in translation, where a line has little room
    /// (the share image): "Translated from Russian".
    pub fn translated_from(&self, language: &str) -> String {
        self.fill("translated_from", &[("language", &self.language(language))])
    }

    /// The summary of the disclosure holding a quote's original words.
    pub fn original_words(&self, language: &str) -> String {
        self.fill("original_words", &[("language", &self.language(language))])
    }

    /// What changed since a reader's last visit: "2 items changed, 3 new quotes"
    /// (either part left out when it is none).
    pub fn changes(&self, changed_items: usize, new_quotes: usize) -> String {
        let items = self.count("items_changed", changed_items, &[]);
        let quotes = self.count("new_quotes", new_quotes, &[]);
        match (changed_items, new_quotes) {
            (0, 0) => String::new(),
            (_, 0) => items,
            (0, _) => quotes,
            _ => format!("{items}{}{quotes}", self.list_separator),
        }
    }

    /// The line a returning reader sees: "Since your visit on August 15, 2025:
    /// 2 items changed, 3 new quotes." (`visited` is `YYYY-MM-DD`).
    pub fn since_visit(&self, visited: &str, changed_items: usize, new_quotes: usize) -> String {
        self.fill(
            "since_visit",
            &[
                ("date", &self.date(visited)),
                ("changes", &self.changes(changed_items, new_quotes)),
            ],
        )
    }

    /// Announced when content from a URL was refreshed with new items or quotes.
    pub fn updated_with(&self, changed_items: usize, new_quotes: usize) -> String {
        if changed_items == 0 && new_quotes == 0 {
            return self.content_refreshed.into();
        }
        self.fill(
            "updated_with",
            &[("changes", &self.changes(changed_items, new_quotes))],
        )
    }

    /// A report's place among the explainer's reports, counted from 1.
    pub fn report_number(&self, number: usize, count: usize) -> String {
        self.fill(
            "report_number",
            &[
                ("number", &number.to_string()),
                ("count", &count.to_string()),
            ],
        )
    }

    /// Where a quote card's words come from, when an explainer has several
    /// reports: the report's date, before its headline.
    pub fn from_report(&self, published: &str) -> String {
        self.fill("from_report", &[("date", &self.date(published))])
    }

    /// A date as readers of this locale read it: `2025-08-15` → `August 15,
    /// 2025`, `15 августа 2025`, `15 août 2025`.
    pub fn date(&self, iso: &str) -> String {
        let mut parts = iso.split('-').map(|p| p.parse::<usize>().ok());
        match (
            parts.next().flatten(),
            parts.next().flatten(),
            parts.next().flatten(),
        ) {
            (Some(year), Some(month @ 1..=12), Some(day)) => {
                let day = match day {
                    1 => self.text("date_first_day").to_string(),
                    _ => day.to_string(),
                };
                self.fill(
                    "date",
                    &[
                        ("month", self.text(MONTH_KEYS[month - 1])),
                        ("day", &day),
                        ("year", &year.to_string()),
                    ],
                )
            }
            _ => iso.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::catalog::{placeholders, Entry};
    use super::plural::PluralCategory;
    use super::*;

    /// Everything wrong with `locale`'s file measured against the English one:
    /// keys missing or extra, a text where English counts or the reverse, plural
    /// forms its language needs missing, placeholders English does not have.
    fn problems_with(locale: Locale, catalog: &Catalog) -> Vec<String> {
        let english = Locale::En.catalog();
        let mut problems = Vec::new();
        for key in english.entries.keys() {
            if !catalog.entries.contains_key(key) {
                problems.push(format!("{locale}: missing key “{key}”"));
            }
        }
        for (key, entry) in &catalog.entries {
            let Some(reference) = english.entries.get(key) else {
                problems.push(format!("{locale}: key “{key}” is not in en.json"));
                continue;
            };
            let allowed: BTreeSet<&str> = match reference {
                Entry::Text(text) => placeholders(text).into_iter().collect(),
                Entry::Plural(forms) => forms
                    .iter()
                    .flatten()
                    .flat_map(|f| placeholders(f))
                    .collect(),
            };
            match (reference, entry) {
                (Entry::Text(reference), Entry::Text(text)) => {
                    let wanted: BTreeSet<&str> = placeholders(reference).into_iter().collect();
                    let used: BTreeSet<&str> = placeholders(text).into_iter().collect();
                    if wanted != used {
                        problems.push(format!(
                            "{locale}: “{key}” has placeholders {used:?}, English {wanted:?}"
                        ));
                    }
                }
                (Entry::Plural(_), Entry::Plural(forms)) => {
                    for category in locale.plural_forms() {
                        if forms[category.index()].is_none() {
                            problems.push(format!(
                                "{locale}: “{key}” lacks its “{}” form",
                                category.name()
                            ));
                        }
                    }
                    for form in forms.iter().flatten() {
                        for name in placeholders(form) {
                            if !allowed.contains(name) {
                                problems.push(format!(
                                    "{locale}: “{key}” uses {{{name}}}, which English does not"
                                ));
                            }
                        }
                    }
                }
                _ => problems.push(format!(
                    "{locale}: “{key}” is a text in one file and counted in the other"
                )),
            }
        }
        problems
    }

    #[test]
    fn every_locale_file_parses() {
        for locale in Locale::ALL {
            if let Err(error) = Catalog::parse(locale.source()) {
                panic!("locales/{locale}.json: {error}");
            }
        }
    }

    #[test]
    fn every_locale_has_exactly_the_english_keys_and_the_forms_its_language_needs() {
        let problems: Vec<String> = Locale::ALL
            .into_iter()
            .flat_map(|locale| problems_with(locale, locale.catalog()))
            .collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn a_broken_locale_is_caught() {
        let english = Locale::En.catalog();
        let mut json: Vec<String> = english
            .entries
            .iter()
            .filter(|(key, _)| *key != "kicker")
            .map(|(key, entry)| match entry {
                Entry::Text(text) if key == "unknown_link" => format!(
                    "\"{key}\": \"{}\"",
                    text.replace("{fragment}", "{fragmnet}")
                ),
                Entry::Text(text) => format!("\"{key}\": {}", serde_json::to_string(text).unwrap()),
                // Russian needs `few` and `many`: English's `one` and `other` lack them.
                Entry::Plural(forms) => format!(
                    "\"{key}\": {{ \"one\": {}, \"other\": {} }}",
                    serde_json::to_string(forms[PluralCategory::One.index()].as_ref().unwrap())
                        .unwrap(),
                    serde_json::to_string(forms[PluralCategory::Other.index()].as_ref().unwrap())
                        .unwrap()
                ),
            })
            .collect();
        json.push("\"surplus\": \"x\"".into());
        let broken = Catalog::parse(&format!("{{ {} }}", json.join(", "))).unwrap();
        let problems = problems_with(Locale::Ru, &broken).join("\n");
        assert!(problems.contains("missing key “kicker”"), "{problems}");
        assert!(
            problems.contains("“surplus” is not in en.json"),
            "{problems}"
        );
        assert!(
            problems.contains("“items” lacks its “few” form"),
            "{problems}"
        );
        assert!(
            problems.contains("“unknown_link” has placeholders"),
            "{problems}"
        );
    }

    #[test]
    fn every_locale_file_is_short_enough_to_fetch() {
        for locale in Locale::ALL {
            assert!(
                locale.source().len() <= catalog::MAX_FETCHED_BYTES,
                "locales/{locale}.json is {} bytes, over the {} the widget fetches: raise the limit",
                locale.source().len(),
                catalog::MAX_FETCHED_BYTES
            );
        }
    }

    #[test]
    fn a_fetched_file_reads_every_key_it_lacks_in_english() {
        let fetched = Catalog::parse_fetched(
            r#"{ "kicker": "Décryptage", "tab_quotes": { "one": "not a text" } }"#,
        )
        .unwrap();
        let strings = Strings::from_catalog(Locale::Fr, Box::leak(Box::new(fetched)));
        let english = english();
        assert_eq!(strings.kicker, "Décryptage");
        assert_eq!(strings.tab_quotes, english.tab_quotes);
        assert_eq!(strings.text("status_agreed"), english.text("status_agreed"));
        assert_eq!(strings.expanded_all(2), english.expanded_all(2));
    }

    #[test]
    fn every_plain_text_field_has_an_english_text() {
        for key in TEXT_KEYS {
            assert!(
                Locale::En.catalog().text(key).is_some(),
                "en.json has no text “{key}”"
            );
        }
    }

    /// Latin words a translation keeps: commands, formats and names of fields.
    const TECHNICAL: [&str; 17] = [
        "HTTP",
        "CORS",
        "data-src",
        "src",
        "explainer",
        "build",
        "allow-src-origin",
        "Iframe",
        "iframe",
        "ISO",
        "BCP",
        "prefix",
        "suffix",
        "TODO",
        "http",
        "https",
        "HTML",
    ];

    #[test]
    fn russian_ukrainian_and_arabic_have_no_english_left() {
        for locale in [Locale::Ru, Locale::Uk, Locale::Ar] {
            for (key, entry) in &locale.catalog().entries {
                let texts: Vec<&String> = match entry {
                    Entry::Text(text) => vec![text],
                    Entry::Plural(forms) => forms.iter().flatten().collect(),
                };
                for text in texts {
                    // Placeholders, `field` names and quoted examples are not prose.
                    let mut prose = String::new();
                    let mut skip = None;
                    for c in text.chars() {
                        match (skip, c) {
                            (None, '{') => skip = Some('}'),
                            (None, '`') => skip = Some('`'),
                            (None, '«') => skip = Some('»'),
                            (Some(end), c) if c == end => skip = None,
                            (Some(_), _) => {}
                            (None, c) => prose.push(c),
                        }
                    }
                    // Paths (`quote/<id>/`, `docs/EMBEDDING.md`) are not prose either.
                    let words = prose
                        .split_whitespace()
                        .filter(|token| !token.contains('/'))
                        .flat_map(|token| {
                            token.split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
                        });
                    for word in words {
                        let word = word.trim_matches('-');
                        if word.len() > 2 && !TECHNICAL.contains(&word) && !word.starts_with("YYYY")
                        {
                            panic!(
                                "locales/{locale}.json “{key}”: English word “{word}” in “{text}”"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn french_differs_from_english_where_the_words_differ() {
        // Words French writes the same way.
        let same = ["parties", "date_first_day", "list_separator"];
        let english = Locale::En.catalog();
        for (key, entry) in &Locale::Fr.catalog().entries {
            if same.contains(&key.as_str()) || key.starts_with("load_status") {
                continue;
            }
            assert_ne!(
                Some(entry),
                english.entries.get(key),
                "fr.json “{key}” is the English text"
            );
        }
    }

    #[test]
    fn status_labels_are_distinct_in_every_locale() {
        for locale in Locale::ALL {
            let strings = locale.strings();
            let mut labels: Vec<_> = Status::ALL
                .iter()
                .map(|&s| strings.status_label(s))
                .collect();
            labels.sort();
            labels.dedup();
            assert_eq!(labels.len(), Status::ALL.len(), "{locale}");
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(english().date("2025-08-15"), "August 15, 2025");
        assert_eq!(Locale::Ru.strings().date("2025-08-15"), "15 августа 2025");
        assert_eq!(Locale::Uk.strings().date("2025-03-04"), "4 березня 2025");
        assert_eq!(Locale::Fr.strings().date("2025-08-01"), "1er août 2025");
        assert_eq!(Locale::Ar.strings().date("2025-03-04"), "4 مارس 2025");
        assert_eq!(english().date("2025-13-01"), "2025-13-01");
        assert_eq!(Locale::Ru.strings().date("soon"), "soon");
    }

    #[test]
    fn counts_take_the_form_of_their_language() {
        assert_eq!(english().expanded_all(1), "1 quote expanded.");
        assert_eq!(english().expanded_all(10), "10 quotes expanded.");
        assert_eq!(english().items(1), "1 item:");
        assert_eq!(english().items(7), "7 items:");
        let ru = Locale::Ru.strings();
        assert_eq!(ru.items(1), "1 пункт:");
        assert_eq!(ru.items(3), "3 пункта:");
        assert_eq!(ru.items(5), "5 пунктов:");
        assert_eq!(ru.items(21), "21 пункт:");
        assert_eq!(ru.showing(2, 7), "Показано 2 из 7 пунктов.");
        assert_eq!(Locale::Uk.strings().expanded_all(3), "Розгорнуто 3 цитати.");
        assert_eq!(Locale::Fr.strings().expanded_all(0), "0 citation dépliée.");
        assert_eq!(
            Locale::Fr.strings().expanded_all(2),
            "2 citations dépliées."
        );
        let ar = Locale::Ar.strings();
        assert_eq!(ar.items(1), "بند واحد:");
        assert_eq!(ar.items(2), "بندان:");
        assert_eq!(ar.items(7), "7 بنود:");
        assert_eq!(ar.items(11), "11 بندًا:");
        assert_eq!(ar.items(100), "100 بند:");
    }

    #[test]
    fn quotation_marks_follow_the_locale() {
        assert_eq!(english().quoted("x"), "“x”");
        assert_eq!(Locale::Ru.strings().quoted("x"), "«x»");
        assert_eq!(Locale::Uk.strings().quoted("x"), "«x»");
        assert_eq!(Locale::Fr.strings().quoted("x"), "«\u{202f}x\u{202f}»");
        assert_eq!(Locale::Ar.strings().quoted("x"), "«x»");
    }

    #[test]
    fn load_errors_name_the_url_and_the_cause() {
        let url = "https://x.example/c.json";
        let not_found = english().load_error(
            &LoadError::Status {
                code: 404,
                text: "Not Found".into(),
            },
            url,
        );
        assert!(not_found.contains(url) && not_found.contains("not found"));
        let server = english().load_error(
            &LoadError::Status {
                code: 503,
                text: String::new(),
            },
            url,
        );
        assert!(server.contains("HTTP 503."), "{server}");
        assert!(english()
            .load_error(&LoadError::Timeout(7), url)
            .contains("7 seconds"));
        assert!(english()
            .load_error(&LoadError::Timeout(1), url)
            .contains("1 second."));
        assert!(english()
            .load_error(&LoadError::Network, url)
            .contains("CORS"));
    }

    #[test]
    fn refusals_name_the_scheme_or_origin_and_how_to_allow_one() {
        let data = english().source_refused(&Refusal::NotWeb {
            scheme: "data".into(),
        });
        assert!(data.contains("starts with “data:”"), "{data}");
        let foreign = english().source_refused(&Refusal::Foreign {
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
    fn the_view_states_notices_and_announcements_are_worded_in_the_locale() {
        let english = english();
        assert_eq!(
            english.notice(&Notice::UnknownLink("#quote-x".into())),
            english.unknown_link("#quote-x")
        );
        assert_eq!(english.announcement(&Announcement::Nothing), "");
        assert_eq!(
            english.announcement(&Announcement::ExpandedAll(2)),
            "2 quotes expanded."
        );
        assert_eq!(
            english.announcement(&Announcement::CollapsedAll),
            "All quotes collapsed."
        );
        assert_eq!(
            Locale::Ru.strings().announcement(&Announcement::LinkCopied),
            Locale::Ru.strings().link_copied
        );
    }
}
