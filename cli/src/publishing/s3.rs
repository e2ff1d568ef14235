//! The S3-compatible bucket target (`--to s3://bucket/prefix`), through Apache
//! Arrow's `object_store`: request signing, retries and the S3 dialect are
//! its, not ours.
//!
//! Credentials, region and endpoint come from the usual environment variables
//! (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`,
//! `AWS_REGION` or `AWS_DEFAULT_REGION`, `AWS_ENDPOINT_URL` or `AWS_ENDPOINT`
//! for another S3 server than Amazon's). Plain `http:` is allowed for an
//! endpoint on this machine (a test server, a local MinIO or SeaweedFS) and
//! with `AWS_ALLOW_HTTP=true`; anything else must be `https:`. Without an access
//! key in the environment and with an endpoint on this machine, requests go
//! unsigned (SeaweedFS's anonymous default); elsewhere object_store looks for
//! credentials as the AWS tools do (instance or container roles).
//!
//! Each object is written with its `Content-Type`, `Cache-Control` and, for a
//! pre-compressed copy, `Content-Encoding`, which S3 keeps as the object's
//! metadata and sends with every response.

use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{
    Attribute, Attributes, BackoffConfig, ObjectStore, ObjectStoreExt, PutOptions, RetryConfig,
};

use super::target::{Headers, Target};

/// A bucket, and the prefix under it that keys are written below.
#[derive(Debug)]
pub struct Bucket {
    store: AmazonS3,
    bucket: String,
    prefix: String,
}

/// True when `endpoint` is an address on this machine (`127.0.0.1`,
/// `localhost`, `[::1]`), where plain HTTP exposes nothing.
fn is_loopback(endpoint: &str) -> bool {
    let Some(rest) = endpoint.strip_prefix("http://") else {
        return false;
    };
    let host_port = rest.split('/').next().unwrap_or_default();
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or_default()
    } else {
        host_port.split(':').next().unwrap_or_default()
    };
    host == "localhost"
        || host == "::1"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Installs ring as rustls's crypto provider, once per process, before any
/// reqwest client is made (the bucket's, the desk's webhook). reqwest's rustls
/// is built without a bundled provider, so that aws-lc-rs and its C library
/// stay out of the build. rustls deprecates ring only for lacking the
/// post-quantum key exchange, which S3 endpoints and webhooks do not require.
pub fn install_tls_provider() {
    #[allow(deprecated)]
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl Bucket {
    /// The bucket `bucket` with keys under `prefix` (may be empty), configured
    /// from the environment: see the module's documentation.
    pub fn from_env(bucket: &str, prefix: &str) -> Result<Bucket, String> {
        install_tls_provider();
        let endpoint = ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_ENDPOINT"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()));
        let local = endpoint.as_deref().is_some_and(is_loopback);
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            // A failing server is reported within seconds, not after
            // object_store's default three minutes of retries: a publish that
            // stops half-way says so and leaves the published version whole.
            .with_retry(RetryConfig {
                backoff: BackoffConfig {
                    init_backoff: Duration::from_millis(100),
                    max_backoff: Duration::from_secs(2),
                    base: 2.0,
                },
                max_retries: 3,
                retry_timeout: Duration::from_secs(20),
            });
        if std::env::var("AWS_REGION").is_err() && std::env::var("AWS_DEFAULT_REGION").is_err() {
            builder = builder.with_region("us-east-1");
        }
        if local {
            builder = builder.with_allow_http(true);
            if std::env::var("AWS_ACCESS_KEY_ID").is_err() {
                builder = builder.with_skip_signature(true);
            }
        }
        let store = builder
            .build()
            .map_err(|e| format!("cannot use the bucket {bucket}: {e}"))?;
        Ok(Bucket {
            store,
            bucket: bucket.to_string(),
            prefix: prefix.trim_matches('/').to_string(),
        })
    }

    fn path(&self, key: &str) -> ObjectPath {
        if self.prefix.is_empty() {
            ObjectPath::from(key)
        } else {
            ObjectPath::from(format!("{}/{key}", self.prefix))
        }
    }
}

#[async_trait]
impl Target for Bucket {
    fn describe(&self) -> String {
        if self.prefix.is_empty() {
            format!("s3://{}", self.bucket)
        } else {
            format!("s3://{}/{}", self.bucket, self.prefix)
        }
    }

    async fn put(&self, key: &str, body: Bytes, headers: &Headers) -> Result<(), String> {
        let mut attributes = Attributes::new();
        attributes.insert(Attribute::ContentType, headers.content_type.into());
        attributes.insert(Attribute::CacheControl, headers.cache_control.into());
        if let Some(encoding) = headers.content_encoding {
            attributes.insert(Attribute::ContentEncoding, encoding.into());
        }
        let options = PutOptions {
            attributes,
            ..PutOptions::default()
        };
        self.store
            .put_opts(&self.path(key), body.into(), options)
            .await
            .map(drop)
            .map_err(|e| format!("cannot write {key} to {}: {e}", self.describe()))
    }

    async fn get(&self, key: &str) -> Result<Option<Bytes>, String> {
        let read =
            |e: object_store::Error| format!("cannot read {key} from {}: {e}", self.describe());
        match self.store.get(&self.path(key)).await {
            Ok(found) => found.bytes().await.map(Some).map_err(read),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(read(e)),
        }
    }

    /// A PUT per file is most of a bucket publish's time: a republish sends
    /// only what changed.
    fn skips_unchanged(&self) -> bool {
        true
    }

    async fn delete(&self, key: &str) -> Result<(), String> {
        match self.store.delete(&self.path(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(format!("cannot remove {key} from {}: {e}", self.describe())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_counts_as_loopback() {
        assert!(is_loopback("http://127.0.0.1:8333"));
        assert!(is_loopback("http://localhost:9000/"));
        assert!(is_loopback("http://[::1]:8333"));
        assert!(!is_loopback("https://127.0.0.1:8333"));
        assert!(!is_loopback("http://s3.example.com"));
        assert!(!is_loopback("http://127.0.0.1.example.com"));
    }
}
