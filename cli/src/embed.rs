//! The files that let newsrooms embed the built widget: `embed.js` linked to
//! this build's hashed file names, and `oembed.json` for CMSs that embed by URL.
//!
//! `static/embed.js` is copied by trunk with the literal placeholders
//! `__NEWS_EXPLAINER_JS__`, `__NEWS_EXPLAINER_WASM__` and `__NEWS_EXPLAINER_CSS__`;
//! the names only exist once trunk has hashed the files, so they are filled in
//! here, from the page trunk wrote, after every build.

use std::fs;
use std::path::Path;

use news_explainer::model::AnchoredExplainer;

use news_explainer::embedding::EmbedCodes;

/// The oEmbed size: the widget's usual width, and a height that fits the header
/// and a few quote cards. `embed.js` in the `html` resizes the frame to the
/// content as soon as it runs.
pub const OEMBED_WIDTH: u32 = 640;
/// See [`OEMBED_WIDTH`].
pub const OEMBED_HEIGHT: u32 = 900;

/// The value of `attribute="…"` on the first tag in `page` that contains
/// `marker`, without a leading `./`.
pub(crate) fn attribute_of(page: &str, marker: &str, attribute: &str) -> Option<String> {
    let at = page.find(marker)?;
    let tag_start = page[..at].rfind('<')?;
    let tag_end = at + page[at..].find('>')?;
    let tag = &page[tag_start..tag_end];
    let key = format!("{attribute}=\"");
    let value_start = tag.find(&key)? + key.len();
    let value_end = value_start + tag[value_start..].find('"')?;
    Some(
        tag[value_start..value_end]
            .trim_start_matches("./")
            .to_string(),
    )
}

