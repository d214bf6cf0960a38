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
    /// List the kinds, one per line: kind, version, slug.
    #[arg(long, conflicts_with = "kind")]
    list: bool,
}

pub fn run(args: &SchemaArgs) -> Exit {
    if args.list {
        for kind in Kind::ALL {
            let info = kind.info();
            outln!("{}\tv{}\t{}", info.kind, info.version, info.slug);
        }
        return Exit::Ok;
    }
    let name = args.kind.as_deref().unwrap_or_default();
    // The kind as written in documents, or the slug of its file name.
    let found = Kind::ALL
        .iter()
        .find(|k| k.info().kind == name || k.info().slug == name);
    match found {
        Some(kind) => {
            out!("{}", kind.info().schema);
            if !kind.info().schema.ends_with('\n') {
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
