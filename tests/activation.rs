//! The activation evaluator: the reference cases are allowed; each single
//! corruption is refused with its documented reason code; losing any input
//! document only moves the decision towards refusal; every decision is
//! schema-valid and deterministic.

mod support;

use agent_machine::activation::{Inputs, ReceiptInput, evaluate};
use agent_machine::canonical::digest;
use agent_machine::contracts::{
    ActivationDecision, AgentPod, AgentRegistryGrant, DeploymentReceipt, PolicyAdmission,
    StorageReceipt,
};
use agent_machine::input::parse_document;
use agent_machine::json::Limits;
use agent_machine::validate::{Mode, validate};
use serde_json::{Value, json};

/// Our own example set, as JSON values (edited per case).
#[derive(Clone)]
struct Case {
    pod: Value,
    admission: Option<Value>,
    grant: Option<Value>,
    receipt: Option<Value>,
    receipt_id: Option<String>,
    storage: Vec<Value>,
    decided_at: String,
    machine_id: Option<String>,
    strict: bool,
}

fn ours() -> Case {
    Case {
        pod: support::example("local-podman-llama-cpp.agent-pod.json"),
        admission: Some(support::example("allowed-activation.policy-admission.json")),
        grant: Some(support::example(
            "active-activation.agent-registry-grant.json",
        )),
        receipt: Some(support::example(
            "local-podman-llama-cpp-quadlet.deployment-receipt.json",
        )),
        receipt_id: None,
        storage: vec![support::example(
            "local-lvm-warm-cache.storage-receipt.json",
        )],
        decided_at: "2026-05-12T09:20:00Z".into(),
        machine_id: None,
        strict: false,
    }
}

fn decide(c: &Case) -> ActivationDecision {
    fn typed<T: serde::de::DeserializeOwned>(v: &Value) -> T {
        serde_json::from_value(v.clone()).unwrap()
    }
    let pod: AgentPod = typed(&c.pod);
    let admission: Option<PolicyAdmission> = c.admission.as_ref().map(typed::<PolicyAdmission>);
    let grant: Option<AgentRegistryGrant> = c.grant.as_ref().map(typed::<AgentRegistryGrant>);
    let receipt: Option<DeploymentReceipt> = c.receipt.as_ref().map(typed::<DeploymentReceipt>);
    let storage: Vec<StorageReceipt> = c.storage.iter().map(typed::<StorageReceipt>).collect();
    let pod_digest = digest(&c.pod).unwrap();
    let decision = evaluate(&Inputs {
        pod: &pod,
        pod_digest: &pod_digest,
        admission: admission.as_ref(),
        grant: grant.as_ref(),
        receipt: match (&receipt, &c.receipt_id) {
            (Some(r), _) => ReceiptInput::Document(r),
            (None, Some(id)) => ReceiptInput::Id(id),
            (None, None) => ReceiptInput::None,
        },
        storage_receipts: &storage,
        decided_at: &c.decided_at,
        machine_id: c.machine_id.as_deref(),
        provider_id: None,
        decision_id: None,
        strict: c.strict,
    })
    .unwrap();
    // Every decision is a valid ActivationDecision document.
    let text = serde_json::to_string(&decision).unwrap();
    let report = validate(
        &parse_document("decision".into(), text.as_bytes(), Limits::default()).unwrap(),
        Mode::default(),
    );
    assert!(report.is_valid(), "{:#?}", report.diagnostics);
    decision
}

fn reasons(d: &ActivationDecision) -> Vec<String> {
    d.decision.failure_reasons.iter().cloned().collect()
}

#[test]
fn our_example_set_is_allowed_with_a_verified_binding() {
    let d = decide(&ours());
    assert!(d.decision.activation_allowed, "{:?}", reasons(&d));
    assert_eq!(d.decision.status.to_string(), "allowed");
    let labels = d.labels.as_ref().unwrap();
    assert_eq!(
        labels
            .get("agent-machine.sourceos.dev/deployment-receipt-binding")
            .unwrap(),
        "verified"
    );
    assert_eq!(
        d.scope.side_effects.to_vec(),
        ["mount-cache", "start-provider"]
    );
    assert_eq!(decide(&ours()), d, "deterministic");
}

