//! "Make quote": the selected words, who said them (someone in the explainer or a
//! new person) and why they matter; or "Add as evidence to…" a tracker item, the
//! same selection serving either way.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::existing_quote::ExistingQuote;
use crate::context::{use_dispatch, use_draft};
use crate::draft::{Action, Speaker, SpeakerGuess};

/// The `<select>` value for "a new person".
const NEW_PERSON: &str = "";

/// Props of [`QuoteMaker`].
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteMakerProps {
    /// The selected words, if any.
    pub selected: Option<String>,
    /// The quote the selected words already are, by index, if any.
    pub existing: Option<usize>,
    /// Who the sentence gives the selected words to, as the draft logic
    /// guesses ([`crate::draft::guess_speaker`]): proposed, and marked as a
    /// guess until the journalist chooses.
    #[prop_or_default]
    pub guess: Option<SpeakerGuess>,
}

/// Who the form proposes as the speaker, and how it says so.
struct Proposal {
    /// The `<select>` value: a person's id, or [`NEW_PERSON`].
    chosen: String,
    /// That it is a guess from the sentence, until the journalist chooses.
    guess_note: Option<String>,
    /// The new person's name, when the guess is someone not in People.
    new_name_value: String,
}

/// The journalist's choice when it was made for these words, else the guess
/// from the sentence, else the first person, else a new one.
fn proposal(
    choice: Option<(Option<String>, String)>,
    selected: &Option<String>,
    guess: Option<&SpeakerGuess>,
    people: &[news_explainer::model::Person],
) -> Proposal {
    let confirmed = choice
        .filter(|(words, _)| words == selected)
        .map(|(_, id)| id)
        .filter(|id| id == NEW_PERSON || people.iter().any(|p| &p.id == id));
    let guessed = guess
        .filter(|_| confirmed.is_none())
        .map(|guess| guess.person.clone().unwrap_or_default());
    let chosen = confirmed
        .or(guessed.clone())
        .or_else(|| people.first().map(|p| p.id.clone()))
        .unwrap_or_default();
    let guess_note = guess.filter(|_| guessed.is_some()).map(|guess| {
        let whom = match &guess.person {
            Some(_) => guess.name.clone(),
            None => format!("{}, a new person", guess.name),
        };
        format!("A guess from the sentence: {whom}. Check it, or choose who said it.")
    });
    let new_name_value = guess
        .filter(|guess| guess.person.is_none() && chosen == NEW_PERSON)
        .map(|guess| guess.name.clone())
        .unwrap_or_default();
    Proposal {
        chosen,
        guess_note,
        new_name_value,
    }
}

/// "Or add it as evidence to" a tracker item (by its title), beside Make quote.
fn evidence_row(items: &[String], evidence_item: NodeRef, on_action: &Callback<Action>) -> Html {
    let on_evidence = {
        let on_action = on_action.clone();
        let evidence_item = evidence_item.clone();
        Callback::from(move |_: MouseEvent| {
            let index = evidence_item
                .cast::<HtmlSelectElement>()
                .and_then(|select| select.value().parse::<usize>().ok());
            if let Some(index) = index {
                on_action.emit(Action::AddPassageEvidence(index));
            }
        })
    };
    html! {
        <div class="studio-row studio-maker__evidence">
            <div class="studio-field">
                <label for="studio-maker-evidence-item">{ "Or add it as evidence to" }</label>
                <select id="studio-maker-evidence-item" ref={evidence_item}>
                    { for items.iter().enumerate().map(|(index, title)| html! {
                        <option value={index.to_string()}>{ format!("{}. {title}", index + 1) }</option>
                    }) }
                </select>
            </div>
            <button type="button" onclick={on_evidence}>{ "Add as evidence" }</button>
        </div>
    }
}

