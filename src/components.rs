//! The Yew views, one component per file. Components take data and `on<verb>`
//! callbacks; behaviour that does not need the DOM lives on the model
//! ([`crate::model`]) or the view state ([`crate::state`]).

pub mod app;
pub mod content_errors;
pub mod deal_item;
pub mod deal_tracker;
pub mod embed_panel;
pub mod explainer_header;
pub mod fragment_link;
pub mod highlighted_text;
pub mod notice;
pub mod quote_card;
pub mod quote_list;
pub mod quote_run;
pub mod remote_explainer;
pub mod source_view;
pub mod status_badge;
pub mod view_tabs;
