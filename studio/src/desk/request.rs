//! Every request the Studio makes of the desk, as a plain value (method, path,
//! `If-Match`, body), and the reading of each answer into a typed value or a
//! typed [`DeskError`]. No web-sys: [`super::transport`] sends a
//! [`DeskRequest`] and hands back an [`Answer`]; everything else is tested
//! natively.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::types::{
    AuditEntry, DeskError, Diff, ErrorKind, Restored, Revision, RevisionJson, RevisionMeta, Saved,
    Summary, User,
};

/// An HTTP method the desk's API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Reads.
    Get,
    /// Creates, logs in and out, restores.
    Post,
    /// Saves a new revision.
    Put,
    /// Revokes a preview link.
    Delete,
}

impl Method {
    /// As `fetch` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// One request to the desk, ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskRequest {
    /// The method.
    pub method: Method,
    /// The path from the desk's root, with its query: `/api/explainers?q=…`.
    pub path: String,
    /// The revision the change starts from, sent as `If-Match: "N"`.
    pub if_match: Option<i64>,
    /// A JSON body.
    pub body: Option<String>,
}

/// An answer from the desk, as the transport received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The body's text.
    pub body: String,
    /// `Retry-After`, in seconds, when it was sent.
    pub retry_after: Option<u64>,
}

impl DeskRequest {
    fn new(method: Method, path: String) -> DeskRequest {
        DeskRequest {
            method,
            path,
            if_match: None,
            body: None,
        }
    }

    fn with_body(mut self, body: String) -> DeskRequest {
        self.body = Some(body);
        self
    }

    fn if_match(mut self, revision: i64) -> DeskRequest {
        self.if_match = Some(revision);
        self
    }

    /// `If-Match` as the desk's `ETag`s spell a revision.
    pub fn if_match_header(&self) -> Option<String> {
        self.if_match.map(|revision| format!("\"{revision}\""))
    }

    /// Who is logged in: 200 in desk mode, 401 before a login, anything else
    /// (404, no answer) when the Studio is alone on a static host.
    pub fn me() -> DeskRequest {
        DeskRequest::new(Method::Get, "/api/me".into())
    }

    /// Logs in.
    pub fn login(name: &str, password: &str) -> DeskRequest {
        let body = serde_json::json!({ "name": name, "password": password });
        DeskRequest::new(Method::Post, "/api/login".into()).with_body(body.to_string())
    }

    /// Ends this session.
    pub fn logout() -> DeskRequest {
        DeskRequest::new(Method::Post, "/api/logout".into())
    }

    /// Ends every session of the person logged in.
    pub fn logout_all() -> DeskRequest {
        DeskRequest::new(Method::Post, "/api/logout-all".into())
    }

    /// Replaces the password (a one-time one first of all).
    pub fn change_password(current: &str, new: &str) -> DeskRequest {
        let body = serde_json::json!({ "current": current, "new": new });
        DeskRequest::new(Method::Post, "/api/password".into()).with_body(body.to_string())
    }

    /// The newsroom's explainers, newest first; `query` searches headlines and
    /// last editors.
    pub fn list(query: &str) -> DeskRequest {
        let query = query.trim();
        let path = if query.is_empty() {
            "/api/explainers".into()
        } else {
            format!("/api/explainers?q={}", percent_encoded(query))
        };
        DeskRequest::new(Method::Get, path)
    }

    /// One explainer's current revision.
    pub fn get(id: &str) -> DeskRequest {
        DeskRequest::new(
            Method::Get,
            format!("/api/explainers/{}", percent_encoded(id)),
        )
    }

    /// A new explainer from its JSON.
    pub fn create(content: &str) -> DeskRequest {
        DeskRequest::new(Method::Post, "/api/explainers".into()).with_body(content.into())
    }

    /// A new revision of `id`, saved over `base`.
    pub fn save(id: &str, base: i64, content: &str) -> DeskRequest {
        DeskRequest::new(
            Method::Put,
            format!("/api/explainers/{}", percent_encoded(id)),
        )
        .if_match(base)
        .with_body(content.into())
    }

    /// Every revision of `id`, newest first.
    pub fn revisions(id: &str) -> DeskRequest {
        DeskRequest::new(
            Method::Get,
            format!("/api/explainers/{}/revisions", percent_encoded(id)),
        )
    }

