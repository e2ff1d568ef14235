//! The embed codes for the Embed panel.

use yew::prelude::*;

use crate::embedding::{widget_folder, EmbedCodes, Embedding};
use crate::host::{content_origin, location};

/// The embed codes once the widget is live (they need the widget's address,
/// which only the browser knows), worked out once rather than on every render;
/// none when the content comes from somewhere the widget's page would refuse as
/// `?src=`, so no code offers it.
#[hook]
pub fn use_embed_codes(live: bool, embedding: Embedding, title: String) -> Option<EmbedCodes> {
    let codes = use_memo((live, embedding, title), |(live, embedding, title)| {
        (*live && content_origin::embeddable(embedding)).then(|| {
            let page = location::href();
            let folder = embedding
                .widget_url
                .clone()
                .unwrap_or_else(|| widget_folder(&page).to_string());
            EmbedCodes::new(&folder, embedding.content_url.as_deref(), title)
        })
    });
    (*codes).clone()
}
