//! Structured data for search engines and social crawlers: a schema.org
//! `NewsArticle` for the explainer and a `Quotation` for each quote, as JSON-LD.
//! A quote in translation names its translator (where known) and the words it
//! translates (`translationOfWork`, with their language).
//!
//! An explainer whose content says it is live coverage
//! (`article.live_coverage`) is a `LiveBlogPosting` instead: the same article
//! with `coverageStartTime`, `coverageEndTime` once it ended, and one
//! `liveBlogUpdate` per report and per status change of the tracker, newest
//! first, each addressable on the page.
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
    if let Some(live) = &article.live_coverage {
        news_article["@type"] = json!("LiveBlogPosting");
        news_article["coverageStartTime"] =
            json!(live.start.as_deref().unwrap_or(&article.published));
        if let Some(end) = &live.end {
            news_article["coverageEndTime"] = json!(end);
        }
        news_article["liveBlogUpdate"] = json!(live_blog_updates(explainer, page_url));
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

/// One `BlogPosting` per report (the article first) and per status change
/// of the tracker, newest first (on one day, status changes before the report
/// that tells of them, since they follow from it).
fn live_blog_updates(explainer: &AnchoredExplainer, page_url: &str) -> Vec<Value> {
    let content = &explainer.explainer;
    let strings = news_explainer::strings::english();
    let mut updates: Vec<(String, u8, Value)> = Vec::new();
    for index in 0..content.report_count() {
        let Some(report) = content.report(index) else {
            continue;
        };
        let mut update = json!({
            "@type": "BlogPosting",
            "headline": report.headline,
            "datePublished": report.published,
            "url": report.url.unwrap_or(page_url),
            "articleBody": report
                .source
                .iter()
                .flat_map(|section| section.paragraphs.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join("\n\n"),
        });
        if let Some(publisher) = report.publisher {
            update["publisher"] = json!({ "@type": "Organization", "name": publisher });
        }
        updates.push((report.published.to_string(), 0, update));
    }
    for entry in explainer.timeline() {
        let (item, change) = (
            &content.tracker[entry.deal],
            &content.tracker[entry.deal].history[entry.change],
        );
        let update = json!({
            "@type": "BlogPosting",
            "headline": format!("{}: {}", item.title, strings.status_label(entry.status)),
            "datePublished": change.date,
            "url": format!("{page_url}{}", Fragment::Deal(item.id.clone()).href()),
            "articleBody": change.note,
        });
        updates.push((change.date.clone(), 1, update));
    }
    // Newest first; the sort is stable, so one day's keep their order.
    updates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    updates.into_iter().map(|(_, _, update)| update).collect()
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

    /// The two-report fixture, declared live coverage with `live`.
    fn live(live: &str) -> AnchoredExplainer {
        let json = include_str!("../../tests/data/two-reports.json").replacen(
            "\"language\": \"en\"",
            &format!("\"language\": \"en\", \"live_coverage\": {live}"),
            1,
        );
        assert!(
            json.contains("live_coverage"),
            "the fixture's article has a language"
        );
        news_explainer::model::validate::load(&json).expect("a valid live explainer")
    }

    #[test]
    fn live_coverage_is_a_live_blog_with_an_update_per_report_and_status_change() {
        let explainer = live("{}");
        let content = &explainer.explainer;
        let graph = json_ld(&explainer, "https://news.example/ferry/");
        let blog = &graph["@graph"][0];
        assert_eq!(blog["@type"], "LiveBlogPosting");
        assert_eq!(blog["@id"], "https://news.example/ferry/#article");
        assert_eq!(blog["headline"], content.article.headline);
        assert_eq!(
            blog["coverageStartTime"], content.article.published,
            "the article's date"
        );
        assert!(blog.get("coverageEndTime").is_none(), "still going on");
        let updates = blog["liveBlogUpdate"].as_array().unwrap();
        let changes: usize = content.tracker.iter().map(|item| item.history.len()).sum();
        assert_eq!(updates.len(), content.report_count() + changes);
        assert!(updates.iter().all(|u| u["@type"] == "BlogPosting"));
        let dates: Vec<&str> = updates
            .iter()
            .map(|u| u["datePublished"].as_str().unwrap())
            .collect();
        assert!(
            dates.windows(2).all(|w| w[0] >= w[1]),
            "newest first: {dates:?}"
        );
        let later = content.report(1).unwrap();
        assert!(updates
            .iter()
            .any(|u| u["headline"] == later.headline && u["datePublished"] == later.published));
        let item = &content.tracker[0];
        let change = &item.history[0];
        let status = news_explainer::model::Status::from_id(&change.status).unwrap();
        let label = news_explainer::strings::english().status_label(status);
        let update = updates
            .iter()
            .find(|u| u["headline"] == format!("{}: {label}", item.title))
            .expect("the first item's first status change");
        assert_eq!(update["articleBody"], change.note);
        assert_eq!(
            update["url"],
            format!("https://news.example/ferry/#deal-{}", item.id)
        );

        let ended = live(r#"{"start": "2025-06-01", "end": "2025-07-01"}"#);
        let blog = &json_ld(&ended, "https://news.example/ferry/")["@graph"][0];
        assert_eq!(blog["coverageStartTime"], "2025-06-01");
        assert_eq!(blog["coverageEndTime"], "2025-07-01");
    }

    #[test]
    fn an_explainer_that_is_not_live_stays_a_news_article() {
        let explainer = default_explainer().unwrap();
        let node = &json_ld(&explainer, "https://news.example/a")["@graph"][0];
        assert_eq!(node["@type"], "NewsArticle");
        assert!(node.get("liveBlogUpdate").is_none());
        assert!(node.get("coverageStartTime").is_none());
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
