//! Server-side rendering of the app: the HTML the App produces for the default
//! explainer and for content with errors, parsed and asserted natively with CSS
//! selectors. This is also the public DOM contract that host pages and the
//! Playwright suite rely on.
#![cfg(not(target_arch = "wasm32"))]

use news_explainer::fragment::Fragment;
use news_explainer::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use yew::ServerRenderer;

/// Props hold an `Rc`, which is not `Send`, so they are built inside the renderer.
async fn render(props: impl FnOnce() -> AppProps + Send + 'static) -> Html {
    Html::parse_fragment(&ServerRenderer::<App>::with_props(props).render().await)
}

async fn default_page() -> Html {
    render(AppProps::default).await
}

fn select<'a>(page: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    page.select(&Selector::parse(selector).unwrap()).collect()
}

fn one<'a>(page: &'a Html, selector: &str) -> ElementRef<'a> {
    let found = select(page, selector);
    assert_eq!(
        found.len(),
        1,
        "expected one {selector}, found {}",
        found.len()
    );
    found[0]
}

fn text(element: ElementRef<'_>) -> String {
    element.text().collect()
}

#[tokio::test]
async fn renders_the_header_of_the_default_explainer() {
    let page = default_page().await;
    assert_eq!(
        text(one(&page, "h1")),
        "Trump–Putin summit in Anchorage ends with no formal agreements"
    );
    assert_eq!(text(one(&page, ".explainer__meta time")), "August 15, 2025");
    assert_eq!(one(&page, ".explainer").attr("lang"), Some("en"));
}

#[tokio::test]
async fn every_quote_card_is_a_details_element_before_the_wasm_runs() {
    // The server render (and the first client render, which hydrates it) must
    // work with no script: each card is a <details>, collapsed, whose summary
    // shows the quote. Once live, the card becomes an ARIA disclosure button
    // (checked in the browser by the e2e suite).
    let page = default_page().await;
    let cards = select(&page, "li.quote-card[data-quote]");
    assert_eq!(cards.len(), 10);
    for card in cards {
        let slug = card.attr("data-quote").unwrap();
        assert_eq!(card.attr("id"), Some(format!("quote-{slug}").as_str()));
        let inner = Html::parse_fragment(&card.html());
        let disclosure = one(&inner, "details.quote-card__disclosure");
        assert!(disclosure.attr("open").is_none(), "{slug} starts collapsed");
        assert!(text(one(&inner, "summary .quote-card__text")).starts_with('“'));
        assert_eq!(
            one(&inner, ".quote-card__details").attr("id"),
            Some(format!("quote-{slug}-details").as_str())
        );
        // Without script the actions are plain links.
        let hrefs: Vec<&str> = select(&inner, ".quote-card__actions a")
            .iter()
            .map(|a| a.attr("href").unwrap())
            .collect();
        assert_eq!(hrefs, [format!("#source-{slug}"), format!("#quote-{slug}")]);
    }
}

#[tokio::test]
async fn a_collapsed_card_shows_quote_speaker_and_hint() {
    let page = default_page().await;
    let card = one(&page, "#quote-next-time-in-moscow");
    let inner = Html::parse_fragment(&card.html());
    assert_eq!(
        text(one(&inner, ".quote-card__text")),
        "“Next time in Moscow.”"
    );
    assert_eq!(text(one(&inner, ".quote-card__speaker")), "Vladimir Putin");
    assert!(text(one(&inner, ".quote-card__hint")).starts_with("Putin’s closing remark"));
}

#[tokio::test]
async fn a_quote_card_holds_its_sentence_with_the_quote_marked() {
    let page = default_page().await;
    let context = one(&page, "#quote-long-overdue-details blockquote");
    assert_eq!(
        text(context),
        "He called the meeting “long overdue” and urged a shift from confrontation to dialogue."
    );
    let inner = Html::parse_fragment(&context.html());
    assert_eq!(text(one(&inner, "mark")), "long overdue");
    assert!(
        one(&inner, "mark").attr("data-quote").is_none(),
        "only source marks carry data-quote"
    );
}

