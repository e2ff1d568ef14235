//! The desk's side of publishing (issue 27): where it publishes (`--publish-to`,
//! by default the folder `<data>/published`), at which URL the pages will be
//! read (`--public-url`, by default the desk's own `/e/`), one publish at a
//! time per slug, slugs made from headlines, and the reader's side of the
//! default folder: `/e/<slug>/…`, with 410 and the notice once unpublished.
//!
//! The publish itself is the library's ([`crate::publishing`]), as
//! `explainer publish` runs it; the API's handlers (api.rs) call it through
//! this.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower::ServiceExt;
use tower_http::services::ServeDir;

use crate::publishing::{self, gone, target::Target};

/// The folder under the data folder that keeps preview links' built drafts.
pub const PREVIEW_FOLDER: &str = "previews";

/// The folder under the data folder that the desk publishes to by default.
pub const DEFAULT_FOLDER: &str = "published";

/// Where and how the desk publishes.
pub struct Publisher {
    target: Box<dyn Target>,
    /// The target's folder, when it is one: served at `/e/`.
    folder: Option<PathBuf>,
    /// `--public-url`, without its trailing `/`.
    public_url: Option<String>,
    /// The widget's release build the sites are built from (`--static`).
    template: PathBuf,
    /// Where preview links' drafts are built (`<data>/previews`).
    preview_cache: PathBuf,
    /// One publish (or unpublish) at a time per slug: two at once would
    /// number the same version twice and interleave their files.
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl std::fmt::Debug for Publisher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Publisher")
            .field("target", &self.target.describe())
            .field("public_url", &self.public_url)
            .finish()
    }
}

impl Publisher {
    /// Publishes to `spec` (a folder or `s3://BUCKET/PREFIX`), or to
    /// `<data>/published` without one; pages will be read at `public_url`
    /// (absolute http(s)), or at the desk's own `/e/` (then the target must
    /// be a folder, which the desk serves there).
    pub fn new(
        spec: Option<&str>,
        data: &Path,
        public_url: Option<&str>,
        template: PathBuf,
    ) -> Result<Publisher, String> {
        let default = data.join(DEFAULT_FOLDER);
        let spec = spec.map_or_else(|| default.display().to_string(), str::to_string);
        let target = publishing::open(&spec)?;
        let folder = (!spec.starts_with("s3://")).then(|| PathBuf::from(&spec));
        let public_url = public_url.map(check_public_url).transpose()?;
        if folder.is_none() && public_url.is_none() {
            return Err(format!(
                "--publish-to {spec} is not served by the desk: give the URL readers reach it \
                 at with --public-url."
            ));
        }
        Ok(Publisher {
            target,
            folder,
            public_url,
            template,
            preview_cache: data.join(PREVIEW_FOLDER),
            locks: Mutex::new(HashMap::new()),
        })
    }

    /// The target.
    pub fn target(&self) -> &dyn Target {
        &*self.target
    }

    /// The folder served at `/e/`, when the target is one.
    pub fn folder(&self) -> Option<&Path> {
        self.folder.as_deref()
    }

    /// Where preview links' drafts are built, one folder per revision.
    pub fn preview_cache(&self) -> &Path {
        &self.preview_cache
    }

    /// The template the sites are built from.
    pub fn template(&self) -> &Path {
        &self.template
    }

    /// The URL of `slug`'s pages: under `--public-url`, else under the desk's
    /// own `/e/` at `desk_origin` (`http://host:port`, as the request came).
    pub fn site_url(&self, slug: &str, desk_origin: &str) -> String {
        match &self.public_url {
            Some(url) => format!("{url}/{slug}/"),
            None => format!("{desk_origin}/e/{slug}/"),
        }
    }

    /// The slug of the explainer a reader's `url` shows: its page, a share
    /// page or any file under it, at `--public-url` or the desk's own `/e/`
    /// (at `desk_origin`); its query and fragment do not matter. `None` for
    /// any other address.
    pub fn slug_in(&self, url: &str, desk_origin: &str) -> Option<String> {
        let url = url.split(['#', '?']).next().unwrap_or_default();
        let bases = [
            self.public_url.clone(),
            self.folder.as_ref().map(|_| format!("{desk_origin}/e")),
        ];
        bases.into_iter().flatten().find_map(|base| {
            let rest = url.strip_prefix(&base)?.strip_prefix('/')?;
            let slug = rest.split('/').next().unwrap_or_default();
            publishing::check_slug(slug)
                .is_ok()
                .then(|| slug.to_string())
        })
    }

