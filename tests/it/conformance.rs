//! Wire compatibility with the SourceOS v0.1.0 corpus (`../shared/conformance`,
//! read in place, never copied): every document validates against our schema
//! for its kind (schema and typed checks, via the library) and its canonical
//! digest equals the one the ecosystem computed; and every AgentPod of it
//! renders on every surface its podType supports, without CacheTiers and with
//! its own. Round-trip exactness is in `tests/it/differential.rs`; the real
//! validators run on these renders in `tests/it/external_validators.rs`. Through
//! the CLI, `validate` accepts the whole corpus (one warning), while a
//! malformed document still fails it and `storage verify` still refuses the
//! receipt that reports its volume unencrypted.

use crate::support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Output};

use agent_machine::base::canonical::digest;
use agent_machine::base::input::read_document;
use agent_machine::base::json::Limits;
use agent_machine::base::names;
use agent_machine::contracts::agent_pod::AgentPodRuntimeRestartPolicy;
use agent_machine::contracts::{AgentPod, CacheTier};
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::render::{self, Artifact, Input, Source, kubernetes};
use serde_json::Value;

#[test]
fn sourceos_corpus_validates_and_digests_match() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let table = std::fs::read_to_string(dir.join("digests.tsv")).unwrap();
    let mut checked = 0;
    for line in table.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [file, kind, expected] = cols.as_slice() else {
            panic!("digests.tsv: malformed line {line:?}");
        };
        let doc = read_document(&dir.join(file), Limits::default()).unwrap();
        let report = validate(&doc, Mode::default());
        // Every document is well formed. Two report a non-compliant state,
        // truthfully: encryption required but not observed, and a workload
        // activating with neither admission nor grant. Those are warnings
        // (`storage/encryption-observed`, `evidence/running-authority`; see
        // docs/governance.md), never errors: evidence is refused where it is
        // used.
        assert!(report.is_valid(), "{file}: {:#?}", report.diagnostics);
        let warned: Vec<&str> = report.warnings.iter().map(|d| d.rule.as_str()).collect();
        let reported: &[&str] = match *file {
            "sourceos-v0.1.0/topolvm-evidence-pvc.storage-receipt.json" => {
                &["storage/encryption-observed"]
            }
            "sourceos-v0.1.0/agentplane-runtime-evidence.local.json" => {
                &["evidence/running-authority"]
            }
            _ => &[],
        };
        assert_eq!(warned, reported, "{file}: {:#?}", report.warnings);
        let schema_only = Mode {
            schema_only: true,
            ..Mode::default()
        };
        assert!(validate(&doc, schema_only).is_valid(), "{file}");
        assert_eq!(report.kind.map(|k| k.info().kind), Some(*kind), "{file}");
        assert_eq!(
            digest(&doc.value).unwrap(),
            *expected,
            "{file}: canonical digest"
        );
        checked += 1;
    }
    assert_eq!(checked, 25, "the corpus has 25 documents");
}

