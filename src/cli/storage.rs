//! `agent-machine storage plan|verify`: StorageReceipt plans with their
//! provisioning steps (never executed), and verification of observed receipts.

use agent_machine::contracts::{AgentPod, CacheTier, StorageReceipt};
use agent_machine::diagnostic::Diagnostic;
use agent_machine::json::Limits;
use agent_machine::storage;
use agent_machine::validate::Mode;
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
    /// `json`: a report of every receipt and its problems on stdout.
    #[arg(long, value_enum, default_value_t)]
    format: super::Format,
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
                eprintln!(
                    "error: --at {} is not an RFC 3339 timestamp",
                    agent_machine::secrets::redact(&format!("{:?}", args.at))
                );
                return Exit::Failure;
            }
            let pods = match super::load::all::<AgentPod>(
                std::slice::from_ref(&args.pod),
                "AgentPod",
                limits,
                Mode::default(),
            ) {
                Ok(p) => p,
                Err(d) => return fail(d),
            };
            let Some((doc, pod)) = pods.into_iter().next() else {
                eprintln!("error: {}: not an AgentPod", args.pod.display());
                return Exit::Failure;
            };
            let tiers: Vec<CacheTier> =
                match super::load::all(&args.cache_tiers, "CacheTier", limits, Mode::default()) {
                    Ok(t) => t.into_iter().map(|(_, t)| t).collect(),
                    Err(d) => return fail(d),
                };
            match storage::plan(&pod, &tiers, &args.agent_machine_id, &args.at) {
                Ok(planned) => {
                    let out: Vec<_> = planned
                        .iter()
                        .map(|p| serde_json::json!({"receipt": p.receipt, "steps": p.steps, "executed": false}))
                        .collect();
                    outln!(
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
                    &doc.source,
                    &e.pointer,
                    e.rule,
                    e.message,
                )]),
            }
        }
        StorageCommand::Verify(args) => {
            let tiers: Vec<CacheTier> =
                match super::load::all(&args.cache_tiers, "CacheTier", limits, Mode::default()) {
                    Ok(t) => t.into_iter().map(|(_, t)| t).collect(),
                    Err(d) => return fail(d),
                };
            let receipts: Vec<(agent_machine::input::Document, StorageReceipt)> =
                match super::load::all(
                    &args.receipts,
                    "StorageReceipt",
                    limits,
                    Mode {
                        schema_only: true,
                        strict: false,
                    },
                ) {
                    Ok(r) => r,
                    Err(d) => return fail(d),
                };
            let checked: Vec<_> = receipts
                .iter()
                .map(|(doc, r)| {
                    (
                        doc.source.as_str(),
                        r.id.as_str(),
                        storage::verify(r, &tiers),
                    )
                })
                .collect();
            let bad = checked.iter().filter(|(_, _, p)| !p.is_empty()).count();
            match args.format {
                super::Format::Json => {
                    let report: Vec<_> = checked
                        .iter()
                        .map(|(source, id, problems)| {
                            let problems: Vec<_> = problems
                                .iter()
                                .map(|p| agent_machine::secrets::redact(p))
                                .map(|p| match p.split_once(": ") {
                                    Some((rule, message)) => {
                                        serde_json::json!({"rule": rule, "message": message})
                                    }
                                    None => serde_json::json!({"rule": "storage", "message": &*p}),
                                })
                                .collect();
                            serde_json::json!({"source": source, "id": id, "problems": problems})
                        })
                        .collect();
                    outln!(
                        "{}",
                        serde_json::to_string_pretty(
                            &serde_json::json!({"receipts": report, "withProblems": bad})
                        )
                        .expect("a report serializes")
                    );
                }
                super::Format::Human => {
                    for (source, id, problems) in &checked {
                        if problems.is_empty() {
                            eprintln!("ok: {source} ({id})");
                        }
                        for p in problems {
                            eprintln!("error: {source}: {}", agent_machine::secrets::redact(p));
                        }
                    }
                    eprintln!(
                        "storage verify: {} receipt(s), {bad} with problems",
                        receipts.len()
                    );
                }
            }
            if bad == 0 && !receipts.is_empty() {
                Exit::Ok
            } else {
                Exit::Negative
            }
        }
    }
}
