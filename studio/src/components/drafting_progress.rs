//! How far the drafting of a pasted article is, while it works: a progress bar
//! with what it is doing, and Cancel. The page stays usable meanwhile
//! ([`crate::hooks::use_drafting`] yields between slices).

use yew::prelude::*;

use crate::drafting::Progress;

/// Props of [`DraftingProgress`].
#[derive(Properties, Clone, PartialEq)]
pub struct DraftingProgressProps {
    /// Where the drafting is.
    pub progress: Progress,
    /// Stops it: nothing is drafted.
    pub on_cancel: Callback<()>,
}

/// The drafting's progress and its Cancel button.
#[function_component(DraftingProgress)]
pub fn drafting_progress(props: &DraftingProgressProps) -> Html {
    let Progress { doing, done, total } = &props.progress;
    let percent = (done * 100).checked_div(*total).unwrap_or(0);
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="studio-drafting" aria-labelledby="studio-drafting-title">
            <h2 id="studio-drafting-title" class="studio-drafting__title">{ "Drafting the pasted article" }</h2>
            <progress class="studio-drafting__bar" max={total.to_string()} value={done.to_string()}
                aria-labelledby="studio-drafting-title" aria-describedby="studio-drafting-doing" />
            <p id="studio-drafting-doing" class="studio-drafting__doing" role="status">
                { format!("{doing} ({percent}%)") }
            </p>
            <button type="button" onclick={on_cancel}>{ "Cancel drafting" }</button>
        </section>
    }
}
