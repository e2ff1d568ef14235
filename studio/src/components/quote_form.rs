//! One quote in a form: its words re-anchored in the article as they are
//! typed, with the closest passage and the word difference when they no
//! longer match; its speaker, id, context and language fields.

use news_explainer::model::{Person, Quote};
use news_explainer::scaffold::speaker_is_guess;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::bound_select::BoundSelect;
use crate::components::field_note::FieldNote;
use crate::components::move_buttons::MoveButtons;
use crate::components::text_field::TextField;
use crate::context::{use_dispatch, use_draft};
use crate::draft::{items_citing, Action, List, QuoteAnchoring, QuoteField, WordChange};
use crate::fields::{note_id, FieldId};
use crate::problems::FieldProblems;

/// What the anchoring of a quote means for the journalist.
fn anchoring_note(anchoring: &QuoteAnchoring) -> Html {
    match anchoring {
        QuoteAnchoring::Anchored { occurrences: 1, .. } => html! {
            <p class="studio-anchor studio-anchor--ok">{ "✓ Found in the article." }</p>
        },
        QuoteAnchoring::Anchored { occurrences, .. } => html! {
            <p class="studio-anchor studio-anchor--ok">
                { format!("✓ Found: the words occur {occurrences} times and the prefix or suffix says which.") }
            </p>
        },
        QuoteAnchoring::Empty => html! {
            <p class="studio-anchor studio-anchor--error">{ "✗ The quote has no words." }</p>
        },
        QuoteAnchoring::NotFound { closest, changes } => html! {
            <div class="studio-anchor studio-anchor--error">
                <p>{ "✗ Not in the article." }</p>
                if let Some(closest) = closest {
                    <p>{ "Closest passage: " }<q class="studio-anchor__closest">{ closest }</q></p>
                    <p class="studio-anchor__diff">{ "Word by word: " }
                        { for changes.iter().map(|change| match change {
                            WordChange::Same(word) => html! { <>{ word }{ " " }</> },
                            WordChange::Removed(word) => html! { <><del>{ word }</del>{ " " }</> },
                            WordChange::Added(word) => html! { <><ins>{ word }</ins>{ " " }</> },
                        }) }
                    </p>
                }
            </div>
        },
        QuoteAnchoring::ContextMismatch { occurrences } => html! {
            <p class="studio-anchor studio-anchor--error">
                { format!("✗ The words occur {occurrences} times, but never with this prefix and suffix.") }
            </p>
        },
        QuoteAnchoring::Ambiguous { occurrences } => html! {
            <p class="studio-anchor studio-anchor--error">
                { format!("✗ The words occur {occurrences} times: add a prefix or suffix to say which.") }
            </p>
        },
    }
}

/// What a quote's language fields say, for their folded summary, so that what
/// is set is seen without unfolding them: ": spoken in ru, translated by …".
fn language_facts(quote: &Quote) -> String {
    let mut facts = Vec::new();
    if let Some(spoken_in) = &quote.spoken_in {
        facts.push(format!("spoken in {spoken_in}"));
    }
    if let Some(language) = &quote.language {
        facts.push(format!("printed in {language}"));
    }
    if let Some(translator) = &quote.translator {
        facts.push(format!("translated by {translator}"));
    }
    if quote.original.is_some() {
        facts.push("original given".into());
    }
    if facts.is_empty() {
        String::new()
    } else {
        format!(": {}", facts.join(", "))
    }
}

/// A quote's speaker: the people to choose from, and while the speaker is
/// the draft's guess, its mark and *Confirm speaker*.
fn speaker_field(
    index: usize,
    quote: &Quote,
    people: &[Person],
    fields: &FieldProblems,
    on_action: &Callback<Action>,
) -> Html {
    let id = |field: QuoteField| FieldId::Quote(index, field).id();
    let on_speaker = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            on_action.emit(Action::EditQuote {
                index,
                field: QuoteField::Speaker,
                value: select.value(),
            });
        })
    };
    let known_speaker = people.iter().any(|p| p.id == quote.speaker);
    let guessed = speaker_is_guess(quote);
    let on_confirm = on_action.reform(move |_: MouseEvent| Action::ConfirmSpeaker(index));
    let guess_id = FieldId::QuoteSpeakerGuess(index).id();
    html! {
        <div class={classes!("studio-field", guessed.then_some("studio-field--guess"))}>
            <label for={id(QuoteField::Speaker)}>{ "Speaker" }</label>
            <BoundSelect id={id(QuoteField::Speaker)} value={quote.speaker.clone()} onchange={on_speaker}
                invalid={fields.has_error(&id(QuoteField::Speaker))}
                described_by={AttrValue::from(if guessed {
                    format!("{guess_id} {}", note_id(&id(QuoteField::Speaker)))
                } else {
                    note_id(&id(QuoteField::Speaker))
                })}>
                if !known_speaker {
                    <option value={quote.speaker.clone()} selected=true>
                        { format!("{} (not in People)", quote.speaker) }
                    </option>
                }
                { for people.iter().map(|person| html! {
                    <option value={person.id.clone()} selected={person.id == quote.speaker}>
                        { format!("{} ({})", person.name, person.id) }
                    </option>
                }) }
            </BoundSelect>
            if guessed {
                // A guess looks like one until the journalist says it is right.
                <p class="studio-guess" id={guess_id}>
                    <span class="studio-guess__mark">{ "Guess" }</span>
                    { " the draft made from the sentence: check it. " }
                    <button type="button" onclick={on_confirm}>{ "Confirm speaker" }</button>
                </p>
            }
            <FieldNote field={id(QuoteField::Speaker)} />
        </div>
    }
}

