//! The reader coming back to the tab (`visibilitychange` to visible), and the
//! clock that spaces out what the widget does then.

use gloo::events::EventListener;

/// Calls `returned` each time the page becomes visible again, until the
/// returned listener is dropped.
pub fn on_return(returned: impl Fn() + 'static) -> EventListener {
    let document = gloo::utils::document();
    EventListener::new(&document.clone(), "visibilitychange", move |_| {
        if !document.hidden() {
            returned();
        }
    })
}

/// Milliseconds since the epoch, by the page's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