/// The quote-making form.
#[function_component(QuoteMaker)]
pub fn quote_maker(props: &QuoteMakerProps) -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let people = &draft.explainer.people;
    let items = draft
        .explainer
        .tracker
        .iter()
        .map(|item| item.title.clone())
        .collect::<Vec<_>>();
    // The journalist's choice, for the words it was made for: a new selection
    // starts from the guess again, not from the last person chosen.
    let speaker = use_state(|| None::<(Option<String>, String)>);
    let new_name = use_node_ref();
    let context = use_node_ref();
    let Proposal {
        chosen,
        guess_note,
        new_name_value,
    } = proposal(
        (*speaker).clone(),
        &props.selected,
        props.guess.as_ref(),
        people,
    );

    let on_speaker = {
        let speaker = speaker.clone();
        let words = props.selected.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            speaker.set(Some((words.clone(), select.value())));
        })
    };
    let on_make = {
        let on_action = on_action.clone();
        let chosen = chosen.clone();
        let new_name = new_name.clone();
        let context = context.clone();
        Callback::from(move |_: MouseEvent| {
            let speaker = if chosen == NEW_PERSON {
                let name = new_name
                    .cast::<HtmlInputElement>()
                    .map(|input| input.value())
                    .unwrap_or_default();
                Speaker::New(name)
            } else {
                Speaker::Existing(chosen.clone())
            };
            let area = context.cast::<HtmlTextAreaElement>();
            on_action.emit(Action::MakeQuote {
                speaker,
                context: area.as_ref().map(|a| a.value()).unwrap_or_default(),
            });
            if let Some(area) = area {
                area.set_value("");
            }
        })
    };
    let evidence_item = use_node_ref();
    let on_clear = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Select(None)))
    };

    let Some(selected) = &props.selected else {
        return html! {
            <section class="studio-section studio-maker" aria-labelledby="studio-maker-title">
                <h2 id="studio-maker-title">{ "Make a quote" }</h2>
                <p class="studio-hint">{ "Nothing selected yet." }</p>
            </section>
        };
    };
    html! {
        <section class="studio-section studio-maker" aria-labelledby="studio-maker-title">
            <h2 id="studio-maker-title">{ "Make a quote" }</h2>
            <p class="studio-maker__selected">{ "Selected: " }<q>{ selected }</q></p>
            if let Some(index) = props.existing {
                <ExistingQuote {index} />
            }
            <div class="studio-row">
                <div class="studio-field">
                    <label for="studio-maker-speaker">{ "Speaker" }</label>
                    <select id="studio-maker-speaker" onchange={on_speaker}
                        class={classes!(guess_note.is_some().then_some("studio-maker__speaker--guess"))}
                        aria-describedby={guess_note.is_some().then_some("studio-maker-guess")}>
                        { for people.iter().map(|person| html! {
                            <option value={person.id.clone()} selected={person.id == chosen}>
                                { format!("{} ({})", person.name, person.id) }
                            </option>
                        }) }
                        <option value={NEW_PERSON} selected={chosen == NEW_PERSON}>{ "A new person…" }</option>
                    </select>
                    if let Some(note) = &guess_note {
                        <p id="studio-maker-guess" class="studio-hint studio-maker__guess">{ note }</p>
                    }
                </div>
                if chosen == NEW_PERSON {
                    <div class="studio-field">
                        <label for="studio-maker-name">{ "New speaker’s full name" }</label>
                        <input id="studio-maker-name" type="text" ref={new_name} value={new_name_value} />
                    </div>
                }
            </div>
            <div class="studio-field">
                <label for="studio-maker-context">{ "Context: why it matters" }</label>
                <textarea id="studio-maker-context" rows="2" ref={context} />
            </div>
            <div class="studio-actions">
                <button type="button" class={classes!(props.existing.is_none().then_some("studio-primary"))} onclick={on_make}>
                    { if props.existing.is_some() { "Make another quote of them anyway" } else { "Make quote" } }
                </button>
                <button type="button" onclick={on_clear}>{ "Clear selection" }</button>
            </div>
            if !items.is_empty() {
                { evidence_row(&items, evidence_item, &on_action) }
            }
        </section>
    }
}
