//! The release evidence bundle is valid, lists what the gate leaves
//! blocking, and is identical for two checkouts of one commit at different paths.

use crate::support;

use std::path::Path;

use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::release::bundle::{Facts, bundle};
use agent_machine::release::gate::{self, Context};

/// The gate's report on this tree (its tree items, no CI evidence),
/// computed once for the tests that bundle the tree as it is.
fn report() -> &'static gate::Report {
    static REPORT: std::sync::OnceLock<gate::Report> = std::sync::OnceLock::new();
    REPORT.get_or_init(|| gate::run_tree(&Context::new(support::root())))
}

/// The report for `ctx` (this tree, with CI evidence perhaps): the shared
/// one, with the items the evidence names run again under `ctx` — no other
/// item reads the evidence.
fn report_for(ctx: &Context) -> gate::Report {
    assert_eq!(ctx.root, support::root());
    assert!(ctx.tap.is_none() && ctx.validators.is_none());
    let mut r = report().clone();
    let named: Vec<String> = ctx
        .evidence
        .iter()
        .flat_map(|e| e.keys().cloned())
        .collect();
    let rerun = gate::run_items(ctx, |id| named.iter().any(|n| n == id));
    for item in rerun.items {
        let id = item.id;
        *r.items.iter_mut().find(|i| i.id == id).unwrap() = item;
    }
    r.maturity = gate::maturity(&r.items);
    r
}

/// The bundle of this tree, with the shared gate report.
fn this_bundle() -> agent_machine::contracts::ReleaseEvidenceBundle {
    bundle(&Context::new(support::root()), &facts(), report()).unwrap()
}

fn facts() -> Facts {
    Facts {
        name: "agent-machine-0.1.0".into(),
        repository: "SourceOS-Linux/agent-machine".into(),
        branch: "main".into(),
        commit_sha: "0123456789abcdef0123456789abcdef01234567".into(),
        generated_at: "2026-11-26T00:00:00Z".into(),
    }
}

#[test]
fn the_bundle_is_valid_and_names_the_blockers() {
    let b = this_bundle();
    let text = serde_json::to_string(&b).unwrap();
    let report = validate(
        &parse_document("bundle".into(), text.as_bytes(), Limits::default()).unwrap(),
        Mode::default(),
    );
    assert!(report.is_valid(), "{:#?}", report.diagnostics);
    let blockers: Vec<String> = b.known_blockers.iter().cloned().collect();
    // Without CI's results, the release-blocking items only CI can prove are blockers.
    assert_eq!(
        blockers,
        [
            "gate-c6-not-run",
            "gate-r6-not-run",
            "gate-r7-not-run",
            "gate-v3-not-run",
            "gate-p4-not-run"
        ]
    );
    assert!(!b.release.production_ready);
    assert_eq!(b.inventories.schemas.len(), 17);
    assert_eq!(b.validation.status.to_string(), "not-run");
}

/// A bundle made with the shared report is the bundle `bundle` makes
/// itself; a report that is not every item but E1 is refused.
#[test]
fn a_precomputed_report_gives_the_same_bundle() {
    let ctx = Context::new(support::root());
    assert_eq!(
        serde_json::to_string(&bundle(&ctx, &facts(), &gate::run_tree(&ctx)).unwrap()).unwrap(),
        serde_json::to_string(&this_bundle()).unwrap()
    );
    let mut evidence = gate::CiEvidence::new();
    evidence.insert("V1".into(), "pass".into());
    let with_ci = ctx.clone().with_evidence(Some(evidence));
    assert_eq!(
        serde_json::to_string(&bundle(&with_ci, &facts(), &gate::run_tree(&with_ci)).unwrap())
            .unwrap(),
        serde_json::to_string(&bundle(&with_ci, &facts(), &report_for(&with_ci)).unwrap()).unwrap()
    );
    let mut all = gate::run_items(&ctx, |id| id == "E1" || id == "C1");
    assert!(matches!(
        bundle(&ctx, &facts(), &all),
        Err(agent_machine::release::bundle::BundleError::Report(_))
    ));
    all.items.retain(|i| i.id != "E1");
    assert!(matches!(
        bundle(&ctx, &facts(), &all),
        Err(agent_machine::release::bundle::BundleError::Report(_))
    ));
}

