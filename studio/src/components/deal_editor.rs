//! The deal tracker in forms: each item's fields, its evidence (the selected
//! passage of the article, or a quote) and its dated status history, which the
//! Studio keeps in date order and checks against the current status.

use std::rc::Rc;

use news_explainer::model::{DealItem, Evidence, Status};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::bound_select::BoundSelect;
use crate::components::field_note::{note_id, FieldNote};
use crate::components::move_buttons::MoveButtons;
use crate::components::text_field::TextField;
use crate::draft::{history_disagrees, Action, DealField, HistoryField, List};
use crate::problems::FieldProblems;

/// Props of [`DealEditor`].
#[derive(Properties, Clone, PartialEq)]
pub struct DealEditorProps {
    /// The tracker items.
    pub tracker: Vec<DealItem>,
    /// The quotes' ids, for quote evidence.
    pub quote_ids: Vec<String>,
    /// Whether a passage of the article is selected.
    pub has_selection: bool,
    /// Where each edit goes.
    pub on_action: Callback<Action>,
}

/// A `<select>` of the seven statuses, with its problems after it.
fn status_select(
    id: String,
    current: &str,
    onchange: Callback<Event>,
    fields: &FieldProblems,
) -> Html {
    html! {
        <>
        <BoundSelect id={id.clone()} value={current.to_string()} {onchange} invalid={fields.has_error(&id)}
            described_by={AttrValue::from(note_id(&id))}>
            if Status::from_id(current).is_none() {
                <option value={current.to_string()} selected=true>{ format!("{current} (unknown)") }</option>
            }
            { for Status::ALL.iter().map(|status| html! {
                <option value={status.id()} selected={status.id() == current}>{ status.id() }</option>
            }) }
        </BoundSelect>
        <FieldNote field={id} />
        </>
    }
}