#[test]
fn the_sourceos_reference_case_is_allowed() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let read = |f: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join("sourceos-v0.1.0").join(f)).unwrap())
            .unwrap()
    };
    let admission = read("policy-admission.allowed-activation.json");
    let c = Case {
        pod: read("local-podman-llama-cpp.agent-pod.json"),
        receipt_id: Some(
            admission["request"]["deploymentReceiptId"]
                .as_str()
                .unwrap()
                .into(),
        ),
        admission: Some(admission),
        grant: Some(read("agent-registry-grant.active-activation.json")),
        receipt: None,
        storage: vec![read("local-lvm-warm-cache.storage-receipt.json")],
        decided_at: "2026-05-04T12:51:00Z".into(),
        machine_id: None,
        strict: false,
    };
    let d = decide(&c);
    assert!(d.decision.activation_allowed, "{:?}", reasons(&d));
    // With only a receipt id, --strict refuses the unverified binding.
    let d = decide(&Case { strict: true, ..c });
    assert!(reasons(&d).contains(&"deployment-receipt-unverified".to_string()));
}

#[test]
fn each_corruption_is_refused_with_its_reason_code() {
    type Edit = fn(&mut Case);
    let cases: &[(&str, &str, Edit)] = &[
        ("admission for another pod", "admission-other-pod", |c| {
            c.admission.as_mut().unwrap()["request"]["agentPodId"] =
                json!("urn:srcos:agent-machine:agent-pod:other")
        }),
        ("denied admission", "admission-not-allowed", |c| {
            let a = c.admission.as_mut().unwrap();
            a["decision"]["status"] = json!("denied");
            a["decision"]["authorizationGranted"] = json!(false);
        }),
        (
            "render-only admission",
            "admission-not-for-activation",
            |c| c.admission.as_mut().unwrap()["request"]["requestType"] = json!("render"),
        ),
        (
            "admission without start-provider",
            "admission-side-effects",
            |c| {
                c.admission.as_mut().unwrap()["scope"]["allowed"]["sideEffects"] =
                    json!(["mount-cache"])
            },
        ),
        ("admission denying loopback", "admission-exposure", |c| {
            c.admission.as_mut().unwrap()["scope"]["denied"]["networkExposure"] =
                json!(["loopback"])
        }),
        ("admission expired", "admission-expired", |c| {
            c.decided_at = "2026-05-12T21:00:00Z".into()
        }),
        (
            "decided before the admission",
            "admission-not-yet-decided",
            |c| c.decided_at = "2026-05-12T08:00:00Z".into(),
        ),
        ("admission granted forever", "admission-no-expiry", |c| {
            c.admission.as_mut().unwrap()["obligations"]["expiresAt"] = json!(null)
        }),
        ("another machine", "admission-other-machine", |c| {
            c.machine_id = Some("urn:srcos:agent-machine:elsewhere".into())
        }),
        ("grant expired before decidedAt", "grant-expired", |c| {
            c.grant.as_mut().unwrap()["grant"]["expiresAt"] = json!("2026-05-12T09:10:00Z")
        }),
        ("revoked grant", "grant-revoked", |c| {
            let g = &mut c.grant.as_mut().unwrap()["grant"];
            g["status"] = json!("revoked");
            g["revocationStatus"] = json!("revoked");
            g["authorizationGranted"] = json!(false);
        }),
        ("grant for another pod", "grant-other-pod", |c| {
            c.grant.as_mut().unwrap()["request"]["agentPodId"] =
                json!("urn:srcos:agent-machine:agent-pod:other")
        }),
        (
            "grant without the mount-cache tool",
            "grant-tool-refs",
            |c| {
                c.grant.as_mut().unwrap()["scope"]["denied"]["toolRefs"] =
                    json!(["urn:srcos:tool:mount-cache"])
            },
        ),
        (
            "receipt id matching no receipt",
            "admission-other-receipt",
            |c| {
                c.receipt = None;
                c.receipt_id = Some(format!(
                    "urn:srcos:agent-machine:deployment-receipt:{}",
                    "f".repeat(32)
                ));
            },
        ),
        ("receipt of another pod", "receipt-other-pod", |c| {
            c.receipt.as_mut().unwrap()["source"]["id"] =
                json!("urn:srcos:agent-machine:agent-pod:other")
        }),
        (
            "receipt of another artifact",
            "admission-digest-mismatch",
            |c| {
                c.receipt.as_mut().unwrap()["artifact"]["digest"] =
                    json!(format!("sha256:{}", "e".repeat(64)))
            },
        ),
        (
            "storage receipts of another pod",
            "storage-receipt-other-pod",
            |c| c.storage[0]["agentPodId"] = json!("urn:srcos:agent-machine:agent-pod:other"),
        ),
        (
            "storage receipts of another machine",
            "storage-receipt-other-machine",
            |c| c.storage[0]["agentMachineId"] = json!("urn:srcos:agent-machine:elsewhere"),
        ),
        (
            "encryption required but not observed",
            "storage-encryption-not-observed",
            |c| {
                c.storage[0]["encryption"]["required"] = json!(true);
                c.storage[0]["encryption"]["observed"] = json!(false);
            },
        ),
        ("world-writable cache", "storage-receipt-invalid", |c| {
            c.storage[0]["filesystem"]["worldWritable"] = json!(true)
        }),
        (
            "admission not authorized",
            "admission-not-authorized",
            |c| c.admission.as_mut().unwrap()["decision"]["authorizationGranted"] = json!(false),
        ),
        (
            "volume class outside the admission",
            "admission-volume-class",
            |c| {
                c.admission.as_mut().unwrap()["scope"]["allowed"]["volumeClasses"] =
                    json!(["agent-models"])
            },
        ),
        (
            "storage class outside the admission",
            "admission-storage-class",
            |c| {
                c.admission.as_mut().unwrap()["scope"]["allowed"]["storageClasses"] =
                    json!(["topolvm-k8s"])
            },
        ),
        (
            "provider outside the admission",
            "admission-provider",
            |c| c.admission.as_mut().unwrap()["scope"]["allowed"]["providerIds"] = json!([]),
        ),
        ("provider outside the grant", "grant-provider", |c| {
            let allowed = c.grant.as_ref().unwrap()["scope"]["allowed"]["providerIds"].clone();
            c.grant.as_mut().unwrap()["scope"]["denied"]["providerIds"] = allowed;
        }),
        ("grant not authorized", "grant-not-authorized", |c| {
            c.grant.as_mut().unwrap()["grant"]["authorizationGranted"] = json!(false)
        }),
        ("denied grant", "grant-denied", |c| {
            c.grant.as_mut().unwrap()["grant"]["status"] = json!("denied")
        }),
        ("grant granted forever", "grant-no-expiry", |c| {
            c.grant.as_mut().unwrap()["grant"]["expiresAt"] = json!(null)
        }),
        (
            "grant issued after decidedAt",
            "grant-not-yet-issued",
            |c| c.grant.as_mut().unwrap()["issuedAt"] = json!("2026-05-12T10:00:00Z"),
        ),
        (
            "receipt of another pod document",
            "receipt-other-source",
            |c| {
                c.receipt.as_mut().unwrap()["source"]["digest"] =
                    json!(format!("sha256:{}", "d".repeat(64)))
            },
        ),
        ("no provider named anywhere", "provider-unknown", |c| {
            c.admission.as_mut().unwrap()["request"]["providerId"] = json!(null)
        }),
        ("grant for another machine", "grant-other-machine", |c| {
            c.grant.as_mut().unwrap()["request"]["agentMachineId"] =
                json!("urn:srcos:agent-machine:elsewhere")
        }),
        (
            "a storage plan instead of an observation",
            "storage-receipt-planned",
            |c| c.storage[0]["labels"] = json!({"agent-machine.sourceos.dev/phase": "plan"}),
        ),
        ("no storage receipt", "storage-receipt-missing", |c| {
            c.storage.clear()
        }),
        ("missing admission stub", "admission-missing", |c| {
            c.admission = Some(support::example("missing.policy-admission.json"))
        }),
        ("missing grant stub", "grant-missing", |c| {
            c.grant = Some(support::example("missing.agent-registry-grant.json"))
        }),
        ("no receipt at all", "deployment-receipt-missing", |c| {
            c.receipt = None
        }),
        (
            "strict with a tagged image",
            "supply-chain-not-pinned",
            |c| c.strict = true,
        ),
    ];
    for (name, code, edit) in cases {
        let mut c = ours();
        edit(&mut c);
        let d = decide(&c);
        assert!(
            !d.decision.activation_allowed,
            "{name}: must not be allowed"
        );
        assert!(
            reasons(&d).contains(&code.to_string()),
            "{name}: expected {code}, got {:?}",
            reasons(&d)
        );
        assert!(!d.decision.required_before_activation.is_empty(), "{name}");
        assert!(
            d.scope.side_effects.is_empty() && d.scope.tool_refs.is_empty(),
            "{name}: a refusal grants nothing"
        );
        let sorted = {
            let mut r = reasons(&d);
            r.sort();
            r
        };
        assert_eq!(reasons(&d), sorted, "{name}: reason codes are sorted");
    }
}

