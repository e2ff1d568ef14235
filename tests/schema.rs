//! The JSON Schema in `content/explainer.schema.json` is derived from the Rust
//! types; this test fails when the two drift apart. Regenerate with
//! `UPDATE_SCHEMA=1 cargo test --test schema`.
#![cfg(not(target_arch = "wasm32"))]

use news_explainer::model::Explainer;

#[test]
fn the_committed_schema_matches_the_rust_types() {
    let mut schema = serde_json::to_value(schemars::schema_for!(Explainer)).unwrap();
    schema["$id"] = "explainer.schema.json".into();
    schema["description"] =
        "A news explainer: an article's verbatim text, its quotes and a deal tracker. See README.md."
            .into();
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/explainer.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "content/explainer.schema.json is out of date; run `UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}
