//! The desk's storage: people, sessions, explainers with every revision, and the
//! audit log, in one SQLite database in the data folder.
//!
//! Everything the desk acknowledges is on disk first: the database runs in WAL
//! mode with `synchronous=FULL`, so a commit returns only after the log is
//! synced, and a `kill -9` (or a power cut) after an acknowledged save cannot
//! lose it. Each change and its audit entry are one transaction, so the log
//! never tells of a save that is not there, nor misses one that is.
//!
//! The calls are synchronous and block on the disk: the HTTP handlers run them
//! on tokio's blocking threads, never on the async ones. One connection behind
//! a mutex serves them all: SQLite has one writer at a time anyway, reads take
//! well under a millisecond, and one connection keeps the locking simple (no
//! `SQLITE_BUSY` between the desk's own connections).
//!
//! Ids: an explainer's id is made here (random, lowercase letters and digits);
//! a revision's is an integer unique across the desk, so it alone can be an
//! `ETag`. Neither is ever used to name a file. An explainer is never really
//! deleted: deleting hides it and keeps its revisions, so nothing is lost.
//!
//! Publishing (issue 27) has a migration of its own: each explainer's slug
//! (chosen at its first publish, then kept) and live revision, and a row per
//! published version. The state the API shows (`draft`, `published`,
//! `published-with-changes`) is computed from those, by content.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Row};
use rusqlite_migration::{Migrations, M};
use serde::Serialize;

pub mod previews;
pub mod webhook_queue;

/// The database's file name inside the data folder.
pub const DB_FILE: &str = "desk.sqlite3";

/// The schema, one migration after another; never edit one that has shipped,
/// add the next.
const MIGRATIONS: &[M<'static>] = &[
    M::up(
        "
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'admin')),
        password_hash TEXT,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE sessions (
        token_hash BLOB PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX sessions_by_user ON sessions (user_id);
    CREATE TABLE explainers (
        id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users (id),
        current_revision INTEGER,
        headline TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft',
        deleted_at INTEGER,
        deleted_by INTEGER REFERENCES users (id)
    );
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        explainer_id TEXT NOT NULL REFERENCES explainers (id),
        parent INTEGER REFERENCES revisions (id),
        restored_from INTEGER REFERENCES revisions (id),
        author INTEGER NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        errors INTEGER NOT NULL,
        content TEXT NOT NULL
    );
    CREATE INDEX revisions_by_explainer ON revisions (explainer_id, id);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        user_id INTEGER REFERENCES users (id),
        action TEXT NOT NULL,
        explainer_id TEXT,
        revision_id INTEGER,
        detail TEXT
    );
    ",
    ),
    // Publishing (issue 27): an explainer's slug, chosen at its first publish
    // and kept (its address never changes), the revision live now, and one
    // row per published version.
    M::up(
        "
    ALTER TABLE explainers ADD COLUMN slug TEXT;
    ALTER TABLE explainers ADD COLUMN published_revision INTEGER REFERENCES revisions (id);
    CREATE UNIQUE INDEX explainers_by_slug ON explainers (slug) WHERE slug IS NOT NULL;
    CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        explainer_id TEXT NOT NULL REFERENCES explainers (id),
        slug TEXT NOT NULL,
        version INTEGER NOT NULL,
        revision_id INTEGER NOT NULL REFERENCES revisions (id),
        user_id INTEGER NOT NULL REFERENCES users (id),
        at INTEGER NOT NULL,
        restored_from INTEGER,
        UNIQUE (slug, version)
    );
    CREATE INDEX publications_by_explainer ON publications (explainer_id, version);
    ",
    ),
    // Preview links (issue 27): the SHA-256 of each link's token (never the
    // token), whose explainer it shows, who made it, and when it was revoked.
    M::up(
        "
    CREATE TABLE previews (
        token_hash BLOB PRIMARY KEY,
        explainer_id TEXT NOT NULL REFERENCES explainers (id),
        user_id INTEGER NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
    );
    CREATE INDEX previews_by_explainer ON previews (explainer_id, created_at);
    ",
    ),
    // The webhook's queue (issue 27): each event not yet delivered, as it is
    // sent (its delivery id and body), so a desk stopped mid-retry sends it
    // when it starts again.
    M::up(
        "
    CREATE TABLE webhook_queue (
        delivery TEXT PRIMARY KEY,
        user_id INTEGER REFERENCES users (id),
        body TEXT NOT NULL,
        queued_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    ",
    ),
];

/// A person's role: what they may do on the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Makes and edits explainers.
    Reporter,
    /// Also publishes and unpublishes (issue 27).
    Editor,
    /// Also manages accounts and reads the audit log.
    Admin,
}

