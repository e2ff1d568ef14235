//! Fuzzes quote anchoring: any text, any selector. A found span must hold the
//! selector's words once normalized; nothing may panic.
//!
//! The input is the text, the exact words, the prefix and the suffix, separated
//! by NUL bytes (an empty or missing prefix or suffix is none), so a seed in
//! `fuzz/seeds/anchor/` reads as what its name says; bytes that are not UTF-8
//! become U+FFFD, which anchoring must handle like any other character.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_explainer::model::anchor::{normalize, SourceText, TextQuoteSelector};
use news_explainer::model::Section;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|&byte| byte == 0).map(String::from_utf8_lossy);
    let text = parts.next().unwrap_or_default().into_owned();
    let exact = parts.next().unwrap_or_default();
    let prefix = parts.next().filter(|part| !part.is_empty());
    let suffix = parts.next().filter(|part| !part.is_empty());
    let source = SourceText::new(&[Section {
        heading: None,
        paragraphs: vec![text],
    }]);
    let selector = TextQuoteSelector {
        exact: &exact,
        prefix: prefix.as_deref(),
        suffix: suffix.as_deref(),
    };
    if let Ok(span) = source.anchor(selector) {
        assert_eq!(normalize(source.slice(span)), normalize(&exact));
        let _ = source.sentence_around(span);
    }
});
