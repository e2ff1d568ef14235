//! The widget mounted in a real browser: `mount_into` renders the default
//! explainer's headline and quote cards into a plain `<div>`.
//!
//! Runs in headless Chromium: `cargo test --target wasm32-unknown-unknown`
//! (scripts/test.sh sets CHROMEDRIVER; .cargo/config.toml sets the runner).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const HEADLINE: &str = "Trump–Putin summit in Anchorage ends with no formal agreements";

/// Counts the elements under `root` (not `root` itself) that match `selector`,
/// walking the tree with `Element` methods only, so the test needs no extra
/// web-sys features.
fn count_matching(root: &Element, selector: &str) -> usize {
    let mut count = 0;
    let mut child = root.first_element_child();
    while let Some(element) = child {
        if element.matches(selector).unwrap_or(false) {
            count += 1;
        }
        count += count_matching(&element, selector);
        child = element.next_element_sibling();
    }
    count
}

#[wasm_bindgen_test]
async fn mount_into_renders_the_headline_and_ten_quote_cards() {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create a <div>");
    gloo::utils::body()
        .append_child(&root)
        .expect("append the <div> to <body>");

    news_explainer::mount_into(root.clone());

    // Yew renders on the next tick of the event loop; give it a moment.
    yew::platform::time::sleep(Duration::from_millis(50)).await;

    let headline = root
        .query_selector("h1")
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("no <h1> rendered; the root holds: {}", root.inner_html()));
    assert_eq!(headline.text_content().unwrap_or_default().trim(), HEADLINE);
    assert_eq!(count_matching(&root, ".quote-card"), 10);
}

#[wasm_bindgen_test]
fn the_error_box_replaces_the_widget_and_shows_details_as_text() {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create a <div>");
    root.set_inner_html("<p class=\"half-drawn\">stale</p>");

    news_explainer::host::panic::show_error_box(&root, "panicked at <img src=x onerror=alert(1)>");

    assert_eq!(
        count_matching(&root, ".half-drawn"),
        0,
        "the old content is gone"
    );
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    assert!(alert
        .text_content()
        .unwrap()
        .starts_with("Sorry, this explainer stopped working."));
    assert_eq!(
        count_matching(&root, "img"),
        0,
        "details are text, never HTML"
    );
    let details = root.query_selector("pre").unwrap().unwrap();
    assert_eq!(
        details.text_content().unwrap(),
        "panicked at <img src=x onerror=alert(1)>"
    );
}
