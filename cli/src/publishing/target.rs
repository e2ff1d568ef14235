//! Where a publish writes: one trait, [`Target`], with two implementations, a
//! local folder ([`super::folder::Folder`]) and an S3-compatible bucket
//! ([`super::s3::Bucket`]); [`super::open`] picks one from `--to`. (It lives in
//! the facade, not here: the two implementations import this trait, so this
//! file imports neither of them.)
//!
//! A target stores objects under keys (`anchorage-summit/index.html`, always
//! `/`-separated and relative to the target's root or prefix). Each write is
//! whole or not at all: a reader of one key sees the old object or the new one,
//! never a mix. That is all the publish needs from it; the order of the writes
//! (publishing/mod.rs) does the rest.

use async_trait::async_trait;
use bytes::Bytes;

/// The HTTP headers an object is served with, where the target keeps them (an
/// object store does; a folder leaves them to its web server).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headers {
    /// `Content-Type`.
    pub content_type: &'static str,
    /// `Content-Encoding` of a pre-compressed copy (`gzip`, `br`).
    pub content_encoding: Option<&'static str>,
    /// `Cache-Control`.
    pub cache_control: &'static str,
}

/// A publish target: see the module's documentation.
#[async_trait]
pub trait Target: Send + Sync {
    /// What it is, for messages: `folder /srv/explainers`, `s3://news/explainers`.
    fn describe(&self) -> String;

    /// Writes `body` under `key`, whole, replacing what was there.
    async fn put(&self, key: &str, body: Bytes, headers: &Headers) -> Result<(), String>;

    /// The object under `key`, or `None` when there is none.
    async fn get(&self, key: &str) -> Result<Option<Bytes>, String>;

    /// Removes the object under `key`; nothing when there is none.
    async fn delete(&self, key: &str) -> Result<(), String>;

    /// Whether a publish should leave out files whose bytes the live version
    /// already has: where each write is a request worth saving (a bucket), not
    /// where it is cheap and rewriting repairs a file removed by hand (a folder).
    fn skips_unchanged(&self) -> bool {
        false
    }
}
