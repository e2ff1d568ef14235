//! The desk's login form (name and password), and the form that replaces a
//! one-time password before anything else; each says why it failed (a wrong
//! password, or when to try again after too many).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_desk_dispatch;
use crate::desk::DeskAction;

/// Props of [`DeskLogin`].
#[derive(Properties, Clone, PartialEq)]
pub struct DeskLoginProps {
    /// Why the last try failed.
    pub problem: Option<AttrValue>,
    /// Set when logged in with a one-time password: the name, and the form
    /// asks for a new password instead.
    #[prop_or_default]
    pub changing_for: Option<AttrValue>,
}

fn value(field: &NodeRef) -> String {
    field
        .cast::<HtmlInputElement>()
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Logging in to the desk, or choosing a password of one's own.
#[function_component(DeskLogin)]
pub fn desk_login(props: &DeskLoginProps) -> Html {
    let dispatch = use_desk_dispatch();
    let (first, second, third) = (use_node_ref(), use_node_ref(), use_node_ref());
    let mismatch = use_state(|| false);
    let changing = props.changing_for.is_some();
    let onsubmit = {
        let (first, second, third, mismatch) = (
            first.clone(),
            second.clone(),
            third.clone(),
            mismatch.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if !changing {
                dispatch.emit(DeskAction::Login {
                    name: value(&first),
                    password: value(&second),
                });
            } else if value(&second) != value(&third) {
                mismatch.set(true);
            } else {
                mismatch.set(false);
                dispatch.emit(DeskAction::ChangePassword {
                    current: value(&first),
                    new: value(&second),
                });
            }
        })
    };
    let problem = if *mismatch {
        Some(AttrValue::from(
            "The two new passwords differ: type the same one twice.",
        ))
    } else {
        props.problem.clone()
    };
    let field = |id: &'static str, label: &str, kind: &str, node: &NodeRef, complete: &str| {
        html! {
            <p class="desk-login__field">
                <label for={id}>{ label.to_string() }</label>
                <input id={id} type={kind.to_string()} ref={node.clone()} required=true
                    autocomplete={complete.to_string()}
                    aria-describedby={problem.as_ref().map(|_| "desk-login-problem")} />
            </p>
        }
    };
    html! {
        <section class="desk-login" aria-labelledby="desk-login-title">
            <form {onsubmit}>
                if let Some(name) = &props.changing_for {
                    <h2 id="desk-login-title">{ "Choose your own password" }</h2>
                    <p>{ format!("“{name}”, the password you logged in with was for once only. \
                        Choose one of your own (at least 10 characters) to start.") }</p>
                    { field("desk-password-current", "Password you logged in with", "password", &first, "current-password") }
                    { field("desk-password-new", "New password", "password", &second, "new-password") }
                    { field("desk-password-again", "New password again", "password", &third, "new-password") }
                    <button type="submit">{ "Set my password" }</button>
                } else {
                    <h2 id="desk-login-title">{ "Log in to the desk" }</h2>
                    <p>{ "The newsroom's explainers are kept on this desk. Log in to open and edit them." }</p>
                    { field("desk-login-name", "Name", "text", &first, "username") }
                    { field("desk-login-password", "Password", "password", &second, "current-password") }
                    <button type="submit">{ "Log in" }</button>
                }
                <p id="desk-login-problem" class="desk-login__problem" role="alert">
                    { problem.clone().unwrap_or_default() }
                </p>
            </form>
        </section>
    }
}
