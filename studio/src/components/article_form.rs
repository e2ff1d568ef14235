//! The article's own fields: headline, standfirst, dateline, date and language,
//! each with its problems beside it.

use news_explainer::model::Article;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::text_field::TextField;
use crate::draft::{Action, ArticleField};

/// Props of [`ArticleForm`].
#[derive(Properties, Clone, PartialEq)]
pub struct ArticleFormProps {
    /// The article's fields as they are.
    pub article: Article,
    /// Where each edit goes.
    pub on_action: Callback<Action>,
}

/// The article form.
#[function_component(ArticleForm)]
pub fn article_form(props: &ArticleFormProps) -> Html {
    let article = &props.article;
    let field = |id: &'static str, label: &'static str, field: ArticleField, value: &str| {
        let on_action = props.on_action.clone();
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
            { field("studio-headline", "Headline", ArticleField::Headline, &article.headline) }
            { field("studio-dek", "Standfirst", ArticleField::Dek, &article.dek) }
            <div class="studio-row">
                { field("studio-dateline", "Dateline", ArticleField::Dateline, &article.dateline) }
                { field("studio-published", "Published (YYYY-MM-DD)", ArticleField::Published, &article.published) }
                { field("studio-language", "Language", ArticleField::Language, &article.language) }
            </div>
        </section>
    }
}