#[test]
fn the_validation_status_is_ci_s_word_on_make_validate() {
    let status = |v1: &str| {
        let evidence = [("V1".to_string(), v1.to_string())].into_iter().collect();
        let ctx = Context::new(support::root()).with_evidence(Some(evidence));
        bundle(&ctx, &facts(), &report_for(&ctx))
            .unwrap()
            .validation
            .status
            .to_string()
    };
    assert_eq!(status("pass"), "passed");
    assert_eq!(status("fail"), "failed");
}

#[test]
fn two_checkouts_of_one_commit_give_identical_bundles() {
    let a = support::scratch_repository("release-a/checkout");
    let b = support::scratch_repository("release-b/elsewhere/checkout");
    let render = |root: &Path| {
        let ctx = Context::new(root);
        serde_json::to_string(&bundle(&ctx, &facts(), &gate::run_tree(&ctx)).unwrap()).unwrap()
    };
    let first = render(&a);
    assert_eq!(first, render(&b));
    assert!(
        !first.contains(a.to_str().unwrap()) && !first.contains("/work/"),
        "no machine path in the bundle"
    );
}

#[test]
fn signatures_verify_and_any_change_or_other_key_fails() {
    use agent_machine::release::bundle::{keygen, sign, verify};
    let bytes = serde_json::to_vec_pretty(&this_bundle()).unwrap();
    let keys = keygen().unwrap();
    let (signature, envelope) = sign(&bytes, &keys.secret, "bundle.json.minisig").unwrap();
    verify(&bytes, &signature, &keys.public, Some(&envelope)).unwrap();
    let text = serde_json::to_string(&envelope).unwrap();
    let report = validate(
        &parse_document("envelope".into(), text.as_bytes(), Limits::default()).unwrap(),
        Mode::default(),
    );
    assert!(report.is_valid(), "{:#?}", report.diagnostics);

    let mut tampered = bytes.clone();
    let last = tampered.len() - 2;
    tampered[last] ^= 1;
    assert!(
        verify(&tampered, &signature, &keys.public, None).is_err(),
        "a changed byte fails"
    );
    assert!(
        verify(&bytes, &signature, &keygen().unwrap().public, None).is_err(),
        "another key fails"
    );
    let other = sign(&bytes, &keygen().unwrap().secret, "x.minisig").unwrap();
    assert!(
        verify(&bytes, &signature, &keys.public, Some(&other.1)).is_err(),
        "an envelope for another signature fails"
    );
}

