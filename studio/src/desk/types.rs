//! What the desk answers, as typed values: the account, the list of
//! explainers, a save, revisions and their differences, the audit log, and a
//! refusal typed by the API's `{ "error": { "kind", "message" } }`. Plain serde,
//! no web-sys, so every answer is parsed in native tests.

use serde::{Deserialize, Serialize};

/// What a person may do on the desk (README "The desk", Accounts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Makes and edits explainers.
    Reporter,
    /// Also publishes and unpublishes.
    Editor,
    /// Also manages accounts and reads the audit log.
    Admin,
}

/// The person logged in (`GET /api/me`, `POST /api/login`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// The name they log in with.
    pub name: String,
    /// What they may do.
    pub role: Role,
    /// True until a one-time password is replaced: the desk refuses everything
    /// but `/api/password`, `/api/me` and logging out until then.
    #[serde(default)]
    pub must_change_password: bool,
}

/// One line of the newsroom's list (`GET /api/explainers`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// The explainer's id on the desk.
    pub id: String,
    /// Its headline, as of its current revision.
    pub headline: String,
    /// `draft`, `published` or `published-with-changes`.
    pub state: String,
    /// Its current revision.
    pub revision: i64,
    /// Who saved the current revision.
    pub updated_by: String,
    /// When, in milliseconds since the Unix epoch.
    pub updated_at: i64,
    /// The validator's errors in the current revision.
    pub errors: i64,
}

/// What a create or a save answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// The explainer's id.
    pub id: String,
    /// The revision this save made: the next save's `If-Match`.
    pub revision: i64,
    /// The validator's errors in it (a draft is stored with its errors).
    pub errors: i64,
}

/// One revision's facts, without its content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionMeta {
    /// Its number: the explainer's `ETag` while it is the current one.
    pub revision: i64,
    /// The revision it was saved over (none for the first).
    pub parent: Option<i64>,
    /// The revision whose content it restored, if it is a restore.
    pub restored_from: Option<i64>,
    /// Who saved it.
    pub author: String,
    /// When, in milliseconds since the Unix epoch.
    pub created_at: i64,
    /// The validator's errors in it.
    pub errors: i64,
}

/// A revision with its content (`GET /api/explainers/{id}`, `…/revisions/{n}`,
/// and a 412's `current`).
#[derive(Clone, Debug, PartialEq)]
pub struct Revision {
    /// The explainer's id.
    pub id: String,
    /// Who, when, which.
    pub meta: RevisionMeta,
    /// The explainer's JSON as the desk keeps it.
    pub content: String,
}

/// A revision as the JSON has it: the facts flattened beside `id` and `content`.
#[derive(Deserialize)]
pub(super) struct RevisionJson {
    pub id: String,
    #[serde(flatten)]
    pub meta: RevisionMeta,
    pub content: Box<serde_json::value::RawValue>,
}

impl From<RevisionJson> for Revision {
    fn from(json: RevisionJson) -> Revision {
        Revision {
            id: json.id,
            meta: json.meta,
            content: json.content.get().to_string(),
        }
    }
}

/// What a restore answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restored {
    /// The explainer's id.
    pub id: String,
    /// The new revision holding the restored content.
    pub revision: i64,
    /// The revision restored.
    pub restored_from: i64,
}

/// Added, removed and changed items of one list, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListChanges {
    /// Ids only in the newer revision.
    pub added: Vec<String>,
    /// Ids only in the older one.
    pub removed: Vec<String>,
    /// Ids in both, with something different.
    pub changed: Vec<String>,
}

/// A tracker item whose status moved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    /// The item's id.
    pub id: String,
    /// Its title in the newer revision.
    pub title: String,
    /// The status before.
    pub from: String,
    /// The status after.
    pub to: String,
}

/// What changed from one revision to another (`GET …/diff?from=&to=`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    /// The article's facts (headline, dek, dateline, date…).
    pub article_changed: bool,
    /// The verbatim text: the article's or a later report's.
    pub text_changed: bool,
    /// Quotes by id.
    pub quotes: ListChanges,
    /// People by id.
    pub people: ListChanges,
    /// Tracker items by id.
    pub tracker: ListChanges,
    /// Tracker items whose status moved.
    pub status_changes: Vec<StatusChange>,
}

/// The difference between two revisions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diff {
    /// The older revision.
    pub from: i64,
    /// The newer one.
    pub to: i64,
    /// What changed.
    pub changes: Changes,
}

impl Changes {
    /// The changes in words, one line each, for the revisions panel; an empty
    /// list when the two revisions hold the same explainer.
    pub fn described(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.article_changed {
            lines.push("The headline, standfirst or other facts of the article changed.".into());
        }
        if self.text_changed {
            lines.push("The article's text changed.".into());
        }
        for (list, one, several) in [
            (&self.quotes, "quote", "quotes"),
            (&self.people, "person", "people"),
            (&self.tracker, "tracker item", "tracker items"),
        ] {
            for (ids, verb) in [
                (&list.added, "added"),
                (&list.removed, "removed"),
                (&list.changed, "changed"),
            ] {
                if !ids.is_empty() {
                    let noun = if ids.len() == 1 { one } else { several };
                    lines.push(format!("{} {noun} {verb}: {}.", ids.len(), ids.join(", ")));
                }
            }
        }
        for change in &self.status_changes {
            lines.push(format!(
                "“{}” moved from {} to {}.",
                change.title, change.from, change.to
            ));
        }
        lines
    }
}

