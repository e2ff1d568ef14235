//! URL fragments: the links to one quote, one tracker item or one passage.
//!
//! A fragment is parsed once into a typed [`Fragment`] and formatted back from it,
//! so components never build or pick apart `#…` strings. The forms are a public
//! contract (host pages and shared links rely on them) and equal the element ids
//! they point at, so the links work before and without WebAssembly:
//! `#quote-<slug>`, `#deal-<id>`, `#source`, `#source-<slug>`.

use std::fmt;

use crate::model::validate::is_slug;

/// A parsed URL fragment.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Fragment {
    /// `#quote-<slug>`: one quote card, expanded.
    Quote(String),
    /// `#deal-<id>`: one tracker item, expanded.
    Deal(String),
    /// `#source`: the article text; `#source-<slug>`: one highlighted passage in it.
    Source(Option<String>),
}

/// Why a fragment is not one of ours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FragmentError {
    /// Not a form the widget knows.
    Unknown(String),
    /// A known form whose slug is malformed (`#quote-Bad Slug`).
    Malformed(String),
}

impl Fragment {
    /// Parses a fragment, with or without its leading `#`, percent-decoding it
    /// first. `Ok(None)` for an empty fragment: the default view, and no error.
    pub fn parse(raw: &str) -> Result<Option<Fragment>, FragmentError> {
        let raw = raw.strip_prefix('#').unwrap_or(raw);
        if raw.is_empty() {
            return Ok(None);
        }
        let decoded = percent_decode(raw).ok_or_else(|| FragmentError::Malformed(raw.into()))?;
        let slug = |value: &str, make: fn(String) -> Fragment| {
            if is_slug(value) {
                Ok(Some(make(value.into())))
            } else {
                Err(FragmentError::Malformed(decoded.clone()))
            }
        };
        if decoded == "source" {
            Ok(Some(Fragment::Source(None)))
        } else if let Some(value) = decoded.strip_prefix("quote-") {
            slug(value, Fragment::Quote)
        } else if let Some(value) = decoded.strip_prefix("deal-") {
            slug(value, Fragment::Deal)
        } else if let Some(value) = decoded.strip_prefix("source-") {
            slug(value, |s| Fragment::Source(Some(s)))
        } else {
            Err(FragmentError::Unknown(decoded))
        }
    }

    /// The element id this fragment points at (the fragment without `#`).
    pub fn element_id(&self) -> String {
        match self {
            Fragment::Quote(slug) => format!("quote-{slug}"),
            Fragment::Deal(id) => format!("deal-{id}"),
            Fragment::Source(None) => "source".into(),
            Fragment::Source(Some(slug)) => format!("source-{slug}"),
        }
    }
}

impl fmt::Display for Fragment {
    /// The fragment with its `#`, ready to append to a URL.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.element_id())
    }
}

/// Decodes `%XX` escapes; `None` when an escape or the resulting UTF-8 is broken.
fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = raw.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_round_trips() {
        for fragment in [
            Fragment::Quote("next-time-in-moscow".into()),
            Fragment::Deal("formal-agreement".into()),
            Fragment::Source(None),
            Fragment::Source(Some("long-overdue".into())),
        ] {
            let text = fragment.to_string();
            assert_eq!(Fragment::parse(&text), Ok(Some(fragment.clone())), "{text}");
            assert_eq!(text, format!("#{}", fragment.element_id()));
        }
    }

    #[test]
    fn empty_fragments_mean_the_default_view() {
        assert_eq!(Fragment::parse(""), Ok(None));
        assert_eq!(Fragment::parse("#"), Ok(None));
    }

    #[test]
    fn the_leading_hash_is_optional_and_escapes_are_decoded() {
        assert_eq!(
            Fragment::parse("quote-a1"),
            Ok(Some(Fragment::Quote("a1".into())))
        );
        assert_eq!(
            Fragment::parse("#quote%2Da1"),
            Ok(Some(Fragment::Quote("a1".into())))
        );
    }

    #[test]
    fn unknown_forms_are_reported() {
        assert_eq!(
            Fragment::parse("#top"),
            Err(FragmentError::Unknown("top".into()))
        );
        assert_eq!(
            Fragment::parse("#quotes"),
            Err(FragmentError::Unknown("quotes".into()))
        );
    }

    #[test]
    fn malformed_slugs_are_reported() {
        for raw in [
            "#quote-",
            "#quote-Bad%20Slug",
            "#deal-a--b",
            "#source-%ZZ",
            "#quote-%FF",
        ] {
            assert!(
                matches!(Fragment::parse(raw), Err(FragmentError::Malformed(_))),
                "{raw}"
            );
        }
    }
}