/// The real minisign tool verifies our signatures.
#[test]
fn the_real_minisign_tool_verifies_the_signature() {
    let Some(minisign) = support::validator("minisign") else {
        return;
    };
    let dir = support::scratch("release-minisign");
    let bytes = serde_json::to_vec_pretty(&this_bundle()).unwrap();
    let keys = agent_machine::release::bundle::keygen().unwrap();
    let (signature, _) =
        agent_machine::release::bundle::sign(&bytes, &keys.secret, "bundle.json.minisig").unwrap();
    std::fs::write(dir.join("bundle.json"), &bytes).unwrap();
    std::fs::write(dir.join("bundle.json.minisig"), &signature).unwrap();
    std::fs::write(dir.join("key.pub"), &keys.public).unwrap();
    let run = || {
        std::process::Command::new(&minisign)
            .args([
                "-V",
                "-m",
                "bundle.json",
                "-x",
                "bundle.json.minisig",
                "-p",
                "key.pub",
            ])
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let ok = run();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let mut changed = bytes.clone();
    changed[5] ^= 1;
    std::fs::write(dir.join("bundle.json"), &changed).unwrap();
    assert!(
        !run().status.success(),
        "minisign must reject a changed bundle"
    );
}

/// A bundle, its signature, the honest envelope and the key pair that made them.
fn signed() -> (
    Vec<u8>,
    String,
    agent_machine::contracts::SignedReleaseBundleEnvelope,
    agent_machine::release::bundle::KeyFiles,
) {
    let bytes = serde_json::to_vec_pretty(&this_bundle()).unwrap();
    let keys = agent_machine::release::bundle::keygen().unwrap();
    let (signature, envelope) =
        agent_machine::release::bundle::sign(&bytes, &keys.secret, "bundle.json.minisig").unwrap();
    (bytes, signature, envelope, keys)
}

/// The envelope with `edit` applied; still a valid SignedReleaseBundleEnvelope.
fn edited(
    envelope: &agent_machine::contracts::SignedReleaseBundleEnvelope,
    edit: impl Fn(&mut serde_json::Value),
) -> agent_machine::contracts::SignedReleaseBundleEnvelope {
    let mut v = serde_json::to_value(envelope).unwrap();
    edit(&mut v);
    let text = v.to_string();
    let report = validate(
        &parse_document("envelope".into(), text.as_bytes(), Limits::default()).unwrap(),
        Mode::default(),
    );
    assert!(report.is_valid(), "{:#?}", report.diagnostics);
    serde_json::from_value(v).unwrap()
}

/// The pointers of the fields `verify` says contradict the verification.
fn contradicted(
    result: Result<(), agent_machine::release::bundle::SignError>,
) -> Vec<&'static str> {
    match result {
        Err(agent_machine::release::bundle::SignError::Contradicts(c)) => {
            c.iter().map(|c| c.pointer).collect()
        }
        other => panic!("expected a contradiction, got {other:?}"),
    }
}

/// The signature verifies, so an envelope that says otherwise — or names
/// another key, algorithm, digest or commit — is refused on exactly that field.
#[test]
fn an_envelope_contradicting_the_verification_is_refused_by_field() {
    use agent_machine::release::bundle::verify;
    use serde_json::json;
    let (bytes, signature, envelope, keys) = signed();
    verify(&bytes, &signature, &keys.public, Some(&envelope)).unwrap();
    let v = serde_json::to_value(&envelope).unwrap();
    assert_eq!(v["verification"]["verified"], true);
    assert_eq!(v["verification"]["verificationStatus"], "passed");

    type Edit = fn(&mut serde_json::Value);
    let cases: &[(Edit, &[&str])] = &[
        (
            |e| e["verification"]["verified"] = json!(false),
            &["/verification/verified"],
        ),
        (
            |e| e["verification"]["verificationStatus"] = json!("failed"),
            &["/verification/verificationStatus"],
        ),
        (
            |e| e["verification"]["failureReason"] = json!("the key was revoked"),
            &["/verification/failureReason"],
        ),
        (
            |e| {
                e["verification"]["verified"] = json!(false);
                e["verification"]["verificationStatus"] = json!("not-run");
            },
            &["/verification/verified", "/verification/verificationStatus"],
        ),
        (
            |e| e["signature"]["keyRef"] = json!("minisign:0123456789ABCDEF"),
            &["/signature/keyRef"],
        ),
        (
            |e| e["signature"]["algorithm"] = json!("gpg"),
            &["/signature/algorithm"],
        ),
        (
            |e| e["signature"]["signatureDigest"] = json!(format!("sha256:{}", "c".repeat(64))),
            &["/signature/signatureDigest"],
        ),
        (
            |e| e["subject"]["subjectDigest"] = json!(format!("sha256:{}", "b".repeat(64))),
            &["/subject/subjectDigest"],
        ),
        (
            |e| e["subject"]["sourceCommitSha"] = json!("f".repeat(40)),
            &["/subject/sourceCommitSha"],
        ),
        (
            |e| e["signature"]["status"] = json!("unsigned"),
            &["/signature/status"],
        ),
    ];
    for (edit, pointers) in cases {
        let lying = edited(&envelope, edit);
        assert_eq!(
            contradicted(verify(&bytes, &signature, &keys.public, Some(&lying))),
            *pointers
        );
    }
    // Claiming no commit for a bundle that names one is a change after
    // signing too (see every_checkable_envelope_field_is_bound_to_the_bundle).
    let quiet = edited(&envelope, |e| e["subject"]["sourceCommitSha"] = json!(null));
    assert_eq!(
        contradicted(verify(&bytes, &signature, &keys.public, Some(&quiet))),
        ["/subject/sourceCommitSha"]
    );
}

