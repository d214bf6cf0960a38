//! `agent-machine policy resolve` and `agent-machine registry resolve`.
//!
//! Exit 0 with the matching document (its original text) or, when none
//! matches, a fail-closed `missing` stub; 1 when none matches and
//! `--no-missing-stub` is given; 2 when several match (listed) or on bad input.

use agent_machine::base::input::{self, Document};
use agent_machine::base::json::Limits;
use agent_machine::contracts::Kind;
use agent_machine::contracts::{AgentPod, AgentRegistryGrant, PolicyAdmission};
use agent_machine::governance::resolve::{self, AdmissionQuery, GrantQuery};
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

fn failed(diagnostics: Vec<agent_machine::base::diagnostic::Diagnostic>) -> Exit {
    for d in diagnostics {
        eprintln!("error: {d}");
    }
    Exit::Failure
}

/// Valid documents of `kind` among the paths; documents of other kinds are
/// skipped (a candidate set is often a directory of mixed documents), an
/// invalid document of that kind is an error.
fn candidates<T: serde::de::DeserializeOwned>(
    paths: &[PathArg],
    kind: Kind,
    limits: Limits,
) -> Result<Vec<(Document, T)>, Exit> {
    let mut out = Vec::new();
    for file in input::expand(paths).map_err(|e| failed(vec![e.to_diagnostic()]))? {
        let doc =
            input::read_document(&file, limits).map_err(|e| failed(vec![e.to_diagnostic()]))?;
        if doc.value.get("kind").and_then(|k| k.as_str()) == Some(kind.info().kind) {
            out.push(super::load::one(&file, kind, limits).map_err(failed)?);
        }
    }
    Ok(out)
}

fn pod_id(path: &PathArg, limits: Limits) -> Result<String, Exit> {
    let (_, pod): (_, AgentPod) = super::load::one(path, Kind::AgentPod, limits).map_err(failed)?;
    Ok(pod.id.to_string())
}

fn answer(matching: Vec<&Document>, stub: serde_json::Value, no_stub: bool, what: &str) -> Exit {
    match matching.as_slice() {
        [one] => {
            out!("{}", one.text);
            if !one.text.ends_with('\n') {
                outln!();
            }
            eprintln!("resolve: {what} {}", one.source);
            Exit::Ok
        }
        [] if no_stub => {
            eprintln!("resolve: no {what} matches (--no-missing-stub)");
            Exit::Negative
        }
        [] => {
            outln!(
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
        let docs =
            candidates::<PolicyAdmission>(&args.common.paths, Kind::PolicyAdmission, limits)?;
        let matching = docs
            .iter()
            .filter(|(_, a)| resolve::admission_matches(a, &query))
            .map(|(d, _)| d)
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
        let docs =
            candidates::<AgentRegistryGrant>(&args.common.paths, Kind::AgentRegistryGrant, limits)?;
        let matching = docs
            .iter()
            .filter(|(_, g)| resolve::grant_matches(g, &query))
            .map(|(d, _)| d)
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
