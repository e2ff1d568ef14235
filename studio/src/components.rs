//! The Studio's Yew views, one component per file. They render a
//! [`crate::draft::Studio`] and send it [`crate::draft::Action`]s; no logic of
//! the document lives here.

pub mod article_form;
pub mod article_text;
pub mod audit_log;
pub mod bound_select;
pub mod conflict_dialog;
pub mod deal_editor;
pub mod deal_item_editor;
pub mod desk_account;
pub mod desk_list;
pub mod desk_login;
pub mod desk_publish_panel;
pub mod drafting_progress;
pub mod existing_quote;
pub mod field_note;
pub mod move_buttons;
pub mod people_editor;
pub mod preview_pane;
pub mod problem_list;
pub mod publish_panel;
pub mod quote_editor;
pub mod quote_form;
pub mod quote_maker;
pub mod repair_panel;
pub mod report_adder;
pub mod revisions_panel;
pub mod section_nav;
pub mod start_panel;
pub mod studio_app;
pub mod studio_bar;
pub mod text_field;
