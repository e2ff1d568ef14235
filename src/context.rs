//! What every view of an explainer shares, given once by the root component
//! through a Yew context instead of as props through every level.
//!
//! Data comes down, actions go up: a view reads the shared content (an `Rc`,
//! with indices into it as its own props), the flags that change at most once
//! (live, can share) and the placement, and sends every reader action, from
//! toggling a card to copying a link, as a [`ReaderAction`] to the one
//! dispatcher. The root component turns each into view-state changes and
//! browser I/O (`crate::hooks::use_reader_actions`).
//!
//! The context value changes only when the content does or the widget goes
//! live: the dispatcher is one callback for the widget's lifetime, so a card
//! toggled or a view switched notifies no view through the context, and the
//! quote list's runs of cards stay as they were.

use std::rc::Rc;

use yew::prelude::*;

use crate::embedding::Placement;
use crate::fragment::Fragment;
use crate::ids::View;
use crate::model::{AnchoredExplainer, Voices};
use crate::state::{QuoteOrder, StatusFilter};
use crate::strings::Strings;

/// Everything a reader can do in the views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReaderAction {
    /// Open a view.
    ShowView(View),
    /// Order the quote cards.
    Order(QuoteOrder),
    /// Expand or collapse a quote card, by the quote's index in the content.
    ToggleQuote(usize),
    /// Expand every quote card.
    ExpandAll,
    /// Collapse every quote card.
    CollapseAll,
    /// Show or hide a tracker item's history, by the item's index in the content.
    ToggleDeal(usize),
    /// Filter the tracker.
    Filter(StatusFilter),
    /// Show a report in the article text, by index (0: the article).
    ShowReport(usize),
    /// Follow an in-widget link.
    Follow(Fragment),
    /// Copy the link to a place in the widget.
    CopyLink(Fragment),
    /// Share the link to a place in the widget (the system share sheet).
    Share(Fragment),
    /// Close the notice.
    DismissNotice,
    /// Copy an embed code.
    CopyCode(String),
}

/// The one dispatcher of reader actions. Stable for the widget's lifetime, so
/// it compares equal from render to render (a `Callback` compares by pointer).
pub type Dispatch = Callback<ReaderAction>;

/// What every view shares; given as `Rc<ViewContext>` (see [`use_view_context`]).
#[derive(Clone, Debug)]
pub struct ViewContext {
    /// The content (views take indices into it, never copies).
    pub explainer: Rc<AnchoredExplainer>,
    /// The Wasm runs: tabs and ARIA disclosure buttons instead of headings,
    /// `<details>` and plain links. False in the server-side render and the
    /// first client render, which hydrates it.
    pub live: bool,
    /// The browser can open the system share sheet.
    pub can_share: bool,
    /// Where the widget runs.
    pub placement: Placement,
    /// Where reader actions go.
    pub dispatch: Dispatch,
    /// The interface strings, in the locale the widget shows.
    pub strings: &'static Strings,
    /// The root's `lang`: the content's tag, or the interface's where the
    /// interface speaks another language ([`Voices`]).
    pub root_lang: AttrValue,
    /// The root's `dir`: the interface's, which the chrome follows.
    pub root_dir: &'static str,
    /// The `lang` every element of content text carries: `None` where the root's is the content's.
    pub content_lang: Option<AttrValue>,
    /// The `dir` every element of content text carries: `None` where the root's is the content's.
    pub content_dir: Option<&'static str>,
}

impl ViewContext {
    /// The context of `explainer`'s views, in the interface language of
    /// `strings`: the two voices are worked out here, once per content and locale.
    pub fn new(
        explainer: Rc<AnchoredExplainer>,
        live: bool,
        can_share: bool,
        placement: Placement,
        dispatch: Dispatch,
        strings: &'static Strings,
    ) -> ViewContext {
        let article = &explainer.explainer.article;
        let voices = Voices::of(
            &article.language,
            article.direction(),
            strings.locale.tag(),
            strings.locale.direction(),
        );
        ViewContext {
            explainer,
            live,
            can_share,
            placement,
            dispatch,
            strings,
            root_lang: voices.root_lang.into(),
            root_dir: voices.root_dir,
            content_lang: voices.content_lang.map(AttrValue::from),
            content_dir: voices.content_dir,
        }
    }

    /// The widget's writing direction, `"rtl"` or `"ltr"`: its interface's
    /// (content text keeps its own, `content_dir`).
    pub fn direction(&self) -> &'static str {
        self.root_dir
    }
}

impl PartialEq for ViewContext {
    /// The content by pointer (it is never changed in place), the rest by value:
    /// a few comparisons on each render of the root.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer)
            && self.live == other.live
            && self.can_share == other.can_share
            && self.placement == other.placement
            && self.dispatch == other.dispatch
            && self.strings == other.strings
    }
}

// Equality by pointer and by value is reflexive; with `Eq`, comparing two
// `Rc<ViewContext>` checks the pointers first.
impl Eq for ViewContext {}

/// The shared context of the views. Panics outside an explainer's views, which
/// is a programming error: every view is rendered inside `ExplainerViews`.
#[hook]
pub fn use_view_context() -> Rc<ViewContext> {
    use_context::<Rc<ViewContext>>().expect("a view outside the explainer's ViewContext")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_explainer;

    #[test]
    fn the_context_changes_only_with_the_content_the_flags_or_the_dispatcher() {
        let explainer = Rc::new(default_explainer().unwrap());
        let dispatch: Dispatch = Callback::from(|_: ReaderAction| ());
        let context = ViewContext::new(
            explainer.clone(),
            false,
            false,
            Placement::Page,
            dispatch.clone(),
            crate::strings::english(),
        );
        // The same content and the same dispatcher: nothing for the views to hear.
        assert_eq!(context.clone(), context);
        let live = ViewContext {
            live: true,
            ..context.clone()
        };
        assert_ne!(live, context);
        // Equal content in another allocation is other content (compared by pointer).
        let copied = ViewContext {
            explainer: Rc::new((*explainer).clone()),
            ..context.clone()
        };
        assert_ne!(copied, context);
        // A callback made again compares unequal, however alike: the dispatcher
        // must be the same one from render to render.
        let remade = ViewContext {
            dispatch: Callback::from(|_: ReaderAction| ()),
            ..context.clone()
        };
        assert_ne!(remade, context);
    }
}
