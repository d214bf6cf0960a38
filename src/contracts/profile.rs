//! The typify-safe profile: the subset of JSON Schema draft 2020-12 that the
//! contracts may use.
//!
//! typify silently drops some keywords (`const`, bounds, `uniqueItems`…) and
//! panics on others. build.rs restores the dropped ones with the types of
//! `contracts::wire`; everything else is refused here, before typify runs,
//! with the schema file, the JSON pointer and the keyword, so a contract can
//! never lose a rule without anyone noticing. See `docs/contracts.md`.
//!
//! This file is also compiled into `build.rs`; it depends on `serde_json` only.

use serde_json::{Map, Value};

/// The dialect every contract declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// One construct outside the profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer to the schema node.
    pub pointer: String,
    /// The keyword at fault.
    pub keyword: String,
    /// What is wrong and what is allowed instead.
    pub message: String,
}

/// Every keyword a contract may use.
pub const KEYWORDS: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "const",
    "enum",
    "pattern",
    "minimum",
    "maximum",
    "minItems",
    "uniqueItems",
    "items",
    "default",
];

const PRIMITIVES: &[&str] = &["string", "integer", "boolean", "object", "array"];

/// Checks a whole contract (a root schema) against the profile.
pub fn check(schema: &Value) -> Vec<Violation> {
    let mut out = Vec::new();
    let Some(root) = schema.as_object() else {
        out.push(violation("", "type", "a contract is a JSON object"));
        return out;
    };
    match root.get("$schema").and_then(Value::as_str) {
        Some(DIALECT) => {}
        _ => out.push(violation(
            "",
            "$schema",
            &format!("every contract declares \"$schema\": \"{DIALECT}\""),
        )),
    }
    if root.get("type").and_then(Value::as_str) != Some("object") {
        out.push(violation(
            "",
            "type",
            "a contract's root is \"type\": \"object\"",
        ));
    }
    let defs = root.get("$defs").and_then(Value::as_object);
    node(schema, "", true, defs, &mut out);
    if let Some(defs) = defs {
        for (name, def) in defs {
            node(
                def,
                &format!("/$defs/{}", seg(name)),
                false,
                Some(defs),
                &mut out,
            );
        }
    }
    out
}

fn violation(pointer: &str, keyword: &str, message: &str) -> Violation {
    Violation {
        pointer: pointer.to_string(),
        keyword: keyword.to_string(),
        message: message.to_string(),
    }
}