/// Through the CLI: the honest envelope verifies (exit 0), one that says
/// `verified: false` or names another key is refused (exit 1) with the field
/// and where it is in the envelope — while the real `minisign -V` still
/// accepts the signature itself (when installed).
#[test]
fn release_verify_refuses_a_lying_envelope() {
    let dir = support::scratch("release-lying-envelope");
    let (bytes, signature, envelope, keys) = signed();
    std::fs::write(dir.join("bundle.json"), &bytes).unwrap();
    std::fs::write(dir.join("bundle.json.minisig"), &signature).unwrap();
    std::fs::write(dir.join("key.pub"), &keys.public).unwrap();
    let write_envelope = |e: &agent_machine::contracts::SignedReleaseBundleEnvelope| {
        std::fs::write(
            dir.join("bundle.json.envelope.json"),
            format!("{}\n", serde_json::to_string_pretty(e).unwrap()),
        )
        .unwrap();
    };
    let run = || {
        std::process::Command::new(support::bin())
            .args(["release", "verify", "bundle.json", "--key", "key.pub"])
            .current_dir(&dir)
            .output()
            .unwrap()
    };

    write_envelope(&envelope);
    let ok = run();
    let stderr = String::from_utf8_lossy(&ok.stderr);
    assert_eq!(ok.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("verifies (signature and envelope)"),
        "{stderr}"
    );

    type Edit = fn(&mut serde_json::Value);
    let cases: [(Edit, &[&str]); 2] = [
        (
            |e| e["verification"]["verified"] = serde_json::json!(false),
            &["/verification/verified"],
        ),
        (
            |e| {
                e["signature"]["keyRef"] = serde_json::json!("minisign:0123456789ABCDEF");
                e["verification"]["failureReason"] = serde_json::json!("not checked");
            },
            &["/signature/keyRef", "/verification/failureReason"],
        ),
    ];
    for (edit, pointers) in cases {
        let lying = edited(&envelope, edit);
        write_envelope(&lying);
        let text = std::fs::read_to_string(dir.join("bundle.json.envelope.json")).unwrap();
        let refused = run();
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert_eq!(refused.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("does NOT verify"), "{stderr}");
        for pointer in pointers {
            let at = agent_machine::base::json::locate(&text, pointer).unwrap();
            let line = format!(
                "error: bundle.json.envelope.json:{}:{}: {pointer}: [release/envelope-contradiction] ",
                at.line, at.column
            );
            assert!(
                stderr.lines().any(|l| l.starts_with(&line)),
                "{line}\n{stderr}"
            );
        }
    }

    // The signature itself is sound: the real minisign accepts it; only the
    // envelope's claims are refused.
    if let Some(minisign) = support::validator("minisign") {
        let out = std::process::Command::new(minisign)
            .args([
                "-V",
                "-m",
                "bundle.json",
                "-x",
                "bundle.json.minisig",
                "-p",
                "key.pub",
            ])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(run().status.code(), Some(1));
    }
}

