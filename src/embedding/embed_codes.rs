//! The two embed codes a newsroom pastes into its CMS (shown by the Embed panel):
//! a placeholder `<div>` that `embed.js` turns into an iframe or an inline
//! widget, with a plain link for CMSs that strip scripts.

use crate::html_escape::escape_html;

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
    /// The codes for a widget served from `folder` (see [`super::widget_folder`]),
    /// with its content from `content_url` when it is not the bundled default.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
