//! Where the widget runs and what that means for links, as plain Rust.
//!
//! The same widget is a page of its own, an iframe in a host article (placed by
//! `static/embed.js`, by NPR's pym.js or by AMP) or mounted straight into a host
//! page's element. The three differ in which URL fragments the widget acts on,
//! whether it may touch the URL, and which URL a copied link carries; those rules
//! live here so they are tested natively, and [`crate::host`] only does the I/O.
//! The wire protocol with host pages is documented in `docs/EMBEDDING.md`.

use crate::fragment::Fragment;

pub mod start_view;

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

/// How one widget instance is embedded: where it runs, the folder it is served
/// from and where its content came from. One value, passed down as it is, from
/// the mount to the views.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embedding {
    /// Where the widget runs.
    pub placement: Placement,
    /// The folder the widget is served from, for the embed codes; `None` means
    /// the folder of the page it runs in.
    pub widget_url: Option<String>,
    /// The URL the content was loaded from, when it was not bundled or in the page.
    pub content_url: Option<String>,
}

/// What a framed widget learns from its own URL's query: our loader's instance
/// id, and the parameters pym.js passes to its children.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrameParams {
    /// `embed`: the instance id `embed.js` gave the placeholder; echoed in every
    /// message so a page with several embeds can tell them apart.
    pub embed: Option<String>,
    /// `childId`: pym.js's id for this child; present only under a pym.js parent,
    /// which then gets pym's own messages.
    pub child_id: Option<String>,
    /// `parentUrl`: the host article's URL (pym.js and `embed.js` both pass it).
    pub parent_url: Option<String>,
    /// `initialWidth`: the width pym.js measured for the iframe, in CSS pixels.
    pub initial_width: Option<u32>,
}

/// The longest id accepted from a URL, so a hostile one cannot bloat every message.
const MAX_ID_LEN: usize = 64;

fn is_instance_id(value: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl FrameParams {
    /// Reads the parameters from decoded query pairs. Values that are not what
    /// they should be (an id with spaces, a parent URL that is not http(s), a
    /// width that is not a number) are dropped, as if absent.
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> FrameParams
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut params = FrameParams::default();
        for (key, value) in pairs {
            let value = value.as_ref();
            match key.as_ref() {
                "embed" if is_instance_id(value) => params.embed = Some(value.into()),
                "childId" if is_instance_id(value) => params.child_id = Some(value.into()),
                "parentUrl" if is_web_url(value) => params.parent_url = Some(value.into()),
                "initialWidth" => params.initial_width = value.parse().ok(),
                _ => {}
            }
        }
        params
    }

    /// The origin of the host page (`https://news.example`), when the parent's URL
    /// is known: messages go only there, and are accepted only from there.
    pub fn parent_origin(&self) -> Option<String> {
        self.parent_url.as_deref().and_then(origin_of)
    }

    /// The host URL's fragment (`#quote-…`), which a host page hands to the widget
    /// by being opened with it.
    pub fn parent_hash(&self) -> Option<&str> {
        let url = self.parent_url.as_deref()?;
        url.find('#').map(|at| &url[at..])
    }

    /// pym.js's string message: `pymxPYMx<childId>xPYMx<type>xPYMx<value>`.
    /// `None` without a pym.js parent.
    pub fn pym_message(&self, kind: &str, value: &str) -> Option<String> {
        let id = self.child_id.as_deref()?;
        Some(format!("pymxPYMx{id}xPYMx{kind}xPYMx{value}"))
    }

    /// Reads pym.js's `width` message (`pymxPYMx<childId>xPYMxwidthxPYMx<px>`)
    /// for this child; `None` for anything else.
    pub fn pym_width(&self, message: &str) -> Option<u32> {
        let id = self.child_id.as_deref()?;
        let rest = message.strip_prefix("pymxPYMx")?.strip_prefix(id)?;
        rest.strip_prefix("xPYMxwidthxPYMx")?.parse().ok()
    }
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

/// What a reader did, told to the host page as a DOM `CustomEvent` named
/// `news-explainer:<name>` and, in a frame, as a message to the parent. Nothing
/// about the reader is in it, only what in the explainer they used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngagementEvent {
    /// A quote card was opened.
    QuoteExpanded {
        /// The quote's slug.
        quote: String,
    },
    /// A link to a quote or tracker item was copied.
    LinkCopied {
        /// The fragment, with its `#`.
        fragment: String,
        /// The full URL that was copied.
        url: String,
    },
    /// Another view was opened.
    ViewChanged {
        /// `quotes`, `tracker` or `source`.
        view: String,
    },
}

