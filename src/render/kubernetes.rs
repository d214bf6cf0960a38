//! Kubernetes manifests for `kubernetes-pod` pods, built from typed
//! `k8s-openapi` structs (stable v1 APIs only) and emitted as one
//! multi-document YAML stream.
//!
//! Documents, in order: Namespace (Pod Security Admission `restricted`
//! enforced, warned and audited), ServiceAccount (no token automount), one
//! PersistentVolumeClaim per storage item, the Pod (Pod Security Standards
//! `restricted`), a ClusterIP Service for the ports with exposure `cluster`,
//! and NetworkPolicies: deny all ingress and egress by default, allow ingress
//! to the service ports only.
//!
//! Exposure in Kubernetes: `cluster` ports are in the Service; `none` and
//! `loopback` ports stay inside the pod; `host`, `ingress` and
//! `policy-managed` are refused (wider exposure needs an admission).
//!
//! Restart policy `policy-managed` becomes `restartPolicy: Always`, with the
//! contract value kept in the Pod annotation [`RESTART_POLICY_ANNOTATION`]
//! (see [`restart_policy`]). Port names that are not IANA service names are
//! mapped by [`names::kubernetes_port_names`]; the container port, the Service
//! port and its `targetPort` all carry the mapped name, and the Pod and the
//! Service record `mapped → original` in [`PORT_NAMES_ANNOTATION`].

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{
    Capabilities, Container, ContainerPort, EmptyDirVolumeSource, EnvVar, EnvVarSource,
    HTTPGetAction, Namespace, PersistentVolumeClaim, PersistentVolumeClaimSpec,
    PersistentVolumeClaimVolumeSource, Pod, PodSecurityContext, PodSpec, Probe,
    ResourceRequirements, SeccompProfile, SecretKeySelector, SecurityContext, Service,
    ServiceAccount, ServicePort, ServiceSpec, Volume, VolumeMount, VolumeResourceRequirements,
};
use k8s_openapi::api::networking::v1::{
    NetworkPolicy, NetworkPolicyIngressRule, NetworkPolicyPort, NetworkPolicySpec,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde_json::Value;

use crate::contracts::agent_pod::{
    AgentPod, AgentPodPortsItemExposure, AgentPodRuntimeRestartPolicy,
};

use super::NOT_AUTHORIZATION;
use crate::base::finding::Finding;
use crate::base::names;
use crate::base::rule::{self, Rule};
use crate::contracts::wire::VolumeClass;
use crate::rules::accelerators::Accelerators;
use crate::rules::posture::Posture;
use crate::rules::semantics::CheckedPod;
use crate::rules::volumes::Resolved;

/// The namespace used when the pod names none.
pub const DEFAULT_NAMESPACE: &str = "agent-machine";
/// The storage class used when neither the pod nor its CacheTier names one.
pub const DEFAULT_STORAGE_CLASS: &str = "topolvm-provisioner";
/// The user and group every container runs as (non-root, above 10000).
pub const RUN_AS_ID: i64 = 65532;
/// Annotation carrying the AgentPod id (ids contain `:`, not allowed in labels).
pub const POD_ID_ANNOTATION: &str = "agent-machine.sourceos.dev/agent-pod-id";
/// Annotation stating that the manifests are not authorization.
pub const NOT_AUTHORIZATION_ANNOTATION: &str = "agent-machine.sourceos.dev/authorization";
/// Pod annotation keeping the contract's restart policy when Kubernetes has
/// no equivalent (`policy-managed`).
pub const RESTART_POLICY_ANNOTATION: &str = "agent-machine.sourceos.dev/restart-policy";
/// Pod and Service annotation recording the contract name of every port whose
/// name was mapped: a JSON object `{"<mapped>": "<original>", …}`, keys sorted.
pub const PORT_NAMES_ANNOTATION: &str = "agent-machine.sourceos.dev/port-names";

/// A value as Kubernetes passes it on: the kubelet expands `$(NAME)` in a
/// container's `args` and `env[].value` and reduces `$$` to `$`, so every
/// `$` is written `$$` and the process receives exactly what the AgentPod
/// says — as under Podman, which expands nothing (an argument cannot pull a
/// secret variable into the command line, where any process listing shows it).
pub fn literal(value: &str) -> String {
    value.replace('$', "$$")
}

/// What the kubelet makes of a rendered `args` or `env[].value` string: the
/// inverse of [`literal`] (used by the tests and the fuzz oracles).
pub fn expanded(value: &str) -> String {
    value.replace("$$", "$")
}

/// Seconds between two startup or liveness checks.
pub const PROBE_PERIOD_SECONDS: i32 = 10;
/// Seconds between two readiness checks.
pub const READINESS_PERIOD_SECONDS: i32 = 5;
/// Failed liveness checks in a row before the kubelet restarts the container.
pub const LIVENESS_FAILURES: i32 = 3;
/// `runtime.health.startupSeconds` when the pod does not say.
pub const DEFAULT_STARTUP_SECONDS: u64 = 300;

/// The startup, liveness and readiness probes of `runtime.health`: the same
/// HTTP GET on the named port. The startup probe allows `startupSeconds`
/// (loading a model takes minutes); liveness is judged only after it passed,
/// so a slow start is never killed as a hang.
fn probes(pod: &AgentPod, port_names: &[(usize, String, String)]) -> Option<[Probe; 3]> {
    let health = pod.runtime.health.as_ref()?;
    let (_, _, port) = port_names
        .iter()
        .find(|(_, original, _)| *original == health.port)?;
    let get = HTTPGetAction {
        path: Some(health.http_path.as_str().to_string()),
        port: IntOrString::String(port.clone()),
        ..HTTPGetAction::default()
    };
    let startup_seconds = health
        .startup_seconds
        .map_or(DEFAULT_STARTUP_SECONDS, |s| s.get());
    let startup_failures = startup_seconds.div_ceil(PROBE_PERIOD_SECONDS as u64);
    let probe = |period: i32, failures: u64| Probe {
        http_get: Some(get.clone()),
        period_seconds: Some(period),
        failure_threshold: Some(i32::try_from(failures).unwrap_or(i32::MAX)),
        ..Probe::default()
    };
    Some([
        probe(PROBE_PERIOD_SECONDS, startup_failures),
        probe(PROBE_PERIOD_SECONDS, LIVENESS_FAILURES as u64),
        probe(READINESS_PERIOD_SECONDS, 1),
    ])
}

/// The Pod `restartPolicy` of a contract restart policy, and whether the
/// contract value must be kept in [`RESTART_POLICY_ANNOTATION`].
///
/// `policy-managed` means the policy layer decides whether the workload runs:
/// activation applies the Pod, deactivation deletes it. Kubernetes has no such
/// value; `Always` is the one that fits a long-running provider the policy
/// layer has activated — the kubelet restarts the same admitted container
/// (same image, mounts and posture, so nothing is widened) and never brings
/// back a Pod the policy layer deleted. The Quadlet renderer maps it the same
/// way (`Restart=always`).
pub fn restart_policy(policy: AgentPodRuntimeRestartPolicy) -> (&'static str, bool) {
    match policy {
        AgentPodRuntimeRestartPolicy::Never => ("Never", false),
        AgentPodRuntimeRestartPolicy::OnFailure => ("OnFailure", false),
        AgentPodRuntimeRestartPolicy::Always => ("Always", false),
        AgentPodRuntimeRestartPolicy::PolicyManaged => ("Always", true),
    }
}

/// The pod's ports as `(index, contract name, Kubernetes name)`, in order.
pub fn port_names(pod: &AgentPod) -> Vec<(usize, String, String)> {
    let originals: Vec<&str> = pod
        .ports
        .iter()
        .flat_map(|p| p.iter())
        .map(|p| p.name.as_str())
        .collect();
    names::kubernetes_port_names(&originals)
        .into_iter()
        .zip(&originals)
        .enumerate()
        .map(|(i, (mapped, original))| (i, original.to_string(), mapped))
        .collect()
}

/// The [`PORT_NAMES_ANNOTATION`] value: `None` when no name was mapped.
pub fn port_names_annotation(pod: &AgentPod) -> Option<String> {
    let mapped: BTreeMap<String, String> = port_names(pod)
        .into_iter()
        .filter(|(_, original, mapped)| original != mapped)
        .map(|(_, original, mapped)| (mapped, original))
        .collect();
    (!mapped.is_empty())
        .then(|| serde_json::to_string(&mapped).expect("a map of strings serializes"))
}

/// The PVC size when the CacheTier gives no quota, per volume class.
pub fn default_size(volume_class: Option<VolumeClass>) -> &'static str {
    use VolumeClass as C;
    match volume_class {
        Some(C::AgentModels) => "100Gi",
        Some(C::AgentCacheHot | C::AgentCacheWarm) => "50Gi",
        Some(C::AgentCacheCold) => "100Gi",
        Some(C::AgentEvidence) => "1Gi",
        Some(C::AgentScratch | C::AgentArtifacts) => "10Gi",
        _ => "10Gi",
    }
}

