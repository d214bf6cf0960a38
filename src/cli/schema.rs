//! `agent-machine schema <kind>`: the contract this build embeds, for people
//! without the source tree (every hint that names a contract points here).

use agent_machine::contracts::Kind;
use clap::Args;

use super::Exit;

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The kind whose JSON Schema to print (e.g. AgentPod); `--list` names them.
    #[arg(required_unless_present = "list")]
    kind: Option<String>,
    /// List the kinds, one per line: kind, version, slug (every version this
    /// build reads, oldest first).
    #[arg(long, conflicts_with = "kind")]
    list: bool,
    /// Print this version of the contract instead of the current one
    /// (e.g. 0.1.0).
    #[arg(long, value_name = "VERSION")]
    spec_version: Option<String>,
}

pub fn run(args: &SchemaArgs) -> Exit {
    if args.list {
        for kind in Kind::ALL {
            for info in kind.versions() {
                outln!("{}\tv{}\t{}", info.kind, info.version, info.slug);
            }
        }
        return Exit::Ok;
    }
    let name = args.kind.as_deref().unwrap_or_default();
    // The kind as written in documents, or the slug of its file name.
    let found = Kind::ALL
        .iter()
        .find(|k| k.info().kind == name || k.info().slug == name);
    let wanted = args
        .spec_version
        .as_deref()
        .map(|v| v.trim_start_matches('v'));
    match found {
        Some(kind) => {
            let info = match wanted {
                None => Some(kind.info()),
                Some(v) => kind.versions().find(|c| c.version == v),
            };
            let Some(info) = info else {
                let shown: String = wanted.unwrap_or_default().chars().take(32).collect();
                eprintln!(
                    "agent-machine schema: {} has no version {shown:?}; this build reads {}",
                    kind.info().kind,
                    kind.versions()
                        .map(|c| c.version)
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                return Exit::Failure;
            };
            out!("{}", info.schema);
            if !info.schema.ends_with('\n') {
                outln!();
            }
            Exit::Ok
        }
        None => {
            // Quote at most 64 characters of what was given.
            let shown: String = name.chars().take(64).collect();
            let more = if shown.len() < name.len() { "…" } else { "" };
            eprintln!(
                "agent-machine schema: no contract of kind {shown:?}{more}; known kinds: {}",
                Kind::names().join(", ")
            );
            Exit::Failure
        }
    }
}
