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

