//! The activation evaluator: fail-closed, and bound by recomputation.
//!
//! From an AgentPod (with the CacheTiers it resolves against), a
//! PolicyAdmission, an AgentRegistryGrant, the DeploymentReceipt (or only its
//! id), StorageReceipts and an explicit `decidedAt`, it produces an
//! ActivationDecision — always, for every set of inputs that parse as their
//! kinds. The decision is `allowed` only when every check passes; otherwise it
//! is `fail-closed` (an input is missing or unknown) or `denied` (a decided
//! refusal), with sorted, stable reason codes and what is required before
//! activation.
//!
//! **Binding.** The evaluator renders the artifact that runs the pod (the
//! Quadlet unit, the Kubernetes manifests or the CRD; the plan for pod types
//! no renderer targets) from the pod and tiers it is given, with the same
//! pure renderers as `render`, and binds the decision to the digest of those
//! bytes: the admission's `manifestDigest` (`planDigest` for a plan) and its
//! `deploymentReceiptId` must name exactly that artifact, and so must the
//! receipt. A receipt is corroboration, never the proof: nothing it claims
//! is believed without the recomputation agreeing. See [`bind`].
//!
//! **Judged as resolved.** Volume classes, storage backends and exposure are
//! read from what the renderer emits (a class from the CacheTier when the pod
//! omits it; host networking is `host` exposure); anything left unresolved
//! is a refusal.
//!
//! **Evidence is judged here.** An admission, grant or storage receipt that
//! breaks its semantic rules (a contradictory scope, a world-writable volume,
//! encryption required but not observed) is a reason code, not an error:
//! the decision is still made and recorded.
//!
//! Every check reads an input; none is skipped when an input is absent — an
//! absent input is itself a reason — so losing or ignoring an input can only
//! move a decision towards refusal. The evaluator reads no clock: time is
//! `decidedAt`.
//!
//! Reason codes (`decision.failureReasons`):
//!
//! | code | kind | meaning |
//! |---|---|---|
//! | `admission-missing` | missing | no admission, or its status is missing/unknown |
//! | `admission-invalid` | denied | the admission breaks a semantic rule of its contract |
//! | `admission-contradictory` | denied | the admission both allows and denies something |
//! | `admission-not-allowed` | denied | the admission's status is not `allowed` |
//! | `admission-not-authorized` | denied | `authorizationGranted` is false |
//! | `admission-not-for-activation` | denied | `request.requestType` is not `activation` (e.g. render-only) |
//! | `admission-other-pod` / `admission-other-machine` | denied | the admission is about another pod / machine |
//! | `admission-digest-mismatch` | denied | its `manifestDigest` (`planDigest` for a plan) is absent or not the digest of the artifact the pod renders to |
//! | `admission-plan-mismatch` | denied | it names a `planDigest` that is not the digest of the pod's plan |
//! | `admission-other-receipt` | denied | its `deploymentReceiptId` is not the receipt id of the artifact the pod renders to |
//! | `admission-no-expiry` / `admission-expired` / `admission-not-yet-decided` | denied | time |
//! | `admission-side-effects` | denied | `start-provider` and `mount-cache` are not both allowed |
//! | `admission-exposure` / `admission-volume-class` / `admission-storage-class` / `admission-provider` | denied | outside the allowed scope or inside the denied one |
//! | `artifact-not-renderable` | denied | the pod, with the CacheTiers given, does not render (a semantic, storage or posture rule refuses it) |
//! | `grant-missing` | missing | no grant, or its status is missing/unknown |
//! | `grant-invalid` / `grant-contradictory` | denied | the grant breaks a semantic rule / both allows and denies something |
//! | `grant-revoked` / `grant-expired` / `grant-denied` / `grant-not-authorized` | denied | the grant is not active |
//! | `grant-other-pod` / `grant-other-machine` | denied | the grant is about another pod / machine |
//! | `grant-no-expiry` / `grant-not-yet-issued` | denied | time |
//! | `grant-tool-refs` / `grant-provider` | denied | outside the allowed scope or inside the denied one |
//! | `provider-unknown` / `machine-unknown` | missing | no provider / machine is named anywhere |
//! | `deployment-receipt-missing` | missing | no deployment receipt or id |
//! | `receipt-other-pod` / `receipt-other-source` | denied | the receipt is about another pod / another version of the pod document |
//! | `receipt-other-artifact` | denied | the receipt (or the id given) is not of the artifact the pod renders to |
//! | `storage-unresolved` | missing | a storage item's volume class or backend is unknown (no CacheTier resolves it) |
//! | `storage-receipt-missing` | missing | a cache volume has no storage receipt |
//! | `storage-receipt-other-pod` / `storage-receipt-other-machine` | denied | the receipts are another pod's / machine's |
//! | `storage-receipt-planned` | missing | the storage receipt is a plan, not an observation |
//! | `storage-receipt-invalid` | denied | a storage receipt breaks another semantic rule |
//! | `storage-receipt-other-volume` | denied | the pod's receipts of that class are of another volume (host path, claim or container path differ, or no tier governs its class and backend) |
//! | `storage-receipt-not-yet-observed` | denied | its `observedAt` is later than `decidedAt` (or not an instant) |
//! | `storage-mount-not-as-tier` | denied | the observed filesystem or mount options are not the CacheTier's (a tier option such as `nosuid` not observed) |
//! | `storage-quota-exceeds-tier` | denied | the observed quota is larger than the CacheTier allows, or states no size under a tier quota |
//! | `storage-sensitivity-below-tier` | denied | the receipt records a lower sensitivity than the CacheTier's |
//! | `storage-world-writable` / `storage-symlink-traversal` | denied | the receipt observed a world-writable volume / symlink traversal |
//! | `storage-encryption-not-observed` / `storage-quota-not-observed` | denied | required (as the receipt records), not observed |
//! | `supply-chain-not-pinned` | denied | `--strict` and the image is not properly pinned |

