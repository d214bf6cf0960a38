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
//!
//! The gate trusts none of its inputs ([`Context::checked`]): CI evidence may
//! speak only for the items a test run proves ([`Item::ci`]), never for a
//! check the gate runs itself, and never against one it just ran; the tap's
//! copy of the formula must come from outside the repository; validators
//! must prove their identity before they judge the tree.

pub mod checks;
pub mod hostile;
pub mod registry;
mod validators;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
            evidence: crate::base::secrets::redact(&evidence.into()).into_owned(),
        }
    }
    /// A failure with what was found.
    pub fn fail(evidence: impl Into<String>) -> Self {
        Outcome {
            status: Status::Fail,
            evidence: crate::base::secrets::redact(&evidence.into()).into_owned(),
        }
    }
    /// Not run, saying what would prove it.
    pub fn not_run(evidence: impl Into<String>) -> Self {
        Outcome {
            status: Status::NotRun,
            evidence: crate::base::secrets::redact(&evidence.into()).into_owned(),
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
    /// Whether the item's proof is a test or CI run, so that CI evidence
    /// (`--evidence`) may supply its result. For every other item the gate
    /// runs the whole check itself, and evidence for it is an error.
    pub ci: bool,
    /// The check.
    pub check: Check,
}

/// What a gate item's check looks at.
#[derive(Clone, Copy)]
pub enum Check {
    /// The tree (and the built-in invariants, the validators, CI evidence).
    Tree(fn(&Context) -> Outcome),
    /// The report of every [`Check::Tree`] item of the same context: E1,
    /// which bundles that report and signs the bundle. The gate runs the
    /// tree items first, so a bundle never runs the gate again.
    Report(fn(&Context, &Report) -> Outcome),
}

impl Item {
    /// Whether the item judges the tree (not the report of the others).
    pub fn judges_tree(&self) -> bool {
        matches!(self.check, Check::Tree(_))
    }
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
    /// The validators' verdict on the tree, once run (R6; see [`Context::validated`]).
    validated: OnceLock<Option<Result<Outcome, String>>>,
    /// What several items derive from the same files, derived once.
    pub(crate) memo: Memo,
}

/// What several items of one run derive from the same files — the renders of
/// the examples (R1–R4), the inventory of `skeletons/` (R1–R4, S1–S7, R6) and
/// its posture violations (S1–S5, S7) — derived once per [`Context`]: a run
/// judges one reading of the tree, and reads it once. R1 and R2 still render
/// a second time, to compare.
#[derive(Clone, Debug, Default)]
pub(crate) struct Memo {
    pub(crate) renders: OnceLock<Result<Vec<crate::release::skeletons::Expected>, Outcome>>,
    pub(crate) inventory: OnceLock<Vec<checks::safety::Skeleton>>,
    pub(crate) posture: OnceLock<checks::safety::Violations>,
}

impl Context {
    /// The tree at `root`, with no CI results and no tap copy.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Context {
            root: root.into(),
            evidence: None,
            tap: None,
            validators: None,
            validated: OnceLock::new(),
            memo: Memo::default(),
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
        Context {
            validators,
            validated: OnceLock::new(),
            ..self
        }
    }
    /// The verdict of the validators in [`Context::validators`] on the tree,
    /// run once and remembered: `None` without a directory, or when a tool is
    /// not in it; `Err` naming the tool that is not what its name says.
    pub fn validated(&self) -> Option<Result<&Outcome, &str>> {
        self.validated
            .get_or_init(|| {
                self.validators
                    .as_deref()
                    .and_then(|dir| validators::check(self, dir))
            })
            .as_ref()
            .map(|r| r.as_ref().map_err(String::as_str))
    }
    /// The context, once its inputs are held to the rules the gate states
    /// (the CLI calls this before running; an error is exit 2):
    ///
    /// - CI evidence names only items whose proof is a test run ([`check_evidence`]);
    /// - the tap's copy of the formula is outside the repository and is not
    ///   the repository's own file ([`tap_origin`]);
    /// - the validators, when given and present, are the tools their names
    ///   say (their version output, and a known-bad input they must refuse);
    /// - CI evidence does not say `pass` for R6 when the validators the gate
    ///   just ran refuse the tree (evidence `fail` is not an error: it wins,
    ///   and R6 fails).
    pub fn checked(self) -> Result<Context, String> {
        if let Some(evidence) = &self.evidence {
            check_evidence(evidence)?;
        }
        if let Some(tap) = &self.tap {
            tap_origin(&self.root, tap)?;
        }
        if let (Some(dir), Some(Err(e))) = (&self.validators, self.validated()) {
            return Err(format!(
                "--validators {}: {e}; install the real tools with scripts/install-validators.sh",
                dir.display()
            ));
        }
        let ci_says = self
            .evidence
            .as_ref()
            .and_then(|e| e.get("R6"))
            .map(String::as_str);
        if let (Some(Ok(ran)), Some("pass")) = (self.validated(), ci_says)
            && ran.status == Status::Fail
        {
            return Err(format!(
                "evidence says R6 passed, but the validators the gate ran itself refuse this tree: {}",
                ran.evidence
            ));
        }
        Ok(self)
    }
    /// A path under the root.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }
    /// A file's text, if present.
    pub fn read(&self, rel: &str) -> Option<String> {
        crate::base::input::read_text(self.path(rel)).ok()
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

/// Runs the items that judge the tree ([`Check::Tree`]): the report a
/// release bundle carries ([`crate::release::bundle::bundle`]).
pub fn run_tree(ctx: &Context) -> Report {
    run_items(ctx, |id| item(id).is_some_and(Item::judges_tree))
}

/// The registered item `id`.
pub fn item(id: &str) -> Option<&'static Item> {
    registry::ITEMS.iter().find(|i| i.id == id).copied()
}

/// Runs the items whose id `select` accepts, in registry order. A selected
/// [`Check::Report`] item is given the report of every tree item (reused
/// when all of them were selected, computed once otherwise).
pub fn run_items(ctx: &Context, select: impl Fn(&str) -> bool) -> Report {
    let selected: Vec<&Item> = registry::ITEMS
        .iter()
        .copied()
        .filter(|i| select(i.id))
        .collect();
    let result = |item: &Item, outcome: Outcome| ItemResult {
        id: item.id,
        area: item.area,
        level: item.level,
        requirement: item.requirement,
        status: outcome.status,
        evidence: outcome.evidence,
        remediation: item.remediation,
    };
    let mut tree = Vec::new();
    for item in &selected {
        if let Check::Tree(check) = item.check {
            tree.push(result(item, check(ctx)));
        }
    }
    let every_tree_item = registry::ITEMS.iter().filter(|i| i.judges_tree()).count();
    let mut tree_report = None;
    let mut judged = Vec::new();
    for item in &selected {
        if let Check::Report(check) = item.check {
            let report = tree_report.get_or_insert_with(|| {
                if tree.len() == every_tree_item {
                    report_of(tree.clone())
                } else {
                    run_tree(ctx)
                }
            });
            judged.push((item.id, result(item, check(ctx, report))));
        }
    }
    let mut items = Vec::with_capacity(selected.len());
    let mut tree = tree.into_iter();
    for item in &selected {
        match judged.iter().position(|(id, _)| *id == item.id) {
            Some(i) => items.push(judged.remove(i).1),
            None => items.extend(tree.next()),
        }
    }
    report_of(items)
}

fn report_of(items: Vec<ItemResult>) -> Report {
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
        "| id | area | level | CI evidence | requirement | where to look | remediation |\n|---|---|---|---|---|---|---|\n",
    );
    for i in registry::ITEMS.iter() {
        let level = match i.level {
            Level::Prototype => "prototype",
            Level::Bootstrap => "bootstrap",
            Level::ReleaseBlocking => "release-blocking",
        };
        let ci = if i.ci { "accepted" } else { "refused" };
        out.push_str(&format!(
            "| {} | {} | {level} | {ci} | {} | `{}` | {} |\n",
            i.id, i.area, i.requirement, i.home, i.remediation
        ));
    }
    out
}