    /// The desk's oEmbed endpoint for the page at `page_url`, as the page's
    /// discovery link names it.
    pub fn oembed_endpoint(desk_origin: &str, page_url: &str) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("url", page_url)
            .append_pair("format", "json")
            .finish();
        format!("{desk_origin}/oembed?{query}")
    }

    /// Waits for `slug`'s turn; the guard is held until the publish ends.
    pub async fn lock(&self, slug: &str) -> tokio::sync::OwnedMutexGuard<()> {
        let lock = self
            .locks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(slug.to_string())
            .or_default()
            .clone();
        lock.lock_owned().await
    }
}

/// `--public-url` without its trailing `/`, if it is an absolute http(s) URL.
pub fn check_public_url(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty()
                && !rest.starts_with('/')
                && !url.contains(['?', '#', ' '])
                && url.parse::<Uri>().is_ok() =>
        {
            Ok(url.trim_end_matches('/').to_string())
        }
        _ => Err(format!(
            "--public-url {url} is not an absolute http(s) URL (like https://news.example/explainers)."
        )),
    }
}

/// The longest slug made from a headline, in bytes (its characters are ASCII).
const SLUG_MAX: usize = 60;

/// A slug from a headline: its letters and digits, lowercase, in runs joined
/// by single hyphens, at most [`SLUG_MAX`] characters, cut after the last
/// whole word that fits (a slug is an address readers see: `summit-ends-wi`
/// reads as a typo); only a first word longer than that is cut inside. Letters
/// beyond ASCII lose their accents where they have a plain form, and are
/// dropped otherwise. `explainer` when nothing is left (a headline in another
/// script).
pub fn slug_from_headline(headline: &str) -> String {
    let mut slug = String::new();
    for c in headline.chars().flat_map(char::to_lowercase) {
        // One character past the limit is enough to know where a word ends.
        if slug.len() > SLUG_MAX {
            break;
        }
        let c = plain(c);
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if slug.len() > SLUG_MAX {
        let cut = slug[..=SLUG_MAX].rfind('-').unwrap_or(SLUG_MAX);
        slug.truncate(cut);
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "explainer".to_string()
    } else {
        slug.to_string()
    }
}

/// The plain letter of a common accented one (é → e), else the character.
fn plain(c: char) -> char {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűųýÿźżž";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnooooooooorsssstuuuuuuuuyyzzz";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The reader's side of a folder target: `/e/<slug>/…` from `root`, with the
/// pre-compressed copies, the `Content-Type` and `Cache-Control` the
/// publishing code gives each file ([`publishing::headers_for`]), 410
/// with the notice for the pages of an unpublished slug, and
/// `Access-Control-Allow-Origin: *` on every answer ([`readable_anywhere`]).
pub fn served(root: PathBuf) -> Router {
    Router::new()
        .route("/e/{*path}", get(serve_file))
        .layer(axum::middleware::map_response(readable_anywhere))
        .with_state(Arc::new(root))
}

/// The inline embed code runs the widget in the host article's page, on the
/// newsroom's site: its module script, Wasm and `content.json` are then
/// cross-origin requests, which the browser lets the page read only with
/// this header. What `/e/` serves is public (published for anyone to read,
/// no cookie or login decides it), so any origin may read it; the desk's API
/// and Studio get no such header.
async fn readable_anywhere(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

async fn serve_file(State(root): State<Arc<PathBuf>>, request: Request) -> Response {
    let path = request
        .uri()
        .path()
        .strip_prefix("/e/")
        .unwrap_or_default()
        .to_string();
    let (slug, rest) = path.split_once('/').unwrap_or((&path, ""));
    // The records (`_versions/`) and anything that is not a slug are not for readers.
    if publishing::check_slug(slug).is_err() {
        return StatusCode::NOT_FOUND.into_response();
    }
    if !path.contains('/') {
        return (
            StatusCode::PERMANENT_REDIRECT,
            [(header::LOCATION, format!("/e/{slug}/"))],
        )
            .into_response();
    }
    let file = if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_string()
    };
    // An unpublished slug's pages are gone, and say so with their status;
    // embed.js keeps its 200, or host pages would not run its notice.
    if root.join(slug).join("unpublished.json").is_file() && file.ends_with(".html") {
        return (
            StatusCode::GONE,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, publishing::SHORT),
            ],
            gone::PAGE,
        )
            .into_response();
    }
    if file == "unpublished.json" {
        return StatusCode::NOT_FOUND.into_response();
    }
    let (mut parts, body) = request.into_parts();
    let query = parts.uri.query().map_or(String::new(), |q| format!("?{q}"));
    let Ok(uri) = format!("/{slug}/{rest}{query}").parse::<Uri>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    parts.uri = uri;
    let files = ServeDir::new(&*root)
        .precompressed_br()
        .precompressed_gzip();
    let Ok(response) = files.oneshot(Request::from_parts(parts, body)).await;
    let mut response = response.map(Body::new);
    let headers = publishing::headers_for(&file);
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        let map = response.headers_mut();
        map.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(headers.content_type),
        );
        map.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(headers.cache_control),
        );
    } else if response.status().is_redirection() {
        // ServeDir redirects a folder to its `/`, by the path it was given.
        if let Some(location) = response
            .headers()
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .filter(|l| l.starts_with('/'))
            .and_then(|l| HeaderValue::from_str(&format!("/e{l}")).ok())
        {
            response.headers_mut().insert(header::LOCATION, location);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_come_from_headlines() {
        assert_eq!(
            slug_from_headline("Trump and Putin meet in Anchorage"),
            "trump-and-putin-meet-in-anchorage"
        );
        assert_eq!(
            slug_from_headline("  Élection: 100% — déjà vu?! "),
            "election-100-deja-vu"
        );
        assert_eq!(slug_from_headline("中文标题"), "explainer");
        let long = slug_from_headline(&"word ".repeat(40));
        assert!(long.len() <= SLUG_MAX && !long.ends_with('-'), "{long}");
        assert!(publishing::check_slug(&long).is_ok());
    }

    #[test]
    fn a_long_headline_is_cut_after_a_whole_word() {
        // The 60th character is the "n" of "no".
        let headline = "Trump and Putin meet in Anchorage for three hours and sign no agreements";
        let whole = "trump-and-putin-meet-in-anchorage-for-three-hours-and-sign-no-agreements";
        assert_eq!(&whole[SLUG_MAX - 1..=SLUG_MAX], "no");
        let slug = slug_from_headline(headline);
        assert_eq!(
            slug,
            "trump-and-putin-meet-in-anchorage-for-three-hours-and-sign"
        );
        assert!(whole.starts_with(&format!("{slug}-")), "{slug}");
        // A word that ends exactly at the limit is kept.
        let sixty = format!("{} {}", "a".repeat(29), "b".repeat(30));
        assert_eq!(slug_from_headline(&format!("{sixty} more")).len(), SLUG_MAX);
        // A first word longer than the limit has nowhere else to be cut.
        assert_eq!(slug_from_headline(&"x".repeat(90)), "x".repeat(SLUG_MAX));
    }

    #[test]
    fn a_readers_url_leads_to_its_slug() {
        let dir = tempfile::tempdir().unwrap();
        let own = Publisher::new(None, dir.path(), None, PathBuf::from("dist")).unwrap();
        let desk = "http://desk.example:8090";
        for url in [
            "http://desk.example:8090/e/anchorage/",
            "http://desk.example:8090/e/anchorage",
            "http://desk.example:8090/e/anchorage/quote/q-1/",
            "http://desk.example:8090/e/anchorage/?x=1#quote-q-1",
        ] {
            assert_eq!(
                own.slug_in(url, desk).as_deref(),
                Some("anchorage"),
                "{url}"
            );
        }
        for url in [
            "http://other.example/e/anchorage/",
            "http://desk.example:8090/e/_versions/anchorage/",
            "http://desk.example:8090/e/",
            "http://desk.example:8090/studio/",
            "http://desk.example:8090/eanchorage/",
        ] {
            assert_eq!(own.slug_in(url, desk), None, "{url}");
        }
        let cdn = Publisher::new(
            None,
            dir.path(),
            Some("https://cdn.example/explainers/"),
            PathBuf::from("dist"),
        )
        .unwrap();
        assert_eq!(
            cdn.slug_in("https://cdn.example/explainers/anchorage/", desk)
                .as_deref(),
            Some("anchorage")
        );
        assert_eq!(
            Publisher::oembed_endpoint(desk, "http://desk.example:8090/e/a b/"),
            "http://desk.example:8090/oembed?url=http%3A%2F%2Fdesk.example%3A8090%2Fe%2Fa+b%2F&format=json"
        );
    }

    #[test]
    fn public_urls_are_absolute_http() {
        assert_eq!(
            check_public_url("https://news.example/explainers/").unwrap(),
            "https://news.example/explainers"
        );
        for bad in [
            "news.example",
            "/e",
            "ftp://x",
            "https://",
            "javascript:alert(1)",
        ] {
            assert!(check_public_url(bad).is_err(), "{bad}");
        }
    }
}
