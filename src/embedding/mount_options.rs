//! What a mount is given besides the content: the [`Embedding`] passed down to
//! the views, how long content from a URL may take, and why it did not arrive.

use super::Placement;

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
    /// Whether the widget remembers, in the reader's browser, what they have seen.
    pub remember: Remember,
    /// The interface language the page asked for (`?locale=`, `data-locale`),
    /// over the content's own (see [`crate::strings::Locale::resolve`]).
    pub locale: Option<String>,
}

/// Whether the widget remembers what the reader has seen (which tracker
/// statuses, which quotes, on which day), in their own browser's storage, to
/// tell them what is new on a later visit. A host page turns it off with
/// `data-remember="off"` on the placeholder (`?remember=off` on the widget page).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Remember {
    /// Remember (the default).
    #[default]
    On,
    /// Read and write nothing.
    Off,
}

impl Remember {
    /// From a `data-remember` attribute or `remember` parameter: `off` (in any
    /// case, spaces around ignored) turns it off; anything else leaves it on.
    pub fn parse(raw: Option<&str>) -> Remember {
        match raw {
            Some(raw) if raw.trim().eq_ignore_ascii_case("off") => Remember::Off,
            _ => Remember::On,
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn only_off_turns_remembering_off() {
        assert_eq!(Remember::parse(Some("off")), Remember::Off);
        assert_eq!(Remember::parse(Some(" OFF ")), Remember::Off);
        for on in [None, Some(""), Some("on"), Some("no"), Some("false")] {
            assert_eq!(Remember::parse(on), Remember::On, "{on:?}");
        }
    }
}