impl Role {
    /// The role's name as stored and as the API spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Reporter => "reporter",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// The role of that name, if there is one.
    pub fn parse(name: &str) -> Option<Role> {
        match name {
            "reporter" => Some(Role::Reporter),
            "editor" => Some(Role::Editor),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// A person with an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct User {
    /// The database's id; not shown to anyone.
    #[serde(skip)]
    pub id: i64,
    /// The name they log in with.
    pub name: String,
    /// What they may do.
    pub role: Role,
    /// True until they have replaced a one-time password.
    pub must_change_password: bool,
    /// A disabled account cannot log in and has no sessions.
    pub disabled: bool,
    /// When the account was made (ms since the epoch).
    pub created_at: i64,
}

/// One line of the list of explainers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The explainer's id.
    pub id: String,
    /// Its headline, as of its current revision.
    pub headline: String,
    /// Its state: `draft`, `published` or `published-with-changes`.
    pub state: String,
    /// Its current revision.
    pub revision: i64,
    /// Who saved the current revision.
    pub updated_by: String,
    /// When (ms since the epoch).
    pub updated_at: i64,
    /// The validator's errors in the current revision (0: publishable).
    pub errors: i64,
}

/// A revision without its content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RevisionMeta {
    /// The revision's id (the explainer's `ETag` while it is current).
    pub revision: i64,
    /// The revision it was saved over (none for the first).
    pub parent: Option<i64>,
    /// The revision whose content it restored, if it is a restore.
    pub restored_from: Option<i64>,
    /// Who saved it.
    pub author: String,
    /// When (ms since the epoch).
    pub created_at: i64,
    /// The validator's errors in it.
    pub errors: i64,
}

/// A revision with its content (the explainer's JSON, as it was sent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// The explainer's id.
    pub explainer: String,
    /// Who, when, which.
    pub meta: RevisionMeta,
    /// The explainer's JSON text.
    pub content: String,
}

/// One entry of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    /// Its id, for paging (`?before=`).
    pub id: i64,
    /// When (ms since the epoch).
    pub at: i64,
    /// Who did it (none for the desk itself).
    pub user: Option<String>,
    /// What: `create`, `save`, `restore`, `delete`, `user.create`, `user.role`,
    /// `user.disable`, `user.enable`, `user.password`.
    pub action: String,
    /// The explainer it concerns.
    pub explainer: Option<String>,
    /// The revision it made.
    pub revision: Option<i64>,
    /// Anything else worth knowing (the new role, the restored revision).
    pub detail: Option<String>,
}

/// A publish to record ([`Store::record_publication`]).
#[derive(Clone, Debug)]
pub struct Published {
    /// The explainer's id.
    pub explainer: String,
    /// Its slug.
    pub slug: String,
    /// The version number the publish made.
    pub version: i64,
    /// The revision it published.
    pub revision: i64,
    /// Who published it.
    pub by: i64,
    /// The version it restored, for a restore.
    pub restored_from: Option<i64>,
}

/// One published version of an explainer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PublicationMeta {
    /// Its number (1, 2, 3…).
    pub version: i64,
    /// The slug it was published at.
    pub slug: String,
    /// The revision it published.
    pub revision: i64,
    /// Who published it.
    pub by: String,
    /// When (ms since the epoch).
    pub at: i64,
    /// The version it restored, for a restore.
    pub restored_from: Option<i64>,
}

/// What went wrong in the store.
#[derive(Debug)]
pub enum StoreError {
    /// No such explainer, revision or user (or the explainer is deleted).
    NotFound,
    /// The save started from a revision that is no longer the current one.
    Conflict(Box<Revision>),
    /// The name is taken.
    Duplicate,
    /// The disk (or the database's size limit) is full: nothing was written.
    DiskFull,
    /// Anything else from SQLite.
    Sqlite(rusqlite::Error),
    /// The schema could not be brought up to date.
    Migration(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::NotFound => write!(f, "not found"),
            StoreError::Conflict(current) => {
                write!(
                    f,
                    "conflict: the current revision is {}",
                    current.meta.revision
                )
            }
            StoreError::Duplicate => write!(f, "that name is taken"),
            StoreError::DiskFull => write!(f, "the disk is full"),
            StoreError::Sqlite(error) => write!(f, "database error: {error}"),
            StoreError::Migration(error) => write!(f, "cannot update the database: {error}"),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::ConstraintViolation)
                if error
                    .to_string()
                    .contains("UNIQUE constraint failed: users.name") =>
            {
                StoreError::Duplicate
            }
            _ => StoreError::Sqlite(error),
        }
    }
}

/// Shorthand for the store's results.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Bytes in lowercase hex (a preview link's id, a signature, a delivery id).
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Now, in milliseconds since the epoch.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The database of one desk.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// What a new revision is: the content and what the validator made of it.
#[derive(Clone, Debug)]
pub struct NewContent {
    /// The explainer's JSON text.
    pub content: String,
    /// Its headline (for the list).
    pub headline: String,
    /// The validator's errors in it.
    pub errors: i64,
}

