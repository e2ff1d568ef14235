//! Server-side rendering of the app shell: the HTML the App produces for the
//! default explainer and for content with errors, asserted natively.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use news_explainer::model::validate;
use news_explainer::{App, AppProps};
use yew::ServerRenderer;

/// Props hold an `Rc`, which is not `Send`, so they are built inside the renderer.
async fn render(props: impl FnOnce() -> AppProps + Send + 'static) -> String {
    ServerRenderer::<App>::with_props(props).render().await
}

#[tokio::test]
async fn renders_the_headline_quotes_and_tracker_of_the_default_explainer() {
    let html = render(AppProps::default).await;
    assert!(
        html.contains("<h1>Trump–Putin summit in Anchorage ends with no formal agreements</h1>"),
        "{html}"
    );
    assert_eq!(html.matches("class=\"quote-card").count(), 10, "{html}");
    assert!(html.contains("id=\"quote-next-time-in-moscow\""));
    assert!(html.contains("data-quote=\"next-time-in-moscow\""));
    assert_eq!(html.matches("data-status=").count(), 7);
    assert!(html.contains("id=\"deal-formal-agreement\""));
    assert!(html.contains("data-status=\"no-deal\""));
}

#[tokio::test]
async fn takes_the_document_language_from_the_content() {
    let html = render(AppProps::default).await;
    assert!(html.contains("lang=\"en\""), "{html}");
}

#[tokio::test]
async fn content_with_errors_renders_every_message_instead_of_a_blank_box() {
    let json = include_str!("data/many-faults.json");
    let html = render(move || AppProps {
        content: Rc::new(validate::load(json)),
    })
    .await;
    assert!(html.contains("role=\"alert\""), "{html}");
    assert_eq!(html.matches("<li>").count(), 4, "{html}");
    assert!(html.contains("$.quotes[0].text"));
    assert!(!html.contains("<h1>"));
}