/// Issue 11, item 5: every SourceOS pod renders on every surface its podType
/// supports, with and without its own CacheTier — and what the renders say
/// about the three things the corpus needs (an item class other than its
/// tier's, `restartPolicy: policy-managed`, a port name longer than 15) is
/// checked here, beside the posture the renderer already checks.
#[test]
fn every_sourceos_pod_renders_on_every_surface_of_its_pod_type() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let corpus = support::sourceos_corpus(&dir);
    let tiers: Vec<CacheTier> = support::sourceos_documents::<CacheTier>(&corpus, "cache-tier")
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert!(!tiers.is_empty(), "the corpus has a CacheTier");
    let pods = support::sourceos_documents::<AgentPod>(&corpus, "agent-pod");
    assert_eq!(pods.len(), 3, "the corpus has three AgentPods");
    let mut rendered_with_own_tiers = BTreeSet::new();
    let mut class_warnings = 0;
    let mut surfaces = BTreeSet::new();
    for (file, pod) in &pods {
        let source = Source::new(file, format!("sha256:{}", "0".repeat(64)));
        let mut tier_sets: Vec<(&str, Vec<CacheTier>)> = vec![("no CacheTier", Vec::new())];
        match support::own_tiers(pod, &tiers) {
            Some(own) => tier_sets.push(("its own CacheTiers", own)),
            None => {
                // The corpus lacks a tier this pod names: supplying the corpus
                // tiers is refused, precisely, for the unresolved items only.
                let errors = render::render(Artifact::Plan, &Input::new(pod, &source, &tiers))
                    .expect_err("an unresolved cacheTierId is refused");
                for e in &errors {
                    assert_eq!(e.rule, "cache-tier-unresolved", "{file}: {e}");
                    let index: usize = e
                        .pointer
                        .strip_prefix("/storage/")
                        .and_then(|p| p.strip_suffix("/cacheTierId"))
                        .and_then(|i| i.parse().ok())
                        .unwrap_or_else(|| panic!("{file}: {e}"));
                    assert!(
                        !tiers
                            .iter()
                            .any(|t| t.id.as_str() == pod.storage[index].cache_tier_id),
                        "{file}: {e}"
                    );
                }
            }
        }
        // A digest-pinned pod also renders in release-candidate mode.
        let pinned = pod
            .runtime
            .image_reference_policy
            .is_some_and(|p| p.to_string() == "digest-pinned");
        let modes: &[bool] = if pinned { &[false, true] } else { &[false] };
        for artifact in Artifact::ALL
            .into_iter()
            .filter(|a| a.supports(pod.pod_type))
        {
            for (label, own) in &tier_sets {
                for &strict in modes {
                    let input = Input {
                        strict,
                        ..Input::new(pod, &source, own)
                    };
                    let what = format!("{file} as {artifact} with {label} (strict: {strict})");
                    let rendered = render::render(artifact, &input).unwrap_or_else(|errors| {
                        panic!(
                            "{what}: refused:\n{}",
                            errors
                                .iter()
                                .map(|e| e.to_string())
                                .collect::<Vec<_>>()
                                .join("\n")
                        )
                    });
                    surfaces.insert((file.clone(), artifact));
                    if !own.is_empty() {
                        rendered_with_own_tiers.insert(file.clone());
                    }
                    class_warnings += check_class_warnings(&what, pod, own, &rendered.warnings);
                    match artifact {
                        Artifact::Quadlet => check_quadlet(&what, pod, &rendered.text),
                        Artifact::Kubernetes => {
                            check_kubernetes(&what, pod, &rendered.text, &rendered.warnings)
                        }
                        Artifact::Plan | Artifact::Crd => {}
                    }
                }
            }
        }
    }
    // Every pod type of the corpus met its surfaces: plan everywhere, Quadlet
    // for the two local pods, Kubernetes for the TopoLVM pod.
    assert_eq!(surfaces.len(), 3 + 2 + 1, "{surfaces:?}");
    assert!(
        rendered_with_own_tiers.len() >= 2,
        "the local pods render with their own CacheTier: {rendered_with_own_tiers:?}"
    );
    assert!(class_warnings > 0, "the class difference was warned about");
}

/// One warning per item whose declared class differs from its supplied
/// tier's, naming both classes and the tier; none otherwise.
fn check_class_warnings(
    what: &str,
    pod: &AgentPod,
    tiers: &[CacheTier],
    warnings: &[String],
) -> usize {
    let expected: Vec<String> = pod
        .storage
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let declared = item.volume_class?.to_string();
            let tier = tiers.iter().find(|t| t.id.as_str() == item.cache_tier_id)?;
            let class = tier.volume_class.to_string();
            (declared != class).then(|| {
                format!(
                    "storage item /storage/{i} declares {declared} but its CacheTier {} is {class}; the item's class governs its mount",
                    item.cache_tier_id
                )
            })
        })
        .collect();
    let actual: Vec<&String> = warnings
        .iter()
        .filter(|w| w.starts_with("storage item /storage/"))
        .collect();
    assert_eq!(actual.len(), expected.len(), "{what}: {warnings:#?}");
    for want in &expected {
        assert!(
            actual.iter().any(|w| w.starts_with(want.as_str())),
            "{what}: no warning {want:?} in {warnings:#?}"
        );
    }
    expected.len()
}

