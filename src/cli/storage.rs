//! `agent-machine storage plan|verify`: StorageReceipt plans with their
//! provisioning steps (never executed), and verification of observed receipts
//! bound to a machine and a pod.

use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::input::Document;
use agent_machine::base::json::{Limits, locate};
use agent_machine::base::rule::{self, Rule};
use agent_machine::base::secrets::redact;
use agent_machine::contracts::Kind;
use agent_machine::contracts::{AgentPod, CacheTier, StorageReceipt};
use agent_machine::governance::storage::{self, TierValue};
use agent_machine::governance::validate::Mode;
use clap::{Args, Subcommand};

use super::{Exit, PathArg};

#[derive(Debug, Subcommand)]
pub enum StorageCommand {
    /// Plan the local-lvm and TopoLVM volumes of a pod: receipt plans and the steps, not executed.
    Plan(PlanArgs),
    /// Check observed StorageReceipts of a machine and pod against the CacheTiers that govern them.
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The AgentPod.
    pod: PathArg,
    /// CacheTiers (files or directories).
    #[arg(long = "cache-tier", value_name = "FILE|DIR", required = true)]
    cache_tiers: Vec<PathArg>,
    /// The machine the volumes are for (urn:srcos:agent-machine:<name>).
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
    /// CacheTiers (files or directories): every tier the pod names, and any
    /// other; a receipt is held to every tier of its volume class and backend.
    #[arg(long = "cache-tier", value_name = "FILE|DIR", required = true)]
    cache_tiers: Vec<PathArg>,
    /// The machine the receipts must be of (urn:srcos:agent-machine:<name>).
    #[arg(long, value_name = "ID")]
    agent_machine_id: String,
    /// The AgentPod the receipts must be of: each receipt names it and is of
    /// one of its storage items.
    #[arg(long, value_name = "AGENTPOD")]
    pod: PathArg,
    /// `json`: a report of every receipt, its problems and warnings on stdout.
    #[arg(long, value_enum, default_value_t)]
    format: super::Format,
}

fn fail(diagnostics: Vec<Diagnostic>) -> Exit {
    for d in diagnostics {
        eprintln!("error: {d}");
    }
    Exit::Failure
}

fn machine_id_ok(id: &str) -> bool {
    if storage::is_machine_id(id) {
        return true;
    }
    eprintln!(
        "error: --agent-machine-id {} is not an AgentMachine id (urn:srcos:agent-machine:<name>, the name of a-z, 0-9 and '-')",
        redact(&format!("{id:?}"))
    );
    false
}

/// The CacheTier documents with `id`, in the order they were read.
fn docs_with_id<'a>(docs: &'a [(Document, CacheTier)], id: &str) -> Vec<&'a Document> {
    docs.iter()
        .filter(|(_, t)| t.id.as_str() == id)
        .map(|(d, _)| d)
        .collect()
}

/// `file:line:col pointer` of a tier value, for a message.
fn tier_location(docs: &[(Document, CacheTier)], value: &TierValue) -> String {
    let files = docs_with_id(docs, &value.tier_id);
    match files.first() {
        Some(doc) => {
            let at = locate(&doc.text, &value.pointer)
                .map(|p| format!(":{}:{}", p.line, p.column))
                .unwrap_or_default();
            format!("{}{at}: {}", doc.source, redact(&value.pointer))
        }
        None => format!("CacheTier {}: {}", value.tier_id, redact(&value.pointer)),
    }
}

fn load_tiers(paths: &[PathArg], limits: Limits) -> Result<Vec<(Document, CacheTier)>, Exit> {
    super::load::all(paths, Kind::CacheTier, limits, Mode::default()).map_err(fail)
}

/// What both `plan` and `verify` read: the pod, and the tiers with the
/// documents they came from (for error locations).
type PodAndTiers = (
    Document,
    AgentPod,
    Vec<(Document, CacheTier)>,
    Vec<CacheTier>,
);

fn pod_and_tiers(pod: &PathArg, tiers: &[PathArg], limits: Limits) -> Result<PodAndTiers, Exit> {
    let (doc, pod) = super::load::one::<AgentPod>(pod, Kind::AgentPod, limits).map_err(fail)?;
    let tier_docs = load_tiers(tiers, limits)?;
    let tiers = tier_docs.iter().map(|(_, t)| t.clone()).collect();
    Ok((doc, pod, tier_docs, tiers))
}

pub fn run(command: &StorageCommand, limits: Limits) -> Exit {
    match command {
        StorageCommand::Plan(args) => plan(args, limits),
        StorageCommand::Verify(args) => verify(args, limits),
    }
}

