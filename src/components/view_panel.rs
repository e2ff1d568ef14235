//! One view's panel: a tab panel once live, where only the open view shows;
//! before that (no script yet, or ever), every view shows under its own
//! visible heading.
//!
//! A view function rather than a component: it holds no state, and its
//! content is a component of its own, which decides alone whether it renders again.

use yew::prelude::*;

use crate::components::view_tabs::tab_label;
use crate::ids::ElementId;
use crate::ids::View;
use crate::strings::Strings;

/// The panel of `view`, holding `content`; `open` is the view the reader is on.
pub fn view_panel(view: View, live: bool, open: View, strings: &Strings, content: Html) -> Html {
    let labelled_by = if live {
        ElementId::Tab(view)
    } else {
        ElementId::ViewHeading(view)
    };
    html! {
        <section class="view-panel" id={ElementId::Panel(view).id()} role={live.then_some("tabpanel")}
                 aria-labelledby={labelled_by.id()} hidden={live && open != view}>
            <h2 class={classes!("view-panel__heading", live.then_some("visually-hidden"))}
                id={ElementId::ViewHeading(view).id()}>{ tab_label(view, strings) }</h2>
            { content }
        </section>
    }
}
