//! How a journalist starts: paste an article, open an explainer file, take the
//! default explainer, or go back to a draft kept in this browser. Starting while
//! a draft is open starts another draft: the open one stays on the list, so
//! nothing is replaced and nothing needs asking.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::context::use_dispatch;
use crate::draft::{export_file_name, Action};
use crate::problems;
use crate::shelf::{saved_label, Shelf, ShelvedDraft};

/// Props of [`StartPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct StartPanelProps {
    /// Open (nothing to edit yet) or folded away under its summary.
    pub open: bool,
    /// The drafts kept in this browser.
    pub shelf: Shelf,
    /// The id of the draft being edited.
    pub current: AttrValue,
    /// Deletes a draft from this browser (by id), once the journalist agreed.
    pub on_delete: Callback<String>,
    /// Drafts a pasted article in slices ([`crate::hooks::use_drafting`]): the
    /// text, and whether a draft is open (it then stays on the shelf).
    pub on_draft: Callback<(String, bool)>,
}

/// Starts `action` as a draft of its own when one is open, so the open one is
/// kept (on the shelf) rather than replaced.
fn start(on_action: &Callback<Action>, has_draft: bool, action: Action) {
    if has_draft {
        on_action.emit(Action::NewDraft {
            id: browser::new_draft_id(),
        });
    }
    on_action.emit(action);
}

/// Opens a chosen or dropped file as a draft of its own ([`start`]). A file
/// too large for `explainer check` is refused by the draft's own rule
/// ([`problems::too_large`]), so the open draft is not put aside for it: it
/// stays open, and the message says why the file did not open.
fn open_file(on_action: &Callback<Action>, has_draft: bool, text: String) {
    let refused = problems::too_large(&text).is_some();
    start(on_action, has_draft && !refused, Action::Open(text));
}

/// One draft on the shelf: its headline and when it was saved, with Open
/// (unless it is the one open now) and Delete.
fn shelved_draft(
    draft: &ShelvedDraft,
    is_current: bool,
    on_action: &Callback<Action>,
    on_delete: &Callback<String>,
) -> Html {
    let on_open = {
        let on_action = on_action.clone();
        let (id, site_url) = (draft.id.clone(), draft.site_url.clone());
        let headline = draft.headline.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = browser::saved_draft(&id) {
                // Until it has been drawn: a draft that hangs the tab is not
                // opened again by the next load (a safe start).
                browser::mark_opening(&format!("the draft “{headline}”"));
                on_action.emit(Action::Resume {
                    id: id.clone(),
                    text,
                    site_url: site_url.clone(),
                });
            }
        })
    };
    let on_delete = {
        let on_delete = on_delete.clone();
        let (id, headline) = (draft.id.clone(), draft.headline.clone());
        Callback::from(move |_: MouseEvent| {
            let agreed = gloo::utils::window()
                .confirm_with_message(&format!(
                    "Delete the draft “{headline}” from this browser? It cannot be brought back."
                ))
                .unwrap_or(false);
            if agreed {
                on_delete.emit(id.clone());
            }
        })
    };
    let on_export = {
        let on_action = on_action.clone();
        let (id, headline) = (draft.id.clone(), draft.headline.clone());
        Callback::from(move |_: MouseEvent| {
            let name = export_file_name(&headline);
            on_action.emit(Action::Say(if browser::download_saved(&id, &name) {
                format!("Exported the draft “{headline}” as {name}, without opening it.")
            } else {
                format!("The draft “{headline}” is no longer in this browser.")
            }));
        })
    };
    html! {
        <li class="studio-drafts__draft" data-draft={draft.id.clone()}>
            <span class="studio-drafts__headline">{ &draft.headline }</span>
            <span class="studio-drafts__saved">{ saved_label(draft.saved_at) }</span>
            if is_current {
                <span class="studio-drafts__current">{ "(open now)" }</span>
            } else {
                <button type="button" onclick={on_open}
                    aria-label={format!("Open the draft “{}”", draft.headline)}>{ "Open" }</button>
            }
            <button type="button" onclick={on_export}
                aria-label={format!("Export the draft “{}”", draft.headline)}>{ "Export" }</button>
            <button type="button" class="studio-delete" onclick={on_delete}
                aria-label={format!("Delete the draft “{}”", draft.headline)}>{ "Delete" }</button>
        </li>
    }
}

/// The three ways to start.
#[function_component(StartPanel)]
pub fn start_panel(props: &StartPanelProps) -> Html {
    let on_action = use_dispatch();
    let article = use_node_ref();
    let has_draft = !props.open;

    let from_text = {
        let article = article.clone();
        let on_draft = props.on_draft.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = article.cast::<HtmlTextAreaElement>() {
                on_draft.emit((area.value(), has_draft));
            }
        })
    };
    let from_default = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            start(&on_action, has_draft, Action::StartFromDefault);
        })
    };
    let from_file = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let on_action = on_action.clone();
            browser::read_file(file, move |text| open_file(&on_action, has_draft, text));
        })
    };

    // A file dropped anywhere on the panel opens like a chosen one.
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    let on_drop = {
        let on_action = on_action.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            let file = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                let on_action = on_action.clone();
                browser::read_file(file, move |text| open_file(&on_action, has_draft, text));
            }
        })
    };

    let drafts = props.shelf.drafts.iter().map(|draft| {
        let is_current = draft.id == props.current.as_str();
        shelved_draft(draft, is_current, &on_action, &props.on_delete)
    });

    html! {
        <details class="studio-start" open={props.open} ondragover={on_drag_over} ondrop={on_drop}>
            <summary class="studio-start__summary">
                <h2 class="studio-start__title">{ "Start an explainer, or open a draft" }</h2>
            </summary>
            if !props.shelf.drafts.is_empty() {
                <section class="studio-drafts" aria-labelledby="studio-drafts-title">
                    <h3 id="studio-drafts-title">{ "Your drafts in this browser" }</h3>
                    <ul class="studio-drafts__list">{ for drafts }</ul>
                </section>
            }
            <div class="studio-start__ways">
                <div class="studio-start__way">
                    <label for="studio-paste">{ "Paste the article, one paragraph per line" }</label>
                    <textarea id="studio-paste" ref={article} rows="8" />
                    <button type="button" onclick={from_text}>{ "Draft from this article" }</button>
                </div>
                <div class="studio-start__way">
                    <label for="studio-open">{ "Open an explainer file (.json)" }</label>
                    <input id="studio-open" type="file" accept=".json,application/json" onchange={from_file} />
                    <p class="studio-hint">{ "Or drop it here. A file with problems opens too, for repair." }</p>
                    <button type="button" onclick={from_default}>{ "Open the default explainer" }</button>
                </div>
            </div>
        </details>
    }
}
