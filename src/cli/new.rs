//! `agent-machine new pod --provider P [--gpu G]`: a first AgentPod to edit
//! (see `agent_machine::render::scaffold` and docs/first-pod.md).

use std::path::PathBuf;

use agent_machine::render::scaffold::{self, Gpu, Provider};
use clap::{Subcommand, ValueEnum};

use super::Exit;

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// Write a valid starting AgentPod for a provider (stdout, or --out).
    Pod {
        /// The inference provider.
        #[arg(long, value_enum)]
        provider: ProviderArg,
        /// The GPU it uses (rendered as a required accelerator); none: CPU only.
        #[arg(long, value_enum)]
        gpu: Option<GpuArg>,
        /// The workload name (lower-case letters, digits, '-'); default: the provider's.
        #[arg(long)]
        name: Option<String>,
        /// Where its host directories go: <DATA_ROOT>/<name>/… (for a home
        /// user: $HOME/.local/share/agent-machine).
        #[arg(long, default_value = scaffold::DEFAULT_DATA_ROOT)]
        data_root: String,
        /// Write the pod here (a new file: an existing one is never overwritten).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ProviderArg {
    Ollama,
    Vllm,
    LlamaCpp,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GpuArg {
    Cuda,
    Rocm,
    Vulkan,
}

pub fn run(command: &NewCommand) -> Exit {
    let NewCommand::Pod {
        provider,
        gpu,
        name,
        data_root,
        out,
    } = command;
    let provider = match provider {
        ProviderArg::Ollama => Provider::Ollama,
        ProviderArg::Vllm => Provider::Vllm,
        ProviderArg::LlamaCpp => Provider::LlamaCpp,
    };
    let gpu = gpu.map(|g| match g {
        GpuArg::Cuda => Gpu::Cuda,
        GpuArg::Rocm => Gpu::Rocm,
        GpuArg::Vulkan => Gpu::Vulkan,
    });
    let name = name.clone().unwrap_or_else(|| provider.to_string());
    let pod = match scaffold::pod(provider, gpu, &name, data_root) {
        Ok(pod) => pod,
        Err(e) => {
            eprintln!("agent-machine new pod: {e}");
            return Exit::Failure;
        }
    };
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&pod).expect("a JSON value always serializes")
    );
    // What `new pod` writes must validate with no warning and render as it
    // stands: a name can still make it invalid (a secret-shaped one, say).
    let doc = agent_machine::base::input::parse_document(
        "new pod".into(),
        text.as_bytes(),
        agent_machine::base::json::Limits::default(),
    )
    .expect("a serialized JSON value parses");
    let report = agent_machine::governance::validate::validate(&doc, Default::default());
    if !report.is_valid() || !report.warnings.is_empty() {
        for d in report.diagnostics.iter().chain(&report.warnings) {
            eprintln!(
                "agent-machine new pod: {}: [{}] {}",
                d.pointer, d.rule, d.message
            );
        }
        eprintln!("agent-machine new pod: refused; nothing was written");
        return Exit::Failure;
    }
    match out {
        None => {
            out!("{text}");
            Exit::Ok
        }
        Some(path) => match agent_machine::base::output::write_new(path, text.as_bytes()) {
            Ok(()) => {
                eprintln!("new pod: wrote {}", path.display());
                Exit::Ok
            }
            Err(e) => {
                eprintln!("agent-machine new pod: {}: {e}", path.display());
                Exit::Failure
            }
        },
    }
}
