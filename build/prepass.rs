//! Rewrites a contract (already checked against the typify-safe profile) into
//! the schema typify is given, so that no rule is lost on the way to Rust.
//!
//! The JSON Schema validator always sees the contract as written; only the
//! typify copy is rewritten. Each rewrite points typify at a hand-written
//! type in `agent_machine::contracts::wire` through typify's `x-rust-type`
//! extension (or, for string consts, at typify's own one-variant enums).

use serde_json::{Map, Value, json};

use crate::vocabulary::*;

const CRATE: &str = "agent-machine";
const WIRE: &str = "agent_machine::contracts::wire";

/// Returns the typify copy of `contract`.
///
/// `also_reads` lists the archived versions of the same kind: the current
/// version's type then reads their documents too (its `specVersion` enum
/// has one variant per version), so code that renders a kind handles one
/// type. It is sound because a new version only adds optional fields (see
/// docs/contracts.md); each document is still judged by the schema of the
/// version it names, and typed by that version's own type in
/// `Kind::check_typed`.
pub fn for_typify(contract: &Value, also_reads: &[&str]) -> Value {
    let mut root = contract.as_object().cloned().unwrap_or_default();
    if !also_reads.is_empty()
        && let Some(Value::Object(props)) = root.get_mut("properties")
        && let Some(Value::Object(spec_version)) = props.get_mut("specVersion")
        && let Some(current) = spec_version.remove("const")
    {
        let mut versions: Vec<Value> = also_reads.iter().map(|v| json!(v)).collect();
        versions.push(current);
        spec_version.insert("enum".to_string(), Value::Array(versions));
    }
    let title = root
        .get("title")
        .and_then(Value::as_str)
        .unwrap_or("Contract")
        .to_string();
    let mut hoisted = Map::new();

    let mut defs = Map::new();
    if let Some(Value::Object(old)) = root.remove("$defs") {
        for (name, def) in old {
            let rewritten = rewrite(&def, &camel(&name), &mut hoisted);
            defs.insert(name, rewritten);
        }
    }
    let body = rewrite(&Value::Object(root.clone()), &title, &mut hoisted);
    let mut out = body.as_object().cloned().unwrap_or_default();
    for key in ["$schema", "$id", "title", "description"] {
        if let Some(v) = root.get(key) {
            out.insert(key.to_string(), v.clone());
        }
    }
    defs.extend(hoisted);
    if !defs.is_empty() {
        out.insert("$defs".to_string(), Value::Object(defs));
    }
    let mut out = Value::Object(out);
    escape_descriptions(&mut out);
    out
}

