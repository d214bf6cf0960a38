//! Rule codes: one enum per area, one [`Rule`] over all of them.
//!
//! Every [`Finding`](crate::base::finding::Finding) names its rule with a
//! variant here, never a string: a code cannot be misspelt, and the list of
//! codes (`docs/rules.md`, checked by `tests/it/rules.rs`) is this file. The
//! code printed is stable and kebab-case, `area/rule`.

use std::fmt;

macro_rules! rules {
    ($(
        $(#[$area_doc:meta])*
        $area:ident {
            $($variant:ident = $code:literal,)*
        }
    )*) => {
        $(
            $(#[$area_doc])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub enum $area {
                $(
                    #[doc = concat!("`", $code, "`")]
                    $variant,
                )*
            }

            impl $area {
                /// Every rule of the area, in code order.
                pub const ALL: &'static [$area] = &[$($area::$variant),*];

                /// The stable code.
                pub const fn code(self) -> &'static str {
                    match self {
                        $($area::$variant => $code,)*
                    }
                }
            }

            impl From<$area> for Rule {
                fn from(rule: $area) -> Rule {
                    Rule::$area(rule)
                }
            }
        )*

        /// A rule of any area.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $(
                #[doc = concat!("A rule of [`", stringify!($area), "`].")]
                $area($area),
            )*
        }

        impl Rule {
            /// The stable code (`pod/unique-env-name`).
            pub const fn code(self) -> &'static str {
                match self {
                    $(Rule::$area(rule) => rule.code(),)*
                }
            }

            /// The area's enum name (`Pod`, `Posture`, …).
            pub const fn area(self) -> &'static str {
                match self {
                    $(Rule::$area(_) => stringify!($area),)*
                }
            }

            /// The rule whose code is `code`.
            pub fn from_code(code: &str) -> Option<Rule> {
                Rule::all().into_iter().find(|r| r.code() == code)
            }

            /// Every rule of every area.
            pub fn all() -> Vec<Rule> {
                let mut all = Vec::new();
                $(all.extend($area::ALL.iter().map(|r| Rule::$area(*r)));)*
                all
            }
        }
    };
}

