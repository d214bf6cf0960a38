//! Storage plans and verification for local LVM and TopoLVM.
//!
//! `plan` turns a pod's storage and its CacheTiers into StorageReceipt
//! *plans* — labelled `agent-machine.sourceos.dev/phase: plan`, nothing
//! observed yet — plus the exact provisioning steps it would take, as text.
//! Nothing is executed, but the steps are commands someone will run as root,
//! so every value that reaches one is a typed value of [`crate::base::grammar`]:
//! the volume group and logical volume ([`VolumeGroup`], [`LogicalVolume`],
//! [`LvmVolume`]), the size ([`VolumeSize`]), the filesystem, the mount
//! options ([`MountOptions`]: `nodev,nosuid` always, `noexec` too for caches
//! and models), the host path, the claim, storage class and namespace. Each
//! item gets a volume of its own: two items of one class get distinct,
//! deterministic names.
//!
//! `verify` checks observed receipts against *every* CacheTier that governs
//! them (same volume class and backend), so the strictest requirement of each
//! applies whatever order the tiers come in; [`verify_bound`] also binds a
//! receipt to a machine and to a pod's storage item, and notes when more than
//! one tier matched.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::base::finding::Finding;
use crate::base::grammar::{
    GrammarError, LogicalVolume, LvmVolume, MountOptions, Namespace, VolumeGroup, VolumeSize,
};
use crate::base::rule::{self, Rule};
use crate::contracts::storage_receipt as sr;
use crate::contracts::wire::{
    ArtifactReceiptSafety, EncryptionMode, Nullable, Sensitivity, StorageBackend, StringMap,
    UniqueList, VolumeClass,
};
use crate::contracts::{AgentPod, CacheTier, StorageReceipt};
use crate::rules::semantics::{PHASE_LABEL, is_plan};
use crate::rules::volumes::{Resolved, resolve};

/// The CacheTier label naming the LVM volume group (default
/// [`DEFAULT_VOLUME_GROUP`]).
pub const VOLUME_GROUP_LABEL: &str = "agent-machine.sourceos.dev/volume-group";
/// The volume group a plan uses when the tier names none.
pub const DEFAULT_VOLUME_GROUP: &str = "agent-machine";
/// The volume classes of caches.
pub const CACHE_CLASSES: &[VolumeClass] = &[
    VolumeClass::AgentCacheHot,
    VolumeClass::AgentCacheWarm,
    VolumeClass::AgentCacheCold,
];
/// The backends a storage plan provisions.
pub const PLANNED_BACKENDS: &[StorageBackend] =
    &[StorageBackend::LocalLvm, StorageBackend::TopolvmK8s];

/// Whether volumes of `class` hold caches or models, and so are mounted
/// `nosuid,nodev,noexec` whatever their tier says.
pub fn is_hardened_class(class: VolumeClass) -> bool {
    class == VolumeClass::AgentModels || CACHE_CLASSES.contains(&class)
}