/// A byte count as a Kubernetes quantity, in the largest exact binary unit.
pub fn bytes_quantity(bytes: u64) -> String {
    for (unit, size) in [
        ("Ti", 1u64 << 40),
        ("Gi", 1 << 30),
        ("Mi", 1 << 20),
        ("Ki", 1 << 10),
    ] {
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{}{unit}", bytes / size);
        }
    }
    bytes.to_string()
}

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Renders the manifests as one YAML stream.
pub fn render(
    pod: &AgentPod,
    checked: &CheckedPod,
    storage: &[Resolved],
    accelerators: &Accelerators,
    posture: &Posture,
) -> Result<String, Finding> {
    let docs = documents(pod, checked, storage, accelerators, posture)?;
    to_yaml_stream(&docs)
}

/// Serializes documents as a multi-document YAML stream.
pub fn to_yaml_stream(docs: &[Value]) -> Result<String, Finding> {
    serde_saphyr::to_string_multiple(docs).map_err(|e| {
        Finding::new(
            "",
            Rule::Render(rule::Render::Yaml),
            format!("cannot serialize the manifests: {e}"),
        )
    })
}

/// The manifests as JSON values, in stream order.
pub fn documents(
    pod: &AgentPod,
    checked: &CheckedPod,
    storage: &[Resolved],
    accelerators: &Accelerators,
    posture: &Posture,
) -> Result<Vec<Value>, Finding> {
    let name = names::kubernetes_name(&pod.workload.name, "/workload/name")?;
    // A typed namespace: never default, kube-*, openshift or openshift-* (crate::base::grammar).
    let namespace = checked
        .namespace
        .as_ref()
        .map_or(DEFAULT_NAMESPACE, |ns| ns.as_str())
        .to_string();
    let service_account = match &pod.runtime.service_account_name {
        Some(sa) => {
            if !names::is_dns1123_subdomain(sa) {
                return Err(Finding::new(
                    "/runtime/serviceAccountName",
                    Rule::Render(rule::Render::Dns1123Subdomain),
                    format!("{sa:?} is not a Kubernetes name"),
                ));
            }
            sa.clone()
        }
        None => name.clone(),
    };
    let (restart, keep_restart) = restart_policy(pod.runtime.restart_policy);
    let port_names = port_names(pod);
    let port_names_annotation = port_names_annotation(pod);

    let selector = labels(&[
        ("app.kubernetes.io/name", &name),
        ("app.kubernetes.io/instance", &name),
    ]);
    let common = {
        let mut l = selector.clone();
        l.insert(
            "app.kubernetes.io/managed-by".into(),
            "agent-machine".into(),
        );
        l
    };
    let annotations: BTreeMap<String, String> = [
        (POD_ID_ANNOTATION.to_string(), pod.id.as_str().to_string()),
        (
            NOT_AUTHORIZATION_ANNOTATION.to_string(),
            NOT_AUTHORIZATION.to_string(),
        ),
    ]
    .into();
    let meta = |object_name: &str| ObjectMeta {
        name: Some(object_name.to_string()),
        namespace: Some(namespace.clone()),
        labels: Some(common.clone()),
        annotations: Some(annotations.clone()),
        ..ObjectMeta::default()
    };

    let mut docs: Vec<Value> = Vec::new();
    let mut push =
        |v: Result<Value, serde_json::Error>| docs.push(v.expect("k8s-openapi objects serialize"));

    // Namespace with Pod Security Admission `restricted`.
    let mut ns_labels = common.clone();
    for mode in ["enforce", "warn", "audit"] {
        ns_labels.insert(
            format!("pod-security.kubernetes.io/{mode}"),
            "restricted".into(),
        );
        ns_labels.insert(
            format!("pod-security.kubernetes.io/{mode}-version"),
            "latest".into(),
        );
    }
    push(serde_json::to_value(Namespace {
        metadata: ObjectMeta {
            name: Some(namespace.clone()),
            labels: Some(ns_labels),
            annotations: Some(annotations.clone()),
            ..ObjectMeta::default()
        },
        ..Namespace::default()
    }));

    push(serde_json::to_value(ServiceAccount {
        metadata: meta(&service_account),
        automount_service_account_token: Some(false),
        ..ServiceAccount::default()
    }));

    // One PVC per storage item.
    let mut volumes = vec![Volume {
        name: "tmp".into(),
        empty_dir: Some(EmptyDirVolumeSource {
            medium: Some("Memory".into()),
            size_limit: Some(Quantity("256Mi".into())),
        }),
        ..Volume::default()
    }];
    let mut mounts = vec![VolumeMount {
        name: "tmp".into(),
        mount_path: "/tmp".into(),
        ..VolumeMount::default()
    }];
    // Shared memory (v0.2.0): a memory-backed emptyDir of the asked size
    // over /dev/shm, as Kubernetes has no shm setting of its own.
    if let Some(shm) = pod.runtime.shm_size_bytes {
        volumes.push(Volume {
            name: "shm".into(),
            empty_dir: Some(EmptyDirVolumeSource {
                medium: Some("Memory".into()),
                size_limit: Some(Quantity(bytes_quantity(shm.get()))),
            }),
            ..Volume::default()
        });
        mounts.push(VolumeMount {
            name: "shm".into(),
            mount_path: "/dev/shm".into(),
            ..VolumeMount::default()
        });
    }
    let mut claims = BTreeMap::new();
    for s in storage {
        let claim = match &s.pvc_name {
            Some(pvc) => names::kubernetes_name(pvc, &format!("{}/pvcName", s.pointer()))?,
            None => {
                let class = s.volume_class.map_or("volume", VolumeClass::as_str);
                names::kubernetes_name(
                    &format!("{name}-{class}"),
                    &format!("{}/pvcName", s.pointer()),
                )?
            }
        };
        if let Some(first) = claims.insert(claim.clone(), s.index) {
            return Err(Finding::new(
                format!("{}/pvcName", s.pointer()),
                Rule::Pod(rule::Pod::UniqueStorageSource),
                format!(
                    "this item's claim is already mounted by /storage/{first}; name its pvcName"
                ),
            ));
        }
        let read_only = s.read_only() || s.is_models();
        let size = s
            .size_bytes
            .map_or_else(|| default_size(s.volume_class).to_string(), bytes_quantity);
        let storage_class = s
            .storage_class_name
            .clone()
            .unwrap_or_else(|| DEFAULT_STORAGE_CLASS.to_string());
        push(serde_json::to_value(PersistentVolumeClaim {
            metadata: meta(&claim),
            spec: Some(PersistentVolumeClaimSpec {
                access_modes: Some(vec!["ReadWriteOnce".into()]),
                storage_class_name: Some(storage_class),
                resources: Some(VolumeResourceRequirements {
                    requests: Some([("storage".to_string(), Quantity(size))].into()),
                    ..VolumeResourceRequirements::default()
                }),
                ..PersistentVolumeClaimSpec::default()
            }),
            ..PersistentVolumeClaim::default()
        }));
        let volume_name = format!("storage-{}", s.index);
        volumes.push(Volume {
            name: volume_name.clone(),
            persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource {
                claim_name: claim,
                read_only: Some(read_only),
            }),
            ..Volume::default()
        });
        mounts.push(VolumeMount {
            name: volume_name,
            mount_path: s.mount_path.clone(),
            read_only: Some(read_only),
            ..VolumeMount::default()
        });
    }

    // Ports: which are served, which stay inside.
    let mut container_ports = Vec::new();
    let mut node_port = false;
    let mut service_ports = Vec::new();
    for (port, (i, _, port_name)) in pod.ports.iter().flat_map(|p| p.iter()).zip(&port_names) {
        let i = *i;
        container_ports.push(ContainerPort {
            name: Some(port_name.clone()),
            container_port: i32::from(port.container_port.get()),
            protocol: Some("TCP".into()),
            ..ContainerPort::default()
        });
        match port.exposure {
            AgentPodPortsItemExposure::None | AgentPodPortsItemExposure::Loopback => {}
            AgentPodPortsItemExposure::Host if posture.admits("host") => {
                node_port = true;
                service_ports.push(ServicePort {
                    name: Some(port_name.clone()),
                    port: i32::from(port.container_port.get()),
                    target_port: Some(IntOrString::String(port_name.clone())),
                    protocol: Some("TCP".into()),
                    ..ServicePort::default()
                });
            }
            AgentPodPortsItemExposure::Cluster => service_ports.push(ServicePort {
                name: Some(port_name.clone()),
                port: i32::from(port.container_port.get()),
                target_port: Some(IntOrString::String(port_name.clone())),
                protocol: Some("TCP".into()),
                ..ServicePort::default()
            }),
            other => {
                return Err(Finding::new(
                    format!("/ports/{i}/exposure"),
                    Rule::Render(rule::Render::Exposure),
                    format!(
                        "exposure {other} is wider than a ClusterIP Service; only host exposure can be admitted (as a NodePort, with --admission)"
                    ),
                ));
            }
        }
    }

    let cpu = |q: crate::base::grammar::CpuQuantity| match q.millis() {
        m if m % 1000 == 0 => format!("{}", m / 1000),
        m => format!("{m}m"),
    };
    let resources = ResourceRequirements {
        requests: Some(
            [
                ("cpu".to_string(), Quantity(cpu(checked.cpu_request))),
                (
                    "memory".to_string(),
                    Quantity(bytes_quantity(pod.resources.memory_bytes.request)),
                ),
            ]
            .into(),
        ),
        // The required accelerators' extended resources (see accelerators.rs);
        // Kubernetes takes the request of an extended resource from its limit.
        limits: Some(
            [
                ("cpu".to_string(), Quantity(cpu(checked.cpu_limit))),
                (
                    "memory".to_string(),
                    Quantity(bytes_quantity(checked.memory_limit.bytes())),
                ),
            ]
            .into_iter()
            .chain(
                accelerators
                    .limits
                    .iter()
                    .map(|(name, n)| (name.to_string(), Quantity(n.to_string()))),
            )
            .collect(),
        ),
        ..ResourceRequirements::default()
    };

    let mut pod_labels = common.clone();
    if let Some(extra) = &pod.labels {
        for (k, v) in extra.iter() {
            if !is_label_key(k) || !is_label_value(v) {
                return Err(Finding::new(
                    format!("/labels/{}", crate::base::json::escape_pointer_segment(k)),
                    Rule::Render(rule::Render::Label),
                    format!("{k:?}: {v:?} is not a valid Kubernetes label"),
                ));
            }
            pod_labels.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }

    // The environment (v0.2.0): values as written (see `literal`), then the
    // secrets by reference, each read from the key named like its variable.
    let env: Vec<EnvVar> = pod
        .runtime
        .env
        .iter()
        .flat_map(|e| e.iter())
        .map(|var| EnvVar {
            name: var.name.as_str().to_string(),
            value: Some(literal(var.value.as_str())),
            ..EnvVar::default()
        })
        .chain(
            pod.runtime
                .secret_refs
                .iter()
                .flat_map(|e| e.iter())
                .map(|secret| EnvVar {
                    name: secret.target.as_str().to_string(),
                    value_from: Some(EnvVarSource {
                        secret_key_ref: Some(SecretKeySelector {
                            name: secret.name.as_str().to_string(),
                            key: secret.target.as_str().to_string(),
                            ..SecretKeySelector::default()
                        }),
                        ..EnvVarSource::default()
                    }),
                    ..EnvVar::default()
                }),
        )
        .collect();
    let [startup_probe, liveness_probe, readiness_probe] =
        probes(pod, &port_names).map_or([None, None, None], |p| p.map(Some));

    let container = Container {
        name: name.clone(),
        env: (!env.is_empty()).then_some(env),
        startup_probe,
        liveness_probe,
        readiness_probe,
        image: Some(checked.image.to_string()),
        image_pull_policy: Some("IfNotPresent".into()),
        command: checked
            .entrypoint
            .as_ref()
            .map(|e| vec![e.as_str().to_string()]),
        args: pod
            .runtime
            .args
            .as_ref()
            .map(|a| a.iter().map(|arg| literal(arg)).collect()),
        ports: (!container_ports.is_empty()).then_some(container_ports),
        resources: Some(resources),
        volume_mounts: Some(mounts),
        security_context: Some(SecurityContext {
            allow_privilege_escalation: Some(false),
            privileged: Some(false),
            read_only_root_filesystem: Some(true),
            run_as_non_root: Some(true),
            run_as_user: Some(RUN_AS_ID),
            run_as_group: Some(RUN_AS_ID),
            capabilities: Some(Capabilities {
                drop: Some(vec!["ALL".into()]),
                add: None,
            }),
            seccomp_profile: Some(SeccompProfile {
                type_: "RuntimeDefault".into(),
                ..SeccompProfile::default()
            }),
            ..SecurityContext::default()
        }),
        ..Container::default()
    };
    // The Pod and the Service keep what their fields cannot say: the
    // contract's restart policy and the original names of mapped ports.
    let with_annotations = |extra: &[(&str, Option<String>)]| {
        let mut all = annotations.clone();
        for (key, value) in extra {
            if let Some(value) = value {
                all.insert(key.to_string(), value.clone());
            }
        }
        Some(all)
    };
    push(serde_json::to_value(Pod {
        metadata: ObjectMeta {
            labels: Some(pod_labels),
            annotations: with_annotations(&[
                (
                    RESTART_POLICY_ANNOTATION,
                    keep_restart.then(|| pod.runtime.restart_policy.to_string()),
                ),
                (PORT_NAMES_ANNOTATION, port_names_annotation.clone()),
            ]),
            ..meta(&name)
        },
        spec: Some(PodSpec {
            service_account_name: Some(service_account.clone()),
            automount_service_account_token: Some(false),
            enable_service_links: Some(false),
            host_network: Some(false),
            host_pid: Some(false),
            host_ipc: Some(false),
            restart_policy: Some(restart.into()),
            security_context: Some(PodSecurityContext {
                run_as_non_root: Some(true),
                run_as_user: Some(RUN_AS_ID),
                run_as_group: Some(RUN_AS_ID),
                fs_group: Some(RUN_AS_ID),
                seccomp_profile: Some(SeccompProfile {
                    type_: "RuntimeDefault".into(),
                    ..SeccompProfile::default()
                }),
                ..PodSecurityContext::default()
            }),
            containers: vec![container],
            volumes: Some(volumes),
            ..PodSpec::default()
        }),
        ..Pod::default()
    }));

    if !service_ports.is_empty() {
        push(serde_json::to_value(Service {
            metadata: ObjectMeta {
                annotations: with_annotations(&[(
                    PORT_NAMES_ANNOTATION,
                    port_names_annotation.clone(),
                )]),
                ..meta(&name)
            },
            spec: Some(ServiceSpec {
                type_: Some(if node_port { "NodePort" } else { "ClusterIP" }.into()),
                selector: Some(selector.clone()),
                ports: Some(service_ports.clone()),
                ..ServiceSpec::default()
            }),
            ..Service::default()
        }));
    }

    push(serde_json::to_value(NetworkPolicy {
        metadata: meta(&format!("{name}-default-deny")),
        spec: Some(NetworkPolicySpec {
            pod_selector: Some(LabelSelector::default()),
            policy_types: Some(vec!["Ingress".into(), "Egress".into()]),
            ..NetworkPolicySpec::default()
        }),
    }));
    if !service_ports.is_empty() {
        push(serde_json::to_value(NetworkPolicy {
            metadata: meta(&format!("{name}-allow-service-ingress")),
            spec: Some(NetworkPolicySpec {
                pod_selector: Some(LabelSelector {
                    match_labels: Some(selector),
                    ..LabelSelector::default()
                }),
                policy_types: Some(vec!["Ingress".into()]),
                ingress: Some(vec![NetworkPolicyIngressRule {
                    ports: Some(
                        service_ports
                            .iter()
                            .map(|p| NetworkPolicyPort {
                                port: Some(IntOrString::Int(p.port)),
                                protocol: Some("TCP".into()),
                                ..NetworkPolicyPort::default()
                            })
                            .collect(),
                    ),
                    ..NetworkPolicyIngressRule::default()
                }]),
                ..NetworkPolicySpec::default()
            }),
        }));
    }
    Ok(docs)
}

