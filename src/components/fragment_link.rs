//! A link to a place in the widget (`#quote-…`, `#deal-…`, `#source-…`).
//!
//! It is a real `<a href>`, so it works before and without WebAssembly and can
//! be opened in a new tab; with Wasm the click goes through `onfollow`, which
//! also handles a link to the fragment the URL already has (no `hashchange`).

use yew::prelude::*;

use crate::fragment::Fragment;

/// Props of [`FragmentLink`].
#[derive(Properties, Clone, PartialEq)]
pub struct FragmentLinkProps {
    /// Where the link leads.
    pub to: Fragment,
    /// Called instead of the browser's own navigation.
    pub onfollow: Callback<Fragment>,
    /// Extra classes.
    #[prop_or_default]
    pub class: Classes,
    /// The link text.
    pub children: Html,
}

/// An in-widget link.
#[function_component(FragmentLink)]
pub fn fragment_link(props: &FragmentLinkProps) -> Html {
    let onclick = {
        let to = props.to.clone();
        let onfollow = props.onfollow.clone();
        Callback::from(move |event: MouseEvent| {
            // Let modified clicks open a new tab or window as usual.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            event.prevent_default();
            onfollow.emit(to.clone());
        })
    };
    html! {
        <a href={props.to.to_string()} class={props.class.clone()} {onclick}>{ props.children.clone() }</a>
    }
}