/// The unit mounts every item, models read-only and the rest as asked, and
/// maps the restart policy.
fn check_quadlet(what: &str, pod: &AgentPod, text: &str) {
    let volumes: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("Volume="))
        .collect();
    assert_eq!(volumes.len(), pod.storage.len(), "{what}:\n{text}");
    for item in &pod.storage {
        let volume = volumes
            .iter()
            .find(|v| v.split(':').nth(1) == Some(item.mount_path.as_str()))
            .unwrap_or_else(|| panic!("{what}: {} is not mounted:\n{text}", item.mount_path));
        let models = item.volume_class.map(|c| c.to_string()).as_deref() == Some("agent-models");
        let read_only = item.access_mode.to_string() == "read-only";
        assert_eq!(
            volume.ends_with(":ro,z"),
            models || read_only,
            "{what}: {volume}"
        );
    }
    let (restart, kept) = match pod.runtime.restart_policy {
        AgentPodRuntimeRestartPolicy::Never => ("no", false),
        AgentPodRuntimeRestartPolicy::OnFailure => ("on-failure", false),
        AgentPodRuntimeRestartPolicy::Always => ("always", false),
        AgentPodRuntimeRestartPolicy::PolicyManaged => ("always", true),
    };
    assert!(
        text.lines().any(|l| l == format!("Restart={restart}")),
        "{what}:\n{text}"
    );
    assert_eq!(
        text.contains(" agent-machine.sourceos.dev/restart-policy=policy-managed "),
        kept,
        "{what}:\n{text}"
    );
}

