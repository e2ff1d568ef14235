//! The quote maker's offer when the selected words are a quote already (issue
//! #28): it names that quote and its speaker, and *Open the existing quote*
//! moves focus to its words, rather than a twin being made without a word.

use yew::prelude::*;

use crate::browser;
use crate::context::use_draft;
use crate::fields::{FieldId, QuoteField};

/// Props of [`ExistingQuote`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExistingQuoteProps {
    /// The quote the selected words already are, by index.
    pub index: usize,
}

/// "These words are already quote 3 …", and the way to it.
#[function_component(ExistingQuote)]
pub fn existing_quote(props: &ExistingQuoteProps) -> Html {
    let draft = use_draft();
    let index = props.index;
    let Some(quote) = draft.explainer.quotes.get(index) else {
        return html! {};
    };
    let speaker = draft
        .explainer
        .people
        .iter()
        .find(|person| person.id == quote.speaker)
        .map_or(quote.speaker.as_str(), |person| person.name.as_str());
    let words = FieldId::Quote(index, QuoteField::Text).id();
    let on_open = Callback::from(move |_: MouseEvent| browser::focus(&words));
    html! {
        <div class="studio-maker__existing" role="note">
            <p>
                { format!(
                    "These words are already quote {} “{}”, said by {speaker}. Another quote of them \
                     would give readers two cards of one passage.",
                    index + 1,
                    quote.id
                ) }
            </p>
            <button type="button" class="studio-primary" onclick={on_open}>
                { "Open the existing quote" }
            </button>
        </div>
    }
}
