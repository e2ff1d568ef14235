//! The status vocabulary of the deal tracker.
//!
//! A fixed set, so every newsroom's tracker means the same thing by "claimed" or
//! "pledged", and so every status has an icon and a text label (the labels are
//! interface text, in `locales/`): colour is only ever an addition, never the
//! carrier of meaning.

use serde::{Deserialize, Serialize};

/// Where a negotiation item stands. Serialized as a kebab-case id (`"no-deal"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Both sides confirm it.
    Agreed,
    /// One side asserts it; the other has not confirmed.
    Claimed,
    /// Talks continue on it.
    InProgress,
    /// A side promised an action.
    Pledged,
    /// Put forward, not accepted.
    Proposed,
    /// Named as open.
    Unresolved,
    /// Explicitly not agreed.
    NoDeal,
}

impl Status {
    /// Every status, in the order the tracker summarises them: settled first, open last.
    pub const ALL: [Status; 7] = [
        Status::Agreed,
        Status::Claimed,
        Status::Pledged,
        Status::Proposed,
        Status::InProgress,
        Status::Unresolved,
        Status::NoDeal,
    ];

    /// The id used in content files, fragments and `data-status`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Agreed => "agreed",
            Status::Claimed => "claimed",
            Status::InProgress => "in-progress",
            Status::Pledged => "pledged",
            Status::Proposed => "proposed",
            Status::Unresolved => "unresolved",
            Status::NoDeal => "no-deal",
        }
    }

    /// Parses a status id; `None` for anything outside the vocabulary.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.id() == id)
    }

    /// A text glyph that tells the statuses apart without colour.
    pub fn icon(self) -> &'static str {
        match self {
            Status::Agreed => "✓",
            Status::Claimed => "!",
            Status::InProgress => "↻",
            Status::Pledged => "→",
            Status::Proposed => "?",
            Status::Unresolved => "…",
            Status::NoDeal => "✕",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for status in Status::ALL {
            assert_eq!(Status::from_id(status.id()), Some(status));
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.id()));
        }
    }

    #[test]
    fn unknown_ids_are_rejected() {
        assert_eq!(Status::from_id("done"), None);
        assert_eq!(Status::from_id("Agreed"), None);
        assert_eq!(Status::from_id(""), None);
    }

    #[test]
    fn icons_are_distinct() {
        let mut icons: Vec<_> = Status::ALL.iter().map(|s| s.icon()).collect();
        icons.sort();
        icons.dedup();
        assert_eq!(icons.len(), Status::ALL.len());
    }
}
