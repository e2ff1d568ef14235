//! Whether a text is an absolute `http:` or `https:` address a reader can be
//! sent to: the report and article URLs of a content file.
//!
//! Parsed, not prefix-checked: `https://a b` once passed as a URL (issue #32).
//! By hand rather than with the `url` crate, which the reader's Wasm does not
//! otherwise carry (IDNA tables and all, tens of KB gzip) for the few rules a
//! link needs: a scheme, a host of labels (or an IPv6 literal), an optional
//! port in range, and no white space, control characters or backslashes.

/// True for an absolute `http:` or `https:` address with a valid host.
pub fn is_web_address(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return false;
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // User info (`https://news.example@other.example`) reads as one host and
    // leads to another.
    if authority.contains('@') {
        return false;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (authority, None),
    };
    let port_fits = port.is_none_or(|port| {
        !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) && port.parse::<u16>().is_ok()
    });
    port_fits && is_host(host)
}

/// A domain name of dot-separated labels (letters, digits, hyphens, any
/// non-ASCII letter of an internationalised name; a final dot allowed), or an
/// IPv6 literal in brackets. An IPv4 address is labels of digits.
fn is_host(host: &str) -> bool {
    if let Some(literal) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !literal.is_empty()
            && literal
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    }
    let host = host.strip_suffix('.').unwrap_or(host);
    !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_a_reader_can_follow() {
        for url in [
            "https://news.example/story",
            "http://news.example",
            "HTTPS://News.Example:8443/a?b=c#d",
            "https://127.0.0.1/x",
            "https://[::1]:8080/",
            "https://münchen.example/",
            "https://news.example./",
        ] {
            assert!(is_web_address(url), "{url}");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for url in [
            "https://a b",
            "https://a b/story",
            "https:// news.example",
            "news.example/story",
            "ftp://news.example/",
            "javascript://news.example/%0aalert(1)",
            "https://",
            "https:///path",
            "https://news.example:99999/",
            "https://news.example:/",
            "https://news.example:80a/",
            "https://user@news.example/",
            "https://news..example/",
            "https://-news.example/",
            "https://news.example\\@other.example/",
            "https://news.example/\u{1B}",
            "https://news.example/a\tb",
        ] {
            assert!(!is_web_address(url), "{url}");
        }
    }
}
