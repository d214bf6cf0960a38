//! The checked-in skeletons are exactly the renders of the examples: Quadlet,
//! plans and receipts byte for byte; Kubernetes YAML byte for byte and as
//! parsed documents. Receipts are schema-valid and carry the digest of the
//! exact artifact bytes. (`agent-machine skeletons bless` regenerates them.)

use crate::support;

use agent_machine::base::canonical::digest_bytes;
use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::release::skeletons::{self, Drift};
use serde_json::Value;

#[test]
fn skeletons_equal_the_renders_of_the_examples() {
    let root = support::root();
    let expected = skeletons::expected(&root).expect("every example renders");
    let drift = skeletons::check(&root, &expected);
    assert!(
        drift.is_empty(),
        "skeletons/ drifted from the renders (run `agent-machine skeletons bless` after review):\n{drift:#?}"
    );
    // Every renderable example has its artifacts: 5 plans, 3 units, 2 YAML streams.
    let count = |prefix: &str| {
        expected
            .iter()
            .filter(|e| e.path.starts_with(prefix))
            .count()
    };
    assert_eq!(count("skeletons/plans/"), 7);
    assert_eq!(count("skeletons/quadlet/"), 4);
    assert_eq!(count("skeletons/k8s/"), 3);
    assert_eq!(count("skeletons/receipts/"), 14);
}

#[test]
fn yaml_skeletons_are_semantically_equal_too() {
    let root = support::root();
    for e in skeletons::expected(&root).unwrap() {
        if !e.path.ends_with(".yaml") {
            continue;
        }
        let on_disk = std::fs::read_to_string(root.join(&e.path)).unwrap();
        let parse = |text: &str| -> Vec<Value> { serde_saphyr::from_multiple(text).unwrap() };
        assert_eq!(parse(&on_disk), parse(&e.text), "{}", e.path);
    }
}

#[test]
fn a_changed_skeleton_is_reported_as_drift() {
    let root = support::root();
    let expected = skeletons::expected(&root).unwrap();
    let scratch = support::scratch("skeleton-drift");
    for e in &expected {
        let path = scratch.join(&e.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &e.text).unwrap();
    }
    assert!(skeletons::check(&scratch, &expected).is_empty());
    let unit = scratch.join("skeletons/quadlet/local-podman-llama-cpp.container");
    let text = std::fs::read_to_string(&unit)
        .unwrap()
        .replace("ReadOnly=true", "ReadOnly=false");
    std::fs::write(&unit, text).unwrap();
    std::fs::write(scratch.join("skeletons/quadlet/orphan.container"), "x").unwrap();
    let drift = skeletons::check(&scratch, &expected);
    // Exactly the two changes, each for its file: nothing more is reported.
    assert_eq!(drift.len(), 2, "{drift:#?}");
    assert!(
        matches!(&drift[0], Drift::Changed { path, diff }
            if path == "skeletons/quadlet/local-podman-llama-cpp.container"
                && diff.contains("-ReadOnly=false")
                && diff.contains("+ReadOnly=true")),
        "{drift:#?}"
    );
    assert_eq!(
        drift[1],
        Drift::Stale("skeletons/quadlet/orphan.container".into())
    );
}

#[test]
fn receipts_are_valid_and_digest_the_exact_artifact_bytes() {
    let root = support::root();
    let expected = skeletons::expected(&root).unwrap();
    for e in expected
        .iter()
        .filter(|e| e.path.starts_with("skeletons/receipts/"))
    {
        let doc = parse_document(e.path.clone(), e.text.as_bytes(), Limits::default()).unwrap();
        let report = validate(&doc, Mode::default());
        assert!(report.is_valid(), "{}: {:#?}", e.path, report.diagnostics);
        let receipt = &doc.value;
        assert_eq!(receipt["policy"]["authorizationGranted"], false);
        let artifact_path = receipt["artifact"]["path"].as_str().unwrap();
        let artifact = expected
            .iter()
            .find(|a| a.path == artifact_path)
            .expect("the artifact is a skeleton");
        let bytes = if artifact_path.ends_with(".plan.json") {
            artifact
                .text
                .strip_suffix('\n')
                .expect("one trailing newline")
        } else {
            artifact.text.as_str()
        };
        assert_eq!(
            receipt["artifact"]["digest"],
            digest_bytes(bytes.as_bytes()),
            "{}",
            e.path
        );
    }
    for e in expected
        .iter()
        .filter(|e| e.path.starts_with("skeletons/plans/"))
    {
        let doc = parse_document(e.path.clone(), e.text.as_bytes(), Limits::default()).unwrap();
        let report = validate(&doc, Mode::default());
        assert!(report.is_valid(), "{}: {:#?}", e.path, report.diagnostics);
        assert!(
            e.text.ends_with("}\n") && !e.text.contains("\n{"),
            "canonical JSON plus one newline"
        );
    }
}

#[test]
fn check_reports_drift_as_json_and_exits_1() {
    let root = support::scratch_repository("skeleton-drift-json");
    let unit = root.join("skeletons/quadlet/local-podman-llama-cpp.container");
    let text = std::fs::read_to_string(&unit).unwrap();
    std::fs::write(&unit, text.replace("ReadOnly=true", "ReadOnly=false")).unwrap();
    std::fs::remove_file(root.join("skeletons/k8s/k8s-topolvm.yaml")).unwrap();
    let out = std::process::Command::new(support::bin())
        .args(["skeletons", "check", "--format", "json", "--root"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["files"], 28);
    let drift = report["drift"].as_array().unwrap();
    let states: Vec<(&str, &str)> = drift
        .iter()
        .map(|d| (d["path"].as_str().unwrap(), d["state"].as_str().unwrap()))
        .collect();
    assert_eq!(
        states,
        [
            ("skeletons/k8s/k8s-topolvm.yaml", "missing"),
            (
                "skeletons/quadlet/local-podman-llama-cpp.container",
                "changed"
            )
        ]
    );
    assert!(
        drift[1]["diff"]
            .as_str()
            .unwrap()
            .contains("+ReadOnly=true")
    );
}
