//! The Studio's client of the desk (`explainer desk`, README "The desk"): every
//! request of its JSON API as a typed value, every answer read into a typed value
//! or a [`DeskError`] typed by the API's `{ "error": { "kind", "message" } }`,
//! the three-way merge a conflict offers, and the saves kept in the browser
//! until the desk takes them.
//!
//! Only [`transport`] touches the browser (`fetch`); the rest is plain Rust,
//! tested natively. The public API, for the Studio's panels (and Publish):
//!
//! ```ignore
//! use explainer_studio::desk::{self, DeskRequest};
//! let user = desk::call(DeskRequest::me(), desk::read_user).await?;        // 200 → desk mode
//! let list = desk::call(DeskRequest::list("ceasefire"), desk::read_list).await?;
//! let saved = desk::call(DeskRequest::save(&id, base, &json), desk::read_saved).await;
//! if let Err(DeskError::Conflict(theirs)) = saved { /* desk::merge(base, mine, theirs) */ }
//! ```
//!
//! A request is built by a [`DeskRequest`] constructor (one per route), sent
//! by [`call`] with the `read_…` function of its answer. A new route means one
//! constructor and, if its answer is new, one type in [`types`] and one
//! `read_…`.

pub mod merge;
pub mod pending;
pub mod publications;
pub mod request;
pub mod state;
pub mod sync;
pub mod transport;
pub mod types;

pub use merge::{merge, Clash, Merge};
pub use pending::{retry_delay_ms, PendingSave};
pub use request::{
    decode, read_audit, read_diff, read_done, read_list, read_restored, read_revision,
    read_revisions, read_saved, read_user, refusal, Answer, DeskRequest, Method,
};
pub use state::{
    login_problem, status_name, status_words, Comparison, Conflict, DeskAction, DeskEvent,
    DeskState, Mode, AUDIT_PAGE,
};
pub use sync::{Link, Send, Sync, SyncStatus};
pub use transport::{call, send};
pub use types::{
    AuditEntry, Changes, DeskError, Diff, ErrorKind, ListChanges, Restored, Revision, RevisionMeta,
    Role, Saved, StatusChange, Summary, User,
};
