//! The interface languages the build ships, and which one a widget shows: the
//! one the page asks for (`?locale=`, `data-locale`), else the content's own
//! language (`article.language`), else English. The command-line tool's
//! pre-render and the hydrating widget decide by the same function, so their
//! markup agrees.
//!
//! Where the texts come from depends on the build. English is always compiled
//! in. The other four are too natively (the command-line tool pre-renders in
//! any locale; the tests read every file) and in a Wasm build with the
//! `all-locales` feature (the Studio, whose preview shows any draft's locale).
//! The reader's Wasm carries English alone (the four others cost every reader
//! 13.5 KB gzip of Wasm, for the readers of one language each): it fetches
//! the one a page needs before drawing in it ([`crate::host::locale_files`]),
//! and hands the file to [`Locale::install`]. Until then, or if it never comes,
//! [`Locale::strings`] gives English, which keeps the widget whole.

use std::sync::OnceLock;

use super::catalog::{Catalog, FetchedFileError};
use super::plural::PluralCategory;

/// Every locale's parsed file, by [`Locale`] as an index: parsed from the text
/// compiled in the first time it is asked for, or set once by [`Locale::install`].
static CATALOGS: [OnceLock<Catalog>; 5] = [const { OnceLock::new() }; 5];

/// An interface language. Each has a file in `locales/`, parsed the first time a
/// widget uses it: compiled in, or fetched (see the module's documentation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English, the default and the reference every other file is checked against.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Ukrainian.
    Uk,
    /// French.
    Fr,
    /// Arabic (right to left).
    Ar,
}

/// Which locale a widget shows, and the tag it could not match, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The locale to show.
    pub locale: Locale,
    /// A tag that was asked for (or the content's language) with no locale of
    /// its own: the widget fell back to English and says so in the console.
    pub unmatched: Option<String>,
}

