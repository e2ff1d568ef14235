//! Links to each part of the Studio ([`crate::parts`]): a reporter on deadline
//! jumps from the quotes to the problems to the preview without scrolling
//! through every form, and on a phone a part's link shows that part alone, as
//! a tab, until *All parts*. The problems' link carries the count of errors
//! and stands apart from the other links, at the end of the bar and never
//! scrolled past its edge, so it is in sight wherever the journalist is
//! (issue 28).

use yew::prelude::*;

use crate::fields::href;
use crate::parts::{self, Part, PARTS, PROBLEMS};

/// A part's link: to its heading, showing it alone on a phone.
fn part_link(part: Part) -> Html {
    let name = part.name;
    let onclick = Callback::from(move |_: MouseEvent| parts::show(Some(name)));
    html! {
        <a href={href(part.heading)} {onclick} data-part-link={name}>{ part.words }</a>
    }
}

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
    let all = Callback::from(|_: MouseEvent| parts::show(None));
    let show_problems = Callback::from(|_: MouseEvent| parts::show(Some(PROBLEMS.name)));
    let problems = html! {
        <>{ PROBLEMS.words }<span class="studio-nav__count">{ format!(" ({count})") }</span></>
    };
    html! {
        <nav class="studio-nav" aria-label="Parts of the Studio">
            <ul class="studio-nav__list">
                <li class="studio-nav__all">
                    <a href={href("studio-article-title")} onclick={all} data-part-link="">{ "All parts" }</a>
                </li>
                { for PARTS.iter().map(|part| html! {
                    <li>{ part_link(*part) }</li>
                }) }
            </ul>
            <a class={classes!("studio-nav__problems", (errors > 0).then_some("studio-nav__problems--errors"))}
                href={href(PROBLEMS.heading)} onclick={show_problems} data-part-link={PROBLEMS.name}
                data-errors={errors.to_string()}>
                { problems }
            </a>
        </nav>
    }
}
