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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct SignalType(pub ::agent_machine::contracts::wire::SignalType);
impl ::std::ops::Deref for SignalType {
    type Target = ::agent_machine::contracts::wire::SignalType;
    fn deref(&self) -> &::agent_machine::contracts::wire::SignalType {
        &self.0
    }
}
impl ::std::convert::From<SignalType> for ::agent_machine::contracts::wire::SignalType {
    fn from(value: SignalType) -> Self {
        value.0
    }
}
impl ::std::convert::From<::agent_machine::contracts::wire::SignalType> for SignalType {
    fn from(value: ::agent_machine::contracts::wire::SignalType) -> Self {
        Self(value)
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

