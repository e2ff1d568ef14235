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
//!
//! The page owns its title, head and writer ([`write_share_page`]); the
//! explainer's pre-render ([`crate::prerender`]) calls it once per quote.

use std::fs;
use std::path::Path;

use news_explainer::fragment::Fragment;
use news_explainer::model::{AnchoredExplainer, Quote};
use news_explainer::strings::{Locale, Strings};

use crate::bidi;
use crate::html::{escape, meta, modified_meta};
use crate::share_image::{render_png, QuoteCardImage};
use crate::structured_data::quotation_json_ld;

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

/// Writes one quote's share page and card image into `quotes_dir/<slug>/`.
pub fn write_share_page(
    quotes_dir: &Path,
    explainer: &AnchoredExplainer,
    quote: &Quote,
    site_url: Option<&str>,
) -> Result<(), String> {
    let dir = quotes_dir.join(&quote.id);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let head = share_head(explainer, quote, site_url);
    let title = share_title(explainer, quote);
    let page = share_page(explainer, quote, &title, &head, site_url);
    fs::write(dir.join("index.html"), page)
        .map_err(|e| format!("cannot write a share page: {e}"))?;
    let speaker = explainer.explainer.person(&quote.speaker);
    let role = speaker.map_or("", |p| p.role.as_str());
    let strings = strings_of(explainer);
    // A shared translation says so on its image, where it travels alone.
    let role = match quote.spoken_language(&explainer.explainer.article.language) {
        Some(spoken) if spoken.translation.is_some() => {
            format!("{role} · {}", strings.translated_from(spoken.spoken_in))
        }
        _ => role.to_string(),
    };
    let png = render_png(&QuoteCardImage {
        quote: &quote.text,
        speaker: speaker.map_or(quote.speaker.as_str(), |p| p.name.as_str()),
        role: &role,
        headline: &explainer.explainer.article.headline,
        publisher: explainer.explainer.article.publisher.as_deref(),
        marks: (strings.quote_open, strings.quote_close),
        right_to_left: explainer.explainer.article.direction() == "rtl",
    })?;
    fs::write(dir.join("card.png"), png).map_err(|e| format!("cannot write a share image: {e}"))
}

/// One quote's page title: “the words” — the speaker.
fn share_title(explainer: &AnchoredExplainer, quote: &Quote) -> String {
    let speaker = explainer
        .explainer
        .person(&quote.speaker)
        .map_or(quote.speaker.as_str(), |p| p.name.as_str());
    // Plain text has no <bdi>: the quote and the name are isolated with Unicode's
    // isolates, and the title reads in the article's direction (crate::bidi).
    bidi::in_direction(
        format!(
            "{} — {}",
            strings_of(explainer).quoted(&bidi::isolate(&quote.text)),
            bidi::isolate(speaker)
        ),
        explainer.explainer.article.direction(),
    )
}

/// Canonical URL, description, Open Graph and Twitter card tags for one quote's page.
fn share_head(explainer: &AnchoredExplainer, quote: &Quote, site_url: Option<&str>) -> String {
    let title = share_title(explainer, quote);
    let path = format!("quote/{}/", quote.id);
    let (page_url, image_url) = match site_url {
        Some(site) => (format!("{site}{path}"), format!("{site}{path}card.png")),
        None => ("./".to_string(), "card.png".to_string()),
    };
    // The description says what language the words were spoken in, where the
    // content says: a translation shared alone must still read as one.
    let context = bidi::isolate(&quote.context);
    let description = match quote.spoken_language(&explainer.explainer.article.language) {
        Some(spoken) => format!(
            "{context} {}",
            strings_of(explainer).spoken_language(&spoken)
        ),
        None => context,
    };
    let mut head = String::new();
    head += &format!(
        "    <link rel=\"canonical\" href=\"{}\" />\n",
        escape(&page_url)
    );
    head += &meta("description", "name", &description);
    head += &meta("og:type", "property", "article");
    head += &meta("og:title", "property", &title);
    head += &meta("og:description", "property", &description);
    head += &meta("og:url", "property", &page_url);
    head += &meta("og:image", "property", &image_url);
    head += &meta("og:image:width", "property", "1200");
    head += &meta("og:image:height", "property", "630");
    head += &meta("og:image:alt", "property", &title);
    head += &modified_meta(explainer);
    head += &meta("twitter:card", "name", "summary_large_image");
    head += &meta("twitter:title", "name", &title);
    head += &meta("twitter:description", "name", &description);
    head += &meta("twitter:image", "name", &image_url);
    head
}

/// The interface strings a share page and its image read in: the locale the
/// explainer's page is pre-rendered in ([`Locale::prerendered`]), for their
/// quotation marks and the language a quote was spoken in.
fn strings_of(explainer: &AnchoredExplainer) -> &'static Strings {
    Locale::prerendered(&explainer.explainer.article.language).strings()
}

