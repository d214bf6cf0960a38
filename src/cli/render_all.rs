//! Batch rendering: `agent-machine render all <dir|file>… --out <dir>`, and
//! `render plan|quadlet|k8s|crd|receipt` of several pods or directories.
//!
//! Every pod is read, validated and rendered in one process, in parallel
//! (`--jobs`, default: the cores), into the files and names of
//! [`agent_machine::render::batch`]. Output does not depend on the number of
//! threads: each pod's files depend on that pod alone, and reports are
//! printed in input order. A refused pod is reported with its path, pointer
//! and rule, writes nothing, and the others are still rendered (exit 1);
//! each file is written atomically, so there is never a partial one: every
//! file is staged under a temporary name, the filesystem is flushed once,
//! and then each pod's files are renamed into place together.
//!
//! Two phases: the first reads every file and takes its `kind` and `id`
//! (a directory contributes its AgentPods and skips other kinds; a file
//! named directly must be an AgentPod); pods that share an id are all
//! refused (`batch/duplicate-id`: which one wins would be a guess). The
//! second validates, renders and writes each pod, and refuses one whose id
//! changed in between.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use agent_machine::base::canonical;
use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::input;
use agent_machine::base::json::Limits;
use agent_machine::base::output;
use agent_machine::contracts::AgentPod;
use agent_machine::contracts::Kind;
use agent_machine::contracts::cache_tier::CacheTier;
use agent_machine::render::batch::{self, Emit};
use agent_machine::render::{Artifact, Input, Source};
use serde::Serialize;

use super::{Exit, Format, parallel};

/// What a batch renders of each pod.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    /// `None`: every artifact of the pod's surface (`render all`).
    pub artifact: Option<Artifact>,
    /// What is written of each artifact.
    pub emit: Emit,
}

/// The options of a batch.
pub struct Options<'a> {
    pub paths: &'a [PathBuf],
    pub out: &'a Path,
    pub tiers: &'a [CacheTier],
    pub strict: bool,
    pub jobs: usize,
    pub format: Format,
    pub limits: Limits,
}

/// How one pod went.
#[derive(Debug, Default, Serialize)]
struct PodReport {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    /// `rendered`, `skipped` (a directory's pod of another surface) or `refused`.
    status: &'static str,
    files: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    diagnostics: Vec<Diagnostic>,
    /// The pod's files, written under temporary names: put in place after
    /// the whole batch is flushed (each with its path in `files`).
    #[serde(skip)]
    staged: Vec<(String, output::Staged)>,
}

impl PodReport {
    /// The pod is refused because one of its files could not be put in
    /// place (`output`), for `message`.
    fn refuse_output(&mut self, message: String) {
        self.diagnostics
            .push(Diagnostic::new(&self.path, "", "output", message));
        self.status = "refused";
    }
}

#[derive(Debug, Serialize)]
struct Summary {
    pods: usize,
    rendered: usize,
    /// Pods of a directory whose surface the asked artifact is not.
    skipped: usize,
    refused: usize,
    files: usize,
}

/// A file the first phase found, and what it holds.
enum Found {
    /// An AgentPod with this id (empty when it has no id string: validation
    /// then refuses it).
    Pod(String),
    /// A document of another kind, in a directory: not part of the batch.
    Other,
    /// Unreadable, not JSON, or (named directly) not an AgentPod.
    Bad(Vec<Diagnostic>),
}

