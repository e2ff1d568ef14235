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
    /// The interface language the page asked for (`?locale=`, `data-locale`),
    /// over the content's own (see [`crate::strings::Locale::resolve`]).
    pub locale: Option<String>,
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
}
