//! Structured data for search engines and social crawlers: a schema.org
//! `NewsArticle` for the explainer and a `Quotation` for each quote, as JSON-LD.
//!
//! Crawlers run no script, so this goes into the pre-rendered page; it is
//! derived from the same validated content the widget shows, never written by hand.

use serde_json::{json, Value};

use super::anchored::AnchoredExplainer;
use crate::fragment::Fragment;

/// The JSON-LD graph for an explainer published at `page_url` (absolute, without
/// a fragment). Each quote is addressable as `<page_url>#quote-<slug>`.
pub fn json_ld(explainer: &AnchoredExplainer, page_url: &str) -> Value {
    let content = &explainer.explainer;
    let article = &content.article;
    let article_id = format!("{page_url}#article");
    let person = |id: &str| {
        content.person(id).map(
            |person| json!({ "@type": "Person", "name": person.name, "jobTitle": person.role }),
        )
    };
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
    let quotations = content.quotes.iter().map(|quote| {
        json!({
            "@type": "Quotation",
            "@id": format!("{page_url}{}", Fragment::Quote(quote.id.clone()).href()),
            "text": quote.text,
            "spokenByCharacter": person(&quote.speaker),
            "isPartOf": { "@id": article_id },
            "description": quote.context,
        })
    });
    json!({
        "@context": "https://schema.org",
        "@graph": std::iter::once(news_article).chain(quotations).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_explainer;

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
    }

    #[test]
    fn a_later_report_is_the_date_modified() {
        let json = include_str!("../../tests/data/three-reports.json");
        let explainer = crate::model::validate::load(json).unwrap();
        let graph = json_ld(&explainer, "https://news.example/ferry");
        assert_eq!(graph["@graph"][0]["datePublished"], "2025-06-02");
        assert_eq!(graph["@graph"][0]["dateModified"], "2025-07-08");
    }
}
