//! Engagement events for the host page, without trackers: a DOM `CustomEvent`
//! named `news-explainer:<name>` on the widget (bubbling, and composed so that
//! it leaves a Shadow DOM and reaches the placeholder element), and in a frame
//! the same event as a message to the parent, which `embed.js` dispatches on
//! its placeholder. No cookies, no requests.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use crate::embedding::{EngagementEvent, Placement};
use crate::host::frame;

/// Tells the host page what the reader did, from `root` (the widget's element).
pub fn emit(root: &web_sys::Element, placement: &Placement, event: &EngagementEvent) {
    let detail = Object::new();
    for (key, value) in event.detail() {
        let _ = Reflect::set(&detail, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    let name = format!("news-explainer:{}", event.name());
    if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(&name, &init) {
        let _ = root.dispatch_event(&custom);
    }
    if let Placement::Frame(params) = placement {
        frame::send_event(params, event);
    }
}
