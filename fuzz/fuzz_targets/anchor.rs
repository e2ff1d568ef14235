//! Fuzzes quote anchoring: any text, any selector. A found span must hold the
//! selector's words once normalized; nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_explainer::model::anchor::{normalize, SourceText, TextQuoteSelector};
use news_explainer::model::Section;

fuzz_target!(|input: (String, String, Option<String>, Option<String>)| {
    let (text, exact, prefix, suffix) = input;
    let source = SourceText::new(&[Section { heading: None, paragraphs: vec![text] }]);
    let selector = TextQuoteSelector { exact: &exact, prefix: prefix.as_deref(), suffix: suffix.as_deref() };
    if let Ok(span) = source.anchor(selector) {
        assert_eq!(normalize(source.slice(span)), normalize(&exact));
        let _ = source.sentence_around(span);
    }
});
