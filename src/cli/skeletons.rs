//! `agent-machine skeletons check|bless [--root <dir>]`: the checked-in
//! renders of the examples.

use std::path::PathBuf;

use agent_machine::base::output;
use agent_machine::release::skeletons::{self, Drift};
use clap::{Args, ValueEnum};

use super::Exit;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Action {
    /// Exit 1 (with diffs) when a skeleton differs from its render, is missing or is stale.
    Check,
    /// Rewrite `skeletons/` from the examples (review the diff before committing).
    Bless,
}

#[derive(Debug, Args)]
pub struct SkeletonArgs {
    #[arg(value_enum)]
    action: Action,
    /// The repository root.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// `json`: for `check`, every drifted file (missing, stale, changed with its diff) on stdout.
    #[arg(long, value_enum, default_value_t)]
    format: super::Format,
}

pub fn run(args: &SkeletonArgs) -> Exit {
    let expected = match skeletons::expected(&args.root) {
        Ok(e) => e,
        Err(diagnostics) => {
            for d in diagnostics {
                eprintln!("error: {d}");
            }
            return Exit::Failure;
        }
    };
    let drift = skeletons::check(&args.root, &expected);
    match args.action {
        Action::Check if args.format == super::Format::Json => {
            let drifted: Vec<_> = drift
                .iter()
                .map(|d| match d {
                    Drift::Missing(p) => serde_json::json!({"path": p, "state": "missing"}),
                    Drift::Stale(p) => serde_json::json!({"path": p, "state": "stale"}),
                    Drift::Changed { path, diff } => {
                        serde_json::json!({"path": path, "state": "changed", "diff": diff})
                    }
                })
                .collect();
            outln!(
                "{}",
                serde_json::to_string_pretty(
                    &serde_json::json!({"files": expected.len(), "drift": drifted})
                )
                .expect("a report serializes")
            );
            if drift.is_empty() {
                Exit::Ok
            } else {
                Exit::Negative
            }
        }
        Action::Check => {
            for d in &drift {
                match d {
                    Drift::Missing(p) => eprintln!("missing: {p}"),
                    Drift::Stale(p) => eprintln!("stale: {p} (no example renders it)"),
                    Drift::Changed { path, diff } => {
                        eprintln!("changed: {path}");
                        out!("{diff}");
                    }
                }
            }
            eprintln!(
                "skeletons: {} file(s), {} drifted",
                expected.len(),
                drift.len()
            );
            if drift.is_empty() {
                Exit::Ok
            } else {
                Exit::Negative
            }
        }
        Action::Bless => {
            for e in &expected {
                let path = args.root.join(&e.path);
                if let Some(dir) = path.parent()
                    && let Err(err) = std::fs::create_dir_all(dir)
                {
                    eprintln!("agent-machine skeletons: {}: {err}", dir.display());
                    return Exit::Failure;
                }
                if let Err(err) = output::write_atomic(&path, e.text.as_bytes()) {
                    eprintln!("agent-machine skeletons: {}: {err}", path.display());
                    return Exit::Failure;
                }
            }
            for d in &drift {
                if let Drift::Stale(p) = d
                    && let Err(err) = std::fs::remove_file(args.root.join(p))
                {
                    eprintln!("agent-machine skeletons: {p}: {err}");
                    return Exit::Failure;
                }
            }
            eprintln!(
                "skeletons: blessed {} file(s), {} changed",
                expected.len(),
                drift.len()
            );
            Exit::Ok
        }
    }
}