fn seg(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// The schema's type: one primitive, optionally with `null`.
fn types(obj: &Map<String, Value>) -> Option<(String, bool)> {
    match obj.get("type")? {
        Value::String(t) => Some((t.clone(), false)),
        Value::Array(ts) if ts.len() == 2 => {
            let names: Vec<&str> = ts.iter().filter_map(Value::as_str).collect();
            match names.as_slice() {
                [t, "null"] | ["null", t] if *t != "null" => Some((t.to_string(), true)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn node(
    schema: &Value,
    ptr: &str,
    is_root: bool,
    defs: Option<&Map<String, Value>>,
    out: &mut Vec<Violation>,
) {
    let Some(obj) = schema.as_object() else {
        out.push(violation(
            ptr,
            "",
            "a schema here must be an object (boolean schemas are outside the profile)",
        ));
        return;
    };
    for key in obj.keys() {
        if !KEYWORDS.contains(&key.as_str()) {
            out.push(violation(
                ptr,
                key,
                &format!(
                    "keyword {key:?} is outside the typify-safe profile (allowed: {})",
                    KEYWORDS.join(", ")
                ),
            ));
        }
    }
    for root_only in ["$schema", "$id", "$defs"] {
        if !is_root && obj.contains_key(root_only) {
            out.push(violation(
                ptr,
                root_only,
                &format!("{root_only:?} is allowed at the root only"),
            ));
        }
    }

    if let Some(reference) = obj.get("$ref") {
        let target = reference.as_str().and_then(|r| r.strip_prefix("#/$defs/"));
        match target {
            Some(name) if defs.is_some_and(|d| d.contains_key(name)) => {}
            _ => out.push(violation(
                ptr,
                "$ref",
                "only local references to an existing \"#/$defs/<name>\" are allowed",
            )),
        }
        for key in obj.keys() {
            if !matches!(key.as_str(), "$ref" | "description" | "title") {
                out.push(violation(
                    ptr,
                    key,
                    "a \"$ref\" node carries no other rule (typify would drop it)",
                ));
            }
        }
        return;
    }

    let Some((ty, nullable)) = types(obj) else {
        out.push(violation(
            ptr,
            "type",
            "every schema has \"type\": one of string, integer, boolean, object, array — optionally as [\"<type>\", \"null\"] (\"number\" is outside the profile: contracts carry no floats)",
        ));
        return;
    };
    if !PRIMITIVES.contains(&ty.as_str()) {
        out.push(violation(
            ptr,
            "type",
            &format!("type {ty:?} is outside the profile (contracts carry no floats)"),
        ));
    }

    let allowed_for: &[&str] = match ty.as_str() {
        "string" => &["const", "enum", "pattern"],
        "integer" => &["minimum", "maximum"],
        "boolean" => &["const", "default"],
        "object" => &["properties", "required", "additionalProperties"],
        "array" => &["items", "minItems", "uniqueItems"],
        _ => &[],
    };
    for key in obj.keys() {
        let generic = matches!(
            key.as_str(),
            "$schema" | "$id" | "$defs" | "title" | "description" | "type"
        );
        if !generic && KEYWORDS.contains(&key.as_str()) && !allowed_for.contains(&key.as_str()) {
            out.push(violation(
                ptr,
                key,
                &format!("keyword {key:?} does not apply to type {ty:?} in this profile"),
            ));
        }
    }

    if let Some(c) = obj.get("const") {
        let ok = match ty.as_str() {
            "boolean" => c == &Value::Bool(false) && !nullable,
            "string" => c.is_string() && !nullable,
            _ => false,
        };
        if !ok {
            out.push(violation(ptr, "const", "\"const\" is supported as boolean false (a safety flag) or a string, on a non-nullable type"));
        }
    }
    if let Some(d) = obj.get("default")
        && (!d.is_boolean() || nullable)
    {
        out.push(violation(
            ptr,
            "default",
            "\"default\" is supported on non-nullable booleans only",
        ));
    }
    if let Some(e) = obj.get("enum") {
        let ok = e.as_array().is_some_and(|vals| {
            !vals.is_empty()
                && vals
                    .iter()
                    .all(|v| v.is_string() || (nullable && v.is_null()))
        });
        if !ok {
            out.push(violation(
                ptr,
                "enum",
                "\"enum\" is a non-empty list of strings (and null when the type is nullable)",
            ));
        }
    }
    if obj.contains_key("pattern") && !obj["pattern"].is_string() {
        out.push(violation(ptr, "pattern", "\"pattern\" is a string"));
    }

    if ty == "integer" {
        let min = obj.get("minimum").map(|v| v.as_i64());
        let max = obj.get("maximum").map(|v| v.as_i64());
        let ok = match (min, max) {
            (None, None) | (Some(Some(0)), None) | (Some(Some(1)), None) => true,
            (Some(Some(1)), Some(Some(65535))) => !nullable,
            _ => false,
        };
        if !ok {
            out.push(violation(ptr, if max.is_some() { "maximum" } else { "minimum" },
                "integer bounds are supported as minimum 0, minimum 1, or a port (minimum 1 and maximum 65535, not nullable)"));
        }
    }

    if ty == "array" {
        if nullable {
            out.push(violation(
                ptr,
                "type",
                "a nullable array is outside the profile",
            ));
        }
        match obj.get("items") {
            Some(items @ Value::Object(_)) => {
                node(items, &format!("{ptr}/items"), false, defs, out)
            }
            _ => out.push(violation(
                ptr,
                "items",
                "an array declares \"items\" as one schema",
            )),
        }
        if let Some(m) = obj.get("minItems")
            && !matches!(m.as_u64(), Some(0 | 1))
        {
            out.push(violation(
                ptr,
                "minItems",
                "\"minItems\" is supported as 0 or 1",
            ));
        }
        if let Some(u) = obj.get("uniqueItems")
            && !u.is_boolean()
        {
            out.push(violation(
                ptr,
                "uniqueItems",
                "\"uniqueItems\" is a boolean",
            ));
        }
    }

    if ty == "object" {
        if nullable {
            out.push(violation(
                ptr,
                "type",
                "a nullable object is outside the profile",
            ));
        }
        let props = obj.get("properties");
        match (props, obj.get("additionalProperties")) {
            (Some(Value::Object(props)), Some(Value::Bool(false))) => {
                for (name, prop) in props {
                    node(
                        prop,
                        &format!("{ptr}/properties/{}", seg(name)),
                        false,
                        defs,
                        out,
                    );
                }
                if let Some(req) = obj.get("required") {
                    let ok = req.as_array().is_some_and(|r| {
                        r.iter()
                            .all(|n| n.as_str().is_some_and(|n| props.contains_key(n)))
                    });
                    if !ok {
                        out.push(violation(
                            ptr,
                            "required",
                            "\"required\" lists names declared in \"properties\"",
                        ));
                    }
                }
            }
            (Some(_), _) => out.push(violation(
                ptr,
                "additionalProperties",
                "an object with \"properties\" is closed: \"additionalProperties\": false",
            )),
            (None, None) => {
                if obj.contains_key("required") {
                    out.push(violation(
                        ptr,
                        "required",
                        "\"required\" needs \"properties\"",
                    ));
                }
            }
            (None, Some(ap)) => {
                if ap != &serde_json::json!({"type": "string"}) {
                    out.push(violation(ptr, "additionalProperties", "a map is {\"additionalProperties\": {\"type\": \"string\"}} (string → string)"));
                }
            }
        }
        if is_root && props.is_none() {
            out.push(violation(
                ptr,
                "properties",
                "a contract's root declares its properties",
            ));
        }
    }
}

/// What a contract says it is: its file stem, `kind`, `specVersion` and `$id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    /// The file stem (`agent-pod` for `agent-pod.schema.json`).
    pub slug: String,
    /// The `kind` const.
    pub kind: String,
    /// The `specVersion` const.
    pub version: String,
    /// The `$id`.
    pub id: String,
}

/// The identity rule of every contract, the one implementation (the build
/// script and the release gate both call it): `kind` is a string const equal
/// to the title, `specVersion` a string const, `$id` is
/// `urn:srcos:agent-machine:schema:<file stem>:v<specVersion>`, and an
/// archived contract's `specVersion` is its folder's version. `file_name` is
/// the schema's file name; `archived`, the version its folder names.
pub fn identity(
    schema: &Value,
    file_name: &str,
    archived: Option<&str>,
) -> (Identity, Vec<Violation>) {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let slug = file_name.trim_end_matches(".schema.json").to_string();
    let title = text(&schema["title"]);
    let kind = text(&schema["properties"]["kind"]["const"]);
    let version = text(&schema["properties"]["specVersion"]["const"]);
    let id = text(&schema["$id"]);
    let expected_id = format!("urn:srcos:agent-machine:schema:{slug}:v{version}");
    let mut violations = Vec::new();
    let mut violation = |pointer: &str, keyword: &str, message: String| {
        violations.push(Violation {
            pointer: pointer.to_string(),
            keyword: keyword.to_string(),
            message,
        });
    };
    if kind.is_empty() || kind != title {
        violation(
            "/properties/kind",
            "const",
            format!("\"kind\" must be a string const equal to the title {title:?}"),
        );
    }
    if version.is_empty() {
        violation(
            "/properties/specVersion",
            "const",
            "\"specVersion\" must be a string const".to_string(),
        );
    }
    if id != expected_id {
        violation(
            "/$id",
            "$id",
            format!("is {id:?}, the file name and specVersion say {expected_id:?}"),
        );
    }
    if let Some(folder) = archived
        && folder != version
    {
        violation(
            "/properties/specVersion",
            "const",
            format!("is {version:?}, the folder says {folder:?}"),
        );
    }
    (
        Identity {
            slug,
            kind,
            version,
            id,
        },
        violations,
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn contract(properties: Value) -> Value {
        json!({
            "$schema": DIALECT,
            "$id": "urn:srcos:agent-machine:schema:x:v0.1.0",
            "title": "X",
            "type": "object",
            "properties": properties,
            "additionalProperties": false
        })
    }

    fn first(schema: &Value) -> (String, String) {
        let v = check(schema);
        assert!(!v.is_empty(), "expected a violation");
        (v[0].pointer.clone(), v[0].keyword.clone())
    }

    #[test]
    fn every_shipped_contract_is_inside_the_profile() {
        for kind in crate::contracts::Kind::ALL {
            let schema: Value = serde_json::from_str(kind.info().schema).unwrap();
            assert_eq!(check(&schema), vec![], "{}", kind.info().file);
        }
    }

    #[test]
    fn combinators_and_unknown_keywords_are_refused_with_pointer_and_keyword() {
        let s = contract(json!({"a": {"type": "string", "format": "date-time"}}));
        assert_eq!(first(&s), ("/properties/a".into(), "format".into()));
        let s = contract(json!({"a": {"oneOf": [{"type": "string"}]}}));
        assert_eq!(
            check(&s)
                .iter()
                .map(|v| v.keyword.as_str())
                .collect::<Vec<_>>(),
            ["oneOf", "type"]
        );
    }

    #[test]
    fn floats_remote_refs_and_true_consts_are_refused() {
        assert_eq!(first(&contract(json!({"a": {"type": "number"}}))).1, "type");
        assert_eq!(
            first(&contract(
                json!({"a": {"$ref": "https://example.com/s.json"}})
            ))
            .1,
            "$ref"
        );
        assert_eq!(
            first(&contract(json!({"a": {"type": "boolean", "const": true}}))).1,
            "const"
        );
    }

    #[test]
    fn open_objects_and_unsupported_bounds_are_refused() {
        let s = contract(json!({"a": {"type": "object", "properties": {"b": {"type": "string"}}}}));
        assert_eq!(
            first(&s),
            ("/properties/a".into(), "additionalProperties".into())
        );
        assert_eq!(
            first(&contract(json!({"a": {"type": "integer", "minimum": 5}}))).1,
            "minimum"
        );
        assert_eq!(
            first(&contract(
                json!({"a": {"type": "array", "items": {"type": "string"}, "minItems": 2}})
            ))
            .1,
            "minItems"
        );
    }

    #[test]
    fn the_supported_constructs_pass() {
        let s = contract(json!({
            "flag": {"type": "boolean", "const": false},
            "port": {"type": "integer", "minimum": 1, "maximum": 65535},
            "refs": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "minItems": 1},
            "maybe": {"type": ["string", "null"], "enum": ["a", null]},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "loose": {"type": "object"}
        }));
        assert_eq!(check(&s), vec![]);
    }
}
