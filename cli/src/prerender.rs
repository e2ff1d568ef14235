//! `explainer prerender`: the explainer written into the built page as static
//! HTML, so readers, search engines and social crawlers see it all at first
//! paint, before and without WebAssembly; plus one share page per quote.
//!
//! The markup is Yew's own server-side render of the same `App`, so the Wasm
//! hydrates it instead of drawing it again. The root records the fingerprint of
//! the content it shows (`data-prerendered`, see [`PageContent::fingerprint`]):
//! the Wasm hydrates only matching markup. The content comes validated, from
//! `build` in memory or read back from the page by the `prerender` command. Everything added to `<head>` sits between two marker comments, so
//! running it again on its own output replaces, never duplicates.
//!
//! Written to `dist/`:
//! - `index.html`: the widget pre-rendered, a description, Open Graph tags and
//!   JSON-LD (`NewsArticle` and a `Quotation` per quote), and the origins
//!   `?src=` may load from besides the page's own, when the newsroom lists any
//!   (on the share pages too);
//! - `quote/<slug>/index.html`: a light page of that quote, with its own title,
//!   canonical URL, Open Graph and Twitter card tags, that sends readers on to
//!   the explainer at the quote ([`crate::share_page`]), and the `share.css` and
//!   `redirect.js` those pages share;
//! - `quote/<slug>/card.png`: the 1200×630 image those tags point at;
//! - the page's stylesheet minified, and its integrity hash updated (see
//!   [`crate::stylesheet`]);
//! - `embed.js` linked to this build's file names, and `oembed.json` when the
//!   site URL is known (see [`crate::embed`]).

use std::fs;
use std::path::Path;

use news_explainer::content_origin::ORIGINS_META;
use news_explainer::fragment::Fragment;
use news_explainer::model::AnchoredExplainer;
use news_explainer::strings::Locale;
use news_explainer::{App, AppProps};
use yew::LocalServerRenderer;

use crate::embed;
use crate::html::{escape, meta, modified_meta};
use crate::page_content::PageContent;
use crate::share_page;
use crate::structured_data::json_ld;
use crate::stylesheet::{self, Minified};

const HEAD_START: &str = "<!-- explainer:prerendered-head -->";
const HEAD_END: &str = "<!-- /explainer:prerendered-head -->";
const HEAD_INDENT: &str = "\n  ";
const ROOT_OPEN: &str = "<div id=\"explainer\"";

/// What a pre-render wrote.
#[derive(Debug, PartialEq, Eq)]
pub struct Written {
    /// Share pages written (one per quote).
    pub share_pages: usize,
    /// What became of the page's stylesheet.
    pub stylesheet: Minified,
}

/// The content of the built page in `dist`: its own content element when it
/// has one, else the bundled default, validated. For the `prerender` command,
/// which has only the page; `build` hands its content on instead.
pub fn read_content(dist: &Path) -> Result<PageContent, String> {
    let template = strip(&read_page(dist)?)?;
    PageContent::read(&template).map_err(|diagnostics| {
        let report: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        format!("the page's explainer is invalid:\n{}", report.join("\n"))
    })
}

fn read_page(dist: &Path) -> Result<String, String> {
    let index = dist.join("index.html");
    fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))
}