    /// Revision `revision` of `id`, with its content.
    pub fn revision(id: &str, revision: i64) -> DeskRequest {
        DeskRequest::new(
            Method::Get,
            format!(
                "/api/explainers/{}/revisions/{revision}",
                percent_encoded(id)
            ),
        )
    }

    /// What changed in `id` from revision `from` to `to`.
    pub fn diff(id: &str, from: i64, to: i64) -> DeskRequest {
        DeskRequest::new(
            Method::Get,
            format!(
                "/api/explainers/{}/diff?from={from}&to={to}",
                percent_encoded(id)
            ),
        )
    }

    /// Revision `revision`'s content as a new revision of `id`, over `base`.
    pub fn restore(id: &str, revision: i64, base: i64) -> DeskRequest {
        DeskRequest::new(
            Method::Post,
            format!(
                "/api/explainers/{}/revisions/{revision}/restore",
                percent_encoded(id)
            ),
        )
        .if_match(base)
    }

    /// A page of the audit log, newest first: `before` the entry id the last
    /// page ended with.
    pub fn audit(before: Option<i64>, limit: u32) -> DeskRequest {
        let path = match before {
            Some(before) => format!("/api/audit?before={before}&limit={limit}"),
            None => format!("/api/audit?limit={limit}"),
        };
        DeskRequest::new(Method::Get, path)
    }
}

/// `text` safe in a URL's path or query: everything but unreserved characters
/// percent-encoded as UTF-8.
pub fn percent_encoded(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// The desk's error body.
#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetails,
    #[serde(default)]
    current: Option<RevisionJson>,
}

#[derive(Deserialize)]
struct ErrorDetails {
    kind: String,
    message: String,
}

/// The typed error of an answer that is not a success.
pub fn refusal(answer: &Answer) -> DeskError {
    match serde_json::from_str::<ErrorBody>(&answer.body) {
        Ok(ErrorBody {
            current: Some(current),
            ..
        }) if answer.status == 412 => DeskError::Conflict(Box::new(current.into())),
        Ok(ErrorBody { error, .. }) => DeskError::Refused {
            status: answer.status,
            kind: ErrorKind::parse(&error.kind),
            message: error.message,
            retry_after: answer.retry_after,
        },
        Err(_) => DeskError::Unreadable {
            status: answer.status,
        },
    }
}

/// A success's body as `T`, or the answer's typed error.
pub fn decode<T: DeserializeOwned>(answer: &Answer) -> Result<T, DeskError> {
    if !(200..300).contains(&answer.status) {
        return Err(refusal(answer));
    }
    serde_json::from_str(&answer.body).map_err(|_| DeskError::Unreadable {
        status: answer.status,
    })
}

#[derive(Deserialize)]
struct UserBody {
    user: User,
}

#[derive(Deserialize)]
struct ListBody {
    explainers: Vec<Summary>,
}

#[derive(Deserialize)]
struct RevisionsBody {
    revisions: Vec<RevisionMeta>,
}

#[derive(Deserialize)]
struct AuditBody {
    entries: Vec<AuditEntry>,
}

/// The person of a `me`, `login` answer.
pub fn read_user(answer: &Answer) -> Result<User, DeskError> {
    decode::<UserBody>(answer).map(|body| body.user)
}

/// The list of a `list` answer.
pub fn read_list(answer: &Answer) -> Result<Vec<Summary>, DeskError> {
    decode::<ListBody>(answer).map(|body| body.explainers)
}

/// A `create` or `save` answer.
pub fn read_saved(answer: &Answer) -> Result<Saved, DeskError> {
    decode(answer)
}

/// A `get` or `revision` answer.
pub fn read_revision(answer: &Answer) -> Result<Revision, DeskError> {
    decode::<RevisionJson>(answer).map(Revision::from)
}

/// A `revisions` answer.
pub fn read_revisions(answer: &Answer) -> Result<Vec<RevisionMeta>, DeskError> {
    decode::<RevisionsBody>(answer).map(|body| body.revisions)
}

/// A `diff` answer.
pub fn read_diff(answer: &Answer) -> Result<Diff, DeskError> {
    decode(answer)
}

/// A `restore` answer.
pub fn read_restored(answer: &Answer) -> Result<Restored, DeskError> {
    decode(answer)
}

/// An `audit` answer.
pub fn read_audit(answer: &Answer) -> Result<Vec<AuditEntry>, DeskError> {
    decode::<AuditBody>(answer).map(|body| body.entries)
}

