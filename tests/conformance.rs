//! Wire compatibility with the SourceOS v0.1.0 corpus (`../shared/conformance`,
//! read in place, never copied): every document validates against our schema
//! for its kind (schema and typed checks, via the library) and its canonical
//! digest equals the one the ecosystem computed. Round-trip exactness is in
//! `tests/differential.rs`.

mod support;

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
        // Our semantic rules are stricter than the ecosystem's in one place,
        // deliberately: a StorageReceipt that records encryption as required
        // but not observed is invalid (`storage/encryption-observed`; see
        // docs/governance.md). Everything else must be fully valid.
        let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_str()).collect();
        let deliberate: &[&str] = match *file {
            "sourceos-v0.1.0/topolvm-evidence-pvc.storage-receipt.json" => {
                &["storage/encryption-observed"]
            }
            _ => &[],
        };
        assert_eq!(rules, deliberate, "{file}: {:#?}", report.diagnostics);
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
