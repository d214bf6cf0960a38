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

