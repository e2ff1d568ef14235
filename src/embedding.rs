//! Where the widget runs and what that means for links, as plain Rust.
//!
//! The same widget is a page of its own, an iframe in a host article (placed by
//! `static/embed.js`, by NPR's pym.js or by AMP) or mounted straight into a host
//! page's element. The three differ in which URL fragments the widget acts on,
//! whether it may touch the URL, and which URL a copied link carries; those rules
//! live here so they are tested natively, and [`crate::host`] only does the I/O.
//! The wire protocol with host pages is documented in `docs/EMBEDDING.md`.
//!
//! One file per concern; everything is re-exported here, so callers write
//! `crate::embedding::Placement` whichever file it lives in:
//! - `placement`: where the widget runs, and the links and URL writes that follow;
//! - `mount_options`: what a mount is given (the [`Embedding`], the content
//!   timeout, whether to remember what the reader has seen) and why content from a URL did not arrive;
//! - `host_protocol`: what a framed widget reads from its URL, pym.js's
//!   messages, and the engagement events the host page receives;
//! - `embed_codes`: the codes a newsroom pastes into its CMS;
//! - `url`: the few URL rules the others need (web URLs, the widget's
//!   folder, the host query parameters a copied link keeps).

mod embed_codes;
mod host_protocol;
mod mount_options;
mod placement;
mod url;

pub use embed_codes::EmbedCodes;
pub use host_protocol::{EngagementEvent, FrameParams};
pub use mount_options::{
    bounded_timeout, timeout_seconds, Embedding, LoadError, Remember, DEFAULT_TIMEOUT_SECONDS,
};
pub use placement::Placement;
pub use url::{is_web_url, widget_folder, KeptParams};
