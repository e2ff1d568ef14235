//! Keeping the open explainer in step with the desk, as a plain state machine
//! the autosave hook drives: what the desk has (the [`Link`]: id, revision,
//! content), what the journalist has now, and one request in flight at a time.
//! Each change is sent as a save over the revision it started from; a change
//! made while a save is in flight goes once that one is answered; a save the
//! desk could not take (no answer, 5xx, a full disk) is tried again with a
//! growing wait; a conflict stops everything until the journalist chooses.

use super::pending::retry_delay_ms;
use super::types::DeskError;

/// The desk's copy of the open explainer: what the next save starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Its id on the desk.
    pub id: String,
    /// Its current revision there (the next save's `If-Match`).
    pub revision: i64,
    /// Its content at that revision: the base of a merge, and how the Studio
    /// knows there is nothing to send.
    pub content: String,
}

/// Where the open explainer stands with the desk, for the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncStatus {
    /// Nothing sent yet, or nothing to send.
    Idle,
    /// A save is on its way.
    Sending,
    /// The desk has every change (this revision).
    Saved(i64),
    /// The desk could not take the change: it is kept in this browser and sent
    /// when the desk is back.
    Kept {
        /// Why, in words.
        reason: String,
        /// Milliseconds until the next try.
        retry_in: u32,
    },
    /// Someone else saved first: the journalist chooses (merge, copy, theirs).
    Conflict,
    /// The desk refused the change for good (not an explainer, too large, no
    /// session): it is kept in this browser; the reason says what to do.
    Refused(String),
}

/// What to send next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Send {
    /// A new explainer on the desk, from this content.
    Create(String),
    /// A new revision of `id` over `base`.
    Save {
        /// The explainer.
        id: String,
        /// The revision the change started from.
        base: i64,
        /// The content.
        content: String,
    },
}

/// The open explainer's sync with the desk.
#[derive(Clone, Debug, PartialEq)]
pub struct Sync {
    /// What the desk has, once it has it.
    pub link: Option<Link>,
    /// The journalist's content now (`None`: nothing to keep, e.g. an empty
    /// Studio or a file being repaired).
    pub wanted: Option<String>,
    /// A request is in flight: no other starts until it is answered.
    pub in_flight: bool,
    /// Failed tries in a row, for the wait before the next.
    pub attempt: u32,
    /// For the status line.
    pub status: SyncStatus,
    /// Counts [`Sync::reset`]s: an answer to a request sent before one is
    /// about another explainer and changes nothing here.
    pub epoch: u32,
    /// The Studio's id of the draft this is for (before the desk gave it one,
    /// the draft's own; see [`Sync::is_for`]).
    pub draft_id: String,
}

impl Default for Sync {
    fn default() -> Sync {
        Sync {
            link: None,
            wanted: None,
            in_flight: false,
            attempt: 0,
            status: SyncStatus::Idle,
            epoch: 0,
            draft_id: String::new(),
        }
    }
}

impl Sync {
    /// A sync for an explainer opened from the desk at `link`.
    pub fn opened(link: Link) -> Sync {
        Sync {
            status: SyncStatus::Saved(link.revision),
            wanted: Some(link.content.clone()),
            draft_id: link.id.clone(),
            link: Some(link),
            ..Sync::default()
        }
    }

    /// Another explainer is open (`link`: from the desk; `None`: not on it
    /// yet): what was in step with the last one is forgotten.
    pub fn reset(&mut self, link: Option<Link>, draft_id: &str) {
        let epoch = self.epoch.wrapping_add(1);
        *self = match link {
            Some(link) => Sync::opened(link),
            None => Sync::default(),
        };
        self.epoch = epoch;
        self.draft_id = draft_id.to_string();
    }

    /// True when this sync is for the Studio's draft `draft_id`: the id it was
    /// opened or started with, or the id the desk gave it since.
    pub fn is_for(&self, draft_id: &str) -> bool {
        self.draft_id == draft_id || self.link.as_ref().is_some_and(|link| link.id == draft_id)
    }

    /// The id the desk knows the draft by, or (before its first save) the
    /// Studio's: where the browser keeps what the desk has not taken.
    pub fn keeping_id(&self) -> &str {
        self.link.as_ref().map_or(&self.draft_id, |link| &link.id)
    }

    /// The revision the next save starts from (0: not on the desk yet).
    pub fn base(&self) -> i64 {
        self.link.as_ref().map_or(0, |link| link.revision)
    }

    /// The journalist's content changed.
    pub fn want(&mut self, content: Option<String>) {
        self.wanted = content;
    }

