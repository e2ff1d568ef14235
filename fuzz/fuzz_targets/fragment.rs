//! Fuzzes URL fragment parsing: anything a reader or a host page can put after
//! `#`. A parsed fragment must format back to a fragment that parses the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_explainer::fragment::Fragment;

fuzz_target!(|raw: &str| {
    if let Ok(Some(fragment)) = Fragment::parse(raw) {
        assert_eq!(Fragment::parse(&fragment.to_string()), Ok(Some(fragment)));
    }
});
