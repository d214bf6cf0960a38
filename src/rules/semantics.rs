//! Semantic rules: what a schema cannot say about one document.
//!
//! Each rule has a stable code. `validate` reports them after the schema and
//! typed checks; renderers refuse a pod that breaks one.
//!
//! Most rules say a document is malformed (it contradicts itself). A few —
//! [`STATE_RULES`] — say that a well-formed document reports a non-compliant
//! state: `validate` warns about those, and evidence is judged where it is
//! used (activation, `storage verify`), from the same findings.

use std::collections::BTreeMap;

use crate::base::finding::Finding;

use crate::base::grammar::{
    CpuQuantity, Entrypoint, HostPath, ImageRef, MemoryLimit, MountTarget, Namespace,
};
use crate::base::rule::{self, Rule};
use crate::contracts::agent_pod::{
    AgentPod, AgentPodPortsItemExposure, AgentPodRuntimeNetworkMode,
};
use crate::contracts::wire::AccessMode;
use crate::contracts::wire::PodType;

/// How a broken rule bears on the document that breaks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The document is malformed: it contradicts itself or asks for what is
    /// never allowed. `validate` reports it invalid.
    Error,
    /// The document is well formed and truthfully reports a non-compliant
    /// state (a volume observed world-writable, encryption required but not
    /// observed). `validate` accepts it with a warning; evidence is judged
    /// where it is used: activation and `storage verify` refuse it.
    Warning,
}

/// The rules that describe what was observed, not a malformed document:
/// [`Severity::Warning`] in `validate`. Every other rule is an error. The
/// `check_*` functions still return these findings with the others: whoever
/// *uses* the evidence refuses them.
pub const STATE_RULES: &[Rule] = &[
    Rule::Storage(rule::Storage::WorldWritable),
    Rule::Storage(rule::Storage::SymlinkTraversal),
    Rule::Storage(rule::Storage::EncryptionObserved),
    Rule::Storage(rule::Storage::QuotaObserved),
    // Evidence that a workload runs without a live allowance is a truthful
    // report of a non-compliant state (the SourceOS corpus has one): it is
    // valid with a warning, and the gate (P3) and AgentPlane refuse it.
    Rule::Evidence(rule::Evidence::RunningAuthority),
];

/// The severity of `rule` in `validate` (see [`STATE_RULES`]).
pub fn severity(rule: Rule) -> Severity {
    if STATE_RULES.contains(&rule) {
        Severity::Warning
    } else {
        Severity::Error
    }
}

/// The bounds that keep rendering linear and small (`pod/bounds`).
pub mod bounds {
    /// Arguments in `runtime.args`.
    pub const ARGS: usize = 256;
    /// Bytes in one argument.
    pub const ARG_BYTES: usize = 8192;
    /// Entries in `labels`.
    pub const LABELS: usize = 64;
    /// Bytes in one label key or value.
    pub const LABEL_BYTES: usize = 1024;
    /// Items in `storage`.
    pub const STORAGE: usize = 16;
    /// Items in `ports`.
    pub const PORTS: usize = 32;
    /// Items in `resources.accelerators`.
    pub const ACCELERATORS: usize = 16;
    /// Bytes in `workload.name` and `workload.description`.
    pub const TEXT_BYTES: usize = 1024;
    /// Entries in `runtime.env` (v0.2.0).
    pub const ENV: usize = 128;
    /// Bytes in one `runtime.env` value.
    pub const ENV_VALUE_BYTES: usize = 4096;
    /// Entries in `runtime.secretRefs` (v0.2.0).
    pub const SECRET_REFS: usize = 32;
    /// Bytes in an environment variable name or a secret name.
    pub const NAME_BYTES: usize = 63;
    /// Bytes in `runtime.health.httpPath`.
    pub const HTTP_PATH_BYTES: usize = 256;
    /// Bytes of `runtime.shmSizeBytes`: 1 TiB (Podman stores it as a signed
    /// 64-bit count; anything near that fails only when the container starts).
    pub const SHM_BYTES: u64 = 1 << 40;
    /// Seconds in `runtime.health.startupSeconds`.
    pub const STARTUP_SECONDS: u64 = 3600;
}

/// The `_`-separated words that mark an environment variable as a
/// credential (`HF_TOKEN`, `OPENAI_API_KEY`, `DB_PASSWORD`, `MYSQL_PWD`): its
/// value is passed by `secretRefs`, never written in the pod.
pub const CREDENTIAL_WORDS: &[&str] = &[
    "TOKEN",
    "TOKENS",
    "KEY",
    "KEYS",
    "APIKEY",
    "APIKEYS",
    "SECRET",
    "SECRETS",
    "PASSWORD",
    "PASSWORDS",
    "PASSWD",
    "PWD",
    "PASSPHRASE",
    "CREDENTIAL",
    "CREDENTIALS",
    "PAT",
    "JWT",
    "AUTHORIZATION",
    "COOKIE",
];

/// Endings that mark a word glued from a prefix and a credential word
/// (`PGPASSWORD`, `HFTOKEN`, `MYAPIKEY`).
pub const CREDENTIAL_ENDINGS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "PASSPHRASE",
    "TOKEN",
    "SECRET",
    "APIKEY",
];