    /// The request to send now, if any, marking it in flight. Nothing while one
    /// is in flight, during a conflict, or when the desk has the content.
    pub fn to_send(&mut self) -> Option<Send> {
        if self.in_flight || self.status == SyncStatus::Conflict {
            return None;
        }
        let content = self.wanted.clone()?;
        let send = match &self.link {
            None => Send::Create(content),
            Some(link) if link.content == content => return None,
            Some(link) => Send::Save {
                id: link.id.clone(),
                base: link.revision,
                content,
            },
        };
        self.in_flight = true;
        self.status = SyncStatus::Sending;
        Some(send)
    }

    /// The desk took `content` as revision `revision` of `id`.
    pub fn acknowledged(&mut self, id: String, revision: i64, content: String) {
        self.in_flight = false;
        self.attempt = 0;
        self.link = Some(Link {
            id,
            revision,
            content,
        });
        self.status = SyncStatus::Saved(revision);
    }

    /// The desk did not take the last request. Returns the wait before trying
    /// again, when it is worth trying again by itself.
    pub fn failed(&mut self, error: &DeskError) -> Option<u32> {
        self.in_flight = false;
        match error {
            DeskError::Conflict(_) => {
                self.status = SyncStatus::Conflict;
                None
            }
            error if error.is_transient() => {
                let retry_in = retry_delay_ms(self.attempt);
                self.attempt += 1;
                self.status = SyncStatus::Kept {
                    reason: error.message(),
                    retry_in,
                };
                Some(retry_in)
            }
            error => {
                self.status = SyncStatus::Refused(error.message());
                None
            }
        }
    }

    /// The conflict is resolved: the Studio now holds `content`, to be saved
    /// over `link` (their revision), or over nothing (a copy: a new explainer).
    pub fn resolved(&mut self, link: Option<Link>, content: String) {
        self.link = link;
        self.wanted = Some(content);
        self.in_flight = false;
        self.attempt = 0;
        self.status = SyncStatus::Idle;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(revision: i64, content: &str) -> Link {
        Link {
            id: "abc".into(),
            revision,
            content: content.into(),
        }
    }

    #[test]
    fn a_new_explainer_is_created_then_saved_over_its_revision() {
        let mut sync = Sync::default();
        assert_eq!(sync.to_send(), None);
        sync.want(Some("v1".into()));
        assert_eq!(sync.to_send(), Some(Send::Create("v1".into())));
        sync.want(Some("v2".into()));
        assert_eq!(sync.to_send(), None, "one request at a time");
        sync.acknowledged("abc".into(), 1, "v1".into());
        assert_eq!(
            sync.to_send(),
            Some(Send::Save {
                id: "abc".into(),
                base: 1,
                content: "v2".into()
            })
        );
        sync.acknowledged("abc".into(), 2, "v2".into());
        assert_eq!(sync.to_send(), None, "the desk has it");
        assert_eq!(sync.status, SyncStatus::Saved(2));
    }

    #[test]
    fn a_save_the_desk_could_not_take_is_kept_and_tried_again_with_a_growing_wait() {
        let mut sync = Sync::opened(link(3, "v3"));
        sync.want(Some("v4".into()));
        assert!(sync.to_send().is_some());
        assert_eq!(sync.failed(&DeskError::Network), Some(1000));
        assert!(matches!(sync.status, SyncStatus::Kept { .. }));
        assert!(sync.to_send().is_some(), "tried again over the same base");
        assert_eq!(
            sync.failed(&DeskError::Unreadable { status: 502 }),
            Some(2000)
        );
        let again = sync.to_send();
        assert_eq!(
            again,
            Some(Send::Save {
                id: "abc".into(),
                base: 3,
                content: "v4".into()
            })
        );
        sync.acknowledged("abc".into(), 4, "v4".into());
        assert_eq!(sync.attempt, 0);
    }

    #[test]
    fn a_conflict_stops_sending_until_resolved() {
        let mut sync = Sync::opened(link(3, "v3"));
        sync.want(Some("mine".into()));
        sync.to_send();
        let theirs = crate::desk::Revision {
            id: "abc".into(),
            meta: crate::desk::RevisionMeta {
                revision: 4,
                parent: Some(3),
                restored_from: None,
                author: "eve".into(),
                created_at: 0,
                errors: 0,
            },
            content: "theirs".into(),
        };
        assert_eq!(sync.failed(&DeskError::Conflict(Box::new(theirs))), None);
        sync.want(Some("mine, more".into()));
        assert_eq!(sync.to_send(), None);
        sync.resolved(Some(link(4, "theirs")), "merged".into());
        let epoch = sync.epoch;
        assert_eq!(
            sync.to_send(),
            Some(Send::Save {
                id: "abc".into(),
                base: 4,
                content: "merged".into()
            })
        );
        assert!(sync.is_for("abc"));
        sync.reset(None, "local-1");
        assert_eq!(
            (sync.epoch, sync.link.clone(), sync.in_flight),
            (epoch + 1, None, false)
        );
        assert!(sync.is_for("local-1") && !sync.is_for("abc"));
        assert_eq!((sync.keeping_id(), sync.base()), ("local-1", 0));
    }
}