/// The Pod maps the restart policy and keeps the contract value; every port
/// name is an IANA service name, unique in the pod, the original recorded when
/// it was mapped; the Service and the NetworkPolicy refer to the same ports.
fn check_kubernetes(what: &str, pod: &AgentPod, text: &str, warnings: &[String]) {
    let docs: Vec<Value> = serde_saphyr::from_multiple(text).unwrap();
    let of_kind =
        |kind: &str| -> Vec<&Value> { docs.iter().filter(|d| d["kind"] == kind).collect() };
    let [k8s_pod] = of_kind("Pod")[..] else {
        panic!("{what}: one Pod")
    };
    let annotations = &k8s_pod["metadata"]["annotations"];
    if pod.runtime.restart_policy == AgentPodRuntimeRestartPolicy::PolicyManaged {
        assert_eq!(k8s_pod["spec"]["restartPolicy"], "Always", "{what}");
        assert_eq!(
            annotations[kubernetes::RESTART_POLICY_ANNOTATION],
            "policy-managed",
            "{what}"
        );
    } else {
        assert!(
            annotations
                .get(kubernetes::RESTART_POLICY_ANNOTATION)
                .is_none()
        );
    }

    let container = &k8s_pod["spec"]["containers"][0];
    let ports = container["ports"].as_array().cloned().unwrap_or_default();
    let originals: Vec<&str> = pod
        .ports
        .iter()
        .flatten()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(ports.len(), originals.len(), "{what}");
    let recorded: BTreeMap<String, String> = annotations
        .get(kubernetes::PORT_NAMES_ANNOTATION)
        .map(|v| serde_json::from_str(v.as_str().unwrap()).unwrap())
        .unwrap_or_default();
    let mut seen = BTreeSet::new();
    let mut by_number = BTreeMap::new();
    for (port, original) in ports.iter().zip(&originals) {
        let name = port["name"].as_str().unwrap();
        assert!(
            names::is_port_name(name),
            "{what}: {name:?} is no IANA service name"
        );
        assert!(seen.insert(name.to_string()), "{what}: {name} twice");
        if names::is_port_name(original) {
            assert_eq!(name, *original, "{what}: a valid name is kept");
            assert!(!recorded.contains_key(name), "{what}");
        } else {
            assert_eq!(
                recorded.get(name).map(String::as_str),
                Some(*original),
                "{what}"
            );
            assert!(
                warnings
                    .iter()
                    .any(|w| w.contains(&format!("{original:?}"))
                        && w.contains(&format!("{name:?}"))),
                "{what}: the mapping of {original} is warned about: {warnings:#?}"
            );
        }
        by_number.insert(port["containerPort"].as_i64().unwrap(), name.to_string());
    }
    assert_eq!(
        recorded.len(),
        originals.iter().filter(|o| !names::is_port_name(o)).count()
    );

    let services = of_kind("Service");
    for service in &services {
        assert_eq!(
            service["metadata"]["annotations"].get(kubernetes::PORT_NAMES_ANNOTATION),
            annotations.get(kubernetes::PORT_NAMES_ANNOTATION),
            "{what}: the Service records the same names"
        );
        for p in service["spec"]["ports"].as_array().unwrap() {
            let name = &by_number[&p["port"].as_i64().unwrap()];
            assert_eq!(p["name"], name.as_str(), "{what}");
            assert_eq!(p["targetPort"], name.as_str(), "{what}");
        }
    }
    for policy in of_kind("NetworkPolicy") {
        for rule in policy["spec"]["ingress"].as_array().into_iter().flatten() {
            for p in rule["ports"].as_array().unwrap() {
                let port = &p["port"];
                assert!(
                    port.as_i64().is_some_and(|n| by_number.contains_key(&n))
                        || port.as_str().is_some_and(|n| seen.contains(n)),
                    "{what}: {port} is no container port"
                );
            }
        }
    }
}

const TOPOLVM: &str = "topolvm-evidence-pvc.storage-receipt.json";
const EVIDENCE: &str = "agentplane-runtime-evidence.local.json";

fn run(args: &[&str]) -> Output {
    Command::new(support::bin())
        .args(args)
        .current_dir(support::root())
        .output()
        .unwrap()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `validate` over the whole corpus exits 0: the receipt that reports
/// encryption required but not observed is valid, with a warning that names
/// the rule, the pointer and where it is in the file.
#[test]
fn validate_accepts_the_corpus_with_a_warning_for_the_unencrypted_receipt() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let corpus = dir.join("sourceos-v0.1.0");
    let receipt = corpus.join(TOPOLVM);
    let out = run(&["validate", path(&corpus)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error:"), "{stderr}");
    let text = std::fs::read_to_string(&receipt).unwrap();
    let at = agent_machine::base::json::locate(&text, "/encryption/observed").unwrap();
    let expected = format!(
        "warning: {}:{}:{}: /encryption/observed: [storage/encryption-observed] ",
        receipt.display(),
        at.line,
        at.column
    );
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 2, "{stderr}");
    assert!(
        warnings.iter().any(|w| w.starts_with(&expected)),
        "{stderr}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains(EVIDENCE) && w.contains("[evidence/running-authority]")),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("validate: 25 document(s): 25 valid, 0 invalid, 0 unreadable, 2 warning(s)"),
        "{stderr}"
    );

    let out = run(&["validate", "--format", "json", path(&corpus)]);
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["valid"], 25);
    assert_eq!(report["summary"]["invalid"], 0);
    assert_eq!(report["summary"]["warnings"], 2);
    let documents = report["documents"].as_array().unwrap();
    let topolvm = documents
        .iter()
        .find(|d| d["file"].as_str().unwrap().ends_with(TOPOLVM))
        .unwrap();
    assert_eq!(topolvm["status"], "valid");
    assert_eq!(topolvm["diagnostics"], serde_json::json!([]));
    assert_eq!(
        topolvm["warnings"].as_array().unwrap().len(),
        1,
        "{topolvm}"
    );
    assert_eq!(
        topolvm["warnings"][0]["rule"],
        "storage/encryption-observed"
    );
    assert_eq!(topolvm["warnings"][0]["pointer"], "/encryption/observed");
    assert_eq!(topolvm["warnings"][0]["line"], at.line);
    assert_eq!(topolvm["warnings"][0]["column"], at.column);
    for d in documents.iter().filter(|d| {
        let file = d["file"].as_str().unwrap();
        !file.ends_with(TOPOLVM) && !file.ends_with(EVIDENCE)
    }) {
        assert_eq!(d["status"], "valid", "{d}");
        assert_eq!(d["warnings"], serde_json::json!([]), "{d}");
    }
}

