//! The choice a conflict asks for: someone else saved the explainer since this
//! Studio opened it, so the save was refused and nothing was overwritten. Merge
//! (when their changes and mine touched different fields), keep mine as a new
//! explainer, or take theirs.

use yew::prelude::*;

use crate::context::use_desk_dispatch;
use crate::desk::DeskAction;

/// Props of [`ConflictDialog`].
#[derive(Properties, Clone, PartialEq)]
pub struct ConflictDialogProps {
    /// Who saved first.
    pub author: AttrValue,
    /// Their revision.
    pub revision: i64,
    /// True when their changes and mine touched different fields.
    pub can_merge: bool,
    /// The fields both changed, in words.
    pub clashes: Vec<String>,
}

/// The conflict dialog.
#[function_component(ConflictDialog)]
pub fn conflict_dialog(props: &ConflictDialogProps) -> Html {
    let dispatch = use_desk_dispatch();
    let merge = dispatch.reform(|_: MouseEvent| DeskAction::Merge);
    let copy = dispatch.reform(|_: MouseEvent| DeskAction::KeepMineAsCopy);
    let theirs = dispatch.reform(|_: MouseEvent| DeskAction::TakeTheirs);
    let explanation = if props.can_merge {
        "Your changes and theirs touch different fields: merging keeps both.".to_string()
    } else if props.clashes.is_empty() {
        "Their version could not be merged with yours here.".to_string()
    } else {
        format!(
            "You both changed {}: merging cannot keep both. Keep yours as a copy (a new explainer beside theirs), or take theirs.",
            props.clashes.join(", ")
        )
    };
    html! {
        <div class="desk-conflict" role="alertdialog" aria-modal="true"
            aria-labelledby="desk-conflict-title" aria-describedby="desk-conflict-what">
            <div class="desk-conflict__box">
                <h2 id="desk-conflict-title">{ "Someone else saved this explainer first" }</h2>
                <p id="desk-conflict-what">
                    { format!("{} saved revision {} while you were editing. Your changes were not saved, and nothing was overwritten. ",
                        props.author, props.revision) }
                    { explanation }
                </p>
                <div class="desk-conflict__choices">
                    if props.can_merge {
                        <button type="button" class="desk-conflict__merge" onclick={merge}>{ "Merge" }</button>
                    }
                    <button type="button" onclick={copy}>{ "Keep mine as a copy" }</button>
                    <button type="button" onclick={theirs}>{ "Take theirs" }</button>
                </div>
            </div>
        </div>
    }
}
