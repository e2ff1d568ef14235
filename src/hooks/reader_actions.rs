//! The one dispatcher of reader actions: each [`ReaderAction`] becomes a change
//! of the view state, browser I/O (the URL, the clipboard, the share sheet,
//! focus), or both.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::{Dispatch, ReaderAction};
use crate::embedding::{EngagementEvent, Placement};
use crate::fragment::Fragment;
use crate::host::{clipboard, events, focus, location};
use crate::ids::ElementId;
use crate::ids::View;
use crate::model::AnchoredExplainer;
use crate::navigation::Navigation;
use crate::state::{Action, Announcement, ViewState};

/// The dispatcher. It depends on the content, the placement and the root
/// element only, so it is one callback for the widget's lifetime and the views'
/// context stays equal from render to render. The open view, which dismissing
/// the notice needs, is read when it is needed, not captured.
#[hook]
pub fn use_reader_actions(
    state: &UseReducerHandle<ViewState>,
    explainer: Rc<AnchoredExplainer>,
    placement: Placement,
    root: NodeRef,
) -> Dispatch {
    let open_view = use_mut_ref(View::default);
    *open_view.borrow_mut() = state.view;
    use_callback(
        (state.dispatcher(), explainer, placement, root),
        move |action: ReaderAction, (dispatcher, explainer, placement, root)| {
            let content = &explainer.explainer;
            let change = match action {
                ReaderAction::ShowView(view) => Action::ShowView(view),
                ReaderAction::Order(order) => Action::Order(order),
                ReaderAction::ToggleQuote(index) => {
                    Action::ToggleQuote(content.quotes[index].id.clone())
                }
                ReaderAction::ExpandAll => {
                    Action::ExpandQuotes(content.quotes.iter().map(|q| q.id.clone()).collect())
                }
                ReaderAction::CollapseAll => Action::CollapseQuotes,
                ReaderAction::ToggleDeal(index) => {
                    Action::ToggleDeal(content.tracker[index].id.clone())
                }
                ReaderAction::Filter(filter) => Action::Filter(filter),
                ReaderAction::ShowReport(index) => Action::ShowReport(index),
                ReaderAction::Follow(fragment) => {
                    // Embedded, the URL is the host's: follow the link inside the widget only.
                    if placement.writes_url() && location::follow(&fragment) {
                        return;
                    }
                    Action::Navigate(Navigation::To(fragment))
                }
                ReaderAction::CopyLink(fragment) => {
                    copy_link(
                        fragment,
                        placement.clone(),
                        root.clone(),
                        dispatcher.clone(),
                    );
                    return;
                }
                ReaderAction::Share(fragment) => {
                    let url = placement.link(&location::href(), &fragment);
                    let title = content.article.headline.clone();
                    yew::platform::spawn_local(
                        async move { clipboard::share_link(&title, &url).await },
                    );
                    return;
                }
                ReaderAction::DismissNotice => {
                    dispatcher.dispatch(Action::DismissNotice);
                    // Dismissing removes the focused button; hand focus to the open
                    // view's tab rather than letting it fall to <body>.
                    if let Some(root) = root.cast::<web_sys::Element>() {
                        let view = *open_view.borrow();
                        focus::focus_element(&root, &ElementId::Tab(view).id());
                    }
                    return;
                }
                ReaderAction::CopyCode(code) => {
                    let dispatcher = dispatcher.clone();
                    yew::platform::spawn_local(async move {
                        let message = if clipboard::copy_text(&code).await {
                            Announcement::CodeCopied
                        } else {
                            Announcement::CodeNotCopied
                        };
                        dispatcher.dispatch(Action::Announce(message));
                    });
                    return;
                }
            };
            dispatcher.dispatch(change);
        },
    )
}

/// Copies the absolute link to `fragment`, then tells the reader (and the host
/// page) it did, or shows the link for copying by hand.
fn copy_link(
    fragment: Fragment,
    placement: Placement,
    root: NodeRef,
    dispatcher: UseReducerDispatcher<ViewState>,
) {
    let url = placement.link(&location::href(), &fragment);
    yew::platform::spawn_local(async move {
        if clipboard::copy_text(&url).await {
            if let Some(root) = root.cast::<web_sys::Element>() {
                let fragment = fragment.href();
                let event = EngagementEvent::LinkCopied { fragment, url };
                events::emit(&root, &placement, &event);
            }
            dispatcher.dispatch(Action::Announce(Announcement::LinkCopied));
        } else {
            dispatcher.dispatch(Action::ShowLinkFallback {
                link: fragment,
                url,
            });
        }
    });
}
