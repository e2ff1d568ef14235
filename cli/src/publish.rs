//! Where `explainer build` writes, and how its files reach `--out`: a newsroom's
//! folder is never left half-built, and `--force` replaces only the build's own
//! files.
//!
//! The whole site is written into a [`Staging`] folder beside `--out` (on the
//! same file system, so moving a file is a rename). A build that fails, at any
//! step, removes it and leaves `--out` as it was. Only a finished build is
//! [`Staging::publish`]ed: renamed to `--out` when that does not exist; else
//! moved in file by file, so whatever else the folder holds (an `archive/`, a
//! `quote/my-own-page/`, an `old-story.html`) stays as it is. Before the first
//! file moves, every path the build writes is checked: a symbolic link on one
//! (`site/boot.js → elsewhere/config.txt`, `site/quote → elsewhere/`) stops the
//! build, which never writes through a link to somewhere outside the folder.
//!
//! The files a build wrote are listed in [`MANIFEST`] in `--out`, so that the
//! next build removes those it no longer writes (the share page of a quote
//! since deleted), and nothing else.

use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};

use crate::build::{absolute, files};
use crate::precompress::COPY_SUFFIXES;

/// The list of the files a build wrote, in the folder it wrote them to: one
/// path a line, relative to the folder, with `/` between folders.
pub const MANIFEST: &str = ".explainer-files";

/// A folder beside `--out` that a build is written into; removed when dropped
/// unless it was published.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    /// `--out`, absolute, through any symbolic links to it.
    out: PathBuf,
    published: bool,
}

/// What [`Staging::publish`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Published {
    /// Files of an earlier build that this one does not write, removed.
    pub removed: usize,
}

