//! Publishing from the Studio when a desk serves it (issue 27): the state
//! ("Published, version 4, by … at …"; draft, published, published with
//! changes), Publish / Republish / Unpublish for editors (the draft's errors
//! block it, its warnings are said first), the versions with Restore, the
//! embed codes and the oEmbed URL with Copy buttons, and preview links to
//! make and revoke. Its requests are [`crate::desk::publications`]'s, sent
//! beside the rest of the desk client; it keeps its own small state.

use news_explainer::embedding::EmbedCodes;
use news_explainer::host::clipboard::copy_text;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::desk::publications::{self, Preview, Publications};
use crate::desk::{call, DeskError, Role};
use crate::shelf::saved_label;

/// Props of [`DeskPublishPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct DeskPublishPanelProps {
    /// The explainer's id on the desk.
    pub id: AttrValue,
    /// The role of whoever is logged in.
    pub role: Role,
    /// The headline, the embed codes' title.
    pub headline: AttrValue,
    /// The draft's errors (a publish is refused while there are any).
    pub errors: usize,
    /// Its warnings (said before publishing).
    pub warnings: usize,
    /// The revision the desk has every change in; `None` while a change is on
    /// its way or kept in this browser (then there is nothing safe to publish).
    pub saved: Option<i64>,
}

/// What the panel knows and said.
#[derive(Clone, Debug, Default, PartialEq)]
struct Panel {
    publications: Option<Publications>,
    previews: Vec<Preview>,
    made: Option<String>,
    said: String,
}

fn words(error: &DeskError) -> String {
    match error {
        DeskError::Refused { message, .. } => message.clone(),
        DeskError::Conflict(theirs) => format!(
            "{} saved since (revision {}): publish again once the Studio has it.",
            theirs.meta.author, theirs.meta.revision
        ),
        DeskError::Network => "The desk did not answer; nothing changed. Try again.".into(),
        DeskError::Unreadable { status } => format!("The desk answered {status}; try again."),
    }
}

/// Reads the state, versions and previews again, and says `said`.
fn reload(id: String, can_publish: bool, panel: UseStateHandle<Panel>, said: String) {
    spawn_local(async move {
        let mut next = (*panel).clone();
        next.said = said;
        if can_publish {
            match call(
                publications::publications(&id),
                publications::read_publications,
            )
            .await
            {
                Ok(state) => next.publications = Some(state),
                Err(e) => next.said = words(&e),
            }
        }
        if let Ok(previews) = call(publications::previews(&id), publications::read_previews).await {
            next.previews = previews;
        }
        panel.set(next);
    });
}

fn copy_block(label: &str, code: &str, panel: &UseStateHandle<Panel>) -> Html {
    let onclick = {
        let (code, label, panel) = (code.to_string(), label.to_string(), panel.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, label, panel) = (code.clone(), label.clone(), panel.clone());
            spawn_local(async move {
                let mut next = (*panel).clone();
                next.said = if copy_text(&code).await {
                    format!("Copied: {label}.")
                } else {
                    format!("This browser refused to copy. Select the {label} and copy it by hand.")
                };
                panel.set(next);
            });
        })
    };
    html! {
        <div class="studio-publish__code">
            <p class="studio-publish__label">{ label }</p>
            <pre tabindex="0"><code>{ code }</code></pre>
            <button type="button" {onclick} aria-label={format!("Copy the {label}")}>{ "Copy" }</button>
        </div>
    }
}

fn versions(state: &Publications, act: &Callback<(String, i64)>) -> Html {
    html! {
        <ol class="desk-publish__versions" aria-label="Published versions">
            { for state.publications.iter().map(|p| {
                let n = p.version;
                let restore = act.reform(move |_: MouseEvent| ("restore".to_string(), n));
                html! {
                    <li data-version={n.to_string()}>
                        { format!("Version {n}, revision {}, by {}, {}", p.revision, p.by, saved_label(p.at as f64)) }
                        if let Some(from) = p.restored_from { { format!(" (restored version {from})") } }
                        <button type="button" onclick={restore} aria-label={format!("Publish version {n} again")}>{ "Restore" }</button>
                    </li>
                }
            }) }
        </ol>
    }
}

fn preview_links(panel: &Panel, act: &Callback<(String, i64)>, revoke: &Callback<String>) -> Html {
    let make = act.reform(|_: MouseEvent| ("preview".to_string(), 0));
    html! {
        <div class="desk-publish__previews">
            <h3>{ "Preview links" }</h3>
            <p>{ "A link that shows the current draft as readers will see it, to someone without an account. It works for 30 days; revoke it sooner when it has done its job." }</p>
            <button type="button" onclick={make}>{ "Make a preview link" }</button>
            <ul>
                { for panel.previews.iter().map(|p| {
                    let id = p.id.clone();
                    let onclick = revoke.reform(move |_: MouseEvent| id.clone());
                    html! { <li>{ format!("Made by {}, {}", p.created_by, saved_label(p.created_at as f64)) }
                        <button type="button" {onclick}>{ "Revoke" }</button></li> }
                }) }
            </ul>
        </div>
    }
}

