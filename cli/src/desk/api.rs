//! The desk's JSON API under `/api/`: thin handlers over the store, the
//! library's validator and the auth rules.
//!
//! Every answer is JSON; every error is `{ "error": { "kind", "message" } }`
//! with a status that says the same (plus what the client needs to act on it:
//! the current revision of a 412, the problems of a 422). Requests that change
//! something must come from the desk's own `Origin`. The store blocks on the
//! disk, and argon2 and the validator on the CPU, so all three run on tokio's
//! blocking threads.
//!
//! Saves carry the revision they started from in `If-Match` (the `ETag` of the
//! explainer as they read it); a save from any other revision is refused with
//! 412 and the current revision, never written over it.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequestParts, Path, Query, Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post};
use axum::{Json, Router};
use news_explainer::model::limits::MAX_CONTENT_BYTES;
use news_explainer::model::Explainer;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{json, Value};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;

use super::auth::{self, RateLimiter};
use super::compare;
use super::publisher::{self, Publisher};
use super::store::{self, NewContent, Published, Revision, Role, Store, StoreError, User};
use super::webhook::{Event, Webhook};
use crate::check;
use crate::publishing;
use crate::site::SiteOptions;

/// How the desk was started: what the handlers need to know of it.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Cookies with `Secure`, and `https` as the desk's own origin scheme.
    pub secure_cookies: bool,
    /// A header naming the logged-in user, set by a single-sign-on proxy.
    pub trust_header: Option<HeaderName>,
    /// The only peer address whose `trust_header` (and `X-Forwarded-For`) counts.
    pub trust_proxy: Option<std::net::IpAddr>,
    /// Where Publish writes; none: the publish routes answer 503.
    pub publisher: Option<Arc<Publisher>>,
    /// Where publish, unpublish and restore events are sent (`--webhook`).
    pub webhook: Option<Arc<Webhook>>,
}

/// The desk's shared state.
#[derive(Debug)]
pub struct Desk {
    /// The database.
    pub store: Arc<Store>,
    /// How it was started.
    pub config: Config,
    accounts: RateLimiter,
    addresses: RateLimiter,
    /// Password hashing in progress at most this many at once: argon2id takes
    /// 19 MiB and tens of milliseconds of a core each time, and twenty people
    /// logging in together (or a flood of logins) must not take the desk's
    /// memory and cores with them.
    hashing: tokio::sync::Semaphore,
}

/// Failed logins allowed per account in [`LIMIT_WINDOW`].
pub const ACCOUNT_LIMIT: u32 = 5;
/// Failed logins allowed per address in [`LIMIT_WINDOW`]: a newsroom behind one
/// NAT address shares it, so it is higher than an account's.
pub const ADDRESS_LIMIT: u32 = 30;
/// The window the limits count failures in.
pub const LIMIT_WINDOW: Duration = Duration::from_secs(15 * 60);

impl Desk {
    /// A desk over `store`, started as `config` says.
    pub fn new(store: Arc<Store>, config: Config) -> Desk {
        Desk {
            store,
            config,
            accounts: RateLimiter::new(ACCOUNT_LIMIT, LIMIT_WINDOW),
            addresses: RateLimiter::new(ADDRESS_LIMIT, LIMIT_WINDOW),
            hashing: tokio::sync::Semaphore::new(HASHING_AT_ONCE),
        }
    }
}

/// How many password hashes may run at once (see [`Desk`]'s `hashing`).
const HASHING_AT_ONCE: usize = 2;

type Shared = Arc<Desk>;

/// The API's routes, to nest under `/api`.
pub fn router(desk: Shared) -> Router {
    let api = Router::new()
        .route("/login", post(login))
        .route("/logout", post(logout))
        .route("/logout-all", post(logout_all))
        .route("/me", get(me))
        .route("/password", post(change_password))
        .route("/explainers", get(list).post(create))
        .route(
            "/explainers/{id}",
            get(get_explainer).put(save).delete(delete),
        )
        .route("/explainers/{id}/revisions", get(revisions))
        .route("/explainers/{id}/revisions/{revision}", get(revision))
        .route(
            "/explainers/{id}/revisions/{revision}/restore",
            post(restore),
        )
        .route("/explainers/{id}/diff", get(diff))
        .route("/explainers/{id}/publish", post(publish))
        .route("/explainers/{id}/unpublish", post(unpublish))
        .route("/explainers/{id}/publications", get(publications))
        .route(
            "/explainers/{id}/publications/{version}/restore",
            post(restore_publication),
        )
        .route(
            "/explainers/{id}/previews",
            get(list_previews).post(create_preview),
        )
        .route(
            "/explainers/{id}/previews/{key}",
            axum::routing::delete(revoke_preview),
        )
        .route("/audit", get(audit))
        .route("/users", get(users).post(create_user))
        .route("/users/{name}", patch(update_user))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(desk.clone(), check_origin))
        // The validator's own limit on a content file; an explainer is the
        // largest body the API takes.
        .layer(DefaultBodyLimit::max(MAX_CONTENT_BYTES))
        .layer(middleware::map_response(no_store))
        .layer(CompressionLayer::new())
        .with_state(desk);
    Router::new()
        .nest("/api", api)
        .layer(CatchPanicLayer::custom(|_| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "The desk failed on this request; nothing was saved by it.",
            )
            .into_response()
        }))
}

// Errors ------------------------------------------------------------------------

/// An error answer: a status, a stable `kind` for programs, a sentence for
/// people, and anything else the client needs at the top level of the body.
/// Boxed: handlers pass it up through every `?`, and the happy path should
/// not carry its size.
#[derive(Debug)]
pub struct ApiError(Box<Details>);

#[derive(Debug)]
struct Details {
    status: StatusCode,
    kind: &'static str,
    message: String,
    extra: Option<serde_json::Map<String, Value>>,
    headers: HeaderMap,
}

impl ApiError {
    fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> ApiError {
        ApiError(Box::new(Details {
            status,
            kind,
            message: message.into(),
            extra: None,
            headers: HeaderMap::new(),
        }))
    }

    fn with(mut self, key: &str, value: Value) -> ApiError {
        self.0
            .extra
            .get_or_insert_with(Default::default)
            .insert(key.into(), value);
        self
    }

    fn header(mut self, name: HeaderName, value: HeaderValue) -> ApiError {
        self.0.headers.insert(name, value);
        self
    }

    fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    fn not_found() -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "There is no such thing on the desk.",
        )
    }

    fn internal() -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "The desk failed on this request; see its log.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let Details {
            status,
            kind,
            message,
            extra,
            headers,
        } = *self.0;
        let mut body = extra.unwrap_or_default();
        body.insert("error".into(), json!({ "kind": kind, "message": message }));
        let mut response = (status, Json(Value::Object(body))).into_response();
        response.headers_mut().extend(headers);
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        match error {
            StoreError::NotFound => ApiError::not_found(),
            StoreError::Conflict(current) => {
                let etag = etag(current.meta.revision);
                ApiError::new(
                    StatusCode::PRECONDITION_FAILED,
                    "stale_revision",
                    format!(
                        "{} saved this explainer since you opened it (revision {}): \
                         nothing was overwritten. Merge your changes into theirs, or keep \
                         yours as a copy.",
                        current.meta.author, current.meta.revision
                    ),
                )
                .with("current", revision_json(&current))
                .header(header::ETAG, etag)
            }
            StoreError::Duplicate => ApiError::new(
                StatusCode::CONFLICT,
                "name_taken",
                "An account of that name exists already.",
            ),
            StoreError::DiskFull => ApiError::new(
                StatusCode::INSUFFICIENT_STORAGE,
                "disk_full",
                "The desk's disk is full: this change was not stored. Keep your copy; \
                 ask whoever runs the desk to free space, then save again.",
            ),
            error @ (StoreError::Sqlite(_) | StoreError::Migration(_)) => {
                eprintln!("desk: storage error: {error}");
                ApiError::internal()
            }
        }
    }
}

