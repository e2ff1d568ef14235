//! The root component: the loaded explainer with its views, or the reasons the
//! content could not load. It owns the [`ViewState`] and is the one place that
//! talks to the browser edge ([`crate::host`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::content_errors::ContentErrors;
use crate::components::deal_tracker::DealTracker;
use crate::components::explainer_header::ExplainerHeader;
use crate::components::notice::Notice;
use crate::components::quote_list::QuoteList;
use crate::components::source_view::SourceView;
use crate::components::view_tabs::{tab_label, ViewTabs};
use crate::content::default_explainer;
use crate::fragment::Fragment;
use crate::host::{clipboard, focus, location};
use crate::model::{AnchoredExplainer, Diagnostic};
use crate::state::{Action, Navigation, View, ViewState};
use crate::strings::STRINGS;

/// What the app shows: an anchored explainer, or every problem with its content.
pub type Loaded = Result<Rc<AnchoredExplainer>, Rc<Vec<Diagnostic>>>;

/// Props of [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The content to show; defaults to the bundled Anchorage summit explainer.
    pub content: Loaded,
    /// Where to open (a quote's share page opens at that quote); the URL's own
    /// fragment, when it has one, takes over after start-up.
    #[prop_or_default]
    pub open: Option<Fragment>,
}

impl AppProps {
    /// Props for a content file's JSON: parsed, validated and anchored.
    pub fn from_json(json: &str) -> AppProps {
        AppProps::from(crate::model::validate::load(json))
    }
}

impl From<Result<AnchoredExplainer, Vec<Diagnostic>>> for AppProps {
    fn from(loaded: Result<AnchoredExplainer, Vec<Diagnostic>>) -> AppProps {
        AppProps {
            content: loaded.map(Rc::new).map_err(Rc::new),
            open: None,
        }
    }
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps::from(default_explainer())
    }
}

/// The explainer widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    match &props.content {
        Ok(explainer) => {
            html! { <ExplainerViews explainer={explainer.clone()} open={props.open.clone()} /> }
        }
        Err(diagnostics) => html! { <ContentErrors diagnostics={diagnostics.as_ref().clone()} /> },
    }
}

/// A callback that turns its value into an action and dispatches it.
fn dispatch_with<T: 'static>(
    dispatcher: UseReducerDispatcher<ViewState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    Callback::from(move |value| dispatcher.dispatch(make(value)))
}

/// Props of [`ExplainerViews`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExplainerViewsProps {
    /// The content.
    pub explainer: Rc<AnchoredExplainer>,
    /// Where to open, before the URL's fragment is read.
    #[prop_or_default]
    pub open: Option<Fragment>,
}