use std::collections::BTreeSet;

use sha2::{Digest as _, Sha256};

use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};
use crate::base::time;
use crate::contracts::activation_decision as d;
use crate::contracts::agent_pod::AgentPodRuntimeNetworkMode;
use crate::contracts::agent_registry_grant::{
    AgentRegistryGrantGrantRevocationStatus, AgentRegistryGrantGrantStatus,
};
use crate::contracts::cache_tier::CacheTier;
use crate::contracts::policy_admission::PolicyAdmissionRequestRequestType;
use crate::contracts::wire::AdmissionStatus;
use crate::contracts::wire::{Nullable, ReceiptSafety, StringMap, UniqueList};
use crate::contracts::{
    ActivationDecision, AgentPod, AgentRegistryGrant, DeploymentReceipt, PolicyAdmission,
    StorageReceipt,
};
use crate::render::{self, Artifact, Source};
use crate::rules::volumes::Resolved;

/// The side effects an activation has; the admission must allow both.
pub const ACTIVATION_SIDE_EFFECTS: [&str; 2] = ["mount-cache", "start-provider"];
/// The tool refs an activation uses; the grant must allow both.
pub const ACTIVATION_TOOL_REFS: [&str; 2] = [
    "urn:srcos:tool:mount-cache",
    "urn:srcos:tool:start-provider",
];
/// The label recording how the decision is bound: `recomputed` (the artifact
/// was rendered again from the pod) or `not-renderable`.
pub const BINDING_LABEL: &str = "agent-machine.sourceos.dev/artifact-binding";
/// The label naming the artifact the decision is bound to (`quadlet`, `k8s`,
/// `crd` or `plan`).
pub const ARTIFACT_LABEL: &str = "agent-machine.sourceos.dev/artifact";
/// The label carrying the digest of the bound artifact's bytes.
pub const ARTIFACT_DIGEST_LABEL: &str = "agent-machine.sourceos.dev/artifact-digest";
/// Volume classes that need a storage receipt before activation.
pub const CACHE_CLASSES: [&str; 3] = ["agent-cache-hot", "agent-cache-warm", "agent-cache-cold"];