type ApiResult<T> = Result<T, ApiError>;

/// Runs `f` on the store on a blocking thread.
async fn blocking<T, F>(desk: &Shared, f: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> store::Result<T> + Send + 'static,
{
    let store = desk.store.clone();
    tokio::task::spawn_blocking(move || f(&store))
        .await
        .map_err(|_| ApiError::internal())?
        .map_err(ApiError::from)
}

/// Runs argon2 work on a blocking thread, waiting for a turn.
async fn hashing<T: Send + 'static>(
    desk: &Shared,
    f: impl FnOnce() -> T + Send + 'static,
) -> ApiResult<T> {
    let _turn = desk
        .hashing
        .acquire()
        .await
        .map_err(|_| ApiError::internal())?;
    compute(f).await
}

/// Runs CPU work (argon2, the validator) on a blocking thread.
async fn compute<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> ApiResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| ApiError::internal())
}

async fn not_found() -> ApiError {
    ApiError::not_found()
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "This address does not take that method; see the desk's API in the README.",
    )
}

/// API answers are never cached: they are one person's view of changing data.
async fn no_store(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// Refuses a request that changes something unless it comes from the desk's
/// own origin.
async fn check_origin(State(desk): State<Shared>, request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe {
        let headers = request.headers();
        let text = |name| {
            headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
        };
        if !auth::same_origin(
            text(header::ORIGIN),
            text(header::HOST),
            desk.config.secure_cookies,
        ) {
            return ApiError::forbidden(
                "This request did not come from the desk's own pages (its Origin header \
                 is missing or another site's), so it was refused.",
            )
            .into_response();
        }
    }
    next.run(request).await
}

// Bodies, paths and queries --------------------------------------------------------

/// The body's bytes, or the error a client can act on (413 when too large).
fn body_bytes(body: Result<Bytes, BytesRejection>) -> ApiResult<Bytes> {
    body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                format!(
                    "The request is larger than the desk takes ({} MB, the largest \
                     explainer the validator accepts).",
                    MAX_CONTENT_BYTES / 1_000_000
                ),
            )
        } else {
            ApiError::bad_request(format!("The request's body could not be read: {rejection}"))
        }
    })
}

/// A small JSON body (login, accounts) as `T`; a clear 400 for anything else.
fn json_body<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> ApiResult<T> {
    let bytes = body_bytes(body)?;
    serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::bad_request(format!("The request's JSON is not as expected: {e}")))
}

/// An explainer id from the path; anything that is not one is not found,
/// without a look in the store.
fn explainer_id(id: &str) -> ApiResult<String> {
    store::is_explainer_id(id)
        .then(|| id.to_string())
        .ok_or_else(ApiError::not_found)
}

fn revision_number(text: &str) -> ApiResult<i64> {
    text.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(ApiError::not_found)
}

fn etag(revision: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{revision}\"")).expect("digits make a header value")
}

/// The revision `If-Match` names: required on every change to an explainer.
fn if_match(headers: &HeaderMap) -> ApiResult<i64> {
    let value = headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::PRECONDITION_REQUIRED,
                "revision_required",
                "Say which revision this change starts from: send its ETag in If-Match.",
            )
        })?;
    let tag = value.trim().trim_start_matches("W/").trim_matches('"');
    tag.parse::<i64>().map_err(|_| {
        ApiError::new(
            StatusCode::PRECONDITION_REQUIRED,
            "revision_required",
            "If-Match must be the one ETag this change starts from (not * or a list).",
        )
    })
}

// Who is asking -------------------------------------------------------------------

/// The logged-in person of a request, by session cookie or (when configured)
/// by the single-sign-on proxy's header.
#[derive(Debug)]
pub struct Session {
    user: User,
    /// The session's token hash; none for the proxy's header.
    token_hash: Option<Vec<u8>>,
}

/// Routes a person with a one-time password may still use: enough to set a
/// real one.
const BEFORE_PASSWORD_CHANGE: &[&str] = &["/me", "/password", "/logout", "/logout-all"];

impl FromRequestParts<Shared> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, desk: &Shared) -> ApiResult<Session> {
        let session = match proxy_user(parts, desk).await? {
            Some(user) => Session {
                user,
                token_hash: None,
            },
            None => cookie_session(parts, desk).await?,
        };
        let path = parts.uri.path();
        if session.user.must_change_password
            && !BEFORE_PASSWORD_CHANGE.iter().any(|p| path.ends_with(p))
        {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "password_change_required",
                "Choose your own password first (POST /api/password): the one you logged \
                 in with was for once only.",
            ));
        }
        Ok(session)
    }
}

fn peer(parts: &Parts) -> Option<std::net::IpAddr> {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip())
}

/// The user the trusted proxy names, when the request comes from it.
async fn proxy_user(parts: &Parts, desk: &Shared) -> ApiResult<Option<User>> {
    let (Some(header), Some(proxy)) = (&desk.config.trust_header, desk.config.trust_proxy) else {
        return Ok(None);
    };
    if peer(parts) != Some(proxy) {
        return Ok(None);
    }
    let Some(name) = parts.headers.get(header).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    let name = name.trim().to_string();
    let found = blocking(desk, move |store| store.user_by_name(&name)).await?;
    match found {
        Some((user, _)) if !user.disabled => Ok(Some(user)),
        _ => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "unknown_user",
            "The single-sign-on proxy named a person with no (or a disabled) account on \
             the desk; ask an admin to add them.",
        )),
    }
}

async fn cookie_session(parts: &Parts, desk: &Shared) -> ApiResult<Session> {
    let unauthorized = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "not_logged_in",
            "Log in to the desk first (your session may have ended).",
        )
    };
    let token = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(auth::token_from_cookies)
        .ok_or_else(unauthorized)?;
    let hash = auth::token_hash(token);
    let lookup = hash.clone();
    let user = blocking(desk, move |store| store.session_user(&lookup))
        .await?
        .ok_or_else(unauthorized)?;
    Ok(Session {
        user,
        token_hash: Some(hash),
    })
}

impl Session {
    fn require(&self, role: Role) -> ApiResult<()> {
        if self.user.role >= role {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!(
                "Only an {} may do this; you are a {}.",
                role.as_str(),
                self.user.role.as_str()
            )))
        }
    }
}

// Sessions --------------------------------------------------------------------------

#[derive(Deserialize)]
struct Login {
    name: String,
    password: String,
}

