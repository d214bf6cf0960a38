//! The runtime half of "forbidden content cannot be constructed": JSON that
//! carries a raw prompt, KV-cache, private memory or secret field, or sets
//! any const-false flag to `true`, is rejected on deserialization — for every
//! receipt and evidence kind, and for every const-false flag of every
//! contract (found by walking the schemas, so a new flag is covered too).

use crate::support;

use agent_machine::base::json::{Limits, parse};
use agent_machine::contracts::Kind;
use agent_machine::governance::validate::validator_for;
use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

const RECEIPT_KINDS: &[&str] = &[
    "DeploymentReceipt",
    "StorageReceipt",
    "PolicyAdmission",
    "AgentRegistryGrant",
    "AgentPlaneRuntimeEvidence",
    "ActivationDecision",
    "ReleaseEvidenceBundle",
];

const FORBIDDEN_FIELDS: &[&str] = &[
    "rawPrompt",
    "prompt",
    "rawKvCache",
    "kvCacheContent",
    "privateMemory",
    "secret",
    "secretValue",
    "apiKey",
];

/// The first example of `kind`, parsed.
fn example_of(kind: Kind) -> Value {
    let suffix = format!(".{}.json", kind.info().slug);
    let path = support::json_files(&support::root().join("examples"))
        .into_iter()
        .find(|p| p.to_str().unwrap().ends_with(&suffix))
        .unwrap_or_else(|| panic!("no example of {}", kind.info().kind));
    parse(&std::fs::read(path).unwrap(), Limits::default()).unwrap()
}

/// JSON pointers (into documents) of every `const: false` in a schema.
fn const_false_pointers(schema: &Value, defs: &Value, at: &str, out: &mut Vec<String>) {
    if schema.get("const") == Some(&Value::Bool(false)) {
        out.push(at.to_string());
    }
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return const_false_pointers(&defs[name], defs, at, out);
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, sub) in props {
            const_false_pointers(sub, defs, &format!("{at}/{name}"), out);
        }
    }
}

#[test]
fn receipts_reject_forbidden_fields_at_the_root_and_in_receipt_safety() {
    for name in RECEIPT_KINDS {
        let kind = Kind::from_name(name).unwrap();
        let example = example_of(kind);
        assert!(
            kind.check_typed(&example).is_ok(),
            "{name}: the example itself is valid"
        );
        for field in FORBIDDEN_FIELDS {
            for container in ["", "/receiptSafety"] {
                let mut doc = example.clone();
                doc.pointer_mut(container)
                    .and_then(Value::as_object_mut)
                    .unwrap()
                    .insert((*field).to_string(), Value::String("forbidden".into()));
                // Rejected for this very field: the generated type names it,
                // and the schema's only error is that member at that object.
                let err = kind
                    .check_typed(&doc)
                    .expect_err("a forbidden field must be rejected")
                    .to_string();
                assert!(
                    err.contains(&format!("unknown field `{field}`")),
                    "{name}: a {field:?} field at {container:?}: {err}"
                );
                let schema_errors: Vec<(String, Vec<String>)> = validator_for(kind, &doc)
                    .iter_errors(&doc)
                    .map(|e| match e.kind() {
                        ValidationErrorKind::AdditionalProperties { unexpected } => {
                            (e.instance_path().as_str().to_string(), unexpected.clone())
                        }
                        other => panic!("{name}: {field:?} at {container:?}: {other:?}"),
                    })
                    .collect();
                assert_eq!(
                    schema_errors,
                    [(container.to_string(), vec![field.to_string()])],
                    "{name}"
                );
            }
        }
    }
}

#[test]
fn every_const_false_flag_rejects_true() {
    let mut checked = 0;
    for &kind in Kind::ALL {
        let schema: Value = serde_json::from_str(kind.info().schema).unwrap();
        let mut pointers = Vec::new();
        const_false_pointers(&schema, &schema["$defs"], "", &mut pointers);
        let example = example_of(kind);
        for pointer in pointers {
            let Some(flag) = example.pointer(&pointer) else {
                continue; // an optional flag this example leaves out
            };
            assert_eq!(flag, &Value::Bool(false), "{pointer}");
            let mut doc = example.clone();
            *doc.pointer_mut(&pointer).unwrap() = Value::Bool(true);
            // Rejected as a const-false flag at this pointer, and for nothing else.
            let err = kind
                .check_typed(&doc)
                .expect_err("a const-false flag set to true must be rejected")
                .to_string();
            assert!(
                err.contains("const false"),
                "{}: {pointer} = true: {err}",
                kind.info().kind
            );
            let schema_errors: Vec<(String, String)> = validator_for(kind, &doc)
                .iter_errors(&doc)
                .map(|e| {
                    (
                        e.instance_path().as_str().to_string(),
                        e.kind().keyword().to_string(),
                    )
                })
                .collect();
            assert_eq!(
                schema_errors,
                [(pointer.clone(), "const".to_string())],
                "{}",
                kind.info().kind
            );
            checked += 1;
        }
    }
    // 7 receipt/evidence kinds × 4–5 flags, the envelope and the trust
    // provider, plus the pod, plan, provider and receipt policy flags.
    assert!(checked >= 50, "only {checked} flags were exercised");
}

#[test]
fn a_receipt_cannot_claim_authorization() {
    let kind = Kind::from_name("DeploymentReceipt").unwrap();
    let mut doc = example_of(kind);
    doc["policy"]["authorizationGranted"] = Value::Bool(true);
    let err = kind.check_typed(&doc).unwrap_err().to_string();
    assert!(err.contains("const false"), "{err}");
}
