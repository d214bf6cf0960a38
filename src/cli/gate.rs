//! `agent-machine gate [--root <dir>] [--level …] [--evidence <file>] [--tap <file>] [--strict]
//! [--format human|json|sarif]`.
//! Exit 0 when the maturity reached meets the level asked for, 1 when not, 2 on bad input.

use agent_machine::release::gate::{self, Maturity, Report, Status};
use clap::{Args, ValueEnum};
use serde_json::json;

use super::{Exit, PathArg};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum GateFormat {
    /// A table for people, on stdout.
    #[default]
    Human,
    /// The gate report as JSON.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Level {
    Prototype,
    Bootstrap,
    Production,
}

/// What the gate looks at (shared by `gate` and `release bundle`).
#[derive(Debug, Args)]
pub struct GateInputs {
    /// The repository root.
    #[arg(long, default_value = ".")]
    pub root: PathArg,
    /// CI results: a JSON object of item id → "pass" | "fail", for the items a test run proves.
    #[arg(long, value_name = "FILE")]
    evidence: Option<PathArg>,
    /// The tap's copy of the Homebrew formula, outside the repository, checked against
    /// packaging/homebrew/ (item I2).
    #[arg(long, value_name = "FILE")]
    tap: Option<PathArg>,
    /// Run the real Quadlet generator and kubernetes-validate from this directory (item R6),
    /// once each has proved its identity.
    #[arg(long, value_name = "DIR")]
    validators: Option<PathArg>,
}

impl GateInputs {
    /// The gate context, or the error (exit 2) when an input is unusable.
    /// Bad input — a root or validators directory that is not one, a tap copy that cannot be
    /// read or lies inside the repository, an unusable evidence file or one that speaks for an
    /// item the gate checks itself, validators that are not the tools their names say, evidence
    /// that R6 passed while the validators the gate ran refuse the tree — is an error (exit 2),
    /// never an item that fails.
    pub fn context(&self) -> Result<gate::Context, Exit> {
        let bad = |what: String| {
            eprintln!("error: {what}");
            Exit::Failure
        };
        for (flag, dir) in [
            ("--root", Some(&self.root)),
            ("--validators", self.validators.as_ref()),
        ] {
            if let Some(dir) = dir.filter(|d| !d.is_dir()) {
                return Err(bad(format!("{flag} {}: not a directory", dir.display())));
            }
        }
        if let Some(tap) = &self.tap {
            // Never opened before it is known to be a regular file: opening a
            // FIFO for reading would block until someone writes to it.
            if !tap.is_file() {
                if let Err(e) = std::fs::metadata(tap) {
                    return Err(bad(format!("--tap {}: cannot read: {e}", tap.display())));
                }
                return Err(bad(format!("--tap {}: not a file", tap.display())));
            }
            if let Err(e) = agent_machine::base::input::read_file_limited(
                tap,
                agent_machine::base::json::DEFAULT_MAX_BYTES,
            ) {
                return Err(bad(format!("--tap {}: cannot read: {e}", tap.display())));
            }
        }
        let evidence = self
            .evidence
            .as_deref()
            .map(gate::read_evidence)
            .transpose()
            .map_err(|e| {
                eprintln!("error: {e}");
                Exit::Failure
            })?;
        gate::Context::new(&self.root)
            .with_evidence(evidence)
            .with_tap(self.tap.clone())
            .with_validators(self.validators.clone())
            .checked()
            .map_err(bad)
    }
}

#[derive(Debug, Args)]
pub struct GateArgs {
    #[command(flatten)]
    inputs: GateInputs,
    /// What exit 0 means: the maturity reached meets this level.
    #[arg(long, value_enum, default_value = "production")]
    level: Level,
    /// Report format.
    #[arg(long, value_enum, default_value_t)]
    format: GateFormat,
    /// Release-candidate mode: an item that was not run counts as failed for the exit code.
    #[arg(long)]
    strict: bool,
}

/// The report as SARIF 2.1.0: one rule per item, one result per item that
/// did not pass (`error` when it failed, `note` when it was not run), located
/// at the item's home in the tree (relative to `%SRCROOT%`, the `--root`).
fn sarif(report: &Report) -> serde_json::Value {
    let rules: Vec<_> = gate::registry::ITEMS
        .iter()
        .map(|i| json!({"id": i.id, "shortDescription": {"text": i.requirement}, "help": {"text": i.remediation}}))
        .collect();
    let results: Vec<_> = report
        .items
        .iter()
        .filter(|i| i.status != Status::Pass)
        .map(|i| {
            let home = gate::registry::ITEMS
                .iter()
                .find(|item| item.id == i.id)
                .map_or(".", |item| item.home);
            json!({
                "ruleId": i.id,
                "level": if i.status == Status::Fail { "error" } else { "note" },
                "message": {"text": format!("{}: {} (remediation: {})", i.requirement, i.evidence, i.remediation)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": home, "uriBaseId": "%SRCROOT%"}}}]
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "agent-machine gate", "version": agent_machine::VERSION, "rules": rules}},
            "results": results
        }]
    })
}

pub fn run(args: &GateArgs) -> Exit {
    let ctx = match args.inputs.context() {
        Ok(ctx) => ctx,
        Err(exit) => return exit,
    };
    let report = gate::run(&ctx);
    match args.format {
        GateFormat::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a report serializes")
        ),
        GateFormat::Sarif => outln!(
            "{}",
            serde_json::to_string_pretty(&sarif(&report)).expect("SARIF serializes")
        ),
        GateFormat::Human => {
            outln!(
                "{:<3} {:<12} {:<17} {:<8} evidence",
                "id",
                "area",
                "level",
                "status"
            );
            for i in &report.items {
                let status = match i.status {
                    Status::Pass => "pass",
                    Status::Fail => "FAIL",
                    Status::NotRun => "not-run",
                };
                let level = serde_json::to_value(i.level).expect("serializes");
                outln!(
                    "{:<3} {:<12} {:<17} {:<8} {}",
                    i.id,
                    i.area,
                    level.as_str().unwrap_or("?"),
                    status,
                    i.evidence
                );
                if i.status == Status::Fail {
                    outln!("{:42}remediation: {}", "", i.remediation);
                }
            }
            let count = |s: Status| report.items.iter().filter(|i| i.status == s).count();
            outln!(
                "{} pass, {} fail, {} not-run",
                count(Status::Pass),
                count(Status::Fail),
                count(Status::NotRun)
            );
            outln!(
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
    let unproven = args.strict && report.items.iter().any(|i| i.status == Status::NotRun);
    if unproven {
        eprintln!("gate: --strict: items that were not run count as failed");
    }
    if report.maturity >= needed && !unproven {
        Exit::Ok
    } else {
        Exit::Negative
    }
}