async fn login(State(desk): State<Shared>, request: Request) -> ApiResult<Response> {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map_err(|_| ApiError::bad_request("A login is a small JSON object {name, password}."))?;
    let Login { name, password } = json_body(Ok(body))?;
    let forwarded = parts
        .headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    let address = auth::client_address(peer(&parts), forwarded, desk.config.trust_proxy)
        .map_or_else(|| "unknown".to_string(), |ip| ip.to_string());
    let account_key = format!("account:{}", name.trim().to_lowercase());
    let address_key = format!("address:{address}");
    for (limiter, key) in [
        (&desk.accounts, &account_key),
        (&desk.addresses, &address_key),
    ] {
        if let Err(wait) = limiter.check(key) {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                format!(
                    "Too many wrong passwords: wait {} minutes, then try again.",
                    wait.as_secs().div_ceil(60)
                ),
            )
            .header(
                header::RETRY_AFTER,
                HeaderValue::from(wait.as_secs().max(1)),
            ));
        }
    }
    let lookup = name.trim().to_string();
    let found = blocking(&desk, move |store| store.user_by_name(&lookup)).await?;
    let (user, hash) = match found {
        Some((user, hash)) if !user.disabled => (Some(user), hash),
        _ => (None, None),
    };
    let matches = hashing(&desk, move || {
        auth::verify_password(hash.as_deref(), &password)
    })
    .await?;
    let Some(user) = user.filter(|_| matches) else {
        desk.accounts.fail(&account_key);
        desk.addresses.fail(&address_key);
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "bad_credentials",
            "Wrong name or password.",
        ));
    };
    desk.accounts.clear(&account_key);
    let token = auth::new_token();
    let hash = auth::token_hash(&token);
    let expires = store::now_ms() + auth::SESSION_LIFETIME.as_millis() as i64;
    let user_id = user.id;
    blocking(&desk, move |store| {
        store.create_session(&hash, user_id, expires)
    })
    .await?;
    let cookie = auth::session_cookie(&token, desk.config.secure_cookies);
    Ok((
        [(header::SET_COOKIE, cookie)],
        Json(json!({ "user": user })),
    )
        .into_response())
}

fn cleared(desk: &Shared, body: Value) -> Response {
    (
        [(
            header::SET_COOKIE,
            auth::clear_cookie(desk.config.secure_cookies),
        )],
        Json(body),
    )
        .into_response()
}

async fn logout(State(desk): State<Shared>, session: Session) -> ApiResult<Response> {
    if let Some(hash) = session.token_hash {
        blocking(&desk, move |store| store.delete_session(&hash)).await?;
    }
    Ok(cleared(&desk, json!({ "ok": true })))
}

async fn logout_all(State(desk): State<Shared>, session: Session) -> ApiResult<Response> {
    let id = session.user.id;
    let ended = blocking(&desk, move |store| store.delete_sessions(id)).await?;
    Ok(cleared(&desk, json!({ "ended": ended })))
}

async fn me(session: Session) -> Json<Value> {
    Json(json!({ "user": session.user }))
}

#[derive(Deserialize)]
struct PasswordChange {
    current: String,
    new: String,
}

async fn change_password(
    State(desk): State<Shared>,
    session: Session,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<Value>> {
    let PasswordChange { current, new } = json_body(body)?;
    if let Some(problem) = auth::password_problem(&new) {
        return Err(ApiError::bad_request(format!("Not changed: {problem}.")));
    }
    let key = format!("account:{}", session.user.name.to_lowercase());
    if desk.accounts.check(&key).is_err() {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many wrong passwords: wait a while, then try again.",
        ));
    }
    let name = session.user.name.clone();
    let found = blocking(&desk, move |store| store.user_by_name(&name)).await?;
    let hash = found.and_then(|(_, hash)| hash);
    let (ok, new_hash) = hashing(&desk, move || {
        let ok = auth::verify_password(hash.as_deref(), &current);
        (ok, ok.then(|| auth::hash_password(&new)))
    })
    .await?;
    let Some(new_hash) = new_hash.filter(|_| ok) else {
        desk.accounts.fail(&key);
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "bad_credentials",
            "Your current password is not that.",
        ));
    };
    let (id, keep) = (session.user.id, session.token_hash);
    blocking(&desk, move |store| {
        store.set_password(id, &new_hash, keep.as_deref())
    })
    .await?;
    Ok(Json(json!({ "ok": true })))
}

// Explainers ------------------------------------------------------------------------

/// A revision as the API returns it: its facts and the explainer's JSON.
fn revision_json(revision: &Revision) -> Value {
    let mut value = serde_json::to_value(&revision.meta).unwrap_or_default();
    value["id"] = Value::String(revision.explainer.clone());
    value["content"] = RawValue::from_string(revision.content.clone())
        .ok()
        .and_then(|raw| serde_json::to_value(raw).ok())
        .unwrap_or(Value::Null);
    value
}

/// A revision's answer, with its JSON copied in as it is stored (no re-parse).
fn revision_response(revision: &Revision, headers: &[(HeaderName, HeaderValue)]) -> Response {
    #[derive(Serialize)]
    struct Body<'a> {
        id: &'a str,
        #[serde(flatten)]
        meta: &'a store::RevisionMeta,
        content: &'a RawValue,
    }
    let Ok(content) = serde_json::from_str::<&RawValue>(&revision.content) else {
        return ApiError::internal().into_response();
    };
    let body = Body {
        id: &revision.explainer,
        meta: &revision.meta,
        content,
    };
    let mut response = Json(body).into_response();
    for (name, value) in headers {
        response.headers_mut().insert(name.clone(), value.clone());
    }
    response
}

/// Checks an explainer's JSON: not an explainer at all (not UTF-8, not JSON,
/// the wrong shape) is a 422 with the problems; an explainer is stored with
/// the validator's findings, errors included: a draft saved as it is typed is
/// often not valid yet, and publishing is what requires it to be.
async fn examine(
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<(NewContent, Vec<check::Finding>)> {
    let bytes = body_bytes(body)?;
    let text = String::from_utf8(bytes.to_vec()).map_err(|_| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_content",
            "The explainer is not UTF-8 text.",
        )
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    compute(move || {
        let report = check::check(&text);
        let headline = match Explainer::from_json(&text) {
            Ok(explainer) => explainer.article.headline,
            Err(_) => {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid_content",
                    "This is not an explainer's JSON; see the problems.",
                )
                .with(
                    "problems",
                    serde_json::to_value(&report.findings).unwrap_or_default(),
                ));
            }
        };
        let errors = report.count(check::Severity::Error) as i64;
        Ok((
            NewContent {
                content: text,
                headline,
                errors,
            },
            report.findings,
        ))
    })
    .await?
}

#[derive(Deserialize)]
struct ListQuery {
    q: Option<String>,
}

async fn list(
    State(desk): State<Shared>,
    _session: Session,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Json<Value>> {
    let Query(query) = query.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let q = query.q.filter(|q| !q.trim().is_empty());
    let explainers = blocking(&desk, move |store| store.list(q.as_deref())).await?;
    Ok(Json(json!({ "explainers": explainers })))
}

async fn create(
    State(desk): State<Shared>,
    session: Session,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Response> {
    let (new, problems) = examine(body).await?;
    let author = session.user.id;
    let errors = new.errors;
    let (id, revision) = blocking(&desk, move |store| store.create_explainer(&new, author)).await?;
    let location = HeaderValue::from_str(&format!("/api/explainers/{id}"))
        .map_err(|_| ApiError::internal())?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location), (header::ETAG, etag(revision))],
        Json(json!({ "id": id, "revision": revision, "errors": errors, "problems": problems })),
    )
        .into_response())
}

async fn get_explainer(
    State(desk): State<Shared>,
    _session: Session,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let id = explainer_id(&id)?;
    let current = blocking(&desk, move |store| store.current(&id)).await?;
    let tag = etag(current.meta.revision);
    if headers.get(header::IF_NONE_MATCH) == Some(&tag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, tag)]).into_response());
    }
    Ok(revision_response(&current, &[(header::ETAG, tag)]))
}