#[tokio::test]
async fn a_quote_card_links_to_the_items_it_is_evidence_for() {
    let page = default_page().await;
    let link = one(
        &page,
        "#quote-no-deal-until-deal .quote-card__evidence-for a",
    );
    assert_eq!(link.attr("href"), Some("#deal-formal-agreement"));
    assert_eq!(text(link), "A formal agreement");
}

#[tokio::test]
async fn every_tracker_item_has_a_badge_with_icon_and_label() {
    let page = default_page().await;
    let items = select(&page, "li.deal-item[data-status]");
    assert_eq!(items.len(), 7);
    let item = one(&page, "#deal-formal-agreement");
    assert_eq!(item.attr("data-status"), Some("no-deal"));
    let inner = Html::parse_fragment(&item.html());
    let badge = select(&inner, ".deal-item__head .status-badge")[0];
    assert_eq!(text(badge), "✕No deal");
    let hrefs: Vec<&str> = select(&inner, ".deal-item__evidence a")
        .iter()
        .map(|a| a.attr("href").unwrap())
        .collect();
    assert_eq!(
        hrefs,
        [
            "#source-formal-agreement-evidence-1",
            "#source-formal-agreement-evidence-2",
            "#quote-no-deal-until-deal"
        ]
    );
    assert!(one(&inner, "details.deal-item__disclosure")
        .attr("open")
        .is_none());
    assert_eq!(select(&inner, "#deal-formal-agreement-history li").len(), 1);
}

#[tokio::test]
async fn the_tracker_summary_counts_items_per_status() {
    let page = default_page().await;
    assert_eq!(text(one(&page, ".tracker-summary__total")), "7 items:");
    let filters: Vec<String> = select(&page, ".filter button")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(filters[0], "All (7)");
    assert!(filters.contains(&"✓Agreed (1)".to_string()), "{filters:?}");
    assert_eq!(filters.len(), 8);
}

#[tokio::test]
async fn the_source_marks_every_quote_and_links_it_to_its_card() {
    let page = default_page().await;
    let article = one(&page, "article#source");
    let inner = Html::parse_fragment(&article.html());
    let marks = select(&inner, "mark[data-quote]");
    assert_eq!(marks.len(), 10);
    let mark = one(&inner, "mark#source-long-overdue");
    assert_eq!(mark.attr("data-quote"), Some("long-overdue"));
    assert_eq!(
        one(&inner, "mark#source-long-overdue a").attr("href"),
        Some("#quote-long-overdue")
    );
    let passage = one(&inner, "mark#source-formal-agreement-evidence-1");
    assert_eq!(passage.attr("data-deal"), Some("formal-agreement"));
    let headings: Vec<String> = select(&inner, "h3").into_iter().map(text).collect();
    assert_eq!(
        headings,
        [
            "Putin: “A Long-Overdue Dialogue”",
            "Trump: “No Deal Until There’s a Deal”",
            "The Road Ahead",
            "“Next Time in Moscow”"
        ]
    );
}

#[tokio::test]
async fn the_source_text_is_verbatim() {
    let page = default_page().await;
    let article = one(&page, "article#source");
    let inner = Html::parse_fragment(&article.html());
    let blocks: Vec<String> = select(&inner, "h3, p").into_iter().map(text).collect();
    let seed: Vec<&str> = include_str!("../content/anchorage-summit.txt")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    assert_eq!(blocks, seed);
}

#[tokio::test]
async fn without_script_every_view_shows_under_its_own_heading() {
    let page = default_page().await;
    assert!(
        select(&page, "[role=tablist]").is_empty(),
        "tabs need script"
    );
    for view in ["quotes", "tracker", "source"] {
        let panel = one(&page, &format!("#panel-{view}"));
        assert!(panel.attr("hidden").is_none(), "{view} is shown");
        assert_eq!(
            panel.attr("aria-labelledby"),
            Some(format!("heading-{view}").as_str())
        );
    }
    let headings: Vec<String> = select(&page, ".view-panel__heading")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(headings, ["Quotes", "Deal tracker", "Article text"]);
    assert!(select(&page, ".explainer.is-live").is_empty());
}

#[tokio::test]
async fn a_widget_opened_at_a_quote_renders_it_expanded() {
    let page = render(|| AppProps {
        open: Some(Fragment::Quote("next-time-in-moscow".into())),
        ..AppProps::default()
    })
    .await;
    assert!(one(&page, "#quote-next-time-in-moscow details")
        .attr("open")
        .is_some());
    assert!(one(&page, "#quote-long-overdue details")
        .attr("open")
        .is_none());
}

