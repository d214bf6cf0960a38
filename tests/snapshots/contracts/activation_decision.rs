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
        ::agent_machine::contracts::wire::ReceiptKind,
    >,
    ///References through which the admission or grant can be revoked; each at most once.
    #[serde(rename = "revocationRefs")]
    pub revocation_refs: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
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