/// Props of [`QuoteForm`].
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteFormProps {
    /// Which quote, by index in the draft's quotes.
    pub index: usize,
}

/// One quote's form.
#[function_component(QuoteForm)]
pub fn quote_form(props: &QuoteFormProps) -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let fields = use_context::<std::rc::Rc<FieldProblems>>().unwrap_or_default();
    let index = props.index;
    // Anchored again only when the quote's words, their prefix or suffix, or
    // the text change (a pass over the whole text: at a megabyte, the form's
    // dearest part), not at every drawing.
    let anchoring = use_memo(
        draft.explainer.quotes.get(index).map(|quote| {
            (
                std::rc::Rc::clone(draft.source_of(quote.report.as_deref())),
                quote.clone(),
            )
        }),
        |deps| {
            deps.as_ref()
                .map(|(source, quote)| QuoteAnchoring::of(source, quote))
        },
    );
    let (Some(quote), Some(anchoring)) = (draft.explainer.quotes.get(index), &*anchoring) else {
        return html! {};
    };
    let edit = |index: usize, field: QuoteField| {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::EditQuote {
                index,
                field,
                value: input.value(),
            });
        })
    };
    let id = |field: QuoteField| FieldId::Quote(index, field).id();
    let anchor_id = FieldId::QuoteAnchor(index).id();
    let on_delete = {
        let on_action = on_action.clone();
        let citing: Vec<String> = items_citing(&draft.explainer.tracker, &quote.id)
            .into_iter()
            .map(|title| format!("“{title}”"))
            .collect();
        Callback::from(move |_: MouseEvent| {
            let agreed = citing.is_empty()
                || gloo::utils::window()
                    .confirm_with_message(&format!(
                        "This quote is evidence for {}. Delete it anyway?",
                        citing.join(", ")
                    ))
                    .unwrap_or(false);
            if agreed {
                on_action.emit(Action::DeleteQuote(index));
            }
        })
    };
    html! {
        <li class="studio-quote" data-quote={quote.id.clone()}>
            <fieldset>
                <legend>{ format!("Quote {}: {}", index + 1, quote.id) }</legend>
                <TextField id={id(QuoteField::Text)} label="Words" class="studio-quote__text" value={quote.text.clone()}
                    oninput={edit(index, QuoteField::Text)} described_by={anchor_id.clone()} show_problems={false}>
                    <div id={anchor_id} aria-live="polite">{ anchoring_note(anchoring) }</div>
                </TextField>
                <div class="studio-row">
                    { speaker_field(index, quote, &draft.explainer.people, &fields, &on_action) }
                    <TextField id={id(QuoteField::Id)} label="Id" value={quote.id.clone()} oninput={edit(index, QuoteField::Id)} />
                </div>
                <div class="studio-row">
                    <TextField id={id(QuoteField::Prefix)} label="Prefix (text just before)"
                        value={quote.prefix.clone().unwrap_or_default()} oninput={edit(index, QuoteField::Prefix)} />
                    <TextField id={id(QuoteField::Suffix)} label="Suffix (text just after)"
                        value={quote.suffix.clone().unwrap_or_default()} oninput={edit(index, QuoteField::Suffix)} />
                </div>
                <TextField id={id(QuoteField::Context)} label="Context" value={quote.context.clone()}
                    oninput={edit(index, QuoteField::Context)} />
                <details class="studio-quote__language">
                    <summary>
                        { "Language and translation" }
                        <span class="studio-quote__language-facts">{ language_facts(quote) }</span>
                        if QuoteField::LANGUAGE.into_iter().any(|field| fields.has_error(&id(field))) {
                            <span class="studio-quote__language-problem">{ " (has a problem)" }</span>
                        }
                    </summary>
                    <p class="studio-hint">
                        { "Language tags as in BCP 47: “ru”, “uk”, “ar”, “fr”. Spoken in another language than the text is printed in, the quote is a translation: the card says so, and who translated (left empty: the report’s own translation)." }
                    </p>
                    <div class="studio-row">
                        <TextField id={id(QuoteField::SpokenIn)} label="Spoken in (language tag)"
                            value={quote.spoken_in.clone().unwrap_or_default()} oninput={edit(index, QuoteField::SpokenIn)} />
                        <TextField id={id(QuoteField::Language)} label="Language of the text as printed (empty: the article’s)"
                            value={quote.language.clone().unwrap_or_default()} oninput={edit(index, QuoteField::Language)} />
                    </div>
                    <TextField id={id(QuoteField::Translator)} label="Translated by (empty: the report)"
                        value={quote.translator.clone().unwrap_or_default()} oninput={edit(index, QuoteField::Translator)} />
                    <div class="studio-row">
                        <TextField id={id(QuoteField::OriginalText)} label="The original, as spoken (where you have it)"
                            value={quote.original.as_ref().map(|o| o.text.clone()).unwrap_or_default()}
                            oninput={edit(index, QuoteField::OriginalText)} />
                        <TextField id={id(QuoteField::OriginalLanguage)} label="Original’s language tag"
                            value={quote.original.as_ref().map(|o| o.language.clone()).unwrap_or_default()}
                            oninput={edit(index, QuoteField::OriginalLanguage)} />
                    </div>
                </details>
                <div class="studio-actions">
                    <MoveButtons list={List::Quotes} {index} count={draft.explainer.quotes.len()}
                        label={format!("quote {}", index + 1)} />
                    <button type="button" class="studio-delete" onclick={on_delete}>
                        { format!("Delete quote {}", index + 1) }
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
