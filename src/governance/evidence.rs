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

use sha2::{Digest as _, Sha256};

use crate::contracts::activation_decision::ActivationDecisionDecisionStatus;
use crate::contracts::agent_registry_grant::{
    AgentRegistryGrantGrantRevocationStatus, AgentRegistryGrantGrantStatus,
};
use crate::contracts::agentplane_runtime_evidence as e;
use crate::contracts::wire::AdmissionStatus;
use crate::contracts::wire::{Nullable, ReceiptSafety, UniqueList};
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
            if a.decision.status != AdmissionStatus::Allowed || !a.decision.authorization_granted {
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
            if g.grant.status != AgentRegistryGrantGrantStatus::Active
                || g.grant.revocation_status != AgentRegistryGrantGrantRevocationStatus::Active
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
    let allowed = d.decision.activation_allowed
        && d.decision.status == ActivationDecisionDecisionStatus::Allowed;
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
    // Each value typed as the contract types it; what does not fit (an
    // event, a status or a digest given by the caller) is the one error.
    fn typed<T: std::str::FromStr>(field: &str, value: &str) -> Result<T, EvidenceError>
    where
        T::Err: std::fmt::Display,
    {
        crate::contracts::wire::typed(field, value).map_err(EvidenceError::Contract)
    }
    fn optional<T: std::str::FromStr>(
        field: &str,
        value: Option<&str>,
    ) -> Result<Option<T>, EvidenceError>
    where
        T::Err: std::fmt::Display,
    {
        value.map(|v| typed(field, v)).transpose()
    }
    // Written out as `null` when there is none.
    let null = |value: Option<String>| Some(Nullable::from(value));
    fn refs<T: std::str::FromStr + PartialEq>(
        field: &str,
        refs: &[String],
    ) -> Result<UniqueList<T>, EvidenceError>
    where
        T::Err: std::fmt::Display,
    {
        let typed = refs
            .iter()
            .map(|r| typed(field, r))
            .collect::<Result<_, _>>()?;
        Ok(UniqueList::new(typed).expect("the decision's own refs: each at most once"))
    }
    Ok(e::AgentPlaneRuntimeEvidence {
        spec_version: e::AgentPlaneRuntimeEvidenceSpecVersion::X010,
        id: typed(
            "id",
            &format!(
                "urn:srcos:agent-machine:agentplane-runtime-evidence:{}-{hex}",
                f.event
            ),
        )?,
        kind: e::AgentPlaneRuntimeEvidenceKind::AgentPlaneRuntimeEvidence,
        evidence_type: typed("evidenceType", f.event)?,
        agent_machine_id: typed("agentMachineId", machine.as_str())?,
        agent_pod_id: typed("agentPodId", pod_id)?,
        provider_id: typed("providerId", provider.as_str())?,
        deployment_receipt_id: typed(
            "deploymentReceiptId",
            d.inputs.deployment_receipt_id.as_str(),
        )?,
        policy_fabric: e::AgentPlaneRuntimeEvidencePolicyFabric {
            required: f.pod.policy.policy_fabric_required,
            decision_ref: d.obligations.policy_decision_ref.clone(),
            decision_digest: optional(
                "policyFabric.decisionDigest",
                f.admission
                    .and_then(|a| a.decision.decision_digest.as_ref())
                    .map(|x| x.as_str()),
            )?,
            admission_status: typed(
                "policyFabric.admissionStatus",
                &f.admission
                    .map_or("missing".to_string(), |a| a.decision.status.to_string()),
            )?,
            obligations_ref: null(None),
            expires_at: null(f.admission.and_then(|a| a.obligations.expires_at.clone())),
        },
        agent_registry: e::AgentPlaneRuntimeEvidenceAgentRegistry {
            required: f.pod.policy.agent_registry_required,
            grant_ref: d.obligations.agent_registry_grant_ref.clone(),
            grant_digest: optional(
                "agentRegistry.grantDigest",
                f.grant
                    .and_then(|g| g.grant.grant_digest.as_ref())
                    .map(|x| x.as_str()),
            )?,
            grant_status: typed("agentRegistry.grantStatus", &grant_status)?,
            revocation_ref: null(f.grant.and_then(|g| g.grant.revocation_ref.clone())),
            expires_at: null(f.grant.and_then(|g| g.grant.expires_at.clone())),
        },
        artifacts: e::AgentPlaneRuntimeEvidenceArtifacts {
            image_ref: Some(image),
            image_digest: optional("artifacts.imageDigest", image_digest.as_deref())?,
            model_digest: optional("artifacts.modelDigest", f.model_digest)?,
            tokenizer_digest: optional("artifacts.tokenizerDigest", f.tokenizer_digest)?,
            manifest_digest: Some(Nullable::from(optional(
                "artifacts.manifestDigest",
                manifest_digest.as_deref(),
            )?)),
            sbom_ref: null(runtime.sbom_ref.clone()),
            provenance_ref: null(runtime.provenance_ref.clone()),
        },
        storage_receipt_refs: refs("storageReceiptRefs", &storage_refs)?,
        cache: e::AgentPlaneRuntimeEvidenceCache {
            cache_reuse_requested: false,
            cache_reuse_allowed: d.scope.cache_reuse_allowed,
            cache_policy_ref: None,
            cache_reuse_decision_ref: None,
            cache_receipt_refs: refs("cache.cacheReceiptRefs", &storage_refs)?,
        },
        runtime: e::AgentPlaneRuntimeEvidenceRuntime {
            status: typed("runtime.status", f.status)?,
            runtime_version: f.runtime_version.to_string(),
            probe_version: f.probe_version.to_string(),
            node_name: null(f.node_name.map(str::to_string)),
            namespace: null(runtime.namespace.clone()),
            service_account_name: null(runtime.service_account_name.clone()),
            completed_at: None,
            container_id_digest: None,
            failure_reason: None,
            pid: None,
            started_at: None,
        },
        receipt_safety: ReceiptSafety::default(),
        observed_at: f.observed_at.to_string(),
        labels: None,
    })
}