/// The share page of `quote`, with `head` (its title, canonical URL and social
/// tags, [`share_head`]) in its `<head>`. `site_url` is the
/// explainer's absolute address when known; links are relative without it.
fn share_page(
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

    #[test]
    fn a_reversing_override_in_a_name_cannot_reorder_the_title() {
        // Issue #32: U+202E in a speaker's name reverses everything after it
        // unless the name is isolated, Latin letters or not.
        let mut explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        let quote = explainer.explainer.quotes[0].clone();
        let speaker = quote.speaker.clone();
        let person = explainer
            .explainer
            .people
            .iter_mut()
            .find(|p| p.id == speaker)
            .unwrap();
        person.name = "\u{202E}Putin".into();
        let title = share_title(&explainer, &quote);
        assert!(
            title.ends_with(" — \u{2068}\u{202E}Putin\u{2069}"),
            "{title:?}"
        );
        assert!(
            title.contains(&format!("“\u{2068}{}\u{2069}”", quote.text)),
            "{title:?}"
        );
        let head = share_head(&explainer, &quote, None);
        let description = format!("content=\"\u{2068}{}\u{2069}\"", quote.context);
        assert!(head.contains(&description), "{head}");
    }

    #[test]
    fn share_titles_isolate_a_quote_and_name_in_another_direction() {
        let mut explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        explainer.explainer.quotes[0].text = "سلام".into();
        let quote = explainer.explainer.quotes[0].clone();
        let head = share_head(&explainer, &quote, None);
        let speaker = explainer
            .explainer
            .person(&quote.speaker)
            .unwrap()
            .name
            .clone();
        let title = format!("“\u{2068}سلام\u{2069}” — \u{2068}{speaker}\u{2069}");
        assert!(
            head.contains(&format!(
                "<meta property=\"og:title\" content=\"{title}\" />"
            )),
            "{head}"
        );
        // In a right-to-left article the title reads right to left, in the
        // quotation marks of its language.
        explainer.explainer.article.language = "ar".into();
        let title = format!("«\u{2068}سلام\u{2069}» — \u{2068}{speaker}\u{2069}");
        let head = share_head(&explainer, &quote, None);
        assert!(
            head.contains(&format!("content=\"\u{200F}{title}\"")),
            "{head}"
        );
    }

    #[test]
    fn share_titles_take_the_quotation_marks_of_the_content_language() {
        let explainer =
            validate::load(include_str!("../../tests/data/russian-bridge.json")).unwrap();
        let quote = explainer.explainer.quotes[0].clone();
        let head = share_head(&explainer, &quote, None);
        assert!(
            head.contains(
                "content=\"«\u{2068}Мост будет открыт к осени\u{2069}» — \u{2068}Андрей Белов\u{2069}\""
            ),
            "{head}"
        );
    }

    #[test]
    fn share_tags_escape_their_text() {
        let mut explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        explainer.explainer.quotes[0].context = "Said \"this\" & <that>".into();
        let quote = explainer.explainer.quotes[0].clone();
        let head = share_head(&explainer, &quote, Some("https://news.example/x/"));
        assert!(
            head.contains("content=\"\u{2068}Said &quot;this&quot; &amp; &lt;that&gt;\u{2069}\""),
            "{head}"
        );
        assert!(head.contains(
            "<meta property=\"og:image\" content=\"https://news.example/x/quote/lowest-point-since-cold-war/card.png\" />"
        ));
    }

    #[test]
    fn a_shared_translation_says_so_in_its_description() {
        let explainer =
            validate::load(include_str!("../../tests/data/spoken-languages.json")).unwrap();
        let description = |index: usize| {
            let head = share_head(&explainer, &explainer.explainer.quotes[index], None);
            let start = head.find("<meta name=\"description\" content=\"").unwrap();
            head[start..].lines().next().unwrap().to_string()
        };
        assert!(
            description(1).ends_with(
                "from French.\u{2069} Spoken in French. The translation is the report’s.\" />"
            ),
            "{}",
            description(1)
        );
        assert!(description(0).contains("Translated by Daniel Reyes."));
        // A quote that says nothing of its language gets its context alone.
        let plain = validate::load(ANCHORAGE_SUMMIT).unwrap();
        let head = share_head(&plain, &plain.explainer.quotes[0], None);
        assert!(head.contains(&format!(
            "<meta name=\"description\" content=\"{}\" />",
            escape(&bidi::isolate(&plain.explainer.quotes[0].context))
        )));
    }

    #[test]
    fn share_pages_carry_the_latest_update_only_when_it_is_later() {
        let explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        let quote = explainer.explainer.quotes[0].clone();
        assert!(!share_head(&explainer, &quote, None).contains("modified_time"));
        let json = include_str!("../../tests/data/three-reports.json");
        let explainer = validate::load(json).unwrap();
        let quote = explainer.explainer.quotes[3].clone();
        let modified = "<meta property=\"article:modified_time\" content=\"2025-07-08\" />";
        assert!(share_head(&explainer, &quote, None).contains(modified));
    }
}
