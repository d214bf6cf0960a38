//! Hand-written wire types that restore what typify cannot express.
//!
//! build.rs rewrites the typify copy of every contract so that these types
//! stand where the JSON Schema has a rule a plain Rust type would lose
//! (see `docs/contracts.md`, "typify-safe profile"):
//!
//! | schema construct                        | generated Rust type          |
//! |-----------------------------------------|------------------------------|
//! | `{"type":"boolean","const":false}`      | [`ConstFalse`]               |
//! | `{"type":"integer","minimum":1,"maximum":65535}` | [`Port`]            |
//! | `{"type":"array"}`                      | [`List<T>`]                  |
//! | `{"type":"array","uniqueItems":true}`   | [`UniqueList<T>`]            |
//! | `… "minItems": 1`                       | [`NonEmptyList<T>`], [`NonEmptyUniqueList<T>`] |
//! | optional `{"type":["X","null"]}`        | `Option<`[`Nullable<T>`]`>`  |
//! | `{"additionalProperties":{"type":"string"}}` | [`StringMap`]           |
//! | a string `enum` that is a shared vocabulary (`super::vocabulary`) | [`Profile`], [`VolumeClass`], [`PodType`], [`Surface`], [`StorageTier`], [`StorageBackend`], … |
//! | a `receiptSafety` of const-false flags  | [`ReceiptSafety`], [`ArtifactReceiptSafety`] |
//!
//! Every type here keeps the JSON it was read from: re-serializing a value
//! gives back the same document (same array order, explicit `null` kept apart
//! from an absent field, an empty array kept apart from an absent one).

use std::collections::BTreeMap;
use std::fmt;
use std::num::NonZeroU16;

use serde::de::{Deserializer, Error as _};
use serde::{Deserialize, Serialize, Serializer};

/// A boolean that can only be `false`.
///
/// Safety flags such as `rawPromptContentIncluded` and
/// `authorizationGranted` are `const: false` in the contracts. This type has
/// exactly one value, so a receipt that claims `true` can neither be built in
/// Rust nor deserialized from JSON.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConstFalse;

impl ConstFalse {
    /// The only value, as a `bool`.
    pub const fn get(self) -> bool {
        false
    }
}

impl Serialize for ConstFalse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(false)
    }
}

impl<'de> Deserialize<'de> for ConstFalse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match bool::deserialize(deserializer)? {
            false => Ok(ConstFalse),
            true => Err(D::Error::custom(
                "this flag is const false: it can never be true",
            )),
        }
    }
}

impl From<ConstFalse> for bool {
    fn from(_: ConstFalse) -> bool {
        false
    }
}

/// A TCP/UDP port number, 1–65535.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Port(NonZeroU16);

impl Port {
    /// Returns the port when `value` is in 1–65535.
    pub fn new(value: u16) -> Option<Self> {
        NonZeroU16::new(value).map(Port)
    }

    /// The port number.
    pub fn get(self) -> u16 {
        self.0.get()
    }
}

impl fmt::Display for Port {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl TryFrom<u16> for Port {
    type Error = &'static str;
    fn try_from(value: u16) -> Result<Self, Self::Error> {
        Port::new(value).ok_or("a port is in 1..=65535")
    }
}

/// `value` as the contract types `field` (an id, a digest, an enum value):
/// how code that builds a document turns a string it holds into a constrained
/// contract value. The error names the field.
pub fn typed<T: std::str::FromStr>(field: &str, value: &str) -> Result<T, String>
where
    T::Err: fmt::Display,
{
    value.parse().map_err(|e| format!("{field}: {e}"))
}

/// A value that may be an explicit JSON `null`.
///
/// Used for optional fields whose schema type is `["X", "null"]`: the field
/// is `Option<Nullable<X>>`, so absent (`None`), `null`
/// (`Some(Nullable::Null)`) and a value stay three different things.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Nullable<T> {
    /// An explicit `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if not `null`.
    pub fn as_option(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Nullable::Null, Nullable::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

/// A string → string map (`labels`) that always serializes in key order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StringMap(pub BTreeMap<String, String>);

impl std::ops::Deref for StringMap {
    type Target = BTreeMap<String, String>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl FromIterator<(String, String)> for StringMap {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        StringMap(iter.into_iter().collect())
    }
}

/// Why a list was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListError {
    /// `uniqueItems`: the item at `index` repeats an earlier one.
    Duplicate {
        /// The earlier item.
        first: usize,
        /// The repeat.
        index: usize,
    },
    /// `minItems: 1`: the list is empty.
    Empty,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListError::Duplicate { first, index } => {
                write!(f, "item {index} repeats item {first} (uniqueItems)")
            }
            ListError::Empty => f.write_str("the list must not be empty (minItems 1)"),
        }
    }
}

