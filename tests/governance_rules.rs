//! Semantic rules of admissions, grants and storage receipts: each broken
//! rule is reported by `validate` with its stable code; the examples pass.

mod support;

use agent_machine::input::parse_document;
use agent_machine::json::Limits;
use agent_machine::validate::{Mode, validate};
use serde_json::{Value, json};

fn rules_of(doc: &Value) -> Vec<String> {
    let text = serde_json::to_string(doc).unwrap();
    let doc = parse_document("doc.json".into(), text.as_bytes(), Limits::default()).unwrap();
    validate(&doc, Mode::default())
        .diagnostics
        .into_iter()
        .map(|d| d.rule)
        .collect()
}

#[test]
fn each_governance_rule_fires() {
    type Edit = fn(&mut Value);
    let cases: &[(&str, &str, Edit)] = &[
        (
            "allowed-activation.policy-admission.json",
            "admission/status-authorization",
            |a| a["decision"]["authorizationGranted"] = json!(false),
        ),
        (
            "allowed-activation.policy-admission.json",
            "admission/decided-refs",
            |a| a["decision"]["decisionDigest"] = json!(null),
        ),
        (
            "missing.policy-admission.json",
            "admission/decided-refs",
            |a| a["decision"]["decisionRef"] = json!("urn:srcos:policy-decision:x"),
        ),
        (
            "missing.policy-admission.json",
            "admission/missing-allows-nothing",
            |a| a["scope"]["allowed"]["sideEffects"] = json!(["start-provider"]),
        ),
        (
            "allowed-activation.policy-admission.json",
            "admission/scope-overlap",
            |a| a["scope"]["denied"]["networkExposure"] = json!(["loopback"]),
        ),
        (
            "allowed-activation.policy-admission.json",
            "admission/required-receipts",
            |a| a["obligations"]["requiredReceipts"] = json!([]),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/status-authorization",
            |g| g["grant"]["authorizationGranted"] = json!(false),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/revocation-status",
            |g| g["grant"]["revocationStatus"] = json!("revoked"),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/active-refs",
            |g| g["grant"]["expiresAt"] = json!(null),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/allowed-within-requested",
            |g| {
                g["scope"]["allowed"]["toolRefs"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!("urn:srcos:tool:never-requested"))
            },
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/scope-overlap",
            |g| {
                let tool = g["scope"]["allowed"]["toolRefs"][0].clone();
                g["scope"]["denied"]["toolRefs"] = json!([tool]);
            },
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/world-writable",
            |s| s["filesystem"]["worldWritable"] = json!(true),
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/symlink-traversal",
            |s| s["filesystem"]["symlinkTraversalObserved"] = json!(true),
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/encryption-observed",
            |s| {
                s["encryption"]["required"] = json!(true);
                s["encryption"]["observed"] = json!(false);
            },
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/quota-observed",
            |s| {
                s["quota"]["required"] = json!(true);
                s["quota"]["observed"] = json!(false);
            },
        ),
        (
            "active.external-trust-signal-provider.json",
            "trust-signal/freshness",
            |p| p["response"]["freshness"]["observedAgeSeconds"] = json!(1_000_000),
        ),
        (
            "stale.external-trust-signal-provider.json",
            "trust-signal/usable",
            |p| p["response"]["usableForGrantResolution"] = json!(true),
        ),
        (
            "stale.external-trust-signal-provider.json",
            "trust-signal/failure-reason",
            |p| p["response"]["failureReason"] = json!(null),
        ),
    ];
    for (file, rule, edit) in cases {
        let mut doc: Value = support::example(file);
        assert_eq!(
            rules_of(&doc),
            Vec::<String>::new(),
            "{file} is valid as shipped"
        );
        edit(&mut doc);
        assert!(
            rules_of(&doc).contains(&rule.to_string()),
            "{file}: expected {rule}, got {:?}",
            rules_of(&doc)
        );
    }
}
