//! Storage plans and verification for local LVM and TopoLVM.
//!
//! `plan` turns a pod's storage and its CacheTiers into StorageReceipt
//! *plans* — labelled `agent-machine.sourceos.dev/phase: plan`, nothing
//! observed yet — plus the exact provisioning steps it would take, as text.
//! Nothing is executed. `verify` checks observed receipts against the tier
//! that governs them.

use serde_json::{Value, json};

use crate::contracts::{AgentPod, CacheTier, StorageReceipt};
use crate::render::RenderError;
use crate::render::storage::resolve;

/// The label marking a receipt as a plan, not an observation.
pub const PHASE_LABEL: &str = "agent-machine.sourceos.dev/phase";
/// The CacheTier label naming the LVM volume group (default `agent-machine`).
pub const VOLUME_GROUP_LABEL: &str = "agent-machine.sourceos.dev/volume-group";

/// Whether a storage receipt is a plan (nothing observed yet).
pub fn is_plan(r: &StorageReceipt) -> bool {
    r.labels
        .as_ref()
        .and_then(|l| l.get(PHASE_LABEL))
        .is_some_and(|p| p == "plan")
}

/// One planned volume: its receipt plan and the steps that would provision it.
#[derive(Clone, Debug)]
pub struct Planned {
    /// The StorageReceipt plan.
    pub receipt: StorageReceipt,
    /// Provisioning steps, in order — never executed by Agent Machine.
    pub steps: Vec<String>,
}

