//! `explainer publish` to a real S3 server on loopback: SeaweedFS's `weed mini`,
//! started by this test on free ports (from `$WEED`, else `weed` on PATH;
//! `scripts/weed.sh` installs it) and stopped by its process id when the test
//! ends, however it ends. No mocks: every header checked is the one the server
//! sends to a plain HTTP client.
//!
//! Without `weed` the test is skipped with a message, unless `CI` is set, where
//! a missing server is a failure (a skipped test must not pass CI unseen).

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{explainer, hashed_names, http, linked_hashed_files, ok, stderr, story, template};

/// The bucket the server creates, and the prefix explainers go under.
const BUCKET: &str = "news";
const PREFIX: &str = "explainers";

/// The `weed` binary: `$WEED`, else the first `weed` on PATH.
fn find_weed() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("WEED").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join("weed"))
        .find(|path| path.is_file())
}

/// `count` ports free on 127.0.0.1 now (all held until all are found, so they
/// differ), for a server that must not clash with another test run's.
fn free_ports(count: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..count)
        .map(|_| TcpListener::bind("127.0.0.1:0").unwrap())
        .collect();
    listeners
        .iter()
        .map(|listener| listener.local_addr().unwrap().port())
        .collect()
}

/// A running `weed mini`, killed (by its process id) when dropped.
struct Weed {
    binary: PathBuf,
    data: PathBuf,
    ports: Vec<u16>,
    child: Option<Child>,
}

impl Weed {
    /// Starts the server on fresh ports with its data in `data`, and waits
    /// until it answers S3 requests.
    fn start(binary: PathBuf, data: &Path) -> Weed {
        let mut weed = Weed {
            binary,
            data: data.to_path_buf(),
            ports: free_ports(12),
            child: None,
        };
        weed.spawn();
        weed
    }

    /// The S3 port.
    fn port(&self) -> u16 {
        self.ports[0]
    }

    fn spawn(&mut self) {
        let p = &self.ports;
        let flag = |name: &str, value: u16| format!("-{name}={value}");
        let log = std::fs::File::create(self.data.join("weed.log")).unwrap();
        let child = Command::new(&self.binary)
            .arg("mini")
            .arg(format!("-dir={}", self.data.join("store").display()))
            .args(["-ip=127.0.0.1", "-ip.bind=127.0.0.1"])
            .arg(format!("-bucket={BUCKET}"))
            // Every port its own, none of the defaults: parallel runs never clash.
            .arg(flag("s3.port", p[0]))
            .arg(flag("s3.port.grpc", p[1]))
            .arg(flag("master.port", p[2]))
            .arg(flag("master.port.grpc", p[3]))
            .arg(flag("volume.port", p[4]))
            .arg(flag("volume.port.grpc", p[5]))
            .arg(flag("filer.port", p[6]))
            .arg(flag("filer.port.grpc", p[7]))
            .arg(flag("admin.port", p[8]))
            .arg(flag("admin.port.grpc", p[9]))
            .args(["-s3.port.iceberg=0", "-s3.port.lance=0", "-webdav=false"])
            .arg(flag("metricsPort", p[10]))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.binary.display()));
        self.child = Some(child);
        self.wait_ready();
    }

    /// Waits until the bucket answers a listing (the server creates it at start).
    fn wait_ready(&mut self) {
        let start = Instant::now();
        loop {
            if let Ok(response) = http("GET", self.port(), &format!("/{BUCKET}/?max-keys=1")) {
                if response.status == 200 {
                    return;
                }
            }
            if let Some(status) = self.child.as_mut().and_then(|c| c.try_wait().unwrap()) {
                panic!("weed exited ({status}) before it was ready: {}", self.log());
            }
            if start.elapsed() > Duration::from_secs(90) {
                panic!("weed was not ready after 90 s: {}", self.log());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.data.join("weed.log")).unwrap_or_default()
    }

    /// Stops the server (SIGKILL by its id: a crash, not a shutdown).
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same ports and data.
    fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    /// `METHOD /bucket/prefix/KEY`.
    fn object(&self, method: &str, key: &str) -> common::Response {
        http(method, self.port(), &format!("/{BUCKET}/{PREFIX}/{key}")).unwrap()
    }
}

