//! Languages in the content: which tags are well formed, and what a quote says
//! about the language it was spoken in.
//!
//! A quote's words stand in the article as the article prints them, usually in
//! the article's language. When they were spoken in another language the words
//! are a translation, and a reader is owed that fact, who translated, and the
//! original words where the newsroom has them. [`Quote::spoken_language`] works
//! that out once, as a typed value, so the card, the structured data and the
//! share pages say the same thing.

use super::explainer::{OriginalWords, Quote};

/// Whether `tag` is a well-formed BCP 47 language tag (RFC 5646, section 2.1):
/// a language (2–3 letters, optionally with up to three extended subtags), then an optional script (4 letters), region (2 letters or 3
/// digits), variants, extensions and a private-use part, or a private-use tag
/// alone (`x-…`). Case does not matter. The grammar's 4–8 letter languages
/// are left out: none is registered, and "english" is a newsroom's slip, not a
/// tag. Whether a subtag is registered is not
/// checked: the registry changes, and a well-formed tag is what browsers accept
/// in `lang`.
pub fn is_language_tag(tag: &str) -> bool {
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags.iter().any(|subtag| {
        subtag.is_empty() || subtag.len() > 8 || !subtag.bytes().all(|b| b.is_ascii_alphanumeric())
    }) {
        return false;
    }
    let letters = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut rest = subtags.as_slice();
    let is_private_use =
        |rest: &[&str]| rest.first().is_some_and(|x| x.eq_ignore_ascii_case("x")) && rest.len() > 1;
    if is_private_use(rest) {
        return true;
    }
    // The primary language subtag.
    match rest.first() {
        Some(language) if letters(language) && matches!(language.len(), 2 | 3) => {
            rest = &rest[1..];
            // Up to three extended language subtags (`zh-yue`).
            let mut extended = 0;
            while extended < 3 && rest.first().is_some_and(|s| s.len() == 3 && letters(s)) {
                rest = &rest[1..];
                extended += 1;
            }
        }
        _ => return false,
    }
    if rest.first().is_some_and(|s| s.len() == 4 && letters(s)) {
        rest = &rest[1..];
    }
    if rest
        .first()
        .is_some_and(|s| (s.len() == 2 && letters(s)) || (s.len() == 3 && digits(s)))
    {
        rest = &rest[1..];
    }
    let is_variant =
        |s: &str| (5..=8).contains(&s.len()) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit());
    while rest.first().is_some_and(|s| is_variant(s)) {
        rest = &rest[1..];
    }
    // Extensions: a singleton other than `x`, then at least one subtag of 2–8.
    while let Some(singleton) = rest.first() {
        if singleton.len() != 1 || singleton.eq_ignore_ascii_case("x") {
            break;
        }
        let length = rest[1..].iter().take_while(|s| s.len() >= 2).count();
        if length == 0 {
            return false;
        }
        rest = &rest[1 + length..];
    }
    rest.is_empty() || is_private_use(rest)
}

/// The primary language subtag of a tag, lowercased: `"pt"` for `"pt-BR"`. Two
/// tags name the same language for a reader when their primary subtags agree.
pub fn primary_language(tag: &str) -> String {
    tag.split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The two voices of a widget (issue 31): its interface speaks a locale's
/// language, its content the article's, and each keeps its own language and
/// direction. English content under an Arabic interface reads left to right
/// inside a mirrored widget (its full stops at the end, not the start); Arabic
/// content under an English interface reads right to left inside a widget that
/// is not mirrored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voices {
    /// The root's `lang`: the content's own tag (`en-GB`) where the interface
    /// speaks the content's language, else the interface's (`ar`).
    pub root_lang: String,
    /// The root's `dir`: the interface's, which its chrome (tabs, arrows,
    /// chevrons) follows.
    pub root_dir: &'static str,
    /// The `lang` of each element of content text: `None` where the root's
    /// already is the content's.
    pub content_lang: Option<String>,
    /// The `dir` of each element of content text: `None` where the root's
    /// already is the content's.
    pub content_dir: Option<&'static str>,
}

