//! Links to each part of the Studio: on a phone the Studio is one long column,
//! and a reporter on deadline jumps from the quotes to the problems to the
//! preview without scrolling through every form. The problems' link carries the
//! count of errors and stands apart from the other links, at the end of the
//! bar and never scrolled past its edge, so it is in sight wherever the
//! journalist is (issue 28).

use yew::prelude::*;

use crate::fields::href;

/// The Studio's parts: the id of each one's heading, and the link's words.
const SECTIONS: [(&str, &str); 7] = [
    ("studio-article-title", "Article"),
    ("studio-text-title", "Text"),
    ("studio-quotes-title", "Quotes"),
    ("studio-people-title", "People"),
    ("studio-tracker-title", "Tracker"),
    ("studio-publish-title", "Publish"),
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
    let errors = props.errors;
    let count = match errors {
        0 => "no errors".to_string(),
        1 => "1 error".to_string(),
        n => format!("{n} errors"),
    };
    html! {
        <nav class="studio-nav" aria-label="Parts of the Studio">
            <ul class="studio-nav__list">
                { for SECTIONS.iter().map(|(id, words)| html! {
                    <li><a href={href(id)}>{ *words }</a></li>
                }) }
            </ul>
            <a class={classes!("studio-nav__problems", (errors > 0).then_some("studio-nav__problems--errors"))}
                href={href("studio-problems-title")} data-errors={errors.to_string()}>
                { "Problems" }<span class="studio-nav__count">{ format!(" ({count})") }</span>
            </a>
        </nav>
    }
}
