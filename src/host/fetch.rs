//! Fetching an explainer's JSON from a URL (`data-src`, `?src=`), with a timeout,
//! so a slow or dead server ends in a message rather than a spinner forever.
//! Sends no cookies to other origins (`credentials: same-origin`, the default).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::embedding::LoadError;

/// Fetches `url` as text, giving up after `timeout_seconds`.
pub async fn fetch_text(url: &str, timeout_seconds: u32) -> Result<String, LoadError> {
    let controller = web_sys::AbortController::new().map_err(|_| LoadError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let timed_out = Rc::new(Cell::new(false));
    let _timeout = {
        let timed_out = timed_out.clone();
        let controller = controller.clone();
        gloo::timers::callback::Timeout::new(timeout_seconds.saturating_mul(1000), move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let failed = |_| {
        if timed_out.get() {
            LoadError::Timeout(timeout_seconds)
        } else {
            LoadError::Network
        }
    };
    let promise = gloo::utils::window().fetch_with_str_and_init(url, &init);
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(LoadError::Status {
            code: response.status(),
            text: response.status_text(),
        });
    }
    let text = response.text().map_err(failed)?;
    let text = JsFuture::from(text).await.map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}
