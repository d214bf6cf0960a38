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
    pub pod_type: ::agent_machine::contracts::wire::PodType,
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
    pub type_: ::agent_machine::contracts::wire::Accelerator,
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
    pub access_mode: ::agent_machine::contracts::wire::AccessMode,
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

