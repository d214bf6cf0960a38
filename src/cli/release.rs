//! `agent-machine release bundle`: the deterministic ReleaseEvidenceBundle.

use agent_machine::base::output;
use agent_machine::release::bundle::{self as release, Facts};
use agent_machine::release::gate;
use clap::{Args, Subcommand};

use super::{Exit, PathArg};

#[derive(Debug, Subcommand)]
pub enum ReleaseCommand {
    /// Write the ReleaseEvidenceBundle of the tree (deterministic; no clock is read).
    Bundle(BundleArgs),
    /// Generate a minisign (Ed25519) key pair.
    Keygen(super::sign::KeygenArgs),
    /// Sign a bundle: writes <bundle>.minisig and <bundle>.envelope.json.
    Sign(super::sign::SignArgs),
    /// Verify a bundle offline against a public key (and its envelope).
    Verify(super::sign::VerifyArgs),
}

#[derive(Debug, Args)]
pub struct BundleArgs {
    #[command(flatten)]
    gate: super::gate::GateInputs,
    /// Write here (atomically) instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathArg>,
    /// The bundle time, RFC 3339 (e.g. the commit time).
    #[arg(long, value_name = "RFC3339")]
    generated_at: String,
    /// The commit (default: read from the root's .git).
    #[arg(long, value_name = "SHA")]
    commit: Option<String>,
    /// The branch (default: read from the root's .git, else main).
    #[arg(long)]
    branch: Option<String>,
    /// The repository.
    #[arg(long, default_value = "SourceOS-Linux/agent-machine")]
    repository: String,
    /// The release name (default: agent-machine-<version>).
    #[arg(long)]
    name: Option<String>,
}

pub fn run(command: &ReleaseCommand) -> Exit {
    let args = match command {
        ReleaseCommand::Bundle(args) => args,
        ReleaseCommand::Keygen(args) => return super::sign::keygen(args),
        ReleaseCommand::Sign(args) => return super::sign::sign(args),
        ReleaseCommand::Verify(args) => return super::sign::verify(args),
    };
    let Some(commit) = args
        .commit
        .clone()
        .or_else(|| release::git_commit(&args.gate.root))
    else {
        eprintln!("error: no commit: pass --commit <40-hex sha> or run inside a git checkout");
        return Exit::Failure;
    };
    let ctx = match args.gate.context() {
        Ok(ctx) => ctx,
        Err(exit) => return exit,
    };
    let facts = Facts {
        name: args
            .name
            .clone()
            .unwrap_or_else(|| format!("agent-machine-{}", agent_machine::VERSION)),
        repository: args.repository.clone(),
        branch: args
            .branch
            .clone()
            .or_else(|| release::git_branch(&args.gate.root))
            .unwrap_or_else(|| "main".into()),
        commit_sha: commit,
        generated_at: args.generated_at.clone(),
    };
    let bundle = match release::bundle(&ctx, &facts, &gate::run_tree(&ctx)) {
        Ok(b) => b,
        Err(release::BundleError::Time(at)) => {
            eprintln!("error: --generated-at {at:?} is not an RFC 3339 timestamp");
            return Exit::Failure;
        }
        Err(e) => {
            eprintln!("error: {e}");
            return Exit::Failure;
        }
    };
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&bundle).expect("a bundle serializes")
    );
    match &args.out {
        None => {
            out!("{text}");
            Exit::Ok
        }
        Some(path) => match output::write_atomic(path, text.as_bytes()) {
            Ok(()) => Exit::Ok,
            Err(e) => {
                eprintln!(
                    "agent-machine release: {}: cannot write: {e}",
                    path.display()
                );
                Exit::Failure
            }
        },
    }
}
