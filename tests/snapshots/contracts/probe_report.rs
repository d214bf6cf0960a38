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

