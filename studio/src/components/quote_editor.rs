//! Every quote in a form ([`QuoteForm`], one per quote, by index): its words
//! re-anchored in the article as they are typed.

use yew::prelude::*;

use crate::components::quote_form::QuoteForm;
use crate::context::use_draft;

/// The quotes' forms, one [`QuoteForm`] each.
#[function_component(QuoteEditor)]
pub fn quote_editor() -> Html {
    let draft = use_draft();
    let count = draft.explainer.quotes.len();
    html! {
        <section class="studio-section" aria-labelledby="studio-quotes-title">
            <h2 id="studio-quotes-title">{ format!("Quotes ({count})") }</h2>
            <ol class="studio-quotes">{ for (0..count).map(|index| html! { <QuoteForm {index} /> }) }</ol>
        </section>
    }
}
