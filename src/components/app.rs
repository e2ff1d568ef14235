//! The root component: the loaded explainer with its views, or the reasons the
//! content could not load. It owns the [`ViewState`] and is the one place that
//! talks to the browser edge ([`crate::host`]).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use yew::prelude::*;

use crate::components::content_errors::ContentErrors;
use crate::components::deal_tracker::DealTracker;
use crate::components::embed_panel::EmbedPanel;
use crate::components::explainer_header::ExplainerHeader;
use crate::components::notice::Notice;
use crate::components::quote_list::QuoteList;
use crate::components::source_view::SourceView;
use crate::components::view_tabs::{tab_label, ViewTabs};
use crate::content::default_explainer;
use crate::embedding::{widget_folder, EmbedCodes, Embedding, EngagementEvent, Placement};
use crate::fragment::Fragment;
use crate::host::{clipboard, events, focus, frame, location, opened_early};
use crate::model::{AnchoredExplainer, Problem};
use crate::state::{Action, Navigation, View, ViewState};
use crate::strings::STRINGS;

/// What the app shows: an anchored explainer, or every problem with its content.
pub type Loaded = Result<Rc<AnchoredExplainer>, Rc<Vec<Problem>>>;

/// Props of [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The content to show; defaults to the bundled Anchorage summit explainer.
    pub content: Loaded,
    /// Where to open (a quote's share page opens at that quote); the URL's own
    /// fragment, when it has one, takes over after start-up.
    #[prop_or_default]
    pub open: Option<Fragment>,
    /// How this instance is embedded: its own page, an iframe, or inline in a
    /// host page, and where it and its content come from.
    #[prop_or_default]
    pub embedding: Embedding,
}

impl AppProps {
    /// Props for a content file's JSON: parsed, validated and anchored.
    pub fn from_json(json: &str) -> AppProps {
        AppProps::from(crate::model::validate::load(json))
    }
}

impl From<Result<AnchoredExplainer, Vec<Problem>>> for AppProps {
    fn from(loaded: Result<AnchoredExplainer, Vec<Problem>>) -> AppProps {
        AppProps {
            content: loaded.map(Rc::new).map_err(Rc::new),
            open: None,
            embedding: Embedding::default(),
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
        Ok(explainer) => html! {
            <ExplainerViews explainer={explainer.clone()} open={props.open.clone()}
                embedding={props.embedding.clone()} />
        },
        Err(problems) => html! {
            <ContentErrors problems={problems.clone()} source_url={props.embedding.content_url.clone()} />
        },
    }
}

/// A callback that turns its value into an action and dispatches it. It stays
/// the same callback from render to render (the dispatcher never changes), so a
/// view whose data did not change is not rendered again: toggling one quote card
/// leaves the article text, with its thousands of highlights, alone.
#[hook]
fn use_dispatch<T: 'static>(
    dispatcher: UseReducerDispatcher<ViewState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    use_callback(dispatcher, move |value, dispatcher| {
        dispatcher.dispatch(make(value))
    })
}

