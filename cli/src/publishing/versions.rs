//! The record of an explainer's publishes, kept in the target beside the site:
//! `_versions/<slug>/versions.json` lists every version (number, time, who,
//! which source), and `_versions/<slug>/<number>/` keeps that version's content
//! (`explainer.json`) and the list of the files it wrote (`files.txt`), so any
//! version can be published again, and the next publish knows which files of
//! the last one to remove.
//!
//! The record lives outside `<slug>/`, the folder readers are sent to, so that
//! unpublishing takes the content away from the explainer's address too; a
//! bucket behind a CDN should not serve `_versions/` at all (README,
//! "Publishing").

use serde::{Deserialize, Serialize};

/// Where the records of all explainers are kept, under the target's root.
pub const RECORDS: &str = "_versions";

/// `_versions/<slug>/versions.json`.
pub fn history_key(slug: &str) -> String {
    format!("{RECORDS}/{slug}/versions.json")
}

/// `_versions/<slug>/<number>/explainer.json`: the content a version was built from.
pub fn content_key(slug: &str, number: u32) -> String {
    format!("{RECORDS}/{slug}/{number}/explainer.json")
}

/// `_versions/<slug>/<number>/files.txt`: the files a version wrote, one a
/// line as `<sha256> <path>` (relative to `<slug>/`), so the next publish
/// writes only what changed and removes what is gone.
pub fn files_key(slug: &str, number: u32) -> String {
    format!("{RECORDS}/{slug}/{number}/files.txt")
}

/// `<slug>/unpublished.json`: present while the explainer is unpublished, for
/// a server (the desk) that answers HTTP 410 for the slug's pages then.
pub fn marker_key(slug: &str) -> String {
    format!("{slug}/unpublished.json")
}

/// Every publish of one explainer, and which is live.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    /// The explainer's slug: its folder under the target.
    pub slug: String,
    /// The version readers see; `None` before the first publish and after an unpublish.
    pub current: Option<u32>,
    /// Every version published, oldest first.
    pub versions: Vec<Version>,
    /// When and by whom it was unpublished, while it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unpublished: Option<Unpublished>,
}

/// One publish.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// 1, 2, 3…, never reused.
    pub number: u32,
    /// When it went live, UTC, RFC 3339.
    pub time: String,
    /// Who published it (`--by`, default the user's login name).
    pub by: String,
    /// Which content it was built from.
    pub source: Source,
    /// The site options it was built with, so a restore builds it alike.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_url: Option<String>,
    /// Origins `?src=` may load explainers from on its pages.
    #[serde(default)]
    pub content_origins: Vec<String>,
    /// Whether it has share pages and cards.
    pub share_pages: bool,
    /// Whether it has `.gz` and `.br` copies.
    pub precompress: bool,
    /// How many files it wrote.
    pub files: usize,
    /// The version it republished, for `explainer publish --restore`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_from: Option<u32>,
}

/// Which content a version was built from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The file it was published from, as given (none for a restore or the desk).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The SHA-256 of the content, hex: equal hashes, equal content.
    pub sha256: String,
    /// A revision the publisher named (`--revision`: a commit, the desk's revision).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
}

/// An unpublish.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unpublished {
    /// When, UTC, RFC 3339.
    pub time: String,
    /// Who.
    pub by: String,
    /// The version that was live until then.
    pub version: Option<u32>,
}

impl History {
    /// A version by its number.
    pub fn version(&self, number: u32) -> Option<&Version> {
        self.versions
            .iter()
            .find(|version| version.number == number)
    }

    /// The number the next publish gets.
    pub fn next_number(&self) -> u32 {
        self.versions.iter().map(|v| v.number).max().unwrap_or(0) + 1
    }
}

/// The SHA-256 of `bytes`, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Now, UTC, as RFC 3339 to the second (`2026-12-07T18:40:00Z`).
pub fn now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    rfc3339(seconds)
}

/// Seconds since 1970 as an RFC 3339 UTC time: Howard Hinnant's days-to-civil,
/// rather than a date crate for one line of the record.
fn rfc3339(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3_600,
        rest % 3_600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_755_216_000 + 3_723), "2025-08-15T01:02:03Z");
    }

    #[test]
    fn numbers_are_never_reused() {
        let mut history = History::default();
        assert_eq!(history.next_number(), 1);
        for number in [1, 2, 5] {
            history.versions.push(Version {
                number,
                time: now(),
                by: "a".into(),
                source: Source {
                    file: None,
                    sha256: String::new(),
                    revision: None,
                },
                site_url: None,
                content_origins: Vec::new(),
                share_pages: true,
                precompress: true,
                files: 0,
                restored_from: None,
            });
        }
        assert_eq!(history.next_number(), 6);
    }
}
