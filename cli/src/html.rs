//! The few edits `build` makes to the template's `index.html`: the content
//! element, the title and the page language. Plain string surgery on the
//! document trunk writes: tags are found case-insensitively, and nothing else in
//! the page is touched. Also the `<meta>` tags the pre-rendered pages' heads
//! share: the explainer's page ([`crate::prerender`]) and each quote's share
//! page ([`crate::share_page`]).

use news_explainer::content::{page_content_element, PAGE_CONTENT_ID};
use news_explainer::model::AnchoredExplainer;

/// Why a page could not be rewritten.
#[derive(Debug, PartialEq, Eq)]
pub enum HtmlError {
    /// The page has no `</head>` to insert the content before.
    NoHead,
}

/// Escapes text for an HTML text node or a double- or single-quoted attribute
/// (one function, shared with the widget's embed codes).
pub use news_explainer::html_escape::escape_html as escape;

/// The page with this explainer: any existing content element removed, a new
/// one with `content_json` inserted just before `</head>` (none for the bundled
/// default), `<title>` set to `title` and the `lang` of `<html>` set to `lang`.
/// `content_json` may have its `<` escaped already (as `build`'s has).
pub fn rewrite(
    page: &str,
    content_json: Option<&str>,
    title: &str,
    lang: &str,
) -> Result<String, HtmlError> {
    let mut page = remove_content_elements(page);
    let head_end = find_ci(&page, "</head>", 0).ok_or(HtmlError::NoHead)?;
    if let Some(json) = content_json {
        page.insert_str(head_end, &format!("{}\n  ", page_content_element(json)));
    }
    let page = set_title(&page, &escape(title));
    Ok(set_html_lang(&page, &escape(lang)))
}

