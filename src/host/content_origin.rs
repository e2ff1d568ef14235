//! The browser side of [`crate::content_origin`]: this page's address and the
//! origins its newsroom listed (`<meta name="explainer-content-origins">`), the
//! browser's own resolution of an address, and the error box for a refusal.

use wasm_bindgen::JsCast;

use crate::content_origin::{ContentOrigins, Refusal, ORIGINS_META};
use crate::embedding::{widget_folder, Embedding, Placement};
use crate::host::location;
use crate::strings::Strings;

/// The `content` of every `<meta name="explainer-content-origins">` in this document.
fn listed() -> Vec<String> {
    let selector = format!("meta[name=\"{ORIGINS_META}\"]");
    let Ok(metas) = gloo::utils::document().query_selector_all(&selector) else {
        return Vec::new();
    };
    (0..metas.length())
        .filter_map(|index| metas.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter_map(|meta| meta.get_attribute("content"))
        .collect()
}

/// The rule for `?src=` on this page, one of the widget's own (its page, the
/// iframe of an embed, a share page): its own origin and the listed ones.
pub fn page_rule() -> ContentOrigins {
    ContentOrigins::for_page(&location::href(), listed())
}

/// The rule for the `data-src` a host page gave a widget mounted inline in it:
/// the host chose it, so any web origin.
pub fn host_page_rule() -> ContentOrigins {
    ContentOrigins::for_host_page(&location::href())
}

/// `src` resolved against this page, when `rule` accepts it both as written and
/// as the browser resolved it (so no difference between the rule's reading and
/// the browser's can let an address through).
pub fn accept(src: &str, rule: &ContentOrigins) -> Result<String, Refusal> {
    rule.check(src)?;
    let resolved = location::resolve(src).ok_or(Refusal::Unclear)?;
    rule.check(&resolved)?;
    Ok(resolved)
}

/// True when the embed codes of this widget may carry its content's URL as
/// `data-src` (or it has none): when the widget's page would accept it as
/// `?src=`. On its own page (and in its iframe) the widget knows its
/// newsroom's list; inline, the document is the host's, whose list says
/// nothing about the widget's pages, so only the widget's own origin counts.
pub fn embeddable(embedding: &Embedding) -> bool {
    let Some(url) = embedding.content_url.as_deref() else {
        return true;
    };
    let page = location::href();
    let folder = embedding
        .widget_url
        .as_deref()
        .unwrap_or_else(|| widget_folder(&page));
    let listed = match embedding.placement {
        Placement::Inline(_) => Vec::new(),
        _ => listed(),
    };
    ContentOrigins::for_page(folder, listed).check(url).is_ok()
}

/// Replaces everything in `root` with the widget's error box, saying why the
/// address was refused, in `strings`' language. Built with `textContent`, like
/// the other error boxes.
pub fn show_refusal(root: &web_sys::Element, refusal: &Refusal, strings: &Strings) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let build = || -> Option<web_sys::Element> {
        let error_box = document.create_element("div").ok()?;
        error_box.set_class_name("explainer explainer--error");
        error_box.set_attribute("role", "alert").ok()?;
        let message = document.create_element("p").ok()?;
        message.set_class_name("explainer__load-error");
        message.set_text_content(Some(&strings.source_refused(refusal)));
        error_box.append_child(&message).ok()?;
        Some(error_box)
    };
    if let Some(error_box) = build() {
        root.set_text_content(None);
        let _ = root.append_child(&error_box);
    }
}
