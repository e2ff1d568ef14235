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
///
/// A pre-rendered page (`data-prerendered` on the root, the fingerprint of the
/// content its markup shows) is hydrated: the Wasm adopts the markup instead of
/// drawing it again. `data-open` on the root (a fragment such as
/// `quote-next-time-in-moscow`) opens the widget at that place, for share pages.
pub fn mount_default() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("explainer")
        .unwrap_or_else(|| gloo::utils::body().into());
    host::panic::install_error_box(root.clone());
    let json = match document.get_element_by_id(content::PAGE_CONTENT_ID) {
        Some(element) => element.text_content().unwrap_or_default(),
        None => content::ANCHORAGE_SUMMIT.to_string(),
    };
    let mut props = AppProps::from_json(&json);
    props.open = root
        .get_attribute("data-open")
        .and_then(|raw| fragment::Fragment::parse(&raw).ok().flatten());
    let prerendered = root.get_attribute("data-prerendered");
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    match prerendered {
        Some(fingerprint) if fingerprint == content::fingerprint(&json) => {
            renderer.hydrate();
        }
        Some(_) => {
            // Markup for other content: draw afresh rather than adopt it.
            root.set_inner_html("");
            renderer.render();
        }
        None => {
            renderer.render();
        }
    }
}
