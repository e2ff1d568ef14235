//! The Studio's parts (article, text, quotes, people, tracker, publish,
//! problems, preview), and which one a phone shows. On a phone the Studio is
//! a column many screens long; a part's link in [`crate::components::section_nav`]
//! shows that part alone, as a tab, until *All parts* shows them all again.
//! At 960 px and wider every part shows whatever was chosen (studio.css).
//!
//! Which part shows is the page's own state, kept on the workspace element
//! (`data-part`) rather than in the Studio's: focus moved to a field of another
//! part ([`crate::browser::focus`]: after *Make quote*, undo, a problem's link)
//! shows that part first, as it unfolds a folded `<details>`.

use wasm_bindgen::JsCast;

/// One part: its name (the `data-part` of its wrapper), the id of its heading,
/// and the words of its link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// The `data-part` of its wrapper.
    pub name: &'static str,
    /// The id of its heading, which its link leads to.
    pub heading: &'static str,
    /// Its link's words.
    pub words: &'static str,
}

/// The parts with links among the others, in page order; the problems' link
/// stands apart ([`PROBLEMS`]).
pub const PARTS: [Part; 7] = [
    Part {
        name: "article",
        heading: "studio-article-title",
        words: "Article",
    },
    Part {
        name: "text",
        heading: "studio-text-title",
        words: "Text",
    },
    Part {
        name: "quotes",
        heading: "studio-quotes-title",
        words: "Quotes",
    },
    Part {
        name: "people",
        heading: "studio-people-title",
        words: "People",
    },
    Part {
        name: "tracker",
        heading: "studio-tracker-title",
        words: "Tracker",
    },
    Part {
        name: "publish",
        heading: "studio-publish-title",
        words: "Publish",
    },
    Part {
        name: "preview",
        heading: "studio-preview-title",
        words: "Preview",
    },
];

/// The problems' part, whose link carries the error count.
pub const PROBLEMS: Part = Part {
    name: "problems",
    heading: "studio-problems-title",
    words: "Problems",
};

/// The attribute on the workspace naming the part shown alone.
const SHOWN: &str = "data-part";

/// The attribute on a part's link naming its part (*All parts*: empty).
pub const LINK: &str = "data-part-link";

/// Shows `part` alone on a phone (`None`: every part), and marks its link as
/// the current one.
pub fn show(part: Option<&str>) {
    let document = gloo::utils::document();
    if let Ok(Some(workspace)) = document.query_selector(".studio__workspace") {
        let _ = match part {
            Some(part) => workspace.set_attribute(SHOWN, part),
            None => workspace.remove_attribute(SHOWN),
        };
    }
    if let Ok(links) = document.query_selector_all(&format!("[{LINK}]")) {
        for index in 0..links.length() {
            let Some(link) = links
                .item(index)
                .and_then(|l| l.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let current = link.get_attribute(LINK).unwrap_or_default() == part.unwrap_or_default();
            let _ = if current {
                link.set_attribute("aria-current", "true")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    }
}

/// Shows the part `element` is in, when another part is shown alone: a field
/// of a hidden part cannot take focus.
pub fn show_part_of(element: &web_sys::Element) {
    let shown = element
        .closest(".studio__workspace")
        .ok()
        .flatten()
        .and_then(|workspace| workspace.get_attribute(SHOWN));
    let own = element
        .closest("[data-part]:not(.studio__workspace)")
        .ok()
        .flatten()
        .and_then(|part| part.get_attribute(SHOWN));
    if let (Some(shown), Some(own)) = (shown, own) {
        if shown != own {
            show(Some(&own));
        }
    }
}
