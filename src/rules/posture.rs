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
//! | `posture/default-deny-egress` | — | the union of the NetworkPolicies that select the Pod allows no egress, and one of them restricts it |
//! | `posture/read-only-models` | model volumes `ro` | model mounts `readOnly` |
//! | `posture/capabilities` | `DropCapability=all`, no `AddCapability` | drop `ALL`, add nothing |
//! | `posture/hardening` | `ReadOnly`, `NoNewPrivileges` | PSS `restricted` |
//! | `posture/engine-socket` | no container-engine socket mounted | same |
//! | `posture/host-path` | — | no hostPath volume at all |
//! | `posture/secret` | no secret-shaped key or value anywhere | same |
//! | `posture/unit-shape` | only the expected sections and keys | only the expected kinds and fields |
//! | `posture/duplicate-mount` | no host path or target mounted twice | — |
//! | `posture/podman-flag` | the effective `podman run` has only allow-listed flags | — |
//! | `posture/device` | every `--device` is one of the pod's required accelerators' (typed: CDI `nvidia.com/gpu`, `/dev/dri`, `/dev/kfd`) | every extended resource is one of theirs, with their count |
//! | `posture/image` | the image position holds a valid reference | every image is a valid reference |
//! | `posture/mount-target` | targets outside the reserved trees | same (the renderer's own `/tmp` aside) |
//! | `posture/namespace` | — | never `default`, `kube-*`, `openshift`, `openshift-*`; one Namespace, restricted |
//!
//! The Quadlet check is an allow-list on the *effective command*: the unit is
//! parsed back, mapped to the `podman run` arguments the Quadlet generator
//! derives from each key ([`quadlet_command`]), and every argument before the
//! image must be one the renderer emits by design, with a value in its grammar
//! ([`Posture::check_podman_run`]). The tests run the same check on the real
//! generator's `ExecStart`. The Kubernetes check is an allow-list of the fields
//! each emitted kind may carry ([`K8S_FIELDS`]), plus the invariants above.
//!
//! Wider exposure (`host`) is allowed only when a PolicyAdmission for this pod,
//! allowed and granting authorization, lists it in `scope.allowed.networkExposure`
//! (and not in `scope.denied`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};
use crate::contracts::PolicyAdmission;
use crate::contracts::agent_pod::AgentPod;
use crate::contracts::wire::AdmissionStatus;
use crate::rules::accelerators::{self, Device};
use crate::rules::artifact::Artifact;

/// Paths of container-engine sockets that must never be mounted.
const ENGINE_SOCKETS: &[&str] = &[
    "docker.sock",
    "podman.sock",
    "containerd.sock",
    "crio.sock",
    "cri-dockerd.sock",
];

/// The `podman run` flags whose one allowed value is fixed (the generator's
/// own and the renderer's hardening), with the rule a different value breaks.
pub const FIXED_VALUES: &[(&str, &str, Rule)] = &[
    (
        "--cidfile",
        "%t/%N.cid",
        Rule::Posture(rule::Posture::PodmanFlag),
    ),
    (
        "--cgroups",
        "split",
        Rule::Posture(rule::Posture::PodmanFlag),
    ),
    (
        "--sdnotify",
        "conmon",
        Rule::Posture(rule::Posture::PodmanFlag),
    ),
    ("--tmpfs", "/tmp", Rule::Posture(rule::Posture::PodmanFlag)),
    (
        "--security-opt",
        "no-new-privileges",
        Rule::Posture(rule::Posture::Hardening),
    ),
    (
        "--cap-drop",
        "all",
        Rule::Posture(rule::Posture::Capabilities),
    ),
];

/// What an artifact may do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Posture {
    /// Exposures an admission allowed beyond the defaults.
    pub admitted_exposure: BTreeSet<String>,
    /// Container paths of model mounts (must be read-only).
    pub model_mounts: BTreeSet<String>,
    /// Host paths and claim names of model volumes (must be read-only wherever
    /// they are mounted: judged by the source, not only the target).
    pub model_sources: BTreeSet<String>,
    /// The devices a local unit may pass: exactly those of the pod's required
    /// accelerators ([`crate::rules::accelerators`]).
    pub devices: BTreeSet<Device>,
    /// The extended resources a Kubernetes container may be given, with their
    /// counts: exactly those of the pod's required accelerators.
    pub device_limits: BTreeMap<&'static str, u64>,
}