/// Whether `s` is an AgentMachine id (`urn:srcos:agent-machine:<name>`, the
/// name of `[a-z0-9][a-z0-9-]*`), as a StorageReceipt's `agentMachineId` must be.
pub fn is_machine_id(s: &str) -> bool {
    s.strip_prefix("urn:srcos:agent-machine:").is_some_and(|n| {
        n.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && n.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

/// One planned volume: its receipt plan and the steps that would provision it.
#[derive(Clone, Debug)]
pub struct Planned {
    /// The StorageReceipt plan.
    pub receipt: StorageReceipt,
    /// Provisioning steps, in order — never executed by Agent Machine.
    pub steps: Vec<String>,
}

/// A value in a CacheTier: the tier's id and the JSON pointer into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierValue {
    /// The CacheTier's `id`.
    pub tier_id: String,
    /// JSON pointer into that CacheTier.
    pub pointer: String,
}

impl TierValue {
    fn new(tier: &CacheTier, pointer: impl Into<String>) -> Self {
        TierValue {
            tier_id: tier.id.as_str().to_string(),
            pointer: pointer.into(),
        }
    }
}

/// Why a storage plan was refused: the error at the pod's item (pointer,
/// rule, message) and, when the refused value came from a CacheTier, where in
/// that tier it lies. Nothing is planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanError {
    /// The error, with a JSON pointer into the AgentPod.
    pub error: Box<Finding>,
    /// The CacheTier value that was refused, when a tier supplied it.
    pub tier: Option<TierValue>,
}

impl From<Finding> for PlanError {
    fn from(error: Finding) -> Self {
        PlanError {
            error: Box::new(error),
            tier: None,
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.error)?;
        if let Some(t) = &self.tier {
            write!(f, " (CacheTier {} at {})", t.tier_id, t.pointer)?;
        }
        Ok(())
    }
}

impl std::error::Error for PlanError {}

fn shell_word(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-=:,+".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The pointer of a CacheTier label, `/labels/<key>` with the key escaped.
fn label_pointer(key: &str) -> String {
    format!("/labels/{}", crate::base::json::escape_pointer_segment(key))
}

/// Plans every storage item of `pod` whose tier is `local-lvm` or
/// `topolvm-k8s`. See [`plan_checked`]; this is that, with the error at the
/// pod's item only.
pub fn plan(
    pod: &AgentPod,
    tiers: &[CacheTier],
    machine_id: &str,
    at: &str,
) -> Result<Vec<Planned>, Finding> {
    plan_checked(pod, tiers, machine_id, at).map_err(|e| *e.error)
}

/// Plans every storage item of `pod` whose tier is `local-lvm` or
/// `topolvm-k8s`: one StorageReceipt plan and its steps per item, or the
/// first refusal (nothing is planned then).
pub fn plan_checked(
    pod: &AgentPod,
    tiers: &[CacheTier],
    machine_id: &str,
    at: &str,
) -> Result<Vec<Planned>, PlanError> {
    if tiers.is_empty() {
        return Err(Finding::new(
            "/storage",
            Rule::Render(rule::Render::CacheTierUnresolved),
            "storage plans need the pod's CacheTiers",
        )
        .into());
    }
    if !is_machine_id(machine_id) {
        return Err(Finding::new(
            "",
            Rule::Storage(rule::Storage::AgentMachineId),
            "the machine id is not an AgentMachine id: urn:srcos:agent-machine:<a-z0-9, '-'>",
        )
        .into());
    }
    if crate::base::time::parse(at).is_none() {
        return Err(Finding::new(
            "",
            Rule::Storage(rule::Storage::At),
            "the time of the plan is not an RFC 3339 timestamp",
        )
        .into());
    }
    // A tier id names one tier: with two of one id, which one governs would
    // depend on the order they were read in.
    for (index, item) in pod.storage.iter().enumerate() {
        let same: Vec<&CacheTier> = tiers
            .iter()
            .filter(|t| t.id.as_str() == item.cache_tier_id)
            .collect();
        if same.len() > 1 && same.iter().any(|t| !same_document(t, same[0])) {
            return Err(PlanError {
                error: Box::new(Finding::new(
                    format!("/storage/{index}/cacheTierId"),
                    Rule::Storage(rule::Storage::TierDuplicateId),
                    format!(
                        "{} different CacheTiers have the id {}; supply one",
                        same.len(),
                        item.cache_tier_id
                    ),
                )),
                tier: Some(TierValue::new(same[1], "/id")),
            });
        }
    }
    let resolved = resolve(pod, tiers)?;
    let pod_slug = pod
        .id
        .as_str()
        .rsplit(':')
        .next()
        .unwrap_or("pod")
        .to_string();
    let tier_of = |s: &Resolved| {
        tiers
            .iter()
            .find(|t| t.id.as_str() == s.cache_tier_id)
            .expect("resolved against these tiers")
    };
    let class_of = |s: &Resolved| s.volume_class.unwrap_or_else(|| tier_of(s).volume_class);
    let planned_items: Vec<&Resolved> = resolved
        .iter()
        .filter(|s| PLANNED_BACKENDS.contains(&tier_of(s).backend))
        .collect();
    // One volume per item: a class held by two items names each by its index.
    let mut per_class: BTreeMap<VolumeClass, usize> = BTreeMap::new();
    for s in &planned_items {
        *per_class.entry(class_of(s)).or_default() += 1;
    }
    let mut volumes: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for s in planned_items {
        let tier = tier_of(s);
        let backend = tier.backend;
        let class = class_of(s);
        let hardened = is_hardened_class(class) || is_hardened_class(tier.volume_class);
        // A tier is user input too: each of its values that reaches a step
        // is parsed, and a refusal names the tier and the value's pointer.
        let tier_error = |pointer: &str, e: GrammarError| PlanError {
            error: Box::new(Finding::new(
                format!("{}/cacheTierId", s.pointer()),
                e.rule,
                format!("{} (CacheTier {} {pointer})", e.message, s.cache_tier_id),
            )),
            tier: Some(TierValue::new(tier, pointer)),
        };
        let size = tier
            .quota
            .as_ref()
            .and_then(|q| q.size_bytes.as_ref())
            .and_then(|v| v.as_option().copied())
            .map(VolumeSize::new)
            .transpose()
            .map_err(|e| tier_error("/quota/sizeBytes", e))?;
        let fs =
            crate::base::grammar::filesystem(tier.mount.filesystem.as_deref().unwrap_or("xfs"))
                .map_err(|e| tier_error("/mount/filesystem", e))?;
        let options = MountOptions::parse(
            &tier
                .mount
                .mount_options
                .as_ref()
                .map(|o| o.to_vec())
                .unwrap_or_default(),
            hardened,
        )
        .map_err(|e| tier_error("/mount/mountOptions", e))?;
        let name = if per_class[&class] > 1 {
            format!("{pod_slug}-{class}-{}", s.index)
        } else {
            format!("{pod_slug}-{class}")
        };
        let encryption_required = tier.encryption.as_ref().and_then(|e| e.required) == Some(true);
        let tier_mode = tier
            .encryption
            .as_ref()
            .and_then(|e| e.mode)
            .map(|m| m.to_string());
        let id = format!(
            "urn:srcos:agent-machine:storage-receipt:{pod_slug}-{}-plan",
            s.index
        );
        let mut steps = Vec::new();
        let (reference, encryption_mode, volume_key) = if backend == StorageBackend::LocalLvm {
            // A key of our namespace other than the volume-group label (a
            // typo, a case or '_' variant) would be ignored, and the volume
            // created in the default group: refused instead.
            if let Some(key) = tier.labels.iter().flat_map(|l| l.keys()).find(|k| {
                *k != VOLUME_GROUP_LABEL
                    && k.trim()
                        .to_ascii_lowercase()
                        .starts_with(VOLUME_GROUP_LABEL.split('/').next().unwrap_or_default())
            }) {
                return Err(tier_error(
                    &label_pointer(key),
                    GrammarError {
                        rule: Rule::Storage(rule::Storage::VolumeGroupLabel),
                        message: format!(
                            "the only agent-machine.sourceos.dev/ label a plan reads is {VOLUME_GROUP_LABEL} (exactly); this one would be ignored"
                        ),
                    },
                ));
            }
            let vg_label = tier.labels.as_ref().and_then(|l| l.get(VOLUME_GROUP_LABEL));
            let vg = VolumeGroup::parse(vg_label.map_or(DEFAULT_VOLUME_GROUP, String::as_str))
                .map_err(|e| tier_error(&label_pointer(VOLUME_GROUP_LABEL), e))?;
            let lv = LogicalVolume::parse(&name).map_err(|e| {
                Finding::new(
                    "/id",
                    e.rule,
                    format!(
                        "{} (the logical volume named after the pod id and /storage/{}'s class)",
                        e.message, s.index
                    ),
                )
            })?;
            let lv_too_long = lv.as_str().len() + crate::base::grammar::CRYPT_SUFFIX.len()
                > crate::base::grammar::MAX_DM_NAME;
            let volume = LvmVolume::new(vg, lv).map_err(|e| {
                if vg_label.is_none() || lv_too_long {
                    PlanError::from(Finding::new(
                        "/id",
                        e.rule,
                        format!(
                            "{} (the logical volume is named after the pod id and /storage/{}'s class)",
                            e.message, s.index
                        ),
                    ))
                } else {
                    tier_error(
                        &label_pointer(VOLUME_GROUP_LABEL),
                        GrammarError {
                            message: format!("{} (with the pod id's logical volume)", e.message),
                            ..e
                        },
                    )
                }
            })?;
            let Some(size) = size else {
                return Err(tier_error(
                    "/quota/sizeBytes",
                    GrammarError {
                        rule: Rule::Grammar(rule::Grammar::VolumeSize),
                        message: "a local-lvm volume needs a size: set quota.sizeBytes".into(),
                    },
                ));
            };
            let host = s.host_path.clone().ok_or_else(|| {
                Finding::new(
                    format!("{}/hostPath", s.pointer()),
                    Rule::Render(rule::Render::HostPath),
                    "a local-lvm volume needs a hostPath (on the item or its CacheTier)",
                )
            })?;
            // Encryption a plan can provision: LUKS2 (for `luks` and
            // `dm-crypt`). fscrypt cannot encrypt a filesystem's root (ext4
            // refuses it, XFS has no fscrypt), which is what the pod mounts;
            // hardware encryption is nothing a plan can set up or check.
            let mode = if encryption_required {
                match tier_mode.as_deref() {
                    None => "luks".to_string(),
                    Some(m @ ("luks" | "dm-crypt")) => m.to_string(),
                    Some(other) => {
                        let why = match other {
                            "fscrypt" => {
                                "fscrypt cannot encrypt the root of a filesystem (ext4 refuses it, XFS has no fscrypt), and the root is what the pod mounts; use luks or dm-crypt"
                            }
                            "none" => "the tier requires encryption but its mode is none",
                            _ => "a plan provisions encryption only as LUKS2 (luks or dm-crypt)",
                        };
                        return Err(PlanError {
                            error: Box::new(Finding::new(
                                format!("{}/cacheTierId", s.pointer()),
                                Rule::Storage(rule::Storage::EncryptionMode),
                                format!("{why} (CacheTier {} /encryption/mode)", s.cache_tier_id),
                            )),
                            tier: Some(TierValue::new(tier, "/encryption/mode")),
                        });
                    }
                }
            } else {
                "none".to_string()
            };
            let (vg, lv) = (volume.vg().as_str(), volume.lv().as_str());
            steps.push(format!(
                "lvcreate --name {} --size {}b {}",
                shell_word(lv),
                size.bytes(),
                shell_word(vg)
            ));
            let mut device = volume.device();
            if encryption_required {
                steps.push(format!(
                    "cryptsetup luksFormat --type luks2 {}",
                    shell_word(&device)
                ));
                steps.push(format!(
                    "cryptsetup open {} {}",
                    shell_word(&device),
                    shell_word(&volume.crypt_name())
                ));
                device = format!("/dev/mapper/{}", volume.crypt_name());
            }
            steps.push(format!("mkfs.{} {}", shell_word(fs), shell_word(&device)));
            steps.push(format!("install -d -m 0750 {}", shell_word(&host)));
            steps.push(format!(
                "mount -t {} -o {} {} {}",
                shell_word(fs),
                shell_word(&options.joined()),
                shell_word(&device),
                shell_word(&host)
            ));
            (
                sr::StorageReceiptReference {
                    volume_group: Some(vg.to_string()),
                    logical_volume: Some(lv.to_string()),
                    host_path: Some(host.clone()),
                    mount_path: Some(s.mount_path.clone()),
                    ..reference_of(sr::StorageReceiptReferenceReferenceType::LvmLogicalVolume)
                },
                mode,
                format!("lvm {vg}/{lv}"),
            )
        } else {
            // The claim `render k8s` creates: the item's or tier's pvcName,
            // else <workload name>-<volume class>.
            let pvc = match &s.pvc_name {
                Some(p) => p.clone(),
                None => format!("{}-{class}", pod.workload.name),
            };
            if !crate::base::names::is_dns1123_label(&pvc) {
                return Err(Finding::new(
                    format!("{}/pvcName", s.pointer()),
                    Rule::Render(rule::Render::Dns1123Label),
                    "a claim name is a DNS-1123 label (the default is <workload name>-<volume class>)",
                )
                .into());
            }
            let sc = s
                .storage_class_name
                .clone()
                .unwrap_or_else(|| crate::render::kubernetes::DEFAULT_STORAGE_CLASS.into());
            let ns = pod
                .runtime
                .namespace
                .clone()
                .unwrap_or_else(|| crate::render::kubernetes::DEFAULT_NAMESPACE.into());
            let ns = Namespace::parse(&ns)
                .map_err(|e| Finding::new("/runtime/namespace", e.rule, e.message))?;
            let size_text = size.map_or_else(
                || crate::render::kubernetes::default_size(Some(class)).to_string(),
                |b| crate::render::kubernetes::bytes_quantity(b.bytes()),
            );
            // TopoLVM provisions the volume when the claim is applied; the
            // claim is part of `render k8s`'s manifests. A comment, so the
            // step is inert in any shell.
            steps.push(format!(
                "# kubectl --namespace {} apply -f <the manifests of agent-machine render k8s>: PersistentVolumeClaim {} (storageClassName {}, {size_text})",
                ns.as_str(), pvc, sc
            ));
            (
                sr::StorageReceiptReference {
                    pvc_name: Some(pvc.to_string()),
                    storage_class_name: Some(sc.clone()),
                    namespace: Some(ns.as_str().to_string()),
                    mount_path: Some(s.mount_path.clone()),
                    ..reference_of(sr::StorageReceiptReferenceReferenceType::TopolvmPvc)
                },
                tier_mode.unwrap_or_else(|| "none".into()),
                format!("claim {}/{pvc}", ns.as_str()),
            )
        };
        if let Some(first) = volumes.insert(volume_key, s.index) {
            return Err(Finding::new(
                s.pointer(),
                Rule::Pod(rule::Pod::UniqueStorageSource),
                format!(
                    "this item's volume is already planned for /storage/{first}; give each item its own claim (pvcName)"
                ),
            )
            .into());
        }
        let size = size.map(VolumeSize::bytes);
        let cache_class = CACHE_CLASSES.contains(&class);
        // Each value typed as the contract types it; an id that does not
        // fit (the pod's, the machine's) is the plan's refusal.
        let unfit = |e: &dyn fmt::Display| {
            Finding::new(
                s.pointer(),
                Rule::Render(rule::Render::StoragePlan),
                format!("the plan does not fit StorageReceipt: {e}"),
            )
        };
        let sensitivity = tier.sensitivity;
        let receipt = StorageReceipt {
            spec_version: sr::StorageReceiptSpecVersion::X010,
            id: id.parse().map_err(|e| unfit(&e))?,
            kind: sr::StorageReceiptKind::StorageReceipt,
            agent_machine_id: machine_id.parse().map_err(|e| unfit(&e))?,
            agent_pod_id: Some(pod.id.as_str().parse().map_err(|e| unfit(&e))?),
            backend,
            volume_class: class,
            tier: tier.tier,
            reference,
            filesystem: sr::StorageReceiptFilesystem {
                type_: fs.to_string(),
                mount_options: UniqueList::new(options.as_slice().to_vec())
                    .map_err(|e| unfit(&e))?,
                world_writable: Some(false),
                symlink_traversal_observed: Some(false),
                gid: None,
                mode: None,
                selinux_label: None,
                uid: None,
            },
            capacity: sr::StorageReceiptCapacity {
                size_bytes: size,
                free_bytes: None,
                inode_capacity: None,
                inode_free: None,
                reserved_bytes: None,
                used_bytes: None,
            },
            encryption: sr::StorageReceiptEncryption {
                required: encryption_required,
                observed: false,
                mode: encryption_mode.parse().map_err(|e| unfit(&e))?,
                key_id_digest: None,
                key_scope: None,
            },
            quota: sr::StorageReceiptQuota {
                required: size.is_some(),
                observed: false,
                size_bytes: Some(Nullable::from(size)),
                max_inodes: None,
                policy_ref: None,
            },
            policy: sr::StorageReceiptPolicy {
                policy_domain: tier
                    .policy_domain
                    .clone()
                    .unwrap_or_else(|| "unknown".into()),
                cache_reuse_requires_policy: pod.policy.cache_reuse_requires_policy.unwrap_or(true),
                wipe_receipt_required: tier.lifecycle.wipe_receipt_required,
                policy_decision_ref: None,
                agent_registry_grant_ref: None,
            },
            sensitivity: sr::StorageReceiptSensitivity {
                class: sensitivity,
                prompt_like_content_possible: cache_class,
                secret_like_content_possible: matches!(
                    sensitivity,
                    Sensitivity::Secret | Sensitivity::Mixed
                ),
                classification_ref: None,
            },
            lifecycle: sr::StorageReceiptLifecycle {
                durability: tier.lifecycle.durability,
                ttl_seconds: tier.lifecycle.ttl_seconds,
                eviction_policy: tier.lifecycle.eviction_policy,
                wipe_status: sr::StorageReceiptLifecycleWipeStatus::NotRequested,
                last_wipe_receipt_ref: None,
            },
            runtime: sr::StorageReceiptRuntime {
                probe_version: crate::VERSION.to_string(),
                runtime_version: "planned".into(),
                model_digest: None,
                provider_id: None,
                tokenizer_digest: None,
            },
            receipt_safety: ArtifactReceiptSafety::default(),
            observed_at: at.to_string(),
            labels: Some(StringMap(
                [(PHASE_LABEL.to_string(), "plan".to_string())].into(),
            )),
            purpose: None,
            snapshot: None,
        };
        let value = serde_json::to_value(&receipt).expect("a typed receipt serializes");
        // A receipt never carries a secret value: a secret-shaped value of a
        // tier (its policy domain) or of the pod is refused, not copied.
        if let Some(f) = crate::base::secrets::scan_value(&value).into_iter().next() {
            return Err(PlanError {
                error: Box::new(Finding::new(
                    format!("{}/cacheTierId", s.pointer()),
                    Rule::Storage(rule::Storage::Secret),
                    format!(
                        "the plan's {} would carry a value with the shape of a secret ({}); a StorageReceipt never carries secret values",
                        f.pointer, f.shape
                    ),
                )),
                tier: (f.pointer == "/policy/policyDomain")
                    .then(|| TierValue::new(tier, "/policyDomain")),
            });
        }
        out.push(Planned { receipt, steps });
    }
    Ok(out)
}

/// A reference of `reference_type` that names nothing yet.
fn reference_of(
    reference_type: sr::StorageReceiptReferenceReferenceType,
) -> sr::StorageReceiptReference {
    sr::StorageReceiptReference {
        reference_type,
        container_path: None,
        host_path: None,
        logical_volume: None,
        mount_path: None,
        namespace: None,
        object_uri_digest: None,
        pvc_name: None,
        storage_class_name: None,
        thin_pool: None,
        volume_group: None,
    }
}

/// Whether two tiers are the same document (the same file read twice).
fn same_document(a: &CacheTier, b: &CacheTier) -> bool {
    serde_json::to_value(a).ok() == serde_json::to_value(b).ok()
}

/// One problem with a receipt: a stable rule, a message and, when a
/// CacheTier's requirement was not met, where in that tier it is stated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Stable rule code (`storage/…`).
    pub rule: Rule,
    /// What is wrong.
    pub message: String,
    /// The CacheTier requirement that was not met, when there is one.
    pub tier: Option<TierValue>,
}

impl fmt::Display for Problem {
    /// `rule: message` — the form [`verify`] returns.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.rule, self.message)
    }
}