fn plan(args: &PlanArgs, limits: Limits) -> Exit {
    if agent_machine::base::time::parse(&args.at).is_none() {
        eprintln!(
            "error: --at {} is not an RFC 3339 timestamp",
            redact(&format!("{:?}", args.at))
        );
        return Exit::Failure;
    }
    if !machine_id_ok(&args.agent_machine_id) {
        return Exit::Failure;
    }
    let (doc, pod, tier_docs, tiers) = match pod_and_tiers(&args.pod, &args.cache_tiers, limits) {
        Ok(loaded) => loaded,
        Err(exit) => return exit,
    };
    match storage::plan_checked(&pod, &tiers, &args.agent_machine_id, &args.at) {
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
        Err(e) => {
            let mut d = Diagnostic::new(
                &doc.source,
                &e.error.pointer,
                e.error.rule.code(),
                &e.error.message,
            )
            .at(locate(&doc.text, &e.error.pointer));
            if let Some(flag) = flag_of(e.error.rule) {
                d = d.hint(format!("give it with {flag}"));
            }
            if let Some(value) = &e.tier {
                let files: Vec<&str> = docs_with_id(&tier_docs, &value.tier_id)
                    .iter()
                    .map(|d| d.source.as_str())
                    .collect();
                d = d.hint(if files.len() > 1 {
                    format!("the CacheTier files with that id: {}", files.join(", "))
                } else {
                    format!(
                        "the refused value is in {}",
                        tier_location(&tier_docs, value)
                    )
                });
            }
            let exit = fail(vec![d]);
            eprintln!("storage: nothing was planned");
            exit
        }
    }
}

fn verify(args: &VerifyArgs, limits: Limits) -> Exit {
    if !machine_id_ok(&args.agent_machine_id) {
        return Exit::Failure;
    }
    let (pod_doc, pod, tier_docs, tiers) = match pod_and_tiers(&args.pod, &args.cache_tiers, limits)
    {
        Ok(loaded) => loaded,
        Err(exit) => return exit,
    };
    let binding = match storage::Binding::new(&args.agent_machine_id, &pod, &tiers) {
        Ok(b) => b,
        Err(e) => {
            let at = locate(&pod_doc.text, &e.pointer);
            let flag = flag_of(e.rule);
            let mut d = Diagnostic::of_finding(&pod_doc.source, e).at(at);
            if let Some(flag) = flag {
                d = d.hint(format!("give it with {flag}"));
            }
            return fail(vec![d]);
        }
    };
    let receipts: Vec<(Document, StorageReceipt)> = match super::load::all(
        &args.receipts,
        Kind::StorageReceipt,
        limits,
        Mode {
            schema_only: true,
            ..Mode::default()
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
                storage::verify_bound(r, &binding),
            )
        })
        .collect();
    let bad = checked
        .iter()
        .filter(|(_, _, v)| !v.problems.is_empty())
        .count();
    match args.format {
        super::Format::Json => {
            let report: Vec<_> = checked
                .iter()
                .map(|(source, id, v)| {
                    let problems: Vec<_> = v
                        .problems
                        .iter()
                        .map(|p| {
                            let mut o = serde_json::json!({"rule": p.rule, "message": redact(&p.message)});
                            if let Some(t) = &p.tier {
                                o["tier"] = serde_json::json!({
                                    "id": t.tier_id,
                                    "files": docs_with_id(&tier_docs, &t.tier_id).iter().map(|d| d.source.as_str()).collect::<Vec<_>>(),
                                    "pointer": redact(&t.pointer),
                                });
                            }
                            o
                        })
                        .collect();
                    let warnings: Vec<_> = v.warnings.iter().map(|w| redact(w)).collect();
                    serde_json::json!({"source": source, "id": id, "problems": problems, "warnings": warnings})
                })
                .collect();
            outln!(
                "{}",
                serde_json::to_string_pretty(&serde_json::json!({
                    "agentMachineId": args.agent_machine_id,
                    "agentPodId": pod.id.as_str(),
                    "receipts": report,
                    "withProblems": bad
                }))
                .expect("a report serializes")
            );
        }
        super::Format::Human => {
            for (source, id, v) in &checked {
                if v.problems.is_empty() {
                    eprintln!("ok: {source} ({id})");
                }
                for p in &v.problems {
                    let at = p
                        .tier
                        .as_ref()
                        .map(|t| format!(" [{}]", tier_location(&tier_docs, t)))
                        .unwrap_or_default();
                    eprintln!("error: {source}: {}{at}", redact(&p.to_string()));
                }
                for w in &v.warnings {
                    eprintln!("warning: {source}: {}", redact(w));
                }
            }
            eprintln!(
                "storage verify: {} receipt(s) for {} on {}, {bad} with problems",
                receipts.len(),
                pod.id.as_str(),
                args.agent_machine_id
            );
        }
    }
    if bad == 0 && !receipts.is_empty() {
        Exit::Ok
    } else {
        Exit::Negative
    }
}

/// The flag that gives what a storage refusal says is missing or malformed:
/// the library speaks of documents and values, the command line of its flags.
fn flag_of(rule: Rule) -> Option<&'static str> {
    match rule {
        Rule::Render(rule::Render::CacheTierUnresolved) => Some("--cache-tier"),
        Rule::Storage(rule::Storage::AgentMachineId) => Some("--agent-machine-id"),
        Rule::Storage(rule::Storage::At) => Some("--at"),
        _ => None,
    }
}
