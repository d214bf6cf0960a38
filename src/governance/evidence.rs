//! AgentPlaneRuntimeEvidence: what AgentPlane is told about placement,
//! activation, runtime status, teardown and wipe — built from the decision,
//! the receipts and explicit runtime facts, so AgentPlane never has to infer
//! metadata after execution.
//!
//! The rule that matters: evidence carries authority or nothing. A runtime
//! status of `activating`, `running`, `degraded` or `completed` can only be
//! reported under a *live* allowance ([`live_allowance`]): an `allowed`
//! ActivationDecision about this pod with no failure reason and nothing
//! required before activation, within its validity window at the observation
//! time, and the very admission and grant it names, in allowing states.
//! Anything else is refused. No free-text fact (runtime, probe, node) may
//! carry a secret: the values are scanned before anything is built.

use serde_json::json;
use sha2::{Digest as _, Sha256};

use crate::contracts::{
    ActivationDecision, AgentPlaneRuntimeEvidence, AgentPod, AgentRegistryGrant, DeploymentReceipt,
    PolicyAdmission,
};
use crate::rules::semantics::RUNNING_STATUSES;

/// Everything the evidence is built from.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'a> {
    /// `placement`, `activation`, `runtime-status`, `teardown` or `wipe`.
    pub event: &'a str,
    /// The pod.
    pub pod: &'a AgentPod,
    /// The activation decision.
    pub decision: &'a ActivationDecision,
    /// The admission behind the decision, when at hand.
    pub admission: Option<&'a PolicyAdmission>,
    /// The grant behind the decision, when at hand.
    pub grant: Option<&'a AgentRegistryGrant>,
    /// The deployment receipt of the artifact.
    pub receipt: Option<&'a DeploymentReceipt>,
    /// The runtime status (`planned`, `placed`, `running`, …).
    pub status: &'a str,
    /// When it was observed (RFC 3339).
    pub observed_at: &'a str,
    /// Runtime and probe versions.
    pub runtime_version: &'a str,
    /// The probe's version.
    pub probe_version: &'a str,
    /// Model and tokenizer digests, when known.
    pub model_digest: Option<&'a str>,
    /// Tokenizer digest, when known.
    pub tokenizer_digest: Option<&'a str>,
    /// Kubernetes node, when any.
    pub node_name: Option<&'a str>,
}

