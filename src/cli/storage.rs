//! `agent-machine storage plan|verify`: StorageReceipt plans with their
//! provisioning steps (never executed), and verification of observed receipts.

use agent_machine::contracts::{AgentPod, CacheTier, StorageReceipt};
use agent_machine::diagnostic::Diagnostic;
use agent_machine::input;
use agent_machine::json::Limits;
use agent_machine::storage;
use agent_machine::validate::{self, Mode};
use clap::{Args, Subcommand};

use super::{Exit, PathArg};

#[derive(Debug, Subcommand)]
pub enum StorageCommand {
    /// Plan the local-lvm and TopoLVM volumes of a pod: receipt plans and the steps, not executed.
    Plan(PlanArgs),
    /// Check observed StorageReceipts against the CacheTiers that govern them.
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The AgentPod.
    pod: PathArg,
    /// CacheTiers (files or directories).
    #[arg(long = "cache-tier", value_name = "FILE|DIR", required = true)]
    cache_tiers: Vec<PathArg>,
    /// The machine the volumes are for.
    #[arg(long, value_name = "ID")]
    agent_machine_id: String,
    /// The time recorded in the plans (RFC 3339; no clock is read).
    #[arg(long, value_name = "RFC3339")]
    at: String,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Observed StorageReceipts (files or directories).
    #[arg(required = true, value_name = "FILE|DIR")]
    receipts: Vec<PathArg>,
    /// CacheTiers (files or directories).
    #[arg(long = "cache-tier", value_name = "FILE|DIR", required = true)]
    cache_tiers: Vec<PathArg>,
}

/// Valid documents of `kind` under the paths (other kinds in directories are skipped).
fn documents<T: serde::de::DeserializeOwned>(
    paths: &[PathArg],
    kind: &str,
    limits: Limits,
) -> Result<Vec<(String, T)>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    for file in input::expand(paths).map_err(|e| vec![e.to_diagnostic()])? {
        let doc = input::read_document(&file, limits).map_err(|e| vec![e.to_diagnostic()])?;
        if doc.value.get("kind").and_then(|k| k.as_str()) != Some(kind) {
            continue;
        }
        let report = validate::validate(
            &doc,
            Mode {
                schema_only: kind == "StorageReceipt",
                strict: false,
            },
        );
        if !report.is_valid() {
            return Err(report.diagnostics);
        }
        out.push((
            doc.source.clone(),
            serde_json::from_value(doc.value).expect("validated documents deserialize"),
        ));
    }
    Ok(out)
}

fn fail(diagnostics: Vec<Diagnostic>) -> Exit {
    for d in diagnostics {
        eprintln!("error: {d}");
    }
    Exit::Failure
}

pub fn run(command: &StorageCommand, limits: Limits) -> Exit {
    match command {
        StorageCommand::Plan(args) => {
            if agent_machine::time::parse(&args.at).is_none() {
                eprintln!("error: --at {:?} is not an RFC 3339 timestamp", args.at);
                return Exit::Failure;
            }
            let pods =
                match documents::<AgentPod>(std::slice::from_ref(&args.pod), "AgentPod", limits) {
                    Ok(p) => p,
                    Err(d) => return fail(d),
                };
            let Some((source, pod)) = pods.into_iter().next() else {
                eprintln!("error: {}: not an AgentPod", args.pod.display());
                return Exit::Failure;
            };
            let tiers: Vec<CacheTier> = match documents(&args.cache_tiers, "CacheTier", limits) {
                Ok(t) => t.into_iter().map(|(_, t)| t).collect(),
                Err(d) => return fail(d),
            };
            match storage::plan(&pod, &tiers, &args.agent_machine_id, &args.at) {
                Ok(planned) => {
                    let out: Vec<_> = planned
                        .iter()
                        .map(|p| serde_json::json!({"receipt": p.receipt, "steps": p.steps, "executed": false}))
                        .collect();
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&out).expect("plans serialize")
                    );
                    eprintln!(
                        "storage: {} volume(s) planned; nothing was executed",
                        planned.len()
                    );
                    Exit::Ok
                }
                Err(e) => fail(vec![Diagnostic::new(
                    &source, &e.pointer, e.rule, e.message,
                )]),
            }
        }
        StorageCommand::Verify(args) => {
            let tiers: Vec<CacheTier> = match documents(&args.cache_tiers, "CacheTier", limits) {
                Ok(t) => t.into_iter().map(|(_, t)| t).collect(),
                Err(d) => return fail(d),
            };
            let receipts: Vec<(String, StorageReceipt)> =
                match documents(&args.receipts, "StorageReceipt", limits) {
                    Ok(r) => r,
                    Err(d) => return fail(d),
                };
            let mut bad = 0;
            for (source, r) in &receipts {
                let problems = storage::verify(r, &tiers);
                if problems.is_empty() {
                    eprintln!("ok: {source} ({})", r.id.as_str());
                } else {
                    bad += 1;
                    for p in problems {
                        eprintln!("error: {source}: {p}");
                    }
                }
            }
            eprintln!(
                "storage verify: {} receipt(s), {bad} with problems",
                receipts.len()
            );
            if bad == 0 && !receipts.is_empty() {
                Exit::Ok
            } else {
                Exit::Negative
            }
        }
    }
}