/// The Publish panel of a Studio served by a desk.
#[function_component(DeskPublishPanel)]
pub fn desk_publish_panel(props: &DeskPublishPanelProps) -> Html {
    let panel = use_state(Panel::default);
    let can_publish = props.role >= Role::Editor;
    {
        let panel = panel.clone();
        use_effect_with(props.id.clone(), move |id| {
            reload(id.to_string(), can_publish, panel, String::new());
        });
    }
    // Publish, unpublish, restore a version, make a preview link.
    let act = {
        let (panel, id, saved) = (panel.clone(), props.id.to_string(), props.saved);
        Callback::from(move |(what, version): (String, i64)| {
            let (panel, id) = (panel.clone(), id.clone());
            spawn_local(async move {
                let said = match what.as_str() {
                    "publish" => match call(
                        publications::publish(&id, saved),
                        publications::read_published,
                    )
                    .await
                    {
                        Ok(done) if done.warnings.is_empty() => {
                            format!("Published version {}.", done.version)
                        }
                        Ok(done) => format!(
                            "Published version {}, with {} warning(s): {}",
                            done.version,
                            done.warnings.len(),
                            done.warnings
                                .iter()
                                .map(|w| w.message.as_str())
                                .collect::<Vec<_>>()
                                .join(" ")
                        ),
                        Err(e) => words(&e),
                    },
                    "unpublish" => call(publications::unpublish(&id), crate::desk::read_done)
                        .await
                        .map_or_else(
                            |e| words(&e),
                            |()| "Unpublished: its pages and embeds now say so.".into(),
                        ),
                    "restore" => call(
                        publications::restore(&id, version),
                        publications::read_published,
                    )
                    .await
                    .map_or_else(
                        |e| words(&e),
                        |done| {
                            format!(
                                "Version {version} is live again, as version {}.",
                                done.version
                            )
                        },
                    ),
                    _ => match call(publications::make_preview(&id), publications::read_preview)
                        .await
                    {
                        Ok(made) => {
                            let mut next = (*panel).clone();
                            next.made = made.url;
                            panel.set(next);
                            "Made a preview link: copy it below.".into()
                        }
                        Err(e) => words(&e),
                    },
                };
                reload(id, can_publish, panel, said);
            });
        })
    };
    let revoke = {
        let (panel, id) = (panel.clone(), props.id.to_string());
        Callback::from(move |preview: String| {
            let (panel, id) = (panel.clone(), id.clone());
            spawn_local(async move {
                let said = call(
                    publications::revoke_preview(&id, &preview),
                    crate::desk::read_done,
                )
                .await
                .map_or_else(
                    |e| words(&e),
                    |()| "Revoked: that link no longer works.".into(),
                );
                let mut next = (*panel).clone();
                next.made = None;
                panel.set(next);
                reload(id, can_publish, panel, said);
            });
        })
    };
    html! {
        <section class="studio-panel desk-publish" id="studio-desk-publish" aria-labelledby="desk-publish-title">
            <h2 id="desk-publish-title">{ "Publish on the desk" }</h2>
            { publish_controls(props, &panel, &act) }
            if let Some(state) = panel.publications.as_ref().filter(|s| s.is_live()) {
                { embed_codes(state, &props.headline, &panel) }
            }
            if let Some(state) = &panel.publications {
                { versions(state, &act) }
            }
            if let Some(url) = &panel.made {
                { copy_block("preview link", url, &panel) }
            }
            { preview_links(&panel, &act, &revoke) }
            <p class="desk-publish__said" role="status" aria-live="polite">{ panel.said.clone() }</p>
        </section>
    }
}

/// The state line and the buttons, with what stops a publish.
fn publish_controls(
    props: &DeskPublishPanelProps,
    panel: &Panel,
    act: &Callback<(String, i64)>,
) -> Html {
    let Some(state) = panel.publications.as_ref().map(|s| s.as_of(props.saved)) else {
        return html! { <p>{ "Only editors publish. Make a preview link to show the draft to one." }</p> };
    };
    let line = match state.publications.first() {
        Some(last) => format!(
            "{}: version {}, by {}, {}.",
            state.state_words(),
            last.version,
            last.by,
            saved_label(last.at as f64)
        ),
        None => format!("{}.", state.state_words()),
    };
    let blocked = if props.errors > 0 {
        Some(format!(
            "The draft has {} error(s): fix them (see Problems) to publish.",
            props.errors
        ))
    } else if props.saved.is_none() {
        Some("Waiting for the last change to reach the desk.".to_string())
    } else {
        None
    };
    let publish = act.reform(|_: MouseEvent| ("publish".to_string(), 0));
    let unpublish = act.reform(|_: MouseEvent| ("unpublish".to_string(), 0));
    html! {
        <>
        <p class="desk-publish__state" data-state={state.state.clone()}>{ line }</p>
        if props.warnings > 0 {
            <p class="studio-field__problem">{ format!("{} warning(s) in the draft (see Problems): they do not stop a publish.", props.warnings) }</p>
        }
        if let Some(reason) = &blocked {
            <p class="studio-field__problem studio-field__problem--error">{ reason }</p>
        }
        <div class="desk-publish__actions">
            <button type="button" class="studio-primary" onclick={publish} disabled={blocked.is_some()}>
                { if state.publications.is_empty() { "Publish" } else { "Republish" } }
            </button>
            if state.is_live() {
                <button type="button" onclick={unpublish}>{ "Unpublish" }</button>
            }
        </div>
        </>
    }
}

/// The embed codes and the oEmbed URL of the live explainer, each to copy.
fn embed_codes(state: &Publications, headline: &str, panel: &UseStateHandle<Panel>) -> Html {
    let Some(url) = &state.url else {
        return html! {};
    };
    let codes = EmbedCodes::new(url, None, headline);
    let origin = gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default();
    html! {
        <div class="desk-publish__codes">
            { copy_block("iframe embed code (with Pym)", &codes.iframe, panel) }
            { copy_block("inline embed code", &codes.inline, panel) }
            { copy_block("oEmbed URL", &publications::oembed_url(&origin, url), panel) }
            <p><a href={url.clone()} target="_blank" rel="noopener">{ "Open the published page" }</a></p>
        </div>
    }
}
