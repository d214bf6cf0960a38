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

use crate::contracts::agent_machine as m;
use crate::contracts::inference_provider as p;
use crate::contracts::probe_report as r;
use crate::contracts::wire::{
    Accelerator, ConstFalse, List, NonEmptyUniqueList, Profile, StringMap, UniqueList,
};
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

    let accelerator = |type_: &str, notes: Option<&str>| -> Result<_, ProbeError> {
        Ok(m::AgentMachineAcceleratorsItem {
            type_: typed("AgentMachine", type_)?,
            available: true,
            notes: notes.map(str::to_string),
            driver: None,
            name: None,
        })
    };
    let mut accelerators = vec![accelerator("cpu", None)?];
    let gpu_render = view.any_entry("/dev/dri", "renderD");
    if gpu_render {
        accelerators.push(accelerator("vulkan", Some("a DRM render node is present"))?);
    }
    let cuda = view.exists("/dev/nvidia0") || view.exists("/proc/driver/nvidia/version");
    if cuda {
        accelerators.push(accelerator("cuda", None)?);
    }
    let rocm = view.exists("/dev/kfd");
    if rocm {
        accelerators.push(accelerator("rocm", None)?);
    }
    let apple = view
        .read_noting("/proc/device-tree/compatible", &mut notes)
        .is_some_and(|c| c.contains("apple"));
    let profile = if apple {
        Profile::M2AsahiLinux
    } else if immutable {
        Profile::FedoraSilverblue
    } else if has("kubelet") {
        Profile::KubernetesNode
    } else if cuda || rocm {
        Profile::LinuxGpuNode
    } else {
        Profile::SourceosWorkstation
    };
    let name = sanitize(&hostname);
    let labels = |pairs: &[(&str, &str)]| -> StringMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let lvm_tools = if has("lvcreate") || has("lvm") {
        "present"
    } else {
        "absent"
    };
    let agent_machine = AgentMachine {
        spec_version: m::AgentMachineSpecVersion::X010,
        id: typed("AgentMachine", &format!("urn:srcos:agent-machine:{name}"))?,
        kind: m::AgentMachineKind::AgentMachine,
        profile,
        host: m::AgentMachineHost {
            hostname,
            os: std::env::consts::OS.to_string(),
            arch: typed("AgentMachine", arch)?,
            immutable_host: Some(immutable),
            distro,
            kernel,
        },
        accelerators: Some(List::new(accelerators).expect("any list")),
        runtime: m::AgentMachineRuntime {
            local_envelopes: List::new(
                envelopes
                    .iter()
                    .map(|e| typed("AgentMachine", e))
                    .collect::<Result<_, _>>()?,
            )
            .expect("any list"),
            container_runtime: container_runtime.to_string(),
            selinux_mode: Some(typed("AgentMachine", selinux)?),
            cgroup_mode: Some(typed("AgentMachine", cgroup)?),
        },
        storage: m::AgentMachineStorage {
            model_cache: "/var/lib/agent-machine/models".into(),
            runtime_cache: "/var/lib/agent-machine/cache".into(),
            evidence_path: "/var/lib/agent-machine/evidence".into(),
            topolvm_available: Some(has("lvmd") || has("topolvm-node")),
            encrypted_at_rest: None,
        },
        trust: m::AgentMachineTrust {
            policy_fabric_required: true,
            agent_registry_required: true,
            receipts_required: true,
            tpm_observed: Some(view.exists("/sys/class/tpm/tpm0")),
            fido2_observed: None,
            secure_boot_observed: None,
        },
        labels: Some(labels(&[
            (DISCOVERED_BY, "probe"),
            ("agent-machine.sourceos.dev/lvm-tools", lvm_tools),
        ])),
    };

    let acceleration = if cuda {
        Accelerator::Cuda
    } else if rocm {
        Accelerator::Rocm
    } else if gpu_render {
        Accelerator::Vulkan
    } else {
        Accelerator::Cpu
    };
    let mut providers = Vec::new();
    for &(binary, provider_type, format, health) in PROVIDERS {
        let Some(path) = view.which(binary) else {
            continue;
        };
        providers.push(InferenceProvider {
            spec_version: p::InferenceProviderSpecVersion::X010,
            id: typed(
                "InferenceProvider",
                &format!(
                    "urn:srcos:agent-machine:inference-provider:{name}-{}",
                    sanitize(binary)
                ),
            )?,
            kind: p::InferenceProviderKind::InferenceProvider,
            provider_type: typed("InferenceProvider", provider_type)?,
            status: p::InferenceProviderStatus::ProbeOnly,
            profile_support: Some(UniqueList::new(vec![profile]).expect("one profile")),
            api_surfaces: NonEmptyUniqueList::new(vec![typed(
                "InferenceProvider",
                "openai-chat-completions",
            )?])
            .expect("one surface"),
            runtime: p::InferenceProviderRuntime {
                mode: p::InferenceProviderRuntimeMode::LocalProcess,
                acceleration,
                command_ref: path.display().to_string(),
                health_path: Some(health.to_string()),
                endpoint: None,
                version: None,
            },
            model_store: p::InferenceProviderModelStore {
                path: "/var/lib/agent-machine/models".into(),
                format: typed("InferenceProvider", format)?,
                requires_digest: Some(true),
                cache_tier_id: None,
            },
            policy: p::InferenceProviderPolicy {
                policy_fabric_required: true,
                agent_registry_required: true,
                receipt_required: true,
                allow_secret_in_config: ConstFalse,
                cache_reuse_requires_policy: None,
                tool_use_requires_grant: None,
            },
            capabilities: None,
            labels: Some(labels(&[(DISCOVERED_BY, "probe")])),
        });
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
    // The report embeds each document whole (each is validated against its
    // own contract): as the JSON object it serializes to.
    let document =
        |value: Result<serde_json::Value, serde_json::Error>, kind: &'static str| match value
            .map_err(|e| ProbeError::Contract(kind, e.to_string()))?
        {
            serde_json::Value::Object(map) => Ok(map),
            _ => Err(ProbeError::Contract(kind, "not a JSON object".into())),
        };
    Ok(ProbeReport {
        spec_version: r::ProbeReportSpecVersion::X010,
        kind: r::ProbeReportKind::ProbeReport,
        agent_machine: document(serde_json::to_value(&report.agent_machine), "AgentMachine")?,
        inference_providers: List::new(
            report
                .providers
                .iter()
                .map(|p| {
                    document(serde_json::to_value(p), "InferenceProvider")
                        .map(r::ProbeReportInferenceProvidersItem)
                })
                .collect::<Result<_, _>>()?,
        )
        .expect("any list"),
        side_effects: r::ProbeReportSideEffects {
            programs_executed: ConstFalse,
            files_written: ConstFalse,
            network_contacted: ConstFalse,
            providers_started: ConstFalse,
        },
    })
}

/// The label that marks a document as the probe's finding.
const DISCOVERED_BY: &str = "agent-machine.sourceos.dev/discovered-by";

/// `value` as the contract of `kind` types it.
fn typed<T: std::str::FromStr>(kind: &'static str, value: &str) -> Result<T, ProbeError>
where
    T::Err: std::fmt::Display,
{
    crate::contracts::wire::typed(&format!("{value:?}"), value)
        .map_err(|e| ProbeError::Contract(kind, e))
}
