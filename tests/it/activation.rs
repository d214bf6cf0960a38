//! The activation evaluator: the reference cases are allowed; each single
//! corruption is refused with its documented reason code; losing any input
//! document only moves the decision towards refusal; every decision is
//! schema-valid and deterministic.

use crate::support;

use agent_machine::base::canonical::digest;
use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::contracts::cache_tier::CacheTier;
use agent_machine::contracts::{
    ActivationDecision, AgentPod, AgentRegistryGrant, DeploymentReceipt, PolicyAdmission,
    StorageReceipt,
};
use agent_machine::governance::activation::{Inputs, ReceiptInput, evaluate};
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::render::Source;
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
    tiers: Vec<Value>,
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
        tiers: vec![
            support::example("workstation-models.cache-tier.json"),
            support::example("workstation-warm-cache.cache-tier.json"),
        ],
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
    let tiers: Vec<CacheTier> = c.tiers.iter().map(typed::<CacheTier>).collect();
    let source = Source::new(
        "examples/local-podman-llama-cpp.agent-pod.json",
        digest(&c.pod).unwrap(),
    );
    let decision = evaluate(&Inputs {
        pod: &pod,
        source: &source,
        tiers: &tiers,
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

/// The reason codes of kind *missing* in the table of `src/governance/activation.rs`
/// (written out here, not read from the library): a decision with only these
/// is `fail-closed`, any other makes it `denied`.
const MISSING: &[&str] = &[
    "admission-missing",
    "grant-missing",
    "provider-unknown",
    "machine-unknown",
    "deployment-receipt-missing",
    "storage-unresolved",
    "storage-receipt-missing",
    "storage-receipt-planned",
];

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
            .get("agent-machine.sourceos.dev/artifact-binding")
            .unwrap(),
        "recomputed"
    );
    assert_eq!(
        labels
            .get("agent-machine.sourceos.dev/artifact-digest")
            .unwrap(),
        // The Quadlet unit the example admission names (skeletons/quadlet/).
        "sha256:771960bf0afe5616bdc3adec57d4fbd16eb2fb7e34290e2fb5f779bca07e8b71"
    );
    assert_eq!(
        d.scope.side_effects.to_vec(),
        ["mount-cache", "start-provider"]
    );
    assert_eq!(decide(&ours()), d, "deterministic");
}

#[test]
fn the_sourceos_reference_case_binds_only_to_what_we_render() {
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
        tiers: vec![read("linux-workstation-local-lvm.cache-tier.json")],
    };
    // Its admission names placeholder digests and receipt id, which no
    // renderer produces: the binding refuses it. Its warm-cache receipt also
    // observed the volume mounted without `noexec`, which a cache always
    // needs (`storage verify` refuses it the same way).
    let d = decide(&c);
    assert_eq!(
        reasons(&d),
        [
            "admission-digest-mismatch",
            "admission-other-receipt",
            "admission-plan-mismatch",
            "receipt-other-artifact",
            "storage-mount-not-as-tier"
        ]
    );
    // Bound to the artifact the pod renders to, the same case is allowed.
    let labels = d.labels.as_ref().unwrap();
    let digest = labels
        .get("agent-machine.sourceos.dev/artifact-digest")
        .unwrap();
    let receipt_id = d.inputs.deployment_receipt_id.as_str().to_string();
    let mut bound = c.clone();
    let request = &mut bound.admission.as_mut().unwrap()["request"];
    request["manifestDigest"] = json!(digest);
    request["planDigest"] = json!(null);
    request["deploymentReceiptId"] = json!(receipt_id);
    bound.receipt_id = Some(receipt_id);
    bound.storage[0]["filesystem"]["mountOptions"] = json!(["nodev", "noexec", "nosuid"]);
    let d = decide(&bound);
    assert!(d.decision.activation_allowed, "{:?}", reasons(&d));
    // --strict also wants a pinned supply chain.
    let d = decide(&Case {
        strict: true,
        ..bound
    });
    assert_eq!(reasons(&d), ["supply-chain-not-pinned"]);
}

