//! The one deployment-safety model.
//!
//! [`Posture`] states what every artifact must satisfy. It is checked on the
//! *parsed-back* artifacts — the Quadlet text parsed as a unit file, the YAML
//! parsed back to objects — after rendering and before anything is written,
//! so a renderer bug cannot slip past it. Invariants (rule codes):
//!
//! | rule | Quadlet | Kubernetes |
//! |---|---|---|
//! | `posture/privileged` | no `--privileged` | no `privileged: true` |
//! | `posture/host-network` | no `Network=host` | no host network, PID or IPC |
//! | `posture/exposure` | publish on loopback only | ClusterIP only, no hostPort |
//! | `posture/default-deny-egress` | — | a NetworkPolicy denies all egress |
//! | `posture/read-only-models` | model volumes `ro` | model mounts `readOnly` |
//! | `posture/capabilities` | `DropCapability=all`, no `AddCapability` | drop `ALL`, add nothing |
//! | `posture/hardening` | `ReadOnly`, `NoNewPrivileges` | PSS `restricted` |
//! | `posture/engine-socket` | no container-engine socket mounted | same |
//! | `posture/host-path` | — | no hostPath volume at all |
//! | `posture/secret` | no secret-shaped value anywhere | same |
//! | `posture/unit-shape` | only the expected sections and keys | only the expected kinds |
//!
//! Wider exposure (`host`) is allowed only when a PolicyAdmission for this pod,
//! allowed and granting authorization, lists it in `scope.allowed.networkExposure`
//! (and not in `scope.denied`).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::contracts::PolicyAdmission;
use crate::contracts::agent_pod::AgentPod;
use crate::contracts::policy_admission::PolicyAdmissionDecisionStatus;
use crate::render::RenderError;

/// Paths of container-engine sockets that must never be mounted.
const ENGINE_SOCKETS: &[&str] = &[
    "docker.sock",
    "podman.sock",
    "containerd.sock",
    "crio.sock",
    "cri-dockerd.sock",
];

/// What an artifact may do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Posture {
    /// Exposures an admission allowed beyond the defaults.
    pub admitted_exposure: BTreeSet<String>,
    /// Container paths of model mounts (must be read-only).
    pub model_mounts: BTreeSet<String>,
}

/// A broken invariant: which artifact, where, which rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// `quadlet` or `kubernetes`.
    pub artifact: &'static str,
    /// Where in the artifact (a unit key, or `<kind>/<name>: <field>`).
    pub location: String,
    /// Stable rule code.
    pub rule: &'static str,
    /// What is wrong.
    pub message: String,
}

impl From<Violation> for RenderError {
    fn from(v: Violation) -> Self {
        RenderError::new(
            "",
            v.rule,
            format!("{} {}: {}", v.artifact, v.location, v.message),
        )
    }
}

impl Posture {
    /// The posture of `pod`, widened by what `admission` allows for it.
    ///
    /// An admission that is not for this pod, not `allowed`, or grants no
    /// authorization widens nothing; asking it for more is an error naming why.
    pub fn for_pod(
        pod: &AgentPod,
        admission: Option<&PolicyAdmission>,
    ) -> Result<Posture, RenderError> {
        let model_mounts = pod
            .storage
            .iter()
            .filter(|s| s.volume_class.map(|c| c.to_string()).as_deref() == Some("agent-models"))
            .map(|s| s.mount_path.clone())
            .collect();
        let wanted: BTreeSet<(usize, String)> = pod
            .ports
            .iter()
            .flat_map(|p| p.iter())
            .enumerate()
            .map(|(i, p)| (i, p.exposure.to_string()))
            .filter(|(_, e)| e == "host")
            .collect();
        let mut admitted = BTreeSet::new();
        for (i, exposure) in &wanted {
            let pointer = format!("/ports/{i}/exposure");
            let Some(a) = admission else {
                continue; // the renderer refuses it with its own message
            };
            let why_not = if a.request.agent_pod_id.as_str() != pod.id.as_str() {
                Some(format!(
                    "the admission is for {}, not this pod",
                    a.request.agent_pod_id.as_str()
                ))
            } else if a.decision.status != PolicyAdmissionDecisionStatus::Allowed
                || !a.decision.authorization_granted
            {
                Some(format!(
                    "the admission's decision is {} without authorization",
                    a.decision.status
                ))
            } else if a
                .scope
                .denied
                .network_exposure
                .iter()
                .flat_map(|l| l.iter())
                .any(|e| e == exposure)
            {
                Some(format!("the admission denies exposure {exposure}"))
            } else if !a
                .scope
                .allowed
                .network_exposure
                .iter()
                .flat_map(|l| l.iter())
                .any(|e| e == exposure)
            {
                Some(format!(
                    "the admission does not list {exposure} in scope.allowed.networkExposure"
                ))
            } else {
                None
            };
            match why_not {
                Some(reason) => {
                    return Err(RenderError::new(
                        pointer,
                        "exposure",
                        format!("exposure {exposure} needs an admission: {reason}"),
                    ));
                }
                None => {
                    admitted.insert(exposure.clone());
                }
            }
        }
        Ok(Posture {
            admitted_exposure: admitted,
            model_mounts,
        })
    }