/// An answer with nothing to read but success (`logout`, `password`).
pub fn read_done(answer: &Answer) -> Result<(), DeskError> {
    decode::<serde_json::Value>(answer).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status,
            body: body.into(),
            retry_after: None,
        }
    }

    #[test]
    fn requests_carry_their_method_path_revision_and_body() {
        let save = DeskRequest::save("abc123", 7, "{}");
        assert_eq!(save.method, Method::Put);
        assert_eq!(save.path, "/api/explainers/abc123");
        assert_eq!(save.if_match_header().as_deref(), Some("\"7\""));
        assert_eq!(save.body.as_deref(), Some("{}"));
        assert_eq!(DeskRequest::list("  ").path, "/api/explainers");
        assert_eq!(
            DeskRequest::list("Ana & Putin").path,
            "/api/explainers?q=Ana%20%26%20Putin"
        );
        assert_eq!(DeskRequest::get("../x").path, "/api/explainers/..%2Fx");
        let restore = DeskRequest::restore("abc", 2, 5);
        assert_eq!(restore.path, "/api/explainers/abc/revisions/2/restore");
        assert_eq!(restore.if_match, Some(5));
        assert_eq!(
            DeskRequest::diff("abc", 1, 3).path,
            "/api/explainers/abc/diff?from=1&to=3"
        );
        assert_eq!(
            DeskRequest::audit(Some(40), 50).path,
            "/api/audit?before=40&limit=50"
        );
        let login: serde_json::Value =
            serde_json::from_str(DeskRequest::login("ana", "pa\"ss").body.as_deref().unwrap())
                .unwrap();
        assert_eq!(login["password"], "pa\"ss");
        assert_eq!(DeskRequest::me().if_match_header(), None);
    }

    #[test]
    fn answers_are_read_into_typed_values() {
        let me = answer(
            200,
            r#"{"user":{"name":"ana","role":"editor","must_change_password":false,"disabled":false,"created_at":1}}"#,
        );
        let user = read_user(&me).unwrap();
        assert_eq!(
            (user.name.as_str(), user.role),
            ("ana", super::super::Role::Editor)
        );
        let list = answer(
            200,
            r#"{"explainers":[{"id":"a1","headline":"Talks","state":"draft","revision":3,"updated_by":"ana","updated_at":5,"errors":2}]}"#,
        );
        assert_eq!(read_list(&list).unwrap()[0].errors, 2);
        let got = answer(
            200,
            r#"{"id":"a1","revision":3,"parent":2,"restored_from":null,"author":"ana","created_at":5,"errors":0,"content":{"article":{"headline":"X"}}}"#,
        );
        let revision = read_revision(&got).unwrap();
        assert_eq!(revision.meta.parent, Some(2));
        assert_eq!(revision.content, r#"{"article":{"headline":"X"}}"#);
    }

    #[test]
    fn refusals_are_typed_by_their_kind() {
        let limited = Answer {
            status: 429,
            body: r#"{"error":{"kind":"rate_limited","message":"wait 15 minutes"}}"#.into(),
            retry_after: Some(900),
        };
        match read_user(&limited).unwrap_err() {
            DeskError::Refused {
                kind, retry_after, ..
            } => assert_eq!((kind, retry_after), (ErrorKind::RateLimited, Some(900))),
            other => panic!("{other:?}"),
        }
        let full = answer(507, r#"{"error":{"kind":"disk_full","message":"full"}}"#);
        let error = read_saved(&full).unwrap_err();
        assert!(error.is_transient());
        assert_eq!(error.kind(), Some(&ErrorKind::DiskFull));
        let stale = answer(
            412,
            r#"{"error":{"kind":"stale_revision","message":"m"},"current":{"id":"a1","revision":4,"parent":3,"restored_from":null,"author":"eve","created_at":9,"errors":0,"content":{}}}"#,
        );
        match read_saved(&stale).unwrap_err() {
            DeskError::Conflict(current) => {
                assert_eq!(
                    (current.meta.revision, current.meta.author.as_str()),
                    (4, "eve")
                )
            }
            other => panic!("{other:?}"),
        }
        let static_host = answer(404, "<!doctype html><p>Not found");
        assert_eq!(
            read_user(&static_host).unwrap_err(),
            DeskError::Unreadable { status: 404 }
        );
        assert!(!read_user(&answer(
            401,
            r#"{"error":{"kind":"not_logged_in","message":"m"}}"#
        ))
        .unwrap_err()
        .is_transient());
        assert!(DeskError::Network.is_transient());
    }
}
