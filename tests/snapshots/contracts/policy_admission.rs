/// Types generated from `contracts/policy-admission.schema.json` (`urn:srcos:agent-machine:schema:policy-admission:v0.1.0`).
pub mod policy_admission {
///Policy Fabric admission result for one request concerning an AgentPod on a machine (placement, activation, render, cache reuse, side effect, teardown or wipe): the request it answers, the decision, the allowed and denied scope, and the obligations attached. A missing decision is recorded explicitly with status missing and fails closed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyAdmission {
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the decision was made.
    #[serde(rename = "decidedAt")]
    pub decided_at: ::std::string::String,
    pub decision: PolicyAdmissionDecision,
    ///Unique identifier of this admission: a URN of the form urn:srcos:agent-machine:policy-admission:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: PolicyAdmissionId,
    ///Kind discriminator of the document; always "PolicyAdmission", so a document of another kind can never be taken for this one.
    pub kind: PolicyAdmissionKind,
    ///Optional string-to-string metadata labels on the admission (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    pub obligations: PolicyAdmissionObligations,
    ///Safety attestation of the admission: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ReceiptSafety,
    pub request: PolicyAdmissionRequest,
    pub scope: PolicyAdmissionScope,
    ///Version of the contract this admission conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: PolicyAdmissionSpecVersion,
}
///The Policy Fabric decision.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyAdmissionDecision {
    ///Whether Policy Fabric authorized the request; only an allowed decision may set it to true.
    #[serde(rename = "authorizationGranted")]
    pub authorization_granted: bool,
    ///Digest of the decision record (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when the decision is missing.
    #[serde(
        rename = "decisionDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub decision_digest: ::std::option::Option<PolicyAdmissionDecisionDecisionDigest>,
    ///Reference to the Policy Fabric decision record; null when the decision is missing.
    #[serde(
        rename = "decisionRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub decision_ref: ::std::option::Option<::std::string::String>,
    ///Digest of the evaluated policy bundle (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when unknown.
    #[serde(
        rename = "policyBundleDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub policy_bundle_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<
            PolicyAdmissionDecisionPolicyBundleDigest,
        >,
    >,
    ///Reference to the policy bundle that was evaluated; null when unknown.
    #[serde(
        rename = "policyBundleRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub policy_bundle_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Human-readable explanation of the decision; null when none is given.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub reason: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Decision status: missing (no decision available, which fails closed), allowed, denied, not-required, or unknown.
    pub status: ::agent_machine::contracts::wire::AdmissionStatus,
}
///Digest of the decision record (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when the decision is missing.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionDecisionDecisionDigest(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionDecisionDecisionDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionDecisionDecisionDigest>
for ::std::string::String {
    fn from(value: PolicyAdmissionDecisionDecisionDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionDecisionDecisionDigest {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionDecisionDecisionDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionDecisionDecisionDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionDecisionDecisionDigest {
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
///`PolicyAdmissionDecisionPolicyBundleDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionDecisionPolicyBundleDigest(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionDecisionPolicyBundleDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionDecisionPolicyBundleDigest>
for ::std::string::String {
    fn from(value: PolicyAdmissionDecisionPolicyBundleDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionDecisionPolicyBundleDigest {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionDecisionPolicyBundleDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionDecisionPolicyBundleDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionDecisionPolicyBundleDigest {
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
///Unique identifier of this admission: a URN of the form urn:srcos:agent-machine:policy-admission:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionId(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionId> for ::std::string::String {
    fn from(value: PolicyAdmissionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:policy-admission:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:policy-admission:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for PolicyAdmissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PolicyAdmissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionId {
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
///Kind discriminator of the document; always "PolicyAdmission", so a document of another kind can never be taken for this one.
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
pub enum PolicyAdmissionKind {
    PolicyAdmission,
}
impl ::std::fmt::Display for PolicyAdmissionKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::PolicyAdmission => f.write_str("PolicyAdmission"),
        }
    }
}
impl ::std::str::FromStr for PolicyAdmissionKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "PolicyAdmission" => Ok(Self::PolicyAdmission),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PolicyAdmissionKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PolicyAdmissionKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Conditions attached to the decision.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyAdmissionObligations {
    ///Further named constraints on the admitted action, e.g. loopback-only; each at most once.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub constraints: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///RFC 3339 timestamp after which the admission no longer holds; null when none is set, in which case an allowed admission is refused at activation because nothing is granted forever.
    #[serde(
        rename = "expiresAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub expires_at: ::std::option::Option<::std::string::String>,
    ///Kinds of receipt that must be produced for the admission to hold; each at most once.
    #[serde(rename = "requiredReceipts")]
    pub required_receipts: ::agent_machine::contracts::wire::UniqueList<
        ::agent_machine::contracts::wire::ReceiptKind,
    >,
    ///Reference through which the admission can be revoked; null when none.
    #[serde(
        rename = "revocationRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub revocation_ref: ::std::option::Option<::std::string::String>,
}
///The admission request this decision answers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyAdmissionRequest {
    ///Id of the AgentMachine the request concerns.
    #[serde(rename = "agentMachineId")]
    pub agent_machine_id: PolicyAdmissionRequestAgentMachineId,
    ///Id of the AgentPod the request concerns.
    #[serde(rename = "agentPodId")]
    pub agent_pod_id: PolicyAdmissionRequestAgentPodId,
    ///Id of the DeploymentReceipt of the artifact the request concerns.
    #[serde(rename = "deploymentReceiptId")]
    pub deployment_receipt_id: PolicyAdmissionRequestDeploymentReceiptId,
    ///Digest of the Quadlet or Kubernetes artifact concerned (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when none.
    #[serde(
        rename = "manifestDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub manifest_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<PolicyAdmissionRequestManifestDigest>,
    >,
    ///Digest of the deployment plan artifact concerned (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when none.
    #[serde(
        rename = "planDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub plan_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<PolicyAdmissionRequestPlanDigest>,
    >,
    ///Id of the InferenceProvider involved; null when no provider is involved.
    #[serde(
        rename = "providerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub provider_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<PolicyAdmissionRequestProviderId>,
    >,
    ///Identifier of the admission request.
    #[serde(rename = "requestId")]
    pub request_id: ::std::string::String,
    ///What is asked to be admitted: placement, activation, rendering, cache reuse, a side effect, teardown, or wipe.
    #[serde(rename = "requestType")]
    pub request_type: PolicyAdmissionRequestRequestType,
}
///Id of the AgentMachine the request concerns.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionRequestAgentMachineId(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionRequestAgentMachineId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionRequestAgentMachineId>
for ::std::string::String {
    fn from(value: PolicyAdmissionRequestAgentMachineId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionRequestAgentMachineId {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionRequestAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionRequestAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionRequestAgentMachineId {
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
///Id of the AgentPod the request concerns.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionRequestAgentPodId(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionRequestAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionRequestAgentPodId> for ::std::string::String {
    fn from(value: PolicyAdmissionRequestAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionRequestAgentPodId {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionRequestAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionRequestAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionRequestAgentPodId {
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
///Id of the DeploymentReceipt of the artifact the request concerns.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionRequestDeploymentReceiptId(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionRequestDeploymentReceiptId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionRequestDeploymentReceiptId>
for ::std::string::String {
    fn from(value: PolicyAdmissionRequestDeploymentReceiptId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionRequestDeploymentReceiptId {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionRequestDeploymentReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionRequestDeploymentReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionRequestDeploymentReceiptId {
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
///`PolicyAdmissionRequestManifestDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionRequestManifestDigest(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionRequestManifestDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionRequestManifestDigest>
for ::std::string::String {
    fn from(value: PolicyAdmissionRequestManifestDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionRequestManifestDigest {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionRequestManifestDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionRequestManifestDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionRequestManifestDigest {
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
///`PolicyAdmissionRequestPlanDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionRequestPlanDigest(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionRequestPlanDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionRequestPlanDigest> for ::std::string::String {
    fn from(value: PolicyAdmissionRequestPlanDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionRequestPlanDigest {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionRequestPlanDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionRequestPlanDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionRequestPlanDigest {
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
///`PolicyAdmissionRequestProviderId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct PolicyAdmissionRequestProviderId(::std::string::String);
impl ::std::ops::Deref for PolicyAdmissionRequestProviderId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PolicyAdmissionRequestProviderId> for ::std::string::String {
    fn from(value: PolicyAdmissionRequestProviderId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for PolicyAdmissionRequestProviderId {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionRequestProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionRequestProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for PolicyAdmissionRequestProviderId {
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
///What is asked to be admitted: placement, activation, rendering, cache reuse, a side effect, teardown, or wipe.
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
pub enum PolicyAdmissionRequestRequestType {
    #[serde(rename = "placement")]
    Placement,
    #[serde(rename = "activation")]
    Activation,
    #[serde(rename = "render")]
    Render,
    #[serde(rename = "cache-reuse")]
    CacheReuse,
    #[serde(rename = "side-effect")]
    SideEffect,
    #[serde(rename = "teardown")]
    Teardown,
    #[serde(rename = "wipe")]
    Wipe,
}
impl ::std::fmt::Display for PolicyAdmissionRequestRequestType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Placement => f.write_str("placement"),
            Self::Activation => f.write_str("activation"),
            Self::Render => f.write_str("render"),
            Self::CacheReuse => f.write_str("cache-reuse"),
            Self::SideEffect => f.write_str("side-effect"),
            Self::Teardown => f.write_str("teardown"),
            Self::Wipe => f.write_str("wipe"),
        }
    }
}
impl ::std::str::FromStr for PolicyAdmissionRequestRequestType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "placement" => Ok(Self::Placement),
            "activation" => Ok(Self::Activation),
            "render" => Ok(Self::Render),
            "cache-reuse" => Ok(Self::CacheReuse),
            "side-effect" => Ok(Self::SideEffect),
            "teardown" => Ok(Self::Teardown),
            "wipe" => Ok(Self::Wipe),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PolicyAdmissionRequestRequestType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionRequestRequestType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///What the decision allows and what it explicitly denies.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyAdmissionScope {
    pub allowed: PolicyAdmissionScopeAllowed,
    pub denied: PolicyAdmissionScopeDenied,
}
///Scope the admission allows.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyAdmissionScopeAllowed {
    ///Whether reusing caches across sessions is allowed.
    #[serde(
        rename = "cacheReuse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_reuse: ::std::option::Option<bool>,
    ///Port exposures allowed, e.g. loopback; each value at most once.
    #[serde(
        rename = "networkExposure",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_exposure: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Ids of the InferenceProviders allowed; each at most once.
    #[serde(
        rename = "providerIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_ids: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Side effects allowed, e.g. start-provider or mount-cache; each value at most once.
    #[serde(
        rename = "sideEffects",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub side_effects: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Storage classes (storage backends such as local-lvm) allowed; each value at most once.
    #[serde(
        rename = "storageClasses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_classes: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Agent volume classes allowed; each value at most once.
    #[serde(
        rename = "volumeClasses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_classes: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
}
///Scope the admission explicitly denies; it must not overlap the allowed scope.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicyAdmissionScopeDenied {
    ///Whether reusing caches across sessions is explicitly denied.
    #[serde(
        rename = "cacheReuse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_reuse: ::std::option::Option<bool>,
    ///Port exposures denied, e.g. host or ingress; each value at most once.
    #[serde(
        rename = "networkExposure",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_exposure: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Ids of the InferenceProviders denied; each at most once.
    #[serde(
        rename = "providerIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_ids: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Side effects denied, e.g. public-ingress; each value at most once.
    #[serde(
        rename = "sideEffects",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub side_effects: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Storage classes denied; each value at most once.
    #[serde(
        rename = "storageClasses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_classes: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Agent volume classes denied; each value at most once.
    #[serde(
        rename = "volumeClasses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_classes: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
}
///Version of the contract this admission conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum PolicyAdmissionSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for PolicyAdmissionSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for PolicyAdmissionSpecVersion {
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
impl ::std::convert::TryFrom<&str> for PolicyAdmissionSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PolicyAdmissionSpecVersion {
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