/// Whether an environment variable of this name holds a credential: one of
/// its `_`-separated words is a [`CREDENTIAL_WORDS`] entry or ends with a
/// [`CREDENTIAL_ENDINGS`] one.
pub fn is_credential_name(name: &str) -> bool {
    name.split('_')
        .filter(|w| !w.is_empty())
        .any(|w| CREDENTIAL_WORDS.contains(&w) || CREDENTIAL_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// Whether `value`, given to a credential-named variable, is configuration
/// about a credential rather than the credential: a switch (`0`, `1`,
/// `true`, `false`, `yes`, `no`, `on`, `off`: `HF_HUB_DISABLE_IMPLICIT_TOKEN=1`)
/// or an absolute path to where it is kept (`GOOGLE_APPLICATION_CREDENTIALS`,
/// `SSL_KEY_FILE`) — a mounted file, not the secret.
pub fn is_credential_setting(value: &str) -> bool {
    let switch = ["0", "1", "true", "false", "yes", "no", "on", "off"]
        .iter()
        .any(|s| value.eq_ignore_ascii_case(s));
    let path = value.starts_with('/')
        && value.len() > 1
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-".contains(&b));
    switch || path || value.is_empty()
}

/// Label keys the renderers set themselves; a pod cannot set them.
pub const RESERVED_LABEL_KEYS: &[&str] = &[
    "managed-by",
    "app.kubernetes.io/managed-by",
    "app.kubernetes.io/instance",
];
/// The label prefix of the renderers' own labels (the AgentPod id).
pub const RESERVED_LABEL_PREFIX: &str = "agent-machine.sourceos.dev/";

/// The values of an AgentPod that reach an artifact, parsed into their
/// grammars (see [`crate::base::grammar`]). Renderers emit these, never the raw
/// strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedPod {
    /// The image to run: pinned to `runtime.imageDigest` when there is one.
    pub image: ImageRef,
    /// The entrypoint, when the pod names one.
    pub entrypoint: Option<Entrypoint>,
    /// The Kubernetes namespace, when the pod names one.
    pub namespace: Option<Namespace>,
    /// `resources.cpu.request`.
    pub cpu_request: CpuQuantity,
    /// `resources.cpu.limit`.
    pub cpu_limit: CpuQuantity,
    /// `resources.memoryBytes.limit`.
    pub memory_limit: MemoryLimit,
}

/// The semantic rules of an AgentPod, and its values in their grammars.
///
/// - `pod/unique-port-name`, `pod/unique-container-port`, `pod/unique-host-port`:
///   ports are told apart by name and number.
/// - `pod/unique-mount-path`: two storage items cannot share a mount path.
/// - `pod/unique-storage-source`: two storage items cannot share a `pvcName`,
///   nor host paths that overlap (one the other or beneath it, `/home` read as
///   `/var/home`): a second, writable mount of a model volume.
/// - `pod/label-key`: no label key is the renderers' own ([`RESERVED_LABEL_KEYS`],
///   [`RESERVED_LABEL_PREFIX`]), empty, or holds `=`.
/// - `pod/writable-entrypoint`: no writable mount holds an absolute entrypoint.
/// - `pod/host-network`: `networkMode: host` is never rendered, whatever
///   `policy.allowHostNetwork` says.
/// - `pod/memory-request`, `pod/cpu-request`: a request does not exceed its limit.
/// - `pod/bounds`: counts and sizes stay within [`bounds`].
/// - `pod/secret-in-spec`: no value has the shape of a secret
///   (`allowSecretInSpec` is const false; see [`crate::base::secrets`]).
/// - `grammar/*`: image, entrypoint, host paths, mount targets, namespace, CPU
///   and memory are parsed into their grammars ([`crate::base::grammar`]).
pub fn check_agent_pod(pod: &AgentPod) -> Result<CheckedPod, Vec<Finding>> {
    let bounded = check_bounds(pod);
    if !bounded.is_empty() {
        // Nothing else is looked at: an oversized pod costs no more to refuse.
        return Err(bounded);
    }
    let mut out = Vec::new();
    let mut finding = |pointer: String, rule: Rule, message: String| {
        out.push(Finding {
            pointer,
            rule,
            message,
            hint: None,
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
                Rule::Pod(rule::Pod::UniquePortName),
                format!("this port name is already used by /ports/{first}"),
            );
        }
        if let Some(first) = container_ports.insert(port.container_port, i) {
            finding(
                format!("/ports/{i}/containerPort"),
                Rule::Pod(rule::Pod::UniqueContainerPort),
                format!(
                    "container port {} is already used by /ports/{first}",
                    port.container_port
                ),
            );
        }
        // A published port without a hostPort publishes on its container
        // port: that is its host port too.
        let published = matches!(
            port.exposure,
            AgentPodPortsItemExposure::Loopback | AgentPodPortsItemExposure::Host
        );
        let host = port
            .host_port
            .map(|h| h.get())
            .or(published.then(|| port.container_port.get()));
        if let Some(host) = host
            && let Some(first) = host_ports.insert(host, i)
        {
            let field = if port.host_port.is_some() {
                "hostPort"
            } else {
                "containerPort"
            };
            finding(
                format!("/ports/{i}/{field}"),
                Rule::Pod(rule::Pod::UniqueHostPort),
                format!("host port {host} is already used by /ports/{first}"),
            );
        }
    }
    let kubernetes = matches!(
        pod.pod_type,
        PodType::KubernetesPod | PodType::KubernetesCrd
    );
    if kubernetes && let Some(sa) = &pod.runtime.service_account_name {
        if !crate::base::names::is_dns1123_subdomain(sa) {
            finding(
                "/runtime/serviceAccountName".into(),
                Rule::Render(rule::Render::Dns1123Subdomain),
                "a service account name is a DNS-1123 subdomain".into(),
            );
        } else if sa == "default" {
            finding(
                "/runtime/serviceAccountName".into(),
                Rule::Pod(rule::Pod::ServiceAccount),
                "the namespace's default service account is shared; a workload gets one of its own (the renderer creates it, without token automount)".into(),
            );
        }
    }
    let mut mounts = BTreeMap::new();
    let mut host_paths: BTreeMap<&str, usize> = BTreeMap::new();
    let mut claims = BTreeMap::new();
    for (i, item) in pod.storage.iter().enumerate() {
        if let Err(e) = MountTarget::parse(&item.mount_path) {
            finding(format!("/storage/{i}/mountPath"), e.rule, e.message);
        }
        if let Some(first) = mounts.insert(item.mount_path.as_str(), i) {
            finding(
                format!("/storage/{i}/mountPath"),
                Rule::Pod(rule::Pod::UniqueMountPath),
                format!("this path is already mounted by /storage/{first}"),
            );
        }
        if let Some(host) = &item.host_path {
            if let Err(e) = HostPath::parse(host) {
                finding(format!("/storage/{i}/hostPath"), e.rule, e.message);
            }
            let overlapping = host_paths
                .iter()
                .find(|(other, _)| crate::base::grammar::host_paths_overlap(host, other))
                .map(|(_, first)| *first);
            host_paths.insert(host.as_str(), i);
            if let Some(first) = overlapping {
                finding(
                    format!("/storage/{i}/hostPath"),
                    Rule::Pod(rule::Pod::UniqueStorageSource),
                    format!("this host path overlaps the one mounted by /storage/{first}"),
                );
            }
        }
        // Kubernetes names, judged where they are used: on Kubernetes pods.
        if kubernetes {
            if let Some(pvc) = &item.pvc_name
                && !crate::base::names::is_dns1123_label(pvc)
            {
                finding(
                    format!("/storage/{i}/pvcName"),
                    Rule::Render(rule::Render::Dns1123Label),
                    "a claim name is a DNS-1123 label".into(),
                );
            }
            if let Some(class) = &item.storage_class_name
                && !crate::base::names::is_dns1123_subdomain(class)
            {
                finding(
                    format!("/storage/{i}/storageClassName"),
                    Rule::Render(rule::Render::Dns1123Subdomain),
                    "a storage class name is a DNS-1123 subdomain".into(),
                );
            }
        }
        if let Some(pvc) = &item.pvc_name
            && let Some(first) = claims.insert(pvc.as_str(), i)
        {
            finding(
                format!("/storage/{i}/pvcName"),
                Rule::Pod(rule::Pod::UniqueStorageSource),
                format!("this claim is already mounted by /storage/{first}"),
            );
        }
    }
    for (key, _) in pod.labels.iter().flat_map(|l| l.iter()) {
        // Compared without case and surrounding space: a lookalike key would
        // sit beside the real one and mislead whoever selects on it.
        let folded = key.trim().to_ascii_lowercase();
        let reserved = RESERVED_LABEL_KEYS.contains(&folded.as_str())
            || folded.starts_with(RESERVED_LABEL_PREFIX);
        if reserved || key.contains('=') || key.is_empty() || key.chars().any(char::is_whitespace) {
            finding(
                format!("/labels/{}", crate::base::json::escape_pointer_segment(key)),
                Rule::Pod(rule::Pod::LabelKey),
                if reserved {
                    "this label key is the renderer's own (it names the manager and the AgentPod); a pod cannot set it".into()
                } else {
                    "a label key is not empty and holds no whitespace and no '=' (Podman splits a label at its first '=')".into()
                },
            );
        }
    }
    // A writable mount over the entrypoint's directory would let the workload
    // replace its own executable, persistently, past the read-only root.
    if let Some(entry) = pod
        .runtime
        .entrypoint
        .as_deref()
        .filter(|e| e.starts_with('/'))
    {
        for (i, item) in pod.storage.iter().enumerate() {
            let writable = item.access_mode != AccessMode::ReadOnly
                && item.volume_class != Some(crate::contracts::wire::VolumeClass::AgentModels);
            let target = item.mount_path.trim_end_matches('/');
            if writable && !target.is_empty() && entry.starts_with(&format!("{target}/")) {
                finding(
                    format!("/storage/{i}/mountPath"),
                    Rule::Pod(rule::Pod::WritableEntrypoint),
                    "a writable mount would hold the entrypoint: the workload could replace its own executable".into(),
                );
            }
        }
    }
    check_environment(pod, &ports, &mut finding);
    if pod.runtime.network_mode == AgentPodRuntimeNetworkMode::Host {
        finding(
            "/runtime/networkMode".into(),
            Rule::Pod(rule::Pod::HostNetwork),
            "networkMode host is never rendered: a workload gets its own network namespace \
             (loopback, slirp4netns or none locally; a ClusterIP Service on Kubernetes), \
             whatever policy.allowHostNetwork says"
                .into(),
        );
    }
    let image = match ImageRef::parse(&pod.runtime.image_or_command) {
        Ok(image) => match &pod.runtime.image_digest {
            Some(digest) => image
                .pinned(digest.as_str())
                .map_err(|e| finding("/runtime/imageDigest".into(), e.rule, e.message))
                .ok(),
            None => Some(image),
        },
        Err(e) => {
            finding("/runtime/imageOrCommand".into(), e.rule, e.message);
            None
        }
    };
    let entrypoint = match pod.runtime.entrypoint.as_deref().map(Entrypoint::parse) {
        None => Some(None),
        Some(Ok(e)) => Some(Some(e)),
        Some(Err(e)) => {
            finding("/runtime/entrypoint".into(), e.rule, e.message);
            None
        }
    };
    let namespace = match pod.runtime.namespace.as_deref().map(Namespace::parse) {
        None => Some(None),
        Some(Ok(ns)) => Some(Some(ns)),
        Some(Err(e)) => {
            finding("/runtime/namespace".into(), e.rule, e.message);
            None
        }
    };
    let mut cpu = |pointer: &str, q: &str| match CpuQuantity::parse(q) {
        Ok(q) => Some(q),
        Err(e) => {
            finding(pointer.into(), e.rule, e.message);
            None
        }
    };
    let cpu_request = cpu("/resources/cpu/request", &pod.resources.cpu.request);
    let cpu_limit = cpu("/resources/cpu/limit", &pod.resources.cpu.limit);
    if let (Some(request), Some(limit)) = (cpu_request, cpu_limit)
        && request > limit
    {
        finding(
            "/resources/cpu/request".into(),
            Rule::Pod(rule::Pod::CpuRequest),
            "the CPU request exceeds the limit".into(),
        );
    }
    let memory = &pod.resources.memory_bytes;
    let memory_limit = match MemoryLimit::new(memory.limit) {
        Ok(m) => Some(m),
        Err(e) => {
            finding("/resources/memoryBytes/limit".into(), e.rule, e.message);
            None
        }
    };
    if memory.request > memory.limit {
        finding(
            "/resources/memoryBytes/request".into(),
            Rule::Pod(rule::Pod::MemoryRequest),
            format!(
                "the request ({}) exceeds the limit ({})",
                memory.request, memory.limit
            ),
        );
    }
    let value = serde_json::to_value(pod).expect("generated types serialize");
    for f in crate::base::secrets::scan_value(&value) {
        finding(
            f.pointer,
            Rule::Pod(rule::Pod::SecretInSpec),
            format!(
                "this value has the shape of a secret ({}); an AgentPod never carries secret values",
                f.shape
            ),
        );
    }
    match (
        image,
        entrypoint,
        namespace,
        cpu_request,
        cpu_limit,
        memory_limit,
    ) {
        (
            Some(image),
            Some(entrypoint),
            Some(namespace),
            Some(cpu_request),
            Some(cpu_limit),
            Some(memory_limit),
        ) if out.is_empty() => Ok(CheckedPod {
            image,
            entrypoint,
            namespace,
            cpu_request,
            cpu_limit,
            memory_limit,
        }),
        _ => Err(out),
    }
}

/// The v0.2.0 runtime fields: environment, secrets by reference, shared
/// memory and the health check.
///
/// - `pod/unique-env-name`: a variable is set once, by `env` or by `secretRefs`.
/// - `pod/secret-in-env`: a credential-named variable ([`is_credential_name`])
///   with a value in `env`; it belongs in `secretRefs`.
/// - `pod/unique-secret-ref`: a secret is referenced once.
/// - `pod/secret-name`: a secret name with a character outside `0-9a-f`:
///   Podman looks a secret up by name, then by ID and by ID *prefix*, so an
///   all-hex name could silently pick another secret.
/// - `pod/shm-size`: shared memory is memory: at most the memory limit.
/// - `pod/health-port`: the health check names a declared port.
fn check_environment(
    pod: &AgentPod,
    ports: &[&crate::contracts::agent_pod::AgentPodPortsItem],
    finding: &mut impl FnMut(String, Rule, String),
) {
    let runtime = &pod.runtime;
    let mut names: BTreeMap<&str, String> = BTreeMap::new();
    for (i, var) in runtime.env.iter().flat_map(|e| e.iter()).enumerate() {
        let name = var.name.as_str();
        if let Some(first) = names.insert(name, format!("/runtime/env/{i}")) {
            finding(
                format!("/runtime/env/{i}/name"),
                Rule::Pod(rule::Pod::UniqueEnvName),
                format!("{name} is already set by {first}"),
            );
        }
        if is_credential_name(name) && !is_credential_setting(var.value.as_str()) {
            finding(
                format!("/runtime/env/{i}/value"),
                Rule::Pod(rule::Pod::SecretInEnv),
                format!(
                    "{name} names a credential: its value is never written in an AgentPod; reference a Podman secret or Kubernetes Secret with runtime.secretRefs [{{\"name\": \"<secret>\", \"target\": \"{name}\"}}]"
                ),
            );
        }
    }
    let mut secrets: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, secret) in runtime
        .secret_refs
        .iter()
        .flat_map(|e| e.iter())
        .enumerate()
    {
        let target = secret.target.as_str();
        if let Some(first) = names.insert(target, format!("/runtime/secretRefs/{i}")) {
            finding(
                format!("/runtime/secretRefs/{i}/target"),
                Rule::Pod(rule::Pod::UniqueEnvName),
                format!("{target} is already set by {first}"),
            );
        }
        if secret.name.bytes().all(|b| b.is_ascii_hexdigit()) {
            finding(
                format!("/runtime/secretRefs/{i}/name"),
                Rule::Pod(rule::Pod::SecretName),
                "a secret name made only of hex digits could match another secret's ID or ID prefix (Podman looks secrets up by name, then by ID); add a letter past f or a '-'".into(),
            );
        }
        if let Some(first) = secrets.insert(secret.name.as_str(), i) {
            finding(
                format!("/runtime/secretRefs/{i}/name"),
                Rule::Pod(rule::Pod::UniqueSecretRef),
                format!("this secret is already referenced by /runtime/secretRefs/{first}"),
            );
        }
    }
    if let Some(shm) = runtime.shm_size_bytes
        && (shm.get() > pod.resources.memory_bytes.limit || shm.get() > bounds::SHM_BYTES)
    {
        finding(
            "/runtime/shmSizeBytes".into(),
            Rule::Pod(rule::Pod::ShmSize),
            format!(
                "shared memory ({shm} bytes) is memory: it cannot exceed the memory limit ({}), nor {} bytes",
                pod.resources.memory_bytes.limit,
                bounds::SHM_BYTES
            ),
        );
    }
    if let Some(health) = &runtime.health
        && !ports.iter().any(|p| p.name == health.port)
    {
        finding(
            "/runtime/health/port".into(),
            Rule::Pod(rule::Pod::HealthPort),
            format!(
                "the health check is sent to port {:?}, which /ports does not declare",
                health.port
            ),
        );
    }
}