    /// Whether an exposure wider than the default was admitted.
    pub fn admits(&self, exposure: &str) -> bool {
        self.admitted_exposure.contains(exposure)
    }

    /// Checks a Quadlet unit, parsed back from its text.
    pub fn check_quadlet(&self, text: &str) -> Vec<Violation> {
        let mut out = Vec::new();
        let mut v = |location: &str, rule: &'static str, message: String| {
            out.push(Violation {
                artifact: "quadlet",
                location: location.to_string(),
                rule,
                message,
            })
        };
        let unit = match parse_unit(text) {
            Ok(unit) => unit,
            Err(message) => {
                v("", "posture/unit-shape", message);
                return out;
            }
        };
        let allowed_keys: &[(&str, &[&str])] = &[
            ("Unit", &["Description"]),
            (
                "Container",
                &[
                    "ContainerName",
                    "Image",
                    "Entrypoint",
                    "Exec",
                    "ReadOnly",
                    "NoNewPrivileges",
                    "DropCapability",
                    "Tmpfs",
                    "Network",
                    "PublishPort",
                    "Volume",
                    "Label",
                    "PodmanArgs",
                ],
            ),
            ("Service", &["Restart", "TimeoutStartSec"]),
            ("Install", &["WantedBy"]),
        ];
        for (section, key, value) in &unit {
            let location = format!("[{section}] {key}");
            match allowed_keys.iter().find(|(s, _)| s == section) {
                None => v(
                    &location,
                    "posture/unit-shape",
                    format!("unexpected section [{section}]"),
                ),
                Some((_, keys)) if !keys.contains(&key.as_str()) => v(
                    &location,
                    "posture/unit-shape",
                    format!("unexpected key {key}"),
                ),
                _ => {}
            }
            for f in crate::secrets::scan_text(value) {
                v(
                    &location,
                    "posture/secret",
                    format!("a value has the shape of a secret ({})", f.shape),
                );
            }
        }
        let container: Vec<(&str, &str)> = unit
            .iter()
            .filter(|(s, _, _)| s == "Container")
            .map(|(_, k, val)| (k.as_str(), val.as_str()))
            .collect();
        let has =
            |key: &str, value: &str| container.iter().any(|(k, val)| *k == key && *val == value);
        for (key, value, rule) in [
            ("ReadOnly", "true", "posture/hardening"),
            ("NoNewPrivileges", "true", "posture/hardening"),
            ("DropCapability", "all", "posture/capabilities"),
        ] {
            if !has(key, value) {
                v(
                    &format!("[Container] {key}"),
                    rule,
                    format!("{key}={value} is required"),
                );
            }
        }
        for (key, value) in &container {
            let location = format!("[Container] {key}");
            match *key {
                "Network" if value.split([':', ',', ' ', '\t']).next() == Some("host") => v(
                    &location,
                    "posture/host-network",
                    "the host network is not allowed for a local unit".into(),
                ),
                "PublishPort" => {
                    let loopback = value.starts_with("127.0.0.1:") || value.starts_with("[::1]:");
                    if !loopback && !self.admits("host") {
                        v(
                            &location,
                            "posture/exposure",
                            format!("{value} publishes beyond loopback without an admission"),
                        );
                    }
                }
                "Volume" => {
                    let parts: Vec<&str> = value.split(':').collect();
                    let source = parts.first().copied().unwrap_or_default();
                    if ENGINE_SOCKETS.iter().any(|s| source.ends_with(s)) {
                        v(
                            &location,
                            "posture/engine-socket",
                            format!("{source} is a container-engine socket"),
                        );
                    }
                    if let Some(target) = parts.get(1)
                        && self.model_mounts.contains(*target)
                        && !parts
                            .get(2)
                            .is_some_and(|o| o.split(',').any(|o| o == "ro"))
                    {
                        v(
                            &location,
                            "posture/read-only-models",
                            format!("the model mount {target} must be read-only"),
                        );
                    }
                }
                "PodmanArgs" => {
                    for arg in value.split_whitespace() {
                        let allowed = ["--memory=", "--memory-reservation=", "--cpus="]
                            .iter()
                            .any(|p| arg.starts_with(p));
                        if !allowed {
                            let rule = if arg.starts_with("--privileged") {
                                "posture/privileged"
                            } else {
                                "posture/hardening"
                            };
                            v(
                                &location,
                                rule,
                                format!("{arg} is not an allowed Podman argument"),
                            );
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Checks a Kubernetes YAML stream, parsed back from its text.
    pub fn check_kubernetes(&self, yaml: &str) -> Vec<Violation> {
        let mut out = Vec::new();
        let docs: Vec<Value> = match serde_saphyr::from_multiple(yaml) {
            Ok(docs) => docs,
            Err(e) => {
                out.push(Violation {
                    artifact: "kubernetes",
                    location: String::new(),
                    rule: "posture/unit-shape",
                    message: format!("the YAML does not parse back: {e}"),
                });
                return out;
            }
        };
        for f in crate::secrets::scan_value(&Value::Array(docs.clone())) {
            out.push(k8s_violation(
                &f.pointer,
                "posture/secret",
                format!("a value has the shape of a secret ({})", f.shape),
            ));
        }
        let mut has_pod = false;
        let mut default_deny_egress = false;
        for doc in &docs {
            let kind = doc["kind"].as_str().unwrap_or_default();
            let at = format!(
                "{kind}/{}",
                doc["metadata"]["name"].as_str().unwrap_or_default()
            );
            match kind {
                "Namespace" => {
                    if doc["metadata"]["labels"]["pod-security.kubernetes.io/enforce"]
                        != "restricted"
                    {
                        out.push(k8s_violation(
                            &at,
                            "posture/hardening",
                            "Pod Security Admission must enforce restricted".into(),
                        ));
                    }
                }
                "Pod" => {
                    has_pod = true;
                    out.extend(self.check_pod(&at, &doc["spec"]));
                }
                "Service" => {
                    let ty = doc["spec"]["type"].as_str().unwrap_or("ClusterIP");
                    let ok = ty == "ClusterIP" || (ty == "NodePort" && self.admits("host"));
                    if !ok || doc["spec"].get("externalIPs").is_some() {
                        out.push(k8s_violation(
                            &at,
                            "posture/exposure",
                            format!(
                                "a {ty} Service exposes beyond the cluster without an admission"
                            ),
                        ));
                    }
                }
                "NetworkPolicy" => {
                    let spec = &doc["spec"];
                    let all_pods = spec["podSelector"].as_object().is_some_and(|s| {
                        s.values()
                            .all(|v| v.as_object().is_none_or(|o| o.is_empty()))
                    });
                    let egress = spec["policyTypes"]
                        .as_array()
                        .is_some_and(|t| t.iter().any(|t| t == "Egress"));
                    let no_rules = spec["egress"].as_array().is_none_or(|r| r.is_empty());
                    default_deny_egress |= all_pods && egress && no_rules;
                }
                "ServiceAccount"
                | "PersistentVolumeClaim"
                | "CustomResourceDefinition"
                | "AgentPod" => {}
                other => out.push(k8s_violation(
                    &at,
                    "posture/unit-shape",
                    format!("unexpected kind {other}"),
                )),
            }
        }
        if has_pod && !default_deny_egress {
            out.push(k8s_violation(
                "NetworkPolicy",
                "posture/default-deny-egress",
                "no NetworkPolicy denies all egress by default".into(),
            ));
        }
        out
    }

    fn check_pod(&self, at: &str, spec: &Value) -> Vec<Violation> {
        let mut out = Vec::new();
        let mut v = |field: &str, rule: &'static str, message: &str| {
            out.push(k8s_violation(
                &format!("{at}: {field}"),
                rule,
                message.to_string(),
            ))
        };
        for host in ["hostNetwork", "hostPID", "hostIPC"] {
            if spec[host] == true {
                v(
                    host,
                    "posture/host-network",
                    "host namespaces are not allowed",
                );
            }
        }
        if spec["automountServiceAccountToken"] != false {
            v(
                "automountServiceAccountToken",
                "posture/hardening",
                "the service account token must not be mounted",
            );
        }
        let pod_sc = &spec["securityContext"];
        let volumes = spec["volumes"].as_array().cloned().unwrap_or_default();
        for vol in &volumes {
            if let Some(path) = vol["hostPath"]["path"].as_str() {
                if ENGINE_SOCKETS.iter().any(|s| path.ends_with(s)) {
                    v(
                        "volumes",
                        "posture/engine-socket",
                        "a container-engine socket must never be mounted",
                    );
                } else {
                    v(
                        "volumes",
                        "posture/host-path",
                        "hostPath volumes are not allowed",
                    );
                }
            }
        }
        for (i, c) in spec["containers"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            let field = |f: &str| format!("containers[{i}].{f}");
            let sc = &c["securityContext"];
            if sc["privileged"] == true {
                v(
                    &field("securityContext.privileged"),
                    "posture/privileged",
                    "privileged containers are not allowed",
                );
            }
            if sc["allowPrivilegeEscalation"] != false {
                v(
                    &field("securityContext.allowPrivilegeEscalation"),
                    "posture/hardening",
                    "must be false",
                );
            }
            if sc["readOnlyRootFilesystem"] != true {
                v(
                    &field("securityContext.readOnlyRootFilesystem"),
                    "posture/hardening",
                    "must be true",
                );
            }
            if sc["runAsNonRoot"] != true && pod_sc["runAsNonRoot"] != true {
                v(
                    &field("securityContext.runAsNonRoot"),
                    "posture/hardening",
                    "must be true",
                );
            }
            let uid = sc["runAsUser"].as_i64().or(pod_sc["runAsUser"].as_i64());
            if uid.is_none_or(|u| u <= 10000) {
                v(
                    &field("securityContext.runAsUser"),
                    "posture/hardening",
                    "must be a UID above 10000",
                );
            }
            let seccomp = sc["seccompProfile"]["type"]
                .as_str()
                .or(pod_sc["seccompProfile"]["type"].as_str());
            if seccomp != Some("RuntimeDefault") && seccomp != Some("Localhost") {
                v(
                    &field("securityContext.seccompProfile"),
                    "posture/hardening",
                    "must be RuntimeDefault",
                );
            }
            if sc["capabilities"]["add"]
                .as_array()
                .is_some_and(|a| !a.is_empty())
            {
                v(
                    &field("securityContext.capabilities.add"),
                    "posture/capabilities",
                    "no capability may be added",
                );
            }
            if !sc["capabilities"]["drop"]
                .as_array()
                .is_some_and(|d| d.iter().any(|c| c == "ALL"))
            {
                v(
                    &field("securityContext.capabilities.drop"),
                    "posture/capabilities",
                    "must drop ALL",
                );
            }
            for p in c["ports"].as_array().cloned().unwrap_or_default() {
                if p.get("hostPort").is_some() {
                    v(
                        &field("ports.hostPort"),
                        "posture/exposure",
                        "hostPort is not allowed",
                    );
                }
            }
            for m in c["volumeMounts"].as_array().cloned().unwrap_or_default() {
                let path = m["mountPath"].as_str().unwrap_or_default();
                if self.model_mounts.contains(path) && m["readOnly"] != true {
                    v(
                        &field("volumeMounts"),
                        "posture/read-only-models",
                        "model mounts must be read-only",
                    );
                }
            }
        }
        out
    }
}

fn k8s_violation(location: &str, rule: &'static str, message: String) -> Violation {
    Violation {
        artifact: "kubernetes",
        location: location.to_string(),
        rule,
        message,
    }
}

/// Parses a unit file the way systemd reads it: `[Section]` headers,
/// `Key=Value` lines, `#`/`;` comments, and a trailing backslash continuing a
/// line. Returns (section, key, value) in order.
pub fn parse_unit(text: &str) -> Result<Vec<(String, String, String)>, String> {
    let mut out = Vec::new();
    let mut section: Option<String> = None;
    let mut pending = String::new();
    for (n, raw) in text.split('\n').enumerate() {
        let line = if pending.is_empty() {
            raw.trim_start().to_string()
        } else {
            format!("{pending} {raw}")
        };
        if let Some(stripped) = line.strip_suffix('\\') {
            pending = stripped.to_string();
            continue;
        }
        pending.clear();
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = Some(name.to_string());
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("line {}: not a Key=Value line", n + 1));
        };
        let Some(section) = &section else {
            return Err(format!("line {}: a key outside any section", n + 1));
        };
        out.push((
            section.clone(),
            key.trim().to_string(),
            value.trim().to_string(),
        ));
    }
    Ok(out)
}
