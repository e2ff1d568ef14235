//! One tracker item in a form: its fields, its evidence (the selected passage
//! of the article, or a quote) and its dated status history, which the Studio
//! keeps in date order and checks against the current status.

use std::rc::Rc;

use news_explainer::model::{DealItem, Evidence, Person, Status};
use news_explainer::strings::english;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::bound_select::BoundSelect;
use crate::components::field_note::FieldNote;
use crate::components::move_buttons::MoveButtons;
use crate::components::text_field::TextField;
use crate::context::{use_dispatch, use_draft};
use crate::draft::{
    history_disagrees, parties_with, quote_label, Action, DealField, HistoryField, List,
};
use crate::fields::{note_id, FieldId};
use crate::problems::FieldProblems;

/// Props of [`DealItemEditor`].
#[derive(Properties, Clone, PartialEq)]
pub struct DealItemEditorProps {
    /// Which item, by index in the draft's tracker.
    pub index: usize,
    /// Whether a passage of the article is selected.
    pub has_selection: bool,
}

/// The item's parties, chosen from People by name (a checkbox each); an id
/// that names nobody stays listed, checked, until it is unchecked.
fn parties_field(
    index: usize,
    parties: &[String],
    people: &[Person],
    on_action: &Callback<Action>,
) -> Html {
    let id = FieldId::Deal(index, DealField::Parties).id();
    let unknown = parties
        .iter()
        .filter(|party| !people.iter().any(|p| &p.id == *party))
        .map(|party| (party.clone(), format!("{party} (not in People)")));
    let choices: Vec<(String, String)> = people
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .chain(unknown)
        .collect();
    let boxes = choices.into_iter().enumerate().map(|(number, (person, name))| {
        let checked = parties.contains(&person);
        let onchange = {
            let (on_action, parties, person) =
                (on_action.clone(), parties.to_vec(), person.clone());
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                on_action.emit(Action::EditDealItem {
                    index,
                    field: DealField::Parties,
                    value: parties_with(&parties, &person, input.checked()),
                });
            })
        };
        let box_id = FieldId::DealParty {
            item: index,
            choice: number,
        }
        .id();
        html! {
            <li>
                <input type="checkbox" id={box_id.clone()} value={person} {checked} {onchange} />
                <label for={box_id}>{ name }</label>
            </li>
        }
    });
    html! {
        <fieldset id={id.clone()} class="studio-deal__parties" tabindex="-1" aria-describedby={note_id(&id)}>
            <legend>{ "Parties" }</legend>
            if people.is_empty() && parties.is_empty() {
                <p class="studio-hint">{ "Add people under People to choose the parties." }</p>
            }
            <ul class="studio-deal__party-list">{ for boxes }</ul>
            <FieldNote field={id} />
        </fieldset>
    }
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
                <option value={status.id()} selected={status.id() == current}>{ english().status_label(*status) }</option>
            }) }
        </BoundSelect>
        <FieldNote field={id} />
        </>
    }
}

/// An item's dated status history, one row of fields per entry.
fn history_entries(
    item: &DealItem,
    index: usize,
    on_action: &Callback<Action>,
    fields: &FieldProblems,
) -> Html {
    item.history.iter().enumerate().map(|(entry, change)| {
        let hid = |field: HistoryField| FieldId::History { item: index, entry, field }.id();
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
                <TextField id={hid(HistoryField::Date)} label="Date (YYYY-MM-DD)" value={change.date.clone()}
                    oninput={edit_history(HistoryField::Date)} />
                <div class="studio-field">
                    <label for={hid(HistoryField::Status)}>{ "Status" }</label>
                    { status_select(hid(HistoryField::Status), &change.status, on_history_status, fields) }
                </div>
                <TextField id={hid(HistoryField::Note)} label="What happened" value={change.note.clone()}
                    oninput={edit_history(HistoryField::Note)} />
                <button type="button" onclick={on_action.reform(move |_: MouseEvent| Action::DeleteHistory { item: index, index: entry })}>
                    { format!("Delete entry {}", entry + 1) }
                </button>
            </li>
        }
    })
    .collect()
}

/// One tracker item's form.
#[function_component(DealItemEditor)]
pub fn deal_item_editor(props: &DealItemEditorProps) -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let fields = use_context::<Rc<FieldProblems>>().unwrap_or_default();
    let tracker = &draft.explainer.tracker;
    let index = props.index;
    let Some(item) = tracker.get(index) else {
        return html! {};
    };
    let emit = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let id = |field: DealField| FieldId::Deal(index, field).id();
    let evidence_id = FieldId::DealEvidence(index).id();
    let history_id = FieldId::DealHistory(index).id();
    let add_quote_id = FieldId::DealAddQuote(index).id();
    let edit = |field: DealField| {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::EditDealItem {
                index,
                field,
                value: input.value(),
            });
        })
    };
    let on_status = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            on_action.emit(Action::EditDealItem {
                index,
                field: DealField::Status,
                value: select.value(),
            });
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
            Evidence::Quote { quote } => format!("Quote {}", quote_label(&draft.explainer, quote)),
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
    let history = history_entries(item, index, &on_action, &fields);
    html! {
        <li class="studio-deal" data-deal={item.id.clone()}>
            <fieldset>
                <legend>{ format!("Item {}: {}", index + 1, item.title) }</legend>
                <div class="studio-row">
                    <TextField id={id(DealField::Title)} label="Title" value={item.title.clone()} oninput={edit(DealField::Title)} />
                    <div class="studio-field">
                        <label for={id(DealField::Status)}>{ "Status" }</label>
                        { status_select(id(DealField::Status), &item.status, on_status, &fields) }
                    </div>
                </div>
                <TextField id={id(DealField::Summary)} label="Summary" value={item.summary.clone()} oninput={edit(DealField::Summary)} />
                { parties_field(index, &item.parties, &draft.explainer.people, &on_action) }
                <TextField id={id(DealField::Id)} label="Id" value={item.id.clone()} oninput={edit(DealField::Id)} />
                <h3 class="studio-deal__heading">{ "Evidence" }</h3>
                // Focusable so a problem of the evidence can lead here.
                <ul id={evidence_id.clone()} class="studio-deal__evidence" tabindex="-1"
                    aria-describedby={note_id(&evidence_id)}>{ for evidence }</ul>
                <FieldNote field={evidence_id} />
                <div class="studio-actions">
                    <button type="button" disabled={!props.has_selection}
                        onclick={emit(Action::AddPassageEvidence(index))}>
                        { "Add the selected passage as evidence" }
                    </button>
                    <div class="studio-field">
                        <label for={add_quote_id.clone()}>{ "Add a quote as evidence" }</label>
                        <select id={add_quote_id} onchange={on_quote_evidence}>
                            <option value="" selected=true>{ "Choose a quote…" }</option>
                            { for draft.explainer.quotes.iter().map(|quote| html! {
                                <option value={quote.id.clone()}>{ quote_label(&draft.explainer, &quote.id) }</option>
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
                <ol id={history_id.clone()} class="studio-deal__history" tabindex="-1"
                    aria-describedby={note_id(&history_id)}>{ history }</ol>
                <FieldNote field={history_id} />
                <div class="studio-actions">
                    <button type="button" onclick={emit(Action::AddHistory(index))}>{ "Add a history entry" }</button>
                    <MoveButtons list={List::Tracker} {index} count={tracker.len()}
                        label={format!("item {}", index + 1)} />
                    <button type="button" class="studio-delete" onclick={emit(Action::DeleteDealItem(index))}>
                        { format!("Delete item {}", index + 1) }
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
