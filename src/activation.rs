//! The activation evaluator: fail-closed.
//!
//! From an AgentPod, a PolicyAdmission, an AgentRegistryGrant, the
//! DeploymentReceipt (or only its id), StorageReceipts and an explicit
//! `decidedAt`, it produces an ActivationDecision. The decision is `allowed`
//! only when every check passes; otherwise it is `fail-closed` (an input is
//! missing or unknown) or `denied` (a decided refusal), with sorted, stable
//! reason codes and what is required before activation. Every check reads an
//! input; none is skipped when an input is absent — an absent input is itself
//! a reason — so losing or ignoring an input can only move a decision towards
//! refusal. The evaluator reads no clock: time is `decidedAt`. It judges
//! from evidence, not declarations: storage classes and encryption
//! requirements come from the storage receipts (which record what their tier
//! requires), so no optional declaration can loosen a decision.
//!
//! Reason codes (`decision.failureReasons`):
//!
//! | code | kind | meaning |
//! |---|---|---|
//! | `admission-missing` | missing | no admission, or its status is missing/unknown |
//! | `admission-not-allowed` | denied | the admission's status is not `allowed` |
//! | `admission-not-authorized` | denied | `authorizationGranted` is false |
//! | `admission-not-for-activation` | denied | `request.requestType` is not `activation` (e.g. render-only) |
//! | `admission-other-pod` / `admission-other-machine` | denied | the admission is about another pod / machine |
//! | `admission-other-receipt` | denied | its `deploymentReceiptId` is not this deployment receipt |
//! | `admission-digest-mismatch` | denied | its plan/manifest digest is not the receipt's artifact digest |
//! | `admission-no-expiry` / `admission-expired` / `admission-not-yet-decided` | denied | time |
//! | `admission-side-effects` | denied | `start-provider` and `mount-cache` are not both allowed |
//! | `admission-exposure` / `admission-volume-class` / `admission-storage-class` / `admission-provider` | denied | outside the allowed scope or inside the denied one |
//! | `grant-missing` | missing | no grant, or its status is missing/unknown |
//! | `grant-revoked` / `grant-expired` / `grant-denied` / `grant-not-authorized` | denied | the grant is not active |
//! | `grant-other-pod` / `grant-other-machine` | denied | the grant is about another pod / machine |
//! | `grant-no-expiry` / `grant-not-yet-issued` | denied | time |
//! | `grant-tool-refs` / `grant-provider` | denied | outside the allowed scope or inside the denied one |
//! | `provider-unknown` / `machine-unknown` | missing | no provider / machine is named anywhere |
//! | `deployment-receipt-missing` | missing | no deployment receipt or id |
//! | `deployment-receipt-unverified` | missing | only an id was given, under `--strict` |
//! | `receipt-other-pod` / `receipt-other-source` | denied | the receipt is not of an artifact rendered from this pod |
//! | `storage-receipt-missing` | missing | a cache volume has no storage receipt |
//! | `storage-receipt-other-pod` / `storage-receipt-other-machine` | denied | the receipts are another pod's / machine's |
//! | `storage-receipt-planned` | missing | the storage receipt is a plan, not an observation |
//! | `storage-receipt-invalid` | denied | a storage receipt breaks its semantic rules |
//! | `storage-encryption-not-observed` / `storage-quota-not-observed` | denied | required (as the receipt records), not observed |
//! | `supply-chain-not-pinned` | denied | `--strict` and the image is not properly pinned |

use std::collections::BTreeSet;

use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use crate::contracts::agent_registry_grant::{
    AgentRegistryGrantGrantRevocationStatus, AgentRegistryGrantGrantStatus,
};
use crate::contracts::deployment_receipt::DeploymentReceiptArtifactArtifactKind;
use crate::contracts::policy_admission::{
    PolicyAdmissionDecisionStatus, PolicyAdmissionRequestRequestType,
};
use crate::contracts::{
    ActivationDecision, AgentPod, AgentRegistryGrant, DeploymentReceipt, PolicyAdmission,
    StorageReceipt,
};
use crate::time;

