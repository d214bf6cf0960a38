//! Differential conformance: for every example, counter-example and (when
//! present) SourceOS conformance document, "the JSON Schema validator accepts
//! it" and "it deserializes into the generated type" agree, and a valid
//! document re-serializes to exactly itself.

mod support;

use std::path::Path;

use agent_machine::contracts::Kind;
use agent_machine::json::{Limits, ParseError, parse};
use agent_machine::validate::schema_validator;

/// The kind a file is checked against: the slug in its name
/// (`<name>.<slug>.json`), so a document that lies about its `kind` is
/// checked against the kind its file says it is.
/// Files named otherwise (the SourceOS corpus) are checked by their `kind`.
fn kind_for(path: &Path, value: &serde_json::Value) -> Kind {
    let name = path.file_name().unwrap().to_str().unwrap();
    let stem = name.trim_end_matches(".json");
    Kind::ALL
        .iter()
        .copied()
        .filter(|k| stem.ends_with(&format!(".{}", k.info().slug)))
        .max_by_key(|k| k.info().slug.len())
        .or_else(|| value["kind"].as_str().and_then(Kind::from_name))
        .unwrap_or_else(|| panic!("{name}: neither the file name nor `kind` names a contract"))
}

struct Verdict {
    schema_valid: bool,
    typed_valid: bool,
}

fn verdict(path: &Path) -> Result<Verdict, ParseError> {
    let bytes = std::fs::read(path).unwrap();
    let value = parse(&bytes, Limits::default())?;
    let kind = kind_for(path, &value);
    let schema_valid = schema_validator(kind).is_valid(&value);
    let typed = kind.round_trip(&value);
    if let Ok(back) = &typed {
        let diff = support::json_diff(&value, back);
        assert!(
            diff.is_empty(),
            "{}: the typed value re-serializes differently:\n{}",
            path.display(),
            diff.join("\n")
        );
    }
    Ok(Verdict {
        schema_valid,
        typed_valid: typed.is_ok(),
    })
}

fn assert_agree(path: &Path, v: &Verdict) {
    assert_eq!(
        v.schema_valid,
        v.typed_valid,
        "{}: the schema says {}, the generated type says {}",
        path.display(),
        if v.schema_valid { "valid" } else { "invalid" },
        if v.typed_valid { "valid" } else { "invalid" },
    );
}

