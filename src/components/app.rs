//! The root component: the loaded explainer with its views, or the reasons the
//! content could not load. It owns the [`ViewState`], gives the views their
//! [`ViewContext`], and reaches the browser edge ([`crate::host`]) only through
//! its hooks ([`crate::hooks`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::content_errors::ContentErrors;
use crate::components::deal_tracker::DealTracker;
use crate::components::embed_panel::EmbedPanel;
use crate::components::explainer_header::ExplainerHeader;
use crate::components::notice::Notice;
use crate::components::quote_list::QuoteList;
use crate::components::source_view::SourceView;
use crate::components::view_panel::view_panel;
use crate::components::view_tabs::ViewTabs;
use crate::content::default_explainer;
use crate::context::{ReaderAction, ViewContext};
use crate::embedding::Embedding;
use crate::fragment::Fragment;
use crate::hooks::{
    use_bring_into_view, use_embed_codes, use_engagement_events, use_fragment_navigation,
    use_go_live, use_reader_actions, use_since_visit, use_update_announcement, Live,
};
use crate::ids::{ElementId, View};
use crate::model::{AnchoredExplainer, Problem};
use crate::state::ViewState;
use crate::strings::Locale;

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
            <ContentErrors problems={problems.clone()} source_url={props.embedding.content_url.clone()}
                locale={Locale::resolve(props.embedding.locale.as_deref(), "").locale} />
        },
    }
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

/// A valid explainer: header, the line for a returning reader, notice, tabs
/// and the three views.
///
/// It renders twice over: first as static HTML (the server-side render, and the
/// first client render that hydrates it), readable without script — every view
/// shown, quotes as `<details>`; then, once the Wasm runs, `live`, with tabs and
/// ARIA disclosure buttons. What it does is in its hooks ([`crate::hooks`]);
/// what the views share, in their context ([`ViewContext`]).
#[function_component(ExplainerViews)]
pub fn explainer_views(props: &ExplainerViewsProps) -> Html {
    let explainer = &props.explainer;
    let placement = &props.embedding.placement;
    // The page's choice, else the content's language: the pre-render decides
    // the same way, so the markup it wrote is the markup hydration expects.
    let locale = Locale::resolve(
        props.embedding.locale.as_deref(),
        &explainer.explainer.article.language,
    );
    let strings = locale.locale.strings();
    use_effect_with(locale.unmatched.clone(), |unmatched| {
        if let Some(tag) = unmatched {
            crate::host::console::warn_unmatched_locale(tag);
        }
    });
    let state = {
        let open = props.open.clone();
        use_reducer(move || ViewState::opened_at(open))
    };
    let root = use_node_ref();

    let follow_fragments = use_fragment_navigation(
        explainer.clone(),
        placement.clone(),
        props.open.is_some(),
        state.dispatcher(),
    );
    let Live { live, can_share } = use_go_live(
        explainer.clone(),
        root.clone(),
        state.dispatcher(),
        follow_fragments,
    );
    use_bring_into_view(root.clone(), placement.clone(), state.focus.clone());
    use_engagement_events(
        root.clone(),
        placement.clone(),
        state.view,
        state.expanded_quotes.clone(),
    );
    let since_visit = use_since_visit(
        explainer.clone(),
        props.embedding.remember,
        live,
        state.clone(),
        strings,
    );
    use_update_announcement(
        explainer.clone(),
        props.embedding.content_url.is_some(),
        state.dispatcher(),
    );
    let dispatch = use_reader_actions(&state, explainer.clone(), placement.clone(), root.clone());
    let context = use_memo(
        (
            explainer.clone(),
            live,
            can_share,
            placement.clone(),
            dispatch.clone(),
            locale.locale,
        ),
        |(explainer, live, can_share, placement, dispatch, locale)| {
            ViewContext::new(
                explainer.clone(),
                *live,
                *can_share,
                placement.clone(),
                dispatch.clone(),
                locale.strings(),
            )
        },
    );
    let embed_codes = use_embed_codes(
        live,
        props.embedding.clone(),
        explainer.explainer.article.headline.clone(),
    );
    let oncopycode = use_callback(dispatch.clone(), |code, dispatch| {
        dispatch.emit(ReaderAction::CopyCode(code))
    });

    let (root_lang, root_dir) = (context.root_lang.clone(), context.root_dir);
    html! {
        <ContextProvider<Rc<ViewContext>> context={context}>
            <div ref={root} part="explainer" class={classes!("explainer", live.then_some("is-live"))}
                 lang={root_lang} dir={root_dir} data-view={state.view.id()}>
                <ExplainerHeader />
                // Told once by the live region below when it first shows; not
                // itself live, so its counts going down as the reader reads are quiet.
                if let Some(line) = &since_visit.line {
                    <p class="since-visit" id={ElementId::SinceVisit.id()}>
                        <span class="since-visit__icon" aria-hidden="true">{ "✦" }</span>
                        <span class="since-visit__text">{ line }</span>
                    </p>
                }
                <div class="notice-region" role="status" aria-live="polite">
                    if let Some(notice) = &state.notice {
                        <Notice message={strings.notice(notice)} />
                    }
                </div>
                if live {
                    <ViewTabs current={state.view} />
                }
                { view_panel(View::Quotes, live, state.view, strings, html! {
                    <QuoteList order={state.order} expanded={state.expanded_quotes.clone()}
                        link_fallback={state.link_fallback.clone()} unseen={since_visit.changes.clone()} />
                }) }
                { view_panel(View::Tracker, live, state.view, strings, html! {
                    <DealTracker filter={state.filter} expanded={state.expanded_deals.clone()}
                        unseen={since_visit.changes.clone()} />
                }) }
                { view_panel(View::Source, live, state.view, strings, html! { <SourceView report={state.report.clone()} /> }) }
                // For newsroom staff, not readers: after the views, last in tab order.
                if let Some(codes) = embed_codes {
                    <EmbedPanel {codes} oncopy={oncopycode} />
                }
                <p class="visually-hidden" role="status" aria-live="polite">{ strings.announcement(&state.announcement) }{ state.announcement_padding() }</p>
            </div>
        </ContextProvider<Rc<ViewContext>>>
    }
}
