//! HTML escaping for the few strings built outside Yew's rendering: the embed
//! codes, and the command-line tool's pages (titles, meta tags, share images).

/// Escapes text for an HTML text node or a double- or single-quoted attribute.
/// The single quote is escaped as `&#39;`, which XML (the share images' SVG)
/// reads too.
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
    fn markup_and_both_quotes_are_escaped_and_the_rest_kept() {
        assert_eq!(
            escape_html("<a href=\"x\" title='y'>Tom & Jerry</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"
        );
        assert_eq!(escape_html("Путин — «саммит»"), "Путин — «саммит»");
        // Already escaped text is escaped again: the function does not guess.
        assert_eq!(escape_html("&amp;"), "&amp;amp;");
    }
}
