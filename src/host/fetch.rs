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

/// What [`fetch_at_most`] brought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bounded {
    /// The whole file, within the limit.
    Text(String),
    /// A file longer than the limit: reading stopped at the first chunk past
    /// it, after this many bytes, and the rest was never asked for.
    TooLong(usize),
}

/// Fetches `url` as text of at most `limit` bytes, giving up after
/// `timeout_seconds`: the body is read a chunk at a time and the request
/// cancelled at the first chunk past the limit (or at once, when its
/// `Content-Length` says it is longer), so a file of any length, or one that
/// never ends, costs the reader no more than `limit` bytes and a chunk
/// (issue #32: a locale file was read whole, then measured).
pub async fn fetch_at_most(
    url: &str,
    timeout_seconds: u32,
    limit: usize,
) -> Result<Bounded, LoadError> {
    let request = Request::send(url, timeout_seconds, &Validators::default()).await?;
    let response = &request.response;
    if response.status() == 304 {
        return Err(LoadError::Network);
    }
    let declared = response
        .headers()
        .get("Content-Length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<usize>().ok());
    if let Some(length) = declared.filter(|length| *length > limit) {
        request.controller.abort();
        return Ok(Bounded::TooLong(length));
    }
    let method = |target: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(target, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    let body = js_sys::Reflect::get(response, &"body".into()).map_err(|_| LoadError::Network)?;
    let reader = method(&body, "getReader")
        .and_then(|get_reader| get_reader.call0(&body).ok())
        .ok_or(LoadError::Network)?;
    let read = method(&reader, "read").ok_or(LoadError::Network)?;
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let next = read.call0(&reader).map_err(|_| LoadError::Network)?;
        let chunk = JsFuture::from(js_sys::Promise::from(next))
            .await
            .map_err(|_| request.failed())?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|done| done.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) else {
            break;
        };
        let value = js_sys::Uint8Array::new(&value);
        let read_now = bytes.len() + value.length() as usize;
        if read_now > limit {
            if let Some(cancel) = method(&reader, "cancel") {
                let _ = cancel.call0(&reader);
            }
            request.controller.abort();
            return Ok(Bounded::TooLong(read_now));
        }
        bytes.extend(value.to_vec());
    }
    // As `Response.text()` decodes: invalid UTF-8 becomes U+FFFD.
    Ok(Bounded::Text(String::from_utf8_lossy(&bytes).into_owned()))
}

/// A request on its way: its response (headers read, body not yet), and what
/// cancels it, by hand or when its time is up. The timer lives as long as the
/// request, so reading the body is timed too.
struct Request {
    response: web_sys::Response,
    controller: web_sys::AbortController,
    timed_out: Rc<Cell<bool>>,
    timeout_seconds: u32,
    _timeout: gloo::timers::callback::Timeout,
}

impl Request {
    /// Sends the request for `url` (conditionally, with `validators`), never
    /// following a redirect, and waits for its response's headers.
    async fn send(
        url: &str,
        timeout_seconds: u32,
        validators: &Validators,
    ) -> Result<Request, LoadError> {
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
        let timeout = {
            let timed_out = timed_out.clone();
            let controller = controller.clone();
            gloo::timers::callback::Timeout::new(timeout_seconds.saturating_mul(1000), move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let promise = gloo::utils::window().fetch_with_str_and_init(url, &init);
        let response = JsFuture::from(promise).await;
        let request_failed = if timed_out.get() {
            LoadError::Timeout(timeout_seconds)
        } else {
            LoadError::Network
        };
        let response: web_sys::Response = response.map_err(|_| request_failed)?.unchecked_into();
        if response.status() != 304 && !response.ok() {
            return Err(LoadError::Status {
                code: response.status(),
                text: response.status_text(),
            });
        }
        Ok(Request {
            response,
            controller,
            timed_out,
            timeout_seconds,
            _timeout: timeout,
        })
    }

    /// Why reading failed: the time ran out, or the network.
    fn failed(&self) -> LoadError {
        if self.timed_out.get() {
            LoadError::Timeout(self.timeout_seconds)
        } else {
            LoadError::Network
        }
    }
}

/// Fetches `url` unless it is still the version `validators` names (then
/// [`Fetched::Unchanged`]), giving up after `timeout_seconds`.
pub async fn fetch_if_changed(
    url: &str,
    timeout_seconds: u32,
    validators: &Validators,
) -> Result<Fetched, LoadError> {
    let request = Request::send(url, timeout_seconds, validators).await?;
    let response = &request.response;
    if response.status() == 304 {
        return Ok(Fetched::Unchanged);
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let validators = Validators {
        etag: header("ETag"),
        last_modified: header("Last-Modified"),
    };
    let text = response.text().map_err(|_| request.failed())?;
    let text = JsFuture::from(text).await.map_err(|_| request.failed())?;
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
