//! Preview links in the store: each link is kept as the SHA-256 of its token
//! (the token itself is shown once, to whoever made it), with the explainer it
//! shows, who made it and when, and when it was revoked. A link shows the
//! explainer's current draft, whatever revision that is by then, for
//! [`PREVIEW_DAYS`] days; older links are forgotten.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{audit, current, hex, live, now_ms, Result, Revision, Store, StoreError};

/// How many days a preview link works after it was made. A link is sent for
/// one story's review, and is forwarded further than anyone remembers: one
/// that worked for ever would show that explainer's drafts to whoever holds
/// it for as long as the desk runs. Older links stop working, and are deleted
/// ([`Store::prune_previews`]).
pub const PREVIEW_DAYS: i64 = 30;

/// The oldest `created_at` (ms since the epoch) of a link that still works.
fn oldest_working() -> i64 {
    now_ms() - PREVIEW_DAYS * 24 * 60 * 60 * 1000
}

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
        // Making a link is when the old ones are forgotten too (and at the
        // desk's start): no timer, and the table stays small.
        tx.execute(
            "DELETE FROM previews WHERE created_at < ?1",
            [oldest_working()],
        )?;
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
             WHERE p.explainer_id = ?1 AND p.revoked_at IS NULL AND p.created_at >= ?2
             ORDER BY p.created_at DESC, p.rowid DESC",
        )?;
        let list = statement
            .query_map(params![id, oldest_working()], |row| {
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

    /// The current draft a working link shows, or `None` (an unknown,
    /// revoked or expired link, or a deleted explainer).
    pub fn preview_draft(&self, token_hash: &[u8]) -> Result<Option<Revision>> {
        let conn = self.conn();
        let explainer: Option<String> = conn
            .query_row(
                "SELECT explainer_id FROM previews
                 WHERE token_hash = ?1 AND revoked_at IS NULL AND created_at >= ?2",
                params![token_hash, oldest_working()],
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

    /// Deletes the links made more than [`PREVIEW_DAYS`] days ago (working,
    /// revoked or not: the audit log keeps who made and revoked each);
    /// how many.
    pub fn prune_previews(&self) -> Result<usize> {
        Ok(self.conn().execute(
            "DELETE FROM previews WHERE created_at < ?1",
            [oldest_working()],
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{NewContent, Role};
    use super::*;

    const DAY_MS: i64 = 24 * 60 * 60 * 1000;

    #[test]
    fn a_link_older_than_its_days_stops_working_and_is_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let ana = store
            .create_user("ana", Role::Reporter, "hash", false, None)
            .unwrap()
            .id;
        let new = NewContent {
            content: "{}".into(),
            headline: "One".into(),
            errors: 0,
        };
        let (id, _) = store.create_explainer(&new, ana).unwrap();
        let [fresh, old, older] = [[1u8; 32], [2u8; 32], [3u8; 32]];
        for hash in [fresh, old, older] {
            store.create_preview(&id, &hash, ana).unwrap();
        }
        // Made PREVIEW_DAYS days ago less an hour, and a day more than that.
        let made = |hash: [u8; 32], days_ago: i64, less_ms: i64| {
            store.with_conn(|c| {
                c.execute(
                    "UPDATE previews SET created_at = ?1 WHERE token_hash = ?2",
                    params![now_ms() - days_ago * DAY_MS + less_ms, hash.as_slice()],
                )
                .unwrap()
            })
        };
        made(old, PREVIEW_DAYS, 60 * 60 * 1000);
        made(older, PREVIEW_DAYS + 1, 0);

        assert!(store.preview_draft(&fresh).unwrap().is_some());
        assert!(
            store.preview_draft(&old).unwrap().is_some(),
            "still in its days"
        );
        assert!(store.preview_draft(&older).unwrap().is_none(), "expired");
        let listed: Vec<String> = store
            .previews(&id)
            .unwrap()
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(listed.len(), 2);
        assert!(!listed.contains(&hex(&older)));

        assert_eq!(store.prune_previews().unwrap(), 1);
        assert_eq!(store.prune_previews().unwrap(), 0);
        let kept: i64 = store.with_conn(|c| {
            c.query_row("SELECT count(*) FROM previews", [], |r| r.get(0))
                .unwrap()
        });
        assert_eq!(kept, 2);
        // Making a link forgets the expired ones as well.
        made(old, PREVIEW_DAYS + 2, 0);
        store.create_preview(&id, &[4u8; 32], ana).unwrap();
        let kept: i64 = store.with_conn(|c| {
            c.query_row("SELECT count(*) FROM previews", [], |r| r.get(0))
                .unwrap()
        });
        assert_eq!(kept, 2, "the fresh one and the new one");
    }
}