pub fn run(plan: Plan, opts: &Options<'_>) -> Exit {
    // Phase 1: the files, their kinds and ids.
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    for path in opts.paths {
        let named = !path.is_dir();
        match input::expand(std::slice::from_ref(path)) {
            Ok(found) => files.extend(found.into_iter().map(|f| (f, named))),
            Err(e) => {
                eprintln!(
                    "agent-machine render: {}",
                    agent_machine::base::secrets::redact(&e.to_string())
                );
                return Exit::Failure;
            }
        }
    }
    let found: Vec<Found> = parallel::map(&files, opts.jobs, |(path, named)| {
        look(path, *named, opts.limits)
    });
    let mut ids: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in found.iter().enumerate() {
        // A pod without an id string is refused by validation, with its
        // own pointer; only real ids can collide.
        if let Found::Pod(id) = f
            && !id.is_empty()
        {
            ids.entry(id.as_str()).or_default().push(i);
        }
    }
    let work: Vec<usize> = (0..files.len())
        .filter(|&i| !matches!(found[i], Found::Other))
        .collect();

    if let Err(e) = prepare_out(opts.out) {
        eprintln!("agent-machine render: {}: {e}", opts.out.display());
        return Exit::Failure;
    }
    let progress = work.len() >= 200 && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let done = AtomicUsize::new(0);

    // Phase 2: validate, render and write each pod.
    let reports: Vec<PodReport> = parallel::map(&work, opts.jobs, |&i| {
        let (path, named) = &files[i];
        let report = match &found[i] {
            Found::Bad(diagnostics) => PodReport {
                path: path.display().to_string(),
                status: "refused",
                diagnostics: diagnostics.clone(),
                ..PodReport::default()
            },
            Found::Pod(id) if ids.get(id.as_str()).is_some_and(|v| v.len() > 1) => {
                let others: Vec<String> = ids[id.as_str()]
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| files[j].0.display().to_string())
                    .collect();
                PodReport {
                    path: path.display().to_string(),
                    id: Some(id.clone()),
                    status: "refused",
                    diagnostics: vec![Diagnostic::new(
                        &path.display().to_string(),
                        "/id",
                        "batch/duplicate-id",
                        format!(
                            "{} also has this id; a batch renders each pod id once (its files are named by it)",
                            others.join(", ")
                        ),
                    )],
                    ..PodReport::default()
                }
            }
            Found::Pod(id) => render_one(path, id, *named, plan, opts),
            Found::Other => unreachable!("filtered out"),
        };
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if progress && n.is_multiple_of(100) {
            eprint!("\rrender: {n}/{}", work.len());
        }
        report
    });
    if progress {
        eprint!("\r\x1b[K");
    }
    // Every file is complete on disk before its rename: the filesystem is
    // flushed once for the whole batch (each file alone where it cannot
    // be), then every file is renamed into place, and the renames are made
    // durable with one flush per directory.
    let mut reports = reports;
    // The filesystem flushed is the output directory's: a file under a
    // directory mounted from another one is flushed alone.
    let device = |dir: &Path| std::fs::metadata(dir).ok().map(|m| m.dev());
    let flushed = output::sync_filesystem(opts.out)
        .is_ok()
        .then(|| device(opts.out))
        .flatten();
    let mut devices: BTreeMap<PathBuf, Option<u64>> = BTreeMap::new();
    for report in &mut reports {
        // A pod's files go in place together: every destination is checked
        // again first, so one that changed since it was staged leaves none of
        // the pod's files in place.
        let changed = report
            .staged
            .iter()
            .find_map(|(_, staged)| output::check_replaceable(staged.target()).err());
        if let Some(e) = changed {
            report.staged.clear();
            report.refuse_output(format!("cannot write: {e}"));
            continue;
        }
        for (rel, staged) in std::mem::take(&mut report.staged) {
            let target = staged.target().display().to_string();
            let dir = staged.target().parent().unwrap_or(opts.out).to_path_buf();
            let on = *devices.entry(dir).or_insert_with_key(|dir| device(dir));
            let durable = flushed.is_some() && on == flushed;
            let put = if durable { Ok(()) } else { staged.sync() }.and_then(|()| staged.commit());
            match put {
                Ok(()) => report.files.push(rel),
                Err(e) => {
                    // The pod's remaining files are dropped (their temporary
                    // files removed): no receipt is put in place for an
                    // artifact that is not. Files already renamed stay, and
                    // are listed.
                    report.refuse_output(format!("{target}: cannot write: {e}"));
                    break;
                }
            }
        }
    }
    for dir in ["plans", "quadlet", "k8s", "crd", "receipts"] {
        let dir = opts.out.join(dir);
        if dir.is_dir() {
            output::sync_dir(&dir);
        }
    }
    output::sync_dir(opts.out);

    let count = |status: &str| reports.iter().filter(|r| r.status == status).count();
    let summary = Summary {
        pods: reports.len(),
        rendered: count("rendered"),
        skipped: count("skipped"),
        refused: count("refused"),
        files: reports.iter().map(|r| r.files.len()).sum(),
    };
    match opts.format {
        Format::Human => {
            for r in &reports {
                for d in &r.diagnostics {
                    eprintln!("error: {d}");
                }
                for w in &r.warnings {
                    eprintln!("warning: {}: {w}", r.path);
                }
            }
            eprintln!(
                "render: {} pod(s): {} rendered, {} skipped (another surface), {} refused; {} file(s) written under {}",
                summary.pods,
                summary.rendered,
                summary.skipped,
                summary.refused,
                summary.files,
                opts.out.display()
            );
        }
        Format::Json => {
            let out = serde_json::json!({ "summary": summary, "pods": reports });
            outln!(
                "{}",
                serde_json::to_string_pretty(&out).expect("a report always serializes")
            );
        }
    }
    if summary.pods == 0 {
        eprintln!("render: no AgentPod found");
        Exit::Failure
    } else if summary.refused > 0 {
        Exit::Negative
    } else {
        Exit::Ok
    }
}

