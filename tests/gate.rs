//! The release gate: its registry matches the documented items; on this
//! tree it reports what it should; and every check that can be broken in a
//! scratch copy of the tree goes red for exactly that breakage.

mod support;

use std::collections::BTreeSet;
use std::path::Path;

use agent_machine::gate::{self, CiEvidence, Context, Maturity, Status, registry};

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
fn every_item_points_into_the_tree() {
    for i in registry::ITEMS {
        assert!(
            support::root().join(i.home).exists(),
            "{}: {} does not exist",
            i.id,
            i.home
        );
        assert_eq!(
            i.home.ends_with('/'),
            support::root().join(i.home).is_dir(),
            "{}",
            i.id
        );
    }
}

#[test]
fn the_registry_has_every_item_of_the_release_gate_spec() {
    let ids: BTreeSet<&str> = registry::ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), registry::ITEMS.len(), "ids are unique");
    let Some(spec) = support::shared_file("spec/release-gate.md") else {
        return;
    };
    let spec = std::fs::read_to_string(spec).unwrap();
    let documented: BTreeSet<&str> = spec
        .lines()
        .filter_map(|l| l.strip_prefix("| ")?.split(" |").next())
        .filter(|id| id.len() == 2 && id.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
        .collect();
    // Items of our own beyond the spec's list: S9 (the hostile table, run in
    // process), added with issue 10.
    let ours: BTreeSet<&str> = ["S9"].into();
    assert_eq!(ids, documented.union(&ours).copied().collect());
}

fn all_pass_evidence() -> CiEvidence {
    registry::ITEMS
        .iter()
        .map(|i| (i.id.to_string(), "pass".to_string()))
        .collect()
}

/// Where a scratch tree keeps its stand-in for the tap's copy of the formula.
const TAP: &str = "tap/Formula/agent-machine.rb";

/// The gate over `root` with CI evidence that every proved item passed,
/// and the tap copy when the scratch tree has one.
fn report(root: &Path) -> gate::Report {
    let tap = root.join(TAP);
    gate::run(
        &Context::new(root)
            .with_evidence(Some(all_pass_evidence()))
            .with_tap(tap.is_file().then_some(tap)),
    )
}

fn with_status(report: &gate::Report, status: Status) -> BTreeSet<&'static str> {
    report
        .items
        .iter()
        .filter(|i| i.status == status)
        .map(|i| i.id)
        .collect()
}

