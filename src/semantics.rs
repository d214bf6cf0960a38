//! Semantic rules: what a schema cannot say about one document.
//!
//! Each rule has a stable code. `validate` reports them after the schema and
//! typed checks; renderers refuse a pod that breaks one.

use std::collections::BTreeMap;

use crate::contracts::agent_pod::AgentPod;

/// One broken semantic rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// JSON pointer into the document.
    pub pointer: String,
    /// Stable rule code, e.g. `pod/unique-port-name`.
    pub rule: &'static str,
    /// What is wrong.
    pub message: String,
}

impl From<Finding> for crate::render::RenderError {
    fn from(f: Finding) -> Self {
        crate::render::RenderError::new(f.pointer, f.rule, f.message)
    }
}

/// The semantic rules of an AgentPod.
///
/// - `pod/unique-port-name`, `pod/unique-container-port`, `pod/unique-host-port`:
///   ports are told apart by name and number.
/// - `pod/unique-mount-path`: two storage items cannot share a mount path.
/// - `pod/absolute-mount-path`: mount paths are absolute.
/// - `pod/host-network`: `networkMode: host` requires `policy.allowHostNetwork`.
/// - `pod/memory-request`: the memory request does not exceed the limit.
/// - `pod/secret-in-spec`: no value has the shape of a secret
///   (`allowSecretInSpec` is const false; see [`crate::secrets`]).
pub fn check_agent_pod(pod: &AgentPod) -> Result<(), Vec<Finding>> {
    let mut out = Vec::new();
    let mut finding = |pointer: String, rule: &'static str, message: String| {
        out.push(Finding {
            pointer,
            rule,
            message,
        });
    };
    let ports: Vec<_> = pod.ports.iter().flat_map(|p| p.iter()).collect();
    let mut names = BTreeMap::new();
    let mut container_ports = BTreeMap::new();
    let mut host_ports = BTreeMap::new();
    for (i, port) in ports.iter().enumerate() {
        if let Some(first) = names.insert(port.name.as_str(), i) {
            finding(
                format!("/ports/{i}/name"),
                "pod/unique-port-name",
                format!(
                    "port name {:?} is already used by /ports/{first}",
                    port.name
                ),
            );
        }
        if let Some(first) = container_ports.insert(port.container_port, i) {
            finding(
                format!("/ports/{i}/containerPort"),
                "pod/unique-container-port",
                format!(
                    "container port {} is already used by /ports/{first}",
                    port.container_port
                ),
            );
        }
        if let Some(host) = port.host_port
            && let Some(first) = host_ports.insert(host, i)
        {
            finding(
                format!("/ports/{i}/hostPort"),
                "pod/unique-host-port",
                format!("host port {host} is already used by /ports/{first}"),
            );
        }
    }
    let mut mounts = BTreeMap::new();
    for (i, item) in pod.storage.iter().enumerate() {
        if !item.mount_path.starts_with('/') {
            finding(
                format!("/storage/{i}/mountPath"),
                "pod/absolute-mount-path",
                format!("{:?} is not an absolute path", item.mount_path),
            );
        }
        if let Some(first) = mounts.insert(item.mount_path.as_str(), i) {
            finding(
                format!("/storage/{i}/mountPath"),
                "pod/unique-mount-path",
                format!(
                    "{:?} is already mounted by /storage/{first}",
                    item.mount_path
                ),
            );
        }
    }
    if pod.runtime.network_mode.to_string() == "host" && !pod.policy.allow_host_network {
        finding(
            "/runtime/networkMode".into(),
            "pod/host-network",
            "networkMode host needs policy.allowHostNetwork".into(),
        );
    }
    let memory = &pod.resources.memory_bytes;
    if memory.request > memory.limit {
        finding(
            "/resources/memoryBytes/request".into(),
            "pod/memory-request",
            format!(
                "the request ({}) exceeds the limit ({})",
                memory.request, memory.limit
            ),
        );
    }
    let value = serde_json::to_value(pod).expect("generated types serialize");
    for f in crate::secrets::scan_value(&value) {
        finding(
            f.pointer,
            "pod/secret-in-spec",
            format!(
                "this value has the shape of a secret ({}); an AgentPod never carries secret values",
                f.shape
            ),
        );
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

fn list<T: AsRef<str>>(items: Option<&[T]>) -> Vec<&str> {
    items
        .unwrap_or_default()
        .iter()
        .map(AsRef::as_ref)
        .collect()
}

fn overlap(a: &[&str], b: &[&str]) -> Vec<String> {
    a.iter()
        .filter(|x| b.contains(x))
        .map(|x| x.to_string())
        .collect()
}

/// The semantic rules of a PolicyAdmission.
///
/// - `admission/status-authorization`: `authorizationGranted` is true exactly when the status is `allowed`.
/// - `admission/decided-refs`: a decided admission (`allowed`, `denied`) names its decision ref and
///   digest; a `missing` one has both `null`.
/// - `admission/missing-allows-nothing`: a `missing` admission allows nothing.
/// - `admission/scope-overlap`: nothing is both allowed and denied.
/// - `admission/required-receipts`: an allowed admission names the receipts it requires.
pub fn check_policy_admission(a: &crate::contracts::PolicyAdmission) -> Result<(), Vec<Finding>> {
    use crate::contracts::policy_admission::PolicyAdmissionDecisionStatus as S;
    let mut out = Vec::new();
    let mut finding = |pointer: &str, rule: &'static str, message: String| {
        out.push(Finding {
            pointer: pointer.into(),
            rule,
            message,
        });
    };
    let d = &a.decision;
    if d.authorization_granted != (d.status == S::Allowed) {
        finding(
            "/decision/authorizationGranted",
            "admission/status-authorization",
            format!(
                "authorizationGranted is {} but the status is {}",
                d.authorization_granted, d.status
            ),
        );
    }
    match d.status {
        S::Allowed | S::Denied if d.decision_ref.is_none() || d.decision_digest.is_none() => {
            finding(
                "/decision",
                "admission/decided-refs",
                format!(
                    "a {} admission names its decisionRef and decisionDigest",
                    d.status
                ),
            );
        }
        S::Missing if d.decision_ref.is_some() || d.decision_digest.is_some() => {
            finding(
                "/decision",
                "admission/decided-refs",
                "a missing admission has a null decisionRef and decisionDigest".into(),
            );
        }
        _ => {}
    }
    let (al, de) = (&a.scope.allowed, &a.scope.denied);
    let keys: [(&str, Vec<&str>, Vec<&str>); 4] = [
        (
            "networkExposure",
            list(al.network_exposure.as_deref()),
            list(de.network_exposure.as_deref()),
        ),
        (
            "storageClasses",
            list(al.storage_classes.as_deref()),
            list(de.storage_classes.as_deref()),
        ),
        (
            "volumeClasses",
            list(al.volume_classes.as_deref()),
            list(de.volume_classes.as_deref()),
        ),
        (
            "sideEffects",
            list(al.side_effects.as_deref()),
            list(de.side_effects.as_deref()),
        ),
    ];
    let providers_allowed = list(al.provider_ids.as_deref());
    let providers_denied = list(de.provider_ids.as_deref());
    for (key, allowed, denied) in keys
        .iter()
        .map(|(k, a, d)| (*k, a, d))
        .chain(std::iter::once((
            "providerIds",
            &providers_allowed,
            &providers_denied,
        )))
    {
        let both = overlap(allowed, denied);
        if !both.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                "admission/scope-overlap",
                format!("{} both allowed and denied", both.join(", ")),
            );
        }
        if d.status == S::Missing && !allowed.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                "admission/missing-allows-nothing",
                "a missing admission allows nothing".into(),
            );
        }
    }
    if al.cache_reuse == Some(true) && de.cache_reuse == Some(true) {
        finding(
            "/scope/allowed/cacheReuse",
            "admission/scope-overlap",
            "cache reuse is both allowed and denied".into(),
        );
    }
    if d.status == S::Allowed && a.obligations.required_receipts.is_empty() {
        finding(
            "/obligations/requiredReceipts",
            "admission/required-receipts",
            "an allowed admission names the receipts it requires".into(),
        );
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The semantic rules of an AgentRegistryGrant.
///
/// - `grant/status-authorization`: `authorizationGranted` is true exactly when the status is `active`.
/// - `grant/revocation-status`: the revocation status agrees with the grant status.
/// - `grant/active-refs`: an active grant names its ref, digest, expiry and revocation hook; a
///   missing one has a null ref and digest.
/// - `grant/allowed-within-requested`: everything allowed was requested.
/// - `grant/scope-overlap`: nothing is both allowed and denied.
pub fn check_agent_registry_grant(
    g: &crate::contracts::AgentRegistryGrant,
) -> Result<(), Vec<Finding>> {
    use crate::contracts::agent_registry_grant::{
        AgentRegistryGrantGrantRevocationStatus as R, AgentRegistryGrantGrantStatus as S,
        RegistryScope,
    };
    let mut out = Vec::new();
    let mut finding = |pointer: &str, rule: &'static str, message: String| {
        out.push(Finding {
            pointer: pointer.into(),
            rule,
            message,
        });
    };
    let grant = &g.grant;
    if grant.authorization_granted != (grant.status == S::Active) {
        finding(
            "/grant/authorizationGranted",
            "grant/status-authorization",
            format!(
                "authorizationGranted is {} but the status is {}",
                grant.authorization_granted, grant.status
            ),
        );
    }
    let consistent = match grant.status {
        S::Active => grant.revocation_status == R::Active,
        S::Revoked => grant.revocation_status == R::Revoked,
        S::Expired => grant.revocation_status == R::Expired,
        S::Denied => grant.revocation_status == R::Denied,
        S::Missing | S::Unknown => grant.revocation_status != R::Active,
    };
    if !consistent {
        finding(
            "/grant/revocationStatus",
            "grant/revocation-status",
            format!(
                "revocation status {} contradicts grant status {}",
                grant.revocation_status, grant.status
            ),
        );
    }
    match grant.status {
        S::Active
            if grant.grant_ref.is_none()
                || grant.grant_digest.is_none()
                || grant.expires_at.is_none()
                || grant.revocation_hook_ref.is_none() =>
        {
            finding(
                "/grant",
                "grant/active-refs",
                "an active grant names its grantRef, grantDigest, expiresAt and revocationHookRef"
                    .into(),
            );
        }
        S::Missing if grant.grant_ref.is_some() || grant.grant_digest.is_some() => {
            finding(
                "/grant",
                "grant/active-refs",
                "a missing grant has a null grantRef and grantDigest".into(),
            );
        }
        _ => {}
    }
    let fields = |s: &RegistryScope| -> [(&'static str, Vec<String>); 7] {
        let v = |l: &crate::contracts::wire::UniqueList<String>| l.to_vec();
        [
            ("providerIds", v(&s.provider_ids)),
            ("modelRefs", v(&s.model_refs)),
            ("toolRefs", v(&s.tool_refs)),
            ("cacheScopeRefs", v(&s.cache_scope_refs)),
            ("memoryScopeRefs", v(&s.memory_scope_refs)),
            ("storageScopeRefs", v(&s.storage_scope_refs)),
            ("evidenceScopeRefs", v(&s.evidence_scope_refs)),
        ]
    };
    let requested = fields(&g.request.requested_scope);
    let denied = fields(&g.scope.denied);
    for (i, (key, allowed)) in fields(&g.scope.allowed).iter().enumerate() {
        let extra: Vec<&str> = allowed
            .iter()
            .filter(|x| !requested[i].1.contains(x))
            .map(String::as_str)
            .collect();
        if !extra.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                "grant/allowed-within-requested",
                format!("{} allowed but never requested", extra.join(", ")),
            );
        }
        let both: Vec<&str> = allowed
            .iter()
            .filter(|x| denied[i].1.contains(x))
            .map(String::as_str)
            .collect();
        if !both.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                "grant/scope-overlap",
                format!("{} both allowed and denied", both.join(", ")),
            );
        }
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The semantic rules of a StorageReceipt.
///
/// - `storage/world-writable`, `storage/symlink-traversal`: never observed.
/// - `storage/encryption-observed`, `storage/quota-observed`: what is required is observed.
pub fn check_storage_receipt(r: &crate::contracts::StorageReceipt) -> Result<(), Vec<Finding>> {
    let mut out = Vec::new();
    let mut finding = |pointer: &str, rule: &'static str, message: &str| {
        out.push(Finding {
            pointer: pointer.into(),
            rule,
            message: message.into(),
        });
    };
    if r.filesystem.world_writable == Some(true) {
        finding(
            "/filesystem/worldWritable",
            "storage/world-writable",
            "the volume is world-writable",
        );
    }
    if r.filesystem.symlink_traversal_observed == Some(true) {
        finding(
            "/filesystem/symlinkTraversalObserved",
            "storage/symlink-traversal",
            "symlink traversal was observed",
        );
    }
    // A plan has observed nothing yet: the observation rules apply to observations.
    let plan = crate::storage::is_plan(r);
    if !plan && r.encryption.required && !r.encryption.observed {
        finding(
            "/encryption/observed",
            "storage/encryption-observed",
            "encryption is required but was not observed",
        );
    }
    if !plan && r.quota.required && !r.quota.observed {
        finding(
            "/quota/observed",
            "storage/quota-observed",
            "a quota is required but was not observed",
        );
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The semantic rules of an ExternalTrustSignalProvider response.
///
/// - `trust-signal/freshness`: `fresh` is true exactly when the observed age is
///   within the maximum age (for the response and every signal).
/// - `trust-signal/usable`: a response is usable for grant resolution only when
///   it is `available`, fresh, and — when signatures are required — every
///   signal's signature was observed.
/// - `trust-signal/failure-reason`: a response that is not `available` says why.
///
/// Signals are verifier input, never authority: their `authority` is the
/// const `non-authoritative-verifier-input`, and nothing in Agent Machine
/// grants anything because of them.
pub fn check_external_trust_signal_provider(
    p: &crate::contracts::ExternalTrustSignalProvider,
) -> Result<(), Vec<Finding>> {
    use crate::contracts::external_trust_signal_provider::Freshness;
    let mut out = Vec::new();
    let fresh_ok = |f: &Freshness| f.fresh == (f.observed_age_seconds <= f.max_age_seconds);
    let r = &p.response;
    if !fresh_ok(&r.freshness) {
        out.push(Finding {
            pointer: "/response/freshness/fresh".into(),
            rule: "trust-signal/freshness",
            message: "fresh must be true exactly when observedAgeSeconds ≤ maxAgeSeconds".into(),
        });
    }
    for (i, s) in r.signals.iter().enumerate() {
        if !fresh_ok(&s.freshness) {
            out.push(Finding {
                pointer: format!("/response/signals/{i}/freshness/fresh"),
                rule: "trust-signal/freshness",
                message: "fresh must be true exactly when observedAgeSeconds ≤ maxAgeSeconds"
                    .into(),
            });
        }
    }
    let available = r.status.to_string() == "available";
    let signed = !p.request.signature_required || r.signals.iter().all(|s| s.signature.observed);
    let all_fresh = r.freshness.fresh && r.signals.iter().all(|s| s.freshness.fresh);
    if r.usable_for_grant_resolution && !(available && all_fresh && signed) {
        out.push(Finding {
            pointer: "/response/usableForGrantResolution".into(),
            rule: "trust-signal/usable",
            message: "only an available, fresh response (with observed signatures when required) is usable for grant resolution".into(),
        });
    }
    if !available && r.failure_reason.is_none() {
        out.push(Finding {
            pointer: "/response/failureReason".into(),
            rule: "trust-signal/failure-reason",
            message: format!("a {} response says why in failureReason", r.status),
        });
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}