/// What [`verify_bound`] found: the problems (any one refuses the receipt)
/// and warnings that do not (several CacheTiers matched).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verification {
    /// Problems, in a stable order.
    pub problems: Vec<Problem>,
    /// Things the operator should know that refuse nothing.
    pub warnings: Vec<String>,
}

/// The machine and pod receipts are verified for: a receipt must name both,
/// and be of one of the pod's storage items.
#[derive(Clone, Debug)]
pub struct Binding<'a> {
    machine_id: String,
    pod: &'a AgentPod,
    /// The pod's items whose CacheTier was supplied, resolved against it.
    items: Vec<Resolved>,
    /// The pod's items whose CacheTier was not supplied: (index, declared
    /// volume class, tier id). A receipt of one cannot be judged.
    unjudged: Vec<(usize, Option<VolumeClass>, String)>,
    tiers: TierSet<'a>,
}

impl<'a> Binding<'a> {
    /// Binds to `machine_id` and `pod`, whose storage items are resolved
    /// against `tiers`; receipts are then judged against `tiers`. An item
    /// whose CacheTier is not among `tiers` binds no receipt: a receipt of
    /// it is a `storage/tier` problem (its tier's requirements are unknown).
    pub fn new(
        machine_id: &str,
        pod: &'a AgentPod,
        tiers: &'a [CacheTier],
    ) -> Result<Binding<'a>, Finding> {
        if !is_machine_id(machine_id) {
            return Err(Finding::new(
                "",
                Rule::Storage(rule::Storage::AgentMachineId),
                "the machine id is not an AgentMachine id: urn:srcos:agent-machine:<a-z0-9, '-'>",
            ));
        }
        // Each item where it is: what the item states, else what its tier
        // does (as resolution merges them). The pod was validated; this is
        // verification, not rendering, so no rule across items is needed.
        let mut items = Vec::new();
        let mut unjudged = Vec::new();
        for (index, item) in pod.storage.iter().enumerate() {
            let same: Vec<&CacheTier> = tiers
                .iter()
                .filter(|t| t.id.as_str() == item.cache_tier_id)
                .collect();
            if same.iter().any(|t| !same_document(t, same[0])) {
                return Err(Finding::new(
                    format!("/storage/{index}/cacheTierId"),
                    Rule::Storage(rule::Storage::TierDuplicateId),
                    format!(
                        "{} different CacheTiers have the id {}; supply one",
                        same.len(),
                        item.cache_tier_id
                    ),
                ));
            }
            let Some(tier) = same.first() else {
                unjudged.push((index, item.volume_class, item.cache_tier_id.clone()));
                continue;
            };
            items.push(Resolved {
                index,
                cache_tier_id: item.cache_tier_id.clone(),
                volume_class: Some(item.volume_class.unwrap_or(tier.volume_class)),
                mount_path: item.mount_path.clone(),
                host_path: item
                    .host_path
                    .clone()
                    .or_else(|| tier.mount.host_path.clone()),
                pvc_name: item
                    .pvc_name
                    .clone()
                    .or_else(|| tier.mount.pvc_name.clone()),
                storage_class_name: item
                    .storage_class_name
                    .clone()
                    .or_else(|| tier.mount.storage_class_name.clone()),
                access_mode: item.access_mode,
                sensitive: item.sensitive,
                size_bytes: None,
                backend: Some(tier.backend.to_string()),
            });
        }
        Ok(Binding {
            machine_id: machine_id.to_string(),
            pod,
            items,
            unjudged,
            tiers: TierSet::new(tiers),
        })
    }
}

