//! Fetching an interface language the reader's Wasm does not carry: its file,
//! `locales/<tag>.json`, which the build copies beside the Wasm.
//!
//! Why fetch rather than write the texts into the pre-rendered page: one way
//! serves all three modes. The widget's page in the content's language, the
//! same page (or its iframe) with `?locale=` asking for another, and an inline
//! embed on a host page all need the file; only the first could carry it, and
//! only for the one locale it was rendered in. Each file is cached on its own,
//! shared by every explainer in that language, and adds nothing to an English
//! page. The pre-render names the file in a `<link rel="preload">` on a page in
//! another language, so the browser fetches it beside the Wasm rather than after.
//!
//! The file is asked for at the widget's own address, not the page's: an inline
//! widget runs in a newsroom's article, whose folder holds no `locales/`. That
//! address is the folder of the Wasm, as `static/boot.js` resolves it on the
//! widget's page (and in its iframe), and the folder `embed.js` was loaded from
//! inline (`widget_url`).
//!
//! Each file is asked for once a page, however many widgets want it, and
//! parsed once; one that does not come, or is not a locale file, leaves English
//! with a console warning, and is not asked for again.

use std::cell::RefCell;

use crate::embedding::{widget_folder, Embedding, Placement};
use crate::host::{console, fetch, location};
use crate::strings::{FetchedFileError, Locale, MAX_FETCHED_BYTES};

/// Seconds a locale file has to arrive: meanwhile the reader has the
/// pre-rendered markup, or the placeholder's fallback content.
const TIMEOUT_SECONDS: u32 = 10;

/// Where the fetch of one locale's file stands.
enum Fetch {
    /// On its way, with what waits for it.
    Pending(Vec<Box<dyn FnOnce()>>),
    /// Over: installed (then the locale [`Locale::is_here`]) or given up on.
    Settled,
}

thread_local! {
    /// The fetch of each locale, by [`Locale`] as an index; none until asked for.
    static FETCHES: RefCell<[Option<Fetch>; 5]> = const { RefCell::new([const { None }; 5]) };
}

/// Runs `then` once `locale`'s texts are here: at once when they already are
/// (English always is, so an English page runs as if this were not here), else
/// once its file came from `widget_folder` (an absolute URL ending in `/`) or
/// failed to, when [`Locale::strings`] gives English. Callbacks, not a future:
/// the Wasm then carries no promise machinery for it.
pub fn when_here(locale: Locale, widget_folder: &str, then: impl FnOnce() + 'static) {
    if locale.is_here() {
        then();
    } else {
        wait_for(locale, widget_folder, Box::new(then));
    }
}

fn wait_for(locale: Locale, widget_folder: &str, then: Box<dyn FnOnce()>) {
    let run_now = FETCHES.with(|fetches| {
        let fetch = &mut fetches.borrow_mut()[locale as usize];
        match fetch {
            Some(Fetch::Pending(waiting)) => {
                waiting.push(then);
                None
            }
            // Given up on: English, and no second try.
            Some(Fetch::Settled) => Some(then),
            None => {
                *fetch = Some(Fetch::Pending(vec![then]));
                let url = file_url(locale, widget_folder);
                wasm_bindgen_futures::spawn_local(async move {
                    fetch_and_install(locale, &url).await;
                    let settled = FETCHES.with(|fetches| {
                        fetches.borrow_mut()[locale as usize].replace(Fetch::Settled)
                    });
                    if let Some(Fetch::Pending(waiting)) = settled {
                        waiting.into_iter().for_each(|then| then());
                    }
                });
                None
            }
        }
    });
    if let Some(then) = run_now {
        then();
    }
}

/// The folder the widget's files are served from, with its trailing `/`:
/// inline, the one `embed.js` passed; on the widget's own page and in its
/// iframe, the Wasm's, as `static/boot.js` resolved it.
pub fn folder(embedding: &Embedding) -> String {
    match (&embedding.placement, &embedding.widget_url) {
        (Placement::Inline(_), Some(url)) => url.clone(),
        _ => page_folder(),
    }
}

/// The folder of the Wasm on the widget's own page: `boot.js`'s
/// `data-explainer-wasm`, against the document's base URL as `boot.js` resolves
/// it; else the page's own folder.
pub fn page_folder() -> String {
    let document = gloo::utils::document();
    let wasm = document
        .query_selector("script[data-explainer-wasm]")
        .ok()
        .flatten()
        .and_then(|script| script.get_attribute("data-explainer-wasm"));
    let base = document
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(location::href);
    let wasm = wasm
        .and_then(|wasm| web_sys::Url::new_with_base(&wasm, &base).ok())
        .map(|url| url.href())
        .unwrap_or(base);
    widget_folder(&wasm).to_string()
}

/// `locales/<tag>.json` in `folder`.
fn file_url(locale: Locale, folder: &str) -> String {
    let name = format!("locales/{}.json", locale.tag());
    web_sys::Url::new_with_base(&name, folder)
        .map(|url| url.href())
        .unwrap_or(name)
}

/// Fetches and installs `locale`'s file, reading at most
/// [`MAX_FETCHED_BYTES`] of it: a longer one is cut off there, not read whole
/// and then measured.
async fn fetch_and_install(locale: Locale, url: &str) {
    let outcome = match fetch::fetch_at_most(url, TIMEOUT_SECONDS, MAX_FETCHED_BYTES).await {
        Ok(fetch::Bounded::Text(text)) => locale.install(&text).map_err(|error| error.to_string()),
        Ok(fetch::Bounded::TooLong(read)) => Err(FetchedFileError::TooLong(read).to_string()),
        Err(error) => Err(crate::strings::english().load_error(&error, url)),
    };
    if let Err(reason) = outcome {
        console::warn_locale_file(locale.tag(), url, &reason);
    }
}