/// Pre-renders the page in `dist` (a `trunk build` output, or an `explainer
/// build` site) with `content`, the explainer its `index.html` carries, and
/// writes the share pages. `site_url`, the absolute URL `dist/` is served at,
/// makes canonical and image URLs absolute (social networks want absolute image
/// URLs); without it they are relative. `content_origins` are the origins besides
/// the pages' own from which `?src=` may load an explainer on them (see
/// [`origins_meta`]). `oembed_url` is where the page's oEmbed discovery link
/// points (the desk's endpoint); without it, `oembed.json` beside the page.
/// With `live_updates`, the explainer's JSON is written beside the page as
/// [`UPDATES_FILE`] and the page names it ([`UPDATES_META`]): an open page
/// asks for it while visible and offers a newer version (a publish).
/// Without `share_pages`, the share pages are left out (and old
/// ones removed).
pub fn prerender(
    dist: &Path,
    content: &PageContent,
    site_url: Option<&str>,
    oembed_url: Option<&str>,
    content_origins: &[String],
    share_pages: bool,
    live_updates: bool,
) -> Result<Written, String> {
    let index = dist.join("index.html");
    let template = strip(&read_page(dist)?)?;
    let (template, stylesheet) = stylesheet::minify_linked(dist, &template)?;
    let explainer = content.explainer();
    let site_url = site_url.map(|url| url.trim_end_matches('/').to_string() + "/");
    let origins = origins_meta(content_origins);

    let main = render_page(
        &template,
        content,
        None,
        &(main_head(explainer, site_url.as_deref(), oembed_url)
            + &locale_preload(&template, explainer)
            + &origins
            + &updates_meta(content, live_updates)),
    )?;
    fs::write(&index, main).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    embed::link_loader(dist, &template)?;
    if let (true, Some(text)) = (live_updates, content.element_text()) {
        let path = dist.join(UPDATES_FILE);
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        embed::show_content_inline(dist, UPDATES_FILE)?;
    }
    if let Some(url) = &site_url {
        let path = dist.join("oembed.json");
        fs::write(&path, embed::oembed_json(explainer, url))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }

    let quotes_dir = dist.join("quote");
    if quotes_dir.exists() {
        fs::remove_dir_all(&quotes_dir)
            .map_err(|e| format!("cannot clear {}: {e}", quotes_dir.display()))?;
    }
    if !share_pages {
        return Ok(Written {
            share_pages: 0,
            stylesheet,
        });
    }
    fs::create_dir_all(&quotes_dir)
        .map_err(|e| format!("cannot create {}: {e}", quotes_dir.display()))?;
    share_page::write_shared_files(&quotes_dir)?;
    // The card images are most of a site build's time: draw them on every core.
    let quotes = &explainer.explainer.quotes;
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_worker = quotes.len().div_ceil(workers).max(1);
    let site_url = site_url.as_deref();
    std::thread::scope(|scope| {
        let workers: Vec<_> = quotes
            .chunks(per_worker)
            .map(|part| {
                let quotes_dir = &quotes_dir;
                scope.spawn(move || {
                    part.iter().try_for_each(|quote| {
                        share_page::write_share_page(quotes_dir, explainer, quote, site_url)
                    })
                })
            })
            .collect();
        workers.into_iter().try_for_each(|worker| {
            worker
                .join()
                .unwrap_or_else(|_| Err("a share page's renderer failed".into()))
        })
    })?;
    Ok(Written {
        share_pages: explainer.explainer.quotes.len(),
        stylesheet,
    })
}

/// The page as the template left it: without an earlier pre-render's head block
/// and root markup.
fn strip(page: &str) -> Result<String, String> {
    let mut page = page.to_string();
    if let (Some(start), Some(end)) = (page.find(HEAD_START), page.find(HEAD_END)) {
        let mut end = end + HEAD_END.len();
        // The indentation written after the block, before </head>.
        if page[end..].starts_with(HEAD_INDENT) {
            end += HEAD_INDENT.len();
        }
        page.replace_range(start..end, "");
    }
    let root = page
        .find(ROOT_OPEN)
        .ok_or("the page has no <div id=\"explainer\"> to render into")?;
    // The root is the last <div> of <body> in the page trunk writes (alone in
    // <main>), so its closing tag is the last </div> before </body>.
    let body_end = page.rfind("</body>").ok_or("the page has no </body>")?;
    let root_end = page[..body_end]
        .rfind("</div>")
        .filter(|&end| end > root)
        .ok_or("the root <div> is not closed")?;
    page.replace_range(
        root..root_end + "</div>".len(),
        "<div id=\"explainer\"></div>",
    );
    Ok(page)
}

/// The template with the App rendered into its root and `head` added.
fn render_page(
    template: &str,
    content: &PageContent,
    open: Option<Fragment>,
    head: &str,
) -> Result<String, String> {
    let mut props = AppProps::from(Ok::<_, Vec<_>>(content.explainer().clone()));
    props.open = open.clone();
    let markup = render_app(props)?;
    let open_attribute = open
        .map(|f| format!(" data-open=\"{}\"", f.id()))
        .unwrap_or_default();
    let root = format!(
        "<div id=\"explainer\" data-prerendered=\"{}\"{open_attribute}>{markup}</div>",
        content.fingerprint()
    );
    let page = template.replacen("<div id=\"explainer\"></div>", &root, 1);
    let head_end = page.find("</head>").ok_or("the page has no </head>")?;
    let mut page = page;
    page.insert_str(
        head_end,
        &format!("{HEAD_START}\n{head}{HEAD_END}{HEAD_INDENT}"),
    );
    Ok(page)
}