/// Supplied CacheTiers, each document once (a file named twice, or by its
/// directory too, is one tier), in one order whatever order they came in —
/// so which tiers govern a receipt never depends on how they were given.
#[derive(Clone, Debug)]
struct TierSet<'a> {
    /// (volume class, backend, tier), sorted by id then content.
    tiers: Vec<(VolumeClass, StorageBackend, &'a CacheTier)>,
}

impl<'a> TierSet<'a> {
    fn new(tiers: &'a [CacheTier]) -> Self {
        let mut keyed: Vec<(String, String, &CacheTier)> = tiers
            .iter()
            .map(|t| {
                let text = serde_json::to_string(t).expect("a typed CacheTier serializes");
                (t.id.as_str().to_string(), text, t)
            })
            .collect();
        keyed.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        keyed.dedup_by(|a, b| a.1 == b.1);
        TierSet {
            tiers: keyed
                .into_iter()
                .map(|(_, _, t)| (t.volume_class, t.backend, t))
                .collect(),
        }
    }
}

/// Whether receipt `r` is of the pod's item `item`: its host path or claim
/// is the item's, and none of host path, claim and container path differs.
fn of_item(r: &StorageReceipt, item: &Resolved) -> bool {
    let agrees = |a: Option<&String>, b: Option<&String>| match (a, b) {
        (Some(a), Some(b)) => Some(a == b),
        _ => None,
    };
    let host = agrees(r.reference.host_path.as_ref(), item.host_path.as_ref());
    let claim = agrees(r.reference.pvc_name.as_ref(), item.pvc_name.as_ref());
    let target = agrees(r.reference.container_path.as_ref(), Some(&item.mount_path));
    (host == Some(true) || claim == Some(true)) && ![host, claim, target].contains(&Some(false))
}

