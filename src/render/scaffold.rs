//! A first AgentPod for a provider (`agent-machine new pod`): a valid,
//! renderable starting point, written from the provider's documented image,
//! port and storage layout. Pure: no I/O, clock or environment.
//!
//! | provider | image (by accelerator) | port | storage |
//! |---|---|---|---|
//! | `ollama` | `docker.io/ollama/ollama` (`:rocm` for ROCm) | 11434 | its model store `/root/.ollama`, writable (Ollama pulls models into it): class `agent-cache-warm` |
//! | `vllm` | `docker.io/vllm/vllm-openai` (CUDA), `docker.io/rocm/vllm` (ROCm) | 8000 | models read-only at `/models`, a writable cache at `/root/.cache`; 2 GiB of `/dev/shm` (an AgentPod v0.2.0) |
//! | `llama-cpp` | `ghcr.io/ggml-org/llama.cpp:server` (`-cuda`, `-rocm`, `-vulkan`) | 8080 | models read-only at `/models` |
//!
//! Host paths lie under `<data root>/<name>/` (default
//! `/var/lib/agent-machine`; a home user's is
//! `$HOME/.local/share/agent-machine`); ports are
//! published on loopback only; the accelerator, when asked, is required (so
//! it is rendered). vLLM needs a GPU (CUDA or ROCm); Vulkan is llama.cpp's.

use std::fmt;

use serde_json::{Value, json};

/// A provider `new pod` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// Ollama.
    Ollama,
    /// vLLM's OpenAI-compatible server.
    Vllm,
    /// llama.cpp's server.
    LlamaCpp,
}

/// A GPU compute API `new pod` can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gpu {
    /// NVIDIA CUDA.
    Cuda,
    /// AMD ROCm.
    Rocm,
    /// Vulkan.
    Vulkan,
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Provider::Ollama => "ollama",
            Provider::Vllm => "vllm",
            Provider::LlamaCpp => "llama-cpp",
        })
    }
}

impl fmt::Display for Gpu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Gpu::Cuda => "cuda",
            Gpu::Rocm => "rocm",
            Gpu::Vulkan => "vulkan",
        })
    }
}

/// Why a combination has no starting pod.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScaffoldError(pub String);

impl fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ScaffoldError {}

/// `/dev/shm` of a vLLM pod: 2 GiB.
pub const VLLM_SHM_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// The default data root: host directories go beneath `<root>/<name>/`.
pub const DEFAULT_DATA_ROOT: &str = "/var/lib/agent-machine";

