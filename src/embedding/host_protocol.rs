//! What the widget and its host page tell each other: the parameters a framed
//! widget reads from its own URL (our loader's and pym.js's), pym.js's string
//! messages, and the engagement events a host page receives. The wire format
//! is documented for newsrooms in `docs/EMBEDDING.md`; [`crate::host::frame`]
//! and [`crate::host::events`] send and receive, these types say what.

use super::url::{is_web_url, KeptParams};
use crate::content_origin::web_origin;

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
    /// `keepParams`: the host query parameters a copied link keeps (the
    /// placeholder's `data-keep-params`); without it, links drop the host's query.
    pub kept_params: KeptParams,
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
                "keepParams" => params.kept_params = KeptParams::parse(value),
                _ => {}
            }
        }
        params
    }

    /// The origin of the host page (`https://news.example`), when the parent's URL
    /// is known: messages go only there, and are accepted only from there.
    pub fn parent_origin(&self) -> Option<String> {
        self.parent_url.as_deref().and_then(web_origin)
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
