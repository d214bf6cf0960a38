//! The release gate: its registry matches the documented items; on this
//! tree it reports what it should; and every check that can be broken in a
//! scratch copy of the tree goes red for exactly that breakage.

use crate::support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use agent_machine::release::gate::{self, CiEvidence, Context, Maturity, Status, registry};

const HEAD: &str = include_str!("../../docs/architecture/world-class-release-gate.md");

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
    for i in registry::ITEMS.iter() {
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
    // process), added with issue 10; R7 (the runtime proof under real Podman),
    // added with issue 13.
    let ours: BTreeSet<&str> = ["R7", "S9"].into();
    assert_eq!(ids, documented.union(&ours).copied().collect());
}

/// CI evidence that every item a test run proves passed (evidence may speak
/// for no other item).
fn all_pass_evidence() -> CiEvidence {
    gate::ci_items()
        .into_iter()
        .map(|id| (id.to_string(), "pass".to_string()))
        .collect()
}

/// Where a scratch tree's stand-in for the tap's copy of the formula lives:
/// beside the tree, outside it (a tap inside the repository is refused).
fn tap_of(root: &Path) -> PathBuf {
    let mut dir = root.as_os_str().to_owned();
    dir.push(".tap");
    PathBuf::from(dir).join("Formula/agent-machine.rb")
}

/// A fresh directory outside the repository (the scratch directories are
/// under `target/`, inside it), removed when the guard is dropped.
struct Outside(PathBuf);

impl std::ops::Deref for Outside {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Outside {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
        // The per-process parent goes once it is empty.
        if let Some(parent) = self.0.parent() {
            let _ = std::fs::remove_dir(parent);
        }
    }
}