/// Phase 1 for one file: its kind and id, without validating it.
fn look(path: &Path, named: bool, limits: Limits) -> Found {
    let doc = match input::read_document(path, limits) {
        Ok(doc) => doc,
        Err(e) => return Found::Bad(vec![e.to_diagnostic()]),
    };
    let is_pod = doc.value.get("kind").and_then(|k| k.as_str()) == Some("AgentPod");
    match (is_pod, named) {
        (true, _) => Found::Pod(
            doc.value
                .get("id")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string(),
        ),
        (false, false) => Found::Other,
        (false, true) => Found::Bad(vec![Diagnostic::new(
            &doc.source,
            "/kind",
            "kind",
            "expected an AgentPod document",
        )]),
    }
}

/// Phase 2 for one pod: validate, render every file, then write them all.
fn render_one(path: &Path, id: &str, named: bool, plan: Plan, opts: &Options<'_>) -> PodReport {
    let mut report = PodReport {
        path: path.display().to_string(),
        id: (!id.is_empty()).then(|| id.to_string()),
        status: "refused",
        ..PodReport::default()
    };
    let (doc, pod): (_, AgentPod) = match super::load::one(path, Kind::AgentPod, opts.limits) {
        Ok(loaded) => loaded,
        Err(d) => {
            report.diagnostics = d;
            return report;
        }
    };
    if pod.id.as_str() != id {
        report.diagnostics = vec![Diagnostic::new(
            &doc.source,
            "/id",
            "batch/changed",
            "the file changed while the batch was rendering it",
        )];
        return report;
    }
    let source = Source::new(
        &doc.source,
        canonical::digest(&doc.value).expect("parsed JSON canonicalizes"),
    );
    let input = Input {
        strict: opts.strict,
        ..Input::new(&pod, &source, opts.tiers)
    };
    let artifacts = match plan.artifact {
        // A directory contributes the pods of the artifact's surface; a
        // pod named directly is rendered (or refused) as asked.
        Some(a) if !named && !a.supports(pod.pod_type) => {
            report.status = "skipped";
            return report;
        }
        Some(a) => vec![a],
        None => batch::artifacts_of(&pod),
    };
    let (files, warnings) = match batch::pod_files(&input, &artifacts, plan.emit) {
        Ok(done) => done,
        Err(errors) => {
            report.diagnostics = errors
                .into_iter()
                .map(|e| {
                    let at = agent_machine::base::json::locate(&doc.text, &e.pointer);
                    Diagnostic::of_finding(&doc.source, e).at(at)
                })
                .collect();
            return report;
        }
    };
    report.warnings = warnings
        .iter()
        .map(|w| agent_machine::base::secrets::redact(w).into_owned())
        .collect();
    for file in &files {
        let target = opts.out.join(&file.path);
        let written = target
            .parent()
            .map_or(Ok(()), |dir| real_dir(dir, opts.out))
            .and_then(|()| output::stage(&target, file.text.as_bytes()));
        match written {
            Ok(staged) => report.staged.push((file.path.clone(), staged)),
            Err(e) => {
                report.diagnostics.push(Diagnostic::new(
                    &doc.source,
                    "",
                    "output",
                    format!("{}: cannot write: {e}", target.display()),
                ));
                // Nothing of a pod that cannot be written is put in place.
                report.staged.clear();
                return report;
            }
        }
    }
    report.status = "rendered";
    report
}

/// The output directory: created when absent; it must be a directory.
fn prepare_out(out: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    if !std::fs::metadata(out)?.is_dir() {
        return Err(std::io::Error::other("not a directory"));
    }
    Ok(())
}

/// `dir` (a subdirectory of `out` the batch writes into), created when
/// absent; a symbolic link or anything but a directory there is refused, so
/// no file is written through a link planted in the output directory.
fn real_dir(dir: &Path, out: &Path) -> std::io::Result<()> {
    if dir == out {
        return Ok(());
    }
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(std::io::Error::other(format!(
            "{} is not a directory (a link or a file is never written through)",
            dir.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match std::fs::create_dir(dir) {
            Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => Err(e),
            _ => real_dir(dir, out),
        },
        Err(e) => Err(e),
    }
}

/// The single-pod artifact of a `render` subcommand, for a batch of one kind.
pub fn artifact_of(what: super::render::What, receipt_for: Artifact) -> Option<Artifact> {
    use super::render::What;
    match what {
        What::All => None,
        What::Plan => Some(Artifact::Plan),
        What::Quadlet => Some(Artifact::Quadlet),
        What::K8s => Some(Artifact::Kubernetes),
        What::Crd => Some(Artifact::Crd),
        What::Receipt => Some(receipt_for),
    }
}
