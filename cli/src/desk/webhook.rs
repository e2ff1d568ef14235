//! The desk's webhook (issue 27): `--webhook URL --webhook-secret-file FILE`
//! POSTs a JSON event to `URL` after each publish, unpublish and restore, so
//! that a CMS or a cache purge can react.
//!
//! The event (`{"event", "id", "slug", "url", "version", "by", "at"}`, `at` in
//! milliseconds since the epoch like the API's times) is sent only once the
//! publish is written and recorded, from a task of its own: the editor's
//! request never waits for it and never fails because of it. It is signed
//! with HMAC-SHA256 over `TIMESTAMP.BODY` with the shared secret, in
//! `X-Explainer-Signature: t=TIMESTAMP,v1=HEX` (Unix seconds), so a receiver
//! checks both who sent it and that it is fresh. Each event has an id
//! (`X-Explainer-Delivery`) that stays the same through its retries, so a
//! receiver can ignore a repeat. A delivery that fails (no answer in 10 s, or
//! a status other than 2xx) is tried again after 1, 2, 4 and 8 seconds; after
//! the last try it is logged and written to the audit log (`webhook_failed`).
//! Until then the event is kept in the desk's database (its queue,
//! [`Store::queue_delivery`]): a desk stopped while an event waits for a try
//! sends it when it starts again ([`Webhook::resume`]), with the same
//! delivery id and body.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use ring::hmac;
use serde::Serialize;

use super::store::webhook_queue::Queued;
use super::store::{self, Store};
use crate::publishing::s3::install_tls_provider;

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "x-explainer-signature";
/// The header that names an event, the same through its retries.
pub const DELIVERY_HEADER: &str = "x-explainer-delivery";

/// How many times an event is sent at most, and the wait before the first
/// retry (doubled for each next one).
#[derive(Clone, Copy, Debug)]
pub struct Retry {
    /// Tries in all, the first included.
    pub attempts: u32,
    /// The wait before the second try.
    pub first_delay: Duration,
}

impl Default for Retry {
    fn default() -> Retry {
        Retry {
            attempts: 5,
            first_delay: Duration::from_secs(1),
        }
    }
}

/// What happened, as the receiver gets it.
#[derive(Clone, Debug, Serialize)]
pub struct Event {
    /// `publish`, `unpublish` or `restore`.
    pub event: &'static str,
    /// The explainer's id on the desk.
    pub id: String,
    /// Its slug (its folder at the target).
    pub slug: String,
    /// Where readers read it.
    pub url: String,
    /// The version now live; for an unpublish, the version taken down.
    pub version: Option<u32>,
    /// Who did it.
    pub by: String,
    /// When (ms since the epoch).
    pub at: i64,
}

/// Where events go, and the secret they are signed with.
pub struct Webhook {
    url: String,
    key: hmac::Key,
    client: reqwest::Client,
    retry: Retry,
}

impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        f.debug_struct("Webhook").field("url", &self.url).finish()
    }
}

/// The shortest secret accepted: a guessable one would let anyone sign.
pub const MIN_SECRET_BYTES: usize = 16;