/// One line of the audit log (`GET /api/audit`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Its id: the next page is `?before=` the last one's.
    pub id: i64,
    /// When, in milliseconds since the Unix epoch.
    pub at: i64,
    /// Who did it (none for the desk itself).
    pub user: Option<String>,
    /// What: `create`, `save`, `restore`, `delete`, `user.create`…
    pub action: String,
    /// The explainer it concerns.
    pub explainer: Option<String>,
    /// The revision it made.
    pub revision: Option<i64>,
    /// Anything else worth knowing (the new role, the restored revision).
    pub detail: Option<String>,
}

/// Why the desk refused, from the `kind` of its JSON error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// 401: no session, or it ended.
    NotLoggedIn,
    /// 401 at login: wrong name or password.
    BadCredentials,
    /// 429: too many wrong passwords; try again later.
    RateLimited,
    /// 403: the one-time password must be replaced first.
    PasswordChangeRequired,
    /// 403: not allowed for this role, or a forged origin.
    Forbidden,
    /// 412: someone else saved first.
    StaleRevision,
    /// 428: a save without `If-Match`.
    PreconditionRequired,
    /// 422: not an explainer.
    InvalidContent,
    /// 413: over the size limit.
    TooLarge,
    /// 404: no such explainer, revision or route.
    NotFound,
    /// 507: the desk's disk is full; nothing was stored.
    DiskFull,
    /// 400: a malformed request.
    BadRequest,
    /// Any other kind the desk names (kept as it was spelled).
    Other(String),
}

impl ErrorKind {
    /// The kind of this spelling.
    pub fn parse(kind: &str) -> ErrorKind {
        match kind {
            "not_logged_in" => ErrorKind::NotLoggedIn,
            "bad_credentials" => ErrorKind::BadCredentials,
            "rate_limited" => ErrorKind::RateLimited,
            "password_change_required" => ErrorKind::PasswordChangeRequired,
            "forbidden" => ErrorKind::Forbidden,
            "stale_revision" => ErrorKind::StaleRevision,
            "revision_required" => ErrorKind::PreconditionRequired,
            "invalid_content" => ErrorKind::InvalidContent,
            "too_large" => ErrorKind::TooLarge,
            "not_found" => ErrorKind::NotFound,
            "disk_full" => ErrorKind::DiskFull,
            "bad_request" => ErrorKind::BadRequest,
            other => ErrorKind::Other(other.to_string()),
        }
    }
}

/// Why a request to the desk did not give what was asked.
#[derive(Clone, Debug, PartialEq)]
pub enum DeskError {
    /// No answer: offline, the desk down, or the connection cut.
    Network,
    /// The desk refused, saying why.
    Refused {
        /// The HTTP status.
        status: u16,
        /// The error's kind.
        kind: ErrorKind,
        /// The desk's own words, for people.
        message: String,
        /// Seconds to wait before trying again (429's `Retry-After`).
        retry_after: Option<u64>,
    },
    /// 412: another save came first; its revision, to merge with or copy beside.
    Conflict(Box<Revision>),
    /// An answer that is not what the desk sends (a static host's page, say).
    Unreadable {
        /// The HTTP status.
        status: u16,
    },
}

impl DeskError {
    /// True when the request may succeed later unchanged: no answer, the desk
    /// failing (5xx) or its disk full. A save refused this way is kept in the
    /// browser and sent again.
    pub fn is_transient(&self) -> bool {
        match self {
            DeskError::Network => true,
            DeskError::Refused { status, .. } | DeskError::Unreadable { status } => *status >= 500,
            DeskError::Conflict(_) => false,
        }
    }

    /// The refusal's kind, if the desk gave one.
    pub fn kind(&self) -> Option<&ErrorKind> {
        match self {
            DeskError::Refused { kind, .. } => Some(kind),
            DeskError::Conflict(_) => Some(&ErrorKind::StaleRevision),
            _ => None,
        }
    }

    /// What to tell the journalist.
    pub fn message(&self) -> String {
        match self {
            DeskError::Network => {
                "The desk cannot be reached (offline, or the desk is down).".into()
            }
            DeskError::Refused { message, .. } => message.clone(),
            DeskError::Conflict(current) => format!(
                "{} saved this explainer since you opened it (revision {}).",
                current.meta.author, current.meta.revision
            ),
            DeskError::Unreadable { status } => {
                format!("The desk gave an answer the Studio cannot read (HTTP {status}).")
            }
        }
    }
}