async fn save(
    State(desk): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Response> {
    let id = explainer_id(&id)?;
    let base = if_match(&headers)?;
    let (new, problems) = examine(body).await?;
    let author = session.user.id;
    let errors = new.errors;
    let saved_id = id.clone();
    let revision = blocking(&desk, move |store| {
        store.save(&saved_id, base, &new, author)
    })
    .await?;
    Ok((
        [(header::ETAG, etag(revision))],
        Json(json!({ "id": id, "revision": revision, "errors": errors, "problems": problems })),
    )
        .into_response())
}

async fn delete(
    State(desk): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let id = explainer_id(&id)?;
    let base = if_match(&headers)?;
    let by = session.user.id;
    blocking(&desk, move |store| store.delete(&id, base, by)).await?;
    Ok(Json(json!({ "ok": true })))
}

async fn revisions(
    State(desk): State<Shared>,
    _session: Session,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let id = explainer_id(&id)?;
    let list = blocking(&desk, move |store| store.revisions(&id)).await?;
    Ok(Json(json!({ "revisions": list })))
}

async fn revision(
    State(desk): State<Shared>,
    _session: Session,
    Path((id, revision)): Path<(String, String)>,
) -> ApiResult<Response> {
    let id = explainer_id(&id)?;
    let number = revision_number(&revision)?;
    let found = blocking(&desk, move |store| store.revision(&id, number)).await?;
    Ok(revision_response(&found, &[]))
}

async fn restore(
    State(desk): State<Shared>,
    session: Session,
    Path((id, revision)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let id = explainer_id(&id)?;
    let from = revision_number(&revision)?;
    let base = if_match(&headers)?;
    let author = session.user.id;
    let restored_id = id.clone();
    let revision = blocking(&desk, move |store| {
        store.restore(&restored_id, base, from, author)
    })
    .await?;
    Ok((
        [(header::ETAG, etag(revision))],
        Json(json!({ "id": id, "revision": revision, "restored_from": from })),
    )
        .into_response())
}

async fn diff(
    State(desk): State<Shared>,
    _session: Session,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    let id = explainer_id(&id)?;
    let number = |key: &str| {
        query
            .get(key)
            .and_then(|v| v.parse::<i64>().ok())
            .ok_or_else(|| {
                ApiError::bad_request("Say which two revisions to compare: ?from=N&to=M.")
            })
    };
    let (from, to) = (number("from")?, number("to")?);
    let (old, new) = blocking(&desk, move |store| {
        Ok((store.revision(&id, from)?, store.revision(&id, to)?))
    })
    .await?;
    let summary = compute(move || {
        let old = Explainer::from_json(&old.content).ok()?;
        let new = Explainer::from_json(&new.content).ok()?;
        Some(compare::compare(&old, &new))
    })
    .await?
    .ok_or_else(ApiError::internal)?;
    Ok(Json(json!({ "from": from, "to": to, "changes": summary })))
}

// Publishing ------------------------------------------------------------------------

/// The desk's publisher, or 503 when it was started without one.
fn publisher_of(desk: &Shared) -> ApiResult<Arc<Publisher>> {
    desk.config.publisher.clone().ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "publishing_off",
            "This desk was started without a place to publish to.",
        )
    })
}

/// The desk's own origin as the request reached it, for the default site URL.
pub(crate) fn desk_origin(desk: &Shared, headers: &HeaderMap) -> String {
    let scheme = if desk.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    format!("{scheme}://{host}")
}

/// A publish that failed in the library: its message says what readers get.
fn publish_failed(message: String) -> ApiError {
    eprintln!("desk: publish failed: {message}");
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "publish_failed", message)
}

/// Publishes `revision` (validated first: errors are a 422 with the problems
/// and nothing written), at the explainer's slug (chosen now at its first
/// publish), one publish per slug at a time; records it.
async fn publish_revision(
    desk: &Shared,
    session: &Session,
    headers: &HeaderMap,
    revision: Revision,
    restored_from: Option<i64>,
) -> ApiResult<Response> {
    let publisher = publisher_of(desk)?;
    let content = revision.content.clone();
    let report = compute(move || check::check(&content)).await?;
    if report.count(check::Severity::Error) > 0 {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not_publishable",
            "The validator finds errors in this revision: nothing was published. Fix them, \
             save, and publish again.",
        )
        .with(
            "problems",
            serde_json::to_value(&report.findings).unwrap_or_default(),
        ));
    }
    let warnings: Vec<&check::Finding> = report
        .findings
        .iter()
        .filter(|f| f.severity == check::Severity::Warning)
        .collect();
    let id = revision.explainer.clone();
    let wanted = publisher::slug_from_headline(&store::headline_of(&revision.content));
    let assigned = id.clone();
    let slug = blocking(desk, move |store| store.assign_slug(&assigned, &wanted)).await?;
    let _turn = publisher.lock(&slug).await;
    let origin = desk_origin(desk, headers);
    let url = publisher.site_url(&slug, &origin);
    let site = SiteOptions {
        template: publisher.template().to_path_buf(),
        site_url: Some(url.clone()),
        oembed_url: Some(Publisher::oembed_endpoint(&origin, &url)),
        live_updates: false,
        content_origins: Vec::new(),
        share_pages: true,
        precompress: true,
    };
    let by = session.user.name.clone();
    let number = revision.meta.revision;
    let restored = restored_from.and_then(|n| u32::try_from(n).ok());
    // The build is blocking (the pre-render runs its own runtime): a blocking thread.
    let (built_slug, json, built_site, built_by) = (
        slug.clone(),
        revision.content.clone(),
        site.clone(),
        by.clone(),
    );
    let built = compute(move || {
        publishing::build(&publication(
            &built_slug,
            &json,
            &built_site,
            &built_by,
            number,
            restored,
        ))
    })
    .await?
    .map_err(publish_failed)?;
    let outcome = publishing::publish(
        publisher.target(),
        &publication(&slug, &revision.content, &site, &by, number, restored),
        built,
        &|_| {},
    )
    .await
    .map_err(publish_failed)?;
    let record = Published {
        explainer: id.clone(),
        slug: slug.clone(),
        version: i64::from(outcome.version.number),
        revision: number,
        by: session.user.id,
        restored_from,
    };
    blocking(desk, move |store| store.record_publication(&record)).await?;
    notify(
        desk,
        session,
        Event {
            event: if restored_from.is_some() {
                "restore"
            } else {
                "publish"
            },
            id: id.clone(),
            slug: slug.clone(),
            url: url.clone(),
            version: Some(outcome.version.number),
            by: by.clone(),
            at: store::now_ms(),
        },
    );
    Ok(Json(json!({
        "id": id,
        "slug": slug,
        "url": url,
        "version": outcome.version.number,
        "previous": outcome.previous,
        "revision": number,
        "restored_from": restored_from,
        "files": outcome.version.files,
        "warnings": warnings,
    }))
    .into_response())
}

/// Hands `event` to the webhook, when the desk has one: after the change is
/// recorded, and without waiting for the delivery.
fn notify(desk: &Shared, session: &Session, event: Event) {
    if let Some(webhook) = &desk.config.webhook {
        webhook.notify(event, desk.store.clone(), session.user.id);
    }
}

