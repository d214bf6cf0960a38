/// Types generated from `contracts/deployment-receipt.schema.json` (`urn:srcos:agent-machine:schema:deployment-receipt:v0.1.0`).
pub mod deployment_receipt {
///Secret-free evidence that one deployment artifact (a plan, a Quadlet unit or Kubernetes YAML) was derived from a specific AgentPod by a named generator, bound together by digests so that re-rendering reproduces it. A receipt is never authorization: policy.authorizationGranted is always false.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeploymentReceipt {
    pub artifact: DeploymentReceiptArtifact,
    pub generator: DeploymentReceiptGenerator,
    ///Kind discriminator of the document; always "DeploymentReceipt", so a document of another kind can never be taken for this one.
    pub kind: DeploymentReceiptKind,
    ///Fixed explanatory notes, at least one, stating among other things that the receipt is not authorization.
    pub notes: ::agent_machine::contracts::wire::NonEmptyList<::std::string::String>,
    pub policy: DeploymentReceiptPolicy,
    ///Deterministic id of the receipt: urn:srcos:agent-machine:deployment-receipt: followed by 16 to 64 lowercase hex characters derived from the pod id, artifact digest, generator name and version, so re-rendering reproduces it.
    #[serde(rename = "receiptId")]
    pub receipt_id: DeploymentReceiptReceiptId,
    ///Safety attestation of the deployment receipt: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ArtifactReceiptSafety,
    pub source: DeploymentReceiptSource,
    ///Version of the contract this deployment receipt conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: DeploymentReceiptSpecVersion,
    pub target: DeploymentReceiptTarget,
}
///The rendered artifact the receipt covers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeploymentReceiptArtifact {
    ///Kind of artifact: a deployment plan, a Quadlet container unit, Kubernetes YAML (also used for the AgentPod custom resource), or other.
    #[serde(rename = "artifactKind")]
    pub artifact_kind: DeploymentReceiptArtifactArtifactKind,
    ///Digest of the exact artifact bytes emitted: a SHA-256 digest written as sha256: followed by 64 lowercase hex characters. For a plan it covers the canonical JSON without the trailing newline; for Quadlet and YAML, the text exactly as printed.
    pub digest: DeploymentReceiptArtifactDigest,
    ///Path or name under which the artifact was emitted.
    pub path: ::std::string::String,
}
///Kind of artifact: a deployment plan, a Quadlet container unit, Kubernetes YAML (also used for the AgentPod custom resource), or other.
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
pub enum DeploymentReceiptArtifactArtifactKind {
    AgentPodDeploymentPlan,
    QuadletContainer,
    KubernetesYaml,
    Other,
}
impl ::std::fmt::Display for DeploymentReceiptArtifactArtifactKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentPodDeploymentPlan => f.write_str("AgentPodDeploymentPlan"),
            Self::QuadletContainer => f.write_str("QuadletContainer"),
            Self::KubernetesYaml => f.write_str("KubernetesYaml"),
            Self::Other => f.write_str("Other"),
        }
    }
}
impl ::std::str::FromStr for DeploymentReceiptArtifactArtifactKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "AgentPodDeploymentPlan" => Ok(Self::AgentPodDeploymentPlan),
            "QuadletContainer" => Ok(Self::QuadletContainer),
            "KubernetesYaml" => Ok(Self::KubernetesYaml),
            "Other" => Ok(Self::Other),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for DeploymentReceiptArtifactArtifactKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for DeploymentReceiptArtifactArtifactKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Digest of the exact artifact bytes emitted: a SHA-256 digest written as sha256: followed by 64 lowercase hex characters. For a plan it covers the canonical JSON without the trailing newline; for Quadlet and YAML, the text exactly as printed.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct DeploymentReceiptArtifactDigest(::std::string::String);
