//! The Studio root's effects, one hook each, as the widget keeps its own
//! (`news_explainer::hooks`): the root composes them and renders.

mod autosave;
mod desk;
mod undo_keys;

pub use autosave::use_autosave;
pub use desk::{use_desk, DeskStore};
pub use undo_keys::use_undo_keys;
