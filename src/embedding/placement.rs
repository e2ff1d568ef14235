//! Where the widget runs (its own page, a frame, inline in a host page) and the
//! rules that follow from it: whether it may write the URL, and which page a
//! copied link leads to.

use super::{FrameParams, KeptParams};
use crate::fragment::Fragment;

/// How the widget was placed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Placement {
    /// Its own page: it follows and writes `location.hash`.
    #[default]
    Page,
    /// Inside an iframe on a host page.
    Frame(FrameParams),
    /// Mounted into an element of a host page (`embed.js` inline mode): it acts
    /// only on the host fragments that name something in its own content, and
    /// never changes the host's URL, history or routing. Its links keep the
    /// host query parameters named here.
    Inline(KeptParams),
}

impl Placement {
    /// True when following a link inside the widget may write the URL's fragment.
    /// Only on its own page: in a frame the history entries would pile up in the
    /// host's back button, and inline the host's router owns the URL.
    pub fn writes_url(&self) -> bool {
        matches!(self, Placement::Page)
    }

    /// The page a copied link should lead to, given the URL of the page the widget
    /// runs in: the host article when the widget is embedded in one and knows it,
    /// without the parts of its query the host did not name to keep (a preview
    /// token, a reader's tracking ids). Its own page keeps its query (`?src=`
    /// says which content the link shows).
    pub fn link_base(&self, own_url: &str) -> String {
        match self {
            Placement::Frame(FrameParams {
                parent_url: Some(parent),
                kept_params,
                ..
            }) => kept_params.link_base(parent),
            Placement::Inline(kept_params) => kept_params.link_base(own_url),
            Placement::Page | Placement::Frame(_) => {
                own_url.split('#').next().unwrap_or_default().to_string()
            }
        }
    }

    /// A copied link: [`Placement::link_base`] plus the fragment.
    pub fn link(&self, own_url: &str, fragment: &Fragment) -> String {
        format!("{}{fragment}", self.link_base(own_url))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_links_lead_to_the_host_article_when_framed() {
        let quote = Fragment::Quote("long-overdue".into());
        let own = "https://cdn.example/explainer/?embed=e1&parentUrl=x#quote-old";
        let framed = Placement::Frame(FrameParams::from_pairs([(
            "parentUrl",
            "https://news.example/story#comments",
        )]));
        assert_eq!(
            framed.link(own, &quote),
            "https://news.example/story#quote-long-overdue"
        );
        // A plain iframe that was told nothing links to the widget page itself.
        let plain = Placement::Frame(FrameParams::default());
        assert_eq!(
            plain.link(own, &quote),
            "https://cdn.example/explainer/?embed=e1&parentUrl=x#quote-long-overdue"
        );
        assert_eq!(
            Placement::Inline(KeptParams::default()).link("https://news.example/story#top", &quote),
            "https://news.example/story#quote-long-overdue"
        );
        assert!(Placement::Page.writes_url());
        assert!(!framed.writes_url());
        assert!(!Placement::Inline(KeptParams::default()).writes_url());
    }

    #[test]
    fn copied_links_drop_the_host_query_but_for_the_kept_parameters() {
        let quote = Fragment::Quote("long-overdue".into());
        let host = "https://news.example/story?preview_token=SECRET123&utm_source=x&page=2";
        let framed = |keep: &str| {
            Placement::Frame(FrameParams::from_pairs([
                ("parentUrl", host),
                ("keepParams", keep),
            ]))
        };
        assert_eq!(
            framed("").link("https://cdn.example/", &quote),
            "https://news.example/story#quote-long-overdue"
        );
        assert_eq!(
            framed("page").link("https://cdn.example/", &quote),
            "https://news.example/story?page=2#quote-long-overdue"
        );
        assert_eq!(
            Placement::Inline(KeptParams::default()).link(host, &quote),
            "https://news.example/story#quote-long-overdue"
        );
        assert_eq!(
            Placement::Inline(KeptParams::parse("page")).link(host, &quote),
            "https://news.example/story?page=2#quote-long-overdue"
        );
        // The widget's own page keeps its query: `?src=` says what the link shows.
        assert_eq!(
            Placement::Page.link("https://cdn.example/?src=/a.json#quote-x", &quote),
            "https://cdn.example/?src=/a.json#quote-long-overdue"
        );
    }
}
