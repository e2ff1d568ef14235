//! The benchmark line of issue #32: `explainer check` on 1,000 identical
//! quotes with the same 500-character prefix among 100,000 places (a valid
//! 850 KB file, `identical-prefixed-quotes.json` of
//! `tests/data/hostile/generate.mjs`) takes under a second in a release build.
//! It took 10.9 s and 0.8 GB before each distinct quote was anchored once.
//! Beside it, for the record, the issue's other hostile file: 5,000 ambiguous
//! one-letter quotes (invalid), once 104 s.
//!
//! Ignored by `cargo test`; run it on a release build (it needs `node`, which
//! the end-to-end tests need anyway):
//!
//! ```sh
//! cargo test --release -p explainer-cli --test check_bench -- --ignored --nocapture
//! ```
//!
//! With `CHECK_BENCH_WRITE=1` it also writes its table to `bench/check.md`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs of each file; the median is the figure.
const RUNS: usize = 5;
/// The line: at most this long for the identical prefixed quotes.
const LINE: Duration = Duration::from_secs(1);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| text.split(' ').take(3).collect::<Vec<_>>().join(", "))
        .unwrap_or_else(|_| "n/a".into())
}

/// `explainer check FILE`, timed `RUNS` times: the median, the exit code and
/// the bytes written.
fn time_check(file: &Path) -> (Duration, Option<i32>, usize) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let output = Command::new(env!("CARGO_BIN_EXE_explainer"))
            .arg("check")
            .arg(file)
            .output()
            .expect("explainer runs");
        times.push(start.elapsed());
        last = Some(output);
    }
    times.sort();
    let output = last.expect("ran");
    (
        times[times.len() / 2],
        output.status.code(),
        output.stdout.len() + output.stderr.len(),
    )
}

#[test]
#[ignore = "a benchmark: run it on a release build, see the file's doc"]
fn check_bench() {
    let load_before = load_average();
    let folder = std::env::temp_dir().join(format!("explainer-check-bench-{}", std::process::id()));
    let generated = Command::new("node")
        .arg(repo().join("tests/data/hostile/generate.mjs"))
        .arg(&folder)
        .status()
        .expect("node runs the generator");
    assert!(generated.success());
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let mut rows = vec![("build".to_string(), build.to_string())];
    let mut identical = None;
    for name in ["identical-prefixed-quotes.json", "ambiguous-letters.json"] {
        let file = folder.join(name);
        let bytes = std::fs::metadata(&file).expect("generated").len();
        let (time, code, output) = time_check(&file);
        rows.push((
            format!("`explainer check {name}` ({bytes} bytes), median of {RUNS}"),
            format!(
                "{:.0} ms (exit {}, {output} bytes of output)",
                time.as_secs_f64() * 1000.0,
                code.map_or("none".into(), |code| code.to_string())
            ),
        ));
        if name.starts_with("identical") {
            identical = Some(time);
        }
    }
    rows.push((
        "load average (1, 5, 15 min) at the start, at the end".into(),
        format!("{load_before}; {}", load_average()),
    ));
    let _ = std::fs::remove_dir_all(&folder);
    let mut table = String::from("| measure | value |\n|---|---|\n");
    for (measure, value) in &rows {
        table += &format!("| {measure} | {value} |\n");
    }
    println!("{table}");
    if std::env::var_os("CHECK_BENCH_WRITE").is_some() {
        let text = format!(
            "# `explainer check` on hostile files\n\nWritten by `CHECK_BENCH_WRITE=1 cargo test \
             --release -p explainer-cli --test check_bench -- --ignored --nocapture` \
             (`cli/tests/check_bench.rs`); do not edit by hand, run it again. The files are \
             `node tests/data/hostile/generate.mjs`'s; the time is the whole process, as a \
             newsroom runs it. Machine: 2 cores, shared with other work.\n\n{table}"
        );
        std::fs::write(repo().join("bench/check.md"), text).expect("bench/check.md written");
    }
    let identical = identical.expect("timed");
    assert!(
        build == "debug" || identical < LINE,
        "explainer check took {identical:?} on the identical prefixed quotes (line: {LINE:?})"
    );
}