/// The deployment receipt presented with an activation (corroboration: it
/// must agree with the recomputed binding).
#[derive(Clone, Copy, Debug)]
pub enum ReceiptInput<'a> {
    /// The receipt document.
    Document(&'a DeploymentReceipt),
    /// Only its id (checked against the recomputed receipt id).
    Id(&'a str),
    /// Nothing.
    None,
}

/// What an activation is bound to: the artifact that runs the pod, rendered
/// again from the pod and tiers, and the digests and receipt id of its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    /// The artifact that runs the pod ([`Artifact::surface`]).
    pub artifact: Artifact,
    /// `sha256:` over its exact bytes.
    pub digest: String,
    /// The DeploymentReceipt id of those bytes (see [`render::receipt`]).
    pub receipt_id: String,
    /// The digest of the pod's plan (equal to `digest` when the plan is the
    /// artifact).
    pub plan_digest: String,
    /// The pod's storage as the renderer resolved it.
    pub storage: Vec<Resolved>,
}

/// Renders the artifact that runs `input.pod` and binds to its bytes.
///
/// The same pure renderers as `agent-machine render`, with the same posture
/// checks: what cannot be rendered cannot be bound. Supply-chain strictness
/// does not change the bytes, so the binding is rendered in bootstrap mode
/// and `--strict` is judged on its own.
pub fn bind(input: &render::Input<'_>) -> Result<Binding, Vec<Finding>> {
    let input = render::Input {
        strict: false,
        ..*input
    };
    let artifact = Artifact::surface(input.pod.pod_type);
    let rendered = render::render(artifact, &input)?;
    let plan_digest = match artifact {
        Artifact::Plan => rendered.digest.clone(),
        _ => render::render(Artifact::Plan, &input)?.digest,
    };
    let storage = crate::rules::volumes::resolve(input.pod, input.tiers).map_err(|e| vec![e])?;
    Ok(Binding {
        artifact,
        receipt_id: render::receipt::receipt_id(input.pod.id.as_str(), &rendered.digest),
        digest: rendered.digest,
        plan_digest,
        storage,
    })
}

/// Everything the evaluator reads.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    /// The AgentPod (schema-valid; its semantic rules are judged here).
    pub pod: &'a AgentPod,
    /// Where it came from, and the digest of its canonical bytes (the plan
    /// records both, so a plan binding depends on them).
    pub source: &'a Source,
    /// The CacheTiers its storage resolves against (as for `render`).
    pub tiers: &'a [CacheTier],
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
    #[error("decidedAt {0:?} is not an RFC 3339 timestamp (e.g. 2026-05-04T12:51:00Z)")]
    DecidedAt(String),
    /// A given identity (the decision's, the machine's or the provider's id)
    /// does not fit the contract.
    #[error("a given id does not fit the ActivationDecision contract: {0}")]
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
        "provider" => {
            "a named inference provider (the activation's provider id, or the admission's providerId)"
        }
        "deployment" | "receipt" => {
            "the DeploymentReceipt of the artifact this pod renders to, the one the admission names"
        }
        "storage" => {
            "a CacheTier resolving every storage item, and a valid StorageReceipt of this pod and machine for every cache volume, with required encryption and quota observed"
        }
        "supply" => {
            "a digest-pinned image with SBOM and provenance refs (the release-candidate supply-chain rules)"
        }
        "artifact" => {
            "an AgentPod that renders, with the CacheTiers it names, under every semantic, storage and posture rule"
        }
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

