//! `agent-machine validate [--schema-only] <file|dir>…`.
//!
//! Exit 0 when every document is valid — a valid document may carry warnings
//! (a non-compliant state it reports truthfully; see
//! [`agent_machine::rules::semantics::STATE_RULES`]) —, 1 when one is invalid, 2 when
//! one cannot be read.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::input;
use agent_machine::base::json::Limits;
use agent_machine::governance::validate::{self, Mode};
use clap::Args;
use serde::Serialize;

use super::{Exit, Format, PathArg, parallel};

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Check the JSON Schema only (skip the typed and semantic checks).
    #[arg(long)]
    schema_only: bool,
    /// Release-candidate rules too: AgentPods must be digest-pinned with SBOM and provenance refs.
    #[arg(long)]
    strict: bool,
    /// Report format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Files, or directories searched for `*.json`.
    #[arg(required = true, value_name = "FILE|DIR")]
    paths: Vec<PathArg>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocumentReport {
    file: String,
    kind: Option<&'static str>,
    status: Status,
    diagnostics: Vec<Diagnostic>,
    /// Non-compliant states a valid document reports (they leave it valid).
    warnings: Vec<Diagnostic>,
}

#[derive(Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Status {
    Valid,
    Invalid,
    Unreadable,
}

#[derive(Serialize)]
struct Summary {
    documents: usize,
    valid: usize,
    invalid: usize,
    unreadable: usize,
    /// Warnings over all documents.
    warnings: usize,
}

pub fn run(args: &ValidateArgs, limits: Limits) -> Exit {
    let files = match input::expand(&args.paths) {
        Ok(files) => files,
        Err(e) => {
            eprintln!(
                "agent-machine validate: {}",
                agent_machine::base::secrets::redact(&e.to_string())
            );
            return Exit::Failure;
        }
    };
    let mode = Mode {
        schema_only: args.schema_only,
        strict: args.strict,
        ..Mode::default()
    };
    // Progress on long batches, on stderr, only when a person is watching.
    let progress = files.len() >= 200 && std::io::IsTerminal::is_terminal(&std::io::stderr());
    // On every core: each document's report depends on it alone, and the
    // reports come back in input order.
    let done = AtomicUsize::new(0);
    // The last count shown: a count is shown only if it is higher.
    let shown = Mutex::new(0);
    if progress {
        eprint!("\rvalidate: 0/{}", files.len());
    }
    let reports: Vec<DocumentReport> = parallel::map(&files, parallel::default_jobs(), |path| {
        let report = check_one(path, limits, mode);
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if progress && n.is_multiple_of(100) && n < files.len() {
            let mut shown = shown.lock().unwrap_or_else(|e| e.into_inner());
            if n > *shown {
                eprint!("\rvalidate: {n}/{}", files.len());
                *shown = n;
            }
        }
        report
    });
    if progress {
        eprint!("\r\x1b[K");
    }
    let count = |s: Status| reports.iter().filter(|r| r.status == s).count();
    let summary = Summary {
        documents: reports.len(),
        valid: count(Status::Valid),
        invalid: count(Status::Invalid),
        unreadable: count(Status::Unreadable),
        warnings: reports.iter().map(|r| r.warnings.len()).sum(),
    };

    match args.format {
        Format::Human => {
            for report in &reports {
                for d in &report.diagnostics {
                    eprintln!("error: {d}");
                }
                for d in &report.warnings {
                    eprintln!("warning: {d}");
                }
            }
            eprintln!(
                "validate: {} document(s): {} valid, {} invalid, {} unreadable, {} warning(s)",
                summary.documents,
                summary.valid,
                summary.invalid,
                summary.unreadable,
                summary.warnings
            );
        }
        Format::Json => {
            let out = serde_json::json!({ "summary": summary, "documents": reports });
            outln!(
                "{}",
                serde_json::to_string_pretty(&out).expect("a report always serializes")
            );
        }
    }
    if summary.unreadable > 0 {
        Exit::Failure
    } else if summary.invalid > 0 {
        Exit::Negative
    } else {
        Exit::Ok
    }
}

fn check_one(path: &std::path::Path, limits: Limits, mode: Mode) -> DocumentReport {
    match input::read_document(path, limits) {
        Ok(doc) => {
            let report = validate::validate(&doc, mode);
            DocumentReport {
                file: doc.source,
                kind: report.kind.map(|k| k.info().kind),
                status: if report.is_valid() {
                    Status::Valid
                } else {
                    Status::Invalid
                },
                diagnostics: report.diagnostics,
                warnings: report.warnings,
            }
        }
        Err(e) => {
            let status = if e.is_invalid_document() {
                Status::Invalid
            } else {
                Status::Unreadable
            };
            DocumentReport {
                file: path.display().to_string(),
                kind: None,
                status,
                diagnostics: vec![e.to_diagnostic()],
                warnings: Vec::new(),
            }
        }
    }
}
