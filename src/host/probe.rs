//! Read-only discovery: what this machine is and which inference providers
//! it could run — never activation.
//!
//! The probe only reads files (`/proc`, `/sys`, `/etc/os-release`, `/dev`
//! entries) and looks names up on `PATH`. It never executes a program,
//! never writes, never opens a socket, never starts or stops anything. It
//! reports an AgentMachine document and InferenceProvider candidates with
//! status `probe-only`; activation is decided elsewhere, fail-closed.
//! `tests/it/probe.rs` proves the absence of side effects with a fake root and
//! booby-trapped binaries on `PATH`.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::contracts::{AgentMachine, InferenceProvider, ProbeReport};

/// What the probe looks at: a filesystem root (normally `/`) and a `PATH`.
#[derive(Clone, Debug)]
pub struct View {
    /// The filesystem root to read under.
    pub root: PathBuf,
    /// The directories searched for programs.
    pub path: Vec<PathBuf>,
}

/// The most bytes the probe reads of one file (`/proc`, `/sys` and
/// `/etc/os-release` entries are a few bytes to a few KiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// What the probe found.
#[derive(Clone, Debug)]
pub struct Report {
    /// This machine.
    pub agent_machine: AgentMachine,
    /// Inference providers that could run here (status `probe-only`).
    pub providers: Vec<InferenceProvider>,
    /// Files that are there but were not read (not a regular file, too
    /// large), each with why: the probe went on without them.
    pub notes: Vec<String>,
}

/// Why the probe cannot describe this machine.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProbeError {
    /// The architecture is not one the contract knows.
    #[error(
        "architecture {0:?} is not described by the AgentMachine contract (arm64, aarch64, x86_64)"
    )]
    Arch(String),
    /// A built document does not fit its contract.
    #[error("the probe built an invalid {0}: {1}")]
    Contract(&'static str, String),
}

impl View {
    fn file(&self, rel: &str) -> PathBuf {
        self.root.join(rel.trim_start_matches('/'))
    }
    /// The trimmed text of `rel` under the root, or `None` when it is
    /// absent or unreadable. Only a regular file is read (within
    /// [`MAX_FILE_BYTES`]): a FIFO or device planted there is refused before
    /// it is opened, and said in `notes` — the probe never waits on it.
    fn read_noting(&self, rel: &str, notes: &mut Vec<String>) -> Option<String> {
        match crate::base::input::read_file_limited(self.file(rel), MAX_FILE_BYTES) {
            Ok(bytes) => Some(String::from_utf8_lossy(&bytes).trim().to_string()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                notes.push(format!("{rel}: not read: {e}"));
                None
            }
        }
    }
    /// [`View::read_noting`] without the notes (for `doctor`).
    pub(crate) fn read(&self, rel: &str) -> Option<String> {
        self.read_noting(rel, &mut Vec::new())
    }
    pub(crate) fn exists(&self, rel: &str) -> bool {
        self.file(rel).exists()
    }
    fn any_entry(&self, dir: &str, prefix: &str) -> bool {
        std::fs::read_dir(self.file(dir))
            .map(|entries| {
                entries
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with(prefix))
            })
            .unwrap_or(false)
    }
    /// The first program called `name` on `PATH` (looked up, never run).
    pub fn which(&self, name: &str) -> Option<PathBuf> {
        self.path.iter().map(|d| d.join(name)).find(|p| p.is_file())
    }
}

fn sanitize(name: &str) -> String {
    let s: String = name
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() { "localhost".into() } else { s }
}

/// The inference providers the probe looks for on `PATH`: the program's
/// name, the provider type, the model format and the health path. A program
/// found is reported `probe-only`, never run.
pub const PROVIDERS: &[(&str, &str, &str, &str)] = &[
    ("llama-server", "llama.cpp", "gguf", "/health"),
    ("ollama", "ollama-compatible", "gguf", "/api/version"),
    ("vllm", "vllm", "safetensors", "/health"),
    ("mlx_lm.server", "mlx-lm", "mlx", "/health"),
];

