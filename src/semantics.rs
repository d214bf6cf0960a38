//! Semantic rules: what a schema cannot say about one document.
//!
//! Each rule has a stable code. `validate` reports them after the schema and
//! typed checks; renderers refuse a pod that breaks one.

use std::collections::BTreeMap;

use crate::contracts::agent_pod::AgentPod;

/// One broken semantic rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// JSON pointer into the document.
    pub pointer: String,
    /// Stable rule code, e.g. `pod/unique-port-name`.
    pub rule: &'static str,
    /// What is wrong.
    pub message: String,
}

impl From<Finding> for crate::render::RenderError {
    fn from(f: Finding) -> Self {
        crate::render::RenderError::new(f.pointer, f.rule, f.message)
    }
}

/// The semantic rules of an AgentPod.
///
/// - `pod/unique-port-name`, `pod/unique-container-port`, `pod/unique-host-port`:
///   ports are told apart by name and number.
/// - `pod/unique-mount-path`: two storage items cannot share a mount path.
/// - `pod/absolute-mount-path`: mount paths are absolute.
/// - `pod/host-network`: `networkMode: host` requires `policy.allowHostNetwork`.
/// - `pod/memory-request`: the memory request does not exceed the limit.
/// - `pod/secret-in-spec`: no value has the shape of a secret
///   (`allowSecretInSpec` is const false; see [`crate::secrets`]).
pub fn check_agent_pod(pod: &AgentPod) -> Result<(), Vec<Finding>> {
    let mut out = Vec::new();
    let mut finding = |pointer: String, rule: &'static str, message: String| {
        out.push(Finding {
            pointer,
            rule,
            message,
        });
    };
    let ports: Vec<_> = pod.ports.iter().flat_map(|p| p.iter()).collect();
    let mut names = BTreeMap::new();
    let mut container_ports = BTreeMap::new();
    let mut host_ports = BTreeMap::new();
    for (i, port) in ports.iter().enumerate() {
        if let Some(first) = names.insert(port.name.as_str(), i) {
            finding(
                format!("/ports/{i}/name"),
                "pod/unique-port-name",
                format!(
                    "port name {:?} is already used by /ports/{first}",
                    port.name
                ),
            );
        }
        if let Some(first) = container_ports.insert(port.container_port, i) {
            finding(
                format!("/ports/{i}/containerPort"),
                "pod/unique-container-port",
                format!(
                    "container port {} is already used by /ports/{first}",
                    port.container_port
                ),
            );
        }
        if let Some(host) = port.host_port
            && let Some(first) = host_ports.insert(host, i)
        {
            finding(
                format!("/ports/{i}/hostPort"),
                "pod/unique-host-port",
                format!("host port {host} is already used by /ports/{first}"),
            );
        }
    }
    let mut mounts = BTreeMap::new();
    for (i, item) in pod.storage.iter().enumerate() {
        if !item.mount_path.starts_with('/') {
            finding(
                format!("/storage/{i}/mountPath"),
                "pod/absolute-mount-path",
                format!("{:?} is not an absolute path", item.mount_path),
            );
        }
        if let Some(first) = mounts.insert(item.mount_path.as_str(), i) {
            finding(
                format!("/storage/{i}/mountPath"),
                "pod/unique-mount-path",
                format!(
                    "{:?} is already mounted by /storage/{first}",
                    item.mount_path
                ),
            );
        }
    }
    if pod.runtime.network_mode.to_string() == "host" && !pod.policy.allow_host_network {
        finding(
            "/runtime/networkMode".into(),
            "pod/host-network",
            "networkMode host needs policy.allowHostNetwork".into(),
        );
    }
    let memory = &pod.resources.memory_bytes;
    if memory.request > memory.limit {
        finding(
            "/resources/memoryBytes/request".into(),
            "pod/memory-request",
            format!(
                "the request ({}) exceeds the limit ({})",
                memory.request, memory.limit
            ),
        );
    }
    let value = serde_json::to_value(pod).expect("generated types serialize");
    for f in crate::secrets::scan_value(&value) {
        finding(
            f.pointer,
            "pod/secret-in-spec",
            format!(
                "this value has the shape of a secret ({}); an AgentPod never carries secret values",
                f.shape
            ),
        );
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}
