//! The desk's bounded load benchmark, on loopback only: 20 editors saving at
//! once (each its own explainer, each save carrying `If-Match`), then the
//! desk's memory with 1,000 explainers and the time to list them.
//!
//! Ignored by `cargo test`; run it on a release build:
//!
//! ```sh
//! cargo test --release -p explainer-cli --test desk_bench -- --ignored --nocapture
//! ```
//!
//! With `DESK_BENCH_WRITE=1` it also writes its table to `bench/desk.md`.
//! Bounded: at most [`SAVES_PER_EDITOR`] saves per editor and [`TIME_LIMIT`]
//! for the load, whichever comes first.

mod support;

use std::time::{Duration, Instant};

use support::{data_dir, with_headline, Client, Desk};

const EDITORS: usize = 20;
const SAVES_PER_EDITOR: usize = 50;
const TIME_LIMIT: Duration = Duration::from_secs(60);
const EXPLAINERS: usize = 1_000;
const PASSWORD: &str = "benchmark password";

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The desk's resident memory and its peak, from /proc (Linux).
fn memory(pid: u32) -> (String, String) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .map(|l| l[name.len()..].trim().to_string())
            .unwrap_or_else(|| "n/a".into())
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// The machine's load average, from /proc (Linux): the numbers above mean
/// little without it on a shared machine.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| text.split(' ').take(3).collect::<Vec<_>>().join(", "))
        .unwrap_or_else(|_| "n/a".into())
}

