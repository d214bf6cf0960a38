/// Types generated from `contracts/activation-decision.schema.json` (`urn:srcos:agent-machine:schema:activation-decision:v0.1.0`).
pub mod activation_decision {
///Fail-closed verdict on whether an AgentPod may be activated, computed at an explicit time from its PolicyAdmission, AgentRegistryGrant, DeploymentReceipt and StorageReceipts. Only status allowed permits activation; a missing or unknown input yields fail-closed and a decided refusal yields denied, each with reason codes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActivationDecision {
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:51:00Z) at which the decision was made; given explicitly to the evaluator, never read from the clock.
    #[serde(rename = "decidedAt")]
    pub decided_at: ::std::string::String,
    pub decision: ActivationDecisionDecision,
    ///Unique identifier of this activation decision: a URN of the form urn:srcos:agent-machine:activation-decision:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: ActivationDecisionId,
    pub inputs: ActivationDecisionInputs,
    ///Kind discriminator of the document; always "ActivationDecision", so a document of another kind can never be taken for this one.
    pub kind: ActivationDecisionKind,
    ///Optional string-to-string metadata labels on the activation decision (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    pub obligations: ActivationDecisionObligations,
    ///Safety attestation of the activation decision: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ReceiptSafety,
    pub scope: ActivationDecisionScope,
    ///Version of the contract this activation decision conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: ActivationDecisionSpecVersion,
}
///The verdict.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActivationDecisionDecision {
    ///Whether activation may proceed; true only when status is allowed.
    #[serde(rename = "activationAllowed")]
    pub activation_allowed: bool,
    ///Stable reason codes of the failed checks, sorted, each at most once; empty when allowed.
    #[serde(rename = "failureReasons")]
    pub failure_reasons: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///Human-readable summary of the verdict.
    pub reason: ::std::string::String,
    ///What must be supplied or changed before activation can be allowed, each item at most once; empty when allowed.
    #[serde(rename = "requiredBeforeActivation")]
    pub required_before_activation: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///Verdict: allowed (every check passed), fail-closed (an input is missing or unknown), denied (a decided refusal), or unknown.
    pub status: ActivationDecisionDecisionStatus,
}
///Verdict: allowed (every check passed), fail-closed (an input is missing or unknown), denied (a decided refusal), or unknown.
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
pub enum ActivationDecisionDecisionStatus {
    #[serde(rename = "allowed")]
    Allowed,
    #[serde(rename = "fail-closed")]
    FailClosed,
    #[serde(rename = "denied")]
    Denied,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for ActivationDecisionDecisionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Allowed => f.write_str("allowed"),
            Self::FailClosed => f.write_str("fail-closed"),
            Self::Denied => f.write_str("denied"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for ActivationDecisionDecisionStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "allowed" => Ok(Self::Allowed),
            "fail-closed" => Ok(Self::FailClosed),
            "denied" => Ok(Self::Denied),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ActivationDecisionDecisionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionDecisionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Unique identifier of this activation decision: a URN of the form urn:srcos:agent-machine:activation-decision:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionId(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionId> for ::std::string::String {
    fn from(value: ActivationDecisionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:activation-decision:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:activation-decision:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ActivationDecisionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ActivationDecisionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionId {
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
///Ids of the documents the decision was computed from.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActivationDecisionInputs {
    ///Id of the AgentMachine the pod would run on; null when it could not be determined.
    #[serde(
        rename = "agentMachineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub agent_machine_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<
            ActivationDecisionInputsAgentMachineId,
        >,
    >,
    ///Id of the AgentPod to be activated.
    #[serde(rename = "agentPodId")]
    pub agent_pod_id: ActivationDecisionInputsAgentPodId,
    ///Id of the AgentRegistryGrant evaluated, possibly a fail-closed stub with status missing.
    #[serde(rename = "agentRegistryGrantId")]
    pub agent_registry_grant_id: ActivationDecisionInputsAgentRegistryGrantId,
    ///Id of the DeploymentReceipt of the artifact to be activated.
    #[serde(rename = "deploymentReceiptId")]
    pub deployment_receipt_id: ActivationDecisionInputsDeploymentReceiptId,
    ///Id of the PolicyAdmission evaluated, possibly a fail-closed stub with status missing.
    #[serde(rename = "policyAdmissionId")]
    pub policy_admission_id: ActivationDecisionInputsPolicyAdmissionId,
    ///Id of the InferenceProvider involved; null when none.
    #[serde(
        rename = "providerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub provider_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<ActivationDecisionInputsProviderId>,
    >,
    ///Ids of the StorageReceipts evaluated; each at most once.
    #[serde(rename = "storageReceiptRefs")]
    pub storage_receipt_refs: ::agent_machine::contracts::wire::UniqueList<
        ActivationDecisionInputsStorageReceiptRefsItem,
    >,
}
///`ActivationDecisionInputsAgentMachineId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionInputsAgentMachineId(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionInputsAgentMachineId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionInputsAgentMachineId>
for ::std::string::String {
    fn from(value: ActivationDecisionInputsAgentMachineId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionInputsAgentMachineId {
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
impl ::std::convert::TryFrom<&str> for ActivationDecisionInputsAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionInputsAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionInputsAgentMachineId {
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
///Id of the AgentPod to be activated.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionInputsAgentPodId(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionInputsAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionInputsAgentPodId> for ::std::string::String {
    fn from(value: ActivationDecisionInputsAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionInputsAgentPodId {
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
impl ::std::convert::TryFrom<&str> for ActivationDecisionInputsAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionInputsAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionInputsAgentPodId {
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
///Id of the AgentRegistryGrant evaluated, possibly a fail-closed stub with status missing.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionInputsAgentRegistryGrantId(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionInputsAgentRegistryGrantId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionInputsAgentRegistryGrantId>
for ::std::string::String {
    fn from(value: ActivationDecisionInputsAgentRegistryGrantId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionInputsAgentRegistryGrantId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:agent-registry-grant:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:agent-registry-grant:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ActivationDecisionInputsAgentRegistryGrantId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionInputsAgentRegistryGrantId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionInputsAgentRegistryGrantId {
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
///Id of the DeploymentReceipt of the artifact to be activated.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionInputsDeploymentReceiptId(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionInputsDeploymentReceiptId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionInputsDeploymentReceiptId>
for ::std::string::String {
    fn from(value: ActivationDecisionInputsDeploymentReceiptId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionInputsDeploymentReceiptId {
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
impl ::std::convert::TryFrom<&str> for ActivationDecisionInputsDeploymentReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionInputsDeploymentReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionInputsDeploymentReceiptId {
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
///Id of the PolicyAdmission evaluated, possibly a fail-closed stub with status missing.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionInputsPolicyAdmissionId(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionInputsPolicyAdmissionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionInputsPolicyAdmissionId>
for ::std::string::String {
    fn from(value: ActivationDecisionInputsPolicyAdmissionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionInputsPolicyAdmissionId {
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
impl ::std::convert::TryFrom<&str> for ActivationDecisionInputsPolicyAdmissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionInputsPolicyAdmissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionInputsPolicyAdmissionId {
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
///`ActivationDecisionInputsProviderId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionInputsProviderId(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionInputsProviderId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionInputsProviderId> for ::std::string::String {
    fn from(value: ActivationDecisionInputsProviderId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionInputsProviderId {
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
impl ::std::convert::TryFrom<&str> for ActivationDecisionInputsProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionInputsProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionInputsProviderId {
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
///`ActivationDecisionInputsStorageReceiptRefsItem`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ActivationDecisionInputsStorageReceiptRefsItem(::std::string::String);
impl ::std::ops::Deref for ActivationDecisionInputsStorageReceiptRefsItem {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ActivationDecisionInputsStorageReceiptRefsItem>
for ::std::string::String {
    fn from(value: ActivationDecisionInputsStorageReceiptRefsItem) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ActivationDecisionInputsStorageReceiptRefsItem {
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
impl ::std::convert::TryFrom<&str> for ActivationDecisionInputsStorageReceiptRefsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionInputsStorageReceiptRefsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ActivationDecisionInputsStorageReceiptRefsItem {
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
///Kind discriminator of the document; always "ActivationDecision", so a document of another kind can never be taken for this one.
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
pub enum ActivationDecisionKind {
    ActivationDecision,
}
impl ::std::fmt::Display for ActivationDecisionKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ActivationDecision => f.write_str("ActivationDecision"),
        }
    }
}
impl ::std::str::FromStr for ActivationDecisionKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ActivationDecision" => Ok(Self::ActivationDecision),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ActivationDecisionKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ActivationDecisionKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Obligations the activation must honour.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActivationDecisionObligations {
    ///Reference to the Agent Registry grant relied on; null when there is none.
    #[serde(
        rename = "agentRegistryGrantRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub agent_registry_grant_ref: ::std::option::Option<::std::string::String>,
    ///RFC 3339 timestamp after which the decision no longer holds; null when none applies.
    #[serde(
        rename = "expiresAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub expires_at: ::std::option::Option<::std::string::String>,
    ///Reference to the Policy Fabric decision relied on; null when there is none.
    #[serde(
        rename = "policyDecisionRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub policy_decision_ref: ::std::option::Option<::std::string::String>,
    ///Kinds of receipt that must be produced; each at most once.
    #[serde(rename = "requiredReceipts")]
    pub required_receipts: ::agent_machine::contracts::wire::UniqueList<
        ActivationDecisionObligationsRequiredReceiptsItem,
    >,
    ///References through which the admission or grant can be revoked; each at most once.
    #[serde(rename = "revocationRefs")]
    pub revocation_refs: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
}
///`ActivationDecisionObligationsRequiredReceiptsItem`
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
pub enum ActivationDecisionObligationsRequiredReceiptsItem {
    #[serde(rename = "deployment")]
    Deployment,
    #[serde(rename = "storage")]
    Storage,
    #[serde(rename = "runtime")]
    Runtime,
    #[serde(rename = "wipe")]
    Wipe,
    #[serde(rename = "teardown")]
    Teardown,
    #[serde(rename = "cache-reuse")]
    CacheReuse,
}
impl ::std::fmt::Display for ActivationDecisionObligationsRequiredReceiptsItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Deployment => f.write_str("deployment"),
            Self::Storage => f.write_str("storage"),
            Self::Runtime => f.write_str("runtime"),
            Self::Wipe => f.write_str("wipe"),
            Self::Teardown => f.write_str("teardown"),
            Self::CacheReuse => f.write_str("cache-reuse"),
        }
    }
}
impl ::std::str::FromStr for ActivationDecisionObligationsRequiredReceiptsItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "deployment" => Ok(Self::Deployment),
            "storage" => Ok(Self::Storage),
            "runtime" => Ok(Self::Runtime),
            "wipe" => Ok(Self::Wipe),
            "teardown" => Ok(Self::Teardown),
            "cache-reuse" => Ok(Self::CacheReuse),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for ActivationDecisionObligationsRequiredReceiptsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ActivationDecisionObligationsRequiredReceiptsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Effective scope of the activation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActivationDecisionScope {
    ///Whether cache reuse is allowed for the activation.
    #[serde(rename = "cacheReuseAllowed")]
    pub cache_reuse_allowed: bool,
    ///Port exposures of the pod covered by the decision, e.g. loopback; each at most once.
    #[serde(rename = "networkExposure")]
    pub network_exposure: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///Runtime mode the activation covers, e.g. podman-quadlet; null when none.
    #[serde(
        rename = "runtimeMode",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub runtime_mode: ::std::option::Option<::std::string::String>,
    ///Activation side effects covered, e.g. start-provider and mount-cache; each at most once.
    #[serde(rename = "sideEffects")]
    pub side_effects: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///Storage scopes covered, e.g. StorageReceipt ids; each at most once.
    #[serde(
        rename = "storageScopeRefs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_scope_refs: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Tool references covered by the grant, e.g. urn:srcos:tool:start-provider; each at most once.
    #[serde(rename = "toolRefs")]
    pub tool_refs: ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
}
///Version of the contract this activation decision conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum ActivationDecisionSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for ActivationDecisionSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for ActivationDecisionSpecVersion {
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
impl ::std::convert::TryFrom<&str> for ActivationDecisionSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ActivationDecisionSpecVersion {
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

/// Types generated from `contracts/agent-machine.schema.json` (`urn:srcos:agent-machine:schema:agent-machine:v0.1.0`).
pub mod agent_machine {
///Describes one host that runs agent workloads under Agent Machine: its SourceOS profile, operating system and architecture, accelerators, local runtime envelopes, storage locations, and the trust requirements (Policy Fabric, Agent Registry, receipts) that apply to workloads placed on it. It is a description of the machine, never a grant.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentMachine {
    ///Compute accelerators known on the host, each with whether it is available to workloads.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerators: ::std::option::Option<
        ::agent_machine::contracts::wire::List<AgentMachineAcceleratorsItem>,
    >,
    pub host: AgentMachineHost,
    ///Unique identifier of this machine description: a URN of the form urn:srcos:agent-machine:\<name> (no kind segment), where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: AgentMachineId,
    ///Kind discriminator of the document; always "AgentMachine", so a document of another kind can never be taken for this one.
    pub kind: AgentMachineKind,
    ///Optional string-to-string metadata labels on the machine description (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    ///SourceOS machine profile the host conforms to, e.g. m2-asahi-linux or kubernetes-node.
    pub profile: ::agent_machine::contracts::wire::Profile,
    pub runtime: AgentMachineRuntime,
    ///Version of the contract this machine description conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: AgentMachineSpecVersion,
    pub storage: AgentMachineStorage,
    pub trust: AgentMachineTrust,
}
///One compute accelerator of the host.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentMachineAcceleratorsItem {
    ///Whether the accelerator was observed to be usable by workloads on this host.
    pub available: bool,
    ///Driver or kernel interface that provides the accelerator, or a marker such as probe-required when not yet discovered.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub driver: ::std::option::Option<::std::string::String>,
    ///Human-readable name of the accelerator.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Free-text notes about the accelerator.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<::std::string::String>,
    ///Kind of accelerator: the CPU itself or a GPU compute API (CUDA, ROCm, Vulkan, Metal, MLX), or unknown.
    #[serde(rename = "type")]
    pub type_: AgentMachineAcceleratorsItemType,
}
///Kind of accelerator: the CPU itself or a GPU compute API (CUDA, ROCm, Vulkan, Metal, MLX), or unknown.
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
pub enum AgentMachineAcceleratorsItemType {
    #[serde(rename = "cpu")]
    Cpu,
    #[serde(rename = "cuda")]
    Cuda,
    #[serde(rename = "rocm")]
    Rocm,
    #[serde(rename = "vulkan")]
    Vulkan,
    #[serde(rename = "metal")]
    Metal,
    #[serde(rename = "mlx")]
    Mlx,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentMachineAcceleratorsItemType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Cpu => f.write_str("cpu"),
            Self::Cuda => f.write_str("cuda"),
            Self::Rocm => f.write_str("rocm"),
            Self::Vulkan => f.write_str("vulkan"),
            Self::Metal => f.write_str("metal"),
            Self::Mlx => f.write_str("mlx"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentMachineAcceleratorsItemType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "cpu" => Ok(Self::Cpu),
            "cuda" => Ok(Self::Cuda),
            "rocm" => Ok(Self::Rocm),
            "vulkan" => Ok(Self::Vulkan),
            "metal" => Ok(Self::Metal),
            "mlx" => Ok(Self::Mlx),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentMachineAcceleratorsItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentMachineAcceleratorsItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Identity and operating-system facts about the host.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentMachineHost {
    ///CPU architecture of the host; arm64 and aarch64 both denote 64-bit ARM.
    pub arch: AgentMachineHostArch,
    ///Operating system distribution, e.g. Fedora Asahi Remix.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub distro: ::std::option::Option<::std::string::String>,
    ///Host name of the machine as reported by its operating system.
    pub hostname: ::std::string::String,
    ///Whether the host runs an immutable, image-based operating system (for example Fedora Silverblue) whose root filesystem is read-only.
    #[serde(
        rename = "immutableHost",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub immutable_host: ::std::option::Option<bool>,
    ///Release string of the running kernel.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kernel: ::std::option::Option<::std::string::String>,
    ///Operating system family of the host, e.g. Linux.
    pub os: ::std::string::String,
}
///CPU architecture of the host; arm64 and aarch64 both denote 64-bit ARM.
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
pub enum AgentMachineHostArch {
    #[serde(rename = "arm64")]
    Arm64,
    #[serde(rename = "aarch64")]
    Aarch64,
    #[serde(rename = "x86_64")]
    X8664,
}
impl ::std::fmt::Display for AgentMachineHostArch {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Arm64 => f.write_str("arm64"),
            Self::Aarch64 => f.write_str("aarch64"),
            Self::X8664 => f.write_str("x86_64"),
        }
    }
}
impl ::std::str::FromStr for AgentMachineHostArch {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "arm64" => Ok(Self::Arm64),
            "aarch64" => Ok(Self::Aarch64),
            "x86_64" => Ok(Self::X8664),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentMachineHostArch {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentMachineHostArch {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Unique identifier of this machine description: a URN of the form urn:srcos:agent-machine:\<name> (no kind segment), where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentMachineId(::std::string::String);
impl ::std::ops::Deref for AgentMachineId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentMachineId> for ::std::string::String {
    fn from(value: AgentMachineId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentMachineId {
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
impl ::std::convert::TryFrom<&str> for AgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentMachineId {
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
///Kind discriminator of the document; always "AgentMachine", so a document of another kind can never be taken for this one.
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
pub enum AgentMachineKind {
    AgentMachine,
}
impl ::std::fmt::Display for AgentMachineKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentMachine => f.write_str("AgentMachine"),
        }
    }
}
impl ::std::str::FromStr for AgentMachineKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "AgentMachine" => Ok(Self::AgentMachine),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentMachineKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentMachineKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Workload runtimes and kernel isolation features available on the host.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentMachineRuntime {
    ///Observed control-group hierarchy version; v2 is the unified hierarchy.
    #[serde(
        rename = "cgroupMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cgroup_mode: ::std::option::Option<AgentMachineRuntimeCgroupMode>,
    ///Name of the container engine used on the host, e.g. podman.
    #[serde(rename = "containerRuntime")]
    pub container_runtime: ::std::string::String,
    ///Local execution envelopes the host offers for agent workloads (systemd units, Podman or Podman Quadlet containers, bubblewrap sandboxes, toolbox, Kubernetes), or none.
    #[serde(rename = "localEnvelopes")]
    pub local_envelopes: ::agent_machine::contracts::wire::List<
        AgentMachineRuntimeLocalEnvelopesItem,
    >,
    ///Observed SELinux mode of the host.
    #[serde(
        rename = "selinuxMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selinux_mode: ::std::option::Option<AgentMachineRuntimeSelinuxMode>,
}
///Observed control-group hierarchy version; v2 is the unified hierarchy.
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
pub enum AgentMachineRuntimeCgroupMode {
    #[serde(rename = "v2")]
    V2,
    #[serde(rename = "v1")]
    V1,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentMachineRuntimeCgroupMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::V2 => f.write_str("v2"),
            Self::V1 => f.write_str("v1"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentMachineRuntimeCgroupMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "v2" => Ok(Self::V2),
            "v1" => Ok(Self::V1),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentMachineRuntimeCgroupMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentMachineRuntimeCgroupMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`AgentMachineRuntimeLocalEnvelopesItem`
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
pub enum AgentMachineRuntimeLocalEnvelopesItem {
    #[serde(rename = "systemd")]
    Systemd,
    #[serde(rename = "podman-quadlet")]
    PodmanQuadlet,
    #[serde(rename = "podman")]
    Podman,
    #[serde(rename = "bubblewrap")]
    Bubblewrap,
    #[serde(rename = "toolbox")]
    Toolbox,
    #[serde(rename = "kubernetes")]
    Kubernetes,
    #[serde(rename = "none")]
    None,
}
impl ::std::fmt::Display for AgentMachineRuntimeLocalEnvelopesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Systemd => f.write_str("systemd"),
            Self::PodmanQuadlet => f.write_str("podman-quadlet"),
            Self::Podman => f.write_str("podman"),
            Self::Bubblewrap => f.write_str("bubblewrap"),
            Self::Toolbox => f.write_str("toolbox"),
            Self::Kubernetes => f.write_str("kubernetes"),
            Self::None => f.write_str("none"),
        }
    }
}
impl ::std::str::FromStr for AgentMachineRuntimeLocalEnvelopesItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "systemd" => Ok(Self::Systemd),
            "podman-quadlet" => Ok(Self::PodmanQuadlet),
            "podman" => Ok(Self::Podman),
            "bubblewrap" => Ok(Self::Bubblewrap),
            "toolbox" => Ok(Self::Toolbox),
            "kubernetes" => Ok(Self::Kubernetes),
            "none" => Ok(Self::None),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentMachineRuntimeLocalEnvelopesItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentMachineRuntimeLocalEnvelopesItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Observed SELinux mode of the host.
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
pub enum AgentMachineRuntimeSelinuxMode {
    #[serde(rename = "enforcing")]
    Enforcing,
    #[serde(rename = "permissive")]
    Permissive,
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentMachineRuntimeSelinuxMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Enforcing => f.write_str("enforcing"),
            Self::Permissive => f.write_str("permissive"),
            Self::Disabled => f.write_str("disabled"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentMachineRuntimeSelinuxMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "enforcing" => Ok(Self::Enforcing),
            "permissive" => Ok(Self::Permissive),
            "disabled" => Ok(Self::Disabled),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentMachineRuntimeSelinuxMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentMachineRuntimeSelinuxMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this machine description conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum AgentMachineSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for AgentMachineSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for AgentMachineSpecVersion {
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
impl ::std::convert::TryFrom<&str> for AgentMachineSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentMachineSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Host locations and storage capabilities for agent models, caches and evidence.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentMachineStorage {
    ///Whether the machine's agent storage is encrypted at rest.
    #[serde(
        rename = "encryptedAtRest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted_at_rest: ::std::option::Option<bool>,
    ///Absolute host path of the directory where receipts and evidence are written.
    #[serde(rename = "evidencePath")]
    pub evidence_path: ::std::string::String,
    ///Absolute host path of the directory that holds model files.
    #[serde(rename = "modelCache")]
    pub model_cache: ::std::string::String,
    ///Absolute host path of the directory that holds runtime caches.
    #[serde(rename = "runtimeCache")]
    pub runtime_cache: ::std::string::String,
    ///Whether TopoLVM (LVM-backed dynamic volumes for Kubernetes) is available on the machine.
    #[serde(
        rename = "topolvmAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topolvm_available: ::std::option::Option<bool>,
}
///Governance requirements for workloads on the machine and the hardware trust anchors observed on it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentMachineTrust {
    ///Whether workloads on this machine need an Agent Registry grant before they may be activated.
    #[serde(rename = "agentRegistryRequired")]
    pub agent_registry_required: bool,
    ///Whether a FIDO2 hardware authenticator was observed on the host.
    #[serde(
        rename = "fido2Observed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fido2_observed: ::std::option::Option<bool>,
    ///Whether workloads on this machine need a Policy Fabric admission before they may be activated.
    #[serde(rename = "policyFabricRequired")]
    pub policy_fabric_required: bool,
    ///Whether deployments on this machine must produce receipts.
    #[serde(rename = "receiptsRequired")]
    pub receipts_required: bool,
    ///Whether UEFI Secure Boot was observed to be enabled.
    #[serde(
        rename = "secureBootObserved",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secure_boot_observed: ::std::option::Option<bool>,
    ///Whether a Trusted Platform Module was observed on the host.
    #[serde(
        rename = "tpmObserved",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tpm_observed: ::std::option::Option<bool>,
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

/// Types generated from `contracts/agent-pod.schema.json` (`urn:srcos:agent-machine:schema:agent-pod:v0.2.0`).
pub mod agent_pod {
///Declares one agent workload and how it may run: pod type and machine profile, workload identity, runtime image or command, resources, storage, ports, policy requirements and receipt settings. It is the typed source from which deployment plans, Quadlet units and Kubernetes manifests are rendered; it requests permission to run but never grants it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPod {
    ///Unique identifier of this AgentPod: a URN of the form urn:srcos:agent-machine:agent-pod:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: AgentPodId,
    ///Kind discriminator of the document; always "AgentPod", so a document of another kind can never be taken for this one.
    pub kind: AgentPodKind,
    ///Optional string-to-string metadata labels on the AgentPod (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    ///Deployment target type, which selects the renderer: a local systemd unit, Podman container, Podman Quadlet unit, Docker-compatible container or bubblewrap sandbox, a Kubernetes Pod, or an AgentPod custom resource.
    #[serde(rename = "podType")]
    pub pod_type: AgentPodPodType,
    pub policy: AgentPodPolicy,
    ///Network ports the workload listens on and how far each is exposed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ports: ::std::option::Option<
        ::agent_machine::contracts::wire::List<AgentPodPortsItem>,
    >,
    ///SourceOS machine profile the pod targets.
    pub profile: ::agent_machine::contracts::wire::Profile,
    pub receipts: AgentPodReceipts,
    pub resources: AgentPodResources,
    pub runtime: AgentPodRuntime,
    ///Version of the contract this AgentPod conforms to; always the string "0.2.0" in this version of the schema (version 0.1.0 documents are read by the 0.1.0 schema).
    #[serde(rename = "specVersion")]
    pub spec_version: AgentPodSpecVersion,
    ///Volumes mounted into the workload, each provided by a CacheTier; may be empty.
    pub storage: ::agent_machine::contracts::wire::List<AgentPodStorageItem>,
    pub workload: AgentPodWorkload,
}
///Unique identifier of this AgentPod: a URN of the form urn:srcos:agent-machine:agent-pod:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodId(::std::string::String);
impl ::std::ops::Deref for AgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodId> for ::std::string::String {
    fn from(value: AgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodId {
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
impl ::std::convert::TryFrom<&str> for AgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodId {
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
///Kind discriminator of the document; always "AgentPod", so a document of another kind can never be taken for this one.
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
pub enum AgentPodKind {
    AgentPod,
}
impl ::std::fmt::Display for AgentPodKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentPod => f.write_str("AgentPod"),
        }
    }
}
impl ::std::str::FromStr for AgentPodKind {
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
impl ::std::convert::TryFrom<&str> for AgentPodKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Deployment target type, which selects the renderer: a local systemd unit, Podman container, Podman Quadlet unit, Docker-compatible container or bubblewrap sandbox, a Kubernetes Pod, or an AgentPod custom resource.
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
pub enum AgentPodPodType {
    #[serde(rename = "local-systemd")]
    LocalSystemd,
    #[serde(rename = "local-podman")]
    LocalPodman,
    #[serde(rename = "local-podman-quadlet")]
    LocalPodmanQuadlet,
    #[serde(rename = "local-docker-compat")]
    LocalDockerCompat,
    #[serde(rename = "local-bubblewrap")]
    LocalBubblewrap,
    #[serde(rename = "kubernetes-pod")]
    KubernetesPod,
    #[serde(rename = "kubernetes-crd")]
    KubernetesCrd,
}
impl ::std::fmt::Display for AgentPodPodType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LocalSystemd => f.write_str("local-systemd"),
            Self::LocalPodman => f.write_str("local-podman"),
            Self::LocalPodmanQuadlet => f.write_str("local-podman-quadlet"),
            Self::LocalDockerCompat => f.write_str("local-docker-compat"),
            Self::LocalBubblewrap => f.write_str("local-bubblewrap"),
            Self::KubernetesPod => f.write_str("kubernetes-pod"),
            Self::KubernetesCrd => f.write_str("kubernetes-crd"),
        }
    }
}
impl ::std::str::FromStr for AgentPodPodType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "local-systemd" => Ok(Self::LocalSystemd),
            "local-podman" => Ok(Self::LocalPodman),
            "local-podman-quadlet" => Ok(Self::LocalPodmanQuadlet),
            "local-docker-compat" => Ok(Self::LocalDockerCompat),
            "local-bubblewrap" => Ok(Self::LocalBubblewrap),
            "kubernetes-pod" => Ok(Self::KubernetesPod),
            "kubernetes-crd" => Ok(Self::KubernetesCrd),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodPodType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodPodType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Governance requirements and fixed safety limits of the pod.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodPolicy {
    ///Whether activating the pod requires an Agent Registry grant.
    #[serde(rename = "agentRegistryRequired")]
    pub agent_registry_required: bool,
    ///Whether the pod asks for the host network namespace; this is a request only and remains subject to the deployment-safety rules.
    #[serde(rename = "allowHostNetwork")]
    pub allow_host_network: bool,
    ///Always false (const): an AgentPod can never ask for a privileged container or process.
    #[serde(rename = "allowPrivileged")]
    pub allow_privileged: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): secret values may never appear in an AgentPod; only references to secrets held elsewhere are allowed.
    #[serde(rename = "allowSecretInSpec")]
    pub allow_secret_in_spec: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether reusing caches across sessions requires an explicit policy decision.
    #[serde(
        rename = "cacheReuseRequiresPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_reuse_requires_policy: ::std::option::Option<bool>,
    ///Whether outbound traffic from the pod must be restricted by an egress policy.
    #[serde(rename = "egressPolicyRequired")]
    pub egress_policy_required: bool,
    ///Whether traffic to the pod must be restricted by a network policy.
    #[serde(rename = "networkPolicyRequired")]
    pub network_policy_required: bool,
    ///Whether activating the pod requires a Policy Fabric admission.
    #[serde(rename = "policyFabricRequired")]
    pub policy_fabric_required: bool,
    ///Whether tool use by the workload requires an Agent Registry grant.
    #[serde(
        rename = "toolUseRequiresGrant",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_use_requires_grant: ::std::option::Option<bool>,
}
///One network port of the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodPortsItem {
    ///Port number the workload listens on inside its container or network namespace (1-65535).
    #[serde(rename = "containerPort")]
    pub container_port: ::agent_machine::contracts::wire::Port,
    ///How far the port is exposed: not at all, loopback only, on the host, inside the cluster, through ingress, or as policy decides; anything wider than loopback needs a PolicyAdmission that allows it.
    pub exposure: AgentPodPortsItemExposure,
    ///Host port number the container port is published on, for local pod types (1-65535).
    #[serde(rename = "hostPort", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_port: ::std::option::Option<::agent_machine::contracts::wire::Port>,
    ///Name of the port, e.g. openai-compatible-http.
    pub name: ::std::string::String,
}
///How far the port is exposed: not at all, loopback only, on the host, inside the cluster, through ingress, or as policy decides; anything wider than loopback needs a PolicyAdmission that allows it.
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
pub enum AgentPodPortsItemExposure {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "loopback")]
    Loopback,
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "cluster")]
    Cluster,
    #[serde(rename = "ingress")]
    Ingress,
    #[serde(rename = "policy-managed")]
    PolicyManaged,
}
impl ::std::fmt::Display for AgentPodPortsItemExposure {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::None => f.write_str("none"),
            Self::Loopback => f.write_str("loopback"),
            Self::Host => f.write_str("host"),
            Self::Cluster => f.write_str("cluster"),
            Self::Ingress => f.write_str("ingress"),
            Self::PolicyManaged => f.write_str("policy-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodPortsItemExposure {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "none" => Ok(Self::None),
            "loopback" => Ok(Self::Loopback),
            "host" => Ok(Self::Host),
            "cluster" => Ok(Self::Cluster),
            "ingress" => Ok(Self::Ingress),
            "policy-managed" => Ok(Self::PolicyManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodPortsItemExposure {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodPortsItemExposure {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Which receipts deploying and running the pod must produce.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodReceipts {
    ///Whether a placement receipt is emitted when the pod is placed.
    #[serde(rename = "emitPlacement")]
    pub emit_placement: bool,
    ///Whether runtime evidence is emitted while the pod runs.
    #[serde(rename = "emitRuntime")]
    pub emit_runtime: bool,
    ///Whether storage receipts are emitted for the pod's volumes.
    #[serde(rename = "emitStorage")]
    pub emit_storage: bool,
    ///Always false (const): receipts for the pod never include raw content such as prompts, cache contents or secret values.
    #[serde(rename = "includeRawContent")]
    pub include_raw_content: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether receipts are required for the pod.
    pub required: bool,
}
///Compute resources requested and limited for the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResources {
    ///Accelerators the workload uses or can use.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerators: ::std::option::Option<
        ::agent_machine::contracts::wire::List<AgentPodResourcesAcceleratorsItem>,
    >,
    pub cpu: AgentPodResourcesCpu,
    #[serde(rename = "memoryBytes")]
    pub memory_bytes: AgentPodResourcesMemoryBytes,
}
///One accelerator requirement of the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResourcesAcceleratorsItem {
    ///Number of devices of this type the workload uses.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<u64>,
    ///Whether the workload cannot run without this accelerator; false means it is optional.
    pub required: bool,
    ///Kind of accelerator: the CPU or a GPU compute API (Vulkan, CUDA, ROCm, Metal, MLX), or unknown.
    #[serde(rename = "type")]
    pub type_: AgentPodResourcesAcceleratorsItemType,
}
///Kind of accelerator: the CPU or a GPU compute API (Vulkan, CUDA, ROCm, Metal, MLX), or unknown.
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
pub enum AgentPodResourcesAcceleratorsItemType {
    #[serde(rename = "cpu")]
    Cpu,
    #[serde(rename = "vulkan")]
    Vulkan,
    #[serde(rename = "cuda")]
    Cuda,
    #[serde(rename = "rocm")]
    Rocm,
    #[serde(rename = "metal")]
    Metal,
    #[serde(rename = "mlx")]
    Mlx,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentPodResourcesAcceleratorsItemType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Cpu => f.write_str("cpu"),
            Self::Vulkan => f.write_str("vulkan"),
            Self::Cuda => f.write_str("cuda"),
            Self::Rocm => f.write_str("rocm"),
            Self::Metal => f.write_str("metal"),
            Self::Mlx => f.write_str("mlx"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentPodResourcesAcceleratorsItemType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "cpu" => Ok(Self::Cpu),
            "vulkan" => Ok(Self::Vulkan),
            "cuda" => Ok(Self::Cuda),
            "rocm" => Ok(Self::Rocm),
            "metal" => Ok(Self::Metal),
            "mlx" => Ok(Self::Mlx),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodResourcesAcceleratorsItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodResourcesAcceleratorsItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///CPU request and limit.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResourcesCpu {
    ///Maximum CPU the workload may use, as a Kubernetes-style quantity string in cores.
    pub limit: ::std::string::String,
    ///CPU guaranteed to the workload, as a Kubernetes-style quantity string in cores, e.g. "2" or "500m".
    pub request: ::std::string::String,
}
///Memory request and limit, in bytes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResourcesMemoryBytes {
    ///Maximum memory the workload may use, in bytes.
    pub limit: u64,
    ///Memory guaranteed to the workload, in bytes.
    pub request: u64,
}
///How the workload is executed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodRuntime {
    ///Arguments passed to the entrypoint, in order; they must not contain secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub args: ::std::option::Option<
        ::agent_machine::contracts::wire::List<::std::string::String>,
    >,
    ///Entrypoint that overrides the image's default, e.g. llama-server.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entrypoint: ::std::option::Option<::std::string::String>,
    ///Environment variables set in the workload's container, in order. Values are configuration and are recorded in the rendered artifacts: a secret-shaped value is refused; pass credentials with secretRefs.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub env: ::std::option::Option<
        ::agent_machine::contracts::wire::List<AgentPodRuntimeEnvItem>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub health: ::std::option::Option<AgentPodRuntimeHealth>,
    ///SHA-256 digest of the container image; in strict supply-chain mode it must equal the digest pinned in imageOrCommand.
    #[serde(
        rename = "imageDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_digest: ::std::option::Option<AgentPodRuntimeImageDigest>,
    ///Container image reference (digest-pinned as name@sha256:\<hex> for strict supply chain) or, for non-container modes, the command to run.
    #[serde(rename = "imageOrCommand")]
    pub image_or_command: ::std::string::String,
    ///How the image must be referenced: a mutable tag allowed during bootstrap, a digest required, or the reference already digest-pinned.
    #[serde(
        rename = "imageReferencePolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_reference_policy: ::std::option::Option<
        AgentPodRuntimeImageReferencePolicy,
    >,
    ///Execution engine: systemd, Podman, Podman Quadlet, Docker, bubblewrap or Kubernetes.
    pub mode: AgentPodRuntimeMode,
    ///Kubernetes namespace the pod is deployed into.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    ///Network mode: none, loopback only, host network, slirp4netns user-mode networking, a shared pod network, a Kubernetes Service, or managed by policy.
    #[serde(rename = "networkMode")]
    pub network_mode: AgentPodRuntimeNetworkMode,
    ///Reference to the build provenance attestation of the image.
    #[serde(
        rename = "provenanceRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provenance_ref: ::std::option::Option<::std::string::String>,
    ///When the runtime restarts the workload: never, on failure, always, or as policy decides.
    #[serde(rename = "restartPolicy")]
    pub restart_policy: AgentPodRuntimeRestartPolicy,
    ///Reference to the software bill of materials (SBOM) of the image.
    #[serde(rename = "sbomRef", skip_serializing_if = "::std::option::Option::is_none")]
    pub sbom_ref: ::std::option::Option<::std::string::String>,
    ///Credentials the workload receives by reference: each names a Podman secret (local pod types) or a Kubernetes Secret in the pod's namespace and the environment variable it is exposed as. The value never appears in the AgentPod, the plan, the artifacts or the receipts.
    #[serde(
        rename = "secretRefs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_refs: ::std::option::Option<
        ::agent_machine::contracts::wire::List<AgentPodRuntimeSecretRefsItem>,
    >,
    ///Kubernetes ServiceAccount the pod runs as.
    #[serde(
        rename = "serviceAccountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_account_name: ::std::option::Option<::std::string::String>,
    ///Size of the container's shared memory (/dev/shm) in bytes, e.g. for vLLM's tensor exchange; at most the memory limit when one is set. Absent: the runtime's default.
    #[serde(
        rename = "shmSizeBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shm_size_bytes: ::std::option::Option<::std::num::NonZeroU64>,
}
///One environment variable.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodRuntimeEnvItem {
    ///Variable name: uppercase letters, digits and underscores, not starting with a digit; unique among env and secretRefs targets.
    pub name: AgentPodRuntimeEnvItemName,
    ///Variable value: one line of printable text (no control characters), at most 4096 bytes; never a secret.
    pub value: AgentPodRuntimeEnvItemValue,
}
///Variable name: uppercase letters, digits and underscores, not starting with a digit; unique among env and secretRefs targets.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodRuntimeEnvItemName(::std::string::String);
impl ::std::ops::Deref for AgentPodRuntimeEnvItemName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodRuntimeEnvItemName> for ::std::string::String {
    fn from(value: AgentPodRuntimeEnvItemName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodRuntimeEnvItemName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z_][A-Z0-9_]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z_][A-Z0-9_]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeEnvItemName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeEnvItemName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodRuntimeEnvItemName {
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
///Variable value: one line of printable text (no control characters), at most 4096 bytes; never a secret.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodRuntimeEnvItemValue(::std::string::String);
impl ::std::ops::Deref for AgentPodRuntimeEnvItemValue {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodRuntimeEnvItemValue> for ::std::string::String {
    fn from(value: AgentPodRuntimeEnvItemValue) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodRuntimeEnvItemValue {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[^\\x00-\\x1F\\x7F]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[^\\x00-\\x1F\\x7F]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeEnvItemValue {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeEnvItemValue {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodRuntimeEnvItemValue {
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
///How the workload reports that it is healthy: an HTTP GET on one of its ports. Rendered as Kubernetes startup, liveness and readiness probes; a Quadlet unit keeps the image's own health check (a Podman health check runs a command inside the image).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodRuntimeHealth {
    ///Absolute HTTP path that answers 2xx or 3xx when the workload is healthy, e.g. /health: a slash followed by letters, digits and . _ ~ / -.
    #[serde(rename = "httpPath")]
    pub http_path: AgentPodRuntimeHealthHttpPath,
    ///Name of the ports entry the check is sent to.
    pub port: ::std::string::String,
    ///How long the workload may take to become healthy after it starts (loading a model), in seconds, at most 3600; default 300. Liveness is not judged before it is healthy once.
    #[serde(
        rename = "startupSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub startup_seconds: ::std::option::Option<::std::num::NonZeroU64>,
}
///Absolute HTTP path that answers 2xx or 3xx when the workload is healthy, e.g. /health: a slash followed by letters, digits and . _ ~ / -.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodRuntimeHealthHttpPath(::std::string::String);
impl ::std::ops::Deref for AgentPodRuntimeHealthHttpPath {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodRuntimeHealthHttpPath> for ::std::string::String {
    fn from(value: AgentPodRuntimeHealthHttpPath) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodRuntimeHealthHttpPath {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^/[A-Za-z0-9._~/-]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^/[A-Za-z0-9._~/-]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeHealthHttpPath {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeHealthHttpPath {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodRuntimeHealthHttpPath {
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
///SHA-256 digest of the container image; in strict supply-chain mode it must equal the digest pinned in imageOrCommand.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodRuntimeImageDigest(::std::string::String);
impl ::std::ops::Deref for AgentPodRuntimeImageDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodRuntimeImageDigest> for ::std::string::String {
    fn from(value: AgentPodRuntimeImageDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodRuntimeImageDigest {
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
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeImageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeImageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodRuntimeImageDigest {
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
///How the image must be referenced: a mutable tag allowed during bootstrap, a digest required, or the reference already digest-pinned.
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
pub enum AgentPodRuntimeImageReferencePolicy {
    #[serde(rename = "tag-allowed-bootstrap")]
    TagAllowedBootstrap,
    #[serde(rename = "digest-required")]
    DigestRequired,
    #[serde(rename = "digest-pinned")]
    DigestPinned,
}
impl ::std::fmt::Display for AgentPodRuntimeImageReferencePolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::TagAllowedBootstrap => f.write_str("tag-allowed-bootstrap"),
            Self::DigestRequired => f.write_str("digest-required"),
            Self::DigestPinned => f.write_str("digest-pinned"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeImageReferencePolicy {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "tag-allowed-bootstrap" => Ok(Self::TagAllowedBootstrap),
            "digest-required" => Ok(Self::DigestRequired),
            "digest-pinned" => Ok(Self::DigestPinned),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeImageReferencePolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodRuntimeImageReferencePolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Execution engine: systemd, Podman, Podman Quadlet, Docker, bubblewrap or Kubernetes.
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
pub enum AgentPodRuntimeMode {
    #[serde(rename = "systemd")]
    Systemd,
    #[serde(rename = "podman")]
    Podman,
    #[serde(rename = "podman-quadlet")]
    PodmanQuadlet,
    #[serde(rename = "docker")]
    Docker,
    #[serde(rename = "bubblewrap")]
    Bubblewrap,
    #[serde(rename = "kubernetes")]
    Kubernetes,
}
impl ::std::fmt::Display for AgentPodRuntimeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Systemd => f.write_str("systemd"),
            Self::Podman => f.write_str("podman"),
            Self::PodmanQuadlet => f.write_str("podman-quadlet"),
            Self::Docker => f.write_str("docker"),
            Self::Bubblewrap => f.write_str("bubblewrap"),
            Self::Kubernetes => f.write_str("kubernetes"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "systemd" => Ok(Self::Systemd),
            "podman" => Ok(Self::Podman),
            "podman-quadlet" => Ok(Self::PodmanQuadlet),
            "docker" => Ok(Self::Docker),
            "bubblewrap" => Ok(Self::Bubblewrap),
            "kubernetes" => Ok(Self::Kubernetes),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Network mode: none, loopback only, host network, slirp4netns user-mode networking, a shared pod network, a Kubernetes Service, or managed by policy.
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
pub enum AgentPodRuntimeNetworkMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "loopback")]
    Loopback,
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "slirp4netns")]
    Slirp4netns,
    #[serde(rename = "pod")]
    Pod,
    #[serde(rename = "kubernetes-service")]
    KubernetesService,
    #[serde(rename = "policy-managed")]
    PolicyManaged,
}
impl ::std::fmt::Display for AgentPodRuntimeNetworkMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::None => f.write_str("none"),
            Self::Loopback => f.write_str("loopback"),
            Self::Host => f.write_str("host"),
            Self::Slirp4netns => f.write_str("slirp4netns"),
            Self::Pod => f.write_str("pod"),
            Self::KubernetesService => f.write_str("kubernetes-service"),
            Self::PolicyManaged => f.write_str("policy-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeNetworkMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "none" => Ok(Self::None),
            "loopback" => Ok(Self::Loopback),
            "host" => Ok(Self::Host),
            "slirp4netns" => Ok(Self::Slirp4netns),
            "pod" => Ok(Self::Pod),
            "kubernetes-service" => Ok(Self::KubernetesService),
            "policy-managed" => Ok(Self::PolicyManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeNetworkMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeNetworkMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///When the runtime restarts the workload: never, on failure, always, or as policy decides.
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
pub enum AgentPodRuntimeRestartPolicy {
    #[serde(rename = "never")]
    Never,
    #[serde(rename = "on-failure")]
    OnFailure,
    #[serde(rename = "always")]
    Always,
    #[serde(rename = "policy-managed")]
    PolicyManaged,
}
impl ::std::fmt::Display for AgentPodRuntimeRestartPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Never => f.write_str("never"),
            Self::OnFailure => f.write_str("on-failure"),
            Self::Always => f.write_str("always"),
            Self::PolicyManaged => f.write_str("policy-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeRestartPolicy {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "never" => Ok(Self::Never),
            "on-failure" => Ok(Self::OnFailure),
            "always" => Ok(Self::Always),
            "policy-managed" => Ok(Self::PolicyManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeRestartPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeRestartPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One secret, by reference.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodRuntimeSecretRefsItem {
    ///Name of the Podman secret or Kubernetes Secret: lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 63 characters. A Kubernetes Secret holds the value under the key equal to target.
    pub name: AgentPodRuntimeSecretRefsItemName,
    ///Environment variable the secret is exposed as, e.g. HF_TOKEN; unique among env and secretRefs targets.
    pub target: AgentPodRuntimeSecretRefsItemTarget,
}
///Name of the Podman secret or Kubernetes Secret: lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 63 characters. A Kubernetes Secret holds the value under the key equal to target.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodRuntimeSecretRefsItemName(::std::string::String);
impl ::std::ops::Deref for AgentPodRuntimeSecretRefsItemName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodRuntimeSecretRefsItemName> for ::std::string::String {
    fn from(value: AgentPodRuntimeSecretRefsItemName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodRuntimeSecretRefsItemName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeSecretRefsItemName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodRuntimeSecretRefsItemName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodRuntimeSecretRefsItemName {
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
///Environment variable the secret is exposed as, e.g. HF_TOKEN; unique among env and secretRefs targets.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodRuntimeSecretRefsItemTarget(::std::string::String);
impl ::std::ops::Deref for AgentPodRuntimeSecretRefsItemTarget {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodRuntimeSecretRefsItemTarget>
for ::std::string::String {
    fn from(value: AgentPodRuntimeSecretRefsItemTarget) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodRuntimeSecretRefsItemTarget {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z_][A-Z0-9_]*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z_][A-Z0-9_]*$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeSecretRefsItemTarget {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodRuntimeSecretRefsItemTarget {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodRuntimeSecretRefsItemTarget {
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
///Version of the contract this AgentPod conforms to; always the string "0.2.0" in this version of the schema (version 0.1.0 documents are read by the 0.1.0 schema).
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
pub enum AgentPodSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
    #[serde(rename = "0.2.0")]
    X020,
}
impl ::std::fmt::Display for AgentPodSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
            Self::X020 => f.write_str("0.2.0"),
        }
    }
}
impl ::std::str::FromStr for AgentPodSpecVersion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "0.1.0" => Ok(Self::X010),
            "0.2.0" => Ok(Self::X020),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One volume mounted into the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodStorageItem {
    ///Access mode of the mount: read-only, read-write, or runtime-managed.
    #[serde(rename = "accessMode")]
    pub access_mode: AgentPodStorageItemAccessMode,
    ///Id of the CacheTier that provides the volume.
    #[serde(rename = "cacheTierId")]
    pub cache_tier_id: ::std::string::String,
    ///Host directory to mount, for local pod types.
    #[serde(rename = "hostPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_path: ::std::option::Option<::std::string::String>,
    ///Path inside the workload at which the volume is mounted.
    #[serde(rename = "mountPath")]
    pub mount_path: ::std::string::String,
    ///Name of the PersistentVolumeClaim to use, for Kubernetes pod types.
    #[serde(rename = "pvcName", skip_serializing_if = "::std::option::Option::is_none")]
    pub pvc_name: ::std::option::Option<::std::string::String>,
    ///Whether the volume may hold sensitive data.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sensitive: ::std::option::Option<bool>,
    ///Kubernetes StorageClass for the volume's claim.
    #[serde(
        rename = "storageClassName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class_name: ::std::option::Option<::std::string::String>,
    ///Agent volume class of the volume; cache classes (agent-cache-hot, -warm, -cold) need a valid StorageReceipt before activation.
    #[serde(
        rename = "volumeClass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_class: ::std::option::Option<
        ::agent_machine::contracts::wire::VolumeClass,
    >,
}
///Access mode of the mount: read-only, read-write, or runtime-managed.
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
pub enum AgentPodStorageItemAccessMode {
    #[serde(rename = "read-only")]
    ReadOnly,
    #[serde(rename = "read-write")]
    ReadWrite,
    #[serde(rename = "runtime-managed")]
    RuntimeManaged,
}
impl ::std::fmt::Display for AgentPodStorageItemAccessMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ReadOnly => f.write_str("read-only"),
            Self::ReadWrite => f.write_str("read-write"),
            Self::RuntimeManaged => f.write_str("runtime-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodStorageItemAccessMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "read-only" => Ok(Self::ReadOnly),
            "read-write" => Ok(Self::ReadWrite),
            "runtime-managed" => Ok(Self::RuntimeManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodStorageItemAccessMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodStorageItemAccessMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///What the pod runs and which agent identity it acts for.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodWorkload {
    ///Reference (URN) to the agent identity the workload acts as.
    #[serde(
        rename = "agentIdentityRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_identity_ref: ::std::option::Option<::std::string::String>,
    ///Whether the workload must run under a registered agent identity.
    #[serde(rename = "agentIdentityRequired")]
    pub agent_identity_required: bool,
    ///Human-readable description of the workload; it must not contain secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///Name of the workload; names of rendered units and Kubernetes resources are derived from it.
    pub name: ::std::string::String,
    ///Role of the workload, e.g. inference-provider or agent-runner.
    pub purpose: AgentPodWorkloadPurpose,
    ///Reference (URN) to the SourceOS topic the workload is associated with.
    #[serde(rename = "topicRef", skip_serializing_if = "::std::option::Option::is_none")]
    pub topic_ref: ::std::option::Option<::std::string::String>,
    ///Reference (URN) to the SourceOS workroom the workload belongs to.
    #[serde(
        rename = "workroomRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workroom_ref: ::std::option::Option<::std::string::String>,
}
///Role of the workload, e.g. inference-provider or agent-runner.
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
pub enum AgentPodWorkloadPurpose {
    #[serde(rename = "inference-provider")]
    InferenceProvider,
    #[serde(rename = "agent-runner")]
    AgentRunner,
    #[serde(rename = "browser-runtime")]
    BrowserRuntime,
    #[serde(rename = "terminal-runtime")]
    TerminalRuntime,
    #[serde(rename = "tool-runner")]
    ToolRunner,
    #[serde(rename = "workspace-job")]
    WorkspaceJob,
    #[serde(rename = "probe-job")]
    ProbeJob,
    #[serde(rename = "other")]
    Other,
}
impl ::std::fmt::Display for AgentPodWorkloadPurpose {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::InferenceProvider => f.write_str("inference-provider"),
            Self::AgentRunner => f.write_str("agent-runner"),
            Self::BrowserRuntime => f.write_str("browser-runtime"),
            Self::TerminalRuntime => f.write_str("terminal-runtime"),
            Self::ToolRunner => f.write_str("tool-runner"),
            Self::WorkspaceJob => f.write_str("workspace-job"),
            Self::ProbeJob => f.write_str("probe-job"),
            Self::Other => f.write_str("other"),
        }
    }
}
impl ::std::str::FromStr for AgentPodWorkloadPurpose {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "inference-provider" => Ok(Self::InferenceProvider),
            "agent-runner" => Ok(Self::AgentRunner),
            "browser-runtime" => Ok(Self::BrowserRuntime),
            "terminal-runtime" => Ok(Self::TerminalRuntime),
            "tool-runner" => Ok(Self::ToolRunner),
            "workspace-job" => Ok(Self::WorkspaceJob),
            "probe-job" => Ok(Self::ProbeJob),
            "other" => Ok(Self::Other),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodWorkloadPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodWorkloadPurpose {
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

/// Types generated from `contracts/agent-registry-grant.schema.json` (`urn:srcos:agent-machine:schema:agent-registry-grant:v0.1.0`).
pub mod agent_registry_grant {
///Agent Registry answer to a request by an agent identity to act through an AgentPod: the request and the scope it asked for, the grant status with expiry and revocation state, the allowed and denied scope, and any external trust signals consulted. A missing grant is recorded explicitly with status missing and fails closed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentRegistryGrant {
    pub grant: AgentRegistryGrantGrant,
    ///Unique identifier of this grant: a URN of the form urn:srcos:agent-machine:agent-registry-grant:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: AgentRegistryGrantId,
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the grant document was issued.
    #[serde(rename = "issuedAt")]
    pub issued_at: ::std::string::String,
    ///Kind discriminator of the document; always "AgentRegistryGrant", so a document of another kind can never be taken for this one.
    pub kind: AgentRegistryGrantKind,
    ///Optional string-to-string metadata labels on the grant (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    ///Safety attestation of the grant: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ReceiptSafety,
    pub request: AgentRegistryGrantRequest,
    pub scope: AgentRegistryGrantScope,
    ///Version of the contract this grant conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: AgentRegistryGrantSpecVersion,
}
///The Agent Registry's answer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentRegistryGrantGrant {
    ///Whether the registry authorized the request; only an active grant may set it to true.
    #[serde(rename = "authorizationGranted")]
    pub authorization_granted: bool,
    ///RFC 3339 timestamp after which the grant no longer holds; null when none is set, in which case an active grant is refused at activation because nothing is granted forever.
    #[serde(
        rename = "expiresAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub expires_at: ::std::option::Option<::std::string::String>,
    ///External trust signals consulted while resolving the grant; they are non-authoritative input and cannot grant anything themselves.
    #[serde(
        rename = "externalTrustSignals",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_trust_signals: ::std::option::Option<
        ::agent_machine::contracts::wire::List<ExternalTrustSignal>,
    >,
    ///Digest of the grant record (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when the grant is missing.
    #[serde(
        rename = "grantDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub grant_digest: ::std::option::Option<AgentRegistryGrantGrantGrantDigest>,
    ///Reference to the grant record; null when the grant is missing.
    #[serde(
        rename = "grantRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub grant_ref: ::std::option::Option<::std::string::String>,
    ///Human-readable explanation of the outcome; null when none is given.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub reason: ::std::option::Option<::std::string::String>,
    ///Reference to the registry hook through which revocation of the grant is signalled; null when none.
    #[serde(
        rename = "revocationHookRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub revocation_hook_ref: ::std::option::Option<::std::string::String>,
    ///Reference to the revocation record for the grant; null when none.
    #[serde(
        rename = "revocationRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub revocation_ref: ::std::option::Option<::std::string::String>,
    ///Revocation state at last check: active (not revoked), revoked, expired, denied, or unavailable (could not be checked); it must agree with the grant status.
    #[serde(rename = "revocationStatus")]
    pub revocation_status: AgentRegistryGrantGrantRevocationStatus,
    ///Grant status: missing (no grant found, which fails closed), active, expired, revoked, denied, or unknown.
    pub status: AgentRegistryGrantGrantStatus,
}
///Digest of the grant record (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when the grant is missing.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentRegistryGrantGrantGrantDigest(::std::string::String);
impl ::std::ops::Deref for AgentRegistryGrantGrantGrantDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentRegistryGrantGrantGrantDigest> for ::std::string::String {
    fn from(value: AgentRegistryGrantGrantGrantDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentRegistryGrantGrantGrantDigest {
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
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantGrantGrantDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentRegistryGrantGrantGrantDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentRegistryGrantGrantGrantDigest {
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
///Revocation state at last check: active (not revoked), revoked, expired, denied, or unavailable (could not be checked); it must agree with the grant status.
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
pub enum AgentRegistryGrantGrantRevocationStatus {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "revoked")]
    Revoked,
    #[serde(rename = "expired")]
    Expired,
    #[serde(rename = "denied")]
    Denied,
    #[serde(rename = "unavailable")]
    Unavailable,
}
impl ::std::fmt::Display for AgentRegistryGrantGrantRevocationStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Active => f.write_str("active"),
            Self::Revoked => f.write_str("revoked"),
            Self::Expired => f.write_str("expired"),
            Self::Denied => f.write_str("denied"),
            Self::Unavailable => f.write_str("unavailable"),
        }
    }
}
impl ::std::str::FromStr for AgentRegistryGrantGrantRevocationStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "active" => Ok(Self::Active),
            "revoked" => Ok(Self::Revoked),
            "expired" => Ok(Self::Expired),
            "denied" => Ok(Self::Denied),
            "unavailable" => Ok(Self::Unavailable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantGrantRevocationStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentRegistryGrantGrantRevocationStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Grant status: missing (no grant found, which fails closed), active, expired, revoked, denied, or unknown.
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
pub enum AgentRegistryGrantGrantStatus {
    #[serde(rename = "missing")]
    Missing,
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "expired")]
    Expired,
    #[serde(rename = "revoked")]
    Revoked,
    #[serde(rename = "denied")]
    Denied,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentRegistryGrantGrantStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Missing => f.write_str("missing"),
            Self::Active => f.write_str("active"),
            Self::Expired => f.write_str("expired"),
            Self::Revoked => f.write_str("revoked"),
            Self::Denied => f.write_str("denied"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentRegistryGrantGrantStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "missing" => Ok(Self::Missing),
            "active" => Ok(Self::Active),
            "expired" => Ok(Self::Expired),
            "revoked" => Ok(Self::Revoked),
            "denied" => Ok(Self::Denied),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantGrantStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentRegistryGrantGrantStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Unique identifier of this grant: a URN of the form urn:srcos:agent-machine:agent-registry-grant:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentRegistryGrantId(::std::string::String);
impl ::std::ops::Deref for AgentRegistryGrantId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentRegistryGrantId> for ::std::string::String {
    fn from(value: AgentRegistryGrantId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentRegistryGrantId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:agent-registry-grant:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:agent-registry-grant:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentRegistryGrantId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentRegistryGrantId {
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
///Kind discriminator of the document; always "AgentRegistryGrant", so a document of another kind can never be taken for this one.
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
pub enum AgentRegistryGrantKind {
    AgentRegistryGrant,
}
impl ::std::fmt::Display for AgentRegistryGrantKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentRegistryGrant => f.write_str("AgentRegistryGrant"),
        }
    }
}
impl ::std::str::FromStr for AgentRegistryGrantKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "AgentRegistryGrant" => Ok(Self::AgentRegistryGrant),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentRegistryGrantKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The grant request this document answers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentRegistryGrantRequest {
    ///Id of the AgentMachine the request concerns; null when not bound to a machine.
    #[serde(
        rename = "agentMachineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub agent_machine_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<
            AgentRegistryGrantRequestAgentMachineId,
        >,
    >,
    ///Id of the AgentPod the request concerns.
    #[serde(rename = "agentPodId")]
    pub agent_pod_id: AgentRegistryGrantRequestAgentPodId,
    ///Identifier of the grant request.
    #[serde(rename = "requestId")]
    pub request_id: ::std::string::String,
    ///Reference (URN) to the agent identity asking for the grant.
    #[serde(rename = "requestedAgentIdentityRef")]
    pub requested_agent_identity_ref: ::std::string::String,
    ///RFC 3339 timestamp the request asks the grant to expire at; null when none is asked.
    #[serde(
        rename = "requestedExpiresAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub requested_expires_at: ::std::option::Option<::std::string::String>,
    ///Scope the request asks for.
    #[serde(rename = "requestedScope")]
    pub requested_scope: RegistryScope,
    ///Reference (URN) to the session in which the grant is requested.
    #[serde(rename = "sessionRef")]
    pub session_ref: ::std::string::String,
    ///Reference (URN) to the topic concerned; null when none.
    #[serde(
        rename = "topicRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub topic_ref: ::std::option::Option<::std::string::String>,
    ///Reference (URN) to the workroom concerned; null when none.
    #[serde(
        rename = "workroomRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub workroom_ref: ::std::option::Option<::std::string::String>,
}
///`AgentRegistryGrantRequestAgentMachineId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentRegistryGrantRequestAgentMachineId(::std::string::String);
impl ::std::ops::Deref for AgentRegistryGrantRequestAgentMachineId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentRegistryGrantRequestAgentMachineId>
for ::std::string::String {
    fn from(value: AgentRegistryGrantRequestAgentMachineId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentRegistryGrantRequestAgentMachineId {
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
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantRequestAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentRegistryGrantRequestAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentRegistryGrantRequestAgentMachineId {
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
pub struct AgentRegistryGrantRequestAgentPodId(::std::string::String);
impl ::std::ops::Deref for AgentRegistryGrantRequestAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentRegistryGrantRequestAgentPodId>
for ::std::string::String {
    fn from(value: AgentRegistryGrantRequestAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentRegistryGrantRequestAgentPodId {
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
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantRequestAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentRegistryGrantRequestAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentRegistryGrantRequestAgentPodId {
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
///What the grant allows and what it explicitly denies.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentRegistryGrantScope {
    ///Scope the grant allows; it must lie within the requested scope.
    pub allowed: RegistryScope,
    ///Scope the grant explicitly denies; it must not overlap the allowed scope.
    pub denied: RegistryScope,
}
///Version of the contract this grant conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum AgentRegistryGrantSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for AgentRegistryGrantSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for AgentRegistryGrantSpecVersion {
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
impl ::std::convert::TryFrom<&str> for AgentRegistryGrantSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentRegistryGrantSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One signal from an external trust provider, recorded as non-authoritative input to the registry's decision.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExternalTrustSignal {
    ///Always non-authoritative-verifier-input: the signal informs verification but never authorizes anything by itself.
    pub authority: ExternalTrustSignalAuthority,
    ///Free-text notes about the signal.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<
        ::agent_machine::contracts::wire::List<::std::string::String>,
    >,
    ///Reference to the external provider that issued the signal.
    #[serde(rename = "providerRef")]
    pub provider_ref: ::std::string::String,
    ///Digest of the signal record (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when none.
    #[serde(
        rename = "signalDigest",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub signal_digest: ::std::option::Option<ExternalTrustSignalSignalDigest>,
    ///Reference to the signal record.
    #[serde(rename = "signalRef")]
    pub signal_ref: ::std::string::String,
    ///Kind of signal: agent identity, certification tier, reputation score, counterparty check, registry lookup, or other.
    #[serde(rename = "signalType")]
    pub signal_type: ExternalTrustSignalSignalType,
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the signal was verified.
    #[serde(rename = "verifiedAt")]
    pub verified_at: ::std::string::String,
}
///Always non-authoritative-verifier-input: the signal informs verification but never authorizes anything by itself.
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
pub enum ExternalTrustSignalAuthority {
    #[serde(rename = "non-authoritative-verifier-input")]
    NonAuthoritativeVerifierInput,
}
impl ::std::fmt::Display for ExternalTrustSignalAuthority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NonAuthoritativeVerifierInput => {
                f.write_str("non-authoritative-verifier-input")
            }
        }
    }
}
impl ::std::str::FromStr for ExternalTrustSignalAuthority {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "non-authoritative-verifier-input" => Ok(Self::NonAuthoritativeVerifierInput),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalAuthority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExternalTrustSignalAuthority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Digest of the signal record (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when none.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ExternalTrustSignalSignalDigest(::std::string::String);
impl ::std::ops::Deref for ExternalTrustSignalSignalDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ExternalTrustSignalSignalDigest> for ::std::string::String {
    fn from(value: ExternalTrustSignalSignalDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ExternalTrustSignalSignalDigest {
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
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalSignalDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExternalTrustSignalSignalDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ExternalTrustSignalSignalDigest {
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
///Kind of signal: agent identity, certification tier, reputation score, counterparty check, registry lookup, or other.
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
pub enum ExternalTrustSignalSignalType {
    #[serde(rename = "agent-identity")]
    AgentIdentity,
    #[serde(rename = "cert-tier")]
    CertTier,
    #[serde(rename = "reputation-score")]
    ReputationScore,
    #[serde(rename = "counterparty-check")]
    CounterpartyCheck,
    #[serde(rename = "registry-lookup")]
    RegistryLookup,
    #[serde(rename = "other")]
    Other,
}
impl ::std::fmt::Display for ExternalTrustSignalSignalType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentIdentity => f.write_str("agent-identity"),
            Self::CertTier => f.write_str("cert-tier"),
            Self::ReputationScore => f.write_str("reputation-score"),
            Self::CounterpartyCheck => f.write_str("counterparty-check"),
            Self::RegistryLookup => f.write_str("registry-lookup"),
            Self::Other => f.write_str("other"),
        }
    }
}
impl ::std::str::FromStr for ExternalTrustSignalSignalType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "agent-identity" => Ok(Self::AgentIdentity),
            "cert-tier" => Ok(Self::CertTier),
            "reputation-score" => Ok(Self::ReputationScore),
            "counterparty-check" => Ok(Self::CounterpartyCheck),
            "registry-lookup" => Ok(Self::RegistryLookup),
            "other" => Ok(Self::Other),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalSignalType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExternalTrustSignalSignalType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Resources an agent may use, grouped by category, each as a set of references.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RegistryScope {
    ///References to cache scopes (such as policy domains) whose caches may be used.
    #[serde(rename = "cacheScopeRefs")]
    pub cache_scope_refs: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///References to evidence scopes, e.g. streams of deployment or runtime receipts.
    #[serde(rename = "evidenceScopeRefs")]
    pub evidence_scope_refs: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///References to agent memory scopes.
    #[serde(rename = "memoryScopeRefs")]
    pub memory_scope_refs: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///References to models.
    #[serde(rename = "modelRefs")]
    pub model_refs: ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    ///Ids of InferenceProviders.
    #[serde(rename = "providerIds")]
    pub provider_ids: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///References to storage scopes, e.g. StorageReceipt ids.
    #[serde(rename = "storageScopeRefs")]
    pub storage_scope_refs: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///References to tools, e.g. urn:srcos:tool:start-provider.
    #[serde(rename = "toolRefs")]
    pub tool_refs: ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
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
    pub admission_status: AgentPlaneRuntimeEvidencePolicyFabricAdmissionStatus,
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
///Status of the admission: missing, allowed, denied, not-required, or unknown.
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
pub enum AgentPlaneRuntimeEvidencePolicyFabricAdmissionStatus {
    #[serde(rename = "missing")]
    Missing,
    #[serde(rename = "allowed")]
    Allowed,
    #[serde(rename = "denied")]
    Denied,
    #[serde(rename = "not-required")]
    NotRequired,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentPlaneRuntimeEvidencePolicyFabricAdmissionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Missing => f.write_str("missing"),
            Self::Allowed => f.write_str("allowed"),
            Self::Denied => f.write_str("denied"),
            Self::NotRequired => f.write_str("not-required"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentPlaneRuntimeEvidencePolicyFabricAdmissionStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "missing" => Ok(Self::Missing),
            "allowed" => Ok(Self::Allowed),
            "denied" => Ok(Self::Denied),
            "not-required" => Ok(Self::NotRequired),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str>
for AgentPlaneRuntimeEvidencePolicyFabricAdmissionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPlaneRuntimeEvidencePolicyFabricAdmissionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
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

/// Types generated from `contracts/agentpod-deployment-plan.schema.json` (`urn:srcos:agent-machine:schema:agentpod-deployment-plan:v0.1.0`).
pub mod agentpod_deployment_plan {
///Non-mutating deployment plan derived from an AgentPod by a named generator: the target surface, workload, runtime, resources, resolved storage, ports, policy and receipt settings a deployment would use. A plan has no id of its own, changes nothing on any machine, and is never authorization to deploy or activate.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlan {
    pub generator: AgentPodDeploymentPlanGenerator,
    ///Kind discriminator of the document; always "AgentPodDeploymentPlan", so a document of another kind can never be taken for this one.
    pub kind: AgentPodDeploymentPlanKind,
    ///Fixed explanatory notes, at least one, stating among other things that the plan changes nothing and is not authorization.
    pub notes: ::agent_machine::contracts::wire::NonEmptyList<::std::string::String>,
    pub policy: AgentPodDeploymentPlanPolicy,
    ///Ports of the AgentPod, each with its name, container port, optional host port and exposure.
    pub ports: ::agent_machine::contracts::wire::List<AgentPodDeploymentPlanPortsItem>,
    pub receipts: AgentPodDeploymentPlanReceipts,
    ///Resource requests and limits (CPU, memory in bytes, accelerators), copied from the AgentPod.
    pub resources: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub runtime: AgentPodDeploymentPlanRuntime,
    pub source: AgentPodDeploymentPlanSource,
    ///Version of the contract this deployment plan conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: AgentPodDeploymentPlanSpecVersion,
    ///The AgentPod's storage items in their original order, each with its CacheTier reference resolved against the CacheTier documents supplied.
    #[serde(rename = "storageResolution")]
    pub storage_resolution: ::agent_machine::contracts::wire::List<
        AgentPodDeploymentPlanStorageResolutionItem,
    >,
    pub target: AgentPodDeploymentPlanTarget,
    pub workload: AgentPodDeploymentPlanWorkload,
}
///Tool that produced the plan.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanGenerator {
    ///Name of the generator, e.g. agent-machine.
    pub name: ::std::string::String,
    ///Version of the generator that produced the plan.
    pub version: ::std::string::String,
}
///Kind discriminator of the document; always "AgentPodDeploymentPlan", so a document of another kind can never be taken for this one.
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
pub enum AgentPodDeploymentPlanKind {
    AgentPodDeploymentPlan,
}
impl ::std::fmt::Display for AgentPodDeploymentPlanKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentPodDeploymentPlan => f.write_str("AgentPodDeploymentPlan"),
        }
    }
}
impl ::std::str::FromStr for AgentPodDeploymentPlanKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "AgentPodDeploymentPlan" => Ok(Self::AgentPodDeploymentPlan),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodDeploymentPlanKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodDeploymentPlanKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Policy requirements, copied from the AgentPod.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanPolicy {
    ///Whether activation requires an Agent Registry grant.
    #[serde(rename = "agentRegistryRequired")]
    pub agent_registry_required: bool,
    ///Whether the AgentPod asked for the host network namespace; a request only, subject to the deployment-safety rules.
    #[serde(rename = "allowHostNetwork")]
    pub allow_host_network: bool,
    ///Always false (const): a plan can never call for a privileged container or process.
    #[serde(rename = "allowPrivileged")]
    pub allow_privileged: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): a plan never contains secret values, only references to secrets held elsewhere.
    #[serde(rename = "allowSecretInSpec")]
    pub allow_secret_in_spec: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether outbound traffic must be restricted by an egress policy.
    #[serde(rename = "egressPolicyRequired")]
    pub egress_policy_required: bool,
    ///Whether traffic to the workload must be restricted by a network policy.
    #[serde(rename = "networkPolicyRequired")]
    pub network_policy_required: bool,
    ///Whether activation requires a Policy Fabric admission.
    #[serde(rename = "policyFabricRequired")]
    pub policy_fabric_required: bool,
}
///`AgentPodDeploymentPlanPortsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct AgentPodDeploymentPlanPortsItem(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for AgentPodDeploymentPlanPortsItem {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<AgentPodDeploymentPlanPortsItem>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: AgentPodDeploymentPlanPortsItem) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for AgentPodDeploymentPlanPortsItem {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///Receipt settings, copied from the AgentPod.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanReceipts {
    ///Whether a placement receipt is emitted.
    #[serde(rename = "emitPlacement")]
    pub emit_placement: bool,
    ///Whether runtime evidence is emitted.
    #[serde(rename = "emitRuntime")]
    pub emit_runtime: bool,
    ///Whether storage receipts are emitted.
    #[serde(rename = "emitStorage")]
    pub emit_storage: bool,
    ///Always false (const): receipts never include raw content such as prompts, cache contents or secret values.
    #[serde(rename = "includeRawContent")]
    pub include_raw_content: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether receipts are required.
    pub required: bool,
}
///Scheduling-relevant runtime settings, copied from the AgentPod.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanRuntime {
    ///Container image reference or command to run.
    #[serde(rename = "imageOrCommand")]
    pub image_or_command: ::std::string::String,
    ///Execution engine, e.g. podman-quadlet.
    pub mode: ::std::string::String,
    ///Kubernetes namespace; null when not applicable.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub namespace: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Network mode of the workload, e.g. loopback.
    #[serde(rename = "networkMode")]
    pub network_mode: ::std::string::String,
    ///Restart policy of the workload, e.g. on-failure.
    #[serde(rename = "restartPolicy")]
    pub restart_policy: ::std::string::String,
    ///Kubernetes ServiceAccount name; null when not applicable.
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
}
///The AgentPod the plan was derived from.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanSource {
    ///Id of the source AgentPod.
    #[serde(rename = "agentPodId")]
    pub agent_pod_id: AgentPodDeploymentPlanSourceAgentPodId,
    ///Digest of the source AgentPod: a SHA-256 digest written as sha256: followed by 64 lowercase hex characters, computed over its RFC 8785 canonical JSON.
    pub digest: AgentPodDeploymentPlanSourceDigest,
    ///Path of the source AgentPod file exactly as given to the generator; relative paths stay relative and no absolute machine path is recorded.
    pub path: ::std::string::String,
}
///Id of the source AgentPod.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodDeploymentPlanSourceAgentPodId(::std::string::String);
impl ::std::ops::Deref for AgentPodDeploymentPlanSourceAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodDeploymentPlanSourceAgentPodId>
for ::std::string::String {
    fn from(value: AgentPodDeploymentPlanSourceAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodDeploymentPlanSourceAgentPodId {
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
impl ::std::convert::TryFrom<&str> for AgentPodDeploymentPlanSourceAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodDeploymentPlanSourceAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodDeploymentPlanSourceAgentPodId {
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
///Digest of the source AgentPod: a SHA-256 digest written as sha256: followed by 64 lowercase hex characters, computed over its RFC 8785 canonical JSON.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodDeploymentPlanSourceDigest(::std::string::String);
impl ::std::ops::Deref for AgentPodDeploymentPlanSourceDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodDeploymentPlanSourceDigest> for ::std::string::String {
    fn from(value: AgentPodDeploymentPlanSourceDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodDeploymentPlanSourceDigest {
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
impl ::std::convert::TryFrom<&str> for AgentPodDeploymentPlanSourceDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodDeploymentPlanSourceDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodDeploymentPlanSourceDigest {
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
///Version of the contract this deployment plan conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum AgentPodDeploymentPlanSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for AgentPodDeploymentPlanSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for AgentPodDeploymentPlanSpecVersion {
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
impl ::std::convert::TryFrom<&str> for AgentPodDeploymentPlanSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodDeploymentPlanSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One storage item of the AgentPod after resolution.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanStorageResolutionItem {
    ///Access mode of the mount, e.g. read-only.
    #[serde(rename = "accessMode")]
    pub access_mode: ::std::string::String,
    ///Id of the CacheTier that provides the volume.
    #[serde(rename = "cacheTierId")]
    pub cache_tier_id: ::std::string::String,
    ///Host directory to mount; null when none applies.
    #[serde(rename = "hostPath", skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub host_path: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Path inside the workload at which the volume is mounted.
    #[serde(rename = "mountPath")]
    pub mount_path: ::std::string::String,
    ///PersistentVolumeClaim name; null when none applies.
    #[serde(rename = "pvcName", skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub pvc_name: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether the volume may hold sensitive data; null when not stated.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub sensitive: ::std::option::Option<bool>,
    ///Kubernetes StorageClass; null when none applies.
    #[serde(
        rename = "storageClassName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub storage_class_name: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Agent volume class of the volume; null when neither the storage item nor a resolved CacheTier states one.
    #[serde(
        rename = "volumeClass",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub volume_class: ::std::option::Option<::std::string::String>,
}
///Where the plan deploys.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanTarget {
    ///Pod type, copied from the AgentPod.
    #[serde(rename = "podType")]
    pub pod_type: AgentPodDeploymentPlanTargetPodType,
    ///SourceOS machine profile, copied from the AgentPod.
    pub profile: ::agent_machine::contracts::wire::Profile,
    ///Artifact surface for the pod type: quadlet-container for Quadlet pods, local-runtime-plan for other local pod types, kubernetes-yaml for Kubernetes pods, agentpod-crd for the AgentPod custom resource.
    pub surface: AgentPodDeploymentPlanTargetSurface,
}
///Pod type, copied from the AgentPod.
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
pub enum AgentPodDeploymentPlanTargetPodType {
    #[serde(rename = "local-systemd")]
    LocalSystemd,
    #[serde(rename = "local-podman")]
    LocalPodman,
    #[serde(rename = "local-podman-quadlet")]
    LocalPodmanQuadlet,
    #[serde(rename = "local-docker-compat")]
    LocalDockerCompat,
    #[serde(rename = "local-bubblewrap")]
    LocalBubblewrap,
    #[serde(rename = "kubernetes-pod")]
    KubernetesPod,
    #[serde(rename = "kubernetes-crd")]
    KubernetesCrd,
}
impl ::std::fmt::Display for AgentPodDeploymentPlanTargetPodType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LocalSystemd => f.write_str("local-systemd"),
            Self::LocalPodman => f.write_str("local-podman"),
            Self::LocalPodmanQuadlet => f.write_str("local-podman-quadlet"),
            Self::LocalDockerCompat => f.write_str("local-docker-compat"),
            Self::LocalBubblewrap => f.write_str("local-bubblewrap"),
            Self::KubernetesPod => f.write_str("kubernetes-pod"),
            Self::KubernetesCrd => f.write_str("kubernetes-crd"),
        }
    }
}
impl ::std::str::FromStr for AgentPodDeploymentPlanTargetPodType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "local-systemd" => Ok(Self::LocalSystemd),
            "local-podman" => Ok(Self::LocalPodman),
            "local-podman-quadlet" => Ok(Self::LocalPodmanQuadlet),
            "local-docker-compat" => Ok(Self::LocalDockerCompat),
            "local-bubblewrap" => Ok(Self::LocalBubblewrap),
            "kubernetes-pod" => Ok(Self::KubernetesPod),
            "kubernetes-crd" => Ok(Self::KubernetesCrd),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodDeploymentPlanTargetPodType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodDeploymentPlanTargetPodType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Artifact surface for the pod type: quadlet-container for Quadlet pods, local-runtime-plan for other local pod types, kubernetes-yaml for Kubernetes pods, agentpod-crd for the AgentPod custom resource.
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
pub enum AgentPodDeploymentPlanTargetSurface {
    #[serde(rename = "quadlet-container")]
    QuadletContainer,
    #[serde(rename = "local-runtime-plan")]
    LocalRuntimePlan,
    #[serde(rename = "kubernetes-yaml")]
    KubernetesYaml,
    #[serde(rename = "agentpod-crd")]
    AgentpodCrd,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentPodDeploymentPlanTargetSurface {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::QuadletContainer => f.write_str("quadlet-container"),
            Self::LocalRuntimePlan => f.write_str("local-runtime-plan"),
            Self::KubernetesYaml => f.write_str("kubernetes-yaml"),
            Self::AgentpodCrd => f.write_str("agentpod-crd"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentPodDeploymentPlanTargetSurface {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "quadlet-container" => Ok(Self::QuadletContainer),
            "local-runtime-plan" => Ok(Self::LocalRuntimePlan),
            "kubernetes-yaml" => Ok(Self::KubernetesYaml),
            "agentpod-crd" => Ok(Self::AgentpodCrd),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodDeploymentPlanTargetSurface {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodDeploymentPlanTargetSurface {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Workload summary, copied from the AgentPod.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodDeploymentPlanWorkload {
    ///Reference to the agent identity the workload acts as; null when the AgentPod names none.
    #[serde(
        rename = "agentIdentityRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub agent_identity_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether the workload must run under a registered agent identity.
    #[serde(rename = "agentIdentityRequired")]
    pub agent_identity_required: bool,
    ///Name of the workload.
    pub name: ::std::string::String,
    ///Role of the workload, e.g. inference-provider.
    pub purpose: ::std::string::String,
    ///Reference to the topic the workload is associated with; null when the AgentPod names none.
    #[serde(rename = "topicRef", skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub topic_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Reference to the workroom the workload belongs to; null when the AgentPod names none.
    #[serde(
        rename = "workroomRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub workroom_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
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

/// Types generated from `contracts/cache-tier.schema.json` (`urn:srcos:agent-machine:schema:cache-tier:v0.1.0`).
pub mod cache_tier {
///Declares a class of storage for agent models, caches, scratch space, evidence or artifacts: its backend, volume class, tier, intended purposes, sensitivity, encryption, lifecycle, quota, mount and receipt requirements. AgentPod storage items refer to a CacheTier by its id.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTier {
    ///Storage backend that provides the tier: a plain filesystem directory, local LVM, TopoLVM in Kubernetes, tmpfs, an object store, or a remote volume.
    pub backend: CacheTierBackend,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption: ::std::option::Option<CacheTierEncryption>,
    ///Unique identifier of this cache tier: a URN of the form urn:srcos:agent-machine:cache-tier:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: CacheTierId,
    ///Whether contents must be scoped to a single agent identity rather than shared across identities; true when absent.
    #[serde(
        rename = "identityScopeRequired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub identity_scope_required: ::std::option::Option<bool>,
    ///Kind discriminator of the document; always "CacheTier", so a document of another kind can never be taken for this one.
    pub kind: CacheTierKind,
    ///Optional string-to-string metadata labels on the cache tier (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    pub lifecycle: CacheTierLifecycle,
    pub mount: CacheTierMount,
    ///Reference (URN) to the policy domain that governs access to and reuse of the tier's contents.
    #[serde(
        rename = "policyDomain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_domain: ::std::option::Option<::std::string::String>,
    ///Kinds of data the tier is meant to hold, such as model artifacts, KV cache or prompt-prefix cache; each value at most once.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub purpose: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<CacheTierPurposeItem>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quota: ::std::option::Option<CacheTierQuota>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub receipt: ::std::option::Option<CacheTierReceipt>,
    ///Highest sensitivity class of the data the tier may hold.
    pub sensitivity: CacheTierSensitivity,
    ///Version of the contract this cache tier conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: CacheTierSpecVersion,
    ///Role or temperature of the tier: hot, warm, cold, scratch, evidence, artifact or model.
    pub tier: CacheTierTier,
    ///Agent volume class the tier serves (models, hot, warm or cold cache, scratch, evidence, or artifacts); AgentPod storage items and StorageReceipts use the same vocabulary.
    #[serde(rename = "volumeClass")]
    pub volume_class: ::agent_machine::contracts::wire::VolumeClass,
}
///Storage backend that provides the tier: a plain filesystem directory, local LVM, TopoLVM in Kubernetes, tmpfs, an object store, or a remote volume.
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
pub enum CacheTierBackend {
    #[serde(rename = "filesystem")]
    Filesystem,
    #[serde(rename = "local-lvm")]
    LocalLvm,
    #[serde(rename = "topolvm-k8s")]
    TopolvmK8s,
    #[serde(rename = "tmpfs")]
    Tmpfs,
    #[serde(rename = "object-store")]
    ObjectStore,
    #[serde(rename = "remote-volume")]
    RemoteVolume,
}
impl ::std::fmt::Display for CacheTierBackend {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Filesystem => f.write_str("filesystem"),
            Self::LocalLvm => f.write_str("local-lvm"),
            Self::TopolvmK8s => f.write_str("topolvm-k8s"),
            Self::Tmpfs => f.write_str("tmpfs"),
            Self::ObjectStore => f.write_str("object-store"),
            Self::RemoteVolume => f.write_str("remote-volume"),
        }
    }
}
impl ::std::str::FromStr for CacheTierBackend {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "filesystem" => Ok(Self::Filesystem),
            "local-lvm" => Ok(Self::LocalLvm),
            "topolvm-k8s" => Ok(Self::TopolvmK8s),
            "tmpfs" => Ok(Self::Tmpfs),
            "object-store" => Ok(Self::ObjectStore),
            "remote-volume" => Ok(Self::RemoteVolume),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierBackend {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierBackend {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Encryption-at-rest requirement for the tier and what was observed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierEncryption {
    ///Encryption mechanism: none, fscrypt, LUKS, dm-crypt, hardware (self-encrypting device), or unknown.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<CacheTierEncryptionMode>,
    ///Whether encryption at rest was observed on the backing storage.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub observed: ::std::option::Option<bool>,
    ///Whether the tier must be encrypted at rest.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<bool>,
}
///Encryption mechanism: none, fscrypt, LUKS, dm-crypt, hardware (self-encrypting device), or unknown.
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
pub enum CacheTierEncryptionMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "fscrypt")]
    Fscrypt,
    #[serde(rename = "luks")]
    Luks,
    #[serde(rename = "dm-crypt")]
    DmCrypt,
    #[serde(rename = "hardware")]
    Hardware,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for CacheTierEncryptionMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::None => f.write_str("none"),
            Self::Fscrypt => f.write_str("fscrypt"),
            Self::Luks => f.write_str("luks"),
            Self::DmCrypt => f.write_str("dm-crypt"),
            Self::Hardware => f.write_str("hardware"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for CacheTierEncryptionMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "none" => Ok(Self::None),
            "fscrypt" => Ok(Self::Fscrypt),
            "luks" => Ok(Self::Luks),
            "dm-crypt" => Ok(Self::DmCrypt),
            "hardware" => Ok(Self::Hardware),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierEncryptionMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierEncryptionMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Unique identifier of this cache tier: a URN of the form urn:srcos:agent-machine:cache-tier:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CacheTierId(::std::string::String);
impl ::std::ops::Deref for CacheTierId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CacheTierId> for ::std::string::String {
    fn from(value: CacheTierId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CacheTierId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:cache-tier:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:cache-tier:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CacheTierId {
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
///Kind discriminator of the document; always "CacheTier", so a document of another kind can never be taken for this one.
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
pub enum CacheTierKind {
    CacheTier,
}
impl ::std::fmt::Display for CacheTierKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CacheTier => f.write_str("CacheTier"),
        }
    }
}
impl ::std::str::FromStr for CacheTierKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "CacheTier" => Ok(Self::CacheTier),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Durability, retention, eviction and wipe rules for the tier's contents.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierLifecycle {
    ///How long contents are expected to survive: ephemeral, semi-durable or durable.
    pub durability: CacheTierLifecycleDurability,
    ///How contents are evicted: manually, least-recently-used, by TTL, by quota, as policy decides, or never (none).
    #[serde(rename = "evictionPolicy")]
    pub eviction_policy: CacheTierLifecycleEvictionPolicy,
    ///Whether snapshots of the tier's volumes are permitted.
    #[serde(
        rename = "snapshotAllowed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_allowed: ::std::option::Option<bool>,
    ///Maximum age of contents in seconds before they expire; null when no time limit applies.
    #[serde(
        rename = "ttlSeconds",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub ttl_seconds: ::std::option::Option<u64>,
    ///Whether wiping the tier must produce a wipe receipt.
    #[serde(rename = "wipeReceiptRequired")]
    pub wipe_receipt_required: bool,
}
///How long contents are expected to survive: ephemeral, semi-durable or durable.
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
pub enum CacheTierLifecycleDurability {
    #[serde(rename = "ephemeral")]
    Ephemeral,
    #[serde(rename = "semi-durable")]
    SemiDurable,
    #[serde(rename = "durable")]
    Durable,
}
impl ::std::fmt::Display for CacheTierLifecycleDurability {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ephemeral => f.write_str("ephemeral"),
            Self::SemiDurable => f.write_str("semi-durable"),
            Self::Durable => f.write_str("durable"),
        }
    }
}
impl ::std::str::FromStr for CacheTierLifecycleDurability {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ephemeral" => Ok(Self::Ephemeral),
            "semi-durable" => Ok(Self::SemiDurable),
            "durable" => Ok(Self::Durable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierLifecycleDurability {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierLifecycleDurability {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///How contents are evicted: manually, least-recently-used, by TTL, by quota, as policy decides, or never (none).
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
pub enum CacheTierLifecycleEvictionPolicy {
    #[serde(rename = "manual")]
    Manual,
    #[serde(rename = "lru")]
    Lru,
    #[serde(rename = "ttl")]
    Ttl,
    #[serde(rename = "quota")]
    Quota,
    #[serde(rename = "policy")]
    Policy,
    #[serde(rename = "none")]
    None,
}
impl ::std::fmt::Display for CacheTierLifecycleEvictionPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Manual => f.write_str("manual"),
            Self::Lru => f.write_str("lru"),
            Self::Ttl => f.write_str("ttl"),
            Self::Quota => f.write_str("quota"),
            Self::Policy => f.write_str("policy"),
            Self::None => f.write_str("none"),
        }
    }
}
impl ::std::str::FromStr for CacheTierLifecycleEvictionPolicy {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "manual" => Ok(Self::Manual),
            "lru" => Ok(Self::Lru),
            "ttl" => Ok(Self::Ttl),
            "quota" => Ok(Self::Quota),
            "policy" => Ok(Self::Policy),
            "none" => Ok(Self::None),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierLifecycleEvictionPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for CacheTierLifecycleEvictionPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///How the tier's volume is mounted into workloads.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierMount {
    ///Path at which the tier appears inside a container.
    #[serde(
        rename = "containerPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_path: ::std::option::Option<::std::string::String>,
    ///Filesystem type of the backing volume, e.g. xfs or ext4.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filesystem: ::std::option::Option<::std::string::String>,
    ///Absolute host path of the tier's directory, for local backends.
    #[serde(rename = "hostPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_path: ::std::option::Option<::std::string::String>,
    ///Access mode granted to workloads: read-only, read-write, or runtime-managed (the runtime chooses per mount).
    pub mode: CacheTierMountMode,
    ///Mount options applied to the volume, e.g. nodev and nosuid; each option at most once.
    #[serde(
        rename = "mountOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_options: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Name of the Kubernetes PersistentVolumeClaim backing the tier, for Kubernetes backends.
    #[serde(rename = "pvcName", skip_serializing_if = "::std::option::Option::is_none")]
    pub pvc_name: ::std::option::Option<::std::string::String>,
    ///Kubernetes StorageClass used to provision the tier's volumes.
    #[serde(
        rename = "storageClassName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class_name: ::std::option::Option<::std::string::String>,
}
///Access mode granted to workloads: read-only, read-write, or runtime-managed (the runtime chooses per mount).
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
pub enum CacheTierMountMode {
    #[serde(rename = "read-only")]
    ReadOnly,
    #[serde(rename = "read-write")]
    ReadWrite,
    #[serde(rename = "runtime-managed")]
    RuntimeManaged,
}
impl ::std::fmt::Display for CacheTierMountMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ReadOnly => f.write_str("read-only"),
            Self::ReadWrite => f.write_str("read-write"),
            Self::RuntimeManaged => f.write_str("runtime-managed"),
        }
    }
}
impl ::std::str::FromStr for CacheTierMountMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "read-only" => Ok(Self::ReadOnly),
            "read-write" => Ok(Self::ReadWrite),
            "runtime-managed" => Ok(Self::RuntimeManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierMountMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierMountMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`CacheTierPurposeItem`
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
pub enum CacheTierPurposeItem {
    #[serde(rename = "model-artifacts")]
    ModelArtifacts,
    #[serde(rename = "tokenizer-assets")]
    TokenizerAssets,
    #[serde(rename = "kv-cache")]
    KvCache,
    #[serde(rename = "prompt-prefix-cache")]
    PromptPrefixCache,
    #[serde(rename = "embedding-index")]
    EmbeddingIndex,
    #[serde(rename = "reranker-state")]
    RerankerState,
    #[serde(rename = "retrieval-pack")]
    RetrievalPack,
    #[serde(rename = "scratch-workspace")]
    ScratchWorkspace,
    #[serde(rename = "execution-evidence")]
    ExecutionEvidence,
    #[serde(rename = "user-artifact")]
    UserArtifact,
}
impl ::std::fmt::Display for CacheTierPurposeItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ModelArtifacts => f.write_str("model-artifacts"),
            Self::TokenizerAssets => f.write_str("tokenizer-assets"),
            Self::KvCache => f.write_str("kv-cache"),
            Self::PromptPrefixCache => f.write_str("prompt-prefix-cache"),
            Self::EmbeddingIndex => f.write_str("embedding-index"),
            Self::RerankerState => f.write_str("reranker-state"),
            Self::RetrievalPack => f.write_str("retrieval-pack"),
            Self::ScratchWorkspace => f.write_str("scratch-workspace"),
            Self::ExecutionEvidence => f.write_str("execution-evidence"),
            Self::UserArtifact => f.write_str("user-artifact"),
        }
    }
}
impl ::std::str::FromStr for CacheTierPurposeItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "model-artifacts" => Ok(Self::ModelArtifacts),
            "tokenizer-assets" => Ok(Self::TokenizerAssets),
            "kv-cache" => Ok(Self::KvCache),
            "prompt-prefix-cache" => Ok(Self::PromptPrefixCache),
            "embedding-index" => Ok(Self::EmbeddingIndex),
            "reranker-state" => Ok(Self::RerankerState),
            "retrieval-pack" => Ok(Self::RetrievalPack),
            "scratch-workspace" => Ok(Self::ScratchWorkspace),
            "execution-evidence" => Ok(Self::ExecutionEvidence),
            "user-artifact" => Ok(Self::UserArtifact),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierPurposeItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierPurposeItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Size and inode limits for the tier.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierQuota {
    ///Maximum number of inodes (files and directories) in the tier; null when no limit is set.
    #[serde(
        rename = "maxInodes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub max_inodes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Space reserved for the tier in bytes; null when nothing is reserved.
    #[serde(
        rename = "reservedBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub reserved_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Maximum size of the tier in bytes; null when no limit is set.
    #[serde(
        rename = "sizeBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub size_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
}
///What StorageReceipts for volumes of this tier must record.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierReceipt {
    ///Whether receipts record the observed free space.
    #[serde(
        rename = "includeFreeBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_free_bytes: ::std::option::Option<bool>,
    ///Always false when present (const): a receipt for this tier never includes the data stored in it.
    #[serde(
        rename = "includeRawContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_raw_content: ::std::option::Option<
        ::agent_machine::contracts::wire::ConstFalse,
    >,
    ///Whether receipts record snapshot identifiers and lineage.
    #[serde(
        rename = "includeSnapshotLineage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_snapshot_lineage: ::std::option::Option<bool>,
    ///Whether a StorageReceipt is required for volumes of this tier.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<bool>,
}
///Highest sensitivity class of the data the tier may hold.
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
pub enum CacheTierSensitivity {
    #[serde(rename = "public")]
    Public,
    #[serde(rename = "internal")]
    Internal,
    #[serde(rename = "sensitive")]
    Sensitive,
    #[serde(rename = "secret")]
    Secret,
    #[serde(rename = "mixed")]
    Mixed,
}
impl ::std::fmt::Display for CacheTierSensitivity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Public => f.write_str("public"),
            Self::Internal => f.write_str("internal"),
            Self::Sensitive => f.write_str("sensitive"),
            Self::Secret => f.write_str("secret"),
            Self::Mixed => f.write_str("mixed"),
        }
    }
}
impl ::std::str::FromStr for CacheTierSensitivity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "public" => Ok(Self::Public),
            "internal" => Ok(Self::Internal),
            "sensitive" => Ok(Self::Sensitive),
            "secret" => Ok(Self::Secret),
            "mixed" => Ok(Self::Mixed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierSensitivity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierSensitivity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this cache tier conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum CacheTierSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for CacheTierSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for CacheTierSpecVersion {
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
impl ::std::convert::TryFrom<&str> for CacheTierSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Role or temperature of the tier: hot, warm, cold, scratch, evidence, artifact or model.
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
pub enum CacheTierTier {
    #[serde(rename = "hot")]
    Hot,
    #[serde(rename = "warm")]
    Warm,
    #[serde(rename = "cold")]
    Cold,
    #[serde(rename = "scratch")]
    Scratch,
    #[serde(rename = "evidence")]
    Evidence,
    #[serde(rename = "artifact")]
    Artifact,
    #[serde(rename = "model")]
    Model,
}
impl ::std::fmt::Display for CacheTierTier {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Hot => f.write_str("hot"),
            Self::Warm => f.write_str("warm"),
            Self::Cold => f.write_str("cold"),
            Self::Scratch => f.write_str("scratch"),
            Self::Evidence => f.write_str("evidence"),
            Self::Artifact => f.write_str("artifact"),
            Self::Model => f.write_str("model"),
        }
    }
}
impl ::std::str::FromStr for CacheTierTier {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "hot" => Ok(Self::Hot),
            "warm" => Ok(Self::Warm),
            "cold" => Ok(Self::Cold),
            "scratch" => Ok(Self::Scratch),
            "evidence" => Ok(Self::Evidence),
            "artifact" => Ok(Self::Artifact),
            "model" => Ok(Self::Model),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierTier {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierTier {
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
    pub surface: DeploymentReceiptTargetSurface,
}
///Artifact surface: quadlet-container, local-runtime-plan, kubernetes-yaml, agentpod-crd, or unknown.
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
pub enum DeploymentReceiptTargetSurface {
    #[serde(rename = "quadlet-container")]
    QuadletContainer,
    #[serde(rename = "local-runtime-plan")]
    LocalRuntimePlan,
    #[serde(rename = "kubernetes-yaml")]
    KubernetesYaml,
    #[serde(rename = "agentpod-crd")]
    AgentpodCrd,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for DeploymentReceiptTargetSurface {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::QuadletContainer => f.write_str("quadlet-container"),
            Self::LocalRuntimePlan => f.write_str("local-runtime-plan"),
            Self::KubernetesYaml => f.write_str("kubernetes-yaml"),
            Self::AgentpodCrd => f.write_str("agentpod-crd"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for DeploymentReceiptTargetSurface {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "quadlet-container" => Ok(Self::QuadletContainer),
            "local-runtime-plan" => Ok(Self::LocalRuntimePlan),
            "kubernetes-yaml" => Ok(Self::KubernetesYaml),
            "agentpod-crd" => Ok(Self::AgentpodCrd),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for DeploymentReceiptTargetSurface {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeploymentReceiptTargetSurface {
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

/// Types generated from `contracts/external-trust-signal-provider.schema.json` (`urn:srcos:agent-machine:schema:external-trust-signal-provider:v0.1.0`).
pub mod external_trust_signal_provider {
///One trust signal returned by the provider; non-authoritative verifier input only.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExternalTrustSignal {
    ///Always non-authoritative-verifier-input: the signal informs verification but never authorizes anything by itself.
    pub authority: ExternalTrustSignalAuthority,
    ///Why the signal is not usable; null when it is.
    #[serde(
        rename = "failureReason",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub failure_reason: ::std::option::Option<::std::string::String>,
    ///Age of the signal compared with the maximum allowed age.
    pub freshness: Freshness,
    ///Free-text notes about the signal.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<
        ::agent_machine::contracts::wire::List<::std::string::String>,
    >,
    ///Reference (URN) to the provider that issued the signal.
    #[serde(rename = "providerRef")]
    pub provider_ref: ::std::string::String,
    ///Digest of the signal record; null when none.
    #[serde(rename = "signalDigest")]
    pub signal_digest: Sha256Digest,
    ///Reference to the signal record.
    #[serde(rename = "signalRef")]
    pub signal_ref: ::std::string::String,
    ///Kind of signal.
    #[serde(rename = "signalType")]
    pub signal_type: SignalType,
    ///Signature requirement and observation for the signal.
    pub signature: Signature,
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the signal was verified.
    #[serde(rename = "verifiedAt")]
    pub verified_at: ::std::string::String,
}
///Always non-authoritative-verifier-input: the signal informs verification but never authorizes anything by itself.
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
pub enum ExternalTrustSignalAuthority {
    #[serde(rename = "non-authoritative-verifier-input")]
    NonAuthoritativeVerifierInput,
}
impl ::std::fmt::Display for ExternalTrustSignalAuthority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NonAuthoritativeVerifierInput => {
                f.write_str("non-authoritative-verifier-input")
            }
        }
    }
}
impl ::std::str::FromStr for ExternalTrustSignalAuthority {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "non-authoritative-verifier-input" => Ok(Self::NonAuthoritativeVerifierInput),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalAuthority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExternalTrustSignalAuthority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Request to and response from an external trust-signal provider about an agent identity (identity, certification tier, reputation, counterparty or registry-lookup signals). The signals are non-authoritative verifier input for Agent Registry grant resolution and can never authorize anything by themselves.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExternalTrustSignalProvider {
    ///Unique identifier of this trust-signal exchange: a URN of the form urn:srcos:agent-machine:external-trust-signal-provider:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: ExternalTrustSignalProviderId,
    ///Kind discriminator of the document; always "ExternalTrustSignalProvider", so a document of another kind can never be taken for this one.
    pub kind: ExternalTrustSignalProviderKind,
    ///Optional string-to-string metadata labels on the trust-signal exchange (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the response was observed.
    #[serde(rename = "observedAt")]
    pub observed_at: ::std::string::String,
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ExternalTrustSignalProviderReceiptSafety,
    pub request: ExternalTrustSignalProviderRequest,
    pub response: ExternalTrustSignalProviderResponse,
    ///Version of the contract this trust-signal exchange conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: ExternalTrustSignalProviderSpecVersion,
}
///Unique identifier of this trust-signal exchange: a URN of the form urn:srcos:agent-machine:external-trust-signal-provider:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ExternalTrustSignalProviderId(::std::string::String);
impl ::std::ops::Deref for ExternalTrustSignalProviderId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ExternalTrustSignalProviderId> for ::std::string::String {
    fn from(value: ExternalTrustSignalProviderId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ExternalTrustSignalProviderId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:external-trust-signal-provider:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:external-trust-signal-provider:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExternalTrustSignalProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ExternalTrustSignalProviderId {
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
///Kind discriminator of the document; always "ExternalTrustSignalProvider", so a document of another kind can never be taken for this one.
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
pub enum ExternalTrustSignalProviderKind {
    ExternalTrustSignalProvider,
}
impl ::std::fmt::Display for ExternalTrustSignalProviderKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ExternalTrustSignalProvider => {
                f.write_str("ExternalTrustSignalProvider")
            }
        }
    }
}
impl ::std::str::FromStr for ExternalTrustSignalProviderKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ExternalTrustSignalProvider" => Ok(Self::ExternalTrustSignalProvider),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalProviderKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExternalTrustSignalProviderKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Safety attestation of the trust-signal exchange: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExternalTrustSignalProviderReceiptSafety {
    ///Always false (const): the trust-signal exchange never carries API keys.
    #[serde(rename = "apiKeysIncluded")]
    pub api_keys_included: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never includes raw content of any kind (prompts, model inputs or outputs, cache or file contents); it carries only references and digests.
    #[serde(rename = "includeRawContent")]
    pub include_raw_content: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never carries the contents of an agent's private memory.
    #[serde(rename = "privateMemoryIncluded")]
    pub private_memory_included: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never carries raw credentials such as passwords, bearer tokens or session cookies.
    #[serde(rename = "rawCredentialsIncluded")]
    pub raw_credentials_included: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never carries raw KV-cache content (cached attention keys and values or prompt-prefix cache entries).
    #[serde(rename = "rawKvCacheContentIncluded")]
    pub raw_kv_cache_content_included: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never carries raw prompt content.
    #[serde(rename = "rawPromptContentIncluded")]
    pub raw_prompt_content_included: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never carries raw user data, only references and digests.
    #[serde(rename = "rawUserDataIncluded")]
    pub raw_user_data_included: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never carries secret values such as passwords, tokens or private keys, only references to where secrets are held.
    #[serde(rename = "secretValuesIncluded")]
    pub secret_values_included: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): the trust-signal exchange never carries wallet private keys.
    #[serde(rename = "walletPrivateKeysIncluded")]
    pub wallet_private_keys_included: ::agent_machine::contracts::wire::ConstFalse,
}
///The request sent to the external trust-signal provider.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExternalTrustSignalProviderRequest {
    ///Id of the AgentPod on whose behalf the signals are requested.
    #[serde(rename = "agentPodId")]
    pub agent_pod_id: ExternalTrustSignalProviderRequestAgentPodId,
    ///Reference (URN) to the external provider queried.
    #[serde(rename = "providerRef")]
    pub provider_ref: ::std::string::String,
    ///Identifier of the request.
    #[serde(rename = "requestId")]
    pub request_id: ::std::string::String,
    ///Reference (URN) to the agent identity the signals are about.
    #[serde(rename = "requestedAgentIdentityRef")]
    pub requested_agent_identity_ref: ::std::string::String,
    ///RFC 3339 timestamp until which the signals are needed; null when none.
    #[serde(
        rename = "requestedExpiresAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub requested_expires_at: ::std::option::Option<::std::string::String>,
    ///Kinds of signal requested; at least one, each at most once.
    #[serde(rename = "requestedSignalTypes")]
    pub requested_signal_types: ::agent_machine::contracts::wire::NonEmptyUniqueList<
        SignalType,
    >,
    ///Reference (URN) to the session in which the request is made.
    #[serde(rename = "sessionRef")]
    pub session_ref: ::std::string::String,
    ///Whether returned signals must be signed.
    #[serde(rename = "signatureRequired")]
    pub signature_required: bool,
    ///Reference (URN) to the topic concerned; null when none.
    #[serde(
        rename = "topicRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub topic_ref: ::std::option::Option<::std::string::String>,
    ///Maximum acceptable age of a signal, in seconds.
    #[serde(rename = "verificationFreshnessSeconds")]
    pub verification_freshness_seconds: u64,
    ///Reference (URN) to the workroom concerned; null when none.
    #[serde(
        rename = "workroomRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub workroom_ref: ::std::option::Option<::std::string::String>,
}
///Id of the AgentPod on whose behalf the signals are requested.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ExternalTrustSignalProviderRequestAgentPodId(::std::string::String);
impl ::std::ops::Deref for ExternalTrustSignalProviderRequestAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ExternalTrustSignalProviderRequestAgentPodId>
for ::std::string::String {
    fn from(value: ExternalTrustSignalProviderRequestAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ExternalTrustSignalProviderRequestAgentPodId {
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
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalProviderRequestAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ExternalTrustSignalProviderRequestAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ExternalTrustSignalProviderRequestAgentPodId {
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
///The provider's answer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExternalTrustSignalProviderResponse {
    ///Always non-authoritative-verifier-input: the response informs verification but never authorizes anything by itself.
    pub authority: ExternalTrustSignalProviderResponseAuthority,
    ///Why the response is not usable; null when it is.
    #[serde(
        rename = "failureReason",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub failure_reason: ::std::option::Option<::std::string::String>,
    ///Age of the response compared with the maximum allowed age.
    pub freshness: Freshness,
    ///Reference (URN) to the provider that answered.
    #[serde(rename = "providerRef")]
    pub provider_ref: ::std::string::String,
    ///Signals returned by the provider.
    pub signals: ::agent_machine::contracts::wire::List<ExternalTrustSignal>,
    ///Outcome: available, unavailable, stale, malformed, unsigned, denied, or error.
    pub status: ExternalTrustSignalProviderResponseStatus,
    ///Whether the response may be taken into account, as non-authoritative input, when the Agent Registry resolves a grant.
    #[serde(rename = "usableForGrantResolution")]
    pub usable_for_grant_resolution: bool,
    ///RFC 3339 timestamp at which the response was verified; null when not verified.
    #[serde(
        rename = "verifiedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub verified_at: ::std::option::Option<::std::string::String>,
}
///Always non-authoritative-verifier-input: the response informs verification but never authorizes anything by itself.
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
pub enum ExternalTrustSignalProviderResponseAuthority {
    #[serde(rename = "non-authoritative-verifier-input")]
    NonAuthoritativeVerifierInput,
}
impl ::std::fmt::Display for ExternalTrustSignalProviderResponseAuthority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NonAuthoritativeVerifierInput => {
                f.write_str("non-authoritative-verifier-input")
            }
        }
    }
}
impl ::std::str::FromStr for ExternalTrustSignalProviderResponseAuthority {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "non-authoritative-verifier-input" => Ok(Self::NonAuthoritativeVerifierInput),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalProviderResponseAuthority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ExternalTrustSignalProviderResponseAuthority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Outcome: available, unavailable, stale, malformed, unsigned, denied, or error.
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
pub enum ExternalTrustSignalProviderResponseStatus {
    #[serde(rename = "available")]
    Available,
    #[serde(rename = "unavailable")]
    Unavailable,
    #[serde(rename = "stale")]
    Stale,
    #[serde(rename = "malformed")]
    Malformed,
    #[serde(rename = "unsigned")]
    Unsigned,
    #[serde(rename = "denied")]
    Denied,
    #[serde(rename = "error")]
    Error,
}
impl ::std::fmt::Display for ExternalTrustSignalProviderResponseStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Available => f.write_str("available"),
            Self::Unavailable => f.write_str("unavailable"),
            Self::Stale => f.write_str("stale"),
            Self::Malformed => f.write_str("malformed"),
            Self::Unsigned => f.write_str("unsigned"),
            Self::Denied => f.write_str("denied"),
            Self::Error => f.write_str("error"),
        }
    }
}
impl ::std::str::FromStr for ExternalTrustSignalProviderResponseStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "available" => Ok(Self::Available),
            "unavailable" => Ok(Self::Unavailable),
            "stale" => Ok(Self::Stale),
            "malformed" => Ok(Self::Malformed),
            "unsigned" => Ok(Self::Unsigned),
            "denied" => Ok(Self::Denied),
            "error" => Ok(Self::Error),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalProviderResponseStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ExternalTrustSignalProviderResponseStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this trust-signal exchange conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum ExternalTrustSignalProviderSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for ExternalTrustSignalProviderSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for ExternalTrustSignalProviderSpecVersion {
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
impl ::std::convert::TryFrom<&str> for ExternalTrustSignalProviderSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ExternalTrustSignalProviderSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Age of a signal or response compared with the maximum age allowed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Freshness {
    ///Whether the observed age is within the maximum allowed age.
    pub fresh: bool,
    ///Maximum allowed age, in seconds.
    #[serde(rename = "maxAgeSeconds")]
    pub max_age_seconds: u64,
    ///Observed age, in seconds.
    #[serde(rename = "observedAgeSeconds")]
    pub observed_age_seconds: u64,
}
///A SHA-256 digest written as sha256: followed by 64 lowercase hex characters, or null when absent.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Sha256Digest(pub ::std::option::Option<Sha256DigestInner>);
impl ::std::ops::Deref for Sha256Digest {
    type Target = ::std::option::Option<Sha256DigestInner>;
    fn deref(&self) -> &::std::option::Option<Sha256DigestInner> {
        &self.0
    }
}
impl ::std::convert::From<Sha256Digest> for ::std::option::Option<Sha256DigestInner> {
    fn from(value: Sha256Digest) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<Sha256DigestInner>> for Sha256Digest {
    fn from(value: ::std::option::Option<Sha256DigestInner>) -> Self {
        Self(value)
    }
}
///A SHA-256 digest written as sha256: followed by 64 lowercase hex characters, or null when absent.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct Sha256DigestInner(::std::string::String);
impl ::std::ops::Deref for Sha256DigestInner {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Sha256DigestInner> for ::std::string::String {
    fn from(value: Sha256DigestInner) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Sha256DigestInner {
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
impl ::std::convert::TryFrom<&str> for Sha256DigestInner {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Sha256DigestInner {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Sha256DigestInner {
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
///Kind of trust signal: agent identity, certification tier, reputation score, counterparty check, registry lookup, or other.
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
pub enum SignalType {
    #[serde(rename = "agent-identity")]
    AgentIdentity,
    #[serde(rename = "cert-tier")]
    CertTier,
    #[serde(rename = "reputation-score")]
    ReputationScore,
    #[serde(rename = "counterparty-check")]
    CounterpartyCheck,
    #[serde(rename = "registry-lookup")]
    RegistryLookup,
    #[serde(rename = "other")]
    Other,
}
impl ::std::fmt::Display for SignalType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentIdentity => f.write_str("agent-identity"),
            Self::CertTier => f.write_str("cert-tier"),
            Self::ReputationScore => f.write_str("reputation-score"),
            Self::CounterpartyCheck => f.write_str("counterparty-check"),
            Self::RegistryLookup => f.write_str("registry-lookup"),
            Self::Other => f.write_str("other"),
        }
    }
}
impl ::std::str::FromStr for SignalType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "agent-identity" => Ok(Self::AgentIdentity),
            "cert-tier" => Ok(Self::CertTier),
            "reputation-score" => Ok(Self::ReputationScore),
            "counterparty-check" => Ok(Self::CounterpartyCheck),
            "registry-lookup" => Ok(Self::RegistryLookup),
            "other" => Ok(Self::Other),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SignalType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SignalType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Signature requirement for a signal and what was observed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    ///Whether a signature was observed on the signal.
    pub observed: bool,
    ///Whether the signal must be signed.
    pub required: bool,
    ///Reference to the signature; null when none.
    #[serde(
        rename = "signatureRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub signature_ref: ::std::option::Option<::std::string::String>,
    ///Reference to the signer's identity; null when unsigned.
    #[serde(
        rename = "signerRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub signer_ref: ::std::option::Option<::std::string::String>,
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

/// Types generated from `contracts/inference-provider.schema.json` (`urn:srcos:agent-machine:schema:inference-provider:v0.1.0`).
pub mod inference_provider {
///Describes a model-serving runtime available to agent workloads (for example llama.cpp or vLLM): its type, status, supported profiles, API surfaces, how it runs, where its models are stored, its capabilities, and the policy that gates its use. A provider discovered by a probe has status probe-only; describing a provider never activates it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProvider {
    ///APIs the provider exposes (OpenAI-compatible chat, completions, embeddings or rerank, Anthropic messages, MCP tools, vision-language, OCR, native CLI or HTTP); at least one, each at most once.
    #[serde(rename = "apiSurfaces")]
    pub api_surfaces: ::agent_machine::contracts::wire::NonEmptyUniqueList<
        InferenceProviderApiSurfacesItem,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub capabilities: ::std::option::Option<InferenceProviderCapabilities>,
    ///Unique identifier of this inference provider: a URN of the form urn:srcos:agent-machine:inference-provider:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: InferenceProviderId,
    ///Kind discriminator of the document; always "InferenceProvider", so a document of another kind can never be taken for this one.
    pub kind: InferenceProviderKind,
    ///Optional string-to-string metadata labels on the inference provider (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    #[serde(rename = "modelStore")]
    pub model_store: InferenceProviderModelStore,
    pub policy: InferenceProviderPolicy,
    ///SourceOS machine profiles on which the provider is supported; each profile at most once.
    #[serde(
        rename = "profileSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub profile_support: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<
            ::agent_machine::contracts::wire::Profile,
        >,
    >,
    ///Inference engine or API family of the provider, e.g. llama.cpp, vllm, an OpenAI- or Anthropic-compatible local server, or a governed remote endpoint.
    #[serde(rename = "providerType")]
    pub provider_type: InferenceProviderProviderType,
    pub runtime: InferenceProviderRuntime,
    ///Version of the contract this inference provider conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: InferenceProviderSpecVersion,
    ///Availability of the provider: enabled, disabled, probe-only (discovered by a probe and never started by it), or unavailable.
    pub status: InferenceProviderStatus,
}
///`InferenceProviderApiSurfacesItem`
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
pub enum InferenceProviderApiSurfacesItem {
    #[serde(rename = "openai-chat-completions")]
    OpenaiChatCompletions,
    #[serde(rename = "openai-completions")]
    OpenaiCompletions,
    #[serde(rename = "openai-embeddings")]
    OpenaiEmbeddings,
    #[serde(rename = "openai-rerank")]
    OpenaiRerank,
    #[serde(rename = "anthropic-messages")]
    AnthropicMessages,
    #[serde(rename = "mcp-tools")]
    McpTools,
    #[serde(rename = "vlm")]
    Vlm,
    #[serde(rename = "ocr")]
    Ocr,
    #[serde(rename = "native-cli")]
    NativeCli,
    #[serde(rename = "native-http")]
    NativeHttp,
}
impl ::std::fmt::Display for InferenceProviderApiSurfacesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::OpenaiChatCompletions => f.write_str("openai-chat-completions"),
            Self::OpenaiCompletions => f.write_str("openai-completions"),
            Self::OpenaiEmbeddings => f.write_str("openai-embeddings"),
            Self::OpenaiRerank => f.write_str("openai-rerank"),
            Self::AnthropicMessages => f.write_str("anthropic-messages"),
            Self::McpTools => f.write_str("mcp-tools"),
            Self::Vlm => f.write_str("vlm"),
            Self::Ocr => f.write_str("ocr"),
            Self::NativeCli => f.write_str("native-cli"),
            Self::NativeHttp => f.write_str("native-http"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderApiSurfacesItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "openai-chat-completions" => Ok(Self::OpenaiChatCompletions),
            "openai-completions" => Ok(Self::OpenaiCompletions),
            "openai-embeddings" => Ok(Self::OpenaiEmbeddings),
            "openai-rerank" => Ok(Self::OpenaiRerank),
            "anthropic-messages" => Ok(Self::AnthropicMessages),
            "mcp-tools" => Ok(Self::McpTools),
            "vlm" => Ok(Self::Vlm),
            "ocr" => Ok(Self::Ocr),
            "native-cli" => Ok(Self::NativeCli),
            "native-http" => Ok(Self::NativeHttp),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderApiSurfacesItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for InferenceProviderApiSurfacesItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Features the provider supports; an absent flag means the feature is not declared.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderCapabilities {
    ///Whether the provider batches concurrent requests continuously.
    #[serde(
        rename = "continuousBatching",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub continuous_batching: ::std::option::Option<bool>,
    ///Whether the provider produces embedding vectors.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub embeddings: ::std::option::Option<bool>,
    ///Whether the provider keeps an attention key/value cache.
    #[serde(rename = "kvCache", skip_serializing_if = "::std::option::Option::is_none")]
    pub kv_cache: ::std::option::Option<bool>,
    ///Whether the provider extracts text from images.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ocr: ::std::option::Option<bool>,
    ///Whether the provider reuses cached prompt prefixes across requests.
    #[serde(
        rename = "prefixCache",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_cache: ::std::option::Option<bool>,
    ///Whether the provider reranks candidate documents against a query.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reranking: ::std::option::Option<bool>,
    ///Whether the provider generates text completions or chat responses.
    #[serde(
        rename = "textGeneration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text_generation: ::std::option::Option<bool>,
    ///Whether the provider supports structured tool (function) calling.
    #[serde(
        rename = "toolCalling",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_calling: ::std::option::Option<bool>,
    ///Whether the provider accepts image input.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vision: ::std::option::Option<bool>,
}
///Unique identifier of this inference provider: a URN of the form urn:srcos:agent-machine:inference-provider:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct InferenceProviderId(::std::string::String);
impl ::std::ops::Deref for InferenceProviderId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<InferenceProviderId> for ::std::string::String {
    fn from(value: InferenceProviderId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for InferenceProviderId {
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
impl ::std::convert::TryFrom<&str> for InferenceProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for InferenceProviderId {
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
///Kind discriminator of the document; always "InferenceProvider", so a document of another kind can never be taken for this one.
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
pub enum InferenceProviderKind {
    InferenceProvider,
}
impl ::std::fmt::Display for InferenceProviderKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::InferenceProvider => f.write_str("InferenceProvider"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "InferenceProvider" => Ok(Self::InferenceProvider),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Where the provider's model files are stored and how they are identified.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderModelStore {
    ///Id of the CacheTier that holds the models (a urn:srcos:agent-machine:cache-tier: URN).
    #[serde(
        rename = "cacheTierId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_tier_id: ::std::option::Option<::std::string::String>,
    ///Format of the model files: GGUF, safetensors, MLX, ONNX, mixed, or unknown.
    pub format: InferenceProviderModelStoreFormat,
    ///Absolute path of the directory that holds the provider's models.
    pub path: ::std::string::String,
    ///Whether every model must be identified by a content digest before it is used; true when absent.
    #[serde(
        rename = "requiresDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub requires_digest: ::std::option::Option<bool>,
}
///Format of the model files: GGUF, safetensors, MLX, ONNX, mixed, or unknown.
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
pub enum InferenceProviderModelStoreFormat {
    #[serde(rename = "gguf")]
    Gguf,
    #[serde(rename = "safetensors")]
    Safetensors,
    #[serde(rename = "mlx")]
    Mlx,
    #[serde(rename = "onnx")]
    Onnx,
    #[serde(rename = "mixed")]
    Mixed,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for InferenceProviderModelStoreFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Gguf => f.write_str("gguf"),
            Self::Safetensors => f.write_str("safetensors"),
            Self::Mlx => f.write_str("mlx"),
            Self::Onnx => f.write_str("onnx"),
            Self::Mixed => f.write_str("mixed"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderModelStoreFormat {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "gguf" => Ok(Self::Gguf),
            "safetensors" => Ok(Self::Safetensors),
            "mlx" => Ok(Self::Mlx),
            "onnx" => Ok(Self::Onnx),
            "mixed" => Ok(Self::Mixed),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderModelStoreFormat {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for InferenceProviderModelStoreFormat {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Governance requirements for using the provider.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderPolicy {
    ///Whether using the provider requires an Agent Registry grant.
    #[serde(rename = "agentRegistryRequired")]
    pub agent_registry_required: bool,
    ///Always false (const): secret values may never appear in provider configuration; only references to secrets held elsewhere are allowed.
    #[serde(rename = "allowSecretInConfig")]
    pub allow_secret_in_config: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether reusing the provider's caches (KV or prompt-prefix cache) across sessions requires an explicit policy decision.
    #[serde(
        rename = "cacheReuseRequiresPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_reuse_requires_policy: ::std::option::Option<bool>,
    ///Whether using the provider requires a Policy Fabric admission.
    #[serde(rename = "policyFabricRequired")]
    pub policy_fabric_required: bool,
    ///Whether deploying the provider must produce receipts.
    #[serde(rename = "receiptRequired")]
    pub receipt_required: bool,
    ///Whether tool calls made through the provider require an Agent Registry grant.
    #[serde(
        rename = "toolUseRequiresGrant",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_use_requires_grant: ::std::option::Option<bool>,
}
///Inference engine or API family of the provider, e.g. llama.cpp, vllm, an OpenAI- or Anthropic-compatible local server, or a governed remote endpoint.
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
pub enum InferenceProviderProviderType {
    #[serde(rename = "llama.cpp")]
    LlamaCpp,
    #[serde(rename = "vllm")]
    Vllm,
    #[serde(rename = "sglang")]
    Sglang,
    #[serde(rename = "omlx")]
    Omlx,
    #[serde(rename = "mlx-lm")]
    MlxLm,
    #[serde(rename = "ollama-compatible")]
    OllamaCompatible,
    #[serde(rename = "openai-compatible-local")]
    OpenaiCompatibleLocal,
    #[serde(rename = "anthropic-compatible-local")]
    AnthropicCompatibleLocal,
    #[serde(rename = "remote-governed")]
    RemoteGoverned,
}
impl ::std::fmt::Display for InferenceProviderProviderType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LlamaCpp => f.write_str("llama.cpp"),
            Self::Vllm => f.write_str("vllm"),
            Self::Sglang => f.write_str("sglang"),
            Self::Omlx => f.write_str("omlx"),
            Self::MlxLm => f.write_str("mlx-lm"),
            Self::OllamaCompatible => f.write_str("ollama-compatible"),
            Self::OpenaiCompatibleLocal => f.write_str("openai-compatible-local"),
            Self::AnthropicCompatibleLocal => f.write_str("anthropic-compatible-local"),
            Self::RemoteGoverned => f.write_str("remote-governed"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderProviderType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "llama.cpp" => Ok(Self::LlamaCpp),
            "vllm" => Ok(Self::Vllm),
            "sglang" => Ok(Self::Sglang),
            "omlx" => Ok(Self::Omlx),
            "mlx-lm" => Ok(Self::MlxLm),
            "ollama-compatible" => Ok(Self::OllamaCompatible),
            "openai-compatible-local" => Ok(Self::OpenaiCompatibleLocal),
            "anthropic-compatible-local" => Ok(Self::AnthropicCompatibleLocal),
            "remote-governed" => Ok(Self::RemoteGoverned),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderProviderType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderProviderType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///How the provider process is run.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderRuntime {
    ///Compute backend the provider uses: the CPU or a GPU compute API (Vulkan, CUDA, ROCm, Metal, MLX), or unknown.
    pub acceleration: InferenceProviderRuntimeAcceleration,
    ///Command or binary that starts the provider, e.g. llama-server.
    #[serde(rename = "commandRef")]
    pub command_ref: ::std::string::String,
    ///Base URL at which the provider serves requests, e.g. http://127.0.0.1:8080; it must not embed credentials.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
    ///HTTP path of the provider's health check, relative to the endpoint, e.g. /health.
    #[serde(
        rename = "healthPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_path: ::std::option::Option<::std::string::String>,
    ///Execution mode: a local process, a systemd unit, a Podman or Podman Quadlet container, Docker, Kubernetes, or a remote endpoint.
    pub mode: InferenceProviderRuntimeMode,
    ///Version of the provider software, or a marker such as probe-required when it has not been observed yet.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}
///Compute backend the provider uses: the CPU or a GPU compute API (Vulkan, CUDA, ROCm, Metal, MLX), or unknown.
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
pub enum InferenceProviderRuntimeAcceleration {
    #[serde(rename = "cpu")]
    Cpu,
    #[serde(rename = "vulkan")]
    Vulkan,
    #[serde(rename = "cuda")]
    Cuda,
    #[serde(rename = "rocm")]
    Rocm,
    #[serde(rename = "metal")]
    Metal,
    #[serde(rename = "mlx")]
    Mlx,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for InferenceProviderRuntimeAcceleration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Cpu => f.write_str("cpu"),
            Self::Vulkan => f.write_str("vulkan"),
            Self::Cuda => f.write_str("cuda"),
            Self::Rocm => f.write_str("rocm"),
            Self::Metal => f.write_str("metal"),
            Self::Mlx => f.write_str("mlx"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderRuntimeAcceleration {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "cpu" => Ok(Self::Cpu),
            "vulkan" => Ok(Self::Vulkan),
            "cuda" => Ok(Self::Cuda),
            "rocm" => Ok(Self::Rocm),
            "metal" => Ok(Self::Metal),
            "mlx" => Ok(Self::Mlx),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderRuntimeAcceleration {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for InferenceProviderRuntimeAcceleration {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Execution mode: a local process, a systemd unit, a Podman or Podman Quadlet container, Docker, Kubernetes, or a remote endpoint.
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
pub enum InferenceProviderRuntimeMode {
    #[serde(rename = "local-process")]
    LocalProcess,
    #[serde(rename = "systemd")]
    Systemd,
    #[serde(rename = "podman")]
    Podman,
    #[serde(rename = "podman-quadlet")]
    PodmanQuadlet,
    #[serde(rename = "docker")]
    Docker,
    #[serde(rename = "kubernetes")]
    Kubernetes,
    #[serde(rename = "remote-endpoint")]
    RemoteEndpoint,
}
impl ::std::fmt::Display for InferenceProviderRuntimeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LocalProcess => f.write_str("local-process"),
            Self::Systemd => f.write_str("systemd"),
            Self::Podman => f.write_str("podman"),
            Self::PodmanQuadlet => f.write_str("podman-quadlet"),
            Self::Docker => f.write_str("docker"),
            Self::Kubernetes => f.write_str("kubernetes"),
            Self::RemoteEndpoint => f.write_str("remote-endpoint"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderRuntimeMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "local-process" => Ok(Self::LocalProcess),
            "systemd" => Ok(Self::Systemd),
            "podman" => Ok(Self::Podman),
            "podman-quadlet" => Ok(Self::PodmanQuadlet),
            "docker" => Ok(Self::Docker),
            "kubernetes" => Ok(Self::Kubernetes),
            "remote-endpoint" => Ok(Self::RemoteEndpoint),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this inference provider conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum InferenceProviderSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for InferenceProviderSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderSpecVersion {
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
impl ::std::convert::TryFrom<&str> for InferenceProviderSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Availability of the provider: enabled, disabled, probe-only (discovered by a probe and never started by it), or unavailable.
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
pub enum InferenceProviderStatus {
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "probe-only")]
    ProbeOnly,
    #[serde(rename = "unavailable")]
    Unavailable,
}
impl ::std::fmt::Display for InferenceProviderStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Enabled => f.write_str("enabled"),
            Self::Disabled => f.write_str("disabled"),
            Self::ProbeOnly => f.write_str("probe-only"),
            Self::Unavailable => f.write_str("unavailable"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "enabled" => Ok(Self::Enabled),
            "disabled" => Ok(Self::Disabled),
            "probe-only" => Ok(Self::ProbeOnly),
            "unavailable" => Ok(Self::Unavailable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderStatus {
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
    pub status: PolicyAdmissionDecisionStatus,
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
///Decision status: missing (no decision available, which fails closed), allowed, denied, not-required, or unknown.
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
pub enum PolicyAdmissionDecisionStatus {
    #[serde(rename = "missing")]
    Missing,
    #[serde(rename = "allowed")]
    Allowed,
    #[serde(rename = "denied")]
    Denied,
    #[serde(rename = "not-required")]
    NotRequired,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for PolicyAdmissionDecisionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Missing => f.write_str("missing"),
            Self::Allowed => f.write_str("allowed"),
            Self::Denied => f.write_str("denied"),
            Self::NotRequired => f.write_str("not-required"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for PolicyAdmissionDecisionStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "missing" => Ok(Self::Missing),
            "allowed" => Ok(Self::Allowed),
            "denied" => Ok(Self::Denied),
            "not-required" => Ok(Self::NotRequired),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PolicyAdmissionDecisionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PolicyAdmissionDecisionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
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
        PolicyAdmissionObligationsRequiredReceiptsItem,
    >,
    ///Reference through which the admission can be revoked; null when none.
    #[serde(
        rename = "revocationRef",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub revocation_ref: ::std::option::Option<::std::string::String>,
}
///`PolicyAdmissionObligationsRequiredReceiptsItem`
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
pub enum PolicyAdmissionObligationsRequiredReceiptsItem {
    #[serde(rename = "deployment")]
    Deployment,
    #[serde(rename = "storage")]
    Storage,
    #[serde(rename = "runtime")]
    Runtime,
    #[serde(rename = "wipe")]
    Wipe,
    #[serde(rename = "teardown")]
    Teardown,
    #[serde(rename = "cache-reuse")]
    CacheReuse,
}
impl ::std::fmt::Display for PolicyAdmissionObligationsRequiredReceiptsItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Deployment => f.write_str("deployment"),
            Self::Storage => f.write_str("storage"),
            Self::Runtime => f.write_str("runtime"),
            Self::Wipe => f.write_str("wipe"),
            Self::Teardown => f.write_str("teardown"),
            Self::CacheReuse => f.write_str("cache-reuse"),
        }
    }
}
impl ::std::str::FromStr for PolicyAdmissionObligationsRequiredReceiptsItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "deployment" => Ok(Self::Deployment),
            "storage" => Ok(Self::Storage),
            "runtime" => Ok(Self::Runtime),
            "wipe" => Ok(Self::Wipe),
            "teardown" => Ok(Self::Teardown),
            "cache-reuse" => Ok(Self::CacheReuse),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for PolicyAdmissionObligationsRequiredReceiptsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for PolicyAdmissionObligationsRequiredReceiptsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
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

/// Types generated from `contracts/probe-report.schema.json` (`urn:srcos:agent-machine:schema:probe-report:v0.1.0`).
pub mod probe_report {
///What `agent-machine probe --format json` observed on one machine: the AgentMachine document describing it and the InferenceProvider candidates it could run, each with status probe-only. Discovery is not activation: the report states, as fixed facts, that the probe ran no program, wrote no file, contacted nothing and started nothing. The embedded documents are validated against their own contracts. An Agent Machine contract of its own, not part of the SourceOS v0.1.0 wire format.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProbeReport {
    ///The AgentMachine document describing this machine (kind AgentMachine; validated against the AgentMachine contract).
    #[serde(rename = "agentMachine")]
    pub agent_machine: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ///The InferenceProvider candidates found, in a stable order; empty when none was found.
    #[serde(rename = "inferenceProviders")]
    pub inference_providers: ::agent_machine::contracts::wire::List<
        ProbeReportInferenceProvidersItem,
    >,
    ///Always ProbeReport.
    pub kind: ProbeReportKind,
    #[serde(rename = "sideEffects")]
    pub side_effects: ProbeReportSideEffects,
    ///Version of this contract.
    #[serde(rename = "specVersion")]
    pub spec_version: ProbeReportSpecVersion,
}
///One InferenceProvider document (kind InferenceProvider, status probe-only; validated against the InferenceProvider contract).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ProbeReportInferenceProvidersItem(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for ProbeReportInferenceProvidersItem {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<ProbeReportInferenceProvidersItem>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: ProbeReportInferenceProvidersItem) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for ProbeReportInferenceProvidersItem {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///Always ProbeReport.
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
pub enum ProbeReportKind {
    ProbeReport,
}
impl ::std::fmt::Display for ProbeReportKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ProbeReport => f.write_str("ProbeReport"),
        }
    }
}
impl ::std::str::FromStr for ProbeReportKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ProbeReport" => Ok(Self::ProbeReport),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ProbeReportKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProbeReportKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///What the probe did to the machine: nothing, by construction.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProbeReportSideEffects {
    ///Always false: the probe only reads.
    #[serde(rename = "filesWritten")]
    pub files_written: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false: no socket is opened.
    #[serde(rename = "networkContacted")]
    pub network_contacted: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false: programs are looked up on PATH, never run.
    #[serde(rename = "programsExecuted")]
    pub programs_executed: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false: discovery is separate from activation.
    #[serde(rename = "providersStarted")]
    pub providers_started: ::agent_machine::contracts::wire::ConstFalse,
}
///Version of this contract.
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
pub enum ProbeReportSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for ProbeReportSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for ProbeReportSpecVersion {
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
impl ::std::convert::TryFrom<&str> for ProbeReportSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProbeReportSpecVersion {
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

/// Types generated from `contracts/release-gate-report.schema.json` (`urn:srcos:agent-machine:schema:release-gate-report:v0.1.0`).
pub mod release_gate_report {
///The result of running Agent Machine's world-class release gate over a repository tree: every gate item with its level, status, the evidence it was judged on and its remediation, and the maturity reached. Produced by `agent-machine gate --format json`; an Agent Machine contract of its own, not part of the SourceOS v0.1.0 wire format.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseGateReport {
    ///Every gate item, in registry order.
    pub items: ::agent_machine::contracts::wire::NonEmptyList<
        ReleaseGateReportItemsItem,
    >,
    ///Always ReleaseGateReport.
    pub kind: ReleaseGateReportKind,
    ///The maturity the tree reaches: incomplete below prototype; prototype when every prototype item passes; bootstrap-ready when every prototype and bootstrap item passes; production-blocked when bootstrap-ready but a release-blocking item fails or was not run; production-ready when every item passes.
    pub maturity: ReleaseGateReportMaturity,
    ///Version of this contract.
    #[serde(rename = "specVersion")]
    pub spec_version: ReleaseGateReportSpecVersion,
}
///One gate item and its result.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseGateReportItemsItem {
    ///The area the item belongs to (contracts, renderers, safety, installer, CI, integration, evidence).
    pub area: ::std::string::String,
    ///What was checked and what was found.
    pub evidence: ::std::string::String,
    ///Stable item id, e.g. C1 or R3.
    pub id: ReleaseGateReportItemsItemId,
    ///How much the item matters.
    pub level: ReleaseGateReportItemsItemLevel,
    ///What to do when the item fails.
    pub remediation: ::std::string::String,
    ///The requirement, in one sentence.
    pub requirement: ::std::string::String,
    ///pass or fail as computed by the gate; not-run when the proof is a test or CI run whose result was not supplied.
    pub status: ReleaseGateReportItemsItemStatus,
}
///Stable item id, e.g. C1 or R3.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ReleaseGateReportItemsItemId(::std::string::String);
impl ::std::ops::Deref for ReleaseGateReportItemsItemId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReleaseGateReportItemsItemId> for ::std::string::String {
    fn from(value: ReleaseGateReportItemsItemId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReleaseGateReportItemsItemId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Z][0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[A-Z][0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseGateReportItemsItemId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReleaseGateReportItemsItemId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReleaseGateReportItemsItemId {
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
///How much the item matters.
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
pub enum ReleaseGateReportItemsItemLevel {
    #[serde(rename = "prototype")]
    Prototype,
    #[serde(rename = "bootstrap")]
    Bootstrap,
    #[serde(rename = "release-blocking")]
    ReleaseBlocking,
}
impl ::std::fmt::Display for ReleaseGateReportItemsItemLevel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Prototype => f.write_str("prototype"),
            Self::Bootstrap => f.write_str("bootstrap"),
            Self::ReleaseBlocking => f.write_str("release-blocking"),
        }
    }
}
impl ::std::str::FromStr for ReleaseGateReportItemsItemLevel {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "prototype" => Ok(Self::Prototype),
            "bootstrap" => Ok(Self::Bootstrap),
            "release-blocking" => Ok(Self::ReleaseBlocking),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseGateReportItemsItemLevel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReleaseGateReportItemsItemLevel {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///pass or fail as computed by the gate; not-run when the proof is a test or CI run whose result was not supplied.
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
pub enum ReleaseGateReportItemsItemStatus {
    #[serde(rename = "pass")]
    Pass,
    #[serde(rename = "fail")]
    Fail,
    #[serde(rename = "not-run")]
    NotRun,
}
impl ::std::fmt::Display for ReleaseGateReportItemsItemStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Pass => f.write_str("pass"),
            Self::Fail => f.write_str("fail"),
            Self::NotRun => f.write_str("not-run"),
        }
    }
}
impl ::std::str::FromStr for ReleaseGateReportItemsItemStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "pass" => Ok(Self::Pass),
            "fail" => Ok(Self::Fail),
            "not-run" => Ok(Self::NotRun),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseGateReportItemsItemStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ReleaseGateReportItemsItemStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Always ReleaseGateReport.
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
pub enum ReleaseGateReportKind {
    ReleaseGateReport,
}
impl ::std::fmt::Display for ReleaseGateReportKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ReleaseGateReport => f.write_str("ReleaseGateReport"),
        }
    }
}
impl ::std::str::FromStr for ReleaseGateReportKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ReleaseGateReport" => Ok(Self::ReleaseGateReport),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseGateReportKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReleaseGateReportKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The maturity the tree reaches: incomplete below prototype; prototype when every prototype item passes; bootstrap-ready when every prototype and bootstrap item passes; production-blocked when bootstrap-ready but a release-blocking item fails or was not run; production-ready when every item passes.
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
pub enum ReleaseGateReportMaturity {
    #[serde(rename = "incomplete")]
    Incomplete,
    #[serde(rename = "prototype")]
    Prototype,
    #[serde(rename = "bootstrap-ready")]
    BootstrapReady,
    #[serde(rename = "production-blocked")]
    ProductionBlocked,
    #[serde(rename = "production-ready")]
    ProductionReady,
}
impl ::std::fmt::Display for ReleaseGateReportMaturity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Incomplete => f.write_str("incomplete"),
            Self::Prototype => f.write_str("prototype"),
            Self::BootstrapReady => f.write_str("bootstrap-ready"),
            Self::ProductionBlocked => f.write_str("production-blocked"),
            Self::ProductionReady => f.write_str("production-ready"),
        }
    }
}
impl ::std::str::FromStr for ReleaseGateReportMaturity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "incomplete" => Ok(Self::Incomplete),
            "prototype" => Ok(Self::Prototype),
            "bootstrap-ready" => Ok(Self::BootstrapReady),
            "production-blocked" => Ok(Self::ProductionBlocked),
            "production-ready" => Ok(Self::ProductionReady),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReleaseGateReportMaturity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReleaseGateReportMaturity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of this contract.
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
pub enum ReleaseGateReportSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for ReleaseGateReportSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for ReleaseGateReportSpecVersion {
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
impl ::std::convert::TryFrom<&str> for ReleaseGateReportSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReleaseGateReportSpecVersion {
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

/// Types generated from `contracts/storage-receipt.schema.json` (`urn:srcos:agent-machine:schema:storage-receipt:v0.1.0`).
pub mod storage_receipt {
///Secret-free record of one storage volume provisioned or observed for agent use on a machine: backend, volume class, location, filesystem, capacity, encryption, quota, policy, sensitivity, snapshot lineage, lifecycle and wipe state. It describes the volume and never contains the data stored on it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceipt {
    ///Id of the AgentMachine on which the volume was observed.
    #[serde(rename = "agentMachineId")]
    pub agent_machine_id: StorageReceiptAgentMachineId,
    ///Id of the AgentPod the volume serves, when it is bound to one.
    #[serde(
        rename = "agentPodId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_pod_id: ::std::option::Option<StorageReceiptAgentPodId>,
    ///Storage backend of the volume: a plain filesystem directory, local LVM, TopoLVM in Kubernetes, tmpfs, an object store, or a remote volume.
    pub backend: StorageReceiptBackend,
    pub capacity: StorageReceiptCapacity,
    pub encryption: StorageReceiptEncryption,
    pub filesystem: StorageReceiptFilesystem,
    ///Unique identifier of this storage receipt: a URN of the form urn:srcos:agent-machine:storage-receipt:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: StorageReceiptId,
    ///Kind discriminator of the document; always "StorageReceipt", so a document of another kind can never be taken for this one.
    pub kind: StorageReceiptKind,
    ///Optional string-to-string metadata labels on the storage receipt (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    pub lifecycle: StorageReceiptLifecycle,
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the volume was observed.
    #[serde(rename = "observedAt")]
    pub observed_at: ::std::string::String,
    pub policy: StorageReceiptPolicy,
    ///Kinds of data the volume is meant to hold, such as KV cache or model artifacts; each value at most once.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub purpose: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<StorageReceiptPurposeItem>,
    >,
    pub quota: StorageReceiptQuota,
    ///Safety attestation of the storage receipt: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ArtifactReceiptSafety,
    pub reference: StorageReceiptReference,
    pub runtime: StorageReceiptRuntime,
    pub sensitivity: StorageReceiptSensitivity,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub snapshot: ::std::option::Option<StorageReceiptSnapshot>,
    ///Version of the contract this storage receipt conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: StorageReceiptSpecVersion,
    ///Role or temperature of the volume: hot, warm, cold, scratch, evidence, artifact or model.
    pub tier: StorageReceiptTier,
    ///Agent volume class of the volume; an AgentPod storage item is matched to its receipt by this class.
    #[serde(rename = "volumeClass")]
    pub volume_class: ::agent_machine::contracts::wire::VolumeClass,
}
///Id of the AgentMachine on which the volume was observed.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptAgentMachineId(::std::string::String);
impl ::std::ops::Deref for StorageReceiptAgentMachineId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptAgentMachineId> for ::std::string::String {
    fn from(value: StorageReceiptAgentMachineId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptAgentMachineId {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptAgentMachineId {
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
///Id of the AgentPod the volume serves, when it is bound to one.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptAgentPodId(::std::string::String);
impl ::std::ops::Deref for StorageReceiptAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptAgentPodId> for ::std::string::String {
    fn from(value: StorageReceiptAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptAgentPodId {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptAgentPodId {
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
///Storage backend of the volume: a plain filesystem directory, local LVM, TopoLVM in Kubernetes, tmpfs, an object store, or a remote volume.
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
pub enum StorageReceiptBackend {
    #[serde(rename = "filesystem")]
    Filesystem,
    #[serde(rename = "local-lvm")]
    LocalLvm,
    #[serde(rename = "topolvm-k8s")]
    TopolvmK8s,
    #[serde(rename = "tmpfs")]
    Tmpfs,
    #[serde(rename = "object-store")]
    ObjectStore,
    #[serde(rename = "remote-volume")]
    RemoteVolume,
}
impl ::std::fmt::Display for StorageReceiptBackend {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Filesystem => f.write_str("filesystem"),
            Self::LocalLvm => f.write_str("local-lvm"),
            Self::TopolvmK8s => f.write_str("topolvm-k8s"),
            Self::Tmpfs => f.write_str("tmpfs"),
            Self::ObjectStore => f.write_str("object-store"),
            Self::RemoteVolume => f.write_str("remote-volume"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptBackend {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "filesystem" => Ok(Self::Filesystem),
            "local-lvm" => Ok(Self::LocalLvm),
            "topolvm-k8s" => Ok(Self::TopolvmK8s),
            "tmpfs" => Ok(Self::Tmpfs),
            "object-store" => Ok(Self::ObjectStore),
            "remote-volume" => Ok(Self::RemoteVolume),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptBackend {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptBackend {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Observed capacity and usage of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptCapacity {
    ///Free space on the volume in bytes; null when not observed.
    #[serde(
        rename = "freeBytes",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub free_bytes: ::std::option::Option<u64>,
    ///Total number of inodes on the volume; null when not observed.
    #[serde(
        rename = "inodeCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub inode_capacity: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Number of free inodes on the volume; null when not observed.
    #[serde(
        rename = "inodeFree",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub inode_free: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Space reserved on the volume in bytes; null when not observed.
    #[serde(
        rename = "reservedBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub reserved_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Total size of the volume in bytes; null when not observed.
    #[serde(
        rename = "sizeBytes",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub size_bytes: ::std::option::Option<u64>,
    ///Space in use on the volume in bytes; null when not observed.
    #[serde(
        rename = "usedBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub used_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
}
///Encryption-at-rest requirement for the volume and what was observed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptEncryption {
    ///Digest of the encryption key's identifier (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters), never the key itself; null when not recorded.
    #[serde(
        rename = "keyIdDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub key_id_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptEncryptionKeyIdDigest>,
    >,
    ///Scope of the encryption key: per machine, user, agent or policy domain, or unknown; null when not applicable.
    #[serde(rename = "keyScope", skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub key_scope: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptEncryptionKeyScope>,
    >,
    ///Encryption mechanism: none, fscrypt, LUKS, dm-crypt, hardware (self-encrypting device), or unknown.
    pub mode: StorageReceiptEncryptionMode,
    ///Whether encryption at rest was observed on the volume.
    pub observed: bool,
    ///Whether the volume must be encrypted at rest.
    pub required: bool,
}
///`StorageReceiptEncryptionKeyIdDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptEncryptionKeyIdDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptEncryptionKeyIdDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptEncryptionKeyIdDigest>
for ::std::string::String {
    fn from(value: StorageReceiptEncryptionKeyIdDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptEncryptionKeyIdDigest {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptEncryptionKeyIdDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptEncryptionKeyIdDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptEncryptionKeyIdDigest {
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
///`StorageReceiptEncryptionKeyScope`
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
pub enum StorageReceiptEncryptionKeyScope {
    #[serde(rename = "machine")]
    Machine,
    #[serde(rename = "user")]
    User,
    #[serde(rename = "agent")]
    Agent,
    #[serde(rename = "policy-domain")]
    PolicyDomain,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for StorageReceiptEncryptionKeyScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Machine => f.write_str("machine"),
            Self::User => f.write_str("user"),
            Self::Agent => f.write_str("agent"),
            Self::PolicyDomain => f.write_str("policy-domain"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptEncryptionKeyScope {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "machine" => Ok(Self::Machine),
            "user" => Ok(Self::User),
            "agent" => Ok(Self::Agent),
            "policy-domain" => Ok(Self::PolicyDomain),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptEncryptionKeyScope {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptEncryptionKeyScope {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Encryption mechanism: none, fscrypt, LUKS, dm-crypt, hardware (self-encrypting device), or unknown.
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
pub enum StorageReceiptEncryptionMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "fscrypt")]
    Fscrypt,
    #[serde(rename = "luks")]
    Luks,
    #[serde(rename = "dm-crypt")]
    DmCrypt,
    #[serde(rename = "hardware")]
    Hardware,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for StorageReceiptEncryptionMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::None => f.write_str("none"),
            Self::Fscrypt => f.write_str("fscrypt"),
            Self::Luks => f.write_str("luks"),
            Self::DmCrypt => f.write_str("dm-crypt"),
            Self::Hardware => f.write_str("hardware"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptEncryptionMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "none" => Ok(Self::None),
            "fscrypt" => Ok(Self::Fscrypt),
            "luks" => Ok(Self::Luks),
            "dm-crypt" => Ok(Self::DmCrypt),
            "hardware" => Ok(Self::Hardware),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptEncryptionMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptEncryptionMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Observed filesystem properties of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptFilesystem {
    ///Numeric group id owning the volume root; null when not observed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub gid: ::std::option::Option<::agent_machine::contracts::wire::Nullable<u64>>,
    ///Permission bits of the volume root as 3 or 4 octal digits, e.g. 0750; null when not observed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub mode: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptFilesystemMode>,
    >,
    ///Mount options observed on the volume, e.g. nodev and nosuid; each option at most once.
    #[serde(rename = "mountOptions")]
    pub mount_options: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///SELinux context of the volume root, e.g. system_u:object_r:container_file_t:s0; null when not observed.
    #[serde(
        rename = "selinuxLabel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub selinux_label: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether a symbolic link leading out of the volume was observed; Agent Machine treats true as a verification failure.
    #[serde(
        rename = "symlinkTraversalObserved",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub symlink_traversal_observed: ::std::option::Option<bool>,
    ///Filesystem type, e.g. xfs.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    ///Numeric user id owning the volume root; null when not observed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub uid: ::std::option::Option<::agent_machine::contracts::wire::Nullable<u64>>,
    ///Whether the volume root was observed to be writable by any user; Agent Machine treats true as a verification failure.
    #[serde(
        rename = "worldWritable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub world_writable: ::std::option::Option<bool>,
}
///`StorageReceiptFilesystemMode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptFilesystemMode(::std::string::String);
impl ::std::ops::Deref for StorageReceiptFilesystemMode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptFilesystemMode> for ::std::string::String {
    fn from(value: StorageReceiptFilesystemMode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptFilesystemMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-7]{3,4}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-7]{3,4}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptFilesystemMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptFilesystemMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptFilesystemMode {
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
///Unique identifier of this storage receipt: a URN of the form urn:srcos:agent-machine:storage-receipt:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptId(::std::string::String);
impl ::std::ops::Deref for StorageReceiptId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptId> for ::std::string::String {
    fn from(value: StorageReceiptId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptId {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptId {
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
///Kind discriminator of the document; always "StorageReceipt", so a document of another kind can never be taken for this one.
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
pub enum StorageReceiptKind {
    StorageReceipt,
}
impl ::std::fmt::Display for StorageReceiptKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::StorageReceipt => f.write_str("StorageReceipt"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "StorageReceipt" => Ok(Self::StorageReceipt),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Durability, retention, eviction and wipe state of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptLifecycle {
    ///How long contents are expected to survive: ephemeral, semi-durable or durable.
    pub durability: StorageReceiptLifecycleDurability,
    ///How contents are evicted: manually, least-recently-used, by TTL, by quota, as policy decides, or never (none).
    #[serde(rename = "evictionPolicy")]
    pub eviction_policy: StorageReceiptLifecycleEvictionPolicy,
    ///Reference to the receipt of the most recent wipe; null when the volume has not been wiped.
    #[serde(
        rename = "lastWipeReceiptRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub last_wipe_receipt_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Maximum age of contents in seconds before they expire; null when no time limit applies.
    #[serde(
        rename = "ttlSeconds",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub ttl_seconds: ::std::option::Option<u64>,
    ///State of wiping the volume: not requested, pending, completed, failed, or not applicable.
    #[serde(rename = "wipeStatus")]
    pub wipe_status: StorageReceiptLifecycleWipeStatus,
}
///How long contents are expected to survive: ephemeral, semi-durable or durable.
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
pub enum StorageReceiptLifecycleDurability {
    #[serde(rename = "ephemeral")]
    Ephemeral,
    #[serde(rename = "semi-durable")]
    SemiDurable,
    #[serde(rename = "durable")]
    Durable,
}
impl ::std::fmt::Display for StorageReceiptLifecycleDurability {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ephemeral => f.write_str("ephemeral"),
            Self::SemiDurable => f.write_str("semi-durable"),
            Self::Durable => f.write_str("durable"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptLifecycleDurability {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ephemeral" => Ok(Self::Ephemeral),
            "semi-durable" => Ok(Self::SemiDurable),
            "durable" => Ok(Self::Durable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptLifecycleDurability {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptLifecycleDurability {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///How contents are evicted: manually, least-recently-used, by TTL, by quota, as policy decides, or never (none).
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
pub enum StorageReceiptLifecycleEvictionPolicy {
    #[serde(rename = "manual")]
    Manual,
    #[serde(rename = "lru")]
    Lru,
    #[serde(rename = "ttl")]
    Ttl,
    #[serde(rename = "quota")]
    Quota,
    #[serde(rename = "policy")]
    Policy,
    #[serde(rename = "none")]
    None,
}
impl ::std::fmt::Display for StorageReceiptLifecycleEvictionPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Manual => f.write_str("manual"),
            Self::Lru => f.write_str("lru"),
            Self::Ttl => f.write_str("ttl"),
            Self::Quota => f.write_str("quota"),
            Self::Policy => f.write_str("policy"),
            Self::None => f.write_str("none"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptLifecycleEvictionPolicy {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "manual" => Ok(Self::Manual),
            "lru" => Ok(Self::Lru),
            "ttl" => Ok(Self::Ttl),
            "quota" => Ok(Self::Quota),
            "policy" => Ok(Self::Policy),
            "none" => Ok(Self::None),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptLifecycleEvictionPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptLifecycleEvictionPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///State of wiping the volume: not requested, pending, completed, failed, or not applicable.
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
pub enum StorageReceiptLifecycleWipeStatus {
    #[serde(rename = "not-requested")]
    NotRequested,
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "not-applicable")]
    NotApplicable,
}
impl ::std::fmt::Display for StorageReceiptLifecycleWipeStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NotRequested => f.write_str("not-requested"),
            Self::Pending => f.write_str("pending"),
            Self::Completed => f.write_str("completed"),
            Self::Failed => f.write_str("failed"),
            Self::NotApplicable => f.write_str("not-applicable"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptLifecycleWipeStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "not-requested" => Ok(Self::NotRequested),
            "pending" => Ok(Self::Pending),
            "completed" => Ok(Self::Completed),
            "failed" => Ok(Self::Failed),
            "not-applicable" => Ok(Self::NotApplicable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptLifecycleWipeStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptLifecycleWipeStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Policy context of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptPolicy {
    ///Reference to the Agent Registry grant covering the volume; null when none.
    #[serde(
        rename = "agentRegistryGrantRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub agent_registry_grant_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether reusing the volume's cached contents across sessions requires an explicit policy decision.
    #[serde(rename = "cacheReuseRequiresPolicy")]
    pub cache_reuse_requires_policy: bool,
    ///Reference to the Policy Fabric decision covering the volume; null when none.
    #[serde(
        rename = "policyDecisionRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub policy_decision_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Reference (URN) to the policy domain that governs the volume's contents.
    #[serde(rename = "policyDomain")]
    pub policy_domain: ::std::string::String,
    ///Whether wiping the volume must produce a wipe receipt.
    #[serde(rename = "wipeReceiptRequired")]
    pub wipe_receipt_required: bool,
}
///`StorageReceiptPurposeItem`
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
pub enum StorageReceiptPurposeItem {
    #[serde(rename = "model-artifacts")]
    ModelArtifacts,
    #[serde(rename = "tokenizer-assets")]
    TokenizerAssets,
    #[serde(rename = "kv-cache")]
    KvCache,
    #[serde(rename = "prompt-prefix-cache")]
    PromptPrefixCache,
    #[serde(rename = "embedding-index")]
    EmbeddingIndex,
    #[serde(rename = "reranker-state")]
    RerankerState,
    #[serde(rename = "retrieval-pack")]
    RetrievalPack,
    #[serde(rename = "scratch-workspace")]
    ScratchWorkspace,
    #[serde(rename = "execution-evidence")]
    ExecutionEvidence,
    #[serde(rename = "user-artifact")]
    UserArtifact,
}
impl ::std::fmt::Display for StorageReceiptPurposeItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ModelArtifacts => f.write_str("model-artifacts"),
            Self::TokenizerAssets => f.write_str("tokenizer-assets"),
            Self::KvCache => f.write_str("kv-cache"),
            Self::PromptPrefixCache => f.write_str("prompt-prefix-cache"),
            Self::EmbeddingIndex => f.write_str("embedding-index"),
            Self::RerankerState => f.write_str("reranker-state"),
            Self::RetrievalPack => f.write_str("retrieval-pack"),
            Self::ScratchWorkspace => f.write_str("scratch-workspace"),
            Self::ExecutionEvidence => f.write_str("execution-evidence"),
            Self::UserArtifact => f.write_str("user-artifact"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptPurposeItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "model-artifacts" => Ok(Self::ModelArtifacts),
            "tokenizer-assets" => Ok(Self::TokenizerAssets),
            "kv-cache" => Ok(Self::KvCache),
            "prompt-prefix-cache" => Ok(Self::PromptPrefixCache),
            "embedding-index" => Ok(Self::EmbeddingIndex),
            "reranker-state" => Ok(Self::RerankerState),
            "retrieval-pack" => Ok(Self::RetrievalPack),
            "scratch-workspace" => Ok(Self::ScratchWorkspace),
            "execution-evidence" => Ok(Self::ExecutionEvidence),
            "user-artifact" => Ok(Self::UserArtifact),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptPurposeItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptPurposeItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Quota requirement for the volume and what was observed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptQuota {
    ///Quota limit on the number of inodes; null when none is set.
    #[serde(
        rename = "maxInodes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub max_inodes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Whether an enforced quota was observed.
    pub observed: bool,
    ///Reference to the policy that sets the quota; null when none.
    #[serde(
        rename = "policyRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub policy_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether a quota must be enforced on the volume.
    pub required: bool,
    ///Quota size limit in bytes; null when none is set.
    #[serde(
        rename = "sizeBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub size_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
}
///Where the volume lives; which fields are present depends on referenceType.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptReference {
    ///Path at which the volume appears inside containers.
    #[serde(
        rename = "containerPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_path: ::std::option::Option<::std::string::String>,
    ///Host directory of the volume.
    #[serde(rename = "hostPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_path: ::std::option::Option<::std::string::String>,
    ///Name of the LVM logical volume.
    #[serde(
        rename = "logicalVolume",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logical_volume: ::std::option::Option<::std::string::String>,
    ///Mount point of the volume on the host.
    #[serde(
        rename = "mountPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_path: ::std::option::Option<::std::string::String>,
    ///Kubernetes namespace of the claim.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    ///Digest of the object-store URI (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); the URI itself is not recorded.
    #[serde(
        rename = "objectUriDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub object_uri_digest: ::std::option::Option<StorageReceiptReferenceObjectUriDigest>,
    ///Name of the Kubernetes PersistentVolumeClaim.
    #[serde(rename = "pvcName", skip_serializing_if = "::std::option::Option::is_none")]
    pub pvc_name: ::std::option::Option<::std::string::String>,
    ///Kind of reference: a host path, an LVM logical volume, a TopoLVM PersistentVolumeClaim, a tmpfs mount, an object-store URI, or a remote volume.
    #[serde(rename = "referenceType")]
    pub reference_type: StorageReceiptReferenceReferenceType,
    ///Kubernetes StorageClass of the claim.
    #[serde(
        rename = "storageClassName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class_name: ::std::option::Option<::std::string::String>,
    ///LVM thin pool the logical volume is allocated from.
    #[serde(rename = "thinPool", skip_serializing_if = "::std::option::Option::is_none")]
    pub thin_pool: ::std::option::Option<::std::string::String>,
    ///LVM volume group that contains the logical volume.
    #[serde(
        rename = "volumeGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_group: ::std::option::Option<::std::string::String>,
}
///Digest of the object-store URI (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); the URI itself is not recorded.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptReferenceObjectUriDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptReferenceObjectUriDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptReferenceObjectUriDigest>
for ::std::string::String {
    fn from(value: StorageReceiptReferenceObjectUriDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptReferenceObjectUriDigest {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptReferenceObjectUriDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptReferenceObjectUriDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptReferenceObjectUriDigest {
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
///Kind of reference: a host path, an LVM logical volume, a TopoLVM PersistentVolumeClaim, a tmpfs mount, an object-store URI, or a remote volume.
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
pub enum StorageReceiptReferenceReferenceType {
    #[serde(rename = "host-path")]
    HostPath,
    #[serde(rename = "lvm-logical-volume")]
    LvmLogicalVolume,
    #[serde(rename = "topolvm-pvc")]
    TopolvmPvc,
    #[serde(rename = "tmpfs-mount")]
    TmpfsMount,
    #[serde(rename = "object-uri")]
    ObjectUri,
    #[serde(rename = "remote-volume")]
    RemoteVolume,
}
impl ::std::fmt::Display for StorageReceiptReferenceReferenceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::HostPath => f.write_str("host-path"),
            Self::LvmLogicalVolume => f.write_str("lvm-logical-volume"),
            Self::TopolvmPvc => f.write_str("topolvm-pvc"),
            Self::TmpfsMount => f.write_str("tmpfs-mount"),
            Self::ObjectUri => f.write_str("object-uri"),
            Self::RemoteVolume => f.write_str("remote-volume"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptReferenceReferenceType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "host-path" => Ok(Self::HostPath),
            "lvm-logical-volume" => Ok(Self::LvmLogicalVolume),
            "topolvm-pvc" => Ok(Self::TopolvmPvc),
            "tmpfs-mount" => Ok(Self::TmpfsMount),
            "object-uri" => Ok(Self::ObjectUri),
            "remote-volume" => Ok(Self::RemoteVolume),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptReferenceReferenceType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptReferenceReferenceType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Versions and serving context under which the receipt was produced.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptRuntime {
    ///Digest of the model stored on or served from the volume (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when not applicable or unknown.
    #[serde(
        rename = "modelDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub model_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptRuntimeModelDigest>,
    >,
    ///Version of the probe that observed the volume.
    #[serde(rename = "probeVersion")]
    pub probe_version: ::std::string::String,
    ///Id of the InferenceProvider using the volume; null when none.
    #[serde(
        rename = "providerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub provider_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Version of the Agent Machine runtime that produced the receipt.
    #[serde(rename = "runtimeVersion")]
    pub runtime_version: ::std::string::String,
    ///Digest of the tokenizer used with the model (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when not applicable or unknown.
    #[serde(
        rename = "tokenizerDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub tokenizer_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptRuntimeTokenizerDigest>,
    >,
}
///`StorageReceiptRuntimeModelDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptRuntimeModelDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptRuntimeModelDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptRuntimeModelDigest> for ::std::string::String {
    fn from(value: StorageReceiptRuntimeModelDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptRuntimeModelDigest {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptRuntimeModelDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptRuntimeModelDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptRuntimeModelDigest {
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
///`StorageReceiptRuntimeTokenizerDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptRuntimeTokenizerDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptRuntimeTokenizerDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptRuntimeTokenizerDigest>
for ::std::string::String {
    fn from(value: StorageReceiptRuntimeTokenizerDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptRuntimeTokenizerDigest {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptRuntimeTokenizerDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptRuntimeTokenizerDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptRuntimeTokenizerDigest {
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
///Sensitivity classification of the data the volume may hold.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptSensitivity {
    ///Highest sensitivity class of the data the volume may hold.
    pub class: StorageReceiptSensitivityClass,
    ///Reference to the classification rule applied; null when none.
    #[serde(
        rename = "classificationRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub classification_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether the volume may contain prompt-like content such as KV or prompt-prefix caches; the receipt itself never contains it.
    #[serde(rename = "promptLikeContentPossible")]
    pub prompt_like_content_possible: bool,
    ///Whether the volume may contain secret-like content; the receipt itself never contains it.
    #[serde(rename = "secretLikeContentPossible")]
    pub secret_like_content_possible: bool,
}
///Highest sensitivity class of the data the volume may hold.
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
pub enum StorageReceiptSensitivityClass {
    #[serde(rename = "public")]
    Public,
    #[serde(rename = "internal")]
    Internal,
    #[serde(rename = "sensitive")]
    Sensitive,
    #[serde(rename = "secret")]
    Secret,
    #[serde(rename = "mixed")]
    Mixed,
}
impl ::std::fmt::Display for StorageReceiptSensitivityClass {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Public => f.write_str("public"),
            Self::Internal => f.write_str("internal"),
            Self::Sensitive => f.write_str("sensitive"),
            Self::Secret => f.write_str("secret"),
            Self::Mixed => f.write_str("mixed"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptSensitivityClass {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "public" => Ok(Self::Public),
            "internal" => Ok(Self::Internal),
            "sensitive" => Ok(Self::Sensitive),
            "secret" => Ok(Self::Secret),
            "mixed" => Ok(Self::Mixed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptSensitivityClass {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptSensitivityClass {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Snapshot permission and lineage of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptSnapshot {
    ///Digest of the snapshot lineage (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when none.
    #[serde(
        rename = "lineageDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub lineage_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptSnapshotLineageDigest>,
    >,
    ///Identifier of the snapshot this one derives from; null when none.
    #[serde(
        rename = "parentSnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub parent_snapshot_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether snapshots of the volume are permitted.
    #[serde(
        rename = "snapshotAllowed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_allowed: ::std::option::Option<bool>,
    ///Identifier of the observed snapshot; null when none.
    #[serde(
        rename = "snapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub snapshot_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether a snapshot of the volume was observed.
    #[serde(
        rename = "snapshotObserved",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_observed: ::std::option::Option<bool>,
}
///`StorageReceiptSnapshotLineageDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptSnapshotLineageDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptSnapshotLineageDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptSnapshotLineageDigest>
for ::std::string::String {
    fn from(value: StorageReceiptSnapshotLineageDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptSnapshotLineageDigest {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptSnapshotLineageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptSnapshotLineageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptSnapshotLineageDigest {
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
///Version of the contract this storage receipt conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum StorageReceiptSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for StorageReceiptSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptSpecVersion {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Role or temperature of the volume: hot, warm, cold, scratch, evidence, artifact or model.
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
pub enum StorageReceiptTier {
    #[serde(rename = "hot")]
    Hot,
    #[serde(rename = "warm")]
    Warm,
    #[serde(rename = "cold")]
    Cold,
    #[serde(rename = "scratch")]
    Scratch,
    #[serde(rename = "evidence")]
    Evidence,
    #[serde(rename = "artifact")]
    Artifact,
    #[serde(rename = "model")]
    Model,
}
impl ::std::fmt::Display for StorageReceiptTier {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Hot => f.write_str("hot"),
            Self::Warm => f.write_str("warm"),
            Self::Cold => f.write_str("cold"),
            Self::Scratch => f.write_str("scratch"),
            Self::Evidence => f.write_str("evidence"),
            Self::Artifact => f.write_str("artifact"),
            Self::Model => f.write_str("model"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptTier {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "hot" => Ok(Self::Hot),
            "warm" => Ok(Self::Warm),
            "cold" => Ok(Self::Cold),
            "scratch" => Ok(Self::Scratch),
            "evidence" => Ok(Self::Evidence),
            "artifact" => Ok(Self::Artifact),
            "model" => Ok(Self::Model),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptTier {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptTier {
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

/// Types generated from `contracts/v0.1.0/agent-pod.schema.json` (`urn:srcos:agent-machine:schema:agent-pod:v0.1.0`).
pub mod agent_pod_v0_1_0 {
///Declares one agent workload and how it may run: pod type and machine profile, workload identity, runtime image or command, resources, storage, ports, policy requirements and receipt settings. It is the typed source from which deployment plans, Quadlet units and Kubernetes manifests are rendered; it requests permission to run but never grants it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPod {
    ///Unique identifier of this AgentPod: a URN of the form urn:srcos:agent-machine:agent-pod:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: AgentPodId,
    ///Kind discriminator of the document; always "AgentPod", so a document of another kind can never be taken for this one.
    pub kind: AgentPodKind,
    ///Optional string-to-string metadata labels on the AgentPod (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    ///Deployment target type, which selects the renderer: a local systemd unit, Podman container, Podman Quadlet unit, Docker-compatible container or bubblewrap sandbox, a Kubernetes Pod, or an AgentPod custom resource.
    #[serde(rename = "podType")]
    pub pod_type: AgentPodPodType,
    pub policy: AgentPodPolicy,
    ///Network ports the workload listens on and how far each is exposed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ports: ::std::option::Option<
        ::agent_machine::contracts::wire::List<AgentPodPortsItem>,
    >,
    ///SourceOS machine profile the pod targets.
    pub profile: ::agent_machine::contracts::wire::Profile,
    pub receipts: AgentPodReceipts,
    pub resources: AgentPodResources,
    pub runtime: AgentPodRuntime,
    ///Version of the contract this AgentPod conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: AgentPodSpecVersion,
    ///Volumes mounted into the workload, each provided by a CacheTier; may be empty.
    pub storage: ::agent_machine::contracts::wire::List<AgentPodStorageItem>,
    pub workload: AgentPodWorkload,
}
///Unique identifier of this AgentPod: a URN of the form urn:srcos:agent-machine:agent-pod:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodId(::std::string::String);
impl ::std::ops::Deref for AgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodId> for ::std::string::String {
    fn from(value: AgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodId {
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
impl ::std::convert::TryFrom<&str> for AgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodId {
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
///Kind discriminator of the document; always "AgentPod", so a document of another kind can never be taken for this one.
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
pub enum AgentPodKind {
    AgentPod,
}
impl ::std::fmt::Display for AgentPodKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AgentPod => f.write_str("AgentPod"),
        }
    }
}
impl ::std::str::FromStr for AgentPodKind {
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
impl ::std::convert::TryFrom<&str> for AgentPodKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Deployment target type, which selects the renderer: a local systemd unit, Podman container, Podman Quadlet unit, Docker-compatible container or bubblewrap sandbox, a Kubernetes Pod, or an AgentPod custom resource.
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
pub enum AgentPodPodType {
    #[serde(rename = "local-systemd")]
    LocalSystemd,
    #[serde(rename = "local-podman")]
    LocalPodman,
    #[serde(rename = "local-podman-quadlet")]
    LocalPodmanQuadlet,
    #[serde(rename = "local-docker-compat")]
    LocalDockerCompat,
    #[serde(rename = "local-bubblewrap")]
    LocalBubblewrap,
    #[serde(rename = "kubernetes-pod")]
    KubernetesPod,
    #[serde(rename = "kubernetes-crd")]
    KubernetesCrd,
}
impl ::std::fmt::Display for AgentPodPodType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LocalSystemd => f.write_str("local-systemd"),
            Self::LocalPodman => f.write_str("local-podman"),
            Self::LocalPodmanQuadlet => f.write_str("local-podman-quadlet"),
            Self::LocalDockerCompat => f.write_str("local-docker-compat"),
            Self::LocalBubblewrap => f.write_str("local-bubblewrap"),
            Self::KubernetesPod => f.write_str("kubernetes-pod"),
            Self::KubernetesCrd => f.write_str("kubernetes-crd"),
        }
    }
}
impl ::std::str::FromStr for AgentPodPodType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "local-systemd" => Ok(Self::LocalSystemd),
            "local-podman" => Ok(Self::LocalPodman),
            "local-podman-quadlet" => Ok(Self::LocalPodmanQuadlet),
            "local-docker-compat" => Ok(Self::LocalDockerCompat),
            "local-bubblewrap" => Ok(Self::LocalBubblewrap),
            "kubernetes-pod" => Ok(Self::KubernetesPod),
            "kubernetes-crd" => Ok(Self::KubernetesCrd),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodPodType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodPodType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Governance requirements and fixed safety limits of the pod.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodPolicy {
    ///Whether activating the pod requires an Agent Registry grant.
    #[serde(rename = "agentRegistryRequired")]
    pub agent_registry_required: bool,
    ///Whether the pod asks for the host network namespace; this is a request only and remains subject to the deployment-safety rules.
    #[serde(rename = "allowHostNetwork")]
    pub allow_host_network: bool,
    ///Always false (const): an AgentPod can never ask for a privileged container or process.
    #[serde(rename = "allowPrivileged")]
    pub allow_privileged: ::agent_machine::contracts::wire::ConstFalse,
    ///Always false (const): secret values may never appear in an AgentPod; only references to secrets held elsewhere are allowed.
    #[serde(rename = "allowSecretInSpec")]
    pub allow_secret_in_spec: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether reusing caches across sessions requires an explicit policy decision.
    #[serde(
        rename = "cacheReuseRequiresPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_reuse_requires_policy: ::std::option::Option<bool>,
    ///Whether outbound traffic from the pod must be restricted by an egress policy.
    #[serde(rename = "egressPolicyRequired")]
    pub egress_policy_required: bool,
    ///Whether traffic to the pod must be restricted by a network policy.
    #[serde(rename = "networkPolicyRequired")]
    pub network_policy_required: bool,
    ///Whether activating the pod requires a Policy Fabric admission.
    #[serde(rename = "policyFabricRequired")]
    pub policy_fabric_required: bool,
    ///Whether tool use by the workload requires an Agent Registry grant.
    #[serde(
        rename = "toolUseRequiresGrant",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_use_requires_grant: ::std::option::Option<bool>,
}
///One network port of the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodPortsItem {
    ///Port number the workload listens on inside its container or network namespace (1-65535).
    #[serde(rename = "containerPort")]
    pub container_port: ::agent_machine::contracts::wire::Port,
    ///How far the port is exposed: not at all, loopback only, on the host, inside the cluster, through ingress, or as policy decides; anything wider than loopback needs a PolicyAdmission that allows it.
    pub exposure: AgentPodPortsItemExposure,
    ///Host port number the container port is published on, for local pod types (1-65535).
    #[serde(rename = "hostPort", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_port: ::std::option::Option<::agent_machine::contracts::wire::Port>,
    ///Name of the port, e.g. openai-compatible-http.
    pub name: ::std::string::String,
}
///How far the port is exposed: not at all, loopback only, on the host, inside the cluster, through ingress, or as policy decides; anything wider than loopback needs a PolicyAdmission that allows it.
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
pub enum AgentPodPortsItemExposure {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "loopback")]
    Loopback,
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "cluster")]
    Cluster,
    #[serde(rename = "ingress")]
    Ingress,
    #[serde(rename = "policy-managed")]
    PolicyManaged,
}
impl ::std::fmt::Display for AgentPodPortsItemExposure {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::None => f.write_str("none"),
            Self::Loopback => f.write_str("loopback"),
            Self::Host => f.write_str("host"),
            Self::Cluster => f.write_str("cluster"),
            Self::Ingress => f.write_str("ingress"),
            Self::PolicyManaged => f.write_str("policy-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodPortsItemExposure {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "none" => Ok(Self::None),
            "loopback" => Ok(Self::Loopback),
            "host" => Ok(Self::Host),
            "cluster" => Ok(Self::Cluster),
            "ingress" => Ok(Self::Ingress),
            "policy-managed" => Ok(Self::PolicyManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodPortsItemExposure {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodPortsItemExposure {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Which receipts deploying and running the pod must produce.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodReceipts {
    ///Whether a placement receipt is emitted when the pod is placed.
    #[serde(rename = "emitPlacement")]
    pub emit_placement: bool,
    ///Whether runtime evidence is emitted while the pod runs.
    #[serde(rename = "emitRuntime")]
    pub emit_runtime: bool,
    ///Whether storage receipts are emitted for the pod's volumes.
    #[serde(rename = "emitStorage")]
    pub emit_storage: bool,
    ///Always false (const): receipts for the pod never include raw content such as prompts, cache contents or secret values.
    #[serde(rename = "includeRawContent")]
    pub include_raw_content: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether receipts are required for the pod.
    pub required: bool,
}
///Compute resources requested and limited for the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResources {
    ///Accelerators the workload uses or can use.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerators: ::std::option::Option<
        ::agent_machine::contracts::wire::List<AgentPodResourcesAcceleratorsItem>,
    >,
    pub cpu: AgentPodResourcesCpu,
    #[serde(rename = "memoryBytes")]
    pub memory_bytes: AgentPodResourcesMemoryBytes,
}
///One accelerator requirement of the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResourcesAcceleratorsItem {
    ///Number of devices of this type the workload uses.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<u64>,
    ///Whether the workload cannot run without this accelerator; false means it is optional.
    pub required: bool,
    ///Kind of accelerator: the CPU or a GPU compute API (Vulkan, CUDA, ROCm, Metal, MLX), or unknown.
    #[serde(rename = "type")]
    pub type_: AgentPodResourcesAcceleratorsItemType,
}
///Kind of accelerator: the CPU or a GPU compute API (Vulkan, CUDA, ROCm, Metal, MLX), or unknown.
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
pub enum AgentPodResourcesAcceleratorsItemType {
    #[serde(rename = "cpu")]
    Cpu,
    #[serde(rename = "vulkan")]
    Vulkan,
    #[serde(rename = "cuda")]
    Cuda,
    #[serde(rename = "rocm")]
    Rocm,
    #[serde(rename = "metal")]
    Metal,
    #[serde(rename = "mlx")]
    Mlx,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for AgentPodResourcesAcceleratorsItemType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Cpu => f.write_str("cpu"),
            Self::Vulkan => f.write_str("vulkan"),
            Self::Cuda => f.write_str("cuda"),
            Self::Rocm => f.write_str("rocm"),
            Self::Metal => f.write_str("metal"),
            Self::Mlx => f.write_str("mlx"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for AgentPodResourcesAcceleratorsItemType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "cpu" => Ok(Self::Cpu),
            "vulkan" => Ok(Self::Vulkan),
            "cuda" => Ok(Self::Cuda),
            "rocm" => Ok(Self::Rocm),
            "metal" => Ok(Self::Metal),
            "mlx" => Ok(Self::Mlx),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodResourcesAcceleratorsItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodResourcesAcceleratorsItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///CPU request and limit.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResourcesCpu {
    ///Maximum CPU the workload may use, as a Kubernetes-style quantity string in cores.
    pub limit: ::std::string::String,
    ///CPU guaranteed to the workload, as a Kubernetes-style quantity string in cores, e.g. "2" or "500m".
    pub request: ::std::string::String,
}
///Memory request and limit, in bytes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodResourcesMemoryBytes {
    ///Maximum memory the workload may use, in bytes.
    pub limit: u64,
    ///Memory guaranteed to the workload, in bytes.
    pub request: u64,
}
///How the workload is executed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodRuntime {
    ///Arguments passed to the entrypoint, in order; they must not contain secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub args: ::std::option::Option<
        ::agent_machine::contracts::wire::List<::std::string::String>,
    >,
    ///Entrypoint that overrides the image's default, e.g. llama-server.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entrypoint: ::std::option::Option<::std::string::String>,
    ///SHA-256 digest of the container image; in strict supply-chain mode it must equal the digest pinned in imageOrCommand.
    #[serde(
        rename = "imageDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_digest: ::std::option::Option<AgentPodRuntimeImageDigest>,
    ///Container image reference (digest-pinned as name@sha256:\<hex> for strict supply chain) or, for non-container modes, the command to run.
    #[serde(rename = "imageOrCommand")]
    pub image_or_command: ::std::string::String,
    ///How the image must be referenced: a mutable tag allowed during bootstrap, a digest required, or the reference already digest-pinned.
    #[serde(
        rename = "imageReferencePolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_reference_policy: ::std::option::Option<
        AgentPodRuntimeImageReferencePolicy,
    >,
    ///Execution engine: systemd, Podman, Podman Quadlet, Docker, bubblewrap or Kubernetes.
    pub mode: AgentPodRuntimeMode,
    ///Kubernetes namespace the pod is deployed into.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    ///Network mode: none, loopback only, host network, slirp4netns user-mode networking, a shared pod network, a Kubernetes Service, or managed by policy.
    #[serde(rename = "networkMode")]
    pub network_mode: AgentPodRuntimeNetworkMode,
    ///Reference to the build provenance attestation of the image.
    #[serde(
        rename = "provenanceRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provenance_ref: ::std::option::Option<::std::string::String>,
    ///When the runtime restarts the workload: never, on failure, always, or as policy decides.
    #[serde(rename = "restartPolicy")]
    pub restart_policy: AgentPodRuntimeRestartPolicy,
    ///Reference to the software bill of materials (SBOM) of the image.
    #[serde(rename = "sbomRef", skip_serializing_if = "::std::option::Option::is_none")]
    pub sbom_ref: ::std::option::Option<::std::string::String>,
    ///Kubernetes ServiceAccount the pod runs as.
    #[serde(
        rename = "serviceAccountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_account_name: ::std::option::Option<::std::string::String>,
}
///SHA-256 digest of the container image; in strict supply-chain mode it must equal the digest pinned in imageOrCommand.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AgentPodRuntimeImageDigest(::std::string::String);
impl ::std::ops::Deref for AgentPodRuntimeImageDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPodRuntimeImageDigest> for ::std::string::String {
    fn from(value: AgentPodRuntimeImageDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AgentPodRuntimeImageDigest {
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
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeImageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeImageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgentPodRuntimeImageDigest {
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
///How the image must be referenced: a mutable tag allowed during bootstrap, a digest required, or the reference already digest-pinned.
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
pub enum AgentPodRuntimeImageReferencePolicy {
    #[serde(rename = "tag-allowed-bootstrap")]
    TagAllowedBootstrap,
    #[serde(rename = "digest-required")]
    DigestRequired,
    #[serde(rename = "digest-pinned")]
    DigestPinned,
}
impl ::std::fmt::Display for AgentPodRuntimeImageReferencePolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::TagAllowedBootstrap => f.write_str("tag-allowed-bootstrap"),
            Self::DigestRequired => f.write_str("digest-required"),
            Self::DigestPinned => f.write_str("digest-pinned"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeImageReferencePolicy {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "tag-allowed-bootstrap" => Ok(Self::TagAllowedBootstrap),
            "digest-required" => Ok(Self::DigestRequired),
            "digest-pinned" => Ok(Self::DigestPinned),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeImageReferencePolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for AgentPodRuntimeImageReferencePolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Execution engine: systemd, Podman, Podman Quadlet, Docker, bubblewrap or Kubernetes.
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
pub enum AgentPodRuntimeMode {
    #[serde(rename = "systemd")]
    Systemd,
    #[serde(rename = "podman")]
    Podman,
    #[serde(rename = "podman-quadlet")]
    PodmanQuadlet,
    #[serde(rename = "docker")]
    Docker,
    #[serde(rename = "bubblewrap")]
    Bubblewrap,
    #[serde(rename = "kubernetes")]
    Kubernetes,
}
impl ::std::fmt::Display for AgentPodRuntimeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Systemd => f.write_str("systemd"),
            Self::Podman => f.write_str("podman"),
            Self::PodmanQuadlet => f.write_str("podman-quadlet"),
            Self::Docker => f.write_str("docker"),
            Self::Bubblewrap => f.write_str("bubblewrap"),
            Self::Kubernetes => f.write_str("kubernetes"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "systemd" => Ok(Self::Systemd),
            "podman" => Ok(Self::Podman),
            "podman-quadlet" => Ok(Self::PodmanQuadlet),
            "docker" => Ok(Self::Docker),
            "bubblewrap" => Ok(Self::Bubblewrap),
            "kubernetes" => Ok(Self::Kubernetes),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Network mode: none, loopback only, host network, slirp4netns user-mode networking, a shared pod network, a Kubernetes Service, or managed by policy.
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
pub enum AgentPodRuntimeNetworkMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "loopback")]
    Loopback,
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "slirp4netns")]
    Slirp4netns,
    #[serde(rename = "pod")]
    Pod,
    #[serde(rename = "kubernetes-service")]
    KubernetesService,
    #[serde(rename = "policy-managed")]
    PolicyManaged,
}
impl ::std::fmt::Display for AgentPodRuntimeNetworkMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::None => f.write_str("none"),
            Self::Loopback => f.write_str("loopback"),
            Self::Host => f.write_str("host"),
            Self::Slirp4netns => f.write_str("slirp4netns"),
            Self::Pod => f.write_str("pod"),
            Self::KubernetesService => f.write_str("kubernetes-service"),
            Self::PolicyManaged => f.write_str("policy-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeNetworkMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "none" => Ok(Self::None),
            "loopback" => Ok(Self::Loopback),
            "host" => Ok(Self::Host),
            "slirp4netns" => Ok(Self::Slirp4netns),
            "pod" => Ok(Self::Pod),
            "kubernetes-service" => Ok(Self::KubernetesService),
            "policy-managed" => Ok(Self::PolicyManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeNetworkMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeNetworkMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///When the runtime restarts the workload: never, on failure, always, or as policy decides.
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
pub enum AgentPodRuntimeRestartPolicy {
    #[serde(rename = "never")]
    Never,
    #[serde(rename = "on-failure")]
    OnFailure,
    #[serde(rename = "always")]
    Always,
    #[serde(rename = "policy-managed")]
    PolicyManaged,
}
impl ::std::fmt::Display for AgentPodRuntimeRestartPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Never => f.write_str("never"),
            Self::OnFailure => f.write_str("on-failure"),
            Self::Always => f.write_str("always"),
            Self::PolicyManaged => f.write_str("policy-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodRuntimeRestartPolicy {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "never" => Ok(Self::Never),
            "on-failure" => Ok(Self::OnFailure),
            "always" => Ok(Self::Always),
            "policy-managed" => Ok(Self::PolicyManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodRuntimeRestartPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodRuntimeRestartPolicy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this AgentPod conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum AgentPodSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for AgentPodSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for AgentPodSpecVersion {
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
impl ::std::convert::TryFrom<&str> for AgentPodSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One volume mounted into the workload.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodStorageItem {
    ///Access mode of the mount: read-only, read-write, or runtime-managed.
    #[serde(rename = "accessMode")]
    pub access_mode: AgentPodStorageItemAccessMode,
    ///Id of the CacheTier that provides the volume.
    #[serde(rename = "cacheTierId")]
    pub cache_tier_id: ::std::string::String,
    ///Host directory to mount, for local pod types.
    #[serde(rename = "hostPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_path: ::std::option::Option<::std::string::String>,
    ///Path inside the workload at which the volume is mounted.
    #[serde(rename = "mountPath")]
    pub mount_path: ::std::string::String,
    ///Name of the PersistentVolumeClaim to use, for Kubernetes pod types.
    #[serde(rename = "pvcName", skip_serializing_if = "::std::option::Option::is_none")]
    pub pvc_name: ::std::option::Option<::std::string::String>,
    ///Whether the volume may hold sensitive data.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sensitive: ::std::option::Option<bool>,
    ///Kubernetes StorageClass for the volume's claim.
    #[serde(
        rename = "storageClassName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class_name: ::std::option::Option<::std::string::String>,
    ///Agent volume class of the volume; cache classes (agent-cache-hot, -warm, -cold) need a valid StorageReceipt before activation.
    #[serde(
        rename = "volumeClass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_class: ::std::option::Option<
        ::agent_machine::contracts::wire::VolumeClass,
    >,
}
///Access mode of the mount: read-only, read-write, or runtime-managed.
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
pub enum AgentPodStorageItemAccessMode {
    #[serde(rename = "read-only")]
    ReadOnly,
    #[serde(rename = "read-write")]
    ReadWrite,
    #[serde(rename = "runtime-managed")]
    RuntimeManaged,
}
impl ::std::fmt::Display for AgentPodStorageItemAccessMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ReadOnly => f.write_str("read-only"),
            Self::ReadWrite => f.write_str("read-write"),
            Self::RuntimeManaged => f.write_str("runtime-managed"),
        }
    }
}
impl ::std::str::FromStr for AgentPodStorageItemAccessMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "read-only" => Ok(Self::ReadOnly),
            "read-write" => Ok(Self::ReadWrite),
            "runtime-managed" => Ok(Self::RuntimeManaged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodStorageItemAccessMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodStorageItemAccessMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///What the pod runs and which agent identity it acts for.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgentPodWorkload {
    ///Reference (URN) to the agent identity the workload acts as.
    #[serde(
        rename = "agentIdentityRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_identity_ref: ::std::option::Option<::std::string::String>,
    ///Whether the workload must run under a registered agent identity.
    #[serde(rename = "agentIdentityRequired")]
    pub agent_identity_required: bool,
    ///Human-readable description of the workload; it must not contain secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///Name of the workload; names of rendered units and Kubernetes resources are derived from it.
    pub name: ::std::string::String,
    ///Role of the workload, e.g. inference-provider or agent-runner.
    pub purpose: AgentPodWorkloadPurpose,
    ///Reference (URN) to the SourceOS topic the workload is associated with.
    #[serde(rename = "topicRef", skip_serializing_if = "::std::option::Option::is_none")]
    pub topic_ref: ::std::option::Option<::std::string::String>,
    ///Reference (URN) to the SourceOS workroom the workload belongs to.
    #[serde(
        rename = "workroomRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workroom_ref: ::std::option::Option<::std::string::String>,
}
///Role of the workload, e.g. inference-provider or agent-runner.
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
pub enum AgentPodWorkloadPurpose {
    #[serde(rename = "inference-provider")]
    InferenceProvider,
    #[serde(rename = "agent-runner")]
    AgentRunner,
    #[serde(rename = "browser-runtime")]
    BrowserRuntime,
    #[serde(rename = "terminal-runtime")]
    TerminalRuntime,
    #[serde(rename = "tool-runner")]
    ToolRunner,
    #[serde(rename = "workspace-job")]
    WorkspaceJob,
    #[serde(rename = "probe-job")]
    ProbeJob,
    #[serde(rename = "other")]
    Other,
}
impl ::std::fmt::Display for AgentPodWorkloadPurpose {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::InferenceProvider => f.write_str("inference-provider"),
            Self::AgentRunner => f.write_str("agent-runner"),
            Self::BrowserRuntime => f.write_str("browser-runtime"),
            Self::TerminalRuntime => f.write_str("terminal-runtime"),
            Self::ToolRunner => f.write_str("tool-runner"),
            Self::WorkspaceJob => f.write_str("workspace-job"),
            Self::ProbeJob => f.write_str("probe-job"),
            Self::Other => f.write_str("other"),
        }
    }
}
impl ::std::str::FromStr for AgentPodWorkloadPurpose {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "inference-provider" => Ok(Self::InferenceProvider),
            "agent-runner" => Ok(Self::AgentRunner),
            "browser-runtime" => Ok(Self::BrowserRuntime),
            "terminal-runtime" => Ok(Self::TerminalRuntime),
            "tool-runner" => Ok(Self::ToolRunner),
            "workspace-job" => Ok(Self::WorkspaceJob),
            "probe-job" => Ok(Self::ProbeJob),
            "other" => Ok(Self::Other),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AgentPodWorkloadPurpose {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AgentPodWorkloadPurpose {
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