#[test]
fn each_corruption_is_refused_with_its_reason_code() {
    type Edit = fn(&mut Case);
    let cases: &[(&str, &str, &[&str], Edit)] = &[
        (
            "admission for another pod",
            "denied",
            &["admission-other-pod"],
            |c| {
                c.admission.as_mut().unwrap()["request"]["agentPodId"] =
                    json!("urn:srcos:agent-machine:agent-pod:other")
            },
        ),
        (
            "denied admission",
            "denied",
            &["admission-not-allowed", "admission-not-authorized"],
            |c| {
                let a = c.admission.as_mut().unwrap();
                a["decision"]["status"] = json!("denied");
                a["decision"]["authorizationGranted"] = json!(false);
            },
        ),
        (
            "render-only admission",
            "denied",
            &["admission-not-for-activation"],
            |c| c.admission.as_mut().unwrap()["request"]["requestType"] = json!("render"),
        ),
        (
            "admission without start-provider",
            "denied",
            &["admission-side-effects"],
            |c| {
                c.admission.as_mut().unwrap()["scope"]["allowed"]["sideEffects"] =
                    json!(["mount-cache"])
            },
        ),
        (
            "admission denying loopback",
            "denied",
            &["admission-contradictory", "admission-exposure"],
            |c| {
                c.admission.as_mut().unwrap()["scope"]["denied"]["networkExposure"] =
                    json!(["loopback"])
            },
        ),
        (
            "admission expired",
            "denied",
            &["admission-expired", "grant-expired"],
            |c| c.decided_at = "2026-05-12T21:00:00Z".into(),
        ),
        (
            "decided before the admission",
            "denied",
            &[
                "admission-not-yet-decided",
                "grant-not-yet-issued",
                "storage-receipt-not-yet-observed",
            ],
            |c| c.decided_at = "2026-05-12T08:00:00Z".into(),
        ),
        (
            "admission granted forever",
            "denied",
            &["admission-no-expiry"],
            |c| c.admission.as_mut().unwrap()["obligations"]["expiresAt"] = json!(null),
        ),
        (
            "another machine",
            "denied",
            &[
                "admission-other-machine",
                "grant-other-machine",
                "storage-receipt-other-machine",
            ],
            |c| c.machine_id = Some("urn:srcos:agent-machine:elsewhere".into()),
        ),
        (
            "grant expired before decidedAt",
            "denied",
            &["grant-expired"],
            |c| c.grant.as_mut().unwrap()["grant"]["expiresAt"] = json!("2026-05-12T09:10:00Z"),
        ),
        (
            "revoked grant",
            "denied",
            &["grant-not-authorized", "grant-revoked"],
            |c| {
                let g = &mut c.grant.as_mut().unwrap()["grant"];
                g["status"] = json!("revoked");
                g["revocationStatus"] = json!("revoked");
                g["authorizationGranted"] = json!(false);
            },
        ),
        (
            "grant for another pod",
            "denied",
            &["grant-other-pod"],
            |c| {
                c.grant.as_mut().unwrap()["request"]["agentPodId"] =
                    json!("urn:srcos:agent-machine:agent-pod:other")
            },
        ),
        (
            "grant without the mount-cache tool",
            "denied",
            &["grant-contradictory", "grant-tool-refs"],
            |c| {
                c.grant.as_mut().unwrap()["scope"]["denied"]["toolRefs"] =
                    json!(["urn:srcos:tool:mount-cache"])
            },
        ),
        (
            "receipt id matching no receipt",
            "denied",
            &["receipt-other-artifact"],
            |c| {
                c.receipt = None;
                c.receipt_id = Some(format!(
                    "urn:srcos:agent-machine:deployment-receipt:{}",
                    "f".repeat(32)
                ));
            },
        ),
        (
            "receipt of another pod",
            "denied",
            &["receipt-other-pod"],
            |c| {
                c.receipt.as_mut().unwrap()["source"]["id"] =
                    json!("urn:srcos:agent-machine:agent-pod:other")
            },
        ),
        (
            "receipt of another artifact",
            "denied",
            &["receipt-other-artifact"],
            |c| {
                c.receipt.as_mut().unwrap()["artifact"]["digest"] =
                    json!(format!("sha256:{}", "e".repeat(64)))
            },
        ),
        (
            "storage receipts of another pod",
            "denied",
            &["storage-receipt-other-pod"],
            |c| c.storage[0]["agentPodId"] = json!("urn:srcos:agent-machine:agent-pod:other"),
        ),
        (
            "storage receipts of another machine",
            "denied",
            &["storage-receipt-other-machine"],
            |c| c.storage[0]["agentMachineId"] = json!("urn:srcos:agent-machine:elsewhere"),
        ),
        (
            "encryption required but not observed",
            "denied",
            &["storage-encryption-not-observed"],
            |c| {
                c.storage[0]["encryption"]["required"] = json!(true);
                c.storage[0]["encryption"]["observed"] = json!(false);
            },
        ),
        (
            "world-writable cache",
            "denied",
            &["storage-world-writable"],
            |c| c.storage[0]["filesystem"]["worldWritable"] = json!(true),
        ),
        (
            "admission not authorized",
            "denied",
            &["admission-invalid", "admission-not-authorized"],
            |c| c.admission.as_mut().unwrap()["decision"]["authorizationGranted"] = json!(false),
        ),
        (
            "volume class outside the admission",
            "denied",
            &["admission-volume-class"],
            |c| {
                c.admission.as_mut().unwrap()["scope"]["allowed"]["volumeClasses"] =
                    json!(["agent-models"])
            },
        ),
        (
            "storage class outside the admission",
            "denied",
            &["admission-storage-class"],
            |c| {
                c.admission.as_mut().unwrap()["scope"]["allowed"]["storageClasses"] =
                    json!(["topolvm-k8s"])
            },
        ),
        (
            "provider outside the admission",
            "denied",
            &["admission-provider"],
            |c| c.admission.as_mut().unwrap()["scope"]["allowed"]["providerIds"] = json!([]),
        ),
        (
            "provider outside the grant",
            "denied",
            &["grant-contradictory", "grant-provider"],
            |c| {
                let allowed = c.grant.as_ref().unwrap()["scope"]["allowed"]["providerIds"].clone();
                c.grant.as_mut().unwrap()["scope"]["denied"]["providerIds"] = allowed;
            },
        ),
        (
            "grant not authorized",
            "denied",
            &["grant-invalid", "grant-not-authorized"],
            |c| c.grant.as_mut().unwrap()["grant"]["authorizationGranted"] = json!(false),
        ),
        (
            "denied grant",
            "denied",
            &["grant-denied", "grant-invalid"],
            |c| c.grant.as_mut().unwrap()["grant"]["status"] = json!("denied"),
        ),
        (
            "grant granted forever",
            "denied",
            &["grant-invalid", "grant-no-expiry"],
            |c| c.grant.as_mut().unwrap()["grant"]["expiresAt"] = json!(null),
        ),
        (
            "grant issued after decidedAt",
            "denied",
            &["grant-not-yet-issued"],
            |c| c.grant.as_mut().unwrap()["issuedAt"] = json!("2026-05-12T10:00:00Z"),
        ),
        (
            "receipt of another pod document",
            "denied",
            &["receipt-other-source"],
            |c| {
                c.receipt.as_mut().unwrap()["source"]["digest"] =
                    json!(format!("sha256:{}", "d".repeat(64)))
            },
        ),
        (
            "no provider named anywhere",
            "fail-closed",
            &["provider-unknown"],
            |c| c.admission.as_mut().unwrap()["request"]["providerId"] = json!(null),
        ),
        (
            "grant for another machine",
            "denied",
            &["grant-other-machine"],
            |c| {
                c.grant.as_mut().unwrap()["request"]["agentMachineId"] =
                    json!("urn:srcos:agent-machine:elsewhere")
            },
        ),
        (
            "a storage plan instead of an observation",
            "fail-closed",
            &["storage-receipt-planned"],
            |c| c.storage[0]["labels"] = json!({"agent-machine.sourceos.dev/phase": "plan"}),
        ),
        (
            "no storage receipt",
            "fail-closed",
            &["storage-receipt-missing"],
            |c| c.storage.clear(),
        ),
        (
            "missing admission stub",
            "fail-closed",
            &["admission-missing", "machine-unknown", "provider-unknown"],
            |c| c.admission = Some(support::example("missing.policy-admission.json")),
        ),
        (
            "missing grant stub",
            "fail-closed",
            &["grant-missing"],
            |c| c.grant = Some(support::example("missing.agent-registry-grant.json")),
        ),
        (
            "no receipt at all",
            "fail-closed",
            &["deployment-receipt-missing"],
            |c| c.receipt = None,
        ),
        (
            "strict with a tagged image",
            "denied",
            &["supply-chain-not-pinned"],
            |c| c.strict = true,
        ),
        (
            "a pod edited after the admission (another image)",
            "denied",
            &[
                "admission-digest-mismatch",
                "admission-other-receipt",
                "admission-plan-mismatch",
                "receipt-other-artifact",
                "receipt-other-source",
            ],
            |c| c.pod["runtime"]["imageOrCommand"] = json!("docker.io/library/other:1"),
        ),
        (
            "a pod edited after the admission, receipt forged to match",
            "denied",
            &[
                "admission-digest-mismatch",
                "admission-other-receipt",
                "admission-plan-mismatch",
                "receipt-other-artifact",
            ],
            |c| {
                c.pod["runtime"]["imageOrCommand"] = json!("docker.io/library/other:1");
                c.receipt.as_mut().unwrap()["source"]["digest"] = json!(digest(&c.pod).unwrap());
            },
        ),
        (
            "a pod that does not render (host path /)",
            "denied",
            &["artifact-not-renderable", "receipt-other-source"],
            |c| c.pod["storage"][0]["hostPath"] = json!("/"),
        ),
        (
            "host networking is host exposure",
            "denied",
            &[
                "admission-exposure",
                "artifact-not-renderable",
                "receipt-other-source",
            ],
            |c| c.pod["runtime"]["networkMode"] = json!("host"),
        ),
        (
            "no CacheTiers: the storage is unresolved",
            "fail-closed",
            &["storage-unresolved"],
            |c| c.tiers.clear(),
        ),
        (
            "the class taken from the tier is judged (volumeClass omitted, denied)",
            "denied",
            &[
                "admission-plan-mismatch",
                "admission-volume-class",
                "receipt-other-source",
            ],
            |c| {
                c.pod["storage"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("volumeClass");
                let scope = &mut c.admission.as_mut().unwrap()["scope"];
                scope["allowed"]["volumeClasses"] = json!(["agent-models"]);
                scope["denied"]["volumeClasses"] = json!(["agent-cache-warm"]);
            },
        ),
        (
            "an admission naming another manifest",
            "denied",
            &["admission-digest-mismatch"],
            |c| {
                c.admission.as_mut().unwrap()["request"]["manifestDigest"] =
                    json!(format!("sha256:{}", "2".repeat(64)))
            },
        ),
        (
            "an admission naming no manifest",
            "denied",
            &["admission-digest-mismatch"],
            |c| c.admission.as_mut().unwrap()["request"]["manifestDigest"] = json!(null),
        ),
        (
            "an admission naming another plan",
            "denied",
            &["admission-plan-mismatch"],
            |c| {
                c.admission.as_mut().unwrap()["request"]["planDigest"] =
                    json!(format!("sha256:{}", "1".repeat(64)))
            },
        ),
        (
            "an admission naming another receipt",
            "denied",
            &["admission-other-receipt"],
            |c| {
                c.admission.as_mut().unwrap()["request"]["deploymentReceiptId"] = json!(format!(
                    "urn:srcos:agent-machine:deployment-receipt:{}",
                    "a".repeat(32)
                ))
            },
        ),
        (
            "an admission allowing and denying loopback",
            "denied",
            &["admission-contradictory", "admission-exposure"],
            |c| {
                c.admission.as_mut().unwrap()["scope"]["denied"]["networkExposure"] =
                    json!(["loopback", "host"])
            },
        ),
        (
            "an admission breaking its own rules",
            "denied",
            &["admission-invalid"],
            |c| c.admission.as_mut().unwrap()["obligations"]["requiredReceipts"] = json!([]),
        ),
        (
            "a grant allowing and denying a tool",
            "denied",
            &["grant-contradictory", "grant-tool-refs"],
            |c| {
                c.grant.as_mut().unwrap()["scope"]["denied"]["toolRefs"] =
                    json!(["urn:srcos:tool:start-provider"])
            },
        ),
        (
            "symlink traversal observed",
            "denied",
            &["storage-symlink-traversal"],
            |c| c.storage[0]["filesystem"]["symlinkTraversalObserved"] = json!(true),
        ),
        (
            "quota required but not observed",
            "denied",
            &["storage-quota-not-observed"],
            |c| {
                c.storage[0]["quota"]["required"] = json!(true);
                c.storage[0]["quota"]["observed"] = json!(false);
            },
        ),
        (
            "a storage receipt observed after the decision",
            "denied",
            &["storage-receipt-not-yet-observed"],
            |c| c.storage[0]["observedAt"] = json!("2026-05-12T09:20:01Z"),
        ),
        (
            "a storage receipt of another volume of the same class",
            "denied",
            &["storage-receipt-other-volume"],
            |c| c.storage[0]["reference"]["hostPath"] = json!("/var/lib/agent-machine/cache/other"),
        ),
        (
            "a cache mounted without the tier's nosuid",
            "denied",
            &["storage-mount-not-as-tier"],
            |c| c.storage[0]["filesystem"]["mountOptions"] = json!(["nodev", "noexec"]),
        ),
        (
            "an expiry named as a leap second is no expiry",
            "denied",
            &["admission-expired"],
            |c| {
                c.admission.as_mut().unwrap()["obligations"]["expiresAt"] =
                    json!("2026-05-12T20:59:60Z")
            },
        ),
    ];
    let mut wrong = Vec::new();
    for (name, status, codes, edit) in cases {
        let mut c = ours();
        edit(&mut c);
        let d = decide(&c);
        assert!(
            !d.decision.activation_allowed,
            "{name}: must not be allowed"
        );
        // The exact status and the exact reason set, both stated per row.
        let got = (d.decision.status.to_string(), reasons(&d));
        if got
            != (
                status.to_string(),
                codes.iter().map(|c| c.to_string()).collect(),
            )
        {
            wrong.push(format!(
                "{name}: expected {status} {codes:?}, got {} {:?}",
                got.0, got.1
            ));
            continue;
        }
        // The row agrees with the table of `src/governance/activation.rs`: only
        // *missing* codes make a refusal `fail-closed`.
        let by_table = if codes.iter().all(|c| MISSING.contains(c)) {
            "fail-closed"
        } else {
            "denied"
        };
        assert_eq!(*status, by_table, "{name}: the row contradicts the table");
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
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn missing_inputs_fail_closed_and_decided_refusals_are_denied() {
    let status_and_reasons = |c: &Case| {
        let d = decide(c);
        (d.decision.status.to_string(), reasons(&d))
    };
    let mut c = ours();
    c.admission = None;
    assert_eq!(
        status_and_reasons(&c),
        (
            "fail-closed".to_string(),
            vec![
                "admission-missing".to_string(),
                "machine-unknown".to_string(),
                "provider-unknown".to_string()
            ]
        )
    );
    let mut c = ours();
    c.grant = None;
    assert_eq!(
        status_and_reasons(&c),
        ("fail-closed".to_string(), vec!["grant-missing".to_string()])
    );
    let mut c = ours();
    c.grant.as_mut().unwrap()["grant"]["status"] = json!("denied");
    c.grant.as_mut().unwrap()["grant"]["revocationStatus"] = json!("denied");
    c.grant.as_mut().unwrap()["grant"]["authorizationGranted"] = json!(false);
    assert_eq!(
        status_and_reasons(&c),
        (
            "denied".to_string(),
            vec![
                "grant-denied".to_string(),
                "grant-not-authorized".to_string(),
                "grant-revoked".to_string()
            ]
        )
    );
}

/// Losing any input document can only move a decision towards refusal.
#[test]
fn removing_any_input_never_yields_allowed() {
    type Drop = fn(&mut Case);
    // Each document, and the reason codes its absence alone gives.
    let drops: &[(&str, &[&str], Drop)] = &[
        (
            "admission",
            &["admission-missing", "machine-unknown", "provider-unknown"],
            |c| c.admission = None,
        ),
        ("grant", &["grant-missing"], |c| c.grant = None),
        ("deployment receipt", &["deployment-receipt-missing"], |c| {
            c.receipt = None
        }),
        ("storage receipts", &["storage-receipt-missing"], |c| {
            c.storage.clear()
        }),
    ];
    // From the allowed case and from a denied one: never towards allowed.
    // Every subset of the documents (one at a time included): from the
    // allowed case the refusal is `fail-closed` with exactly the absences'
    // codes; from the denied case it stays `denied` for its own reason as
    // long as the admission that denies is there.
    let denied: Drop =
        |c| c.admission.as_mut().unwrap()["request"]["requestType"] = json!("render");
    for start in [None, Some(denied)] {
        let mut base = ours();
        if let Some(f) = start {
            f(&mut base);
        }
        for mask in 1..(1 << drops.len()) {
            let mut c = base.clone();
            let mut expected: Vec<String> = Vec::new();
            let mut names = Vec::new();
            for (i, (name, codes, drop)) in drops.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    drop(&mut c);
                    expected.extend(codes.iter().map(|c| c.to_string()));
                    names.push(*name);
                }
            }
            let admission_kept = mask & 1 == 0;
            let status = if start.is_some() && admission_kept {
                expected.push("admission-not-for-activation".to_string());
                "denied"
            } else {
                "fail-closed"
            };
            expected.sort();
            let d = decide(&c);
            assert!(!d.decision.activation_allowed, "without {names:?}");
            assert_eq!(
                (d.decision.status.to_string(), reasons(&d)),
                (status.to_string(), expected),
                "without {names:?}, from the {} case",
                if start.is_some() { "denied" } else { "allowed" }
            );
        }
    }
}

#[test]
fn resolver_stubs_are_valid_and_fail_closed() {
    use agent_machine::governance::resolve::{
        AdmissionQuery, GrantQuery, missing_admission, missing_grant,
    };
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
fn evidence_cannot_claim_running_without_a_live_allowance() {
    use agent_machine::governance::evidence::{Facts, build};
    // The running-like statuses as docs/governance.md documents them, written
    // out here (not read from the library), and the statuses that claim
    // nothing ran; together they are the `runtime.status` enum of the shared
    // SourceOS spec, so a status the spec adds must be classified here.
    const RUNNING: [&str; 4] = ["activating", "running", "degraded", "completed"];
    const NOT_RUNNING: [&str; 5] = ["planned", "placed", "failed", "tearing-down", "wiped"];
    let governance = std::fs::read_to_string(support::root().join("docs/governance.md")).unwrap();
    assert!(
        governance
            .replace('\n', " ")
            .contains("a status of `activating`, `running`, `degraded` or `completed` is refused"),
        "docs/governance.md no longer documents the running-like statuses as RUNNING lists them"
    );
    if let Some(spec) = support::shared_file("spec/contracts-v0.1.0.md") {
        let spec = std::fs::read_to_string(spec).unwrap();
        let line = spec
            .lines()
            .find(|l| l.starts_with("| `runtime.status` |"))
            .expect("the spec documents runtime.status");
        let listed = line
            .split_once("enum{")
            .and_then(|(_, rest)| rest.split_once('}'))
            .expect("runtime.status is an enum")
            .0;
        let mut documented: Vec<&str> = listed.split(',').map(str::trim).collect();
        documented.sort();
        let mut ours: Vec<&str> = RUNNING.iter().chain(&NOT_RUNNING).copied().collect();
        ours.sort();
        assert_eq!(ours, documented, "the spec's runtime.status enum");
    }
    let c = ours();
    let pod: AgentPod = serde_json::from_value(c.pod.clone()).unwrap();
    let admission: PolicyAdmission = serde_json::from_value(c.admission.clone().unwrap()).unwrap();
    let grant: AgentRegistryGrant = serde_json::from_value(c.grant.clone().unwrap()).unwrap();
    let allowed = decide(&c);
    let mut refused_case = ours();
    refused_case.admission.as_mut().unwrap()["request"]["requestType"] = json!("render");
    let refused = decide(&refused_case);
    let facts = |decision| Facts {
        event: "activation",
        pod: &pod,
        decision,
        admission: Some(&admission),
        grant: Some(&grant),
        receipt: None,
        status: "running",
        observed_at: "2026-05-12T09:21:00Z",
        runtime_version: "podman 5.4.2",
        probe_version: "0.1.0",
        model_digest: None,
        tokenizer_digest: None,
        node_name: None,
    };
    for status in RUNNING {
        let evidence = build(&Facts {
            status,
            ..facts(&allowed)
        })
        .unwrap();
        let text = serde_json::to_string(&evidence).unwrap();
        let report = validate(
            &parse_document("e".into(), text.as_bytes(), Limits::default()).unwrap(),
            Mode::default(),
        );
        assert!(report.is_valid(), "{:#?}", report.diagnostics);
        match build(&Facts {
            status,
            ..facts(&refused)
        }) {
            Err(agent_machine::governance::evidence::EvidenceError::NotAllowed {
                status: said,
                decision,
            }) => assert_eq!(
                (said.as_str(), decision.as_str()),
                (status, "denied"),
                "{status}"
            ),
            other => panic!("{status} must be refused as not allowed: {other:?}"),
        }
    }
    for status in NOT_RUNNING {
        assert!(
            build(&Facts {
                status,
                ..facts(&refused)
            })
            .is_ok(),
            "{status} may be reported for a refused decision"
        );
    }
    // Each way an allowance is not live refuses `running` (issue 12).
    let revoked: AgentRegistryGrant = serde_json::from_value(support::example::<Value>(
        "revoked.agent-registry-grant.json",
    ))
    .unwrap();
    let denied: PolicyAdmission =
        serde_json::from_value(support::example::<Value>("denied.policy-admission.json")).unwrap();
    let mut with_reasons = allowed.clone();
    with_reasons.decision.failure_reasons =
        vec!["admission-expired".to_string()].try_into().unwrap();
    let mut with_requirements = allowed.clone();
    with_requirements.decision.required_before_activation =
        vec!["an admission".to_string()].try_into().unwrap();
    let mut denied_same = admission.clone();
    denied_same.decision.status = denied.decision.status;
    let mut revoked_same = grant.clone();
    revoked_same.grant.status = revoked.grant.status;
    revoked_same.grant.revocation_status = revoked.grant.revocation_status;
    let cases: Vec<(&str, &[&str], Facts)> = vec![
        (
            "no admission",
            &["no admission was given (the decision's must be)"],
            Facts {
                admission: None,
                ..facts(&allowed)
            },
        ),
        (
            "no grant",
            &["no grant was given (the decision's must be)"],
            Facts {
                grant: None,
                ..facts(&allowed)
            },
        ),
        (
            "another admission",
            &[
                "the admission is urn:srcos:agent-machine:policy-admission:gpu-node-01-vllm-activation, the decision names urn:srcos:agent-machine:policy-admission:workstation-alpha-llama-cpp-activation",
                "the admission is denied",
            ],
            Facts {
                admission: Some(&denied),
                ..facts(&allowed)
            },
        ),
        (
            "another grant",
            &[
                "the grant is urn:srcos:agent-machine:agent-registry-grant:gpu-node-01-vllm-revoked, the decision names urn:srcos:agent-machine:agent-registry-grant:workstation-alpha-llama-cpp-activation",
                "the grant is revoked (revoked)",
            ],
            Facts {
                grant: Some(&revoked),
                ..facts(&allowed)
            },
        ),
        (
            "its admission, denied",
            &["the admission is denied"],
            Facts {
                admission: Some(&denied_same),
                ..facts(&allowed)
            },
        ),
        (
            "its grant, revoked",
            &["the grant is revoked (revoked)"],
            Facts {
                grant: Some(&revoked_same),
                ..facts(&allowed)
            },
        ),
        (
            "failure reasons",
            &["the decision lists failure reasons or requirements before activation"],
            facts(&with_reasons),
        ),
        (
            "requirements",
            &["the decision lists failure reasons or requirements before activation"],
            facts(&with_requirements),
        ),
        (
            "observed at expiry",
            &["the decision expired at 2026-05-12T21:00:00Z"],
            Facts {
                observed_at: "2026-05-12T21:00:00Z",
                ..facts(&allowed)
            },
        ),
        (
            "observed before the decision",
            &["observed at 2026-05-12T09:19:00Z, not after the decision at 2026-05-12T09:20:00Z"],
            Facts {
                observed_at: "2026-05-12T09:19:00Z",
                ..facts(&allowed)
            },
        ),
    ];
    for (name, expected, f) in cases {
        match build(&f) {
            Err(agent_machine::governance::evidence::EvidenceError::NoLiveAllowance {
                status,
                reasons,
            }) => {
                assert_eq!(status, "running", "{name}");
                // Every reason, exactly: one missing here or one more is a change.
                assert_eq!(reasons, expected, "{name}");
            }
            other => {
                panic!("{name}: running must be refused for want of a live allowance: {other:?}")
            }
        }
    }
    // Secret-shaped free text is refused, whatever the status.
    let key = format!("-----BEGIN {}-----", "PRIVATE KEY");
    let token = format!("ghp_{}", "a".repeat(36));
    let aws = format!("AKIA{}", "A".repeat(16));
    for (name, flag_and_shape, f) in [
        (
            "probe version",
            ("runtime.probeVersion", "private-key-block"),
            Facts {
                probe_version: &key,
                ..facts(&allowed)
            },
        ),
        (
            "node name",
            ("runtime.nodeName", "github-token"),
            Facts {
                node_name: Some(&token),
                ..facts(&allowed)
            },
        ),
        (
            "runtime version",
            ("runtime.runtimeVersion", "aws-access-key-id"),
            Facts {
                runtime_version: &aws,
                ..facts(&allowed)
            },
        ),
    ] {
        let err = build(&f).unwrap_err();
        let e = err.to_string();
        // Refused as a secret, naming the field and the secret's shape only.
        match &err {
            agent_machine::governance::evidence::EvidenceError::Secret(flag, shape) => {
                assert_eq!((*flag, shape.as_str()), flag_and_shape, "{name}: {e}");
            }
            other => panic!("{name}: expected a secret refusal, got {other:?}"),
        }
        assert!(e.contains("secret"), "{name}: {e}");
        assert!(!e.contains(&token) && !e.contains(&aws), "{name}: echoed");
    }
}

/// Every JSON pointer to a leaf (scalar, or empty array/object) of `v`.
fn leaves(v: &Value, pointer: String, out: &mut Vec<String>) {
    let escape = |k: &str| k.replace('~', "~0").replace('/', "~1");
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                leaves(x, format!("{pointer}/{}", escape(k)), out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, format!("{pointer}/{i}"), out);
            }
        }
        _ => out.push(pointer),
    }
}

