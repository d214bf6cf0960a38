/// Types generated from `contracts/release-evidence-bundle.schema.json` (`urn:srcos:agent-machine:schema:release-evidence-bundle:v0.1.0`).
pub mod release_evidence_bundle {
///One repository file and its digest.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DigestedFileListItem {
    ///Digest of the file's raw bytes (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters).
    pub digest: DigestedFileListItemDigest,
    ///Repository-relative path of the file.
    pub path: ::std::string::String,
}
///Digest of the file's raw bytes (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct DigestedFileListItemDigest(::std::string::String);
impl ::std::ops::Deref for DigestedFileListItemDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DigestedFileListItemDigest> for ::std::string::String {
    fn from(value: DigestedFileListItemDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DigestedFileListItemDigest {
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
impl ::std::convert::TryFrom<&str> for DigestedFileListItemDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DigestedFileListItemDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DigestedFileListItemDigest {
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
///Deterministic, secret-free evidence of one Agent Machine release: source commit, validation run, digested inventories of schemas, examples and docs, rendered-artifact digests, supply-chain posture, readiness and known blockers. Two checkouts of the same commit produce the same bundle; it is the subject a SignedReleaseBundleEnvelope signs.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundle {
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T15:21:00Z) at which the bundle was generated, taken from git or an explicit flag, never from the clock.
    #[serde(rename = "generatedAt")]
    pub generated_at: ::std::string::String,
    ///Unique identifier of this release bundle: a URN of the form urn:srcos:agent-machine:release-evidence-bundle:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: ReleaseEvidenceBundleId,
    pub inventories: ReleaseEvidenceBundleInventories,
    ///Kind discriminator of the document; always "ReleaseEvidenceBundle", so a document of another kind can never be taken for this one.
    pub kind: ReleaseEvidenceBundleKind,
    ///Identifiers of the release-blocking items that still fail; each at most once.
    #[serde(rename = "knownBlockers")]
    pub known_blockers: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    pub readiness: ReleaseEvidenceBundleReadiness,
    ///Safety attestation of the release bundle: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ReceiptSafety,
    pub release: ReleaseEvidenceBundleRelease,
    ///Artifacts rendered from the examples, with their digests.
    #[serde(rename = "renderedArtifacts")]
    pub rendered_artifacts: ::agent_machine::contracts::wire::List<
        ReleaseEvidenceBundleRenderedArtifactsItem,
    >,
    pub source: ReleaseEvidenceBundleSource,
    ///Version of the contract this release bundle conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: ReleaseEvidenceBundleSpecVersion,
    #[serde(rename = "supplyChain")]
    pub supply_chain: ReleaseEvidenceBundleSupplyChain,
    pub validation: ReleaseEvidenceBundleValidation,
}
///Unique identifier of this release bundle: a URN of the form urn:srcos:agent-machine:release-evidence-bundle:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ReleaseEvidenceBundleId(::std::string::String);
impl ::std::ops::Deref for ReleaseEvidenceBundleId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReleaseEvidenceBundleId> for ::std::string::String {
    fn from(value: ReleaseEvidenceBundleId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReleaseEvidenceBundleId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:release-evidence-bundle:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:release-evidence-bundle:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseEvidenceBundleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReleaseEvidenceBundleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReleaseEvidenceBundleId {
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
///Inventories of repository files, each file with the digest of its raw bytes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundleInventories {
    ///Documentation files of the release.
    pub docs: ::agent_machine::contracts::wire::List<DigestedFileListItem>,
    ///Example documents of the release.
    pub examples: ::agent_machine::contracts::wire::List<DigestedFileListItem>,
    ///Contract schema files of the release.
    pub schemas: ::agent_machine::contracts::wire::List<DigestedFileListItem>,
}
///Kind discriminator of the document; always "ReleaseEvidenceBundle", so a document of another kind can never be taken for this one.
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
pub enum ReleaseEvidenceBundleKind {
    ReleaseEvidenceBundle,
}
impl ::std::fmt::Display for ReleaseEvidenceBundleKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ReleaseEvidenceBundle => f.write_str("ReleaseEvidenceBundle"),
        }
    }
}
impl ::std::str::FromStr for ReleaseEvidenceBundleKind {
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
impl ::std::convert::TryFrom<&str> for ReleaseEvidenceBundleKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReleaseEvidenceBundleKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Readiness verdicts of the release.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundleReadiness {
    ///Whether the release meets the bootstrap level of the release gate.
    #[serde(rename = "bootstrapReady")]
    pub bootstrap_ready: bool,
    ///Whether the release meets the production level of the release gate; false while any release-blocking item fails.
    #[serde(rename = "productionReady")]
    pub production_ready: bool,
    ///Path or reference of the release gate document readiness was judged against.
    #[serde(rename = "releaseGateRef")]
    pub release_gate_ref: ::std::string::String,
    ///Path or reference of a status document; null when none.
    #[serde(
        rename = "statusRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub status_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
}
///Name and maturity of the release.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundleRelease {
    ///Maturity the release reached: prototype, bootstrap-ready, release-candidate, production-blocked, or production-ready.
    pub maturity: ReleaseEvidenceBundleReleaseMaturity,
    ///Name of the release.
    pub name: ::std::string::String,
    ///Free-text notes about the release.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<
        ::agent_machine::contracts::wire::List<::std::string::String>,
    >,
    ///Whether the release is production-ready; false while any release-blocking gate item fails.
    #[serde(rename = "productionReady")]
    pub production_ready: bool,
}
///Maturity the release reached: prototype, bootstrap-ready, release-candidate, production-blocked, or production-ready.
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
pub enum ReleaseEvidenceBundleReleaseMaturity {
    #[serde(rename = "prototype")]
    Prototype,
    #[serde(rename = "bootstrap-ready")]
    BootstrapReady,
    #[serde(rename = "release-candidate")]
    ReleaseCandidate,
    #[serde(rename = "production-blocked")]
    ProductionBlocked,
    #[serde(rename = "production-ready")]
    ProductionReady,
}
impl ::std::fmt::Display for ReleaseEvidenceBundleReleaseMaturity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Prototype => f.write_str("prototype"),
            Self::BootstrapReady => f.write_str("bootstrap-ready"),
            Self::ReleaseCandidate => f.write_str("release-candidate"),
            Self::ProductionBlocked => f.write_str("production-blocked"),
            Self::ProductionReady => f.write_str("production-ready"),
        }
    }
}
impl ::std::str::FromStr for ReleaseEvidenceBundleReleaseMaturity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "prototype" => Ok(Self::Prototype),
            "bootstrap-ready" => Ok(Self::BootstrapReady),
            "release-candidate" => Ok(Self::ReleaseCandidate),
            "production-blocked" => Ok(Self::ProductionBlocked),
            "production-ready" => Ok(Self::ProductionReady),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseEvidenceBundleReleaseMaturity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ReleaseEvidenceBundleReleaseMaturity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One rendered artifact.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundleRenderedArtifactsItem {
    ///Kind of artifact, e.g. AgentPodDeploymentPlan, QuadletContainer or KubernetesYaml.
    #[serde(rename = "artifactKind")]
    pub artifact_kind: ::std::string::String,
    ///Digest of the artifact's bytes (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters).
    pub digest: ReleaseEvidenceBundleRenderedArtifactsItemDigest,
    ///Name of the rendered artifact.
    pub name: ::std::string::String,
    ///Repository-relative path of the artifact; null when it is not stored as a file.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub path: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
}
///Digest of the artifact's bytes (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters).
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ReleaseEvidenceBundleRenderedArtifactsItemDigest(::std::string::String);
impl ::std::ops::Deref for ReleaseEvidenceBundleRenderedArtifactsItemDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReleaseEvidenceBundleRenderedArtifactsItemDigest>
for ::std::string::String {
    fn from(value: ReleaseEvidenceBundleRenderedArtifactsItemDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReleaseEvidenceBundleRenderedArtifactsItemDigest {
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
impl ::std::convert::TryFrom<&str> for ReleaseEvidenceBundleRenderedArtifactsItemDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ReleaseEvidenceBundleRenderedArtifactsItemDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for ReleaseEvidenceBundleRenderedArtifactsItemDigest {
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
///Source revision the bundle describes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundleSource {
    ///Branch the commit was taken from.
    pub branch: ::std::string::String,
    ///Full git commit SHA of the source: 40 lowercase hex characters.
    #[serde(rename = "commitSha")]
    pub commit_sha: ReleaseEvidenceBundleSourceCommitSha,
    ///Number of the pull request the build came from (1 or more); null when not built from a pull request.
    #[serde(
        rename = "pullRequest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub pull_request: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::num::NonZeroU64>,
    >,
    ///Repository of the source, in owner/name form, e.g. SourceOS-Linux/agent-machine.
    pub repository: ::std::string::String,
}
///Full git commit SHA of the source: 40 lowercase hex characters.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ReleaseEvidenceBundleSourceCommitSha(::std::string::String);
impl ::std::ops::Deref for ReleaseEvidenceBundleSourceCommitSha {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReleaseEvidenceBundleSourceCommitSha>
for ::std::string::String {
    fn from(value: ReleaseEvidenceBundleSourceCommitSha) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReleaseEvidenceBundleSourceCommitSha {
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
impl ::std::convert::TryFrom<&str> for ReleaseEvidenceBundleSourceCommitSha {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ReleaseEvidenceBundleSourceCommitSha {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReleaseEvidenceBundleSourceCommitSha {
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
///Version of the contract this release bundle conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum ReleaseEvidenceBundleSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for ReleaseEvidenceBundleSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for ReleaseEvidenceBundleSpecVersion {
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
impl ::std::convert::TryFrom<&str> for ReleaseEvidenceBundleSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ReleaseEvidenceBundleSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Supply-chain posture of the release.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundleSupplyChain {
    ///Examples that use mutable image tags and are accepted only in bootstrap mode.
    #[serde(rename = "mutableBootstrapExamples")]
    pub mutable_bootstrap_examples: ::agent_machine::contracts::wire::List<
        DigestedFileListItem,
    >,
    ///Examples that satisfy strict supply-chain mode (digest-pinned image with SBOM and provenance references).
    #[serde(rename = "strictExamples")]
    pub strict_examples: ::agent_machine::contracts::wire::List<DigestedFileListItem>,
    ///Whether strict (release-candidate) supply-chain checking is available.
    #[serde(rename = "strictModeAvailable")]
    pub strict_mode_available: bool,
}
///The validation run that checked the source.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseEvidenceBundleValidation {
    ///Command that runs the full validation, e.g. make validate.
    #[serde(rename = "canonicalCommand")]
    pub canonical_command: ::std::string::String,
    ///Outcome of the validation: passed, failed, unknown, or not-run.
    pub status: ReleaseEvidenceBundleValidationStatus,
    ///RFC 3339 timestamp of the validation; null when unknown.
    #[serde(
        rename = "validatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub validated_at: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Name of the CI job that ran the validation; null when not run in CI.
    #[serde(
        rename = "workflowJobName",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub workflow_job_name: ::std::option::Option<::std::string::String>,
    ///Id of the CI workflow run that validated the source (1 or more); null when not run in CI.
    #[serde(
        rename = "workflowRunId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub workflow_run_id: ::std::option::Option<::std::num::NonZeroU64>,
}
///Outcome of the validation: passed, failed, unknown, or not-run.
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
pub enum ReleaseEvidenceBundleValidationStatus {
    #[serde(rename = "passed")]
    Passed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "unknown")]
    Unknown,
    #[serde(rename = "not-run")]
    NotRun,
}
impl ::std::fmt::Display for ReleaseEvidenceBundleValidationStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Passed => f.write_str("passed"),
            Self::Failed => f.write_str("failed"),
            Self::Unknown => f.write_str("unknown"),
            Self::NotRun => f.write_str("not-run"),
        }
    }
}
impl ::std::str::FromStr for ReleaseEvidenceBundleValidationStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "passed" => Ok(Self::Passed),
            "failed" => Ok(Self::Failed),
            "unknown" => Ok(Self::Unknown),
            "not-run" => Ok(Self::NotRun),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseEvidenceBundleValidationStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ReleaseEvidenceBundleValidationStatus {
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