/// The parts of the repository the bundle lists, copied to a scratch tree
/// (the gate items the bundle carries simply fail on what is missing).
fn bundle_tree(name: &str) -> std::path::PathBuf {
    let dir = support::scratch(name);
    for p in ["contracts", "examples", "skeletons", "docs"] {
        support::copy_tree(&support::root().join(p), &dir.join(p));
    }
    dir
}

fn tree_error(root: &Path) -> agent_machine::base::tree::TreeError {
    // The tree is walked before anything else: any report of the tree items
    // will do.
    match bundle(&Context::new(root), &facts(), report()) {
        Err(agent_machine::release::bundle::BundleError::Tree(e)) => e,
        other => panic!(
            "expected the tree to be refused, got {:?}",
            other.map(|b| b.id)
        ),
    }
}

/// `release bundle` on `root` through the CLI, killed if it runs past a minute.
fn bundle_cli(root: &Path) -> std::process::Output {
    support::run_with_deadline(
        std::process::Command::new(support::bin()).args([
            "release",
            "bundle",
            "--root",
            root.to_str().unwrap(),
            "--commit",
            &"a".repeat(40),
            "--generated-at",
            "2026-11-26T00:00:00Z",
        ]),
        60,
    )
}

/// A link is never read through: not to a file outside the tree, not to a
/// device, not dangling — each is refused, named, and nothing is bundled.
#[test]
fn the_bundle_never_follows_a_symbolic_link() {
    use std::os::unix::fs::symlink;
    for (name, target) in [
        ("passwd.md", "/etc/passwd"),
        ("zero.md", "/dev/zero"),
        ("gone.md", "/nonexistent/gone.md"),
        ("inside.md", "contracts.md"),
    ] {
        let root = bundle_tree("release-symlink");
        symlink(target, root.join("docs").join(name)).unwrap();
        let err = tree_error(&root);
        assert_eq!(
            err,
            agent_machine::base::tree::TreeError::Symlink {
                rel: format!("docs/{name}"),
                target: target.into()
            }
        );
        let out = bundle_cli(&root);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(out.stdout.is_empty());
        assert!(
            stderr.contains(&format!("docs/{name} is a symbolic link")),
            "{stderr}"
        );
    }
    // A linked directory is not descended either: it is refused.
    let root = bundle_tree("release-symlink-dir");
    symlink("/etc", root.join("examples/etc")).unwrap();
    assert!(matches!(
        tree_error(&root),
        agent_machine::base::tree::TreeError::Symlink { rel, .. } if rel == "examples/etc"
    ));
    // Nor is a top-level directory that is itself a link.
    let root = bundle_tree("release-symlink-top");
    std::fs::remove_dir_all(root.join("docs")).unwrap();
    symlink("/usr/share/doc", root.join("docs")).unwrap();
    assert!(matches!(
        tree_error(&root),
        agent_machine::base::tree::TreeError::Symlink { rel, .. } if rel == "docs"
    ));
}

/// Three `docs/lN -> .` links made the walk follow 3^40 paths: now the
/// first link is refused at once, by `release bundle` and by the gate
/// (whose E1 bundles the tree), and links under `skeletons/` no longer
/// send the gate's or `skeletons check`'s walks around in circles.
#[test]
fn link_loops_end_at_once() {
    use std::os::unix::fs::symlink;
    let root = bundle_tree("release-link-loop");
    for n in 1..=3 {
        symlink(".", root.join(format!("docs/l{n}"))).unwrap();
        symlink("..", root.join(format!("skeletons/l{n}"))).unwrap();
    }
    let out = bundle_cli(&root);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("is a symbolic link"), "{stderr}");
    let gate = support::run_with_deadline(
        std::process::Command::new(support::bin()).args([
            "gate",
            "--root",
            root.to_str().unwrap(),
            "--format",
            "json",
        ]),
        120,
    );
    let report: serde_json::Value = serde_json::from_slice(&gate.stdout).unwrap();
    let e1 = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "E1")
        .unwrap();
    assert_eq!(e1["status"], "fail", "{e1}");
    let check = support::run_with_deadline(
        std::process::Command::new(support::bin()).args([
            "skeletons",
            "check",
            "--root",
            root.to_str().unwrap(),
        ]),
        60,
    );
    assert_ne!(check.status.code(), Some(0));
}

