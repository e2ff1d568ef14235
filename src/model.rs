//! The explainer content model: serde types, text anchoring and validation.
//!
//! Plain Rust with no yew or web-sys imports, so the widget, the native tests and
//! any future command-line tool or pre-renderer share exactly one reading of a
//! content file. Data flows one way:
//! JSON → [`Explainer`] → [`validate::load`] → [`AnchoredExplainer`] (or every
//! [`Problem`] at once, typed and placed in the file's text).

pub mod anchor;
pub mod anchored;
pub mod bidi;
pub mod explainer;
pub mod highlight;
pub mod json_path;
pub mod language;
pub mod limits;
pub mod problem;
pub mod since_visit;
pub mod status;
pub mod timeline;
pub mod validate;
pub mod web_address;

pub use anchor::{Span, TextQuoteSelector};
pub use anchored::{
    AnchoredDeal, AnchoredEvidence, AnchoredExplainer, AnchoredQuote, AnchoredReport,
};
pub use explainer::{
    Article, DealItem, Evidence, Explainer, LiveCoverage, OriginalWords, Person, Quote, Report,
    ReportFacts, Section, StatusChange,
};
pub use language::{SpokenLanguage, Translation, Voices};
pub use problem::{Problem, ProblemKind, Severity};
pub use since_visit::{Changes, SeenSnapshot};
pub use status::Status;
