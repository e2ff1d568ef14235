//! The language a quote was spoken in, on its card: "Spoken in Russian. The
//! translation is the report’s.", and, where the newsroom has them, the original
//! words in a disclosure of their own, marked with their `lang` so that a screen
//! reader speaks them in their language.
//!
//! Renders nothing for a quote whose content says nothing about its language.

use yew::prelude::*;

use crate::context::use_view_context;

/// Props of [`QuoteLanguage`]: which quote, by index in the content's quotes
/// (the card's own prop, passed on).
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteLanguageProps {
    /// Which quote, by index in the content's quotes.
    pub index: usize,
}

/// A quote's language line and original words.
#[function_component(QuoteLanguage)]
pub fn quote_language(props: &QuoteLanguageProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let content = &context.explainer.explainer;
    let quote = &content.quotes[props.index];
    let Some(spoken) = quote.spoken_language(&content.article.language) else {
        return Html::default();
    };
    html! {
        <>
            <p class="quote-card__language">{ strings.spoken_language(&spoken) }</p>
            if let Some(original) = spoken.original {
                <details class="quote-card__original">
                    <summary>{ strings.original_words(&original.language) }</summary>
                    <blockquote lang={original.language.clone()} dir="auto">
                        <p>{ &original.text }</p>
                    </blockquote>
                </details>
            }
        </>
    }
}
