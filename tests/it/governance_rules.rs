//! Semantic rules of admissions, grants and storage receipts: each broken
//! rule is reported by `validate` with its stable code at its pointer, and
//! nothing else; the examples pass.
//! A rule that says the document contradicts itself makes it invalid; a
//! state rule (a truthful report of a non-compliant volume) is a warning in
//! `validate` and a refusal where the receipt is used.

use crate::support;
use agent_machine::base::rule::Rule;

use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::governance::validate::{Mode, Report, validate};
use agent_machine::rules::semantics::{STATE_RULES, Severity, severity};
use serde_json::{Value, json};

fn report_of(doc: &Value) -> Report {
    let text = serde_json::to_string(doc).unwrap();
    let doc = parse_document("doc.json".into(), text.as_bytes(), Limits::default()).unwrap();
    validate(&doc, Mode::default())
}

/// `(pointer, rule)` of what `validate` reports: as errors, and as warnings.
type Found = Vec<(String, String)>;
fn rules_of(doc: &Value) -> (Found, Found) {
    let report = report_of(doc);
    let rules = |d: Vec<agent_machine::base::diagnostic::Diagnostic>| {
        d.into_iter()
            .map(|d| (d.pointer, d.rule))
            .collect::<Vec<_>>()
    };
    (rules(report.diagnostics), rules(report.warnings))
}

#[test]
fn each_governance_rule_fires() {
    type Edit = fn(&mut Value);
    let cases: &[(&str, &str, &str, Edit)] = &[
        (
            "allowed-activation.policy-admission.json",
            "admission/status-authorization",
            "/decision/authorizationGranted",
            |a| a["decision"]["authorizationGranted"] = json!(false),
        ),
        (
            "allowed-activation.policy-admission.json",
            "admission/decided-refs",
            "/decision",
            |a| a["decision"]["decisionDigest"] = json!(null),
        ),
        (
            "missing.policy-admission.json",
            "admission/decided-refs",
            "/decision",
            |a| a["decision"]["decisionRef"] = json!("urn:srcos:policy-decision:x"),
        ),
        (
            "missing.policy-admission.json",
            "admission/missing-allows-nothing",
            "/scope/allowed/sideEffects",
            |a| a["scope"]["allowed"]["sideEffects"] = json!(["start-provider"]),
        ),
        (
            "allowed-activation.policy-admission.json",
            "admission/scope-overlap",
            "/scope/allowed/networkExposure",
            |a| a["scope"]["denied"]["networkExposure"] = json!(["loopback"]),
        ),
        (
            "allowed-activation.policy-admission.json",
            "admission/required-receipts",
            "/obligations/requiredReceipts",
            |a| a["obligations"]["requiredReceipts"] = json!([]),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/status-authorization",
            "/grant/authorizationGranted",
            |g| g["grant"]["authorizationGranted"] = json!(false),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/revocation-status",
            "/grant/revocationStatus",
            |g| g["grant"]["revocationStatus"] = json!("revoked"),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/active-refs",
            "/grant",
            |g| g["grant"]["expiresAt"] = json!(null),
        ),
        (
            "active-activation.agent-registry-grant.json",
            "grant/allowed-within-requested",
            "/scope/allowed/toolRefs",
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
            "/scope/allowed/toolRefs",
            |g| {
                let tool = g["scope"]["allowed"]["toolRefs"][0].clone();
                g["scope"]["denied"]["toolRefs"] = json!([tool]);
            },
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/world-writable",
            "/filesystem/worldWritable",
            |s| s["filesystem"]["worldWritable"] = json!(true),
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/symlink-traversal",
            "/filesystem/symlinkTraversalObserved",
            |s| s["filesystem"]["symlinkTraversalObserved"] = json!(true),
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/encryption-observed",
            "/encryption/observed",
            |s| {
                s["encryption"]["required"] = json!(true);
                s["encryption"]["observed"] = json!(false);
            },
        ),
        (
            "local-lvm-warm-cache.storage-receipt.json",
            "storage/quota-observed",
            "/quota/observed",
            |s| {
                s["quota"]["required"] = json!(true);
                s["quota"]["observed"] = json!(false);
            },
        ),
        (
            "local-activation.agentplane-runtime-evidence.json",
            "evidence/running-authority",
            "/runtime/status",
            |e| e["agentRegistry"]["grantStatus"] = json!("revoked"),
        ),
        (
            "local-activation.agentplane-runtime-evidence.json",
            "evidence/running-authority",
            "/runtime/status",
            |e| e["policyFabric"]["admissionStatus"] = json!("denied"),
        ),
        (
            "local-activation.agentplane-runtime-evidence.json",
            "evidence/secret",
            "/runtime/nodeName",
            |e| e["runtime"]["nodeName"] = json!(format!("ghp_{}", "a".repeat(36))),
        ),
        (
            "active.external-trust-signal-provider.json",
            "trust-signal/freshness",
            "/response/freshness/fresh",
            |p| p["response"]["freshness"]["observedAgeSeconds"] = json!(1_000_000),
        ),
        (
            "stale.external-trust-signal-provider.json",
            "trust-signal/usable",
            "/response/usableForGrantResolution",
            |p| p["response"]["usableForGrantResolution"] = json!(true),
        ),
        (
            "stale.external-trust-signal-provider.json",
            "trust-signal/failure-reason",
            "/response/failureReason",
            |p| p["response"]["failureReason"] = json!(null),
        ),
    ];
    for (file, rule, pointer, edit) in cases {
        let mut doc: Value = support::example(file);
        assert_eq!(
            rules_of(&doc),
            (Vec::new(), Vec::new()),
            "{file} is valid as shipped, without warnings"
        );
        edit(&mut doc);
        let (errors, warnings) = rules_of(&doc);
        match severity(Rule::from_code(rule).expect("a rule code")) {
            // A self-contradiction, or what is never allowed: invalid.
            Severity::Error => assert_eq!(
                (errors, warnings),
                (vec![(pointer.to_string(), rule.to_string())], Vec::new()),
                "{file}: expected the error {rule} at {pointer} and nothing else"
            ),
            // A non-compliant state, truthfully reported: valid, with a warning.
            Severity::Warning => {
                assert_eq!(errors, Found::new(), "{file}: {rule} leaves it valid");
                assert_eq!(
                    warnings,
                    [(pointer.to_string(), rule.to_string())],
                    "{file}"
                );
            }
        }
    }
}

