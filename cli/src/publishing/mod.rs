//! Publishing: an explainer's site written in place to a folder or a bucket,
//! at a stable address per explainer (`<target>/<slug>/`), numbered, and
//! undone by an unpublish. `explainer publish` and `unpublish` call this; the
//! desk calls the same functions with its own target.
//!
//! A publish goes **build → write → switch**:
//!
//! 1. The site is built in full, by the same site builder as `explainer build`
//!    ([`crate::site`]), into a scratch folder. A build that fails writes nothing.
//! 2. The version's content is recorded (`_versions/<slug>/<n>/`, see
//!    [`versions`]), then the content-hashed files (the Wasm, its glue, the
//!    stylesheet and their compressed copies) are written. Their names are new,
//!    or the same bytes under the same name, so no page changes yet, and those
//!    of older versions stay for pages still open in a reader's browser.
//! 3. The other files (share pages and their cards, locale files), then last the
//!    explainer's own page, `embed.js` and `oembed.json`: the switch. Each write
//!    is whole ([`target::Target`]), so until the page is written, every embed
//!    shows the last version, with all its files.
//! 4. The version is recorded as live (`versions.json`), and files of the last
//!    version that this one does not have (the share page of a deleted quote)
//!    are removed. Hashed files never are.
//!
//! A publish that stops (the server down, the disk full, the process killed)
//! leaves the record and the page at the last version, and says which step
//! failed and what readers see; running it again finishes it.
//!
//! Headers ([`headers_for`]): hashed files are `immutable` for a year; pages and
//! everything else are cached for a minute and revalidated by `ETag`, which
//! S3 and web servers send. A bucket also gets each `.gz`/`.br` copy with its
//! `Content-Encoding`, for a CDN that picks the copy by `Accept-Encoding`.

pub mod folder;
pub mod gone;
pub mod s3;
pub mod target;
pub mod versions;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use futures_util::stream::{self, TryStreamExt};
use news_explainer::ids::is_slug;
use news_explainer::model::validate;

use crate::page_content::PageContent;
use crate::precompress::COPY_SUFFIXES;
use crate::publish::slashed;
use crate::site::{self, BuiltSite, SiteOptions};
use target::{Headers, Target};
use versions::{History, Source, Unpublished, Version};

/// The target `--to` names: `s3://bucket[/prefix]` for a bucket (see
/// [`s3::Bucket::from_env`] for the credentials and endpoint), anything
/// else a local folder (created when missing).
pub fn open(spec: &str) -> Result<Box<dyn Target>, String> {
    if let Some(rest) = spec.strip_prefix("s3://") {
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(format!(
                "--to {spec} names no bucket: write s3://BUCKET or s3://BUCKET/PREFIX."
            ));
        }
        return Ok(Box::new(s3::Bucket::from_env(bucket, prefix)?));
    }
    if spec.contains("://") {
        return Err(format!(
            "--to {spec}: only a folder or s3://BUCKET/PREFIX can be published to."
        ));
    }
    Ok(Box::new(folder::Folder::new(spec.as_ref())?))
}

/// Writes in flight at once: enough to hide a bucket's round trips, few enough
/// for a small server (and a folder, where it changes nothing).
const CONCURRENCY: usize = 32;

/// `Cache-Control` of content-hashed files: a new version has new names.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of pages and everything else: a republish shows within a minute.
pub const SHORT: &str = "public, max-age=60";
/// `Cache-Control` of the records, which tools read and readers never should.
const RECORD: &str = "no-cache";

/// The files that make the switch, written last: the page every embed shows,
/// the loader of inline embeds, the oEmbed answer and the content open pages
/// poll (written with the page, so that a page told of a new version gets it).
const ENTRY_FILES: [&str; 4] = ["index.html", "embed.js", "oembed.json", "content.json"];

