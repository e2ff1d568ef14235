//! The root component: renders a loaded explainer, or the reasons it could not load.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::default_explainer;
use crate::model::{AnchoredExplainer, Diagnostic};

/// What the app shows: an anchored explainer, or every problem with its content.
pub type Loaded = Result<AnchoredExplainer, Vec<Diagnostic>>;

/// Props of [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The content to show; defaults to the bundled Anchorage summit explainer.
    pub content: Rc<Loaded>,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            content: Rc::new(default_explainer()),
        }
    }
}

/// The explainer widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    match props.content.as_ref() {
        Ok(explainer) => render_explainer(explainer),
        Err(diagnostics) => html! {
            <div class="explainer explainer--error" role="alert">
                <p>{ "This explainer could not be shown because its content has errors:" }</p>
                <ul>
                    { for diagnostics.iter().map(|d| html! { <li><code>{ &d.path }</code>{ " " }{ &d.message }</li> }) }
                </ul>
            </div>
        },
    }
}

fn render_explainer(anchored: &AnchoredExplainer) -> Html {
    let explainer = &anchored.explainer;
    let article = &explainer.article;
    html! {
        <div class="explainer" lang={article.language.clone()}>
            <header>
                <h1>{ &article.headline }</h1>
                <p class="dek">{ &article.dek }</p>
            </header>
            <section aria-label="Quotes">
                <h2>{ "Quotes" }</h2>
                <ol>
                { for explainer.quotes.iter().map(|quote| {
                    let speaker = explainer.person(&quote.speaker).map(|p| p.name.clone()).unwrap_or_default();
                    html! {
                        <li class="quote-card" id={format!("quote-{}", quote.id)} data-quote={quote.id.clone()}>
                            <blockquote>{ &quote.text }</blockquote>
                            <p>{ speaker }</p>
                            <p>{ &quote.context }</p>
                        </li>
                    }
                }) }
                </ol>
            </section>
            <section aria-label="Deal tracker">
                <h2>{ "Deal tracker" }</h2>
                <ul>
                { for explainer.tracker.iter().zip(&anchored.deals).map(|(deal, anchored_deal)| html! {
                    <li class="deal-item" id={format!("deal-{}", deal.id)} data-status={anchored_deal.status.id()}>
                        <strong>{ &deal.title }</strong>{ " — " }{ anchored_deal.status.label() }
                        <p>{ &deal.summary }</p>
                    </li>
                }) }
                </ul>
            </section>
        </div>
    }
}
