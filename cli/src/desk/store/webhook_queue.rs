//! The webhook's queue in the store: every event the desk has to deliver,
//! from the moment it is handed to the webhook until a receiver took it or
//! its last try failed, as it goes over the wire (its delivery id and JSON
//! body) with who caused it. A desk stopped (or killed) while an event waits
//! for a retry finds it here when it starts again and sends it, with the same
//! delivery id, so a receiver that got it before ignores the repeat.

use rusqlite::params;

use super::{now_ms, Result, Store};

/// One event not yet delivered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    /// Its delivery id (`X-Explainer-Delivery`), the same on every try.
    pub delivery: String,
    /// Who caused it (for the audit log's `webhook_failed`).
    pub user: Option<i64>,
    /// The JSON body, byte for byte as it is signed and sent.
    pub body: String,
}

impl Store {
    /// Keeps `queued` until [`Store::dequeue_delivery`].
    pub fn queue_delivery(&self, queued: &Queued) -> Result<()> {
        self.conn().execute(
            "INSERT OR REPLACE INTO webhook_queue (delivery, user_id, body, queued_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![queued.delivery, queued.user, queued.body, now_ms()],
        )?;
        Ok(())
    }

    /// Forgets the delivery: it was taken, or its last try failed.
    pub fn dequeue_delivery(&self, delivery: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM webhook_queue WHERE delivery = ?1", [delivery])?;
        Ok(())
    }

    /// Every delivery still waiting, oldest first.
    pub fn queued_deliveries(&self) -> Result<Vec<Queued>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(
            "SELECT delivery, user_id, body FROM webhook_queue ORDER BY queued_at, delivery",
        )?;
        let queued = statement
            .query_map([], |row| {
                Ok(Queued {
                    delivery: row.get(0)?,
                    user: row.get(1)?,
                    body: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(queued)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Role;
    use super::*;

    #[test]
    fn a_queued_delivery_outlives_the_store_until_dequeued() {
        let dir = tempfile::tempdir().unwrap();
        let queued = {
            let store = Store::open(dir.path()).unwrap();
            let ana = store
                .create_user("ana", Role::Editor, "hash", false, None)
                .unwrap()
                .id;
            let queued = Queued {
                delivery: "0f".repeat(16),
                user: Some(ana),
                body: r#"{"event":"publish","slug":"a"}"#.into(),
            };
            store.queue_delivery(&queued).unwrap();
            queued
        };
        // The desk started again, over the same folder.
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            store.queued_deliveries().unwrap(),
            std::slice::from_ref(&queued)
        );
        store.dequeue_delivery(&queued.delivery).unwrap();
        assert!(store.queued_deliveries().unwrap().is_empty());
    }
}
