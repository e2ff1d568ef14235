//! URL fragments: the links to one quote, one tracker item or one passage.
//!
//! A fragment is parsed once into a typed [`Fragment`] and formatted back from it
//! ([`Fragment::href`]), so components never build or pick apart `#…` strings.
//! The forms are a public contract (host pages and shared links rely on them)
//! and equal the ids of the elements they point at ([`Fragment::target`], an
//! [`ElementId`]), so the links work before and without WebAssembly:
//! `#quote-<slug>`, `#deal-<id>`, `#source`, `#source-<slug>`.

use std::fmt;

use crate::ids::is_slug;
use crate::ids::{ElementId, Passage};

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

    /// The link to an evidence passage in the article text (`#source-<deal>-evidence-<n>`).
    pub fn passage(passage: Passage<'_>) -> Fragment {
        Fragment::Source(Some(passage.slug()))
    }

    /// The element this fragment leads to.
    pub fn target(&self) -> ElementId<'_> {
        match self {
            Fragment::Quote(slug) => ElementId::Quote(slug),
            Fragment::Deal(id) => ElementId::Deal(id),
            Fragment::Source(None) => ElementId::Source,
            Fragment::Source(Some(slug)) => ElementId::SourceMark(slug),
        }
    }

    /// The id of the element this fragment leads to (the fragment without `#`).
    pub fn id(&self) -> String {
        self.target().id()
    }

    /// The fragment with its `#`, for an `href` or to append to a URL.
    pub fn href(&self) -> String {
        self.target().href()
    }
}

impl fmt::Display for Fragment {
    /// The fragment with its `#` ([`Fragment::href`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.href())
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
            assert_eq!(text, format!("#{}", fragment.id()));
            assert_eq!(text, fragment.href());
        }
    }

    #[test]
    fn a_fragment_leads_to_the_element_with_its_id() {
        assert_eq!(
            Fragment::Quote("long-overdue".into()).id(),
            "quote-long-overdue"
        );
        assert_eq!(Fragment::Deal("big-ones".into()).id(), "deal-big-ones");
        assert_eq!(Fragment::Source(None).id(), "source");
        let passage = Passage {
            deal: "formal-agreement",
            index: 1,
        };
        let link = Fragment::passage(passage);
        assert_eq!(link.href(), "#source-formal-agreement-evidence-2");
        assert_eq!(link.id(), ElementId::Passage(passage).id());
        assert_eq!(Fragment::parse(&link.href()), Ok(Some(link)));
    }

    #[test]
    fn the_ids_of_link_targets_parse_back_to_their_fragments() {
        let passage = Passage {
            deal: "formal-agreement",
            index: 0,
        };
        for (target, fragment) in [
            (ElementId::Quote("a1"), Fragment::Quote("a1".into())),
            (
                ElementId::Deal("big-ones"),
                Fragment::Deal("big-ones".into()),
            ),
            (ElementId::Source, Fragment::Source(None)),
            (
                ElementId::SourceMark("long-overdue"),
                Fragment::Source(Some("long-overdue".into())),
            ),
            (ElementId::Passage(passage), Fragment::passage(passage)),
        ] {
            assert_eq!(Fragment::parse(&target.href()), Ok(Some(fragment.clone())));
            assert_eq!(fragment.target().id(), target.id());
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