impl Staging {
    /// Creates an empty folder beside `out` (which need not exist yet), named
    /// after it: `.site.building-<process>` beside `site`.
    pub fn beside(out: &Path) -> Result<Staging, String> {
        let out = absolute(out).map_err(|e| format!("cannot find {}: {e}", out.display()))?;
        let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
            return Err(format!(
                "--out {} has no folder around it to build in; choose another folder.",
                out.display()
            ));
        };
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        let name = name.to_string_lossy();
        for attempt in 0.. {
            let dir = parent.join(format!(".{name}.building-{}-{attempt}", std::process::id()));
            match fs::create_dir(&dir) {
                Ok(()) => {
                    return Ok(Staging {
                        dir,
                        out,
                        published: false,
                    })
                }
                Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(format!(
                        "cannot create a folder beside {} to build in: {e}",
                        out.display()
                    ))
                }
            }
        }
        unreachable!("some attempt's name is free")
    }

    /// The folder to write the build into.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Puts the finished build in place: see the module's documentation.
    /// Refuses, changing nothing, when a path the build writes is a symbolic
    /// link, or a folder where the build writes a file (or the other way round).
    pub fn publish(mut self) -> Result<Published, String> {
        let written: BTreeSet<PathBuf> = files(&self.dir)
            .map_err(|e| format!("cannot read {}: {e}", self.dir.display()))?
            .into_iter()
            .map(|(relative, _)| relative)
            .chain([PathBuf::from(MANIFEST)])
            .collect();
        let manifest: String = written
            .iter()
            .filter(|path| *path != Path::new(MANIFEST))
            .map(|path| format!("{}\n", slashed(path)))
            .collect();
        let manifest_path = self.dir.join(MANIFEST);
        fs::write(&manifest_path, manifest)
            .map_err(|e| format!("cannot write {}: {e}", manifest_path.display()))?;

        let out = self.out.clone();
        match fs::symlink_metadata(&out) {
            Err(e) if e.kind() == ErrorKind::NotFound => {
                fs::rename(&self.dir, &out)
                    .map_err(|e| format!("cannot move the build into {}: {e}", out.display()))?;
                self.published = true;
                return Ok(Published::default());
            }
            Err(e) => return Err(format!("cannot read {}: {e}", out.display())),
            Ok(_) if !out.is_dir() => {
                return Err(format!("--out {} is not a folder.", out.display()))
            }
            Ok(_) => {}
        }

        for relative in &written {
            check_path(&out, relative)?;
        }
        // An earlier build's files that this one does not write: those its
        // manifest lists, and stale compressed copies of this build's own files
        // (left by a build that compressed them when this one does not).
        let mut stale: BTreeSet<PathBuf> = earlier_manifest(&out).into_iter().collect();
        for relative in &written {
            for suffix in COPY_SUFFIXES {
                let mut copy = relative.clone().into_os_string();
                copy.push(format!(".{suffix}"));
                stale.insert(PathBuf::from(copy));
            }
        }

        // The manifest last: once it is in place, every file it lists is too.
        let (manifest, others): (Vec<&PathBuf>, Vec<&PathBuf>) = written
            .iter()
            .partition(|relative| *relative == Path::new(MANIFEST));
        for relative in others.into_iter().chain(manifest) {
            let target = out.join(relative);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            fs::rename(self.dir.join(relative), &target)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        }
        self.published = true;
        let _ = fs::remove_dir_all(&self.dir);

        let mut removed = 0;
        for relative in stale.difference(&written) {
            // Only a plain file, reached without a link: never anything the
            // newsroom put there in the place of one, nor outside the folder.
            if check_path(&out, relative).is_err() {
                continue;
            }
            let path = out.join(relative);
            if fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_file()) {
                fs::remove_file(&path)
                    .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
                removed += 1;
                // The folders it leaves empty (a removed quote's), up to `out`.
                for folder in relative.ancestors().skip(1) {
                    if folder.as_os_str().is_empty() || fs::remove_dir(out.join(folder)).is_err() {
                        break;
                    }
                }
            }
        }
        Ok(Published { removed })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.published {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Checks that writing `relative` under `out` stays in `out` and fits what is
/// there: no symbolic link on the way, no file where the path needs a folder,
/// no folder where it needs a file.
fn check_path(out: &Path, relative: &Path) -> Result<(), String> {
    let mut path = out.to_path_buf();
    let mut components = relative.components().peekable();
    while let Some(component) = components.next() {
        let Component::Normal(name) = component else {
            return Err(format!("{} leaves {}", relative.display(), out.display()));
        };
        path.push(name);
        let last = components.peek().is_none();
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        if meta.is_symlink() {
            let target = fs::read_link(&path)
                .map(|target| format!(" (to {})", target.display()))
                .unwrap_or_default();
            return Err(format!(
                "{}{target} is a symbolic link where the build writes; it never writes \
                 through one, which could change files outside {}. Remove the link or \
                 build into another folder; nothing was changed.",
                path.display(),
                out.display()
            ));
        }
        if !last && !meta.is_dir() {
            return Err(format!(
                "{} is a file where the build writes a folder; move it or build into \
                 another folder; nothing was changed.",
                path.display()
            ));
        }
        if last && meta.is_dir() {
            return Err(format!(
                "{} is a folder where the build writes a file; move it or build into \
                 another folder; nothing was changed.",
                path.display()
            ));
        }
    }
    Ok(())
}

/// The files an earlier build's manifest in `out` lists; none when there is
/// no manifest (a folder never built into, or by a version without one), and
/// only relative paths that stay in the folder.
fn earlier_manifest(out: &Path) -> Vec<PathBuf> {
    let path = out.join(MANIFEST);
    if !fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_file()) {
        return Vec::new();
    }
    let text = fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .filter(|line| !line.is_empty())
        .map(PathBuf::from)
        .filter(|relative| {
            relative
                .components()
                .all(|component| matches!(component, Component::Normal(_)))
        })
        .collect()
}

/// A relative path with `/` between its folders, whatever the platform.
pub fn slashed(relative: &Path) -> String {
    relative
        .components()
        .map(|component| component.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_staging_folder_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let staging = Staging::beside(&dir.path().join("site")).unwrap();
        fs::write(staging.path().join("index.html"), "half").unwrap();
        let path = staging.path().to_path_buf();
        assert!(path.starts_with(dir.path().canonicalize().unwrap()));
        drop(staging);
        assert!(!path.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn manifest_entries_that_leave_the_folder_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join(MANIFEST),
            "index.html\n../outside.html\n/etc/passwd\nquote/a/index.html\n",
        )
        .unwrap();
        assert_eq!(
            earlier_manifest(dir.path()),
            [
                PathBuf::from("index.html"),
                PathBuf::from("quote/a/index.html")
            ]
        );
    }
}
