//! No component builds an element id or a fragment by hand: every id comes from
//! `news_explainer::ids::ElementId` and every link from
//! `news_explainer::fragment::Fragment`, so the DOM contract has one home; in
//! the Studio (`studio/src/components`), every form field's id from
//! `explainer_studio::fields::FieldId`.
//!
//! A plain text scan of `src/components/*.rs` and `studio/src/components/*.rs`
//! for the ways an id or a `#…`
//! string gets built by hand (`id={format!(…)}`, `format!("quote-{…}")`,
//! `href="#…"`, `strip_prefix("…")` …). Deliberately simple: it catches the
//! habit, not every possible disguise.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// What is forbidden in a component file, and why.
const FORBIDDEN: &[(&str, &str)] = &[
    ("id={format!", "an element id built with format!"),
    ("aria-controls={format!", "an element id built with format!"),
    (
        "aria-labelledby={format!",
        "an element id built with format!",
    ),
    (
        "aria-describedby={format!",
        "an element id built with format!",
    ),
    ("for={format!", "an element id built with format!"),
    ("href={format!", "a link built with format!"),
    ("_id = format!", "an element id built with format!"),
    ("href=\"#", "a fragment written by hand"),
    ("format!(\"#", "a fragment built by hand"),
    ("format!(\"quote-", "an id built by hand"),
    ("format!(\"deal-", "an id built by hand"),
    ("format!(\"source", "an id built by hand"),
    ("format!(\"tab-", "an id built by hand"),
    ("format!(\"panel-", "an id built by hand"),
    ("format!(\"heading-", "an id built by hand"),
    ("format!(\"speaker-", "an id built by hand"),
    ("-details\"", "an id suffix written by hand"),
    ("-history\"", "an id suffix written by hand"),
    ("-evidence-", "a passage's slug written by hand"),
    ("strip_prefix(\"", "an id or fragment picked apart by hand"),
];

/// What is forbidden in a Studio component file: an id or a link built with
/// `format!`. (The widget's id prefixes above mean nothing there.)
const FORBIDDEN_IN_STUDIO: &[(&str, &str)] = &[
    ("id={format!", "an element id built with format!"),
    ("aria-controls={format!", "an element id built with format!"),
    (
        "aria-labelledby={format!",
        "an element id built with format!",
    ),
    (
        "aria-describedby={format!",
        "an element id built with format!",
    ),
    ("for={format!", "an element id built with format!"),
    ("href={format!", "a link built with format!"),
    ("_id = format!", "an element id built with format!"),
    ("href=\"#", "a fragment written by hand"),
    ("format!(\"#", "a fragment built by hand"),
    ("format!(\"studio-", "a Studio field id built by hand"),
];

/// Every pattern of the widget's list in `source` (a file's text), with its line number.
fn violations(source: &str) -> Vec<(usize, &'static str, &'static str)> {
    violations_of(source, FORBIDDEN)
}

/// Every pattern of `forbidden` in `source`, with its line number.
fn violations_of(
    source: &str,
    forbidden: &'static [(&'static str, &'static str)],
) -> Vec<(usize, &'static str, &'static str)> {
    // Tests at the foot of a file may spell ids out: they check the contract.
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let squeezed: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
        for &(pattern, why) in forbidden {
            if squeezed.contains(pattern) || squeezed.replace(' ', "").contains(pattern) {
                found.push((number + 1, pattern, why));
            }
        }
    }
    found
}

#[test]
fn no_component_file_builds_an_id_or_fragment_by_hand() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut report = Vec::new();
    // The widget's components, then the Studio's.
    for (folder, forbidden, typed) in [
        (
            "src/components",
            FORBIDDEN,
            "ids::ElementId or fragment::Fragment",
        ),
        (
            "studio/src/components",
            FORBIDDEN_IN_STUDIO,
            "fields::FieldId",
        ),
    ] {
        let mut scanned = 0;
        for entry in fs::read_dir(root.join(folder)).expect(folder) {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "rs") {
                scanned += 1;
                let source = fs::read_to_string(&path).unwrap();
                for (line, pattern, why) in violations_of(&source, forbidden) {
                    let name = path.file_name().unwrap().to_string_lossy();
                    report.push(format!(
                        "{folder}/{name}:{line}: {why} (`{pattern}`); use {typed}"
                    ));
                }
            }
        }
        assert!(
            scanned >= 15,
            "only {scanned} component files found in {folder}"
        );
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

#[test]
fn the_check_finds_ids_and_fragments_built_by_hand() {
    for planted in [
        r#"<li id={format!("quote-{}", quote.id)}>"#,
        r#"<section aria-labelledby={format!("{labelled_by}-{}", view.id())}>"#,
        r#"let history_id = format!("deal-{}-history", props.id);"#,
        r##"<a href="#source">"##,
        r#"if element_id.strip_prefix("quote-") == Some(id) {"#,
        r#"Fragment::Source(Some(format!("{}-evidence-{}", deal, n)))"#,
        r#"<div id={ format!( "tab-{}", view.id() ) }>"#,
    ] {
        assert!(!violations(planted).is_empty(), "not caught: {planted}");
    }
    for allowed in [
        r#"<li id={ElementId::Quote(&quote.id).id()}>"#,
        r#"<a href={link.href()}>"#,
        r#"<p class="deal-item__summary">{ format!(" ({count})") }</p>"#,
        "// a comment may say format!(\"quote-{slug}\")",
    ] {
        assert_eq!(violations(allowed), [], "{allowed}");
    }
}

#[test]
fn the_studio_check_finds_field_ids_built_by_hand() {
    for planted in [
        r#"let id = |name: &str| format!("studio-quote-{index}-{name}");"#,
        r#"<p id={format!("{id}-label")}>"#,
        r##"<a href={format!("#{id}")}>"##,
    ] {
        assert!(
            !violations_of(planted, FORBIDDEN_IN_STUDIO).is_empty(),
            "not caught: {planted}"
        );
    }
    for allowed in [
        r#"<TextField id={id(QuoteField::Text)} label="Words" />"#,
        r#"<select id="studio-maker-evidence-item">"#,
        r#"<span class="studio-move-buttons">"#,
    ] {
        assert_eq!(violations_of(allowed, FORBIDDEN_IN_STUDIO), [], "{allowed}");
    }
}
