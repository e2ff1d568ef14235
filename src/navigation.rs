//! Where a fragment leads, once checked against the content, and which
//! fragments a widget acts on at start-up and after: one home for navigation,
//! as plain Rust, for the view state ([`crate::state`]) and the hook that
//! follows fragments ([`crate::hooks::use_fragment_navigation`]).
//!
//! On its own page and in an iframe, the URL the widget runs in is its own: its
//! fragment is followed, and one that leads nowhere gets a notice. Mounted
//! inline, the URL is the host page's: its fragment is acted on only when it
//! names something in this explainer (see [`Navigation::claim`]), since anything
//! else belongs to the host's routing or to another widget on the page. A framed
//! widget also hears the host's fragment (its `parentUrl`, and messages), which
//! it claims the same way.

use crate::embedding::Placement;
use crate::fragment::{Fragment, FragmentError};
use crate::ids::Passage;
use crate::model::AnchoredExplainer;

/// Where a fragment leads, once checked against the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Navigation {
    /// No fragment: the default view.
    Home,
    /// A fragment that names something in this explainer.
    To(Fragment),
    /// A fragment that is malformed or names nothing here; the text is for the notice.
    Nowhere(String),
}

impl Navigation {
    /// Checks a raw `location.hash` against the content.
    pub fn from_hash(hash: &str, explainer: &AnchoredExplainer) -> Navigation {
        match Fragment::parse(hash) {
            Ok(None) => Navigation::Home,
            Ok(Some(fragment)) if exists(&fragment, explainer) => Navigation::To(fragment),
            Ok(Some(fragment)) => Navigation::Nowhere(fragment.to_string()),
            Err(FragmentError::Unknown(raw) | FragmentError::Malformed(raw)) => {
                Navigation::Nowhere(format!("#{raw}"))
            }
        }
    }

    /// Checks a host page's fragment (its URL, or one it sent): an embedded widget
    /// acts only on a fragment that names something in its own content. Anything
    /// else belongs to the host's routing or to another widget on the page, so it
    /// is ignored without a notice.
    pub fn claim(hash: &str, explainer: &AnchoredExplainer) -> Option<Navigation> {
        match Navigation::from_hash(hash, explainer) {
            navigation @ Navigation::To(_) => Some(navigation),
            Navigation::Home | Navigation::Nowhere(_) => None,
        }
    }
}

/// True when the fragment names a quote, item or passage of this explainer.
fn exists(fragment: &Fragment, explainer: &AnchoredExplainer) -> bool {
    match fragment {
        Fragment::Quote(slug) => explainer.quote_index(slug).is_some(),
        Fragment::Deal(id) => explainer.deal_index(id).is_some(),
        Fragment::Source(None) => true,
        Fragment::Source(Some(slug)) => {
            explainer.quote_index(slug).is_some()
                || Passage::parse(slug)
                    .is_some_and(|passage| explainer.passage(passage.deal, passage.index).is_some())
        }
    }
}

impl Placement {
    /// True when the fragment of the URL the widget runs in is the widget's
    /// own (its page, or its iframe's page), false when it is a host page's.
    pub fn owns_its_url(&self) -> bool {
        !matches!(self, Placement::Inline(_))
    }
}

/// What a change of the fragment of the URL the widget runs in does: a
/// navigation, or nothing (a host fragment that is not this widget's).
pub fn on_hash(
    placement: &Placement,
    hash: &str,
    explainer: &AnchoredExplainer,
) -> Option<Navigation> {
    if placement.owns_its_url() {
        Some(Navigation::from_hash(hash, explainer))
    } else {
        Navigation::claim(hash, explainer)
    }
}

