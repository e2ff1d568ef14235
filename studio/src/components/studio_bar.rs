//! The Studio's bar: its title, and undo, redo, a new explainer and export.

use yew::prelude::*;

use crate::browser;
use crate::context::use_dispatch;
use crate::draft::Action;

/// Props of [`StudioBar`].
#[derive(Properties, Clone, PartialEq)]
pub struct StudioBarProps {
    /// There is a step to undo.
    pub can_undo: bool,
    /// There is a step to redo.
    pub can_redo: bool,
    /// A document is open (so a new one can be started beside it).
    pub has_document: bool,
    /// The document is an explainer that can be exported.
    pub can_export: bool,
    /// Downloads the explainer file.
    pub on_export: Callback<MouseEvent>,
}

/// The bar along the Studio's top.
#[function_component(StudioBar)]
pub fn studio_bar(props: &StudioBarProps) -> Html {
    let dispatch = use_dispatch();
    let emit = |action: fn() -> Action| dispatch.reform(move |_: MouseEvent| action());
    let undo = emit(|| Action::Undo);
    let redo = emit(|| Action::Redo);
    let new_draft = emit(|| Action::NewDraft {
        id: browser::new_draft_id(),
    });
    html! {
        <header class="studio__bar">
            <h1 class="studio__title">{ "Explainer Studio" }</h1>
            <div class="studio-actions">
                <button type="button" onclick={undo} disabled={!props.can_undo}
                    aria-keyshortcuts="Control+Z Meta+Z">{ "Undo" }</button>
                <button type="button" onclick={redo} disabled={!props.can_redo}
                    aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z">{ "Redo" }</button>
                if props.has_document {
                    <button type="button" onclick={new_draft}>{ "New explainer" }</button>
                }
                if props.can_export {
                    <button type="button" class="studio__export" onclick={props.on_export.clone()}>
                        { "Export JSON" }
                    </button>
                }
            </div>
        </header>
    }
}