/// Whether storage receipt `s` is about the volume of resolved item `item`:
/// every location both state agrees (host path, claim, container path), and
/// at least the host path or the claim is stated and agrees.
fn of_volume(s: &StorageReceipt, item: &Resolved) -> bool {
    let agrees = |a: Option<&String>, b: Option<&String>| match (a, b) {
        (Some(a), Some(b)) => Some(a == b),
        _ => None,
    };
    let reference = &s.reference;
    let host = agrees(reference.host_path.as_ref(), item.host_path.as_ref());
    let claim = agrees(reference.pvc_name.as_ref(), item.pvc_name.as_ref());
    let target = agrees(reference.container_path.as_ref(), Some(&item.mount_path));
    (host == Some(true) || claim == Some(true)) && ![host, claim, target].contains(&Some(false))
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
            AdmissionStatus::Missing | AdmissionStatus::Unknown
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

    // The binding: the artifact that runs the pod, rendered again.
    let binding = bind(&render::Input {
        pod,
        source: inputs.source,
        tiers: inputs.tiers,
        admission: inputs.admission,
        admitted_exposure: &[],
        strict: false,
    });
    let binding = match binding {
        Ok(b) => Some(b),
        Err(_) => {
            r.deny("artifact-not-renderable");
            None
        }
    };

    // Exposure, volume classes and storage backends, as the renderer resolves
    // them (the pod's declarations when it cannot be rendered).
    let mut exposure: BTreeSet<String> = pod
        .ports
        .iter()
        .flat_map(|p| p.iter())
        .map(|p| p.exposure.to_string())
        .filter(|e| e != "none")
        .collect();
    match pod.runtime.network_mode {
        AgentPodRuntimeNetworkMode::Loopback => {
            exposure.insert("loopback".into());
        }
        AgentPodRuntimeNetworkMode::Host => {
            exposure.insert("host".into());
        }
        _ => {}
    }
    let resolved: Vec<(Option<String>, Option<String>)> = match &binding {
        Some(b) => b
            .storage
            .iter()
            .map(|s| (s.volume_class.map(|c| c.to_string()), s.backend.clone()))
            .collect(),
        None => pod
            .storage
            .iter()
            .map(|s| (s.volume_class.map(|c| c.to_string()), None))
            .collect(),
    };
    if binding.is_some() && resolved.iter().any(|(c, b)| c.is_none() || b.is_none()) {
        r.missing("storage-unresolved");
    }
    let volume_classes: BTreeSet<String> = resolved.iter().filter_map(|(c, _)| c.clone()).collect();
    let mut storage_classes: BTreeSet<String> =
        resolved.iter().filter_map(|(_, b)| b.clone()).collect();

    // The admission.
    match admission {
        None => r.missing("admission-missing"),
        Some(a) => {
            for finding in crate::rules::semantics::check_policy_admission(a)
                .err()
                .unwrap_or_default()
            {
                r.deny(match finding.rule {
                    Rule::Admission(rule::Admission::ScopeOverlap) => "admission-contradictory",
                    _ => "admission-invalid",
                });
            }
            if a.decision.status != AdmissionStatus::Allowed {
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
            for finding in crate::rules::semantics::check_agent_registry_grant(g)
                .err()
                .unwrap_or_default()
            {
                r.deny(match finding.rule {
                    Rule::Grant(rule::Grant::ScopeOverlap) => "grant-contradictory",
                    _ => "grant-invalid",
                });
            }
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

    // The receipt the admission names and the one presented must both be of
    // the artifact the pod renders to.
    if let (Some(a), Some(b)) = (admission, &binding) {
        let bound = match b.artifact {
            Artifact::Plan => a
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
        if bound != Some(b.digest.as_str()) {
            r.deny("admission-digest-mismatch");
        }
        if let Some(plan) = a.request.plan_digest.as_ref().and_then(|d| d.as_option())
            && plan.as_str() != b.plan_digest
        {
            r.deny("admission-plan-mismatch");
        }
        if a.request.deployment_receipt_id.as_str() != b.receipt_id {
            r.deny("admission-other-receipt");
        }
    }
    let recomputed = binding.as_ref().map(|b| b.receipt_id.as_str());
    let presented = match inputs.receipt {
        ReceiptInput::None => {
            r.missing("deployment-receipt-missing");
            None
        }
        ReceiptInput::Id(id) => Some(id.to_string()),
        ReceiptInput::Document(receipt) => {
            if receipt.source.id.as_str() != pod_id {
                r.deny("receipt-other-pod");
            }
            if receipt.source.digest.as_str() != inputs.source.digest {
                r.deny("receipt-other-source");
            }
            if binding
                .as_ref()
                .is_some_and(|b| receipt.artifact.digest.as_str() != b.digest)
            {
                r.deny("receipt-other-artifact");
            }
            Some(receipt.receipt_id.to_string())
        }
    };
    if let (Some(presented), Some(recomputed)) = (&presented, recomputed)
        && presented != recomputed
    {
        r.deny("receipt-other-artifact");
    }
    let receipt_id = recomputed.map(str::to_string).or(presented);

    // Storage: a valid receipt of this pod and machine for every cache volume
    // the artifact mounts — of that very volume (its host path or claim, and
    // its container path), meeting what the volume's CacheTier requires.
    let mut storage_refs = BTreeSet::new();
    let cache_items: Vec<(String, Option<&Resolved>)> = match &binding {
        Some(b) => b
            .storage
            .iter()
            .filter_map(|s| s.volume_class.map(|c| (c.to_string(), Some(s))))
            .collect(),
        None => volume_classes.iter().map(|c| (c.clone(), None)).collect(),
    };
    for (class, item) in cache_items
        .iter()
        .filter(|(c, _)| CACHE_CLASSES.contains(&c.as_str()))
    {
        let of_class: Vec<&StorageReceipt> = inputs
            .storage_receipts
            .iter()
            .filter(|s| s.volume_class.to_string() == *class)
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
        let here: Vec<&StorageReceipt> = ours
            .iter()
            .copied()
            .filter(|s| item.is_none_or(|i| of_volume(s, i)))
            .collect();
        if !ours.is_empty() && here.is_empty() {
            r.deny("storage-receipt-other-volume");
        }
        for s in here {
            storage_refs.insert(s.id.to_string());
            storage_classes.insert(s.backend.to_string());
            if crate::rules::semantics::is_plan(s) {
                r.missing("storage-receipt-planned");
            }
            if time::parse(&s.observed_at).is_none_or(|o| o > at) {
                r.deny("storage-receipt-not-yet-observed");
            }
            for finding in crate::rules::semantics::check_storage_receipt(s)
                .err()
                .unwrap_or_default()
            {
                r.deny(match finding.rule {
                    Rule::Storage(rule::Storage::WorldWritable) => "storage-world-writable",
                    Rule::Storage(rule::Storage::SymlinkTraversal) => "storage-symlink-traversal",
                    Rule::Storage(rule::Storage::EncryptionObserved) => {
                        "storage-encryption-not-observed"
                    }
                    Rule::Storage(rule::Storage::QuotaObserved) => "storage-quota-not-observed",
                    _ => "storage-receipt-invalid",
                });
            }
            // The observation rules apply to observations; a plan that
            // records a requirement has not met it either.
            if s.encryption.required && !s.encryption.observed {
                r.deny("storage-encryption-not-observed");
            }
            if s.quota.required && !s.quota.observed {
                r.deny("storage-quota-not-observed");
            }
            // Mounted as its tier says: the tier's filesystem and every one of
            // its mount options (nodev, nosuid, noexec…) observed.
            let tier = item.and_then(|i| {
                inputs
                    .tiers
                    .iter()
                    .find(|t| t.id.as_str() == i.cache_tier_id)
            });
            if let Some(t) = tier {
                let observed = s.filesystem.mount_options.to_vec();
                let options_missing = t
                    .mount
                    .mount_options
                    .iter()
                    .flat_map(|o| o.iter())
                    .any(|o| !observed.contains(o));
                let other_fs = t
                    .mount
                    .filesystem
                    .as_ref()
                    .is_some_and(|f| *f != s.filesystem.type_);
                if options_missing || other_fs {
                    r.deny("storage-mount-not-as-tier");
                }
            }
            // What the tier requires, whatever the receipt says it requires.
            if !inputs.tiers.is_empty() {
                for problem in crate::governance::storage::problems(s, inputs.tiers) {
                    match problem.rule {
                        Rule::Storage(rule::Storage::EncryptionObserved)
                        | Rule::Storage(rule::Storage::EncryptionMode) => {
                            r.deny("storage-encryption-not-observed")
                        }
                        Rule::Storage(rule::Storage::QuotaObserved) => {
                            r.deny("storage-quota-not-observed")
                        }
                        Rule::Storage(rule::Storage::QuotaSize) => {
                            r.deny("storage-quota-exceeds-tier")
                        }
                        Rule::Storage(rule::Storage::Tier) => {
                            r.deny("storage-receipt-other-volume")
                        }
                        Rule::Storage(rule::Storage::MountOptions)
                        | Rule::Storage(rule::Storage::Filesystem) => {
                            r.deny("storage-mount-not-as-tier")
                        }
                        Rule::Storage(rule::Storage::Sensitivity) => {
                            r.deny("storage-sensitivity-below-tier")
                        }
                        Rule::Storage(rule::Storage::Secret) => r.deny("storage-receipt-invalid"),
                        // Pod, machine and volume are judged above from the
                        // resolved storage; planned is `storage-receipt-planned`.
                        _ => {}
                    }
                }
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

    if inputs.strict && !crate::rules::supply_chain::check(pod, true).0.is_empty() {
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
    let mut labels = StringMap::default();
    let mode = if inputs.strict { "strict" } else { "bootstrap" };
    labels
        .0
        .insert("agent-machine.sourceos.dev/mode".into(), mode.into());
    let binding_label = if binding.is_some() {
        "recomputed"
    } else {
        "not-renderable"
    };
    labels.0.insert(BINDING_LABEL.into(), binding_label.into());
    if let Some(b) = &binding {
        labels
            .0
            .insert(ARTIFACT_LABEL.into(), b.artifact.name().into());
        labels
            .0
            .insert(ARTIFACT_DIGEST_LABEL.into(), b.digest.clone());
    }
    // Each value is typed as the contract types it: an id that does not fit
    // its pattern is the one error (a given id; every other id was read
    // through its own contract or is built here to fit).
    let identity =
        |field: &str, e: &dyn std::fmt::Display| EvalError::Identity(format!("{field}: {e}"));
    let strings = |items: Vec<String>| {
        UniqueList::new(items).expect("drawn from a set: each item at most once")
    };
    let scoped = |items: Vec<String>| strings(if allowed { items } else { Vec::new() });
    Ok(d::ActivationDecision {
        spec_version: d::ActivationDecisionSpecVersion::X010,
        id: id.parse().map_err(|e| identity("id", &e))?,
        kind: d::ActivationDecisionKind::ActivationDecision,
        decision: d::ActivationDecisionDecision {
            status: status.parse().expect("one of the three statuses"),
            activation_allowed: allowed,
            reason,
            failure_reasons: strings(reasons.iter().map(|c| c.to_string()).collect()),
            required_before_activation: strings(required.iter().map(|c| c.to_string()).collect()),
        },
        inputs: d::ActivationDecisionInputs {
            agent_pod_id: pod_id.parse().map_err(|e| identity("agentPodId", &e))?,
            agent_machine_id: Some(Nullable::from(
                machine
                    .map(|m| m.parse())
                    .transpose()
                    .map_err(|e| identity("agentMachineId", &e))?,
            )),
            provider_id: Some(Nullable::from(
                provider
                    .map(|p| p.parse())
                    .transpose()
                    .map_err(|e| identity("providerId", &e))?,
            )),
            policy_admission_id: admission_id
                .parse()
                .map_err(|e| identity("policyAdmissionId", &e))?,
            agent_registry_grant_id: grant_id
                .parse()
                .map_err(|e| identity("agentRegistryGrantId", &e))?,
            deployment_receipt_id: receipt_id
                .parse()
                .map_err(|e| identity("deploymentReceiptId", &e))?,
            storage_receipt_refs: UniqueList::new(
                storage_refs
                    .iter()
                    .map(|r| r.parse())
                    .collect::<Result<_, _>>()
                    .map_err(|e| identity("storageReceiptRefs", &e))?,
            )
            .expect("drawn from a set: each item at most once"),
        },
        scope: d::ActivationDecisionScope {
            runtime_mode: allowed.then(|| pod.runtime.mode.to_string()),
            network_exposure: scoped(exposure.into_iter().collect()),
            side_effects: scoped(
                ACTIVATION_SIDE_EFFECTS
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            ),
            tool_refs: scoped(ACTIVATION_TOOL_REFS.iter().map(|s| s.to_string()).collect()),
            cache_reuse_allowed: cache_reuse,
            storage_scope_refs: None,
        },
        obligations: d::ActivationDecisionObligations {
            required_receipts: UniqueList::new(
                required_receipts
                    .iter()
                    .map(|r| r.parse())
                    .collect::<Result<Vec<_>, _>>()
                    .expect("receipt kinds of the admission's own contract or `deployment`"),
            )
            .map_err(|e| identity("requiredReceipts", &e))?,
            policy_decision_ref: inputs
                .admission
                .and_then(|a| a.decision.decision_ref.clone()),
            agent_registry_grant_ref: inputs.grant.and_then(|g| g.grant.grant_ref.clone()),
            expires_at: if allowed { expires } else { None },
            revocation_refs: strings(revocation_refs.into_iter().collect()),
        },
        receipt_safety: ReceiptSafety::default(),
        decided_at: inputs.decided_at.to_string(),
        labels: Some(labels),
    })
}

/// Why a decision does not let this pod run at a given time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// Stable code.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
}

/// Checks that `decision` lets the pod of `input` run at `at`: the decision
/// is `allowed`, about this pod, decided no later than `at` and unexpired at
/// `at`, and bound to the artifact the pod (with its tiers) renders to now —
/// its `deploymentReceiptId` is the receipt id of those bytes and its
/// artifact-digest label (when present) their digest. The exposures the
/// decision admitted are the only ones the re-render may use.
///
/// Codes: `decision-not-allowed`, `decision-other-pod`,
/// `decision-not-yet-valid`, `decision-expired`, `decision-no-expiry`,
/// `artifact-not-renderable`, `decision-other-artifact`.
pub fn verify(
    decision: &ActivationDecision,
    input: &render::Input<'_>,
    at: &str,
) -> Result<Result<Binding, Vec<Refusal>>, EvalError> {
    let at = time::parse(at).ok_or_else(|| EvalError::DecidedAt(at.to_string()))?;
    let mut out = Vec::new();
    let mut refuse = |code: &'static str, message: String| out.push(Refusal { code, message });
    let d = &decision.decision;
    if d.status != crate::contracts::activation_decision::ActivationDecisionDecisionStatus::Allowed
        || !d.activation_allowed
        || !d.failure_reasons.is_empty()
    {
        refuse(
            "decision-not-allowed",
            format!("the decision is {}, not an activation", d.status),
        );
    }
    if decision.inputs.agent_pod_id.as_str() != input.pod.id.as_str() {
        refuse(
            "decision-other-pod",
            format!(
                "the decision is about {}, not {}",
                decision.inputs.agent_pod_id.as_str(),
                input.pod.id.as_str()
            ),
        );
    }
    if time::parse(&decision.decided_at).is_none_or(|t| t > at) {
        refuse(
            "decision-not-yet-valid",
            format!(
                "the decision was made at {}, after {at:?}",
                decision.decided_at
            ),
        );
    }
    match decision.obligations.expires_at.as_deref() {
        None => refuse("decision-no-expiry", "the decision names no expiry".into()),
        Some(e) if time::parse(e).is_none_or(|e| e <= at) => {
            refuse("decision-expired", format!("the decision expired at {e}"))
        }
        Some(_) => {}
    }
    let admitted: Vec<String> = decision.scope.network_exposure.to_vec();
    let bound = bind(&render::Input {
        admission: None,
        admitted_exposure: &admitted,
        ..*input
    });
    match &bound {
        Err(errors) => refuse(
            "artifact-not-renderable",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Ok(b) => {
            let label = decision
                .labels
                .as_ref()
                .and_then(|l| l.get(ARTIFACT_DIGEST_LABEL));
            if decision.inputs.deployment_receipt_id.as_str() != b.receipt_id
                || label.is_some_and(|l| *l != b.digest)
            {
                refuse(
                    "decision-other-artifact",
                    format!(
                        "the pod renders to {} {} (receipt {}), not the artifact the decision names (receipt {})",
                        b.artifact,
                        b.digest,
                        b.receipt_id,
                        decision.inputs.deployment_receipt_id.as_str()
                    ),
                );
            }
        }
    }
    Ok(match bound {
        Ok(b) if out.is_empty() => Ok(b),
        _ => Err(out),
    })
}