/// Why no evidence can be emitted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    /// A running-like status without an allowed decision for this pod.
    #[error(
        "runtime status {status:?} needs an allowed ActivationDecision for this pod; the decision is {decision}"
    )]
    NotAllowed {
        /// The runtime status reported.
        status: String,
        /// The status of the decision.
        decision: String,
    },
    /// The decision is about another pod.
    #[error("the ActivationDecision is about {0}, not this pod")]
    OtherPod(String),
    /// The decision names no machine or provider.
    #[error("the ActivationDecision names no {0}; evidence must not leave it to be inferred")]
    Unnamed(&'static str),
    /// A value does not fit the contract.
    #[error("the evidence does not fit its contract: {0}")]
    Contract(String),
    /// `observedAt` is not RFC 3339.
    #[error("observedAt {0:?} is not an RFC 3339 timestamp")]
    ObservedAt(String),
    /// A running-like status without a live allowance.
    #[error("runtime status {status:?} needs a live allowance: {}", reasons.join("; "))]
    NoLiveAllowance {
        /// The status asked for.
        status: String,
        /// Why the allowance is not live.
        reasons: Vec<String>,
    },
    /// A free-text fact looks like a secret (the value is never echoed).
    #[error("{0} looks like it carries a secret ({1}); evidence never does")]
    Secret(&'static str, String),
}

/// Why `f` gives no authority to report the workload running at
/// `f.observed_at`; empty when it does.
pub fn live_allowance(f: &Facts<'_>) -> Vec<String> {
    let d = f.decision;
    let mut out = Vec::new();
    let status = d.decision.status.to_string();
    if status != "allowed" || !d.decision.activation_allowed {
        out.push(format!(
            "the decision is {status}, not an allowed activation"
        ));
    }
    if !d.decision.failure_reasons.is_empty() || !d.decision.required_before_activation.is_empty() {
        out.push("the decision lists failure reasons or requirements before activation".into());
    }
    if d.inputs.agent_pod_id.as_str() != f.pod.id.as_str() {
        out.push(format!(
            "the decision is about {}, not this pod",
            d.inputs.agent_pod_id.as_str()
        ));
    }
    let at = crate::base::time::parse(f.observed_at);
    match (at, crate::base::time::parse(&d.decided_at)) {
        (Some(at), Some(decided)) if decided <= at => {}
        _ => out.push(format!(
            "observed at {}, not after the decision at {}",
            f.observed_at, d.decided_at
        )),
    }
    match (at, d.obligations.expires_at.as_deref()) {
        (Some(at), Some(e)) if crate::base::time::parse(e).is_some_and(|e| at < e) => {}
        (_, Some(e)) => out.push(format!("the decision expired at {e}")),
        (_, None) => out.push("the decision names no expiry".into()),
    }
    match f.admission {
        None => out.push("no admission was given (the decision's must be)".into()),
        Some(a) => {
            if a.id.as_str() != d.inputs.policy_admission_id.as_str() {
                out.push(format!(
                    "the admission is {}, the decision names {}",
                    a.id.as_str(),
                    d.inputs.policy_admission_id.as_str()
                ));
            }
            if a.decision.status.to_string() != "allowed" || !a.decision.authorization_granted {
                out.push(format!("the admission is {}", a.decision.status));
            }
        }
    }
    match f.grant {
        None => out.push("no grant was given (the decision's must be)".into()),
        Some(g) => {
            if g.id.as_str() != d.inputs.agent_registry_grant_id.as_str() {
                out.push(format!(
                    "the grant is {}, the decision names {}",
                    g.id.as_str(),
                    d.inputs.agent_registry_grant_id.as_str()
                ));
            }
            if g.grant.status.to_string() != "active"
                || g.grant.revocation_status.to_string() != "active"
                || !g.grant.authorization_granted
            {
                out.push(format!(
                    "the grant is {} ({})",
                    g.grant.status, g.grant.revocation_status
                ));
            }
        }
    }
    if let Some(r) = f.receipt
        && r.receipt_id.as_str() != d.inputs.deployment_receipt_id.as_str()
    {
        out.push(format!(
            "the deployment receipt is {}, the decision names {}",
            r.receipt_id.as_str(),
            d.inputs.deployment_receipt_id.as_str()
        ));
    }
    out
}

/// Builds the evidence document.
pub fn build(f: &Facts<'_>) -> Result<AgentPlaneRuntimeEvidence, EvidenceError> {
    let d = f.decision;
    let pod_id = f.pod.id.as_str();
    if d.inputs.agent_pod_id.as_str() != pod_id {
        return Err(EvidenceError::OtherPod(d.inputs.agent_pod_id.to_string()));
    }
    if crate::base::time::parse(f.observed_at).is_none() {
        return Err(EvidenceError::ObservedAt(f.observed_at.to_string()));
    }
    for (name, value) in [
        ("runtime.runtimeVersion", Some(f.runtime_version)),
        ("runtime.probeVersion", Some(f.probe_version)),
        ("runtime.nodeName", f.node_name),
        ("artifacts.modelDigest", f.model_digest),
        ("artifacts.tokenizerDigest", f.tokenizer_digest),
    ] {
        if let Some(finding) =
            value.and_then(|v| crate::base::secrets::scan_text(v).into_iter().next())
        {
            return Err(EvidenceError::Secret(name, finding.shape.to_string()));
        }
    }
    let allowed = d.decision.activation_allowed && d.decision.status.to_string() == "allowed";
    if RUNNING_STATUSES.contains(&f.status) {
        if !allowed {
            return Err(EvidenceError::NotAllowed {
                status: f.status.to_string(),
                decision: d.decision.status.to_string(),
            });
        }
        let reasons = live_allowance(f);
        if !reasons.is_empty() {
            return Err(EvidenceError::NoLiveAllowance {
                status: f.status.to_string(),
                reasons,
            });
        }
    }
    let machine = d
        .inputs
        .agent_machine_id
        .as_ref()
        .and_then(|m| m.as_option())
        .ok_or(EvidenceError::Unnamed("agentMachineId"))?;
    let provider = d
        .inputs
        .provider_id
        .as_ref()
        .and_then(|p| p.as_option())
        .ok_or(EvidenceError::Unnamed("providerId"))?;
    let runtime = &f.pod.runtime;
    let image = crate::render::quadlet::image_reference(f.pod);
    let image_digest = runtime
        .image_digest
        .as_ref()
        .map(|d| d.to_string())
        .or_else(|| crate::rules::supply_chain::pinned_digest(&image).map(str::to_string));
    let grant_status = match f.grant.map(|g| g.grant.status.to_string()) {
        Some(s) if ["missing", "active", "expired", "revoked"].contains(&s.as_str()) => s,
        Some(_) => "unknown".into(),
        None => "missing".into(),
    };
    let storage_refs: Vec<String> = d
        .inputs
        .storage_receipt_refs
        .iter()
        .map(|s| s.to_string())
        .collect();
    let seed = format!(
        "agent-machine/runtime-evidence/v1\n{}\n{}\n{}\n{}",
        d.id.as_str(),
        f.event,
        f.status,
        f.observed_at
    );
    let hex: String = Sha256::digest(seed.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let manifest_digest = f
        .receipt
        .filter(|r| r.artifact.artifact_kind.to_string() != "AgentPodDeploymentPlan")
        .map(|r| r.artifact.digest.to_string());
    let value = json!({
        "specVersion": "0.1.0",
        "id": format!("urn:srcos:agent-machine:agentplane-runtime-evidence:{}-{hex}", f.event),
        "kind": "AgentPlaneRuntimeEvidence",
        "evidenceType": f.event,
        "agentMachineId": machine.to_string(),
        "agentPodId": pod_id,
        "providerId": provider.to_string(),
        "deploymentReceiptId": d.inputs.deployment_receipt_id.to_string(),
        "policyFabric": {
            "required": f.pod.policy.policy_fabric_required,
            "decisionRef": d.obligations.policy_decision_ref,
            "decisionDigest": f.admission.and_then(|a| a.decision.decision_digest.as_ref()).map(|x| x.to_string()),
            "admissionStatus": f.admission.map_or("missing".to_string(), |a| a.decision.status.to_string()),
            "obligationsRef": null,
            "expiresAt": f.admission.and_then(|a| a.obligations.expires_at.clone())
        },
        "agentRegistry": {
            "required": f.pod.policy.agent_registry_required,
            "grantRef": d.obligations.agent_registry_grant_ref,
            "grantDigest": f.grant.and_then(|g| g.grant.grant_digest.as_ref()).map(|x| x.to_string()),
            "grantStatus": grant_status,
            "revocationRef": f.grant.and_then(|g| g.grant.revocation_ref.clone()),
            "expiresAt": f.grant.and_then(|g| g.grant.expires_at.clone())
        },
        "artifacts": {
            "imageRef": image,
            "imageDigest": image_digest,
            "modelDigest": f.model_digest,
            "tokenizerDigest": f.tokenizer_digest,
            "manifestDigest": manifest_digest,
            "sbomRef": runtime.sbom_ref,
            "provenanceRef": runtime.provenance_ref
        },
        "storageReceiptRefs": storage_refs,
        "cache": {
            "cacheReuseRequested": false,
            "cacheReuseAllowed": d.scope.cache_reuse_allowed,
            "cachePolicyRef": null,
            "cacheReceiptRefs": storage_refs
        },
        "runtime": {
            "status": f.status,
            "runtimeVersion": f.runtime_version,
            "probeVersion": f.probe_version,
            "nodeName": f.node_name,
            "namespace": runtime.namespace,
            "serviceAccountName": runtime.service_account_name
        },
        "receiptSafety": {
            "includeRawContent": false, "rawPromptContentIncluded": false, "rawKvCacheContentIncluded": false,
            "secretValuesIncluded": false, "privateMemoryIncluded": false
        },
        "observedAt": f.observed_at
    });
    serde_json::from_value(value).map_err(|e| EvidenceError::Contract(e.to_string()))
}
