//! The explainer's header: kicker, headline, dek, dateline and date, and the
//! date of the latest update when a later report or status change has one.

use yew::prelude::*;

use crate::context::use_view_context;

/// The header, from the article's bibliographic facts in the views' context.
#[function_component(ExplainerHeader)]
pub fn explainer_header() -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let article = &context.explainer.explainer.article;
    let updated = context.explainer.explainer.last_updated();
    let updated = (updated > article.published.as_str()).then_some(updated);
    // The content's words keep its language and direction under an interface
    // in another (issue 31); the kicker and the dates are the interface's.
    let (lang, dir) = (context.content_lang.clone(), context.content_dir);
    html! {
        <header class="explainer__header">
            <p class="explainer__kicker">{ strings.kicker }</p>
            <h1 class="explainer__headline" lang={lang.clone()} {dir}>{ &article.headline }</h1>
            <p class="explainer__dek" lang={lang.clone()} {dir}>{ &article.dek }</p>
            <p class="explainer__meta">
                <span class="explainer__dateline"><bdi lang={lang.clone()} {dir}>{ &article.dateline }</bdi></span>
                <span aria-hidden="true">{ " · " }</span>
                <time datetime={article.published.clone()}>{ strings.date(&article.published) }</time>
                if let Some(publisher) = &article.publisher {
                    <span aria-hidden="true">{ " · " }</span>
                    <span class="explainer__publisher"><bdi lang={lang.clone()} {dir}>{ publisher }</bdi></span>
                }
                if let Some(updated) = updated {
                    <span aria-hidden="true">{ " · " }</span>
                    <span class="explainer__updated">
                        { strings.updated }{ " " }
                        <time datetime={updated.to_string()}>{ strings.date(updated) }</time>
                    </span>
                }
            </p>
        </header>
    }
}
