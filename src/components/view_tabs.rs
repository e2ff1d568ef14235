//! The view switcher, as WAI-ARIA tabs: one tab stop, arrow keys, Home and End.

use yew::prelude::*;

use crate::context::{use_view_context, ReaderAction};
use crate::host::focus::focus_element;
use crate::ids::ElementId;
use crate::ids::View;
use crate::strings::Strings;

/// Props of [`ViewTabs`]. The view the reader picks goes to the views' dispatcher.
#[derive(Properties, Clone, PartialEq)]
pub struct ViewTabsProps {
    /// The open view.
    pub current: View,
}

/// The tab's text for a view.
pub fn tab_label(view: View, strings: &Strings) -> &'static str {
    match view {
        View::Quotes => strings.tab_quotes,
        View::Tracker => strings.tab_tracker,
        View::Source => strings.tab_source,
    }
}

/// The index of the tab a key moves to from the tab at `index` of `count`, or
/// `None` for a key the tabs leave alone. The next tab is the one after in
/// reading order: to the right left to right, to the left right to left (where
/// the tabs are laid out from the right), so the arrow points where focus goes.
/// Down and Up are next and previous in either direction; both ends wrap round.
pub fn tab_for_key(key: &str, index: usize, count: usize, right_to_left: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let (forward, backward) = if right_to_left {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    Some(match key {
        "ArrowDown" => next_wrapping(index, last),
        "ArrowUp" => previous_wrapping(index, last),
        "Home" => 0,
        "End" => last,
        key if key == forward => next_wrapping(index, last),
        key if key == backward => previous_wrapping(index, last),
        _ => return None,
    })
}

fn next_wrapping(index: usize, last: usize) -> usize {
    if index >= last {
        0
    } else {
        index + 1
    }
}

fn previous_wrapping(index: usize, last: usize) -> usize {
    if index == 0 {
        last
    } else {
        index - 1
    }
}

/// The tab list.
#[function_component(ViewTabs)]
pub fn view_tabs(props: &ViewTabsProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let dispatch = context.dispatch.clone();
    let right_to_left = context.direction() == "rtl";
    let onselect = dispatch.reform(ReaderAction::ShowView);
    let tablist = use_node_ref();
    let onkeydown = {
        let tablist = tablist.clone();
        let current = props.current;
        let onselect = onselect.clone();
        Callback::from(move |event: KeyboardEvent| {
            let index = View::ALL.iter().position(|&v| v == current).unwrap_or(0);
            let Some(next) = tab_for_key(&event.key(), index, View::ALL.len(), right_to_left)
            else {
                return;
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
        <div ref={tablist} class="view-tabs" role="tablist" aria-label={strings.views_label} {onkeydown}>
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
                        { tab_label(view, strings) }
                    </button>
                }
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::tab_for_key;

    #[test]
    fn arrows_follow_the_reading_direction() {
        // Left to right: ArrowRight is the next tab, ArrowLeft the previous.
        assert_eq!(tab_for_key("ArrowRight", 0, 3, false), Some(1));
        assert_eq!(tab_for_key("ArrowLeft", 0, 3, false), Some(2));
        // Right to left the tabs run from the right: ArrowLeft is the next one.
        assert_eq!(tab_for_key("ArrowLeft", 0, 3, true), Some(1));
        assert_eq!(tab_for_key("ArrowLeft", 2, 3, true), Some(0));
        assert_eq!(tab_for_key("ArrowRight", 0, 3, true), Some(2));
        assert_eq!(tab_for_key("ArrowRight", 1, 3, true), Some(0));
    }

    #[test]
    fn down_up_home_and_end_ignore_the_direction() {
        for rtl in [false, true] {
            assert_eq!(tab_for_key("ArrowDown", 2, 3, rtl), Some(0));
            assert_eq!(tab_for_key("ArrowUp", 1, 3, rtl), Some(0));
            assert_eq!(tab_for_key("Home", 2, 3, rtl), Some(0));
            assert_eq!(tab_for_key("End", 0, 3, rtl), Some(2));
            assert_eq!(tab_for_key("a", 0, 3, rtl), None);
        }
        assert_eq!(tab_for_key("End", 0, 0, false), None);
    }
}
