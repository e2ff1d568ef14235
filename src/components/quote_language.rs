//! The language a quote was spoken in, on its card: "Spoken in Russian. The
//! translation is the report’s.", and, where the newsroom has them, the original
//! words in a disclosure of their own, marked with their `lang` so that a screen
//! reader speaks them in their language.
//!
//! A view function rather than a component, like the status badge: every card
//! calls it, and as a component it would cost each card a scope and a pair of
//! hydration markers on the page-load path, mostly to render nothing.

use yew::prelude::*;

use crate::model::Quote;
use crate::strings::Strings;

/// A quote's language line and original words, in `strings`' language; nothing
/// for a quote whose content says nothing about its language.
pub fn quote_language(quote: &Quote, article_language: &str, strings: &Strings) -> Html {
    let Some(spoken) = quote.spoken_language(article_language) else {
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