rules! {
    /// PolicyAdmission rules (`admission/…`).
    Admission {
        DecidedRefs = "admission/decided-refs",
        MissingAllowsNothing = "admission/missing-allows-nothing",
        RequiredReceipts = "admission/required-receipts",
        ScopeOverlap = "admission/scope-overlap",
        StatusAuthorization = "admission/status-authorization",
    }
    /// AgentPlaneRuntimeEvidence rules (`evidence/…`).
    Evidence {
        RunningAuthority = "evidence/running-authority",
        Secret = "evidence/secret",
    }
    /// The value grammars every user-controlled string is parsed into (`grammar/…`).
    Grammar {
        CpuQuantity = "grammar/cpu-quantity",
        Entrypoint = "grammar/entrypoint",
        Filesystem = "grammar/filesystem",
        HostPath = "grammar/host-path",
        ImageReference = "grammar/image-reference",
        LvmName = "grammar/lvm-name",
        Memory = "grammar/memory",
        MountOptions = "grammar/mount-options",
        MountTarget = "grammar/mount-target",
        Namespace = "grammar/namespace",
        VolumeSize = "grammar/volume-size",
    }
    /// AgentRegistryGrant rules (`grant/…`).
    Grant {
        ActiveRefs = "grant/active-refs",
        AllowedWithinRequested = "grant/allowed-within-requested",
        RevocationStatus = "grant/revocation-status",
        ScopeOverlap = "grant/scope-overlap",
        StatusAuthorization = "grant/status-authorization",
    }
    /// AgentPod rules (`pod/…`).
    Pod {
        Bounds = "pod/bounds",
        CpuRequest = "pod/cpu-request",
        HealthPort = "pod/health-port",
        HostNetwork = "pod/host-network",
        LabelKey = "pod/label-key",
        MemoryRequest = "pod/memory-request",
        SecretInEnv = "pod/secret-in-env",
        SecretInSpec = "pod/secret-in-spec",
        SecretName = "pod/secret-name",
        ServiceAccount = "pod/service-account",
        ShmSize = "pod/shm-size",
        UniqueContainerPort = "pod/unique-container-port",
        UniqueEnvName = "pod/unique-env-name",
        UniqueHostPort = "pod/unique-host-port",
        UniqueMountPath = "pod/unique-mount-path",
        UniquePortName = "pod/unique-port-name",
        UniqueSecretRef = "pod/unique-secret-ref",
        UniqueStorageSource = "pod/unique-storage-source",
        WritableEntrypoint = "pod/writable-entrypoint",
    }
    /// The posture model, held against every emitted artifact (`posture/…`).
    Posture {
        Capabilities = "posture/capabilities",
        DefaultDenyEgress = "posture/default-deny-egress",
        Device = "posture/device",
        DuplicateMount = "posture/duplicate-mount",
        EngineSocket = "posture/engine-socket",
        Exposure = "posture/exposure",
        Hardening = "posture/hardening",
        HostNetwork = "posture/host-network",
        HostPath = "posture/host-path",
        Image = "posture/image",
        MountTarget = "posture/mount-target",
        Namespace = "posture/namespace",
        PodmanFlag = "posture/podman-flag",
        Privileged = "posture/privileged",
        ReadOnlyModels = "posture/read-only-models",
        Secret = "posture/secret",
        UnitShape = "posture/unit-shape",
    }
    /// ProbeReport rules (`probe/…`).
    Probe {
        ProbeOnly = "probe/probe-only",
    }
    /// What a renderer refuses to emit: a value its surface cannot carry safely. These codes have no area prefix, as they have always been printed.
    Render {
        Accelerator = "accelerator",
        CacheTierUnresolved = "cache-tier-unresolved",
        ContainerName = "container-name",
        Dns1123Label = "dns-1123-label",
        Dns1123Subdomain = "dns-1123-subdomain",
        Exposure = "exposure",
        HostPath = "host-path",
        Label = "label",
        Network = "network",
        Path = "path",
        Source = "source",
        StoragePlan = "storage-plan",
        Surface = "surface",
        UnitSize = "unit-size",
        UnitSyntax = "unit-syntax",
        Yaml = "yaml",
    }
    /// StorageReceipt and storage-plan rules (`storage/…`).
    Storage {
        AgentMachineId = "storage/agent-machine-id",
        At = "storage/at",
        EncryptionMode = "storage/encryption-mode",
        EncryptionObserved = "storage/encryption-observed",
        Filesystem = "storage/filesystem",
        ModelSource = "storage/model-source",
        MountOptions = "storage/mount-options",
        OtherMachine = "storage/other-machine",
        OtherPod = "storage/other-pod",
        OtherVolume = "storage/other-volume",
        Planned = "storage/planned",
        QuotaObserved = "storage/quota-observed",
        QuotaSize = "storage/quota-size",
        Secret = "storage/secret",
        Sensitivity = "storage/sensitivity",
        SymlinkTraversal = "storage/symlink-traversal",
        Tier = "storage/tier",
        TierDuplicateId = "storage/tier-duplicate-id",
        VolumeClassUnknown = "storage/volume-class-unknown",
        VolumeGroupLabel = "storage/volume-group-label",
        WorldWritable = "storage/world-writable",
    }
    /// Supply-chain rules of a release candidate (`supply-chain/…`).
    SupplyChain {
        DigestMismatch = "supply-chain/digest-mismatch",
        ImageDigest = "supply-chain/image-digest",
        PinnedReference = "supply-chain/pinned-reference",
        Provenance = "supply-chain/provenance",
        ReferencePolicy = "supply-chain/reference-policy",
        Sbom = "supply-chain/sbom",
    }
    /// ExternalTrustSignalProvider response rules (`trust-signal/…`).
    TrustSignal {
        FailureReason = "trust-signal/failure-reason",
        Freshness = "trust-signal/freshness",
        Usable = "trust-signal/usable",
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A rule is written as its code.
impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl PartialEq<&str> for Rule {
    fn eq(&self, code: &&str) -> bool {
        self.code() == *code
    }
}

impl PartialEq<Rule> for &str {
    fn eq(&self, rule: &Rule) -> bool {
        *self == rule.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_kebab_case() {
        let all = Rule::all();
        let mut codes: Vec<&str> = all.iter().map(|r| r.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "two rules share a code");
        for code in codes {
            assert!(
                code.split('/').all(|part| !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')),
                "{code} is not kebab-case"
            );
        }
    }
}