impl Voices {
    /// The voices of content in `content_lang` (direction `content_dir`) under
    /// an interface in `interface_lang` (direction `interface_dir`). Languages
    /// are the same when their primary subtags are ([`primary_language`]), so
    /// `en-GB` content under the `en` interface needs no marks of its own.
    pub fn of(
        content_lang: &str,
        content_dir: &'static str,
        interface_lang: &str,
        interface_dir: &'static str,
    ) -> Voices {
        let same_language = primary_language(content_lang) == primary_language(interface_lang);
        Voices {
            root_lang: if same_language {
                content_lang
            } else {
                interface_lang
            }
            .to_string(),
            root_dir: interface_dir,
            content_lang: (!same_language).then(|| content_lang.to_string()),
            content_dir: (content_dir != interface_dir).then_some(content_dir),
        }
    }
}

/// What a quote says about the language its words were spoken in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpokenLanguage<'a> {
    /// The language the words were spoken in, as tagged in the content.
    pub spoken_in: &'a str,
    /// How the quoted words came into the article's language; `None` when they
    /// stand as spoken.
    pub translation: Option<Translation<'a>>,
    /// The words as spoken, where the newsroom has them.
    pub original: Option<&'a OriginalWords>,
}

/// Who put a quote's words into the language they are quoted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Translation<'a> {
    /// The report's own translation: the content names no translator.
    Report,
    /// A named translator or agency.
    By(&'a str),
}

impl Quote {
    /// The language the quote's words stand in: its own `language`, else the
    /// article's.
    pub fn text_language<'a>(&'a self, article_language: &'a str) -> &'a str {
        self.language.as_deref().unwrap_or(article_language)
    }