/// A Kubernetes label key: optional DNS subdomain prefix and `/`, then a
/// name of at most 63 characters.
pub fn is_label_key(key: &str) -> bool {
    let (prefix, name) = match key.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    prefix.is_none_or(names::is_dns1123_subdomain) && is_label_value(name) && !name.is_empty()
}

/// A Kubernetes label value: at most 63 characters of alphanumerics, `-`,
/// `_` and `.`, starting and ending with an alphanumeric (or empty).
pub fn is_label_value(value: &str) -> bool {
    value.is_empty()
        || (value.len() <= 63
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            && value
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphanumeric())
            && value
                .bytes()
                .last()
                .is_some_and(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities() {
        assert_eq!(bytes_quantity(17179869184), "16Gi");
        assert_eq!(bytes_quantity(1536 * 1024 * 1024), "1536Mi");
        assert_eq!(bytes_quantity(1000), "1000");
        assert_eq!(bytes_quantity(1 << 40), "1Ti");
    }

    #[test]
    fn label_rules() {
        assert!(is_label_key("app.kubernetes.io/name"));
        assert!(is_label_key("sourceos.provider"));
        assert!(!is_label_key("bad key"));
        assert!(is_label_value("llama.cpp"));
        assert!(!is_label_value("-x"));
    }
}