/// A valid explainer: header, notice, tabs and the three views.
///
/// It renders twice over: first as static HTML (the server-side render, and the
/// first client render that hydrates it), readable without script — every view
/// shown, quotes as `<details>`; then, once the Wasm runs, `live`, with tabs and
/// ARIA disclosure buttons.
#[function_component(ExplainerViews)]
pub fn explainer_views(props: &ExplainerViewsProps) -> Html {
    let state = {
        let open = props.open.clone();
        use_reducer(move || ViewState::opened_at(open))
    };
    let can_share = use_state(|| false);
    let live = use_state(|| false);

    // Follow the URL's fragment on start-up and on every hashchange (back and
    // forward included). Effects never run in server-side rendering.
    {
        let dispatcher = state.dispatcher();
        let explainer = props.explainer.clone();
        let can_share = can_share.clone();
        let live = live.clone();
        let opened = props.open.is_some();
        use_effect_with(explainer.clone(), move |_| {
            live.set(true);
            can_share.set(clipboard::can_share());
            let navigate = move |hash: String| {
                dispatcher.dispatch(Action::Navigate(Navigation::from_hash(&hash, &explainer)));
            };
            let hash = location::current_hash();
            // A share page opens at its quote; an empty fragment must not undo that.
            if !(opened && hash.trim_start_matches('#').is_empty()) {
                navigate(hash);
            }
            let listener = location::on_hash_change(navigate);
            move || drop(listener)
        });
    }
    // After a render that asked for it, bring the target into view.
    use_effect_with(state.focus.clone(), |request| {
        if let Some(request) = request {
            focus::bring_into_view(&request.element_id);
        }
    });

    let onfollow = {
        let dispatcher = state.dispatcher();
        Callback::from(move |fragment: Fragment| {
            if !location::follow(&fragment) {
                dispatcher.dispatch(Action::Navigate(Navigation::To(fragment)));
            }
        })
    };
    let oncopylink = {
        let dispatcher = state.dispatcher();
        Callback::from(move |fragment: Fragment| {
            let dispatcher = dispatcher.clone();
            let url = location::url_with(&fragment);
            yew::platform::spawn_local(async move {
                if clipboard::copy_text(&url).await {
                    dispatcher.dispatch(Action::Announce(STRINGS.link_copied.into()));
                } else {
                    dispatcher.dispatch(Action::ShowLinkFallback {
                        element_id: fragment.element_id(),
                        url,
                    });
                }
            });
        })
    };
    let onshare = {
        let title = props.explainer.explainer.article.headline.clone();
        Callback::from(move |fragment: Fragment| {
            let url = location::url_with(&fragment);
            let title = title.clone();
            yew::platform::spawn_local(async move { clipboard::share_link(&title, &url).await });
        })
    };

    // Dismissing removes the focused button; hand focus to the open view's tab
    // rather than letting it fall to <body>.
    let ondismiss = {
        let dispatcher = state.dispatcher();
        let view = state.view;
        Callback::from(move |()| {
            dispatcher.dispatch(Action::DismissNotice);
            focus::focus_element(&format!("tab-{}", view.id()));
        })
    };

    let explainer = &props.explainer;
    // Live, the views are tab panels and only the open one shows; static (no
    // script yet, or ever), every view shows under its own visible heading.
    let panel = |view: View, content: Html| {
        let labelled_by = if *live { "tab" } else { "heading" };
        html! {
            <section class="view-panel" id={format!("panel-{}", view.id())} role={live.then_some("tabpanel")}
                     aria-labelledby={format!("{labelled_by}-{}", view.id())} hidden={*live && state.view != view}>
                <h2 class={classes!("view-panel__heading", live.then_some("visually-hidden"))}
                    id={format!("heading-{}", view.id())}>{ tab_label(view) }</h2>
                { content }
            </section>
        }
    };
    html! {
        <div class={classes!("explainer", live.then_some("is-live"))} lang={explainer.explainer.article.language.clone()}
             dir={explainer.explainer.article.direction()} data-view={state.view.id()}>
            <ExplainerHeader article={explainer.explainer.article.clone()} />
            <div class="notice-region" role="status" aria-live="polite">
                if let Some(message) = &state.notice {
                    <Notice message={message.clone()} ondismiss={ondismiss} />
                }
            </div>
            if *live {
                <ViewTabs current={state.view} onselect={dispatch_with(state.dispatcher(), Action::ShowView)} />
            }
            { panel(View::Quotes, html! {
                <QuoteList explainer={explainer.clone()} order={state.order} live={*live}
                    expanded={state.expanded_quotes.clone()} link_fallback={state.link_fallback.clone()}
                    can_share={*can_share}
                    onorder={dispatch_with(state.dispatcher(), Action::Order)} ontoggle={dispatch_with(state.dispatcher(), Action::ToggleQuote)}
                    onexpandall={dispatch_with(state.dispatcher(), Action::ExpandQuotes)} oncollapseall={dispatch_with(state.dispatcher(), |()| Action::CollapseQuotes)}
                    onfollow={onfollow.clone()} {oncopylink} {onshare} />
            }) }
            { panel(View::Tracker, html! {
                <DealTracker explainer={explainer.clone()} filter={state.filter} live={*live}
                    expanded={state.expanded_deals.clone()}
                    onfilter={dispatch_with(state.dispatcher(), Action::Filter)} ontoggle={dispatch_with(state.dispatcher(), Action::ToggleDeal)}
                    onfollow={onfollow.clone()} />
            }) }
            { panel(View::Source, html! {
                <SourceView explainer={explainer.clone()} {onfollow} />
            }) }
            <p class="visually-hidden" role="status" aria-live="polite">{ state.announcement_text() }</p>
        </div>
    }
}