/// Other values for a leaf: each is one "change of one input".
fn variants(v: &Value) -> Vec<Value> {
    match v {
        Value::String(s) => vec![
            json!(format!("{s}x")),
            json!(s.chars().rev().collect::<String>()),
        ],
        Value::Number(n) => vec![json!(n.as_u64().map_or(1, |n| n + 1)), json!(0)],
        Value::Bool(b) => vec![json!(!b)],
        Value::Null => vec![json!("x"), json!(true)],
        Value::Array(_) => vec![json!(["x"])],
        Value::Object(_) => vec![json!({"x": "x"})],
    }
}

/// Whether `v` is a document of its kind (schema and type), as the CLI
/// requires before it decides; other changes are not decisions but exit 2.
fn parses_as_its_kind(v: &Value) -> bool {
    let text = serde_json::to_string(v).unwrap();
    let Ok(doc) = parse_document("m".into(), text.as_bytes(), Limits::default()) else {
        return false;
    };
    validate(
        &doc,
        Mode {
            schema_only: true,
            ..Mode::default()
        },
    )
    .is_valid()
}

/// The property of issue 11: for every way of changing one leaf of one input
/// document, the decision is never `allowed` unless the change is irrelevant
/// by the definitions — for the pod and its tiers, the artifact that runs and
/// the plan render to the same bytes; for the evidence documents, the field
/// is one the evaluator does not read by definition (listed and reviewed
/// here, so a new allowed change fails until someone says why it is harmless).
#[test]
fn no_single_change_of_any_input_is_allowed_unless_irrelevant() {
    use agent_machine::render::{self, Artifact, Input};
    let base = {
        let mut c = ours();
        // The binding by id: any pod change would otherwise already differ
        // from the receipt document's source digest.
        let id = c.receipt.take().unwrap()["receiptId"]
            .as_str()
            .unwrap()
            .to_string();
        c.receipt_id = Some(id);
        c
    };
    assert!(decide(&base).decision.activation_allowed);
    let render_both = |c: &Case| -> Option<(String, String)> {
        let pod: AgentPod = serde_json::from_value(c.pod.clone()).ok()?;
        let tiers: Vec<CacheTier> = c
            .tiers
            .iter()
            .map(|t| serde_json::from_value(t.clone()))
            .collect::<Result<_, _>>()
            .ok()?;
        let source = Source::new("pod.json", digest(&c.pod).unwrap());
        let input = Input::new(&pod, &source, &tiers);
        let unit = render::render(Artifact::Quadlet, &input).ok()?;
        let plan = render::render(Artifact::Plan, &input).ok()?;
        Some((unit.text, plan.text))
    };
    let original = render_both(&base).unwrap();
    // Evidence fields the evaluator does not judge, by definition
    // (docs/governance.md): identities and free text are recorded, not
    // believed; extra allowed side effects and denied entries that the pod
    // does not need change nothing; a storage receipt is judged on the
    // volume it names (host path or claim, container path), its class,
    // backend, pod and machine, the tier's filesystem and mount options,
    // encryption, quota, world-writability and symlink traversal — not on
    // ownership, capacity, SELinux label or the LVM names behind the host path.
    const IRRELEVANT: &[&str] = &[
        "admission/id",
        "admission/request/requestId",
        "admission/decision/decisionRef",
        "admission/decision/reason",
        "admission/decision/policyBundleRef",
        "admission/scope/allowed/sideEffects/2",
        "admission/scope/allowed/sideEffects/3",
        "admission/scope/denied/",
        "admission/obligations/revocationRef",
        "admission/obligations/constraints/",
        "admission/labels/",
        "grant/id",
        "grant/request/requestId",
        "grant/request/requestedAgentIdentityRef",
        "grant/request/sessionRef",
        "grant/request/workroomRef",
        "grant/request/topicRef",
        "grant/request/requestedScope/",
        "grant/request/requestedExpiresAt",
        "grant/grant/grantRef",
        "grant/grant/reason",
        "grant/grant/revocationRef",
        "grant/grant/revocationHookRef",
        "grant/grant/externalTrustSignals/",
        "grant/scope/denied/",
        "grant/labels/",
        "storage0/id",
        "storage0/reference/mountPath",
        "storage0/reference/volumeGroup",
        "storage0/reference/logicalVolume",
        "storage0/reference/thinPool",
        "storage0/filesystem/mountOptions/",
        "storage0/filesystem/uid",
        "storage0/filesystem/gid",
        "storage0/filesystem/mode",
        "storage0/filesystem/selinuxLabel",
        "storage0/capacity/",
        "storage0/encryption/required",
        "storage0/quota/required",
        "storage0/quota/sizeBytes",
        "storage0/quota/maxInodes",
        "storage0/quota/policyRef",
        "storage0/policy/",
        "storage0/sensitivity/",
        "storage0/snapshot/",
        "storage0/lifecycle/",
        "storage0/runtime/",
        "storage0/labels/",
    ];
    let mut allowed_changes = Vec::new();
    let mut wrong = Vec::new();
    let mut decided = 0;
    type Doc = fn(&mut Case) -> &mut Value;
    let docs: &[(&str, Doc)] = &[
        ("pod", |c| &mut c.pod),
        ("tier0", |c| &mut c.tiers[0]),
        ("tier1", |c| &mut c.tiers[1]),
        ("admission", |c| c.admission.as_mut().unwrap()),
        ("grant", |c| c.grant.as_mut().unwrap()),
        ("storage0", |c| &mut c.storage[0]),
    ];
    for (name, doc) in docs {
        let mut pointers = Vec::new();
        leaves(doc(&mut base.clone()), String::new(), &mut pointers);
        for pointer in pointers {
            let mut probe = base.clone();
            let old = doc(&mut probe).pointer(&pointer).unwrap().clone();
            for new in variants(&old).into_iter().filter(|v| *v != old) {
                let mut c = base.clone();
                *doc(&mut c).pointer_mut(&pointer).unwrap() = new.clone();
                if !parses_as_its_kind(doc(&mut c)) {
                    continue;
                }
                decided += 1;
                if !decide(&c).decision.activation_allowed {
                    continue;
                }
                let what = format!("{name}{pointer} = {new}");
                match *name {
                    "pod" | "tier0" | "tier1" => {
                        if render_both(&c).as_ref() != Some(&original) {
                            wrong.push(format!("{what}: allowed, but the artifact changed"));
                        }
                    }
                    _ => {
                        let key = format!("{name}{pointer}");
                        if !IRRELEVANT.iter().any(|p| key.starts_with(p)) {
                            allowed_changes.push(what);
                        }
                    }
                }
            }
        }
    }
    assert!(decided > 300, "only {decided} changes were decided");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(
        allowed_changes.is_empty(),
        "allowed after a change not known to be irrelevant:\n{}",
        allowed_changes.join("\n")
    );
}

