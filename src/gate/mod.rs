//! The world-class release gate, as code.
//!
//! A registry of items ([`registry::ITEMS`]), each with an id, an area, a
//! level, the requirement, an executable check over the repository tree and
//! the built-in invariants, and a remediation. Checks are static or run
//! in-process through the library — the gate never spawns cargo or make.
//! What only a test suite or CI run can prove is `not-run` unless the
//! evidence file written by CI says otherwise; the one exception is the
//! real external validators, which the gate runs itself when told where they
//! are (`--validators`). The maturity reached follows
//! `release-gate.md`; Agent Machine is never reported production-ready while
//! a release-blocking item fails or was not run.

pub mod checks;
pub mod hostile;
pub mod registry;
mod validators;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How much an item matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Needed for design iteration.
    Prototype,
    /// Needed for local dry runs, generated plans and skeletons.
    Bootstrap,
    /// Must pass before a release candidate or production.
    ReleaseBlocking,
}

/// An item's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The check passed.
    Pass,
    /// The check failed.
    Fail,
    /// The check's proof is a test or CI run that was not supplied.
    NotRun,
}

/// The maturity reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Maturity {
    /// Not every prototype item passes.
    Incomplete,
    /// Every prototype item passes.
    Prototype,
    /// Every prototype and bootstrap item passes.
    BootstrapReady,
    /// Bootstrap-ready, but a release-blocking item fails or was not run.
    ProductionBlocked,
    /// Every item passes.
    ProductionReady,
}

/// What a check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Pass, fail or not run.
    pub status: Status,
    /// What was checked, and what was found.
    pub evidence: String,
}

impl Outcome {
    /// A pass with its evidence.
    pub fn pass(evidence: impl Into<String>) -> Self {
        Outcome {
            status: Status::Pass,
            evidence: crate::secrets::redact(&evidence.into()).into_owned(),
        }
    }
    /// A failure with what was found.
    pub fn fail(evidence: impl Into<String>) -> Self {
        Outcome {
            status: Status::Fail,
            evidence: crate::secrets::redact(&evidence.into()).into_owned(),
        }
    }
    /// Not run, saying what would prove it.
    pub fn not_run(evidence: impl Into<String>) -> Self {
        Outcome {
            status: Status::NotRun,
            evidence: crate::secrets::redact(&evidence.into()).into_owned(),
        }
    }
}

/// One registered gate item.
pub struct Item {
    /// Stable id (`C1`, `R3`, …).
    pub id: &'static str,
    /// Area (`contracts`, `renderers`, …).
    pub area: &'static str,
    /// Where in the tree to look first when it fails (a file, or a directory ending in `/`).
    pub home: &'static str,
    /// Level.
    pub level: Level,
    /// The requirement, in one sentence.
    pub requirement: &'static str,
    /// What to do when it fails.
    pub remediation: &'static str,
    /// The check.
    pub check: fn(&Context) -> Outcome,
}

/// Results that only a CI run can supply (`--evidence <file>`): a JSON
/// object mapping item ids to `"pass"` or `"fail"`.
pub type CiEvidence = BTreeMap<String, String>;

/// What checks look at.
#[derive(Clone, Debug)]
pub struct Context {
    /// The repository root.
    pub root: PathBuf,
    /// CI results, when supplied.
    pub evidence: Option<CiEvidence>,
    /// The tap's copy of the Homebrew formula, when supplied (item I2).
    pub tap: Option<PathBuf>,
    /// Where the real external validators are (item R6 runs them from here).
    pub validators: Option<PathBuf>,
}

impl Context {
    /// The tree at `root`, with no CI results and no tap copy.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Context {
            root: root.into(),
            evidence: None,
            tap: None,
            validators: None,
        }
    }
    /// With CI results.
    pub fn with_evidence(self, evidence: Option<CiEvidence>) -> Self {
        Context { evidence, ..self }
    }
    /// With the tap's copy of the formula.
    pub fn with_tap(self, tap: Option<PathBuf>) -> Self {
        Context { tap, ..self }
    }
    /// With the directory of the external validators (`quadlet`, `kubernetes-validate`).
    pub fn with_validators(self, validators: Option<PathBuf>) -> Self {
        Context { validators, ..self }
    }
    /// A path under the root.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }
    /// A file's text, if present.
    pub fn read(&self, rel: &str) -> Option<String> {
        crate::input::read_text(self.path(rel)).ok()
    }
    /// CI's result for `id`, as an outcome; `not-run` without evidence.
    pub fn ci(&self, id: &str, proof: &str) -> Outcome {
        match self
            .evidence
            .as_ref()
            .and_then(|e| e.get(id))
            .map(String::as_str)
        {
            Some("pass") => Outcome::pass(format!("CI evidence: pass ({proof})")),
            Some(other) => Outcome::fail(format!("CI evidence: {other} ({proof})")),
            None => Outcome::not_run(format!(
                "proved by {proof}; supply CI results with --evidence"
            )),
        }
    }
}

