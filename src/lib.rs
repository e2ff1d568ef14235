//! An embeddable news explainer: a story's quotes in context, the state of a
//! negotiation and the source text, as a Yew widget compiled to WebAssembly.
//!
//! The crate is a library so that the standalone page (`main.rs`), host-page
//! embedding, server-side rendering and tests all share one [`App`]:
//! - [`model`]: the content format, quote anchoring and validation (no web imports);
//! - [`components`]: the Yew views, which share a [`context`] and build their
//!   element ids and links from [`ids`] and [`fragment`];
//! - [`hooks`]: the root component's effects and its dispatcher of reader actions;
//! - [`content`]: the explainers bundled into the build;
//! - [`content_origin`]: which addresses `?src=` and `data-src` may load content from;
//! - [`embedding`]: where the widget runs (its own page, an iframe, inline in a
//!   host page) and what that means for links, fragments and messages;
//! - [`html_escape`]: escaping for the HTML built outside Yew (the embed codes,
//!   the command-line tool's pages);
//! - [`host`]: the browser edge (location, clipboard, focus, the parent frame);
//! - `scaffold` (feature `scaffold`): a first draft of an explainer from an
//!   article's text, shared by the command-line tool (`explainer new`) and the
//!   Studio; the reader's widget is built without it.
//!
//! The feature `all-locales` compiles every interface language into a Wasm
//! build (the Studio's); the reader's Wasm carries English and fetches the
//! others when a page needs one ([`strings::Locale`], [`host::locale_files`]).
//! Native builds always carry all of them.

pub mod components;
pub mod content;
pub mod content_origin;
pub mod context;
pub mod embedding;
pub mod fragment;
pub mod hooks;
pub mod host;
pub mod html_escape;
pub mod ids;
pub mod model;
pub mod navigation;
#[cfg(feature = "scaffold")]
pub mod scaffold;
pub mod state;
pub mod strings;

use wasm_bindgen::prelude::wasm_bindgen;

pub use components::app::{App, AppProps};
use components::remote_explainer::{RemoteExplainer, RemoteExplainerProps};
use embedding::{Embedding, Placement, Remember};
use strings::Locale;

/// Mounts the explainer with the bundled default content into `root`.
pub fn mount_into(root: web_sys::Element) {
    host::panic::install_error_box(root.clone(), strings::english());
    yew::Renderer::<App>::with_root_and_props(root, AppProps::default()).render();
}

