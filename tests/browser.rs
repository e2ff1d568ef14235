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

/// Waits until `done` holds, checking every 10 ms, for at most 5 s (then the
/// assertions after it report what is missing).
async fn until(done: impl Fn() -> bool) {
    for _ in 0..500 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
}

#[wasm_bindgen_test]
async fn mount_into_renders_the_headline_and_ten_quote_cards() {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create a <div>");
    gloo::utils::body()
        .append_child(&root)
        .expect("append the <div> to <body>");

    news_explainer::mount_into(root.clone());

    // Yew renders on the next tick of the event loop.
    until(|| count_matching(&root, ".quote-card") == 10).await;

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

#[wasm_bindgen_test]
async fn mount_inline_works_in_a_shadow_root_and_tells_the_host_what_the_reader_did() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, JsValue};

    let document = gloo::utils::document();
    let host = document.create_element("div").expect("create a <div>");
    gloo::utils::body()
        .append_child(&host)
        .expect("append the host");
    // As embed.js does: a shadow root on the placeholder, a container inside.
    let container = document.create_element("div").expect("create a <div>");
    js_sys::Function::new_with_args(
        "host, child",
        "host.attachShadow({mode: 'open'}).appendChild(child)",
    )
    .call2(&JsValue::NULL, &host, &container)
    .expect("attach a shadow root");

    let expanded = Rc::new(RefCell::new(Vec::<String>::new()));
    let _listener = {
        let expanded = expanded.clone();
        gloo::events::EventListener::new(&host, "news-explainer:quote-expanded", move |event| {
            let detail = event
                .dyn_ref::<web_sys::CustomEvent>()
                .map(|event| event.detail())
                .unwrap_or(JsValue::UNDEFINED);
            let quote = js_sys::Reflect::get(&detail, &"quote".into())
                .ok()
                .and_then(|q| q.as_string());
            expanded.borrow_mut().push(quote.unwrap_or_default());
        })
    };

    // English: drawn without fetching anything, so the promise settles at once.
    wasm_bindgen_futures::JsFuture::from(news_explainer::mount_inline(
        container.clone(),
        None,
        None,
        Some("https://x.example/e/".into()),
        None,
        None,
        None,
    ))
    .await
    .expect("the mount settles");
    assert_eq!(count_matching(&container, ".quote-card"), 10);
    // Live (disclosure buttons, not <details>) one task after the first render.
    until(|| count_matching(&container, ".quote-card > button.quote-card__toggle") == 10).await;

    assert_eq!(count_matching(&container, ".quote-card"), 10);
    let toggle = container
        .query_selector("#quote-long-overdue button.quote-card__toggle")
        .expect("a valid selector")
        .expect("the card's toggle");
    toggle.unchecked_ref::<web_sys::HtmlElement>().click();
    until(|| !expanded.borrow().is_empty()).await;

    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(*expanded.borrow(), vec!["long-overdue".to_string()]);

    // The widget finds its own elements inside the shadow root, where the
    // document's lookups never reach: "Show in article" focuses the quote's
    // highlight there.
    let shadow_root =
        js_sys::Reflect::get(&host, &"shadowRoot".into()).expect("the host's shadow root");
    let focused_id = || {
        js_sys::Reflect::get(&shadow_root, &"activeElement".into())
            .ok()
            .and_then(|element| element.dyn_into::<Element>().ok())
            .map(|element| element.id())
    };
    let show_in_article = container
        .query_selector("#quote-long-overdue .quote-card__actions button")
        .expect("a valid selector")
        .expect("the card's Show in article button");
    assert_eq!(
        show_in_article.text_content().as_deref(),
        Some("Show in article")
    );
    show_in_article
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    until(|| focused_id().as_deref() == Some("source-long-overdue")).await;
    assert_eq!(
        focused_id().as_deref(),
        Some("source-long-overdue"),
        "the highlight in the shadow root has focus"
    );
}
