//! A quote's share page (`quote/<slug>/index.html`): what a social crawler reads
//! and a shared link opens. Crawlers run no script and never see fragments, so
//! the page carries the quote's own title, Open Graph and Twitter tags, its card
//! image and its `Quotation` JSON-LD, and in its body the quote, its speaker and
//! context, with a link to the explainer at `#quote-<slug>`. A reader's browser
//! follows that link at once (`redirect.js`); without script the page reads on
//! its own.
//!
//! The page is light on purpose: a few kilobytes, not the whole widget (which
//! the explainer's page has), so a site with a thousand quotes stays small and
//! a crawler gets its answer in one short response. Its stylesheet and script
//! are shared files in `quote/`, allowed under the README's strict CSP.

use std::fs;
use std::path::Path;

use news_explainer::fragment::Fragment;
use news_explainer::model::structured_data::quotation_json_ld;
use news_explainer::model::{AnchoredExplainer, Quote};

use crate::html::escape;
use crate::prerender::strings_of;

/// The share pages' stylesheet, written once to `quote/share.css`.
const STYLESHEET: &str = include_str!("share_page/share.css");
/// The readers' redirect, written once to `quote/redirect.js`.
const REDIRECT: &str = include_str!("share_page/redirect.js");

/// Writes the files every share page in `quotes_dir` (`dist/quote/`) shares.
pub fn write_shared_files(quotes_dir: &Path) -> Result<(), String> {
    for (name, text) in [("share.css", STYLESHEET), ("redirect.js", REDIRECT)] {
        let path = quotes_dir.join(name);
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The share page of `quote`, with `head` (its title, canonical URL and social
/// tags, from [`crate::prerender`]) in its `<head>`. `site_url` is the
/// explainer's absolute address when known; links are relative without it.
pub fn share_page(
    explainer: &AnchoredExplainer,
    quote: &Quote,
    title: &str,
    head: &str,
    site_url: Option<&str>,
) -> String {
    let content = &explainer.explainer;
    let article = &content.article;
    // The page reads in the content's language, as the widget's pre-render does.
    let strings = strings_of(explainer);
    let fragment = Fragment::Quote(quote.id.clone()).href();
    // The page sits at quote/<slug>/: the explainer is two folders up.
    let explainer_url = site_url.unwrap_or("../../");
    let person = content.person(&quote.speaker);
    let name = person.map_or(quote.speaker.as_str(), |p| p.name.as_str());
    let role = person.map_or("", |p| p.role.as_str());
    // JSON-LD is data, never run: allowed under a strict CSP, and `<` escaped.
    let graph = quotation_json_ld(explainer, quote, site_url.unwrap_or("../../"))
        .to_string()
        .replace('<', "\\u003c");
    let words_lang = quote
        .language
        .as_ref()
        .map(|lang| format!(" lang=\"{}\"", escape(lang)))
        .unwrap_or_default();
    let mut body = String::new();
    body += &format!(
        "    <p class=\"share__source\"><a href=\"{}\">{}</a>{}</p>\n",
        escape(explainer_url),
        escape(&article.headline),
        article
            .publisher
            .as_ref()
            .map(|p| format!(" · {}", escape(p)))
            .unwrap_or_default()
    );
    body += &format!(
        "    <blockquote class=\"share__quote\"><p>{}<bdi{words_lang}>{}</bdi>{}</p></blockquote>\n",
        strings.quote_open,
        escape(&quote.text),
        strings.quote_close
    );
    body += &format!(
        "    <p class=\"share__speaker\"><bdi>{}</bdi></p>\n",
        escape(name)
    );
    if !role.is_empty() {
        body += &format!(
            "    <p class=\"share__role\"><bdi>{}</bdi></p>\n",
            escape(role)
        );
    }
    if let Some(spoken) = quote.spoken_language(&article.language) {
        body += &format!(
            "    <p class=\"share__language\">{}</p>\n",
            escape(&strings.spoken_language(&spoken))
        );
    }
    body += &format!(
        "    <p class=\"share__context\">{}</p>\n",
        escape(&quote.context)
    );
    body += &format!(
        "    <p><a class=\"share__link\" id=\"explainer-link\" href=\"{}{fragment}\">{}</a></p>\n",
        escape(explainer_url),
        escape(strings.read_in_explainer)
    );
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n  <head>\n    <meta charset=\"utf-8\" />\n    \
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n    \
         <title>{title}</title>\n{head}    \
         <link rel=\"stylesheet\" href=\"../share.css\" />\n    \
         <script src=\"../redirect.js\" defer></script>\n    \
         <script type=\"application/ld+json\">{graph}</script>\n  </head>\n  <body>\n  <main>\n{body}  </main>\n  </body>\n</html>\n",
        lang = escape(&article.language),
        dir = article.direction(),
        title = escape(title),
    )
}

#[cfg(test)]
mod tests {
    use news_explainer::content::ANCHORAGE_SUMMIT;
    use news_explainer::model::validate;

    use super::*;

    #[test]
    fn a_share_page_holds_the_quote_its_speaker_context_and_link() {
        let explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        let quote = &explainer.explainer.quotes[9];
        let page = share_page(
            &explainer,
            quote,
            "T & t",
            "    <meta name=\"x\" />\n",
            None,
        );
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">"));
        assert!(page.contains("<title>T &amp; t</title>"));
        assert!(page.contains("    <meta name=\"x\" />\n"));
        assert!(page.contains("<bdi>Next time in Moscow.</bdi>"));
        assert!(page.contains("<bdi>Vladimir Putin</bdi>"));
        assert!(page.contains("Spoken in English."));
        assert!(page.contains(&escape(&quote.context)));
        assert!(page.contains("id=\"explainer-link\" href=\"../../#quote-next-time-in-moscow\""));
        assert!(page.contains("<script src=\"../redirect.js\" defer></script>"));
        // No widget: the explainer's page has it.
        assert!(!page.contains("id=\"explainer\""));
        assert!(!page.contains(".wasm"));
    }

    #[test]
    fn a_share_page_escapes_the_content_and_links_absolutely_with_a_site_url() {
        let mut explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        explainer.explainer.quotes[0].context = "Said \"this\" & <that></script>".into();
        let quote = &explainer.explainer.quotes[0];
        let page = share_page(&explainer, quote, "T", "", Some("https://news.example/x/"));
        assert!(page.contains("Said &quot;this&quot; &amp; &lt;that&gt;&lt;/script&gt;"));
        assert!(!page.contains("<that>"));
        assert!(page.contains(&format!(
            "href=\"https://news.example/x/#quote-{}\"",
            quote.id
        )));
        // The JSON-LD cannot close its own script element.
        let ld = &page[page.find("application/ld+json").unwrap()..];
        let ld = &ld[..ld.find("</script>").unwrap()];
        assert!(!ld.contains('<'), "{ld}");
    }
}
