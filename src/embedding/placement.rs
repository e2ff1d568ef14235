//! Where the widget runs (its own page, a frame, inline in a host page) and the
//! rules that follow from it: whether it may write the URL, and which page a
//! copied link leads to.

use super::FrameParams;
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
    /// never changes the host's URL, history or routing.
    Inline,
}

impl Placement {
    /// True when following a link inside the widget may write the URL's fragment.
    /// Only on its own page: in a frame the history entries would pile up in the
    /// host's back button, and inline the host's router owns the URL.
    pub fn writes_url(&self) -> bool {
        matches!(self, Placement::Page)
    }

    /// The page a copied link should lead to, given the URL of the page the widget
    /// runs in: the host article when the widget is embedded in one and knows it.
    pub fn link_base<'a>(&'a self, own_url: &'a str) -> &'a str {
        let url = match self {
            Placement::Frame(FrameParams {
                parent_url: Some(parent),
                ..
            }) => parent.as_str(),
            _ => own_url,
        };
        url.split('#').next().unwrap_or_default()
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
            Placement::Inline.link("https://news.example/story#top", &quote),
            "https://news.example/story#quote-long-overdue"
        );
        assert!(Placement::Page.writes_url());
        assert!(!framed.writes_url());
        assert!(!Placement::Inline.writes_url());
    }
}
