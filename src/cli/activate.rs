//! `agent-machine activate evaluate|verify`: the fail-closed
//! ActivationDecision, bound by recomputation to the artifact the pod renders
//! to, optionally signed; and its offline verification by the runtime.
//! `evaluate`: exit 0 allowed, 1 not allowed, 2 an input cannot be read or is
//! not its kind. `verify`: exit 0 the decision lets this pod run now, 1 it
//! does not, 2 bad input.

use std::path::Path;

use agent_machine::base::canonical;
use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::json::Limits;
use agent_machine::contracts::Kind;
use agent_machine::contracts::cache_tier::CacheTier;
use agent_machine::contracts::{
    ActivationDecision, AgentMachine, AgentPod, AgentRegistryGrant, DeploymentReceipt,
    InferenceProvider, PolicyAdmission, StorageReceipt,
};
use agent_machine::governance::activation::{self, Inputs, ReceiptInput};
use agent_machine::governance::validate::Mode;
use agent_machine::render::{self, Source};
use clap::{Args, Subcommand};

use super::{Exit, Format, PathArg};

#[derive(Debug, Subcommand)]
pub enum ActivateCommand {
    /// Decide, fail-closed, whether an AgentPod may be activated.
    Evaluate(Box<EvaluateArgs>),
    /// Check offline that a signed, allowed decision lets this pod run now.
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// The AgentPod (the artifact it renders to is recomputed and bound).
    pod: PathArg,
    /// The PolicyAdmission (a `missing` stub is accepted and fails closed).
    admission: PathArg,
    /// The AgentRegistryGrant (a `missing` stub is accepted and fails closed).
    grant: PathArg,
    /// CacheTier files or directories the pod's storage resolves against (as for `render`).
    #[arg(long = "cache-tier", value_name = "FILE|DIR")]
    cache_tiers: Vec<PathArg>,
    /// The DeploymentReceipt of the rendered artifact (must agree with the recomputation).
    #[arg(long, value_name = "FILE", conflicts_with = "deployment_receipt_id")]
    deployment_receipt: Option<PathArg>,
    /// Only the DeploymentReceipt id (must be the recomputed receipt id).
    #[arg(long, value_name = "ID")]
    deployment_receipt_id: Option<String>,
    /// StorageReceipt files.
    #[arg(long = "storage-receipt-file", value_name = "FILE")]
    storage_receipt_files: Vec<PathArg>,
    /// Directories of StorageReceipts (other kinds are skipped).
    #[arg(long = "storage-receipt-dir", value_name = "DIR")]
    storage_receipt_dirs: Vec<PathArg>,
    /// The decision time, RFC 3339 (no clock is read; a leap second `:60` is refused).
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
    /// Release-candidate rules: a pinned supply chain.
    #[arg(long)]
    strict: bool,
    /// Write the decision here (atomically) instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathArg>,
    /// Sign the written decision with this minisign secret key: `<out>.minisig`.
    #[arg(long, value_name = "SECRET", requires = "out")]
    sign_key: Option<PathArg>,
    /// `json`: only the decision on stdout; `human` adds a summary on stderr.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The signed ActivationDecision file.
    decision: PathArg,
    /// The minisign public key.
    #[arg(long, value_name = "PUBLIC")]
    key: PathArg,
    /// The signature (default: <decision>.minisig).
    #[arg(long, value_name = "FILE")]
    signature: Option<PathArg>,
    /// The AgentPod about to run (its artifact is rendered again and compared).
    #[arg(long, value_name = "FILE")]
    pod: PathArg,
    /// CacheTier files or directories, as given to `activate evaluate`.
    #[arg(long = "cache-tier", value_name = "FILE|DIR")]
    cache_tiers: Vec<PathArg>,
    /// The time of activation, RFC 3339 (no clock is read).
    #[arg(long, value_name = "RFC3339")]
    at: String,
}

