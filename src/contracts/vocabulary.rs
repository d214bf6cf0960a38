//! The SourceOS vocabularies that several contracts share, as value lists.
//!
//! A schema node that states exactly one of these vocabularies (the same
//! values, or the same const-false flags) is given one shared Rust type
//! ([`crate::contracts::wire::Profile`], [`crate::contracts::wire::VolumeClass`],
//! [`crate::contracts::wire::PodType`], [`crate::contracts::wire::Surface`],
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
