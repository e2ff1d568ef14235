//! The panic hook, triggered for real: a widget mounted with `mount_into`
//! installs it, a panic in the same Wasm (from a timer, as a listener of the
//! widget would) runs it, and the reader gets the error box in place of the
//! widget. `tests/browser.rs` checks the box's content; this checks that a panic
//! shows it.
//!
//! A file of its own, so it runs in its own page: after a panic the Wasm
//! instance is dead (the hook draws once, then the instance traps), and no other
//! test must share it.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const PANIC_MESSAGE: &str = "a panic for the panic hook test";

fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("a valid selector")
}

#[wasm_bindgen_test]
async fn a_panic_after_mounting_replaces_the_widget_with_the_error_box() {
    let root = gloo::utils::document()
        .create_element("div")
        .expect("create a <div>");
    gloo::utils::body()
        .append_child(&root)
        .expect("append the <div> to <body>");
    news_explainer::mount_into(root.clone());
    for _ in 0..500 {
        if first(&root, ".explainer.is-live").is_some() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(
        first(&root, ".explainer.is-live").is_some(),
        "the widget went live"
    );

    // A panic outside this test's own call stack, as in a listener: the hook
    // runs, then the instance traps in the timer's callback, not in this test.
    gloo::timers::callback::Timeout::new(0, || panic!("{PANIC_MESSAGE}")).forget();
    for _ in 0..500 {
        if first(&root, ".explainer--crashed").is_some() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }

    let error_box = first(&root, ".explainer--crashed[role=alert]")
        .expect("the error box in place of the widget");
    assert!(error_box
        .text_content()
        .unwrap_or_default()
        .starts_with("Sorry, this explainer stopped working."));
    assert!(
        first(&root, ".quote-card").is_none(),
        "the dead widget is gone"
    );
    let details = first(&error_box, "pre").expect("the details");
    assert!(details
        .text_content()
        .unwrap_or_default()
        .contains(PANIC_MESSAGE));
}
