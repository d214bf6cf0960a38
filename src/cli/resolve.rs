//! `agent-machine policy resolve` and `agent-machine registry resolve`.
//!
//! Exit 0 with the matching document (its original text) or, when none
//! matches, a fail-closed `missing` stub; 1 when none matches and
//! `--no-missing-stub` is given; 2 when several match (listed) or on bad input.

use agent_machine::contracts::{AgentPod, AgentRegistryGrant, PolicyAdmission};
use agent_machine::input::{self, Document};
use agent_machine::json::Limits;
use agent_machine::resolve::{self, AdmissionQuery, GrantQuery};
use agent_machine::validate::{self, Mode};
use clap::{Args, Subcommand};

use super::{Exit, PathArg};

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Pick the PolicyAdmission for a pod from files and directories.
    Resolve(PolicyArgs),
}

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Pick the AgentRegistryGrant for a pod from files and directories.
    Resolve(RegistryArgs),
}

#[derive(Debug, Args)]
pub struct Common {
    /// The AgentPod the document must be about.
    #[arg(long, value_name = "AGENTPOD")]
    pod: PathArg,
    /// The machine it must be about.
    #[arg(long, value_name = "ID")]
    agent_machine_id: Option<String>,
    /// Exit 1 instead of printing a fail-closed `missing` stub when nothing matches.
    #[arg(long)]
    no_missing_stub: bool,
    /// Candidate documents: files, or directories searched for `*.json`.
    #[arg(required = true, value_name = "FILE|DIR")]
    paths: Vec<PathArg>,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    #[command(flatten)]
    common: Common,
    /// The provider it must name.
    #[arg(long, value_name = "ID")]
    provider_id: Option<String>,
    /// The deployment receipt it must name.
    #[arg(long, value_name = "ID")]
    deployment_receipt_id: Option<String>,
    /// The request type (activation, render, placement, …).
    #[arg(long, value_name = "TYPE")]
    request_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct RegistryArgs {
    #[command(flatten)]
    common: Common,
    /// The requested agent identity it must name.
    #[arg(long, value_name = "REF")]
    identity_ref: Option<String>,
    /// The session it must name.
    #[arg(long, value_name = "REF")]
    session_ref: Option<String>,
}

/// Valid documents of `kind` among the paths (others are skipped; invalid
/// documents of that kind are an error).
fn candidates(paths: &[PathArg], kind: &str, limits: Limits) -> Result<Vec<Document>, Exit> {
    let files = input::expand(paths).map_err(|e| {
        eprintln!("error: {}", e.to_diagnostic());
        Exit::Failure
    })?;
    let mut out = Vec::new();
    for file in files {
        let doc = input::read_document(&file, limits).map_err(|e| {
            eprintln!("error: {}", e.to_diagnostic());
            Exit::Failure
        })?;
        if doc.value.get("kind").and_then(|k| k.as_str()) != Some(kind) {
            continue;
        }
        let report = validate::validate(&doc, Mode::default());
        if !report.is_valid() {
            for d in report.diagnostics {
                eprintln!("error: {d}");
            }
            return Err(Exit::Failure);
        }
        out.push(doc);
    }
    Ok(out)
}

fn pod_id(path: &PathArg, limits: Limits) -> Result<String, Exit> {
    let doc = input::read_document(path, limits).map_err(|e| {
        eprintln!("error: {}", e.to_diagnostic());
        Exit::Failure
    })?;
    let report = validate::validate(&doc, Mode::default());
    match serde_json::from_value::<AgentPod>(doc.value.clone()) {
        Ok(pod) if report.is_valid() => Ok(pod.id.to_string()),
        _ => {
            for d in report.diagnostics {
                eprintln!("error: {d}");
            }
            eprintln!("error: {}: not a valid AgentPod", doc.source);
            Err(Exit::Failure)
        }
    }
}

fn answer(matching: Vec<&Document>, stub: serde_json::Value, no_stub: bool, what: &str) -> Exit {
    match matching.as_slice() {
        [one] => {
            print!("{}", one.text);
            if !one.text.ends_with('\n') {
                println!();
            }
            eprintln!("resolve: {what} {}", one.source);
            Exit::Ok
        }
        [] if no_stub => {
            eprintln!("resolve: no {what} matches (--no-missing-stub)");
            Exit::Negative
        }
        [] => {
            println!(
                "{}",
                serde_json::to_string_pretty(&stub).expect("a stub serializes")
            );
            eprintln!("resolve: no {what} matches; printed a fail-closed missing stub");
            Exit::Ok
        }
        many => {
            eprintln!(
                "error: {} {what}s match; name more of the request to pick one:",
                many.len()
            );
            for d in many {
                eprintln!("  {}", d.source);
            }
            Exit::Failure
        }
    }
}

pub fn policy(command: &PolicyCommand, limits: Limits) -> Exit {
    let PolicyCommand::Resolve(args) = command;
    let run = || -> Result<Exit, Exit> {
        let query = AdmissionQuery {
            pod_id: pod_id(&args.common.pod, limits)?,
            machine_id: args.common.agent_machine_id.clone(),
            provider_id: args.provider_id.clone(),
            deployment_receipt_id: args.deployment_receipt_id.clone(),
            request_type: args.request_type.clone(),
        };
        let docs = candidates(&args.common.paths, "PolicyAdmission", limits)?;
        let matching = docs
            .iter()
            .filter(|d| {
                serde_json::from_value::<PolicyAdmission>(d.value.clone())
                    .is_ok_and(|a| resolve::admission_matches(&a, &query))
            })
            .collect();
        Ok(answer(
            matching,
            resolve::missing_admission(&query),
            args.common.no_missing_stub,
            "PolicyAdmission",
        ))
    };
    run().unwrap_or_else(|e| e)
}

pub fn registry(command: &RegistryCommand, limits: Limits) -> Exit {
    let RegistryCommand::Resolve(args) = command;
    let run = || -> Result<Exit, Exit> {
        let query = GrantQuery {
            pod_id: pod_id(&args.common.pod, limits)?,
            machine_id: args.common.agent_machine_id.clone(),
            identity_ref: args.identity_ref.clone(),
            session_ref: args.session_ref.clone(),
        };
        let docs = candidates(&args.common.paths, "AgentRegistryGrant", limits)?;
        let matching = docs
            .iter()
            .filter(|d| {
                serde_json::from_value::<AgentRegistryGrant>(d.value.clone())
                    .is_ok_and(|g| resolve::grant_matches(&g, &query))
            })
            .collect();
        Ok(answer(
            matching,
            resolve::missing_grant(&query),
            args.common.no_missing_stub,
            "AgentRegistryGrant",
        ))
    };
    run().unwrap_or_else(|e| e)
}
