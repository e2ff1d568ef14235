//! What the Studio shows of the desk, as plain data: whether it runs alone or
//! with a desk (and who is logged in), the newsroom's list, the open
//! explainer's save status, a conflict waiting for a choice, the revisions
//! panel and the audit log. [`DeskAction`] is what a view asks for (through the
//! desk's dispatcher); [`DeskEvent`] is what an answer changes. No yew here:
//! the reducer is tested natively.

use super::merge::Merge;
use super::sync::SyncStatus;
use super::types::{AuditEntry, DeskError, ErrorKind, Revision, RevisionMeta, Summary, User};

/// How the Studio runs.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// Asking `GET /api/me`.
    Checking,
    /// No desk (a static host, 404, no answer): drafts in this browser, as ever.
    Alone,
    /// A desk, and nobody logged in.
    LoggedOut,
    /// Logged in with a one-time password, which must be replaced first.
    ChangePassword(User),
    /// Logged in.
    LoggedIn(User),
}

impl Mode {
    /// The mode `GET /api/me`'s answer means.
    pub fn from_me(answer: Result<User, DeskError>) -> Mode {
        match answer {
            Ok(user) if user.must_change_password => Mode::ChangePassword(user),
            Ok(user) => Mode::LoggedIn(user),
            Err(DeskError::Refused {
                status: 401 | 403, ..
            }) => Mode::LoggedOut,
            Err(_) => Mode::Alone,
        }
    }

    /// The person logged in, with the desk's storage in use.
    pub fn user(&self) -> Option<&User> {
        match self {
            Mode::LoggedIn(user) => Some(user),
            _ => None,
        }
    }
}

/// A save refused because someone else saved first, waiting for the
/// journalist's choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Their revision, now the desk's current one.
    pub theirs: Revision,
    /// My content, not saved.
    pub mine: String,
    /// The content of the revision I started from (`None`: it could not be
    /// fetched, so nothing can be merged).
    pub base: Option<String>,
    /// The merge of both over the revision I started from; `None` while the
    /// base is being fetched or when it could not be.
    pub merge: Option<Merge>,
}

impl Conflict {
    /// The merged content, when their changes and mine touched different
    /// fields.
    pub fn merged(&self) -> Option<String> {
        match &self.merge {
            Some(Merge::Merged(explainer)) => serde_json::to_string(explainer).ok(),
            _ => None,
        }
    }

    /// The fields both changed, in words (empty when they merge).
    pub fn clashes(&self) -> Vec<String> {
        match &self.merge {
            Some(Merge::Clashes(clashes)) => clashes.iter().map(|c| c.field.clone()).collect(),
            _ => Vec::new(),
        }
    }
}

/// What a view asks of the desk.
#[derive(Clone, Debug, PartialEq)]
pub enum DeskAction {
    /// Log in.
    Login {
        /// The account's name.
        name: String,
        /// Its password.
        password: String,
    },
    /// Replace the password (a one-time one).
    ChangePassword {
        /// The password logged in with.
        current: String,
        /// The new one.
        new: String,
    },
    /// End this session.
    Logout,
    /// End every session of mine.
    LogoutAll,
    /// List the newsroom's explainers matching these words (all, when empty).
    Search(String),
    /// Open an explainer from the desk.
    Open(String),
    /// Resolve a conflict with the merge.
    Merge,
    /// Resolve a conflict by keeping mine as a new explainer (theirs stays).
    KeepMineAsCopy,
    /// Resolve a conflict by taking theirs (mine is dropped, by choice).
    TakeTheirs,
    /// List the open explainer's revisions.
    ShowRevisions,
    /// Compare two revisions of the open explainer.
    Compare {
        /// The older.
        from: i64,
        /// The newer.
        to: i64,
    },
    /// Restore a revision of the open explainer, as a new revision.
    Restore(i64),
    /// Read the audit log: the first page, or the page before this entry id.
    Audit(Option<i64>),
}

/// The comparison of two revisions, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The older revision.
    pub from: i64,
    /// The newer.
    pub to: i64,
    /// One line per change (empty: the same explainer).
    pub lines: Vec<String>,
}