impl EngagementEvent {
    /// The event's name, after `news-explainer:`.
    pub fn name(&self) -> &'static str {
        match self {
            EngagementEvent::QuoteExpanded { .. } => "quote-expanded",
            EngagementEvent::LinkCopied { .. } => "link-copied",
            EngagementEvent::ViewChanged { .. } => "view-changed",
        }
    }

    /// The event's `detail`, as field name and string value pairs.
    pub fn detail(&self) -> Vec<(&'static str, &str)> {
        match self {
            EngagementEvent::QuoteExpanded { quote } => vec![("quote", quote)],
            EngagementEvent::LinkCopied { fragment, url } => {
                vec![("fragment", fragment), ("url", url)]
            }
            EngagementEvent::ViewChanged { view } => vec![("view", view)],
        }
    }
}

/// Why content from a URL (`data-src`, `?src=`) did not arrive. Content that
/// arrives but is not valid JSON or breaks the schema is reported like any
/// other content, with every problem and its JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered, but not with the file (404, 500, ...).
    Status {
        /// The HTTP status code.
        code: u16,
        /// The status text, when the server sent one.
        text: String,
    },
    /// No answer: offline, a blocked or mistyped address, or a cross-origin file
    /// served without `Access-Control-Allow-Origin`. Browsers do not say which.
    Network,
    /// No answer within this many seconds.
    Timeout(u32),
}

/// How long content from a URL may take before the widget gives up, by default.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 15;

/// The timeout from a `timeout` parameter or `data-timeout` attribute (seconds):
/// a whole number from 1 to 120, else the default.
pub fn timeout_seconds(raw: Option<&str>) -> u32 {
    bounded_timeout(raw.and_then(|raw| raw.trim().parse::<u32>().ok()))
}

/// A timeout in whole seconds from 1 to 120, else the default.
pub fn bounded_timeout(seconds: Option<u32>) -> u32 {
    seconds
        .filter(|seconds| (1..=120).contains(seconds))
        .unwrap_or(DEFAULT_TIMEOUT_SECONDS)
}

/// The two embed codes a newsroom pastes into its CMS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedCodes {
    /// A responsive iframe placed by `embed.js`; a link to the widget where the
    /// CMS strips scripts.
    pub iframe: String,
    /// The widget mounted into the article (Shadow DOM), by the same script.
    pub inline: String,
}

impl EmbedCodes {
    /// The codes for a widget served from `folder` (see [`widget_folder`]), with
    /// its content from `content_url` when it is not the bundled default.
    pub fn new(folder: &str, content_url: Option<&str>, title: &str) -> EmbedCodes {
        let folder = escape_html(folder);
        let title = escape_html(title);
        let src = content_url
            .map(|url| format!(" data-src=\"{}\"", escape_html(url)))
            .unwrap_or_default();
        let code = |mode: &str| {
            format!(
                "<div data-news-explainer=\"{mode}\"{src} data-title=\"{title}\">\
                 <a href=\"{folder}\">{title}</a></div>\n\
                 <script src=\"{folder}embed.js\" async></script>"
            )
        };
        EmbedCodes {
            iframe: code("iframe"),
            inline: code("inline"),
        }
    }
}

