//! The root component's effects and its dispatcher, one custom hook each, so
//! that `ExplainerViews` reads as a list of what the widget does:
//! - [`use_fragment_navigation`]: follow the URL fragments this widget answers to;
//! - [`use_go_live`]: from the pre-rendered markup to the live widget, in a task
//!   of its own;
//! - [`use_bring_into_view`]: scroll, focus and flash what a link asked for;
//! - [`use_engagement_events`]: tell the host page what the reader does;
//! - [`use_reader_actions`]: the one dispatcher of [`ReaderAction`]s;
//! - [`use_embed_codes`]: the embed codes, once live;
//! - [`use_since_visit`]: what a returning reader has not seen, and the record
//!   of what they have;
//! - [`use_update_announcement`]: refreshed content announced politely;
//! - [`use_refresh_on_return`]: content from a URL fetched again when the
//!   reader comes back to the tab (for [`crate::components::remote_explainer`]).
//!
//! The rules they apply are plain functions elsewhere, tested natively: the
//! view state ([`crate::state`]), where to start ([`crate::navigation`]).
//! The hooks only wire those rules to the browser ([`crate::host`]). Effects
//! never run in server-side rendering.
//!
//! [`ReaderAction`]: crate::context::ReaderAction

mod bring_into_view;
mod embed_codes;
mod engagement_events;
mod fragment_navigation;
mod go_live;
mod reader_actions;
mod refresh_on_return;
mod since_visit;
mod update_announcement;

pub use bring_into_view::use_bring_into_view;
pub use embed_codes::use_embed_codes;
pub use engagement_events::use_engagement_events;
pub use fragment_navigation::use_fragment_navigation;
pub use go_live::{use_go_live, Live};
pub use reader_actions::use_reader_actions;
pub use refresh_on_return::{refresh_due, use_refresh_on_return, LastFetch, REFRESH_INTERVAL_MS};
pub use since_visit::{use_since_visit, SinceVisit};
pub use update_announcement::use_update_announcement;
