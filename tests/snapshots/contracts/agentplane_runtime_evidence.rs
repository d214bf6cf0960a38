/// Types generated from `contracts/agentplane-runtime-evidence.schema.json` (`urn:srcos:agent-machine:schema:agentplane-runtime-evidence:v0.1.0`).
pub mod agentplane_runtime_evidence {
///Secret-free evidence sent to AgentPlane for one lifecycle event of an AgentPod (placement, activation, runtime status, teardown or wipe). It carries every reference AgentPlane needs (machine, pod, provider, deployment receipt, admission and grant state, artifact digests, storage receipts, cache-reuse decision) so that nothing has to be inferred after execution.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPlaneRuntimeEvidence {
    ///Id of the AgentMachine where the event happened.
    #[serde(rename = "agentMachineId")]
    pub agent_machine_id: AgentPlaneRuntimeEvidenceAgentMachineId,
    ///Id of the AgentPod the event concerns.
    #[serde(rename = "agentPodId")]
    pub agent_pod_id: AgentPlaneRuntimeEvidenceAgentPodId,
    #[serde(rename = "agentRegistry")]
    pub agent_registry: AgentPlaneRuntimeEvidenceAgentRegistry,
    pub artifacts: AgentPlaneRuntimeEvidenceArtifacts,
    pub cache: AgentPlaneRuntimeEvidenceCache,
    ///Id of the DeploymentReceipt of the deployed artifact.
    #[serde(rename = "deploymentReceiptId")]
    pub deployment_receipt_id: AgentPlaneRuntimeEvidenceDeploymentReceiptId,
    ///Lifecycle event the evidence records: placement, activation, runtime status, teardown, or wipe.
    #[serde(rename = "evidenceType")]
    pub evidence_type: AgentPlaneRuntimeEvidenceEvidenceType,
    ///Unique identifier of this evidence record: a URN of the form urn:srcos:agent-machine:agentplane-runtime-evidence:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: AgentPlaneRuntimeEvidenceId,
    ///Kind discriminator of the document; always "AgentPlaneRuntimeEvidence", so a document of another kind can never be taken for this one.
    pub kind: AgentPlaneRuntimeEvidenceKind,
    ///Optional string-to-string metadata labels on the evidence record (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the state was observed.
    #[serde(rename = "observedAt")]
    pub observed_at: ::std::string::String,
    #[serde(rename = "policyFabric")]
    pub policy_fabric: AgentPlaneRuntimeEvidencePolicyFabric,
    ///Id of the InferenceProvider involved.
    #[serde(rename = "providerId")]
    pub provider_id: AgentPlaneRuntimeEvidenceProviderId,
    ///Safety attestation of the evidence record: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ReceiptSafety,
    pub runtime: AgentPlaneRuntimeEvidenceRuntime,
    ///Version of the contract this evidence record conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: AgentPlaneRuntimeEvidenceSpecVersion,
    ///Ids of the StorageReceipts of the volumes in use; each at most once.
    #[serde(rename = "storageReceiptRefs")]
    pub storage_receipt_refs: ::agent_machine::contracts::wire::UniqueList<
        AgentPlaneRuntimeEvidenceStorageReceiptRefsItem,
    >,
}
///Id of the AgentMachine where the event happened.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceAgentMachineId(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceAgentMachineId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceAgentMachineId>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceAgentMachineId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceAgentMachineId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^urn:srcos:agent-machine:[a-z0-9][a-z0-9-]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceAgentMachineId {
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
///Id of the AgentPod the event concerns.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceAgentPodId(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceAgentPodId>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceAgentPodId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:agent-pod:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:agent-pod:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceAgentPodId {
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
///Agent Registry grant state at the time of the event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPlaneRuntimeEvidenceAgentRegistry {
    ///RFC 3339 timestamp at which the grant expires; null when unknown or missing.
    #[serde(
        rename = "expiresAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub expires_at: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Digest of the grant (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when it is missing.
    #[serde(
        rename = "grantDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub grant_digest: ::std::option::Option<
        AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest,
    >,
    ///Reference to the grant; null when it is missing.
    #[serde(
        rename = "grantRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub grant_ref: ::std::option::Option<::std::string::String>,
    ///Status of the grant: missing, active, expired, revoked, not-required, or unknown.
    #[serde(rename = "grantStatus")]
    pub grant_status: AgentPlaneRuntimeEvidenceAgentRegistryGrantStatus,
    ///Whether an Agent Registry grant is required for the pod.
    pub required: bool,
    ///Reference to the grant's revocation record; null when none.
    #[serde(
        rename = "revocationRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub revocation_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
}
///Digest of the grant (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when it is missing.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest {
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
for AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for AgentPlaneRuntimeEvidenceAgentRegistryGrantDigest {
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
///Status of the grant: missing, active, expired, revoked, not-required, or unknown.
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
pub enum AgentPlaneRuntimeEvidenceAgentRegistryGrantStatus {
    #[serde(rename = "missing")]
    Missing,
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "expired")]
    Expired,
    #[serde(rename = "revoked")]
    Revoked,
    #[serde(rename = "not-required")]
    NotRequired,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentPlaneRuntimeEvidenceAgentRegistryGrantStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Missing => f.write_str("missing"),
            Self::Active => f.write_str("active"),
            Self::Expired => f.write_str("expired"),
            Self::Revoked => f.write_str("revoked"),
            Self::NotRequired => f.write_str("not-required"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceAgentRegistryGrantStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "missing" => Ok(Self::Missing),
            "active" => Ok(Self::Active),
            "expired" => Ok(Self::Expired),
            "revoked" => Ok(Self::Revoked),
            "not-required" => Ok(Self::NotRequired),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for AgentPlaneRuntimeEvidenceAgentRegistryGrantStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceAgentRegistryGrantStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Identities of the artifacts the workload runs.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPlaneRuntimeEvidenceArtifacts {
    ///Digest of the container image (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown.
    #[serde(
        rename = "imageDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub image_digest: ::std::option::Option<
        AgentPlaneRuntimeEvidenceArtifactsImageDigest,
    >,
    ///Container image reference the workload runs; null for workloads without an image.
    #[serde(
        rename = "imageRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub image_ref: ::std::option::Option<::std::string::String>,
    ///Digest of the deployed Quadlet unit or Kubernetes manifest (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown.
    #[serde(
        rename = "manifestDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub manifest_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<
            AgentPlaneRuntimeEvidenceArtifactsManifestDigest,
        >,
    >,
    ///Digest of the model served (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown or not applicable.
    #[serde(
        rename = "modelDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub model_digest: ::std::option::Option<
        AgentPlaneRuntimeEvidenceArtifactsModelDigest,
    >,
    ///Reference to the build provenance attestation of the image; null when none.
    #[serde(
        rename = "provenanceRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub provenance_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Reference to the software bill of materials of the image; null when none.
    #[serde(rename = "sbomRef", skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub sbom_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Digest of the tokenizer used (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown or not applicable.
    #[serde(
        rename = "tokenizerDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub tokenizer_digest: ::std::option::Option<
        AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest,
    >,
}
///Digest of the container image (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceArtifactsImageDigest(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceArtifactsImageDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceArtifactsImageDigest>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceArtifactsImageDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceArtifactsImageDigest {
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
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceArtifactsImageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceArtifactsImageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceArtifactsImageDigest {
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
///`AgentPlaneRuntimeEvidenceArtifactsManifestDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceArtifactsManifestDigest(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceArtifactsManifestDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceArtifactsManifestDigest>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceArtifactsManifestDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceArtifactsManifestDigest {
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
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceArtifactsManifestDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceArtifactsManifestDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for AgentPlaneRuntimeEvidenceArtifactsManifestDigest {
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
///Digest of the model served (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown or not applicable.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceArtifactsModelDigest(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceArtifactsModelDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceArtifactsModelDigest>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceArtifactsModelDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceArtifactsModelDigest {
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
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceArtifactsModelDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceArtifactsModelDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceArtifactsModelDigest {
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
///Digest of the tokenizer used (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown or not applicable.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest {
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
for AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for AgentPlaneRuntimeEvidenceArtifactsTokenizerDigest {
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
///Cache-reuse request and the decision on it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPlaneRuntimeEvidenceCache {
    ///Reference to the policy that governs cache reuse; null when none.
    #[serde(
        rename = "cachePolicyRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub cache_policy_ref: ::std::option::Option<::std::string::String>,
    ///Ids of the StorageReceipts of the caches concerned; each at most once.
    #[serde(rename = "cacheReceiptRefs")]
    pub cache_receipt_refs: ::agent_machine::contracts::wire::UniqueList<
        AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem,
    >,
    ///Whether cache reuse was allowed.
    #[serde(rename = "cacheReuseAllowed")]
    pub cache_reuse_allowed: bool,
    ///Reference to the decision that allowed or refused cache reuse; null when none.
    #[serde(
        rename = "cacheReuseDecisionRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub cache_reuse_decision_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether the workload asked to reuse existing cache contents.
    #[serde(rename = "cacheReuseRequested")]
    pub cache_reuse_requested: bool,
}
///`AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:storage-receipt:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:storage-receipt:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str>
for AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for AgentPlaneRuntimeEvidenceCacheCacheReceiptRefsItem {
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
///Id of the DeploymentReceipt of the deployed artifact.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceDeploymentReceiptId(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceDeploymentReceiptId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceDeploymentReceiptId>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceDeploymentReceiptId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceDeploymentReceiptId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:deployment-receipt:[a-f0-9]{16,64}$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:deployment-receipt:[a-f0-9]{16,64}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceDeploymentReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceDeploymentReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceDeploymentReceiptId {
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
///Lifecycle event the evidence records: placement, activation, runtime status, teardown, or wipe.
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
pub enum AgentPlaneRuntimeEvidenceEvidenceType {
    #[serde(rename = "placement")]
    Placement,
    #[serde(rename = "activation")]
    Activation,
    #[serde(rename = "runtime-status")]
    RuntimeStatus,
    #[serde(rename = "teardown")]
    Teardown,
    #[serde(rename = "wipe")]
    Wipe,
}
impl ::std::fmt::Display for AgentPlaneRuntimeEvidenceEvidenceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Placement => f.write_str("placement"),
            Self::Activation => f.write_str("activation"),
            Self::RuntimeStatus => f.write_str("runtime-status"),
            Self::Teardown => f.write_str("teardown"),
            Self::Wipe => f.write_str("wipe"),
        }
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceEvidenceType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "placement" => Ok(Self::Placement),
            "activation" => Ok(Self::Activation),
            "runtime-status" => Ok(Self::RuntimeStatus),
            "teardown" => Ok(Self::Teardown),
            "wipe" => Ok(Self::Wipe),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceEvidenceType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceEvidenceType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Unique identifier of this evidence record: a URN of the form urn:srcos:agent-machine:agentplane-runtime-evidence:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceId(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceId> for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:agentplane-runtime-evidence:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:agentplane-runtime-evidence:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPlaneRuntimeEvidenceId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceId {
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
///Kind discriminator of the document; always "AgentPlaneRuntimeEvidence", so a document of another kind can never be taken for this one.
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
pub enum AgentPlaneRuntimeEvidenceKind {
    AgentPlaneRuntimeEvidence,
}
impl ::std::fmt::Display for AgentPlaneRuntimeEvidenceKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentPlaneRuntimeEvidence => f.write_str("AgentPlaneRuntimeEvidence"),
        }
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "AgentPlaneRuntimeEvidence" => Ok(Self::AgentPlaneRuntimeEvidence),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPlaneRuntimeEvidenceKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Policy Fabric admission state at the time of the event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPlaneRuntimeEvidencePolicyFabric {
    ///Status of the admission: missing, allowed, denied, not-required, or unknown.
    #[serde(rename = "admissionStatus")]
    pub admission_status: ::agent_machine::contracts::wire::AdmissionStatus,
    ///Digest of the admission decision (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when it is missing.
    #[serde(
        rename = "decisionDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub decision_digest: ::std::option::Option<
        AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest,
    >,
    ///Reference to the admission decision; null when it is missing.
    #[serde(
        rename = "decisionRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub decision_ref: ::std::option::Option<::std::string::String>,
    ///RFC 3339 timestamp at which the admission expires; null when unknown or missing.
    #[serde(
        rename = "expiresAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub expires_at: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Reference to the obligations attached to the admission; null when none.
    #[serde(
        rename = "obligationsRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub obligations_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether a Policy Fabric admission is required for the pod.
    pub required: bool,
}
///Digest of the admission decision (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when it is missing.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest {
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
for AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for AgentPlaneRuntimeEvidencePolicyFabricDecisionDigest {
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
///Id of the InferenceProvider involved.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceProviderId(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceProviderId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceProviderId>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceProviderId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceProviderId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:inference-provider:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:inference-provider:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceProviderId {
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
///Observed runtime state of the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPlaneRuntimeEvidenceRuntime {
    ///RFC 3339 timestamp at which the workload finished; null when it has not finished.
    #[serde(
        rename = "completedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub completed_at: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Digest of the container id (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); the raw id is not recorded. Null when there is no container.
    #[serde(
        rename = "containerIdDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub container_id_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<
            AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest,
        >,
    >,
    ///Reason code for a failure or refusal, e.g. policy_fabric_admission_missing; null when none.
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
    ///Kubernetes namespace of the workload; null for local workloads.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub namespace: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Name of the node or host running the workload; null when not placed.
    #[serde(rename = "nodeName", skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub node_name: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Host process id of the workload's main process; null when not running or not observed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub pid: ::std::option::Option<::agent_machine::contracts::wire::Nullable<u64>>,
    ///Version of the probe that observed the state.
    #[serde(rename = "probeVersion")]
    pub probe_version: ::std::string::String,
    ///Version of the Agent Machine runtime that produced the evidence.
    #[serde(rename = "runtimeVersion")]
    pub runtime_version: ::std::string::String,
    ///Kubernetes ServiceAccount of the workload; null for local workloads.
    #[serde(
        rename = "serviceAccountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub service_account_name: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///RFC 3339 timestamp at which the workload started; null when it has not started.
    #[serde(
        rename = "startedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub started_at: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Runtime status: planned, placed, activating, running, degraded, failed, completed, tearing-down, or wiped; running and completed are possible only when both the admission and the grant allowed activation.
    pub status: AgentPlaneRuntimeEvidenceRuntimeStatus,
}
///`AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest {
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
for AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de>
for AgentPlaneRuntimeEvidenceRuntimeContainerIdDigest {
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
///Runtime status: planned, placed, activating, running, degraded, failed, completed, tearing-down, or wiped; running and completed are possible only when both the admission and the grant allowed activation.
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
pub enum AgentPlaneRuntimeEvidenceRuntimeStatus {
    #[serde(rename = "planned")]
    Planned,
    #[serde(rename = "placed")]
    Placed,
    #[serde(rename = "activating")]
    Activating,
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "degraded")]
    Degraded,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "tearing-down")]
    TearingDown,
    #[serde(rename = "wiped")]
    Wiped,
}
impl ::std::fmt::Display for AgentPlaneRuntimeEvidenceRuntimeStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Planned => f.write_str("planned"),
            Self::Placed => f.write_str("placed"),
            Self::Activating => f.write_str("activating"),
            Self::Running => f.write_str("running"),
            Self::Degraded => f.write_str("degraded"),
            Self::Failed => f.write_str("failed"),
            Self::Completed => f.write_str("completed"),
            Self::TearingDown => f.write_str("tearing-down"),
            Self::Wiped => f.write_str("wiped"),
        }
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceRuntimeStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "planned" => Ok(Self::Planned),
            "placed" => Ok(Self::Placed),
            "activating" => Ok(Self::Activating),
            "running" => Ok(Self::Running),
            "degraded" => Ok(Self::Degraded),
            "failed" => Ok(Self::Failed),
            "completed" => Ok(Self::Completed),
            "tearing-down" => Ok(Self::TearingDown),
            "wiped" => Ok(Self::Wiped),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceRuntimeStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceRuntimeStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this evidence record conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum AgentPlaneRuntimeEvidenceSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for AgentPlaneRuntimeEvidenceSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceSpecVersion {
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
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`AgentPlaneRuntimeEvidenceStorageReceiptRefsItem`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPlaneRuntimeEvidenceStorageReceiptRefsItem(::std::string::String);
impl ::std::ops::Deref for AgentPlaneRuntimeEvidenceStorageReceiptRefsItem {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPlaneRuntimeEvidenceStorageReceiptRefsItem>
for ::std::string::String {
    fn from(value: AgentPlaneRuntimeEvidenceStorageReceiptRefsItem) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidenceStorageReceiptRefsItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:storage-receipt:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:storage-receipt:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPlaneRuntimeEvidenceStorageReceiptRefsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidenceStorageReceiptRefsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPlaneRuntimeEvidenceStorageReceiptRefsItem {
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

