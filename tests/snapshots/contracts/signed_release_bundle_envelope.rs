/// Types generated from `contracts/signed-release-bundle-envelope.schema.json` (`urn:srcos:agent-machine:schema:signed-release-bundle-envelope:v0.1.0`).
pub mod signed_release_bundle_envelope {
///Envelope that binds a signature to a ReleaseEvidenceBundle through the bundle's digest: the subject, the signature metadata (status, algorithm, key reference, signature digest) and the result of verifying it offline. It never contains key material, only references to it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SignedReleaseBundleEnvelope {
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the envelope was generated.
    #[serde(rename = "generatedAt")]
    pub generated_at: ::std::string::String,
    ///Unique identifier of this envelope: a URN of the form urn:srcos:agent-machine:signed-release-bundle-envelope:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: SignedReleaseBundleEnvelopeId,
    ///Kind discriminator of the document; always "SignedReleaseBundleEnvelope", so a document of another kind can never be taken for this one.
    pub kind: SignedReleaseBundleEnvelopeKind,
    ///Free-text notes about the envelope.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<
        ::agent_machine::contracts::wire::List<::std::string::String>,
    >,
    ///Safety attestation of the envelope: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ReceiptSafety,
    pub signature: SignedReleaseBundleEnvelopeSignature,
    ///Version of the contract this envelope conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: SignedReleaseBundleEnvelopeSpecVersion,
    pub subject: SignedReleaseBundleEnvelopeSubject,
    pub verification: SignedReleaseBundleEnvelopeVerification,
}
///Unique identifier of this envelope: a URN of the form urn:srcos:agent-machine:signed-release-bundle-envelope:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SignedReleaseBundleEnvelopeId(::std::string::String);
impl ::std::ops::Deref for SignedReleaseBundleEnvelopeId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SignedReleaseBundleEnvelopeId> for ::std::string::String {
    fn from(value: SignedReleaseBundleEnvelopeId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:signed-release-bundle-envelope:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:signed-release-bundle-envelope:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SignedReleaseBundleEnvelopeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SignedReleaseBundleEnvelopeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SignedReleaseBundleEnvelopeId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Kind discriminator of the document; always "SignedReleaseBundleEnvelope", so a document of another kind can never be taken for this one.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SignedReleaseBundleEnvelopeKind {
    SignedReleaseBundleEnvelope,
}
impl ::std::fmt::Display for SignedReleaseBundleEnvelopeKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SignedReleaseBundleEnvelope => {
                f.write_str("SignedReleaseBundleEnvelope")
            }
        }
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "SignedReleaseBundleEnvelope" => Ok(Self::SignedReleaseBundleEnvelope),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SignedReleaseBundleEnvelopeKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SignedReleaseBundleEnvelopeKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The signature over the subject.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SignedReleaseBundleEnvelopeSignature {
    ///Signature scheme: cosign keyless, cosign key pair, minisign, SSH signature, GPG, or unknown; null when unsigned.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub algorithm: ::std::option::Option<SignedReleaseBundleEnvelopeSignatureAlgorithm>,
    ///Reference to the signing certificate, for keyless signing; null when none.
    #[serde(
        rename = "certificateRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub certificate_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Reference to the signing key, such as a minisign key id, never the key itself; null when unsigned.
    #[serde(rename = "keyRef", deserialize_with = "::std::option::Option::deserialize")]
    pub key_ref: ::std::option::Option<::std::string::String>,
    ///Digest of the signature bytes (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unsigned.
    #[serde(
        rename = "signatureDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub signature_digest: ::std::option::Option<
        SignedReleaseBundleEnvelopeSignatureSignatureDigest,
    >,
    ///Reference to where the signature is stored; null when unsigned.
    #[serde(
        rename = "signatureRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub signature_ref: ::std::option::Option<::std::string::String>,
    ///Signing state: unsigned, signed-placeholder (shape only, no real signature), or signed.
    pub status: SignedReleaseBundleEnvelopeSignatureStatus,
    ///Reference to the transparency-log entry of the signature, e.g. in Rekor; null when none.
    #[serde(
        rename = "transparencyLogRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub transparency_log_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
}
///Signature scheme: cosign keyless, cosign key pair, minisign, SSH signature, GPG, or unknown; null when unsigned.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SignedReleaseBundleEnvelopeSignatureAlgorithm {
    #[serde(rename = "cosign-keyless")]
    CosignKeyless,
    #[serde(rename = "cosign-key-pair")]
    CosignKeyPair,
    #[serde(rename = "minisign")]
    Minisign,
    #[serde(rename = "ssh-sig")]
    SshSig,
    #[serde(rename = "gpg")]
    Gpg,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for SignedReleaseBundleEnvelopeSignatureAlgorithm {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CosignKeyless => f.write_str("cosign-keyless"),
            Self::CosignKeyPair => f.write_str("cosign-key-pair"),
            Self::Minisign => f.write_str("minisign"),
            Self::SshSig => f.write_str("ssh-sig"),
            Self::Gpg => f.write_str("gpg"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeSignatureAlgorithm {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "cosign-keyless" => Ok(Self::CosignKeyless),
            "cosign-key-pair" => Ok(Self::CosignKeyPair),
            "minisign" => Ok(Self::Minisign),
            "ssh-sig" => Ok(Self::SshSig),
            "gpg" => Ok(Self::Gpg),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SignedReleaseBundleEnvelopeSignatureAlgorithm {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeSignatureAlgorithm {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Digest of the signature bytes (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unsigned.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SignedReleaseBundleEnvelopeSignatureSignatureDigest(::std::string::String);
impl ::std::ops::Deref for SignedReleaseBundleEnvelopeSignatureSignatureDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SignedReleaseBundleEnvelopeSignatureSignatureDigest>
for ::std::string::String {
    fn from(value: SignedReleaseBundleEnvelopeSignatureSignatureDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeSignatureSignatureDigest {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^sha256:[a-f0-9]{64}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^sha256:[a-f0-9]{64}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for SignedReleaseBundleEnvelopeSignatureSignatureDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeSignatureSignatureDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for SignedReleaseBundleEnvelopeSignatureSignatureDigest {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Signing state: unsigned, signed-placeholder (shape only, no real signature), or signed.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SignedReleaseBundleEnvelopeSignatureStatus {
    #[serde(rename = "unsigned")]
    Unsigned,
    #[serde(rename = "signed-placeholder")]
    SignedPlaceholder,
    #[serde(rename = "signed")]
    Signed,
}
impl ::std::fmt::Display for SignedReleaseBundleEnvelopeSignatureStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unsigned => f.write_str("unsigned"),
            Self::SignedPlaceholder => f.write_str("signed-placeholder"),
            Self::Signed => f.write_str("signed"),
        }
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeSignatureStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "unsigned" => Ok(Self::Unsigned),
            "signed-placeholder" => Ok(Self::SignedPlaceholder),
            "signed" => Ok(Self::Signed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SignedReleaseBundleEnvelopeSignatureStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeSignatureStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this envelope conforms to; always the string "0.1.0" in this version of the schema.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SignedReleaseBundleEnvelopeSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for SignedReleaseBundleEnvelopeSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeSpecVersion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "0.1.0" => Ok(Self::X010),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SignedReleaseBundleEnvelopeSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The ReleaseEvidenceBundle the signature covers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SignedReleaseBundleEnvelopeSubject {
    ///Full git commit SHA (40 lowercase hex characters) the bundle was built from; null when unknown.
    #[serde(
        rename = "sourceCommitSha",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub source_commit_sha: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<
            SignedReleaseBundleEnvelopeSubjectSourceCommitSha,
        >,
    >,
    ///Digest of the signed bundle (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters).
    #[serde(rename = "subjectDigest")]
    pub subject_digest: SignedReleaseBundleEnvelopeSubjectSubjectDigest,
    ///Kind of the signed subject; always ReleaseEvidenceBundle.
    #[serde(rename = "subjectKind")]
    pub subject_kind: SignedReleaseBundleEnvelopeSubjectSubjectKind,
    ///Path or reference of the signed bundle.
    #[serde(rename = "subjectRef")]
    pub subject_ref: ::std::string::String,
    ///Id of the CI workflow run that produced the bundle (1 or more); null when not produced in CI.
    #[serde(
        rename = "workflowRunId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub workflow_run_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::num::NonZeroU64>,
    >,
}
///`SignedReleaseBundleEnvelopeSubjectSourceCommitSha`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SignedReleaseBundleEnvelopeSubjectSourceCommitSha(::std::string::String);
impl ::std::ops::Deref for SignedReleaseBundleEnvelopeSubjectSourceCommitSha {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SignedReleaseBundleEnvelopeSubjectSourceCommitSha>
for ::std::string::String {
    fn from(value: SignedReleaseBundleEnvelopeSubjectSourceCommitSha) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeSubjectSourceCommitSha {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-f0-9]{40}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[a-f0-9]{40}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for SignedReleaseBundleEnvelopeSubjectSourceCommitSha {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeSubjectSourceCommitSha {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for SignedReleaseBundleEnvelopeSubjectSourceCommitSha {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Digest of the signed bundle (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SignedReleaseBundleEnvelopeSubjectSubjectDigest(::std::string::String);
impl ::std::ops::Deref for SignedReleaseBundleEnvelopeSubjectSubjectDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SignedReleaseBundleEnvelopeSubjectSubjectDigest>
for ::std::string::String {
    fn from(value: SignedReleaseBundleEnvelopeSubjectSubjectDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeSubjectSubjectDigest {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^sha256:[a-f0-9]{64}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^sha256:[a-f0-9]{64}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SignedReleaseBundleEnvelopeSubjectSubjectDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeSubjectSubjectDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SignedReleaseBundleEnvelopeSubjectSubjectDigest {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Kind of the signed subject; always ReleaseEvidenceBundle.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SignedReleaseBundleEnvelopeSubjectSubjectKind {
    ReleaseEvidenceBundle,
}
impl ::std::fmt::Display for SignedReleaseBundleEnvelopeSubjectSubjectKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ReleaseEvidenceBundle => f.write_str("ReleaseEvidenceBundle"),
        }
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeSubjectSubjectKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ReleaseEvidenceBundle" => Ok(Self::ReleaseEvidenceBundle),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SignedReleaseBundleEnvelopeSubjectSubjectKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeSubjectSubjectKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Outcome of verifying the signature against the subject digest.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SignedReleaseBundleEnvelopeVerification {
    ///Why verification failed or did not run; null when it passed.
    #[serde(
        rename = "failureReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub failure_reason: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Verification state: not-implemented, not-run, passed, failed, or unknown.
    #[serde(rename = "verificationStatus")]
    pub verification_status: SignedReleaseBundleEnvelopeVerificationVerificationStatus,
    ///Whether the signature was verified successfully; an envelope claiming status signed without a valid signature fails verification.
    pub verified: bool,
    ///RFC 3339 timestamp of the verification; null when not verified.
    #[serde(
        rename = "verifiedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub verified_at: ::std::option::Option<::std::string::String>,
    ///Version of the verifier used; null when no verification ran.
    #[serde(
        rename = "verifierVersion",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub verifier_version: ::std::option::Option<::std::string::String>,
}
///Verification state: not-implemented, not-run, passed, failed, or unknown.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SignedReleaseBundleEnvelopeVerificationVerificationStatus {
    #[serde(rename = "not-implemented")]
    NotImplemented,
    #[serde(rename = "not-run")]
    NotRun,
    #[serde(rename = "passed")]
    Passed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for SignedReleaseBundleEnvelopeVerificationVerificationStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NotImplemented => f.write_str("not-implemented"),
            Self::NotRun => f.write_str("not-run"),
            Self::Passed => f.write_str("passed"),
            Self::Failed => f.write_str("failed"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for SignedReleaseBundleEnvelopeVerificationVerificationStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "not-implemented" => Ok(Self::NotImplemented),
            "not-run" => Ok(Self::NotRun),
            "passed" => Ok(Self::Passed),
            "failed" => Ok(Self::Failed),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for SignedReleaseBundleEnvelopeVerificationVerificationStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SignedReleaseBundleEnvelopeVerificationVerificationStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
}

