//! The release gate: its registry matches the documented items; on this
//! tree it reports what it should; and every check that can be broken in a
//! scratch copy of the tree goes red for exactly that breakage.

mod support;

use std::collections::BTreeSet;
use std::path::Path;

use agent_machine::gate::{self, CiEvidence, Maturity, Status, registry};

const HEAD: &str = include_str!("../docs/architecture/world-class-release-gate.md");

#[test]
fn the_gate_document_lists_exactly_the_registry() {
    let doc = format!(
        "{}{}",
        HEAD.split("| id | area |").next().unwrap(),
        gate::doc_table()
    );
    support::assert_snapshot("docs/architecture/world-class-release-gate.md", &doc);
}

#[test]
fn the_registry_has_every_item_of_the_release_gate_spec() {
    let ids: BTreeSet<&str> = registry::ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), registry::ITEMS.len(), "ids are unique");
    let Some(spec) =
        std::fs::read_to_string(support::root().join("../shared/spec/release-gate.md")).ok()
    else {
        eprintln!("SKIPPED: ../shared/spec/release-gate.md is not beside this checkout");
        return;
    };
    let documented: BTreeSet<&str> = spec
        .lines()
        .filter_map(|l| l.strip_prefix("| ")?.split(" |").next())
        .filter(|id| id.len() == 2 && id.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(ids, documented);
}

fn all_pass_evidence() -> CiEvidence {
    registry::ITEMS
        .iter()
        .map(|i| (i.id.to_string(), "pass".to_string()))
        .collect()
}

fn failing(root: &Path) -> BTreeSet<&'static str> {
    gate::run(root, Some(all_pass_evidence()))
        .items
        .iter()
        .filter(|i| i.status == Status::Fail)
        .map(|i| i.id)
        .collect()
}

#[test]
fn on_this_tree_only_the_unbuilt_items_fail() {
    let root = support::root();
    let without = gate::run(&root, None);
    let not_run: BTreeSet<&str> = without
        .items
        .iter()
        .filter(|i| i.status == Status::NotRun)
        .map(|i| i.id)
        .collect();
    assert_eq!(
        not_run,
        BTreeSet::from(["C6", "I3", "P4", "R6", "V1", "V3"])
    );
    assert_eq!(failing(&root), BTreeSet::from(["I1", "I2"]));
    // Never production-ready while a release-blocking item fails.
    assert_eq!(
        gate::run(&root, Some(all_pass_evidence())).maturity,
        Maturity::Prototype
    );
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file}: {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn every_check_goes_red_for_its_breakage() {
    type Break = fn(&Path);
    let cases: &[(&str, Break)] = &[
        ("C1", |r| {
            edit(
                r,
                "contracts/cache-tier.schema.json",
                "\"policyDomain\": {",
                "\"policyDomain\": {\n      \"format\": \"hostname\",",
            )
        }),
        ("C2", |r| {
            edit(
                r,
                "tests/fixtures/invalid/wrong-spec-version.cache-tier.json",
                "\"0.2.0\"",
                "\"0.1.0\"",
            )
        }),
        ("C3", |r| {
            edit(
                r,
                "docs/contracts.md",
                "## Versions and compatibility",
                "## Versions",
            )
        }),
        ("C4", |r| {
            edit(r, "docs/contracts.md", "## Promotion", "## Sharing")
        }),
        ("R3", |r| {
            edit(
                r,
                "skeletons/quadlet/local-vllm-multiport.container",
                "TimeoutStartSec=900",
                "TimeoutStartSec=901",
            )
        }),
        ("R4", |r| {
            edit(
                r,
                "skeletons/k8s/k8s-topolvm.yaml",
                "storage: 50Gi",
                "storage: 51Gi",
            )
        }),
        ("R5", |r| {
            edit(
                r,
                "skeletons/receipts/local-vllm-multiport.plan.receipt.json",
                "\"authorizationGranted\":false",
                "\"authorizationGranted\":true",
            )
        }),
        ("S1", |r| {
            edit(
                r,
                "skeletons/quadlet/local-vllm-multiport.container",
                "--cpus=16",
                "--cpus=16 --privileged",
            )
        }),
        ("S2", |r| {
            edit(
                r,
                "skeletons/quadlet/local-vllm-multiport.container",
                "Tmpfs=/tmp\n",
                "Tmpfs=/tmp\nNetwork=host\n",
            )
        }),
        ("S3", |r| {
            edit(
                r,
                "skeletons/quadlet/local-vllm-multiport.container",
                "PublishPort=127.0.0.1:8000:8000",
                "PublishPort=0.0.0.0:8000:8000",
            )
        }),
        ("S4", |r| {
            edit(
                r,
                "skeletons/k8s/k8s-topolvm.yaml",
                "type: ClusterIP",
                "type: LoadBalancer",
            )
        }),
        ("S5", |r| {
            edit(
                r,
                "skeletons/quadlet/local-vllm-multiport.container",
                "/models:ro,z",
                "/models:rw,z",
            )
        }),
        ("S6", |r| {
            edit(
                r,
                "examples/local-lvm-warm-cache.storage-receipt.json",
                "\"policyDomain\": \"",
                "\"policyDomain\": \"password=hunter2 ",
            )
        }),
        ("S7", |r| {
            edit(
                r,
                "skeletons/quadlet/local-vllm-multiport.container",
                "ReadOnly=true",
                "ReadOnly=false",
            )
        }),
        ("S8", |r| {
            let pod = "examples/local-podman-llama-cpp-pinned.agent-pod.json";
            let text = std::fs::read_to_string(r.join(pod)).unwrap();
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            v["runtime"]["sbomRef"] = serde_json::json!("");
            std::fs::write(r.join(pod), serde_json::to_string_pretty(&v).unwrap()).unwrap();
        }),
        ("I4", |r| {
            edit(
                r,
                "docs/renderers.md",
                "Rendering needs nothing external",
                "Rendering needs podman",
            )
        }),
        ("V1", |r| {
            edit(
                r,
                ".ci/run",
                "exec bash scripts/validate.sh",
                "exec bash scripts/other.sh",
            )
        }),
        ("V2", |r| {
            edit(
                r,
                ".github/workflows/ci.yml",
                "run: make validate",
                "run: make test",
            )
        }),
    ];
    let baseline = failing(&support::root());
    for (id, breakage) in cases {
        let root = support::scratch_repository(&format!("gate/{id}"));
        assert_eq!(
            failing(&root),
            baseline,
            "{id}: the untouched copy fails the same items"
        );
        breakage(&root);
        let now = failing(&root);
        let new: BTreeSet<&str> = now.difference(&baseline).copied().collect();
        assert!(
            new.contains(id),
            "{id}: did not go red (new failures: {new:?})"
        );
        assert!(
            new.len() <= 2,
            "{id}: broke more than its neighbour: {new:?}"
        );
    }
}

#[test]
fn the_json_report_fits_its_contract() {
    let report = serde_json::to_string(&gate::run(&support::root(), None)).unwrap();
    let doc = agent_machine::input::parse_document(
        "report".into(),
        report.as_bytes(),
        agent_machine::json::Limits::default(),
    )
    .unwrap();
    let result = agent_machine::validate::validate(&doc, agent_machine::validate::Mode::default());
    assert!(result.is_valid(), "{:#?}", result.diagnostics);
}
