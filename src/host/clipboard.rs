//! Copying and sharing links: the Clipboard API and the Web Share API, each
//! checked for before use, since embeds run in insecure or sandboxed frames
//! where either may be missing.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

fn navigator() -> web_sys::Navigator {
    gloo::utils::window().navigator()
}

fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .map(|value| !value.is_undefined() && !value.is_null())
        .unwrap_or(false)
}

/// Writes `text` to the clipboard; `false` when the API is missing or refuses.
pub async fn copy_text(text: &str) -> bool {
    let navigator = navigator();
    if !has(&navigator, "clipboard") {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// True when the browser offers a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    has(&navigator(), "share")
}

/// Opens the share sheet for a link. A reader who cancels is not an error worth
/// reporting, so the result is ignored.
pub async fn share_link(title: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let _ = JsFuture::from(navigator().share_with_data(&data)).await;
}