/// The tracker's forms.
#[function_component(DealEditor)]
pub fn deal_editor(props: &DealEditorProps) -> Html {
    let fields = use_context::<Rc<FieldProblems>>().unwrap_or_default();
    let on_action = &props.on_action;
    let emit = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let items = props.tracker.iter().enumerate().map(|(index, item)| {
        let id = |name: &str| format!("studio-deal-{index}-{name}");
        let edit = |field: DealField| {
            let on_action = on_action.clone();
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                on_action.emit(Action::EditDealItem { index, field, value: input.value() });
            })
        };
        let on_status = {
            let on_action = on_action.clone();
            Callback::from(move |event: Event| {
                let select: HtmlSelectElement = event.target_unchecked_into();
                on_action.emit(Action::EditDealItem { index, field: DealField::Status, value: select.value() });
            })
        };
        let on_quote_evidence = {
            let on_action = on_action.clone();
            Callback::from(move |event: Event| {
                let select: HtmlSelectElement = event.target_unchecked_into();
                let quote = select.value();
                select.set_value("");
                if !quote.is_empty() {
                    on_action.emit(Action::AddQuoteEvidence { item: index, quote });
                }
            })
        };
        let evidence = item.evidence.iter().enumerate().map(|(number, evidence)| {
            let label = match evidence {
                Evidence::Quote { quote } => format!("Quote “{quote}”"),
                Evidence::Passage { passage, .. } => format!("Passage “{passage}”"),
            };
            html! {
                <li>
                    { label }{ " " }
                    <button type="button" onclick={emit(Action::DeleteEvidence { item: index, index: number })}>
                        { format!("Remove evidence {}", number + 1) }
                    </button>
                </li>
            }
        });
        let history = item.history.iter().enumerate().map(|(entry, change)| {
            let hid = |name: &str| format!("studio-deal-{index}-history-{entry}-{name}");
            let edit_history = |field: HistoryField| {
                let on_action = on_action.clone();
                Callback::from(move |event: InputEvent| {
                    let input: HtmlInputElement = event.target_unchecked_into();
                    on_action.emit(Action::EditHistory { item: index, index: entry, field, value: input.value() });
                })
            };
            let on_history_status = {
                let on_action = on_action.clone();
                Callback::from(move |event: Event| {
                    let select: HtmlSelectElement = event.target_unchecked_into();
                    on_action.emit(Action::EditHistory {
                        item: index,
                        index: entry,
                        field: HistoryField::Status,
                        value: select.value(),
                    });
                })
            };
            html! {
                <li class="studio-row">
                    <TextField id={hid("date")} label="Date (YYYY-MM-DD)" value={change.date.clone()}
                        oninput={edit_history(HistoryField::Date)} />
                    <div class="studio-field">
                        <label for={hid("status")}>{ "Status" }</label>
                        { status_select(hid("status"), &change.status, on_history_status, &fields) }
                    </div>
                    <TextField id={hid("note")} label="What happened" value={change.note.clone()}
                        oninput={edit_history(HistoryField::Note)} />
                    <button type="button" onclick={emit(Action::DeleteHistory { item: index, index: entry })}>
                        { format!("Delete entry {}", entry + 1) }
                    </button>
                </li>
            }
        });
        html! {
            <li class="studio-deal" data-deal={item.id.clone()}>
                <fieldset>
                    <legend>{ format!("Item {}: {}", index + 1, item.title) }</legend>
                    <div class="studio-row">
                        <TextField id={id("title")} label="Title" value={item.title.clone()} oninput={edit(DealField::Title)} />
                        <div class="studio-field">
                            <label for={id("status")}>{ "Status" }</label>
                            { status_select(id("status"), &item.status, on_status, &fields) }
                        </div>
                    </div>
                    <TextField id={id("summary")} label="Summary" value={item.summary.clone()} oninput={edit(DealField::Summary)} />
                    <div class="studio-row">
                        <TextField id={id("parties")} label="Parties (person ids, comma-separated)"
                            value={item.parties.join(", ")} oninput={edit(DealField::Parties)} />
                        <TextField id={id("id")} label="Id" value={item.id.clone()} oninput={edit(DealField::Id)} />
                    </div>
                    <h3 class="studio-deal__heading">{ "Evidence" }</h3>
                    // Focusable so a problem of the evidence can lead here.
                    <ul id={id("evidence")} class="studio-deal__evidence" tabindex="-1"
                        aria-describedby={note_id(&id("evidence"))}>{ for evidence }</ul>
                    <FieldNote field={id("evidence")} />
                    <div class="studio-actions">
                        <button type="button" disabled={!props.has_selection}
                            onclick={emit(Action::AddPassageEvidence(index))}>
                            { "Add the selected passage as evidence" }
                        </button>
                        <div class="studio-field">
                            <label for={id("add-quote")}>{ "Add a quote as evidence" }</label>
                            <select id={id("add-quote")} onchange={on_quote_evidence}>
                                <option value="" selected=true>{ "Choose a quote…" }</option>
                                { for props.quote_ids.iter().map(|quote| html! {
                                    <option value={quote.clone()}>{ quote }</option>
                                }) }
                            </select>
                        </div>
                    </div>
                    <h3 class="studio-deal__heading">{ "Status history (kept in date order)" }</h3>
                    if history_disagrees(item) {
                        <p class="studio-anchor studio-anchor--error">
                            { "✗ The last entry’s status differs from the item’s current status." }
                        </p>
                    }
                    <ol id={id("history")} class="studio-deal__history" tabindex="-1"
                        aria-describedby={note_id(&id("history"))}>{ for history }</ol>
                    <FieldNote field={id("history")} />
                    <div class="studio-actions">
                        <button type="button" onclick={emit(Action::AddHistory(index))}>{ "Add a history entry" }</button>
                        <MoveButtons list={List::Tracker} {index} count={props.tracker.len()}
                            label={format!("item {}", index + 1)}
                            kind="deal" on_action={on_action.clone()} />
                        <button type="button" class="studio-delete" onclick={emit(Action::DeleteDealItem(index))}>
                            { format!("Delete item {}", index + 1) }
                        </button>
                    </div>
                </fieldset>
            </li>
        }
    });
    html! {
        <section class="studio-section" aria-labelledby="studio-tracker-title">
            <h2 id="studio-tracker-title">{ format!("Deal tracker ({})", props.tracker.len()) }</h2>
            <ol class="studio-quotes">{ for items }</ol>
            <button type="button" onclick={emit(Action::AddDealItem)}>{ "Add a tracker item" }</button>
        </section>
    }
}
