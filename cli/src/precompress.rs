//! Pre-compressed copies of a built site: `name.gz` (gzip, level 9) and
//! `name.br` (brotli, quality 11; 9 for files over a megabyte) beside every
//! text file and the Wasm.
//!
//! Static hosts serve these as they are, instead of compressing each response on
//! the fly at a low level: nginx `gzip_static` / `brotli_static`, Caddy's
//! `precompressed`, or an object store with `Content-Encoding` set. Brotli at 11
//! is too slow to run per request, and it saves a fifth of the Wasm over gzip
//! (see BENCHMARKS.md, section 1). Both copies are rewritten on every build, and
//! a copy whose original is gone is removed, so a host never serves a stale page.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// File types worth compressing: text and the Wasm. Images (`card.png`) are
/// compressed already.
const COMPRESSIBLE: &[&str] = &[
    "html", "js", "mjs", "css", "wasm", "json", "svg", "txt", "xml", "map",
];

/// The suffixes of the copies, after the original's name.
pub const COPY_SUFFIXES: [&str; 2] = ["gz", "br"];

/// Smaller files gain nothing a request's headers would not eat up.
const MIN_BYTES: u64 = 512;

/// What one run wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Precompressed {
    /// Originals given a `.gz` and a `.br` copy.
    pub files: usize,
    /// Their total size.
    pub raw_bytes: u64,
    /// The total of the `.gz` copies.
    pub gzip_bytes: u64,
    /// The total of the `.br` copies.
    pub brotli_bytes: u64,
}

/// Writes `.gz` and `.br` beside each compressible file under `dir`, and
/// removes copies left from an earlier build whose original is gone (or too
/// small now).
pub fn precompress(dir: &Path) -> Result<Precompressed, String> {
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    let mut originals = Vec::new();
    for path in files {
        if let Some(original) = copy_of(&path) {
            // Only copies this would have written: a newsroom's own `data.csv.gz` stays.
            if is_copy(&path) && !wants_copies(&original) {
                fs::remove_file(&path)
                    .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
            }
        } else if wants_copies(&path) {
            originals.push(path);
        }
    }
    // A site with a share page per quote is thousands of files: compress them on
    // every core. The largest first, so no core is left with a big one at the end.
    originals
        .sort_by_cached_key(|path| std::cmp::Reverse(fs::metadata(path).map_or(0, |m| m.len())));
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut written = Precompressed::default();
                    loop {
                        let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(path) = originals.get(at) else {
                            return Ok(written);
                        };
                        compress_beside(path, &mut written)?;
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .try_fold(Precompressed::default(), |mut total, worker| {
                let written = worker
                    .join()
                    .unwrap_or_else(|_| Err("a compressor failed".to_string()))?;
                total.files += written.files;
                total.raw_bytes += written.raw_bytes;
                total.gzip_bytes += written.gzip_bytes;
                total.brotli_bytes += written.brotli_bytes;
                Ok(total)
            })
    })
}

/// Writes the `.gz` and `.br` copies of one file, counting them in `written`.
fn compress_beside(path: &Path, written: &mut Precompressed) -> Result<(), String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let gzip = gzip(&bytes).map_err(|e| format!("cannot gzip {}: {e}", path.display()))?;
    let brotli = brotli(&bytes).map_err(|e| format!("cannot brotli {}: {e}", path.display()))?;
    write(&with_suffix(path, "gz"), &gzip)?;
    write(&with_suffix(path, "br"), &brotli)?;
    written.files += 1;
    written.raw_bytes += bytes.len() as u64;
    written.gzip_bytes += gzip.len() as u64;
    written.brotli_bytes += brotli.len() as u64;
    Ok(())
}

/// Removes every copy this module wrote under `dir`: for a run that rewrites the
/// pages without compressing them again, whose old copies would be stale.
pub fn remove_copies(dir: &Path) -> Result<usize, String> {
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    let mut removed = 0;
    for path in files.iter().filter(|path| is_copy(path)) {
        fs::remove_file(path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        removed += 1;
    }
    Ok(removed)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let path = entry.path();
        let kind = entry
            .file_type()
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if kind.is_dir() {
            walk(&path, files)?;
        } else if kind.is_file() {
            files.push(path);
        }
    }
    Ok(())
}

/// True for a copy this module writes (`x.js.gz`, `x.html.br`): a build copies
/// its template without them, since its own pages differ from the template's.
pub fn is_copy(path: &Path) -> bool {
    copy_of(path).is_some_and(|original| compressible(&original))
}

/// For `x.js.gz` or `x.js.br`, the original `x.js`.
fn copy_of(path: &Path) -> Option<PathBuf> {
    let extension = path.extension()?;
    COPY_SUFFIXES
        .iter()
        .any(|suffix| extension == *suffix)
        .then(|| path.with_extension(""))
}

