//! Loading input documents for commands: read within limits, validate
//! (schema, type, semantics), check the kind, deserialize. One home for what
//! every producing command does with its inputs.
//!
//! A document with only warnings loads: it is well formed, and the state it
//! reports (a StorageReceipt without observed encryption) is judged by the
//! command that uses it — activation and `storage verify` refuse it from the
//! [`agent_machine::rules::semantics`] findings, not here.

use std::path::Path;

use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::input::{self, Document};
use agent_machine::base::json::Limits;
use agent_machine::contracts::Kind;
use agent_machine::governance::validate::{self, Mode};
use serde::de::DeserializeOwned;

use super::PathArg;

/// Reads `path`, which must be a valid document of `kind`.
pub fn one<T: DeserializeOwned>(
    path: &Path,
    kind: Kind,
    limits: Limits,
) -> Result<(Document, T), Vec<Diagnostic>> {
    checked(path, kind, limits, Mode::default())
}

/// [`one`] for an optional path.
pub fn optional<T: DeserializeOwned>(
    path: Option<&PathArg>,
    kind: Kind,
    limits: Limits,
) -> Result<Option<T>, Vec<Diagnostic>> {
    path.map(|p| one(p, kind, limits).map(|(_, t)| t))
        .transpose()
}

fn checked<T: DeserializeOwned>(
    path: &Path,
    kind: Kind,
    limits: Limits,
    mode: Mode,
) -> Result<(Document, T), Vec<Diagnostic>> {
    let doc = input::read_document(path, limits).map_err(|e| vec![e.to_diagnostic()])?;
    checked_document(doc, kind, mode)
}

/// [`checked`] for a document already read.
fn checked_document<T: DeserializeOwned>(
    doc: Document,
    kind: Kind,
    mode: Mode,
) -> Result<(Document, T), Vec<Diagnostic>> {
    // Only the errors are kept, so the render check (warnings) is skipped:
    // a command that renders the pod reports its refusals itself.
    let mode = Mode {
        no_render_check: true,
        ..mode
    };
    let report = validate::validate(&doc, mode);
    if !report.is_valid() {
        return Err(report.diagnostics);
    }
    if report.kind != Some(kind) {
        return Err(vec![Diagnostic::new(
            &doc.source,
            "/kind",
            "kind",
            format!("expected a {} document", kind.info().kind),
        )]);
    }
    let typed = serde_json::from_value(doc.value.clone())
        .expect("validated documents deserialize into their type");
    Ok((doc, typed))
}

/// Every document of `kind` under `paths`: a file named directly must be of
/// that kind; a directory contributes its documents of that kind and skips
/// the others. Each is validated with `mode`.
pub fn all<T: DeserializeOwned>(
    paths: &[PathArg],
    kind: Kind,
    limits: Limits,
    mode: Mode,
) -> Result<Vec<(Document, T)>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            out.push(checked(path, kind, limits, mode)?);
            continue;
        }
        for file in
            input::expand(std::slice::from_ref(path)).map_err(|e| vec![e.to_diagnostic()])?
        {
            let doc = input::read_document(&file, limits).map_err(|e| vec![e.to_diagnostic()])?;
            if doc.value.get("kind").and_then(|k| k.as_str()) == Some(kind.info().kind) {
                out.push(checked_document(doc, kind, mode)?);
            }
        }
    }
    Ok(out)
}

/// Schema only: the semantic rules are left to the caller.
const PARSE_ONLY: Mode = Mode {
    schema_only: true,
    strict: false,
    no_render_check: true,
};

/// The generated type of a schema-valid document; a disagreement between
/// the two is reported as a rule of its own.
fn typed<T: DeserializeOwned>(doc: Document, kind: Kind) -> Result<(Document, T), Vec<Diagnostic>> {
    match serde_json::from_value(doc.value.clone()) {
        Ok(typed) => Ok((doc, typed)),
        Err(e) => Err(vec![Diagnostic::new(
            &doc.source,
            "",
            "typed",
            format!(
                "schema-valid but rejected by the generated {} type: {e}",
                kind.info().kind
            ),
        )]),
    }
}

/// Reads `path`, which must *parse as* a document of `kind` (its schema and
/// generated type). The semantic rules are left to the caller, which judges
/// them where they are used: activation turns them into reason codes.
pub fn of_kind<T: DeserializeOwned>(
    path: &Path,
    kind: Kind,
    limits: Limits,
) -> Result<(Document, T), Vec<Diagnostic>> {
    let (doc, _) = checked::<serde_json::Value>(path, kind, limits, PARSE_ONLY)?;
    typed(doc, kind)
}

/// [`all`] for documents that need only parse as their kind (see [`of_kind`]).
pub fn all_of_kind<T: DeserializeOwned>(
    paths: &[PathArg],
    kind: Kind,
    limits: Limits,
) -> Result<Vec<(Document, T)>, Vec<Diagnostic>> {
    all::<serde_json::Value>(paths, kind, limits, PARSE_ONLY)?
        .into_iter()
        .map(|(doc, _)| typed(doc, kind))
        .collect()
}