impl Webhook {
    /// A webhook to `url` (absolute http(s)), signed with `secret`.
    pub fn new(url: &str, secret: &[u8], retry: Retry) -> Result<Webhook, String> {
        let parsed: reqwest::Url = url
            .parse()
            .map_err(|e| format!("--webhook {url} is not a URL: {e}"))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            return Err(format!("--webhook {url} is not an absolute http(s) URL."));
        }
        if secret.len() < MIN_SECRET_BYTES {
            return Err(format!(
                "the webhook secret is {} bytes; give at least {MIN_SECRET_BYTES} random ones \
                 (for example `openssl rand -hex 32 > FILE`).",
                secret.len()
            ));
        }
        install_tls_provider();
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent("explainer-desk")
            .build()
            .map_err(|e| format!("cannot make the webhook's HTTP client: {e}"))?;
        Ok(Webhook {
            url: url.to_string(),
            key: hmac::Key::new(hmac::HMAC_SHA256, secret),
            client,
            retry,
        })
    }

    /// A webhook to `url` with the secret in `file` (its surrounding
    /// whitespace, such as the final newline, left out).
    pub fn from_file(url: &str, file: &Path) -> Result<Webhook, String> {
        let text = std::fs::read(file)
            .map_err(|e| format!("cannot read the webhook secret {}: {e}", file.display()))?;
        Webhook::new(url, text.trim_ascii(), Retry::default())
    }

    /// The value of [`SIGNATURE_HEADER`] for `body` sent at `timestamp`.
    pub fn signature(&self, timestamp: i64, body: &[u8]) -> String {
        let mut signed = format!("{timestamp}.").into_bytes();
        signed.extend_from_slice(body);
        let tag = hmac::sign(&self.key, &signed);
        format!("t={timestamp},v1={}", store::hex(tag.as_ref()))
    }

    /// Sends `event` from a task of its own (see the module's documentation);
    /// a delivery that fails every try goes to the audit log as done by `user`.
    pub fn notify(self: &Arc<Self>, event: Event, store: Arc<Store>, user: i64) {
        let body = match serde_json::to_string(&event) {
            Ok(body) => body,
            Err(e) => return eprintln!("desk: webhook event not sent: {e}"),
        };
        let mut id = [0u8; 16];
        super::auth::random_bytes(&mut id);
        let queued = Queued {
            delivery: store::hex(&id),
            user: Some(user),
            body,
        };
        let webhook = self.clone();
        tokio::spawn(async move {
            let keep = queued.clone();
            let kept = {
                let store = store.clone();
                tokio::task::spawn_blocking(move || store.queue_delivery(&keep)).await
            };
            if !matches!(kept, Ok(Ok(()))) {
                // Still sent; only a restart before it is taken would lose it.
                eprintln!(
                    "desk: webhook delivery {} not kept in the database; sending it anyway",
                    queued.delivery
                );
            }
            webhook.send(queued, store).await;
        });
    }

    /// Sends, each from a task of its own, the deliveries a desk stopped
    /// before it could finish (its queue in the database); how many. Called
    /// once as the desk starts, inside its runtime.
    pub fn resume(self: &Arc<Self>, store: Arc<Store>) -> usize {
        let queued = match store.queued_deliveries() {
            Ok(queued) => queued,
            Err(e) => {
                eprintln!("desk: cannot read the webhook's queue: {e}");
                return 0;
            }
        };
        for delivery in &queued {
            let (webhook, store, delivery) = (self.clone(), store.clone(), delivery.clone());
            tokio::spawn(async move { webhook.send(delivery, store).await });
        }
        queued.len()
    }

    /// Delivers `queued`, then takes it off the queue; a delivery that failed
    /// every try is logged and audited.
    async fn send(&self, queued: Queued, store: Arc<Store>) {
        let outcome = self.deliver(&queued).await;
        let (delivery, user) = (queued.delivery.clone(), queued.user);
        let event: serde_json::Value = serde_json::from_str(&queued.body).unwrap_or_default();
        let failure = outcome.err().map(|reason| {
            format!(
                "{} of {} version {} to {}: {reason}",
                event["event"].as_str().unwrap_or("event"),
                event["slug"].as_str().unwrap_or("-"),
                event["version"]
                    .as_u64()
                    .map_or("-".to_string(), |v| v.to_string()),
                self.url
            )
        });
        if let Some(detail) = &failure {
            eprintln!("desk: webhook not delivered: {detail}");
        }
        let id = event["id"].as_str().map(str::to_string);
        let _ = tokio::task::spawn_blocking(move || {
            if let Some(detail) = failure {
                store.record(user, "webhook_failed", id.as_deref(), &detail)?;
            }
            store.dequeue_delivery(&delivery)
        })
        .await;
    }

    /// Sends `queued` until a 2xx answer, at most `retry.attempts` times;
    /// the last failure's reason.
    async fn deliver(&self, queued: &Queued) -> Result<(), String> {
        let event: serde_json::Value = serde_json::from_str(&queued.body).unwrap_or_default();
        let name = event["event"].as_str().unwrap_or("event").to_string();
        let slug = event["slug"].as_str().unwrap_or("-").to_string();
        let body = queued.body.as_bytes();
        let mut delay = self.retry.first_delay;
        let mut reason = String::new();
        for attempt in 1..=self.retry.attempts {
            let timestamp = store::now_ms() / 1000;
            let sent = self
                .client
                .post(&self.url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(SIGNATURE_HEADER, self.signature(timestamp, body))
                .header(DELIVERY_HEADER, &queued.delivery)
                .header("x-explainer-event", &name)
                .body(body.to_vec())
                .send()
                .await;
            reason = match sent {
                Ok(answer) if answer.status().is_success() => return Ok(()),
                Ok(answer) => format!("answered {}", answer.status()),
                Err(e) => format!("no answer: {e}"),
            };
            if attempt < self.retry.attempts {
                eprintln!(
                    "desk: webhook try {attempt} of {} for {name} {slug}: {reason}; again in {delay:?}",
                    self.retry.attempts
                );
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
        }
        Err(format!("{reason}, after {} tries", self.retry.attempts))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use axum::body::Bytes;
    use axum::extract::State;
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::post;
    use axum::Router;
    use tokio::sync::mpsc;

    use super::super::api::{Config, Desk};
    use super::super::testing::*;
    use super::*;

    const SECRET: &[u8] = b"a shared secret of the newsroom";

    /// What the receiver got: headers and body.
    type Received = (HeaderMap, Bytes);

    /// A local receiver that answers each request with the next status of
    /// `statuses` (then 200), and hands on what it got.
    async fn receiver(statuses: Vec<u16>) -> (String, mpsc::UnboundedReceiver<Received>) {
        let (sender, received) = mpsc::unbounded_channel();
        let state = Arc::new((Mutex::new(statuses), sender));
        type Shared = Arc<(Mutex<Vec<u16>>, mpsc::UnboundedSender<Received>)>;
        async fn hook(State(state): State<Shared>, headers: HeaderMap, body: Bytes) -> StatusCode {
            let _ = state.1.send((headers, body));
            let mut statuses = state.0.lock().unwrap();
            let status = if statuses.is_empty() {
                200
            } else {
                statuses.remove(0)
            };
            StatusCode::from_u16(status).unwrap()
        }
        let app = Router::new().route("/hook", post(hook)).with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://{address}/hook"), received)
    }

    /// The check a receiver makes, written as a receiver would: the
    /// timestamp and signature from the header, HMAC-SHA256 over
    /// `timestamp.body`, compared in constant time.
    fn verify(secret: &[u8], header: &str, body: &[u8]) -> bool {
        let mut timestamp = None;
        let mut signature = None;
        for part in header.split(',') {
            match part.split_once('=') {
                Some(("t", t)) => timestamp = Some(t),
                Some(("v1", v)) => signature = Some(v),
                _ => {}
            }
        }
        let (Some(timestamp), Some(signature)) = (timestamp, signature) else {
            return false;
        };
        let Some(tag) = (0..signature.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(signature.get(i..i + 2)?, 16).ok())
            .collect::<Option<Vec<u8>>>()
        else {
            return false;
        };
        let mut signed = format!("{timestamp}.").into_bytes();
        signed.extend_from_slice(body);
        let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
        hmac::verify(&key, &signed, &tag).is_ok()
    }

    fn fast() -> Retry {
        Retry {
            attempts: 3,
            first_delay: Duration::from_millis(20),
        }
    }

    fn with_webhook(harness: &mut Harness, url: &str) {
        let webhook = Webhook::new(url, SECRET, fast()).unwrap();
        let config = Config {
            webhook: Some(Arc::new(webhook)),
            ..harness.desk.config.clone()
        };
        harness.desk = Arc::new(Desk::new(harness.desk.store.clone(), config));
    }

    async fn next(received: &mut mpsc::UnboundedReceiver<Received>) -> Received {
        tokio::time::timeout(Duration::from_secs(20), received.recv())
            .await
            .expect("the webhook within 20 s")
            .expect("a request")
    }

    #[tokio::test]
    async fn publish_restore_and_unpublish_send_signed_events() {
        let (url, mut received) = receiver(Vec::new()).await;
        let mut desk = Harness::publishing();
        with_webhook(&mut desk, &url);
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let made = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let api = format!("/api/explainers/{id}");

        let published = desk.call("POST", &format!("{api}/publish"), &bo, "").await;
        assert_eq!(published.status, StatusCode::OK, "{}", published.body);
        let (headers, body) = next(&mut received).await;
        let signature = headers[SIGNATURE_HEADER].to_str().unwrap();
        assert!(verify(SECRET, signature, &body), "{signature}");
        assert!(!verify(b"another secret entirely", signature, &body));
        let mut tampered = body.to_vec();
        tampered[2] ^= 1;
        assert!(!verify(SECRET, signature, &tampered));
        let event: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(event["event"], "publish");
        assert_eq!(event["id"], id.as_str());
        assert_eq!(event["slug"], published.body["slug"]);
        assert_eq!(event["url"], published.body["url"]);
        assert_eq!(event["version"], 1);
        assert_eq!(event["by"], "bo");
        let at = event["at"].as_i64().unwrap();
        assert!((store::now_ms() - at).abs() < 60_000, "{at}");
        assert_eq!(headers["content-type"], "application/json");
        assert_eq!(headers["x-explainer-event"], "publish");

        // A restore and an unpublish: each its signed event, with its version.
        for (route, event_name, version) in [
            ("publications/1/restore", "restore", 2),
            ("unpublish", "unpublish", 2),
        ] {
            let done = desk.call("POST", &format!("{api}/{route}"), &bo, "").await;
            assert_eq!(done.status, StatusCode::OK, "{route}: {}", done.body);
            let (headers, body) = next(&mut received).await;
            let signature = headers[SIGNATURE_HEADER].to_str().unwrap();
            assert!(verify(SECRET, signature, &body), "{route}");
            let event: serde_json::Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(
                (event["event"].as_str(), event["version"].as_u64()),
                (Some(event_name), Some(version))
            );
        }
    }

    #[tokio::test]
    async fn a_failing_receiver_gets_retries_with_the_same_delivery_id() {
        let (url, mut received) = receiver(vec![503, 500]).await;
        let mut desk = Harness::publishing();
        with_webhook(&mut desk, &url);
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let made = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let published = desk
            .call("POST", &format!("/api/explainers/{id}/publish"), &bo, "")
            .await;
        assert_eq!(published.status, StatusCode::OK);
        let tries = [
            next(&mut received).await,
            next(&mut received).await,
            next(&mut received).await,
        ];
        let ids: Vec<&str> = tries
            .iter()
            .map(|(h, _)| h[DELIVERY_HEADER].to_str().unwrap())
            .collect();
        assert_eq!(ids[0].len(), 32);
        assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
        for (headers, body) in &tries {
            assert!(verify(
                SECRET,
                headers[SIGNATURE_HEADER].to_str().unwrap(),
                body
            ));
        }
        // Kept in the database while it waited for a try; gone once taken.
        drained(&desk.desk.store).await;
    }

    /// Waits until the webhook's queue is empty.
    async fn drained(store: &Arc<Store>) {
        let empty = async {
            while !store.queued_deliveries().unwrap().is_empty() {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        };
        tokio::time::timeout(Duration::from_secs(20), empty)
            .await
            .expect("the queue empty within 20 s");
    }

    #[tokio::test]
    async fn an_event_queued_when_the_desk_stopped_is_sent_when_it_starts() {
        let (url, mut received) = receiver(vec![503]).await;
        let desk = Harness::new();
        let store = desk.desk.store.clone();
        // What a desk stopped between two tries leaves in its database.
        let body = r#"{"event":"unpublish","id":"abc","slug":"anchorage","url":"https://news.example/anchorage/","version":2,"by":"bo","at":1765141200123}"#;
        let queued = Queued {
            delivery: "5e".repeat(16),
            user: None,
            body: body.into(),
        };
        store.queue_delivery(&queued).unwrap();

        let webhook = Arc::new(Webhook::new(&url, SECRET, fast()).unwrap());
        assert_eq!(webhook.resume(store.clone()), 1);
        for _ in 0..2 {
            let (headers, got) = next(&mut received).await;
            assert_eq!(&got[..], body.as_bytes(), "byte for byte");
            assert_eq!(headers[DELIVERY_HEADER], queued.delivery.as_str());
            assert_eq!(headers["x-explainer-event"], "unpublish");
            let signature = headers[SIGNATURE_HEADER].to_str().unwrap();
            assert!(verify(SECRET, signature, &got));
        }
        drained(&store).await;
        assert_eq!(webhook.resume(store), 0, "sent once");
    }

    #[tokio::test]
    async fn an_unreachable_receiver_never_fails_the_publish_and_is_audited() {
        // A port that was just free: nothing listens there.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        drop(listener);
        let mut desk = Harness::publishing();
        with_webhook(&mut desk, &url);
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let made = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let published = desk
            .call("POST", &format!("/api/explainers/{id}/publish"), &bo, "")
            .await;
        assert_eq!(published.status, StatusCode::OK, "{}", published.body);
        let root = desk.login("root").await;
        let audited = async {
            loop {
                let audit = desk.call("GET", "/api/audit", &root, "").await;
                let entries = audit.body["entries"].as_array().unwrap().clone();
                if let Some(entry) = entries.iter().find(|e| e["action"] == "webhook_failed") {
                    return entry.clone();
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        };
        let entry = tokio::time::timeout(Duration::from_secs(30), audited)
            .await
            .expect("the failure in the audit log");
        assert_eq!(entry["explainer"], id.as_str());
        assert_eq!(entry["user"], "bo");
        let detail = entry["detail"].as_str().unwrap();
        assert!(
            detail.contains("publish of") && detail.contains("after 3 tries"),
            "{detail}"
        );
    }

    #[test]
    fn bad_urls_and_short_secrets_are_refused() {
        for url in ["ftp://x.example/", "/hook", "http://"] {
            assert!(Webhook::new(url, SECRET, fast()).is_err(), "{url}");
        }
        let short = Webhook::new("https://cms.example/hook", b"short", fast()).unwrap_err();
        assert!(short.contains("at least 16"), "{short}");
    }
}