#[test]
#[ignore = "a benchmark: run it on a release build, see the file's doc"]
fn desk_bench() {
    let (_guard, data) = data_dir();
    let desk = Desk::start(&data);
    let load_start = load_average();
    let (memory_start, _) = memory(desk.pid());
    let mut admin = desk.client();
    admin.first_login(desk.one_time_password.as_deref().unwrap(), PASSWORD);
    for n in 0..EDITORS {
        let body = serde_json::json!({ "name": format!("editor{n}"), "role": "reporter", "password": PASSWORD });
        assert_eq!(
            admin
                .call("POST", "/api/users", None, &body.to_string())
                .status,
            201
        );
    }
    let (memory_idle, _) = memory(desk.pid());

    // 20 editors at once.
    let started = Instant::now();
    let editors: Vec<_> = (0..EDITORS)
        .map(|n| {
            let mut client: Client = desk.client();
            std::thread::spawn(move || {
                client.login(&format!("editor{n}"), PASSWORD);
                let made = client.call(
                    "POST",
                    "/api/explainers",
                    None,
                    &with_headline(&format!("Editor {n}")),
                );
                assert_eq!(made.status, 201);
                let id = made.json()["id"].as_str().unwrap().to_string();
                let mut tag = made.header("etag").unwrap().to_string();
                let mut times = Vec::new();
                for save in 0..SAVES_PER_EDITOR {
                    if started.elapsed() > TIME_LIMIT {
                        break;
                    }
                    let body = with_headline(&format!("Editor {n}, save {save}"));
                    let sent = Instant::now();
                    let answer =
                        client.call("PUT", &format!("/api/explainers/{id}"), Some(&tag), &body);
                    times.push(sent.elapsed());
                    assert_eq!(answer.status, 200, "{}", answer.json());
                    tag = answer.header("etag").unwrap().to_string();
                }
                times
            })
        })
        .collect();
    let mut times: Vec<Duration> = editors
        .into_iter()
        .flat_map(|e| e.join().unwrap())
        .collect();
    let load_time = started.elapsed();
    times.sort();
    let saves = times.len();

    // Fill the desk to 1,000 explainers (4 writers), then list them.
    let fill_started = Instant::now();
    let remaining = EXPLAINERS - EDITORS;
    let fillers: Vec<_> = (0..4)
        .map(|w| {
            let client = admin.clone();
            std::thread::spawn(move || {
                for n in (w..remaining).step_by(4) {
                    let made = client.call(
                        "POST",
                        "/api/explainers",
                        None,
                        &with_headline(&format!("Explainer {n}")),
                    );
                    assert_eq!(made.status, 201);
                }
            })
        })
        .collect();
    for filler in fillers {
        filler.join().unwrap();
    }
    let fill_time = fill_started.elapsed();
    let mut list_times = Vec::new();
    let mut list_bytes = 0;
    for _ in 0..10 {
        let sent = Instant::now();
        let answer = admin.call("GET", "/api/explainers", None, "");
        list_times.push(sent.elapsed());
        assert_eq!(
            answer.json()["explainers"].as_array().unwrap().len(),
            EXPLAINERS
        );
        list_bytes = answer.body.len();
    }
    list_times.sort();
    let search = Instant::now();
    let found = admin.call("GET", "/api/explainers?q=Explainer%2099", None, "");
    let search_time = search.elapsed();
    assert!(!found.json()["explainers"].as_array().unwrap().is_empty());
    let (rss, peak) = memory(desk.pid());
    let db_bytes = std::fs::metadata(data.join("desk.sqlite3")).map_or(0, |m| m.len())
        + std::fs::metadata(data.join("desk.sqlite3-wal")).map_or(0, |m| m.len());

    let load_end = load_average();
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let table = format!(
        "| measure | value |\n|---|---|\n\
         | build | {profile} |\n\
         | load average (1, 5, 15 min) at the start, at the end | {load_start}; {load_end} |\n\
         | editors saving at once | {EDITORS} (each its own explainer, {} bytes a save, `If-Match` each) |\n\
         | saves | {saves} in {:.1} s ({:.0} saves/s) |\n\
         | save round trip p50 | {} |\n\
         | save round trip p95 | {} |\n\
         | save round trip max | {} |\n\
         | desk memory (RSS) at start | {memory_start} |\n\
         | desk memory (RSS) after making 20 accounts (argon2id, 19 MiB a hash) | {memory_idle} |\n\
         | desk memory (RSS) with {EXPLAINERS} explainers | {rss} (peak {peak}) |\n\
         | database with {EXPLAINERS} explainers, {} revisions | {:.1} MB |\n\
         | creating {} explainers (4 at once) | {:.1} s |\n\
         | list of {EXPLAINERS} (`GET /api/explainers`, {} KB) p50 | {} |\n\
         | list of {EXPLAINERS}, slowest of 10 | {} |\n\
         | search (`?q=`) over {EXPLAINERS} | {} |\n",
        with_headline("Editor 0, save 0").len(),
        load_time.as_secs_f64(),
        saves as f64 / load_time.as_secs_f64(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap()),
        EXPLAINERS + saves,
        db_bytes as f64 / 1e6,
        remaining,
        fill_time.as_secs_f64(),
        list_bytes / 1000,
        ms(percentile(&list_times, 0.5)),
        ms(*list_times.last().unwrap()),
        ms(search_time),
    );
    println!("{table}");
    if std::env::var_os("DESK_BENCH_WRITE").is_some() {
        let machine = format!(
            "{} cores (`nproc`: {}), shared with other work",
            std::thread::available_parallelism().map_or(0, |n| n.get()),
            std::thread::available_parallelism().map_or(0, |n| n.get()),
        );
        let text = format!(
            "# The desk's benchmark\n\n\
             Written by `DESK_BENCH_WRITE=1 cargo test --release -p explainer-cli --test desk_bench \
             -- --ignored --nocapture` (`cli/tests/desk_bench.rs`); do not edit by hand, run it again.\n\n\
             On loopback, the desk as a process (`explainer desk`, WAL, `synchronous=FULL`: every \
             save is synced to disk before it is answered), each request on a new connection. \
             Machine: {machine}.\n\n{table}"
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/desk.md");
        std::fs::write(path, text).unwrap();
    }
    desk.kill();
}
