//! The page URL: reading the fragment, following links, and hearing `hashchange`
//! (which also fires on back and forward).

use gloo::events::EventListener;

use crate::fragment::Fragment;

/// The current `location.hash`, with its `#`; empty when there is none.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The absolute URL of this page with `fragment` in place of any current one.
pub fn url_with(fragment: &Fragment) -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{fragment}")
}

/// Follows an in-widget link: a history entry, and a `hashchange` to act on.
/// Returns false when the URL already has this fragment (the browser then fires
/// no `hashchange`), so the caller acts on it directly.
pub fn follow(fragment: &Fragment) -> bool {
    let hash = fragment.to_string();
    if current_hash() == hash {
        return false;
    }
    gloo::utils::window().location().set_hash(&hash).is_ok()
}

/// Calls `onchange` with the new hash on every `hashchange`, until dropped.
pub fn on_hash_change(onchange: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        onchange(current_hash())
    })
}
