//! The Studio root's effects, one hook each, as the widget keeps its own
//! (`news_explainer::hooks`): the root composes them and renders.

mod autosave;
mod drafting;
mod undo_keys;

pub use autosave::use_autosave;
pub use drafting::{use_drafting, Drafting};
pub use undo_keys::use_undo_keys;
