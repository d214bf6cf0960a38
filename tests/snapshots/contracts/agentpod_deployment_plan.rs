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
    pub pod_type: ::agent_machine::contracts::wire::PodType,
    ///SourceOS machine profile, copied from the AgentPod.
    pub profile: ::agent_machine::contracts::wire::Profile,
    ///Artifact surface for the pod type: quadlet-container for Quadlet pods, local-runtime-plan for other local pod types, kubernetes-yaml for Kubernetes pods, agentpod-crd for the AgentPod custom resource.
    pub surface: ::agent_machine::contracts::wire::Surface,
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