/// Escapes text for an HTML text node or a double- or single-quoted attribute
/// (the embed codes here; the command-line tool's pages too).
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_params_keep_good_values_and_drop_bad_ones() {
        let params = FrameParams::from_pairs([
            ("embed", "story-1"),
            ("childId", "pym_0"),
            ("parentUrl", "https://news.example/a/story?x=1#quote-a"),
            ("initialWidth", "640"),
            ("other", "x"),
        ]);
        assert_eq!(params.embed.as_deref(), Some("story-1"));
        assert_eq!(params.child_id.as_deref(), Some("pym_0"));
        assert_eq!(params.initial_width, Some(640));
        assert_eq!(params.parent_hash(), Some("#quote-a"));
        assert_eq!(
            params.parent_origin().as_deref(),
            Some("https://news.example")
        );

        let bad = FrameParams::from_pairs([
            ("embed", "has space"),
            ("childId", "<script>"),
            ("parentUrl", "javascript:alert(1)"),
            ("initialWidth", "wide"),
        ]);
        assert_eq!(bad, FrameParams::default());
        let long = "x".repeat(65);
        assert_eq!(FrameParams::from_pairs([("embed", long)]).embed, None);
    }

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
    fn pym_messages_round_trip_for_this_child_only() {
        let params = FrameParams::from_pairs([("childId", "c1")]);
        assert_eq!(
            params.pym_message("height", "812").as_deref(),
            Some("pymxPYMxc1xPYMxheightxPYMx812")
        );
        assert_eq!(params.pym_width("pymxPYMxc1xPYMxwidthxPYMx640"), Some(640));
        assert_eq!(params.pym_width("pymxPYMxc2xPYMxwidthxPYMx640"), None);
        assert_eq!(params.pym_width("pymxPYMxc1xPYMxheightxPYMx640"), None);
        assert_eq!(params.pym_width("pymxPYMxc1xPYMxwidthxPYMxwide"), None);
        assert_eq!(FrameParams::default().pym_message("height", "1"), None);
    }

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

    #[test]
    fn embed_codes_carry_the_folder_content_and_escaped_title() {
        let codes = EmbedCodes::new(
            "https://x.example/e/",
            Some("https://x.example/c.json?a=1&b=2"),
            "Trump & Putin \"summit\"",
        );
        assert!(codes
            .iframe
            .starts_with("<div data-news-explainer=\"iframe\""));
        assert!(codes
            .inline
            .starts_with("<div data-news-explainer=\"inline\""));
        for code in [&codes.iframe, &codes.inline] {
            assert!(code.contains("data-src=\"https://x.example/c.json?a=1&amp;b=2\""));
            assert!(code.contains("Trump &amp; Putin &quot;summit&quot;"));
            assert!(code.contains("<script src=\"https://x.example/e/embed.js\" async></script>"));
        }
        let default = EmbedCodes::new("https://x.example/e/", None, "T");
        assert!(!default.iframe.contains("data-src"));
    }

    #[test]
    fn timeouts_are_bounded_whole_seconds() {
        assert_eq!(timeout_seconds(None), DEFAULT_TIMEOUT_SECONDS);
        assert_eq!(timeout_seconds(Some(" 3 ")), 3);
        assert_eq!(timeout_seconds(Some("0")), DEFAULT_TIMEOUT_SECONDS);
        assert_eq!(timeout_seconds(Some("999")), DEFAULT_TIMEOUT_SECONDS);
        assert_eq!(timeout_seconds(Some("soon")), DEFAULT_TIMEOUT_SECONDS);
        assert_eq!(bounded_timeout(Some(120)), 120);
        assert_eq!(bounded_timeout(Some(121)), DEFAULT_TIMEOUT_SECONDS);
        assert_eq!(bounded_timeout(None), DEFAULT_TIMEOUT_SECONDS);
    }

    #[test]
    fn events_name_themselves_and_carry_their_detail() {
        let event = EngagementEvent::LinkCopied {
            fragment: "#quote-a".into(),
            url: "https://n/#quote-a".into(),
        };
        assert_eq!(event.name(), "link-copied");
        assert_eq!(
            event.detail(),
            vec![("fragment", "#quote-a"), ("url", "https://n/#quote-a")]
        );
        assert_eq!(
            EngagementEvent::ViewChanged {
                view: "source".into()
            }
            .name(),
            "view-changed"
        );
    }
}
