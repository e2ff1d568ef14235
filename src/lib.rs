//! An embeddable news explainer: a story's quotes in context, the state of a
//! negotiation and the source text, as a Yew widget compiled to WebAssembly.
//!
//! The crate is a library so that the standalone page (`main.rs`), host-page
//! embedding, server-side rendering and tests all share one [`App`]:
//! - [`model`]: the content format, quote anchoring and validation (no web imports);
//! - [`components`]: the Yew views;
//! - [`content`]: the explainers bundled into the build.

pub mod components;
pub mod content;
pub mod fragment;
pub mod host;
pub mod model;
pub mod state;
pub mod strings;

pub use components::app::{App, AppProps};

/// Mounts the explainer with the bundled default content into `root`.
pub fn mount_into(root: web_sys::Element) {
    host::panic::install_error_box(root.clone());
    yew::Renderer::<App>::with_root_and_props(root, AppProps::default()).render();
}

/// Mounts the explainer into the page's `#explainer` element, or into `<body>`
/// when the page has none. The content is the page's own
/// (`<script type="application/json" id="explainer-content">`, see
/// [`content::page_content_element`]) or else the bundled default.
pub fn mount_default() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("explainer")
        .unwrap_or_else(|| gloo::utils::body().into());
    host::panic::install_error_box(root.clone());
    let props = match document.get_element_by_id(content::PAGE_CONTENT_ID) {
        Some(element) => AppProps::from_json(&element.text_content().unwrap_or_default()),
        None => AppProps::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