/// The ids CI evidence may speak for ([`Item::ci`]), in registry order.
pub fn ci_items() -> Vec<&'static str> {
    registry::ITEMS
        .iter()
        .filter(|i| i.ci)
        .map(|i| i.id)
        .collect()
}

/// Why evidence may not name `id`, if it may not: an id that is no gate
/// item, or an item the gate checks itself.
fn evidence_refusal(id: &str) -> Option<String> {
    match registry::ITEMS.iter().find(|i| i.id == id) {
        None => Some(format!("{id:?} is not a gate item")),
        Some(item) if !item.ci => Some(format!(
            "{id} is checked by the gate itself, so evidence cannot supply it; evidence speaks only for the items a test run proves ({})",
            ci_items().join(", ")
        )),
        Some(_) => None,
    }
}

/// Holds CI evidence to the rules: every id is an item whose proof is a test
/// run, every value `pass` or `fail`.
pub fn check_evidence(evidence: &CiEvidence) -> Result<(), String> {
    for (id, status) in evidence {
        if let Some(why) = evidence_refusal(id) {
            return Err(format!("evidence: {why}"));
        }
        if status != "pass" && status != "fail" {
            return Err(format!(
                "evidence: {id}: {status:?} is not \"pass\" or \"fail\""
            ));
        }
    }
    Ok(())
}

