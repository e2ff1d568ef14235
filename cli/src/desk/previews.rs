//! Preview links (issue 27): an unguessable, revocable address that shows an
//! explainer's current draft as readers will see it, to someone without an
//! account (an editor on the road, a lawyer, the person quoted).
//!
//! A link is `/preview/<token>/`, the token 256 random bits (base64url), of
//! which the desk keeps only the SHA-256 (store/previews.rs). The API (api.rs)
//! makes, lists and revokes links; this module is the reader's side: the
//! draft built by the site builder as `explainer build` builds it (no share
//! pages, relative URLs), once per revision and kept in `<data>/previews/`
//! until the draft changes, and served with `noindex` (header and `<meta>`),
//! `Referrer-Policy: no-referrer` (the token must not leave in a `Referer`)
//! and `Cache-Control: no-store` (a revoked link must stop at once, not when
//! a cache lets go). An unknown or revoked token is a 404 with a short page.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use news_explainer::model::validate;
use tower::ServiceExt;
use tower_http::services::ServeDir;

use super::api::Desk;
use super::auth;
use super::store::Revision;
use crate::page_content::PageContent;
use crate::site::{self, SiteOptions};

/// The `<meta>` that keeps a preview out of search engines.
const NOINDEX_META: &str = "<meta name=\"robots\" content=\"noindex\">";

/// A short page (no script, `noindex`) with a heading and a sentence: what a
/// link shows when it has no draft to show.
fn short_page(title: &str, sentence: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         {NOINDEX_META}\n<title>{title}</title>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n\
         <p>{sentence}</p>\n</main>\n</body>\n</html>\n"
    )
}

/// What an unknown or revoked link shows.
fn not_found_page() -> Response {
    page(
        StatusCode::NOT_FOUND,
        short_page(
            "This preview link does not work",
            "It was revoked, or it was never a link to a draft. Ask whoever sent it for a new one.",
        ),
    )
}

/// What a link to a draft the validator finds errors in shows.
fn not_buildable_page() -> Response {
    page(
        StatusCode::CONFLICT,
        short_page(
            "This draft cannot be shown yet",
            "The draft has errors that keep it from being built as readers would see it. Once \
             they are fixed and saved, this link shows it.",
        ),
    )
}

/// The `/preview/…` routes.
pub fn router(desk: Arc<Desk>) -> Router {
    Router::new()
        .route("/preview/{*path}", get(serve))
        .with_state(desk)
}

