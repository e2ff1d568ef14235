//! Helpers shared by the publish tests (`publish_folder.rs`, `publish_s3.rs`):
//! the binary, a stand-in for trunk's release build with content-hashed names,
//! and a plain HTTP/1.1 client for loopback.

#![allow(dead_code)] // each test file uses its own share of these

use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

/// The repository root (the workspace), where content/ and tests/data/ live.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A file of tests/data/.
pub fn data(name: &str) -> PathBuf {
    root().join("tests/data").join(name)
}

/// The binary, from the repository root, without colour or a login name of
/// the machine's (the record's "who" is set by each test).
pub fn explainer() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_explainer"));
    command
        .current_dir(root())
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .env("USER", "tester");
    command
}

/// Runs the binary with `args`.
pub fn run(args: &[&str]) -> Output {
    explainer().args(args).output().unwrap()
}

/// Standard error of a run, as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts a run exited 0, showing its standard error otherwise.
pub fn ok(output: Output) -> Output {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    output
}

/// A stand-in for trunk's `dist/` with the names trunk gives: the glue and the
/// Wasm and the stylesheet named by a hash (`hash`, 16 hex digits), the page
/// linking them, `boot.js` and `embed.js` with the placeholders the build fills.
/// The Wasm is `wasm_bytes` long, so compressed copies are written for it.
pub fn template(dir: &Path, name: &str, hash: &str, wasm_bytes: usize) -> PathBuf {
    let template = dir.join(name);
    fs::create_dir_all(&template).unwrap();
    fs::write(
        template.join("index.html"),
        format!(
            "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <title>Default</title>\n    \
             <link rel=\"stylesheet\" href=\"./style-{hash}.css\"/>\n    \
             <script type=\"module\" src=\"./boot.js\" \
             data-explainer-js=\"./news-explainer-{hash}.js\" \
             data-explainer-wasm=\"./news-explainer-{hash}_bg.wasm\"></script>\n  </head>\n  \
             <body><main><div id=\"explainer\"></div></main></body>\n</html>\n"
        ),
    )
    .unwrap();
    fs::write(
        template.join(format!("style-{hash}.css")),
        ".explainer { color: black; }\n".repeat(40),
    )
    .unwrap();
    fs::write(
        template.join(format!("news-explainer-{hash}.js")),
        format!("export default function init() {{ return '{hash}'; }}\n").repeat(20),
    )
    .unwrap();
    let wasm: Vec<u8> = (0..wasm_bytes).map(|i| (i * 7 % 251) as u8).collect();
    fs::write(
        template.join(format!("news-explainer-{hash}_bg.wasm")),
        wasm,
    )
    .unwrap();
    fs::write(template.join("boot.js"), "import('./x.js');\n").unwrap();
    fs::write(
        template.join("embed.js"),
        "const JS = '__NEWS_EXPLAINER_JS__', WASM = '__NEWS_EXPLAINER_WASM__', \
         CSS = '__NEWS_EXPLAINER_CSS__';\n"
            .repeat(10)
            // What an inline placeholder without data-src mounts: a publish names content.json.
            + "const CONTENT = '';\n",
    )
    .unwrap();
    template
}

/// The hashed file names a template of `hash` has (and a site built from it).
pub fn hashed_names(hash: &str) -> [String; 3] {
    [
        format!("style-{hash}.css"),
        format!("news-explainer-{hash}.js"),
        format!("news-explainer-{hash}_bg.wasm"),
    ]
}

/// `tests/data/valid.json` with another headline, written into `dir`.
pub fn story(dir: &Path, name: &str, headline: &str) -> PathBuf {
    let json = fs::read_to_string(data("valid.json"))
        .unwrap()
        .replace("Summit ends without a deal", headline);
    let path = dir.join(name);
    fs::write(&path, json).unwrap();
    path
}

/// An HTTP response: status, headers (names in lowercase) and body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The first value of header `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// `METHOD path` on `127.0.0.1:port`, HTTP/1.1, one request per connection:
/// a plain client, so the test sees exactly the headers the server sends.
pub fn http(method: &str, port: u16, path: &str) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(20)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no end of headers"))?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status line"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(key, value)| (key.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(key, value)| key == "transfer-encoding" && value.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// The body of a `Transfer-Encoding: chunked` response.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let Some(end) = raw.windows(2).position(|w| w == b"\r\n") else {
            return body;
        };
        let size_text = String::from_utf8_lossy(&raw[..end]);
        let size =
            usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap_or(0);
        if size == 0 || raw.len() < end + 2 + size {
            return body;
        }
        body.extend_from_slice(&raw[end + 2..end + 2 + size]);
        raw = &raw[(end + 4 + size).min(raw.len())..];
    }
}

/// The `src`/`href` of hashed files a page links (`./name`), in order.
pub fn linked_hashed_files(page: &str) -> Vec<String> {
    let mut found = Vec::new();
    for marker in [
        "href=\"./",
        "src=\"./",
        "data-explainer-js=\"./",
        "data-explainer-wasm=\"./",
    ] {
        let mut rest = page;
        while let Some(at) = rest.find(marker) {
            rest = &rest[at + marker.len()..];
            let name = &rest[..rest.find('"').unwrap_or(0)];
            if name.contains("-")
                && (name.starts_with("style-") || name.starts_with("news-explainer-"))
            {
                found.push(name.to_string());
            }
        }
    }
    found.sort();
    found.dedup();
    found
}
