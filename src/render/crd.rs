//! The AgentPod as a Kubernetes custom resource, with its
//! CustomResourceDefinition `agentpods.agent-machine.sourceos.dev`.
//!
//! The CRD's structural schema is derived from `contracts/agent-pod.schema.json`
//! at build time (`build/crd_schema.rs`), so the two cannot drift apart.

use std::collections::BTreeMap;

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::{
    CustomResourceDefinition, CustomResourceDefinitionNames, CustomResourceDefinitionSpec,
    CustomResourceDefinitionVersion, CustomResourceValidation, JSONSchemaProps,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde_json::{Value, json};

use crate::contracts::agent_pod::AgentPod;

use super::NOT_AUTHORIZATION;
use super::kubernetes::{
    DEFAULT_NAMESPACE, NOT_AUTHORIZATION_ANNOTATION, POD_ID_ANNOTATION, to_yaml_stream,
};
use crate::base::finding::Finding;
use crate::base::names;

/// The API group of the AgentPod resource.
pub const GROUP: &str = "agent-machine.sourceos.dev";
/// The served (and stored) version.
pub const VERSION: &str = "v1alpha1";

/// The CRD's `openAPIV3Schema`, derived from the AgentPod contract.
pub const SCHEMA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/agentpod_crd_schema.json"));

/// The CustomResourceDefinition.
pub fn definition() -> CustomResourceDefinition {
    let schema: JSONSchemaProps =
        serde_json::from_str(SCHEMA_JSON).expect("build.rs derives a valid structural schema");
    CustomResourceDefinition {
        metadata: ObjectMeta {
            name: Some(format!("agentpods.{GROUP}")),
            labels: Some(
                [(
                    "app.kubernetes.io/managed-by".to_string(),
                    "agent-machine".to_string(),
                )]
                .into(),
            ),
            ..ObjectMeta::default()
        },
        spec: CustomResourceDefinitionSpec {
            group: GROUP.into(),
            scope: "Namespaced".into(),
            names: CustomResourceDefinitionNames {
                kind: "AgentPod".into(),
                list_kind: Some("AgentPodList".into()),
                plural: "agentpods".into(),
                singular: Some("agentpod".into()),
                ..CustomResourceDefinitionNames::default()
            },
            versions: vec![CustomResourceDefinitionVersion {
                name: VERSION.into(),
                served: true,
                storage: true,
                schema: Some(CustomResourceValidation {
                    open_api_v3_schema: Some(schema),
                }),
                ..CustomResourceDefinitionVersion::default()
            }],
            ..CustomResourceDefinitionSpec::default()
        },
        status: None,
    }
}

/// Renders the CRD followed by the AgentPod custom resource.
pub fn render(pod: &AgentPod) -> Result<String, Finding> {
    let name = names::kubernetes_name(&pod.workload.name, "/workload/name")?;
    let namespace = match &pod.runtime.namespace {
        Some(ns) => names::kubernetes_name(ns, "/runtime/namespace")?,
        None => DEFAULT_NAMESPACE.to_string(),
    };
    let mut spec = serde_json::to_value(pod).expect("generated types serialize");
    if let Value::Object(map) = &mut spec {
        map.remove("specVersion");
        map.remove("kind");
    }
    let annotations: BTreeMap<&str, &str> = [
        (POD_ID_ANNOTATION, pod.id.as_str()),
        (NOT_AUTHORIZATION_ANNOTATION, NOT_AUTHORIZATION),
    ]
    .into();
    let resource = json!({
        "apiVersion": format!("{GROUP}/{VERSION}"),
        "kind": "AgentPod",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": {"app.kubernetes.io/managed-by": "agent-machine", "app.kubernetes.io/name": name},
            "annotations": annotations,
        },
        "spec": spec,
    });
    let crd = serde_json::to_value(definition()).expect("k8s-openapi objects serialize");
    to_yaml_stream(&[crd, resource])
}