/// `activate evaluate --sign-key K --out F` writes the decision and a detached
/// minisign signature; `activate verify` checks it offline against the pod
/// about to run — and refuses another pod, another time, a changed decision
/// or another key. The real `minisign -V` verifies the signature too.
#[test]
fn signed_decisions_verify_offline_and_bind_the_pod() {
    use std::process::Command;
    let dir = support::scratch("activation-signed");
    let root = support::root();
    let am = |args: &[&str]| {
        Command::new(support::bin())
            .args(args)
            .current_dir(&root)
            .output()
            .unwrap()
    };
    let path = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let keygen = am(&["release", "keygen", "--out-dir", &path("")]);
    assert!(
        keygen.status.success(),
        "{}",
        String::from_utf8_lossy(&keygen.stderr)
    );
    let evaluate = |pod: &str, out: &str| {
        am(&[
            "activate",
            "evaluate",
            pod,
            "examples/allowed-activation.policy-admission.json",
            "examples/active-activation.agent-registry-grant.json",
            "--deployment-receipt",
            "examples/local-podman-llama-cpp-quadlet.deployment-receipt.json",
            "--storage-receipt-dir",
            "examples",
            "--cache-tier",
            "examples",
            "--decided-at",
            "2026-05-12T09:20:00Z",
            "--sign-key",
            &path("agent-machine.key"),
            "--out",
            out,
        ])
    };
    let out = evaluate(
        "examples/local-podman-llama-cpp.agent-pod.json",
        &path("decision.json"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "with --out nothing goes to stdout");
    let signature = std::fs::read_to_string(path("decision.json.minisig")).unwrap();
    assert!(signature.contains("trusted comment: agent-machine activation decision urn:srcos:agent-machine:activation-decision:"));
    let verify = |decision: &str, pod: &str, at: &str, key: &str| {
        am(&[
            "activate",
            "verify",
            decision,
            "--key",
            key,
            "--pod",
            pod,
            "--cache-tier",
            "examples",
            "--at",
            at,
        ])
    };
    let pod = "examples/local-podman-llama-cpp.agent-pod.json";
    let key = path("agent-machine.pub");
    let ok = verify(&path("decision.json"), pod, "2026-05-12T10:00:00Z", &key);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let said = String::from_utf8_lossy(&ok.stdout);
    assert!(
        said.contains("sha256:771960bf0afe5616bdc3adec57d4fbd16eb2fb7e34290e2fb5f779bca07e8b71"),
        "{said}"
    );
    // The pod that is about to run differs in one byte that reaches the unit.
    let mut other: Value = support::example("local-podman-llama-cpp.agent-pod.json");
    other["runtime"]["args"][1] = json!("127.0.0.1");
    std::fs::write(
        path("other.agent-pod.json"),
        serde_json::to_vec(&other).unwrap(),
    )
    .unwrap();
    let refusals = |o: &std::process::Output| {
        assert_eq!(
            o.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stderr).to_string()
    };
    let e = refusals(&verify(
        &path("decision.json"),
        &path("other.agent-pod.json"),
        "2026-05-12T10:00:00Z",
        &key,
    ));
    assert!(e.contains("[decision-other-artifact]"), "{e}");
    // Outside the validity window: before the decision, at or after expiry.
    let e = refusals(&verify(
        &path("decision.json"),
        pod,
        "2026-05-12T09:19:59Z",
        &key,
    ));
    assert!(e.contains("[decision-not-yet-valid]"), "{e}");
    let e = refusals(&verify(
        &path("decision.json"),
        pod,
        "2026-05-12T21:00:00Z",
        &key,
    ));
    assert!(e.contains("[decision-expired]"), "{e}");
    // A leap second is not an instant.
    assert_eq!(
        verify(&path("decision.json"), pod, "2026-05-12T20:59:60Z", &key)
            .status
            .code(),
        Some(2)
    );
    // Another key; a changed decision (its signature no longer verifies).
    let other_keys = agent_machine::release::bundle::keygen().unwrap();
    std::fs::write(path("other.pub"), other_keys.public).unwrap();
    let e = refusals(&verify(
        &path("decision.json"),
        pod,
        "2026-05-12T10:00:00Z",
        &path("other.pub"),
    ));
    assert!(e.contains("[decision-signature]"), "{e}");
    let text = std::fs::read_to_string(path("decision.json")).unwrap();
    std::fs::write(
        path("decision.json"),
        text.replace("2026-05-12T21:00:00Z", "2027-05-12T21:00:00Z"),
    )
    .unwrap();
    let e = refusals(&verify(
        &path("decision.json"),
        pod,
        "2026-05-12T10:00:00Z",
        &key,
    ));
    assert!(e.contains("[decision-signature]"), "{e}");
    std::fs::write(path("decision.json"), &text).unwrap();
    // A signed refusal verifies as a signature, and is still no activation.
    let refused = evaluate(&path("other.agent-pod.json"), &path("refused.json"));
    assert_eq!(refused.status.code(), Some(1));
    let e = refusals(&verify(
        &path("refused.json"),
        &path("other.agent-pod.json"),
        "2026-05-12T10:00:00Z",
        &key,
    ));
    assert!(e.contains("[decision-not-allowed]"), "{e}");
    // The real minisign verifies the decision's signature.
    let Some(minisign) = support::validator("minisign") else {
        return;
    };
    let run = |file: &str| {
        Command::new(&minisign)
            .args([
                "-V",
                "-m",
                file,
                "-x",
                &path("decision.json.minisig"),
                "-p",
                &key,
            ])
            .output()
            .unwrap()
    };
    let ok = run(&path("decision.json"));
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(!run(&path("refused.json")).status.success());
}

/// `--provider` (an InferenceProvider document) and `--provider-id` name the
/// provider the decision is for, in place of the admission's `providerId`:
/// the decision records that provider, and one the admission and the grant do
/// not allow is denied for exactly that reason.
#[test]
fn the_provider_named_on_the_command_line_is_the_one_judged() {
    use std::process::Command;
    let ours = "urn:srcos:agent-machine:inference-provider:workstation-llama-cpp";
    let other = "urn:srcos:agent-machine:inference-provider:gpu-node-vllm";
    let evaluate = |extra: &[&str]| -> (Option<i32>, String, Vec<String>, Value) {
        let out = Command::new(support::bin())
            .args([
                "activate",
                "evaluate",
                "examples/local-podman-llama-cpp.agent-pod.json",
                "examples/allowed-activation.policy-admission.json",
                "examples/active-activation.agent-registry-grant.json",
                "--deployment-receipt",
                "examples/local-podman-llama-cpp-quadlet.deployment-receipt.json",
                "--storage-receipt-dir",
                "examples",
                "--cache-tier",
                "examples",
                "--decided-at",
                "2026-05-12T09:20:00Z",
            ])
            .args(extra)
            .current_dir(support::root())
            .output()
            .unwrap();
        let d: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{extra:?}: no decision on stdout ({e}):\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        let reasons = d["decision"]["failureReasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap().to_string())
            .collect();
        let status = d["decision"]["status"].as_str().unwrap().to_string();
        (
            out.status.code(),
            status,
            reasons,
            d["inputs"]["providerId"].clone(),
        )
    };
    // The admission's own provider, by default and named either way.
    for extra in [
        &[][..],
        &["--provider-id", ours][..],
        &[
            "--provider",
            "examples/workstation-llama-cpp.inference-provider.json",
        ][..],
    ] {
        let (code, status, reasons, provider) = evaluate(extra);
        assert_eq!(
            (code, status.as_str(), reasons, provider),
            (Some(0), "allowed", Vec::<String>::new(), json!(ours)),
            "{extra:?}"
        );
    }
    // Another provider, named either way: the admission denies it by name and
    // the grant does not allow it.
    for extra in [
        &["--provider-id", other][..],
        &[
            "--provider",
            "examples/gpu-node-vllm.inference-provider.json",
        ][..],
    ] {
        let (code, status, reasons, provider) = evaluate(extra);
        assert_eq!(
            (code, status.as_str(), reasons, provider),
            (
                Some(1),
                "denied",
                vec![
                    "admission-provider".to_string(),
                    "grant-provider".to_string()
                ],
                json!(other)
            ),
            "{extra:?}"
        );
    }
}
