//! `agent-machine doctor [--for quadlet|kubernetes|storage] [--format human|json]` and
//! `agent-machine paths [--format human|json]`: read-only reports on what this machine needs
//! beyond rendering, and where rendered artifacts are meant to go.

use agent_machine::host::doctor::{self, Host, Purpose, State};
use agent_machine::host::probe;
use clap::{Args, ValueEnum};

use super::{Exit, Format, PathArg};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum For {
    Quadlet,
    Kubernetes,
    Storage,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Exit 1 when a prerequisite of this purpose is missing (default: report only, exit 0).
    #[arg(long = "for", value_enum, value_name = "PURPOSE")]
    purpose: Option<For>,
    /// `json`: the findings on stdout.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Read the machine under this root instead of `/` (for tests and images).
    #[arg(long, value_name = "DIR", hide = true)]
    root: Option<PathArg>,
}

#[derive(Debug, Args)]
pub struct PathsArgs {
    /// `json`: the locations on stdout.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Read the machine under this root instead of `/` (for tests and images).
    #[arg(long, value_name = "DIR", hide = true)]
    root: Option<PathArg>,
}

/// This session's machine: `/` (or `--root`), `PATH`, `HOME`, `XDG_*` and `USER`.
fn host(root: Option<&PathArg>) -> Host {
    let mut view = probe::this_machine(std::env::var_os("PATH").as_deref());
    if let Some(root) = root {
        view.root = root.clone();
    }
    let var = |name| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(Into::into)
    };
    Host {
        view,
        home: var("HOME"),
        config_home: var("XDG_CONFIG_HOME"),
        runtime_dir: var("XDG_RUNTIME_DIR"),
        user: ["USER", "LOGNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|u| !u.is_empty())),
    }
}

fn name<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub fn doctor(args: &DoctorArgs) -> Exit {
    let findings = doctor::doctor(&host(args.root.as_ref()));
    match args.format {
        Format::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "findings": findings }))
                .expect("findings serialize")
        ),
        Format::Human => {
            for f in &findings {
                let state = if f.state == State::Ok {
                    "ok"
                } else {
                    "MISSING"
                };
                outln!(
                    "{state:<8} {:<11} {:<19} {}",
                    name(f.purpose),
                    f.id,
                    f.detail
                );
                if f.state == State::Missing {
                    outln!("{:41}{}", "", f.remediation);
                }
            }
            eprintln!("doctor: looked only; nothing was run, written or contacted");
        }
    }
    let wanted = args.purpose.map(|p| match p {
        For::Quadlet => Purpose::Quadlet,
        For::Kubernetes => Purpose::Kubernetes,
        For::Storage => Purpose::Storage,
    });
    let missing = findings
        .iter()
        .any(|f| Some(f.purpose) == wanted && f.state == State::Missing);
    if missing { Exit::Negative } else { Exit::Ok }
}

pub fn paths(args: &PathsArgs) -> Exit {
    let locations = doctor::paths(&host(args.root.as_ref()));
    match args.format {
        Format::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "paths": locations }))
                .expect("locations serialize")
        ),
        Format::Human => {
            for l in &locations {
                let path = match (&l.path, l.exists) {
                    (Some(p), true) => p.clone(),
                    (Some(p), false) => format!("{p}  (absent)"),
                    (None, _) => "(unknown: its environment variable is not set)".into(),
                };
                outln!("{:<24} {path}", l.name);
                outln!("{:25}{}", "", l.purpose);
            }
        }
    }
    Exit::Ok
}
