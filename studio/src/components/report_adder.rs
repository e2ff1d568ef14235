//! Later reports: the follow-ups already in the draft, by date and headline,
//! and a form to add one by pasting its text, as `explainer add-report` does
//! (its quotes drafted, each naming the report). Quotes are made by selection
//! in the article's own text only; a later report's quotes are edited in their
//! forms, where their words are checked against that report.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::context::{use_dispatch, use_draft};
use crate::draft::Action;

/// The later reports and the form that adds one.
#[function_component(ReportAdder)]
pub fn report_adder() -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let reports = &draft.explainer.reports;
    let text = use_node_ref();
    let published = use_node_ref();
    let headline = use_node_ref();
    let on_add = {
        let (text, published, headline) = (text.clone(), published.clone(), headline.clone());
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            let value = |node: &NodeRef| {
                node.cast::<HtmlInputElement>()
                    .map(|input| input.value())
                    .unwrap_or_default()
            };
            let Some(area) = text.cast::<HtmlTextAreaElement>() else {
                return;
            };
            on_action.emit(Action::AddReport {
                text: area.value(),
                published: value(&published),
                headline: value(&headline),
            });
            // Added (or refused with a reason in the message): the form is for the next one.
            if !area.value().trim().is_empty() && !value(&published).is_empty() {
                area.set_value("");
            }
        })
    };
    html! {
        <section class="studio-section studio-reports" aria-labelledby="studio-reports-title">
            <h2 id="studio-reports-title">{ format!("Later reports ({})", reports.len()) }</h2>
            if !reports.is_empty() {
                <ol class="studio-reports__list">
                    { for reports.iter().map(|report| html! {
                        <li data-report={report.id.clone()}>
                            <time datetime={report.published.clone()}>{ &report.published }</time>
                            { " — " }{ &report.headline }
                        </li>
                    }) }
                </ol>
            }
            <p class="studio-hint">
                { "A follow-up on the same story: paste its text and it is added after the article, \
                   its quotes drafted. Readers switch between the reports in the article text." }
            </p>
            <div class="studio-row">
                <div class="studio-field">
                    // Typed as every other date is, not a picker in the browser's own order.
                    <label for="studio-report-published">{ "Date of the later report (YYYY-MM-DD)" }</label>
                    <input id="studio-report-published" type="text" ref={published}
                        value={browser::today()} autocomplete="off" spellcheck="false" />
                </div>
                <div class="studio-field">
                    <label for="studio-report-headline">{ "Title of the later report" }</label>
                    <input id="studio-report-headline" type="text" ref={headline} />
                </div>
            </div>
            <label for="studio-report-text">{ "Text of the later report, one paragraph per line" }</label>
            <textarea id="studio-report-text" ref={text} rows="6" />
            <button type="button" onclick={on_add}>{ "Add this report" }</button>
        </section>
    }
}
