//! Structured data for search engines and social crawlers: a schema.org
//! `NewsArticle` for the explainer and a `Quotation` for each quote, as JSON-LD.
//! A quote in translation names its translator (where known) and the words it
//! translates (`translationOfWork`, with their language).
//!
//! Crawlers run no script, so this goes into the pre-rendered page; it is
//! derived from the same validated content the widget shows, never written by hand.
//! Only the command-line tool writes pages, so it lives here and not in the
//! library the reader's Wasm is built from.

use serde_json::{json, Value};

use news_explainer::fragment::Fragment;
use news_explainer::model::{AnchoredExplainer, Quote, Translation};

/// The JSON-LD graph for an explainer published at `page_url` (absolute, without
/// a fragment). Each quote is addressable as `<page_url>#quote-<slug>`.
pub fn json_ld(explainer: &AnchoredExplainer, page_url: &str) -> Value {
    let content = &explainer.explainer;
    let article = &content.article;
    let article_id = format!("{page_url}#article");
    let mut news_article = json!({
        "@type": "NewsArticle",
        "@id": article_id,
        "headline": article.headline,
        "description": article.dek,
        "dateline": article.dateline,
        "datePublished": article.published,
        "inLanguage": article.language,
        "url": article.url.as_deref().unwrap_or(page_url),
        "articleBody": explainer.source.text,
    });
    // Only a later date is news: an explainer of one report and one day
    // keeps the graph it always had.
    let modified = content.last_updated();
    if modified > article.published.as_str() {
        news_article["dateModified"] = json!(modified);
    }
    if let Some(publisher) = &article.publisher {
        news_article["publisher"] = json!({ "@type": "Organization", "name": publisher });
    }
    let quotations = content
        .quotes
        .iter()
        .map(|quote| quotation(explainer, quote, page_url));
    json!({
        "@context": "https://schema.org",
        "@graph": std::iter::once(news_article).chain(quotations).collect::<Vec<_>>(),
    })
}

/// The `Quotation` node of one quote of the explainer published at `page_url`:
/// its words and language, speaker, the article it is part of, and for a
/// translation, who translated and what.
fn quotation(explainer: &AnchoredExplainer, quote: &Quote, page_url: &str) -> Value {
    let content = &explainer.explainer;
    let article = &content.article;
    let person = |id: &str| {
        content.person(id).map(
            |person| json!({ "@type": "Person", "name": person.name, "jobTitle": person.role }),
        )
    };
    let article_id = format!("{page_url}#article");
    let mut quotation = json!({
        "@type": "Quotation",
        "@id": format!("{page_url}{}", Fragment::Quote(quote.id.clone()).href()),
        "text": quote.text,
        "inLanguage": quote.text_language(&article.language),
        "spokenByCharacter": person(&quote.speaker),
        "isPartOf": { "@id": article_id },
        "description": quote.context,
    });
    if let Some(spoken) = quote.spoken_language(&article.language) {
        // A translation says who made it and what it translates; words that
        // stand as spoken say nothing more than their language.
        match spoken.translation {
            Some(Translation::By(name)) => quotation["translator"] = json!({ "name": name }),
            Some(Translation::Report) => {
                if let Some(publisher) = &article.publisher {
                    quotation["translator"] = json!({ "@type": "Organization", "name": publisher });
                }
            }
            None => {}
        }
        if spoken.translation.is_some() {
            let mut original = json!({ "@type": "Quotation", "inLanguage": spoken.spoken_in });
            if let Some(words) = spoken.original {
                original["text"] = json!(words.text);
            }
            quotation["translationOfWork"] = original;
        }
    }
    quotation
}

/// The JSON-LD of one quote's share page: the quote's `Quotation` alone, part of
/// the explainer published at `page_url` (the share page repeats no article body).
pub fn quotation_json_ld(explainer: &AnchoredExplainer, quote: &Quote, page_url: &str) -> Value {
    let article = &explainer.explainer.article;
    let mut node = quotation(explainer, quote, page_url);
    node["@context"] = json!("https://schema.org");
    node["isPartOf"] = json!({
        "@type": "NewsArticle",
        "@id": format!("{page_url}#article"),
        "headline": article.headline,
        "url": article.url.as_deref().unwrap_or(page_url),
        "datePublished": article.published,
    });
    // As on the explainer's page: a later report or status change is news.
    let modified = explainer.explainer.last_updated();
    if modified > article.published.as_str() {
        node["isPartOf"]["dateModified"] = json!(modified);
    }
    node
}

#[cfg(test)]
mod tests {
    use super::*;
    use news_explainer::content::default_explainer;

