//! Making a quote from the selection, and editing a quote's fields: renaming
//! its id renames the tracker evidence that cites it; an emptied optional field
//! goes, and an original emptied of both its fields goes.

use news_explainer::model::{Evidence, OriginalWords};
use news_explainer::scaffold::{speaker_is_guess, CONTEXT_TODO};

use super::quote_making::{make_quote, Speaker};
use super::{FieldId, QuoteField, Studio};

impl Studio {
    pub(super) fn make_quote(&mut self, speaker: Speaker, context: &str) {
        let Some(span) = self.selection else {
            self.message = Some("Select words in the article first.".into());
            return;
        };
        let Some(explainer) = self.explainer_mut() else {
            return;
        };
        match make_quote(explainer, span, speaker, context) {
            Ok(made) => {
                let index = explainer.quotes.iter().position(|q| q.id == made.id);
                self.message = Some(made.describe());
                self.selection = None;
                // The hand goes on in the new quote's form.
                if let Some(index) = index {
                    self.focus_on(FieldId::Quote(index, QuoteField::Text).id());
                }
            }
            Err(why) => self.message = Some(why),
        }
    }

    /// Confirms the draft's guess of quote `index`'s speaker: its mark goes.
    pub(super) fn confirm_speaker(&mut self, index: usize) {
        let Some(explainer) = self.explainer_mut() else {
            return;
        };
        let Some(quote) = explainer.quotes.get_mut(index) else {
            return;
        };
        if speaker_is_guess(quote) {
            quote.context = CONTEXT_TODO.into();
            let speaker = quote.speaker.clone();
            let name = explainer
                .people
                .iter()
                .find(|person| person.id == speaker)
                .map_or(speaker, |person| person.name.clone());
            self.message = Some(format!(
                "Confirmed {name} as the speaker of quote {}.",
                index + 1
            ));
            // The button is gone with the mark: the hand stays on the speaker.
            self.focus_on(FieldId::Quote(index, QuoteField::Speaker).id());
        }
    }

    pub(super) fn edit_quote(&mut self, index: usize, field: QuoteField, value: String) {
        let Some(explainer) = self.explainer_mut() else {
            return;
        };
        let Some(quote) = explainer.quotes.get_mut(index) else {
            return;
        };
        let optional = |value: String| (!value.is_empty()).then_some(value);
        match field {
            QuoteField::Id => {
                let old = std::mem::replace(&mut quote.id, value.clone());
                for evidence in explainer.tracker.iter_mut().flat_map(|d| &mut d.evidence) {
                    if let Evidence::Quote { quote } = evidence {
                        if *quote == old {
                            *quote = value.clone();
                        }
                    }
                }
            }
            QuoteField::Speaker => {
                quote.speaker = value;
                // Chosen by the journalist: no longer the draft's guess.
                if speaker_is_guess(quote) {
                    quote.context = CONTEXT_TODO.into();
                }
            }
            QuoteField::Text => quote.text = value,
            QuoteField::Prefix => quote.prefix = optional(value),
            QuoteField::Suffix => quote.suffix = optional(value),
            QuoteField::Context => quote.context = value,
            QuoteField::Language => quote.language = optional(value),
            QuoteField::SpokenIn => quote.spoken_in = optional(value),
            QuoteField::Translator => quote.translator = optional(value),
            QuoteField::OriginalText | QuoteField::OriginalLanguage => {
                let mut original = quote.original.take().unwrap_or(OriginalWords {
                    text: String::new(),
                    language: String::new(),
                });
                if field == QuoteField::OriginalText {
                    original.text = value;
                } else {
                    original.language = value;
                }
                // Both emptied: the quote has no original, rather than an empty one.
                let keep = !(original.text.is_empty() && original.language.is_empty());
                quote.original = keep.then_some(original);
            }
        }
    }
}
