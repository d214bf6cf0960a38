//! The AgentPodDeploymentPlan: what would be deployed, where, under which
//! policy — never authorization, and producing it changes nothing.

use crate::contracts::agentpod_deployment_plan as p;
use crate::contracts::wire::{ConstFalse, List, NonEmptyList, Nullable, PodType, Surface};

use super::{Input, NOT_AUTHORIZATION};
use crate::rules::volumes::Resolved;

/// The fixed notes of every plan.
pub const NOTES: [&str; 2] = [
    "This plan is non-mutating: producing it started, wrote or mounted nothing.",
    NOT_AUTHORIZATION,
];

/// The deployment surface of a pod type.
pub fn surface(pod_type: PodType) -> Surface {
    use Surface as S;
    match pod_type {
        PodType::LocalPodmanQuadlet => S::QuadletContainer,
        PodType::LocalSystemd
        | PodType::LocalPodman
        | PodType::LocalDockerCompat
        | PodType::LocalBubblewrap => S::LocalRuntimePlan,
        PodType::KubernetesPod => S::KubernetesYaml,
        PodType::KubernetesCrd => S::AgentpodCrd,
    }
}

fn nullable(value: &Option<String>) -> Option<Nullable<String>> {
    Some(Nullable::from(value.clone()))
}

fn json_of<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("generated types serialize")
}

/// Renders the plan of `input` with its resolved storage.
pub fn render(input: &Input<'_>, storage: &[Resolved]) -> p::AgentPodDeploymentPlan {
    let pod = input.pod;
    let resources = match json_of(&pod.resources) {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("resources is an object"),
    };
    let ports = pod
        .ports
        .iter()
        .flat_map(|ports| ports.iter())
        .map(|port| match json_of(port) {
            serde_json::Value::Object(map) => p::AgentPodDeploymentPlanPortsItem(map),
            _ => unreachable!("a port is an object"),
        })
        .collect();
    let storage_resolution = storage
        .iter()
        .map(|s| p::AgentPodDeploymentPlanStorageResolutionItem {
            cache_tier_id: s.cache_tier_id.clone(),
            volume_class: s.volume_class.map(|c| c.to_string()),
            mount_path: s.mount_path.clone(),
            host_path: nullable(&s.host_path),
            pvc_name: nullable(&s.pvc_name),
            storage_class_name: nullable(&s.storage_class_name),
            access_mode: s.access_mode.to_string(),
            sensitive: s.sensitive,
        })
        .collect();
    p::AgentPodDeploymentPlan {
        spec_version: p::AgentPodDeploymentPlanSpecVersion::X010,
        kind: p::AgentPodDeploymentPlanKind::AgentPodDeploymentPlan,
        generator: p::AgentPodDeploymentPlanGenerator {
            name: crate::GENERATOR_NAME.to_string(),
            version: crate::VERSION.to_string(),
        },
        source: p::AgentPodDeploymentPlanSource {
            path: input.source.path.clone(),
            agent_pod_id: pod
                .id
                .as_str()
                .try_into()
                .expect("the pod id pattern is the same"),
            digest: input
                .source
                .digest
                .as_str()
                .try_into()
                .expect("a digest we computed"),
        },
        target: p::AgentPodDeploymentPlanTarget {
            pod_type: pod.pod_type,
            surface: surface(pod.pod_type),
            profile: pod.profile,
        },
        workload: p::AgentPodDeploymentPlanWorkload {
            name: pod.workload.name.clone(),
            purpose: pod.workload.purpose.to_string(),
            agent_identity_required: pod.workload.agent_identity_required,
            agent_identity_ref: nullable(&pod.workload.agent_identity_ref),
            workroom_ref: nullable(&pod.workload.workroom_ref),
            topic_ref: nullable(&pod.workload.topic_ref),
        },
        runtime: p::AgentPodDeploymentPlanRuntime {
            mode: pod.runtime.mode.to_string(),
            image_or_command: pod.runtime.image_or_command.clone(),
            network_mode: pod.runtime.network_mode.to_string(),
            restart_policy: pod.runtime.restart_policy.to_string(),
            namespace: nullable(&pod.runtime.namespace),
            service_account_name: nullable(&pod.runtime.service_account_name),
        },
        resources,
        storage_resolution: List::new(storage_resolution).expect("a plain list"),
        ports: List::new(ports).expect("a plain list"),
        policy: p::AgentPodDeploymentPlanPolicy {
            policy_fabric_required: pod.policy.policy_fabric_required,
            agent_registry_required: pod.policy.agent_registry_required,
            network_policy_required: pod.policy.network_policy_required,
            egress_policy_required: pod.policy.egress_policy_required,
            allow_privileged: ConstFalse,
            allow_host_network: pod.policy.allow_host_network,
            allow_secret_in_spec: ConstFalse,
        },
        receipts: p::AgentPodDeploymentPlanReceipts {
            required: pod.receipts.required,
            emit_placement: pod.receipts.emit_placement,
            emit_storage: pod.receipts.emit_storage,
            emit_runtime: pod.receipts.emit_runtime,
            include_raw_content: ConstFalse,
        },
        notes: NonEmptyList::new(
            NOTES
                .iter()
                .map(|n| n.to_string())
                .chain(super::source_contract_note(pod))
                .chain(runtime_notes(pod))
                .collect(),
        )
        .expect("two notes"),
    }
}

/// What the plan's v0.1.0 `runtime` object has no field for, as notes: the
/// v0.2.0 environment (names only: values are in the artifact), secrets by
/// reference (never a value), shared memory and the health check.
fn runtime_notes(pod: &crate::contracts::AgentPod) -> Vec<String> {
    let runtime = &pod.runtime;
    let mut out = Vec::new();
    let env: Vec<&str> = runtime
        .env
        .iter()
        .flat_map(|e| e.iter())
        .map(|v| v.name.as_str())
        .collect();
    if !env.is_empty() {
        out.push(format!("Environment: {}.", env.join(", ")));
    }
    let secrets: Vec<String> = runtime
        .secret_refs
        .iter()
        .flat_map(|e| e.iter())
        .map(|s| format!("{} from secret {}", s.target.as_str(), s.name.as_str()))
        .collect();
    if !secrets.is_empty() {
        out.push(format!(
            "Secrets by reference (values are never recorded): {}.",
            secrets.join(", ")
        ));
    }
    if let Some(shm) = runtime.shm_size_bytes {
        out.push(format!("Shared memory (/dev/shm): {shm} bytes."));
    }
    if let Some(health) = &runtime.health {
        out.push(format!(
            "Health: HTTP GET {} on port {}.",
            health.http_path.as_str(),
            health.port
        ));
    }
    out
}
