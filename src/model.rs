//! The explainer content model: serde types, text anchoring and validation.
//!
//! Plain Rust with no yew or web-sys imports, so the widget, the native tests and
//! any future command-line tool or pre-renderer share exactly one reading of a
//! content file. Data flows one way:
//! JSON → [`Explainer`] → [`validate::load`] → [`AnchoredExplainer`] (or every
//! [`Diagnostic`] at once).

pub mod anchor;
pub mod explainer;
pub mod highlight;
pub mod status;
pub mod structured_data;
pub mod validate;

pub use anchor::{Span, TextQuoteSelector};
pub use explainer::{Article, DealItem, Evidence, Explainer, Person, Quote, Section, StatusChange};
pub use status::Status;
pub use validate::{AnchoredExplainer, Diagnostic};