#[tokio::test]
async fn element_ids_are_unique() {
    let page = default_page().await;
    let mut ids: Vec<&str> = select(&page, "[id]")
        .into_iter()
        .map(|e| e.attr("id").unwrap())
        .collect();
    let total = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), total, "duplicate element ids");
}

#[tokio::test]
async fn content_with_errors_renders_every_message_instead_of_a_blank_box() {
    let json = include_str!("data/many-faults.json");
    let page = render(move || AppProps::from_json(json)).await;
    let alert = one(&page, "[role=alert]");
    let inner = Html::parse_fragment(&alert.html());
    let paths: Vec<String> = select(&inner, "li code").into_iter().map(text).collect();
    assert_eq!(
        paths,
        [
            "$.quotes[1].id",
            "$.quotes[0].text",
            "$.tracker[0].status",
            "$.tracker[0].evidence[1].quote"
        ]
    );
    assert!(select(&page, "h1").is_empty());
}

#[tokio::test]
async fn content_text_is_escaped_never_interpreted_as_html() {
    let json = include_str!("data/valid.json").replace(
        "Summit ends without a deal",
        "<script>alert(1)</script><b>bold</b>",
    );
    let page = render(move || AppProps::from_json(&json)).await;
    assert_eq!(
        text(one(&page, "h1")),
        "<script>alert(1)</script><b>bold</b>"
    );
    assert!(select(&page, "script, b").is_empty());
}

/// An explainer of `count` quotes, `q0` to `q{count-1}`, each a unique phrase of
/// one long paragraph, for the list's behaviour beyond one run of cards.
fn many_quotes(count: usize) -> String {
    let phrases: Vec<String> = (0..count)
        .map(|i| format!("phrase number {i} here"))
        .collect();
    let paragraph = phrases
        .iter()
        .map(|phrase| format!("He said “{phrase}” again."))
        .collect::<Vec<_>>()
        .join(" ");
    let quotes = phrases
        .iter()
        .enumerate()
        .map(|(i, phrase)| {
            format!(r#"{{"id": "q{i}", "speaker": "a", "text": "{phrase}", "context": "C{i}."}}"#)
        })
        .collect::<Vec<_>>()
        .join(",");
    format!(
        r#"{{
        "article": {{"headline": "H", "dek": "D", "dateline": "X", "published": "2025-08-15", "language": "en"}},
        "source": [{{"paragraphs": ["{paragraph}"]}}],
        "people": [{{"id": "a", "name": "A", "role": "R"}}],
        "quotes": [{quotes}],
        "tracker": [{{"id": "t", "title": "T", "status": "agreed", "summary": "S",
                     "evidence": [{{"quote": "q0"}}],
                     "history": [{{"date": "2025-08-15", "status": "agreed", "note": "N"}}]}}]
    }}"#
    )
}

#[tokio::test]
async fn a_list_longer_than_one_run_keeps_every_card_in_order_and_opens_the_right_one() {
    // The list renders its cards in runs of 32 (QuoteRun); card 40 sits in the
    // second run, and card 69 in the third, which is not full.
    for open in ["q40", "q69", "q0"] {
        let page = render(move || AppProps {
            open: Some(Fragment::Quote(open.into())),
            ..AppProps::from_json(&many_quotes(70))
        })
        .await;
        let ids: Vec<&str> = select(&page, "ol.quote-list > li.quote-card")
            .iter()
            .map(|card| card.attr("data-quote").unwrap())
            .collect();
        let expected: Vec<String> = (0..70).map(|i| format!("q{i}")).collect();
        assert_eq!(ids, expected);
        let opened: Vec<&str> = select(&page, "li.quote-card > details[open]")
            .iter()
            .map(|details| {
                ElementRef::wrap(details.parent().unwrap())
                    .unwrap()
                    .attr("data-quote")
                    .unwrap()
            })
            .collect();
        assert_eq!(opened, [open]);
    }
}