    #[test]
    fn describes_the_article_and_every_quote() {
        let explainer = default_explainer().unwrap();
        let graph = json_ld(&explainer, "https://news.example/anchorage");
        let nodes = graph["@graph"].as_array().unwrap();
        assert_eq!(nodes.len(), 11);
        assert_eq!(nodes[0]["@type"], "NewsArticle");
        assert_eq!(nodes[0]["headline"], explainer.explainer.article.headline);
        assert_eq!(nodes[0]["datePublished"], "2025-08-15");
        assert!(nodes[0].get("dateModified").is_none());
        let moscow = &nodes[10];
        assert_eq!(moscow["@type"], "Quotation");
        assert_eq!(moscow["text"], "Next time in Moscow.");
        assert_eq!(moscow["spokenByCharacter"]["name"], "Vladimir Putin");
        assert_eq!(
            moscow["isPartOf"]["@id"],
            "https://news.example/anchorage#article"
        );
        assert_eq!(
            moscow["@id"],
            "https://news.example/anchorage#quote-next-time-in-moscow"
        );
        // Spoken in English, the article's language: no translation to describe.
        assert_eq!(moscow["inLanguage"], "en");
        assert!(moscow.get("translator").is_none());
        assert!(moscow.get("translationOfWork").is_none());
    }

    fn translated(quote_fields: &str, publisher: Option<&str>) -> Value {
        let mut explainer = default_explainer().unwrap();
        let quote = &mut explainer.explainer.quotes[0];
        let fields: Quote = serde_json::from_str(&format!(
            r#"{{"id":"a","speaker":"p","text":"t","context":"c",{quote_fields}}}"#
        ))
        .unwrap();
        (quote.spoken_in, quote.original, quote.translator) =
            (fields.spoken_in, fields.original, fields.translator);
        explainer.explainer.article.publisher = publisher.map(str::to_string);
        json_ld(&explainer, "https://news.example/a")["@graph"][1].clone()
    }

    #[test]
    fn a_translation_names_its_translator_and_what_it_translates() {
        let named = translated(
            r#""spoken_in":"ru","translator":"Anna Petrova","original":{"text":"В следующий раз в Москве.","language":"ru"}"#,
            Some("Example News"),
        );
        assert_eq!(named["inLanguage"], "en");
        assert_eq!(named["translator"]["name"], "Anna Petrova");
        assert_eq!(named["translationOfWork"]["inLanguage"], "ru");
        assert_eq!(
            named["translationOfWork"]["text"],
            "В следующий раз в Москве."
        );

        // The report's own translation: its publisher translated, when named.
        let by_report = translated(r#""spoken_in":"ru""#, Some("Example News"));
        assert_eq!(by_report["translator"]["@type"], "Organization");
        assert_eq!(by_report["translator"]["name"], "Example News");
        assert!(by_report["translationOfWork"].get("text").is_none());
        let unknown = translated(r#""spoken_in":"ru""#, None);
        assert!(unknown.get("translator").is_none());
        assert_eq!(unknown["translationOfWork"]["inLanguage"], "ru");
    }

    #[test]
    fn a_share_page_describes_its_quote_alone() {
        let explainer = default_explainer().unwrap();
        let quote = &explainer.explainer.quotes[9];
        let node = quotation_json_ld(&explainer, quote, "https://news.example/anchorage/");
        assert_eq!(node["@context"], "https://schema.org");
        assert_eq!(node["@type"], "Quotation");
        assert_eq!(
            node["@id"],
            "https://news.example/anchorage/#quote-next-time-in-moscow"
        );
        assert_eq!(
            node["isPartOf"]["headline"],
            explainer.explainer.article.headline
        );
        assert!(node.get("articleBody").is_none() && node.get("@graph").is_none());
        assert_eq!(node["isPartOf"]["datePublished"], "2025-08-15");
        assert!(node["isPartOf"].get("dateModified").is_none());

        // An explainer updated by later reports says when, on every share page.
        let three = news_explainer::model::validate::load(include_str!(
            "../../tests/data/three-reports.json"
        ))
        .unwrap();
        let node = quotation_json_ld(
            &three,
            &three.explainer.quotes[0],
            "https://news.example/f/",
        );
        assert_eq!(node["isPartOf"]["dateModified"], "2025-07-08");
    }

    #[test]
    fn a_later_report_is_the_date_modified() {
        let json = include_str!("../../tests/data/three-reports.json");
        let explainer = news_explainer::model::validate::load(json).unwrap();
        let graph = json_ld(&explainer, "https://news.example/ferry");
        assert_eq!(graph["@graph"][0]["datePublished"], "2025-06-02");
        assert_eq!(graph["@graph"][0]["dateModified"], "2025-07-08");
    }
}