/// What an answer changes in [`DeskState`].
#[derive(Clone, Debug, PartialEq)]
pub enum DeskEvent {
    /// The mode changed (a login, a logout, `me`'s answer).
    Mode(Mode),
    /// Why the last login or password change failed (`None`: it did not).
    LoginProblem(Option<String>),
    /// The list, for these words.
    Listed(String, Vec<Summary>),
    /// The open explainer's save status.
    Status(SyncStatus),
    /// A conflict to resolve, or resolved (`None`).
    Conflict(Option<Box<Conflict>>),
    /// The open explainer's revisions.
    Revisions(Vec<RevisionMeta>),
    /// A comparison.
    Compared(Comparison),
    /// A page of the audit log; `true` to add it after the pages shown.
    Audit(Vec<AuditEntry>, bool),
    /// Something to tell the journalist (a failure of the list, a restore).
    Notice(String),
}

/// How many audit entries a page holds.
pub const AUDIT_PAGE: u32 = 50;

/// Everything the Studio shows of the desk.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskState {
    /// How the Studio runs.
    pub mode: Mode,
    /// Why the last login failed.
    pub login_problem: Option<String>,
    /// The words the list was searched with.
    pub query: String,
    /// The newsroom's explainers, newest first.
    pub list: Vec<Summary>,
    /// The open explainer's save status.
    pub status: SyncStatus,
    /// A conflict waiting for a choice.
    pub conflict: Option<Box<Conflict>>,
    /// The open explainer's revisions, newest first (once asked for).
    pub revisions: Vec<RevisionMeta>,
    /// The last comparison asked for.
    pub comparison: Option<Comparison>,
    /// The audit log's pages read so far.
    pub audit: Vec<AuditEntry>,
    /// True when the last page was full: there may be older entries.
    pub audit_more: bool,
    /// The last thing to tell the journalist.
    pub notice: Option<String>,
}

impl Default for DeskState {
    fn default() -> DeskState {
        DeskState {
            mode: Mode::Checking,
            login_problem: None,
            query: String::new(),
            list: Vec::new(),
            status: SyncStatus::Idle,
            conflict: None,
            revisions: Vec::new(),
            comparison: None,
            audit: Vec::new(),
            audit_more: false,
            notice: None,
        }
    }
}

impl DeskState {
    /// Applies an answer's change.
    pub fn apply(&mut self, event: DeskEvent) {
        match event {
            DeskEvent::Mode(mode) => {
                // Another person (or nobody): nothing of the last one's stays.
                *self = DeskState {
                    mode,
                    ..DeskState::default()
                }
            }
            DeskEvent::LoginProblem(problem) => self.login_problem = problem,
            DeskEvent::Listed(query, list) => {
                self.query = query;
                self.list = list;
            }
            DeskEvent::Status(status) => self.status = status,
            DeskEvent::Conflict(conflict) => self.conflict = conflict,
            DeskEvent::Revisions(revisions) => {
                self.revisions = revisions;
                self.comparison = None;
            }
            DeskEvent::Compared(comparison) => self.comparison = Some(comparison),
            DeskEvent::Audit(entries, more) => {
                self.audit_more = entries.len() as u32 >= AUDIT_PAGE;
                if !more {
                    self.audit.clear();
                }
                self.audit.extend(entries);
            }
            DeskEvent::Notice(notice) => self.notice = Some(notice),
        }
    }

    /// The next page's `before=`, when there may be one.
    pub fn audit_before(&self) -> Option<i64> {
        self.audit_more
            .then(|| self.audit.last().map(|entry| entry.id))
            .flatten()
    }
}

/// Why a login failed, in words: a wrong password, or when to try again.
pub fn login_problem(error: &DeskError) -> String {
    match error {
        DeskError::Refused {
            kind: ErrorKind::BadCredentials,
            ..
        } => "Wrong name or password. Check both and try again.".into(),
        DeskError::Refused {
            kind: ErrorKind::RateLimited,
            retry_after,
            ..
        } => {
            let minutes = retry_after.unwrap_or(60).div_ceil(60);
            format!(
                "Too many wrong passwords for this account or this computer: try again in {minutes} minute{}.",
                if minutes == 1 { "" } else { "s" }
            )
        }
        other => other.message(),
    }
}

