//! The page's stylesheet, minified in place after trunk has copied it.
//!
//! The reader's first paint waits for this file, and its comments (the why of
//! every rule, kept in `static/style.css`) are a third of its gzip bytes. Trunk's
//! own `minify` would do it, but it minifies the HTML too, and the pre-render and
//! the newsroom's `build --template` find the page's parts by exact markup
//! (`<div id="explainer">`). So the pre-render minifies the one file itself, with
//! the same library (lightningcss), and writes the stylesheet link's new
//! Subresource Integrity hash, since trunk hashed the file as it was.
//!
//! A stylesheet that does not parse is left exactly as it was, with a warning:
//! the page then costs more bytes but loses nothing.

use std::fs;
use std::path::Path;

use base64::Engine as _;
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use sha2::{Digest as _, Sha384};

/// What became of the page's stylesheet.
#[derive(Debug, PartialEq, Eq)]
pub enum Minified {
    /// The page links no stylesheet in its own folder (a newsroom's own template
    /// may link none, or one served from elsewhere).
    NoStylesheet,
    /// Minified, from `before` to `after` bytes.
    Smaller { before: usize, after: usize },
    /// Already as small as the minifier makes it (a page pre-rendered before).
    Unchanged,
    /// Not valid CSS to the minifier: left as it was, with the reason.
    Kept(String),
}

/// Minifies the stylesheet that `page` (the `index.html` of `dist`) links with
/// `rel="stylesheet"`, and returns the page with that link's `integrity`
/// updated to the new file (unchanged when the file is).
pub fn minify_linked(dist: &Path, page: &str) -> Result<(String, Minified), String> {
    let Some(link) = stylesheet_link(page) else {
        return Ok((page.to_string(), Minified::NoStylesheet));
    };
    let href = &page[link.href.clone()];
    // Only a file of this build: never a URL, never outside dist/.
    let relative = href.trim_start_matches("./");
    if relative.is_empty()
        || relative.contains("..")
        || relative.contains(':')
        || relative.starts_with('/')
    {
        return Ok((page.to_string(), Minified::NoStylesheet));
    }
    let path = dist.join(relative);
    // A template may link a file it does not hold (served from elsewhere on the
    // newsroom's site): nothing here to minify.
    if !path.is_file() {
        return Ok((page.to_string(), Minified::NoStylesheet));
    }
    let css = fs::read_to_string(&path)
        .map_err(|e| format!("cannot read the stylesheet {}: {e}", path.display()))?;
    let small = match minify_css(&css) {
        Ok(small) => small,
        Err(reason) => return Ok((page.to_string(), Minified::Kept(reason))),
    };
    if small.len() >= css.len() {
        return Ok((page.to_string(), Minified::Unchanged));
    }
    fs::write(&path, &small)
        .map_err(|e| format!("cannot write the stylesheet {}: {e}", path.display()))?;
    let mut page = page.to_string();
    if let Some(integrity) = link.integrity {
        page.replace_range(integrity, &subresource_integrity(small.as_bytes()));
    }
    Ok((
        page,
        Minified::Smaller {
            before: css.len(),
            after: small.len(),
        },
    ))
}

/// `css` minified: comments and white space gone, values and rules shortened
/// where the meaning stays (lightningcss, no browser targets: nothing is
/// prefixed or lowered).
pub fn minify_css(css: &str) -> Result<String, String> {
    let mut sheet = StyleSheet::parse(css, ParserOptions::default())
        .map_err(|e| format!("the stylesheet does not parse: {e}"))?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| format!("the stylesheet cannot be minified: {e}"))?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| format!("the minified stylesheet cannot be written: {e}"))?;
    Ok(printed.code)
}

/// The `integrity` value of a file with these bytes, as trunk writes it.
fn subresource_integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Where, in a page, the first `<link rel="stylesheet">`'s `href` value is, and
/// its `integrity` value when it has one.
struct StylesheetLink {
    href: std::ops::Range<usize>,
    integrity: Option<std::ops::Range<usize>>,
}

/// The first `<link …>` tag with `rel="stylesheet"` and a double-quoted `href`,
/// as trunk writes it.
fn stylesheet_link(page: &str) -> Option<StylesheetLink> {
    let mut from = 0;
    while let Some(offset) = page[from..].find("<link ") {
        let start = from + offset;
        let end = start + page[start..].find('>')?;
        let tag = &page[start..end];
        if tag.contains("rel=\"stylesheet\"") {
            let value = |name: &str| {
                let key = format!(" {name}=\"");
                let value_start = start + tag.find(&key)? + key.len();
                let value_end = value_start + page[value_start..end].find('"')?;
                Some(value_start..value_end)
            };
            return Some(StylesheetLink {
                href: value("href")?,
                integrity: value("integrity"),
            });
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n<link rel=\"icon\" href=\"data:,\" />\n\
        <link rel=\"stylesheet\" href=\"./style-abc.css\" integrity=\"sha384-old\"/>\n</head>";

    fn dist_with(css: &str) -> tempfile::TempDir {
        let dist = tempfile::tempdir().unwrap();
        fs::write(dist.path().join("style-abc.css"), css).unwrap();
        dist
    }

    #[test]
    fn comments_and_space_go_and_the_rules_stay() {
        let css = "/* Why the card is framed. */\n.card {\n  color: #ff0000;\n  margin: 0px;\n}\n";
        assert_eq!(minify_css(css).unwrap(), ".card{color:red;margin:0}");
    }

    #[test]
    fn the_file_shrinks_and_the_link_gets_its_new_hash() {
        let dist = dist_with("/* a long comment about the rule */\n.card { color: red; }\n");
        let (page, minified) = minify_linked(dist.path(), PAGE).unwrap();
        let written = fs::read(dist.path().join("style-abc.css")).unwrap();
        assert_eq!(written, b".card{color:red}");
        assert!(matches!(minified, Minified::Smaller { after: 16, .. }));
        // The hash a browser computes for the file now served.
        let expected = format!(
            "integrity=\"sha384-{}\"",
            base64::engine::general_purpose::STANDARD.encode(Sha384::digest(&written))
        );
        assert!(page.contains(&expected), "{page}");
        assert!(!page.contains("sha384-old"));
        assert!(page.contains("<link rel=\"icon\" href=\"data:,\" />"));
    }

    #[test]
    fn a_second_run_changes_nothing() {
        let dist = dist_with(".card{color:red}");
        let (page, minified) = minify_linked(dist.path(), PAGE).unwrap();
        assert_eq!(minified, Minified::Unchanged);
        assert_eq!(page, PAGE);
    }

    #[test]
    fn a_stylesheet_that_does_not_parse_is_kept_as_it_was() {
        let broken_rule = ".card { color: red; } @media (";
        let dist = dist_with(broken_rule);
        let (page, minified) = minify_linked(dist.path(), PAGE).unwrap();
        assert_eq!(page, PAGE);
        assert_eq!(
            fs::read_to_string(dist.path().join("style-abc.css")).unwrap(),
            broken_rule
        );
        assert!(matches!(minified, Minified::Kept(_)), "{minified:?}");
    }

    #[test]
    fn a_page_without_a_local_stylesheet_is_left_alone() {
        let dist = tempfile::tempdir().unwrap();
        for page in [
            "<head></head>",
            "<link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">",
            "<link rel=\"stylesheet\" href=\"../outside.css\">",
            "<link rel=\"stylesheet\" href=\"./not-in-the-folder.css\">",
        ] {
            let (out, minified) = minify_linked(dist.path(), page).unwrap();
            assert_eq!((out.as_str(), minified), (page, Minified::NoStylesheet));
        }
    }
}
