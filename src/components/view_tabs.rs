//! The view switcher, as WAI-ARIA tabs: one tab stop, arrow keys, Home and End.

use yew::prelude::*;

use crate::context::{use_view_context, ReaderAction};
use crate::host::focus::focus_element;
use crate::ids::ElementId;
use crate::state::View;
use crate::strings::STRINGS;

/// Props of [`ViewTabs`]. The view the reader picks goes to the views' dispatcher.
#[derive(Properties, Clone, PartialEq)]
pub struct ViewTabsProps {
    /// The open view.
    pub current: View,
}

/// The tab's text for a view.
pub fn tab_label(view: View) -> &'static str {
    match view {
        View::Quotes => STRINGS.tab_quotes,
        View::Tracker => STRINGS.tab_tracker,
        View::Source => STRINGS.tab_source,
    }
}

/// The tab list.
#[function_component(ViewTabs)]
pub fn view_tabs(props: &ViewTabsProps) -> Html {
    let dispatch = use_view_context().dispatch.clone();
    let onselect = dispatch.reform(ReaderAction::ShowView);
    let tablist = use_node_ref();
    let onkeydown = {
        let tablist = tablist.clone();
        let current = props.current;
        let onselect = onselect.clone();
        Callback::from(move |event: KeyboardEvent| {
            let index = View::ALL.iter().position(|&v| v == current).unwrap_or(0);
            let last = View::ALL.len() - 1;
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => {
                    if index == last {
                        0
                    } else {
                        index + 1
                    }
                }
                "ArrowLeft" | "ArrowUp" => {
                    if index == 0 {
                        last
                    } else {
                        index - 1
                    }
                }
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            let view = View::ALL[next];
            onselect.emit(view);
            if let Some(tablist) = tablist.cast::<web_sys::Element>() {
                focus_element(&tablist, &ElementId::Tab(view).id());
            }
        })
    };
    html! {
        <div ref={tablist} class="view-tabs" role="tablist" aria-label={STRINGS.views_label} {onkeydown}>
            { for View::ALL.iter().map(|&view| {
                let selected = view == props.current;
                let onclick = onselect.reform(move |_: MouseEvent| view);
                html! {
                    <button type="button" role="tab" class="view-tabs__tab"
                            id={ElementId::Tab(view).id()}
                            aria-selected={selected.to_string()}
                            aria-controls={ElementId::Panel(view).id()}
                            tabindex={if selected { "0" } else { "-1" }}
                            {onclick}>
                        { tab_label(view) }
                    </button>
                }
            }) }
        </div>
    }
}
