//! The few URL rules embedding needs, on plain strings (the widget links no URL
//! parser): which URLs are web URLs, the folder a widget page is served from,
//! and which of a host page's query parameters a copied link keeps. A URL's
//! origin has one rule for the whole widget, [`web_origin`].

use crate::content_origin::web_origin;

/// The query parameters of a host page that links to it keep
/// (`data-keep-params`); a copied link drops every other one, since a host
/// page's query may carry a preview token or a reader's tracking ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeptParams(Vec<String>);

/// At most this many names are read, each at most [`MAX_PARAM_NAME_LEN`]
/// bytes: the list comes from a URL or an attribute, and is checked against
/// every parameter of every copied link.
const MAX_KEPT_PARAMS: usize = 16;
const MAX_PARAM_NAME_LEN: usize = 64;

impl KeptParams {
    /// Reads names separated by commas or whitespace (`"page, id"`), as written
    /// in the URL's query (no decoding).
    pub fn parse(list: &str) -> KeptParams {
        KeptParams(
            list.split([',', ' ', '\t', '\n'])
                .filter(|name| (1..=MAX_PARAM_NAME_LEN).contains(&name.len()))
                .take(MAX_KEPT_PARAMS)
                .map(String::from)
                .collect(),
        )
    }

    /// The names, comma-separated: how a framed widget is told them (`keepParams`).
    pub fn to_list(&self) -> String {
        self.0.join(",")
    }

    /// `url` without its fragment, its query reduced to the kept parameters (in
    /// their order there, as written), and no `?` when none is left.
    pub fn link_base(&self, url: &str) -> String {
        let url = url.split('#').next().unwrap_or_default();
        let Some((path, query)) = url.split_once('?') else {
            return url.to_string();
        };
        let kept: Vec<&str> = query
            .split('&')
            .filter(|pair| {
                let name = pair.split('=').next().unwrap_or_default();
                self.0.iter().any(|kept| kept == name)
            })
            .collect();
        if kept.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{}", kept.join("&"))
        }
    }
}

/// True for an absolute `http:` or `https:` URL.
pub fn is_web_url(value: &str) -> bool {
    web_origin(value).is_some()
}

/// The folder a widget page is served from (`https://x/explainers/a/` for
/// `https://x/explainers/a/index.html?src=…#quote-…`): where `embed.js` lives.
pub fn widget_folder(page_url: &str) -> &str {
    let url = page_url.split(['?', '#']).next().unwrap_or_default();
    match url.rfind('/') {
        Some(at) if at + 1 > url.find("://").map_or(0, |s| s + 3) => &url[..=at],
        _ => url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_absolute_http_urls_are_web_urls() {
        assert!(is_web_url("https://news.example/story"));
        assert!(is_web_url("HTTP://127.0.0.1:4173/"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("//news.example/story"));
        assert!(!is_web_url("story.json"));
    }

    #[test]
    fn a_link_keeps_only_the_named_query_parameters() {
        let url = "https://news.example/story?preview_token=SECRET123&utm_source=x&page=2#comments";
        assert_eq!(
            KeptParams::default().link_base(url),
            "https://news.example/story"
        );
        let kept = KeptParams::parse("page, utm_source,,missing");
        assert_eq!(
            kept.link_base(url),
            "https://news.example/story?utm_source=x&page=2"
        );
        assert_eq!(kept.to_list(), "page,utm_source,missing");
        // A name is matched whole, not as a prefix, and a bare name counts.
        assert_eq!(
            KeptParams::parse("page").link_base("https://n.example/?pages=1&page&x=1"),
            "https://n.example/?page"
        );
        assert_eq!(
            KeptParams::parse("page").link_base("https://n.example/s"),
            "https://n.example/s"
        );
    }

    #[test]
    fn a_kept_list_is_bounded() {
        let long = "x".repeat(65);
        assert_eq!(KeptParams::parse(&long), KeptParams::default());
        let many: Vec<String> = (0..40).map(|i| format!("p{i}")).collect();
        assert_eq!(KeptParams::parse(&many.join(",")).0.len(), 16);
    }

    #[test]
    fn the_widget_folder_drops_the_file_query_and_fragment() {
        assert_eq!(
            widget_folder("https://x.example/e/a/index.html?src=y#quote-z"),
            "https://x.example/e/a/"
        );
        assert_eq!(
            widget_folder("https://x.example/e/a/"),
            "https://x.example/e/a/"
        );
        assert_eq!(widget_folder("https://x.example"), "https://x.example");
    }
}