fn shell_word(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-=:,".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Plans every storage item of `pod` whose tier is `local-lvm` or `topolvm-k8s`.
pub fn plan(
    pod: &AgentPod,
    tiers: &[CacheTier],
    machine_id: &str,
    at: &str,
) -> Result<Vec<Planned>, RenderError> {
    if tiers.is_empty() {
        return Err(RenderError::new(
            "/storage",
            "cache-tier-unresolved",
            "storage plans need the pod's CacheTiers (--cache-tier)",
        ));
    }
    let resolved = resolve(pod, tiers)?;
    let pod_slug = pod
        .id
        .as_str()
        .rsplit(':')
        .next()
        .unwrap_or("pod")
        .to_string();
    let mut out = Vec::new();
    for s in &resolved {
        let tier = tiers
            .iter()
            .find(|t| t.id.as_str() == s.cache_tier_id)
            .expect("resolved against these tiers");
        let backend = tier.backend.to_string();
        if backend != "local-lvm" && backend != "topolvm-k8s" {
            continue;
        }
        let class = s
            .volume_class
            .clone()
            .unwrap_or_else(|| tier.volume_class.to_string());
        let size = tier
            .quota
            .as_ref()
            .and_then(|q| q.size_bytes.as_ref())
            .and_then(|v| v.as_option().copied());
        let encryption_required = tier.encryption.as_ref().and_then(|e| e.required) == Some(true);
        let encryption_mode = tier
            .encryption
            .as_ref()
            .and_then(|e| e.mode)
            .map_or("none".to_string(), |m| m.to_string());
        // Every value that reaches a provisioning command is in its grammar
        // (crate::grammar): a tier is user input too.
        let tier_error = |field: &str, e: crate::grammar::GrammarError| {
            RenderError::new(
                format!("{}/cacheTierId", s.pointer()),
                e.rule,
                format!("{} (CacheTier {} {field})", e.message, s.cache_tier_id),
            )
        };
        let fs = crate::grammar::filesystem(tier.mount.filesystem.as_deref().unwrap_or("xfs"))
            .map_err(|e| tier_error("mount.filesystem", e))?
            .to_string();
        let options = crate::grammar::mount_options(
            &tier
                .mount
                .mount_options
                .as_ref()
                .map(|o| o.to_vec())
                .unwrap_or_default(),
        )
        .map_err(|e| tier_error("mount.mountOptions", e))?;
        let lv = format!("{pod_slug}-{class}");
        crate::grammar::lvm_name(&lv).map_err(|e| {
            RenderError::new(
                "/id",
                e.rule,
                format!("{} (the logical volume {lv:?})", e.message),
            )
        })?;
        let id = format!(
            "urn:srcos:agent-machine:storage-receipt:{pod_slug}-{}-plan",
            s.index
        );
        let mut steps = Vec::new();
        let reference = if backend == "local-lvm" {
            let vg = tier
                .labels
                .as_ref()
                .and_then(|l| l.get(VOLUME_GROUP_LABEL))
                .cloned()
                .unwrap_or_else(|| "agent-machine".into());
            crate::grammar::lvm_name(&vg)
                .map_err(|e| tier_error(&format!("label {VOLUME_GROUP_LABEL}"), e))?;
            let host = s.host_path.clone().ok_or_else(|| {
                RenderError::new(
                    format!("{}/hostPath", s.pointer()),
                    "host-path",
                    "a local-lvm volume needs a hostPath (on the item or its CacheTier)",
                )
            })?;
            let size_arg = size.map_or("<size from policy>".to_string(), |b| format!("{b}b"));
            steps.push(format!(
                "lvcreate --name {} --size {size_arg} {}",
                shell_word(&lv),
                shell_word(&vg)
            ));
            let mut device = format!("/dev/{vg}/{lv}");
            if encryption_required && encryption_mode != "fscrypt" {
                steps.push(format!(
                    "cryptsetup luksFormat --type luks2 {}",
                    shell_word(&device)
                ));
                steps.push(format!(
                    "cryptsetup open {} {}",
                    shell_word(&device),
                    shell_word(&format!("{lv}-crypt"))
                ));
                device = format!("/dev/mapper/{lv}-crypt");
            }
            steps.push(format!("mkfs.{} {}", shell_word(&fs), shell_word(&device)));
            steps.push(format!("install -d -m 0750 {}", shell_word(&host)));
            steps.push(format!(
                "mount -t {} -o {} {} {}",
                shell_word(&fs),
                shell_word(&options.join(",")),
                shell_word(&device),
                shell_word(&host)
            ));
            if encryption_required && encryption_mode == "fscrypt" {
                steps.push(format!("fscrypt encrypt {}", shell_word(&host)));
            }
            json!({"referenceType": "lvm-logical-volume", "volumeGroup": vg, "logicalVolume": lv, "hostPath": host, "mountPath": s.mount_path})
        } else {
            let pvc = s.pvc_name.clone().unwrap_or_else(|| lv.clone());
            if !crate::render::names::is_dns1123_label(&pvc) {
                return Err(RenderError::new(
                    format!("{}/pvcName", s.pointer()),
                    "dns-1123-label",
                    "a claim name is a DNS-1123 label",
                ));
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
            let size_text = size.map_or_else(
                || crate::render::kubernetes::default_size(Some(&class)).to_string(),
                crate::render::kubernetes::bytes_quantity,
            );
            steps.push(format!(
                "kubectl --namespace {} apply -f <PersistentVolumeClaim {} (storageClassName {}, {size_text}) from `agent-machine render k8s`>",
                shell_word(&ns), shell_word(&pvc), shell_word(&sc)
            ));
            json!({"referenceType": "topolvm-pvc", "pvcName": pvc, "storageClassName": sc, "namespace": ns, "mountPath": s.mount_path})
        };
        let cache_class = class.starts_with("agent-cache-");
        let sensitivity = tier.sensitivity.to_string();
        let value: Value = json!({
            "specVersion": "0.1.0",
            "id": id,
            "kind": "StorageReceipt",
            "agentMachineId": machine_id,
            "agentPodId": pod.id.as_str(),
            "backend": backend,
            "volumeClass": class,
            "tier": tier.tier.to_string(),
            "reference": reference,
            "filesystem": {"type": fs, "mountOptions": options, "worldWritable": false, "symlinkTraversalObserved": false},
            "capacity": {"sizeBytes": size, "freeBytes": null},
            "encryption": {"required": encryption_required, "observed": false, "mode": encryption_mode},
            "quota": {"required": size.is_some(), "observed": false, "sizeBytes": size},
            "policy": {
                "policyDomain": tier.policy_domain.clone().unwrap_or_else(|| "unknown".into()),
                "cacheReuseRequiresPolicy": pod.policy.cache_reuse_requires_policy.unwrap_or(true),
                "wipeReceiptRequired": tier.lifecycle.wipe_receipt_required
            },
            "sensitivity": {
                "class": sensitivity,
                "promptLikeContentPossible": cache_class,
                "secretLikeContentPossible": matches!(sensitivity.as_str(), "secret" | "mixed")
            },
            "lifecycle": {
                "durability": tier.lifecycle.durability.to_string(),
                "ttlSeconds": tier.lifecycle.ttl_seconds,
                "evictionPolicy": tier.lifecycle.eviction_policy.to_string(),
                "wipeStatus": "not-requested"
            },
            "runtime": {"probeVersion": crate::VERSION, "runtimeVersion": "planned"},
            "receiptSafety": {"includeRawContent": false, "rawPromptContentIncluded": false, "rawKvCacheContentIncluded": false, "secretValuesIncluded": false},
            "observedAt": at,
            "labels": {PHASE_LABEL: "plan"}
        });
        let receipt = serde_json::from_value(value).map_err(|e| {
            RenderError::new(
                s.pointer(),
                "storage-plan",
                format!("the plan does not fit StorageReceipt: {e}"),
            )
        })?;
        out.push(Planned { receipt, steps });
    }
    Ok(out)
}

/// Checks an observed receipt against the tier that governs it (same volume
/// class and backend). Returns the problems, each `rule: message`.
pub fn verify(r: &StorageReceipt, tiers: &[CacheTier]) -> Vec<String> {
    let mut out = Vec::new();
    if is_plan(r) {
        out.push("storage/planned: a plan is not an observation".to_string());
    }
    if let Err(findings) = crate::semantics::check_storage_receipt(r) {
        out.extend(
            findings
                .into_iter()
                .map(|f| format!("{}: {}", f.rule, f.message)),
        );
    }
    let tier = tiers.iter().find(|t| {
        t.volume_class.to_string() == r.volume_class.to_string()
            && t.backend.to_string() == r.backend.to_string()
    });
    match tier {
        None => out.push(format!(
            "storage/tier: no supplied CacheTier governs {} on {}",
            r.volume_class, r.backend
        )),
        Some(t) => {
            if t.encryption.as_ref().and_then(|e| e.required) == Some(true)
                && !r.encryption.observed
            {
                out.push("storage/encryption-observed: the tier requires encryption; it was not observed".into());
            }
            let quota = t
                .quota
                .as_ref()
                .and_then(|q| q.size_bytes.as_ref())
                .and_then(|v| v.as_option().copied());
            if let Some(q) = quota {
                if !r.quota.observed {
                    out.push(
                        "storage/quota-observed: the tier sets a quota; none was observed".into(),
                    );
                }
                if r.quota
                    .size_bytes
                    .as_ref()
                    .and_then(|v| v.as_option().copied())
                    .is_some_and(|s| s > q)
                {
                    out.push(format!(
                        "storage/quota-size: the observed quota exceeds the tier's {q} bytes"
                    ));
                }
            }
        }
    }
    out
}