/// `pod/bounds`: the counts and sizes of [`bounds`].
fn check_bounds(pod: &AgentPod) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut bound = |pointer: String, what: &str, len: usize, max: usize| {
        if len > max {
            out.push(Finding {
                pointer,
                rule: Rule::Pod(rule::Pod::Bounds),
                message: format!("{what}: {len}, more than the bound of {max}"),
                hint: None,
            });
        }
    };
    let args = pod.runtime.args.as_ref().map_or(&[][..], |a| &a[..]);
    bound(
        "/runtime/args".into(),
        "arguments",
        args.len(),
        bounds::ARGS,
    );
    for (i, a) in args.iter().enumerate().take(bounds::ARGS) {
        bound(
            format!("/runtime/args/{i}"),
            "bytes in an argument",
            a.len(),
            bounds::ARG_BYTES,
        );
    }
    let labels = pod.labels.as_ref().map_or(0, |l| l.len());
    bound("/labels".into(), "labels", labels, bounds::LABELS);
    for (k, v) in pod
        .labels
        .iter()
        .flat_map(|l| l.iter())
        .take(bounds::LABELS)
    {
        bound(
            format!("/labels/{}", crate::base::json::escape_pointer_segment(k)),
            "bytes in a label key or value",
            k.len().max(v.len()),
            bounds::LABEL_BYTES,
        );
    }
    bound(
        "/storage".into(),
        "storage items",
        pod.storage.len(),
        bounds::STORAGE,
    );
    let ports = pod.ports.as_ref().map_or(0, |p| p.len());
    bound("/ports".into(), "ports", ports, bounds::PORTS);
    let accelerators = pod.resources.accelerators.as_ref().map_or(0, |a| a.len());
    bound(
        "/resources/accelerators".into(),
        "accelerators",
        accelerators,
        bounds::ACCELERATORS,
    );
    bound(
        "/workload/name".into(),
        "bytes in the name",
        pod.workload.name.len(),
        bounds::TEXT_BYTES,
    );
    let env = pod.runtime.env.as_ref().map_or(&[][..], |e| &e[..]);
    bound("/runtime/env".into(), "variables", env.len(), bounds::ENV);
    for (i, var) in env.iter().enumerate().take(bounds::ENV) {
        bound(
            format!("/runtime/env/{i}/name"),
            "bytes in a variable name",
            var.name.len(),
            bounds::NAME_BYTES,
        );
        bound(
            format!("/runtime/env/{i}/value"),
            "bytes in a variable value",
            var.value.len(),
            bounds::ENV_VALUE_BYTES,
        );
    }
    let secrets = pod.runtime.secret_refs.as_ref().map_or(&[][..], |e| &e[..]);
    bound(
        "/runtime/secretRefs".into(),
        "secret references",
        secrets.len(),
        bounds::SECRET_REFS,
    );
    for (i, secret) in secrets.iter().enumerate().take(bounds::SECRET_REFS) {
        bound(
            format!("/runtime/secretRefs/{i}/name"),
            "bytes in a secret name",
            secret.name.len(),
            bounds::NAME_BYTES,
        );
        bound(
            format!("/runtime/secretRefs/{i}/target"),
            "bytes in a variable name",
            secret.target.len(),
            bounds::NAME_BYTES,
        );
    }
    if let Some(health) = &pod.runtime.health {
        bound(
            "/runtime/health/httpPath".into(),
            "bytes in the health check path",
            health.http_path.len(),
            bounds::HTTP_PATH_BYTES,
        );
        if let Some(seconds) = health.startup_seconds {
            bound(
                "/runtime/health/startupSeconds".into(),
                "startup seconds",
                usize::try_from(seconds.get()).unwrap_or(usize::MAX),
                bounds::STARTUP_SECONDS as usize,
            );
        }
    }
    let description = pod.workload.description.as_ref().map_or(0, |d| d.len());
    bound(
        "/workload/description".into(),
        "bytes in the description",
        description,
        bounds::TEXT_BYTES,
    );
    out
}