pub fn run(command: &ActivateCommand, limits: Limits) -> Exit {
    let result = match command {
        ActivateCommand::Evaluate(args) => evaluate(args, limits),
        ActivateCommand::Verify(args) => verify(args, limits),
    };
    match result {
        Ok(exit) => exit,
        Err(diagnostics) => {
            for d in diagnostics {
                eprintln!("error: {d}");
            }
            eprintln!(
                "activate: stopped, nothing written: an input cannot be read or is not its kind, an argument is malformed, or an output cannot be written"
            );
            Exit::Failure
        }
    }
}

fn cannot_read(path: &Path, e: impl std::fmt::Display) -> Vec<Diagnostic> {
    vec![Diagnostic::new(
        &path.display().to_string(),
        "",
        "input",
        format!("cannot read: {e}"),
    )]
}

fn cannot_write(path: &Path, e: impl std::fmt::Display) -> Vec<Diagnostic> {
    vec![Diagnostic::new(
        &path.display().to_string(),
        "",
        "output",
        format!("cannot write: {e}"),
    )]
}

fn tiers(paths: &[PathArg], limits: Limits) -> Result<Vec<CacheTier>, Vec<Diagnostic>> {
    Ok(
        super::load::all(paths, Kind::CacheTier, limits, Mode::default())?
            .into_iter()
            .map(|(_, t)| t)
            .collect(),
    )
}

fn evaluate(args: &EvaluateArgs, limits: Limits) -> Result<Exit, Vec<Diagnostic>> {
    // Every input must parse as its kind; its semantic rules are judged by
    // the evaluator, which turns a broken one into a reason code.
    let (pod_doc, pod): (_, AgentPod) = super::load::of_kind(&args.pod, Kind::AgentPod, limits)?;
    let (_, admission): (_, PolicyAdmission) =
        super::load::of_kind(&args.admission, Kind::PolicyAdmission, limits)?;
    let (_, grant): (_, AgentRegistryGrant) =
        super::load::of_kind(&args.grant, Kind::AgentRegistryGrant, limits)?;
    let receipt: Option<DeploymentReceipt> = match &args.deployment_receipt {
        Some(path) => Some(super::load::of_kind(path, Kind::DeploymentReceipt, limits)?.1),
        None => None,
    };
    let storage_paths: Vec<PathArg> = args
        .storage_receipt_files
        .iter()
        .chain(&args.storage_receipt_dirs)
        .cloned()
        .collect();
    let storage: Vec<StorageReceipt> =
        super::load::all_of_kind(&storage_paths, Kind::StorageReceipt, limits)?
            .into_iter()
            .map(|(_, r)| r)
            .collect();
    let tiers = tiers(&args.cache_tiers, limits)?;
    let machine_id = match &args.agent_machine {
        Some(path) => Some(
            super::load::one::<AgentMachine>(path, Kind::AgentMachine, limits)?
                .1
                .id
                .to_string(),
        ),
        None => args.agent_machine_id.clone(),
    };
    let provider_id = match &args.provider {
        Some(path) => Some(
            super::load::one::<InferenceProvider>(path, Kind::InferenceProvider, limits)?
                .1
                .id
                .to_string(),
        ),
        None => args.provider_id.clone(),
    };
    let secret_key = match &args.sign_key {
        Some(path) => {
            Some(agent_machine::base::input::read_text(path).map_err(|e| cannot_read(path, e))?)
        }
        None => None,
    };
    if let Some(out) = &args.out {
        agent_machine::base::output::check_replaceable(out).map_err(|e| cannot_write(out, e))?;
    }
    let source = Source::new(
        &pod_doc.source,
        canonical::digest(&pod_doc.value).expect("parsed JSON canonicalizes"),
    );
    let inputs = Inputs {
        pod: &pod,
        source: &source,
        tiers: &tiers,
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
        // The library speaks of the decision's fields; these came from flags.
        let message = match e {
            activation::EvalError::DecidedAt(at) => format!(
                "--decided-at {at:?} is not an RFC 3339 timestamp (e.g. 2026-05-04T12:51:00Z)"
            ),
            activation::EvalError::Identity(why) => format!(
                "an id given on the command line does not fit the ActivationDecision contract: {why}"
            ),
        };
        vec![Diagnostic::new("<arguments>", "", "argument", message)]
    })?;
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&decision).expect("a decision serializes")
    );
    match &args.out {
        None => out!("{text}"),
        Some(out) => {
            // The signature is made before anything is written, so a bad key
            // leaves nothing behind.
            let signature = match &secret_key {
                Some(key) => Some(
                    agent_machine::release::signature::sign(
                        text.as_bytes(),
                        key,
                        &format!("agent-machine activation decision {}", decision.id.as_str()),
                    )
                    .map_err(|e| {
                        vec![Diagnostic::new(
                            &args
                                .sign_key
                                .as_ref()
                                .expect("a key was read")
                                .display()
                                .to_string(),
                            "",
                            "signature",
                            e.to_string(),
                        )]
                    })?
                    .0,
                ),
                None => None,
            };
            let sig_path = sibling(out, ".minisig");
            if signature.is_some() {
                agent_machine::base::output::check_replaceable(&sig_path)
                    .map_err(|e| cannot_write(&sig_path, e))?;
            }
            agent_machine::base::output::write_atomic(out, text.as_bytes())
                .map_err(|e| cannot_write(out, e))?;
            if let Some(signature) = signature {
                agent_machine::base::output::write_atomic(&sig_path, signature.as_bytes())
                    .map_err(|e| cannot_write(&sig_path, e))?;
            }
        }
    }
    let allowed = decision.decision.activation_allowed;
    if args.format == Format::Human {
        eprintln!(
            "activate: {} — {}",
            decision.decision.status, decision.decision.reason
        );
    }
    Ok(if allowed { Exit::Ok } else { Exit::Negative })
}

