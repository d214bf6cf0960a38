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

/// A bundle, its signature, the honest envelope and the key pair that made them.
fn signed() -> (
    Vec<u8>,
    String,
    agent_machine::contracts::SignedReleaseBundleEnvelope,
    agent_machine::release::KeyFiles,
) {
    let bytes =
        serde_json::to_vec_pretty(&bundle(&Context::new(support::root()), &facts()).unwrap())
            .unwrap();
    let keys = agent_machine::release::keygen().unwrap();
    let (signature, envelope) =
        agent_machine::release::sign(&bytes, &keys.secret, "bundle.json.minisig").unwrap();
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
fn contradicted(result: Result<(), agent_machine::release::SignError>) -> Vec<&'static str> {
    match result {
        Err(agent_machine::release::SignError::Contradicts(c)) => {
            c.iter().map(|c| c.pointer).collect()
        }
        other => panic!("expected a contradiction, got {other:?}"),
    }
}

/// The signature verifies, so an envelope that says otherwise — or names
/// another key, algorithm, digest or commit — is refused on exactly that field.
#[test]
fn an_envelope_contradicting_the_verification_is_refused_by_field() {
    use agent_machine::release::verify;
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
    // Claiming no commit is no contradiction.
    let quiet = edited(&envelope, |e| e["subject"]["sourceCommitSha"] = json!(null));
    verify(&bytes, &signature, &keys.public, Some(&quiet)).unwrap();
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
            let at = agent_machine::json::locate(&text, pointer).unwrap();
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
