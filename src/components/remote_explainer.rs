//! An explainer whose content comes from a URL (`data-src` on an embed, `?src=`
//! on the page): a loading state, then the explainer, or a message that says what
//! went wrong with a button to try again. Never a blank box or a dead widget.
//!
//! Once shown, the content is refreshed when the reader comes back to the tab
//! ([`use_refresh_on_return`]): a new version that is valid re-renders in place
//! (the same [`App`], so open cards, the view, the filter and the scroll stay);
//! one that is not, like a failed request, leaves the last good content shown.
//!
//! The content's language decides the interface's when the page asked for
//! none; the loading state stays until that language's texts are here
//! ([`locale_files::when_here`]), so the explainer never shows in English first.

use yew::prelude::*;

use crate::components::app::{App, AppProps, Loaded};
use crate::embedding::{Embedding, LoadError};
use crate::fragment::Fragment;
use crate::hooks::{use_refresh_on_return, LastFetch};
use crate::host::fetch::{self, Fetched};
use crate::host::{locale_files, visibility};
use crate::strings::Locale;

/// Props of [`RemoteExplainer`].
#[derive(Properties, Clone, PartialEq)]
pub struct RemoteExplainerProps {
    /// The absolute URL of the content file.
    pub url: String,
    /// Seconds to wait for it.
    pub timeout_seconds: u32,
    /// How this instance is embedded (its `content_url` is filled in from `url`).
    #[prop_or_default]
    pub embedding: Embedding,
    /// Where to open.
    #[prop_or_default]
    pub open: Option<Fragment>,
}

/// Where a fetch stands.
#[derive(Clone, PartialEq)]
enum Remote {
    Loading,
    Failed(LoadError),
    Arrived(Loaded),
}

/// Fetches the content, then shows it with [`App`].
#[function_component(RemoteExplainer)]
pub fn remote_explainer(props: &RemoteExplainerProps) -> Html {
    let remote = use_state(|| Remote::Loading);
    // Bumped by "Try again", which runs the fetch once more.
    let attempt = use_state(|| 0_u32);
    let last = use_mut_ref(LastFetch::default);
    {
        let (remote, last) = (remote.clone(), last.clone());
        let url = props.url.clone();
        let timeout = props.timeout_seconds;
        let embedding = props.embedding.clone();
        use_effect_with((props.url.clone(), *attempt), move |_| {
            let folder = locale_files::folder(&embedding);
            let asked = embedding.locale;
            remote.set(Remote::Loading);
            last.borrow_mut().requested_at = visibility::now_ms();
            yew::platform::spawn_local(async move {
                match fetch::fetch_text(&url, timeout).await {
                    Ok(Fetched::Content { text, validators }) => {
                        let content = AppProps::from_json(&text).content;
                        let shown = match &content {
                            Ok(explainer) => {
                                let language = &explainer.explainer.article.language;
                                Locale::resolve(asked.as_deref(), language).locale
                            }
                            // Shown in the page's choice, already here.
                            Err(_) => Locale::En,
                        };
                        {
                            let mut last = last.borrow_mut();
                            last.text = text;
                            last.validators = validators;
                        }
                        locale_files::when_here(shown, &folder, move || {
                            remote.set(Remote::Arrived(content))
                        });
                    }
                    // Asked unconditionally, so no server should say this.
                    Ok(Fetched::Unchanged) => remote.set(Remote::Failed(LoadError::Status {
                        code: 304,
                        text: String::new(),
                    })),
                    Err(error) => remote.set(Remote::Failed(error)),
                }
            });
        });
    }
    {
        let changed = {
            let remote = remote.clone();
            Callback::from(
                move |text: String| match AppProps::from_json(&text).content {
                    // Checked as on first load; only a valid version replaces what is shown.
                    Ok(explainer) => remote.set(Remote::Arrived(Ok(explainer))),
                    Err(_) => web_sys::console::debug_1(
                        &"News explainer: the refreshed content has errors; keeping what is shown"
                            .into(),
                    ),
                },
            )
        };
        let arrived = matches!(*remote, Remote::Arrived(_));
        use_refresh_on_return(
            props.url.clone(),
            props.timeout_seconds,
            arrived,
            last,
            changed,
        );
    }
    // Before the content arrives, only the page's choice is known.
    let strings = Locale::resolve(props.embedding.locale.as_deref(), "")
        .locale
        .strings();
    match &*remote {
        Remote::Loading => html! {
            <div class="explainer explainer--loading" role="status" aria-busy="true">
                <p>{ strings.loading }</p>
            </div>
        },
        Remote::Failed(error) => {
            let onretry = {
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(attempt.wrapping_add(1)))
            };
            html! {
                <div class="explainer explainer--error" role="alert">
                    <p class="explainer__load-error">{ strings.load_error(error, &props.url) }</p>
                    <button type="button" class="button button--quiet" onclick={onretry}>{ strings.retry }</button>
                </div>
            }
        }
        Remote::Arrived(content) => html! {
            <App content={content.clone()} open={props.open.clone()}
                 embedding={Embedding { content_url: Some(props.url.clone()), ..props.embedding.clone() }} />
        },
    }
}
