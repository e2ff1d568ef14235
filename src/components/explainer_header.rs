//! The explainer's header: kicker, headline, dek, dateline and date.

use yew::prelude::*;

use crate::model::Article;
use crate::strings::STRINGS;

/// Props of [`ExplainerHeader`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExplainerHeaderProps {
    /// The article's bibliographic facts.
    pub article: Article,
}

/// The header.
#[function_component(ExplainerHeader)]
pub fn explainer_header(props: &ExplainerHeaderProps) -> Html {
    let article = &props.article;
    html! {
        <header class="explainer__header">
            <p class="explainer__kicker">{ STRINGS.kicker }</p>
            <h1 class="explainer__headline">{ &article.headline }</h1>
            <p class="explainer__dek">{ &article.dek }</p>
            <p class="explainer__meta">
                <span class="explainer__dateline">{ &article.dateline }</span>
                <span aria-hidden="true">{ " · " }</span>
                <time datetime={article.published.clone()}>{ STRINGS.date(&article.published) }</time>
                if let Some(publisher) = &article.publisher {
                    <span aria-hidden="true">{ " · " }</span>
                    <span class="explainer__publisher">{ publisher }</span>
                }
            </p>
        </header>
    }
}