fn outside(name: &str) -> Outside {
    let dir =
        std::env::temp_dir().join(format!("agent-machine-tests-{}/{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Outside(dir)
}

/// The gate over `root` with CI evidence that every proved item passed,
/// and the tap copy when the scratch tree has one.
fn report(root: &Path) -> gate::Report {
    let tap = tap_of(root);
    gate::run(
        &Context::new(root)
            .with_evidence(Some(all_pass_evidence()))
            .with_tap(tap.exists().then_some(tap)),
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
        BTreeSet::from(["C6", "I1", "I2", "I3", "P4", "R6", "R7", "V1", "V2", "V3"]),
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
    let away = outside("gate-tap");
    let tap = away.join("agent-machine.rb");
    std::fs::copy(root.join(TAP_COPY), &tap).unwrap();
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

/// Issue 12's hand-written unit: privileged, host network, SSH on every
/// address, the host's root mounted writable.
const EVIL_UNIT: &str = "# Rendering is not authorization: activation requires an allowed ActivationDecision.
[Unit]
Description=evil

[Container]
Image=docker.io/library/alpine@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
PodmanArgs=--privileged
Network=host
PublishPort=0.0.0.0:22:22
Volume=/:/host:rw

[Install]
WantedBy=default.target
";

/// Issue 12's hand-written manifest: a privileged Pod on the host network.
const EVIL_POD: &str = "# Rendering is not authorization: activation requires an allowed ActivationDecision.
apiVersion: v1
kind: Pod
metadata:
  name: evil
  namespace: agent-machine
spec:
  hostNetwork: true
  containers:
  - name: evil
    image: docker.io/library/alpine@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    securityContext:
      privileged: true
";
const FORMULA: &str = "packaging/homebrew/agent-machine.rb";
/// The tap's copy of the formula, as the tap would carry it: a committed
/// file of its own (not read from the repository's formula), so the tests
/// that reach production-ready compare two files, not one with itself. When
/// the formula changes, the tap's copy must be updated with it — as in the tap.
const TAP_COPY: &str = "tests/fixtures/gate/in-sync.tap-formula.rb";

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
        std::fs::remove_file(
            r.join("tests/compile-fail/ui/forbidden/storage_receipt_kv_cache.stderr"),
        )
        .unwrap()
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
            "\"digest\":\"sha256:231605f0",
            "\"digest\":\"sha256:131605f0",
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
    ("R5", &["R3"], |r| {
        // A unit without the not-authorization note (a hand-written file
        // beside the renders is an orphan, which every safety item refuses).
        edit(
            r,
            QUADLET,
            "# Rendering is not authorization: activation requires an allowed ActivationDecision.\n",
            "",
        )
    }),
    // The runtime proof no longer installed for CI.
    ("R7", &[], |r| {
        edit(
            r,
            "scripts/install-validators.sh",
            "apt_install podman",
            "apt_install",
        )
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
    // Issue 12: raw prompt and cache content in a receipt's free text.
    ("S6", &[], |r| {
        json_edit(
            r,
            "examples/local-podman-llama-cpp-quadlet.deployment-receipt.json",
            |v| {
                v["notes"].as_array_mut().unwrap().push(
                    "USER PROMPT: summarise patient 4711's history; KV cache dump follows".into(),
                )
            },
        )
    }),
    // Issue 12: a secret split over a label's key and value.
    ("S6", &[], |r| {
        json_edit(
            r,
            "examples/local-lvm-warm-cache.storage-receipt.json",
            |v| {
                v["labels"]["password"] = "hunter2".into();
            },
        )
    }),
    // Issue 12: a secret as a label key of a rendered manifest.
    ("S6", &["R4"], |r| {
        edit(
            r,
            "skeletons/k8s/k8s-topolvm.yaml",
            "  labels:\n",
            "  labels:\n    ghp_abcdefghijklmnopqrstuvwxyz0123456789: x\n",
        )
    }),
    // Issue 12: hand-written skeletons beside the renders. Orphans fail
    // every safety item (and the byte comparisons); their posture is judged too.
    (
        "S1",
        &["R3", "R4", "S2", "S3", "S4", "S5", "S6", "S7"],
        |r| {
            std::fs::write(r.join("skeletons/quadlet/evil.container"), EVIL_UNIT).unwrap();
            std::fs::write(r.join("skeletons/k8s/evil.yaml"), EVIL_POD).unwrap();
        },
    ),
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
        std::fs::copy(r.join(FORMULA), tap_of(r)).unwrap();
    }),
    ("I2", &[], |r| {
        let tap = tap_of(r);
        let text = std::fs::read_to_string(&tap).unwrap();
        std::fs::write(
            &tap,
            text.replacen("depends_on \"rust\"", "depends_on \"rust@1.80\"", 1),
        )
        .unwrap();
    }),
    // Issue 12: the "tap copy" is the repository's own formula.
    ("I2", &[], |r| {
        let tap = tap_of(r);
        std::fs::remove_file(&tap).unwrap();
        std::os::unix::fs::symlink(r.join(FORMULA), &tap).unwrap();
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
        std::fs::remove_file(r.join("tests/it/probe.rs")).unwrap()
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

/// Breakages of the behaviour C6 and I3 check (not only the files they
/// look for), with what the failing item's evidence must say: the item it
/// must turn red, the items the same edit necessarily turns red too, the
/// evidence, and the breakage.
const REASONED_BREAKAGES: &[(&str, &[&str], &str, Break)] = &[
    // The tree's StorageReceipt contract admits a raw KV-cache field (the
    // contract no longer equals the one this build was generated from: C5).
    (
        "C6",
        &["C5"],
        "StorageReceipt with /rawKvCache is accepted by the tree's contract",
        |r| {
            edit(
                r,
                "contracts/storage-receipt.schema.json",
                "\"properties\": {\n    \"specVersion\": {",
                "\"properties\": {\n    \"rawKvCache\": {\n      \"description\": \"Edited.\",\n      \"type\": \"string\"\n    },\n    \"specVersion\": {",
            )
        },
    ),
    // The installer that the message for a missing validator names no
    // longer installs kubernetes-validate.
    (
        "I3",
        &[],
        "scripts/install-validators.sh, which the message for a missing kubernetes-validate names, does not install it",
        |r| {
            edit(
                r,
                "scripts/install-validators.sh",
                "ln -sfn \"$prefix/venv/bin/kubernetes-validate\" \"$prefix/bin/kubernetes-validate\"\n",
                "",
            )
        },
    ),
];

#[test]
fn every_item_has_a_breakage() {
    let broken: BTreeSet<&str> = BREAKAGES.iter().map(|(id, _, _)| *id).collect();
    let ids: BTreeSet<&str> = registry::ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(broken, ids);
}

/// One scratch copy of the repository (with a tap copy beside it) that
/// breakages edit in turn: after each, [`Breakable::restore`] puts back
/// what the breakage touched — every file that differs from the repository's,
/// every entry it added (links included), every entry it removed — so each
/// breakage meets the clean tree without the tree being copied again.
struct Breakable {
    root: PathBuf,
}

/// The top-level entries of the repository that [`support::scratch_repository`] copies.
fn copied(rel: &Path) -> bool {
    let top = rel.components().next().unwrap().as_os_str();
    [
        "Cargo.toml",
        "build.rs",
        "contracts",
        "examples",
        "skeletons",
        "docs",
        "packaging",
        "scripts",
        "src",
        "tests",
        "Makefile",
        ".ci",
        ".github",
    ]
    .iter()
    .any(|t| top == *t)
}

impl Breakable {
    fn new(name: &str) -> Breakable {
        let root = support::scratch_repository(name);
        let b = Breakable { root };
        b.reset_tap();
        b
    }

    fn reset_tap(&self) {
        let tap = tap_of(&self.root);
        let _ = std::fs::remove_dir_all(tap.parent().unwrap());
        std::fs::create_dir_all(tap.parent().unwrap()).unwrap();
        std::fs::copy(support::root().join(TAP_COPY), &tap).unwrap();
    }

    /// What differs from the repository, as relative paths (each fixed
    /// when `fix`): entries that are not regular files or directories, or
    /// not in the repository, are removed; files that differ, or are
    /// missing, are copied from it.
    fn differences(&self, fix: bool) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                out.push(e.path());
                if e.file_type().unwrap().is_dir() {
                    walk(&e.path(), out);
                }
            }
        }
        let source = support::root();
        let mut different = Vec::new();
        let mut here = Vec::new();
        walk(&self.root, &mut here);
        for path in here {
            let rel = path.strip_prefix(&self.root).unwrap().to_path_buf();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue; // under a directory removed already
            };
            let theirs = std::fs::symlink_metadata(source.join(&rel)).ok();
            let same_type = copied(&rel)
                && theirs.as_ref().is_some_and(|t| {
                    (t.is_dir() && meta.is_dir()) || (t.is_file() && meta.is_file())
                });
            let same = same_type
                && (meta.is_dir()
                    || std::fs::read(&path).unwrap() == std::fs::read(source.join(&rel)).unwrap());
            if !same {
                different.push(rel.clone());
                if fix {
                    if meta.is_dir() {
                        std::fs::remove_dir_all(&path).unwrap();
                    } else {
                        std::fs::remove_file(&path).unwrap();
                    }
                }
            }
        }
        let mut theirs = Vec::new();
        for top in std::fs::read_dir(&source).unwrap().flatten() {
            let rel = PathBuf::from(top.file_name());
            if copied(&rel) {
                theirs.push(top.path());
                if top.file_type().unwrap().is_dir() {
                    walk(&top.path(), &mut theirs);
                }
            }
        }
        for path in theirs {
            let rel = path.strip_prefix(&source).unwrap();
            let ours = self.root.join(rel);
            if std::fs::symlink_metadata(&ours).is_err() {
                different.push(rel.to_path_buf());
                if fix {
                    support::copy_tree(&path, &ours);
                }
            }
        }
        different.sort();
        different.dedup();
        different
    }

    /// Puts the tree and the tap copy back as they were; then nothing differs.
    fn restore(&self) {
        self.differences(true);
        self.reset_tap();
        let left = self.differences(false);
        assert!(left.is_empty(), "not restored: {left:?}");
    }
}

impl Drop for Breakable {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
        let _ = std::fs::remove_dir_all(tap_of(&self.root).parent().unwrap().parent().unwrap());
    }
}

/// Each breakage meets a clean scratch tree (one per worker thread,
/// restored after each breakage instead of copied again) and the whole gate
/// runs on the broken tree; the clean state is checked once.
#[test]
fn every_check_goes_red_for_its_breakage_and_only_it() {
    type Case = (
        &'static str,
        &'static [&'static str],
        Option<&'static str>,
        Break,
    );
    let mut cases: Vec<Case> = BREAKAGES
        .iter()
        .map(|&(id, also, breakage)| (id, also, None, breakage))
        .collect();
    cases.extend(
        REASONED_BREAKAGES
            .iter()
            .map(|&(id, also, why, breakage)| (id, also, Some(why), breakage)),
    );
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let trees: Vec<Breakable> = (0..workers)
        .map(|w| Breakable::new(&format!("gate/breakages-{w}")))
        .collect();
    // The clean copy, once: nothing fails, and it is production-ready; the
    // other workers' copies are the same files.
    let before = report(&trees[0].root);
    assert_eq!(
        with_status(&before, Status::Fail),
        BTreeSet::new(),
        "the untouched copy passes"
    );
    assert_eq!(before.maturity, Maturity::ProductionReady);
    for tree in &trees {
        assert_eq!(tree.differences(false), Vec::<PathBuf>::new());
        assert!(tap_in_sync(&tree.root));
    }
    let surprises: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = trees
            .iter()
            .enumerate()
            .map(|(w, tree)| {
                let mine: Vec<Case> = cases.iter().copied().skip(w).step_by(workers).collect();
                scope.spawn(move || {
                    let mut surprises = Vec::new();
                    for (id, also, why, breakage) in mine {
                        breakage(&tree.root);
                        assert!(
                            !tree.differences(false).is_empty() || !tap_in_sync(&tree.root),
                            "{id}: the breakage changed nothing"
                        );
                        let after = report(&tree.root);
                        let red = with_status(&after, Status::Fail);
                        let expected: BTreeSet<&str> =
                            std::iter::once(id).chain(also.iter().copied()).collect();
                        if red != expected {
                            surprises
                                .push(format!("{id}: expected {expected:?} to fail, got {red:?}"));
                        }
                        if let Some(why) = why {
                            let evidence = &item(&after, id).evidence;
                            if !evidence.contains(why) {
                                surprises.push(format!(
                                    "{id}: the evidence does not say {why:?}: {evidence}"
                                ));
                            }
                        }
                        if after.maturity >= Maturity::ProductionReady {
                            surprises.push(format!("{id}: still {:?}", after.maturity));
                        }
                        tree.restore();
                    }
                    surprises
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(surprises.is_empty(), "{}", surprises.join("\n"));
}

/// Whether the scratch tree's tap copy is the committed one.
fn tap_in_sync(root: &Path) -> bool {
    std::fs::symlink_metadata(tap_of(root)).is_ok_and(|m| m.is_file())
        && std::fs::read(tap_of(root)).unwrap()
            == std::fs::read(support::root().join(TAP_COPY)).unwrap()
}

/// Issue 14: three edits to a rendered Kubernetes manifest that once left
/// every safety item green (only the byte comparison R4 saw them): each
/// turns a safety item red, naming the rule. (The posture model is being
/// taught to judge init containers with the container invariants and
/// NetworkPolicies as a union; the assertions hold for either model.)
#[test]
fn kubernetes_holes_turn_a_safety_item_red() {
    const K8S: &str = "skeletons/k8s/k8s-topolvm.yaml";
    let tree = Breakable::new("gate/k8s-holes");
    let run = |root: &Path| gate::run_tree(&Context::new(root));
    let clean = run(&tree.root);
    assert_eq!(with_status(&clean, Status::Fail), BTreeSet::new());

    // A privileged root init container adding SYS_ADMIN.
    edit(
        &tree.root,
        K8S,
        "spec:\n  automountServiceAccountToken: false\n  containers:\n",
        "spec:\n  automountServiceAccountToken: false\n  initContainers:\n  - name: init\n    image: docker.io/library/alpine:3\n    securityContext:\n      privileged: true\n      runAsUser: 0\n      capabilities:\n        add:\n        - SYS_ADMIN\n  containers:\n",
    );
    let r = run(&tree.root);
    // Privileged (S1) and the allow-list with the container rules (S7): every
    // container list is judged, not only refused as an unknown field.
    assert_eq!(
        with_status(&r, Status::Fail),
        BTreeSet::from(["S1", "S7", "R4"])
    );
    let s7 = &item(&r, "S7").evidence;
    for rule in [
        "[posture/unit-shape]",
        "[posture/capabilities]",
        "[posture/hardening]",
    ] {
        assert!(
            s7.split("; ")
                .any(|p| p.contains(K8S) && p.contains("initContainers") && p.contains(rule)),
            "{rule}: {s7}"
        );
    }
    let s1 = &item(&r, "S1").evidence;
    assert!(
        s1.split("; ").any(|p| p.contains(K8S)
            && p.contains("initContainers[0].securityContext.privileged")
            && p.contains("[posture/privileged]")),
        "{s1}"
    );
    tree.restore();

    // An allow-all egress NetworkPolicy beside the default-deny one.
    let text = std::fs::read_to_string(tree.root.join(K8S)).unwrap();
    std::fs::write(
        tree.root.join(K8S),
        format!(
            "{text}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-all-egress\n  namespace: agent-inference\nspec:\n  podSelector: {{}}\n  policyTypes:\n  - Egress\n  egress:\n  - {{}}\n"
        ),
    )
    .unwrap();
    let r = run(&tree.root);
    // Egress (S4): NetworkPolicies add up, so the default deny no longer
    // holds; and the allow-list (S7): an egress rule the renderer never emits.
    assert_eq!(
        with_status(&r, Status::Fail),
        BTreeSet::from(["S4", "S7", "R4"])
    );
    let s4 = &item(&r, "S4").evidence;
    assert!(
        s4.split("; ").any(|p| p.contains(K8S)
            && p.contains("NetworkPolicy/allow-all-egress")
            && p.contains("[posture/default-deny-egress]")),
        "{s4}"
    );
    assert!(
        item(&r, "S7")
            .evidence
            .split("; ")
            .any(|p| p.contains("NetworkPolicy/allow-all-egress")
                && p.contains("[posture/unit-shape]")),
        "{}",
        item(&r, "S7").evidence
    );
    tree.restore();

    // The Namespace carrying the Pod Security restricted labels deleted.
    let text = std::fs::read_to_string(tree.root.join(K8S)).unwrap();
    assert!(text.starts_with("apiVersion: v1\nkind: Namespace\n"));
    let (_, rest) = text.split_once("---\n").unwrap();
    std::fs::write(tree.root.join(K8S), rest).unwrap();
    let r = run(&tree.root);
    assert_eq!(with_status(&r, Status::Fail), BTreeSet::from(["R4", "S7"]));
    let s7 = &item(&r, "S7").evidence;
    assert!(
        s7.split("; ").any(|p| p.contains(K8S)
            && p.contains("Namespace/agent-inference")
            && p.contains("[posture/namespace]")),
        "{s7}"
    );
    tree.restore();
}

/// P4 judges the probe's behaviour, not its file: a probe that runs the
/// providers it finds, or misses one, turns it red; the library's probe
/// finds every stub and runs none.
#[test]
fn p4_goes_red_when_the_probe_runs_a_provider_or_misses_one() {
    use agent_machine::host::probe::{ProbeError, Report, View, probe};
    let ctx = Context::new(support::root()).with_evidence(Some(all_pass_evidence()));
    let real = gate::checks::integration::probe_judged(&ctx, &probe);
    assert_eq!(real.status, Status::Pass, "{}", real.evidence);
    assert!(
        real.evidence.contains(&format!(
            "found {} provider stubs",
            agent_machine::host::probe::PROVIDERS.len()
        )),
        "{}",
        real.evidence
    );
    let runs = |view: &View, arch: &str| -> Result<Report, ProbeError> {
        let report = probe(view, arch)?;
        for p in &report.providers {
            let _ = std::process::Command::new(&*p.runtime.command_ref).status();
        }
        Ok(report)
    };
    let ran = gate::checks::integration::probe_judged(&ctx, &runs);
    assert_eq!(ran.status, Status::Fail, "{}", ran.evidence);
    assert!(
        ran.evidence
            .contains("the probe executed provider stubs: llama-server"),
        "{}",
        ran.evidence
    );
    let misses = |view: &View, arch: &str| -> Result<Report, ProbeError> {
        let mut report = probe(view, arch)?;
        report.providers.pop();
        Ok(report)
    };
    let missed = gate::checks::integration::probe_judged(&ctx, &misses);
    assert_eq!(missed.status, Status::Fail, "{}", missed.evidence);
    assert!(
        missed
            .evidence
            .contains("mlx_lm.server on PATH was not reported as a probe-only provider"),
        "{}",
        missed.evidence
    );
}

/// The validators' directory: both tools side by side (linked when the
/// test helpers find them in different places), one per test (`name`), as
/// tests run in parallel.
fn validators(name: &str) -> Option<std::path::PathBuf> {
    let quadlet = support::validator("quadlet")?;
    let kv = support::validator("kubernetes-validate")?;
    let dir = support::scratch(&format!("gate-validators-{name}"));
    std::os::unix::fs::symlink(&quadlet, dir.join("quadlet")).unwrap();
    std::os::unix::fs::symlink(&kv, dir.join("kubernetes-validate")).unwrap();
    Some(dir)
}

#[test]
fn with_the_real_validators_r6_is_proved_by_the_gate_and_a_refused_unit_fails_it() {
    let Some(dir) = validators("r6") else {
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
        here.evidence.contains(
            "Quadlet generator accepts 4 units, and each command passes the posture allow-list"
        ),
        "{}",
        here.evidence
    );
    assert!(
        here.evidence.contains("accepts 3 manifests"),
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
    let doc = agent_machine::base::input::parse_document(
        "report".into(),
        report.as_bytes(),
        agent_machine::base::json::Limits::default(),
    )
    .unwrap();
    let result = agent_machine::governance::validate::validate(
        &doc,
        agent_machine::governance::validate::Mode::default(),
    );
    assert!(result.is_valid(), "{:#?}", result.diagnostics);
}

fn item<'a>(report: &'a gate::Report, id: &str) -> &'a gate::ItemResult {
    report.items.iter().find(|i| i.id == id).unwrap()
}

/// Every posture rule (the `Posture` area of `src/base/rule.rs`) is answered
/// for by a safety item.
#[test]
fn every_posture_rule_belongs_to_a_safety_item() {
    let rules: BTreeSet<&str> = agent_machine::base::rule::Posture::ALL
        .iter()
        .map(|r| r.code())
        .collect();
    assert!(rules.len() > 10, "{rules:?}");
    let routed: BTreeSet<&str> = gate::checks::safety::POSTURE_ITEMS
        .iter()
        .map(|(rule, _, _)| rule.code())
        .collect();
    assert_eq!(rules, routed, "every rule listed in POSTURE_ITEMS");
}

/// Issue 12: hand-written skeletons beside the renders reached
/// production-ready, because S1–S7 looked only at files named after an
/// example. Every file is now judged by the posture model, and an orphan is
/// a failure in itself.
#[test]
fn hand_written_skeletons_are_judged_and_an_orphan_is_a_failure() {
    let root = support::scratch_repository("gate/orphans");
    std::fs::write(root.join("skeletons/quadlet/evil.container"), EVIL_UNIT).unwrap();
    std::fs::write(root.join("skeletons/k8s/evil.yaml"), EVIL_POD).unwrap();
    let r = report(&root);
    assert!(r.maturity < Maturity::BootstrapReady, "{:?}", r.maturity);
    for id in ["S1", "S2", "S3", "S4", "S5", "S6", "S7"] {
        let i = item(&r, id);
        assert_eq!(i.status, Status::Fail, "{id}");
        assert!(
            i.evidence
                .contains("skeletons/quadlet/evil.container: orphan")
                && i.evidence.contains("skeletons/k8s/evil.yaml: orphan"),
            "{id}: {}",
            i.evidence
        );
    }
    // What the posture model finds in each, by the item that answers for it.
    for (id, file, rule) in [
        ("S1", "evil.container", "[posture/privileged]"),
        ("S1", "evil.yaml", "[posture/privileged]"),
        ("S2", "evil.container", "[posture/host-network]"),
        ("S3", "evil.container", "[posture/exposure]"),
        ("S4", "evil.yaml", "[posture/default-deny-egress]"),
        ("S7", "evil.container", "[posture/host-path]"),
        ("S7", "evil.yaml", "[posture/host-network]"),
    ] {
        let evidence = &item(&r, id).evidence;
        assert!(
            evidence
                .split("; ")
                .any(|p| p.contains(file) && p.contains(rule)),
            "{id}: {file} {rule}: {evidence}"
        );
    }
    for id in ["R3", "R4"] {
        assert!(item(&r, id).evidence.contains("evil"), "{id}");
    }

    // A byte-for-byte copy of a render under another name is still an orphan.
    let root = support::scratch_repository("gate/orphan-copy");
    std::fs::copy(
        root.join(QUADLET),
        root.join("skeletons/quadlet/copy.container"),
    )
    .unwrap();
    let r = report(&root);
    for id in ["S1", "S2", "S3", "S4", "S5", "S6", "S7"] {
        assert_eq!(item(&r, id).evidence.matches("orphan").count(), 1, "{id}");
        assert_eq!(item(&r, id).status, Status::Fail, "{id}");
    }
}

/// Odd entries under `skeletons/`: links (to a render, to a directory, in a
/// loop), a FIFO, nested directories, names with a newline or invalid UTF-8.
/// Each is a failure of the safety items; none is read through or hangs the gate.
#[test]
fn odd_entries_under_skeletons_are_failures_and_never_followed() {
    use std::os::unix::ffi::OsStrExt as _;
    let root = support::scratch_repository("gate/odd-entries");
    let sk = root.join("skeletons");
    std::os::unix::fs::symlink(
        "local-vllm-multiport.container",
        sk.join("quadlet/link.container"),
    )
    .unwrap();
    // Three loops: a walk that followed links would take 3^40 steps.
    std::os::unix::fs::symlink(".", sk.join("loop")).unwrap();
    std::os::unix::fs::symlink(".", sk.join("loop2")).unwrap();
    std::os::unix::fs::symlink("..", sk.join("quadlet/loop3")).unwrap();
    std::os::unix::fs::symlink("/etc", sk.join("k8s/etc")).unwrap();
    std::fs::create_dir_all(sk.join("quadlet/nested/deeper")).unwrap();
    std::fs::copy(
        root.join(QUADLET),
        sk.join("quadlet/nested/deeper/x.container"),
    )
    .unwrap();
    std::fs::copy(root.join(QUADLET), sk.join("quadlet/odd\nname.container")).unwrap();
    std::fs::copy(
        root.join(QUADLET),
        sk.join("quadlet")
            .join(std::ffi::OsStr::from_bytes(b"bad\xff.container")),
    )
    .unwrap();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(sk.join("k8s/fifo.yaml"))
            .status()
            .unwrap()
            .success()
    );
    let started = std::time::Instant::now();
    // E1 bundles the tree through src/release/bundle.rs, whose walk is not the
    // gate's (its own hardening is issue 12's "Release" part).
    let tap = tap_of(&root);
    let r = gate::run_tree(
        &Context::new(&root)
            .with_evidence(Some(all_pass_evidence()))
            .with_tap(tap.exists().then_some(tap)),
    );
    assert!(started.elapsed().as_secs() < 120, "{:?}", started.elapsed());
    let s1 = &item(&r, "S1").evidence;
    for needle in [
        "skeletons/quadlet/link.container is a symbolic link",
        "skeletons/loop is a symbolic link",
        "skeletons/loop2 is a symbolic link",
        "skeletons/quadlet/loop3 is a symbolic link",
        "skeletons/k8s/etc is a symbolic link",
        "skeletons/k8s/fifo.yaml is not a regular file",
        "skeletons/quadlet/nested/deeper/x.container: orphan",
        "skeletons/quadlet/odd\nname.container: orphan",
        "skeletons/quadlet/bad\u{FFFD}.container: orphan",
    ] {
        assert!(s1.contains(needle), "{needle:?}: {s1}");
    }
    for id in ["R3", "R4", "R5", "S1", "S2", "S3", "S4", "S5", "S6", "S7"] {
        assert_eq!(item(&r, id).status, Status::Fail, "{id}");
    }
}

/// Issue 12: evidence for items the gate checks itself was silently ignored.
#[test]
fn evidence_speaks_only_for_items_a_test_run_proves() {
    let dir = support::scratch("gate-evidence");
    let read = |text: &str| {
        let f = dir.join("evidence.json");
        std::fs::write(&f, text).unwrap();
        gate::read_evidence(&f)
    };
    let e = read(r#"{"C1":"fail","S4":"fail","E1":"fail"}"#).unwrap_err();
    assert!(
        e.contains("/C1") && e.contains("C1 is checked by the gate itself"),
        "{e}"
    );
    for i in registry::ITEMS.iter() {
        let r = read(&format!(r#"{{"{}": "pass"}}"#, i.id));
        assert_eq!(r.is_ok(), i.ci, "{}: {r:?}", i.id);
        if let Err(e) = r {
            assert!(
                e.contains(&format!("{} is checked by the gate itself", i.id)),
                "{e}"
            );
        }
    }
    assert_eq!(
        gate::ci_items(),
        ["C6", "R6", "R7", "I1", "I3", "V1", "V2", "V3", "P4"]
    );
    assert!(
        read(r#"{"R99":"pass"}"#)
            .unwrap_err()
            .contains("not a gate item")
    );
    assert!(read(r#"{"R6":"PASS"}"#).is_err());
    assert!(
        read(r#"{"R6":"pass","R6":"fail"}"#).is_err(),
        "duplicate keys"
    );
    assert!(
        read(r#"{"a/b~c":"pass"}"#)
            .unwrap_err()
            .contains("/a~1b~0c")
    );
    // The same rules hold for evidence handed to the library.
    let evidence: CiEvidence = [("S4".to_string(), "fail".to_string())].into();
    let e = Context::new(support::root())
        .with_evidence(Some(evidence))
        .checked()
        .unwrap_err();
    assert!(e.contains("S4 is checked by the gate itself"), "{e}");
    assert!(
        Context::new(support::root())
            .with_evidence(Some(all_pass_evidence()))
            .checked()
            .is_ok()
    );
}

/// Issue 12: `--tap` pointing at the repository's own formula passed I2.
#[test]
fn a_tap_inside_the_repository_is_refused() {
    let root = support::root();
    let formula = root.join(FORMULA);
    let away = outside("gate-tap-origin");
    let link = away.join("link.rb");
    std::os::unix::fs::symlink(&formula, &link).unwrap();
    let hard = support::scratch_repository("gate/tap-hard-link");
    let hard_away = outside("gate-tap-hard");
    let hard_tap = hard_away.join("agent-machine.rb");
    std::fs::hard_link(hard.join(FORMULA), &hard_tap).unwrap();
    for (root, tap, why) in [
        (root.clone(), formula.clone(), "inside the repository"),
        (root.clone(), link, "inside the repository"),
        (
            root.clone(),
            root.join("docs/../packaging/homebrew/agent-machine.rb"),
            "inside the repository",
        ),
        (hard.clone(), hard_tap, "the same file as"),
        (
            hard.clone(),
            root.join(FORMULA),
            "the formula of another checkout of this repository",
        ),
    ] {
        let ctx = Context::new(&root).with_tap(Some(tap.clone()));
        let e = ctx.clone().checked().unwrap_err();
        assert!(e.contains(why), "{}: {e}", tap.display());
        let i2 = gate::run(&ctx)
            .items
            .into_iter()
            .find(|i| i.id == "I2")
            .unwrap();
        assert_eq!(i2.status, Status::Fail, "{}", tap.display());
    }
    // A copy from outside is compared by content.
    let copy = away.join("agent-machine.rb");
    std::fs::copy(root.join(TAP_COPY), &copy).unwrap();
    let ctx = Context::new(&root).with_tap(Some(copy)).checked().unwrap();
    let i2 = gate::run(&ctx)
        .items
        .into_iter()
        .find(|i| i.id == "I2")
        .unwrap();
    assert_eq!(i2.status, Status::Pass, "{}", i2.evidence);
}

fn script(dir: &Path, name: &str, body: &str) {
    use std::os::unix::fs::PermissionsExt as _;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn r6(ctx: &Context) -> gate::ItemResult {
    gate::run_items(ctx, |id| id == "R6").items.remove(0)
}

/// Issue 12: fake validators (a `quadlet` printing one `ExecStart=` per unit,
/// a `kubernetes-validate` exiting 0) made R6 pass, over CI's `fail`.
#[test]
fn validators_that_accept_everything_are_no_validators() {
    let fakes: &[(&str, &str, &str)] = &[
        (
            "issue-12",
            "for f in \"$QUADLET_UNIT_DIRS\"/*.container; do echo ---; echo ExecStart=/usr/bin/podman run x; done",
            "exit 0",
        ),
        (
            "right-versions",
            "[ \"$1\" = -version ] && { echo 5.4.2; exit 0; }\nfor f in \"$QUADLET_UNIT_DIRS\"/*.container; do echo ---; echo ExecStart=/usr/bin/podman run x; done",
            "[ \"$1\" = --version ] && echo 1.37.0\nexit 0",
        ),
        (
            "refuses-everything-it-is-not-asked",
            "[ \"$1\" = -version ] && { echo 5.4.2; exit 0; }\necho 'converting: unsupported key' >&2; exit 1",
            "[ \"$1\" = --version ] && { echo 1.37.0; exit 0; }\nexit 1",
        ),
    ];
    let mut dirs: Vec<(String, PathBuf)> = Vec::new();
    for (name, quadlet, kv) in fakes {
        let dir = support::scratch(&format!("gate-fake-validators/{name}"));
        script(&dir, "quadlet", quadlet);
        script(&dir, "kubernetes-validate", kv);
        dirs.push((name.to_string(), dir));
    }
    let truth = support::scratch("gate-fake-validators/true");
    for tool in ["quadlet", "kubernetes-validate"] {
        std::os::unix::fs::symlink("/bin/true", truth.join(tool)).unwrap();
    }
    dirs.push(("true".into(), truth));
    for (name, dir) in dirs {
        let ctx = Context::new(support::root()).with_validators(Some(dir.clone()));
        let e = ctx.clone().checked().unwrap_err();
        assert!(e.contains("--validators"), "{name}: {e}");
        let result = r6(&ctx);
        assert_eq!(result.status, Status::Fail, "{name}: {}", result.evidence);
        assert!(
            result.evidence.contains("not the real tools"),
            "{name}: {}",
            result.evidence
        );
        let mut evidence = CiEvidence::new();
        evidence.insert("R6".into(), "fail".into());
        let with_ci = ctx.with_evidence(Some(evidence));
        assert_eq!(r6(&with_ci).status, Status::Fail, "{name}");
    }
}

/// With the real validators: CI's `fail` wins over the gate's own pass, and
/// CI's `pass` over a tree the validators refuse is an error.
#[test]
fn with_the_real_validators_r6_is_never_greener_than_ci() {
    let Some(dir) = validators("ci") else {
        return;
    };
    let ctx = Context::new(support::root()).with_validators(Some(dir.clone()));
    assert_eq!(r6(&ctx).status, Status::Pass);
    let mut evidence = CiEvidence::new();
    evidence.insert("R6".into(), "fail".into());
    let ctx = ctx.with_evidence(Some(evidence.clone())).checked().unwrap();
    let result = r6(&ctx);
    assert_eq!(result.status, Status::Fail, "{}", result.evidence);
    assert!(
        result.evidence.contains("CI evidence: fail"),
        "{}",
        result.evidence
    );

    let root = support::scratch_repository("gate/R6-contradiction");
    edit(&root, QUADLET, "[Service]\n", "Memory=4G\n\n[Service]\n");
    evidence.insert("R6".into(), "pass".into());
    let e = Context::new(&root)
        .with_validators(Some(dir))
        .with_evidence(Some(evidence))
        .checked()
        .unwrap_err();
    assert!(e.contains("evidence says R6 passed"), "{e}");
}

/// The CLI: production-ready only with a tap copy from outside the
/// repository; the repository's own formula as the tap is an error (exit 2).
#[test]
fn the_cli_refuses_a_self_referential_tap_and_reaches_production_with_a_real_one() {
    let root = support::root();
    let away = outside("gate-cli");
    let evidence = away.join("ci.json");
    std::fs::write(
        &evidence,
        serde_json::to_string(&all_pass_evidence()).unwrap(),
    )
    .unwrap();
    let tap = away.join("agent-machine.rb");
    std::fs::copy(root.join(TAP_COPY), &tap).unwrap();
    let gate = |tap: &Path| {
        std::process::Command::new(support::bin())
            .current_dir(&root)
            .arg("gate")
            .arg("--evidence")
            .arg(&evidence)
            .arg("--tap")
            .arg(tap)
            .output()
            .unwrap()
    };
    let ok = gate(&tap);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("maturity: production-ready"));
    let own = gate(Path::new(FORMULA));
    assert_eq!(own.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&own.stderr).contains("inside the repository"),
        "{}",
        String::from_utf8_lossy(&own.stderr)
    );
    // A FIFO as the tap is refused unopened (opening it would block).
    let fifo = away.join("fifo.rb");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let mut child = std::process::Command::new(support::bin())
        .current_dir(&root)
        .args(["gate", "--tap"])
        .arg(&fifo)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(2),
        "a FIFO tap hangs the gate"
    );
    let stale = away.join("stale.rb");
    std::fs::copy(
        root.join("tests/fixtures/gate/out-of-sync.tap-formula.rb"),
        &stale,
    )
    .unwrap();
    let out = gate(&stale);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("is out of sync"));
}

/// An impostor that passes the identity checks (it reports the probe's key
/// and field) but prints a placeholder command per unit still proves
/// nothing: the generator's `ExecStart` must pass the posture allow-list.
#[test]
fn an_impostor_that_knows_the_probes_still_fails_r6() {
    let dir = support::scratch("gate-impostor");
    script(
        &dir,
        "quadlet",
        r#"[ "$1" = -version ] && { echo 5.4.2; exit 0; }
for f in "$QUADLET_UNIT_DIRS"/*.container; do
  k=$(grep -o '^AgentMachineGateProbe[0-9a-f]*' "$f")
  if [ -n "$k" ]; then echo "converting \"probe.container\": unsupported key '$k'" >&2; exit 1; fi
  echo "---$(basename "$f" .container).service---"; echo "ExecStart=/usr/bin/podman run x"; echo
done"#,
    );
    script(
        &dir,
        "kubernetes-validate",
        r#"[ "$1" = --version ] && { echo 1.37.0; exit 0; }
for a; do case "$a" in *.yaml) f=$(grep -o 'agentMachineGateProbe[0-9a-f]*' "$a") && { echo "ERROR '$f' was unexpected"; exit 1; };; esac; done
exit 0"#,
    );
    let ctx = Context::new(support::root()).with_validators(Some(dir));
    let result = r6(&ctx);
    assert_eq!(result.status, Status::Fail, "{}", result.evidence);
    assert!(
        result.evidence.contains("the Quadlet generator's commands"),
        "{}",
        result.evidence
    );
}

/// `skeletons/` itself a link to a copy outside the tree: the tree's
/// skeletons are not in the tree, and nothing is read through the link.
#[test]
fn a_skeleton_directory_that_is_a_link_is_a_failure() {
    let root = support::scratch_repository("gate/skeletons-link");
    let outside_dir = outside("gate-skeletons-link");
    let away = outside_dir.join("skeletons");
    std::fs::rename(root.join("skeletons"), &away).unwrap_or_else(|_| {
        support::copy_tree(&root.join("skeletons"), &away);
        std::fs::remove_dir_all(root.join("skeletons")).unwrap();
    });
    std::os::unix::fs::symlink(&away, root.join("skeletons")).unwrap();
    let r = gate::run_items(&Context::new(&root), |id| id.starts_with('S') || id == "R5");
    for id in ["R5", "S1", "S2", "S3", "S4", "S5", "S6", "S7"] {
        let i = item(&r, id);
        assert_eq!(i.status, Status::Fail, "{id}: {}", i.evidence);
        assert!(
            i.evidence.contains("skeletons is a symbolic link"),
            "{id}: {}",
            i.evidence
        );
    }
}
