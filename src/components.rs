//! The Yew views, one component per file. The root ([`app`]) gives the views a
//! context ([`crate::context`]): the shared content, the flags that change
//! once, and one dispatcher for every reader action. A view takes only its own
//! data as props (a quote card: its index, whether it is open) and builds no
//! element id or link by hand ([`crate::ids`], [`crate::fragment`]). Behaviour
//! that does not need the DOM lives on the model ([`crate::model`]) or the view
//! state ([`crate::state`]).

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
pub mod quote_language;
pub mod quote_list;
pub mod quote_run;
pub mod remote_explainer;
pub mod source_text;
pub mod source_view;
pub mod status_badge;
pub mod status_timeline;
pub mod view_panel;
pub mod view_tabs;
