//! The limits a content file must keep (README, "Limits").
//!
//! Each is far above what a news story needs and keeps the work of validating
//! a file, and the size of the page it makes, in proportion to the file. In a
//! file of their own, below everything else in the model, because the types
//! (their JSON Schema), the checker and the problems' wording all name them.

/// The largest content file, in bytes of UTF-8 JSON.
pub const MAX_CONTENT_BYTES: usize = 16_000_000;

/// The most quotes one explainer may have (each is a card on the page).
pub const MAX_QUOTES: usize = 5_000;

/// The most tracker items one explainer may have (each is a row of the
/// tracker, with its evidence and history): 20,000 once took half a minute to
/// go live (issue #32).
pub const MAX_TRACKER_ITEMS: usize = 1_000;

/// The longest `prefix` or `suffix` of a quote or evidence passage, in
/// characters: a few words are enough to tell places apart, and each is
/// compared at every place its words occur.
pub const MAX_PREFIX_SUFFIX_CHARS: usize = 500;

/// The longest id, in characters. An id names a folder of the built site
/// (`quote/<id>/`, and file systems refuse names over 255 bytes) and is part of
/// element ids and links; a slug of a few words is far shorter.
pub const MAX_ID_LEN: usize = 100;
