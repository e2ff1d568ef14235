//! One locale file parsed: a flat JSON object from keys to texts, where a
//! counted phrase is an object of its plural forms by CLDR category. Texts carry
//! placeholders in braces (`{count}`, `{url}`), filled by [`fill`].
//!
//! The entries are read with a small hand-written visitor rather than an
//! untagged enum, which would buffer every value first and cost the Wasm more.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use super::plural::PluralCategory;

/// A parsed locale file.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Every key with its text or plural forms.
    pub entries: BTreeMap<String, Entry>,
}

/// The longest locale file the widget parses when it fetches one: more than
/// three times the longest today (Ukrainian, 19 KB), which a test keeps so.
pub const MAX_FETCHED_BYTES: usize = 64 * 1024;

/// Why a fetched locale file was not used.
#[derive(Debug, PartialEq, Eq)]
pub enum FetchedFileError {
    /// Longer than [`MAX_FETCHED_BYTES`]: its length in bytes, or as much of
    /// it as was read before reading stopped.
    TooLong(usize),
    /// Not a locale file: serde's reason.
    Invalid(String),
}

impl fmt::Display for FetchedFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchedFileError::TooLong(bytes) => write!(
                f,
                "it is longer than the {MAX_FETCHED_BYTES} bytes a locale file may be \
                 (reading stopped at {bytes})"
            ),
            FetchedFileError::Invalid(reason) => write!(f, "it is not a locale file: {reason}"),
        }
    }
}

/// The value of one key.
#[derive(Debug, PartialEq, Eq)]
pub enum Entry {
    /// A text, perhaps with placeholders.
    Text(String),
    /// A counted phrase: its forms by plural category ([`PluralCategory::index`]).
    Plural([Option<String>; 6]),
}

impl Catalog {
    /// Parses a locale file.
    pub fn parse(json: &str) -> Result<Catalog, serde_json::Error> {
        Ok(Catalog {
            entries: serde_json::from_str(json)?,
        })
    }

    /// Parses a locale file that came over the network, where it is data like
    /// any other: one longer than [`MAX_FETCHED_BYTES`] is refused unread,
    /// which bounds the parse and the catalog both. A key it lacks, or holds in
    /// the wrong shape, reads as the English text
    /// ([`crate::strings::Strings::text`]); one English lacks is never read.
    pub fn parse_fetched(json: &str) -> Result<Catalog, FetchedFileError> {
        if json.len() > MAX_FETCHED_BYTES {
            return Err(FetchedFileError::TooLong(json.len()));
        }
        Catalog::parse(json).map_err(|error| FetchedFileError::Invalid(error.to_string()))
    }

    /// The text of `key`, when it is a text.
    pub fn text(&self, key: &str) -> Option<&str> {
        match self.entries.get(key)? {
            Entry::Text(text) => Some(text),
            Entry::Plural(_) => None,
        }
    }

    /// The form of the counted phrase `key` for `category`, else its `other`
    /// or `many` form (which a locale missing a form falls back to).
    pub fn plural(&self, key: &str, category: PluralCategory) -> Option<&str> {
        match self.entries.get(key)? {
            Entry::Plural(forms) => [category, PluralCategory::Other, PluralCategory::Many]
                .into_iter()
                .find_map(|c| forms[c.index()].as_deref()),
            Entry::Text(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Entry, D::Error> {
        deserializer.deserialize_any(EntryVisitor)
    }
}

struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = Entry;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text, or an object of plural forms (zero, one, two, few, many, other)")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Entry, E> {
        Ok(Entry::Text(text.to_string()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Entry, E> {
        Ok(Entry::Text(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
        let mut forms: [Option<String>; 6] = Default::default();
        while let Some((name, text)) = map.next_entry::<String, String>()? {
            let category = PluralCategory::from_name(&name)
                .ok_or_else(|| de::Error::custom(format!("“{name}” is not a plural category")))?;
            forms[category.index()] = Some(text);
        }
        Ok(Entry::Plural(forms))
    }
}

/// `template` with each `{name}` replaced by its value in `values`; a
/// placeholder without a value stays as written, so a mistake shows rather
/// than leaving a gap.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                filled.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                filled.push('{');
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// The placeholder names in `template`, in order.
#[cfg(test)]
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_plural_forms_parse() {
        let catalog = Catalog::parse(
            r#"{ "a": "A \"b\"", "n": { "one": "{count} x", "other": "{count} xs" } }"#,
        )
        .unwrap();
        assert_eq!(catalog.text("a"), Some("A \"b\""));
        assert_eq!(catalog.plural("n", PluralCategory::One), Some("{count} x"));
        // A form the file lacks reads as `other`.
        assert_eq!(catalog.plural("n", PluralCategory::Few), Some("{count} xs"));
        assert_eq!(catalog.text("n"), None);
        assert!(Catalog::parse(r#"{ "n": { "several": "x" } }"#).is_err());
        assert!(Catalog::parse(r#"{ "n": 3 }"#).is_err());
    }

    #[test]
    fn a_fetched_file_is_parsed_only_when_short_and_well_formed() {
        let fetched = Catalog::parse_fetched(r#"{ "a": "Б", "n": { "one": "ы" } }"#).unwrap();
        assert_eq!(fetched.text("a"), Some("Б"));
        assert_eq!(fetched.plural("n", PluralCategory::Few), None);
        assert!(matches!(
            Catalog::parse_fetched("<!doctype html><p>Not found</p>"),
            Err(FetchedFileError::Invalid(_))
        ));
        assert!(matches!(
            Catalog::parse_fetched(r#"{ "a": 3 }"#),
            Err(FetchedFileError::Invalid(_))
        ));
        // Refused by its length alone, however well-formed.
        let long = format!(r#"{{ "a": "{}" }}"#, "x".repeat(MAX_FETCHED_BYTES));
        assert_eq!(
            Catalog::parse_fetched(&long),
            Err(FetchedFileError::TooLong(long.len()))
        );
        let longest = format!(r#"{{ "a": "{}" }}"#, "x".repeat(MAX_FETCHED_BYTES - 11));
        assert_eq!(longest.len(), MAX_FETCHED_BYTES);
        assert!(Catalog::parse_fetched(&longest).is_ok());
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_stay() {
        assert_eq!(
            fill(
                "{count} of {total} {nope} {",
                &[("count", "2"), ("total", "7")]
            ),
            "2 of 7 {nope} {"
        );
        assert_eq!(placeholders("a {x} b {y}."), ["x", "y"]);
    }
}
