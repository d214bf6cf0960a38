//! Storage resolution: each `storage[]` item of a pod, completed from the
//! CacheTier it names (when CacheTiers are supplied).
//!
//! A value the pod states wins over the tier's; a tier fills in what the pod
//! leaves out (host path, PVC name, storage class, size). When CacheTiers are
//! supplied, every `cacheTierId` must resolve.
//!
//! The item's *declared* volume class governs its mount and posture: an item
//! that declares `agent-models` is a model mount (read-only, the model rules
//! apply) even when its tier is a cache tier. An item that declares no class
//! takes its tier's. When both are given and differ, rendering goes on with a
//! warning naming both ([`resolve_with_warnings`]) — SourceOS pods mount
//! models, warm cache and evidence from one tier and state each item's own
//! host path. The safety rules judge the *resolved* locations, whichever
//! document they came from: no writable item may reach a model volume (a
//! model item's path or claim, or any supplied `agent-models` tier's), and no
//! two items may share or nest a host path or share a claim — so several items
//! of one tier that all take the tier's single `mount.hostPath` are refused,
//! each must state its own.

use crate::contracts::agent_pod::AgentPod;
use crate::contracts::cache_tier::CacheTier;
use crate::contracts::wire::{AccessMode, Sensitivity};

use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};
use crate::contracts::wire::VolumeClass;

/// One storage item after resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// Index in the pod's `storage` array.
    pub index: usize,
    /// The CacheTier id, as the pod names it.
    pub cache_tier_id: String,
    /// Volume class (`agent-models`, `agent-cache-warm`, …), when known.
    pub volume_class: Option<VolumeClass>,
    /// Where it is mounted in the container.
    pub mount_path: String,
    /// Host path (local surfaces).
    pub host_path: Option<String>,
    /// PVC name (Kubernetes).
    pub pvc_name: Option<String>,
    /// Storage class (Kubernetes).
    pub storage_class_name: Option<String>,
    /// Read-only, read-write or runtime-managed.
    pub access_mode: AccessMode,
    /// Whether the content is sensitive, when known.
    pub sensitive: Option<bool>,
    /// Size in bytes from the tier's quota, when known.
    pub size_bytes: Option<u64>,
    /// The tier's backend (`local-lvm`, `topolvm-k8s`, …), when resolved.
    pub backend: Option<String>,
}

impl Resolved {
    /// JSON pointer of the storage item in the pod.
    pub fn pointer(&self) -> String {
        format!("/storage/{}", self.index)
    }

    /// Whether the mount must be read-only in every artifact.
    pub fn read_only(&self) -> bool {
        self.access_mode == AccessMode::ReadOnly
    }

    /// Whether this holds model weights (always mounted read-only).
    pub fn is_models(&self) -> bool {
        self.volume_class == Some(VolumeClass::AgentModels)
    }
}

/// Resolves every storage item of `pod` against `tiers`.
///
/// The resolved values are held to their grammars whichever document they came
/// from: a host path from a CacheTier lies beneath an allowed root like one
/// from the pod ([`crate::base::grammar::HostPath`]), mount targets avoid the
/// reserved trees, and no two items share a host path or a claim — so no
/// second, writable mount of a model volume can be assembled from two tiers.
pub fn resolve(pod: &AgentPod, tiers: &[CacheTier]) -> Result<Vec<Resolved>, Finding> {
    resolve_with_warnings(pod, tiers).map(|(resolved, _)| resolved)
}

