//! `agent-machine probe [--format human|json]`: read-only discovery; `json` is a ProbeReport.

use agent_machine::host::probe::{self, View};
use clap::Args;

use super::{Exit, Format, PathArg};

#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// `json`: the AgentMachine and InferenceProvider candidates on stdout.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Read the machine under this root instead of `/` (for tests and images).
    #[arg(long, value_name = "DIR", hide = true)]
    root: Option<PathArg>,
}

pub fn run(args: &ProbeArgs) -> Exit {
    let mut view = probe::this_machine(std::env::var_os("PATH").as_deref());
    if let Some(root) = &args.root {
        view = View {
            root: root.clone(),
            ..view
        };
    }
    let report = match probe::probe(&view, std::env::consts::ARCH) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: probe: {e}");
            return Exit::Failure;
        }
    };
    for note in &report.notes {
        eprintln!("warning: probe: {note}");
    }
    match args.format {
        Format::Json => match probe::to_contract(&report) {
            Ok(out) => outln!(
                "{}",
                serde_json::to_string_pretty(&out).expect("documents serialize")
            ),
            Err(e) => {
                eprintln!("error: probe: {e}");
                return Exit::Failure;
            }
        },
        Format::Human => {
            let m = &report.agent_machine;
            outln!(
                "machine   {} ({}, {})",
                m.id.as_str(),
                m.profile,
                m.host.arch
            );
            outln!("runtimes  {}", m.runtime.container_runtime);
            for p in &report.providers {
                outln!(
                    "provider  {} {} (probe-only)",
                    p.provider_type,
                    p.runtime.command_ref
                );
            }
            eprintln!("probe: observed only; nothing was started, written or contacted");
        }
    }
    Exit::Ok
}