impl Posture {
    /// The posture of `pod`, widened by what `admission` allows for it.
    ///
    /// An admission that is not for this pod, not `allowed`, or grants no
    /// authorization widens nothing; asking it for more is an error naming why.
    pub fn for_pod(
        pod: &AgentPod,
        admission: Option<&PolicyAdmission>,
    ) -> Result<Posture, Finding> {
        let model_mounts = pod
            .storage
            .iter()
            .filter(|s| s.volume_class == Some(crate::contracts::wire::VolumeClass::AgentModels))
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
            } else if a.decision.status != AdmissionStatus::Allowed
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
                    return Err(Finding::new(
                        pointer,
                        Rule::Render(rule::Render::Exposure),
                        format!("exposure {exposure} needs an admission: {reason}"),
                    ));
                }
                None => {
                    admitted.insert(exposure.clone());
                }
            }
        }
        // A pod whose accelerators cannot be given is refused by the renderer
        // with its own message; here it simply may have no device.
        let given = |artifact| accelerators::resolve(pod, artifact).unwrap_or_default();
        Ok(Posture {
            admitted_exposure: admitted,
            model_mounts,
            model_sources: BTreeSet::new(),
            devices: given(Artifact::Quadlet).devices,
            device_limits: given(Artifact::Kubernetes).limits,
        })
    }

    /// Adds what storage resolution knows: an item whose volume class came
    /// from its CacheTier is a model mount as much as one the pod labels so.
    pub fn with_storage(mut self, storage: &[crate::rules::volumes::Resolved]) -> Posture {
        for s in storage.iter().filter(|s| s.is_models()) {
            self.model_mounts.insert(s.mount_path.clone());
            self.model_sources.extend(s.host_path.iter().cloned());
            self.model_sources.extend(s.pvc_name.iter().cloned());
        }
        self
    }

    /// Adds exposures an `allowed` ActivationDecision already admitted.
    pub fn admitting(mut self, exposures: &[String]) -> Posture {
        self.admitted_exposure.extend(exposures.iter().cloned());
        self
    }

    /// Whether an exposure wider than the default was admitted.
    pub fn admits(&self, exposure: &str) -> bool {
        self.admitted_exposure.contains(exposure)
    }

    /// Checks a Quadlet unit, parsed back from its text.
    pub fn check_quadlet(&self, text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut v = |location: &str, rule: Rule, message: String| {
            out.push(quadlet_violation(location, rule, message))
        };
        let unit = match parse_unit(text) {
            Ok(unit) => unit,
            Err(message) => {
                v("", Rule::Posture(rule::Posture::UnitShape), message);
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
                    "AddDevice",
                    "Network",
                    "PublishPort",
                    "Volume",
                    "Label",
                    "Environment",
                    "Secret",
                    "ShmSize",
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
                    Rule::Posture(rule::Posture::UnitShape),
                    format!("unexpected section [{section}]"),
                ),
                Some((_, keys)) if !keys.contains(&key.as_str()) => v(
                    &location,
                    Rule::Posture(rule::Posture::UnitShape),
                    format!("unexpected key {key}"),
                ),
                _ => {}
            }
            // A key is as visible as a value (and `key=value` is how a unit
            // reads). A `Secret=` line names a secret by reference — its
            // grammar is checked on the podman command — so only the name
            // is scanned (`Secret=x` would read as a secret assignment).
            let visible = match key.as_str() {
                "Secret" => value.split(',').next().unwrap_or_default().to_string(),
                _ => format!("{key}={value}"),
            };
            for f in crate::base::secrets::scan_text(&visible) {
                v(
                    &location,
                    Rule::Posture(rule::Posture::Secret),
                    format!("a key or value has the shape of a secret ({})", f.shape),
                );
            }
        }
        for (section, key, value) in &unit {
            let fixed: Option<&[&str]> = match (section.as_str(), key.as_str()) {
                ("Service", "Restart") => Some(&["no", "on-failure", "always"]),
                ("Install", "WantedBy") => Some(&["default.target"]),
                _ => None,
            };
            if let Some(values) = fixed
                && !values.contains(&value.as_str())
            {
                v(
                    &format!("[{section}] {key}"),
                    Rule::Posture(rule::Posture::UnitShape),
                    format!("{key} must be one of {}", values.join(", ")),
                );
            }
        }
        match quadlet_command(&unit) {
            Ok(argv) => out.extend(self.check_podman_run(&argv)),
            Err(message) => out.push(quadlet_violation(
                "[Container]",
                Rule::Posture(rule::Posture::UnitShape),
                message,
            )),
        }
        out
    }

    /// Checks the arguments of a `podman run` (everything after `run`): each
    /// argument before the image must be one the renderer emits by design or
    /// one the Quadlet generator adds itself, with a value in its grammar; the
    /// image position must hold a valid reference; the hardening flags must
    /// be there. Run on [`quadlet_command`] of a rendered unit, and by the
    /// tests on the real generator's `ExecStart`.
    pub fn check_podman_run(&self, argv: &[String]) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut v = |location: &str, rule: Rule, message: String| {
            out.push(quadlet_violation(location, rule, message))
        };
        let mut seen = BTreeSet::new();
        let mut sources = BTreeSet::new();
        let mut targets = BTreeSet::new();
        let mut i = 0;
        let mut image = None;
        while i < argv.len() {
            let arg = argv[i].as_str();
            if !arg.starts_with('-') {
                image = Some(arg);
                break;
            }
            let (flag, inline) = match arg.split_once('=') {
                Some((f, val)) if f.starts_with("--") => (f, Some(val.to_string())),
                _ => (arg, None),
            };
            let flag = match flag {
                "-v" => "--volume",
                "-p" => "--publish",
                "-d" => "--detach",
                "--net" => "--network",
                f => f,
            };
            let takes_value = matches!(
                flag,
                "--name"
                    | "--cidfile"
                    | "--cgroups"
                    | "--sdnotify"
                    | "--entrypoint"
                    | "--tmpfs"
                    | "--security-opt"
                    | "--cap-drop"
                    | "--network"
                    | "--publish"
                    | "--volume"
                    | "--label"
                    | "--memory"
                    | "--memory-reservation"
                    | "--cpus"
                    | "--device"
                    | "--env"
                    | "--secret"
                    | "--shm-size"
            );
            let value = if takes_value {
                match inline {
                    Some(val) => Some(val),
                    None => {
                        i += 1;
                        argv.get(i).cloned()
                    }
                }
            } else {
                inline
            };
            i += 1;
            let location = format!("podman run {flag}");
            let value_ok =
                |val: &Option<String>, ok: &dyn Fn(&str) -> bool| val.as_deref().is_some_and(ok);
            seen.insert(format!("{flag}={}", value.as_deref().unwrap_or_default()));
            let (ok, rule, why): (bool, Rule, String) = match flag {
                "--replace" | "--rm" | "--detach" | "--read-only" if value.is_none() => {
                    (true, Rule::Posture(rule::Posture::PodmanFlag), String::new())
                }
                "--name" => (
                    value_ok(&value, &|n| {
                        crate::base::names::container_name(n, "").is_ok()
                    }),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "the container name is outside its grammar".into(),
                ),
                f if FIXED_VALUES.iter().any(|(name, _, _)| *name == f) => {
                    let (_, expected, rule) = FIXED_VALUES
                        .iter()
                        .find(|(name, _, _)| *name == f)
                        .expect("found above");
                    (
                        value.as_deref() == Some(*expected),
                        *rule,
                        format!("only {f} {expected}"),
                    )
                }
                "--entrypoint" => (
                    value_ok(&value, &|e| crate::base::grammar::Entrypoint::parse(e).is_ok()),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "the entrypoint is outside its grammar".into(),
                ),
                "--network" => match value.as_deref() {
                    Some("slirp4netns" | "none") => (true, Rule::Posture(rule::Posture::PodmanFlag), String::new()),
                    Some(n) if n.split([':', ',', ' ', '\t']).next() == Some("host") => (
                        false,
                        Rule::Posture(rule::Posture::HostNetwork),
                        "the host network is not allowed for a local unit".into(),
                    ),
                    _ => (
                        false,
                        Rule::Posture(rule::Posture::PodmanFlag),
                        "only slirp4netns or none".into(),
                    ),
                },
                "--publish" => {
                    let (ok, why) = self.publish_ok(value.as_deref().unwrap_or_default());
                    (ok, Rule::Posture(rule::Posture::Exposure), why)
                }
                "--volume" => {
                    let volume = value.as_deref().unwrap_or_default();
                    let mut parts = volume.split(':');
                    let (source, target) = (parts.next(), parts.next());
                    let twice = !sources.insert(source.map(str::to_string))
                        || !targets.insert(target.map(str::to_string));
                    if twice {
                        (
                            false,
                            Rule::Posture(rule::Posture::DuplicateMount),
                            "a host path or target is mounted twice (a second mount could make a read-only volume writable)".into(),
                        )
                    } else {
                        self.volume_ok(volume)
                    }
                }
                "--device" => match Device::parse(value.as_deref().unwrap_or_default()) {
                    Ok(d) if self.devices.contains(&d) => (true, Rule::Posture(rule::Posture::PodmanFlag), String::new()),
                    Ok(d) => (
                        false,
                        Rule::Posture(rule::Posture::Device),
                        format!("{d} is not a device of the pod's required accelerators"),
                    ),
                    Err(why) => (false, Rule::Posture(rule::Posture::Device), why),
                },
                "--label" => (
                    value.is_some(),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "a label needs a value".into(),
                ),
                "--env" => match value.as_deref().unwrap_or_default().split_once('=') {
                    Some((name, val))
                        if is_env_name(name)
                            && !val.chars().any(char::is_control)
                            && (crate::rules::semantics::is_credential_setting(val)
                                || !crate::rules::semantics::is_credential_name(name)) =>
                    {
                        (true, Rule::Posture(rule::Posture::PodmanFlag), String::new())
                    }
                    Some((name, _)) if crate::rules::semantics::is_credential_name(name) => (
                        false,
                        Rule::Posture(rule::Posture::Secret),
                        format!("{name} names a credential: it is passed by --secret, never by value"),
                    ),
                    _ => (
                        false,
                        Rule::Posture(rule::Posture::PodmanFlag),
                        "an environment variable is NAME=value, NAME in [A-Z_][A-Z0-9_]*, the value one line".into(),
                    ),
                },
                "--secret" => (
                    value_ok(&value, &|v| {
                        let parts: Vec<&str> = v.split(',').collect();
                        matches!(parts.as_slice(), [name, "type=env", target]
                            if crate::base::names::is_dns1123_label(name)
                                && target.strip_prefix("target=").is_some_and(is_env_name))
                    }),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "a secret is <name>,type=env,target=<NAME>: exposed as one environment variable".into(),
                ),
                "--shm-size" => (
                    value_ok(&value, &|m| {
                        !m.is_empty()
                            && m.bytes().all(|b| b.is_ascii_digit())
                            && m.parse::<u64>().is_ok_and(|b| b > 0)
                    }),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "the shared-memory size is a positive byte count".into(),
                ),
                "--memory" => (
                    value_ok(&value, &|m| {
                        m.parse::<u64>()
                            .is_ok_and(|b| crate::base::grammar::MemoryLimit::new(b).is_ok())
                    }),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "the memory limit is a byte count of at least 6 MiB".into(),
                ),
                "--memory-reservation" => (
                    value_ok(&value, &|m| m.parse::<u64>().is_ok()),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "the memory reservation is a byte count".into(),
                ),
                "--cpus" => (
                    value_ok(&value, &|c| {
                        !c.is_empty()
                            && c.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                            && c.parse::<f64>().is_ok_and(|f| f > 0.0)
                    }),
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "the CPU count is a positive decimal".into(),
                ),
                f if f.starts_with("--privileged") => (
                    false,
                    Rule::Posture(rule::Posture::Privileged),
                    "privileged containers are not allowed".into(),
                ),
                _ => (
                    false,
                    Rule::Posture(rule::Posture::PodmanFlag),
                    "this flag is not one the renderer emits".into(),
                ),
            };
            if !ok {
                v(&location, rule, why);
            }
        }
        match image {
            None => v(
                "podman run <image>",
                Rule::Posture(rule::Posture::Image),
                "no image position".into(),
            ),
            Some(image) => {
                if crate::base::grammar::ImageRef::parse(image).is_err() {
                    v(
                        "podman run <image>",
                        Rule::Posture(rule::Posture::Image),
                        "the image position does not hold a valid image reference".into(),
                    );
                }
            }
        }
        for (required, rule) in [
            ("--read-only=", Rule::Posture(rule::Posture::Hardening)),
            (
                "--security-opt=no-new-privileges",
                Rule::Posture(rule::Posture::Hardening),
            ),
            ("--cap-drop=all", Rule::Posture(rule::Posture::Capabilities)),
        ] {
            if !seen.contains(required) {
                v(
                    "podman run",
                    rule,
                    format!("{} is required", required.trim_end_matches('=')),
                );
            }
        }
        out
    }

    /// Whether a `--publish` value is loopback (or admitted host) `H:C`.
    fn publish_ok(&self, value: &str) -> (bool, String) {
        let port = |p: &str| {
            !p.is_empty()
                && p.len() <= 5
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u32>().is_ok_and(|n| (1..=65535).contains(&n))
        };
        let parts: Vec<&str> = value.split(':').collect();
        match parts.as_slice() {
            ["127.0.0.1", h, c] if port(h) && port(c) => (true, String::new()),
            [h, c] if port(h) && port(c) && self.admits("host") => (true, String::new()),
            [h, c] if port(h) && port(c) => (
                false,
                "publishes beyond loopback without an admission".into(),
            ),
            _ => (
                false,
                "only 127.0.0.1:<host port>:<container port> (TCP) is published".into(),
            ),
        }
    }

    /// Whether a `--volume` value is `host:target:ro,z|rw,Z` with a host path
    /// beneath an allowed root, a target outside the reserved trees, and model
    /// volumes read-only.
    fn volume_ok(&self, value: &str) -> (bool, Rule, String) {
        let parts: Vec<&str> = value.split(':').collect();
        if ENGINE_SOCKETS.iter().any(|s| parts[0].ends_with(s)) {
            return (
                false,
                Rule::Posture(rule::Posture::EngineSocket),
                "a container-engine socket must never be mounted".into(),
            );
        }
        let [source, target, options] = parts.as_slice() else {
            return (
                false,
                Rule::Posture(rule::Posture::PodmanFlag),
                "a volume is host:target:options".into(),
            );
        };
        if let Err(e) = crate::base::grammar::HostPath::parse(source) {
            return (false, Rule::Posture(rule::Posture::HostPath), e.message);
        }
        if let Err(e) = crate::base::grammar::MountTarget::parse(target) {
            return (false, Rule::Posture(rule::Posture::MountTarget), e.message);
        }
        let models = self.model_mounts.contains(*target)
            || self
                .model_sources
                .iter()
                .any(|m| crate::base::grammar::host_paths_overlap(source, m));
        let read_only = options.split(',').any(|o| o == "ro");
        if models && !read_only {
            return (
                false,
                Rule::Posture(rule::Posture::ReadOnlyModels),
                format!("the model volume {source} ({target}) must be read-only"),
            );
        }
        match *options {
            "ro,z" | "rw,Z" => (
                true,
                Rule::Posture(rule::Posture::PodmanFlag),
                String::new(),
            ),
            _ => (
                false,
                Rule::Posture(rule::Posture::PodmanFlag),
                "volume options are ro,z or rw,Z".into(),
            ),
        }
    }

    /// Checks a Kubernetes YAML stream, parsed back from its text.
    pub fn check_kubernetes(&self, yaml: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        let docs: Vec<Value> = match crate::base::yaml::read_stream(yaml) {
            Ok(docs) => docs,
            Err(e) => {
                out.push(k8s_violation(
                    "",
                    Rule::Posture(rule::Posture::UnitShape),
                    format!("the YAML does not parse back: {e}"),
                ));
                return out;
            }
        };
        for f in crate::base::secrets::scan_values(&docs) {
            out.push(k8s_violation(
                &f.pointer,
                Rule::Posture(rule::Posture::Secret),
                format!("a value has the shape of a secret ({})", f.shape),
            ));
        }
        let mut has_pod = false;
        let mut pods: Vec<(String, &str, &Value)> = Vec::new();
        let mut policies: Vec<NetworkPolicyView> = Vec::new();
        let mut restricted_namespaces = BTreeSet::new();
        let mut used_namespaces = BTreeSet::new();
        for doc in &docs {
            let kind = doc["kind"].as_str().unwrap_or_default();
            let at = format!(
                "{kind}/{}",
                doc["metadata"]["name"].as_str().unwrap_or_default()
            );
            if let Some(tree) = FIELD_TREES.get(kind) {
                let mut path = Vec::new();
                unknown_fields(doc, Some(tree), false, &mut path, &mut |field| {
                    out.push(k8s_violation(
                        &format!("{at}: {field}"),
                        Rule::Posture(rule::Posture::UnitShape),
                        "this field is not one the renderer emits".into(),
                    ))
                });
            }
            let namespace = match kind {
                "Namespace" => doc["metadata"]["name"].as_str(),
                "AgentPod" => Some(doc["metadata"]["namespace"].as_str().unwrap_or("default")),
                k if K8S_FIELDS.iter().any(|(known, _)| *known == k) => {
                    Some(doc["metadata"]["namespace"].as_str().unwrap_or("default"))
                }
                // The CRD is cluster-scoped; an unexpected kind is refused below.
                _ => None,
            };
            if let Some(ns) = namespace {
                if crate::base::grammar::Namespace::parse(ns).is_err() {
                    out.push(k8s_violation(
                        &at,
                        Rule::Posture(rule::Posture::Namespace),
                        format!("namespace {ns} is reserved or not a DNS-1123 label"),
                    ));
                }
                if kind != "Namespace" {
                    used_namespaces.insert(ns.to_string());
                }
            }
            match kind {
                "Namespace" => {
                    let restricted = ["enforce", "warn", "audit"].iter().all(|mode| {
                        doc["metadata"]["labels"][format!("pod-security.kubernetes.io/{mode}")]
                            == "restricted"
                    });
                    if restricted {
                        restricted_namespaces.insert(
                            doc["metadata"]["name"]
                                .as_str()
                                .unwrap_or_default()
                                .to_string(),
                        );
                    }
                    if !restricted {
                        out.push(k8s_violation(
                            &at,
                            Rule::Posture(rule::Posture::Hardening),
                            "Pod Security Admission must enforce restricted".into(),
                        ));
                    }
                }
                "Pod" => {
                    has_pod = true;
                    out.extend(self.check_pod(&at, &doc["spec"]));
                    pods.push((
                        at.clone(),
                        doc["metadata"]["namespace"].as_str().unwrap_or("default"),
                        &doc["metadata"]["labels"],
                    ));
                }
                "Service" => {
                    let ty = doc["spec"]["type"].as_str().unwrap_or("ClusterIP");
                    let ok = ty == "ClusterIP" || (ty == "NodePort" && self.admits("host"));
                    if !ok || doc["spec"].get("externalIPs").is_some() {
                        out.push(k8s_violation(
                            &at,
                            Rule::Posture(rule::Posture::Exposure),
                            format!(
                                "a {ty} Service exposes beyond the cluster without an admission"
                            ),
                        ));
                    }
                }
                "NetworkPolicy" => policies.push(NetworkPolicyView::of(doc)),
                "ServiceAccount"
                | "PersistentVolumeClaim"
                | "CustomResourceDefinition"
                | "AgentPod" => {}
                other => out.push(k8s_violation(
                    &at,
                    Rule::Posture(rule::Posture::UnitShape),
                    format!("unexpected kind {other}"),
                )),
            }
        }
        if has_pod {
            for ns in used_namespaces.difference(&restricted_namespaces) {
                out.push(k8s_violation(
                    &format!("Namespace/{ns}"),
                    Rule::Posture(rule::Posture::Namespace),
                    "every object lies in a Namespace of the stream that enforces, warns and audits Pod Security restricted".into(),
                ));
            }
        }
        for (at, namespace, labels) in &pods {
            out.extend(effective_egress(at, namespace, labels, &policies));
        }
        out
    }

    fn check_pod(&self, at: &str, spec: &Value) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut v = |field: &str, rule: Rule, message: &str| {
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
                    Rule::Posture(rule::Posture::HostNetwork),
                    "host namespaces are not allowed",
                );
            }
        }
        if spec["automountServiceAccountToken"] != false {
            v(
                "automountServiceAccountToken",
                Rule::Posture(rule::Posture::Hardening),
                "the service account token must not be mounted",
            );
        }
        let pod_sc = &spec["securityContext"];
        let volumes = spec["volumes"].as_array().cloned().unwrap_or_default();
        for vol in &volumes {
            let claim = &vol["persistentVolumeClaim"];
            if claim["claimName"]
                .as_str()
                .is_some_and(|c| self.model_sources.contains(c))
                && claim["readOnly"] != true
            {
                v(
                    "volumes",
                    Rule::Posture(rule::Posture::ReadOnlyModels),
                    "a model claim must be mounted read-only",
                );
            }
            if let Some(path) = vol["hostPath"]["path"].as_str() {
                if ENGINE_SOCKETS.iter().any(|s| path.ends_with(s)) {
                    v(
                        "volumes",
                        Rule::Posture(rule::Posture::EngineSocket),
                        "a container-engine socket must never be mounted",
                    );
                } else {
                    v(
                        "volumes",
                        Rule::Posture(rule::Posture::HostPath),
                        "hostPath volumes are not allowed",
                    );
                }
            }
        }
        // Every list of containers the Pod can run, not only the one the
        // renderer fills: an init or ephemeral container is as privileged as
        // any other (the field allow-list refuses them too).
        let containers = CONTAINER_LISTS.iter().flat_map(|list| {
            spec[*list]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
                .map(move |(i, c)| (*list, i, c))
        });
        // Extended resources add up over the Pod's containers (init
        // containers too, conservatively): the Pod gets their sum.
        let mut extended: std::collections::BTreeMap<String, u64> = Default::default();
        for (list, i, c) in containers {
            let field = |f: &str| format!("{list}[{i}].{f}");
            let sc = &c["securityContext"];
            if sc["privileged"] == true {
                v(
                    &field("securityContext.privileged"),
                    Rule::Posture(rule::Posture::Privileged),
                    "privileged containers are not allowed",
                );
            }
            if sc["allowPrivilegeEscalation"] != false {
                v(
                    &field("securityContext.allowPrivilegeEscalation"),
                    Rule::Posture(rule::Posture::Hardening),
                    "must be false",
                );
            }
            if sc["readOnlyRootFilesystem"] != true {
                v(
                    &field("securityContext.readOnlyRootFilesystem"),
                    Rule::Posture(rule::Posture::Hardening),
                    "must be true",
                );
            }
            // A container's own setting wins over the Pod's, whatever its
            // value (as Kubernetes merges them): the Pod's counts only when
            // the container has none. A value of the wrong type is refused.
            let effective = |key: &str| sc.get(key).unwrap_or(&pod_sc[key]);
            if *effective("runAsNonRoot") != true {
                v(
                    &field("securityContext.runAsNonRoot"),
                    Rule::Posture(rule::Posture::Hardening),
                    "must be true",
                );
            }
            let uid = effective("runAsUser").as_i64();
            if uid.is_none_or(|u| u <= 10000) {
                v(
                    &field("securityContext.runAsUser"),
                    Rule::Posture(rule::Posture::Hardening),
                    "must be a UID above 10000",
                );
            }
            let seccomp = effective("seccompProfile")["type"].as_str();
            if seccomp != Some("RuntimeDefault") && seccomp != Some("Localhost") {
                v(
                    &field("securityContext.seccompProfile"),
                    Rule::Posture(rule::Posture::Hardening),
                    "must be RuntimeDefault",
                );
            }
            if sc["capabilities"]["add"]
                .as_array()
                .is_some_and(|a| !a.is_empty())
            {
                v(
                    &field("securityContext.capabilities.add"),
                    Rule::Posture(rule::Posture::Capabilities),
                    "no capability may be added",
                );
            }
            if !sc["capabilities"]["drop"]
                .as_array()
                .is_some_and(|d| d.iter().any(|c| c == "ALL"))
            {
                v(
                    &field("securityContext.capabilities.drop"),
                    Rule::Posture(rule::Posture::Capabilities),
                    "must drop ALL",
                );
            }
            for (name, value) in c["resources"]["limits"].as_object().into_iter().flatten() {
                if matches!(name.as_str(), "cpu" | "memory") {
                    continue;
                }
                let count = value
                    .as_str()
                    .and_then(|q| q.parse::<u64>().ok())
                    .or(value.as_u64());
                match (self.device_limits.contains_key(name.as_str()), count) {
                    (true, Some(n)) => {
                        let total = extended.entry(name.clone()).or_insert(0u64);
                        *total = total.saturating_add(n);
                    }
                    _ => v(
                        &field(&format!("resources.limits.{name}")),
                        Rule::Posture(rule::Posture::Device),
                        "an extended resource other than the pod's required accelerators",
                    ),
                }
            }
            for e in c["env"].as_array().cloned().unwrap_or_default() {
                let name = e["name"].as_str().unwrap_or_default();
                if !is_env_name(name) {
                    v(
                        &field("env.name"),
                        Rule::Posture(rule::Posture::UnitShape),
                        "an environment variable name outside [A-Z_][A-Z0-9_]*",
                    );
                }
                if crate::rules::semantics::is_credential_name(name)
                    && e["value"]
                        .as_str()
                        .is_some_and(|v| !crate::rules::semantics::is_credential_setting(v))
                {
                    v(
                        &field("env.value"),
                        Rule::Posture(rule::Posture::Secret),
                        "a credential-named variable is read from a Secret, never given a value",
                    );
                }
            }
            for p in c["ports"].as_array().cloned().unwrap_or_default() {
                if p.get("hostPort").is_some() {
                    v(
                        &field("ports.hostPort"),
                        Rule::Posture(rule::Posture::Exposure),
                        "hostPort is not allowed",
                    );
                }
            }
            if let Some(image) = c["image"].as_str()
                && crate::base::grammar::ImageRef::parse(image).is_err()
            {
                v(
                    &field("image"),
                    Rule::Posture(rule::Posture::Image),
                    "not a valid image reference",
                );
            }
            for m in c["volumeMounts"].as_array().cloned().unwrap_or_default() {
                let path = m["mountPath"].as_str().unwrap_or_default();
                // The renderer's own scratch mounts: /tmp, and /dev/shm
                // (a reserved tree) for a pod's shared memory.
                let own_scratch = (m["name"] == "tmp" && path == "/tmp")
                    || (m["name"] == "shm" && path == "/dev/shm");
                if !own_scratch && crate::base::grammar::MountTarget::parse(path).is_err() {
                    v(
                        &field("volumeMounts.mountPath"),
                        Rule::Posture(rule::Posture::MountTarget),
                        "a mount target in a reserved tree, or not absolute and normalized",
                    );
                }
                if self.model_mounts.contains(path) && m["readOnly"] != true {
                    v(
                        &field("volumeMounts"),
                        Rule::Posture(rule::Posture::ReadOnlyModels),
                        "model mounts must be read-only",
                    );
                }
            }
        }
        for (name, total) in &extended {
            if self.device_limits.get(name.as_str()) != Some(total) {
                v(
                    &format!("resources.limits.{name}"),
                    Rule::Posture(rule::Posture::Device),
                    "the Pod's containers together ask for another count than its required accelerators give",
                );
            }
        }
        out
    }
}