/// Where the tap's copy of the formula comes from: it must lie outside the
/// repository root (both canonicalized, so no symlink or `..` brings it back
/// inside), must not be the repository's formula itself (the same file by
/// device and inode, as a hard link would be), and must not be the formula
/// of another checkout (`<dir>/packaging/homebrew/agent-machine.rb` beside a
/// `<dir>/Cargo.toml`). The copy is then compared by content (item I2).
pub fn tap_origin(root: &Path, tap: &Path) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt as _;
    let canonical = |p: &Path, what: &str| {
        std::fs::canonicalize(p).map_err(|e| format!("{what} {}: {e}", p.display()))
    };
    let root_real = canonical(root, "--root")?;
    let tap_real = canonical(tap, "--tap")?;
    if tap_real.starts_with(&root_real) {
        return Err(format!(
            "--tap {}: inside the repository ({}); the tap's copy must come from the tap's own checkout, outside it",
            tap.display(),
            tap_real.display()
        ));
    }
    let ours = root.join(crate::release::packaging::FORMULA);
    if let (Ok(a), Ok(b)) = (std::fs::metadata(&ours), std::fs::metadata(&tap_real))
        && (a.dev(), a.ino()) == (b.dev(), b.ino())
    {
        return Err(format!(
            "--tap {}: the same file as {} (a link to it), not the tap's copy",
            tap.display(),
            crate::release::packaging::FORMULA
        ));
    }
    // Another checkout of this repository is not the tap either.
    if tap_real.ends_with(crate::release::packaging::FORMULA)
        && let Some(checkout) = tap_real.ancestors().nth(3)
        && checkout.join("Cargo.toml").is_file()
    {
        return Err(format!(
            "--tap {}: the formula of another checkout of this repository ({}), not the tap's copy",
            tap.display(),
            checkout.display()
        ));
    }
    Ok(())
}

/// Reads a CI evidence file: a JSON object of item id → `"pass"` | `"fail"`.
/// Every key must be a registered item (a typo must not go unnoticed) whose
/// proof is a test run ([`Item::ci`]: evidence for an item the gate checks
/// itself is refused, not ignored), and every value `pass` or `fail`; the
/// error is a diagnostic naming the file, position, pointer and rule.
pub fn read_evidence(path: &Path) -> Result<CiEvidence, String> {
    use crate::base::diagnostic::Diagnostic;
    let doc = crate::base::input::read_document(path, crate::base::json::Limits::default())
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
        let pointer = format!("/{}", crate::base::json::escape_pointer_segment(id));
        if let Some(why) = evidence_refusal(id) {
            return Err(Diagnostic::new(&source, &pointer, "gate-evidence", why)
                .at(crate::base::json::locate(&doc.text, &pointer))
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
                .at(crate::base::json::locate(&doc.text, &pointer))
                .to_string());
            }
        }
    }
    Ok(evidence)
}
