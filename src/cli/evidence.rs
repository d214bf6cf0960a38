//! `agent-machine evidence emit`: AgentPlaneRuntimeEvidence for one event,
//! to stdout or atomically into a staging directory (one file per event,
//! named by the evidence id). A running-like status without an allowed
//! decision is refused (exit 2) and nothing is written.

use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::json::Limits;
use agent_machine::base::output;
use agent_machine::contracts::Kind;
use agent_machine::contracts::{
    ActivationDecision, AgentPod, AgentRegistryGrant, DeploymentReceipt, PolicyAdmission,
};
use agent_machine::governance::evidence::{self, Facts};
use clap::{Args, Subcommand, ValueEnum};

use super::{Exit, PathArg};

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Emit AgentPlaneRuntimeEvidence for one event.
    Emit(EmitArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Event {
    Placement,
    Activation,
    #[value(name = "runtime-status")]
    RuntimeStatus,
    Teardown,
    Wipe,
}

#[derive(Debug, Args)]
pub struct EmitArgs {
    /// The event.
    #[arg(long, value_enum)]
    event: Event,
    /// The AgentPod.
    #[arg(long, value_name = "FILE")]
    pod: PathArg,
    /// The ActivationDecision.
    #[arg(long, value_name = "FILE")]
    decision: PathArg,
    /// The PolicyAdmission behind the decision.
    #[arg(long, value_name = "FILE")]
    admission: Option<PathArg>,
    /// The AgentRegistryGrant behind the decision.
    #[arg(long, value_name = "FILE")]
    grant: Option<PathArg>,
    /// The DeploymentReceipt of the artifact.
    #[arg(long, value_name = "FILE")]
    deployment_receipt: Option<PathArg>,
    /// The runtime status (planned, placed, activating, running, degraded, failed, completed, tearing-down, wiped).
    #[arg(long)]
    status: String,
    /// When the status was observed (RFC 3339; no clock is read).
    #[arg(long, value_name = "RFC3339")]
    observed_at: String,
    /// The runtime's version.
    #[arg(long, value_name = "VERSION")]
    runtime_version: String,
    /// The probe's version.
    #[arg(long, value_name = "VERSION", default_value = agent_machine::VERSION)]
    probe_version: String,
    /// The model's digest.
    #[arg(long, value_name = "DIGEST")]
    model_digest: Option<String>,
    /// The tokenizer's digest.
    #[arg(long, value_name = "DIGEST")]
    tokenizer_digest: Option<String>,
    /// The Kubernetes node.
    #[arg(long)]
    node_name: Option<String>,
    /// A staging directory to write `<id>.json` into (default: stdout).
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathArg>,
}

pub fn run(command: &EvidenceCommand, limits: Limits) -> Exit {
    let EvidenceCommand::Emit(args) = command;
    let loaded = (|| {
        Ok::<_, Vec<Diagnostic>>((
            super::load::one::<AgentPod>(&args.pod, Kind::AgentPod, limits)?.1,
            super::load::one::<ActivationDecision>(
                &args.decision,
                Kind::ActivationDecision,
                limits,
            )?
            .1,
            super::load::optional::<PolicyAdmission>(
                args.admission.as_ref(),
                Kind::PolicyAdmission,
                limits,
            )?,
            super::load::optional::<AgentRegistryGrant>(
                args.grant.as_ref(),
                Kind::AgentRegistryGrant,
                limits,
            )?,
            super::load::optional::<DeploymentReceipt>(
                args.deployment_receipt.as_ref(),
                Kind::DeploymentReceipt,
                limits,
            )?,
        ))
    })();
    let (pod, decision, admission, grant, receipt) = match loaded {
        Ok(l) => l,
        Err(diagnostics) => {
            for d in diagnostics {
                eprintln!("error: {d}");
            }
            return Exit::Failure;
        }
    };
    let event = args
        .event
        .to_possible_value()
        .expect("every event has a name")
        .get_name()
        .to_string();
    let facts = Facts {
        event: &event,
        pod: &pod,
        decision: &decision,
        admission: admission.as_ref(),
        grant: grant.as_ref(),
        receipt: receipt.as_ref(),
        status: &args.status,
        observed_at: &args.observed_at,
        runtime_version: &args.runtime_version,
        probe_version: &args.probe_version,
        model_digest: args.model_digest.as_deref(),
        tokenizer_digest: args.tokenizer_digest.as_deref(),
        node_name: args.node_name.as_deref(),
    };
    let evidence = match evidence::build(&facts) {
        Ok(e) => e,
        Err(e) => {
            // The library names the evidence's fields; these came from flags.
            let message = match e {
                evidence::EvidenceError::ObservedAt(at) => {
                    format!("--observed-at {at:?} is not an RFC 3339 timestamp")
                }
                evidence::EvidenceError::Secret(field, shape) => format!(
                    "{} looks like it carries a secret ({shape}); evidence never does",
                    flag_of(field)
                ),
                other => other.to_string(),
            };
            eprintln!(
                "error: evidence refused: {}",
                agent_machine::base::secrets::redact(&message)
            );
            eprintln!("evidence: nothing was written");
            return Exit::Failure;
        }
    };
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&evidence).expect("evidence serializes")
    );
    match &args.out_dir {
        None => {
            out!("{text}");
            Exit::Ok
        }
        Some(dir) => {
            let name = evidence
                .id
                .rsplit(':')
                .next()
                .unwrap_or("evidence")
                .to_string();
            let path = dir.join(format!("{name}.json"));
            match output::write_atomic(&path, text.as_bytes()) {
                Ok(()) => {
                    eprintln!("evidence: wrote {}", path.display());
                    Exit::Ok
                }
                Err(e) => {
                    eprintln!(
                        "agent-machine evidence: {}: cannot write: {e}",
                        path.display()
                    );
                    Exit::Failure
                }
            }
        }
    }
}

/// The flag that gives an evidence field.
fn flag_of(field: &str) -> &str {
    match field {
        "runtime.runtimeVersion" => "--runtime-version",
        "runtime.probeVersion" => "--probe-version",
        "runtime.nodeName" => "--node-name",
        "artifacts.modelDigest" => "--model-digest",
        "artifacts.tokenizerDigest" => "--tokenizer-digest",
        other => other,
    }
}