#[tokio::test]
async fn a_card_in_a_paragraph_without_sentence_breaks_shows_a_window_of_it() {
    // Issue #17: 1,000 quotes in one 248 KB paragraph without a full stop made
    // every card repeat the whole paragraph, a 182 MB page.
    let words: Vec<String> = (0..2_000).map(|i| format!("w{i}")).collect();
    let json = format!(
        r#"{{
        "article": {{"headline": "H", "dek": "D", "dateline": "X", "published": "2025-08-15", "language": "en"}},
        "source": [{{"paragraphs": ["{}"]}}],
        "people": [{{"id": "p", "name": "P", "role": "R"}}],
        "quotes": [{{"id": "q", "speaker": "p", "text": "w1000 w1001", "context": "C"}}],
        "tracker": []
    }}"#,
        words.join(" ")
    );
    let page = render(move || AppProps::from_json(&json)).await;
    let context = text(one(&page, "#quote-q-details blockquote"));
    assert!(
        context.starts_with('…') && context.ends_with('…'),
        "{context}"
    );
    assert!(context.contains(" w999 w1000 w1001 w1002 "), "{context}");
    assert!(context.len() < 1_000, "{} bytes", context.len());
    let inner = Html::parse_fragment(&one(&page, "#quote-q-details blockquote").html());
    assert_eq!(text(one(&inner, "mark")), "w1000 w1001");
}

#[tokio::test]
async fn quotes_and_names_from_the_content_are_isolated_from_the_text_around_them() {
    // A quote or name in another script than the card's must not move the
    // quotation marks and words around it, nor turn its block's alignment: each
    // sits in a <bdi> (or, in the article's flow, a mark with dir="auto"), and
    // the card's title itself keeps the widget's direction.
    let page = default_page().await;
    let quotes = select(&page, ".quote-card__text");
    assert_eq!(quotes.len(), 10);
    for quote in quotes {
        assert_eq!(
            quote.attr("dir"),
            None,
            "the card's title follows the widget"
        );
        let words = one_in(quote, ":scope > bdi");
        let full = text(quote);
        assert_eq!(full, format!("“{}”", text(words)), "the marks stay outside");
    }
    for selector in [
        ".quote-card__speaker",
        ".quote-group__speaker",
        ".evidence--quote a",
        ".evidence--passage a",
        ".evidence__speaker",
    ] {
        for element in select(&page, selector) {
            assert!(
                !select_in(element, "bdi").is_empty(),
                "{selector}: {}",
                element.html()
            );
        }
    }
    for parties in select(&page, ".deal-item__parties") {
        assert!(!select_in(parties, "bdi").is_empty(), "{}", parties.html());
    }
    for role in select(&page, ".quote-card__role") {
        assert_eq!(select_in(role, "bdi").len(), 2, "{}", role.html());
    }
    // Quotes without right-to-left letters take the article's direction, not
    // their own (`auto`), so no invisible mark turns their words around.
    for mark in select(&page, "mark.source-quote, mark.in-context") {
        assert_eq!(mark.attr("dir"), Some("ltr"), "{}", mark.html());
    }
    assert_eq!(select(&page, "mark.source-quote").len(), 10);
}

#[tokio::test]
async fn a_quote_around_invisible_right_to_left_marks_is_shown_in_the_article_direction() {
    // Issue #32: the article has U+200F marks around the quoted words; with
    // `dir="auto"` they would read "Ukraine will attack Russia" on screen.
    let page = render(|| AppProps::from_json(include_str!("data/bidi-marks.json"))).await;
    let card = one(&page, "#quote-attack .quote-card__text bdi");
    assert_eq!(card.attr("dir"), Some("ltr"), "{}", card.html());
    for selector in ["#source-attack", "#quote-attack-details mark.in-context"] {
        let mark = one(&page, selector);
        assert_eq!(mark.attr("dir"), Some("ltr"), "{}", mark.html());
        assert!(text(mark).contains("Russia\u{200F} will attack \u{200F}Ukraine"));
    }
}

fn select_in<'a>(element: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    element
        .select(&Selector::parse(selector).unwrap())
        .collect()
}

fn one_in<'a>(element: ElementRef<'a>, selector: &str) -> ElementRef<'a> {
    let found = select_in(element, selector);
    assert_eq!(
        found.len(),
        1,
        "expected one {selector} in {}",
        element.html()
    );
    found[0]
}

