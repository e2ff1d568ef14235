//! Every quote in a form ([`QuoteForm`], one per quote, by index): its words
//! re-anchored in the article as they are typed. A long draft's forms are
//! drawn a page at a time ([`QUOTES_PER_PAGE`]): a thousand forms at once held
//! the tab for seconds (issue 28).

use yew::prelude::*;

use crate::components::quote_form::QuoteForm;
use crate::context::use_draft;
use crate::drafting::grouped;

/// How many quote forms are drawn at first, and how many more each *Show
/// more* adds: a news story's quotes all fit in one page.
pub const QUOTES_PER_PAGE: usize = 100;

/// The quotes' forms, one [`QuoteForm`] each.
#[function_component(QuoteEditor)]
pub fn quote_editor() -> Html {
    let draft = use_draft();
    let count = draft.explainer.quotes.len();
    let pages = use_state(|| 1usize);
    let shown = count.min(*pages * QUOTES_PER_PAGE);
    let more = {
        let pages = pages.clone();
        Callback::from(move |_: MouseEvent| pages.set(*pages + 1))
    };
    html! {
        <section class="studio-section" aria-labelledby="studio-quotes-title">
            <h2 id="studio-quotes-title" tabindex="-1">{ format!("Quotes ({count})") }</h2>
            <ol class="studio-quotes">{ for (0..shown).map(|index| html! { <QuoteForm {index} /> }) }</ol>
            if shown < count {
                <p class="studio-hint">
                    { format!("Showing the first {} of {} quotes. ", grouped(shown), grouped(count)) }
                    <button type="button" onclick={more}>
                        { format!("Show {} more quotes", grouped(QUOTES_PER_PAGE.min(count - shown))) }
                    </button>
                </p>
            }
        </section>
    }
}
