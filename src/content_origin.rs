//! Which addresses the widget may load an explainer from (`?src=` on its own
//! pages, `data-src` on an embed), as plain Rust: the rule is tested natively,
//! and the browser code ([`crate::host::content_origin`]) only reads the page's
//! address and list, and shows the verdict.
//!
//! Why a rule at all: the widget shows content under the newsroom's name, on the
//! newsroom's domain. If `?src=` could name any file, a link to the newsroom's own
//! page (`/?src=https://other.example/fake.json`, or `data:application/json,…`
//! carrying the file itself) would show an invented quote attributed to a head of
//! state. So on the widget's pages (its own page, the iframe an embed makes, the
//! share pages) `?src=` loads only from the page's own origin and from the
//! origins the newsroom lists at build time, in
//! `<meta name="explainer-content-origins" content="https://a.example …">`
//! ([`ORIGINS_META`], written by `explainer build --allow-src-origin`); and only
//! over `http:` or `https:`, never `data:`, `blob:`, `javascript:` or `file:`.
//! A host page that mounts the widget inline chooses its own `data-src`, so any
//! web origin is accepted there ([`ContentOrigins::for_host_page`]).
//!
//! The parsing is deliberately strict: an address the rule might read otherwise
//! than a browser does (white space or control characters inside it,
//! backslashes, user info, `https:` without `//`) is refused rather than guessed
//! at, and the browser code checks the browser's own resolution of the address
//! too.

/// The `name` of the `<meta>` element whose `content` lists, separated by spaces
/// or commas, the origins besides its own that a widget page loads `?src=` from.
pub const ORIGINS_META: &str = "explainer-content-origins";

/// Why an address was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a web address: `data:`, `blob:`, `javascript:`, `file:`, … (the
    /// scheme, lowercase, without its colon).
    NotWeb {
        /// The address's scheme.
        scheme: String,
    },
    /// A web address on an origin this page does not load content from.
    Foreign {
        /// The refused origin (`https://other.example`).
        origin: String,
        /// The page's own origin, when it has one (not under `file:`).
        page_origin: Option<String>,
    },
    /// Not a plain web address: empty, white space, control characters or a
    /// backslash inside it, user info (`user@host`), a scheme without `//`, or
    /// an address relative to a page that has no web origin.
    Unclear,
}

/// The origins a page accepts content from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContentOrigins {
    /// The page's own origin: relative addresses resolve to it.
    page: Option<String>,
    /// Origins listed by the newsroom, normalised as [`web_origin`] does.
    listed: Vec<String>,
    /// Any web origin (a host page chose the address).
    any_web_origin: bool,
}

impl ContentOrigins {
    /// The rule for `?src=` on a widget page at `page_url`: its own origin and
    /// the `listed` ones (each entry as a `<meta>` element's `content` gives
    /// them: origins separated by spaces or commas; entries that are not an
    /// origin are ignored).
    pub fn for_page<S: AsRef<str>>(
        page_url: &str,
        listed: impl IntoIterator<Item = S>,
    ) -> ContentOrigins {
        let listed = listed
            .into_iter()
            .flat_map(|entry| {
                entry
                    .as_ref()
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter_map(|origin| listed_origin(origin).ok())
                    .collect::<Vec<_>>()
            })
            .collect();
        ContentOrigins {
            page: web_origin(page_url),
            listed,
            any_web_origin: false,
        }
    }

    /// The rule for `data-src` given by a host page at `page_url` to a widget
    /// mounted inline in it: the host chose the address, so any `http:` or
    /// `https:` origin; other schemes are still refused.
    pub fn for_host_page(page_url: &str) -> ContentOrigins {
        ContentOrigins {
            page: web_origin(page_url),
            listed: Vec::new(),
            any_web_origin: true,
        }
    }

    /// The page's own origin, if it has one.
    pub fn page_origin(&self) -> Option<&str> {
        self.page.as_deref()
    }

