//! The few URL rules embedding needs, on plain strings (the widget links no URL
//! parser): which URLs are web URLs, a URL's origin, and the folder a widget
//! page is served from.

/// True for an absolute `http:` or `https:` URL.
pub fn is_web_url(value: &str) -> bool {
    origin_of(value).is_some()
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // userinfo@ would let "https://news.example@evil.example" pass as news.example.
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(format!(
        "{}://{}",
        scheme.to_ascii_lowercase(),
        authority.to_ascii_lowercase()
    ))
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
    fn origins_are_scheme_and_authority_only() {
        assert_eq!(
            origin_of("HTTPS://News.Example:8443/path?q#h").as_deref(),
            Some("https://news.example:8443")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:4173").as_deref(),
            Some("http://127.0.0.1:4173")
        );
        assert_eq!(origin_of("https://news.example@evil.example/"), None);
        assert_eq!(origin_of("file:///etc/passwd"), None);
        assert_eq!(origin_of("/relative"), None);
        assert_eq!(origin_of("https://"), None);
    }

    #[test]
    fn only_absolute_http_urls_are_web_urls() {
        assert!(is_web_url("https://news.example/story"));
        assert!(is_web_url("HTTP://127.0.0.1:4173/"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("//news.example/story"));
        assert!(!is_web_url("story.json"));
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
