//! The deal tracker in forms: one [`DealItemEditor`] per item, by index, and
//! a button that adds one.

use yew::prelude::*;

use crate::components::deal_item_editor::DealItemEditor;
use crate::context::{use_dispatch, use_draft};
use crate::draft::Action;

/// Props of [`DealEditor`].
#[derive(Properties, Clone, PartialEq)]
pub struct DealEditorProps {
    /// Whether a passage of the article is selected.
    pub has_selection: bool,
}

/// The tracker's forms.
#[function_component(DealEditor)]
pub fn deal_editor(props: &DealEditorProps) -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let count = draft.explainer.tracker.len();
    let has_selection = props.has_selection;
    html! {
        <section class="studio-section" aria-labelledby="studio-tracker-title">
            <h2 id="studio-tracker-title" tabindex="-1">{ format!("Deal tracker ({count})") }</h2>
            <ol class="studio-quotes">
                { for (0..count).map(|index| html! { <DealItemEditor {index} {has_selection} /> }) }
            </ol>
            <button type="button" onclick={on_action.reform(|_: MouseEvent| Action::AddDealItem)}>
                { "Add a tracker item" }
            </button>
        </section>
    }
}