    /// The origin `src` loads from, when this page accepts it. `src` may be
    /// relative (it resolves against the page) or absolute.
    pub fn check(&self, src: &str) -> Result<String, Refusal> {
        // Browsers ignore leading and trailing spaces and control characters,
        // and drop tabs and line breaks anywhere (`java\tscript:` is `javascript:`).
        let src = src.trim_matches(|c: char| c <= ' ');
        let unbroken: String = src
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let scheme = scheme(&unbroken);
        if let Some(scheme) = scheme.clone().filter(|s| s != "http" && s != "https") {
            // Whatever follows (a `data:` address carries text with spaces).
            return Err(Refusal::NotWeb { scheme });
        }
        // Browsers also read `\` as `/` in web addresses, which can turn
        // `/\other.example` into `//other.example`: refused, not parsed.
        if src.is_empty()
            || src
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
        {
            return Err(Refusal::Unclear);
        }
        let origin = match scheme {
            Some(_) => web_origin(src).ok_or(Refusal::Unclear)?,
            // Scheme-relative: another host, on the page's scheme.
            None if src.starts_with("//") => {
                let page = self.page.as_deref().ok_or(Refusal::Unclear)?;
                let scheme = page.split_once("://").map_or("https", |(s, _)| s);
                web_origin(&format!("{scheme}:{src}")).ok_or(Refusal::Unclear)?
            }
            // A path, a query or a fragment: the page's own origin.
            None => self.page.clone().ok_or(Refusal::Unclear)?,
        };
        let accepted = self.any_web_origin
            || self.page.as_deref() == Some(origin.as_str())
            || self.listed.contains(&origin);
        if accepted {
            Ok(origin)
        } else {
            Err(Refusal::Foreign {
                origin,
                page_origin: self.page.clone(),
            })
        }
    }
}

/// The scheme of an address (lowercase, without the colon), or `None` for a
/// relative one. As browsers read it: a letter, then letters, digits, `+`, `-`
/// or `.`, then `:`; anything else before the first `:` makes it relative.
fn scheme(src: &str) -> Option<String> {
    let (scheme, _) = src.split_once(':')?;
    let mut chars = scheme.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_well = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (starts_well && rest_well).then(|| scheme.to_ascii_lowercase())
}