/// Probes the machine seen through `view` for the given architecture.
pub fn probe(view: &View, arch: &str) -> Result<Report, ProbeError> {
    let arch = match arch {
        "x86_64" => "x86_64",
        "aarch64" => "aarch64",
        "arm64" => "arm64",
        other => return Err(ProbeError::Arch(other.to_string())),
    };
    let mut notes = Vec::new();
    let hostname = view
        .read_noting("/proc/sys/kernel/hostname", &mut notes)
        .or_else(|| view.read_noting("/etc/hostname", &mut notes))
        .unwrap_or_else(|| "localhost".into());
    let os_release = view
        .read_noting("/etc/os-release", &mut notes)
        .unwrap_or_default();
    let distro = os_release
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|v| v.trim_matches('"').to_string());
    let kernel = view.read_noting("/proc/sys/kernel/osrelease", &mut notes);
    let immutable = view.exists("/run/ostree-booted");
    let cgroup = if view.exists("/sys/fs/cgroup/cgroup.controllers") {
        "v2"
    } else if view.exists("/sys/fs/cgroup/memory") {
        "v1"
    } else {
        "unknown"
    };
    let selinux = match view
        .read_noting("/sys/fs/selinux/enforce", &mut notes)
        .as_deref()
    {
        Some("1") => "enforcing",
        Some("0") => "permissive",
        Some(_) => "unknown",
        None => "disabled",
    };
    let has = |name: &str| view.which(name).is_some();
    let mut envelopes = Vec::new();
    if has("systemctl") {
        envelopes.push("systemd");
    }
    if has("podman") {
        envelopes.push("podman");
        if has("quadlet") || view.exists("/usr/libexec/podman/quadlet") {
            envelopes.push("podman-quadlet");
        }
    }
    if has("bwrap") {
        envelopes.push("bubblewrap");
    }
    if has("toolbox") {
        envelopes.push("toolbox");
    }
    if has("kubelet") {
        envelopes.push("kubernetes");
    }
    if envelopes.is_empty() {
        envelopes.push("none");
    }
    let container_runtime = ["podman", "docker", "nerdctl"]
        .into_iter()
        .find(|r| has(r))
        .unwrap_or("none");

    let mut accelerators = vec![json!({"type": "cpu", "available": true})];
    let gpu_render = view.any_entry("/dev/dri", "renderD");
    if gpu_render {
        accelerators.push(
            json!({"type": "vulkan", "available": true, "notes": "a DRM render node is present"}),
        );
    }
    let cuda = view.exists("/dev/nvidia0") || view.exists("/proc/driver/nvidia/version");
    if cuda {
        accelerators.push(json!({"type": "cuda", "available": true}));
    }
    let rocm = view.exists("/dev/kfd");
    if rocm {
        accelerators.push(json!({"type": "rocm", "available": true}));
    }
    let apple = view
        .read_noting("/proc/device-tree/compatible", &mut notes)
        .is_some_and(|c| c.contains("apple"));
    let profile = if apple {
        "m2-asahi-linux"
    } else if immutable {
        "fedora-silverblue"
    } else if has("kubelet") {
        "kubernetes-node"
    } else if cuda || rocm {
        "linux-gpu-node"
    } else {
        "sourceos-workstation"
    };
    let name = sanitize(&hostname);
    let mut host = json!({"hostname": hostname, "os": std::env::consts::OS, "arch": arch, "immutableHost": immutable});
    if let Some(d) = distro {
        host["distro"] = json!(d);
    }
    if let Some(k) = kernel {
        host["kernel"] = json!(k);
    }
    let machine: Value = json!({
        "specVersion": "0.1.0",
        "id": format!("urn:srcos:agent-machine:{name}"),
        "kind": "AgentMachine",
        "profile": profile,
        "host": host,
        "accelerators": accelerators,
        "runtime": {
            "localEnvelopes": envelopes,
            "containerRuntime": container_runtime,
            "selinuxMode": selinux,
            "cgroupMode": cgroup
        },
        "storage": {
            "modelCache": "/var/lib/agent-machine/models",
            "runtimeCache": "/var/lib/agent-machine/cache",
            "evidencePath": "/var/lib/agent-machine/evidence",
            "topolvmAvailable": has("lvmd") || has("topolvm-node")
        },
        "trust": {
            "policyFabricRequired": true,
            "agentRegistryRequired": true,
            "receiptsRequired": true,
            "tpmObserved": view.exists("/sys/class/tpm/tpm0")
        },
        "labels": {
            "agent-machine.sourceos.dev/discovered-by": "probe",
            "agent-machine.sourceos.dev/lvm-tools": if has("lvcreate") || has("lvm") { "present" } else { "absent" }
        }
    });
    let agent_machine = serde_json::from_value(machine)
        .map_err(|e| ProbeError::Contract("AgentMachine", e.to_string()))?;

    let acceleration = if cuda {
        "cuda"
    } else if rocm {
        "rocm"
    } else if gpu_render {
        "vulkan"
    } else {
        "cpu"
    };
    let mut providers = Vec::new();
    for &(binary, provider_type, format, health) in PROVIDERS {
        let Some(path) = view.which(binary) else {
            continue;
        };
        let value = json!({
            "specVersion": "0.1.0",
            "id": format!("urn:srcos:agent-machine:inference-provider:{name}-{}", sanitize(binary)),
            "kind": "InferenceProvider",
            "providerType": provider_type,
            "status": "probe-only",
            "profileSupport": [profile],
            "apiSurfaces": ["openai-chat-completions"],
            "runtime": {
                "mode": "local-process",
                "acceleration": acceleration,
                "commandRef": path.display().to_string(),
                "healthPath": health
            },
            "modelStore": {"path": "/var/lib/agent-machine/models", "format": format, "requiresDigest": true},
            "policy": {
                "policyFabricRequired": true,
                "agentRegistryRequired": true,
                "receiptRequired": true,
                "allowSecretInConfig": false
            },
            "labels": {"agent-machine.sourceos.dev/discovered-by": "probe"}
        });
        providers.push(
            serde_json::from_value(value)
                .map_err(|e| ProbeError::Contract("InferenceProvider", e.to_string()))?,
        );
    }
    Ok(Report {
        agent_machine,
        providers,
        notes,
    })
}

/// The view of this machine: `/` and the process's `PATH`.
pub fn this_machine(path_var: Option<&std::ffi::OsStr>) -> View {
    View {
        root: Path::new("/").to_path_buf(),
        path: path_var
            .map(|p| std::env::split_paths(p).collect())
            .unwrap_or_default(),
    }
}

/// The report as its contract, `ProbeReport`: the documents found, and the
/// side effects — none — stated as fixed facts.
pub fn to_contract(report: &Report) -> Result<ProbeReport, ProbeError> {
    let value = json!({
        "specVersion": "0.1.0",
        "kind": "ProbeReport",
        "agentMachine": report.agent_machine,
        "inferenceProviders": report.providers,
        "sideEffects": {
            "programsExecuted": false,
            "filesWritten": false,
            "networkContacted": false,
            "providersStarted": false
        }
    });
    serde_json::from_value(value).map_err(|e| ProbeError::Contract("ProbeReport", e.to_string()))
}