/// The fields every emitted kind may carry (its identity and metadata).
pub const K8S_COMMON_FIELDS: &[&str] = &[
    "apiVersion",
    "kind",
    "metadata.name",
    "metadata.namespace",
    "metadata.labels.*",
    "metadata.annotations.*",
];

/// The fields each kind the Kubernetes renderer emits may carry, as paths of
/// object keys (`*` is any one key, `[]` any array element). A field of an
/// emitted object outside its kind's list — an `initContainers` entry, a
/// `hostPath` volume, an egress rule, `externalIPs` — is a violation.
/// The CustomResourceDefinition and the AgentPod custom resource are data, not
/// workloads: only their namespace is judged. Every kind may also carry the
/// fields of [`K8S_COMMON_FIELDS`].
pub const K8S_FIELDS: &[(&str, &[&str])] = &[
    ("Namespace", &[]),
    ("ServiceAccount", &["automountServiceAccountToken"]),
    (
        "PersistentVolumeClaim",
        &[
            "spec.accessModes.[]",
            "spec.resources.requests.storage",
            "spec.storageClassName",
        ],
    ),
    (
        "Pod",
        &[
            "spec.automountServiceAccountToken",
            "spec.enableServiceLinks",
            "spec.hostIPC",
            "spec.hostNetwork",
            "spec.hostPID",
            "spec.restartPolicy",
            "spec.serviceAccountName",
            "spec.securityContext.fsGroup",
            "spec.securityContext.runAsGroup",
            "spec.securityContext.runAsNonRoot",
            "spec.securityContext.runAsUser",
            "spec.securityContext.seccompProfile.type",
            "spec.volumes.[].name",
            "spec.volumes.[].emptyDir.medium",
            "spec.volumes.[].emptyDir.sizeLimit",
            "spec.volumes.[].persistentVolumeClaim.claimName",
            "spec.volumes.[].persistentVolumeClaim.readOnly",
            "spec.containers.[].name",
            "spec.containers.[].image",
            "spec.containers.[].imagePullPolicy",
            "spec.containers.[].command.[]",
            "spec.containers.[].args.[]",
            "spec.containers.[].env.[].name",
            "spec.containers.[].env.[].value",
            "spec.containers.[].env.[].valueFrom.secretKeyRef.name",
            "spec.containers.[].env.[].valueFrom.secretKeyRef.key",
            "spec.containers.[].startupProbe.httpGet.path",
            "spec.containers.[].startupProbe.httpGet.port",
            "spec.containers.[].startupProbe.periodSeconds",
            "spec.containers.[].startupProbe.failureThreshold",
            "spec.containers.[].livenessProbe.httpGet.path",
            "spec.containers.[].livenessProbe.httpGet.port",
            "spec.containers.[].livenessProbe.periodSeconds",
            "spec.containers.[].livenessProbe.failureThreshold",
            "spec.containers.[].readinessProbe.httpGet.path",
            "spec.containers.[].readinessProbe.httpGet.port",
            "spec.containers.[].readinessProbe.periodSeconds",
            "spec.containers.[].readinessProbe.failureThreshold",
            "spec.containers.[].ports.[].containerPort",
            "spec.containers.[].ports.[].name",
            "spec.containers.[].ports.[].protocol",
            "spec.containers.[].resources.limits.*",
            "spec.containers.[].resources.requests.cpu",
            "spec.containers.[].resources.requests.memory",
            "spec.containers.[].securityContext.allowPrivilegeEscalation",
            "spec.containers.[].securityContext.capabilities.drop.[]",
            "spec.containers.[].securityContext.privileged",
            "spec.containers.[].securityContext.readOnlyRootFilesystem",
            "spec.containers.[].securityContext.runAsGroup",
            "spec.containers.[].securityContext.runAsNonRoot",
            "spec.containers.[].securityContext.runAsUser",
            "spec.containers.[].securityContext.seccompProfile.type",
            "spec.containers.[].volumeMounts.[].mountPath",
            "spec.containers.[].volumeMounts.[].name",
            "spec.containers.[].volumeMounts.[].readOnly",
        ],
    ),
    (
        "Service",
        &[
            "spec.type",
            "spec.selector.*",
            "spec.ports.[].name",
            "spec.ports.[].port",
            "spec.ports.[].protocol",
            "spec.ports.[].targetPort",
        ],
    ),
    (
        "NetworkPolicy",
        &[
            "spec.podSelector",
            "spec.podSelector.matchLabels.*",
            "spec.policyTypes.[]",
            "spec.ingress.[].ports.[].port",
            "spec.ingress.[].ports.[].protocol",
        ],
    ),
];

