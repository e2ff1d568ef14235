//! The explainers bundled into the build. The Anchorage summit report is the default.
//!
//! Content is compiled in with `include_str!` so the widget needs no request before
//! it can render; the native tests validate every bundled file, so a broken one
//! fails the test run and can never ship.

use crate::model::{validate, AnchoredExplainer, Problem};

/// The default explainer's JSON: the Trump–Putin summit in Anchorage.
pub const ANCHORAGE_SUMMIT: &str = include_str!("../content/anchorage-summit.json");

/// The default explainer, parsed, validated and anchored.
pub fn default_explainer() -> Result<AnchoredExplainer, Vec<Problem>> {
    validate::load(ANCHORAGE_SUMMIT)
}

/// The id of the `<script type="application/json">` element from which a page
/// gives the widget its content (written by `explainer build`). A page without
/// one gets the bundled default. A JSON data block is never executed, so it is
/// allowed under a strict Content-Security-Policy.
pub const PAGE_CONTENT_ID: &str = "explainer-content";

/// A short fingerprint of a content file's text (64-bit FNV-1a, in hex). A
/// pre-rendered page records the fingerprint of the content its markup shows
/// (`data-prerendered` on the root), so the Wasm hydrates only markup that
/// matches the content it is given, and draws afresh otherwise.
pub fn fingerprint(json: &str) -> String {
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// An explainer's JSON as a `<script type="application/json">` element for a page.
/// See [`page_content_text`] for what goes inside.
pub fn page_content_element(json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{PAGE_CONTENT_ID}\">{}</script>",
        page_content_text(json)
    )
}

/// The text of the page's content element, which is also what the widget reads
/// back and fingerprints: the JSON with `<` escaped as `\u003c` (still the same
/// JSON value), so no text in the content can close the element or open a comment.
pub fn page_content_text(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::anchor::BlockKind;

    #[test]
    fn the_default_explainer_is_valid() {
        if let Err(problems) = default_explainer() {
            let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!(
                "content/anchorage-summit.json is invalid:\n{}",
                report.join("\n")
            );
        }
    }

    #[test]
    fn fingerprints_tell_contents_apart() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint(ANCHORAGE_SUMMIT), fingerprint(ANCHORAGE_SUMMIT));
        assert_ne!(
            fingerprint(ANCHORAGE_SUMMIT),
            fingerprint(&ANCHORAGE_SUMMIT.replace("Putin", "Putín"))
        );
    }

    #[test]
    fn page_content_cannot_close_its_element_and_reads_back_the_same() {
        let json = r#"{"text": "</script><script>alert(1)</script><!--"}"#;
        let element = page_content_element(json);
        let inner = element
            .strip_prefix(r#"<script type="application/json" id="explainer-content">"#)
            .and_then(|rest| rest.strip_suffix("</script>"))
            .unwrap();
        assert!(!inner.contains('<'));
        let original: serde_json::Value = serde_json::from_str(json).unwrap();
        let read_back: serde_json::Value = serde_json::from_str(inner).unwrap();
        assert_eq!(read_back, original);
    }

    #[test]
    fn the_source_is_the_seed_article_verbatim() {
        let seed = include_str!("../content/anchorage-summit.txt");
        let seed_lines: Vec<&str> = seed
            .lines()
            .filter(|line| !line.trim().is_empty())
            .collect();
        let explainer = default_explainer().unwrap();
        let blocks: Vec<&str> = explainer
            .source
            .blocks
            .iter()
            .map(|block| explainer.source.slice(block.span))
            .collect();
        assert_eq!(blocks, seed_lines);
    }

    #[test]
    fn every_quoted_phrase_of_the_body_is_a_quote() {
        let explainer = default_explainer().unwrap();
        let quoted: Vec<&str> = explainer
            .quotes
            .iter()
            .map(|quote| explainer.source.slice(quote.span))
            .collect();
        assert_eq!(
            quoted,
            [
                "at their lowest point since the Cold War",
                "long overdue",
                "the Ukrainians and Europeans choose not to throw a wrench in",
                "well-wishing tone",
                "mutual respect and realism",
                "very productive",
                "a number of agreements reached",
                "a couple big ones",
                "There’s no deal until there’s a deal.",
                "Next time in Moscow.",
            ]
        );
        // Every “…” in a body paragraph opens at one of those quotes.
        for block in explainer
            .source
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
        {
            let text = explainer.source.slice(block.span);
            for (offset, _) in text.match_indices('“') {
                let at = block.span.start + offset + '“'.len_utf8();
                assert!(
                    explainer.quotes.iter().any(|q| q.span.start == at),
                    "the quotation at byte {at} is not a quote in the content"
                );
            }
        }
    }

    #[test]
    fn the_tracker_covers_the_summit_outcomes() {
        let explainer = default_explainer().unwrap();
        let ids: Vec<&str> = explainer
            .explainer
            .tracker
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "formal-agreement",
                "agreements-reached",
                "big-ones",
                "ukraine-peace",
                "brief-nato-zelenskyy",
                "moscow-invitation",
                "resumed-dialogue"
            ]
        );
        assert!(explainer.deals.iter().all(|deal| !deal.evidence.is_empty()));
    }
}