impl std::error::Error for ListError {}

fn check_list<T: PartialEq>(items: &[T], unique: bool, non_empty: bool) -> Result<(), ListError> {
    if non_empty && items.is_empty() {
        return Err(ListError::Empty);
    }
    if unique {
        // Lists in contracts are short; a quadratic scan keeps `T: PartialEq`
        // enough and reports the first repeat in document order.
        for (index, item) in items.iter().enumerate() {
            if let Some(first) = items[..index].iter().position(|earlier| earlier == item) {
                return Err(ListError::Duplicate { first, index });
            }
        }
    }
    Ok(())
}

macro_rules! list_type {
    ($(#[$doc:meta])* $name:ident, unique = $unique:expr, non_empty = $non_empty:expr) => {
        $(#[$doc])*
        ///
        /// The order of the items is kept exactly as read: it is part of a
        /// document's canonical digest.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name<T>(Vec<T>);

        impl<T: PartialEq> $name<T> {
            /// Builds the list, refusing what the schema refuses.
            pub fn new(items: Vec<T>) -> Result<Self, ListError> {
                check_list(&items, $unique, $non_empty)?;
                Ok($name(items))
            }
        }

        impl<T> $name<T> {
            /// The items, in order.
            pub fn as_slice(&self) -> &[T] {
                &self.0
            }

            /// The items, in order.
            pub fn into_vec(self) -> Vec<T> {
                self.0
            }
        }

        impl<T> std::ops::Deref for $name<T> {
            type Target = [T];
            fn deref(&self) -> &[T] {
                &self.0
            }
        }

        impl<'a, T> IntoIterator for &'a $name<T> {
            type Item = &'a T;
            type IntoIter = std::slice::Iter<'a, T>;
            fn into_iter(self) -> Self::IntoIter {
                self.0.iter()
            }
        }

        impl<T: PartialEq> TryFrom<Vec<T>> for $name<T> {
            type Error = ListError;
            fn try_from(items: Vec<T>) -> Result<Self, ListError> {
                $name::new(items)
            }
        }

        impl<'de, T: Deserialize<'de> + PartialEq> Deserialize<'de> for $name<T> {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let items = Vec::<T>::deserialize(deserializer)?;
                $name::new(items).map_err(D::Error::custom)
            }
        }
    };
}

list_type!(
    /// A JSON array with no item rule beyond the item type.
    List,
    unique = false,
    non_empty = false
);
list_type!(
    /// A JSON array with `uniqueItems: true`: duplicates are refused.
    UniqueList,
    unique = true,
    non_empty = false
);
list_type!(
    /// A JSON array with `minItems: 1`.
    NonEmptyList,
    unique = false,
    non_empty = true
);
list_type!(
    /// A JSON array with `minItems: 1` and `uniqueItems: true`.
    NonEmptyUniqueList,
    unique = true,
    non_empty = true
);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T> Default for UniqueList<T> {
    fn default() -> Self {
        UniqueList(Vec::new())
    }
}

