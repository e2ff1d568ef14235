//! Saves the desk has not acknowledged yet: a change made offline, or while the
//! desk is down or its disk full, is kept in the browser (by explainer id, with
//! the revision it started from) and sent again with a growing wait until the
//! desk takes it. Nothing is dropped: a kept save leaves only when the desk
//! acknowledged it, or when the journalist resolved a conflict over it. Plain
//! Rust; the browser's storage of it is [`crate::browser`]'s.

use serde::{Deserialize, Serialize};

/// A save kept in the browser until the desk takes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingSave {
    /// The explainer's id on the desk.
    pub id: String,
    /// The revision the change started from: the save's `If-Match`.
    pub base: i64,
    /// The explainer's JSON as last edited.
    pub content: String,
}

impl PendingSave {
    /// The kept save from its stored JSON (`None` if missing or damaged).
    pub fn parse(json: Option<&str>) -> Option<PendingSave> {
        serde_json::from_str(json?).ok()
    }

    /// As JSON, to keep.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// How long to wait before the `attempt`th try again (the first is 0): 1 s,
/// 2 s, 4 s… up to 30 s, so a desk back from a restart hears within half a
/// minute and a desk down for long is not hammered.
pub fn retry_delay_ms(attempt: u32) -> u32 {
    1000u32.saturating_mul(1 << attempt.min(5)).min(30_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_save_round_trips_and_a_damaged_one_is_none() {
        let kept = PendingSave {
            id: "abc".into(),
            base: 4,
            content: "{\"article\":{}}".into(),
        };
        assert_eq!(PendingSave::parse(Some(&kept.to_json())), Some(kept));
        assert_eq!(PendingSave::parse(Some("{")), None);
        assert_eq!(PendingSave::parse(None), None);
    }

    #[test]
    fn the_wait_grows_and_is_capped() {
        let waits: Vec<u32> = (0..8).map(retry_delay_ms).collect();
        assert_eq!(waits, [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    }
}