/// A name is recorded exactly or not at all: a backslash (which the old
/// walk turned into `/`, listing `docs/../../../etc/shadow.md`), `..`, a
/// newline, and names that are not UTF-8 (two of which collapsed into one
/// path) are refused.
#[test]
fn names_that_would_not_be_recorded_exactly_are_refused() {
    use agent_machine::base::tree::TreeError;
    use std::os::unix::ffi::OsStrExt as _;
    let cases: [(&[u8], &str); 4] = [
        (
            b"..\\..\\..\\etc\\shadow.md",
            "docs/..\\\\..\\\\..\\\\etc\\\\shadow.md",
        ),
        (b"notes..md", "docs/notes..md"),
        (b"a\nb.md", "docs/a\\nb.md"),
        (b"x\xff.md", "docs/x\\xFF.md"),
    ];
    for (name, shown) in cases {
        let root = bundle_tree("release-bad-name");
        std::fs::write(
            root.join("docs").join(std::ffi::OsStr::from_bytes(name)),
            "# planted\n",
        )
        .unwrap();
        match tree_error(&root) {
            TreeError::BadName { rel, .. } | TreeError::NotUtf8 { rel } => {
                assert_eq!(rel, shown)
            }
            other => panic!("{shown}: {other}"),
        }
    }
    // Two names that differ only in bytes that are not UTF-8.
    let root = bundle_tree("release-not-utf8");
    for name in [&b"x\xff.md"[..], b"x\xfe.md"] {
        std::fs::write(
            root.join("docs").join(std::ffi::OsStr::from_bytes(name)),
            "# planted\n",
        )
        .unwrap();
    }
    assert!(matches!(tree_error(&root), TreeError::NotUtf8 { .. }));
}

/// FIFOs and other special files in the tree are refused without being opened.
#[test]
fn a_fifo_in_the_tree_is_refused_unopened() {
    let root = bundle_tree("release-fifo");
    let fifo = support::Fifo::new(&root.join("docs/pipe.md"));
    assert_eq!(
        tree_error(&root),
        agent_machine::base::tree::TreeError::Special {
            rel: "docs/pipe.md".into(),
            kind: "a FIFO (named pipe)"
        }
    );
    assert!(!fifo.opened(), "the bundle opened the FIFO");
}

/// The walk is bounded: a tree deeper than its depth bound, or with more
/// entries than its entry bound, is refused with an error naming the bound.
#[test]
fn the_walk_is_bounded() {
    use agent_machine::base::tree::{BOUNDS, Bounds, TreeError, files};
    let root = bundle_tree("release-deep");
    let mut deep = root.join("docs");
    for _ in 0..=BOUNDS.max_depth {
        deep.push("d");
    }
    std::fs::create_dir_all(&deep).unwrap();
    let err = tree_error(&root);
    assert!(
        matches!(&err, TreeError::TooDeep { limit, .. } if *limit == BOUNDS.max_depth),
        "{err}"
    );
    assert!(err.to_string().contains("the walk is bounded"), "{err}");

    let root = bundle_tree("release-wide");
    let small = Bounds {
        max_depth: 4,
        max_entries: 10,
    };
    assert!(files(&root, "contracts", small).is_err_and(
        |e| matches!(e, TreeError::TooMany { ref top, limit: 10 } if top == "contracts")
    ));
    assert_eq!(files(&root, "contracts", BOUNDS).unwrap().len(), 17);
    // And a wide tree is refused by the bundle itself.
    for i in 0..=BOUNDS.max_entries {
        std::fs::write(root.join(format!("docs/f{i}.txt")), "").unwrap();
    }
    assert!(matches!(tree_error(&root), TreeError::TooMany { .. }));
}