#[tokio::test]
async fn a_quote_says_the_language_it_was_spoken_in_and_gives_the_original() {
    let json = include_str!("data/spoken-languages.json");
    let page = render(move || AppProps::from_json(json)).await;
    let line = |id: &str| {
        let card = one(&page, &format!("#quote-{id}"));
        select_in(card, ".quote-card__language")
            .first()
            .map(|line| text(*line))
    };
    assert_eq!(
        line("share-not-count").as_deref(),
        Some("Spoken in Russian. Translated by Daniel Reyes.")
    );
    assert_eq!(
        line("no-town-left-dry").as_deref(),
        Some("Spoken in French. The translation is the report’s.")
    );
    // Printed as spoken: a language, no translation.
    assert_eq!(line("my-hotovi").as_deref(), Some("Spoken in Ukrainian."));
    assert_eq!(
        line("see-you-in-june").as_deref(),
        Some("Spoken in English.")
    );

    // The original words, in a disclosure of their own, in their own language.
    let original = one(&page, "#quote-share-not-count .quote-card__original");
    assert_eq!(original.value().name(), "details");
    assert_eq!(
        text(one_in(original, "summary")),
        "The original, in Russian"
    );
    let words = one_in(original, "blockquote");
    assert_eq!(words.attr("lang"), Some("ru"));
    assert_eq!(text(words), "Мы приехали делить воду, а не считать её.");
    assert_eq!(select(&page, ".quote-card__original").len(), 1);

    // Words standing in another language than the article's carry their `lang`.
    let ukrainian = one(&page, "#quote-my-hotovi .quote-card__text bdi");
    assert_eq!(ukrainian.attr("lang"), Some("uk"));
    let english = one(&page, "#quote-see-you-in-june .quote-card__text bdi");
    assert_eq!(english.attr("lang"), None);
}

#[tokio::test]
async fn a_quote_whose_content_says_nothing_of_its_language_has_no_language_line() {
    let page = default_page().await;
    // Only the closing remark, which the report says was in English, says so.
    let lines = select(&page, ".quote-card__language");
    assert_eq!(lines.len(), 1);
    assert_eq!(text(lines[0]), "Spoken in English.");
    assert!(select(&page, "#quote-next-time-in-moscow .quote-card__language").len() == 1);
    assert!(select(&page, ".quote-card__original").is_empty());
}

/// The fictional ferry talks of three reports (issue #15), as the server renders them.
async fn three_reports_page() -> Html {
    render(|| AppProps::from_json(include_str!("data/three-reports.json"))).await
}

#[tokio::test]
async fn every_report_shows_under_its_own_heading_before_the_wasm_runs() {
    let page = three_reports_page().await;
    let reports = select(&page, "article#source section.source-report");
    assert_eq!(reports.len(), 3);
    for (index, report) in reports.iter().enumerate() {
        let number = (index + 1).to_string();
        assert_eq!(report.attr("data-report"), Some(number.as_str()));
        // Not hidden: without script, every report is there to read.
        assert_eq!(report.attr("hidden"), None);
    }
    assert_eq!(
        text(one(&page, "#report-2")),
        "Ferry talks: one fare agreed, the timetable still open"
    );
    // Every highlight is in the page, whichever report it is in.
    one(
        &page,
        "section.source-report[data-report='2'] mark#source-one-fare-first-crossing",
    );
    one(
        &page,
        "section.source-report[data-report='3'] mark#source-timetable-evidence-3",
    );
    // The switch is for live widgets only.
    assert!(select(&page, ".report-switch").is_empty());
}

#[tokio::test]
async fn several_reports_name_themselves_on_cards_in_the_timeline_and_the_header() {
    let page = three_reports_page().await;
    assert_eq!(
        text(one(&page, "#quote-ask-the-county .quote-card__report")),
        "From the report of July 8, 2025: Ferry timetable talks stall over the early crossing"
    );
    let entries = select(&page, "section.timeline li.timeline__entry");
    assert_eq!(entries.len(), 6);
    assert_eq!(entries[2].attr("data-deal"), Some("single-fare"));
    assert_eq!(entries[2].attr("data-status"), Some("agreed"));
    let links: Vec<&str> = entries[2]
        .select(&Selector::parse(".timeline__evidence a").unwrap())
        .filter_map(|a| a.attr("href"))
        .collect();
    assert_eq!(
        links,
        [
            "#source-single-fare-evidence-2",
            "#quote-one-fare-first-crossing"
        ]
    );
    assert_eq!(
        text(one(&page, ".explainer__updated")),
        "Updated July 8, 2025"
    );
}

