//! Element ids: one typed home for every id the widget renders and links to.
//!
//! Host pages, analytics, the pre-rendered page and the tests select by these
//! ids, and the public fragments ([`Fragment`](crate::fragment::Fragment)) equal
//! the ids of the elements they lead to, so an id is never assembled by hand in
//! a component: it is an [`ElementId`] and its [`ElementId::id`]. (A native test,
//! `tests/typed_ids.rs`, fails when a component file builds one with `format!`.)
//!
//! | Element | Id |
//! |---|---|
//! | quote card, its details | `quote-<slug>`, `quote-<slug>-details` |
//! | tracker item, its history | `deal-<id>`, `deal-<id>-history` |
//! | the article text | `source` |
//! | a quote's highlight in it | `source-<slug>` |
//! | an evidence passage's highlight | `source-<deal-id>-evidence-<n>` (`n` from 1) |
//! | a view's tab, panel, heading | `tab-<view>`, `panel-<view>`, `heading-<view>` |
//! | a speaker's heading (quotes by speaker) | `speaker-<person-id>` |
//! | a report's heading in the article text (several reports) | `report-<n>` (`n` from 1) |
//! | the tracker's timeline heading | `timeline` |
//! | the tracker's count of items (describes its filter) | `tracker-total` |
//! | a returning reader's line of what changed | `since-visit` |

/// The three views of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The quote cards.
    #[default]
    Quotes,
    /// The deal status tracker.
    Tracker,
    /// The article text with highlights.
    Source,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 3] = [View::Quotes, View::Tracker, View::Source];

    /// A stable id for element ids and `data-view`.
    pub fn id(self) -> &'static str {
        match self {
            View::Quotes => "quotes",
            View::Tracker => "tracker",
            View::Source => "source",
        }
    }
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

