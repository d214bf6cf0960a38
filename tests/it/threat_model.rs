//! `docs/threat-model.md` has a row for every leaf field of the AgentPod
//! schema, for every CacheTier field that storage resolution merges into a
//! render and for every one a storage plan or `storage verify` reads: a field
//! added to the contract (or read by the code) without a threat-model row
//! fails here, naming the missing pointers.

use crate::support;

use std::collections::BTreeSet;

use serde_json::Value;

/// The CacheTier fields `src/rules/volumes.rs` reads (`resolve_items`): the id
/// it matches `cacheTierId` against, the volume class, the sensitivity, the
/// quota size, the backend and the three mount fields merged into an item.
/// Keep this list in step with that function.
const CACHE_TIER_FIELDS: &[&str] = &[
    "/id",
    "/volumeClass",
    "/sensitivity",
    "/quota/sizeBytes",
    "/backend",
    "/mount/hostPath",
    "/mount/pvcName",
    "/mount/storageClassName",
    "/mount/mode",
];

/// The CacheTier fields `src/governance/storage.rs` reads into a storage plan's commands
/// or its receipt plan, or judges receipts by, beyond [`CACHE_TIER_FIELDS`].
/// Keep this list in step with `storage::plan_checked` and `storage::unmet`.
const STORAGE_TIER_FIELDS: &[&str] = &[
    "/labels/agent-machine.sourceos.dev~1volume-group",
    "/mount/filesystem",
    "/mount/mountOptions",
    "/encryption/required",
    "/encryption/mode",
    "/tier",
    "/policyDomain",
    "/lifecycle/durability",
    "/lifecycle/ttlSeconds",
    "/lifecycle/evictionPolicy",
    "/lifecycle/wipeReceiptRequired",
];

/// Every leaf field pointer of `schema`: `properties` by name, `items` as
/// `*`, an object `additionalProperties` as `<key>`, `$ref` followed into
/// `$defs`. A node with none of these is a leaf.
fn leaf_pointers(schema: &Value) -> Vec<String> {
    fn walk(root: &Value, node: &Value, pointer: &str, depth: usize, out: &mut Vec<String>) {
        assert!(
            depth < 64,
            "{pointer}: the schema nests too deep (a $ref cycle?)"
        );
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let target = reference
                .strip_prefix('#')
                .and_then(|p| root.pointer(p))
                .unwrap_or_else(|| panic!("{pointer}: unresolved $ref {reference}"));
            return walk(root, target, pointer, depth + 1, out);
        }
        let mut leaf = true;
        if let Some(props) = node.get("properties").and_then(Value::as_object) {
            leaf = false;
            for (name, child) in props {
                walk(root, child, &format!("{pointer}/{name}"), depth + 1, out);
            }
        }
        if let Some(items) = node.get("items").filter(|i| i.is_object()) {
            leaf = false;
            walk(root, items, &format!("{pointer}/*"), depth + 1, out);
        }
        if let Some(extra) = node.get("additionalProperties").filter(|a| a.is_object()) {
            leaf = false;
            walk(root, extra, &format!("{pointer}/<key>"), depth + 1, out);
        }
        if leaf {
            out.push(pointer.to_string());
        }
    }
    let mut out = Vec::new();
    walk(schema, schema, "", 0, &mut out);
    out
}

/// The backticked pointers in the first column of the doc's table rows, with
/// the `CacheTier ` prefix kept (`CacheTier /mount/hostPath`).
fn documented(doc: &str) -> BTreeSet<String> {
    doc.lines()
        .filter_map(|line| line.strip_prefix('|'))
        .filter_map(|row| row.split('|').next())
        .filter_map(|cell| {
            let cell = cell.trim();
            let (prefix, rest) = match cell.strip_prefix("CacheTier ") {
                Some(rest) => ("CacheTier ", rest),
                None => ("", cell),
            };
            let pointer = rest.strip_prefix('`')?.strip_suffix('`')?;
            pointer
                .starts_with('/')
                .then(|| format!("{prefix}{pointer}"))
        })
        .collect()
}

/// The pointers without a row in `doc`.
fn missing(doc: &str, agent_pod: &[String]) -> Vec<String> {
    let rows = documented(doc);
    agent_pod
        .iter()
        .cloned()
        .chain(
            CACHE_TIER_FIELDS
                .iter()
                .chain(STORAGE_TIER_FIELDS)
                .map(|p| format!("CacheTier {p}")),
        )
        .filter(|p| !rows.contains(p))
        .collect()
}

fn inputs() -> (String, Vec<String>) {
    let root = support::root();
    let doc = std::fs::read_to_string(root.join("docs/threat-model.md"))
        .expect("docs/threat-model.md exists");
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("contracts/agent-pod.schema.json")).unwrap(),
    )
    .unwrap();
    (doc, leaf_pointers(&schema))
}

#[test]
fn every_field_has_a_threat_model_row() {
    let (doc, pointers) = inputs();
    // A sanity floor: the walk found the fields it should (58 in v0.1.0).
    for expected in [
        "/runtime/imageOrCommand",
        "/runtime/args/*",
        "/storage/*/hostPath",
        "/resources/accelerators/*/count",
        "/labels/<key>",
    ] {
        assert!(
            pointers.iter().any(|p| p == expected),
            "the schema walk missed {expected}: {pointers:?}"
        );
    }
    let missing = missing(&doc, &pointers);
    assert!(
        missing.is_empty(),
        "docs/threat-model.md has no row for: {}",
        missing.join(", ")
    );
}

#[test]
fn the_check_fails_when_a_row_is_missing() {
    let (doc, pointers) = inputs();
    for removed in ["/storage/*/hostPath", "CacheTier /mount/pvcName"] {
        let needle = format!("| `{}` |", removed.trim_start_matches("CacheTier "));
        let needle = if removed.starts_with("CacheTier ") {
            needle.replacen("| `", "| CacheTier `", 1)
        } else {
            needle
        };
        let without: String = doc
            .lines()
            .filter(|line| !line.starts_with(&needle))
            .map(|line| format!("{line}\n"))
            .collect();
        assert_eq!(
            without.lines().count() + 1,
            doc.lines().count(),
            "exactly one row starts with {needle}"
        );
        assert_eq!(missing(&without, &pointers), vec![removed.to_string()]);
    }
}

#[test]
fn the_walk_follows_refs_items_and_maps() {
    let schema = serde_json::json!({
        "type": "object",
        "properties": {
            "a": {"$ref": "#/$defs/pair"},
            "list": {"type": "array", "items": {"$ref": "#/$defs/pair"}},
            "map": {"type": "object", "additionalProperties": {"type": "string"}},
            "closed": {"type": "object", "additionalProperties": false},
            "flat": {"type": "string"}
        },
        "$defs": {"pair": {"type": "object", "properties": {"x": {}, "y": {"type": "integer"}}}}
    });
    let mut leaves = leaf_pointers(&schema);
    leaves.sort();
    assert_eq!(
        leaves,
        [
            "/a/x",
            "/a/y",
            "/closed",
            "/flat",
            "/list/*/x",
            "/list/*/y",
            "/map/<key>"
        ]
    );
}