impl Store {
    /// Opens (creating if need be) the desk's database in `dir`, brings its
    /// schema up to date and sets it for durable writes.
    pub fn open(dir: &Path) -> Result<Store> {
        if !dir.exists() {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Migration(format!("cannot create {}: {e}", dir.display()))
            })?;
            // The database holds password hashes and everyone's drafts: the
            // folder is the desk's user's alone.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
            }
        }
        Store::open_file(&dir.join(DB_FILE))
    }

    /// [`Store::open`] on the database file itself.
    pub fn open_file(path: &Path) -> Result<Store> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        Migrations::from_slice(MIGRATIONS)
            .to_latest(&mut conn)
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        Ok(Store {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves no half-done transaction
        // (rusqlite rolls back on drop), so the connection is still sound.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the connection; for tests and the benchmark's set-up.
    #[cfg(test)]
    pub fn with_conn<T>(&self, f: impl FnOnce(&Connection) -> T) -> T {
        f(&self.conn())
    }

    // People ------------------------------------------------------------------

    /// How many accounts there are.
    pub fn user_count(&self) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM users", [], |r| r.get(0))?)
    }

    /// Makes an account; `by` is who did it (none from the command line).
    pub fn create_user(
        &self,
        name: &str,
        role: Role,
        password_hash: &str,
        must_change_password: bool,
        by: Option<i64>,
    ) -> Result<User> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let now = now_ms();
        tx.execute(
            "INSERT INTO users (name, role, password_hash, must_change_password, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                name,
                role.as_str(),
                password_hash,
                must_change_password,
                now
            ],
        )?;
        let id = tx.last_insert_rowid();
        audit(
            &tx,
            by,
            "user.create",
            None,
            None,
            Some(&format!("{name} ({})", role.as_str())),
        )?;
        tx.commit()?;
        Ok(User {
            id,
            name: name.to_string(),
            role,
            must_change_password,
            disabled: false,
            created_at: now,
        })
    }

    /// The account of that name (any case), with its password hash.
    pub fn user_by_name(&self, name: &str) -> Result<Option<(User, Option<String>)>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE name = ?1"),
                [name],
                |row| Ok((user_row(row)?, row.get(6)?)),
            )
            .optional()?)
    }

    /// Every account, by name.
    pub fn users(&self) -> Result<Vec<User>> {
        let conn = self.conn();
        let mut statement =
            conn.prepare(&format!("SELECT {USER_COLUMNS} FROM users ORDER BY name"))?;
        let users = statement
            .query_map([], user_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(users)
    }

    /// Changes an account's role and whether it is disabled; disabling ends its
    /// sessions. Returns the account as it is now.
    pub fn update_user(
        &self,
        name: &str,
        role: Option<Role>,
        disabled: Option<bool>,
        by: i64,
    ) -> Result<User> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let user = tx
            .query_row(
                &format!("SELECT {USER_COLUMNS} FROM users WHERE name = ?1"),
                [name],
                user_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if let Some(role) = role.filter(|&r| r != user.role) {
            tx.execute(
                "UPDATE users SET role = ?1 WHERE id = ?2",
                params![role.as_str(), user.id],
            )?;
            audit(
                &tx,
                Some(by),
                "user.role",
                None,
                None,
                Some(&format!("{} → {}", user.name, role.as_str())),
            )?;
        }
        if let Some(disabled) = disabled.filter(|&d| d != user.disabled) {
            tx.execute(
                "UPDATE users SET disabled = ?1 WHERE id = ?2",
                params![disabled, user.id],
            )?;
            if disabled {
                tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user.id])?;
            }
            let action = if disabled {
                "user.disable"
            } else {
                "user.enable"
            };
            audit(&tx, Some(by), action, None, None, Some(&user.name))?;
        }
        let user = tx.query_row(
            &format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?1"),
            [user.id],
            user_row,
        )?;
        tx.commit()?;
        Ok(user)
    }

    /// Replaces an account's password (and clears "must change"); ends its
    /// other sessions, keeping `keep` (the one that changed it).
    pub fn set_password(&self, user: i64, hash: &str, keep: Option<&[u8]>) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let changed = tx.execute(
            "UPDATE users SET password_hash = ?1, must_change_password = 0 WHERE id = ?2",
            params![hash, user],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        tx.execute(
            "DELETE FROM sessions WHERE user_id = ?1 AND token_hash IS NOT ?2",
            params![user, keep],
        )?;
        audit(&tx, Some(user), "user.password", None, None, None)?;
        tx.commit()?;
        Ok(())
    }

    // Sessions ----------------------------------------------------------------

    /// Records a session (by the hash of its token) until `expires_at`.
    pub fn create_session(&self, token_hash: &[u8], user: i64, expires_at: i64) -> Result<()> {
        let conn = self.conn();
        // Expired sessions are cleared here, where sessions are made, so the
        // table stays the size of the live ones without a timer.
        conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now_ms()])?;
        conn.execute(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![token_hash, user, now_ms(), expires_at],
        )?;
        Ok(())
    }

    /// The account of a live session, unless it is disabled.
    pub fn session_user(&self, token_hash: &[u8]) -> Result<Option<User>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT u.id, u.name, u.role, u.must_change_password, u.disabled, u.created_at
                 FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND u.disabled = 0",
                params![token_hash, now_ms()],
                user_row,
            )
            .optional()?)
    }

    /// Ends one session.
    pub fn delete_session(&self, token_hash: &[u8]) -> Result<()> {
        self.conn()
            .execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
        Ok(())
    }

    /// Ends every session of an account ("log out everywhere").
    pub fn delete_sessions(&self, user: i64) -> Result<usize> {
        Ok(self
            .conn()
            .execute("DELETE FROM sessions WHERE user_id = ?1", [user])?)
    }

    // Explainers --------------------------------------------------------------

    /// Makes an explainer with its first revision; returns its id and revision.
    pub fn create_explainer(&self, new: &NewContent, author: i64) -> Result<(String, i64)> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let now = now_ms();
        let id = new_explainer_id();
        tx.execute(
            "INSERT INTO explainers (id, created_at, created_by, headline) VALUES (?1, ?2, ?3, ?4)",
            params![id, now, author, new.headline],
        )?;
        let revision = insert_revision(&tx, &id, None, None, author, now, new)?;
        audit(&tx, Some(author), "create", Some(&id), Some(revision), None)?;
        tx.commit()?;
        Ok((id, revision))
    }

    /// The explainers that are not deleted, most recently changed first; with
    /// `query`, only those whose headline or last editor contains it (any case).
    pub fn list(&self, query: Option<&str>) -> Result<Vec<Summary>> {
        let conn = self.conn();
        let pattern = query.map(|q| {
            let escaped = q
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        });
        let mut statement = conn.prepare_cached(&format!(
            "SELECT e.id, e.headline, {STATE}, r.id, u.name, r.created_at, r.errors
             FROM explainers e
             JOIN revisions r ON r.id = e.current_revision
             JOIN users u ON u.id = r.author
             WHERE e.deleted_at IS NULL
               AND (?1 IS NULL OR e.headline LIKE ?1 ESCAPE '\\' OR u.name LIKE ?1 ESCAPE '\\')
             ORDER BY r.created_at DESC, r.id DESC"
        ))?;
        let list = statement
            .query_map([pattern], |row| {
                Ok(Summary {
                    id: row.get(0)?,
                    headline: row.get(1)?,
                    state: row.get(2)?,
                    revision: row.get(3)?,
                    updated_by: row.get(4)?,
                    updated_at: row.get(5)?,
                    errors: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// An explainer's current revision (not of a deleted one).
    pub fn current(&self, id: &str) -> Result<Revision> {
        current(&self.conn(), id)
    }

    /// Saves a new revision over `base`, which must be the current one: else
    /// nothing is written and the error carries the current revision.
    pub fn save(&self, id: &str, base: i64, new: &NewContent, author: i64) -> Result<i64> {
        self.save_revision(id, base, new, author, None)
    }

    /// Makes the content of revision `from` the explainer's newest revision,
    /// saved over `base` as [`Store::save`] would.
    pub fn restore(&self, id: &str, base: i64, from: i64, author: i64) -> Result<i64> {
        let old = self.revision(id, from)?;
        let headline = headline_of(&old.content);
        let new = NewContent {
            content: old.content,
            headline,
            errors: old.meta.errors,
        };
        self.save_revision(id, base, &new, author, Some(from))
    }

    fn save_revision(
        &self,
        id: &str,
        base: i64,
        new: &NewContent,
        author: i64,
        restored_from: Option<i64>,
    ) -> Result<i64> {
        let mut conn = self.conn();
        // IMMEDIATE: the check of the current revision and the write are one
        // step, with no other writer in between.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let current = current(&tx, id)?;
        if current.meta.revision != base {
            return Err(StoreError::Conflict(Box::new(current)));
        }
        let now = now_ms();
        let revision = insert_revision(&tx, id, Some(base), restored_from, author, now, new)?;
        tx.execute(
            "UPDATE explainers SET headline = ?1 WHERE id = ?2",
            params![new.headline, id],
        )?;
        let (action, detail) = match restored_from {
            Some(from) => ("restore", Some(format!("from revision {from}"))),
            None => ("save", None),
        };
        audit(
            &tx,
            Some(author),
            action,
            Some(id),
            Some(revision),
            detail.as_deref(),
        )?;
        tx.commit()?;
        Ok(revision)
    }

    /// Hides an explainer from the desk (its revisions are kept), if `base` is
    /// still its current revision.
    pub fn delete(&self, id: &str, base: i64, by: i64) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let current = current(&tx, id)?;
        if current.meta.revision != base {
            return Err(StoreError::Conflict(Box::new(current)));
        }
        tx.execute(
            "UPDATE explainers SET deleted_at = ?1, deleted_by = ?2 WHERE id = ?3",
            params![now_ms(), by, id],
        )?;
        audit(&tx, Some(by), "delete", Some(id), Some(base), None)?;
        tx.commit()?;
        Ok(())
    }

    /// An explainer's revisions, newest first, without their content.
    pub fn revisions(&self, id: &str) -> Result<Vec<RevisionMeta>> {
        let conn = self.conn();
        live(&conn, id)?;
        let mut statement = conn.prepare_cached(&format!(
            "SELECT {REVISION_COLUMNS} FROM revisions r JOIN users u ON u.id = r.author
             WHERE r.explainer_id = ?1 ORDER BY r.id DESC"
        ))?;
        let list = statement
            .query_map([id], |row| Ok(revision_row(row)?.meta))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// One revision of an explainer, with its content.
    pub fn revision(&self, id: &str, revision: i64) -> Result<Revision> {
        let conn = self.conn();
        live(&conn, id)?;
        conn.query_row(
            &format!(
                "SELECT {REVISION_COLUMNS} FROM revisions r JOIN users u ON u.id = r.author
                 WHERE r.explainer_id = ?1 AND r.id = ?2"
            ),
            params![id, revision],
            revision_row,
        )
        .optional()?
        .ok_or(StoreError::NotFound)
    }

    // Publishing --------------------------------------------------------------

    /// The explainer's slug, chosen at its first publish (none before).
    pub fn slug(&self, id: &str) -> Result<Option<String>> {
        let conn = self.conn();
        live(&conn, id)?;
        Ok(
            conn.query_row("SELECT slug FROM explainers WHERE id = ?1", [id], |r| {
                r.get(0)
            })?,
        )
    }

    /// The explainer's slug; at its first publish, `wanted` or, when another
    /// explainer of the desk has that, `wanted-2`, `wanted-3`…, kept from then
    /// on so its address never changes.
    pub fn assign_slug(&self, id: &str, wanted: &str) -> Result<String> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        live(&tx, id)?;
        let kept: Option<String> =
            tx.query_row("SELECT slug FROM explainers WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        if let Some(slug) = kept {
            return Ok(slug);
        }
        let mut slug = wanted.to_string();
        for n in 2.. {
            let taken = tx
                .query_row("SELECT 1 FROM explainers WHERE slug = ?1", [&slug], |_| {
                    Ok(())
                })
                .optional()?
                .is_some();
            if !taken {
                break;
            }
            slug = format!("{wanted}-{n}");
        }
        tx.execute(
            "UPDATE explainers SET slug = ?1 WHERE id = ?2",
            params![slug, id],
        )?;
        tx.commit()?;
        Ok(slug)
    }

    /// Records that `revision` went live as `version` of the explainer's
    /// slug, with its audit entry, in one transaction.
    pub fn record_publication(&self, published: &Published) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO publications
                 (explainer_id, slug, version, revision_id, user_id, at, restored_from)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                published.explainer,
                published.slug,
                published.version,
                published.revision,
                published.by,
                now_ms(),
                published.restored_from
            ],
        )?;
        tx.execute(
            "UPDATE explainers SET published_revision = ?1, state = 'published' WHERE id = ?2",
            params![published.revision, published.explainer],
        )?;
        let detail = match published.restored_from {
            Some(from) => format!(
                "version {} at {}, restoring version {from}",
                published.version, published.slug
            ),
            None => format!("version {} at {}", published.version, published.slug),
        };
        audit(
            &tx,
            Some(published.by),
            "publish",
            Some(&published.explainer),
            Some(published.revision),
            Some(&detail),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records an unpublish: nothing is live any more (the draft's state is
    /// `draft` again), with its audit entry.
    pub fn record_unpublish(&self, id: &str, slug: &str, by: i64) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE explainers SET published_revision = NULL, state = 'draft' WHERE id = ?1",
            [id],
        )?;
        audit(&tx, Some(by), "unpublish", Some(id), None, Some(slug))?;
        tx.commit()?;
        Ok(())
    }

    /// The explainer's published versions, newest first, and its state.
    pub fn publications(&self, id: &str) -> Result<(Vec<PublicationMeta>, String)> {
        let conn = self.conn();
        live(&conn, id)?;
        let mut statement = conn.prepare_cached(
            "SELECT p.version, p.slug, p.revision_id, u.name, p.at, p.restored_from
             FROM publications p JOIN users u ON u.id = p.user_id
             WHERE p.explainer_id = ?1 ORDER BY p.version DESC",
        )?;
        let list = statement
            .query_map([id], |row| {
                Ok(PublicationMeta {
                    version: row.get(0)?,
                    slug: row.get(1)?,
                    revision: row.get(2)?,
                    by: row.get(3)?,
                    at: row.get(4)?,
                    restored_from: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let state = conn.query_row(
            &format!(
                "SELECT {STATE} FROM explainers e JOIN revisions r ON r.id = e.current_revision
                 WHERE e.id = ?1"
            ),
            [id],
            |r| r.get(0),
        )?;
        Ok((list, state))
    }

    /// The explainer published at `slug` and the revision live there, or
    /// `None` when no explainer of the desk is published there now
    /// (unpublished, deleted, or never).
    pub fn live_at(&self, slug: &str) -> Result<Option<Revision>> {
        let conn = self.conn();
        Ok(conn
            .query_row(
                &format!(
                    "SELECT {REVISION_COLUMNS} FROM explainers e
                     JOIN revisions r ON r.id = e.published_revision
                     JOIN users u ON u.id = r.author
                     WHERE e.slug = ?1 AND e.deleted_at IS NULL"
                ),
                [slug],
                revision_row,
            )
            .optional()?)
    }

    /// Writes an entry in the audit log for something done outside the
    /// store's own transactions (a webhook that could not be delivered).
    pub fn record(
        &self,
        user: Option<i64>,
        action: &str,
        explainer: Option<&str>,
        detail: &str,
    ) -> Result<()> {
        audit(&self.conn(), user, action, explainer, None, Some(detail))
    }

    /// The revision that version `version` of the explainer published.
    pub fn published_revision(&self, id: &str, version: i64) -> Result<Revision> {
        let revision: i64 = {
            let conn = self.conn();
            live(&conn, id)?;
            conn.query_row(
                "SELECT revision_id FROM publications WHERE explainer_id = ?1 AND version = ?2",
                params![id, version],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?
        };
        self.revision(id, revision)
    }

    // Audit -------------------------------------------------------------------

    /// The audit log, newest first: at most `limit` entries older than `before`.
    pub fn audit_log(&self, before: Option<i64>, limit: i64) -> Result<Vec<AuditEntry>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(
            "SELECT a.id, a.at, u.name, a.action, a.explainer_id, a.revision_id, a.detail
             FROM audit a LEFT JOIN users u ON u.id = a.user_id
             WHERE ?1 IS NULL OR a.id < ?1
             ORDER BY a.id DESC LIMIT ?2",
        )?;
        let list = statement
            .query_map(params![before, limit], |row| {
                Ok(AuditEntry {
                    id: row.get(0)?,
                    at: row.get(1)?,
                    user: row.get(2)?,
                    action: row.get(3)?,
                    explainer: row.get(4)?,
                    revision: row.get(5)?,
                    detail: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    // Maintenance -------------------------------------------------------------

    /// Writes a consistent copy of the database to `to` (which must not
    /// exist), while the desk may be running: `VACUUM INTO` reads one snapshot
    /// and writes a compact database with no WAL beside it.
    pub fn backup_to(&self, to: &Path) -> Result<()> {
        let target = to.to_str().ok_or_else(|| {
            StoreError::Migration(format!("{} is not a UTF-8 path", to.display()))
        })?;
        self.conn().execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }

    /// `PRAGMA integrity_check`: `ok`, or what is wrong.
    #[cfg(test)]
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// WAL with full syncs, foreign keys on, and a busy timeout for the moments
/// another process (a backup) holds a lock.
fn configure(conn: &Connection) -> Result<()> {
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Migration(format!(
            "the database would not switch to WAL (journal mode {mode})"
        )));
    }
    // FULL, not WAL's usual NORMAL: NORMAL may lose the last commits on a power
    // cut, and the desk promises that an acknowledged save is kept.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

const USER_COLUMNS: &str = "id, name, role, must_change_password, disabled, created_at";

fn user_row(row: &Row<'_>) -> rusqlite::Result<User> {
    let role: String = row.get(2)?;
    Ok(User {
        id: row.get(0)?,
        name: row.get(1)?,
        // The CHECK constraint admits only the three names.
        role: Role::parse(&role).unwrap_or(Role::Reporter),
        must_change_password: row.get(3)?,
        disabled: row.get(4)?,
        created_at: row.get(5)?,
    })
}

/// An explainer's state, from `e` (explainers) and `r` (its current
/// revision): `draft` (not published), `published` (the live version has the
/// draft's content), `published-with-changes` (the draft has changes not yet
/// published). By content, not revision id: a draft restored to the published
/// revision's content has no changes to publish.
const STATE: &str = "CASE
    WHEN e.published_revision IS NULL THEN 'draft'
    WHEN (SELECT p.content FROM revisions p WHERE p.id = e.published_revision) = r.content
        THEN 'published'
    ELSE 'published-with-changes' END";

const REVISION_COLUMNS: &str =
    "r.explainer_id, r.id, r.parent, r.restored_from, u.name, r.created_at, r.errors, r.content";

fn revision_row(row: &Row<'_>) -> rusqlite::Result<Revision> {
    Ok(Revision {
        explainer: row.get(0)?,
        meta: RevisionMeta {
            revision: row.get(1)?,
            parent: row.get(2)?,
            restored_from: row.get(3)?,
            author: row.get(4)?,
            created_at: row.get(5)?,
            errors: row.get(6)?,
        },
        content: row.get(7)?,
    })
}

/// Fails with NotFound unless the explainer exists and is not deleted.
fn live(conn: &Connection, id: &str) -> Result<()> {
    conn.query_row(
        "SELECT 1 FROM explainers WHERE id = ?1 AND deleted_at IS NULL",
        [id],
        |_| Ok(()),
    )
    .optional()?
    .ok_or(StoreError::NotFound)
}

fn current(conn: &Connection, id: &str) -> Result<Revision> {
    conn.query_row(
        &format!(
            "SELECT {REVISION_COLUMNS} FROM explainers e
             JOIN revisions r ON r.id = e.current_revision
             JOIN users u ON u.id = r.author
             WHERE e.id = ?1 AND e.deleted_at IS NULL"
        ),
        [id],
        revision_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound)
}

fn insert_revision(
    conn: &Connection,
    id: &str,
    parent: Option<i64>,
    restored_from: Option<i64>,
    author: i64,
    now: i64,
    new: &NewContent,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO revisions (explainer_id, parent, restored_from, author, created_at, errors, content)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, parent, restored_from, author, now, new.errors, new.content],
    )?;
    let revision = conn.last_insert_rowid();
    conn.execute(
        "UPDATE explainers SET current_revision = ?1 WHERE id = ?2",
        params![revision, id],
    )?;
    Ok(revision)
}

fn audit(
    conn: &Connection,
    user: Option<i64>,
    action: &str,
    explainer: Option<&str>,
    revision: Option<i64>,
    detail: Option<&str>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO audit (at, user_id, action, explainer_id, revision_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![now_ms(), user, action, explainer, revision, detail],
    )?;
    Ok(())
}

/// A new explainer id: 16 random lowercase letters and digits (about 82 bits).
fn new_explainer_id() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut bytes = [0u8; 16];
    super::auth::random_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// True for a string that could be an explainer id; anything else is not
/// looked up at all.
pub fn is_explainer_id(id: &str) -> bool {
    id.len() == 16
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// The headline of an explainer's JSON, or "" when it has none (for content
/// stored before it was checked, which does not happen, but costs nothing).
pub fn headline_of(content: &str) -> String {
    news_explainer::model::Explainer::from_json(content)
        .map(|explainer| explainer.article.headline)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(headline: &str) -> NewContent {
        NewContent {
            content: format!("{{\"headline\":\"{headline}\"}}"),
            headline: headline.into(),
            errors: 0,
        }
    }

    fn store() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let user = store
            .create_user("ana", Role::Reporter, "hash", false, None)
            .unwrap();
        (dir, store, user.id)
    }

    #[test]
    fn the_database_is_in_wal_with_full_syncs() {
        let (_dir, store, _) = store();
        store.with_conn(|conn| {
            let mode: String = conn
                .query_row("PRAGMA journal_mode", [], |r| r.get(0))
                .unwrap();
            let sync: i64 = conn
                .query_row("PRAGMA synchronous", [], |r| r.get(0))
                .unwrap();
            assert_eq!(mode, "wal");
            assert_eq!(sync, 2, "FULL");
        });
    }

    #[test]
    fn saves_make_revisions_and_a_stale_base_is_refused() {
        let (_dir, store, ana) = store();
        let bo = store
            .create_user("bo", Role::Editor, "h", false, None)
            .unwrap()
            .id;
        let (id, first) = store.create_explainer(&content("One"), ana).unwrap();
        let second = store.save(&id, first, &content("Two"), ana).unwrap();
        assert!(second > first);
        // Bo started from the first revision too: refused, with the current one.
        match store.save(&id, first, &content("Bo's"), bo) {
            Err(StoreError::Conflict(current)) => {
                assert_eq!(current.meta.revision, second);
                assert_eq!(current.meta.author, "ana");
                assert!(current.content.contains("Two"));
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(store.current(&id).unwrap().meta.revision, second);
        let third = store.save(&id, second, &content("Bo's"), bo).unwrap();
        let list = store.revisions(&id).unwrap();
        assert_eq!(
            list.iter().map(|r| r.revision).collect::<Vec<_>>(),
            [third, second, first]
        );
        assert_eq!(list[0].author, "bo");
        assert_eq!(list[0].parent, Some(second));
        let summary = &store.list(None).unwrap()[0];
        assert_eq!(
            (summary.headline.as_str(), summary.updated_by.as_str()),
            ("Bo's", "bo")
        );
    }

    #[test]
    fn restore_is_a_new_revision_with_the_old_content() {
        let (_dir, store, ana) = store();
        let (id, first) = store.create_explainer(&content("One"), ana).unwrap();
        let second = store.save(&id, first, &content("Two"), ana).unwrap();
        assert!(matches!(
            store.restore(&id, first, first, ana),
            Err(StoreError::Conflict(_))
        ));
        let third = store.restore(&id, second, first, ana).unwrap();
        let current = store.current(&id).unwrap();
        assert_eq!(current.meta.revision, third);
        assert_eq!(current.meta.restored_from, Some(first));
        assert_eq!(current.content, content("One").content);
        assert_eq!(store.revisions(&id).unwrap().len(), 3);
    }

    #[test]
    fn deleting_hides_but_keeps_and_is_audited() {
        let (_dir, store, ana) = store();
        let (id, first) = store.create_explainer(&content("One"), ana).unwrap();
        let (other, _) = store.create_explainer(&content("Other"), ana).unwrap();
        store.delete(&id, first, ana).unwrap();
        assert!(matches!(store.current(&id), Err(StoreError::NotFound)));
        assert!(matches!(store.revisions(&id), Err(StoreError::NotFound)));
        let list = store.list(None).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].id, other);
        let kept: i64 = store.with_conn(|c| {
            c.query_row(
                "SELECT count(*) FROM revisions WHERE explainer_id = ?1",
                [&id],
                |r| r.get(0),
            )
            .unwrap()
        });
        assert_eq!(kept, 1);
        let actions: Vec<String> = store
            .audit_log(None, 10)
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(actions, ["delete", "create", "create", "user.create"]);
    }

    #[test]
    fn search_matches_headline_or_editor_and_escapes_wildcards() {
        let (_dir, store, ana) = store();
        store
            .create_explainer(&content("Summit in Anchorage"), ana)
            .unwrap();
        store
            .create_explainer(&content("100% tariffs"), ana)
            .unwrap();
        assert_eq!(store.list(Some("anchor")).unwrap().len(), 1);
        assert_eq!(store.list(Some("ANA")).unwrap().len(), 2, "by editor");
        assert_eq!(store.list(Some("0%")).unwrap().len(), 1);
        assert_eq!(store.list(Some("%")).unwrap().len(), 1);
        assert_eq!(store.list(Some("_")).unwrap().len(), 0);
    }

    #[test]
    fn names_are_unique_in_any_case() {
        let (_dir, store, _) = store();
        assert!(matches!(
            store.create_user("ANA", Role::Admin, "h", false, None),
            Err(StoreError::Duplicate)
        ));
    }

    #[test]
    fn a_full_database_is_disk_full_and_writes_nothing() {
        let (_dir, store, ana) = store();
        let (id, first) = store.create_explainer(&content("One"), ana).unwrap();
        store.with_conn(|c| {
            let pages: i64 = c.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
            c.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
                .unwrap();
        });
        let big = NewContent {
            content: "x".repeat(1 << 20),
            headline: "Big".into(),
            errors: 0,
        };
        assert!(matches!(
            store.save(&id, first, &big, ana),
            Err(StoreError::DiskFull)
        ));
        assert_eq!(store.current(&id).unwrap().meta.revision, first);
    }

    #[test]
    fn a_backup_is_a_whole_database() {
        let (dir, store, ana) = store();
        let (id, first) = store.create_explainer(&content("One"), ana).unwrap();
        store.save(&id, first, &content("Two"), ana).unwrap();
        let copy = dir.path().join("backup.sqlite3");
        store.backup_to(&copy).unwrap();
        let restored = Store::open_file(&copy).unwrap();
        assert_eq!(restored.integrity_check().unwrap(), "ok");
        assert_eq!(
            restored.current(&id).unwrap().content,
            content("Two").content
        );
        assert_eq!(restored.revisions(&id).unwrap().len(), 2);
    }

    #[test]
    fn explainer_ids_are_strict() {
        let (_dir, store, ana) = store();
        let (id, _) = store.create_explainer(&content("One"), ana).unwrap();
        assert!(is_explainer_id(&id));
        for bad in [
            "",
            "../../etc/passwd",
            "ABCDEFGHIJKLMNOP",
            "abc",
            "abcdefghijklmnop/",
        ] {
            assert!(!is_explainer_id(bad), "{bad}");
        }
    }
}