/// Calls `report` with every leaf path of `value` that its [`FieldTree`]
/// does not allow (an empty object or array counts as a leaf): `node` is the
/// tree at `value`'s path (`None` once the path left it), `any_key` whether
/// the parent allows any key here as a leaf.
fn unknown_fields<'v>(
    value: &'v Value,
    node: Option<&FieldTree>,
    any_key: bool,
    path: &mut Vec<&'v str>,
    report: &mut dyn FnMut(String),
) {
    let is_leaf = match value {
        Value::Object(map) => map.is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => true,
    };
    if is_leaf {
        let allowed = any_key || node.is_some_and(|n| n.end);
        if !allowed && !path.is_empty() {
            report(path.join("."));
        }
        return;
    }
    let mut visit = |key: &'v str, child: &'v Value| {
        path.push(key);
        unknown_fields(
            child,
            node.and_then(|n| n.children.get(key)),
            node.is_some_and(|n| n.any_key_end),
            path,
            report,
        );
        path.pop();
    };
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| visit(k, v)),
        Value::Array(items) => items.iter().for_each(|v| visit("[]", v)),
        _ => {}
    }
}

/// The field paths a kind may carry ([`K8S_FIELDS`] and
/// [`K8S_COMMON_FIELDS`]) as a tree, so that each leaf of a manifest is
/// judged in one walk down it. A leaf is allowed where its path ends a
/// pattern, or where its parent ends a pattern in `*` (one map key, which
/// may itself contain dots: `*` is the last segment of every pattern that
/// uses it). `[]` stands for any item of a list.
#[derive(Debug, Default)]
struct FieldTree {
    end: bool,
    any_key_end: bool,
    children: BTreeMap<&'static str, FieldTree>,
}

