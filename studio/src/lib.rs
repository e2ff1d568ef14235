//! The Explainer Studio: where a newsroom makes an explainer in the browser, from
//! a pasted article to a file `explainer check` accepts, with every quote
//! anchored in the article as it is selected.
//!
//! It is built on the widget's library (`news-explainer`): the same content
//! model, anchoring, validation and draft scaffold, and the widget's own [`App`]
//! as the live preview. It has a build of its own (`studio/Trunk.toml`), so none
//! of it reaches a reader's Wasm.
//!
//! - [`draft`]: the document and every edit to it, plain Rust, tested natively;
//! - [`drafting`]: a pasted article drafted in slices, within the content limits;
//! - [`draft_worker`]: the drafting done by a worker running this same Wasm;
//! - [`fields`]: which field an edit changes, and the typed id of its input;
//! - [`parts`]: the Studio's parts, and which one a phone shows alone;
//! - [`preview`]: the beginning of a long draft, which the preview draws unasked;
//! - [`problems`]: validation as the Studio lists it (one adapter to the library);
//! - [`components`]: the Yew views, which only render and dispatch;
//! - [`context`]: what the views share: one dispatcher, the draft as `Rc` data;
//! - [`hooks`]: the root's effects (saving as it changes, the undo keys);
//! - [`desk`]: the desk's API as typed requests and answers, the conflict merge;
//! - [`publishing`]: the build command and embed codes for where it will be published;
//! - [`shelf`]: the drafts kept in this browser, by headline and date;
//! - [`browser`]: saving the draft, files in and out, the text selection.
//!
//! [`App`]: news_explainer::App

pub mod browser;
pub mod components;
pub mod context;
pub mod desk;
pub mod draft;
pub mod draft_worker;
pub mod drafting;
pub mod fields;
pub mod hooks;
pub mod parts;
pub mod preview;
pub mod problems;
pub mod publishing;
pub mod shelf;

/// Mounts the Studio into the page's `#studio` element (or `<body>`); in
/// the drafting worker, which loads this same Wasm and has no page, nothing.
pub fn mount() {
    if web_sys::window().is_none() {
        return;
    }
    let root = gloo::utils::document()
        .get_element_by_id("studio")
        .unwrap_or_else(|| gloo::utils::body().into());
    yew::Renderer::<components::studio_app::StudioApp>::with_root(root).render();
}