impl Drop for Weed {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `explainer publish` to the server, with its endpoint and no credentials
/// (SeaweedFS's anonymous default; requests go unsigned to loopback).
fn publish_command(weed: &Weed, file: &Path, template: &Path) -> Command {
    let mut command = explainer();
    command
        .args(["publish", file.to_str().unwrap()])
        .args(["--to", &format!("s3://{BUCKET}/{PREFIX}")])
        .args(["--slug", "summit", "--template", template.to_str().unwrap()])
        .args([
            "--site-url",
            &format!("http://127.0.0.1:{}/{BUCKET}/{PREFIX}/summit/", weed.port()),
        ])
        .env(
            "AWS_ENDPOINT_URL",
            format!("http://127.0.0.1:{}", weed.port()),
        )
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_SESSION_TOKEN")
        .env_remove("AWS_PROFILE")
        .env("AWS_REGION", "us-east-1");
    command
}

#[test]
fn publish_to_a_real_s3_server() {
    let Some(binary) = find_weed() else {
        if std::env::var_os("CI").is_some() {
            panic!("weed (SeaweedFS) is needed: set WEED or put it on PATH (scripts/weed.sh).");
        }
        eprintln!(
            "skipped: weed (SeaweedFS) not found; run `WEED=$(scripts/weed.sh) cargo test -p \
             explainer-cli --test publish_s3` to run this test."
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut weed = Weed::start(binary, dir.path());
    let template_1 = template(dir.path(), "dist-1", "1111111111111111", 6000);
    let first = story(dir.path(), "first.json", "Summit ends without a deal");

    // Version 1, and the headers every kind of file is served with.
    let output = ok(publish_command(&weed, &first, &template_1)
        .output()
        .unwrap());
    assert!(stderr(&output).contains("Published version 1 of summit"));
    let page = weed.object("GET", "summit/index.html");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Summit ends without a deal"));
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(page.header("cache-control"), Some("public, max-age=60"));
    assert!(page.header("etag").is_some(), "{:?}", page.headers);
    assert_eq!(page.header("content-encoding"), None);

    let wasm = weed.object("HEAD", "summit/news-explainer-1111111111111111_bg.wasm");
    assert_eq!(wasm.status, 200);
    assert_eq!(wasm.header("content-type"), Some("application/wasm"));
    assert_eq!(
        wasm.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let brotli = weed.object("HEAD", "summit/news-explainer-1111111111111111_bg.wasm.br");
    assert_eq!(brotli.header("content-encoding"), Some("br"));
    assert_eq!(brotli.header("content-type"), Some("application/wasm"));
    let gzip = weed.object("HEAD", "summit/index.html.gz");
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    assert_eq!(
        gzip.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(gzip.header("cache-control"), Some("public, max-age=60"));
    let card = weed.object("HEAD", "summit/quote/lowest-point/card.png");
    assert_eq!(card.header("content-type"), Some("image/png"));
    let css = weed.object("HEAD", "summit/style-1111111111111111.css");
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    let embed = weed.object("GET", "summit/embed.js");
    assert_eq!(
        embed.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(embed
        .text()
        .contains("news-explainer-1111111111111111_bg.wasm"));

    // Version 2 from a newer widget build: same address, new page, and the
    // hashed files of version 1 still there for pages open with it.
    let template_2 = template(dir.path(), "dist-2", "2222222222222222", 6000);
    let second = story(dir.path(), "second.json", "Talks to resume in Moscow");
    let output = ok(publish_command(&weed, &second, &template_2)
        .output()
        .unwrap());
    assert!(stderr(&output).contains("Published version 2 of summit"));
    let page_2 = weed.object("GET", "summit/index.html");
    assert!(page_2.text().contains("Talks to resume in Moscow"));
    for name in hashed_names("1111111111111111")
        .into_iter()
        .chain(hashed_names("2222222222222222"))
    {
        assert_eq!(
            weed.object("HEAD", &format!("summit/{name}")).status,
            200,
            "{name}"
        );
    }

    // Version 3 from a build with two thousand more files, and the server
    // killed as soon as the writing starts.
    let template_3 = template(dir.path(), "dist-3", "3333333333333333", 6000);
    std::fs::create_dir_all(template_3.join("assets")).unwrap();
    for n in 0..2000 {
        std::fs::write(template_3.join(format!("assets/part-{n:04}.txt")), "x").unwrap();
    }
    let third = story(dir.path(), "third.json", "A third headline nobody sees");
    let mut publishing = publish_command(&weed, &third, &template_3)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut said = String::new();
    let mut lines = BufReader::new(publishing.stderr.take().unwrap());
    loop {
        let mut line = String::new();
        if lines.read_line(&mut line).unwrap() == 0 {
            break;
        }
        said.push_str(&line);
        if line.starts_with("Writing version 3") {
            weed.stop();
        }
    }
    let status = publishing.wait().unwrap();
    assert_eq!(status.code(), Some(2), "{said}");
    assert!(said.contains("publishing version 3 of summit"), "{said}");
    assert!(said.contains("stopped while"), "{said}");
    assert!(said.contains("Readers still get version 2"), "{said}");

    // Back up: version 2 is served whole, page and every file it links.
    weed.restart();
    let page = weed.object("GET", "summit/index.html");
    assert_eq!(page.status, 200);
    assert_eq!(page.body, page_2.body, "the page is version 2's");
    let linked = linked_hashed_files(&page.text());
    assert!(linked.len() >= 3, "{linked:?}");
    for name in linked {
        assert!(name.contains("2222222222222222"), "{name}");
        assert_eq!(
            weed.object("GET", &format!("summit/{name}")).status,
            200,
            "{name}"
        );
    }
    let record = weed.object("GET", "_versions/summit/versions.json");
    let record: serde_json::Value = serde_json::from_slice(&record.body).unwrap();
    assert_eq!(record["current"], 2);

    // Run again, it finishes as version 3.
    let output = ok(publish_command(&weed, &third, &template_3)
        .output()
        .unwrap());
    assert!(stderr(&output).contains("Published version 3 of summit"));
    assert!(weed
        .object("GET", "summit/index.html")
        .text()
        .contains("A third headline nobody sees"));

    // The same again: only what differs is sent (nothing but the record here),
    // and every file is still served.
    let output = ok(publish_command(&weed, &third, &template_3)
        .output()
        .unwrap());
    let said = stderr(&output);
    assert!(said.contains("Published version 4 of summit"), "{said}");
    assert!(
        said.contains("unchanged since version 3, not written again"),
        "{said}"
    );
    assert!(said.contains(": 0 hashed files"), "{said}");
    assert_eq!(
        weed.object("HEAD", "summit/assets/part-1999.txt").status,
        200
    );
    assert!(weed
        .object("GET", "summit/index.html")
        .text()
        .contains("A third headline nobody sees"));

    // Unpublished: the page and the loader say so.
    let output = ok(explainer()
        .args([
            "unpublish",
            "summit",
            "--to",
            &format!("s3://{BUCKET}/{PREFIX}"),
        ])
        .env(
            "AWS_ENDPOINT_URL",
            format!("http://127.0.0.1:{}", weed.port()),
        )
        .env_remove("AWS_ACCESS_KEY_ID")
        .output()
        .unwrap());
    assert!(
        stderr(&output).contains("Unpublished summit"),
        "{}",
        stderr(&output)
    );
    let notice = weed.object("GET", "summit/index.html");
    assert!(notice
        .text()
        .contains("This explainer is no longer published"));
    assert_eq!(
        notice.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(weed
        .object("GET", "summit/embed.js")
        .text()
        .contains("no longer published"));
    assert_eq!(weed.object("GET", "summit/unpublished.json").status, 200);
    assert_eq!(
        weed.object("HEAD", "summit/quote/lowest-point/card.png")
            .status,
        404
    );
}
