//! An explainer whose content comes from a URL (`data-src` on an embed, `?src=`
//! on the page): a loading state, then the explainer, or a message that says what
//! went wrong with a button to try again. Never a blank box or a dead widget.

use yew::prelude::*;

use crate::components::app::{App, AppProps, Loaded};
use crate::embedding::{Embedding, LoadError};
use crate::fragment::Fragment;
use crate::host::fetch;
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
    {
        let remote = remote.clone();
        let url = props.url.clone();
        let timeout = props.timeout_seconds;
        use_effect_with((props.url.clone(), *attempt), move |_| {
            remote.set(Remote::Loading);
            yew::platform::spawn_local(async move {
                remote.set(match fetch::fetch_text(&url, timeout).await {
                    Ok(json) => Remote::Arrived(AppProps::from_json(&json).content),
                    Err(error) => Remote::Failed(error),
                });
            });
        });
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
