//! The error box a reader sees for broken content, rendered on the server: each
//! problem's path, message and hint come from its kind through the interface
//! strings, the same words `explainer check` prints, and each item names its kind.
#![cfg(not(target_arch = "wasm32"))]

use news_explainer::model::validate;
use news_explainer::strings::english;
use news_explainer::{App, AppProps};
use scraper::{Html, Selector};
use yew::ServerRenderer;

#[tokio::test]
async fn each_problem_shows_its_path_words_and_kind() {
    let json = include_str!("data/many-faults.json");
    let page = ServerRenderer::<App>::with_props(move || AppProps::from_json(json))
        .render()
        .await;
    let page = Html::parse_fragment(&page);
    let items: Vec<_> = page
        .select(&Selector::parse("[role=alert] ul.content-errors > li").unwrap())
        .collect();
    let problems = validate::load(json).unwrap_err();
    assert_eq!(items.len(), problems.len());
    for (item, problem) in items.into_iter().zip(&problems) {
        let words = english().problem(&problem.kind);
        let code: String = item
            .select(&Selector::parse("code").unwrap())
            .flat_map(|code| code.text())
            .collect();
        assert_eq!(code, problem.path);
        assert_eq!(item.attr("data-kind"), Some(problem.kind.name()));
        let text: String = item.text().collect();
        assert!(text.contains(&words.message), "{text}");
        let hint: String = item
            .select(&Selector::parse(".content-errors__hint").unwrap())
            .flat_map(|hint| hint.text())
            .collect();
        assert_eq!(hint, words.hint.unwrap_or_default());
    }
    // The misquote's closest passage reaches the reader as its hint.
    let misquote = page
        .select(&Selector::parse("li[data-kind=not_in_source] .content-errors__hint").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        misquote.text().collect::<String>(),
        "Closest passage in the source: “at their lowest point since the Cold War”."
    );
}
