//! The reader's view state and every way it changes, as plain Rust.
//!
//! Which view is open, which quotes and tracker items are expanded, the order
//! and filter, the notice and what to bring into view next all live here, with
//! the rules for changing them, so they are tested natively. The components send
//! reader actions ([`crate::context::ReaderAction`]), which the root's
//! dispatcher turns into [`Action`]s (and browser I/O), and render what
//! [`ViewState`] says.

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::fragment::Fragment;
use crate::ids::{Passage, View};
use crate::model::{AnchoredExplainer, Status};
use crate::navigation::Navigation;

/// How the quote cards are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuoteOrder {
    /// As they appear in the article.
    #[default]
    Article,
    /// Grouped under each speaker, speakers in order of first appearance.
    Speaker,
}

/// Which tracker items are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    /// Every item.
    #[default]
    All,
    /// Only items at this status.
    Only(Status),
}

impl StatusFilter {
    /// True when an item at `status` passes the filter.
    pub fn fits(self, status: Status) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Only(wanted) => wanted == status,
        }
    }
}

/// Which report the article text shows once live, when the explainer has
/// several (before that, and without script, every report shows, in order).
/// It opens at the newest: a reader who comes back for the story wants what
/// is new, and the older reports are one press away.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ReportShown {
    /// The newest report.
    #[default]
    Newest,
    /// The report the reader chose, by index (0: the article).
    Chosen(usize),
    /// The report that holds this highlight: a followed `#source-<slug>`.
    Holding(String),
}

impl ReportShown {
    /// The index of the report to show, for this content.
    pub fn index(&self, explainer: &AnchoredExplainer) -> usize {
        let newest = explainer.reports.len().saturating_sub(1);
        match self {
            ReportShown::Newest => newest,
            ReportShown::Chosen(index) => (*index).min(newest),
            ReportShown::Holding(slug) => {
                if let Some(quote) = explainer.quote_index(slug) {
                    return explainer.quotes[quote].report;
                }
                Passage::parse(slug)
                    .and_then(|passage| explainer.passage(passage.deal, passage.index))
                    .map_or(newest, |span| explainer.report_of(span))
            }
        }
    }
}

/// An element to bring into view after the next render: scrolled to, focused
/// and briefly flashed. `serial` changes on every request, so asking for the
/// same element twice still runs again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    /// Where the link led: the element whose id equals the fragment's.
    pub fragment: Fragment,
    /// Increases with every request.
    pub serial: u32,
}

/// Everything about what the reader sees that is not content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The open view.
    pub view: View,
    /// Order of the quote cards.
    pub order: QuoteOrder,
    /// Ids of the expanded quote cards.
    pub expanded_quotes: BTreeSet<String>,
    /// Ids of the tracker items whose history is open.
    pub expanded_deals: BTreeSet<String>,
    /// The tracker's status filter.
    pub filter: StatusFilter,
    /// The report the article text shows (with several reports).
    pub report: ReportShown,
    /// A polite notice (e.g. a link that matched nothing), until dismissed.
    pub notice: Option<Notice>,
    /// What to bring into view after rendering.
    pub focus: Option<FocusRequest>,
    /// The latest message for screen readers (an `aria-live` region).
    pub announcement: Announcement,
    /// Counts announcements, so the same message twice can still be told apart
    /// (screen readers stay silent when a live region's text does not change).
    pub announcements: u32,
    /// A link to show for copying by hand, where the clipboard is unavailable:
    /// the fragment it leads to (whose card shows it) and the whole URL.
    pub link_fallback: Option<(Fragment, String)>,
}

/// A polite notice, until the reader dismisses it. The state says what
/// happened; the words are the interface's, at render time
/// ([`crate::strings::Strings::notice`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A link (the fragment, as written) that leads nowhere in this explainer.
    UnknownLink(String),
}