/// [`resolve`], with the warnings the operator should see: one per item whose
/// declared volume class differs from its CacheTier's.
pub fn resolve_with_warnings(
    pod: &AgentPod,
    tiers: &[CacheTier],
) -> Result<(Vec<Resolved>, Vec<String>), Finding> {
    let resolved = resolve_items(pod, tiers)?;
    let mut warnings = class_differences(pod, tiers);
    warnings.extend(narrowed_access(pod, &resolved));
    // The model volumes: of the items that hold models, and of every supplied
    // CacheTier of class agent-models (an item may name its path or claim
    // under another class).
    let models: Vec<(String, usize)> = resolved
        .iter()
        .filter(|s| s.is_models())
        .flat_map(|s| {
            s.host_path
                .iter()
                .chain(&s.pvc_name)
                .map(|p| (p.clone(), s.index))
        })
        .collect();
    let model_tiers: Vec<&CacheTier> = tiers
        .iter()
        .filter(|t| t.volume_class == VolumeClass::AgentModels)
        .collect();
    for s in resolved.iter().filter(|s| !s.is_models() && !s.read_only()) {
        let host_hit = s.host_path.as_ref().is_some_and(|h| {
            models
                .iter()
                .any(|(m, _)| crate::base::grammar::host_paths_overlap(h, m))
                || model_tiers.iter().any(|t| {
                    t.mount
                        .host_path
                        .as_ref()
                        .is_some_and(|m| crate::base::grammar::host_paths_overlap(h, m))
                })
        });
        let claim_hit = s.pvc_name.as_ref().is_some_and(|c| {
            models.iter().any(|(m, _)| m == c)
                || model_tiers
                    .iter()
                    .any(|t| t.mount.pvc_name.as_ref() == Some(c))
        });
        if host_hit || claim_hit {
            let field = if host_hit { "hostPath" } else { "pvcName" };
            let item = &pod.storage[s.index];
            let given = if host_hit {
                item.host_path.is_some()
            } else {
                item.pvc_name.is_some()
            };
            let (pointer, origin) = if given {
                (format!("{}/{field}", s.pointer()), String::new())
            } else {
                (
                    format!("{}/cacheTierId", s.pointer()),
                    format!(" through mount.{field} of CacheTier {}", s.cache_tier_id),
                )
            };
            return Err(Finding::new(
                pointer,
                Rule::Storage(rule::Storage::ModelSource),
                format!(
                    "this writable item would mount (part of) a model volume{origin}; models are mounted read-only, by an agent-models item"
                ),
            ));
        }
    }
    // Host path → (item, whether it came from the item's CacheTier).
    let mut host_paths: std::collections::BTreeMap<String, (usize, bool)> =
        std::collections::BTreeMap::new();
    let mut claims = std::collections::BTreeMap::new();
    for s in &resolved {
        let from_tier = |field: &str| {
            let item = &pod.storage[s.index];
            let given = match field {
                "hostPath" => item.host_path.is_some(),
                "pvcName" => item.pvc_name.is_some(),
                _ => item.storage_class_name.is_some(),
            };
            if given {
                (format!("{}/{field}", s.pointer()), String::new())
            } else {
                (
                    format!("{}/cacheTierId", s.pointer()),
                    format!(" (mount.{field} of CacheTier {})", s.cache_tier_id),
                )
            }
        };
        if s.volume_class.is_none() {
            return Err(Finding::new(
                format!("{}/volumeClass", s.pointer()),
                Rule::Storage(rule::Storage::VolumeClassUnknown),
                "the item's volume class is unknown (neither the item nor a supplied CacheTier names it), so whether it holds models — always mounted read-only — cannot be judged; set volumeClass or supply its CacheTier (--cache-tier)",
            ));
        }
        if let Some(class) = &s.storage_class_name
            && !crate::base::names::is_dns1123_subdomain(class)
        {
            let (pointer, origin) = from_tier("storageClassName");
            return Err(Finding::new(
                pointer,
                Rule::Render(rule::Render::Dns1123Subdomain),
                format!("a storage class name{origin} is a DNS-1123 subdomain"),
            ));
        }
        crate::base::grammar::MountTarget::parse(&s.mount_path)
            .map_err(|e| Finding::new(format!("{}/mountPath", s.pointer()), e.rule, e.message))?;
        if let Some(host) = &s.host_path {
            let (pointer, origin) = from_tier("hostPath");
            crate::base::grammar::HostPath::parse(host)
                .map_err(|e| Finding::new(&pointer, e.rule, format!("{}{origin}", e.message)))?;
            let overlapping = host_paths
                .iter()
                .find(|(other, _)| crate::base::grammar::host_paths_overlap(host, other))
                .map(|(_, first)| *first);
            let from_its_tier = pod.storage[s.index].host_path.is_none();
            host_paths.insert(host.clone(), (s.index, from_its_tier));
            if let Some((first, first_from_tier)) = overlapping {
                let same_tier = from_its_tier
                    && first_from_tier
                    && resolved[first].cache_tier_id == s.cache_tier_id;
                let hint = if same_tier {
                    "; items of one CacheTier share its single mount.hostPath, so each needs its own hostPath"
                } else {
                    ""
                };
                return Err(Finding::new(
                    pointer,
                    Rule::Pod(rule::Pod::UniqueStorageSource),
                    format!(
                        "this host path{origin} overlaps the one mounted by /storage/{first}{hint}"
                    ),
                ));
            }
        }
        if let Some(claim) = &s.pvc_name
            && let Some(first) = claims.insert(claim.clone(), s.index)
        {
            let (pointer, origin) = from_tier("pvcName");
            return Err(Finding::new(
                pointer,
                Rule::Pod(rule::Pod::UniqueStorageSource),
                format!("this claim{origin} is already mounted by /storage/{first}"),
            ));
        }
    }
    Ok((resolved, warnings))
}

