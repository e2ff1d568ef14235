//! The article's own fields: headline, standfirst, dateline, date and language,
//! each with its problems beside it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::text_field::TextField;
use crate::context::{use_dispatch, use_draft};
use crate::draft::{Action, ArticleField};
use crate::fields::FieldId;

/// The article form.
#[function_component(ArticleForm)]
pub fn article_form() -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let article = &draft.explainer.article;
    let article = &article;
    let field = |label: &'static str, field: ArticleField, value: &str| {
        let id = FieldId::Article(field).id();
        let on_action = on_action.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::EditArticle {
                field,
                value: input.value(),
            });
        });
        html! { <TextField {id} {label} value={value.to_string()} {oninput} /> }
    };
    html! {
        <section class="studio-section" aria-labelledby="studio-article-title">
            <h2 id="studio-article-title">{ "Article" }</h2>
            { field("Headline", ArticleField::Headline, &article.headline) }
            { field("Standfirst", ArticleField::Dek, &article.dek) }
            <div class="studio-row">
                { field("Dateline", ArticleField::Dateline, &article.dateline) }
                { field("Published (YYYY-MM-DD)", ArticleField::Published, &article.published) }
                { field("Language", ArticleField::Language, &article.language) }
            </div>
        </section>
    }
}