/// What the honest tree gives is unchanged: the same paths in the same
/// order as the files of the tree, each digest that of its bytes.
#[test]
fn the_walk_lists_the_tree_as_it_is() {
    let b = this_bundle();
    let v = serde_json::to_value(&b).unwrap();
    let docs: Vec<&str> = v["inventories"]["docs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    let mut expected: Vec<String> = Vec::new();
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = format!("{rel}/{}", e.file_name().to_str().unwrap());
            if e.file_type().unwrap().is_dir() {
                walk(&e.path(), &name, out)
            } else if name.ends_with(".md") {
                out.push(name)
            }
        }
    }
    walk(&support::root().join("docs"), "docs", &mut expected);
    assert_eq!(docs, expected);
    for d in v["inventories"]["docs"].as_array().unwrap() {
        let bytes = std::fs::read(support::root().join(d["path"].as_str().unwrap())).unwrap();
        assert_eq!(
            d["digest"],
            agent_machine::base::canonical::digest_bytes(&bytes).as_str()
        );
    }
}

/// Every envelope field `sign` derives from the bundle and the signature is
/// checked: changing any of them after signing is refused on that field.
#[test]
fn every_checkable_envelope_field_is_bound_to_the_bundle() {
    use agent_machine::release::bundle::{verify, verify_as};
    use serde_json::json;
    let (bytes, signature, envelope, keys) = signed();
    let sig = Some("bundle.json.minisig");
    verify_as(&bytes, &signature, &keys.public, Some(&envelope), sig).unwrap();

    type Edit = fn(&mut serde_json::Value);
    let cases: &[(Edit, &[&str])] = &[
        (
            |e| e["id"] = json!("urn:srcos:agent-machine:signed-release-bundle-envelope:other"),
            &["/id"],
        ),
        (
            |e| {
                e["subject"]["subjectRef"] =
                    json!("urn:srcos:agent-machine:release-evidence-bundle:other-0123456789ab")
            },
            &["/subject/subjectRef"],
        ),
        (
            |e| e["subject"]["sourceCommitSha"] = json!(null),
            &["/subject/sourceCommitSha"],
        ),
        (
            |e| {
                e["subject"]
                    .as_object_mut()
                    .unwrap()
                    .remove("sourceCommitSha");
            },
            &["/subject/sourceCommitSha"],
        ),
        (
            |e| e["subject"]["workflowRunId"] = json!(4242),
            &["/subject/workflowRunId"],
        ),
        (
            |e| e["signature"]["signatureRef"] = json!("other.minisig"),
            &["/signature/signatureRef"],
        ),
        (
            |e| e["signature"]["transparencyLogRef"] = json!("rekor:24296fb24b8ad77a"),
            &["/signature/transparencyLogRef"],
        ),
        (
            |e| e["signature"]["certificateRef"] = json!("fulcio:release-team"),
            &["/signature/certificateRef"],
        ),
        (
            |e| e["verification"]["verifiedAt"] = json!("2020-01-01T00:00:00Z"),
            &["/verification/verifiedAt"],
        ),
        (
            |e| e["verification"]["verifiedAt"] = json!("yesterday"),
            &["/verification/verifiedAt"],
        ),
        (
            |e| e["generatedAt"] = json!("2030-01-01T00:00:00Z"),
            &["/generatedAt"],
        ),
        (
            |e| e["notes"] = json!(["Reviewed and approved by the release team."]),
            &["/notes"],
        ),
        (
            |e| {
                e.as_object_mut().unwrap().remove("notes");
            },
            &["/notes"],
        ),
        (
            |e| {
                e["generatedAt"] = json!("2030-01-01T00:00:00Z");
                e["subject"]["sourceCommitSha"] = json!("f".repeat(40));
                e["notes"] = json!([]);
            },
            &["/subject/sourceCommitSha", "/generatedAt", "/notes"],
        ),
    ];
    for (edit, pointers) in cases {
        let lying = edited(&envelope, edit);
        assert_eq!(
            contradicted(verify_as(
                &bytes,
                &signature,
                &keys.public,
                Some(&lying),
                sig
            )),
            *pointers
        );
    }
    // Without the signature's name, a signed envelope must still name one.
    let unnamed = edited(&envelope, |e| e["signature"]["signatureRef"] = json!(null));
    assert_eq!(
        contradicted(verify(&bytes, &signature, &keys.public, Some(&unnamed))),
        ["/signature/signatureRef"]
    );
    // What cannot be checked stays free: when it was verified (after the
    // bundle was made) and by which version of the tool.
    let later = edited(&envelope, |e| {
        e["verification"]["verifiedAt"] = json!("2027-01-01T00:00:00Z");
        e["verification"]["verifierVersion"] = json!("agent-machine 0.0.9");
    });
    verify_as(&bytes, &signature, &keys.public, Some(&later), sig).unwrap();
}

