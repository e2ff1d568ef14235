//! Content from a URL, refreshed when the reader comes back to the tab: a
//! conditional request ([`crate::host::fetch::fetch_if_changed`]), at most
//! once a minute, so an unchanged file costs a `304` and changes nothing. A
//! failed refresh (offline, an error status, a timeout) is noted on the
//! console's debug level and otherwise kept quiet: the last good content stays.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::host::fetch::{self, Fetched, Validators};
use crate::host::visibility;

/// The least time between two requests for the file (the first load counts),
/// so flicking between tabs does not fetch it every time.
pub const REFRESH_INTERVAL_MS: f64 = 60_000.0;

/// The file as last fetched: its text, what identifies its version, and when
/// it was last asked for.
#[derive(Clone, Debug, Default)]
pub struct LastFetch {
    /// The text last received.
    pub text: String,
    /// Its `ETag` and `Last-Modified`.
    pub validators: Validators,
    /// When the last request started (milliseconds since the epoch).
    pub requested_at: f64,
    /// A request is on its way.
    pub in_flight: bool,
}

/// True when a refresh may start: none on its way, and the last request
/// started at least [`REFRESH_INTERVAL_MS`] ago (or the clock went back).
pub fn refresh_due(last: &LastFetch, now_ms: f64) -> bool {
    let elapsed = now_ms - last.requested_at;
    !last.in_flight && !(0.0..REFRESH_INTERVAL_MS).contains(&elapsed)
}

/// While `listening`, refetches `url` each time the reader returns to the tab
/// and the last request is old enough; `changed` gets the text of a version
/// other than the last one (validating it is the caller's).
#[hook]
pub fn use_refresh_on_return(
    url: String,
    timeout_seconds: u32,
    listening: bool,
    last: Rc<RefCell<LastFetch>>,
    changed: Callback<String>,
) {
    use_effect_with((url, listening), move |(url, listening)| {
        let listener = listening.then(|| {
            let url = url.clone();
            visibility::on_return(move || {
                let now = visibility::now_ms();
                let validators = {
                    let mut last = last.borrow_mut();
                    if !refresh_due(&last, now) {
                        return;
                    }
                    last.in_flight = true;
                    last.requested_at = now;
                    last.validators.clone()
                };
                let (url, last, changed) = (url.clone(), last.clone(), changed.clone());
                yew::platform::spawn_local(async move {
                    let fetched = fetch::fetch_if_changed(&url, timeout_seconds, &validators).await;
                    let mut kept = last.borrow_mut();
                    kept.in_flight = false;
                    match fetched {
                        Ok(Fetched::Content { text, validators }) => {
                            kept.validators = validators;
                            if text != kept.text {
                                kept.text = text.clone();
                                drop(kept);
                                changed.emit(text);
                            }
                        }
                        Ok(Fetched::Unchanged) => {}
                        Err(error) => web_sys::console::debug_1(
                            &format!(
                                "News explainer: {} Keeping what is shown.",
                                crate::strings::english().load_error(&error, &url)
                            )
                            .into(),
                        ),
                    }
                });
            })
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_waits_a_minute_and_for_the_one_on_its_way() {
        let last = LastFetch {
            requested_at: 1_000_000.0,
            ..LastFetch::default()
        };
        assert!(!refresh_due(&last, 1_000_000.0 + 59_999.0));
        assert!(refresh_due(&last, 1_000_000.0 + 60_000.0));
        // A clock set back is no reason never to refresh again.
        assert!(refresh_due(&last, 0.0));
        let busy = LastFetch {
            in_flight: true,
            ..last
        };
        assert!(!refresh_due(&busy, 1_000_000.0 + 120_000.0));
    }
}