/// True for a file whose name carries a hash of its content, as trunk names
/// them (`news-explainer-1a2b3c4d5e6f7a8b_bg.wasm`, `style-1a2b…c.css`), or a
/// compressed copy of one.
pub fn is_hashed(key: &str) -> bool {
    let name = key.rsplit('/').next().unwrap_or(key);
    let name = original(name);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        hash.len() >= 8 && hash.len() <= 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// A compressed copy's original name (`index.html` for `index.html.gz`); other
/// names as they are.
fn original(name: &str) -> &str {
    COPY_SUFFIXES
        .iter()
        .find_map(|suffix| name.strip_suffix(&format!(".{suffix}")[..]))
        .unwrap_or(name)
}

/// The headers a site file is served with: see the module's documentation.
pub fn headers_for(key: &str) -> Headers {
    let original = original(key);
    let content_encoding = if key.ends_with(".gz") && original != key {
        Some("gzip")
    } else if key.ends_with(".br") && original != key {
        Some("br")
    } else {
        None
    };
    let extension = original.rsplit_once('.').map_or("", |(_, e)| e);
    let content_type = match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "woff2" => "font/woff2",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
    Headers {
        content_type,
        content_encoding,
        cache_control: if is_hashed(key) { IMMUTABLE } else { SHORT },
    }
}

/// The headers of a record (`versions.json`, a version's content).
fn record_headers(content_type: &'static str) -> Headers {
    Headers {
        content_type,
        content_encoding: None,
        cache_control: RECORD,
    }
}

/// What to publish: an explainer and how to build it.
#[derive(Clone, Debug)]
pub struct Publication<'a> {
    /// Its folder under the target: lowercase letters, digits and hyphens.
    pub slug: &'a str,
    /// The explainer's JSON, as written (kept as the version's content).
    pub json: &'a str,
    /// How to build the site.
    pub site: &'a SiteOptions,
    /// Who publishes.
    pub by: &'a str,
    /// The file it came from, if any, for the record.
    pub source_file: Option<String>,
    /// A revision to record (a commit, the desk's revision).
    pub revision: Option<String>,
    /// The version this republishes, for a restore.
    pub restored_from: Option<u32>,
}

/// What a publish did.
#[derive(Debug)]
pub struct Outcome {
    /// The version now live.
    pub version: Version,
    /// The version it replaced, if any.
    pub previous: Option<u32>,
    /// Files whose bytes that version already had, not written again.
    pub unchanged: usize,
    /// Files of that version which this one does not have, removed.
    pub removed: usize,
}

/// What an unpublish did.
#[derive(Debug)]
pub struct Withdrawn {
    /// The version that was live.
    pub version: Option<u32>,
    /// Pages and loaders replaced by the notice.
    pub notices: usize,
    /// Other files removed (hashed files are kept).
    pub removed: usize,
}

/// The record of `slug` in `target`, or `None` when it was never published there.
pub async fn history(target: &dyn Target, slug: &str) -> Result<Option<History>, String> {
    let Some(bytes) = target.get(&versions::history_key(slug)).await? else {
        return Ok(None);
    };
    serde_json::from_slice(&bytes).map(Some).map_err(|e| {
        format!(
            "{} in {} is not a publish record: {e}",
            versions::history_key(slug),
            target.describe()
        )
    })
}

/// Checks a slug can name a folder under the target.
pub fn check_slug(slug: &str) -> Result<(), String> {
    if is_slug(slug) && slug.len() <= 100 {
        Ok(())
    } else {
        Err(format!(
            "“{slug}” cannot name an explainer's folder: use lowercase letters, digits and \
             single hyphens (at most 100 characters), e.g. anchorage-summit."
        ))
    }
}

