//! The explainers bundled into the build. The Anchorage summit report is the default.
//!
//! Content is compiled in with `include_str!` so the widget needs no request before
//! it can render; the native tests validate every bundled file, so a broken one
//! fails the test run and can never ship.

use crate::model::{validate, AnchoredExplainer, Diagnostic};

/// The default explainer's JSON: the Trump–Putin summit in Anchorage.
pub const ANCHORAGE_SUMMIT: &str = include_str!("../content/anchorage-summit.json");

/// The default explainer, parsed, validated and anchored.
pub fn default_explainer() -> Result<AnchoredExplainer, Vec<Diagnostic>> {
    validate::load(ANCHORAGE_SUMMIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_explainer_is_valid() {
        if let Err(diagnostics) = default_explainer() {
            let report: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            panic!("content/anchorage-summit.json is invalid:\n{}", report.join("\n"));
        }
    }
}
