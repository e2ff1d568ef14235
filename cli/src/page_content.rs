//! The explainer a built page carries, parsed and validated once per command.
//!
//! `explainer build` validates the file it is given and hands the result, in
//! memory, to the writing of `index.html` and to the pre-render. `explainer
//! prerender` (trunk's hook) has only the built page, so it reads the content
//! back from the page's content element, or takes the bundled default when the
//! page has none. Either way, this is where it is decided which text the widget
//! fingerprints to trust pre-rendered markup (`data-prerendered`, compared in
//! `news_explainer::mount_default`): the text it will read from the content
//! element, or the bundled default.

use news_explainer::content::{fingerprint, page_content_text, ANCHORAGE_SUMMIT, PAGE_CONTENT_ID};
use news_explainer::model::{validate, AnchoredExplainer, Problem};

/// A validated explainer, with the text a page carries for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageContent {
    explainer: AnchoredExplainer,
    /// The text of the page's content element, exactly what the widget reads:
    /// the JSON with `<` escaped ([`page_content_text`]). `None` when the page
    /// has no such element and the widget shows its bundled default.
    element_text: Option<String>,
}

impl PageContent {
    /// A validated explainer as `build` writes it into a page: compact, and
    /// without `$schema` (the page needs the content, not the editor hint). The
    /// explainer kept is the one the page's JSON reads back as, so the
    /// pre-rendered markup is what the widget would draw.
    pub fn for_page(mut explainer: AnchoredExplainer) -> Result<PageContent, String> {
        explainer.explainer.schema = None;
        let json = serde_json::to_string(&explainer.explainer).map_err(|e| e.to_string())?;
        Ok(PageContent {
            explainer,
            element_text: Some(page_content_text(&json)),
        })
    }

    /// The content of a built page: the text of its content element, or the
    /// bundled default when it has none; validated.
    pub fn read(page: &str) -> Result<PageContent, Vec<Problem>> {
        let element_text = element_text(page);
        let explainer = validate::load(element_text.as_deref().unwrap_or(ANCHORAGE_SUMMIT))?;
        Ok(PageContent {
            explainer,
            element_text,
        })
    }

    /// The explainer, validated and anchored.
    pub fn explainer(&self) -> &AnchoredExplainer {
        &self.explainer
    }

    /// The text for the page's content element (JSON, `<` escaped); `None` for
    /// the bundled default, which needs no element.
    pub fn element_text(&self) -> Option<&str> {
        self.element_text.as_deref()
    }

    /// The fingerprint the pre-rendered root records (`data-prerendered`): of the
    /// text the widget will read as its content, the content element's text or
    /// the bundled default.
    pub fn fingerprint(&self) -> String {
        fingerprint(self.element_text().unwrap_or(ANCHORAGE_SUMMIT))
    }
}

/// The text of the page's content element, if it has one: the element as
/// [`news_explainer::content::page_content_element`] writes it.
fn element_text(page: &str) -> Option<String> {
    let marker = format!("id=\"{PAGE_CONTENT_ID}\">");
    let start = page.find(&marker)? + marker.len();
    let end = start + page[start..].find("</script>")?;
    Some(page[start..end].to_string())
}

#[cfg(test)]
mod tests {
    use news_explainer::content::page_content_element;

    use super::*;

    /// A page with `json` in its content element, as `build` writes it.
    fn page_with(json: &str) -> String {
        format!(
            "<html><head>{}</head><body><div id=\"explainer\"></div></body></html>",
            page_content_element(json)
        )
    }

    /// The default explainer with a `<` in a context, and its `$schema` hint.
    fn with_markup_and_schema() -> AnchoredExplainer {
        let mut explainer = validate::load(ANCHORAGE_SUMMIT).unwrap();
        explainer.explainer.schema = Some("./explainer.schema.json".into());
        explainer.explainer.quotes[0].context = "Before <the> summit".into();
        validate::validate(explainer.explainer).unwrap()
    }

    #[test]
    fn a_page_s_own_content_is_read_back() {
        let page = page_with("{\"a\":\"<b\"}");
        assert_eq!(element_text(&page).as_deref(), Some("{\"a\":\"\\u003cb\"}"));
        assert_eq!(element_text("<html><head></head></html>"), None);
    }

    #[test]
    fn a_built_page_reads_back_as_the_content_build_kept() {
        let built = PageContent::for_page(with_markup_and_schema()).unwrap();
        let text = built.element_text().unwrap();
        assert!(!text.contains("$schema"), "{text}");
        assert!(!text.contains('\n'), "compact: {text}");
        let read = PageContent::read(&page_with(text)).unwrap();
        assert_eq!(read, built);
    }

    #[test]
    fn the_fingerprint_is_of_the_text_the_widget_reads() {
        let explainer = with_markup_and_schema();
        let mut json_in_page = explainer.explainer.clone();
        json_in_page.schema = None;
        let json = serde_json::to_string(&json_in_page).unwrap();
        let built = PageContent::for_page(explainer).unwrap();
        // The element's text has `<` escaped; that text, not the JSON, is what
        // the widget reads and fingerprints.
        assert!(json.contains("<the>"), "{json}");
        assert_eq!(
            built.element_text(),
            Some(page_content_text(&json).as_str())
        );
        assert_eq!(built.fingerprint(), fingerprint(&page_content_text(&json)));
        assert_ne!(built.fingerprint(), fingerprint(&json));

        let bundled = PageContent::read("<html><head></head></html>").unwrap();
        assert_eq!(bundled.element_text(), None);
        assert_eq!(bundled.fingerprint(), fingerprint(ANCHORAGE_SUMMIT));
        assert_eq!(
            bundled.explainer(),
            &validate::load(ANCHORAGE_SUMMIT).unwrap()
        );
    }

    #[test]
    fn invalid_page_content_is_refused() {
        let problems = PageContent::read(&page_with("{\"old\": true}")).unwrap_err();
        assert!(!problems.is_empty());
    }
}