    /// What the quote says about the language it was spoken in, or `None` when
    /// it says nothing (then the card says nothing either). The language spoken is
    /// `spoken_in`, else the original's; the words are a translation when that
    /// differs from the language they stand in.
    pub fn spoken_language<'a>(&'a self, article_language: &'a str) -> Option<SpokenLanguage<'a>> {
        let spoken_in = self.spoken_in.as_deref().or(self
            .original
            .as_ref()
            .map(|original| original.language.as_str()))?;
        let translated =
            primary_language(spoken_in) != primary_language(self.text_language(article_language));
        Some(SpokenLanguage {
            spoken_in,
            translation: translated.then(|| match &self.translator {
                Some(name) => Translation::By(name),
                None => Translation::Report,
            }),
            original: self.original.as_ref(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_tags() {
        for good in [
            "en",
            "EN-us",
            "uk",
            "ar-EG",
            "zh-Hant-TW",
            "zh-yue-HK",
            "sr-Latn-RS",
            "es-419",
            "de-CH-1996",
            "sl-rozaj-biske",
            "en-US-u-ca-gregory",
            "en-x-newsroom",
            "x-klingon",
            "haw",
            "ast",
        ] {
            assert!(is_language_tag(good), "{good:?}");
        }
        for bad in [
            "",
            "e",
            "english",
            "english1",
            "en_US",
            "en-",
            "-en",
            "en--US",
            "en-US-u",
            "en-a-b",
            "1en",
            "en-US-x",
            "x",
            "toolongtag",
            "en-abcdefghi",
            "Русский",
            "en-US ",
        ] {
            assert!(!is_language_tag(bad), "{bad:?}");
        }
    }

    #[test]
    fn primary_language_ignores_region_and_case() {
        assert_eq!(primary_language("PT-br"), "pt");
        assert_eq!(primary_language("uk"), "uk");
    }

    fn quote(json: &str) -> Quote {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_quote_without_language_facts_says_nothing() {
        let plain = quote(r#"{"id":"a","speaker":"p","text":"Hi.","context":"c"}"#);
        assert_eq!(plain.spoken_language("en"), None);
        assert_eq!(plain.text_language("en"), "en");
    }

    #[test]
    fn words_spoken_in_the_articles_language_are_no_translation() {
        let english = quote(
            r#"{"id":"a","speaker":"p","text":"Next time in Moscow.","context":"c","spoken_in":"en"}"#,
        );
        let facts = english.spoken_language("en-US").unwrap();
        assert_eq!(facts.spoken_in, "en");
        assert_eq!(facts.translation, None);
    }

    #[test]
    fn words_spoken_in_another_language_are_the_reports_translation_unless_a_translator_is_named() {
        let report =
            quote(r#"{"id":"a","speaker":"p","text":"Hi.","context":"c","spoken_in":"ru"}"#);
        assert_eq!(
            report.spoken_language("en").unwrap().translation,
            Some(Translation::Report)
        );
        let named = quote(
            r#"{"id":"a","speaker":"p","text":"Hi.","context":"c","spoken_in":"ru","translator":"Anna Petrova"}"#,
        );
        assert_eq!(
            named.spoken_language("en").unwrap().translation,
            Some(Translation::By("Anna Petrova"))
        );
    }

    #[test]
    fn the_original_gives_the_language_spoken_when_spoken_in_is_left_out() {
        let with_original = quote(
            r#"{"id":"a","speaker":"p","text":"Hi.","context":"c","original":{"text":"Привет.","language":"ru"}}"#,
        );
        let facts = with_original.spoken_language("en").unwrap();
        assert_eq!(facts.spoken_in, "ru");
        assert_eq!(facts.original.unwrap().text, "Привет.");
        assert_eq!(facts.translation, Some(Translation::Report));
    }

    #[test]
    fn a_quote_printed_untranslated_is_no_translation() {
        // A Ukrainian quote left in Ukrainian inside an English article.
        let untranslated = quote(
            r#"{"id":"a","speaker":"p","text":"Слава.","context":"c","language":"uk","spoken_in":"uk"}"#,
        );
        assert_eq!(untranslated.text_language("en"), "uk");
        assert_eq!(
            untranslated.spoken_language("en").unwrap().translation,
            None
        );
    }

    #[test]
    fn content_in_the_interface_language_needs_no_marks_of_its_own() {
        let voices = Voices::of("en-GB", "ltr", "en", "ltr");
        assert_eq!(voices.root_lang, "en-GB");
        assert_eq!(voices.root_dir, "ltr");
        assert_eq!(voices.content_lang, None);
        assert_eq!(voices.content_dir, None);
        let arabic = Voices::of("ar", "rtl", "ar", "rtl");
        assert_eq!((arabic.root_lang.as_str(), arabic.root_dir), ("ar", "rtl"));
        assert_eq!((arabic.content_lang, arabic.content_dir), (None, None));
    }

    #[test]
    fn content_under_an_interface_in_another_language_keeps_its_own() {
        // English content, Arabic interface: a mirrored widget, content left to right.
        let voices = Voices::of("en", "ltr", "ar", "rtl");
        assert_eq!((voices.root_lang.as_str(), voices.root_dir), ("ar", "rtl"));
        assert_eq!(voices.content_lang.as_deref(), Some("en"));
        assert_eq!(voices.content_dir, Some("ltr"));
        // Arabic content, English interface: not mirrored, content right to left.
        let voices = Voices::of("ar-EG", "rtl", "en", "ltr");
        assert_eq!((voices.root_lang.as_str(), voices.root_dir), ("en", "ltr"));
        assert_eq!(voices.content_lang.as_deref(), Some("ar-EG"));
        assert_eq!(voices.content_dir, Some("rtl"));
        // Russian content, French interface: another language, the same direction.
        let voices = Voices::of("ru", "ltr", "fr", "ltr");
        assert_eq!(voices.content_lang.as_deref(), Some("ru"));
        assert_eq!(voices.content_dir, None);
    }
}
