//! The Studio root's effects, one hook each, as the widget keeps its own
//! (`news_explainer::hooks`): the root composes them and renders.

mod after_draw;
mod autosave;
mod checked;
mod derived_draft;
mod desk;
mod drafting;
mod undo_keys;

pub use after_draw::use_after_draw;
pub use autosave::use_autosave;
pub use checked::use_checked;
pub use derived_draft::{use_derived_draft, DerivedDraft};
pub use desk::{use_desk, DeskStore};
pub use drafting::{use_drafting, Drafting};
pub use undo_keys::use_undo_keys;
