//! Publishing through the desk (issue 27), beside the rest of the client: the
//! requests of the publish API (publish, unpublish, versions and their
//! restore, preview links) and their answers as typed values. Plain Rust,
//! tested natively; the Publish panel (components/desk_publish_panel.rs)
//! sends them with [`super::call`].

use serde::Deserialize;

use super::request::{decode, percent_encoded, Answer, DeskRequest, Method};
use super::types::DeskError;

/// One published version (`GET …/publications`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Publication {
    /// Its number (1, 2, 3…).
    pub version: i64,
    /// The revision it published.
    pub revision: i64,
    /// Who published it.
    pub by: String,
    /// When (ms since the epoch).
    pub at: i64,
    /// The version it restored, for a restore.
    #[serde(default)]
    pub restored_from: Option<i64>,
}

/// Where an explainer stands: its address, its state and its versions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Publications {
    /// Its slug, once published.
    #[serde(default)]
    pub slug: Option<String>,
    /// Where readers read it, once published.
    #[serde(default)]
    pub url: Option<String>,
    /// `draft`, `published` or `published-with-changes`.
    pub state: String,
    /// Its versions, newest first.
    pub publications: Vec<Publication>,
}

impl Publications {
    /// The state in words: "Draft", "Published", "Published, with changes not
    /// yet published".
    pub fn state_words(&self) -> &'static str {
        match self.state.as_str() {
            "published" => "Published",
            "published-with-changes" => "Published, with changes not yet published",
            _ if self.publications.is_empty() => "Draft, never published",
            _ => "Draft (unpublished)",
        }
    }

    /// True while readers can read it.
    pub fn is_live(&self) -> bool {
        self.state != "draft"
    }

    /// Where it stands once the desk has the draft at revision `saved`: a
    /// live explainer is "published" while its live version is that
    /// revision, and "published-with-changes" once a later save (this
    /// Studio's, or a reporter's it has since opened) is not, as the desk
    /// would answer; the panel is not read again on every save for it.
    /// `None` (a change on its way) leaves the state as it was read.
    pub fn as_of(&self, saved: Option<i64>) -> Publications {
        let mut now = self.clone();
        if let (Some(saved), Some(live)) = (saved, self.publications.first()) {
            if self.is_live() {
                now.state = if live.revision == saved {
                    "published"
                } else {
                    "published-with-changes"
                }
                .to_string();
            }
        }
        now
    }
}

/// A warning the validator gave with a publish.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Warning {
    /// Its words.
    pub message: String,
}

/// What a publish answered.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Published {
    /// The version now live.
    pub version: i64,
    /// Where readers read it.
    pub url: String,
    /// The validator's warnings (the publish went on).
    #[serde(default)]
    pub warnings: Vec<Warning>,
}

/// A preview link as listed (no token) or as just made (with it).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Preview {
    /// The link's id (its token's hash): what revokes it.
    pub id: String,
    /// Who made it.
    pub created_by: String,
    /// When (ms since the epoch).
    pub created_at: i64,
    /// The link, only in the answer that made it.
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Deserialize)]
struct PreviewList {
    previews: Vec<Preview>,
}

fn explainer_path(id: &str, rest: &str) -> String {
    format!("/api/explainers/{}/{rest}", percent_encoded(id))
}

fn request(method: Method, path: String, if_match: Option<i64>) -> DeskRequest {
    DeskRequest {
        method,
        path,
        if_match,
        body: None,
    }
}

/// Publishes `id`'s revision `base` (412 if another save came since).
pub fn publish(id: &str, base: Option<i64>) -> DeskRequest {
    request(Method::Post, explainer_path(id, "publish"), base)
}

/// Takes `id` down: its pages become the notice.
pub fn unpublish(id: &str) -> DeskRequest {
    request(Method::Post, explainer_path(id, "unpublish"), None)
}

/// `id`'s state and versions.
pub fn publications(id: &str) -> DeskRequest {
    request(Method::Get, explainer_path(id, "publications"), None)
}

/// Publishes again what version `version` published, as a new version.
pub fn restore(id: &str, version: i64) -> DeskRequest {
    let rest = format!("publications/{version}/restore");
    request(Method::Post, explainer_path(id, &rest), None)
}

/// `id`'s preview links that still work.
pub fn previews(id: &str) -> DeskRequest {
    request(Method::Get, explainer_path(id, "previews"), None)
}