/// A folder in the system's temporary folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Scratch, String> {
        let base = std::env::temp_dir();
        for attempt in 0u32.. {
            let dir = base.join(format!(
                "explainer-publish-{}-{attempt}",
                std::process::id()
            ));
            match fs::create_dir(&dir) {
                Ok(()) => return Ok(Scratch(dir)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(format!("cannot create {}: {e}", dir.display())),
            }
        }
        unreachable!("some attempt's name is free")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Writes the files `relative` (under `dir`) to `<slug>/…` in the target,
/// [`CONCURRENCY`] at a time, counting them in `written`.
async fn put_files(
    target: &dyn Target,
    slug: &str,
    dir: &Path,
    relative: &[String],
    written: &AtomicUsize,
) -> Result<(), String> {
    stream::iter(relative.iter().map(Ok))
        .try_for_each_concurrent(CONCURRENCY, |file| async move {
            let path = dir.join(file);
            let body =
                fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            target
                .put(
                    &format!("{slug}/{file}"),
                    Bytes::from(body),
                    &headers_for(file),
                )
                .await?;
            written.fetch_add(1, Ordering::Relaxed);
            Ok(())
        })
        .await
}

/// The files a version wrote (its `files.txt`: `<sha256> <path>` a line),
/// relative to `<slug>/`, with the hash of each where the list has it.
async fn files_of(
    target: &dyn Target,
    slug: &str,
    number: u32,
) -> Result<Vec<(String, Option<String>)>, String> {
    Ok(target
        .get(&versions::files_key(slug, number))
        .await?
        .map(|bytes| {
            String::from_utf8_lossy(&bytes)
                .lines()
                .filter(|line| !line.is_empty())
                .map(|line| match line.split_once(' ') {
                    Some((hash, file)) if hash.len() == 64 => {
                        (file.to_string(), Some(hash.to_string()))
                    }
                    _ => (line.to_string(), None),
                })
                .collect()
        })
        .unwrap_or_default())
}

/// Removes files of `slug` concurrently; returns how many.
async fn delete_files(target: &dyn Target, slug: &str, files: &[String]) -> Result<usize, String> {
    stream::iter(files.iter().map(Ok))
        .try_for_each_concurrent(CONCURRENCY, |file| async move {
            target.delete(&format!("{slug}/{file}")).await
        })
        .await?;
    Ok(files.len())
}

/// A site built for a publish, in a scratch folder removed when this is
/// dropped: step 1 of [`publish`]'s documentation, done by [`build`].
pub struct Built {
    scratch: Scratch,
    /// Each file, relative to the site, with the SHA-256 of its bytes.
    files: Vec<(String, String)>,
    /// What the site builder wrote.
    pub site: BuiltSite,
}

/// Builds the site of a publication (step 1): validates the content (an
/// invalid one is refused, with nothing written; the caller shows the
/// validator's report first) and builds it into a scratch folder.
///
/// Plain blocking work (the pre-render runs its own runtime), apart from
/// [`publish`] so that an async caller (the desk) runs it on a blocking thread.
pub fn build(publication: &Publication<'_>) -> Result<Built, String> {
    check_slug(publication.slug)?;
    let anchored = validate::load(publication.json).map_err(|problems| {
        format!(
            "the explainer has {} error(s) and cannot be published; run `explainer check` on it.",
            problems.len()
        )
    })?;
    let content = PageContent::for_page(anchored)?;
    let scratch = Scratch::new()?;
    // A published page learns of the next publish while open.
    let options = SiteOptions {
        live_updates: true,
        ..publication.site.clone()
    };
    let site = site::build_site(&content, &options, &scratch.0)?;
    let files = crate::build::files(&scratch.0)
        .map_err(|e| format!("cannot read {}: {e}", scratch.0.display()))?
        .into_iter()
        .map(|(relative, _)| {
            let path = scratch.0.join(&relative);
            let bytes =
                fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok((slashed(&relative), versions::sha256_hex(&bytes)))
        })
        .collect::<Result<_, String>>()?;
    Ok(Built {
        scratch,
        files,
        site,
    })
}

/// Writes a built site to `target` as the next version of its slug, and
/// switches readers to it: steps 2 to 4 of the module's documentation. `log`
/// hears each step, as a line for people.
pub async fn publish(
    target: &dyn Target,
    publication: &Publication<'_>,
    built: Built,
    log: &(dyn Fn(&str) + Sync),
) -> Result<Outcome, String> {
    let slug = publication.slug;
    check_slug(slug)?;
    let mut history = history(target, slug).await?.unwrap_or_else(|| History {
        slug: slug.to_string(),
        ..History::default()
    });
    let previous = history.current;
    let number = history.next_number();
    // What the builder said was for the caller, before this was called.
    let Built {
        scratch,
        files: listed,
        ..
    } = built;
    // Files whose bytes the live version already has are not written again
    // (to a target that asks for it): a republish after an edit sends what
    // changed (the page, the edited quotes' share pages), not the whole site.
    // Only against a live version: after an unpublish its pages are notices.
    let mut before: BTreeSet<(String, String)> = match previous {
        Some(live) if target.skips_unchanged() => files_of(target, slug, live)
            .await?
            .into_iter()
            .filter_map(|(file, hash)| Some((file, hash?)))
            .collect(),
        _ => BTreeSet::new(),
    };
    // An attempt at this number that stopped half-way left its list: what it
    // may have written over the live version's files must be written again.
    let attempted: std::collections::BTreeMap<String, Option<String>> =
        files_of(target, slug, number).await?.into_iter().collect();
    before.retain(|(file, hash)| {
        attempted
            .get(file)
            .is_none_or(|attempt| attempt.as_ref() == Some(hash))
    });
    let files: Vec<String> = listed.iter().map(|(file, _)| file.clone()).collect();
    let changed: Vec<String> = listed
        .iter()
        .filter(|entry| !before.contains(*entry))
        .map(|(file, _)| file.clone())
        .collect();
    let unchanged = files.len() - changed.len();
    let (hashed, rest): (Vec<String>, Vec<String>) =
        changed.into_iter().partition(|file| is_hashed(file));
    let (entry, others): (Vec<String>, Vec<String>) = rest
        .into_iter()
        .partition(|file| ENTRY_FILES.contains(&original(file)));

    let live = match previous {
        Some(number) => format!("version {number}"),
        None => "nothing (this is the first publish)".to_string(),
    };
    let stopped = |step: &str, done: usize, of: usize, readers: &str, error: String| {
        format!(
            "publishing version {number} of {slug} to {} stopped while {step} ({done} of {of} \
             written): {error}\n       Readers still get {readers}. Run the same command again \
             to finish; nothing else needs undoing.",
            target.describe()
        )
    };

    // 2. The version's content, then the hashed files.
    let record = |error| stopped("recording the version's content", 0, 2, &live, error);
    target
        .put(
            &versions::content_key(slug, number),
            Bytes::from(publication.json.to_string()),
            &record_headers("application/json"),
        )
        .await
        .map_err(record)?;
    let listing: String = listed
        .iter()
        .map(|(file, hash)| format!("{hash} {file}\n"))
        .collect();
    target
        .put(
            &versions::files_key(slug, number),
            Bytes::from(listing),
            &record_headers("text/plain; charset=utf-8"),
        )
        .await
        .map_err(record)?;
    let written = AtomicUsize::new(0);
    let skipped = match unchanged {
        0 => String::new(),
        n => format!(" ({n} files unchanged since {live}, not written again)"),
    };
    log(&format!(
        "Writing version {number} of {slug} to {}: {} hashed files{skipped}…",
        target.describe(),
        hashed.len()
    ));
    put_files(target, slug, &scratch.0, &hashed, &written)
        .await
        .map_err(|e| {
            let done = written.load(Ordering::Relaxed);
            stopped("writing the hashed files", done, hashed.len(), &live, e)
        })?;

    // 3. The other files, then the switch.
    log(&format!(
        "Writing {} share pages, cards and other files…",
        others.len()
    ));
    let written = AtomicUsize::new(0);
    put_files(target, slug, &scratch.0, &others, &written)
        .await
        .map_err(|e| {
            let done = written.load(Ordering::Relaxed);
            let readers = match previous {
                Some(old) => format!(
                    "version {old} on the explainer's page and in every embed; share pages \
                     already written show version {number}'s words"
                ),
                None => live.clone(),
            };
            stopped(
                "writing the share pages and files",
                done,
                others.len(),
                &readers,
                e,
            )
        })?;
    let switched: Vec<&String> = entry.iter().filter(|f| original(f) == f.as_str()).collect();
    let pages = switched
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    log(&if entry.is_empty() {
        format!("Switching {slug} to version {number}: the page is unchanged…")
    } else if pages.is_empty() {
        format!("Switching {slug} to version {number}: the page's copies…")
    } else {
        format!("Switching {slug} to version {number}: {pages} and their copies…")
    });
    let written = AtomicUsize::new(0);
    put_files(target, slug, &scratch.0, &entry, &written)
        .await
        .map_err(|e| {
            let done = written.load(Ordering::Relaxed);
            let readers = format!(
                "version {number} or {live} depending on the file: the switch was cut short"
            );
            stopped("writing the page", done, entry.len(), &readers, e)
        })?;

    // 4. Record, then tidy.
    let version = Version {
        number,
        time: versions::now(),
        by: publication.by.to_string(),
        source: Source {
            file: publication.source_file.clone(),
            sha256: versions::sha256_hex(publication.json.as_bytes()),
            revision: publication.revision.clone(),
        },
        site_url: publication.site.site_url.clone(),
        content_origins: publication.site.content_origins.clone(),
        share_pages: publication.site.share_pages,
        precompress: publication.site.precompress,
        files: files.len(),
        restored_from: publication.restored_from,
    };
    let last = previous.or_else(|| history.unpublished.as_ref().and_then(|u| u.version));
    history.current = Some(number);
    history.unpublished = None;
    history.versions.push(version.clone());
    write_history(target, &history).await.map_err(|e| {
        format!(
            "version {number} of {slug} is live in {}, but its record could not be written: \
             {e}\n       Run the same command again to record it.",
            target.describe()
        )
    })?;
    target.delete(&versions::marker_key(slug)).await?;
    let mut removed = 0;
    if let Some(last) = last {
        let now: BTreeSet<&String> = files.iter().collect();
        let stale: Vec<String> = files_of(target, slug, last)
            .await?
            .into_iter()
            .map(|(file, _)| file)
            .filter(|file| !now.contains(file) && !is_hashed(file))
            .collect();
        removed = delete_files(target, slug, &stale).await?;
    }
    drop(scratch);
    Ok(Outcome {
        version,
        previous,
        unchanged,
        removed,
    })
}

async fn write_history(target: &dyn Target, history: &History) -> Result<(), String> {
    let json = serde_json::to_string_pretty(history).map_err(|e| e.to_string())? + "\n";
    target
        .put(
            &versions::history_key(&history.slug),
            Bytes::from(json),
            &record_headers("application/json"),
        )
        .await
}

/// Version `number` of `slug` as recorded: its content and the options it
/// was built with, for a restore (`explainer publish --restore N`): build a
/// [`Publication`] of them with `restored_from`, and publish it as usual.
pub async fn recorded(
    target: &dyn Target,
    slug: &str,
    number: u32,
) -> Result<(String, Version), String> {
    check_slug(slug)?;
    let history = history(target, slug).await?.ok_or_else(|| {
        format!(
            "nothing was ever published as {slug} to {}.",
            target.describe()
        )
    })?;
    let version = history.version(number).ok_or_else(|| {
        let known: Vec<String> = history
            .versions
            .iter()
            .map(|v| v.number.to_string())
            .collect();
        format!(
            "{slug} has no version {number} in {}; it has {}.",
            target.describe(),
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        )
    })?;
    let json = target
        .get(&versions::content_key(slug, number))
        .await?
        .ok_or_else(|| format!("the content of version {number} of {slug} is missing."))?;
    let json = String::from_utf8(json.to_vec())
        .map_err(|_| format!("the content of version {number} of {slug} is not UTF-8."))?;
    Ok((json, version.clone()))
}

/// The site options a recorded version was built with, on today's `template`.
pub fn options_of(version: &Version, template: PathBuf) -> SiteOptions {
    SiteOptions {
        template,
        site_url: version.site_url.clone(),
        oembed_url: None,
        live_updates: false,
        content_origins: version.content_origins.clone(),
        share_pages: version.share_pages,
        precompress: version.precompress,
    }
}

/// Unpublishes `slug`: every page of the live version (the explainer's page
/// and each share page) and `embed.js` become the notice of [`gone`], the
/// marker `<slug>/unpublished.json` is written for a server that answers 410,
/// the record says so, and the version's other files go; hashed files stay, for
/// pages still open.
pub async fn unpublish(target: &dyn Target, slug: &str, by: &str) -> Result<Withdrawn, String> {
    check_slug(slug)?;
    let mut history = history(target, slug).await?.ok_or_else(|| {
        format!(
            "nothing was ever published as {slug} to {}.",
            target.describe()
        )
    })?;
    let live = history
        .current
        .or_else(|| history.unpublished.as_ref().and_then(|u| u.version));
    let mut files = match live {
        Some(number) => files_of(target, slug, number)
            .await?
            .into_iter()
            .map(|(file, _)| file)
            .collect(),
        None => Vec::new(),
    };
    // Whatever the record lists, the address itself shows the notice.
    for file in ["index.html", "embed.js"] {
        if !files.iter().any(|f| f == file) {
            files.push(file.to_string());
        }
    }
    let (notices, others): (Vec<String>, Vec<String>) = files
        .into_iter()
        .filter(|file| !is_hashed(file))
        .partition(|file| {
            let original = original(file);
            original == "index.html" || original.ends_with("/index.html") || original == "embed.js"
        });
    stream::iter(notices.iter().map(Ok))
        .try_for_each_concurrent(CONCURRENCY, |file| async move {
            let text = if original(file) == "embed.js" {
                gone::EMBED_JS
            } else {
                gone::PAGE
            };
            let body = encode(text.as_bytes(), headers_for(file).content_encoding)?;
            target
                .put(
                    &format!("{slug}/{file}"),
                    Bytes::from(body),
                    &headers_for(file),
                )
                .await
        })
        .await
        .map_err(|e| {
            format!(
                "unpublishing {slug} from {} stopped while writing the notice: {e}\n       \
                 Some pages may still show the explainer. Run the same command again.",
                target.describe()
            )
        })?;
    let time = versions::now();
    let marker = serde_json::json!({ "slug": slug, "unpublished": time });
    target
        .put(
            &versions::marker_key(slug),
            Bytes::from(marker.to_string() + "\n"),
            &record_headers("application/json"),
        )
        .await?;
    history.current = None;
    history.unpublished = Some(Unpublished {
        time,
        by: by.to_string(),
        version: live,
    });
    write_history(target, &history).await?;
    let removed = delete_files(target, slug, &others).await?;
    Ok(Withdrawn {
        version: live,
        notices: notices.len(),
        removed,
    })
}

/// `bytes` as a pre-compressed copy with `encoding` (`gzip`, `br`) would hold them.
fn encode(bytes: &[u8], encoding: Option<&str>) -> Result<Vec<u8>, String> {
    use std::io::Write;
    match encoding {
        Some("gzip") => {
            let mut encoder =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(bytes).map_err(|e| e.to_string())?;
            encoder.finish().map_err(|e| e.to_string())
        }
        Some("br") => {
            let mut out = Vec::new();
            {
                let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
                encoder.write_all(bytes).map_err(|e| e.to_string())?;
            }
            Ok(out)
        }
        _ => Ok(bytes.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_names_are_hashed_and_pages_are_not() {
        assert!(is_hashed("news-explainer-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(is_hashed("news-explainer-1a2b3c4d5e6f7a8b_bg.wasm.br"));
        assert!(is_hashed("news-explainer-1a2b3c4d5e6f7a8b.js"));
        assert!(is_hashed("style-00ff00ff00ff00ff.css.gz"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("embed.js"));
        assert!(!is_hashed("quote/lowest-point-since-cold-war/index.html"));
        assert!(!is_hashed("quote/a-deal/card.png"));
        assert!(!is_hashed("locales/fr.json"));
        assert!(!is_hashed("boot.js"));
    }

    #[test]
    fn copies_carry_their_original_type_and_encoding() {
        let page = headers_for("index.html.br");
        assert_eq!(page.content_type, "text/html; charset=utf-8");
        assert_eq!(page.content_encoding, Some("br"));
        assert_eq!(page.cache_control, SHORT);
        let wasm = headers_for("news-explainer-1a2b3c4d5e6f7a8b_bg.wasm.gz");
        assert_eq!(wasm.content_type, "application/wasm");
        assert_eq!(wasm.content_encoding, Some("gzip"));
        assert_eq!(wasm.cache_control, IMMUTABLE);
        assert_eq!(headers_for("quote/a/card.png").content_encoding, None);
    }

    #[test]
    fn the_notice_compresses_both_ways() {
        let gzip = encode(gone::PAGE.as_bytes(), Some("gzip")).unwrap();
        let mut text = String::new();
        use std::io::Read;
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, gone::PAGE);
        let brotli = encode(gone::PAGE.as_bytes(), Some("br")).unwrap();
        let mut text = String::new();
        brotli::Decompressor::new(&brotli[..], 4096)
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, gone::PAGE);
    }
}

#[cfg(test)]
mod send_tests {
    use super::*;

    fn assert_send<T: Send>(_: &T) {}

    /// The desk awaits these in its HTTP handlers, which axum runs on any thread.
    #[test]
    fn the_writes_can_move_between_threads() {
        let folder = folder::Folder::new(&std::env::temp_dir()).unwrap();
        let options = SiteOptions {
            template: PathBuf::new(),
            site_url: None,
            oembed_url: None,
            live_updates: false,
            content_origins: Vec::new(),
            share_pages: false,
            precompress: false,
        };
        let publication = Publication {
            slug: "a",
            json: "{}",
            site: &options,
            by: "me",
            source_file: None,
            revision: None,
            restored_from: None,
        };
        let log = |_: &str| {};
        let unpublishing = unpublish(&folder, "a", "me");
        assert_send(&unpublishing);
        let reading = recorded(&folder, "a", 1);
        assert_send(&reading);
        if let Ok(built) = build(&publication) {
            let publishing = publish(&folder, &publication, built, &log);
            assert_send(&publishing);
        }
    }
}