impl Locale {
    /// Every locale the build ships.
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Ru, Locale::Uk, Locale::Fr, Locale::Ar];

    /// The language tag (`"en"`, `"ru"`…), also the name of its file in `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Uk => "uk",
            Locale::Fr => "fr",
            Locale::Ar => "ar",
        }
    }

    /// The locale for a BCP 47 tag, by its primary language subtag and in any
    /// case: `ru-RU` and `RU` are Russian.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(primary))
    }

    /// The locale a widget shows: `requested` by the page when it is given (an
    /// empty value counts as not given), else the one for `content_language`;
    /// English when that tag has no locale.
    pub fn resolve(requested: Option<&str>, content_language: &str) -> Resolution {
        let tag = requested
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
            .unwrap_or(content_language);
        match Locale::from_tag(tag) {
            Some(locale) => Resolution {
                locale,
                unmatched: None,
            },
            None => Resolution {
                locale: Locale::En,
                unmatched: Some(tag.to_string()),
            },
        }
    }

    /// The locale a page is pre-rendered in: the content's own, as the widget
    /// picks it without `?locale=`. One rule for the command-line tool that
    /// writes the page (and its share pages) and the widget that hydrates it, so
    /// the widget adopts only markup written in the language it shows.
    pub fn prerendered(content_language: &str) -> Locale {
        Locale::resolve(None, content_language).locale
    }

    /// The writing direction of the interface: `"rtl"` or `"ltr"`.
    pub fn direction(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// True when the locale's texts are at hand: compiled in, or fetched and
    /// installed. Always for English.
    #[cfg(not(any(test, not(target_arch = "wasm32"), feature = "all-locales")))]
    pub fn is_here(self) -> bool {
        self.loaded_catalog().is_some()
    }

    /// True when the locale's texts are at hand: always, where every file is
    /// compiled in (which spares the Studio's Wasm the fetching code).
    #[cfg(any(test, not(target_arch = "wasm32"), feature = "all-locales"))]
    pub fn is_here(self) -> bool {
        true
    }

    /// Installs the locale's file as fetched: parsed once and bounded
    /// ([`Catalog::parse_fetched`]). A locale already here keeps what it has.
    pub fn install(self, json: &str) -> Result<(), FetchedFileError> {
        if self.is_here() {
            return Ok(());
        }
        let catalog = Catalog::parse_fetched(json)?;
        let _ = CATALOGS[self as usize].set(catalog);
        Ok(())
    }

    /// The locale's file, parsed once; an empty catalog while it is not here,
    /// so every string falls back to English. A compiled-in file that does not
    /// parse (which the tests rule out) leaves an empty catalog too.
    pub(crate) fn catalog(self) -> &'static Catalog {
        static NOTHING: Catalog = Catalog {
            entries: std::collections::BTreeMap::new(),
        };
        self.loaded_catalog().unwrap_or(&NOTHING)
    }

    pub(super) fn loaded_catalog(self) -> Option<&'static Catalog> {
        let slot = &CATALOGS[self as usize];
        match self.compiled_in() {
            Some(source) => Some(slot.get_or_init(|| Catalog::parse(source).unwrap_or_default())),
            None => slot.get(),
        }
    }

    /// The locale's file as compiled into this build: every one natively, in
    /// tests and with the `all-locales` feature.
    #[cfg(any(test, not(target_arch = "wasm32"), feature = "all-locales"))]
    fn compiled_in(self) -> Option<&'static str> {
        Some(self.source())
    }

    /// The locale's file as compiled into the reader's Wasm: English alone.
    #[cfg(not(any(test, not(target_arch = "wasm32"), feature = "all-locales")))]
    fn compiled_in(self) -> Option<&'static str> {
        (self == Locale::En).then_some(include_str!("../../locales/en.json"))
    }

    /// The locale's file, where every file is compiled in.
    #[cfg(any(test, not(target_arch = "wasm32"), feature = "all-locales"))]
    pub(crate) fn source(self) -> &'static str {
        match self {
            Locale::En => include_str!("../../locales/en.json"),
            Locale::Ru => include_str!("../../locales/ru.json"),
            Locale::Uk => include_str!("../../locales/uk.json"),
            Locale::Fr => include_str!("../../locales/fr.json"),
            Locale::Ar => include_str!("../../locales/ar.json"),
        }
    }

    /// The plural category `count` takes in the locale's language.
    pub fn plural_category(self, count: usize) -> PluralCategory {
        use PluralCategory::*;
        match self {
            Locale::En => match count {
                1 => One,
                _ => Other,
            },
            Locale::Fr => match count {
                0 | 1 => One,
                _ => Other,
            },
            Locale::Ru | Locale::Uk => match (count % 10, count % 100) {
                (1, tens) if tens != 11 => One,
                (2..=4, tens) if !(12..=14).contains(&tens) => Few,
                _ => Many,
            },
            Locale::Ar => match (count, count % 100) {
                (0, _) => Zero,
                (1, _) => One,
                (2, _) => Two,
                (_, 3..=10) => Few,
                (_, 11..=99) => Many,
                _ => Other,
            },
        }
    }

    /// The forms a counted phrase needs in the locale's language: a locale file
    /// without one of them fails the tests.
    pub fn plural_forms(self) -> &'static [PluralCategory] {
        use PluralCategory::*;
        match self {
            Locale::En | Locale::Fr => &[One, Other],
            Locale::Ru | Locale::Uk => &[One, Few, Many],
            Locale::Ar => &[Zero, One, Two, Few, Many, Other],
        }
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_by_their_primary_subtag_in_any_case() {
        assert_eq!(Locale::from_tag("ru-RU"), Some(Locale::Ru));
        assert_eq!(Locale::from_tag("UK"), Some(Locale::Uk));
        assert_eq!(Locale::from_tag("fr_CA"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("ar-EG"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("en"), Some(Locale::En));
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag("rus"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn the_page_overrides_the_content_and_an_unknown_tag_is_english() {
        assert_eq!(Locale::resolve(None, "ru").locale, Locale::Ru);
        assert_eq!(Locale::resolve(Some("fr"), "ru").locale, Locale::Fr);
        assert_eq!(Locale::resolve(Some(" "), "ar").locale, Locale::Ar);
        let unknown = Locale::resolve(Some("xx-YY"), "ru");
        assert_eq!(unknown.locale, Locale::En);
        assert_eq!(unknown.unmatched.as_deref(), Some("xx-YY"));
        let german = Locale::resolve(None, "de");
        assert_eq!(german.locale, Locale::En);
        assert_eq!(german.unmatched.as_deref(), Some("de"));
        assert_eq!(Locale::resolve(None, "en").unmatched, None);
    }
}