impl FieldTree {
    fn of(patterns: impl IntoIterator<Item = &'static str>) -> FieldTree {
        let mut root = FieldTree::default();
        for pattern in patterns {
            let mut node = &mut root;
            let mut segments = pattern.split('.').peekable();
            while let Some(segment) = segments.next() {
                if segment == "*" {
                    node.any_key_end = true;
                    break;
                }
                node = node.children.entry(segment).or_default();
                node.end |= segments.peek().is_none();
            }
        }
        root
    }
}

/// One [`FieldTree`] per emitted kind, built once.
static FIELD_TREES: std::sync::LazyLock<BTreeMap<&'static str, FieldTree>> =
    std::sync::LazyLock::new(|| {
        K8S_FIELDS
            .iter()
            .map(|(kind, fields)| {
                (
                    *kind,
                    FieldTree::of(fields.iter().chain(K8S_COMMON_FIELDS).copied()),
                )
            })
            .collect()
    });

/// A posture finding in an emitted Quadlet unit: the message names the unit
/// key (the artifact has no JSON pointer).
fn quadlet_violation(location: &str, rule: Rule, message: String) -> Finding {
    Finding::new("", rule, format!("quadlet {location}: {message}"))
}

/// The lists of a Pod spec that hold containers.
const CONTAINER_LISTS: &[&str] = &["containers", "initContainers", "ephemeralContainers"];

