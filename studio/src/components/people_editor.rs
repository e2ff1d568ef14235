//! The people of the explainer: id, name and role, added and deleted. Renaming an
//! id renames every quote's and tracker item's reference to it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::move_buttons::MoveButtons;
use crate::components::text_field::TextField;
use crate::context::{use_dispatch, use_draft};
use crate::draft::{Action, List, PersonField};
use crate::fields::FieldId;

/// The people's forms.
#[function_component(PeopleEditor)]
pub fn people_editor() -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let people = &draft.explainer.people;
    let edit = |index: usize, field: PersonField| {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::EditPerson {
                index,
                field,
                value: input.value(),
            });
        })
    };
    let rows = people.iter().enumerate().map(|(index, person)| {
        let id = |field: PersonField| FieldId::Person(index, field).id();
        let on_delete = {
            let on_action = on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::DeletePerson(index)))
        };
        html! {
            <li class="studio-person">
                <fieldset>
                    <legend>{ format!("Person {}: {}", index + 1, person.name) }</legend>
                    <div class="studio-row">
                        <TextField id={id(PersonField::Name)} label="Name" value={person.name.clone()}
                            oninput={edit(index, PersonField::Name)} />
                        <TextField id={id(PersonField::Role)} label="Role" value={person.role.clone()}
                            oninput={edit(index, PersonField::Role)} />
                        <TextField id={id(PersonField::Id)} label="Id" value={person.id.clone()}
                            oninput={edit(index, PersonField::Id)} />
                    </div>
                    <div class="studio-actions">
                        <MoveButtons list={List::People} {index} count={people.len()}
                            label={format!("person {}", index + 1)} />
                        <button type="button" class="studio-delete" onclick={on_delete}>
                            { format!("Delete {}", person.name) }
                        </button>
                    </div>
                </fieldset>
            </li>
        }
    });
    let on_add = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::AddPerson))
    };
    html! {
        <section class="studio-section" aria-labelledby="studio-people-title">
            <h2 id="studio-people-title" tabindex="-1">{ format!("People ({})", people.len()) }</h2>
            <ul class="studio-people">{ for rows }</ul>
            <button type="button" onclick={on_add}>{ "Add a person" }</button>
        </section>
    }
}