fn list<T: AsRef<str>>(items: Option<&[T]>) -> Vec<&str> {
    items
        .unwrap_or_default()
        .iter()
        .map(AsRef::as_ref)
        .collect()
}

fn overlap(a: &[&str], b: &[&str]) -> Vec<String> {
    a.iter()
        .filter(|x| b.contains(x))
        .map(|x| x.to_string())
        .collect()
}

/// The semantic rules of a PolicyAdmission.
///
/// - `admission/status-authorization`: `authorizationGranted` is true exactly when the status is `allowed`.
/// - `admission/decided-refs`: a decided admission (`allowed`, `denied`) names its decision ref and
///   digest; a `missing` one has both `null`.
/// - `admission/missing-allows-nothing`: a `missing` admission allows nothing.
/// - `admission/scope-overlap`: nothing is both allowed and denied.
/// - `admission/required-receipts`: an allowed admission names the receipts it requires.
pub fn check_policy_admission(a: &crate::contracts::PolicyAdmission) -> Result<(), Vec<Finding>> {
    use crate::contracts::wire::AdmissionStatus as S;
    let mut out = Vec::new();
    let mut finding = |pointer: &str, rule: Rule, message: String| {
        out.push(Finding {
            pointer: pointer.into(),
            rule,
            message,
            hint: None,
        });
    };
    let d = &a.decision;
    if d.authorization_granted != (d.status == S::Allowed) {
        finding(
            "/decision/authorizationGranted",
            Rule::Admission(rule::Admission::StatusAuthorization),
            format!(
                "authorizationGranted is {} but the status is {}",
                d.authorization_granted, d.status
            ),
        );
    }
    match d.status {
        S::Allowed | S::Denied if d.decision_ref.is_none() || d.decision_digest.is_none() => {
            finding(
                "/decision",
                Rule::Admission(rule::Admission::DecidedRefs),
                format!(
                    "a {} admission names its decisionRef and decisionDigest",
                    d.status
                ),
            );
        }
        S::Missing if d.decision_ref.is_some() || d.decision_digest.is_some() => {
            finding(
                "/decision",
                Rule::Admission(rule::Admission::DecidedRefs),
                "a missing admission has a null decisionRef and decisionDigest".into(),
            );
        }
        _ => {}
    }
    let (al, de) = (&a.scope.allowed, &a.scope.denied);
    let keys: [(&str, Vec<&str>, Vec<&str>); 4] = [
        (
            "networkExposure",
            list(al.network_exposure.as_deref()),
            list(de.network_exposure.as_deref()),
        ),
        (
            "storageClasses",
            list(al.storage_classes.as_deref()),
            list(de.storage_classes.as_deref()),
        ),
        (
            "volumeClasses",
            list(al.volume_classes.as_deref()),
            list(de.volume_classes.as_deref()),
        ),
        (
            "sideEffects",
            list(al.side_effects.as_deref()),
            list(de.side_effects.as_deref()),
        ),
    ];
    let providers_allowed = list(al.provider_ids.as_deref());
    let providers_denied = list(de.provider_ids.as_deref());
    for (key, allowed, denied) in keys
        .iter()
        .map(|(k, a, d)| (*k, a, d))
        .chain(std::iter::once((
            "providerIds",
            &providers_allowed,
            &providers_denied,
        )))
    {
        let both = overlap(allowed, denied);
        if !both.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                Rule::Admission(rule::Admission::ScopeOverlap),
                format!("{} both allowed and denied", both.join(", ")),
            );
        }
        if d.status == S::Missing && !allowed.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                Rule::Admission(rule::Admission::MissingAllowsNothing),
                "a missing admission allows nothing".into(),
            );
        }
    }
    if al.cache_reuse == Some(true) && de.cache_reuse == Some(true) {
        finding(
            "/scope/allowed/cacheReuse",
            Rule::Admission(rule::Admission::ScopeOverlap),
            "cache reuse is both allowed and denied".into(),
        );
    }
    if d.status == S::Allowed && a.obligations.required_receipts.is_empty() {
        finding(
            "/obligations/requiredReceipts",
            Rule::Admission(rule::Admission::RequiredReceipts),
            "an allowed admission names the receipts it requires".into(),
        );
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The semantic rules of an AgentRegistryGrant.
///
/// - `grant/status-authorization`: `authorizationGranted` is true exactly when the status is `active`.
/// - `grant/revocation-status`: the revocation status agrees with the grant status.
/// - `grant/active-refs`: an active grant names its ref, digest, expiry and revocation hook; a
///   missing one has a null ref and digest.
/// - `grant/allowed-within-requested`: everything allowed was requested.
/// - `grant/scope-overlap`: nothing is both allowed and denied.
pub fn check_agent_registry_grant(
    g: &crate::contracts::AgentRegistryGrant,
) -> Result<(), Vec<Finding>> {
    use crate::contracts::agent_registry_grant::{
        AgentRegistryGrantGrantRevocationStatus as R, AgentRegistryGrantGrantStatus as S,
        RegistryScope,
    };
    let mut out = Vec::new();
    let mut finding = |pointer: &str, rule: Rule, message: String| {
        out.push(Finding {
            pointer: pointer.into(),
            rule,
            message,
            hint: None,
        });
    };
    let grant = &g.grant;
    if grant.authorization_granted != (grant.status == S::Active) {
        finding(
            "/grant/authorizationGranted",
            Rule::Grant(rule::Grant::StatusAuthorization),
            format!(
                "authorizationGranted is {} but the status is {}",
                grant.authorization_granted, grant.status
            ),
        );
    }
    let consistent = match grant.status {
        S::Active => grant.revocation_status == R::Active,
        S::Revoked => grant.revocation_status == R::Revoked,
        S::Expired => grant.revocation_status == R::Expired,
        S::Denied => grant.revocation_status == R::Denied,
        S::Missing | S::Unknown => grant.revocation_status != R::Active,
    };
    if !consistent {
        finding(
            "/grant/revocationStatus",
            Rule::Grant(rule::Grant::RevocationStatus),
            format!(
                "revocation status {} contradicts grant status {}",
                grant.revocation_status, grant.status
            ),
        );
    }
    match grant.status {
        S::Active
            if grant.grant_ref.is_none()
                || grant.grant_digest.is_none()
                || grant.expires_at.is_none()
                || grant.revocation_hook_ref.is_none() =>
        {
            finding(
                "/grant",
                Rule::Grant(rule::Grant::ActiveRefs),
                "an active grant names its grantRef, grantDigest, expiresAt and revocationHookRef"
                    .into(),
            );
        }
        S::Missing if grant.grant_ref.is_some() || grant.grant_digest.is_some() => {
            finding(
                "/grant",
                Rule::Grant(rule::Grant::ActiveRefs),
                "a missing grant has a null grantRef and grantDigest".into(),
            );
        }
        _ => {}
    }
    let fields = |s: &RegistryScope| -> [(&'static str, Vec<String>); 7] {
        let v = |l: &crate::contracts::wire::UniqueList<String>| l.to_vec();
        [
            ("providerIds", v(&s.provider_ids)),
            ("modelRefs", v(&s.model_refs)),
            ("toolRefs", v(&s.tool_refs)),
            ("cacheScopeRefs", v(&s.cache_scope_refs)),
            ("memoryScopeRefs", v(&s.memory_scope_refs)),
            ("storageScopeRefs", v(&s.storage_scope_refs)),
            ("evidenceScopeRefs", v(&s.evidence_scope_refs)),
        ]
    };
    let requested = fields(&g.request.requested_scope);
    let denied = fields(&g.scope.denied);
    for (i, (key, allowed)) in fields(&g.scope.allowed).iter().enumerate() {
        let extra: Vec<&str> = allowed
            .iter()
            .filter(|x| !requested[i].1.contains(x))
            .map(String::as_str)
            .collect();
        if !extra.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                Rule::Grant(rule::Grant::AllowedWithinRequested),
                format!("{} allowed but never requested", extra.join(", ")),
            );
        }
        let both: Vec<&str> = allowed
            .iter()
            .filter(|x| denied[i].1.contains(x))
            .map(String::as_str)
            .collect();
        if !both.is_empty() {
            finding(
                &format!("/scope/allowed/{key}"),
                Rule::Grant(rule::Grant::ScopeOverlap),
                format!("{} both allowed and denied", both.join(", ")),
            );
        }
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The semantic rules of a StorageReceipt.
///
/// - `storage/world-writable`, `storage/symlink-traversal`: never observed.
/// - `storage/encryption-observed`, `storage/quota-observed`: what is required is observed.
///
/// All four are state rules ([`STATE_RULES`]): a receipt that breaks one is a
/// well-formed, truthful report of a non-compliant volume. `validate` accepts
/// it with a warning; activation and `storage verify` refuse it, from the
/// findings returned here.
pub fn check_storage_receipt(r: &crate::contracts::StorageReceipt) -> Result<(), Vec<Finding>> {
    let mut out = Vec::new();
    let mut finding = |pointer: &str, rule: Rule, message: &str| {
        out.push(Finding {
            pointer: pointer.into(),
            rule,
            message: message.into(),
            hint: None,
        });
    };
    if r.filesystem.world_writable == Some(true) {
        finding(
            "/filesystem/worldWritable",
            Rule::Storage(rule::Storage::WorldWritable),
            "the volume is world-writable",
        );
    }
    if r.filesystem.symlink_traversal_observed == Some(true) {
        finding(
            "/filesystem/symlinkTraversalObserved",
            Rule::Storage(rule::Storage::SymlinkTraversal),
            "symlink traversal was observed",
        );
    }
    // A plan has observed nothing yet: the observation rules apply to observations.
    let plan = is_plan(r);
    if !plan && r.encryption.required && !r.encryption.observed {
        finding(
            "/encryption/observed",
            Rule::Storage(rule::Storage::EncryptionObserved),
            "encryption is required but was not observed",
        );
    }
    if !plan && r.quota.required && !r.quota.observed {
        finding(
            "/quota/observed",
            Rule::Storage(rule::Storage::QuotaObserved),
            "a quota is required but was not observed",
        );
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The semantic rules of an AgentPlaneRuntimeEvidence document — the rules
/// `evidence emit` applies, so evidence written by another tool is held to
/// them too.
///
/// - `evidence/running-authority`: a running-like status (`activating`,
///   `running`, `degraded`, `completed`) is reported only with an `allowed`
///   admission and an `active` grant.
/// - `evidence/secret`: no value or key carries a secret shape.
pub fn check_runtime_evidence(
    e: &crate::contracts::AgentPlaneRuntimeEvidence,
) -> Result<(), Vec<Finding>> {
    let value = serde_json::to_value(e).expect("a typed document serializes");
    let mut out = Vec::new();
    if let Some(why) = running_without_authority(&value) {
        out.push(Finding {
            pointer: "/runtime/status".into(),
            rule: Rule::Evidence(rule::Evidence::RunningAuthority),
            message: format!("the evidence {why}"),
            hint: None,
        });
    }
    for f in crate::base::secrets::scan_value(&value) {
        out.push(Finding::new(
            f.pointer,
            Rule::Evidence(rule::Evidence::Secret),
            format!("a value has the shape of a secret ({})", f.shape),
        ));
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The semantic rules of an ExternalTrustSignalProvider response.
///
/// - `trust-signal/freshness`: `fresh` is true exactly when the observed age is
///   within the maximum age (for the response and every signal).
/// - `trust-signal/usable`: a response is usable for grant resolution only when
///   it is `available`, fresh, and — when signatures are required — every
///   signal's signature was observed.
/// - `trust-signal/failure-reason`: a response that is not `available` says why.
///
/// Signals are verifier input, never authority: their `authority` is the
/// const `non-authoritative-verifier-input`, and nothing in Agent Machine
/// grants anything because of them.
pub fn check_external_trust_signal_provider(
    p: &crate::contracts::ExternalTrustSignalProvider,
) -> Result<(), Vec<Finding>> {
    use crate::contracts::external_trust_signal_provider::Freshness;
    let mut out = Vec::new();
    let fresh_ok = |f: &Freshness| f.fresh == (f.observed_age_seconds <= f.max_age_seconds);
    let r = &p.response;
    if !fresh_ok(&r.freshness) {
        out.push(Finding {
            pointer: "/response/freshness/fresh".into(),
            rule: Rule::TrustSignal(rule::TrustSignal::Freshness),
            message: "fresh must be true exactly when observedAgeSeconds ≤ maxAgeSeconds".into(),
            hint: None,
        });
    }
    for (i, s) in r.signals.iter().enumerate() {
        if !fresh_ok(&s.freshness) {
            out.push(Finding {
                pointer: format!("/response/signals/{i}/freshness/fresh"),
                rule: Rule::TrustSignal(rule::TrustSignal::Freshness),
                message: "fresh must be true exactly when observedAgeSeconds ≤ maxAgeSeconds"
                    .into(),
                hint: None,
            });
        }
    }
    let available = r.status.to_string() == "available";
    let signed = !p.request.signature_required || r.signals.iter().all(|s| s.signature.observed);
    let all_fresh = r.freshness.fresh && r.signals.iter().all(|s| s.freshness.fresh);
    if r.usable_for_grant_resolution && !(available && all_fresh && signed) {
        out.push(Finding {
            pointer: "/response/usableForGrantResolution".into(),
            rule: Rule::TrustSignal(rule::TrustSignal::Usable),
            message: "only an available, fresh response (with observed signatures when required) is usable for grant resolution".into(), hint: None,
        });
    }
    if !available && r.failure_reason.is_none() {
        out.push(Finding {
            pointer: "/response/failureReason".into(),
            rule: Rule::TrustSignal(rule::TrustSignal::FailureReason),
            message: format!("a {} response says why in failureReason", r.status),
            hint: None,
        });
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// ProbeReport rules:
///
/// - `probe/probe-only`: every InferenceProvider a probe reports has status
///   `probe-only`. A probe observes; it never enables, disables or starts a
///   provider, so a report that calls a candidate `enabled` (or anything
///   else) claims what no probe can know.
pub fn check_probe_report(r: &crate::contracts::ProbeReport) -> Result<(), Vec<Finding>> {
    let out: Vec<Finding> = r
        .inference_providers
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let status = p.get("status").and_then(|s| s.as_str()).unwrap_or("");
            (status != "probe-only").then(|| Finding {
                pointer: format!("/inferenceProviders/{i}/status"),
                rule: Rule::Probe(rule::Probe::ProbeOnly),
                message: format!(
                    "a probe reports candidates only: status is {status:?}, and a probe never \
                     enables or starts a provider (it must be \"probe-only\")"
                ),
                hint: None,
            })
        })
        .collect();
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The label marking a storage receipt as a plan, not an observation.
pub const PHASE_LABEL: &str = "agent-machine.sourceos.dev/phase";

/// Whether a storage receipt is a plan (nothing observed yet).
pub fn is_plan(r: &crate::contracts::StorageReceipt) -> bool {
    r.labels
        .as_ref()
        .and_then(|l| l.get(PHASE_LABEL))
        .is_some_and(|p| p == "plan")
}

/// The runtime evidence statuses that claim the workload ran.
pub const RUNNING_STATUSES: [&str; 4] = ["activating", "running", "degraded", "completed"];

/// Why an AgentPlaneRuntimeEvidence document reports a running-like status
/// without the authority for it — an admission that is not `allowed` or a
/// grant that is not `active`; `None` when it does not report running or
/// has both.
pub fn running_without_authority(evidence: &serde_json::Value) -> Option<String> {
    let status = evidence["runtime"]["status"].as_str()?;
    if !RUNNING_STATUSES.contains(&status) {
        return None;
    }
    let admission = evidence["policyFabric"]["admissionStatus"]
        .as_str()
        .unwrap_or("absent");
    let grant = evidence["agentRegistry"]["grantStatus"]
        .as_str()
        .unwrap_or("absent");
    (admission != "allowed" || grant != "active")
        .then(|| format!("reports {status} with admission {admission} and grant {grant}"))
}