impl ::std::ops::Deref for DeploymentReceiptArtifactDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DeploymentReceiptArtifactDigest> for ::std::string::String {
    fn from(value: DeploymentReceiptArtifactDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DeploymentReceiptArtifactDigest {
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
impl ::std::convert::TryFrom<&str> for DeploymentReceiptArtifactDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeploymentReceiptArtifactDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeploymentReceiptArtifactDigest {
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
///Tool that produced the artifact.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeploymentReceiptGenerator {
    ///Name of the generator, e.g. agent-machine.
    pub name: ::std::string::String,
    ///Version of the generator that produced the artifact.
    pub version: ::std::string::String,
}
///Kind discriminator of the document; always "DeploymentReceipt", so a document of another kind can never be taken for this one.
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
pub enum DeploymentReceiptKind {
    DeploymentReceipt,
}
impl ::std::fmt::Display for DeploymentReceiptKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::DeploymentReceipt => f.write_str("DeploymentReceipt"),
        }
    }
}
impl ::std::str::FromStr for DeploymentReceiptKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "DeploymentReceipt" => Ok(Self::DeploymentReceipt),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for DeploymentReceiptKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeploymentReceiptKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Governance context recorded at render time: requirements and references, never permission.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeploymentReceiptPolicy {
    ///Reference to the AgentRegistryGrant supplied when the receipt was made; null when none was supplied.
    #[serde(
        rename = "agentRegistryGrantRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub agent_registry_grant_ref: ::std::option::Option<::std::string::String>,
    ///Whether the source AgentPod requires an Agent Registry grant.
    #[serde(rename = "agentRegistryRequired")]
    pub agent_registry_required: bool,
    ///Always false (const): a deployment receipt proves how an artifact was derived and is never authorization to deploy or activate it.
    #[serde(rename = "authorizationGranted")]
    pub authorization_granted: ::agent_machine::contracts::wire::ConstFalse,
    ///Reference to the PolicyAdmission decision supplied when the receipt was made; null when none was supplied.
    #[serde(
        rename = "policyDecisionRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub policy_decision_ref: ::std::option::Option<::std::string::String>,
    ///Whether the source AgentPod requires a Policy Fabric admission.
    #[serde(rename = "policyFabricRequired")]
    pub policy_fabric_required: bool,
}
///Deterministic id of the receipt: urn:srcos:agent-machine:deployment-receipt: followed by 16 to 64 lowercase hex characters derived from the pod id, artifact digest, generator name and version, so re-rendering reproduces it.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct DeploymentReceiptReceiptId(::std::string::String);
impl ::std::ops::Deref for DeploymentReceiptReceiptId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DeploymentReceiptReceiptId> for ::std::string::String {
    fn from(value: DeploymentReceiptReceiptId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DeploymentReceiptReceiptId {
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
impl ::std::convert::TryFrom<&str> for DeploymentReceiptReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeploymentReceiptReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeploymentReceiptReceiptId {
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
///The typed source document the artifact was derived from.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeploymentReceiptSource {
    ///Digest of the source AgentPod: a SHA-256 digest written as sha256: followed by 64 lowercase hex characters, computed over its RFC 8785 canonical JSON.
    pub digest: DeploymentReceiptSourceDigest,
    ///Id of the source AgentPod.
    pub id: DeploymentReceiptSourceId,
    ///Path of the source file exactly as given to the generator; relative paths stay relative and no absolute machine path is recorded.
    pub path: ::std::string::String,
    ///Kind of the source document; always AgentPod.
    #[serde(rename = "sourceKind")]
    pub source_kind: DeploymentReceiptSourceSourceKind,
}
///Digest of the source AgentPod: a SHA-256 digest written as sha256: followed by 64 lowercase hex characters, computed over its RFC 8785 canonical JSON.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct DeploymentReceiptSourceDigest(::std::string::String);
impl ::std::ops::Deref for DeploymentReceiptSourceDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DeploymentReceiptSourceDigest> for ::std::string::String {
    fn from(value: DeploymentReceiptSourceDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DeploymentReceiptSourceDigest {
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
impl ::std::convert::TryFrom<&str> for DeploymentReceiptSourceDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeploymentReceiptSourceDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeploymentReceiptSourceDigest {
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
///Id of the source AgentPod.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct DeploymentReceiptSourceId(::std::string::String);
impl ::std::ops::Deref for DeploymentReceiptSourceId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DeploymentReceiptSourceId> for ::std::string::String {
    fn from(value: DeploymentReceiptSourceId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DeploymentReceiptSourceId {
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
impl ::std::convert::TryFrom<&str> for DeploymentReceiptSourceId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeploymentReceiptSourceId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeploymentReceiptSourceId {
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
///Kind of the source document; always AgentPod.
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
pub enum DeploymentReceiptSourceSourceKind {
    AgentPod,
}
impl ::std::fmt::Display for DeploymentReceiptSourceSourceKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentPod => f.write_str("AgentPod"),
        }
    }
}
impl ::std::str::FromStr for DeploymentReceiptSourceSourceKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "AgentPod" => Ok(Self::AgentPod),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for DeploymentReceiptSourceSourceKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for DeploymentReceiptSourceSourceKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this deployment receipt conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum DeploymentReceiptSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for DeploymentReceiptSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for DeploymentReceiptSpecVersion {
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
impl ::std::convert::TryFrom<&str> for DeploymentReceiptSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeploymentReceiptSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Where the artifact deploys.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeploymentReceiptTarget {
    ///SourceOS machine profile of the source AgentPod.
    pub profile: ::agent_machine::contracts::wire::Profile,
    ///Artifact surface: quadlet-container, local-runtime-plan, kubernetes-yaml, agentpod-crd, or unknown.
    pub surface: ::agent_machine::contracts::wire::Surface,
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

