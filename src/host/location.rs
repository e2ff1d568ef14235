//! The page URL: reading the fragment, following links, and hearing it change
//! (`popstate` and `hashchange`, which also fire on back and forward). Which of these a widget may use
//! depends on where it runs ([`crate::embedding::Placement`]).

use gloo::events::EventListener;

use crate::fragment::Fragment;

/// The current `location.hash`, with its `#`; empty when there is none.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The absolute URL of the page the code runs in (the host page, when mounted
/// inline; the widget page, in a frame).
pub fn href() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// The page as a returning reader's record names it
/// ([`crate::model::since_visit::storage_key`]): its origin and path, and the
/// content's address when `?src=` gives one (the rest of the query and the
/// fragment change nothing of what is shown).
pub fn page_for_records() -> String {
    let location = gloo::utils::window().location();
    let page = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    match query_param("src").and_then(|src| resolve(&src)) {
        Some(src) => format!("{page}?src={src}"),
        None => page,
    }
}

/// The value of a query parameter of this page's URL, decoded.
pub fn query_param(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Resolves a possibly relative URL against this page; `None` when it cannot be.
pub fn resolve(url: &str) -> Option<String> {
    web_sys::Url::new_with_base(url, &href())
        .ok()
        .map(|url| url.href())
}

/// Follows an in-widget link on the widget's own page: a history entry, and a
/// fragment change for [`on_hash_change`] to report. Returns false when the URL already has this fragment
/// (the browser then fires no `hashchange`), so the caller acts on it directly.
pub fn follow(fragment: &Fragment) -> bool {
    let hash = fragment.to_string();
    if current_hash() == hash {
        return false;
    }
    gloo::utils::window().location().set_hash(&hash).is_ok()
}

/// Calls `onchange` with the new hash whenever the fragment changes (a link, a
/// script setting `location.hash`, back and forward), until dropped.
///
/// It listens to `popstate` as well as `hashchange`. Browsers fire `popstate`
/// during the fragment navigation itself and queue `hashchange` for later, often
/// after painting a frame with the old state at the browser's own scroll to the
/// fragment; answering `popstate` renders the new state before that frame, so a
/// followed link costs one frame, not two. `hashchange` stays for anything that
/// changes the fragment without `popstate`; each hash is reported once.
pub fn on_hash_change(onchange: impl Fn(String) + 'static) -> [EventListener; 2] {
    let window = gloo::utils::window();
    let last = std::rc::Rc::new(std::cell::RefCell::new(current_hash()));
    let onchange = std::rc::Rc::new(onchange);
    let listen = |event: &'static str| {
        let (last, onchange) = (last.clone(), onchange.clone());
        EventListener::new(&window, event, move |_| {
            let hash = current_hash();
            if *last.borrow() != hash {
                *last.borrow_mut() = hash.clone();
                onchange(hash);
            }
        })
    };
    [listen("popstate"), listen("hashchange")]
}
