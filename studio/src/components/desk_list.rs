//! The newsroom's explainers on the desk: headline, who changed each last and
//! when, its state and error count, newest first; searchable by headline or
//! editor, and any of them opens for editing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_desk_dispatch;
use crate::desk::{DeskAction, Summary};
use crate::shelf::saved_label;

/// Props of [`DeskList`].
#[derive(Properties, Clone, PartialEq)]
pub struct DeskListProps {
    /// The explainers listed.
    pub list: Vec<Summary>,
    /// The words they were searched with.
    pub query: AttrValue,
    /// Unfolded (nothing open yet).
    pub open: bool,
    /// The id of the explainer open now.
    pub current: AttrValue,
}

fn state_words(state: &str) -> &str {
    match state {
        "published" => "published",
        "published-with-changes" => "published, with changes since",
        _ => "draft",
    }
}

fn row(summary: &Summary, is_current: bool, dispatch: &Callback<DeskAction>) -> Html {
    let id = summary.id.clone();
    let open = dispatch.reform(move |_: MouseEvent| DeskAction::Open(id.clone()));
    let errors = match summary.errors {
        0 => "no errors".to_string(),
        1 => "1 error".to_string(),
        n => format!("{n} errors"),
    };
    html! {
        <li class="desk-list__item" data-explainer={summary.id.clone()}>
            <span class="desk-list__headline">{ &summary.headline }</span>
            <span class="desk-list__meta">
                { format!("changed by {} {} · {} · {errors}", summary.updated_by,
                    saved_label(summary.updated_at as f64), state_words(&summary.state)) }
            </span>
            if is_current {
                <span class="desk-list__current">{ "(open now)" }</span>
            } else {
                <button type="button" onclick={open}
                    aria-label={format!("Open “{}”", summary.headline)}>{ "Open" }</button>
            }
        </li>
    }
}

/// The list of the desk's explainers, with its search.
#[function_component(DeskList)]
pub fn desk_list(props: &DeskListProps) -> Html {
    let dispatch = use_desk_dispatch();
    let search = use_node_ref();
    let onsubmit = {
        let (dispatch, search) = (dispatch.clone(), search.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let words = search
                .cast::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            dispatch.emit(DeskAction::Search(words));
        })
    };
    let refresh = {
        let query = props.query.to_string();
        dispatch.reform(move |_: MouseEvent| DeskAction::Search(query.clone()))
    };
    html! {
        <details class="desk-list" open={props.open}>
            <summary><h2 class="desk-list__title">{ "The newsroom's explainers" }</h2></summary>
            <form class="desk-list__search" role="search" {onsubmit}>
                <label for="desk-search">{ "Find on the desk (words of a title, or who changed it)" }</label>
                <input id="desk-search" type="search" ref={search} value={props.query.clone()} />
                <button type="submit">{ "Search" }</button>
                <button type="button" onclick={refresh}>{ "Refresh" }</button>
            </form>
            if props.list.is_empty() {
                <p class="desk-list__empty">{
                    if props.query.is_empty() { "No explainers on the desk yet: paste an article below to make the first." }
                    else { "No explainer matches those words." }
                }</p>
            } else {
                <ul class="desk-list__items">
                    { for props.list.iter().map(|s| row(s, *s.id == *props.current, &dispatch)) }
                </ul>
            }
        </details>
    }
}