/// The side effects an activation has; the admission must allow both.
pub const ACTIVATION_SIDE_EFFECTS: [&str; 2] = ["mount-cache", "start-provider"];
/// The tool refs an activation uses; the grant must allow both.
pub const ACTIVATION_TOOL_REFS: [&str; 2] = [
    "urn:srcos:tool:mount-cache",
    "urn:srcos:tool:start-provider",
];
/// Volume classes that need a storage receipt before activation.
pub const CACHE_CLASSES: [&str; 3] = ["agent-cache-hot", "agent-cache-warm", "agent-cache-cold"];

/// The deployment receipt an activation is bound to.
#[derive(Clone, Copy, Debug)]
pub enum ReceiptInput<'a> {
    /// The receipt document: the binding to the rendered artifact is verified.
    Document(&'a DeploymentReceipt),
    /// Only its id: the binding is unverified (refused under `--strict`).
    Id(&'a str),
    /// Nothing.
    None,
}

/// Everything the evaluator reads.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    /// The AgentPod (already validated).
    pub pod: &'a AgentPod,
    /// `sha256:` over the pod document's canonical bytes.
    pub pod_digest: &'a str,
    /// The admission, if any.
    pub admission: Option<&'a PolicyAdmission>,
    /// The grant, if any.
    pub grant: Option<&'a AgentRegistryGrant>,
    /// The deployment receipt.
    pub receipt: ReceiptInput<'a>,
    /// Storage receipts.
    pub storage_receipts: &'a [StorageReceipt],
    /// The decision time (RFC 3339).
    pub decided_at: &'a str,
    /// This machine, when named explicitly (else the admission's).
    pub machine_id: Option<&'a str>,
    /// This provider, when named explicitly (else the admission's).
    pub provider_id: Option<&'a str>,
    /// The decision id to use (else derived from the inputs).
    pub decision_id: Option<&'a str>,
    /// Release-candidate rules.
    pub strict: bool,
}

/// Why an evaluation cannot be done at all (a bad input, exit 2).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    /// `decidedAt` is not an RFC 3339 timestamp.
    #[error("--decided-at {0:?} is not an RFC 3339 timestamp (e.g. 2026-05-04T12:51:00Z)")]
    DecidedAt(String),
    /// An identity given on the command line (`--decision-id`,
    /// `--agent-machine-id`, `--provider-id`) does not fit the contract.
    #[error("an id given on the command line does not fit the ActivationDecision contract: {0}")]
    Identity(String),
}

#[derive(Default)]
struct Reasons {
    missing: BTreeSet<&'static str>,
    denied: BTreeSet<&'static str>,
}

impl Reasons {
    fn missing(&mut self, code: &'static str) {
        self.missing.insert(code);
    }
    fn deny(&mut self, code: &'static str) {
        self.denied.insert(code);
    }
    fn all(&self) -> BTreeSet<&'static str> {
        self.missing.union(&self.denied).copied().collect()
    }
}

/// What must happen before activation, for a reason code.
fn requirement(code: &str) -> &'static str {
    match code.split('-').next().unwrap_or_default() {
        "admission" => {
            "an allowed, unexpired PolicyAdmission for the activation of this pod, machine, provider and deployment receipt, whose scope covers its exposure, storage and side effects"
        }
        "grant" => {
            "an active, unexpired, unrevoked AgentRegistryGrant for this pod and machine allowing the start-provider and mount-cache tools"
        }
        "provider" => "a named inference provider (--provider-id or the admission's providerId)",
        "deployment" | "receipt" => {
            "the DeploymentReceipt of an artifact rendered from this pod, bound to the admission"
        }
        "storage" => {
            "a valid StorageReceipt of this pod and machine for every cache volume, with required encryption and quota observed"
        }
        "supply" => "a digest-pinned image with SBOM and provenance refs (--strict)",
        _ => "every input of the activation",
    }
}