/// What the egress check needs of one NetworkPolicy.
struct NetworkPolicyView<'a> {
    at: String,
    namespace: &'a str,
    selector: Option<&'a Value>,
    /// Whether the policy restricts egress at all (Kubernetes: `Egress` in
    /// `policyTypes`, or `policyTypes` omitted and `egress` present).
    egress_typed: bool,
    /// Whether it allows any egress (a rule, whatever its peers and ports).
    allows_egress: bool,
}

impl<'a> NetworkPolicyView<'a> {
    fn of(doc: &'a Value) -> Self {
        let spec = &doc["spec"];
        let has_rules = spec["egress"].as_array().is_some_and(|r| !r.is_empty());
        let egress_typed = match spec["policyTypes"].as_array() {
            Some(types) => types.iter().any(|t| t == "Egress"),
            None => has_rules,
        };
        NetworkPolicyView {
            at: format!(
                "NetworkPolicy/{}",
                doc["metadata"]["name"].as_str().unwrap_or_default()
            ),
            namespace: doc["metadata"]["namespace"].as_str().unwrap_or("default"),
            selector: spec.get("podSelector"),
            egress_typed,
            allows_egress: egress_typed && has_rules,
        }
    }
}

/// Whether a label selector selects a Pod with `labels`: `None` when the
/// selector cannot be evaluated (an unknown operator, a value of the wrong
/// shape). An absent `matchLabels`/`matchExpressions` constrains nothing.
fn selects(selector: &Value, labels: &Value) -> Option<bool> {
    let selector = selector.as_object()?;
    let label = |key: &str| labels.get(key).and_then(Value::as_str);
    for (key, value) in selector {
        match key.as_str() {
            "matchLabels" => {
                for (k, v) in value.as_object()? {
                    if label(k) != Some(v.as_str()?) {
                        return Some(false);
                    }
                }
            }
            "matchExpressions" => {
                for e in value.as_array()? {
                    let have = label(e["key"].as_str()?);
                    let values = || -> Option<Vec<&str>> {
                        e["values"].as_array()?.iter().map(Value::as_str).collect()
                    };
                    let ok = match e["operator"].as_str()? {
                        "In" => have.is_some_and(|h| values().is_some_and(|v| v.contains(&h))),
                        "NotIn" => have.is_none_or(|h| values().is_some_and(|v| !v.contains(&h))),
                        "Exists" => have.is_some(),
                        "DoesNotExist" => have.is_none(),
                        _ => return None,
                    };
                    if !ok {
                        return Some(false);
                    }
                }
            }
            _ => return None,
        }
    }
    Some(true)
}

