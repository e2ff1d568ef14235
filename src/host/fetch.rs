//! Fetching an explainer's JSON from a URL (`data-src`, `?src=`), with a timeout,
//! so a slow or dead server ends in a message rather than a spinner forever.
//! Sends no cookies to other origins (`credentials: same-origin`, the default).
//!
//! Never follows a redirect (`redirect: 'error'`): the address was checked
//! against the page's rule ([`crate::content_origin`]) before the request, and
//! an open redirect on an allowed origin (`/go?to=…`) would otherwise bring
//! another site's words onto the newsroom's page (issue #32). A redirected
//! file fails as a network error does.
//!
//! A refresh asks again conditionally: with the previous response's `ETag`
//! (`If-None-Match`) and `Last-Modified` (`If-Modified-Since`), so an unchanged
//! file costs a `304 Not Modified` and no body. Those headers go only to the
//! page's own origin: on another origin they would need a CORS preflight the
//! file's server may not allow, so there the browser's cache revalidates
//! (`cache: no-cache`, which sends the same conditions when it has a copy).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content_origin::web_origin;
use crate::embedding::LoadError;

/// What identifies a version of the file, from its last response.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
}

/// What a fetch brought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fetched {
    /// The file as it is now, and what identifies this version.
    Content {
        /// The file's text.
        text: String,
        /// Its validators, for the next conditional request.
        validators: Validators,
    },
    /// `304 Not Modified`: the version the validators name is still current.
    Unchanged,
}

/// Fetches `url` as text, giving up after `timeout_seconds`.
pub async fn fetch_text(url: &str, timeout_seconds: u32) -> Result<Fetched, LoadError> {
    fetch_if_changed(url, timeout_seconds, &Validators::default()).await
}

/// Fetches `url` unless it is still the version `validators` names (then
/// [`Fetched::Unchanged`]), giving up after `timeout_seconds`.
pub async fn fetch_if_changed(
    url: &str,
    timeout_seconds: u32,
    validators: &Validators,
) -> Result<Fetched, LoadError> {
    let controller = web_sys::AbortController::new().map_err(|_| LoadError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    // As `RequestInit::set_redirect` would, without another web-sys feature.
    let _ = js_sys::Reflect::set(&init, &"redirect".into(), &"error".into());
    if *validators != Validators::default() {
        if same_origin(url) {
            let headers = web_sys::Headers::new().map_err(|_| LoadError::Network)?;
            if let Some(etag) = &validators.etag {
                let _ = headers.set("If-None-Match", etag);
            }
            if let Some(date) = &validators.last_modified {
                let _ = headers.set("If-Modified-Since", date);
            }
            init.set_headers(&headers);
        } else {
            init.set_cache(web_sys::RequestCache::NoCache);
        }
    }
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
    if response.status() == 304 {
        return Ok(Fetched::Unchanged);
    }
    if !response.ok() {
        return Err(LoadError::Status {
            code: response.status(),
            text: response.status_text(),
        });
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let validators = Validators {
        etag: header("ETag"),
        last_modified: header("Last-Modified"),
    };
    let text = response.text().map_err(failed)?;
    let text = JsFuture::from(text).await.map_err(failed)?;
    Ok(Fetched::Content {
        text: text.as_string().unwrap_or_default(),
        validators,
    })
}

/// True when `url` is on the page's own origin.
fn same_origin(url: &str) -> bool {
    let page = gloo::utils::window().location().origin().ok();
    page.is_some() && web_origin(url) == page
}