/// What the widget last told screen readers, worded at render time
/// ([`crate::strings::Strings::announcement`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Announcement {
    /// Nothing yet.
    #[default]
    Nothing,
    /// "Expand all" opened this many quotes.
    ExpandedAll(usize),
    /// "Collapse all" closed every quote.
    CollapsedAll,
    /// A link was copied.
    LinkCopied,
    /// Copying a link failed: it shows for copying by hand.
    CopyFallback,
    /// An embed code was copied.
    CodeCopied,
    /// Copying an embed code failed.
    CodeNotCopied,
    /// Refreshed content re-rendered in place, with these changes.
    Updated {
        /// Tracker items whose status changed.
        changed_items: usize,
        /// Quotes that are new.
        new_quotes: usize,
    },
    /// A returning reader's first look: what changed since their visit.
    SinceVisit {
        /// The day of the visit (`YYYY-MM-DD`).
        visited: String,
        /// Tracker items whose status changed.
        changed_items: usize,
        /// Quotes that are new.
        new_quotes: usize,
    },
}

/// Every change the reader (or the URL) can make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a view.
    ShowView(View),
    /// Order the quote cards.
    Order(QuoteOrder),
    /// Expand or collapse one quote card.
    ToggleQuote(String),
    /// Expand these quote cards.
    ExpandQuotes(Vec<String>),
    /// Collapse every quote card.
    CollapseQuotes,
    /// Open or close one tracker item's history.
    ToggleDeal(String),
    /// Filter the tracker.
    Filter(StatusFilter),
    /// Show this report in the article text, by index (0: the article).
    ShowReport(usize),
    /// Follow a fragment, already checked against the content.
    Navigate(Navigation),
    /// Keep open what the reader opened in the pre-rendered page before the
    /// widget went live (quote slugs, tracker item ids); nothing is announced,
    /// since nothing changes for the reader.
    KeepOpened {
        /// Quote cards to keep expanded.
        quotes: Vec<String>,
        /// Tracker items whose history stays open.
        deals: Vec<String>,
    },
    /// Close the notice.
    DismissNotice,
    /// Tell screen readers something.
    Announce(Announcement),
    /// Copying failed: show this link for copying by hand.
    ShowLinkFallback {
        /// Where the link leads (a quote card, which shows it).
        link: Fragment,
        /// The absolute URL.
        url: String,
    },
}

impl ViewState {
    /// The state of a widget opened at `fragment` (a share page), or the default.
    pub fn opened_at(fragment: Option<Fragment>) -> ViewState {
        let mut state = ViewState::default();
        if let Some(fragment) = fragment {
            state.navigate(Navigation::To(fragment));
        }
        state
    }

    /// What follows the announcement's words in the live region: a no-break
    /// space on every other one, so a repeated message is a change the reader hears.
    pub fn announcement_padding(&self) -> &'static str {
        if self.announcements % 2 == 1 {
            "\u{a0}"
        } else {
            ""
        }
    }

    fn announce(&mut self, message: Announcement) {
        self.announcement = message;
        self.announcements = self.announcements.wrapping_add(1);
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::ShowView(view) => self.view = view,
            Action::Order(order) => self.order = order,
            Action::ToggleQuote(id) => toggle(&mut self.expanded_quotes, id),
            Action::ExpandQuotes(ids) => {
                let count = ids.len();
                self.expanded_quotes.extend(ids);
                self.announce(Announcement::ExpandedAll(count));
            }
            Action::CollapseQuotes => {
                self.expanded_quotes.clear();
                self.announce(Announcement::CollapsedAll);
            }
            Action::ToggleDeal(id) => toggle(&mut self.expanded_deals, id),
            Action::Filter(filter) => self.filter = filter,
            Action::ShowReport(index) => self.report = ReportShown::Chosen(index),
            Action::Navigate(navigation) => self.navigate(navigation),
            Action::KeepOpened { quotes, deals } => {
                self.expanded_quotes.extend(quotes);
                self.expanded_deals.extend(deals);
            }
            Action::DismissNotice => self.notice = None,
            Action::Announce(message) => {
                self.link_fallback = None;
                self.announce(message);
            }
            Action::ShowLinkFallback { link, url } => {
                self.announce(Announcement::CopyFallback);
                self.link_fallback = Some((link, url));
            }
        }
    }

    fn navigate(&mut self, navigation: Navigation) {
        let fragment = match navigation {
            Navigation::Home => {
                self.view = View::Quotes;
                self.focus = None;
                return;
            }
            Navigation::Nowhere(raw) => {
                self.view = View::Quotes;
                self.notice = Some(Notice::UnknownLink(raw));
                self.focus = None;
                return;
            }
            Navigation::To(fragment) => fragment,
        };
        self.notice = None;
        match &fragment {
            Fragment::Quote(slug) => {
                self.view = View::Quotes;
                self.expanded_quotes.insert(slug.clone());
            }
            Fragment::Deal(id) => {
                self.view = View::Tracker;
                self.expanded_deals.insert(id.clone());
                // A filter that hides the item would make the link look broken.
                self.filter = StatusFilter::All;
            }
            Fragment::Source(slug) => {
                self.view = View::Source;
                if let Some(slug) = slug {
                    self.report = ReportShown::Holding(slug.clone());
                }
            }
        }
        let serial = self
            .focus
            .as_ref()
            .map_or(1, |focus| focus.serial.wrapping_add(1));
        self.focus = Some(FocusRequest { fragment, serial });
    }
}

