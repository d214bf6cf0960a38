//! Wire compatibility with the SourceOS v0.1.0 corpus (`../shared/conformance`,
//! read in place, never copied): every document validates against our schema
//! for its kind (schema and typed checks, via the library) and its canonical
//! digest equals the one the ecosystem computed. Round-trip exactness is in
//! `tests/differential.rs`. Through the CLI, `validate` accepts the whole
//! corpus (one warning), while a malformed document still fails it and
//! `storage verify` still refuses the receipt that reports its volume
//! unencrypted.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use agent_machine::canonical::digest;
use agent_machine::input::read_document;
use agent_machine::json::Limits;
use agent_machine::validate::{Mode, validate};

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
        // Every document is well formed. One reports a non-compliant state,
        // truthfully: encryption required but not observed. That is a
        // warning (`storage/encryption-observed`; see docs/governance.md),
        // never an error: evidence is refused where it is used.
        assert!(report.is_valid(), "{file}: {:#?}", report.diagnostics);
        let warned: Vec<&str> = report.warnings.iter().map(|d| d.rule.as_str()).collect();
        let reported: &[&str] = match *file {
            "sourceos-v0.1.0/topolvm-evidence-pvc.storage-receipt.json" => {
                &["storage/encryption-observed"]
            }
            _ => &[],
        };
        assert_eq!(warned, reported, "{file}: {:#?}", report.warnings);
        let schema_only = Mode {
            schema_only: true,
            strict: false,
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

const TOPOLVM: &str = "topolvm-evidence-pvc.storage-receipt.json";

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
    let at = agent_machine::json::locate(&text, "/encryption/observed").unwrap();
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
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].starts_with(&expected), "{stderr}");
    assert!(
        stderr
            .contains("validate: 25 document(s): 25 valid, 0 invalid, 0 unreadable, 1 warning(s)"),
        "{stderr}"
    );

    let out = run(&["validate", "--format", "json", path(&corpus)]);
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["valid"], 25);
    assert_eq!(report["summary"]["invalid"], 0);
    assert_eq!(report["summary"]["warnings"], 1);
    let documents = report["documents"].as_array().unwrap();
    let topolvm = documents
        .iter()
        .find(|d| d["file"].as_str().unwrap().ends_with(TOPOLVM))
        .unwrap();
    assert_eq!(topolvm["status"], "valid");
    assert_eq!(topolvm["diagnostics"], serde_json::json!([]));
    assert_eq!(
        topolvm["warnings"][0]["rule"],
        "storage/encryption-observed"
    );
    assert_eq!(topolvm["warnings"][0]["pointer"], "/encryption/observed");
    assert_eq!(topolvm["warnings"][0]["line"], at.line);
    assert_eq!(topolvm["warnings"][0]["column"], at.column);
    for d in documents
        .iter()
        .filter(|d| !d["file"].as_str().unwrap().ends_with(TOPOLVM))
    {
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
    let out = run(&[
        "storage",
        "verify",
        path(&receipt),
        "--cache-tier",
        "examples",
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
    assert!(rules.contains(&"storage/encryption-observed"), "{rules:?}");
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

    for (file, rule) in [
        (&bad_receipt, "[schema/type]"),
        (&bad_admission, "[admission/scope-overlap]"),
    ] {
        let out = run(&["validate", path(file)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with("error: ") && l.contains(rule)),
            "{stderr}"
        );
    }
    // Beside the valid corpus, one malformed document still fails the run.
    let out = run(&["validate", path(&corpus), path(&bad_receipt)]);
    assert_eq!(out.status.code(), Some(1));
}
