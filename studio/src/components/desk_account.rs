//! Who is logged in to the desk, with Log out and Log out everywhere (every
//! session of theirs, on every computer).

use yew::prelude::*;

use crate::context::use_desk_dispatch;
use crate::desk::{DeskAction, Role};

/// Props of [`DeskAccount`].
#[derive(Properties, Clone, PartialEq)]
pub struct DeskAccountProps {
    /// The name logged in.
    pub name: AttrValue,
    /// Their role.
    pub role: Role,
}

/// The account line under the Studio's bar.
#[function_component(DeskAccount)]
pub fn desk_account(props: &DeskAccountProps) -> Html {
    let dispatch = use_desk_dispatch();
    let logout = dispatch.reform(|_: MouseEvent| DeskAction::Logout);
    let logout_all = dispatch.reform(|_: MouseEvent| DeskAction::LogoutAll);
    let role = match props.role {
        Role::Reporter => "reporter",
        Role::Editor => "editor",
        Role::Admin => "admin",
    };
    html! {
        <div class="desk-account">
            <span class="desk-account__who">
                { "Logged in to the desk as " }<strong>{ props.name.clone() }</strong>{ format!(" ({role})") }
            </span>
            <button type="button" onclick={logout}>{ "Log out" }</button>
            <button type="button" onclick={logout_all}>{ "Log out everywhere" }</button>
        </div>
    }
}
