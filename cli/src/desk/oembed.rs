//! The desk's oEmbed endpoint (issue 27): `GET /oembed?url=…&format=json`,
//! so a CMS that takes a pasted URL embeds a published explainer.
//!
//! The URL is any reader's address of an explainer the desk publishes (its
//! page, a share page, with or without a fragment), under `--public-url` or
//! the desk's own `/e/`. The answer (type `rich`) is built by the same code as
//! the `oembed.json` file beside each page ([`crate::embed::oembed_response`]):
//! the Embed panel's iframe code, the size, the title and the provider. Only
//! what is live is answered: an unknown, unpublished or deleted explainer is a
//! 404, as the oEmbed specification asks; `format=xml` is a 501 (JSON only).
//! Nobody logs in: the answer holds nothing a reader of the page cannot see.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::header::{self, HeaderMap};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::Value;

use super::api::{self, Desk};
use super::store;
use crate::embed;
use crate::publishing;

/// The `/oembed` route.
pub fn router(desk: Arc<Desk>) -> Router {
    Router::new().route("/oembed", get(oembed)).with_state(desk)
}

/// A short plain-text answer: oEmbed consumers read the status, people the words.
fn refusal(status: StatusCode, message: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message,
    )
        .into_response()
}

async fn oembed(
    State(desk): State<Arc<Desk>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    match query.get("format").map(String::as_str) {
        None | Some("json") => {}
        Some(_) => {
            return refusal(
                StatusCode::NOT_IMPLEMENTED,
                "This desk answers oEmbed in JSON only (format=json).\n",
            )
        }
    }
    let Some(url) = query.get("url").filter(|u| !u.is_empty()) else {
        return refusal(
            StatusCode::BAD_REQUEST,
            "Give the explainer's address: /oembed?url=…\n",
        );
    };
    let max = |key: &str| query.get(key).and_then(|v| v.parse::<u32>().ok());
    let Some(publisher) = desk.config.publisher.clone() else {
        return refusal(StatusCode::NOT_FOUND, "This desk publishes nothing.\n");
    };
    let origin = api::desk_origin(&desk, &headers);
    let not_published = || refusal(StatusCode::NOT_FOUND, "No explainer is published there.\n");
    let Some(slug) = publisher.slug_in(url, &origin) else {
        return not_published();
    };
    let lookup = slug.clone();
    let store = desk.store.clone();
    let live = tokio::task::spawn_blocking(move || store.live_at(&lookup)).await;
    let revision = match live {
        Ok(Ok(Some(revision))) => revision,
        Ok(Ok(None)) => return not_published(),
        Ok(Err(e)) => {
            eprintln!("desk: oEmbed look-up of {slug} failed: {e}");
            return refusal(StatusCode::INTERNAL_SERVER_ERROR, "The desk failed.\n");
        }
        Err(_) => return refusal(StatusCode::INTERNAL_SERVER_ERROR, "The desk failed.\n"),
    };
    let title = store::headline_of(&revision.content);
    let newsroom = serde_json::from_str::<Value>(&revision.content)
        .ok()
        .and_then(|v| v["article"]["publisher"].as_str().map(str::to_string));
    let site_url = publisher.site_url(&slug, &origin);
    let answer = embed::oembed_response(
        &title,
        newsroom.as_deref(),
        &site_url,
        (max("maxwidth"), max("maxheight")),
    );
    (
        // As short-lived as the pages: an unpublish is a 404 within the minute.
        [(header::CACHE_CONTROL, publishing::SHORT)],
        Json(answer),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;
    use news_explainer::embedding::EmbedCodes;

    use super::super::testing::*;
    use super::super::{publisher, store};

    fn endpoint(url: &str, extra: &str) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("url", url)
            .finish();
        format!("/oembed?{query}{extra}")
    }

    #[tokio::test]
    async fn a_published_explainer_answers_oembed_and_an_unpublished_one_is_404() {
        let desk = Harness::publishing();
        let ana = desk.login("ana").await;
        let bo = desk.login("bo").await;
        let made = desk.call("POST", "/api/explainers", &ana, DEFAULT).await;
        let id = made.body["id"].as_str().unwrap().to_string();
        let api = format!("/api/explainers/{id}");

        let slug = publisher::slug_from_headline(&store::headline_of(DEFAULT));
        let page = format!("http://{HOST}/e/{slug}/");
        let before = desk
            .call("GET", &endpoint(&page, "&format=json"), "", "")
            .await;
        assert_eq!(before.status, StatusCode::NOT_FOUND, "not published yet");

        let published = desk.call("POST", &format!("{api}/publish"), &bo, "").await;
        assert_eq!(published.status, StatusCode::OK, "{}", published.body);
        let url = published.body["url"].as_str().unwrap().to_string();
        let headline = serde_json::from_str::<serde_json::Value>(DEFAULT).unwrap()["article"]
            ["headline"]
            .as_str()
            .unwrap()
            .to_string();

        // The page, a share page and a quote's link all lead to it; no login.
        for asked in [
            url.clone(),
            format!("{url}quote/some-quote/"),
            format!("{url}#quote-some-quote"),
        ] {
            let answer = desk
                .call("GET", &endpoint(&asked, "&format=json"), "", "")
                .await;
            assert_eq!(answer.status, StatusCode::OK, "{asked}: {}", text(&answer));
            assert_eq!(answer.body["type"], "rich");
            assert_eq!(answer.body["version"], "1.0");
            assert_eq!(answer.body["title"], headline.as_str());
            assert_eq!(answer.body["width"], 640);
            assert_eq!(answer.body["height"], 900);
            assert!(answer.body["provider_name"].is_string());
            assert_eq!(
                answer.body["html"],
                EmbedCodes::new(&url, None, &headline).iframe,
                "the Embed panel's iframe code"
            );
        }
        let small = desk
            .call("GET", &endpoint(&url, "&maxwidth=320"), "", "")
            .await;
        assert_eq!(small.body["width"], 320);

        // The page names the endpoint, for CMSs that discover it.
        let slug = published.body["slug"].as_str().unwrap();
        let served = desk.call("GET", &format!("/e/{slug}/"), "", "").await;
        assert_eq!(served.status, StatusCode::OK);
        let discovery = format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"http://{HOST}/oembed?url={}&amp;format=json\"",
            form_urlencoded::byte_serialize(url.as_bytes()).collect::<String>()
        );
        assert!(text(&served).contains(&discovery), "{}", text(&served));

        let xml = desk
            .call("GET", &endpoint(&url, "&format=xml"), "", "")
            .await;
        assert_eq!(xml.status, StatusCode::NOT_IMPLEMENTED);
        let missing = desk.call("GET", "/oembed?format=json", "", "").await;
        assert_eq!(missing.status, StatusCode::BAD_REQUEST);
        for elsewhere in [
            "https://elsewhere.example/e/trump-and-putin-meet-in-anchorage/".to_string(),
            format!("http://{HOST}/e/no-such-explainer/"),
            format!("http://{HOST}/studio/"),
        ] {
            let answer = desk.call("GET", &endpoint(&elsewhere, ""), "", "").await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{elsewhere}");
        }

        let gone = desk
            .call("POST", &format!("{api}/unpublish"), &bo, "")
            .await;
        assert_eq!(gone.status, StatusCode::OK, "{}", gone.body);
        let after = desk.call("GET", &endpoint(&url, ""), "", "").await;
        assert_eq!(after.status, StatusCode::NOT_FOUND, "unpublished");
    }
}
