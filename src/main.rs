//! The standalone page: mounts the explainer into `#explainer` and nothing else.
//! Everything else lives behind the library so embedding, SSR and tests share one `App`.
//!
//! The same Wasm also serves `embed.js`'s inline mode on host pages, which call the
//! exported `mount` themselves; there `main` must leave the host page alone.

fn main() {
    if news_explainer::is_widget_page() {
        news_explainer::mount_default();
    }
}