/// Deserializes an optional nullable field that is *present*: `null` becomes
/// `Some(Nullable::Null)` instead of serde's usual `None`.
///
/// build.rs attaches this (`deserialize_with`) to every generated
/// `Option<Nullable<T>>` field; `None` then means only "absent".
pub fn deserialize_present<'de, D, T>(deserializer: D) -> Result<Option<Nullable<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Nullable::deserialize(deserializer).map(Some)
}

/// The error of parsing a vocabulary value that is not one of its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownValue {
    /// The vocabulary (`profile`, `volumeClass`).
    pub vocabulary: &'static str,
    /// The value given.
    pub value: String,
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a {}", self.value, self.vocabulary)
    }
}

impl std::error::Error for UnknownValue {}

macro_rules! vocabulary {
    (
        $(#[$doc:meta])*
        $name:ident ($field:literal, $values:path) {
            $($variant:ident = $wire:literal,)*
        }
    ) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        pub enum $name {
            $(
                #[doc = concat!("`", $wire, "`")]
                #[serde(rename = $wire)]
                $variant,
            )*
        }

        impl $name {
            /// Every value, in contract order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The value as written in documents.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)*
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, UnknownValue> {
                $name::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| UnknownValue {
                    vocabulary: $field,
                    value: s.to_string(),
                })
            }
        }

        const _: () = {
            // The variants are the values of the vocabulary list, in order.
            let list: &[&str] = $values;
            let ours: &[&str] = &[$($wire),*];
            assert!(list.len() == ours.len());
            let mut i = 0;
            while i < list.len() {
                let (a, b) = (list[i].as_bytes(), ours[i].as_bytes());
                assert!(a.len() == b.len());
                let mut j = 0;
                while j < a.len() {
                    assert!(a[j] == b[j]);
                    j += 1;
                }
                i += 1;
            }
        };
    };
}

vocabulary! {
    /// A machine profile (`profile` of an AgentPod and a machine, `target.profile`
    /// of a plan and a receipt).
    Profile("profile", crate::contracts::vocabulary::PROFILES) {
        M2AsahiLinux = "m2-asahi-linux",
        SourceosWorkstation = "sourceos-workstation",
        FedoraSilverblue = "fedora-silverblue",
        LinuxGpuNode = "linux-gpu-node",
        LinuxEdgeNode = "linux-edge-node",
        KubernetesNode = "kubernetes-node",
        MacosAppleSiliconCompat = "macos-apple-silicon-compat",
    }
}

vocabulary! {
    /// A kind of pod (`podType` of an AgentPod, `target.podType` of a plan).
    PodType("podType", crate::contracts::vocabulary::POD_TYPES) {
        LocalSystemd = "local-systemd",
        LocalPodman = "local-podman",
        LocalPodmanQuadlet = "local-podman-quadlet",
        LocalDockerCompat = "local-docker-compat",
        LocalBubblewrap = "local-bubblewrap",
        KubernetesPod = "kubernetes-pod",
        KubernetesCrd = "kubernetes-crd",
    }
}

