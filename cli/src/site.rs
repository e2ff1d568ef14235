//! The site builder: everything `explainer build` writes for one explainer, as
//! one call, so that `explainer build`, `explainer publish` and the desk build a
//! site the same way.
//!
//! [`build_site`] takes content that is already validated ([`PageContent`]) and
//! an empty folder, and writes into it: the template with the explainer in its
//! page, the pre-render (structured data, share pages and their cards, the
//! embed files) and the pre-compressed copies. It prints nothing; the caller
//! reports what [`BuiltSite`] says. Where the folder ends up (moved over
//! `--out`, or sent to a publish target) is the caller's business.

use std::path::{Path, PathBuf};

use crate::page_content::PageContent;
use crate::precompress::{self, Precompressed};
use crate::stylesheet::Minified;
use crate::{build, prerender};

/// How to build a site: what `explainer build` takes as flags.
#[derive(Clone, Debug)]
pub struct SiteOptions {
    /// The release build to start from (`dist/`).
    pub template: PathBuf,
    /// The absolute URL the site will be served at, for canonical and image URLs
    /// and `oembed.json`; relative URLs without it.
    pub site_url: Option<String>,
    /// Where the page's oEmbed discovery link points: the desk's `/oembed`
    /// endpoint for a page it publishes; without it, the site's own
    /// `oembed.json` (when there is a site URL).
    pub oembed_url: Option<String>,
    /// Write the explainer's JSON beside the page as `content.json` and name
    /// it in the page (`<meta name="explainer-updates">`), so an open page
    /// learns of a republish: what a publish builds.
    pub live_updates: bool,
    /// Origins besides the pages' own that `?src=` may load explainers from.
    pub content_origins: Vec<String>,
    /// Write a share page and card per quote.
    pub share_pages: bool,
    /// Write `.gz` and `.br` copies beside the files.
    pub precompress: bool,
}

/// What [`build_site`] wrote.
#[derive(Debug)]
pub struct BuiltSite {
    /// Files copied from the template (the page among them).
    pub template_files: usize,
    /// Share pages written (one per quote, or none).
    pub share_pages: usize,
    /// Why the stylesheet was left as it was, when it could not be minified.
    pub stylesheet_kept: Option<String>,
    /// The pre-compressed copies, when they were written.
    pub precompressed: Option<Precompressed>,
}

/// Builds the site for `content` into `dir` (empty or missing): see the
/// module's documentation. The template is checked first, so a missing one is
/// an error before anything is written.
pub fn build_site(
    content: &PageContent,
    options: &SiteOptions,
    dir: &Path,
) -> Result<BuiltSite, String> {
    build::check_template(&options.template)?;
    let template_files = build::build(content, &options.template, dir)?;
    let written = prerender::prerender(
        dir,
        content,
        options.site_url.as_deref(),
        options.oembed_url.as_deref(),
        &options.content_origins,
        options.share_pages,
        options.live_updates,
    )?;
    let stylesheet_kept = match written.stylesheet {
        Minified::Kept(reason) => Some(reason),
        _ => None,
    };
    let precompressed = if options.precompress {
        Some(precompress::precompress(dir)?)
    } else {
        None
    };
    Ok(BuiltSite {
        template_files,
        share_pages: written.share_pages,
        stylesheet_kept,
        precompressed,
    })
}