/// A save status's name, for the status line's `data-status` (and tests).
pub fn status_name(status: &SyncStatus) -> &'static str {
    match status {
        SyncStatus::Idle => "idle",
        SyncStatus::Sending => "sending",
        SyncStatus::Saved(_) => "saved",
        SyncStatus::Kept { .. } => "kept",
        SyncStatus::Conflict => "conflict",
        SyncStatus::Refused(_) => "refused",
    }
}

/// The status line's words for a save status (`None`: nothing to say).
pub fn status_words(status: &SyncStatus) -> Option<String> {
    match status {
        SyncStatus::Idle => None,
        SyncStatus::Sending => Some("Saving to the desk…".into()),
        SyncStatus::Saved(revision) => Some(format!("Saved to the desk (revision {revision}).")),
        SyncStatus::Kept { reason, retry_in } => Some(format!(
            "Not saved to the desk: kept in this browser; will send when the desk is back \
             (next try in {} s). {reason}",
            retry_in.div_ceil(1000)
        )),
        SyncStatus::Conflict => Some(
            "Not saved: someone else saved this explainer first. Choose below; nothing is lost."
                .into(),
        ),
        SyncStatus::Refused(reason) => Some(format!(
            "Not saved to the desk: kept in this browser. {reason}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::Role;

    fn user(must_change_password: bool) -> User {
        User {
            name: "ana".into(),
            role: Role::Reporter,
            must_change_password,
        }
    }

    fn refused(status: u16, kind: ErrorKind) -> DeskError {
        DeskError::Refused {
            status,
            kind,
            message: "m".into(),
            retry_after: Some(61),
        }
    }

    #[test]
    fn me_tells_the_mode() {
        assert_eq!(Mode::from_me(Ok(user(false))), Mode::LoggedIn(user(false)));
        assert_eq!(
            Mode::from_me(Ok(user(true))),
            Mode::ChangePassword(user(true))
        );
        assert_eq!(
            Mode::from_me(Err(refused(401, ErrorKind::NotLoggedIn))),
            Mode::LoggedOut
        );
        assert_eq!(Mode::from_me(Err(DeskError::Network)), Mode::Alone);
        assert_eq!(
            Mode::from_me(Err(DeskError::Unreadable { status: 404 })),
            Mode::Alone
        );
    }

    #[test]
    fn a_login_problem_says_what_to_do() {
        assert!(login_problem(&refused(401, ErrorKind::BadCredentials)).starts_with("Wrong"));
        assert!(login_problem(&refused(429, ErrorKind::RateLimited)).ends_with("in 2 minutes."));
    }

    #[test]
    fn audit_pages_add_up_and_a_short_page_is_the_last() {
        let entry = |id| AuditEntry {
            id,
            at: 0,
            user: None,
            action: "save".into(),
            explainer: None,
            revision: None,
            detail: None,
        };
        let mut state = DeskState::default();
        state.apply(DeskEvent::Audit(
            (0..AUDIT_PAGE as i64).map(|i| entry(100 - i)).collect(),
            false,
        ));
        assert_eq!(state.audit_before(), Some(100 - AUDIT_PAGE as i64 + 1));
        state.apply(DeskEvent::Audit(vec![entry(1)], true));
        assert_eq!(state.audit.len(), AUDIT_PAGE as usize + 1);
        assert_eq!(state.audit_before(), None);
    }

    #[test]
    fn a_new_mode_forgets_the_last_persons_state() {
        let mut state = DeskState::default();
        state.apply(DeskEvent::Notice("x".into()));
        state.apply(DeskEvent::Mode(Mode::LoggedOut));
        assert_eq!(
            state,
            DeskState {
                mode: Mode::LoggedOut,
                ..DeskState::default()
            }
        );
    }
}