vocabulary! {
    /// What an artifact is rendered for (`target.surface` of a plan and a
    /// receipt).
    Surface("surface", crate::contracts::vocabulary::SURFACES) {
        QuadletContainer = "quadlet-container",
        LocalRuntimePlan = "local-runtime-plan",
        KubernetesYaml = "kubernetes-yaml",
        AgentpodCrd = "agentpod-crd",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// A storage volume class (`volumeClass` of a pod's storage item, a
    /// CacheTier and a StorageReceipt).
    VolumeClass("volumeClass", crate::contracts::vocabulary::VOLUME_CLASSES) {
        AgentModels = "agent-models",
        AgentCacheHot = "agent-cache-hot",
        AgentCacheWarm = "agent-cache-warm",
        AgentCacheCold = "agent-cache-cold",
        AgentScratch = "agent-scratch",
        AgentEvidence = "agent-evidence",
        AgentArtifacts = "agent-artifacts",
    }
}

vocabulary! {
    /// An accelerator type (`resources.accelerators[].type` of a pod, `runtime.acceleration` of a provider).
    Accelerator("type", crate::contracts::vocabulary::ACCELERATORS) {
        Cpu = "cpu",
        Vulkan = "vulkan",
        Cuda = "cuda",
        Rocm = "rocm",
        Metal = "metal",
        Mlx = "mlx",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// How a volume is mounted (`storage[].accessMode` of a pod, `mount.mode` of a CacheTier).
    AccessMode("accessMode", crate::contracts::vocabulary::ACCESS_MODES) {
        ReadOnly = "read-only",
        ReadWrite = "read-write",
        RuntimeManaged = "runtime-managed",
    }
}

vocabulary! {
    /// A Policy Fabric verdict (`decision.status` of a PolicyAdmission, `policyFabric.admissionStatus` of runtime evidence).
    AdmissionStatus("admissionStatus", crate::contracts::vocabulary::ADMISSION_STATUSES) {
        Missing = "missing",
        Allowed = "allowed",
        Denied = "denied",
        NotRequired = "not-required",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// A kind of receipt an activation must produce (`obligations.requiredReceipts[]` of an admission and a decision).
    ReceiptKind("requiredReceipts", crate::contracts::vocabulary::RECEIPT_KINDS) {
        Deployment = "deployment",
        Storage = "storage",
        Runtime = "runtime",
        Wipe = "wipe",
        Teardown = "teardown",
        CacheReuse = "cache-reuse",
    }
}

vocabulary! {
    /// A storage backend (`backend` of a CacheTier and a StorageReceipt).
    StorageBackend("backend", crate::contracts::vocabulary::STORAGE_BACKENDS) {
        Filesystem = "filesystem",
        LocalLvm = "local-lvm",
        TopolvmK8s = "topolvm-k8s",
        Tmpfs = "tmpfs",
        ObjectStore = "object-store",
        RemoteVolume = "remote-volume",
    }
}

vocabulary! {
    /// An encryption mode (`encryption.mode` of a CacheTier and a StorageReceipt).
    EncryptionMode("encryption.mode", crate::contracts::vocabulary::ENCRYPTION_MODES) {
        None = "none",
        Fscrypt = "fscrypt",
        Luks = "luks",
        DmCrypt = "dm-crypt",
        Hardware = "hardware",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// How long cached data lives (`lifecycle.durability` of a CacheTier and a StorageReceipt).
    Durability("durability", crate::contracts::vocabulary::DURABILITIES) {
        Ephemeral = "ephemeral",
        SemiDurable = "semi-durable",
        Durable = "durable",
    }
}

vocabulary! {
    /// How cached data is evicted (`lifecycle.evictionPolicy` of a CacheTier and a StorageReceipt).
    EvictionPolicy("evictionPolicy", crate::contracts::vocabulary::EVICTION_POLICIES) {
        Manual = "manual",
        Lru = "lru",
        Ttl = "ttl",
        Quota = "quota",
        Policy = "policy",
        None = "none",
    }
}

vocabulary! {
    /// What a cache volume holds (`purpose[]` of a CacheTier and a StorageReceipt).
    CachePurpose("purpose", crate::contracts::vocabulary::CACHE_PURPOSES) {
        ModelArtifacts = "model-artifacts",
        TokenizerAssets = "tokenizer-assets",
        KvCache = "kv-cache",
        PromptPrefixCache = "prompt-prefix-cache",
        EmbeddingIndex = "embedding-index",
        RerankerState = "reranker-state",
        RetrievalPack = "retrieval-pack",
        ScratchWorkspace = "scratch-workspace",
        ExecutionEvidence = "execution-evidence",
        UserArtifact = "user-artifact",
    }
}

vocabulary! {
    /// How sensitive cached data is (`sensitivity` of a CacheTier, `sensitivityClass` of a StorageReceipt).
    Sensitivity("sensitivity", crate::contracts::vocabulary::SENSITIVITIES) {
        Public = "public",
        Internal = "internal",
        Sensitive = "sensitive",
        Secret = "secret",
        Mixed = "mixed",
    }
}

vocabulary! {
    /// A storage tier (`tier` of a CacheTier and a StorageReceipt).
    StorageTier("tier", crate::contracts::vocabulary::STORAGE_TIERS) {
        Hot = "hot",
        Warm = "warm",
        Cold = "cold",
        Scratch = "scratch",
        Evidence = "evidence",
        Artifact = "artifact",
        Model = "model",
    }
}

vocabulary! {
    /// A kind of external trust signal (`signalType` of a provider and of each signal).
    SignalType("signalType", crate::contracts::vocabulary::SIGNAL_TYPES) {
        AgentIdentity = "agent-identity",
        CertTier = "cert-tier",
        ReputationScore = "reputation-score",
        CounterpartyCheck = "counterparty-check",
        RegistryLookup = "registry-lookup",
        Other = "other",
    }
}

/// `receiptSafety` of the governance documents (ActivationDecision,
/// AgentRegistryGrant, PolicyAdmission, runtime evidence, release bundles):
/// every flag is [`ConstFalse`], so a document that carries raw content
/// cannot be built or read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptSafety {
    /// Never raw content of any kind.
    #[serde(rename = "includeRawContent")]
    pub include_raw_content: ConstFalse,
    /// Never an agent's private memory.
    #[serde(rename = "privateMemoryIncluded")]
    pub private_memory_included: ConstFalse,
    /// Never raw KV-cache content.
    #[serde(rename = "rawKvCacheContentIncluded")]
    pub raw_kv_cache_content_included: ConstFalse,
    /// Never raw prompt content.
    #[serde(rename = "rawPromptContentIncluded")]
    pub raw_prompt_content_included: ConstFalse,
    /// Never secret values.
    #[serde(rename = "secretValuesIncluded")]
    pub secret_values_included: ConstFalse,
}

/// `receiptSafety` of the artifact receipts (DeploymentReceipt,
/// StorageReceipt): [`ReceiptSafety`] without the private-memory flag,
/// which these contracts do not have.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArtifactReceiptSafety {
    /// Never raw content of any kind.
    #[serde(rename = "includeRawContent")]
    pub include_raw_content: ConstFalse,
    /// Never raw KV-cache content.
    #[serde(rename = "rawKvCacheContentIncluded")]
    pub raw_kv_cache_content_included: ConstFalse,
    /// Never raw prompt content.
    #[serde(rename = "rawPromptContentIncluded")]
    pub raw_prompt_content_included: ConstFalse,
    /// Never secret values.
    #[serde(rename = "secretValuesIncluded")]
    pub secret_values_included: ConstFalse,
}

#[cfg(test)]
mod vocabulary_tests {
    use super::*;
    use crate::contracts::vocabulary::{ARTIFACT_RECEIPT_SAFETY, RECEIPT_SAFETY};

    fn keys<T: Serialize>(value: T) -> Vec<String> {
        let mut keys: Vec<String> = serde_json::to_value(value)
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    }

    #[test]
    fn the_safety_types_hold_exactly_the_listed_flags() {
        assert_eq!(keys(ReceiptSafety::default()), RECEIPT_SAFETY);
        assert_eq!(
            keys(ArtifactReceiptSafety::default()),
            ARTIFACT_RECEIPT_SAFETY
        );
    }

    #[test]
    fn vocabularies_read_only_their_values() {
        assert_eq!("agent-models".parse(), Ok(VolumeClass::AgentModels));
        assert_eq!(Profile::KubernetesNode.to_string(), "kubernetes-node");
        assert!("agent-secrets".parse::<VolumeClass>().is_err());
        assert!(serde_json::from_str::<Profile>("\"macos\"").is_err());
    }
}
