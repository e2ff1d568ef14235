//! A polite, dismissible notice above the views (for example, a link that
//! matched nothing in this explainer). It renders inside the app's notice
//! region, a live region that is always in the page, so screen readers announce
//! it when it appears.

use yew::prelude::*;

use crate::context::{use_view_context, ReaderAction};

/// Props of [`Notice`]. Closing it is a reader action, sent to the views' dispatcher.
#[derive(Properties, Clone, PartialEq)]
pub struct NoticeProps {
    /// The message.
    pub message: String,
}

/// The notice.
#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let ondismiss = context
        .dispatch
        .reform(|_: MouseEvent| ReaderAction::DismissNotice);
    html! {
        <div class="notice">
            <p class="notice__message">{ &props.message }</p>
            <button type="button" class="notice__dismiss" aria-label={strings.dismiss} onclick={ondismiss}>
                <span aria-hidden="true">{ "×" }</span>
            </button>
        </div>
    }
}
