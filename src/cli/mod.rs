//! Command-line arguments and the commands behind them.
//!
//! Arguments are parsed into [`Cli`]; each command turns them into validated
//! inputs, calls the library, and prints: human output to stderr, machine
//! output (documents, digests, JSON reports) to stdout.

// First, so that `out!` and `outln!` are in scope in every command.
#[macro_use]
mod stdout;

mod activate;
mod digest;
mod doctor;
mod evidence;
mod gate;
mod load;
mod new;
mod parallel;
mod probe;
mod release;
mod render;
mod render_all;
mod resolve;
mod schema;
mod sign;
mod skeletons;
mod storage;
mod validate;

use std::path::PathBuf;

use agent_machine::base::json::{self, Limits};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Process exit codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// A valid negative answer: a document is invalid, a comparison differs.
    Negative = 1,
    /// The command cannot do its job: unreadable input, not JSON, usage.
    Failure = 2,
    /// A bug.
    Internal = 3,
}

#[derive(Debug, Parser)]
#[command(
    name = "agent-machine",
    version,
    about = "SourceOS Agent Machine: typed contracts, deterministic renderers, fail-closed activation",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    limits: LimitArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct LimitArgs {
    /// Refuse input files larger than this many bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = json::DEFAULT_MAX_BYTES)]
    max_input_bytes: u64,
    /// Refuse input nested deeper than this many levels.
    #[arg(
        long,
        global = true,
        value_name = "LEVELS",
        default_value_t = json::DEFAULT_MAX_DEPTH,
        value_parser = parse_depth
    )]
    max_depth: usize,
    /// Refuse input holding more than this many JSON values.
    #[arg(long, global = true, value_name = "VALUES", default_value_t = json::DEFAULT_MAX_VALUES)]
    max_values: usize,
}

fn parse_depth(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=json::HARD_MAX_DEPTH).contains(&n) => Ok(n),
        _ => Err(format!(
            "expected a number of levels from 1 to {}",
            json::HARD_MAX_DEPTH
        )),
    }
}

impl LimitArgs {
    fn limits(&self) -> Limits {
        Limits {
            max_bytes: self.max_input_bytes,
            max_depth: self.max_depth,
            max_values: self.max_values,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate contract documents (dispatched by their `kind`).
    Validate(validate::ValidateArgs),
    /// Print the canonical digest (sha256 over RFC 8785 bytes) of a JSON document.
    Digest(digest::DigestArgs),
    /// Write a starting document to edit (`new pod --provider ollama|vllm|llama-cpp`).
    #[command(subcommand)]
    New(new::NewCommand),
    /// Print a contract this build embeds (its JSON Schema), or list them.
    Schema(schema::SchemaArgs),
    /// Render an AgentPod: plan, receipt, Quadlet unit, Kubernetes manifests or CRD.
    Render(render::RenderArgs),
    /// Resolve the PolicyAdmission for a pod.
    #[command(subcommand)]
    Policy(resolve::PolicyCommand),
    /// Resolve the AgentRegistryGrant for a pod.
    #[command(subcommand)]
    Registry(resolve::RegistryCommand),
    /// Run the world-class release gate and report the maturity reached.
    Gate(gate::GateArgs),
    /// Release evidence.
    #[command(subcommand)]
    Release(release::ReleaseCommand),
    /// Observe this machine and its inference providers (read-only; never activates).
    Probe(probe::ProbeArgs),
    /// Plan or verify local-lvm and TopoLVM storage (nothing is executed).
    #[command(subcommand)]
    Storage(storage::StorageCommand),
    /// Emit AgentPlaneRuntimeEvidence.
    #[command(subcommand)]
    Evidence(evidence::EvidenceCommand),
    /// Fail-closed activation decisions.
    #[command(subcommand)]
    Activate(activate::ActivateCommand),
    /// Check or bless the checked-in renders of the examples (`skeletons/`).
    Skeletons(skeletons::SkeletonArgs),
    /// What this machine needs beyond rendering (read-only; nothing is run).
    Doctor(doctor::DoctorArgs),
    /// Where rendered artifacts are meant to go on this machine.
    Paths(doctor::PathsArgs),
    /// Print the version and the contracts this build embeds.
    Version,
}

/// Output format of a report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people, on stderr.
    #[default]
    Human,
    /// A JSON report on stdout.
    Json,
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Exit {
    let limits = cli.limits.limits();
    match cli.command {
        Command::Validate(args) => validate::run(&args, limits),
        Command::Digest(args) => digest::run(&args, limits),
        Command::Schema(args) => schema::run(&args),
        Command::New(command) => new::run(&command),
        Command::Render(args) => render::run(&args, limits),
        Command::Skeletons(args) => skeletons::run(&args),
        Command::Activate(command) => activate::run(&command, limits),
        Command::Evidence(command) => evidence::run(&command, limits),
        Command::Probe(args) => probe::run(&args),
        Command::Gate(args) => gate::run(&args),
        Command::Release(command) => release::run(&command),
        Command::Storage(command) => storage::run(&command, limits),
        Command::Policy(command) => resolve::policy(&command, limits),
        Command::Registry(command) => resolve::registry(&command, limits),
        Command::Doctor(args) => doctor::doctor(&args),
        Command::Paths(args) => doctor::paths(&args),
        Command::Version => version(),
    }
}

fn version() -> Exit {
    outln!(
        "{} {}",
        agent_machine::GENERATOR_NAME,
        agent_machine::VERSION
    );
    for kind in agent_machine::contracts::Kind::ALL {
        let info = kind.info();
        outln!("contract {} v{} {}", info.kind, info.version, info.id);
    }
    Exit::Ok
}

/// A path argument as the user gave it.
pub type PathArg = PathBuf;