fn compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| COMPRESSIBLE.contains(&extension.to_ascii_lowercase().as_str()))
}

/// A compressible file that exists and is big enough.
fn wants_copies(path: &Path) -> bool {
    compressible(path)
        && fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() >= MIN_BYTES)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// Brotli's top quality runs at about 1 MB/s: right for the Wasm, JS and CSS
/// and an ordinary page, but a pre-rendered explainer of thousands of quotes is
/// megabytes, and quality 9 compresses it nearly as well in a tenth of the time.
const BROTLI_BEST_UP_TO: usize = 1_000_000;

fn brotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: if bytes.len() <= BROTLI_BEST_UP_TO {
            11
        } else {
            9
        },
        // A window as large as the file, up to the largest brotli allows without
        // the large-window extension (which browsers do not speak): a larger one
        // finds nothing more, and its tables cost a small page most of its time.
        lgwin: window_bits(bytes.len()),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

/// The brotli window, as a power of two, that holds `len` bytes: from brotli's
/// smallest (10) to the largest a browser decodes (24).
fn window_bits(len: usize) -> i32 {
    let bits = usize::BITS - len.saturating_sub(1).leading_zeros();
    bits.clamp(10, 24) as i32
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn the_window_holds_the_file() {
        assert_eq!(window_bits(0), 10);
        assert_eq!(window_bits(1024), 10);
        assert_eq!(window_bits(1025), 11);
        assert_eq!(window_bits(3_000), 12);
        assert_eq!(window_bits(1 << 24), 24);
        assert_eq!(window_bits(100_000_000), 24);
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &bytes[..], &mut out).unwrap();
        out
    }

    #[test]
    fn copies_decompress_to_the_original_and_only_text_and_wasm_get_them() {
        let dir = tempfile::tempdir().unwrap();
        let page = "<p>The explainer.</p>\n".repeat(100);
        fs::create_dir_all(dir.path().join("quote/a")).unwrap();
        fs::write(dir.path().join("index.html"), &page).unwrap();
        fs::write(dir.path().join("quote/a/index.html"), &page).unwrap();
        fs::write(dir.path().join("quote/a/card.png"), vec![7u8; 4096]).unwrap();
        fs::write(dir.path().join("tiny.js"), "x()").unwrap();

        let written = precompress(dir.path()).unwrap();

        assert_eq!(written.files, 2);
        assert_eq!(written.raw_bytes, 2 * page.len() as u64);
        for name in ["index.html", "quote/a/index.html"] {
            let gz = fs::read(dir.path().join(format!("{name}.gz"))).unwrap();
            let br = fs::read(dir.path().join(format!("{name}.br"))).unwrap();
            assert_eq!(gunzip(&gz), page.as_bytes());
            assert_eq!(unbrotli(&br), page.as_bytes());
            assert!(br.len() < page.len() / 10, "{name}: {} bytes", br.len());
        }
        assert!(!dir.path().join("quote/a/card.png.gz").exists());
        assert!(!dir.path().join("tiny.js.gz").exists());
    }

    #[test]
    fn a_run_without_compression_leaves_no_stale_copy() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("index.html"), "old page ".repeat(100)).unwrap();
        fs::write(dir.path().join("data.csv.gz"), b"the newsroom's own").unwrap();
        precompress(dir.path()).unwrap();

        assert_eq!(remove_copies(dir.path()).unwrap(), 2);
        assert!(!dir.path().join("index.html.gz").exists());
        assert!(!dir.path().join("index.html.br").exists());
        assert!(dir.path().join("data.csv.gz").exists());
    }

    #[test]
    fn a_rebuild_rewrites_copies_and_removes_orphans() {
        let dir = tempfile::tempdir().unwrap();
        let first = "old page ".repeat(100);
        let second = "new page ".repeat(100);
        fs::write(dir.path().join("index.html"), &first).unwrap();
        fs::write(dir.path().join("gone.js"), "f();".repeat(200)).unwrap();
        fs::write(dir.path().join("data.csv.gz"), b"the newsroom's own").unwrap();
        precompress(dir.path()).unwrap();
        assert!(dir.path().join("gone.js.br").exists());

        fs::write(dir.path().join("index.html"), &second).unwrap();
        fs::remove_file(dir.path().join("gone.js")).unwrap();
        precompress(dir.path()).unwrap();

        let gz = fs::read(dir.path().join("index.html.gz")).unwrap();
        assert_eq!(gunzip(&gz), second.as_bytes());
        assert!(!dir.path().join("gone.js.gz").exists());
        assert!(!dir.path().join("gone.js.br").exists());
        assert!(dir.path().join("data.csv.gz").exists());
    }
}