/// Mounts the explainer into an element of a host page: the entry point of
/// `embed.js`'s inline mode, which calls it once per placeholder with a container
/// inside the placeholder's Shadow DOM. Content comes from `src` (an absolute
/// `http:` or `https:` URL, chosen by the host page) when given, else it is the
/// bundled default. `widget_url` is the folder
/// the widget is served from, for the embed codes. `keep_params` names the host
/// page's query parameters that copied links keep (`data-keep-params`); links
/// drop every other one. `remember` is the placeholder's `data-remember`
/// (`off`: nothing about the reader's visits is stored, see [`Remember`]).
/// `locale` is the interface language the placeholder asks for
/// (`data-locale`), over the content's own.
///
/// The promise it returns settles once the widget is drawn.
#[wasm_bindgen(js_name = mount)]
pub fn mount_inline(
    root: web_sys::Element,
    src: Option<String>,
    // Whole seconds: a u32, not an f64, so that no float formatting is linked in.
    timeout_seconds: Option<u32>,
    widget_url: Option<String>,
    keep_params: Option<String>,
    remember: Option<String>,
    locale: Option<String>,
) -> js_sys::Promise {
    // The content's language is not known yet: the page's choice, or English.
    let asked = Locale::resolve(locale.as_deref(), "").locale;
    host::panic::install_error_box(root.clone(), asked.strings());
    let kept_params = embedding::KeptParams::parse(keep_params.as_deref().unwrap_or_default());
    let inline = Embedding {
        placement: Placement::Inline(kept_params),
        widget_url,
        content_url: None,
        remember: Remember::parse(remember.as_deref()),
        locale,
    };
    // Settled once drawn: when the language asked for is not in the Wasm,
    // after its file came (or did not: then English), so `embed.js` keeps the
    // placeholder's fallback content until then, never a blank box and never
    // English first. (Not in the `///` above, which wasm-bindgen copies into
    // the glue every reader downloads.)
    let mut settle = None;
    let drawn = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    // From the widget's folder, not the host page's (see host::locale_files).
    let folder = host::locale_files::folder(&inline);
    host::locale_files::when_here(asked, &folder, move || {
        let strings = asked.strings();
        host::panic::localise_error_box(&root, strings);
        match src {
            // The host page chose the address: any web origin, but never `data:` and the like.
            Some(src) => {
                match host::content_origin::accept(&src, &host::content_origin::host_page_rule()) {
                    Ok(url) => {
                        let props = RemoteExplainerProps {
                            url,
                            timeout_seconds: embedding::bounded_timeout(timeout_seconds),
                            embedding: inline,
                            open: None,
                        };
                        yew::Renderer::<RemoteExplainer>::with_root_and_props(root, props).render();
                    }
                    Err(refusal) => host::content_origin::show_refusal(&root, &refusal, strings),
                }
            }
            None => {
                let props = AppProps {
                    embedding: inline,
                    ..AppProps::default()
                };
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
        }
        if let Some(settle) = settle {
            let _ = settle.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    drawn
}

/// True when this page is the widget's own page, started by `static/boot.js`
/// (whose `<script data-explainer-js>` trunk writes into `index.html`), rather
/// than a host page that loaded the Wasm through `embed.js` to mount it inline.
pub fn is_widget_page() -> bool {
    gloo::utils::document()
        .query_selector("script[data-explainer-js]")
        .ok()
        .flatten()
        .is_some()
}

/// Mounts the explainer into the page's `#explainer` element, or into `<body>`
/// when the page has none. The content is, in order: the file at `?src=` (fetched,
/// with `?timeout=` seconds to arrive; only from this page's origin and the ones
/// its newsroom listed, see [`content_origin`]), the page's own
/// (`<script type="application/json" id="explainer-content">`, see
/// [`content::page_content_element`]), or the bundled default. `?remember=off`
/// (which `embed.js` passes on from `data-remember="off"`) stores nothing about
/// the reader's visits. `?theme=light` or `?theme=dark` forces a colour scheme,
/// and `?locale=` an interface language over the content's own
/// ([`strings::Locale::resolve`]). In an iframe, the page talks to its host
/// ([`host::frame`]).
///
/// A pre-rendered page (`data-prerendered` on the root, the fingerprint of the
/// content its markup shows) is hydrated: the Wasm adopts the markup instead of
/// drawing it again; when it cannot (the markup was changed on the way: comments
/// stripped by a minifier, an element added by a browser extension), the markup
/// stays as served (`static/boot.js`, [`host::panic`]). A page that names its
/// content file (`<meta name="explainer-updates">`, a published page) offers
/// a newer version while open ([`host::new_version`]). `data-open` on the root (a fragment such as
/// `quote-next-time-in-moscow`) opens the widget at that place, for share pages.
pub fn mount_default() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("explainer")
        .unwrap_or_else(|| gloo::utils::body().into());
    let locale = host::location::query_param("locale");
    host::panic::install_error_box(
        root.clone(),
        Locale::resolve(locale.as_deref(), "").locale.strings(),
    );
    let placement = host::frame::detect().map_or(Placement::Page, Placement::Frame);
    if let Placement::Frame(params) = &placement {
        // From the first render on, whatever it shows: loading, errors or the explainer.
        host::frame::report_heights(params.clone());
    }
    if let Some(theme) = host::location::query_param("theme") {
        if theme == "light" || theme == "dark" {
            let _ = root.set_attribute("data-theme", &theme);
        }
    }
    let open = root
        .get_attribute("data-open")
        .and_then(|raw| fragment::Fragment::parse(&raw).ok().flatten());
    let prerendered = root.get_attribute("data-prerendered");
    let remember = Remember::parse(host::location::query_param("remember").as_deref());
    // Until a language the Wasm does not carry has come (see
    // host::locale_files), whatever the page shows stays: the pre-rendered
    // markup, never a blank or an English draft.
    let folder = host::locale_files::page_folder();

    if let Some(src) = host::location::query_param("src").filter(|src| !src.trim().is_empty()) {
        // The content's language is not known yet: the page's choice, or English.
        let asked = Locale::resolve(locale.as_deref(), "").locale;
        host::locale_files::when_here(asked, &folder, move || {
            // Other content than the markup shows: draw afresh.
            forget_prerendered_markup(&root);
            host::panic::localise_error_box(&root, asked.strings());
            // Only from this page's origin and those its newsroom listed: this is
            // the newsroom's own address, and must not show anyone else's words.
            let url = match host::content_origin::accept(&src, &host::content_origin::page_rule()) {
                Ok(url) => url,
                Err(refusal) => {
                    host::content_origin::show_refusal(&root, &refusal, asked.strings());
                    return;
                }
            };
            let props = RemoteExplainerProps {
                url,
                timeout_seconds: embedding::timeout_seconds(
                    host::location::query_param("timeout").as_deref(),
                ),
                embedding: Embedding {
                    placement,
                    remember,
                    locale,
                    ..Embedding::default()
                },
                open,
            };
            yew::Renderer::<RemoteExplainer>::with_root_and_props(root, props).render();
        });
        return;
    }

    let json = match document.get_element_by_id(content::PAGE_CONTENT_ID) {
        Some(element) => element.text_content().unwrap_or_default(),
        None => content::ANCHORAGE_SUMMIT.to_string(),
    };
    let mut props = AppProps::from_json(&json);
    props.open = open;
    props.embedding.placement = placement;
    props.embedding.remember = remember;
    // The locale the widget shows, and the one the pre-render wrote the markup
    // in (the content's own), when the content is valid.
    let (shown, prerendered_in) = match &props.content {
        Ok(explainer) => {
            let language = &explainer.explainer.article.language;
            (
                Locale::resolve(locale.as_deref(), language).locale,
                Some(Locale::prerendered(language)),
            )
        }
        Err(_) => (Locale::resolve(locale.as_deref(), "").locale, None),
    };
    let asked_for_none = locale.is_none();
    props.embedding.locale = locale;
    host::locale_files::when_here(shown, &folder, move || {
        let strings = shown.strings();
        host::panic::localise_error_box(&root, strings);
        // Markup in another locale than the widget shows (the page asked for
        // another, or its file did not come) is drawn afresh, never adopted.
        let in_prerendered_locale = match prerendered_in {
            Some(prerendered_in) => strings.locale == prerendered_in,
            None => asked_for_none,
        };
        let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
        // A published page: told of a republish while it is open.
        if let Some(url) = host::new_version::updates_url() {
            let shown = content::fingerprint(&json);
            host::new_version::watch(url, shown, strings.show_new_version, root.clone());
        }
        match prerendered {
            Some(fingerprint)
                if fingerprint == content::fingerprint(&json) && in_prerendered_locale =>
            {
                // The page is already readable and its <details> already open on a
                // click; hydrating in a task of its own, after the one that parsed
                // and checked the content, keeps each under a long task (50 ms), so
                // a reader's click is never held up behind both.
                gloo::timers::callback::Timeout::new(0, move || {
                    renderer.hydrate();
                })
                .forget();
            }
            Some(_) => {
                // Markup for other content: draw afresh rather than adopt it.
                forget_prerendered_markup(&root);
                renderer.render();
            }
            None => {
                renderer.render();
            }
        }
    });
}

/// Empties `root` of pre-rendered markup the Wasm will not adopt, and drops its
/// `data-prerendered` with it, so that a failure after this is not taken for a
/// failure to adopt (which keeps the markup; see [`host::panic`]).
fn forget_prerendered_markup(root: &web_sys::Element) {
    root.set_inner_html("");
    let _ = root.remove_attribute("data-prerendered");
}