fn strings<T: AsRef<str>>(items: Option<&[T]>) -> BTreeSet<String> {
    items
        .unwrap_or_default()
        .iter()
        .map(|s| s.as_ref().to_string())
        .collect()
}

fn within(
    wanted: &BTreeSet<String>,
    allowed: &BTreeSet<String>,
    denied: &BTreeSet<String>,
) -> bool {
    wanted
        .iter()
        .all(|w| allowed.contains(w) && !denied.contains(w))
}

/// Evaluates an activation.
pub fn evaluate(inputs: &Inputs<'_>) -> Result<ActivationDecision, EvalError> {
    let at = time::parse(inputs.decided_at)
        .ok_or_else(|| EvalError::DecidedAt(inputs.decided_at.to_string()))?;
    let pod = inputs.pod;
    let pod_id = pod.id.as_str();
    let mut r = Reasons::default();
    let expired = |expires: Option<&String>,
                   no_expiry: &'static str,
                   late: &'static str,
                   r: &mut Reasons| match expires {
        None => r.deny(no_expiry),
        Some(e) => match time::parse(e) {
            Some(e) if at < e => {}
            _ => r.deny(late),
        },
    };

    // This machine and this provider.
    let admission = inputs.admission.filter(|a| {
        !matches!(
            a.decision.status,
            PolicyAdmissionDecisionStatus::Missing | PolicyAdmissionDecisionStatus::Unknown
        )
    });
    let machine = inputs
        .machine_id
        .map(str::to_string)
        .or_else(|| admission.map(|a| a.request.agent_machine_id.to_string()));
    let provider = inputs.provider_id.map(str::to_string).or_else(|| {
        admission
            .and_then(|a| a.request.provider_id.as_ref())
            .and_then(|p| p.as_option())
            .map(|p| p.to_string())
    });
    if provider.is_none() {
        r.missing("provider-unknown");
    }
    if machine.is_none() {
        r.missing("machine-unknown");
    }

    // Exposure, volume classes and storage classes the pod needs.
    let mut exposure: BTreeSet<String> = pod
        .ports
        .iter()
        .flat_map(|p| p.iter())
        .map(|p| p.exposure.to_string())
        .filter(|e| e != "none")
        .collect();
    if pod.runtime.network_mode.to_string() == "loopback" {
        exposure.insert("loopback".into());
    }
    let volume_classes: BTreeSet<String> = pod
        .storage
        .iter()
        .filter_map(|s| s.volume_class.map(|c| c.to_string()))
        .collect();

    // The admission.
    match admission {
        None => r.missing("admission-missing"),
        Some(a) => {
            if a.decision.status != PolicyAdmissionDecisionStatus::Allowed {
                r.deny("admission-not-allowed");
            }
            if !a.decision.authorization_granted {
                r.deny("admission-not-authorized");
            }
            if a.request.request_type != PolicyAdmissionRequestRequestType::Activation {
                r.deny("admission-not-for-activation");
            }
            if a.request.agent_pod_id.as_str() != pod_id {
                r.deny("admission-other-pod");
            }
            if machine.as_deref() != Some(a.request.agent_machine_id.as_str()) {
                r.deny("admission-other-machine");
            }
            expired(
                a.obligations.expires_at.as_ref(),
                "admission-no-expiry",
                "admission-expired",
                &mut r,
            );
            if time::parse(&a.decided_at).is_none_or(|d| d > at) {
                r.deny("admission-not-yet-decided");
            }
            let (al, de) = (&a.scope.allowed, &a.scope.denied);
            let side_effects: BTreeSet<String> = ACTIVATION_SIDE_EFFECTS
                .iter()
                .map(|s| s.to_string())
                .collect();
            if !within(
                &side_effects,
                &strings(al.side_effects.as_deref()),
                &strings(de.side_effects.as_deref()),
            ) {
                r.deny("admission-side-effects");
            }
            if !within(
                &exposure,
                &strings(al.network_exposure.as_deref()),
                &strings(de.network_exposure.as_deref()),
            ) {
                r.deny("admission-exposure");
            }
            if !within(
                &volume_classes,
                &strings(al.volume_classes.as_deref()),
                &strings(de.volume_classes.as_deref()),
            ) {
                r.deny("admission-volume-class");
            }
            if let Some(p) = &provider
                && !within(
                    &[p.clone()].into(),
                    &strings(al.provider_ids.as_deref()),
                    &strings(de.provider_ids.as_deref()),
                )
            {
                r.deny("admission-provider");
            }
        }
    }
    if inputs.admission.is_some() && admission.is_none() {
        r.missing("admission-missing");
    }

    // The grant.
    let grant = inputs.grant.filter(|g| {
        !matches!(
            g.grant.status,
            AgentRegistryGrantGrantStatus::Missing | AgentRegistryGrantGrantStatus::Unknown
        )
    });
    match grant {
        None => r.missing("grant-missing"),
        Some(g) => {
            match g.grant.status {
                AgentRegistryGrantGrantStatus::Revoked => r.deny("grant-revoked"),
                AgentRegistryGrantGrantStatus::Expired => r.deny("grant-expired"),
                AgentRegistryGrantGrantStatus::Denied => r.deny("grant-denied"),
                _ => {}
            }
            if g.grant.revocation_status != AgentRegistryGrantGrantRevocationStatus::Active {
                r.deny("grant-revoked");
            }
            if !g.grant.authorization_granted {
                r.deny("grant-not-authorized");
            }
            if g.request.agent_pod_id.as_str() != pod_id {
                r.deny("grant-other-pod");
            }
            if machine.is_some()
                && g.request
                    .agent_machine_id
                    .as_ref()
                    .and_then(|m| m.as_option())
                    .map(|m| m.to_string())
                    != machine
            {
                r.deny("grant-other-machine");
            }
            expired(
                g.grant.expires_at.as_ref(),
                "grant-no-expiry",
                "grant-expired",
                &mut r,
            );
            if time::parse(&g.issued_at).is_none_or(|i| i > at) {
                r.deny("grant-not-yet-issued");
            }
            let tools: BTreeSet<String> =
                ACTIVATION_TOOL_REFS.iter().map(|s| s.to_string()).collect();
            let (al, de) = (&g.scope.allowed, &g.scope.denied);
            if !within(
                &tools,
                &strings(Some(&al.tool_refs)),
                &strings(Some(&de.tool_refs)),
            ) {
                r.deny("grant-tool-refs");
            }
            if let Some(p) = &provider
                && !within(
                    &[p.clone()].into(),
                    &strings(Some(&al.provider_ids)),
                    &strings(Some(&de.provider_ids)),
                )
            {
                r.deny("grant-provider");
            }
        }
    }
    if inputs.grant.is_some() && grant.is_none() {
        r.missing("grant-missing");
    }

    // The deployment receipt.
    let admitted_receipt = admission.map(|a| a.request.deployment_receipt_id.to_string());
    let (receipt_id, binding) = match inputs.receipt {
        ReceiptInput::None => {
            r.missing("deployment-receipt-missing");
            (None, "missing")
        }
        ReceiptInput::Id(id) => {
            if admitted_receipt.as_deref().is_some_and(|a| a != id) {
                r.deny("admission-other-receipt");
            }
            if inputs.strict {
                r.missing("deployment-receipt-unverified");
            }
            (Some(id.to_string()), "unverified")
        }
        ReceiptInput::Document(receipt) => {
            if receipt.source.id.as_str() != pod_id {
                r.deny("receipt-other-pod");
            }
            if receipt.source.digest.as_str() != inputs.pod_digest {
                r.deny("receipt-other-source");
            }
            if admitted_receipt
                .as_deref()
                .is_some_and(|a| a != receipt.receipt_id.as_str())
            {
                r.deny("admission-other-receipt");
            }
            if let Some(a) = admission {
                let bound: Option<&str> = match receipt.artifact.artifact_kind {
                    DeploymentReceiptArtifactArtifactKind::AgentPodDeploymentPlan => a
                        .request
                        .plan_digest
                        .as_ref()
                        .and_then(|d| d.as_option())
                        .map(|d| d.as_str()),
                    _ => a
                        .request
                        .manifest_digest
                        .as_ref()
                        .and_then(|d| d.as_option())
                        .map(|d| d.as_str()),
                };
                if bound != Some(receipt.artifact.digest.as_str()) {
                    r.deny("admission-digest-mismatch");
                }
            }
            (Some(receipt.receipt_id.to_string()), "verified")
        }
    };

    // Storage: a valid receipt of this pod and machine for every cache volume.
    let mut storage_refs = BTreeSet::new();
    let mut storage_classes = BTreeSet::new();
    for item in pod.storage.iter() {
        let class = item.volume_class.map(|c| c.to_string());
        let Some(class) = class.filter(|c| CACHE_CLASSES.contains(&c.as_str())) else {
            continue;
        };
        let of_class: Vec<&StorageReceipt> = inputs
            .storage_receipts
            .iter()
            .filter(|s| s.volume_class.to_string() == class)
            .collect();
        let ours: Vec<&StorageReceipt> = of_class
            .iter()
            .copied()
            .filter(|s| s.agent_pod_id.as_ref().map(|p| p.as_str()) == Some(pod_id))
            .filter(|s| {
                machine
                    .as_deref()
                    .is_none_or(|m| s.agent_machine_id.as_str() == m)
            })
            .collect();
        if of_class.is_empty() {
            r.missing("storage-receipt-missing");
        } else if ours.is_empty() {
            if of_class
                .iter()
                .any(|s| s.agent_pod_id.as_ref().map(|p| p.as_str()) != Some(pod_id))
            {
                r.deny("storage-receipt-other-pod");
            }
            if let Some(m) = machine.as_deref()
                && of_class.iter().any(|s| s.agent_machine_id.as_str() != m)
            {
                r.deny("storage-receipt-other-machine");
            }
        }
        for s in ours {
            storage_refs.insert(s.id.to_string());
            storage_classes.insert(s.backend.to_string());
            if crate::storage::is_plan(s) {
                r.missing("storage-receipt-planned");
            }
            if crate::semantics::check_storage_receipt(s).is_err() {
                r.deny("storage-receipt-invalid");
            }
            if s.encryption.required && !s.encryption.observed {
                r.deny("storage-encryption-not-observed");
            }
            if s.quota.required && !s.quota.observed {
                r.deny("storage-quota-not-observed");
            }
        }
    }
    if let Some(a) = admission
        && !within(
            &storage_classes,
            &strings(a.scope.allowed.storage_classes.as_deref()),
            &strings(a.scope.denied.storage_classes.as_deref()),
        )
    {
        r.deny("admission-storage-class");
    }

    if inputs.strict && !crate::supply_chain::check(pod, true).0.is_empty() {
        r.deny("supply-chain-not-pinned");
    }

    // The decision.
    let reasons = r.all();
    let status = if reasons.is_empty() {
        "allowed"
    } else if r.denied.is_empty() {
        "fail-closed"
    } else {
        "denied"
    };
    let allowed = status == "allowed";
    let required: BTreeSet<&str> = reasons.iter().map(|c| requirement(c)).collect();
    let admission_id = inputs.admission.map_or(
        "urn:srcos:agent-machine:policy-admission:missing".to_string(),
        |a| a.id.to_string(),
    );
    let grant_id = inputs.grant.map_or(
        "urn:srcos:agent-machine:agent-registry-grant:missing".to_string(),
        |g| g.id.to_string(),
    );
    let receipt_id = receipt_id
        .unwrap_or_else(|| "urn:srcos:agent-machine:deployment-receipt:0000000000000000".into());
    let id = match inputs.decision_id {
        Some(id) => id.to_string(),
        None => {
            let seed = format!(
                "agent-machine/activation-decision/v1\n{pod_id}\n{admission_id}\n{grant_id}\n{receipt_id}\n{}",
                inputs.decided_at
            );
            let hash = Sha256::digest(seed.as_bytes());
            let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
            format!("urn:srcos:agent-machine:activation-decision:{hex}")
        }
    };
    let expires = [
        inputs
            .admission
            .and_then(|a| a.obligations.expires_at.clone()),
        inputs.grant.and_then(|g| g.grant.expires_at.clone()),
    ]
    .into_iter()
    .flatten()
    .filter_map(|e| time::parse(&e).map(|t| (t, e)))
    .min()
    .map(|(_, e)| e);
    let revocation_refs: BTreeSet<String> = [
        inputs
            .admission
            .and_then(|a| a.obligations.revocation_ref.clone()),
        inputs.grant.and_then(|g| g.grant.revocation_ref.clone()),
        inputs
            .grant
            .and_then(|g| g.grant.revocation_hook_ref.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let cache_reuse = allowed
        && admission.is_some_and(|a| {
            a.scope.allowed.cache_reuse == Some(true) && a.scope.denied.cache_reuse != Some(true)
        });
    let required_receipts: Vec<String> = match inputs.admission {
        Some(a) => a
            .obligations
            .required_receipts
            .iter()
            .map(|r| r.to_string())
            .collect(),
        None => vec!["deployment".into()],
    };
    let reason = if allowed {
        "every activation check passed; activate only the artifact this decision names".to_string()
    } else {
        format!(
            "activation refused ({status}): {}",
            reasons.iter().copied().collect::<Vec<_>>().join(", ")
        )
    };
    let empty: Vec<String> = Vec::new();
    let decision: Value = json!({
        "specVersion": "0.1.0",
        "id": id,
        "kind": "ActivationDecision",
        "decision": {
            "status": status,
            "activationAllowed": allowed,
            "reason": reason,
            "failureReasons": reasons,
            "requiredBeforeActivation": required,
        },
        "inputs": {
            "agentPodId": pod_id,
            "agentMachineId": machine,
            "providerId": provider,
            "policyAdmissionId": admission_id,
            "agentRegistryGrantId": grant_id,
            "deploymentReceiptId": receipt_id,
            "storageReceiptRefs": storage_refs,
        },
        "scope": {
            "runtimeMode": if allowed { Some(pod.runtime.mode.to_string()) } else { None },
            "networkExposure": if allowed { exposure.into_iter().collect() } else { empty.clone() },
            "sideEffects": if allowed { ACTIVATION_SIDE_EFFECTS.iter().map(|s| s.to_string()).collect() } else { empty.clone() },
            "toolRefs": if allowed { ACTIVATION_TOOL_REFS.iter().map(|s| s.to_string()).collect() } else { empty },
            "cacheReuseAllowed": cache_reuse,
        },
        "obligations": {
            "requiredReceipts": required_receipts,
            "policyDecisionRef": inputs.admission.and_then(|a| a.decision.decision_ref.clone()),
            "agentRegistryGrantRef": inputs.grant.and_then(|g| g.grant.grant_ref.clone()),
            "expiresAt": if allowed { expires } else { None },
            "revocationRefs": revocation_refs,
        },
        "receiptSafety": {
            "includeRawContent": false,
            "rawPromptContentIncluded": false,
            "rawKvCacheContentIncluded": false,
            "secretValuesIncluded": false,
            "privateMemoryIncluded": false,
        },
        "decidedAt": inputs.decided_at,
        "labels": {
            "agent-machine.sourceos.dev/deployment-receipt-binding": binding,
            "agent-machine.sourceos.dev/mode": if inputs.strict { "strict" } else { "bootstrap" },
        },
    });
    serde_json::from_value(decision).map_err(|e| EvalError::Identity(e.to_string()))
}