/// The starting AgentPod for `provider` with `gpu`, named `name` (a workload
/// name: letters, digits, `-`; the pod id is derived from it), its host
/// directories beneath `data_root` (one of [`crate::base::grammar::HOST_PATH_ROOTS`],
/// or beneath one: `$HOME/.local/share/agent-machine` for a home user).
pub fn pod(
    provider: Provider,
    gpu: Option<Gpu>,
    name: &str,
    data_root: &str,
) -> Result<Value, ScaffoldError> {
    let valid_name = !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    if !valid_name {
        return Err(ScaffoldError(format!(
            "{name:?} is not a name for a pod: use 1-63 lower-case letters, digits and '-', not starting or ending with '-'"
        )));
    }
    let image = match (provider, gpu) {
        (Provider::Ollama, None | Some(Gpu::Cuda)) => "docker.io/ollama/ollama:latest",
        (Provider::Ollama, Some(Gpu::Rocm)) => "docker.io/ollama/ollama:rocm",
        (Provider::Vllm, Some(Gpu::Cuda)) => "docker.io/vllm/vllm-openai:latest",
        (Provider::Vllm, Some(Gpu::Rocm)) => "docker.io/rocm/vllm:latest",
        (Provider::LlamaCpp, None) => "ghcr.io/ggml-org/llama.cpp:server",
        (Provider::LlamaCpp, Some(Gpu::Cuda)) => "ghcr.io/ggml-org/llama.cpp:server-cuda",
        (Provider::LlamaCpp, Some(Gpu::Rocm)) => "ghcr.io/ggml-org/llama.cpp:server-rocm",
        (Provider::LlamaCpp, Some(Gpu::Vulkan)) => "ghcr.io/ggml-org/llama.cpp:server-vulkan",
        (Provider::Ollama, Some(Gpu::Vulkan)) => {
            return Err(ScaffoldError(
                "Ollama's images are built for CUDA and ROCm: use --gpu cuda or --gpu rocm".into(),
            ));
        }
        (Provider::Vllm, None | Some(Gpu::Vulkan)) => {
            return Err(ScaffoldError(
                "vLLM needs a CUDA or ROCm GPU: use --gpu cuda or --gpu rocm".into(),
            ));
        }
    };
    let root = format!("{}/{name}", data_root.trim_end_matches('/'));
    if let Err(e) = crate::base::grammar::HostPath::parse(&format!("{root}/models")) {
        return Err(ScaffoldError(format!(
            "--data-root {data_root}: {}",
            e.message
        )));
    }
    let tier = |class: &str| format!("urn:srcos:agent-machine:cache-tier:{name}-{class}");
    let models = json!({
        "cacheTierId": tier("models"),
        "volumeClass": "agent-models",
        "mountPath": "/models",
        "hostPath": format!("{root}/models"),
        "accessMode": "read-only",
        "sensitive": false
    });
    let (port, entrypoint, args, storage): (u16, Option<&str>, Vec<&str>, Vec<Value>) =
        match provider {
            Provider::Ollama => (
                11434,
                None,
                vec!["serve"],
                vec![json!({
                    "cacheTierId": tier("store"),
                    "volumeClass": "agent-cache-warm",
                    "mountPath": "/root/.ollama",
                    "hostPath": format!("{root}/store"),
                    "accessMode": "read-write",
                    "sensitive": true
                })],
            ),
            Provider::Vllm => (
                8000,
                None,
                vec![
                    "--host",
                    "0.0.0.0",
                    "--port",
                    "8000",
                    "--model",
                    "/models/MODEL-DIRECTORY",
                ],
                vec![
                    models,
                    json!({
                        "cacheTierId": tier("cache"),
                        "volumeClass": "agent-cache-hot",
                        "mountPath": "/root/.cache",
                        "hostPath": format!("{root}/cache"),
                        "accessMode": "read-write",
                        "sensitive": true
                    }),
                ],
            ),
            Provider::LlamaCpp => (
                8080,
                Some("/app/llama-server"),
                vec![
                    "--host",
                    "0.0.0.0",
                    "--port",
                    "8080",
                    "-m",
                    "/models/MODEL.gguf",
                ],
                vec![models],
            ),
        };
    let mut accelerators = vec![json!({"type": "cpu", "required": true})];
    if let Some(gpu) = gpu {
        accelerators.push(json!({"type": gpu.to_string(), "required": true, "count": 1}));
    }
    let mut runtime = json!({
        "mode": "podman-quadlet",
        "imageOrCommand": image,
        "args": args,
        "networkMode": "loopback",
        "restartPolicy": "on-failure",
        "imageReferencePolicy": "tag-allowed-bootstrap"
    });
    if let Some(entrypoint) = entrypoint {
        runtime["entrypoint"] = json!(entrypoint);
    }
    // vLLM exchanges tensors through /dev/shm, which Podman sizes at 64 MiB
    // by default: its pod is a v0.2.0 one with 2 GiB (`runtime.shmSizeBytes`).
    // The others use no v0.2.0 field and stay v0.1.0, which every SourceOS
    // reader accepts.
    let spec_version = match provider {
        Provider::Vllm => {
            runtime["shmSizeBytes"] = json!(VLLM_SHM_BYTES);
            "0.2.0"
        }
        Provider::Ollama | Provider::LlamaCpp => "0.1.0",
    };
    Ok(json!({
        "specVersion": spec_version,
        "id": format!("urn:srcos:agent-machine:agent-pod:{name}"),
        "kind": "AgentPod",
        "podType": "local-podman-quadlet",
        "profile": "sourceos-workstation",
        "workload": {
            "name": name,
            "purpose": "inference-provider",
            "description": format!("{provider} on this machine, published on loopback only."),
            "agentIdentityRequired": true
        },
        "runtime": runtime,
        "resources": {
            "cpu": {"request": "2", "limit": "8"},
            "memoryBytes": {"request": 8_589_934_592u64, "limit": 17_179_869_184u64},
            "accelerators": accelerators
        },
        "storage": storage,
        "ports": [{"name": "http", "containerPort": port, "hostPort": port, "exposure": "loopback"}],
        "policy": {
            "policyFabricRequired": true,
            "agentRegistryRequired": true,
            "networkPolicyRequired": true,
            "egressPolicyRequired": true,
            "allowPrivileged": false,
            "allowHostNetwork": false,
            "allowSecretInSpec": false,
            "toolUseRequiresGrant": true,
            "cacheReuseRequiresPolicy": true
        },
        "receipts": {
            "required": true,
            "emitPlacement": true,
            "emitStorage": true,
            "emitRuntime": true,
            "includeRawContent": false
        },
        "labels": {"sourceos.provider": provider.to_string()}
    }))
}