/// Through the CLI: each changed field is named with its place in the
/// envelope, and a signature read from another file name than the one the
/// envelope names is refused on `/signature/signatureRef`.
#[test]
fn release_verify_names_every_changed_envelope_field() {
    let dir = support::scratch("release-changed-envelope");
    let (bytes, signature, envelope, keys) = signed();
    std::fs::write(dir.join("bundle.json"), &bytes).unwrap();
    std::fs::write(dir.join("bundle.json.minisig"), &signature).unwrap();
    std::fs::write(dir.join("renamed.minisig"), &signature).unwrap();
    std::fs::write(dir.join("key.pub"), &keys.public).unwrap();
    let run = |extra: &[&str]| {
        std::process::Command::new(support::bin())
            .args(["release", "verify", "bundle.json", "--key", "key.pub"])
            .args(extra)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let lying = edited(&envelope, |e| {
        e["id"] = serde_json::json!("urn:srcos:agent-machine:signed-release-bundle-envelope:x");
        e["subject"]["subjectRef"] = serde_json::json!("urn:srcos:agent-machine:x");
        e["subject"]["sourceCommitSha"] = serde_json::json!("e".repeat(40));
        e["signature"]["signatureRef"] = serde_json::json!("elsewhere.minisig");
        e["generatedAt"] = serde_json::json!("2031-01-01T00:00:00Z");
        e["notes"] = serde_json::json!(["signed off"]);
    });
    let text = format!("{}\n", serde_json::to_string_pretty(&lying).unwrap());
    std::fs::write(dir.join("bundle.json.envelope.json"), &text).unwrap();
    let out = run(&[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for pointer in [
        "/id",
        "/subject/subjectRef",
        "/subject/sourceCommitSha",
        "/signature/signatureRef",
        "/generatedAt",
        "/notes",
    ] {
        let at = agent_machine::base::json::locate(&text, pointer).unwrap();
        let line = format!(
            "error: bundle.json.envelope.json:{}:{}: {pointer}: [release/envelope-contradiction] ",
            at.line, at.column
        );
        assert!(
            stderr.lines().any(|l| l.starts_with(&line)),
            "{line}\n{stderr}"
        );
    }
    assert!(stderr.contains("(6 field(s))"), "{stderr}");

    // The honest envelope verifies with its own signature file, and not
    // with a copy under another name.
    std::fs::write(
        dir.join("bundle.json.envelope.json"),
        serde_json::to_string_pretty(&envelope).unwrap(),
    )
    .unwrap();
    assert_eq!(run(&[]).status.code(), Some(0));
    let renamed = run(&["--signature", "renamed.minisig"]);
    let stderr = String::from_utf8_lossy(&renamed.stderr);
    assert_eq!(renamed.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("/signature/signatureRef"), "{stderr}");
}