/// Fills this build's file names into `dist/embed.js`. A build without
/// `embed.js` (an older template) is left alone; one whose names cannot be found
/// in the page is an error, since the inline embed would then fail on every host.
pub fn link_loader(dist: &Path, page: &str) -> Result<(), String> {
    let path = dist.join("embed.js");
    let Ok(script) = fs::read_to_string(&path) else {
        return Ok(());
    };
    if !script.contains("__NEWS_EXPLAINER_") {
        return Ok(());
    }
    let names = [
        (
            "__NEWS_EXPLAINER_JS__",
            attribute_of(page, "data-explainer-js=", "data-explainer-js"),
        ),
        (
            "__NEWS_EXPLAINER_WASM__",
            attribute_of(page, "data-explainer-wasm=", "data-explainer-wasm"),
        ),
        (
            "__NEWS_EXPLAINER_CSS__",
            attribute_of(page, "rel=\"stylesheet\"", "href"),
        ),
    ];
    let mut linked = script;
    for (placeholder, name) in names {
        let name = name.ok_or_else(|| {
            format!("cannot fill {placeholder} in embed.js: the page does not name that file")
        })?;
        linked = linked.replace(placeholder, &name);
    }
    fs::write(&path, linked).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// What `static/embed.js` says when it has no content file of its own.
const NO_CONTENT_FILE: &str = "const CONTENT = '';";

/// Makes `dist/embed.js` mount `file` (beside it) into inline placeholders
/// that name no `data-src`: a published site's explainer, where the Wasm's
/// bundled one would be another. A loader without the line (an older
/// template) is left alone.
pub fn show_content_inline(dist: &Path, file: &str) -> Result<(), String> {
    let path = dist.join("embed.js");
    let Ok(script) = fs::read_to_string(&path) else {
        return Ok(());
    };
    if !script.contains(NO_CONTENT_FILE) {
        return Ok(());
    }
    let named = script.replacen(NO_CONTENT_FILE, &format!("const CONTENT = '{file}';"), 1);
    fs::write(&path, named).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The oEmbed response (type `rich`) for the widget served at `site_url`, as
/// the file `oembed.json` beside the page.
pub fn oembed_json(explainer: &AnchoredExplainer, site_url: &str) -> String {
    let article = &explainer.explainer.article;
    let response = oembed_response(
        &article.headline,
        article.publisher.as_deref(),
        site_url,
        (None, None),
    );
    serde_json::to_string_pretty(&response).unwrap_or_default() + "\n"
}

/// The oEmbed response (type `rich`) for the explainer titled `title` at
/// `site_url` (its folder, ending in `/`): its `html` is the iframe code the
/// widget's Embed panel gives (a placeholder and `embed.js`, which makes the
/// frame, sizes it to its content and speaks pym.js), so a CMS that embeds by
/// URL gets what an editor would paste. `max` is the consumer's `maxwidth`
/// and `maxheight`, which the size never exceeds.
pub fn oembed_response(
    title: &str,
    publisher: Option<&str>,
    site_url: &str,
    max: (Option<u32>, Option<u32>),
) -> serde_json::Value {
    let html = EmbedCodes::new(site_url, None, title).iframe;
    let width = max.0.map_or(OEMBED_WIDTH, |m| m.min(OEMBED_WIDTH));
    let height = max.1.map_or(OEMBED_HEIGHT, |m| m.min(OEMBED_HEIGHT));
    // The newsroom's name when the content gives it, else the site's host.
    let host = site_url
        .split_once("://")
        .map_or(site_url, |(_, rest)| rest)
        .split('/')
        .next()
        .unwrap_or_default();
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": publisher.unwrap_or(host),
        "provider_url": site_url,
        "html": html,
        "width": width,
        "height": height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<link rel="stylesheet" href="./style-abc.css" integrity="x"/>
<script type="module" src="./boot.js" data-explainer-js="./news-explainer-123.js" data-explainer-wasm="./news-explainer-123_bg.wasm"></script>"#;

    #[test]
    fn the_loader_gets_this_builds_file_names() {
        let dist = std::env::temp_dir().join(format!("embed-link-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(
            dist.join("embed.js"),
            "const JS = '__NEWS_EXPLAINER_JS__'; const WASM = '__NEWS_EXPLAINER_WASM__'; const CSS = '__NEWS_EXPLAINER_CSS__';",
        )
        .unwrap();
        link_loader(&dist, PAGE).unwrap();
        let linked = fs::read_to_string(dist.join("embed.js")).unwrap();
        assert_eq!(
            linked,
            "const JS = 'news-explainer-123.js'; const WASM = 'news-explainer-123_bg.wasm'; const CSS = 'style-abc.css';"
        );
        // A page that does not name the files is an error, not a broken loader.
        fs::write(dist.join("embed.js"), "'__NEWS_EXPLAINER_JS__'").unwrap();
        let error = link_loader(&dist, "<html></html>").unwrap_err();
        assert!(error.contains("__NEWS_EXPLAINER_JS__"), "{error}");
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn oembed_is_rich_with_a_size_and_the_loader() {
        let explainer = news_explainer::content::default_explainer().unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&oembed_json(&explainer, "https://news.example/e/")).unwrap();
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["width"], OEMBED_WIDTH);
        assert_eq!(json["height"], OEMBED_HEIGHT);
        let html = json["html"].as_str().unwrap();
        assert!(html.contains("<script src=\"https://news.example/e/embed.js\" async></script>"));
        assert!(html.contains("data-news-explainer=\"iframe\""));
        assert_eq!(
            html,
            EmbedCodes::new(
                "https://news.example/e/",
                None,
                json["title"].as_str().unwrap()
            )
            .iframe,
            "the Embed panel's iframe code"
        );
        assert!(json["provider_name"].is_string());
    }

    #[test]
    fn a_published_loader_mounts_the_sites_content_inline() {
        let dist = tempfile::tempdir().unwrap();
        let loader =
            "const CSS = 'x';\n  const CONTENT = '';\n  mount(src || (CONTENT && base + CONTENT));";
        fs::write(dist.path().join("embed.js"), loader).unwrap();
        show_content_inline(dist.path(), "content.json").unwrap();
        let linked = fs::read_to_string(dist.path().join("embed.js")).unwrap();
        assert!(
            linked.contains("const CONTENT = 'content.json';"),
            "{linked}"
        );
        // Again: nothing more to change.
        show_content_inline(dist.path(), "content.json").unwrap();
        assert_eq!(
            fs::read_to_string(dist.path().join("embed.js")).unwrap(),
            linked
        );
    }

    #[test]
    fn oembed_keeps_within_the_consumers_maximum() {
        let small = oembed_response("T", None, "https://news.example/e/x/", (Some(300), None));
        assert_eq!(small["width"], 300);
        assert_eq!(small["height"], OEMBED_HEIGHT);
        assert_eq!(small["provider_name"], "news.example");
        let large = oembed_response(
            "T",
            Some("Daily"),
            "https://n.example/",
            (Some(5000), Some(200)),
        );
        assert_eq!(large["width"], OEMBED_WIDTH);
        assert_eq!(large["height"], 200);
        assert_eq!(large["provider_name"], "Daily");
    }
}
