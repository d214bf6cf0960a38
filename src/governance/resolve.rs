//! Local resolvers: pick the one PolicyAdmission or AgentRegistryGrant that
//! matches a pod (and machine, provider, receipt, request type / identity,
//! session) from a set of documents — or, when none matches, a fail-closed
//! `missing` stub that allows nothing.
//!
//! A match is passed through as its original document (the caller prints the
//! text it read, never a re-serialization). Several matches are an error that
//! lists them: a resolver never guesses.

use serde_json::{Value, json};

use crate::contracts::{AgentRegistryGrant, PolicyAdmission};

/// The time a stub carries: stubs are not decisions and read no clock.
pub const STUB_TIME: &str = "1970-01-01T00:00:00Z";

/// What an admission must match.
#[derive(Clone, Debug, Default)]
pub struct AdmissionQuery {
    /// The pod's id.
    pub pod_id: String,
    /// The machine, when known.
    pub machine_id: Option<String>,
    /// The provider, when known.
    pub provider_id: Option<String>,
    /// The deployment receipt, when known.
    pub deployment_receipt_id: Option<String>,
    /// The request type (`activation`, `render`, …), when given.
    pub request_type: Option<String>,
}

/// What a grant must match.
#[derive(Clone, Debug, Default)]
pub struct GrantQuery {
    /// The pod's id.
    pub pod_id: String,
    /// The machine, when known.
    pub machine_id: Option<String>,
    /// The requested agent identity, when given.
    pub identity_ref: Option<String>,
    /// The session, when given.
    pub session_ref: Option<String>,
}

fn matches(want: &Option<String>, have: Option<&str>) -> bool {
    want.as_deref().is_none_or(|w| have == Some(w))
}

/// Whether `a` answers `q`.
pub fn admission_matches(a: &PolicyAdmission, q: &AdmissionQuery) -> bool {
    let r = &a.request;
    r.agent_pod_id.as_str() == q.pod_id
        && matches(&q.machine_id, Some(r.agent_machine_id.as_str()))
        && matches(
            &q.provider_id,
            r.provider_id
                .as_ref()
                .and_then(|p| p.as_option())
                .map(|p| p.as_str()),
        )
        && matches(
            &q.deployment_receipt_id,
            Some(r.deployment_receipt_id.as_str()),
        )
        && matches(&q.request_type, Some(r.request_type.to_string().as_str()))
}

/// Whether `g` answers `q`.
pub fn grant_matches(g: &AgentRegistryGrant, q: &GrantQuery) -> bool {
    let r = &g.request;
    r.agent_pod_id.as_str() == q.pod_id
        && matches(
            &q.machine_id,
            r.agent_machine_id
                .as_ref()
                .and_then(|m| m.as_option())
                .map(|m| m.as_str()),
        )
        && matches(
            &q.identity_ref,
            Some(r.requested_agent_identity_ref.as_str()),
        )
        && matches(&q.session_ref, Some(r.session_ref.as_str()))
}

fn slug(pod_id: &str) -> &str {
    pod_id.rsplit(':').next().unwrap_or("pod")
}

/// The fail-closed stub for a query no admission answers: status `missing`,
/// no authorization, no refs, an empty scope.
pub fn missing_admission(q: &AdmissionQuery) -> Value {
    let name = slug(&q.pod_id);
    json!({
        "specVersion": "0.1.0",
        "id": format!("urn:srcos:agent-machine:policy-admission:missing-{name}"),
        "kind": "PolicyAdmission",
        "request": {
            "requestId": format!("urn:srcos:agent-machine:policy-request:missing-{name}"),
            "requestType": q.request_type.as_deref().unwrap_or("activation"),
            "agentMachineId": q.machine_id.as_deref().unwrap_or("urn:srcos:agent-machine:unknown"),
            "agentPodId": q.pod_id,
            "providerId": q.provider_id,
            "deploymentReceiptId": q.deployment_receipt_id.as_deref().unwrap_or("urn:srcos:agent-machine:deployment-receipt:0000000000000000"),
            "planDigest": null,
            "manifestDigest": null
        },
        "decision": {
            "status": "missing",
            "authorizationGranted": false,
            "decisionRef": null,
            "decisionDigest": null,
            "reason": "no PolicyAdmission matched this pod; fail closed"
        },
        "scope": {"allowed": {}, "denied": {}},
        "obligations": {"requiredReceipts": [], "expiresAt": null, "revocationRef": null},
        "receiptSafety": {
            "includeRawContent": false, "rawPromptContentIncluded": false, "rawKvCacheContentIncluded": false,
            "secretValuesIncluded": false, "privateMemoryIncluded": false
        },
        "decidedAt": STUB_TIME
    })
}

/// The fail-closed stub for a query no grant answers.
pub fn missing_grant(q: &GrantQuery) -> Value {
    let name = slug(&q.pod_id);
    let empty = json!({
        "providerIds": [], "modelRefs": [], "toolRefs": [], "cacheScopeRefs": [],
        "memoryScopeRefs": [], "storageScopeRefs": [], "evidenceScopeRefs": []
    });
    json!({
        "specVersion": "0.1.0",
        "id": format!("urn:srcos:agent-machine:agent-registry-grant:missing-{name}"),
        "kind": "AgentRegistryGrant",
        "request": {
            "requestId": format!("urn:srcos:agent-machine:grant-request:missing-{name}"),
            "agentMachineId": q.machine_id,
            "agentPodId": q.pod_id,
            "requestedAgentIdentityRef": q.identity_ref.as_deref().unwrap_or("unknown"),
            "sessionRef": q.session_ref.as_deref().unwrap_or("unknown"),
            "workroomRef": null,
            "topicRef": null,
            "requestedScope": empty,
            "requestedExpiresAt": null
        },
        "grant": {
            "status": "missing",
            "authorizationGranted": false,
            "grantRef": null,
            "grantDigest": null,
            "reason": "no AgentRegistryGrant matched this pod; fail closed",
            "expiresAt": null,
            "revocationStatus": "unavailable",
            "revocationRef": null,
            "revocationHookRef": null
        },
        "scope": {"allowed": empty, "denied": empty},
        "receiptSafety": {
            "includeRawContent": false, "rawPromptContentIncluded": false, "rawKvCacheContentIncluded": false,
            "secretValuesIncluded": false, "privateMemoryIncluded": false
        },
        "issuedAt": STUB_TIME
    })
}