#[test]
fn on_this_tree_the_gate_is_truthful() {
    let root = support::root();
    let without = gate::run(&Context::new(&root));
    assert_eq!(
        with_status(&without, Status::NotRun),
        BTreeSet::from(["C6", "I1", "I2", "I3", "P4", "R6", "V1", "V2", "V3"]),
        "what only CI or the tap can prove is not-run, never pass"
    );
    assert_eq!(with_status(&without, Status::Fail), BTreeSet::new());
    assert_eq!(without.maturity, Maturity::Prototype);

    // With CI's results but no tap copy, I2 alone keeps it from bootstrap-ready.
    let with_ci = report(&root);
    assert_eq!(
        with_status(&with_ci, Status::NotRun),
        BTreeSet::from(["I2"])
    );
    assert_eq!(with_ci.maturity, Maturity::Prototype);

    // One failing CI result is enough to block production.
    let mut evidence = all_pass_evidence();
    evidence.insert("R6".into(), "fail".into());
    let tap = support::scratch("gate-tap").join("agent-machine.rb");
    std::fs::copy(root.join("packaging/homebrew/agent-machine.rb"), &tap).unwrap();
    let ctx = Context::new(&root).with_tap(Some(tap));
    assert_eq!(
        gate::run(&ctx.clone().with_evidence(Some(evidence))).maturity,
        Maturity::ProductionBlocked
    );
    assert_eq!(
        gate::run(&ctx.with_evidence(Some(all_pass_evidence()))).maturity,
        Maturity::ProductionReady
    );
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file}: {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn json_edit(root: &Path, file: &str, change: impl FnOnce(&mut serde_json::Value)) {
    let path = root.join(file);
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut v);
    std::fs::write(path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

const QUADLET: &str = "skeletons/quadlet/local-vllm-multiport.container";
const FORMULA: &str = "packaging/homebrew/agent-machine.rb";

type Break = fn(&Path);

/// One breakage per item: the item it must turn red, the items a hand edit
/// of the same file necessarily turns red as well (a skeleton edited by hand
/// no longer equals its render), and the breakage itself.
const BREAKAGES: &[(&str, &[&str], Break)] = &[
    ("C1", &[], |r| {
        // A new contract outside the profile (its identity is in order).
        let text = std::fs::read_to_string(r.join("contracts/cache-tier.schema.json")).unwrap();
        let text = text
            .replace(":schema:cache-tier:", ":schema:extra:")
            .replacen(
                "\"policyDomain\": {",
                "\"policyDomain\": {\n      \"format\": \"hostname\",",
                1,
            );
        std::fs::write(r.join("contracts/extra.schema.json"), text).unwrap();
    }),
    ("C2", &[], |r| {
        edit(
            r,
            "tests/fixtures/invalid/wrong-spec-version.cache-tier.json",
            "\"0.2.0\"",
            "\"0.1.0\"",
        )
    }),
    ("C3", &[], |r| {
        edit(
            r,
            "docs/contracts.md",
            "## Versions and compatibility",
            "## Versions",
        )
    }),
    ("C4", &[], |r| {
        edit(r, "docs/contracts.md", "## Promotion", "## Sharing")
    }),
    ("C5", &[], |r| {
        // The contract changed after this build generated its types.
        edit(
            r,
            "contracts/cache-tier.schema.json",
            "\"description\": \"",
            "\"description\": \"Edited. ",
        )
    }),
    ("C6", &[], |r| {
        std::fs::remove_file(r.join("tests/ui/forbidden/storage_receipt_kv_cache.stderr")).unwrap()
    }),
    ("R1", &[], |r| {
        edit(
            r,
            "skeletons/plans/local-vllm-multiport.plan.json",
            "\"containerPort\":8000",
            "\"containerPort\":8001",
        )
    }),
    ("R2", &[], |r| {
        edit(
            r,
            "skeletons/receipts/local-vllm-multiport.quadlet.receipt.json",
            "\"digest\":\"sha256:f6833e31",
            "\"digest\":\"sha256:e6833e31",
        )
    }),
    ("R3", &[], |r| {
        edit(r, QUADLET, "TimeoutStartSec=900", "TimeoutStartSec=901")
    }),
    ("R4", &[], |r| {
        edit(
            r,
            "skeletons/k8s/k8s-topolvm.yaml",
            "storage: 50Gi",
            "storage: 51Gi",
        )
    }),
    ("R5", &[], |r| {
        // A hand-written unit beside the renders, without the not-authorization note.
        let text = std::fs::read_to_string(r.join(QUADLET)).unwrap();
        let text: String = text
            .lines()
            .filter(|l| !l.contains("not authorization"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(r.join("skeletons/quadlet/hand-written.container"), text).unwrap();
    }),
    ("R6", &[], |r| {
        edit(
            r,
            ".ci/run",
            "export AGENT_MACHINE_REQUIRE_VALIDATORS=1",
            "",
        )
    }),
    ("S1", &["R3"], |r| {
        edit(r, QUADLET, "--cpus=16", "--cpus=16 --privileged")
    }),
    ("S2", &["R3"], |r| {
        edit(r, QUADLET, "Tmpfs=/tmp\n", "Tmpfs=/tmp\nNetwork=host\n")
    }),
    ("S3", &["R3"], |r| {
        edit(
            r,
            QUADLET,
            "PublishPort=127.0.0.1:8000:8000",
            "PublishPort=0.0.0.0:8000:8000",
        )
    }),
    ("S4", &["R4"], |r| {
        edit(
            r,
            "skeletons/k8s/k8s-topolvm.yaml",
            "type: ClusterIP",
            "type: LoadBalancer",
        )
    }),
    ("S5", &["R3"], |r| {
        edit(r, QUADLET, "/models:ro,z", "/models:rw,z")
    }),
    ("S6", &[], |r| {
        edit(
            r,
            "examples/local-lvm-warm-cache.storage-receipt.json",
            "\"policyDomain\": \"",
            "\"policyDomain\": \"password=hunter2 ",
        )
    }),
    ("S7", &["R3"], |r| {
        edit(r, QUADLET, "ReadOnly=true", "ReadOnly=false")
    }),
    // The hostile table edits the examples of the tree: once the local
    // example's model lives elsewhere, the case that mounts the model host path
    // twice no longer does, renders, and S9 names it; the renders drift too,
    // and the example admission no longer names the artifact the pod renders
    // to (P1: activation binds by recomputation).
    ("S9", &["P1", "R1", "R2", "R3"], |r| {
        json_edit(r, "examples/local-podman-llama-cpp.agent-pod.json", |v| {
            v["storage"][0]["hostPath"] = "/var/lib/agent-machine/models-elsewhere".into();
        })
    }),
    // An edited pod no longer renders to its committed plan and receipts.
    // The hostile table's strict case starts from the pinned example too.
    ("S8", &["R1", "R2", "S9"], |r| {
        json_edit(
            r,
            "examples/local-podman-llama-cpp-pinned.agent-pod.json",
            |v| v["runtime"]["sbomRef"] = serde_json::json!(""),
        )
    }),
    ("I1", &[], |r| {
        // The formula's licence no longer matches Cargo.toml (the tap follows).
        edit(r, FORMULA, "license \"Apache-2.0\"", "license \"MIT\"");
        std::fs::copy(r.join(FORMULA), r.join(TAP)).unwrap();
    }),
    ("I2", &[], |r| {
        edit(r, TAP, "depends_on \"rust\"", "depends_on \"rust@1.80\"")
    }),
    // (I3 is a per-file search: the file must not already handle NotFound.)
    ("I3", &[], |r| {
        let f = r.join("src/render/plan.rs");
        let text = std::fs::read_to_string(&f).unwrap();
        std::fs::write(f, format!("{text}\nfn _start() {{ let _ = std::process::Command::new(\"podman\").status(); }}\n")).unwrap();
    }),
    ("I4", &[], |r| {
        edit(
            r,
            "docs/renderers.md",
            "Rendering needs nothing external",
            "Rendering needs podman",
        )
    }),
    ("V1", &[], |r| {
        edit(
            r,
            ".ci/run",
            "exec bash scripts/validate.sh",
            "exec bash scripts/other.sh",
        )
    }),
    ("V2", &[], |r| {
        edit(
            r,
            ".github/workflows/ci.yml",
            "run: make validate",
            "run: make test",
        )
    }),
    ("V3", &[], |r| {
        edit(
            r,
            "scripts/validate.sh",
            "target/debug/agent-machine skeletons check",
            "true",
        )
    }),
    ("P1", &[], |r| {
        edit(
            r,
            "examples/allowed-activation.policy-admission.json",
            "\"expiresAt\": \"2026-05-12T21:00:00Z\"",
            "\"expiresAt\": \"2026-05-12T09:19:00Z\"",
        )
    }),
    ("P2", &[], |r| {
        edit(
            r,
            "examples/active-activation.agent-registry-grant.json",
            "\"expiresAt\": \"2026-05-12T21:00:00Z\"",
            "\"expiresAt\": \"2026-05-12T09:19:00Z\"",
        )
    }),
    ("P3", &[], |r| {
        edit(
            r,
            "examples/local-activation.agentplane-runtime-evidence.json",
            "\"grantStatus\": \"active\"",
            "\"grantStatus\": \"missing\"",
        )
    }),
    ("P4", &[], |r| {
        std::fs::remove_file(r.join("tests/probe.rs")).unwrap()
    }),
    ("P5", &[], |r| {
        // The TopoLVM profiles become local-lvm ones: no TopoLVM plan is left.
        for f in [
            "examples/k8s-topolvm-models.cache-tier.json",
            "examples/k8s-topolvm-warm-cache.cache-tier.json",
            "examples/k8s-topolvm-evidence.cache-tier.json",
        ] {
            edit(
                r,
                f,
                "\"backend\": \"topolvm-k8s\"",
                "\"backend\": \"local-lvm\"",
            );
        }
    }),
    ("E1", &[], |r| {
        // A listed document that cannot be read: the bundle refuses to digest it as empty.
        #[cfg(unix)]
        std::os::unix::fs::symlink("missing.md", r.join("docs/dangling.md")).unwrap();
    }),
];

#[test]
fn every_item_has_a_breakage() {
    let broken: BTreeSet<&str> = BREAKAGES.iter().map(|(id, _, _)| *id).collect();
    let ids: BTreeSet<&str> = registry::ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(broken, ids);
}

#[test]
fn every_check_goes_red_for_its_breakage_and_only_it() {
    let mut surprises = Vec::new();
    for (id, also, breakage) in BREAKAGES {
        let root = support::scratch_repository(&format!("gate/{id}"));
        std::fs::create_dir_all(root.join(TAP).parent().unwrap()).unwrap();
        std::fs::copy(root.join(FORMULA), root.join(TAP)).unwrap();
        let before = report(&root);
        assert_eq!(
            with_status(&before, Status::Fail),
            BTreeSet::new(),
            "{id}: the untouched copy passes"
        );
        assert_eq!(before.maturity, Maturity::ProductionReady, "{id}");
        breakage(&root);
        let after = report(&root);
        let red = with_status(&after, Status::Fail);
        let expected: BTreeSet<&str> = std::iter::once(*id).chain(also.iter().copied()).collect();
        if red != expected {
            surprises.push(format!("{id}: expected {expected:?} to fail, got {red:?}"));
        }
        assert!(after.maturity < Maturity::ProductionReady, "{id}");
    }
    assert!(surprises.is_empty(), "{}", surprises.join("\n"));
}

/// The validators' directory: both tools side by side (linked when the
/// test helpers find them in different places).
fn validators() -> Option<std::path::PathBuf> {
    let quadlet = support::validator("quadlet")?;
    let kv = support::validator("kubernetes-validate")?;
    let dir = support::scratch("gate-validators");
    std::os::unix::fs::symlink(&quadlet, dir.join("quadlet")).unwrap();
    std::os::unix::fs::symlink(&kv, dir.join("kubernetes-validate")).unwrap();
    Some(dir)
}

#[test]
fn with_the_real_validators_r6_is_proved_by_the_gate_and_a_refused_unit_fails_it() {
    let Some(dir) = validators() else {
        return;
    };
    let r6 = |root: &Path, validators: Option<std::path::PathBuf>| {
        gate::run(&Context::new(root).with_validators(validators))
            .items
            .into_iter()
            .find(|i| i.id == "R6")
            .unwrap()
    };
    let here = r6(&support::root(), Some(dir.clone()));
    assert_eq!(here.status, Status::Pass, "{}", here.evidence);
    assert!(
        here.evidence.contains("Quadlet generator accepts 3 units"),
        "{}",
        here.evidence
    );
    assert!(
        here.evidence.contains("accepts 2 manifests"),
        "{}",
        here.evidence
    );

    // A directory without the tools: not-run, never pass.
    let empty = support::scratch("gate-no-validators");
    assert_eq!(r6(&support::root(), Some(empty)).status, Status::NotRun);

    // A key the generator does not support, and a field the API does not have.
    let root = support::scratch_repository("gate/R6-real");
    edit(&root, QUADLET, "[Service]\n", "Memory=4G\n\n[Service]\n");
    edit(
        &root,
        "skeletons/k8s/k8s-topolvm.yaml",
        "storage: 50Gi\n",
        "storage: 50Gi\n    sizeLimit: 1Gi\n",
    );
    let broken = r6(&root, Some(dir));
    assert_eq!(broken.status, Status::Fail, "{}", broken.evidence);
    assert!(
        broken.evidence.contains("Quadlet generator refused"),
        "{}",
        broken.evidence
    );
    assert!(
        broken.evidence.contains("kubernetes-validate"),
        "{}",
        broken.evidence
    );
}

#[test]
fn the_json_report_fits_its_contract() {
    let report = serde_json::to_string(&gate::run(&Context::new(support::root()))).unwrap();
    let doc = agent_machine::input::parse_document(
        "report".into(),
        report.as_bytes(),
        agent_machine::json::Limits::default(),
    )
    .unwrap();
    let result = agent_machine::validate::validate(&doc, agent_machine::validate::Mode::default());
    assert!(result.is_valid(), "{:#?}", result.diagnostics);
}
