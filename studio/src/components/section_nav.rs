//! Links to each part of the Studio: on a phone the Studio is one long column,
//! and a reporter on deadline jumps from the quotes to the problems to the
//! preview without scrolling through every form. The problems' link carries the
//! count of errors, so it is in sight wherever the journalist is.

use yew::prelude::*;

use crate::fields::href;

/// The Studio's parts: the id of each one's heading, and the link's words.
const SECTIONS: [(&str, &str); 8] = [
    ("studio-article-title", "Article"),
    ("studio-text-title", "Text"),
    ("studio-quotes-title", "Quotes"),
    ("studio-people-title", "People"),
    ("studio-tracker-title", "Tracker"),
    ("studio-publish-title", "Publish"),
    ("studio-problems-title", "Problems"),
    ("studio-preview-title", "Preview"),
];

/// Props of [`SectionNav`].
#[derive(Properties, Clone, PartialEq)]
pub struct SectionNavProps {
    /// How many errors the draft has, shown on the problems' link.
    pub errors: usize,
}

/// The links.
#[function_component(SectionNav)]
pub fn section_nav(props: &SectionNavProps) -> Html {
    html! {
        <nav class="studio-nav" aria-label="Parts of the Studio">
            <ul class="studio-nav__list">
                { for SECTIONS.iter().map(|(id, words)| {
                    let count = (*id == "studio-problems-title" && props.errors > 0).then(|| html! {
                        <span class="studio-nav__count">
                            { format!(" ({} {})", props.errors, if props.errors == 1 { "error" } else { "errors" }) }
                        </span>
                    });
                    html! {
                        <li><a href={href(id)}>{ *words }{ for count }</a></li>
                    }
                }) }
            </ul>
        </nav>
    }
}