/// A short page with `status`, marked like every preview answer.
fn page(status: StatusCode, html: String) -> Response {
    marked(
        (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response(),
    )
}

/// `noindex`, no referrer, no caching: on every answer under `/preview/`.
fn marked(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn serve(State(desk): State<Arc<Desk>>, request: Request) -> Response {
    let path = request
        .uri()
        .path()
        .strip_prefix("/preview/")
        .unwrap_or_default()
        .to_string();
    let (token, rest) = path.split_once('/').unwrap_or((&path, ""));
    if !auth::is_token(token) {
        return not_found_page();
    }
    let hash = auth::token_hash(token);
    let store = desk.store.clone();
    let draft = match tokio::task::spawn_blocking(move || store.preview_draft(&hash)).await {
        Ok(Ok(Some(draft))) => draft,
        Ok(Ok(None)) => return not_found_page(),
        Ok(Err(e)) => {
            eprintln!("desk: preview look-up failed: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    if !path.contains('/') {
        return marked(
            (
                StatusCode::PERMANENT_REDIRECT,
                [(header::LOCATION, format!("/preview/{token}/"))],
            )
                .into_response(),
        );
    }
    let Some(publisher) = desk.config.publisher.clone() else {
        return not_found_page();
    };
    let folder = match built(publisher.preview_cache(), publisher.template(), &draft).await {
        Ok(Some(folder)) => folder,
        Ok(None) => return not_buildable_page(),
        Err(e) => {
            eprintln!("desk: preview build failed: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let (mut parts, body) = request.into_parts();
    let Ok(uri) = format!("/{rest}").parse::<Uri>() else {
        return not_found_page();
    };
    parts.uri = uri;
    let Ok(response) = ServeDir::new(folder)
        .oneshot(Request::from_parts(parts, body))
        .await;
    marked(response.map(Body::new))
}

/// The folder the draft's site is built in, building it first when this
/// revision has none yet (one build at a time; other revisions' folders of
/// the same explainer are removed). `None` when the validator finds errors.
async fn built(cache: &Path, template: &Path, draft: &Revision) -> Result<Option<PathBuf>, String> {
    let name = format!("{}-r{}", draft.explainer, draft.meta.revision);
    let folder = cache.join(&name);
    if folder.join("index.html").is_file() {
        return Ok(Some(folder));
    }
    let (cache, template, json, explainer) = (
        cache.to_path_buf(),
        template.to_path_buf(),
        draft.content.clone(),
        draft.explainer.clone(),
    );
    // The build blocks (the pre-render runs its own runtime).
    tokio::task::spawn_blocking(move || {
        let _turn = BUILDS.lock().unwrap_or_else(|e| e.into_inner());
        if folder.join("index.html").is_file() {
            return Ok(Some(folder));
        }
        let Ok(anchored) = validate::load(&json) else {
            return Ok(None);
        };
        let content = PageContent::for_page(anchored)?;
        std::fs::create_dir_all(&cache)
            .map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
        let scratch = cache.join(format!(".{name}.building"));
        let _ = std::fs::remove_dir_all(&scratch);
        let options = SiteOptions {
            template,
            site_url: None,
            oembed_url: None,
            live_updates: false,
            content_origins: Vec::new(),
            share_pages: false,
            precompress: false,
        };
        site::build_site(&content, &options, &scratch)?;
        let index = scratch.join("index.html");
        let page = std::fs::read_to_string(&index)
            .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        let page = page.replacen("<head>", &format!("<head>\n    {NOINDEX_META}"), 1);
        std::fs::write(&index, page)
            .map_err(|e| format!("cannot write {}: {e}", index.display()))?;
        // Earlier revisions of this explainer are not shown again.
        let prefix = format!("{explainer}-r");
        if let Ok(entries) = std::fs::read_dir(&cache) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(&prefix) {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        std::fs::rename(&scratch, &folder)
            .map_err(|e| format!("cannot move {} into place: {e}", scratch.display()))?;
        Ok(Some(folder))
    })
    .await
    .map_err(|e| e.to_string())?
}

/// One preview build at a time: each takes a core, and two of the same
/// revision would race for its folder.
static BUILDS: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[cfg(test)]
mod tests {
    use axum::http::{header, StatusCode};

    use super::super::testing::*;
    use super::*;

    #[tokio::test]
    async fn a_preview_link_shows_the_current_draft_noindex_until_revoked() {
        let desk = Harness::publishing();
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let made = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let previews = format!("/api/explainers/{id}/previews");

        // Not logged in: no link.
        let anonymous = Harness::request("POST", &previews, None)
            .body(Body::empty())
            .unwrap();
        assert_eq!(desk.send(anonymous).await.status, StatusCode::UNAUTHORIZED);

        // A reporter makes one.
        let link = desk.call("POST", &previews, &ana, "").await;
        assert_eq!(link.status, StatusCode::CREATED, "{}", link.body);
        let token = link.body["token"].as_str().unwrap().to_string();
        assert!(auth::is_token(&token), "{token}");
        assert_eq!(link.body["url"], format!("http://{HOST}/preview/{token}/"));
        assert_eq!(link.body["created_by"], "ana");
        assert!(link.body["created_at"].as_i64().unwrap() > 0);
        let stored = desk.desk.store.with_conn(|c| {
            c.query_row("SELECT token_hash FROM previews", [], |r| {
                r.get::<_, Vec<u8>>(0)
            })
            .unwrap()
        });
        assert_eq!(stored, auth::token_hash(&token), "only the hash is kept");

        // Anyone with the link, no login, sees the draft as readers will.
        let page = format!("/preview/{token}/");
        let shown = desk.call("GET", &page, "", "").await;
        assert_eq!(shown.status, StatusCode::OK);
        assert_eq!(shown.headers["x-robots-tag"], "noindex");
        assert_eq!(shown.headers[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(shown.headers[header::CACHE_CONTROL], "no-store");
        let html = text(&shown);
        assert!(html.contains(NOINDEX_META), "{html}");
        assert!(html.contains("data-explainer-js"), "the widget's page");
        let headline = crate::desk::store::headline_of(DEFAULT);
        assert!(
            html.contains(&crate::html::escape(&headline)),
            "pre-rendered"
        );
        let redirect = desk.call("GET", &format!("/preview/{token}"), "", "").await;
        assert_eq!(redirect.status, StatusCode::PERMANENT_REDIRECT);

        // The current draft: a save shows at once.
        let edited = DEFAULT.replacen("\"headline\": \"", "\"headline\": \"Draft edit: ", 1);
        save_over(&desk, &id, &ana, &edited).await;
        let again = desk.call("GET", &page, "", "").await;
        assert!(text(&again).contains("Draft edit: "));

        // Listed without the token; an editor revokes it by the listed id.
        let listed = desk.call("GET", &previews, &bo, "").await;
        let list = listed.body["previews"].as_array().unwrap();
        assert_eq!(list.len(), 1);
        assert!(!listed.body.to_string().contains(&token));
        let listed_id = list[0]["id"].as_str().unwrap().to_string();
        let revoked = desk
            .call("DELETE", &format!("{previews}/{listed_id}"), &bo, "")
            .await;
        assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
        let gone = desk.call("GET", &page, "", "").await;
        assert_eq!(gone.status, StatusCode::NOT_FOUND);
        assert!(text(&gone).contains("This preview link does not work"));
        assert_eq!(gone.headers["x-robots-tag"], "noindex");
        let twice = desk
            .call("DELETE", &format!("{previews}/{token}"), &bo, "")
            .await;
        assert_eq!(twice.status, StatusCode::NOT_FOUND);
        let listed = desk.call("GET", &previews, &bo, "").await;
        assert_eq!(listed.body["previews"], serde_json::json!([]));

        // A token never made, or not a token at all.
        let unknown = desk
            .call("GET", &format!("/preview/{}/", auth::new_token()), "", "")
            .await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
        let junk = desk.call("GET", "/preview/x/", "", "").await;
        assert_eq!(junk.status, StatusCode::NOT_FOUND);

        // Made and revoked, in the audit log.
        let root = desk.login("root").await;
        let audit = desk.call("GET", "/api/audit", &root, "").await;
        let actions: Vec<&str> = audit.body["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert!(actions.contains(&"preview") && actions.contains(&"revoke_preview"));
    }

    #[tokio::test]
    async fn a_draft_with_errors_says_so_and_a_revoked_link_is_404_at_once() {
        let desk = Harness::publishing();
        let ana = desk.login("ana").await;
        let draft = DEFAULT.replacen("\"text\": \"", "\"text\": \"Never said: ", 1);
        let made = desk.call("POST", "/api/explainers", &ana, &draft).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let previews = format!("/api/explainers/{id}/previews");
        let link = desk.call("POST", &previews, &ana, "").await;
        let token = link.body["token"].as_str().unwrap().to_string();
        let shown = desk
            .call("GET", &format!("/preview/{token}/"), "", "")
            .await;
        assert_eq!(shown.status, StatusCode::CONFLICT);
        assert!(text(&shown).contains("cannot be shown yet"));
        let revoked = desk
            .call("DELETE", &format!("{previews}/{token}"), &ana, "")
            .await;
        assert_eq!(revoked.status, StatusCode::OK);
        let gone = desk
            .call("GET", &format!("/preview/{token}/"), "", "")
            .await;
        assert_eq!(gone.status, StatusCode::NOT_FOUND);
    }
}
