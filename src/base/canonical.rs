//! Canonical JSON (RFC 8785, JCS) and digests.
//!
//! A digest is `sha256:` + lowercase hex of SHA-256 over the canonical bytes
//! of the *parsed* document — never over a re-serialization of a typed value,
//! so a field the types would drop can never change a digest. For ASCII
//! documents without floats (every SourceOS contract) the canonical form is
//! "keys sorted, no whitespace", so v0.1.0 digests keep matching.
//!
//! Canonicalization is delegated to `serde_json_canonicalizer`, which
//! `tests/it/rfc8785.rs` checks against the RFC's test vectors (key sorting by
//! UTF-16 code units, string escaping, ECMAScript number formatting).

use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// The prefix of every digest.
pub const DIGEST_PREFIX: &str = "sha256:";

/// A value that cannot be put in canonical form (a non-finite number).
#[derive(Debug)]
pub struct CanonicalError(serde_json::Error);

impl From<serde_json::Error> for CanonicalError {
    fn from(e: serde_json::Error) -> Self {
        CanonicalError(e)
    }
}

impl std::fmt::Display for CanonicalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot canonicalize: {}", self.0)
    }
}

impl std::error::Error for CanonicalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// The RFC 8785 canonical bytes of `value`.
pub fn to_canonical_bytes<T: Serialize>(value: &T) -> Result<Vec<u8>, CanonicalError> {
    Ok(serde_json_canonicalizer::to_vec(value)?)
}

/// The RFC 8785 canonical text of `value`.
pub fn to_canonical_string<T: Serialize>(value: &T) -> Result<String, CanonicalError> {
    Ok(serde_json_canonicalizer::to_string(value)?)
}

/// `sha256:<hex>` over `bytes` exactly as given.
pub fn digest_bytes(bytes: &[u8]) -> String {
    let hash = Sha256::digest(bytes);
    let mut out = String::with_capacity(DIGEST_PREFIX.len() + 64);
    out.push_str(DIGEST_PREFIX);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for byte in hash {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    out
}

/// `sha256:<hex>` over the canonical bytes of `value`.
pub fn digest<T: Serialize>(value: &T) -> Result<String, CanonicalError> {
    Ok(digest_bytes(&to_canonical_bytes(value)?))
}

/// Whether `s` is a well-formed digest: `sha256:` and exactly 64 lowercase
/// hex characters, nothing after (no trailing newline).
pub fn is_digest(s: &str) -> bool {
    s.strip_prefix(DIGEST_PREFIX).is_some_and(|hex| {
        hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}