/// A new preview link of `id`.
pub fn make_preview(id: &str) -> DeskRequest {
    request(Method::Post, explainer_path(id, "previews"), None)
}

/// Revokes `id`'s preview link `preview` (its listed id).
pub fn revoke_preview(id: &str, preview: &str) -> DeskRequest {
    let rest = format!("previews/{}", percent_encoded(preview));
    request(Method::Delete, explainer_path(id, &rest), None)
}

/// Reads a publish's answer.
pub fn read_published(answer: &Answer) -> Result<Published, DeskError> {
    decode(answer)
}

/// Reads the state and versions.
pub fn read_publications(answer: &Answer) -> Result<Publications, DeskError> {
    decode(answer)
}

/// Reads the preview links.
pub fn read_previews(answer: &Answer) -> Result<Vec<Preview>, DeskError> {
    decode::<PreviewList>(answer).map(|list| list.previews)
}

/// Reads a new preview link.
pub fn read_preview(answer: &Answer) -> Result<Preview, DeskError> {
    decode(answer)
}

/// The desk's oEmbed URL for the page at `url`, on the desk at `origin`.
pub fn oembed_url(origin: &str, url: &str) -> String {
    format!("{origin}/oembed?url={}&format=json", percent_encoded(url))
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
    fn a_save_after_the_live_version_is_a_change_not_yet_published() {
        let read: Publications = serde_json::from_str(
            r#"{"slug":"a","url":"http://desk.example/e/a/","state":"published",
                "publications":[{"version":2,"revision":7,"by":"eve","at":0},
                                {"version":1,"revision":3,"by":"eve","at":0}]}"#,
        )
        .unwrap();
        assert_eq!(read.as_of(Some(7)).state, "published");
        assert_eq!(read.as_of(None).state, "published");
        let edited = read.as_of(Some(8));
        assert_eq!(edited.state, "published-with-changes");
        assert_eq!(
            edited.state_words(),
            "Published, with changes not yet published"
        );
        let mut unpublished = read.clone();
        unpublished.state = "draft".into();
        assert_eq!(
            unpublished.as_of(Some(8)).state,
            "draft",
            "nothing live, nothing to compare"
        );
    }

    #[test]
    fn requests_name_the_publish_routes() {
        let publish = publish("abc", Some(4));
        assert_eq!(
            (
                publish.method,
                publish.path.as_str(),
                publish.if_match_header()
            ),
            (
                Method::Post,
                "/api/explainers/abc/publish",
                Some("\"4\"".into())
            )
        );
        assert_eq!(
            restore("abc", 2).path,
            "/api/explainers/abc/publications/2/restore"
        );
        let revoke = revoke_preview("abc", "ff00");
        assert_eq!(
            (revoke.method, revoke.path.as_str()),
            (Method::Delete, "/api/explainers/abc/previews/ff00")
        );
        assert_eq!(
            oembed_url("http://desk.example", "http://desk.example/e/a/"),
            "http://desk.example/oembed?url=http%3A%2F%2Fdesk.example%2Fe%2Fa%2F&format=json"
        );
    }

    #[test]
    fn answers_read_into_types_and_refusals_into_errors() {
        let state = read_publications(&answer(
            200,
            r#"{"id":"abc","slug":"a","url":"http://d/e/a/","state":"published-with-changes",
               "publications":[{"version":2,"slug":"a","revision":7,"by":"bo","at":5,"restored_from":1}]}"#,
        ))
        .unwrap();
        assert_eq!(
            state.state_words(),
            "Published, with changes not yet published"
        );
        assert!(state.is_live());
        assert_eq!(state.publications[0].restored_from, Some(1));
        let published = read_published(&answer(
            200,
            r#"{"version":3,"url":"http://d/e/a/","warnings":[{"message":"A TODO is left","severity":"warning"}]}"#,
        ))
        .unwrap();
        assert_eq!(published.warnings[0].message, "A TODO is left");
        let refused = read_published(&answer(
            422,
            r#"{"error":{"kind":"not_publishable","message":"The validator finds errors"},"problems":[]}"#,
        ));
        assert!(matches!(
            refused,
            Err(DeskError::Refused { status: 422, .. })
        ));
        let previews = read_previews(&answer(
            200,
            r#"{"previews":[{"id":"ff","created_by":"ana","created_at":1}]}"#,
        ))
        .unwrap();
        assert_eq!(previews[0].url, None);
    }
}