/// The quote the reader has just opened, from the expanded quotes before and
/// after a change: the one quote added, if exactly one was. "Expand all" opens
/// many at once, which is not one reader choice per quote, and a collapse opens
/// none. (The host page hears of it: `news-explainer:quote-expanded`.)
pub fn quote_just_opened<'a>(
    before: &BTreeSet<String>,
    after: &'a BTreeSet<String>,
) -> Option<&'a str> {
    let mut added = after.iter().filter(|quote| !before.contains(*quote));
    match (added.next(), added.next()) {
        (Some(quote), None) => Some(quote),
        _ => None,
    }
}

fn toggle(set: &mut BTreeSet<String>, id: String) {
    if !set.remove(&id) {
        set.insert(id);
    }
}

impl yew::Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_explainer;

    fn after(actions: impl IntoIterator<Item = Action>) -> ViewState {
        let mut state = ViewState::default();
        for action in actions {
            state.apply(action);
        }
        state
    }

    #[test]
    fn the_article_text_shows_the_newest_report_the_chosen_one_or_the_one_a_link_names() {
        let json = include_str!("../tests/data/three-reports.json");
        let explainer = crate::model::validate::load(json).unwrap();
        let shown = |state: &ViewState| state.report.index(&explainer);
        assert_eq!(shown(&ViewState::default()), 2);
        let chosen = after([Action::ShowReport(0)]);
        assert_eq!(shown(&chosen), 0);
        // A link into the second report shows it, a quote's or a passage's.
        for slug in ["one-fare-first-crossing", "single-fare-evidence-2"] {
            let link = Fragment::Source(Some(slug.into()));
            let state = after([
                Action::ShowReport(0),
                Action::Navigate(Navigation::To(link)),
            ]);
            assert_eq!(shown(&state), 1, "{slug}");
            assert_eq!(state.view, View::Source);
        }
        // `#source` alone keeps the report shown; a report past the last is the last.
        let state = after([
            Action::ShowReport(0),
            Action::Navigate(Navigation::To(Fragment::Source(None))),
        ]);
        assert_eq!(shown(&state), 0);
        assert_eq!(shown(&after([Action::ShowReport(9)])), 2);
    }

    #[test]
    fn toggling_a_quote_twice_collapses_it() {
        let once = after([Action::ToggleQuote("a".into())]);
        assert!(once.expanded_quotes.contains("a"));
        let twice = after([
            Action::ToggleQuote("a".into()),
            Action::ToggleQuote("a".into()),
        ]);
        assert!(twice.expanded_quotes.is_empty());
    }

    #[test]
    fn what_the_reader_opened_before_going_live_stays_open_quietly() {
        let state = after([
            Action::ToggleQuote("a".into()),
            Action::KeepOpened {
                quotes: vec!["a".into(), "b".into()],
                deals: vec!["item-2".into()],
            },
            // The start-up navigation to no fragment must not undo it.
            Action::Navigate(Navigation::Home),
        ]);
        assert_eq!(state.expanded_quotes.iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(state.expanded_deals.iter().collect::<Vec<_>>(), ["item-2"]);
        assert_eq!(state.announcement, Announcement::Nothing);
        assert_eq!(state.focus, None);
    }

    #[test]
    fn expand_and_collapse_all_announce_themselves() {
        let state = after([Action::ExpandQuotes(vec!["a".into(), "b".into()])]);
        assert_eq!(state.expanded_quotes.len(), 2);
        assert_eq!(state.announcement, Announcement::ExpandedAll(2));
        let state = after([
            Action::ExpandQuotes(vec!["a".into()]),
            Action::CollapseQuotes,
        ]);
        assert!(state.expanded_quotes.is_empty());
        assert_eq!(state.announcement, Announcement::CollapsedAll);
    }

    #[test]
    fn a_quote_link_opens_the_quotes_view_with_the_card_expanded_and_focused() {
        let explainer = default_explainer().unwrap();
        let navigation = Navigation::from_hash("#quote-next-time-in-moscow", &explainer);
        let state = after([Action::ShowView(View::Source), Action::Navigate(navigation)]);
        assert_eq!(state.view, View::Quotes);
        assert!(state.expanded_quotes.contains("next-time-in-moscow"));
        assert_eq!(
            state.focus.unwrap().fragment.id(),
            "quote-next-time-in-moscow"
        );
    }

    #[test]
    fn a_deal_link_clears_a_filter_that_would_hide_it() {
        let explainer = default_explainer().unwrap();
        let navigation = Navigation::from_hash("#deal-formal-agreement", &explainer);
        let state = after([
            Action::Filter(StatusFilter::Only(Status::Agreed)),
            Action::Navigate(navigation),
        ]);
        assert_eq!(state.view, View::Tracker);
        assert_eq!(state.filter, StatusFilter::All);
        assert!(state.expanded_deals.contains("formal-agreement"));
    }

    #[test]
    fn source_links_reach_quotes_and_evidence_passages() {
        let explainer = default_explainer().unwrap();
        for hash in [
            "#source",
            "#source-long-overdue",
            "#source-formal-agreement-evidence-1",
        ] {
            let state = after([Action::Navigate(Navigation::from_hash(hash, &explainer))]);
            assert_eq!(state.view, View::Source, "{hash}");
            assert_eq!(state.focus.unwrap().fragment.id(), &hash[1..]);
            assert_eq!(state.notice, None);
        }
    }

    #[test]
    fn following_the_same_link_twice_asks_for_focus_again() {
        let explainer = default_explainer().unwrap();
        let go = || Action::Navigate(Navigation::from_hash("#quote-long-overdue", &explainer));
        let first = after([go()]).focus.unwrap().serial;
        let second = after([go(), go()]).focus.unwrap().serial;
        assert_ne!(first, second);
    }

    #[test]
    fn unknown_and_malformed_links_give_a_notice_and_the_default_view() {
        let explainer = default_explainer().unwrap();
        for (hash, shown) in [
            ("#quote-no-such-quote", "#quote-no-such-quote"),
            ("#deal-Bad%20Id", "#deal-Bad Id"),
            ("#comments", "#comments"),
            ("#source-nothing", "#source-nothing"),
            // Passages that are not there: evidence is counted from 1, the
            // ninth does not exist, the third is a quote, the item is unknown.
            (
                "#source-formal-agreement-evidence-0",
                "#source-formal-agreement-evidence-0",
            ),
            (
                "#source-formal-agreement-evidence-9",
                "#source-formal-agreement-evidence-9",
            ),
            (
                "#source-formal-agreement-evidence-3",
                "#source-formal-agreement-evidence-3",
            ),
            ("#source-x-evidence-1", "#source-x-evidence-1"),
        ] {
            let state = after([
                Action::ShowView(View::Tracker),
                Action::Navigate(Navigation::from_hash(hash, &explainer)),
            ]);
            assert_eq!(state.view, View::Quotes, "{hash}");
            let notice = state.notice.expect(hash);
            assert_eq!(notice, Notice::UnknownLink(shown.into()));
            assert_eq!(state.focus, None);
            let dismissed = {
                let mut state = ViewState {
                    notice: Some(notice),
                    ..ViewState::default()
                };
                state.apply(Action::DismissNotice);
                state
            };
            assert_eq!(dismissed.notice, None);
        }
    }

    #[test]
    fn an_empty_fragment_returns_home_without_a_notice() {
        let explainer = default_explainer().unwrap();
        let state = after([
            Action::ShowView(View::Source),
            Action::Navigate(Navigation::from_hash("", &explainer)),
        ]);
        assert_eq!(state.view, View::Quotes);
        assert_eq!(state.notice, None);
    }

    #[test]
    fn a_failed_copy_shows_the_link_until_the_next_announcement() {
        let failed = Action::ShowLinkFallback {
            link: Fragment::Quote("a".into()),
            url: "https://x/#quote-a".into(),
        };
        let state = after([failed.clone()]);
        assert_eq!(
            state.link_fallback,
            Some((Fragment::Quote("a".into()), "https://x/#quote-a".into()))
        );
        assert_eq!(state.announcement, Announcement::CopyFallback);
        let state = after([failed, Action::Announce(Announcement::LinkCopied)]);
        assert_eq!(state.link_fallback, None);
    }

    #[test]
    fn a_repeated_announcement_still_changes_the_live_region() {
        let copied = || Action::Announce(Announcement::LinkCopied);
        let (once, twice) = (after([copied()]), after([copied(), copied()]));
        assert_eq!(once.announcement, twice.announcement);
        assert_ne!(once.announcement_padding(), twice.announcement_padding());
    }

    #[test]
    fn a_widget_opened_at_a_quote_starts_with_it_expanded() {
        let state = ViewState::opened_at(Some(Fragment::Quote("long-overdue".into())));
        assert!(state.expanded_quotes.contains("long-overdue"));
        assert_eq!(state.view, View::Quotes);
        assert_eq!(ViewState::opened_at(None), ViewState::default());
    }

    #[test]
    fn a_host_fragment_is_claimed_only_when_it_names_this_content() {
        let explainer = default_explainer().unwrap();
        assert_eq!(
            Navigation::claim("#quote-long-overdue", &explainer),
            Some(Navigation::To(Fragment::Quote("long-overdue".into())))
        );
        for foreign in [
            "",
            "#",
            "#comments",
            "#/route/1",
            "#quote-another-widgets-quote",
            "#deal-Bad",
        ] {
            assert_eq!(Navigation::claim(foreign, &explainer), None, "{foreign}");
        }
    }

    #[test]
    fn the_quote_just_opened_is_the_one_quote_added() {
        let set = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<BTreeSet<_>>();
        let (none, a, ab, abc) = (
            set(&[]),
            set(&["a"]),
            set(&["a", "b"]),
            set(&["a", "b", "c"]),
        );
        assert_eq!(quote_just_opened(&none, &a), Some("a"));
        assert_eq!(quote_just_opened(&a, &ab), Some("b"));
        // Expand all: two or more at once is no single choice.
        assert_eq!(quote_just_opened(&a, &abc), None);
        // Closing one, or nothing changing, opens nothing.
        assert_eq!(quote_just_opened(&ab, &a), None);
        assert_eq!(quote_just_opened(&ab, &ab), None);
        // One closed and another opened in the same change still counts as opening it.
        assert_eq!(quote_just_opened(&a, &set(&["b"])), Some("b"));
    }

    #[test]
    fn the_status_filter_fits_only_its_status() {
        assert!(StatusFilter::All.fits(Status::NoDeal));
        assert!(StatusFilter::Only(Status::Pledged).fits(Status::Pledged));
        assert!(!StatusFilter::Only(Status::Pledged).fits(Status::Agreed));
    }
}