/// True for an address a site can be published at (`--site-url`, the Studio's
/// "published at"): an absolute `http:` or `https:` URL ([`web_origin`] reads
/// its origin) with no white space, query or fragment. It becomes the canonical
/// link, the share images' URLs and the embed codes, which readers' browsers and
/// social networks follow: a `javascript:` URL there would run on the
/// newsroom's page, and `not a url` would only break them.
pub fn is_site_url(text: &str) -> bool {
    web_origin(text).is_some()
        && !text.contains(['?', '#'])
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The origin (`scheme://host[:port]`, lowercase, without the scheme's default
/// port) of an absolute `http:` or `https:` address; `None` for anything else,
/// and for an authority with user info (`https://news.example@other.example`
/// is other.example to a browser), a backslash, white space or a bad port.
///
/// The one origin rule of the widget: which content it may load, which
/// `postMessage` target a framed widget writes to (its host's `parentUrl`),
/// and whether a fetch is same-origin all read origins here.
pub fn web_origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty()
        || authority
            .chars()
            .any(|c| c == '@' || c == '\\' || c.is_whitespace() || c.is_control())
    {
        return None;
    }
    let authority = authority.to_ascii_lowercase();
    // An IPv6 host ends in `]` and has colons of its own.
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (authority.as_str(), None),
    };
    if host.is_empty() {
        return None;
    }
    let port = match port {
        None | Some("") => None,
        Some(port) if port.bytes().all(|b| b.is_ascii_digit()) => {
            let port = port.parse::<u16>().ok()?;
            (port != default_port).then_some(port)
        }
        Some(_) => return None,
    };
    Some(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// An origin as a newsroom lists it (`https://data.news.example`, with an
/// optional port and trailing `/`), normalised; an error message for anything
/// else (a path would suggest that only that folder is allowed, but a browser
/// cannot tell folders of one origin apart).
pub fn listed_origin(text: &str) -> Result<String, String> {
    let text = text.trim();
    let origin = web_origin(text).filter(|_| {
        text.split_once("://").is_some_and(|(_, rest)| {
            let path = rest.find(['/', '?', '#']).map_or("", |at| &rest[at..]);
            path.is_empty() || path == "/"
        })
    });
    origin.ok_or_else(|| {
        format!(
            "“{text}” is not an origin: give the scheme (http or https), the host and an \
             optional port, with no path, for example https://data.news.example"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://news.example/explainers/anchorage/index.html?src=x#quote-a";

    fn page_rule() -> ContentOrigins {
        ContentOrigins::for_page(PAGE, ["https://data.news.example http://127.0.0.1:8081/"])
    }

    fn foreign(origin: &str) -> Result<String, Refusal> {
        Err(Refusal::Foreign {
            origin: origin.into(),
            page_origin: Some("https://news.example".into()),
        })
    }

    #[test]
    fn the_page_s_own_origin_is_accepted_absolute_and_relative() {
        let rule = page_rule();
        let own = Ok("https://news.example".to_string());
        assert_eq!(rule.check("https://news.example/content/story.json"), own);
        assert_eq!(rule.check("HTTPS://NEWS.example:443/story.json"), own);
        assert_eq!(rule.check("/content/story.json"), own);
        assert_eq!(rule.check("story.json?v=2"), own);
        assert_eq!(rule.check("../other/story.json"), own);
        assert_eq!(rule.check("  story.json\n"), own);
        // Not a scheme by a browser's reading, so a relative path.
        assert_eq!(rule.check("1st:story.json"), own);
    }

    #[test]
    fn listed_origins_are_accepted_and_others_refused_by_name() {
        let rule = page_rule();
        assert_eq!(
            rule.check("https://data.news.example/a.json").as_deref(),
            Ok("https://data.news.example")
        );
        assert_eq!(
            rule.check("http://127.0.0.1:8081/a.json").as_deref(),
            Ok("http://127.0.0.1:8081")
        );
        assert_eq!(
            rule.check("https://other.example/fake.json"),
            foreign("https://other.example")
        );
        // Another port or scheme is another origin.
        assert_eq!(
            rule.check("http://news.example/a.json"),
            foreign("http://news.example")
        );
        assert_eq!(
            rule.check("https://news.example:8443/a.json"),
            foreign("https://news.example:8443")
        );
        assert_eq!(
            rule.check("http://127.0.0.1:8082/a.json"),
            foreign("http://127.0.0.1:8082")
        );
        // A look-alike that merely starts with a listed origin.
        assert_eq!(
            rule.check("https://data.news.example.other.example/a.json"),
            foreign("https://data.news.example.other.example")
        );
        // Scheme-relative addresses name another host.
        assert_eq!(
            rule.check("//other.example/fake.json"),
            foreign("https://other.example")
        );
        assert_eq!(
            rule.check("//data.news.example/a.json").as_deref(),
            Ok("https://data.news.example")
        );
    }

    #[test]
    fn other_schemes_are_never_accepted_even_from_a_host_page() {
        for rule in [
            page_rule(),
            ContentOrigins::for_host_page("https://www.example/story"),
        ] {
            for (src, scheme) in [
                ("data:application/json,{\"article\":{}}", "data"),
                ("DATA:application/json;base64,e30=", "data"),
                ("blob:https://news.example/0b8e-4d", "blob"),
                ("javascript:alert(1)", "javascript"),
                ("file:///etc/passwd", "file"),
                ("ftp://news.example/a.json", "ftp"),
                ("  data:,{}", "data"),
                (
                    "data:application/json,{\"article\": {\"headline\": \"A b\"}}",
                    "data",
                ),
                ("java\nscript:alert(1)", "javascript"),
                ("\tjava\tscript:alert(1)", "javascript"),
            ] {
                assert_eq!(
                    rule.check(src),
                    Err(Refusal::NotWeb {
                        scheme: scheme.into()
                    }),
                    "{src}"
                );
            }
        }
    }

    #[test]
    fn addresses_a_browser_might_read_otherwise_are_refused() {
        let rule = page_rule();
        for src in [
            "",
            "   ",
            "https://news.example@other.example/fake.json",
            "https://news.example\\@other.example/",
            "/\\other.example/fake.json",
            "\\\\other.example/fake.json",
            "/\t/other.example/fake.json",
            "https:other.example/fake.json",
            "https:/other.example/fake.json",
            "https:///other.example/fake.json",
            "https://news.example:99999/a.json",
            "https://news.example:44x/a.json",
        ] {
            assert_eq!(rule.check(src), Err(Refusal::Unclear), "{src:?}");
        }
    }

    #[test]
    fn a_page_without_a_web_origin_accepts_only_listed_origins() {
        let rule =
            ContentOrigins::for_page("file:///home/me/dist/index.html", ["https://a.example"]);
        assert_eq!(rule.page_origin(), None);
        assert_eq!(rule.check("story.json"), Err(Refusal::Unclear));
        assert_eq!(
            rule.check("https://a.example/s.json").as_deref(),
            Ok("https://a.example")
        );
        assert_eq!(
            rule.check("https://b.example/s.json"),
            Err(Refusal::Foreign {
                origin: "https://b.example".into(),
                page_origin: None
            })
        );
    }

    #[test]
    fn a_host_page_may_choose_any_web_origin() {
        let rule = ContentOrigins::for_host_page("https://www.example/story");
        assert_eq!(
            rule.check("https://other.example/a.json").as_deref(),
            Ok("https://other.example")
        );
        assert_eq!(rule.check("/a.json").as_deref(), Ok("https://www.example"));
    }

    #[test]
    fn lists_are_split_on_spaces_and_commas_and_bad_entries_ignored() {
        let rule = ContentOrigins::for_page(
            "http://127.0.0.1:4173/",
            [
                "https://a.example,https://b.example/",
                "not-an-origin https://c.example/path",
            ],
        );
        assert_eq!(
            rule.listed,
            vec!["https://a.example".to_string(), "https://b.example".into()]
        );
    }

    #[test]
    fn site_urls_are_absolute_web_addresses_without_query_or_fragment() {
        assert!(is_site_url("https://news.example/explainers/anchorage/"));
        assert!(is_site_url("http://127.0.0.1:8080/x/"));
        assert!(!is_site_url("javascript:alert(1)"));
        assert!(!is_site_url("https://news.example/?a=1"));
        assert!(!is_site_url("https://news.example/#top"));
        assert!(!is_site_url("https://news.example/a b/"));
        assert!(!is_site_url("news.example/explainers/"));
    }

    #[test]
    fn web_origins_are_normalised() {
        assert_eq!(
            web_origin("HTTPS://News.Example:8443/path?q#h").as_deref(),
            Some("https://news.example:8443")
        );
        assert_eq!(
            web_origin("http://news.example:80/").as_deref(),
            Some("http://news.example")
        );
        assert_eq!(
            web_origin("http://[::1]:8080/x").as_deref(),
            Some("http://[::1]:8080")
        );
        assert_eq!(
            web_origin("http://[::1]/x").as_deref(),
            Some("http://[::1]")
        );
        assert_eq!(
            web_origin("http://127.0.0.1:4173").as_deref(),
            Some("http://127.0.0.1:4173")
        );
        assert_eq!(web_origin("https://:443/"), None);
        assert_eq!(web_origin("https://"), None);
        assert_eq!(web_origin("/relative"), None);
        // userinfo@ would let news.example's name vouch for evil.example.
        assert_eq!(web_origin("https://news.example@evil.example/"), None);
        assert_eq!(web_origin("file:///etc/passwd"), None);
        assert_eq!(web_origin("https://news.example\\@evil.example/"), None);
    }

    #[test]
    fn a_listed_origin_is_an_origin_and_nothing_more() {
        assert_eq!(
            listed_origin(" https://Data.News.example/ ").as_deref(),
            Ok("https://data.news.example")
        );
        assert_eq!(
            listed_origin("http://127.0.0.1:8081").as_deref(),
            Ok("http://127.0.0.1:8081")
        );
        for bad in [
            "https://news.example/content/",
            "https://news.example?x",
            "data.news.example",
            "*",
            "data:",
            "https://user@news.example",
        ] {
            let message = listed_origin(bad).unwrap_err();
            assert!(message.contains("is not an origin"), "{bad}: {message}");
        }
    }
}
