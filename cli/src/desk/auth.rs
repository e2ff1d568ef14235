//! Who is asking, and may they: argon2id passwords, session tokens, the
//! session cookie, the `Origin` rule and the login rate limits.
//!
//! A session is a random token the browser keeps in an `HttpOnly`,
//! `SameSite=Strict` cookie; the database keeps only its SHA-256, so a copy of
//! the database (a backup) holds no live session. Every request that changes
//! something must carry an `Origin` equal to the desk's own: with `SameSite`
//! that closes cross-site request forgery, also for browsers that send the
//! cookie where they should not.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The session cookie's name.
pub const COOKIE: &str = "desk_session";

/// How long a session lasts: a working fortnight, then log in again.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(14 * 24 * 3600);

/// The shortest password the desk accepts.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// The longest: hashing is proportional to it, and no one types more.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Fills `bytes` from the operating system's generator.
pub fn random_bytes(bytes: &mut [u8]) {
    // Without the OS's randomness the desk cannot make a safe token or salt,
    // and nothing else it could do would be safe either.
    getrandom::fill(bytes).expect("the operating system's random generator failed");
}

/// A new random secret: 32 bytes, base64url (43 characters).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    random_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A one-time password for the first admin: 18 random bytes, base64url.
pub fn new_password() -> String {
    let mut bytes = [0u8; 18];
    random_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a session token.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// True for what could be a token the desk made ([`new_token`]): 43
/// base64url characters. Nothing else is looked up.
pub fn is_token(text: &str) -> bool {
    text.len() == 43
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The stored hash a preview link is named by in the API: its token, or the
/// `id` the list gives (the hash in hex). `None` for anything else.
pub fn key_hash(key: &str) -> Option<Vec<u8>> {
    if is_token(key) {
        return Some(token_hash(key));
    }
    if key.len() != 64 {
        return None;
    }
    (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(key.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Why a password is refused, or `None` when it will do.
pub fn password_problem(password: &str) -> Option<String> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        Some(format!(
            "a password needs at least {MIN_PASSWORD_CHARS} characters"
        ))
    } else if password.len() > MAX_PASSWORD_BYTES {
        Some(format!(
            "a password may have at most {MAX_PASSWORD_BYTES} bytes"
        ))
    } else {
        None
    }
}

/// The argon2id hash of a password (PHC string, with its salt and parameters),
/// at the crate's default cost (19 MiB, 2 passes: OWASP's recommendation).
pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    random_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2id with default parameters hashes any password")
        .to_string()
}

/// True when `password` matches `hash`. With no hash (an unknown name), a
/// dummy hash is checked anyway, so that the answer takes as long as for a
/// real account and the time does not tell which names exist.
pub fn verify_password(hash: Option<&str>, password: &str) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password("not anyone's password"));
    let (hash, real) = match hash {
        Some(hash) => (hash, true),
        None => (dummy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && real
}

/// The `Set-Cookie` value that starts a session.
pub fn session_cookie(token: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
        SESSION_LIFETIME.as_secs(),
        if secure { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that ends one.
pub fn clear_cookie(secure: bool) -> String {
    format!(
        "{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The session token in a `Cookie` header, if any.
pub fn token_from_cookies(header: &str) -> Option<&str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

/// True when `origin` is the desk's own, as the browser reached it: the scheme
/// (https when the desk is behind TLS, `--secure-cookies`) and the `Host`.
pub fn same_origin(origin: Option<&str>, host: Option<&str>, secure: bool) -> bool {
    let (Some(origin), Some(host)) = (origin, host) else {
        return false;
    };
    let scheme = if secure { "https" } else { "http" };
    origin
        .strip_prefix(scheme)
        .and_then(|rest| rest.strip_prefix("://"))
        .is_some_and(|rest| !host.is_empty() && rest.eq_ignore_ascii_case(host))
}

/// Counts failed logins per key (an account, an address) in a fixed window,
/// and refuses more once a key has too many. Kept in memory: a restart forgets
/// it, which costs an attacker a restart they cannot cause.
#[derive(Debug)]
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    failures: Mutex<HashMap<String, (Instant, u32)>>,
}

/// Keys kept before expired windows are swept out: bounds the memory an
/// attacker can fill with made-up names.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    /// At most `limit` failures per key in each `window`.
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit,
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(wait)` when `key` has used up its failures for now.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        match failures.get(key) {
            Some(&(start, count)) if count >= self.limit && start.elapsed() < self.window => {
                Err(self.window.saturating_sub(start.elapsed()))
            }
            _ => Ok(()),
        }
    }

    /// Records a failure for `key`.
    pub fn fail(&self, key: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() >= SWEEP_AT {
            let window = self.window;
            failures.retain(|_, (start, _)| start.elapsed() < window);
        }
        let entry = failures
            .entry(key.to_string())
            .or_insert((Instant::now(), 0));
        if entry.0.elapsed() >= self.window {
            *entry = (Instant::now(), 0);
        }
        entry.1 = entry.1.saturating_add(1);
    }

    /// Forgets `key`'s failures (an account after a good login).
    pub fn clear(&self, key: &str) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key);
    }
}

/// The client's address: the peer, or, when the peer is the trusted proxy, the
/// last address it put in `X-Forwarded-For` (the one it saw itself).
pub fn client_address(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted_proxy: Option<IpAddr>,
) -> Option<IpAddr> {
    match (peer, trusted_proxy) {
        (Some(peer), Some(proxy)) if peer == proxy => forwarded_for
            .and_then(|list| list.rsplit(',').next())
            .and_then(|last| last.trim().parse().ok())
            .or(Some(peer)),
        _ => peer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_tokens_and_listed_ids_name_a_preview_link() {
        let token = new_token();
        assert!(is_token(&token));
        assert_eq!(key_hash(&token), Some(token_hash(&token)));
        let id = crate::desk::store::hex(&token_hash(&token));
        assert_eq!(key_hash(&id), Some(token_hash(&token)));
        for bad in [
            "",
            "short",
            "../../etc/passwd",
            &"z".repeat(64),
            &"a".repeat(44),
        ] {
            assert_eq!(key_hash(bad), None, "{bad}");
        }
    }

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse battery");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(Some(&hash), "correct horse battery"));
        assert!(!verify_password(Some(&hash), "correct horse batterY"));
        assert!(!verify_password(None, "not anyone's password"));
        assert!(!verify_password(Some("not a hash"), "x"));
    }

    #[test]
    fn tokens_are_long_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 32);
        assert_ne!(token_hash(&a), a.as_bytes());
    }

    #[test]
    fn the_cookie_is_http_only_strict_and_secure_when_asked() {
        let cookie = session_cookie("t", false);
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        assert!(!cookie.contains("Secure"));
        assert!(session_cookie("t", true).ends_with("; Secure"));
        assert_eq!(
            token_from_cookies("a=1; desk_session=tok; b=2"),
            Some("tok")
        );
        assert_eq!(token_from_cookies("desk_session=; a=1"), None);
        assert_eq!(token_from_cookies("xdesk_session=tok"), None);
    }

    #[test]
    fn only_the_desks_own_origin_passes() {
        let host = Some("desk.example:8090");
        assert!(same_origin(Some("http://desk.example:8090"), host, false));
        assert!(!same_origin(Some("https://desk.example:8090"), host, false));
        assert!(same_origin(Some("https://desk.example:8090"), host, true));
        assert!(!same_origin(Some("http://evil.example"), host, false));
        assert!(!same_origin(
            Some("http://desk.example:8090.evil"),
            host,
            false
        ));
        assert!(!same_origin(Some("null"), host, false));
        assert!(!same_origin(None, host, false));
        assert!(!same_origin(Some("http://"), Some(""), false));
    }

    #[test]
    fn the_limiter_refuses_after_the_limit_until_cleared() {
        let limiter = RateLimiter::new(3, Duration::from_secs(60));
        for _ in 0..3 {
            assert!(limiter.check("ana").is_ok());
            limiter.fail("ana");
        }
        assert!(limiter.check("ana").is_err());
        assert!(limiter.check("bo").is_ok());
        limiter.clear("ana");
        assert!(limiter.check("ana").is_ok());
        let quick = RateLimiter::new(1, Duration::from_millis(1));
        quick.fail("x");
        std::thread::sleep(Duration::from_millis(5));
        assert!(quick.check("x").is_ok(), "the window passed");
    }

    #[test]
    fn forwarded_addresses_count_only_from_the_trusted_proxy() {
        let proxy: IpAddr = "127.0.0.2".parse().unwrap();
        let client: IpAddr = "203.0.113.9".parse().unwrap();
        let other: IpAddr = "127.0.0.3".parse().unwrap();
        let header = Some("198.51.100.1, 203.0.113.9");
        assert_eq!(
            client_address(Some(proxy), header, Some(proxy)),
            Some(client)
        );
        assert_eq!(
            client_address(Some(other), header, Some(proxy)),
            Some(other)
        );
        assert_eq!(client_address(Some(other), header, None), Some(other));
        assert_eq!(
            client_address(Some(proxy), Some("junk"), Some(proxy)),
            Some(proxy)
        );
    }
}