/// The Pod's effective egress under the stream's NetworkPolicies, which add
/// up: the Pod must be selected by a policy that restricts egress (else all
/// egress is open), and no policy that may select it may allow any egress —
/// the renderer emits none and no admission of the v0.1.0 contracts widens
/// egress. A selector that cannot be evaluated counts as selecting for a
/// policy that allows, and as not selecting for one that denies.
fn effective_egress(
    at: &str,
    namespace: &str,
    labels: &Value,
    policies: &[NetworkPolicyView],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let in_namespace = || policies.iter().filter(|p| p.namespace == namespace);
    let isolated = in_namespace()
        .any(|p| p.egress_typed && p.selector.and_then(|s| selects(s, labels)) == Some(true));
    if !isolated {
        out.push(k8s_violation(
            at,
            Rule::Posture(rule::Posture::DefaultDenyEgress),
            "no NetworkPolicy of its namespace restricts its egress, so all egress is open".into(),
        ));
    }
    for p in in_namespace() {
        let may_select = p.selector.is_none_or(|s| selects(s, labels) != Some(false));
        if p.allows_egress && may_select {
            out.push(k8s_violation(
                &p.at,
                Rule::Posture(rule::Posture::DefaultDenyEgress),
                format!(
                    "allows egress from {at}; NetworkPolicies add up, so the default deny no longer holds"
                ),
            ));
        }
    }
    out
}

/// A posture finding in emitted Kubernetes manifests: the message names the
/// object and field.
fn k8s_violation(location: &str, rule: Rule, message: String) -> Finding {
    Finding::new("", rule, format!("kubernetes {location}: {message}"))
}

/// Whether `name` is an environment variable name of the AgentPod contract
/// (`[A-Z_][A-Z0-9_]*`).
fn is_env_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_uppercase() || b == b'_')
        && bytes.all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// The `podman run` arguments (after `run`) the Quadlet generator derives
/// from a parsed-back unit's `[Container]` keys — the model of Podman 5.x's
/// mapping for every key the renderer emits, in the generator's order of
/// concern (its fixed flags, then one or more arguments per key, then
/// `PodmanArgs`, the image and `Exec`). A key outside this set, or a
/// single-valued key given twice, is an error: the model does not guess.
pub fn quadlet_command(unit: &[(String, String, String)]) -> Result<Vec<String>, String> {
    let mut argv: Vec<String> = Vec::new();
    let mut single: BTreeSet<&str> = BTreeSet::new();
    let mut image = None;
    let mut exec = Vec::new();
    let mut podman_args = Vec::new();
    // The generator reads `Environment=` into a map: a later value of a name
    // replaces an earlier one, and the variables are passed sorted by name.
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    let words = |value: &str, key: &str| {
        split_unit_words(value).map_err(|e| format!("{key}= does not split into words: {e}"))
    };
    argv.extend(
        [
            "--cidfile=%t/%N.cid",
            "--replace",
            "--rm",
            "--cgroups=split",
            "--sdnotify=conmon",
            "-d",
        ]
        .map(String::from),
    );
    let is_multi = |key: &str| {
        matches!(
            key,
            "PublishPort"
                | "Volume"
                | "Label"
                | "PodmanArgs"
                | "Tmpfs"
                | "AddDevice"
                | "Environment"
                | "Secret"
        )
    };
    // An empty value of a key that may repeat clears the values before it,
    // as the generator's LookupAll does.
    let container: Vec<(&str, &str)> = unit
        .iter()
        .filter(|(s, _, _)| s == "Container")
        .map(|(_, k, v)| (k.as_str(), v.as_str()))
        .collect();
    let kept: Vec<(&str, &str)> = container
        .iter()
        .enumerate()
        .filter(|(i, (k, v))| {
            !(is_multi(k)
                && (v.trim().is_empty()
                    || container[i + 1..]
                        .iter()
                        .any(|(k2, v2)| k2 == k && v2.trim().is_empty())))
        })
        .map(|(_, kv)| *kv)
        .collect();
    for (key, value) in kept {
        let multi = is_multi(key);
        if !multi && !single.insert(key) {
            return Err(format!("{key}= is given more than once"));
        }
        // Single-valued keys are read with their trailing whitespace trimmed.
        let value = if multi { value } else { value.trim_end() };
        match key {
            "ContainerName" => argv.extend(["--name".into(), value.into()]),
            "Image" => image = Some(value.to_string()),
            "Entrypoint" => argv.extend(["--entrypoint".into(), value.into()]),
            "Exec" => exec = words(value, key)?,
            "ReadOnly" => match value {
                "true" => argv.push("--read-only".into()),
                "false" => {}
                _ => return Err("ReadOnly= is true or false".into()),
            },
            "NoNewPrivileges" => match value {
                "true" => argv.push("--security-opt=no-new-privileges".into()),
                "false" => {}
                _ => return Err("NoNewPrivileges= is true or false".into()),
            },
            "DropCapability" => {
                // Quadlet splits this key without unescaping: a backslash
                // would not mean here what it means to the model.
                if value.contains('\\') {
                    return Err("DropCapability= holds a backslash".into());
                }
                for cap in words(value, key)? {
                    argv.extend(["--cap-drop".into(), cap.to_lowercase()]);
                }
            }
            "Tmpfs" => argv.extend(["--tmpfs".into(), value.into()]),
            "AddDevice" => argv.extend(["--device".into(), value.into()]),
            "Network" => argv.extend(["--network".into(), value.into()]),
            "PublishPort" => argv.extend(["--publish".into(), value.into()]),
            "Volume" => argv.extend(["-v".into(), value.into()]),
            "Label" => {
                for label in words(value, key)? {
                    argv.extend(["--label".into(), label]);
                }
            }
            "Environment" => {
                for var in words(value, key)? {
                    let Some((name, val)) = var.split_once('=') else {
                        return Err(format!("Environment= word {var:?} is not NAME=value"));
                    };
                    env.insert(name.to_string(), val.to_string());
                }
            }
            "Secret" => argv.extend(["--secret".into(), value.into()]),
            "ShmSize" => argv.extend(["--shm-size".into(), value.into()]),
            "PodmanArgs" => podman_args.extend(words(value, key)?),
            other => return Err(format!("{other}= has no known mapping to podman run")),
        }
    }
    for (name, val) in env {
        argv.extend(["--env".into(), format!("{name}={val}")]);
    }
    argv.extend(podman_args);
    match image {
        Some(image) => argv.push(image),
        None => return Err("the unit names no Image=".into()),
    }
    argv.extend(exec);
    Ok(argv)
}