#[tokio::test]
async fn one_report_of_one_day_renders_nothing_of_reports() {
    let page = default_page().await;
    for selector in [
        ".source-report",
        ".report-switch",
        ".quote-card__report",
        ".timeline",
        ".explainer__updated",
    ] {
        assert!(select(&page, selector).is_empty(), "{selector}");
    }
}

const RUSSIAN: &str = include_str!("data/russian-bridge.json");
const ARABIC: &str = include_str!("data/arabic-ferry.json");

fn with_locale(json: &'static str, locale: Option<&'static str>) -> impl FnOnce() -> AppProps {
    move || {
        let mut props = AppProps::from_json(json);
        props.embedding.locale = locale.map(str::to_string);
        props
    }
}

#[tokio::test]
async fn a_russian_explainer_is_shown_in_russian() {
    let page = render(with_locale(RUSSIAN, None)).await;
    let root = one(&page, ".explainer");
    assert_eq!(root.attr("lang"), Some("ru"));
    assert_eq!(root.attr("dir"), Some("ltr"));
    assert_eq!(text(one(&page, ".explainer__kicker")), "Разбор");
    assert_eq!(text(one(&page, ".explainer__meta time")), "7 октября 2025");
    let headings: Vec<String> = select(&page, ".view-panel__heading")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(headings, ["Цитаты", "Ход переговоров", "Текст статьи"]);
    assert_eq!(text(one(&page, ".tracker-summary__total")), "3 пункта:");
    let filters: Vec<String> = select(&page, ".filter button")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(filters[0], "Все (3)");
    assert!(
        filters.contains(&"✓Согласовано (1)".to_string()),
        "{filters:?}"
    );
    assert_eq!(
        text(one(&page, "#quote-open-by-autumn .quote-card__text")),
        "«Мост будет открыт к осени»"
    );
    // The tracker's evidence quotes the same way.
    assert_eq!(
        text(select(&page, "#deal-bridge-repair .evidence--quote a")[0]),
        "«Мост будет открыт к осени»"
    );
    // No English interface text is left on the page.
    let all = text(one(&page, ".explainer"));
    let english = news_explainer::strings::english();
    for word in [
        english.in_context,
        english.why_it_matters,
        english.show_in_article,
        english.link_to_quote,
        english.parties,
        english.history,
        english.legend_quote,
        english.filter_all,
    ] {
        assert!(!all.contains(word), "“{word}” in the Russian page");
    }
}

#[tokio::test]
async fn the_page_can_ask_for_another_interface_language() {
    let page = render(with_locale(RUSSIAN, Some("fr-CA"))).await;
    assert_eq!(text(one(&page, ".explainer__kicker")), "Décryptage");
    assert_eq!(
        text(one(&page, ".tracker-summary__total")),
        "3 points\u{202f}:"
    );
    assert_eq!(
        text(one(&page, "#quote-open-by-autumn .quote-card__text")),
        "«\u{202f}Мост будет открыт к осени\u{202f}»"
    );
    // An unknown tag is English, never blank.
    let page = render(with_locale(RUSSIAN, Some("xx"))).await;
    assert_eq!(text(one(&page, ".explainer__kicker")), "Explainer");
    assert_eq!(text(one(&page, ".tracker-summary__total")), "3 items:");
    // An Arabic interface turns even a Russian explainer's widget right to
    // left, and its Russian words keep theirs.
    let page = render(with_locale(RUSSIAN, Some("ar"))).await;
    assert_eq!(one(&page, ".explainer").attr("dir"), Some("rtl"));
    assert_eq!(one(&page, ".explainer").attr("lang"), Some("ar"));
    let headline = one(&page, ".explainer__headline");
    assert_eq!(
        (headline.attr("lang"), headline.attr("dir")),
        (Some("ru"), Some("ltr"))
    );
}

