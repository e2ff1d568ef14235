//! The `<meta>` tags the pre-rendered pages' heads share: the explainer's page
//! ([`crate::prerender`]) and each quote's share page ([`crate::share_page`]).

use news_explainer::model::AnchoredExplainer;

use crate::html::escape;

/// One `<meta>` tag, `name_attribute` (`name` or `property`) naming it, its
/// content escaped.
pub fn meta(property: &str, name_attribute: &str, value: &str) -> String {
    format!(
        "    <meta {name_attribute}=\"{property}\" content=\"{}\" />\n",
        escape(value)
    )
}

/// The Open Graph date of the explainer's latest update (a later report or
/// status change), so a shared link says the story moved on; nothing when it
/// is the article's own date, so a one-report page is what it always was.
pub fn modified_meta(explainer: &AnchoredExplainer) -> String {
    let content = &explainer.explainer;
    let modified = content.last_updated();
    if modified > content.article.published.as_str() {
        meta("article:modified_time", "property", modified)
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meta_tag_escapes_its_content() {
        assert_eq!(
            meta("og:title", "property", "A \"b\" & <c>"),
            "    <meta property=\"og:title\" content=\"A &quot;b&quot; &amp; &lt;c&gt;\" />\n"
        );
    }
}