/// Byte offset of `needle` (ASCII) in `haystack` from `from`, ignoring ASCII case.
fn find_ci(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    let hay = haystack.as_bytes();
    let needle = needle.as_bytes();
    (from..=hay.len().checked_sub(needle.len())?)
        .find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// The end (one past `>`) of the tag that opens at `start`.
fn tag_end(page: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (offset, c) in page[start..].char_indices() {
        match (c, quote) {
            ('"' | '\'', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            ('>', None) => return Some(start + offset + 1),
            _ => {}
        }
    }
    None
}

/// True when an opening tag's attributes include `id` = `PAGE_CONTENT_ID`, quoted
/// or not.
fn has_content_id(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    [
        format!("id=\"{PAGE_CONTENT_ID}\""),
        format!("id='{PAGE_CONTENT_ID}'"),
        format!("id={PAGE_CONTENT_ID}>"),
        format!("id={PAGE_CONTENT_ID} "),
    ]
    .iter()
    .any(|attribute| {
        lower
            .match_indices(attribute.as_str())
            .any(|(at, _)| lower[..at].ends_with(|c: char| c.is_ascii_whitespace()))
    })
}

/// The page without any `<script id="explainer-content">…</script>` (and the
/// white space before it), so a rebuilt page never carries two.
fn remove_content_elements(page: &str) -> String {
    let mut page = page.to_string();
    let mut from = 0;
    while let Some(start) = find_ci(&page, "<script", from) {
        let Some(open_end) = tag_end(&page, start) else {
            break;
        };
        if !has_content_id(&page[start..open_end]) {
            from = open_end;
            continue;
        }
        let Some(close) = find_ci(&page, "</script>", open_end) else {
            break;
        };
        let end = close + "</script>".len();
        let trimmed_start = page[..start].trim_end_matches([' ', '\t']).len();
        let start = if page[..trimmed_start].ends_with('\n') {
            trimmed_start - 1
        } else {
            start
        };
        page.replace_range(start..end, "");
        from = start;
    }
    page
}

/// The page with its `<title>` text replaced (or a title added before `</head>`).
fn set_title(page: &str, escaped_title: &str) -> String {
    if let Some(open) = find_ci(page, "<title", 0) {
        if let (Some(open_end), Some(close)) =
            (tag_end(page, open), find_ci(page, "</title>", open))
        {
            if open_end <= close {
                return format!("{}{escaped_title}{}", &page[..open_end], &page[close..]);
            }
        }
    }
    match find_ci(page, "</head>", 0) {
        Some(head_end) => format!(
            "{}<title>{escaped_title}</title>\n  {}",
            &page[..head_end],
            &page[head_end..]
        ),
        None => page.to_string(),
    }
}

/// The page with `lang` set on `<html>` (replacing an existing value).
fn set_html_lang(page: &str, escaped_lang: &str) -> String {
    let Some(start) = find_ci(page, "<html", 0).filter(|&start| {
        page[start + 5..]
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
    }) else {
        return page.to_string();
    };
    let Some(end) = tag_end(page, start) else {
        return page.to_string();
    };
    let tag = &page[start..end];
    let new_tag = match find_lang(tag) {
        Some(value) => format!(
            "{}lang=\"{escaped_lang}\"{}",
            &tag[..value.start],
            &tag[value.end..]
        ),
        None => {
            let insert = "<html".len();
            format!(
                "{} lang=\"{escaped_lang}\"{}",
                &tag[..insert],
                &tag[insert..]
            )
        }
    };
    format!("{}{new_tag}{}", &page[..start], &page[end..])
}

/// The range of a `lang=…` attribute (name and value) within an opening tag.
fn find_lang(tag: &str) -> Option<std::ops::Range<usize>> {
    let lower = tag.to_ascii_lowercase();
    let at = lower
        .match_indices("lang")
        .map(|(at, _)| at)
        .find(|&at| lower[..at].ends_with(|c: char| c.is_ascii_whitespace()))?;
    let rest = &tag[at + 4..];
    let after_name = rest.trim_start();
    let value = after_name.strip_prefix('=')?.trim_start();
    let value_start = tag.len() - value.len();
    let value_len = match value.chars().next()? {
        q @ ('"' | '\'') => value[1..].find(q)? + 2,
        _ => value
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .unwrap_or(value.len()),
    };
    Some(at..value_start + value_len)
}

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

    const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <title>Old</title>\n  </head>\n  <body></body>\n</html>\n";

    #[test]
    fn inserts_the_content_and_sets_title_and_lang() {
        let page = rewrite(
            PAGE,
            Some(r#"{"a": "</script>"}"#),
            "Trump & Putin <live>",
            "uk",
        )
        .unwrap();
        assert!(page.contains("<html lang=\"uk\">"), "{page}");
        assert!(
            page.contains("<title>Trump &amp; Putin &lt;live&gt;</title>"),
            "{page}"
        );
        assert!(
            page.contains("<script type=\"application/json\" id=\"explainer-content\">{\"a\": \"\\u003c/script>\"}</script>\n  </head>"),
            "{page}"
        );
    }

    #[test]
    fn rewriting_twice_leaves_one_content_element() {
        let once = rewrite(PAGE, Some("{\"n\": 1}"), "T", "en").unwrap();
        let twice = rewrite(&once, Some("{\"n\": 2}"), "T", "en").unwrap();
        assert_eq!(twice.matches("explainer-content").count(), 1, "{twice}");
        assert!(twice.contains("{\"n\": 2}"));
        assert_eq!(twice, rewrite(PAGE, Some("{\"n\": 2}"), "T", "en").unwrap());
    }

    #[test]
    fn a_page_for_the_bundled_default_has_no_content_element() {
        let once = rewrite(PAGE, Some("{\"n\": 1}"), "T", "en").unwrap();
        let default = rewrite(&once, None, "T", "en").unwrap();
        assert!(!default.contains("explainer-content"), "{default}");
        assert_eq!(default, rewrite(PAGE, None, "T", "en").unwrap());
    }

    #[test]
    fn other_scripts_stay() {
        let page = PAGE.replace(
            "</head>",
            "<script type=\"module\">import init from '/x.js';</script><SCRIPT id='explainer-content' type=\"application/json\">{}</SCRIPT></head>",
        );
        let page = rewrite(&page, Some("{}"), "T", "en").unwrap();
        assert!(page.contains("import init from '/x.js';</script>"));
        assert_eq!(
            page.to_ascii_lowercase()
                .matches("explainer-content")
                .count(),
            1
        );
    }

    #[test]
    fn lang_is_added_or_replaced() {
        assert_eq!(set_html_lang("<html>", "de"), "<html lang=\"de\">");
        assert_eq!(
            set_html_lang("<HTML class=x LANG=en-US>", "de"),
            "<HTML class=x lang=\"de\">"
        );
        assert_eq!(
            set_html_lang("<html data-lang='x' lang='fr'>", "de"),
            "<html data-lang='x' lang=\"de\">"
        );
        assert_eq!(set_html_lang("<htmlx>", "de"), "<htmlx>");
    }

    #[test]
    fn a_missing_title_is_added() {
        let page = set_title("<head>\n</head>", "T");
        assert_eq!(page, "<head>\n<title>T</title>\n  </head>");
    }

    #[test]
    fn a_page_without_head_is_an_error() {
        assert_eq!(
            rewrite("<p>hi</p>", Some("{}"), "T", "en"),
            Err(HtmlError::NoHead)
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape(r#"a<b>&"c"'d'"#),
            "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;"
        );
        assert_eq!(escape("Trump–Putin “summit”"), "Trump–Putin “summit”");
    }

    #[test]
    fn a_meta_tag_escapes_its_content() {
        assert_eq!(
            meta("og:title", "property", "A \"b\" & <c>"),
            "    <meta property=\"og:title\" content=\"A &quot;b&quot; &amp; &lt;c&gt;\" />\n"
        );
    }
}
