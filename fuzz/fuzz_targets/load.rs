//! Fuzzes the whole content pipeline: parse, validate, anchor and highlight any
//! bytes as an explainer file. It must never panic, only report diagnostics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_explainer::model::validate;

fuzz_target!(|data: &[u8]| {
    if let Ok(json) = std::str::from_utf8(data) {
        if let Ok(explainer) = validate::load(json) {
            let _ = explainer.highlighted_source();
            for index in 0..explainer.quotes.len() {
                let _ = explainer.quote_in_context(index);
            }
        }
    }
});