/// Descriptions become doc comments, which rustdoc reads as Markdown: a
/// placeholder such as `<name>` would be an HTML tag there. Each `<` is
/// escaped (`\<name>` shows as `<name>`); the contract itself is unchanged.
fn escape_descriptions(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(text) if key == "description" => {
                        *text = text.replace('<', "\\<");
                    }
                    _ => escape_descriptions(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(escape_descriptions),
        _ => {}
    }
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c == '-' || c == '_' || c == '.' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn rust_type(name: &str, parameters: Vec<Value>, description: Option<&Value>) -> Value {
    let mut ext = json!({
        "crate": CRATE,
        "version": "*",
        "path": format!("{WIRE}::{name}"),
    });
    if !parameters.is_empty() {
        ext["parameters"] = Value::Array(parameters);
    }
    let mut node = json!({ "x-rust-type": ext });
    if let Some(d) = description {
        node["description"] = d.clone();
    }
    node
}

/// The schema's single non-null type and whether `null` is allowed too.
fn type_of(obj: &Map<String, Value>) -> (String, bool) {
    match obj.get("type") {
        Some(Value::String(t)) => (t.clone(), false),
        Some(Value::Array(ts)) => {
            let t = ts
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null")
                .unwrap_or("null");
            (t.to_string(), ts.iter().any(|t| t == "null"))
        }
        _ => (String::new(), false),
    }
}

/// A type parameter for a wire type: simple schemas inline, anything typify
/// has to name is hoisted into `$defs` under the name typify would give it.
fn parameter(schema: Value, stem: &str, hoisted: &mut Map<String, Value>) -> Value {
    let simple = schema.get("$ref").is_some()
        || schema.get("x-rust-type").is_some()
        || matches!(
            schema.get("type").and_then(Value::as_str),
            Some("boolean" | "integer")
        )
        || schema == json!({"type": "string"});
    if simple {
        schema
    } else {
        hoisted.insert(stem.to_string(), schema);
        json!({ "$ref": format!("#/$defs/{stem}") })
    }
}

fn rewrite(node: &Value, stem: &str, hoisted: &mut Map<String, Value>) -> Value {
    let Some(obj) = node.as_object() else {
        return node.clone();
    };
    if obj.contains_key("$ref") {
        return node.clone();
    }
    let description = obj.get("description");
    let (ty, _nullable) = type_of(obj);
    let mut out = obj.clone();

    match ty.as_str() {
        "boolean" => {
            if obj.get("const") == Some(&Value::Bool(false)) {
                return rust_type("ConstFalse", vec![], description);
            }
            // The default is applied by the accessor, not invented on output.
            out.remove("default");
        }
        "string" => {
            if let Some(shared) = shared_enum(obj) {
                return rust_type(shared, vec![], description);
            }
            if let Some(c) = obj.get("const") {
                out.remove("const");
                out.insert("enum".to_string(), Value::Array(vec![c.clone()]));
            }
        }
        "integer"
            if obj.get("minimum") == Some(&json!(1))
                && obj.get("maximum") == Some(&json!(65535)) =>
        {
            return rust_type("Port", vec![], description);
        }
        "array" => {
            let items = obj.get("items").cloned().unwrap_or(json!({}));
            let item_stem = format!("{stem}Item");
            let items = rewrite(&items, &item_stem, hoisted);
            let unique = obj.get("uniqueItems") == Some(&Value::Bool(true));
            let non_empty = obj.get("minItems").and_then(Value::as_u64) == Some(1);
            let wrapper = match (non_empty, unique) {
                (false, false) => "List",
                (false, true) => "UniqueList",
                (true, false) => "NonEmptyList",
                (true, true) => "NonEmptyUniqueList",
            };
            let param = parameter(items, &item_stem, hoisted);
            return rust_type(wrapper, vec![param], description);
        }
        "object" => {
            if let Some(shared) = shared_flags(obj) {
                return rust_type(shared, vec![], description);
            }
            if let Some(Value::Object(props)) = obj.get("properties") {
                let required: Vec<&str> = obj
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| r.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let mut new_props = Map::new();
                for (name, prop) in props {
                    let prop_stem = format!("{stem}{}", camel(name));
                    let is_required = required.contains(&name.as_str());
                    new_props.insert(
                        name.clone(),
                        rewrite_property(prop, &prop_stem, is_required, hoisted),
                    );
                }
                out.insert("properties".to_string(), Value::Object(new_props));
            } else if obj.get("additionalProperties") == Some(&json!({"type": "string"})) {
                return rust_type("StringMap", vec![], description);
            }
        }
        _ => {}
    }
    Value::Object(out)
}

/// The shared wire enum of a string node whose `enum` is exactly one of the
/// shared vocabularies (`src/contracts/vocabulary.rs`), values and order.
fn shared_enum(obj: &Map<String, Value>) -> Option<&'static str> {
    let values: Vec<&str> = obj
        .get("enum")?
        .as_array()?
        .iter()
        .map(Value::as_str)
        .collect::<Option<_>>()?;
    [
        ("Profile", PROFILES),
        ("VolumeClass", VOLUME_CLASSES),
        ("PodType", POD_TYPES),
        ("Surface", SURFACES),
        ("Accelerator", ACCELERATORS),
        ("AccessMode", ACCESS_MODES),
        ("AdmissionStatus", ADMISSION_STATUSES),
        ("ReceiptKind", RECEIPT_KINDS),
        ("StorageBackend", STORAGE_BACKENDS),
        ("EncryptionMode", ENCRYPTION_MODES),
        ("Durability", DURABILITIES),
        ("EvictionPolicy", EVICTION_POLICIES),
        ("CachePurpose", CACHE_PURPOSES),
        ("Sensitivity", SENSITIVITIES),
        ("StorageTier", STORAGE_TIERS),
        ("SignalType", SIGNAL_TYPES),
    ]
    .into_iter()
    .find(|(_, list)| values == *list)
    .map(|(name, _)| name)
}

/// The shared wire struct of an object node that holds exactly the flags of
/// a shared `receiptSafety`, each required and `const: false`, and nothing
/// else.
fn shared_flags(obj: &Map<String, Value>) -> Option<&'static str> {
    let props = obj.get("properties")?.as_object()?;
    if obj.get("additionalProperties") != Some(&Value::Bool(false)) {
        return None;
    }
    let required: Vec<&str> = obj
        .get("required")?
        .as_array()?
        .iter()
        .map(Value::as_str)
        .collect::<Option<_>>()?;
    let all_const_false = props.values().all(|p| {
        p.get("type") == Some(&json!("boolean")) && p.get("const") == Some(&Value::Bool(false))
    });
    let mut names: Vec<&str> = props.keys().map(String::as_str).collect();
    names.sort_unstable();
    let mut required = required;
    required.sort_unstable();
    if !all_const_false || required != names {
        return None;
    }
    [
        ("ReceiptSafety", RECEIPT_SAFETY),
        ("ArtifactReceiptSafety", ARTIFACT_RECEIPT_SAFETY),
    ]
    .into_iter()
    .find(|(_, list)| names == *list)
    .map(|(name, _)| name)
}

/// An optional property whose type admits `null` becomes
/// `Option<Nullable<T>>`, keeping "absent" and "null" apart.
fn rewrite_property(
    prop: &Value,
    stem: &str,
    required: bool,
    hoisted: &mut Map<String, Value>,
) -> Value {
    let Some(obj) = prop.as_object() else {
        return prop.clone();
    };
    let (ty, nullable) = type_of(obj);
    if required || !nullable {
        return rewrite(prop, stem, hoisted);
    }
    let mut inner = obj.clone();
    inner.insert("type".to_string(), Value::String(ty));
    if let Some(Value::Array(values)) = inner.get("enum") {
        let values: Vec<Value> = values.iter().filter(|v| !v.is_null()).cloned().collect();
        inner.insert("enum".to_string(), Value::Array(values));
    }
    let description = inner.remove("description");
    let inner = rewrite(&Value::Object(inner), stem, hoisted);
    let param = parameter(inner, stem, hoisted);
    rust_type("Nullable", vec![param], description.as_ref())
}