/// The library's publication of a desk revision.
fn publication<'a>(
    slug: &'a str,
    json: &'a str,
    site: &'a SiteOptions,
    by: &'a str,
    revision: i64,
    restored_from: Option<u32>,
) -> publishing::Publication<'a> {
    publishing::Publication {
        slug,
        json,
        site,
        by,
        source_file: None,
        revision: Some(revision.to_string()),
        restored_from,
    }
}

async fn publish(
    State(desk): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    session.require(Role::Editor)?;
    let id = explainer_id(&id)?;
    // If-Match is optional here: with it, the publish is of that revision or
    // nothing (412 when someone saved since the editor looked).
    let base = match headers.get(header::IF_MATCH) {
        Some(_) => Some(if_match(&headers)?),
        None => None,
    };
    let current = blocking(&desk, move |store| store.current(&id)).await?;
    if base.is_some_and(|base| base != current.meta.revision) {
        return Err(StoreError::Conflict(Box::new(current)).into());
    }
    publish_revision(&desk, &session, &headers, current, None).await
}

async fn restore_publication(
    State(desk): State<Shared>,
    session: Session,
    Path((id, version)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    session.require(Role::Editor)?;
    let id = explainer_id(&id)?;
    let version = revision_number(&version)?;
    let revision = blocking(&desk, move |store| store.published_revision(&id, version)).await?;
    publish_revision(&desk, &session, &headers, revision, Some(version)).await
}

async fn unpublish(
    State(desk): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    session.require(Role::Editor)?;
    let id = explainer_id(&id)?;
    let publisher = publisher_of(&desk)?;
    let lookup = id.clone();
    // A slug is taken before the build, so one whose first publish failed
    // has no version: that is "never published" too, not a failure.
    let slug = blocking(&desk, move |store| {
        let published = !store.publications(&lookup)?.0.is_empty();
        Ok(store.slug(&lookup)?.filter(|_| published))
    })
    .await?
    .ok_or_else(|| {
        ApiError::new(
            StatusCode::CONFLICT,
            "not_published",
            "This explainer was never published.",
        )
    })?;
    let _turn = publisher.lock(&slug).await;
    let withdrawn = publishing::unpublish(publisher.target(), &slug, &session.user.name)
        .await
        .map_err(publish_failed)?;
    let (recorded, by) = ((id.clone(), slug.clone()), session.user.id);
    blocking(&desk, move |store| {
        store.record_unpublish(&recorded.0, &recorded.1, by)
    })
    .await?;
    notify(
        &desk,
        &session,
        Event {
            event: "unpublish",
            id: id.clone(),
            slug: slug.clone(),
            url: publisher.site_url(&slug, &desk_origin(&desk, &headers)),
            version: withdrawn.version,
            by: session.user.name.clone(),
            at: store::now_ms(),
        },
    );
    Ok(Json(json!({
        "id": id,
        "slug": slug,
        "version": withdrawn.version,
        "state": "draft",
    })))
}

async fn publications(
    State(desk): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    session.require(Role::Editor)?;
    let id = explainer_id(&id)?;
    let lookup = id.clone();
    let (slug, (list, state)) = blocking(&desk, move |store| {
        Ok((store.slug(&lookup)?, store.publications(&lookup)?))
    })
    .await?;
    let url = match (&slug, &desk.config.publisher) {
        (Some(slug), Some(publisher)) => {
            Some(publisher.site_url(slug, &desk_origin(&desk, &headers)))
        }
        _ => None,
    };
    Ok(Json(json!({
        "id": id,
        "slug": slug,
        "url": url,
        "state": state,
        "publications": list,
    })))
}

// Preview links (previews.rs) -------------------------------------------------------

async fn create_preview(
    State(desk): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    session.require(Role::Reporter)?;
    let id = explainer_id(&id)?;
    let token = auth::new_token();
    let hash = auth::token_hash(&token);
    let user = session.user.id;
    let meta = blocking(&desk, move |store| store.create_preview(&id, &hash, user)).await?;
    let url = format!("{}/preview/{token}/", desk_origin(&desk, &headers));
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "url": url,
            "token": token,
            "id": meta.id,
            "created_by": meta.created_by,
            "created_at": meta.created_at,
        })),
    )
        .into_response())
}

async fn list_previews(
    State(desk): State<Shared>,
    session: Session,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    session.require(Role::Reporter)?;
    let id = explainer_id(&id)?;
    let list = blocking(&desk, move |store| store.previews(&id)).await?;
    Ok(Json(json!({ "previews": list })))
}

async fn revoke_preview(
    State(desk): State<Shared>,
    session: Session,
    Path((id, key)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    session.require(Role::Reporter)?;
    let id = explainer_id(&id)?;
    let hash = auth::key_hash(&key).ok_or_else(ApiError::not_found)?;
    let by = session.user.id;
    let revoked = store::hex(&hash);
    blocking(&desk, move |store| store.revoke_preview(&id, &hash, by)).await?;
    Ok(Json(json!({ "revoked": revoked })))
}

// Admin -----------------------------------------------------------------------------

async fn audit(
    State(desk): State<Shared>,
    session: Session,
    Query(query): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    session.require(Role::Admin)?;
    let before = query.get("before").and_then(|v| v.parse::<i64>().ok());
    let limit = query
        .get("limit")
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(100)
        .clamp(1, 1000);
    let entries = blocking(&desk, move |store| store.audit_log(before, limit)).await?;
    Ok(Json(json!({ "entries": entries })))
}

async fn users(State(desk): State<Shared>, session: Session) -> ApiResult<Json<Value>> {
    session.require(Role::Admin)?;
    let users = blocking(&desk, |store| store.users()).await?;
    Ok(Json(json!({ "users": users })))
}

/// Why a name cannot be an account's, or `None`.
pub fn name_problem(name: &str) -> Option<&'static str> {
    if name.is_empty() || name.chars().count() > 64 {
        Some("a name has 1 to 64 characters")
    } else if name.trim() != name || name.chars().any(char::is_control) {
        Some("a name has no surrounding spaces or control characters")
    } else {
        None
    }
}

#[derive(Deserialize)]
struct NewUser {
    name: String,
    role: String,
    password: String,
}

