//! No component builds an element id or a fragment by hand: every id comes from
//! `news_explainer::ids::ElementId` and every link from
//! `news_explainer::fragment::Fragment`, so the DOM contract has one home.
//!
//! A plain text scan of `src/components/*.rs` for the ways an id or a `#…`
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

/// Every forbidden pattern in `source` (a file's text), with its line number.
fn violations(source: &str) -> Vec<(usize, &'static str, &'static str)> {
    // Tests at the foot of a file may spell ids out: they check the contract.
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let squeezed: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
        for &(pattern, why) in FORBIDDEN {
            if squeezed.contains(pattern) || squeezed.replace(' ', "").contains(pattern) {
                found.push((number + 1, pattern, why));
            }
        }
    }
    found
}

#[test]
fn no_component_file_builds_an_id_or_fragment_by_hand() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    let mut report = Vec::new();
    let mut scanned = 0;
    for entry in fs::read_dir(&folder).expect("src/components") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            scanned += 1;
            let source = fs::read_to_string(&path).unwrap();
            for (line, pattern, why) in violations(&source) {
                let name = path.file_name().unwrap().to_string_lossy();
                report.push(format!(
                    "src/components/{name}:{line}: {why} (`{pattern}`); use ids::ElementId or fragment::Fragment"
                ));
            }
        }
    }
    assert!(
        scanned >= 15,
        "only {scanned} component files found in {}",
        folder.display()
    );
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