#[test]
fn missing_inputs_fail_closed_and_decided_refusals_are_denied() {
    let mut c = ours();
    c.admission = None;
    assert_eq!(decide(&c).decision.status.to_string(), "fail-closed");
    let mut c = ours();
    c.grant.as_mut().unwrap()["grant"]["status"] = json!("denied");
    c.grant.as_mut().unwrap()["grant"]["revocationStatus"] = json!("denied");
    c.grant.as_mut().unwrap()["grant"]["authorizationGranted"] = json!(false);
    assert_eq!(decide(&c).decision.status.to_string(), "denied");
}

/// Losing any input document can only move a decision towards refusal.
#[test]
fn removing_any_input_never_yields_allowed() {
    type Drop = fn(&mut Case);
    let drops: &[(&str, Drop)] = &[
        ("admission", |c| c.admission = None),
        ("grant", |c| c.grant = None),
        ("deployment receipt", |c| c.receipt = None),
        ("storage receipts", |c| c.storage.clear()),
    ];
    // From the allowed case and from a denied one: never towards allowed.
    let denied: Drop =
        |c| c.admission.as_mut().unwrap()["request"]["requestType"] = json!("render");
    for start in [None, Some(denied)] {
        let mut base = ours();
        if let Some(f) = start {
            f(&mut base);
        }
        for (name, drop) in drops {
            let mut c = base.clone();
            drop(&mut c);
            assert!(
                !decide(&c).decision.activation_allowed,
                "without the {name}"
            );
        }
        // Every subset of the documents, too.
        for mask in 1..(1 << drops.len()) {
            let mut c = base.clone();
            for (i, (_, drop)) in drops.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    drop(&mut c);
                }
            }
            assert!(!decide(&c).decision.activation_allowed, "subset {mask:b}");
        }
    }
}