#[tokio::test]
async fn an_arabic_explainer_is_shown_in_arabic_right_to_left() {
    let page = render(with_locale(ARABIC, None)).await;
    let root = one(&page, ".explainer");
    assert_eq!(root.attr("dir"), Some("rtl"));
    assert_eq!(root.attr("lang"), Some("ar"));
    assert_eq!(text(one(&page, ".explainer__kicker")), "شرح");
    assert_eq!(text(one(&page, ".explainer__meta time")), "4 مارس 2025");
    assert_eq!(text(one(&page, ".tracker-summary__total")), "4 بنود:");
    assert_eq!(
        text(one(&page, "#quote-ittafaqna .quote-card__text")),
        "«اتفقنا»"
    );
    // Names and roles are separated by the Arabic comma.
    assert_eq!(
        text(one(&page, "#quote-ittafaqna .quote-card__role")),
        "ليلى حداد، مفوضة ميناء قصر النور"
    );
}

/// Every element of content text in `page` (the header's words, cards, the
/// tracker, the timeline and the article's blocks), each with its `lang` and `dir`.
fn content_elements<'a>(page: &'a Html) -> Vec<ElementRef<'a>> {
    [
        ".explainer__headline",
        ".explainer__dek",
        ".quote-card__speaker bdi",
        ".quote-card__hint",
        ".quote-card__context-text",
        ".quote-card__note",
        ".deal-item__title",
        ".deal-item__summary",
        ".deal-item__note",
        ".source-text p",
    ]
    .iter()
    .flat_map(|selector| {
        let found = select(page, selector);
        assert!(!found.is_empty(), "no {selector} in the page");
        found
    })
    .collect()
}

#[tokio::test]
async fn content_keeps_its_language_and_direction_under_an_arabic_interface() {
    // The default explainer is English: under `?locale=ar` the interface is
    // Arabic and mirrored, and every element of English text is marked as
    // English, left to right, so its full stops stay at its end (issue 31).
    let page = render(|| {
        let mut props = AppProps::default();
        props.embedding.locale = Some("ar".to_string());
        props
    })
    .await;
    let root = one(&page, ".explainer");
    assert_eq!(root.attr("lang"), Some("ar"));
    assert_eq!(root.attr("dir"), Some("rtl"));
    for element in content_elements(&page) {
        assert_eq!(element.attr("lang"), Some("en"), "{}", element.html());
        assert_eq!(element.attr("dir"), Some("ltr"), "{}", element.html());
    }
    // The chrome is the interface's: no marks of its own.
    let kicker = one(&page, ".explainer__kicker");
    assert_eq!((kicker.attr("lang"), kicker.attr("dir")), (None, None));
    // An explainer of several reports: the timeline's notes and each report's
    // headline are content too.
    let page = render(|| {
        let mut props = AppProps::from_json(include_str!("data/three-reports.json"));
        props.embedding.locale = Some("ar".to_string());
        props
    })
    .await;
    for selector in [
        ".timeline__note",
        ".source-report__headline bdi",
        ".source-report > p",
    ] {
        let found = select(&page, selector);
        assert!(!found.is_empty(), "no {selector}");
        for element in found {
            assert_eq!(element.attr("lang"), Some("en"), "{}", element.html());
            assert_eq!(element.attr("dir"), Some("ltr"), "{}", element.html());
        }
    }
}

#[tokio::test]
async fn arabic_content_keeps_its_direction_under_an_english_interface() {
    let page = render(with_locale(ARABIC, Some("en"))).await;
    let root = one(&page, ".explainer");
    assert_eq!(root.attr("lang"), Some("en"));
    assert_eq!(root.attr("dir"), Some("ltr"));
    assert_eq!(text(one(&page, ".explainer__kicker")), "Explainer");
    for element in content_elements(&page) {
        assert_eq!(element.attr("lang"), Some("ar"), "{}", element.html());
        assert_eq!(element.attr("dir"), Some("rtl"), "{}", element.html());
    }
}

#[tokio::test]
async fn content_in_the_interface_language_carries_no_marks_of_its_own() {
    // The markup of the common case is as it was: the root says it all.
    for page in [
        default_page().await,
        render(with_locale(ARABIC, None)).await,
    ] {
        for element in content_elements(&page) {
            assert_eq!(element.attr("lang"), None, "{}", element.html());
            assert_eq!(element.attr("dir"), None, "{}", element.html());
        }
    }
}
