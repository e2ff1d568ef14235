//! The browser console, for what a developer embedding the widget should hear
//! about but a reader should not see: a locale the build does not ship, or
//! whose file did not load.

/// Says that no interface language matches `tag`, so the widget is in English.
pub fn warn_unmatched_locale(tag: &str) {
    let message = format!(
        "News explainer: no interface language matches the locale “{tag}”; showing English. \
         Available: en, ru, uk, fr, ar."
    );
    web_sys::console::warn_1(&message.into());
}

/// Says that the file of the locale `tag`, at `url`, was not used, and why, so
/// the widget is in English.
pub fn warn_locale_file(tag: &str, url: &str, reason: &str) {
    let message = format!(
        "News explainer: the interface language “{tag}” did not load from {url} ({reason}); \
         showing English."
    );
    web_sys::console::warn_1(&message.into());
}
