//! `agent-machine gate [--root <dir>] [--level …] [--evidence <file>] [--format human|json]`.
//! Exit 0 when the maturity reached meets the level asked for, 1 when not, 2 on bad input.

use agent_machine::gate::{self, CiEvidence, Maturity, Status};
use clap::{Args, ValueEnum};

use super::{Exit, Format, PathArg};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Level {
    Prototype,
    Bootstrap,
    Production,
}

#[derive(Debug, Args)]
pub struct GateArgs {
    /// The repository root.
    #[arg(long, default_value = ".")]
    root: PathArg,
    /// What exit 0 means: the maturity reached meets this level.
    #[arg(long, value_enum, default_value = "production")]
    level: Level,
    /// CI results: a JSON object of item id → "pass" | "fail".
    #[arg(long, value_name = "FILE")]
    evidence: Option<PathArg>,
    /// Report format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(args: &GateArgs) -> Exit {
    let evidence: Option<CiEvidence> = match &args.evidence {
        None => None,
        Some(path) => match std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| {
                agent_machine::json::parse(&b, Default::default())
                    .map_err(|e| e.to_string())
                    .and_then(|v| serde_json::from_value(v).map_err(|e| e.to_string()))
            }) {
            Ok(e) => Some(e),
            Err(e) => {
                eprintln!(
                    "error: {}: {e} (expected a JSON object of item id → \"pass\" or \"fail\")",
                    path.display()
                );
                return Exit::Failure;
            }
        },
    };
    let report = gate::run(&args.root, evidence);
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a report serializes")
        ),
        Format::Human => {
            for i in &report.items {
                let status = match i.status {
                    Status::Pass => "pass",
                    Status::Fail => "FAIL",
                    Status::NotRun => "not-run",
                };
                let level = serde_json::to_value(i.level).expect("serializes");
                println!(
                    "{:<3} {:<12} {:<17} {:<8} {}",
                    i.id,
                    i.area,
                    level.as_str().unwrap_or("?"),
                    status,
                    i.evidence
                );
                if i.status == Status::Fail {
                    println!("{:42}remediation: {}", "", i.remediation);
                }
            }
            println!(
                "maturity: {}",
                serde_json::to_value(report.maturity)
                    .expect("serializes")
                    .as_str()
                    .unwrap_or("?")
            );
        }
    }
    let needed = match args.level {
        Level::Prototype => Maturity::Prototype,
        Level::Bootstrap => Maturity::BootstrapReady,
        Level::Production => Maturity::ProductionReady,
    };
    if report.maturity >= needed {
        Exit::Ok
    } else {
        Exit::Negative
    }
}
