//! `explainer build`: the widget's release build with one explainer in the page.
//!
//! The template is a `trunk build --release` output (`dist/`): `index.html`, the
//! `.js`, the `.wasm` and the CSS. Everything is copied as it is, and only
//! `index.html` changes: it gets the explainer as a
//! `<script type="application/json" id="explainer-content">` element (which the
//! widget reads instead of its bundled default), the headline as its title and
//! the article's language as its `lang`. The content arrives validated
//! ([`PageContent`]), and goes on, in memory, to the pre-render.

use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};

use crate::html;
use crate::page_content::PageContent;

/// The folder of a release build (`dist/studio/`) that holds the Studio, which
/// `build` leaves out of a site.
pub const STUDIO_FOLDER: &str = "studio";

/// The default template: the repository's `dist/`.
pub fn default_template() -> PathBuf {
    let cli = Path::new(env!("CARGO_MANIFEST_DIR"));
    cli.parent().unwrap_or(cli).join("dist")
}

/// Files under `root` (recursively), relative to it, with their sizes, sorted.
pub(crate) fn files(root: &Path) -> std::io::Result<Vec<(PathBuf, u64)>> {
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        for entry in fs::read_dir(root.join(&relative))? {
            let entry = entry?;
            let path = relative.join(entry.file_name());
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(path);
            } else {
                found.push((path, entry.metadata()?.len()));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Checks the template is a trunk build: a folder with an `index.html`.
pub fn check_template(template: &Path) -> Result<(), String> {
    if template.join("index.html").is_file() {
        return Ok(());
    }
    let what = if template.is_dir() {
        format!("{} has no index.html", template.display())
    } else {
        format!("{} does not exist", template.display())
    };
    Err(format!(
        "the template {what}.\n       Build the widget first with `trunk build --release` \
         in the repository root (it writes dist/), or pass --template DIR."
    ))
}

/// Checks the output folder can be written: not inside the template, and empty
/// unless `force`.
pub fn check_out(template: &Path, out: &Path, force: bool) -> Result<(), String> {
    if let (Ok(template), Ok(out)) = (template.canonicalize(), absolute(out)) {
        if out.starts_with(&template) {
            return Err(format!(
                "--out {} is inside the template {}; choose another folder.",
                out.display(),
                template.display()
            ));
        }
    }
    if out.is_file() {
        return Err(format!("--out {} is a file, not a folder.", out.display()));
    }
    let not_empty = fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_some());
    if not_empty && !force {
        return Err(format!(
            "{} is not empty; pass --force to write into it (only the files this build \
             writes are replaced).",
            out.display()
        ));
    }
    Ok(())
}

/// An absolute form of a path that may not exist yet, following the symbolic
/// links of the part that does.
pub(crate) fn absolute(path: &Path) -> std::io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        let Some(parent) = existing.parent() else {
            break;
        };
        rest.push(existing.file_name().map(PathBuf::from).unwrap_or_default());
        existing = parent;
    }
    let mut resolved = existing.canonicalize()?;
    resolved.extend(rest.iter().rev());
    Ok(resolved)
}

/// Copies the template into `out` and writes its `index.html` with this
/// content. Returns the number of files written.
pub fn build(content: &PageContent, template: &Path, out: &Path) -> Result<usize, String> {
    let io = |what: &str, path: &Path, error: std::io::Error| {
        format!("cannot {what} {}: {error}", path.display())
    };
    let mut files = files(template).map_err(|e| io("read the template", template, e))?;
    // The template's .gz/.br copies describe its own pages, not this build's:
    // left behind with --no-precompress, a host would serve the stale page.
    files.retain(|(relative, _)| !crate::precompress::is_copy(relative));
    // The release build puts the authoring Studio beside the widget; a newsroom's
    // published explainer is for readers and does not carry it.
    files.retain(|(relative, _)| !relative.starts_with(STUDIO_FOLDER));
    let page = fs::read_to_string(template.join("index.html"))
        .map_err(|e| io("read", &template.join("index.html"), e))?;
    let article = &content.explainer().explainer.article;
    let page = html::rewrite(
        &page,
        content.element_text(),
        &article.headline,
        &article.language,
    )
    .map_err(|_| format!("{} has no </head>.", template.join("index.html").display()))?;

    let total: u64 = files.iter().map(|(_, size)| size).sum();
    let progress = if std::io::stderr().is_terminal() {
        ProgressBar::new(total).with_style(
            ProgressStyle::with_template("{msg:>10} [{bar:30}] {bytes}/{total_bytes}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        )
    } else {
        ProgressBar::hidden()
    };
    progress.set_message("Copying");
    fs::create_dir_all(out).map_err(|e| io("create", out, e))?;
    for (relative, size) in &files {
        let target = out.join(relative);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| io("create", parent, e))?;
        }
        if relative == Path::new("index.html") {
            fs::write(&target, &page).map_err(|e| io("write", &target, e))?;
        } else {
            fs::copy(template.join(relative), &target).map_err(|e| io("write", &target, e))?;
        }
        progress.inc(*size);
    }
    progress.finish_and_clear();
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_template_names_the_command_to_run() {
        let message = check_template(Path::new("/no/such/dist")).unwrap_err();
        assert!(message.contains("trunk build --release"), "{message}");
        assert!(
            message.contains("/no/such/dist does not exist"),
            "{message}"
        );
    }

    #[test]
    fn the_default_template_is_the_repository_dist() {
        let template = default_template();
        assert!(template.ends_with("dist"), "{}", template.display());
        assert!(template.parent().unwrap().join("Cargo.toml").is_file());
    }

    #[test]
    fn absolute_paths_of_missing_folders_resolve() {
        let here = std::env::current_dir().unwrap().canonicalize().unwrap();
        assert_eq!(absolute(Path::new("a/b")).unwrap(), here.join("a/b"));
    }
}
