//! Every quote in a form ([`QuoteForm`], one per quote, by index): its words
//! re-anchored in the article as they are typed. A long draft's forms are
//! drawn a page at a time ([`QUOTES_PER_PAGE`]): a thousand forms at once held
//! the tab for seconds (issue 28); and a page is drawn [`FORMS_PER_TURN`] forms
//! at a time, a turn of the browser apart, so even its first drawing never
//! holds the page long.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::components::quote_form::QuoteForm;
use crate::context::use_draft;
use crate::drafting::grouped;

/// How many quote forms are drawn at first, and how many more each *Show
/// more* adds: a news story's quotes all fit in one page.
pub const QUOTES_PER_PAGE: usize = 100;

/// How many forms are drawn at first, and added at each turn after, up to the page.
pub const FORMS_PER_TURN: usize = 5;

/// The quotes' forms, one [`QuoteForm`] each.
#[function_component(QuoteEditor)]
pub fn quote_editor() -> Html {
    let draft = use_draft();
    let count = draft.explainer.quotes.len();
    let pages = use_state(|| 1usize);
    let shown = count.min(*pages * QUOTES_PER_PAGE);
    // Forms drawn so far: more each turn until the page's are.
    // None at first: the draft's first drawing is the rest of the Studio's.
    let drawn = use_state(|| 0usize);
    {
        let drawn = drawn.clone();
        use_effect_with((*drawn, shown), move |&(now, shown)| {
            // Once all are drawn, forms added later are drawn at once.
            if now >= shown && now != usize::MAX {
                drawn.set(usize::MAX);
            }
            let more =
                (now < shown).then(|| Timeout::new(0, move || drawn.set(now + FORMS_PER_TURN)));
            move || drop(more)
        });
    }
    let more = {
        let pages = pages.clone();
        Callback::from(move |_: MouseEvent| pages.set(*pages + 1))
    };
    html! {
        <section class="studio-section" aria-labelledby="studio-quotes-title">
            <h2 id="studio-quotes-title" tabindex="-1">{ format!("Quotes ({count})") }</h2>
            <ol class="studio-quotes">{ for (0..shown.min(*drawn)).map(|index| html! { <QuoteForm key={index} {index} /> }) }</ol>
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
