//! `agent-machine activate evaluate <agentpod> <admission> <grant> …`: the
//! fail-closed ActivationDecision, printed on stdout whatever the verdict.
//! Exit 0 allowed, 1 not allowed, 2 bad input.

use agent_machine::activation::{self, Inputs, ReceiptInput};
use agent_machine::canonical;
use agent_machine::contracts::{
    AgentMachine, AgentPod, AgentRegistryGrant, DeploymentReceipt, InferenceProvider,
    PolicyAdmission, StorageReceipt,
};
use agent_machine::diagnostic::Diagnostic;
use agent_machine::json::Limits;
use agent_machine::validate::Mode;
use clap::{Args, Subcommand};

use super::{Exit, Format, PathArg};

#[derive(Debug, Subcommand)]
pub enum ActivateCommand {
    /// Decide, fail-closed, whether an AgentPod may be activated.
    Evaluate(EvaluateArgs),
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// The AgentPod.
    pod: PathArg,
    /// The PolicyAdmission (a `missing` stub is accepted and fails closed).
    admission: PathArg,
    /// The AgentRegistryGrant (a `missing` stub is accepted and fails closed).
    grant: PathArg,
    /// The DeploymentReceipt of the rendered artifact (verifies the binding).
    #[arg(long, value_name = "FILE", conflicts_with = "deployment_receipt_id")]
    deployment_receipt: Option<PathArg>,
    /// Only the DeploymentReceipt id (the binding is then unverified; refused with --strict).
    #[arg(long, value_name = "ID")]
    deployment_receipt_id: Option<String>,
    /// StorageReceipt files.
    #[arg(long = "storage-receipt-file", value_name = "FILE")]
    storage_receipt_files: Vec<PathArg>,
    /// Directories of StorageReceipts (other kinds are skipped).
    #[arg(long = "storage-receipt-dir", value_name = "DIR")]
    storage_receipt_dirs: Vec<PathArg>,
    /// The decision time, RFC 3339 (no clock is read).
    #[arg(long, value_name = "RFC3339")]
    decided_at: String,
    /// This machine's AgentMachine document.
    #[arg(long, value_name = "FILE", conflicts_with = "agent_machine_id")]
    agent_machine: Option<PathArg>,
    /// This machine's id (default: the admission's agentMachineId).
    #[arg(long, value_name = "ID")]
    agent_machine_id: Option<String>,
    /// The InferenceProvider document.
    #[arg(long, value_name = "FILE", conflicts_with = "provider_id")]
    provider: Option<PathArg>,
    /// The provider id (default: the admission's providerId).
    #[arg(long, value_name = "ID")]
    provider_id: Option<String>,
    /// The decision id (default: derived from the inputs).
    #[arg(long, value_name = "ID")]
    decision_id: Option<String>,
    /// Release-candidate rules: pinned supply chain, verified receipt binding.
    #[arg(long)]
    strict: bool,
    /// `json`: only the decision on stdout; `human` adds a summary on stderr.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(command: &ActivateCommand, limits: Limits) -> Exit {
    let ActivateCommand::Evaluate(args) = command;
    match evaluate(args, limits) {
        Ok(exit) => exit,
        Err(diagnostics) => {
            for d in diagnostics {
                eprintln!("error: {d}");
            }
            eprintln!("activate: cannot evaluate; no decision was made");
            Exit::Failure
        }
    }
}

fn evaluate(args: &EvaluateArgs, limits: Limits) -> Result<Exit, Vec<Diagnostic>> {
    let (pod_doc, pod): (_, AgentPod) = super::load::one(&args.pod, "AgentPod", limits)?;
    let (_, admission): (_, PolicyAdmission) =
        super::load::one(&args.admission, "PolicyAdmission", limits)?;
    let (_, grant): (_, AgentRegistryGrant) =
        super::load::one(&args.grant, "AgentRegistryGrant", limits)?;
    let receipt: Option<DeploymentReceipt> = match &args.deployment_receipt {
        Some(path) => Some(super::load::one(path, "DeploymentReceipt", limits)?.1),
        None => None,
    };
    let storage_paths: Vec<PathArg> = args
        .storage_receipt_files
        .iter()
        .chain(&args.storage_receipt_dirs)
        .cloned()
        .collect();
    let storage: Vec<StorageReceipt> =
        super::load::all(&storage_paths, "StorageReceipt", limits, Mode::default())?
            .into_iter()
            .map(|(_, r)| r)
            .collect();
    let machine_id = match &args.agent_machine {
        Some(path) => Some(
            super::load::one::<AgentMachine>(path, "AgentMachine", limits)?
                .1
                .id
                .to_string(),
        ),
        None => args.agent_machine_id.clone(),
    };
    let provider_id = match &args.provider {
        Some(path) => Some(
            super::load::one::<InferenceProvider>(path, "InferenceProvider", limits)?
                .1
                .id
                .to_string(),
        ),
        None => args.provider_id.clone(),
    };
    let pod_digest = canonical::digest(&pod_doc.value).expect("parsed JSON canonicalizes");
    let inputs = Inputs {
        pod: &pod,
        pod_digest: &pod_digest,
        admission: Some(&admission),
        grant: Some(&grant),
        receipt: match (&receipt, &args.deployment_receipt_id) {
            (Some(r), _) => ReceiptInput::Document(r),
            (None, Some(id)) => ReceiptInput::Id(id),
            (None, None) => ReceiptInput::None,
        },
        storage_receipts: &storage,
        decided_at: &args.decided_at,
        machine_id: machine_id.as_deref(),
        provider_id: provider_id.as_deref(),
        decision_id: args.decision_id.as_deref(),
        strict: args.strict,
    };
    let decision = activation::evaluate(&inputs).map_err(|e| {
        vec![Diagnostic::new(
            "<arguments>",
            "",
            "argument",
            e.to_string(),
        )]
    })?;
    outln!(
        "{}",
        serde_json::to_string_pretty(&decision).expect("a decision serializes")
    );
    let allowed = decision.decision.activation_allowed;
    if args.format == Format::Human {
        eprintln!(
            "activate: {} — {}",
            decision.decision.status, decision.decision.reason
        );
    }
    Ok(if allowed { Exit::Ok } else { Exit::Negative })
}
