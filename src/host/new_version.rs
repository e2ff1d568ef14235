//! A published page learning of a republish while it is open (issue 27).
//!
//! `explainer publish` and the desk write the explainer's JSON beside the page
//! (`content.json`) and name it in `<meta name="explainer-updates">`. While
//! the page is visible, it asks for that file with a conditional request
//! ([`fetch::fetch_if_changed`]: `If-None-Match` / `If-Modified-Since`, so
//! an unchanged file costs a 304), once a minute at most; a failed request
//! doubles the wait (up to half an hour); a hidden page asks nothing, and asks
//! again on return only when the wait is over. When the file is a new, valid
//! version, the page does not change under the reader: a polite
//! "Updated: show the new version" appears above the widget, and its click
//! loads the page again, where the returning reader's marks ("Changed",
//! "New") show what moved. Then the page stops asking.
//!
//! Content from a URL (`?src=`, `data-src`) keeps its own refresh, on return
//! to the tab ([`crate::hooks::use_refresh_on_return`]); a page without the
//! `<meta>` (an `explainer build` site, the bundled default) never asks.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use crate::components::app::AppProps;
use crate::content::fingerprint;
use crate::host::fetch::{self, Fetched, Validators};
use crate::host::visibility;

/// The `<meta name>` that names the file to ask for.
pub const UPDATES_META: &str = "explainer-updates";
/// The least wait between two requests (the page's own load counts).
pub const CHECK_INTERVAL_MS: u32 = 60_000;
/// The longest wait after failures.
pub const MAX_BACKOFF_MS: u32 = 30 * 60_000;
/// Seconds a request may take.
const TIMEOUT_SECONDS: u32 = 15;

/// The wait before the next request: a minute after an answer, twice the last
/// wait after a failure (at most [`MAX_BACKOFF_MS`]).
pub fn next_delay(current: u32, failed: bool) -> u32 {
    if failed {
        current
            .saturating_mul(2)
            .clamp(CHECK_INTERVAL_MS, MAX_BACKOFF_MS)
    } else {
        CHECK_INTERVAL_MS
    }
}

/// The absolute URL of the file the page's `<meta>` names, if it names one.
pub fn updates_url() -> Option<String> {
    let document = gloo::utils::document();
    let meta = document
        .query_selector(&format!("meta[name=\"{UPDATES_META}\"]"))
        .ok()
        .flatten()?;
    let file = meta.get_attribute("content").filter(|c| !c.is_empty())?;
    let base = document.base_uri().ok().flatten()?;
    web_sys::Url::new_with_base(&file, &base)
        .ok()
        .map(|url| url.href())
}

/// What the watch knows between requests.
struct Watch {
    url: String,
    /// The fingerprint of the content the page shows.
    shown: String,
    validators: Validators,
    delay: u32,
    requested_at: f64,
    in_flight: bool,
    timer: Option<Timeout>,
    /// The offer is shown: nothing more to ask.
    offered: bool,
    /// The offer's words, in the page's interface language.
    label: &'static str,
    /// The widget's root, which the offer goes above.
    root: web_sys::Element,
}

/// Starts watching `url` for a version other than the one whose fingerprint
/// is `shown`, for the life of the page; `label` is the offer's button.
pub fn watch(url: String, shown: String, label: &'static str, root: web_sys::Element) {
    let watch = Rc::new(RefCell::new(Watch {
        url,
        shown,
        validators: Validators::default(),
        delay: CHECK_INTERVAL_MS,
        requested_at: visibility::now_ms(),
        in_flight: false,
        timer: None,
        offered: false,
        label,
        root,
    }));
    schedule(&watch, CHECK_INTERVAL_MS);
    let returned = watch.clone();
    visibility::on_return(move || {
        let due = {
            let w = returned.borrow();
            if w.offered || w.in_flight {
                return;
            }
            let elapsed = visibility::now_ms() - w.requested_at;
            // A clock set back counts as due.
            (f64::from(w.delay) - elapsed).max(0.0) as u32
        };
        schedule(&returned, due);
    })
    // For the life of the page.
    .forget();
}

/// Asks again after `after_ms`, replacing any request already planned.
fn schedule(watch: &Rc<RefCell<Watch>>, after_ms: u32) {
    let next = watch.clone();
    let timer = Timeout::new(after_ms, move || check(&next));
    watch.borrow_mut().timer = Some(timer);
}

/// One request, if the page is visible; a hidden page waits for its return.
fn check(watch: &Rc<RefCell<Watch>>) {
    let (url, validators) = {
        let mut w = watch.borrow_mut();
        w.timer = None;
        if w.offered || w.in_flight || gloo::utils::document().hidden() {
            return;
        }
        w.in_flight = true;
        w.requested_at = visibility::now_ms();
        (w.url.clone(), w.validators.clone())
    };
    let watch = watch.clone();
    yew::platform::spawn_local(async move {
        let fetched = fetch::fetch_if_changed(&url, TIMEOUT_SECONDS, &validators).await;
        let newer = {
            let mut w = watch.borrow_mut();
            w.in_flight = false;
            w.delay = next_delay(w.delay, fetched.is_err());
            match fetched {
                Ok(Fetched::Content { text, validators }) => {
                    w.validators = validators;
                    // Only a valid version is offered; an invalid one is
                    // the newsroom's to fix, and the reader keeps this one.
                    fingerprint(&text) != w.shown && AppProps::from_json(&text).content.is_ok()
                }
                Ok(Fetched::Unchanged) => false,
                Err(_) => false,
            }
        };
        if newer {
            offer(&watch);
        } else {
            let delay = watch.borrow().delay;
            schedule(&watch, delay);
        }
    });
}

/// Shows the offer above the widget: a button that loads the new version.
fn offer(watch: &Rc<RefCell<Watch>>) {
    let mut w = watch.borrow_mut();
    w.offered = true;
    let document = gloo::utils::document();
    let (Ok(region), Ok(button), Some(parent)) = (
        document.create_element("div"),
        document.create_element("button"),
        w.root.parent_node(),
    ) else {
        return;
    };
    region.set_class_name("new-version");
    let _ = region.set_attribute("role", "status");
    let _ = button.set_attribute("type", "button");
    button.set_class_name("new-version__button");
    button.set_text_content(Some(w.label));
    gloo::events::EventListener::new(&button, "click", |_| {
        let _ = gloo::utils::window().location().reload();
    })
    .forget();
    let _ = region.append_child(&button);
    let _ = parent.insert_before(&region, Some(w.root.as_ref()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minute_after_an_answer_and_doubling_after_failures() {
        assert_eq!(next_delay(CHECK_INTERVAL_MS, false), CHECK_INTERVAL_MS);
        assert_eq!(next_delay(CHECK_INTERVAL_MS, true), 2 * CHECK_INTERVAL_MS);
        assert_eq!(
            next_delay(4 * CHECK_INTERVAL_MS, true),
            8 * CHECK_INTERVAL_MS
        );
        assert_eq!(next_delay(MAX_BACKOFF_MS, true), MAX_BACKOFF_MS);
        assert_eq!(next_delay(u32::MAX, true), MAX_BACKOFF_MS);
        assert_eq!(
            next_delay(MAX_BACKOFF_MS, false),
            CHECK_INTERVAL_MS,
            "back to a minute"
        );
    }
}