/// The warning is no acceptance where the receipt is used: `storage verify`
/// refuses it with the rule code.
#[test]
fn storage_verify_still_refuses_the_unencrypted_receipt() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let receipt = dir.join("sourceos-v0.1.0").join(TOPOLVM);
    let pod = dir
        .join("sourceos-v0.1.0")
        .join("k8s-topolvm.agent-pod.json");
    let out = run(&[
        "storage",
        "verify",
        path(&receipt),
        "--cache-tier",
        "examples",
        "--agent-machine-id",
        "urn:srcos:agent-machine:k8s-agent-node",
        "--pod",
        path(&pod),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["withProblems"], 1);
    let rules: Vec<&str> = report["receipts"][0]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["rule"].as_str().unwrap())
        .collect();
    // The receipt's own requirement and its tier's are two problems; the
    // tier also caps the quota and names the filesystem.
    assert_eq!(
        rules,
        [
            "storage/encryption-observed",
            "storage/encryption-observed",
            "storage/quota-size",
            "storage/filesystem"
        ],
        "every problem, not one among others"
    );
}

/// A malformed document is still invalid (exit 1), beside the corpus or in
/// it: a schema error in that same receipt, and a contradiction inside an
/// admission (a self-contradiction is no observed state).
#[test]
fn a_malformed_document_still_fails_validate() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let corpus = dir.join("sourceos-v0.1.0");
    let scratch = support::scratch("conformance-malformed");
    let mut receipt: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(corpus.join(TOPOLVM)).unwrap()).unwrap();
    receipt["encryption"]["observed"] = serde_json::json!("no");
    let bad_receipt = scratch.join("malformed.storage-receipt.json");
    std::fs::write(&bad_receipt, receipt.to_string()).unwrap();
    let mut admission: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("policy-admission.allowed-activation.json")).unwrap(),
    )
    .unwrap();
    let allowed = admission["scope"]["allowed"]["networkExposure"].clone();
    admission["scope"]["denied"]["networkExposure"] = allowed;
    let bad_admission = scratch.join("overlap.policy-admission.json");
    std::fs::write(&bad_admission, admission.to_string()).unwrap();

    for (file, expected) in [
        (&bad_receipt, [("/encryption/observed", "schema/type")]),
        (
            &bad_admission,
            [("/scope/allowed/networkExposure", "admission/scope-overlap")],
        ),
    ] {
        let out = run(&["validate", "--format", "json", path(file)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let found: Vec<(&str, &str)> = report["documents"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["pointer"].as_str().unwrap(), d["rule"].as_str().unwrap()))
            .collect();
        assert_eq!(found, expected, "every diagnostic, pointer and rule");
    }
    // Beside the valid corpus, one malformed document still fails the run.
    let out = run(&["validate", path(&corpus), path(&bad_receipt)]);
    assert_eq!(out.status.code(), Some(1));
}