fn sibling(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn verify(args: &VerifyArgs, limits: Limits) -> Result<Exit, Vec<Diagnostic>> {
    let bytes = agent_machine::base::input::read_file_limited(&args.decision, limits.max_bytes)
        .map_err(|e| cannot_read(&args.decision, e))?;
    let sig_path = args
        .signature
        .as_deref()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| sibling(&args.decision, ".minisig"));
    let signature =
        agent_machine::base::input::read_text(&sig_path).map_err(|e| cannot_read(&sig_path, e))?;
    let public_key =
        agent_machine::base::input::read_text(&args.key).map_err(|e| cannot_read(&args.key, e))?;
    // The signature first: nothing in an unsigned file is read as a claim.
    if let Err(e) = agent_machine::release::signature::verify(&bytes, &signature, &public_key) {
        eprintln!(
            "error: {}: [decision-signature] {e}",
            args.decision.display()
        );
        eprintln!("activate verify: NOT verified");
        return Ok(Exit::Negative);
    }
    let (_, decision): (_, ActivationDecision) =
        super::load::one(&args.decision, Kind::ActivationDecision, limits)?;
    let (pod_doc, pod): (_, AgentPod) = super::load::of_kind(&args.pod, Kind::AgentPod, limits)?;
    let tiers = tiers(&args.cache_tiers, limits)?;
    let source = Source::new(
        &pod_doc.source,
        canonical::digest(&pod_doc.value).expect("parsed JSON canonicalizes"),
    );
    let input = render::Input::new(&pod, &source, &tiers);
    let verdict = activation::verify(&decision, &input, &args.at).map_err(|e| {
        vec![Diagnostic::new(
            "<arguments>",
            "",
            "argument",
            e.to_string(),
        )]
    })?;
    match verdict {
        Ok(binding) => {
            outln!(
                "verified: {} may run {} {} (decision {}, until {})",
                pod.id.as_str(),
                binding.artifact,
                binding.digest,
                decision.id.as_str(),
                decision.obligations.expires_at.as_deref().unwrap_or("?")
            );
            Ok(Exit::Ok)
        }
        Err(refusals) => {
            for r in refusals {
                eprintln!(
                    "error: {}: [{}] {}",
                    args.decision.display(),
                    r.code,
                    agent_machine::base::secrets::redact(&r.message)
                );
            }
            eprintln!("activate verify: NOT verified");
            Ok(Exit::Negative)
        }
    }
}