/// Checks an observed receipt against every CacheTier that governs it (same
/// volume class and backend): all of them must be satisfied, so the order
/// tiers are given in cannot matter. Returns the problems, each
/// `rule: message` (the rules `storage/planned`, the semantic rules of
/// [`crate::rules::semantics::check_storage_receipt`], `storage/tier`,
/// `storage/encryption-observed`, `storage/quota-observed`,
/// `storage/quota-size`, `storage/encryption-mode`, `storage/mount-options`,
/// `storage/sensitivity`, `storage/filesystem`).
pub fn verify(r: &StorageReceipt, tiers: &[CacheTier]) -> Vec<String> {
    problems(r, tiers).iter().map(Problem::to_string).collect()
}

/// The problems [`verify`] reports, typed.
pub fn problems(r: &StorageReceipt, tiers: &[CacheTier]) -> Vec<Problem> {
    check(r, &TierSet::new(tiers), None).problems
}

/// [`verify`], bound to a machine and pod: a receipt of another machine
/// (`storage/other-machine`), of another pod (`storage/other-pod`) or of no
/// storage item of the pod (`storage/other-volume`) is a problem, and the
/// tier of the pod's item governs as well. Several matching tiers are a
/// warning: the receipt was held to all of them.
pub fn verify_bound(r: &StorageReceipt, binding: &Binding) -> Verification {
    check(r, &binding.tiers, Some(binding))
}

