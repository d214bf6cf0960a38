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
    pub signal_type: ::agent_machine::contracts::wire::SignalType,
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