/// The state rules are exactly the StorageReceipt observations and the
/// runtime evidence's authority; the admission, grant, trust-signal, pod and
/// secret rules stay errors.
#[test]
fn the_state_rules_are_the_storage_observations_and_the_evidence_authority() {
    assert_eq!(
        STATE_RULES,
        [
            "storage/world-writable",
            "storage/symlink-traversal",
            "storage/encryption-observed",
            "storage/quota-observed",
            "evidence/running-authority"
        ]
    );
    for rule in [
        "admission/scope-overlap",
        "admission/status-authorization",
        "grant/scope-overlap",
        "grant/allowed-within-requested",
        "trust-signal/freshness",
        "trust-signal/usable",
        "trust-signal/failure-reason",
        "pod/host-network",
        "supply-chain/sbom",
        "evidence/secret",
    ] {
        assert_eq!(
            severity(Rule::from_code(rule).expect("a rule code")),
            Severity::Error,
            "{rule}"
        );
    }
}

/// A receipt that `validate` accepts with warnings is still refused where it
/// is used: `check_storage_receipt` returns every finding (activation refuses
/// on it) and `storage verify` names each rule.
#[test]
fn a_receipt_valid_with_warnings_is_refused_where_it_is_used() {
    use agent_machine::contracts::StorageReceipt;
    let mut doc: Value = support::example("local-lvm-warm-cache.storage-receipt.json");
    doc["filesystem"]["worldWritable"] = json!(true);
    doc["filesystem"]["symlinkTraversalObserved"] = json!(true);
    doc["encryption"]["required"] = json!(true);
    doc["encryption"]["observed"] = json!(false);
    doc["quota"]["required"] = json!(true);
    doc["quota"]["observed"] = json!(false);
    let report = report_of(&doc);
    assert!(report.is_valid(), "{:#?}", report.diagnostics);
    let warned: Vec<&str> = report.warnings.iter().map(|d| d.rule.as_str()).collect();
    let storage_rules: Vec<&str> = STATE_RULES
        .iter()
        .filter(|r| matches!(r, Rule::Storage(_)))
        .map(|r| r.code())
        .collect();
    assert_eq!(warned, storage_rules);
    assert!(
        report
            .warnings
            .iter()
            .all(|d| d.line.is_some() && d.column.is_some()),
        "{:#?}",
        report.warnings
    );

    let receipt: StorageReceipt = serde_json::from_value(doc).unwrap();
    let findings = agent_machine::rules::semantics::check_storage_receipt(&receipt).unwrap_err();
    let rules: Vec<&str> = findings.iter().map(|f| f.rule.code()).collect();
    assert_eq!(rules, storage_rules, "every finding, whatever its severity");
    let problems = agent_machine::governance::storage::verify(&receipt, &support::example_tiers());
    for rule in &storage_rules {
        assert!(
            problems.iter().any(|p| p.starts_with(&format!("{rule}: "))),
            "storage verify names {rule}: {problems:?}"
        );
    }
}
