//! Derives the structural OpenAPI v3 schema of the AgentPod custom resource
//! from `contracts/agent-pod.schema.json`, so the CRD can never drift from
//! the contract.
//!
//! Kubernetes structural schemas differ from JSON Schema 2020-12: no `$schema`
//! or `$id`; `const` becomes a one-value `enum`; `["T", "null"]` becomes
//! `type: T` with `nullable: true`; `additionalProperties: false` is not allowed
//! (unknown fields are pruned instead); `uniqueItems: true` is not allowed
//! (Agent Machine validates the full contract before rendering anyway).

use serde_json::{Map, Value, json};

/// The CR's `openAPIV3Schema`: `spec` is the AgentPod minus `specVersion`
/// and `kind` (those are carried by the resource's apiVersion and kind).
pub fn agent_pod_crd_schema(contract: &Value) -> Value {
    let mut spec = structural(contract);
    if let Some(Value::Object(props)) = spec.get_mut("properties") {
        props.remove("specVersion");
        props.remove("kind");
    }
    if let Some(Value::Array(required)) = spec.get_mut("required") {
        required.retain(|r| r != "specVersion" && r != "kind");
    }
    json!({
        "type": "object",
        "description": "An AgentPod: a typed agent workload rendered by Agent Machine. Creating one is not authorization.",
        "properties": {
            "apiVersion": {"type": "string"},
            "kind": {"type": "string"},
            "metadata": {"type": "object"},
            "spec": spec
        },
        "required": ["spec"]
    })
}

fn structural(node: &Value) -> Value {
    let Some(obj) = node.as_object() else {
        return node.clone();
    };
    let mut out = Map::new();
    for (key, value) in obj {
        match key.as_str() {
            "$schema" | "$id" | "$defs" | "uniqueItems" => {}
            "additionalProperties" if value == &Value::Bool(false) => {}
            "const" => {
                out.insert("enum".into(), json!([value]));
            }
            "type" => match value {
                Value::Array(types) => {
                    let t = types
                        .iter()
                        .find(|t| *t != "null")
                        .cloned()
                        .unwrap_or(Value::Null);
                    out.insert("type".into(), t);
                    out.insert("nullable".into(), Value::Bool(true));
                }
                other => {
                    out.insert("type".into(), other.clone());
                }
            },
            "properties" => {
                let props: Map<String, Value> = value
                    .as_object()
                    .map(|m| m.iter().map(|(k, v)| (k.clone(), structural(v))).collect())
                    .unwrap_or_default();
                out.insert("properties".into(), Value::Object(props));
            }
            "items" | "additionalProperties" => {
                out.insert(key.clone(), structural(value));
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    Value::Object(out)
}