/// Props of [`ExplainerViews`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExplainerViewsProps {
    /// The content.
    pub explainer: Rc<AnchoredExplainer>,
    /// Where to open, before the URL's fragment is read.
    #[prop_or_default]
    pub open: Option<Fragment>,
    /// How this instance is embedded.
    #[prop_or_default]
    pub embedding: Embedding,
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
    let root = use_node_ref();
    // The card whose <summary> had focus when the widget went live.
    let refocus = use_mut_ref(|| None::<String>);
    let placement = props.embedding.placement.clone();

    // Follow the fragments this widget answers to, on start-up and on every
    // change (back and forward included). Effects never run in server-side
    // rendering. On its own page that is the URL's fragment, with a notice for
    // one that leads nowhere; embedded, a host fragment is acted on only when it
    // names something in this explainer (see `Navigation::claim`).
    {
        let dispatcher = state.dispatcher();
        let explainer = props.explainer.clone();
        let can_share = can_share.clone();
        let live = live.clone();
        let opened = props.open.is_some();
        let placement = placement.clone();
        let root = root.clone();
        let refocus = refocus.clone();
        use_effect_with(explainer.clone(), move |_| {
            // Going live is a second render of everything (buttons for the
            // <details>, tabs for the stacked views). It runs in a task of its
            // own after the one that hydrated, so a click in between is answered
            // at once, by the <details> it lands on (kept open by the reading
            // below), instead of waiting for both renders.
            let listeners = Rc::new(RefCell::new(None));
            let go_live = {
                let listeners = listeners.clone();
                Timeout::new(0, move || {
                    // Read before going live replaces the pre-rendered <details>.
                    if let Some(root) = root.cast::<web_sys::Element>() {
                        let early = opened_early::read(&root);
                        if !early.quotes.is_empty() || !early.deals.is_empty() {
                            dispatcher.dispatch(Action::KeepOpened {
                                quotes: early.quotes,
                                deals: early.deals,
                            });
                        }
                        *refocus.borrow_mut() = early.focused;
                    }
                    live.set(true);
                    can_share.set(clipboard::can_share());
                    let navigate = {
                        let dispatcher = dispatcher.clone();
                        let explainer = explainer.clone();
                        move |hash: String| {
                            dispatcher.dispatch(Action::Navigate(Navigation::from_hash(
                                &hash, &explainer,
                            )))
                        }
                    };
                    let claim = move |hash: String| {
                        if let Some(navigation) = Navigation::claim(&hash, &explainer) {
                            dispatcher.dispatch(Action::Navigate(navigation));
                        }
                    };
                    let own_hash = location::current_hash();
                    let has_own_hash = !own_hash.trim_start_matches('#').is_empty();
                    let mut frame_listeners = None;
                    let hash_listener = match &placement {
                        Placement::Page => {
                            // A share page opens at its quote; an empty fragment must not undo that.
                            if !opened || has_own_hash {
                                navigate(own_hash);
                            }
                            location::on_hash_change(navigate)
                        }
                        Placement::Frame(params) => {
                            // A link into the widget page itself wins over the host's fragment.
                            if has_own_hash {
                                navigate(own_hash);
                            } else if let Some(hash) = params.parent_hash() {
                                claim(hash.to_string());
                            }
                            frame_listeners = Some(frame::on_navigate(params.clone(), claim));
                            location::on_hash_change(navigate)
                        }
                        Placement::Inline => {
                            let claim = Rc::new(claim);
                            claim(own_hash);
                            location::on_hash_change(move |hash| claim(hash))
                        }
                    };
                    *listeners.borrow_mut() = Some((hash_listener, frame_listeners));
                })
            };
            move || drop((go_live, listeners))
        });
    }
    {
        let root = root.clone();
        use_effect_with(*live, move |live| {
            if !*live {
                return;
            }
            let pending = refocus.borrow_mut().take();
            if let (Some(element_id), Some(root)) = (pending, root.cast::<web_sys::Element>()) {
                opened_early::refocus(&root, &element_id);
            }
        });
    }
    // After a render that asked for it, bring the target into view; in a frame,
    // the host page has to scroll too. It waits for the next animation frame, so
    // the browser lays the page out once, in that frame, instead of being made to
    // lay out the whole widget in the middle of the render's task. A newer
    // request, or the widget going away, cancels one not yet carried out.
    {
        let root = root.clone();
        let placement = placement.clone();
        use_effect_with(state.focus.clone(), move |request| {
            let pending = request.clone().map(|request| {
                gloo::render::request_animation_frame(move |_| {
                    let Some(root) = root.cast::<web_sys::Element>() else {
                        return;
                    };
                    let framed = matches!(placement, Placement::Frame(_));
                    let element = focus::bring_into_view(&root, &request.element_id, !framed);
                    if let (Placement::Frame(params), Some(element)) = (&placement, element) {
                        frame::scroll_parent_to(params, &element);
                    }
                })
            });
            move || drop(pending)
        });
    }
    // Tell the host page what the reader does: views opened and single quotes
    // expanded (by a click or a link; "Expand all" is not one reader choice per quote).
    let emit = {
        let root = root.clone();
        let placement = placement.clone();
        Rc::new(move |event: EngagementEvent| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                events::emit(&root, &placement, &event);
            }
        })
    };
    {
        let emit = emit.clone();
        let seen = use_mut_ref(|| None::<View>);
        use_effect_with(state.view, move |view| {
            let previous = seen.borrow_mut().replace(*view);
            if previous.is_some_and(|previous| previous != *view) {
                emit(EngagementEvent::ViewChanged {
                    view: view.id().into(),
                });
            }
        });
    }
    {
        let emit = emit.clone();
        let seen = use_mut_ref(|| None::<std::collections::BTreeSet<String>>);
        use_effect_with(state.expanded_quotes.clone(), move |expanded| {
            let previous = seen.borrow_mut().replace(expanded.clone());
            if let Some(previous) = previous {
                let mut added = expanded.difference(&previous);
                if let (Some(quote), None) = (added.next(), added.next()) {
                    emit(EngagementEvent::QuoteExpanded {
                        quote: quote.clone(),
                    });
                }
            }
        });
    }

    let onfollow = use_callback(
        (state.dispatcher(), placement.clone()),
        |fragment: Fragment, (dispatcher, placement)| {
            // Embedded, the URL is the host's: follow the link inside the widget only.
            if !(placement.writes_url() && location::follow(&fragment)) {
                dispatcher.dispatch(Action::Navigate(Navigation::To(fragment)));
            }
        },
    );
    let onselectview = use_dispatch(state.dispatcher(), Action::ShowView);
    let onorder = use_dispatch(state.dispatcher(), Action::Order);
    let ontogglequote = use_dispatch(state.dispatcher(), Action::ToggleQuote);
    let onexpandall = use_dispatch(state.dispatcher(), Action::ExpandQuotes);
    let oncollapseall = use_dispatch(state.dispatcher(), |()| Action::CollapseQuotes);
    let onfilter = use_dispatch(state.dispatcher(), Action::Filter);
    let ontoggledeal = use_dispatch(state.dispatcher(), Action::ToggleDeal);
    let oncopylink = use_callback(
        (state.dispatcher(), placement.clone(), root.clone()),
        |fragment: Fragment, (dispatcher, placement, root)| {
            let dispatcher = dispatcher.clone();
            let (placement, root) = (placement.clone(), root.clone());
            let url = placement.link(&location::href(), &fragment);
            yew::platform::spawn_local(async move {
                if clipboard::copy_text(&url).await {
                    if let Some(root) = root.cast::<web_sys::Element>() {
                        let fragment = fragment.to_string();
                        let event = EngagementEvent::LinkCopied { fragment, url };
                        events::emit(&root, &placement, &event);
                    }
                    dispatcher.dispatch(Action::Announce(STRINGS.link_copied.into()));
                } else {
                    dispatcher.dispatch(Action::ShowLinkFallback {
                        element_id: fragment.element_id(),
                        url,
                    });
                }
            });
        },
    );
    let onshare = use_callback(
        (
            props.explainer.explainer.article.headline.clone(),
            placement.clone(),
        ),
        |fragment: Fragment, (title, placement)| {
            let url = placement.link(&location::href(), &fragment);
            let title = title.clone();
            yew::platform::spawn_local(async move { clipboard::share_link(&title, &url).await });
        },
    );

    // Dismissing removes the focused button; hand focus to the open view's tab
    // rather than letting it fall to <body>.
    let ondismiss = {
        let dispatcher = state.dispatcher();
        let view = state.view;
        let root = root.clone();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::DismissNotice);
            if let Some(root) = root.cast::<web_sys::Element>() {
                focus::focus_element(&root, &format!("tab-{}", view.id()));
            }
        })
    };
    let oncopycode = {
        let dispatcher = state.dispatcher();
        Callback::from(move |code: String| {
            let dispatcher = dispatcher.clone();
            yew::platform::spawn_local(async move {
                let message = if clipboard::copy_text(&code).await {
                    STRINGS.code_copied
                } else {
                    STRINGS.code_not_copied
                };
                dispatcher.dispatch(Action::Announce(message.into()));
            });
        })
    };
    // The embed codes need the widget's address, which only the browser knows.
    let embed_codes = live.then(|| {
        let page = location::href();
        let folder = props
            .embedding
            .widget_url
            .clone()
            .unwrap_or_else(|| widget_folder(&page).to_string());
        EmbedCodes::new(
            &folder,
            props.embedding.content_url.as_deref(),
            &props.explainer.explainer.article.headline,
        )
    });

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
        <div ref={root} part="explainer" class={classes!("explainer", live.then_some("is-live"))} lang={explainer.explainer.article.language.clone()}
             dir={explainer.explainer.article.direction()} data-view={state.view.id()}>
            <ExplainerHeader article={explainer.explainer.article.clone()} />
            <div class="notice-region" role="status" aria-live="polite">
                if let Some(message) = &state.notice {
                    <Notice message={message.clone()} ondismiss={ondismiss} />
                }
            </div>
            if *live {
                <ViewTabs current={state.view} onselect={onselectview} />
            }
            { panel(View::Quotes, html! {
                <QuoteList explainer={explainer.clone()} order={state.order} live={*live}
                    expanded={state.expanded_quotes.clone()} link_fallback={state.link_fallback.clone()}
                    can_share={*can_share}
                    {onorder} ontoggle={ontogglequote} {onexpandall} {oncollapseall}
                    onfollow={onfollow.clone()} {oncopylink} {onshare} />
            }) }
            { panel(View::Tracker, html! {
                <DealTracker explainer={explainer.clone()} filter={state.filter} live={*live}
                    expanded={state.expanded_deals.clone()}
                    {onfilter} ontoggle={ontoggledeal}
                    onfollow={onfollow.clone()} />
            }) }
            { panel(View::Source, html! {
                <SourceView explainer={explainer.clone()} {onfollow} />
            }) }
            // For newsroom staff, not readers: after the views, last in tab order.
            if let Some(codes) = embed_codes {
                <EmbedPanel {codes} oncopy={oncopycode} />
            }
            <p class="visually-hidden" role="status" aria-live="polite">{ state.announcement_text() }</p>
        </div>
    }
}