/// Where a widget starts once it goes live, from where it runs, whether it was
/// opened at a place (a quote's share page, `data-open`), and its URL's
/// fragment (`own_hash`, with or without `#`, empty when there is none).
/// `None`: stay where the first render put it.
pub fn start_view(
    placement: &Placement,
    opened: bool,
    own_hash: &str,
    explainer: &AnchoredExplainer,
) -> Option<Navigation> {
    let has_own_hash = !own_hash.trim_start_matches('#').is_empty();
    match placement {
        // A share page opens at its quote; an empty fragment must not undo that.
        Placement::Page if opened && !has_own_hash => None,
        Placement::Page => on_hash(placement, own_hash, explainer),
        // A link into the widget page itself wins over the host's fragment.
        Placement::Frame(_) if has_own_hash => on_hash(placement, own_hash, explainer),
        Placement::Frame(params) => Navigation::claim(params.parent_hash()?, explainer),
        Placement::Inline(_) => on_hash(placement, own_hash, explainer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_explainer;
    use crate::embedding::FrameParams;

    fn to_quote(slug: &str) -> Option<Navigation> {
        Some(Navigation::To(Fragment::Quote(slug.into())))
    }

    fn framed(parent_url: &str) -> Placement {
        Placement::Frame(FrameParams::from_pairs([("parentUrl", parent_url)]))
    }

    #[test]
    fn on_its_own_page_the_widget_follows_its_fragment_or_goes_home() {
        let explainer = default_explainer().unwrap();
        let page = Placement::Page;
        assert_eq!(
            start_view(&page, false, "", &explainer),
            Some(Navigation::Home)
        );
        assert_eq!(
            start_view(&page, false, "#quote-long-overdue", &explainer),
            to_quote("long-overdue")
        );
        assert!(matches!(
            start_view(&page, false, "#quote-nothing", &explainer),
            Some(Navigation::Nowhere(_))
        ));
    }

    #[test]
    fn a_share_page_stays_at_its_quote_unless_the_url_names_another_place() {
        let explainer = default_explainer().unwrap();
        let page = Placement::Page;
        assert_eq!(start_view(&page, true, "", &explainer), None);
        assert_eq!(start_view(&page, true, "#", &explainer), None);
        assert_eq!(
            start_view(&page, true, "#quote-next-time-in-moscow", &explainer),
            to_quote("next-time-in-moscow")
        );
    }

    #[test]
    fn in_a_frame_its_own_fragment_wins_over_the_hosts_which_is_only_claimed() {
        let explainer = default_explainer().unwrap();
        let host = framed("https://news.example/story#quote-long-overdue");
        assert_eq!(
            start_view(&host, false, "", &explainer),
            to_quote("long-overdue")
        );
        assert_eq!(
            start_view(&host, false, "#deal-big-ones", &explainer),
            Some(Navigation::To(Fragment::Deal("big-ones".into())))
        );
        // The host's own fragment, or none at all: stay.
        let foreign = framed("https://news.example/story#comments");
        assert_eq!(start_view(&foreign, false, "", &explainer), None);
        assert_eq!(
            start_view(&framed("https://news.example/story"), false, "", &explainer),
            None
        );
        // The frame's own URL is the widget's: a fragment there that leads nowhere gets a notice.
        assert!(matches!(
            start_view(&foreign, false, "#quote-nothing", &explainer),
            Some(Navigation::Nowhere(_))
        ));
    }

    #[test]
    fn inline_it_acts_only_on_host_fragments_that_name_its_content() {
        let explainer = default_explainer().unwrap();
        let inline = Placement::Inline(crate::embedding::KeptParams::default());
        assert_eq!(
            start_view(&inline, false, "#quote-long-overdue", &explainer),
            to_quote("long-overdue")
        );
        for foreign in ["", "#comments", "#quote-another-widgets-quote"] {
            assert_eq!(
                start_view(&inline, false, foreign, &explainer),
                None,
                "{foreign}"
            );
            assert_eq!(on_hash(&inline, foreign, &explainer), None, "{foreign}");
        }
        // On its own page a fragment change always navigates (home, or a notice).
        assert_eq!(
            on_hash(&Placement::Page, "", &explainer),
            Some(Navigation::Home)
        );
        assert!(Placement::Page.owns_its_url() && framed("https://n.example/").owns_its_url());
        assert!(!inline.owns_its_url());
    }
}