/// One item's result in the report.
#[derive(Clone, Debug, Serialize)]
pub struct ItemResult {
    /// Stable id.
    pub id: &'static str,
    /// Area.
    pub area: &'static str,
    /// Level.
    pub level: Level,
    /// The requirement.
    pub requirement: &'static str,
    /// Pass, fail or not run.
    pub status: Status,
    /// What was checked.
    pub evidence: String,
    /// What to do when it fails.
    pub remediation: &'static str,
}

/// The gate report (contract `contracts/release-gate-report.schema.json`).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Always `0.1.0`.
    pub spec_version: &'static str,
    /// Always `ReleaseGateReport`.
    pub kind: &'static str,
    /// The maturity reached.
    pub maturity: Maturity,
    /// Every item, in registry order.
    pub items: Vec<ItemResult>,
}

/// The maturity the results reach (release-gate.md).
pub fn maturity(items: &[ItemResult]) -> Maturity {
    let all_pass = |level: Level| {
        items
            .iter()
            .filter(|i| i.level == level)
            .all(|i| i.status == Status::Pass)
    };
    if !all_pass(Level::Prototype) {
        Maturity::Incomplete
    } else if !all_pass(Level::Bootstrap) {
        Maturity::Prototype
    } else if !all_pass(Level::ReleaseBlocking) {
        Maturity::ProductionBlocked
    } else {
        Maturity::ProductionReady
    }
}

/// Runs every item.
pub fn run(ctx: &Context) -> Report {
    run_items(ctx, |_| true)
}

/// Runs the items whose id `select` accepts (the release bundle runs every
/// item but E1, which is about the bundle itself).
pub fn run_items(ctx: &Context, select: impl Fn(&str) -> bool) -> Report {
    let items: Vec<ItemResult> = registry::ITEMS
        .iter()
        .filter(|item| select(item.id))
        .map(|item| {
            let outcome = (item.check)(ctx);
            ItemResult {
                id: item.id,
                area: item.area,
                level: item.level,
                requirement: item.requirement,
                status: outcome.status,
                evidence: outcome.evidence,
                remediation: item.remediation,
            }
        })
        .collect();
    Report {
        spec_version: "0.1.0",
        kind: "ReleaseGateReport",
        maturity: maturity(&items),
        items,
    }
}

/// The human-readable item table of `docs/architecture/world-class-release-gate.md`,
/// generated from the registry so the two cannot drift apart.
pub fn doc_table() -> String {
    let mut out = String::from(
        "| id | area | level | requirement | where to look | remediation |\n|---|---|---|---|---|---|\n",
    );
    for i in registry::ITEMS {
        let level = match i.level {
            Level::Prototype => "prototype",
            Level::Bootstrap => "bootstrap",
            Level::ReleaseBlocking => "release-blocking",
        };
        out.push_str(&format!(
            "| {} | {} | {level} | {} | `{}` | {} |\n",
            i.id, i.area, i.requirement, i.home, i.remediation
        ));
    }
    out
}

/// Reads a CI evidence file: a JSON object of item id → `"pass"` | `"fail"`.
/// Every key must be a registered item (a typo must not go unnoticed) and
/// every value `pass` or `fail`; the error is a diagnostic naming the file,
/// position, pointer and rule.
pub fn read_evidence(path: &Path) -> Result<CiEvidence, String> {
    use crate::diagnostic::Diagnostic;
    let doc = crate::input::read_document(path, crate::json::Limits::default())
        .map_err(|e| e.to_diagnostic().to_string())?;
    let source = path.display().to_string();
    let Some(object) = doc.value.as_object() else {
        return Err(Diagnostic::new(
            &source,
            "",
            "gate-evidence",
            "expected a JSON object of item id → \"pass\" or \"fail\"",
        )
        .to_string());
    };
    let mut evidence = CiEvidence::new();
    for (id, status) in object {
        let pointer = format!("/{id}");
        if !registry::ITEMS.iter().any(|i| i.id == id) {
            return Err(Diagnostic::new(
                &source,
                &pointer,
                "gate-evidence",
                format!("{id:?} is not a gate item"),
            )
            .at(crate::json::locate(&doc.text, &pointer))
            .to_string());
        }
        match status.as_str() {
            Some(s @ ("pass" | "fail")) => {
                evidence.insert(id.clone(), s.to_string());
            }
            _ => {
                return Err(Diagnostic::new(
                    &source,
                    &pointer,
                    "gate-evidence",
                    format!("{status} is not \"pass\" or \"fail\""),
                )
                .at(crate::json::locate(&doc.text, &pointer))
                .to_string());
            }
        }
    }
    Ok(evidence)
}