async fn create_user(
    State(desk): State<Shared>,
    session: Session,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Response> {
    session.require(Role::Admin)?;
    let NewUser {
        name,
        role,
        password,
    } = json_body(body)?;
    let role = Role::parse(&role)
        .ok_or_else(|| ApiError::bad_request("A role is reporter, editor or admin."))?;
    if let Some(problem) = name_problem(&name)
        .map(str::to_string)
        .or_else(|| auth::password_problem(&password))
    {
        return Err(ApiError::bad_request(format!("Not created: {problem}.")));
    }
    let hash = hashing(&desk, move || auth::hash_password(&password)).await?;
    let by = session.user.id;
    let user = blocking(&desk, move |store| {
        store.create_user(&name, role, &hash, false, Some(by))
    })
    .await?;
    Ok((StatusCode::CREATED, Json(json!({ "user": user }))).into_response())
}

#[derive(Deserialize)]
struct UserChange {
    role: Option<String>,
    disabled: Option<bool>,
}

async fn update_user(
    State(desk): State<Shared>,
    session: Session,
    Path(name): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<Value>> {
    session.require(Role::Admin)?;
    let UserChange { role, disabled } = json_body(body)?;
    let role = match role {
        Some(role) => Some(
            Role::parse(&role)
                .ok_or_else(|| ApiError::bad_request("A role is reporter, editor or admin."))?,
        ),
        None => None,
    };
    // An admin cannot lock themselves out (and so, the desk's last admin).
    if name.eq_ignore_ascii_case(&session.user.name)
        && (role.is_some_and(|r| r != Role::Admin) || disabled == Some(true))
    {
        return Err(ApiError::bad_request(
            "You cannot demote or disable yourself; another admin can.",
        ));
    }
    let by = session.user.id;
    let user = blocking(&desk, move |store| {
        store.update_user(&name, role, disabled, by)
    })
    .await?;
    Ok(Json(json!({ "user": user })))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use axum::body::Body;
    use axum::http::Request as HttpRequest;

    #[tokio::test]
    async fn a_wrong_password_is_refused_and_a_right_one_opens_a_session() {
        let desk = Harness::new();
        let wrong = desk.try_login("ana", "not her password").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert_eq!(kind(&wrong), "bad_credentials");
        assert!(wrong.headers.get(header::SET_COOKIE).is_none());
        let nobody = desk.try_login("nobody", "whatever-password").await;
        assert_eq!(
            kind(&nobody),
            "bad_credentials",
            "the same answer for no account"
        );
        let cookie = desk.login("ana").await;
        let me = desk.call("GET", "/api/me", &cookie, "").await;
        assert_eq!(me.body["user"]["name"], "ana");
        assert_eq!(me.body["user"]["role"], "reporter");
        let anonymous = desk.call("GET", "/api/me", "desk_session=forged", "").await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    }

    #[tokio::test]
    async fn a_forged_or_missing_origin_is_refused() {
        let desk = Harness::new();
        let cookie = desk.login("ana").await;
        for origin in [Some("http://evil.example"), Some("null"), None] {
            let mut request = HttpRequest::builder()
                .method("POST")
                .uri("/api/explainers")
                .header(header::HOST, HOST)
                .header(header::COOKIE, &cookie);
            if let Some(origin) = origin {
                request = request.header(header::ORIGIN, origin);
            }
            let answer = desk.send(request.body(Body::from(DEFAULT)).unwrap()).await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{origin:?}");
            assert_eq!(kind(&answer), "forbidden");
        }
        let list = desk.call("GET", "/api/explainers", &cookie, "").await;
        assert_eq!(list.body["explainers"].as_array().unwrap().len(), 0);
        // A login from another site is refused too (login CSRF).
        let request = HttpRequest::builder()
            .method("POST")
            .uri("/api/login")
            .header(header::HOST, HOST)
            .header(header::ORIGIN, "http://evil.example")
            .body(Body::from(
                json!({"name": "ana", "password": "ana-password"}).to_string(),
            ))
            .unwrap();
        assert_eq!(desk.send(request).await.status, StatusCode::FORBIDDEN);
    }

    #[tokio::test]
    async fn a_reporter_cannot_call_admin_routes_and_an_admin_can() {
        let desk = Harness::new();
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        for (method, uri, body) in [
            ("GET", "/api/users", ""),
            ("GET", "/api/audit", ""),
            (
                "POST",
                "/api/users",
                r#"{"name":"eve","role":"admin","password":"long enough pw"}"#,
            ),
            ("PATCH", "/api/users/ana", r#"{"role":"admin"}"#),
        ] {
            for cookie in [&ana, &bo] {
                let answer = desk.call(method, uri, cookie, body).await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{method} {uri}");
            }
        }
        let root = desk.login("root").await;
        let made = desk
            .call(
                "POST",
                "/api/users",
                &root,
                r#"{"name":"eve","role":"reporter","password":"long enough pw"}"#,
            )
            .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
        let promoted = desk
            .call("PATCH", "/api/users/ana", &root, r#"{"role":"editor"}"#)
            .await;
        assert_eq!(promoted.body["user"]["role"], "editor");
        let disabled = desk
            .call("PATCH", "/api/users/bo", &root, r#"{"disabled":true}"#)
            .await;
        assert_eq!(disabled.body["user"]["disabled"], true);
        let gone = desk.call("GET", "/api/me", &bo, "").await;
        assert_eq!(
            gone.status,
            StatusCode::UNAUTHORIZED,
            "disabling ends sessions"
        );
        let self_demote = desk
            .call("PATCH", "/api/users/root", &root, r#"{"role":"reporter"}"#)
            .await;
        assert_eq!(self_demote.status, StatusCode::BAD_REQUEST);
        let audit = desk.call("GET", "/api/audit", &root, "").await;
        let actions: Vec<&str> = audit.body["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(actions[..3], ["user.disable", "user.role", "user.create"]);
    }

    #[tokio::test]
    async fn logins_are_rate_limited_per_account_even_with_the_right_password() {
        let desk = Harness::new();
        for _ in 0..ACCOUNT_LIMIT {
            let answer = desk.try_login("ana", "guess-guess-guess").await;
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
        }
        let limited = desk.try_login("ana", "ana-password").await;
        assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(kind(&limited), "rate_limited");
        assert!(limited.headers.contains_key(header::RETRY_AFTER));
        // Another account is not locked by ana's (the address limit is higher).
        desk.login("bo").await;
    }

    #[tokio::test]
    async fn logins_are_rate_limited_per_address() {
        let desk = Harness::new();
        for attempt in 0..ADDRESS_LIMIT {
            let answer = desk
                .try_login(&format!("name-{attempt}"), "guess-guess")
                .await;
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
        }
        let limited = desk.try_login("ana", "ana-password").await;
        assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    }

    #[tokio::test]
    async fn log_out_and_log_out_everywhere_end_sessions() {
        let desk = Harness::new();
        let first = desk.login("ana").await;
        let second = desk.login("ana").await;
        let third = desk.login("ana").await;
        let out = desk.call("POST", "/api/logout", &first, "").await;
        assert!(out.headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Max-Age=0"));
        assert_eq!(
            desk.call("GET", "/api/me", &first, "").await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            desk.call("GET", "/api/me", &second, "").await.status,
            StatusCode::OK
        );
        let all = desk.call("POST", "/api/logout-all", &second, "").await;
        assert_eq!(all.body["ended"], 2);
        assert_eq!(
            desk.call("GET", "/api/me", &third, "").await.status,
            StatusCode::UNAUTHORIZED
        );
    }

    #[tokio::test]
    async fn saves_need_the_current_revision_and_a_stale_one_gets_412_with_it() {
        let desk = Harness::new();
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let made = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
        assert_eq!(made.body["errors"], 0);
        let id = made.body["id"].as_str().unwrap().to_string();
        let first = made.headers[header::ETAG].to_str().unwrap().to_string();
        let uri = format!("/api/explainers/{id}");

        let got = desk.call("GET", &uri, &bo, "").await;
        assert_eq!(got.headers[header::ETAG].to_str().unwrap(), first);
        assert_eq!(
            got.body["content"]["article"],
            serde_json::from_str::<Value>(DEFAULT).unwrap()["article"]
        );

        let edited = DEFAULT.replacen("\"headline\": \"", "\"headline\": \"Updated: ", 1);
        let no_tag = desk.call("PUT", &uri, &ana, &edited).await;
        assert_eq!(no_tag.status, StatusCode::PRECONDITION_REQUIRED);
        let save = |cookie: &str, tag: &str, body: &str| {
            HttpRequest::builder()
                .method("PUT")
                .uri(&uri)
                .header(header::HOST, HOST)
                .header(header::ORIGIN, ORIGIN)
                .header(header::COOKIE, cookie)
                .header(header::IF_MATCH, tag)
                .body(Body::from(body.to_string()))
                .unwrap()
        };
        let saved = desk.send(save(&ana, &first, &edited)).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let second = saved.headers[header::ETAG].to_str().unwrap().to_string();
        assert_ne!(first, second);

        // Bo read the first revision and saves over it: refused, nothing lost.
        let stale = desk.send(save(&bo, &first, DEFAULT)).await;
        assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
        assert_eq!(kind(&stale), "stale_revision");
        assert_eq!(stale.body["current"]["author"], "ana");
        assert_eq!(format!("\"{}\"", stale.body["current"]["revision"]), second);
        assert!(stale.body["current"]["content"]["article"]["headline"]
            .as_str()
            .unwrap()
            .starts_with("Updated: "));
        let list = desk.call("GET", "/api/explainers?q=updated", &bo, "").await;
        let row = &list.body["explainers"][0];
        assert_eq!(
            (row["updated_by"].as_str(), row["id"].as_str()),
            (Some("ana"), Some(id.as_str()))
        );

        let revisions = desk.call("GET", &format!("{uri}/revisions"), &bo, "").await;
        assert_eq!(revisions.body["revisions"].as_array().unwrap().len(), 2);
        let r1 = first.trim_matches('"');
        let r2 = second.trim_matches('"');
        let diff = desk
            .call("GET", &format!("{uri}/diff?from={r1}&to={r2}"), &bo, "")
            .await;
        assert_eq!(diff.body["changes"]["article_changed"], true);
        assert_eq!(diff.body["changes"]["text_changed"], false);

        let restore = HttpRequest::builder()
            .method("POST")
            .uri(format!("{uri}/revisions/{r1}/restore"))
            .header(header::HOST, HOST)
            .header(header::ORIGIN, ORIGIN)
            .header(header::COOKIE, &bo)
            .header(header::IF_MATCH, &second)
            .body(Body::empty())
            .unwrap();
        let restored = desk.send(restore).await;
        assert_eq!(restored.status, StatusCode::OK, "{}", restored.body);
        let now = desk.call("GET", &uri, &bo, "").await;
        assert_eq!(now.body["restored_from"].as_i64(), r1.parse().ok());
        assert_eq!(now.body["author"], "bo");
        assert_eq!(
            now.body["content"],
            serde_json::from_str::<Value>(DEFAULT).unwrap()
        );
    }

    #[tokio::test]
    async fn bad_bodies_get_clear_4xx() {
        let desk = Harness::new();
        let ana = desk.login("ana").await;
        let not_json = desk
            .call("POST", "/api/explainers", &ana, "{\"article\": ")
            .await;
        assert_eq!(not_json.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(kind(&not_json), "invalid_content");
        assert_eq!(not_json.body["problems"][0]["kind"], "invalid_json");
        let wrong_shape = desk
            .call("POST", "/api/explainers", &ana, "{\"quotes\": 3}")
            .await;
        assert_eq!(wrong_shape.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong_shape.body["problems"]
            .as_array()
            .is_some_and(|p| !p.is_empty()));
        let too_large = desk
            .call(
                "POST",
                "/api/explainers",
                &ana,
                &" ".repeat(MAX_CONTENT_BYTES + 1),
            )
            .await;
        assert_eq!(too_large.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(kind(&too_large), "too_large");
        let bad_login = desk
            .send(
                Harness::request("POST", "/api/login", None)
                    .body(Body::from("[1, 2"))
                    .unwrap(),
            )
            .await;
        assert_eq!(bad_login.status, StatusCode::BAD_REQUEST);
        let wrong_method = desk.call("GET", "/api/login", &ana, "").await;
        assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(kind(&wrong_method), "method_not_allowed");
        for uri in [
            "/api/explainers/..%2F..%2Fetc%2Fpasswd",
            "/api/explainers/aaaaaaaaaaaaaaaa",
            "/api/explainers/aaaaaaaaaaaaaaaa/revisions/-1",
            "/api/nothing-here",
        ] {
            let answer = desk.call("GET", uri, &ana, "").await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
            assert_eq!(kind(&answer), "not_found");
        }
        // A valid explainer with validation errors is kept, as a draft.
        let draft = DEFAULT.replacen("\"text\": \"", "\"text\": \"Never said: ", 1);
        let saved = desk.call("POST", "/api/explainers", &ana, &draft).await;
        assert_eq!(saved.status, StatusCode::CREATED);
        assert!(saved.body["errors"].as_i64().unwrap() > 0);
    }

    #[tokio::test]
    async fn the_proxy_header_counts_only_from_the_trusted_proxy() {
        let mut harness = Harness::new();
        let proxy: SocketAddr = "127.0.0.2:40000".parse().unwrap();
        let config = Config {
            trust_header: Some(HeaderName::from_static("x-forwarded-user")),
            trust_proxy: Some(proxy.ip()),
            ..Config::default()
        };
        harness.desk = Arc::new(Desk::new(harness.desk.store.clone(), config));
        let from = |peer: SocketAddr, user: &str| {
            let mut request = Harness::request("GET", "/api/me", None)
                .header("x-forwarded-user", user)
                .body(Body::empty())
                .unwrap();
            request.extensions_mut().insert(ConnectInfo(peer));
            request
        };
        let me = harness.send(from(proxy, "bo")).await;
        assert_eq!(me.body["user"]["name"], "bo");
        let elsewhere: SocketAddr = "127.0.0.3:40000".parse().unwrap();
        let forged = harness.send(from(elsewhere, "root")).await;
        assert_eq!(forged.status, StatusCode::UNAUTHORIZED);
        let unknown = harness.send(from(proxy, "mallory")).await;
        assert_eq!(unknown.status, StatusCode::FORBIDDEN);
        assert_eq!(kind(&unknown), "unknown_user");
    }

    #[tokio::test]
    async fn a_full_disk_is_507_and_nothing_is_stored() {
        let desk = Harness::new();
        let ana = desk.login("ana").await;
        desk.desk.store.with_conn(|c| {
            let pages: i64 = c.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
            c.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
                .unwrap();
        });
        let answer = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        assert_eq!(answer.status, StatusCode::INSUFFICIENT_STORAGE);
        assert_eq!(kind(&answer), "disk_full");
        assert!(answer.body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not stored"));
    }

    #[tokio::test]
    async fn a_one_time_password_must_be_replaced_first() {
        let desk = Harness::new();
        let hash = auth::hash_password("one-time-pass");
        desk.desk
            .store
            .create_user("admin", Role::Admin, &hash, true, None)
            .unwrap();
        let answer = desk.try_login("admin", "one-time-pass").await;
        let cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
        let cookie = cookie.split(';').next().unwrap().to_string();
        let blocked = desk.call("GET", "/api/explainers", &cookie, "").await;
        assert_eq!(kind(&blocked), "password_change_required");
        let change = json!({ "current": "one-time-pass", "new": "my own long password" });
        let changed = desk
            .call("POST", "/api/password", &cookie, &change.to_string())
            .await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
        let list = desk.call("GET", "/api/explainers", &cookie, "").await;
        assert_eq!(list.status, StatusCode::OK);
    }

    #[tokio::test]
    async fn an_editor_publishes_republishes_restores_and_unpublishes() {
        let desk = Harness::publishing();
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let made = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let api = format!("/api/explainers/{id}");

        // A reporter may not publish, nor read the publications.
        for (method, uri) in [
            ("POST", format!("{api}/publish")),
            ("POST", format!("{api}/unpublish")),
            ("GET", format!("{api}/publications")),
            ("POST", format!("{api}/publications/1/restore")),
        ] {
            let answer = desk.call(method, &uri, &ana, "").await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{method} {uri}");
        }

        let first = desk.call("POST", &format!("{api}/publish"), &bo, "").await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);
        assert_eq!(first.body["version"], 1);
        let slug = first.body["slug"].as_str().unwrap().to_string();
        assert!(publishing::check_slug(&slug).is_ok(), "{slug}");
        assert_eq!(
            first.body["url"],
            format!("http://{HOST}/e/{slug}/"),
            "the desk's own /e/ by default"
        );
        let folder = desk._dir.path().join("published").join(&slug);
        assert!(folder.join("index.html").is_file());
        assert!(folder.join("index.html.br").is_file());
        assert!(folder.join("embed.js").is_file());

        let page_uri = format!("/e/{slug}/");
        let page = desk.call("GET", &page_uri, &ana, "").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(
            page.headers[header::CONTENT_TYPE],
            "text/html; charset=utf-8"
        );
        assert_eq!(page.headers[header::CACHE_CONTROL], publishing::SHORT);
        assert!(
            text(&page).contains(&format!("/e/{slug}/")),
            "its canonical URL"
        );
        assert!(!text(&page).contains("Updated: "));
        // An inline embed reads these from the host article's origin.
        for file in ["", "embed.js", "content.json"] {
            let answer = desk.call("GET", &format!("{page_uri}{file}"), "", "").await;
            assert_eq!(answer.status, StatusCode::OK, "{file}");
            assert_eq!(
                answer.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
                "*",
                "{file}"
            );
        }
        let listed = desk.call("GET", "/api/explainers", &ana, "").await;
        assert!(
            !listed
                .headers
                .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN),
            "the API is the desk's own"
        );
        let redirect = desk.call("GET", &format!("/e/{slug}"), &ana, "").await;
        assert_eq!(redirect.status, StatusCode::PERMANENT_REDIRECT);
        let records = desk
            .call(
                "GET",
                &format!("/e/_versions/{slug}/versions.json"),
                &ana,
                "",
            )
            .await;
        assert_eq!(records.status, StatusCode::NOT_FOUND);

        let listed = desk.call("GET", "/api/explainers", &ana, "").await;
        assert_eq!(listed.body["explainers"][0]["state"], "published");

        // An edit: the draft has changes not yet published.
        let edited = DEFAULT.replacen("\"headline\": \"", "\"headline\": \"Updated: ", 1);
        let tag = save_over(&desk, &id, &ana, &edited).await;
        let listed = desk.call("GET", "/api/explainers", &ana, "").await;
        assert_eq!(
            listed.body["explainers"][0]["state"],
            "published-with-changes"
        );
        let stale = Harness::request("POST", &format!("{api}/publish"), Some(&bo))
            .header(header::IF_MATCH, "\"1\"")
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            desk.send(stale).await.status,
            StatusCode::PRECONDITION_FAILED
        );
        let second = Harness::request("POST", &format!("{api}/publish"), Some(&bo))
            .header(header::IF_MATCH, tag)
            .body(Body::empty())
            .unwrap();
        let second = desk.send(second).await;
        assert_eq!(second.status, StatusCode::OK, "{}", second.body);
        assert_eq!(second.body["version"], 2);
        assert_eq!(second.body["slug"], slug.as_str(), "the same address");
        let page = desk.call("GET", &page_uri, &ana, "").await;
        assert!(text(&page).contains("Updated: "));
        let state = desk
            .call("GET", &format!("{api}/publications"), &bo, "")
            .await;
        assert_eq!(state.body["state"], "published");
        let versions = state.body["publications"].as_array().unwrap();
        assert_eq!(versions.len(), 2);
        assert_eq!(versions[0]["version"], 2);
        assert_eq!(versions[0]["by"], "bo");

        // Version 1 again, as version 3; the draft keeps its edit.
        let restored = desk
            .call("POST", &format!("{api}/publications/1/restore"), &bo, "")
            .await;
        assert_eq!(restored.status, StatusCode::OK, "{}", restored.body);
        assert_eq!(restored.body["version"], 3);
        assert_eq!(restored.body["restored_from"], 1);
        let page = desk.call("GET", &page_uri, &ana, "").await;
        assert!(!text(&page).contains("Updated: "));
        let state = desk
            .call("GET", &format!("{api}/publications"), &bo, "")
            .await;
        assert_eq!(state.body["state"], "published-with-changes");

        let gone = desk
            .call("POST", &format!("{api}/unpublish"), &bo, "")
            .await;
        assert_eq!(gone.status, StatusCode::OK, "{}", gone.body);
        let page = desk.call("GET", &page_uri, &ana, "").await;
        assert_eq!(page.status, StatusCode::GONE);
        assert!(text(&page).contains("no longer published"));
        let index = desk
            .call("GET", &format!("{page_uri}index.html"), &ana, "")
            .await;
        assert_eq!(index.status, StatusCode::GONE);
        let loader = desk
            .call("GET", &format!("{page_uri}embed.js"), &ana, "")
            .await;
        assert_eq!(loader.status, StatusCode::OK, "host pages run its notice");
        assert_eq!(loader.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
        let listed = desk.call("GET", "/api/explainers", &ana, "").await;
        assert_eq!(listed.body["explainers"][0]["state"], "draft");

        let root = desk.login("root").await;
        let audit = desk.call("GET", "/api/audit", &root, "").await;
        let actions: Vec<&str> = audit.body["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(actions[..4], ["unpublish", "publish", "publish", "save"]);
    }

    #[tokio::test]
    async fn errors_block_a_publish_and_nothing_is_written() {
        let desk = Harness::publishing();
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let draft = DEFAULT.replacen("\"text\": \"", "\"text\": \"Never said: ", 1);
        let made = desk.call("POST", "/api/explainers", &ana, &draft).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let refused = desk
            .call("POST", &format!("/api/explainers/{id}/publish"), &bo, "")
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(kind(&refused), "not_publishable");
        assert!(refused.body["problems"]
            .as_array()
            .is_some_and(|p| p.iter().any(|f| f["severity"] == "error")));
        let published = desk._dir.path().join("published");
        assert_eq!(std::fs::read_dir(&published).unwrap().count(), 0);
        let state = desk
            .call(
                "GET",
                &format!("/api/explainers/{id}/publications"),
                &bo,
                "",
            )
            .await;
        assert_eq!(state.body["state"], "draft");
        assert_eq!(state.body["slug"], Value::Null, "no slug taken");
        let never = desk
            .call("POST", &format!("/api/explainers/{id}/unpublish"), &bo, "")
            .await;
        assert_eq!(never.status, StatusCode::CONFLICT);
    }

    #[tokio::test]
    async fn slugs_are_unique_per_desk() {
        let desk = Harness::new();
        let store = &desk.desk.store;
        let ana = store.user_by_name("ana").unwrap().unwrap().0.id;
        let content = NewContent {
            content: DEFAULT.to_string(),
            headline: "Same".into(),
            errors: 0,
        };
        let (one, _) = store.create_explainer(&content, ana).unwrap();
        let (two, _) = store.create_explainer(&content, ana).unwrap();
        assert_eq!(store.assign_slug(&one, "same").unwrap(), "same");
        assert_eq!(store.assign_slug(&two, "same").unwrap(), "same-2");
        assert_eq!(store.assign_slug(&one, "other").unwrap(), "same", "kept");
    }
}