#[test]
fn examples_are_valid_under_both() {
    let files = support::json_files(&support::root().join("examples"));
    assert!(files.len() >= 14, "one example per kind at least");
    for path in files {
        let v = verdict(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_agree(&path, &v);
        assert!(
            v.schema_valid,
            "{}: an example must be valid",
            path.display()
        );
    }
}

#[test]
fn counter_examples_are_rejected_by_both() {
    let files = support::json_files(&support::root().join("tests/fixtures/invalid"));
    assert!(files.len() >= 10);
    for path in files {
        match verdict(&path) {
            // Rejected before either side sees it: they can never disagree.
            Err(ParseError::DuplicateKey { .. }) => {}
            Err(e) => panic!("{}: a counter-example must be JSON: {e}", path.display()),
            Ok(v) => {
                assert_agree(&path, &v);
                assert!(
                    !v.schema_valid,
                    "{}: a counter-example must be rejected",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn conformance_corpus_is_valid_under_both() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let files = support::json_files(&dir.join("sourceos-v0.1.0"));
    assert_eq!(files.len(), 25);
    for path in files {
        let v = verdict(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_agree(&path, &v);
        assert!(v.schema_valid, "{}", path.display());
    }
}

/// Every counter-example the issue names is present and fails for its reason.
#[test]
fn each_named_defect_has_a_counter_example() {
    let dir = support::root().join("tests/fixtures/invalid");
    for (file, rule) in [
        ("unknown-root-field.agent-pod.json", "additionalProperties"),
        (
            "unknown-nested-field.deployment-receipt.json",
            "additionalProperties",
        ),
        (
            "raw-prompt-content-included-true.deployment-receipt.json",
            "const",
        ),
        (
            "authorization-granted-true.deployment-receipt.json",
            "const",
        ),
        ("bad-id-pattern.policy-admission.json", "pattern"),
        ("digest-trailing-newline.deployment-receipt.json", "pattern"),
        ("wrong-kind.deployment-receipt.json", "const"),
        ("port-zero.agent-pod.json", "minimum"),
        ("port-65536.agent-pod.json", "maximum"),
        (
            "duplicate-required-receipts.policy-admission.json",
            "uniqueItems",
        ),
        ("empty-notes.deployment-receipt.json", "minItems"),
    ] {
        let path = dir.join(file);
        let value = parse(&std::fs::read(&path).unwrap(), Limits::default()).unwrap();
        let keywords: Vec<String> = schema_validator(kind_for(&path, &value))
            .iter_errors(&value)
            .map(|e| e.kind().keyword().to_string())
            .collect();
        assert!(
            keywords.iter().any(|k| k == rule),
            "{file}: expected a {rule} error, got {keywords:?}"
        );
    }
    let dup = std::fs::read(dir.join("duplicate-key.agent-pod.json")).unwrap();
    assert!(matches!(
        parse(&dup, Limits::default()),
        Err(ParseError::DuplicateKey { .. })
    ));
}

/// Removes each optional property present in `doc` (per `schema`), one at a
/// time, and checks that the two verdicts still agree: absent optional
/// fields must deserialize exactly as the schema allows.
fn optional_deletions_agree(kind: Kind, doc: &serde_json::Value, file: &str) -> usize {
    fn walk(
        schema: &serde_json::Value,
        defs: &serde_json::Value,
        at: String,
        doc: &serde_json::Value,
        out: &mut Vec<String>,
    ) {
        let schema = match schema.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => &defs[r.trim_start_matches("#/$defs/")],
            None => schema,
        };
        if let (Some(props), Some(obj)) = (
            schema.get("properties").and_then(|p| p.as_object()),
            doc.as_object(),
        ) {
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|r| r.iter().filter_map(|x| x.as_str()).collect())
                .unwrap_or_default();
            for (name, sub) in props {
                if let Some(value) = obj.get(name) {
                    let p = format!("{at}/{}", agent_machine::json::escape_pointer_segment(name));
                    if !required.contains(&name.as_str()) {
                        out.push(p.clone());
                    }
                    walk(sub, defs, p, value, out);
                }
            }
        }
        if let (Some(items), Some(arr)) = (schema.get("items"), doc.as_array()) {
            for (i, v) in arr.iter().enumerate() {
                walk(items, defs, format!("{at}/{i}"), v, out);
            }
        }
    }
    let schema: serde_json::Value = serde_json::from_str(kind.info().schema).unwrap();
    let mut optional = Vec::new();
    walk(&schema, &schema["$defs"], String::new(), doc, &mut optional);
    for pointer in &optional {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let mut mutated = doc.clone();
        mutated
            .pointer_mut(parent)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(&key.replace("~1", "/").replace("~0", "~"));
        let schema_valid = schema_validator(kind).is_valid(&mutated);
        let typed = kind.round_trip(&mutated);
        assert_eq!(
            schema_valid,
            typed.is_ok(),
            "{file}: without {pointer}: schema {schema_valid}, type {typed:?}"
        );
        if let Ok(back) = typed {
            assert!(
                support::json_diff(&mutated, &back).is_empty(),
                "{file}: without {pointer}: round trip changed"
            );
        }
    }
    optional.len()
}

#[test]
fn removing_any_optional_field_keeps_the_verdicts_equal() {
    let mut files = support::json_files(&support::root().join("examples"));
    if let Some(dir) = support::conformance_dir() {
        files.extend(support::json_files(&dir.join("sourceos-v0.1.0")));
    }
    let mut total = 0;
    for path in files {
        let value = parse(&std::fs::read(&path).unwrap(), Limits::default()).unwrap();
        total +=
            optional_deletions_agree(kind_for(&path, &value), &value, &path.display().to_string());
    }
    assert!(total > 200, "only {total} optional fields exercised");
}
