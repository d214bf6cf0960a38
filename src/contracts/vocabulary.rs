//! The SourceOS vocabularies that several contracts share, as value lists.
//!
//! A schema node that states exactly one of these vocabularies (the same
//! values, or the same const-false flags) is given one shared Rust type
//! ([`crate::contracts::wire::Profile`], [`crate::contracts::wire::VolumeClass`],
//! [`crate::contracts::wire::PodType`], [`crate::contracts::wire::Surface`], the storage
//! vocabularies of a CacheTier and a StorageReceipt, and the others below,
//! [`crate::contracts::wire::ReceiptSafety`],
//! [`crate::contracts::wire::ArtifactReceiptSafety`]) instead of one
//! generated type per contract, so code compares values, not strings.
//! A node that differs in any value keeps its own generated type: a
//! vocabulary that drifts apart in one contract is a type error where it is
//! used, never a silent conversion.
//!
//! This file is also compiled into `build.rs` (the pre-pass matches schema
//! nodes against these lists), so it depends on nothing.

/// `profile`, `target.profile`: the machine profiles, in contract order.
pub const PROFILES: &[&str] = &[
    "m2-asahi-linux",
    "sourceos-workstation",
    "fedora-silverblue",
    "linux-gpu-node",
    "linux-edge-node",
    "kubernetes-node",
    "macos-apple-silicon-compat",
];

/// `volumeClass`: the storage volume classes, in contract order.
pub const VOLUME_CLASSES: &[&str] = &[
    "agent-models",
    "agent-cache-hot",
    "agent-cache-warm",
    "agent-cache-cold",
    "agent-scratch",
    "agent-evidence",
    "agent-artifacts",
];

/// `podType`, `target.podType`: the kinds of pod, in contract order.
pub const POD_TYPES: &[&str] = &[
    "local-systemd",
    "local-podman",
    "local-podman-quadlet",
    "local-docker-compat",
    "local-bubblewrap",
    "kubernetes-pod",
    "kubernetes-crd",
];

/// `target.surface` of a plan and a receipt: what an artifact is rendered
/// for, in contract order.
pub const SURFACES: &[&str] = &[
    "quadlet-container",
    "local-runtime-plan",
    "kubernetes-yaml",
    "agentpod-crd",
    "unknown",
];

/// `receiptSafety` of the governance documents: every flag const false.
pub const RECEIPT_SAFETY: &[&str] = &[
    "includeRawContent",
    "privateMemoryIncluded",
    "rawKvCacheContentIncluded",
    "rawPromptContentIncluded",
    "secretValuesIncluded",
];

/// `receiptSafety` of the artifact receipts (DeploymentReceipt,
/// StorageReceipt), which have no private-memory flag.
pub const ARTIFACT_RECEIPT_SAFETY: &[&str] = &[
    "includeRawContent",
    "rawKvCacheContentIncluded",
    "rawPromptContentIncluded",
    "secretValuesIncluded",
];

/// An accelerator type (`resources.accelerators[].type` of a pod, `runtime.acceleration` of a provider), in contract order.
pub const ACCELERATORS: &[&str] = &["cpu", "vulkan", "cuda", "rocm", "metal", "mlx", "unknown"];

/// How a volume is mounted (`storage[].accessMode` of a pod, `mount.mode` of a CacheTier), in contract order.
pub const ACCESS_MODES: &[&str] = &["read-only", "read-write", "runtime-managed"];

/// A Policy Fabric verdict (`decision.status` of a PolicyAdmission, `policyFabric.admissionStatus` of runtime evidence), in contract order.
pub const ADMISSION_STATUSES: &[&str] =
    &["missing", "allowed", "denied", "not-required", "unknown"];

/// A kind of receipt an activation must produce (`obligations.requiredReceipts[]` of an admission and a decision), in contract order.
pub const RECEIPT_KINDS: &[&str] = &[
    "deployment",
    "storage",
    "runtime",
    "wipe",
    "teardown",
    "cache-reuse",
];

/// A storage backend (`backend` of a CacheTier and a StorageReceipt), in contract order.
pub const STORAGE_BACKENDS: &[&str] = &[
    "filesystem",
    "local-lvm",
    "topolvm-k8s",
    "tmpfs",
    "object-store",
    "remote-volume",
];

/// An encryption mode (`encryption.mode` of a CacheTier and a StorageReceipt), in contract order.
pub const ENCRYPTION_MODES: &[&str] =
    &["none", "fscrypt", "luks", "dm-crypt", "hardware", "unknown"];

/// How long cached data lives (`lifecycle.durability` of a CacheTier and a StorageReceipt), in contract order.
pub const DURABILITIES: &[&str] = &["ephemeral", "semi-durable", "durable"];

/// How cached data is evicted (`lifecycle.evictionPolicy` of a CacheTier and a StorageReceipt), in contract order.
pub const EVICTION_POLICIES: &[&str] = &["manual", "lru", "ttl", "quota", "policy", "none"];

/// What a cache volume holds (`purpose[]` of a CacheTier and a StorageReceipt), in contract order.
pub const CACHE_PURPOSES: &[&str] = &[
    "model-artifacts",
    "tokenizer-assets",
    "kv-cache",
    "prompt-prefix-cache",
    "embedding-index",
    "reranker-state",
    "retrieval-pack",
    "scratch-workspace",
    "execution-evidence",
    "user-artifact",
];

/// How sensitive cached data is (`sensitivity` of a CacheTier, `sensitivityClass` of a StorageReceipt), in contract order.
pub const SENSITIVITIES: &[&str] = &["public", "internal", "sensitive", "secret", "mixed"];

/// A storage tier (`tier` of a CacheTier and a StorageReceipt), in contract order.
pub const STORAGE_TIERS: &[&str] = &[
    "hot", "warm", "cold", "scratch", "evidence", "artifact", "model",
];

/// A kind of external trust signal (`signalType` of a provider and of each signal), in contract order.
pub const SIGNAL_TYPES: &[&str] = &[
    "agent-identity",
    "cert-tier",
    "reputation-score",
    "counterparty-check",
    "registry-lookup",
    "other",
];