#[test]
fn resolver_stubs_are_valid_and_fail_closed() {
    use agent_machine::resolve::{AdmissionQuery, GrantQuery, missing_admission, missing_grant};
    let pod_id = "urn:srcos:agent-machine:agent-pod:local-podman-llama-cpp".to_string();
    let admission = missing_admission(&AdmissionQuery {
        pod_id: pod_id.clone(),
        ..Default::default()
    });
    let grant = missing_grant(&GrantQuery {
        pod_id,
        ..Default::default()
    });
    for stub in [&admission, &grant] {
        let text = serde_json::to_string(stub).unwrap();
        let report = validate(
            &parse_document("stub".into(), text.as_bytes(), Limits::default()).unwrap(),
            Mode::default(),
        );
        assert!(report.is_valid(), "{:#?}", report.diagnostics);
    }
    let mut c = ours();
    c.admission = Some(admission);
    c.grant = Some(grant);
    let d = decide(&c);
    assert_eq!(d.decision.status.to_string(), "fail-closed");
    assert_eq!(
        reasons(&d),
        [
            "admission-missing",
            "grant-missing",
            "machine-unknown",
            "provider-unknown"
        ]
    );
}

#[test]
fn evidence_cannot_claim_running_without_an_allowed_decision() {
    use agent_machine::evidence::{Facts, RUNNING_STATUSES, build};
    let c = ours();
    let pod: AgentPod = serde_json::from_value(c.pod.clone()).unwrap();
    let allowed = decide(&c);
    let mut refused_case = ours();
    refused_case.admission.as_mut().unwrap()["request"]["requestType"] = json!("render");
    let refused = decide(&refused_case);
    let facts = |decision, status| Facts {
        event: "activation",
        pod: &pod,
        decision,
        admission: None,
        grant: None,
        receipt: None,
        status,
        observed_at: "2026-05-12T09:21:00Z",
        runtime_version: "podman 5.4.2",
        probe_version: "0.1.0",
        model_digest: None,
        tokenizer_digest: None,
        node_name: None,
    };
    for status in RUNNING_STATUSES {
        let evidence = build(&facts(&allowed, status)).unwrap();
        let text = serde_json::to_string(&evidence).unwrap();
        let report = validate(
            &parse_document("e".into(), text.as_bytes(), Limits::default()).unwrap(),
            Mode::default(),
        );
        assert!(report.is_valid(), "{:#?}", report.diagnostics);
        assert!(
            build(&facts(&refused, status)).is_err(),
            "{status} must be refused"
        );
    }
    for status in ["planned", "placed", "failed", "tearing-down", "wiped"] {
        assert!(
            build(&facts(&refused, status)).is_ok(),
            "{status} may be reported for a refused decision"
        );
    }
}
