//! Preview links in the store: each link is kept as the SHA-256 of its token
//! (the token itself is shown once, to whoever made it), with the explainer it
//! shows, who made it and when, and when it was revoked. A link shows the
//! explainer's current draft, whatever revision that is by then.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{audit, current, hex, live, now_ms, Result, Revision, Store, StoreError};

/// One preview link, as listed: never its token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PreviewMeta {
    /// The SHA-256 of its token, in hex: names the link to revoke it.
    pub id: String,
    /// Who made it.
    pub created_by: String,
    /// When (ms since the epoch).
    pub created_at: i64,
}

impl Store {
    /// Records a new preview link of explainer `id`, made by `user`, with its
    /// audit entry.
    pub fn create_preview(&self, id: &str, token_hash: &[u8], user: i64) -> Result<PreviewMeta> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        live(&tx, id)?;
        let now = now_ms();
        tx.execute(
            "INSERT INTO previews (token_hash, explainer_id, user_id, created_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![token_hash, id, user, now],
        )?;
        let created_by: String =
            tx.query_row("SELECT name FROM users WHERE id = ?1", [user], |r| r.get(0))?;
        let meta = PreviewMeta {
            id: hex(token_hash),
            created_by,
            created_at: now,
        };
        let detail = format!("preview link {}…", &meta.id[..12]);
        audit(&tx, Some(user), "preview", Some(id), None, Some(&detail))?;
        tx.commit()?;
        Ok(meta)
    }

    /// The explainer's preview links that still work, newest first.
    pub fn previews(&self, id: &str) -> Result<Vec<PreviewMeta>> {
        let conn = self.conn();
        live(&conn, id)?;
        let mut statement = conn.prepare_cached(
            "SELECT p.token_hash, u.name, p.created_at
             FROM previews p JOIN users u ON u.id = p.user_id
             WHERE p.explainer_id = ?1 AND p.revoked_at IS NULL
             ORDER BY p.created_at DESC, p.rowid DESC",
        )?;
        let list = statement
            .query_map([id], |row| {
                Ok(PreviewMeta {
                    id: hex(&row.get::<_, Vec<u8>>(0)?),
                    created_by: row.get(1)?,
                    created_at: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// Revokes explainer `id`'s link whose token hashes to `token_hash`, with
    /// its audit entry; `NotFound` when there is no such working link.
    pub fn revoke_preview(&self, id: &str, token_hash: &[u8], by: i64) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        live(&tx, id)?;
        let changed = tx.execute(
            "UPDATE previews SET revoked_at = ?1
             WHERE token_hash = ?2 AND explainer_id = ?3 AND revoked_at IS NULL",
            params![now_ms(), token_hash, id],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        let detail = format!("preview link {}…", &hex(token_hash)[..12]);
        audit(
            &tx,
            Some(by),
            "revoke_preview",
            Some(id),
            None,
            Some(&detail),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The current draft a working link shows, or `None` (an unknown or
    /// revoked link, or a deleted explainer).
    pub fn preview_draft(&self, token_hash: &[u8]) -> Result<Option<Revision>> {
        let conn = self.conn();
        let explainer: Option<String> = conn
            .query_row(
                "SELECT explainer_id FROM previews WHERE token_hash = ?1 AND revoked_at IS NULL",
                [token_hash],
                |r| r.get(0),
            )
            .optional()?;
        match explainer {
            Some(id) => match current(&conn, &id) {
                Ok(revision) => Ok(Some(revision)),
                Err(StoreError::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            None => Ok(None),
        }
    }
}
