//! The local folder target (`--to /srv/explainers`): for a newsroom's own web
//! server, and the desk's default (a folder it serves).
//!
//! Each object is a file at its key under the folder. A file is written beside
//! its place under a temporary name and renamed over it, so a reader (or the web
//! server) sees the old file or the new one, and a write that fails (disk full)
//! or is killed leaves the old file as it was. A folder keeps no headers: the web
//! server sets them, and serves the `.gz`/`.br` siblings the site carries (nginx
//! `gzip_static`, Caddy `precompressed`). No write goes through a symbolic link,
//! which could reach outside the folder.

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;
use bytes::Bytes;

use super::target::{Headers, Target};

/// A folder on this machine.
#[derive(Debug)]
pub struct Folder {
    root: PathBuf,
}

/// Numbers the temporary files of one process, so concurrent writes never share one.
static TEMPORARY: AtomicU64 = AtomicU64::new(0);

impl Folder {
    /// The folder at `root`, created when missing.
    pub fn new(root: &Path) -> Result<Folder, String> {
        fs::create_dir_all(root).map_err(|e| format!("cannot create {}: {e}", root.display()))?;
        Ok(Folder {
            root: root.to_path_buf(),
        })
    }

    /// The file of `key`, refusing keys that would leave the folder and
    /// symbolic links on the way to it.
    fn path(&self, key: &str) -> Result<PathBuf, String> {
        let relative = Path::new(key);
        let mut path = self.root.clone();
        for component in relative.components() {
            let Component::Normal(name) = component else {
                return Err(format!("{key} is not a path inside {}", self.describe()));
            };
            path.push(name);
            if fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_symlink()) {
                return Err(format!(
                    "{} is a symbolic link; a publish never writes through one.",
                    path.display()
                ));
            }
        }
        Ok(path)
    }
}

#[async_trait]
impl Target for Folder {
    fn describe(&self) -> String {
        format!("folder {}", self.root.display())
    }

    async fn put(&self, key: &str, body: Bytes, _headers: &Headers) -> Result<(), String> {
        let path = self.path(key)?;
        let parent = path.parent().unwrap_or(&self.root);
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let temporary = parent.join(format!(
            ".{name}.publishing-{}-{}",
            std::process::id(),
            TEMPORARY.fetch_add(1, Ordering::Relaxed)
        ));
        // No fsync per file: the rename alone keeps a killed or failing
        // publish from leaving a half-written file, and one fsync each cost a
        // 1,000-quote site (4,000 files) 17 s of a loaded machine's disk.
        // ext4 and XFS flush a file renamed over another before the rename.
        let written = fs::File::create(&temporary)
            .and_then(|mut file| file.write_all(&body))
            .and_then(|()| fs::rename(&temporary, &path));
        written.map_err(|e| {
            let _ = fs::remove_file(&temporary);
            format!("cannot write {}: {e}", path.display())
        })
    }

    async fn get(&self, key: &str) -> Result<Option<Bytes>, String> {
        let path = self.path(key)?;
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(Bytes::from(bytes))),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    async fn delete(&self, key: &str) -> Result<(), String> {
        let path = self.path(key)?;
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(format!("cannot remove {}: {e}", path.display())),
        }
        // The folders it leaves empty (a removed quote's), up to the root.
        for folder in path.ancestors().skip(1) {
            if folder == self.root || fs::remove_dir(folder).is_err() {
                break;
            }
        }
        Ok(())
    }
}
