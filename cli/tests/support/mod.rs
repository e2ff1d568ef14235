//! A real `explainer desk` process on loopback for the desk's end-to-end tests
//! and its benchmark, and a small HTTP/1.1 client to talk to it.
//!
//! The client is hand-written over `std::net::TcpStream` (one request per
//! connection) rather than a crate: the tests need a dozen lines of HTTP, and
//! an HTTP client crate would be the package's largest dependency for them.

#![allow(dead_code)] // Each test file uses part of it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

/// The default explainer, the body the tests save.
pub const DEFAULT: &str = include_str!("../../../content/anchorage-summit.json");

/// The default explainer with its headline changed, to tell saves apart.
pub fn with_headline(headline: &str) -> String {
    let mut value: Value = serde_json::from_str(DEFAULT).unwrap();
    value["article"]["headline"] = Value::String(headline.into());
    serde_json::to_string(&value).unwrap()
}

/// A running desk.
pub struct Desk {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    /// The first admin's one-time password, when this start made it.
    pub one_time_password: Option<String>,
}

/// A free loopback port (bound, then let go for the desk to take).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Desk {
    /// Starts `explainer desk` on `data`, waits until it listens.
    pub fn start(data: &Path) -> Desk {
        let static_dir = data.with_extension("static");
        std::fs::create_dir_all(&static_dir).unwrap();
        std::fs::write(
            static_dir.join("index.html"),
            "<!doctype html><p>widget</p>",
        )
        .unwrap();
        let port = free_port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_explainer"))
            .args(["desk", "--data"])
            .arg(data)
            .args(["--listen", &format!("127.0.0.1:{port}"), "--static"])
            .arg(&static_dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (lines, receive) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        let mut one_time_password = None;
        loop {
            let line = receive
                .recv_timeout(Duration::from_secs(60))
                .expect("the desk did not start within a minute");
            if let Some(rest) = line.split("one-time password ").nth(1) {
                one_time_password = Some(rest.trim().to_string());
            }
            if line.starts_with("The desk is at") {
                break;
            }
        }
        Desk {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            one_time_password,
        }
    }

    /// The desk's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `kill -9`: no chance to flush or finish anything.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// A client of this desk, not logged in.
    pub fn client(&self) -> Client {
        Client {
            addr: self.addr,
            cookie: None,
        }
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer.
#[derive(Debug)]
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// Headers, names in lowercase.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Answer {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (null if it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// One person's connection to a desk: their session cookie.
#[derive(Clone)]
pub struct Client {
    addr: SocketAddr,
    cookie: Option<String>,
}

impl Client {
    /// Sends one request, from the desk's own origin.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        if_match: Option<&str>,
        body: &[u8],
    ) -> std::io::Result<Answer> {
        let mut stream = TcpStream::connect(self.addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\n\
             Connection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            body.len(),
            addr = self.addr
        );
        if let Some(cookie) = &self.cookie {
            head.push_str(&format!("Cookie: {cookie}\r\n"));
        }
        if let Some(tag) = if_match {
            head.push_str(&format!("If-Match: {tag}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        stream.write_all(body)?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        parse(&raw).ok_or_else(|| std::io::Error::other("not an HTTP answer"))
    }

    /// `send`, failing the test on a transport error.
    pub fn call(&self, method: &str, path: &str, if_match: Option<&str>, body: &str) -> Answer {
        self.send(method, path, if_match, body.as_bytes()).unwrap()
    }

    /// Logs in; panics unless it works.
    pub fn login(&mut self, name: &str, password: &str) {
        let body = serde_json::json!({ "name": name, "password": password }).to_string();
        let answer = self.call("POST", "/api/login", None, &body);
        assert_eq!(answer.status, 200, "login as {name}: {}", answer.json());
        let cookie = answer.header("set-cookie").unwrap();
        self.cookie = Some(cookie.split(';').next().unwrap().to_string());
    }

    /// Logs in as the first admin with the one-time password and sets
    /// `password` instead.
    pub fn first_login(&mut self, one_time: &str, password: &str) {
        self.login("admin", one_time);
        let body = serde_json::json!({ "current": one_time, "new": password }).to_string();
        let answer = self.call("POST", "/api/password", None, &body);
        assert_eq!(answer.status, 200, "{}", answer.json());
    }
}

fn parse(raw: &[u8]) -> Option<Answer> {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..split]).ok()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
    if chunked {
        body = unchunk(&body)?;
    }
    Some(Answer {
        status,
        headers,
        body,
    })
}

fn unchunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..line_end]).ok()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}

/// A fresh folder for a desk's data, inside a temporary folder kept alive by
/// the returned guard.
pub fn data_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("desk-data");
    (dir, data)
}

/// `PRAGMA integrity_check` on a desk's database (opened read-write, as the
/// desk opens it, so that SQLite recovers a WAL left by a killed process).
pub fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}
