//! The browser edge: everything that touches the page outside the component
//! tree (location and history, clipboard and share, scrolling and focus, the
//! parent frame, events for the host page, fetching content and interface
//! languages, the reader's record of what they have seen, the tab coming back
//! into view).
//!
//! Kept apart so the components stay plain Yew and render natively in tests;
//! every function here degrades to a no-op or an error value when the API it
//! needs is missing, never a panic.

pub mod clipboard;
pub mod console;
pub mod content_origin;
pub mod events;
pub mod fetch;
pub mod focus;
pub mod frame;
pub mod locale_files;
pub mod location;
pub mod new_version;
pub mod opened_early;
pub mod panic;
pub mod visibility;
pub mod visit_store;
