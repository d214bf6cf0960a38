//! Detached minisign (Ed25519) signatures over a file's exact bytes.
//!
//! One home for signing and checking: release bundles and activation
//! decisions are both signed here, and the real `minisign -V` verifies what
//! this module writes (`tests/it/release.rs`, `tests/it/activation.rs`). The
//! trusted comment names what was signed; it is covered by the global
//! signature, so it cannot be swapped between files.

/// Why a signature cannot be made or does not verify.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// A key or signature file is not in minisign format.
    #[error("not a minisign {0}: {1}")]
    Format(&'static str, String),
    /// The signature does not verify.
    #[error("the signature does not verify: {0}")]
    Verify(String),
}

/// The key id as minisign prints it (16 upper-case hex digits).
pub fn key_id(keynum: &[u8]) -> String {
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&keynum[..8]);
    format!("{:016X}", u64::from_le_bytes(bytes))
}

/// Signs `bytes` with an unencrypted minisign secret key; returns the
/// `.minisig` text and the public key's id.
pub fn sign(
    bytes: &[u8],
    secret_key: &str,
    trusted_comment: &str,
) -> Result<(String, String), SignatureError> {
    let sk = minisign::SecretKeyBox::from_string(secret_key)
        .and_then(|b| b.into_unencrypted_secret_key())
        .map_err(|e| SignatureError::Format("secret key", e.to_string()))?;
    let pk = minisign::PublicKey::from_secret_key(&sk)
        .map_err(|e| SignatureError::Format("secret key", e.to_string()))?;
    let signature = minisign::sign(
        Some(&pk),
        &sk,
        std::io::Cursor::new(bytes),
        Some(trusted_comment),
        None,
    )
    .map_err(|e| SignatureError::Verify(e.to_string()))?
    .into_string();
    Ok((signature, key_id(pk.keynum())))
}

/// The public key (minisign text) of an unencrypted secret key.
pub fn public_key_of(secret_key: &str) -> Result<String, SignatureError> {
    let sk = minisign::SecretKeyBox::from_string(secret_key)
        .and_then(|b| b.into_unencrypted_secret_key())
        .map_err(|e| SignatureError::Format("secret key", e.to_string()))?;
    let pk = minisign::PublicKey::from_secret_key(&sk)
        .map_err(|e| SignatureError::Format("secret key", e.to_string()))?;
    Ok(pk
        .to_box()
        .map_err(|e| SignatureError::Format("public key", e.to_string()))?
        .into_string())
}

/// Verifies `bytes` against a `.minisig` text and a public key; returns the
/// key id and the trusted comment.
pub fn verify(
    bytes: &[u8],
    signature: &str,
    public_key: &str,
) -> Result<(String, String), SignatureError> {
    let pk = minisign::PublicKeyBox::from_string(public_key)
        .and_then(|b| b.into_public_key())
        .map_err(|e| SignatureError::Format("public key", e.to_string()))?;
    let sig = minisign::SignatureBox::from_string(signature)
        .map_err(|e| SignatureError::Format("signature", e.to_string()))?;
    minisign::verify(&pk, &sig, std::io::Cursor::new(bytes), true, false, false)
        .map_err(|e| SignatureError::Verify(e.to_string()))?;
    let comment = sig
        .trusted_comment()
        .map_err(|e| SignatureError::Format("signature", e.to_string()))?;
    Ok((key_id(pk.keynum()), comment))
}