/// Yew's server-side render of the App.
fn render_app(props: AppProps) -> Result<String, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the renderer: {e}"))?;
    let local = tokio::task::LocalSet::new();
    Ok(local.block_on(
        &runtime,
        LocalServerRenderer::<App>::with_props(props).render(),
    ))
}

/// On a page rendered in another interface language than English, a preload of
/// that language's file: the reader's Wasm carries English alone and fetches
/// the file before it adopts the markup (`news_explainer::host::locale_files`),
/// so the browser had better start on it beside the Wasm than after it. It sits
/// in the Wasm's folder, as the Wasm asks for it; `crossorigin` makes the
/// preload the request the Wasm's `fetch` makes (CORS mode, same-origin
/// credentials), so the browser hands that over rather than asking twice. An
/// English page gets nothing.
fn locale_preload(template: &str, explainer: &AnchoredExplainer) -> String {
    let locale = Locale::prerendered(&explainer.explainer.article.language);
    if locale == Locale::En {
        return String::new();
    }
    let wasm = embed::attribute_of(template, "data-explainer-wasm=", "data-explainer-wasm")
        .unwrap_or_default();
    let folder = &wasm[..wasm.rfind('/').map_or(0, |at| at + 1)];
    format!(
        "    <link rel=\"preload\" href=\"{}locales/{}.json\" as=\"fetch\" crossorigin />\n",
        escape(folder),
        locale.tag()
    )
}

/// The `<meta name="explainer-content-origins">` that lists, for the widget's
/// `?src=` rule ([`news_explainer::content_origin`]), the origins besides the
/// page's own it may load an explainer from; nothing when there are none. In
/// the pre-rendered head, so a new build's list replaces an old one.
fn origins_meta(origins: &[String]) -> String {
    if origins.is_empty() {
        return String::new();
    }
    meta(ORIGINS_META, "name", &origins.join(" "))
}

/// The file an open published page asks for, to learn of a republish.
pub const UPDATES_FILE: &str = "content.json";
/// The `<meta name>` that names it, which the widget reads
/// (`news_explainer::host::new_version`).
const UPDATES_META: &str = "explainer-updates";

/// The `<meta>` naming [`UPDATES_FILE`], for a page that has one.
fn updates_meta(content: &PageContent, live_updates: bool) -> String {
    if live_updates && content.element_text().is_some() {
        meta(UPDATES_META, "name", UPDATES_FILE)
    } else {
        String::new()
    }
}

/// Description, Open Graph and JSON-LD for the explainer's own page.
fn main_head(
    explainer: &AnchoredExplainer,
    site_url: Option<&str>,
    oembed_url: Option<&str>,
) -> String {
    let article = &explainer.explainer.article;
    let page_url = site_url.unwrap_or("./");
    let mut head = String::new();
    head += &meta("description", "name", &article.dek);
    head += &meta("og:type", "property", "article");
    head += &meta("og:title", "property", &article.headline);
    head += &meta("og:description", "property", &article.dek);
    if let Some(url) = site_url {
        head += &format!("    <link rel=\"canonical\" href=\"{}\" />\n", escape(url));
        head += &meta("og:url", "property", url);
        let discovery = oembed_url.map_or_else(|| format!("{url}oembed.json"), str::to_string);
        head += &format!(
            "    <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\" />\n",
            escape(&discovery),
            escape(&article.headline)
        );
    }
    head += &modified_meta(explainer);
    // JSON-LD is data, never run: allowed under a strict CSP, and `<` escaped.
    let graph = json_ld(explainer, page_url)
        .to_string()
        .replace('<', "\\u003c");
    head += &format!("    <script type=\"application/ld+json\">{graph}</script>\n");
    head
}

#[cfg(test)]
mod tests {
    use news_explainer::content::{fingerprint, ANCHORAGE_SUMMIT};
    use news_explainer::model::validate;

    use super::*;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <title>T</title>\n    \
        <script type=\"module\" src=\"./boot.js\" data-explainer-js=\"./app.js\"></script>\n  </head>\n  \
        <body>\n    <div id=\"explainer\"></div>\n  </body>\n</html>\n";

    /// The bundled default, as a page without a content element carries it.
    fn bundled() -> PageContent {
        PageContent::read(TEMPLATE).unwrap()
    }

