//! Talking to the host page from inside an iframe: the height, scrolling the host
//! to a place in the widget, engagement events, and the host's messages.
//!
//! Every message goes out in three dialects, since the widget cannot know which
//! parent placed it: our own (`news-explainer:*` objects, read by
//! `static/embed.js`), pym.js's strings (only under a pym.js parent, which passes
//! `childId`), and AMP's `embed-size`. Messages go only to the host's origin
//! when its URL is known. Incoming messages are accepted only from the parent
//! window (and its origin, when known) and in exactly the expected shape.
//! The protocol is documented in `docs/EMBEDDING.md`.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::embedding::{EngagementEvent, FrameParams};
use crate::host::location;

/// The prefix of our own message types.
const PREFIX: &str = "news-explainer:";

/// The parameters of this page when it runs in an iframe; `None` on a page of its own.
pub fn detect() -> Option<FrameParams> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    if JsValue::from(parent) == JsValue::from(window) {
        return None;
    }
    let names = [
        "embed",
        "childId",
        "parentUrl",
        "initialWidth",
        "keepParams",
    ];
    Some(FrameParams::from_pairs(names.into_iter().filter_map(
        |name| location::query_param(name).map(|value| (name, value)),
    )))
}

fn post(params: &FrameParams, message: &JsValue) {
    let window = gloo::utils::window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let origin = params.parent_origin().unwrap_or_else(|| "*".into());
    // A parent at another origin than the one named drops the message: that is
    // the point of naming it.
    let _ = parent.post_message(message, &origin);
}

/// One of our messages: `{type: "news-explainer:<kind>", embed, ...fields}`.
fn message(params: &FrameParams, kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    };
    set("type", &JsValue::from_str(&format!("{PREFIX}{kind}")));
    set(
        "embed",
        &params
            .embed
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str),
    );
    for (key, value) in fields {
        set(key, value);
    }
    object.into()
}

/// Tells every kind of parent the widget's height in CSS pixels.
pub fn send_height(params: &FrameParams, height: u32) {
    post(
        params,
        &message(params, "height", &[("height", JsValue::from(height))]),
    );
    let amp = Object::new();
    let _ = Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = Reflect::set(&amp, &"height".into(), &JsValue::from(height));
    post(params, &amp.into());
    if let Some(pym) = params.pym_message("height", &height.to_string()) {
        post(params, &JsValue::from_str(&pym));
    }
}

/// Asks the parent to scroll so that `element` (inside the widget) is in view.
///
/// The height goes first: the render that opened the element may have grown the
/// widget, and a parent that scrolled before resizing the iframe would stop short
/// at the bottom of a page that is not yet long enough (messages arrive in order).
pub fn scroll_parent_to(params: &FrameParams, element: &web_sys::Element) {
    send_height(params, document_height());
    let window = gloo::utils::window();
    let top = element.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
    let top = top.max(0.0).round() as u32;
    post(
        params,
        &message(params, "scroll", &[("top", JsValue::from(top))]),
    );
    if let Some(pym) = params.pym_message("scrollToChildPos", &top.to_string()) {
        post(params, &JsValue::from_str(&pym));
    }
}

/// Tells the parent what the reader did.
pub fn send_event(params: &FrameParams, event: &EngagementEvent) {
    let detail = Object::new();
    for (key, value) in event.detail() {
        let _ = Reflect::set(&detail, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    post(
        params,
        &message(
            params,
            "event",
            &[
                ("name", JsValue::from_str(event.name())),
                ("detail", detail.into()),
            ],
        ),
    );
}

/// The height of the widget's document: the `<html>` element's box, which, unlike
/// `scrollHeight`, does not stretch to the iframe and so can shrink again.
fn document_height() -> u32 {
    gloo::utils::document()
        .document_element()
        .map_or(0, |html| {
            html.get_bounding_client_rect().height().ceil() as u32
        })
}

/// Keeps the parent told of the widget's height for as long as the page lives:
/// on every change of the document's size (a card opening, a view switching,
/// fonts arriving, the width changing, a loading message turning into the
/// explainer or an error) and whenever a pym.js parent sends a new width.
/// Started once per framed page, before any content, by [`crate::mount_default`].
pub fn report_heights(params: FrameParams) {
    let last = Rc::new(Cell::new(0_u32));
    let report = {
        let params = params.clone();
        Rc::new(move |force: bool| {
            let height = document_height();
            if force || height != last.get() {
                last.set(height);
                send_height(&params, height);
            }
        })
    };
    {
        let report = report.clone();
        let callback = Closure::<dyn FnMut()>::new(move || report(false));
        if let (Ok(observer), Some(html)) = (
            web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
            gloo::utils::document().document_element(),
        ) {
            observer.observe(&html);
        }
        // The observer calls it until the page goes away.
        callback.forget();
    }
    let window = gloo::utils::window();
    EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        // pym.js: a new width means our height may have changed.
        let width = event
            .data()
            .as_string()
            .and_then(|text| params.pym_width(&text));
        if width.is_some() && from_parent(&params, event) {
            report(true);
        }
    })
    .forget();
}

/// Calls `onnavigate` with the fragment of every `news-explainer:navigate`
/// message from the parent (a host `hashchange`), until dropped.
pub fn on_navigate(params: FrameParams, onnavigate: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if from_parent(&params, event) {
            if let Some(hash) = navigate_hash(&params, &event.data()) {
                onnavigate(hash);
            }
        }
    })
}

/// True when a message comes from the parent window, and from the host's origin
/// when that is known.
fn from_parent(params: &FrameParams, event: &web_sys::MessageEvent) -> bool {
    let window = gloo::utils::window();
    let Some(parent) = window.parent().ok().flatten() else {
        return false;
    };
    let from_parent = event
        .source()
        .is_some_and(|source| JsValue::from(source) == JsValue::from(parent));
    let origin_ok = params
        .parent_origin()
        .is_none_or(|origin| event.origin() == origin);
    from_parent && origin_ok
}

/// The fragment of a `{type: "news-explainer:navigate", embed, hash}` message
/// meant for this widget; `None` for anything else.
fn navigate_hash(params: &FrameParams, data: &JsValue) -> Option<String> {
    if !data.is_object() {
        return None;
    }
    let field = |key: &str| Reflect::get(data, &JsValue::from_str(key)).ok();
    let kind = field("type")?.as_string()?;
    if kind != format!("{PREFIX}navigate") {
        return None;
    }
    let embed = field("embed").and_then(|value| value.as_string());
    if embed != params.embed {
        return None;
    }
    let hash = field("hash")?.as_string()?;
    // A fragment is short; anything long is not one of ours.
    (hash.len() <= 512).then_some(hash)
}
