//! The desk client's one browser edge: sends a [`DeskRequest`] with `fetch`
//! (same origin, so the session cookie goes along and the browser sets
//! `Origin`), and hands back the [`Answer`], or [`DeskError::Network`] when
//! nothing answered.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::request::{Answer, DeskRequest};
use super::types::DeskError;

/// Sends `request` and waits for the whole answer.
pub async fn send(request: &DeskRequest) -> Result<Answer, DeskError> {
    let init = web_sys::RequestInit::new();
    init.set_method(request.method.as_str());
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    // Never a cached answer: the list and a revision change under the Studio.
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(|_| DeskError::Network)?;
    let _ = headers.set("Accept", "application/json");
    if let Some(tag) = request.if_match_header() {
        let _ = headers.set("If-Match", &tag);
    }
    if let Some(body) = &request.body {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&body.into());
    }
    init.set_headers(&headers);
    let fetched =
        JsFuture::from(gloo::utils::window().fetch_with_str_and_init(&request.path, &init))
            .await
            .map_err(|_| DeskError::Network)?;
    let response: web_sys::Response = fetched.dyn_into().map_err(|_| DeskError::Network)?;
    let retry_after = response
        .headers()
        .get("Retry-After")
        .ok()
        .flatten()
        .and_then(|value| value.trim().parse().ok());
    let text = response.text().map_err(|_| DeskError::Network)?;
    let body = JsFuture::from(text)
        .await
        .map_err(|_| DeskError::Network)?
        .as_string()
        .unwrap_or_default();
    Ok(Answer {
        status: response.status(),
        body,
        retry_after,
    })
}

/// Sends `request` and reads its answer with `read` (one of
/// [`super::request`]'s `read_…`).
pub async fn call<T>(
    request: DeskRequest,
    read: fn(&Answer) -> Result<T, DeskError>,
) -> Result<T, DeskError> {
    read(&send(&request).await?)
}