    #[test]
    fn strip_undoes_a_render() {
        let rendered =
            render_page(TEMPLATE, &bundled(), None, "    <meta name=\"x\" />\n").unwrap();
        assert_ne!(rendered, TEMPLATE);
        assert_eq!(strip(&rendered).unwrap(), TEMPLATE);
    }

    #[test]
    fn the_root_records_the_content_it_shows() {
        let open = Some(Fragment::Quote("long-overdue".into()));
        let page = render_page(TEMPLATE, &bundled(), open, "").unwrap();
        let root = format!(
            "<div id=\"explainer\" data-prerendered=\"{}\" data-open=\"quote-long-overdue\">",
            fingerprint(ANCHORAGE_SUMMIT)
        );
        assert!(page.contains(&root), "{page}");
        assert!(page.contains("class=\"quote-card"));
    }

    #[test]
    fn only_a_page_in_another_language_than_english_preloads_its_file() {
        let russian = validate::load(include_str!("../../tests/data/russian-bridge.json")).unwrap();
        let english = validate::load(ANCHORAGE_SUMMIT).unwrap();
        let template = TEMPLATE.replace(
            "data-explainer-js=\"./app.js\"",
            "data-explainer-js=\"./app.js\" data-explainer-wasm=\"./app_bg.wasm\"",
        );
        assert_eq!(
            locale_preload(&template, &russian),
            "    <link rel=\"preload\" href=\"locales/ru.json\" as=\"fetch\" crossorigin />\n"
        );
        // Beside the Wasm, wherever the page puts it.
        let elsewhere = template.replace("./app_bg.wasm", "../../w/app_bg.wasm");
        assert!(locale_preload(&elsewhere, &russian).contains("href=\"../../w/locales/ru.json\""));
        assert_eq!(locale_preload(&template, &english), "");
    }

    #[test]
    fn a_page_prerendered_again_from_its_own_content_is_unchanged() {
        let dist = tempfile::tempdir().unwrap();
        let mut explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        explainer.explainer.article.headline = "Summit <ends>".into();
        let content = PageContent::for_page(explainer).unwrap();
        let page = crate::html::rewrite(TEMPLATE, content.element_text(), "T", "en").unwrap();
        fs::write(dist.path().join("index.html"), page).unwrap();

        // As `build` does: the content handed over, not read back.
        prerender(dist.path(), &content, None, None, &[], false, false).unwrap();
        let once = fs::read_to_string(dist.path().join("index.html")).unwrap();
        assert!(once.contains(&format!("data-prerendered=\"{}\"", content.fingerprint())));
        assert!(once.contains("Summit &lt;ends&gt;"), "{once}");

        // As the `prerender` command does: the content read back from the page.
        let read = read_content(dist.path()).unwrap();
        assert_eq!(read, content);
        prerender(dist.path(), &read, None, None, &[], false, false).unwrap();
        let twice = fs::read_to_string(dist.path().join("index.html")).unwrap();
        assert_eq!(twice, once);
    }

    #[test]
    fn an_invalid_page_content_is_named_as_such() {
        let dist = tempfile::tempdir().unwrap();
        let page = crate::html::rewrite(TEMPLATE, Some("{\"old\": true}"), "T", "en").unwrap();
        fs::write(dist.path().join("index.html"), page).unwrap();
        let message = read_content(dist.path()).unwrap_err();
        assert!(
            message.starts_with("the page's explainer is invalid:\n"),
            "{message}"
        );
    }

    #[test]
    fn listed_origins_go_in_one_meta_element_or_none() {
        assert_eq!(origins_meta(&[]), "");
        assert_eq!(
            origins_meta(&["https://a.example".into(), "http://127.0.0.1:8081".into()]),
            "    <meta name=\"explainer-content-origins\" content=\"https://a.example http://127.0.0.1:8081\" />\n"
        );
    }

    #[test]
    fn the_page_carries_the_latest_update_only_when_it_is_later() {
        let modified = "<meta property=\"article:modified_time\" content=\"2025-07-08\" />";
        let one = validate::load(ANCHORAGE_SUMMIT).unwrap();
        assert!(!main_head(&one, None, None).contains("modified_time"));
        let json = include_str!("../../tests/data/three-reports.json");
        let explainer = validate::load(json).unwrap();
        assert!(main_head(&explainer, None, None).contains(modified));
    }
}
