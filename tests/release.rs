//! The release evidence bundle is valid, lists what the gate leaves
//! blocking, and is identical for two checkouts of one commit at different paths.

mod support;

use std::path::Path;

use agent_machine::gate::Context;
use agent_machine::input::parse_document;
use agent_machine::json::Limits;
use agent_machine::release::{Facts, bundle};
use agent_machine::validate::{Mode, validate};

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
    let b = bundle(&Context::new(support::root()), &facts()).unwrap();
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
            "gate-v3-not-run",
            "gate-p4-not-run"
        ]
    );
    assert!(!b.release.production_ready);
    assert_eq!(b.inventories.schemas.len(), 16);
    assert_eq!(b.validation.status.to_string(), "not-run");
}

#[test]
fn the_validation_status_is_ci_s_word_on_make_validate() {
    let status = |v1: &str| {
        let evidence = [("V1".to_string(), v1.to_string())].into_iter().collect();
        let ctx = Context::new(support::root()).with_evidence(Some(evidence));
        bundle(&ctx, &facts())
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
        serde_json::to_string(&bundle(&Context::new(root), &facts()).unwrap()).unwrap()
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
    use agent_machine::release::{keygen, sign, verify};
    let bytes =
        serde_json::to_vec_pretty(&bundle(&Context::new(support::root()), &facts()).unwrap())
            .unwrap();
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
    let bytes =
        serde_json::to_vec_pretty(&bundle(&Context::new(support::root()), &facts()).unwrap())
            .unwrap();
    let keys = agent_machine::release::keygen().unwrap();
    let (signature, _) =
        agent_machine::release::sign(&bytes, &keys.secret, "bundle.json.minisig").unwrap();
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
