//! The standalone page: mounts the explainer into `#explainer` and nothing else.
//! Everything else lives behind the library so embedding, SSR and tests share one `App`.

fn main() {
    news_explainer::mount_default();
}