fn check(r: &StorageReceipt, tiers: &TierSet, binding: Option<&Binding>) -> Verification {
    let mut v = Verification::default();
    let mut problem = |rule: Rule, message: String, tier: Option<TierValue>| {
        v.problems.push(Problem {
            rule,
            message,
            tier,
        })
    };
    if is_plan(r) {
        problem(
            Rule::Storage(rule::Storage::Planned),
            "a plan is not an observation".into(),
            None,
        );
    }
    if let Err(findings) = crate::rules::semantics::check_storage_receipt(r) {
        for f in findings {
            problem(f.rule, f.message, None);
        }
    }
    let class = r.volume_class;
    let backend = r.backend;
    // The governing tiers: every tier of this class and backend, and the
    // tier of the pod's item the receipt is of (its class may differ).
    let mut governing: Vec<usize> = tiers
        .tiers
        .iter()
        .enumerate()
        .filter(|(_, (c, b, _))| *c == class && *b == backend)
        .map(|(i, _)| i)
        .collect();
    if let Some(b) = binding {
        if r.agent_machine_id.as_str() != b.machine_id {
            problem(
                Rule::Storage(rule::Storage::OtherMachine),
                format!(
                    "the receipt is of machine {}, not {}",
                    r.agent_machine_id.as_str(),
                    b.machine_id
                ),
                None,
            );
        }
        match r.agent_pod_id.as_ref().map(|p| p.as_str()) {
            Some(p) if p == b.pod.id.as_str() => {}
            Some(p) => problem(
                Rule::Storage(rule::Storage::OtherPod),
                format!("the receipt is of pod {p}, not {}", b.pod.id.as_str()),
                None,
            ),
            None => problem(
                Rule::Storage(rule::Storage::OtherPod),
                format!(
                    "the receipt names no pod (agentPodId); it must be of {}",
                    b.pod.id.as_str()
                ),
                None,
            ),
        }
        let of_class: Vec<&Resolved> = b
            .items
            .iter()
            .filter(|i| i.volume_class == Some(class))
            .collect();
        let items: Vec<&Resolved> = of_class.iter().copied().filter(|i| of_item(r, i)).collect();
        // Items whose tier was not supplied, that this receipt may be of.
        let unjudged: Vec<String> = b
            .unjudged
            .iter()
            .filter(|(_, c, _)| c.is_none_or(|c| c == class))
            .map(|(i, _, id)| format!("/storage/{i} (CacheTier {id})"))
            .collect();
        if items.is_empty() && !unjudged.is_empty() {
            problem(
                Rule::Storage(rule::Storage::Tier),
                format!(
                    "the receipt may be of {}, whose CacheTier was not supplied: what it requires is unknown",
                    unjudged.join(", ")
                ),
                None,
            );
        } else if of_class.is_empty() {
            problem(
                Rule::Storage(rule::Storage::OtherVolume),
                format!("the pod has no storage item of class {class}"),
                None,
            );
        } else if items.is_empty() {
            problem(
                Rule::Storage(rule::Storage::OtherVolume),
                format!(
                    "the receipt's host path, claim or container path is that of no {class} item of the pod ({})",
                    of_class
                        .iter()
                        .map(|i| i.pointer())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                None,
            );
        }
        for item in items {
            // Every tier of the item's id: two different ones both govern.
            let own: Vec<usize> = tiers
                .tiers
                .iter()
                .enumerate()
                .filter(|(_, (_, _, t))| t.id.as_str() == item.cache_tier_id)
                .map(|(i, _)| i)
                .collect();
            if let Some((_, b, t)) = own
                .iter()
                .map(|i| &tiers.tiers[*i])
                .find(|(_, b, _)| *b != backend)
            {
                problem(
                    Rule::Storage(rule::Storage::Tier),
                    format!(
                        "{} uses CacheTier {} on {}; the receipt reports {backend}",
                        item.pointer(),
                        t.id.as_str(),
                        b
                    ),
                    Some(TierValue::new(t, "/backend")),
                );
            }
            governing.extend(own);
        }
    }
    // In the set's order, each tier once (the item's own tier may match by
    // class and backend as well).
    governing.sort_unstable();
    governing.dedup();
    let governing: Vec<&CacheTier> = governing.into_iter().map(|i| tiers.tiers[i].2).collect();
    if governing.is_empty() {
        problem(
            Rule::Storage(rule::Storage::Tier),
            format!("no supplied CacheTier governs {class} on {backend}"),
            None,
        );
    }
    if governing.len() > 1 {
        v.warnings.push(format!(
            "storage/tier-ambiguous: {} CacheTiers govern {class} on {backend} ({}); the receipt was held to every one of them",
            governing.len(),
            {
                let mut ids: Vec<&str> = governing.iter().take(8).map(|t| t.id.as_str()).collect();
                if governing.len() > 8 {
                    ids.push("…");
                }
                ids.join(", ")
            }
        ));
    }
    for t in governing {
        for (rule, message, pointer) in unmet(r, t, class) {
            v.problems.push(Problem {
                rule,
                message: format!("CacheTier {} {message}", t.id.as_str()),
                tier: Some(TierValue::new(t, pointer)),
            });
        }
    }
    v
}

/// What tier `t` requires that receipt `r` (of volume class `class`) does
/// not show: (rule, message, pointer into the tier).
fn unmet(r: &StorageReceipt, t: &CacheTier, class: VolumeClass) -> Vec<(Rule, String, String)> {
    let mut out = Vec::new();
    let observed_mode = r.encryption.mode;
    let unencrypted =
        |m: EncryptionMode| matches!(m, EncryptionMode::None | EncryptionMode::Unknown);
    if t.encryption.as_ref().and_then(|e| e.required) == Some(true) {
        if !r.encryption.observed {
            out.push((
                Rule::Storage(rule::Storage::EncryptionObserved),
                "requires encryption; it was not observed".to_string(),
                "/encryption/required".to_string(),
            ));
        } else if unencrypted(observed_mode) {
            out.push((
                Rule::Storage(rule::Storage::EncryptionObserved),
                format!(
                    "requires encryption; the receipt observed encryption of mode {observed_mode}"
                ),
                "/encryption/required".to_string(),
            ));
        }
    }
    // The tier's kind of encryption, when it names one (LUKS is dm-crypt's
    // format: the two are one kind).
    let family = |m: EncryptionMode| {
        if m == EncryptionMode::Luks {
            EncryptionMode::DmCrypt
        } else {
            m
        }
    };
    if let Some(mode) = t.encryption.as_ref().and_then(|e| e.mode)
        && !unencrypted(mode)
        && r.encryption.observed
        && !unencrypted(observed_mode)
        && family(mode) != family(observed_mode)
    {
        out.push((
            Rule::Storage(rule::Storage::EncryptionMode),
            format!("encrypts with {mode}; the receipt observed {observed_mode}"),
            "/encryption/mode".to_string(),
        ));
    }
    let quota = t
        .quota
        .as_ref()
        .and_then(|q| q.size_bytes.as_ref())
        .and_then(|v| v.as_option().copied());
    if let Some(q) = quota {
        if !r.quota.observed {
            out.push((
                Rule::Storage(rule::Storage::QuotaObserved),
                format!("sets a quota of {q} bytes; none was observed"),
                "/quota/sizeBytes".to_string(),
            ));
        }
        match r
            .quota
            .size_bytes
            .as_ref()
            .and_then(|v| v.as_option().copied())
        {
            Some(s) if s > q => out.push((
                Rule::Storage(rule::Storage::QuotaSize),
                format!("sets a quota of {q} bytes; the observed quota of {s} bytes exceeds it"),
                "/quota/sizeBytes".to_string(),
            )),
            Some(_) => {}
            // Observed, but of what size? (Not observed is reported above.)
            None if r.quota.observed => out.push((
                Rule::Storage(rule::Storage::QuotaSize),
                format!(
                    "sets a quota of {q} bytes; the receipt observed a quota but states no size"
                ),
                "/quota/sizeBytes".to_string(),
            )),
            None => {}
        }
    }
    let observed = r.filesystem.mount_options.to_vec();
    let mut required: BTreeSet<String> = t
        .mount
        .mount_options
        .iter()
        .flat_map(|o| o.iter())
        .filter(|o| crate::base::grammar::MOUNT_OPTIONS.contains(&o.as_str()))
        .cloned()
        .collect();
    if is_hardened_class(class) || is_hardened_class(t.volume_class) {
        required.extend(["nodev", "nosuid", "noexec"].map(String::from));
    }
    let missing: Vec<&String> = required.iter().filter(|o| !observed.contains(o)).collect();
    if !missing.is_empty() {
        out.push((
            Rule::Storage(rule::Storage::MountOptions),
            format!(
                "requires the mount options {}; the receipt does not show {}",
                required.iter().cloned().collect::<Vec<_>>().join(","),
                missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            "/mount/mountOptions".to_string(),
        ));
    }
    // An option observed after its hardening undoes it (`noexec,exec` mounts exec).
    let undone: Vec<&str> = [
        ("nodev", "dev"),
        ("nosuid", "suid"),
        ("noexec", "exec"),
        ("ro", "rw"),
    ]
    .into_iter()
    .filter(|(hardening, undo)| required.contains(*hardening) && observed.iter().any(|o| o == undo))
    .map(|(_, undo)| undo)
    .collect();
    if !undone.is_empty() {
        out.push((
            Rule::Storage(rule::Storage::MountOptions),
            format!(
                "requires the mount options {}; the receipt also shows {}, which undoes them",
                required.iter().cloned().collect::<Vec<_>>().join(","),
                undone.join(",")
            ),
            "/mount/mountOptions".to_string(),
        ));
    }
    // Content is never classified below its tier.
    let rank = |c: &str| match c {
        "public" => 0,
        "internal" => 1,
        "sensitive" => 2,
        "mixed" => 3,
        _ => 4,
    };
    let (tier_class, receipt_class) = (t.sensitivity.to_string(), r.sensitivity.class.to_string());
    if rank(&receipt_class) < rank(&tier_class) {
        out.push((
            Rule::Storage(rule::Storage::Sensitivity),
            format!("holds {tier_class} content; the receipt classifies it {receipt_class}"),
            "/sensitivity".to_string(),
        ));
    }
    if let Some(fs) = &t.mount.filesystem
        && *fs != r.filesystem.type_
    {
        out.push((
            Rule::Storage(rule::Storage::Filesystem),
            format!(
                "requires filesystem {}; the receipt shows another",
                crate::base::grammar::filesystem(fs).unwrap_or("(not a planned filesystem)")
            ),
            "/mount/filesystem".to_string(),
        ));
    }
    out
}
