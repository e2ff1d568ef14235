//! The desk's test harness: a desk on a temporary data folder with three
//! accounts (ana the reporter, bo the editor, root the admin), requests sent
//! through the whole router without a socket, and a small release-build
//! template to publish from. Shared by the tests of api.rs and the modules
//! beside it.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::header::{self, HeaderMap};
use axum::http::Request as HttpRequest;
use axum::http::StatusCode;
use serde_json::{json, Value};
use tower::ServiceExt;

use super::api::{Config, Desk};
use super::auth;
use super::publisher::Publisher;
use super::store::{Role, Store};

type Shared = Arc<Desk>;

pub(crate) const HOST: &str = "127.0.0.1:8090";
pub(crate) const ORIGIN: &str = "http://127.0.0.1:8090";
pub(crate) const DEFAULT: &str = include_str!("../../../content/anchorage-summit.json");

pub(crate) struct Harness {
    pub(crate) _dir: tempfile::TempDir,
    pub(crate) desk: Shared,
}

pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Value,
    pub(crate) bytes: Bytes,
}

impl Harness {
    pub(crate) fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open(dir.path()).unwrap());
        for (name, role) in [
            ("ana", Role::Reporter),
            ("bo", Role::Editor),
            ("root", Role::Admin),
        ] {
            let hash = auth::hash_password(&format!("{name}-password"));
            store.create_user(name, role, &hash, false, None).unwrap();
        }
        Harness {
            _dir: dir,
            desk: Arc::new(Desk::new(store, Config::default())),
        }
    }

    /// A desk that publishes to the folder `published` of its data
    /// folder (served at /e/), from a small template made beside it.
    pub(crate) fn publishing() -> Harness {
        let mut harness = Harness::new();
        let dir = harness._dir.path();
        let publisher = Publisher::new(None, dir, None, test_template(dir)).expect("a publisher");
        let config = Config {
            publisher: Some(Arc::new(publisher)),
            ..Config::default()
        };
        harness.desk = Arc::new(Desk::new(harness.desk.store.clone(), config));
        harness
    }

    pub(crate) async fn send(&self, request: HttpRequest<Body>) -> Answer {
        let app = super::routes(self.desk.clone());
        let response = app.oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            body,
            bytes,
        }
    }

    pub(crate) fn request(
        method: &str,
        uri: &str,
        cookie: Option<&str>,
    ) -> axum::http::request::Builder {
        let mut builder = HttpRequest::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, HOST)
            .header(header::ORIGIN, ORIGIN);
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        builder
    }

    pub(crate) async fn call(&self, method: &str, uri: &str, cookie: &str, body: &str) -> Answer {
        let request = Harness::request(method, uri, Some(cookie))
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(request).await
    }

    pub(crate) async fn login(&self, name: &str) -> String {
        let answer = self.try_login(name, &format!("{name}-password")).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        cookie.split(';').next().unwrap().to_string()
    }

    pub(crate) async fn try_login(&self, name: &str, password: &str) -> Answer {
        let body = json!({ "name": name, "password": password }).to_string();
        let request = Harness::request("POST", "/api/login", None)
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }
}

/// A release build's shape, small: the page, hashed Wasm, glue and
/// stylesheet, the boot script and the embed loader.
pub(crate) fn test_template(dir: &std::path::Path) -> std::path::PathBuf {
    let template = dir.join("dist");
    let hash = "0123456789abcdef";
    std::fs::create_dir_all(&template).unwrap();
    let files = [
        (
            "index.html".to_string(),
            format!(
                "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <title>Default</title>\n    \
                 <link rel=\"stylesheet\" href=\"./style-{hash}.css\"/>\n    \
                 <script type=\"module\" src=\"./boot.js\" \
                 data-explainer-js=\"./news-explainer-{hash}.js\" \
                 data-explainer-wasm=\"./news-explainer-{hash}_bg.wasm\"></script>\n  </head>\n  \
                 <body><main><div id=\"explainer\"></div></main></body>\n</html>\n"
            ),
        ),
        (
            format!("style-{hash}.css"),
            ".explainer { color: black; }\n".repeat(40),
        ),
        (
            format!("news-explainer-{hash}.js"),
            "export default function init() { return 1; }\n".repeat(20),
        ),
        (
            format!("news-explainer-{hash}_bg.wasm"),
            "\0asm".repeat(100),
        ),
        ("boot.js".to_string(), "import('./x.js');\n".to_string()),
        (
            "embed.js".to_string(),
            "const JS = '__NEWS_EXPLAINER_JS__', WASM = '__NEWS_EXPLAINER_WASM__', \
             CSS = '__NEWS_EXPLAINER_CSS__';\n"
                .repeat(10),
        ),
    ];
    for (name, text) in files {
        std::fs::write(template.join(name), text).unwrap();
    }
    template
}

pub(crate) fn kind(answer: &Answer) -> &str {
    answer.body["error"]["kind"].as_str().unwrap_or("")
}

/// Saves `content` over the explainer's current revision, as `cookie`.
pub(crate) async fn save_over(desk: &Harness, id: &str, cookie: &str, content: &str) -> String {
    let uri = format!("/api/explainers/{id}");
    let now = desk.call("GET", &uri, cookie, "").await;
    let tag = now.headers[header::ETAG].to_str().unwrap().to_string();
    let request = Harness::request("PUT", &uri, Some(cookie))
        .header(header::IF_MATCH, tag)
        .body(Body::from(content.to_string()))
        .unwrap();
    let saved = desk.send(request).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    saved.headers[header::ETAG].to_str().unwrap().to_string()
}

pub(crate) fn text(answer: &Answer) -> String {
    String::from_utf8_lossy(&answer.bytes).into_owned()
}