/// An element of the widget that has an id, named by what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementId<'a> {
    /// A quote card, by the quote's slug: the target of `#quote-<slug>`.
    Quote(&'a str),
    /// The part of a quote card that its disclosure button shows and hides.
    QuoteDetails(&'a str),
    /// A tracker item, by its id: the target of `#deal-<id>`.
    Deal(&'a str),
    /// A tracker item's dated history, which its disclosure button shows and hides.
    DealHistory(&'a str),
    /// The article text: the target of `#source`.
    Source,
    /// A highlight in the article text, by the slug after `#source-`: a
    /// quote's slug, or a [`Passage::slug`].
    SourceMark(&'a str),
    /// An evidence passage's highlight in the article text.
    Passage(Passage<'a>),
    /// A view's tab (once live).
    Tab(View),
    /// A view's panel.
    Panel(View),
    /// A view's heading (visible until the widget is live).
    ViewHeading(View),
    /// A speaker's heading in the quotes grouped by speaker, by the person's id.
    Speaker(&'a str),
    /// A report's heading in the article text, by index from 0 (the article);
    /// only an explainer of several reports has one.
    Report(usize),
    /// The heading of the tracker's timeline of status changes.
    Timeline,
    /// The tracker's count of items, which describes its status filter.
    TrackerTotal,
    /// The line that tells a returning reader what changed since their visit.
    SinceVisit,
}

impl ElementId<'_> {
    /// The id, as written into the `id` attribute.
    pub fn id(&self) -> String {
        match self {
            ElementId::Quote(slug) => format!("quote-{slug}"),
            ElementId::QuoteDetails(slug) => format!("quote-{slug}-details"),
            ElementId::Deal(id) => format!("deal-{id}"),
            ElementId::DealHistory(id) => format!("deal-{id}-history"),
            ElementId::Source => "source".into(),
            ElementId::SourceMark(slug) => format!("source-{slug}"),
            ElementId::Passage(passage) => format!("source-{}", passage.slug()),
            ElementId::Tab(view) => format!("tab-{}", view.id()),
            ElementId::Panel(view) => format!("panel-{}", view.id()),
            ElementId::ViewHeading(view) => format!("heading-{}", view.id()),
            ElementId::Speaker(person) => format!("speaker-{person}"),
            ElementId::Report(index) => format!("report-{}", index + 1),
            ElementId::Timeline => "timeline".into(),
            ElementId::TrackerTotal => "tracker-total".into(),
            ElementId::SinceVisit => "since-visit".into(),
        }
    }

    /// A link to the element on the same page: `#` and its id. Only the ids of
    /// [`Fragment`](crate::fragment::Fragment)s are a public contract; build
    /// links to those from the `Fragment`, which also parses them back.
    pub fn href(&self) -> String {
        format!("#{}", self.id())
    }
}

/// An evidence passage: the `index`-th (0-based) piece of evidence of the
/// tracker item `deal`. Readers count from 1, so its slug is
/// `<deal>-evidence-<index + 1>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage<'a> {
    /// The tracker item's id.
    pub deal: &'a str,
    /// Which of its pieces of evidence, from 0.
    pub index: usize,
}

/// What separates the tracker item's id from the evidence number in a passage's slug.
const EVIDENCE: &str = "-evidence-";

impl<'a> Passage<'a> {
    /// The slug after `#source-`.
    pub fn slug(&self) -> String {
        format!("{}{EVIDENCE}{}", self.deal, self.index + 1)
    }

    /// Reads a passage's slug back; `None` when `slug` is not one (a quote's
    /// slug, or a number that is not a reader's count from 1). Whether the item
    /// and its evidence exist is for the content to say.
    pub fn parse(slug: &'a str) -> Option<Passage<'a>> {
        // The number comes last and a tracker item's id may itself hold
        // "-evidence-", so the split is at the last one.
        let (deal, number) = slug.rsplit_once(EVIDENCE)?;
        if deal.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let index = number.parse::<usize>().ok()?.checked_sub(1)?;
        Some(Passage { deal, index })
    }
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
    fn every_id_has_its_documented_form() {
        let passage = Passage {
            deal: "formal-agreement",
            index: 0,
        };
        for (element, id) in [
            (ElementId::Quote("long-overdue"), "quote-long-overdue"),
            (
                ElementId::QuoteDetails("long-overdue"),
                "quote-long-overdue-details",
            ),
            (ElementId::Deal("big-ones"), "deal-big-ones"),
            (ElementId::DealHistory("big-ones"), "deal-big-ones-history"),
            (ElementId::Source, "source"),
            (ElementId::SourceMark("long-overdue"), "source-long-overdue"),
            (
                ElementId::Passage(passage),
                "source-formal-agreement-evidence-1",
            ),
            (ElementId::Tab(View::Tracker), "tab-tracker"),
            (ElementId::Panel(View::Source), "panel-source"),
            (ElementId::ViewHeading(View::Quotes), "heading-quotes"),
            (ElementId::Speaker("putin"), "speaker-putin"),
            (ElementId::Report(1), "report-2"),
            (ElementId::Timeline, "timeline"),
            (ElementId::TrackerTotal, "tracker-total"),
            (ElementId::SinceVisit, "since-visit"),
        ] {
            assert_eq!(element.id(), id);
            assert_eq!(element.href(), format!("#{id}"));
        }
    }

    #[test]
    fn passage_slugs_round_trip_and_count_from_one() {
        for passage in [
            Passage {
                deal: "formal-agreement",
                index: 0,
            },
            Passage {
                deal: "a",
                index: 11,
            },
            // An item whose own id looks like a passage's slug.
            Passage {
                deal: "x-evidence-2",
                index: 2,
            },
        ] {
            let slug = passage.slug();
            assert_eq!(Passage::parse(&slug), Some(passage), "{slug}");
        }
        assert_eq!(
            Passage {
                deal: "a",
                index: 0
            }
            .slug(),
            "a-evidence-1"
        );
    }

    #[test]
    fn other_slugs_are_not_passages() {
        for slug in [
            "long-overdue",
            "formal-agreement",
            "formal-agreement-evidence-0",
            "formal-agreement-evidence-",
            "formal-agreement-evidence-1a",
            "formal-agreement-evidence--1",
            "-evidence-1",
        ] {
            assert_eq!(Passage::parse(slug), None, "{slug}");
        }
    }
}