/// One warning per item mounted read-only though it asks to write: model
/// weights are always read-only (the posture), and a CacheTier that grants
/// read-only access narrows the item. Nothing is changed without a word.
fn narrowed_access(pod: &AgentPod, resolved: &[Resolved]) -> Vec<String> {
    resolved
        .iter()
        .filter(|s| pod.storage[s.index].access_mode == AccessMode::ReadWrite)
        .filter_map(|s| {
            let why = if s.is_models() {
                "model weights (agent-models) are always mounted read-only; a workload that writes its model store, as Ollama does, needs a writable class such as agent-cache-warm"
            } else if s.read_only() {
                "its CacheTier grants read-only access"
            } else {
                return None;
            };
            Some(format!(
                "storage item {} asks read-write but is mounted read-only: {why}",
                s.pointer()
            ))
        })
        .collect()
}

/// One warning per item that declares a volume class other than its
/// (supplied) CacheTier's: the item's class governs its mount.
fn class_differences(pod: &AgentPod, tiers: &[CacheTier]) -> Vec<String> {
    pod.storage
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let declared = item.volume_class?;
            let tier = tiers.iter().find(|t| t.id.as_str() == item.cache_tier_id)?;
            let tier_class = tier.volume_class;
            (declared != tier_class).then(|| {
                let governs = if declared == VolumeClass::AgentModels {
                    "its mount (read-only, as model weights)"
                } else {
                    "its mount"
                };
                format!(
                    "storage item /storage/{index} declares {declared} but its CacheTier {} is {tier_class}; the item's class governs {governs}, the tier supplies what the item does not state (host path, claim, storage class, size) and its encryption",
                    item.cache_tier_id
                )
            })
        })
        .collect()
}

fn resolve_items(pod: &AgentPod, tiers: &[CacheTier]) -> Result<Vec<Resolved>, Finding> {
    pod.storage
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let tier = if tiers.is_empty() {
                None
            } else {
                let found = tiers.iter().find(|t| t.id.as_str() == item.cache_tier_id);
                Some(found.ok_or_else(|| {
                    Finding::new(
                        format!("/storage/{index}/cacheTierId"),
                        Rule::Render(rule::Render::CacheTierUnresolved),
                        format!(
                            "no supplied CacheTier has id {:?} (supplied: {})",
                            item.cache_tier_id,
                            tiers
                                .iter()
                                .map(|t| t.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                })?)
            };
            // The declared class governs; a difference from the tier's is a
            // warning (class_differences), the location still comes from the tier.
            let pod_class = item.volume_class;
            let tier_class = tier.map(|t| t.volume_class);
            let from_tier = |f: fn(&CacheTier) -> Option<&String>| tier.and_then(f).cloned();
            Ok(Resolved {
                index,
                cache_tier_id: item.cache_tier_id.clone(),
                volume_class: pod_class.or(tier_class),
                mount_path: item.mount_path.clone(),
                host_path: item
                    .host_path
                    .clone()
                    .or_else(|| from_tier(|t| t.mount.host_path.as_ref())),
                pvc_name: item
                    .pvc_name
                    .clone()
                    .or_else(|| from_tier(|t| t.mount.pvc_name.as_ref())),
                storage_class_name: item
                    .storage_class_name
                    .clone()
                    .or_else(|| from_tier(|t| t.mount.storage_class_name.as_ref())),
                // A tier that grants read-only access narrows what the pod asks.
                access_mode: match tier.map(|t| t.mount.mode) {
                    Some(AccessMode::ReadOnly) => AccessMode::ReadOnly,
                    _ => item.access_mode,
                },
                sensitive: item.sensitive.or_else(|| {
                    tier.map(|t| {
                        matches!(
                            t.sensitivity,
                            Sensitivity::Sensitive | Sensitivity::Secret | Sensitivity::Mixed
                        )
                    })
                }),
                size_bytes: tier
                    .and_then(|t| t.quota.as_ref())
                    .and_then(|q| q.size_bytes.as_ref())
                    .and_then(|s| s.as_option().copied()),
                backend: tier.map(|t| t.backend.to_string()),
            })
        })
        .collect()
}