/// Splits a value into words the way systemd does for `ExecStart=`-like
/// settings: whitespace separates words; double and single quotes group;
/// backslash escapes the next character. `%%` and `$$` are unescaped to `%`
/// and `$`; a lone `%` specifier is kept as written (the generator's own
/// `%t/%N.cid`), and a `$VARIABLE` is an error: systemd would expand it.
pub fn split_words(value: &str) -> Result<Vec<String>, String> {
    split(value, false)
}

/// [`split_words`] for a value of the unit itself (`Exec=`, `PodmanArgs=`,
/// `Label=`…): a lone `%` specifier is an error too — systemd would expand
/// it, so the word would not be what was written (the renderer always
/// writes `%%`).
pub fn split_unit_words(value: &str) -> Result<Vec<String>, String> {
    split(value, true)
}

fn split(value: &str, no_specifiers: bool) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        let mut word = String::new();
        let mut quote: Option<char> = None;
        while let Some(c) = chars.next() {
            match (quote, c) {
                (None, c) if c.is_whitespace() => break,
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (_, '\\') => match chars.next() {
                    Some('n') => word.push('\n'),
                    Some('t') => word.push('\t'),
                    Some(c @ ('\\' | '"' | '\'')) => word.push(c),
                    // The generator reads other escapes its own way, or drops
                    // the whole value: in a unit's own value, refused.
                    Some(other) if !no_specifiers => word.push(other),
                    Some(other) => {
                        return Err(format!(
                            "the escape \\{other}, which the generator does not read as written"
                        ));
                    }
                    None => return Err("a trailing backslash".into()),
                },
                (_, '%') if chars.peek() == Some(&'%') => {
                    chars.next();
                    word.push('%');
                }
                (_, '%') if no_specifiers => {
                    return Err("a lone % specifier, which systemd would expand".into());
                }
                (_, '$') if chars.peek() == Some(&'$') => {
                    chars.next();
                    word.push('$');
                }
                // systemd expands `$NAME` and `${NAME}`: the word would not be
                // what was written (Quadlet and the renderer never emit one).
                (_, '$')
                    if chars
                        .peek()
                        .is_some_and(|c| *c == '{' || c.is_ascii_alphabetic() || *c == '_') =>
                {
                    return Err("an unescaped $VARIABLE, which systemd would expand".into());
                }
                (_, c) => word.push(c),
            }
        }
        if quote.is_some() {
            return Err("an unterminated quote".into());
        }
        words.push(word);
    }
    Ok(words)
}

/// Parses a unit file the way Podman's Quadlet generator reads it (a port of
/// `pkg/systemd/parser` `UnitFile.Parse`, checked against the real generator
/// in `tests/it/external_validators.rs`): every line is trimmed; a blank line or
/// one starting with `#` or `;` is a comment, which never continues and is
/// skipped inside a continuation; any other line ending in `\` continues onto
/// the next, joined with nothing between; then `[Section]` (whitespace only
/// after the `]`) or `Key=Value` (the key right-trimmed, the value
/// left-trimmed). Returns (section, key, value) in order; anything else is
/// an error, as it is for the generator.
pub fn parse_unit(text: &str) -> Result<Vec<(String, String, String)>, String> {
    let mut out = Vec::new();
    let mut section: Option<String> = None;
    let mut remaining = String::new();
    let lines: Vec<&str> = text
        .strip_suffix('\n')
        .unwrap_or(text)
        .split('\n')
        .collect();
    for (n, raw) in lines.iter().enumerate() {
        let mut line = raw.trim().to_string();
        let comment = line.is_empty() || line.starts_with('#') || line.starts_with(';');
        if comment {
            if !remaining.is_empty() {
                continue;
            }
        } else {
            if let Some(stripped) = line.strip_suffix('\\') {
                line = stripped.to_string();
                if n + 1 != lines.len() {
                    remaining.push_str(&line);
                    continue;
                }
            }
            if !remaining.is_empty() {
                line = std::mem::take(&mut remaining) + &line;
            }
        }
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[')
            && let Some(end) = rest.find(']')
            && rest[end + 1..].chars().all(|c| c == ' ' || c == '\t')
        {
            let name = &rest[..end];
            if name.is_empty() || name.contains('[') || name.chars().any(char::is_control) {
                return Err(format!("line {}: an invalid section name", n + 1));
            }
            section = Some(name.to_string());
            continue;
        }
        let Some((key, value)) = line.split_once('=').filter(|(k, _)| !k.is_empty()) else {
            return Err(format!("line {}: not a Key=Value line", n + 1));
        };
        let Some(section) = &section else {
            return Err(format!("line {}: a key outside any section", n + 1));
        };
        out.push((
            section.clone(),
            key.trim_end().to_string(),
            value.trim_start().to_string(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The unknown leaves of `value` under `patterns`.
    fn unknown(patterns: &[&'static str], value: Value) -> Vec<String> {
        let tree = FieldTree::of(patterns.iter().copied());
        let mut out = Vec::new();
        unknown_fields(&value, Some(&tree), false, &mut Vec::new(), &mut |f| {
            out.push(f)
        });
        out
    }

    #[test]
    fn the_field_tree_allows_exact_paths_one_key_under_a_star_and_list_items() {
        let patterns = &["a.b", "a.labels.*", "a.items.[].name", "a.empty"];
        assert_eq!(
            unknown(
                patterns,
                serde_json::json!({
                    "a": {
                        "b": 1,
                        "labels": {"x.y/z": "1", "other": "2"},
                        "items": [{"name": "n"}, {"name": "m"}],
                        "empty": {}
                    }
                })
            ),
            Vec::<String>::new()
        );
        // A key beside an allowed one, a path below a star's key, a field of
        // a list item, a leaf where only a prefix is allowed, an empty object
        // where nothing is.
        assert_eq!(
            unknown(
                patterns,
                serde_json::json!({
                    "a": {
                        "c": 1,
                        "labels": {"x": {"deeper": "1"}},
                        "items": [{"name": "n", "image": "i"}],
                        "b2": [],
                    },
                    "z": {}
                })
            ),
            ["a.c", "a.labels.x.deeper", "a.items.[].image", "a.b2", "z"]
        );
        // A leaf at a prefix of a pattern is not allowed by it.
        assert_eq!(
            unknown(patterns, serde_json::json!({"a": {"items": 1}})),
            ["a.items"]
        );
    }
}
