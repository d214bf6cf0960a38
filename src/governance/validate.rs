//! Validation of contract documents: JSON Schema first, then the typed check.
//!
//! Each contract's validator is generated from its schema at compile time. A
//! document is dispatched by its `kind`. A schema-valid document is then
//! deserialized into its generated Rust type; the two verdicts must agree
//! (`tests/it/differential.rs` proves it for every example and counter-example),
//! so a typed failure here is reported as a rule of its own, never hidden.
//!
//! A malformed document is invalid ([`Report::diagnostics`]). A well-formed
//! document that truthfully reports a non-compliant state — a StorageReceipt
//! that observed no encryption where it is required — is valid with a warning
//! ([`Report::warnings`], the [`crate::rules::semantics::STATE_RULES`]): evidence is
//! judged where it is used, and activation and `storage verify` refuse it.

use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

use crate::base::diagnostic::Diagnostic;
use crate::base::input::Document;
use crate::base::json;
use crate::contracts::{ARCHIVED, CONTRACTS, ContractInfo, Kind};
use crate::rules::semantics::Severity;

/// What to check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mode {
    /// Only the JSON Schema; skip the typed and semantic checks.
    pub schema_only: bool,
    /// Release-candidate rules too (supply chain: see [`crate::rules::supply_chain`]).
    pub strict: bool,
    /// Skip the render check (the `render/<rule>` warnings of an AgentPod):
    /// for callers that keep only the errors, and render the pod anyway.
    pub no_render_check: bool,
}

/// The outcome for one document.
#[derive(Clone, Debug)]
pub struct Report {
    /// The kind the document claims, when it names a known one.
    pub kind: Option<Kind>,
    /// Every problem found; empty means valid.
    pub diagnostics: Vec<Diagnostic>,
    /// The non-compliant states a well-formed document reports (the
    /// [`crate::rules::semantics::STATE_RULES`]): they do not make it invalid; the
    /// commands that use such evidence refuse it.
    pub warnings: Vec<Diagnostic>,
}

impl Report {
    /// Whether the document is valid (warnings do not count).
    pub fn is_valid(&self) -> bool {
        self.diagnostics.is_empty()
    }
}

/// A contract version's JSON Schema validator, generated from the schema at
/// compile time (jsonschema's `validator` macro, `build/registry.rs`): no
/// schema is parsed or compiled at run time, so a single-shot command starts
/// without that cost. `tests/it/differential.rs` holds each one to the
/// validator jsonschema compiles from the same schema at run time.
#[derive(Clone, Copy)]
pub struct Generated {
    is_valid: fn(&Value) -> bool,
    iter_errors: for<'i> fn(&'i Value) -> jsonschema::ErrorIterator<'i>,
}

impl Generated {
    /// Whether `instance` is valid against the contract.
    pub fn is_valid(&self, instance: &Value) -> bool {
        (self.is_valid)(instance)
    }

    /// Every error of `instance` against the contract.
    pub fn iter_errors<'i>(&self, instance: &'i Value) -> jsonschema::ErrorIterator<'i> {
        (self.iter_errors)(instance)
    }
}

include!(concat!(env!("OUT_DIR"), "/validators.rs"));

/// The validator of `kind`'s current contract.
pub fn schema_validator(kind: Kind) -> &'static Generated {
    contract_validator(kind.info())
}

/// The validator that judges `value`, a document of `kind`: the contract
/// version its `specVersion` names ([`Kind::contract_for`]).
pub fn validator_for(kind: Kind, value: &Value) -> &'static Generated {
    contract_validator(kind.contract_for(value.get("specVersion").and_then(Value::as_str)))
}

/// The validator of one contract version (`CONTRACTS` or `ARCHIVED`).
pub fn contract_validator(contract: &'static ContractInfo) -> &'static Generated {
    let index = CONTRACTS
        .iter()
        .chain(ARCHIVED)
        .position(|c| std::ptr::eq(c, contract))
        .expect("every ContractInfo is in CONTRACTS or ARCHIVED");
    &GENERATED[index]
}

/// Reads the `kind` of a document, or says why it cannot be dispatched.
pub fn kind_of(doc: &Document) -> Result<Kind, Box<Diagnostic>> {
    let at = |pointer: &str| json::locate(&doc.text, pointer);
    match doc.value.get("kind") {
        Some(Value::String(name)) => Kind::from_name(name).ok_or_else(|| {
            Box::new(
                Diagnostic::new(
                    &doc.source,
                    "/kind",
                    "kind",
                    format!("unknown kind {name:?}"),
                )
                .at(at("/kind"))
                .hint(format!("known kinds: {}", Kind::names().join(", "))),
            )
        }),
        Some(_) => Err(Box::new(
            Diagnostic::new(&doc.source, "/kind", "kind", "\"kind\" must be a string")
                .at(at("/kind")),
        )),
        None => Err(Box::new(
            Diagnostic::new(
                &doc.source,
                "",
                "kind",
                "the document has no \"kind\", so no contract applies",
            )
            .at(at(""))
            .hint(format!("add \"kind\": one of {}", Kind::names().join(", "))),
        )),
    }
}

/// Validates one document.
pub fn validate(doc: &Document, mode: Mode) -> Report {
    let kind = match kind_of(doc) {
        Ok(kind) => kind,
        Err(diagnostic) => {
            return Report {
                kind: None,
                diagnostics: vec![*diagnostic],
                warnings: Vec::new(),
            };
        }
    };
    let mut diagnostics = schema_diagnostics(doc, kind);
    if diagnostics.is_empty()
        && !mode.schema_only
        && let Err(e) = kind.check_typed(&doc.value)
    {
        diagnostics.push(
            Diagnostic::new(
                &doc.source,
                "",
                "typed",
                format!(
                    "schema-valid but rejected by the generated {} type: {e}",
                    kind.info().kind
                ),
            )
            .hint("this is a gap between the schema and the generated types; please report it"),
        );
    }
    let mut warnings = Vec::new();
    if diagnostics.is_empty() {
        let embedded = embedded_reports(doc, kind, mode);
        diagnostics.extend(embedded.diagnostics);
        warnings.extend(embedded.warnings);
    }
    if diagnostics.is_empty() && !mode.schema_only {
        if kind == Kind::AgentPod {
            // A pod is typed once; the render check starts from its semantic check.
            if let Ok(pod) = serde_json::from_value::<crate::contracts::AgentPod>(doc.value.clone())
            {
                let (checked, mut findings) = match crate::rules::semantics::check_agent_pod(&pod) {
                    Ok(checked) => (Some(checked), Vec::new()),
                    Err(findings) => (None, findings),
                };
                findings.extend(crate::rules::supply_chain::check(&pod, mode.strict).0);
                let (errors, states) = finding_diagnostics(doc, findings);
                diagnostics.extend(errors);
                warnings.extend(states);
                if diagnostics.is_empty() && !mode.no_render_check {
                    warnings.extend(render_readiness(doc, &pod, checked, mode.strict));
                }
            }
        } else {
            let (errors, states) = semantic_diagnostics(doc, kind);
            diagnostics.extend(errors);
            warnings.extend(states);
        }
    }
    Report {
        kind: Some(kind),
        diagnostics,
        warnings,
    }
}

/// The documents a report kind embeds: where they are and which kind each must be.
fn embedded(doc: &Document, kind: Kind) -> Vec<(String, Kind)> {
    match kind {
        Kind::ProbeReport => {
            let providers = doc.value["inferenceProviders"]
                .as_array()
                .map_or(0, Vec::len);
            std::iter::once(("/agentMachine".to_string(), Kind::AgentMachine))
                .chain(
                    (0..providers)
                        .map(|i| (format!("/inferenceProviders/{i}"), Kind::InferenceProvider)),
                )
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Embedded documents are validated against their own contracts, in the same
/// mode; their diagnostics and warnings point into the outer file.
///
/// At most [`MAX_DIAGNOSTICS`] errors (and as many warnings) are reported:
/// once that many are found, the remaining embedded documents are not
/// checked (the outer one is invalid already) and a `max-diagnostics` note
/// says so. Every diagnostic is placed in the outer text in one scan
/// ([`json::locate_all`]), so the work is linear in the document's size
/// whatever the number of embedded documents.
fn embedded_reports(doc: &Document, kind: Kind, mode: Mode) -> Report {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    let (mut dropped, mut dropped_warnings) = (0usize, 0usize);
    let all = embedded(doc, kind);
    let total = all.len();
    let mut unchecked = 0;
    for (i, (pointer, expected)) in all.into_iter().enumerate() {
        if out.len() >= MAX_DIAGNOSTICS {
            unchecked = total - i;
            break;
        }
        let Some(value) = doc.value.pointer(&pointer) else {
            continue;
        };
        if value["kind"] != expected.info().kind {
            out.push(Diagnostic::new(
                &doc.source,
                &pointer,
                "embedded-kind",
                format!("expected an embedded {} document", expected.info().kind),
            ));
            continue;
        }
        let inner = Document {
            source: doc.source.clone(),
            text: value.to_string(),
            value: value.clone(),
        };
        let report = validate(&inner, mode);
        let keep = |list: &mut Vec<Diagnostic>, found: Vec<Diagnostic>, dropped: &mut usize| {
            for d in found {
                if list.len() < MAX_DIAGNOSTICS {
                    list.push(Diagnostic {
                        line: None,
                        column: None,
                        pointer: format!("{pointer}{}", d.pointer),
                        ..d
                    });
                } else {
                    *dropped += 1;
                }
            }
        };
        keep(&mut out, report.diagnostics, &mut dropped);
        keep(&mut warnings, report.warnings, &mut dropped_warnings);
    }
    locate_in(&doc.text, &mut out);
    locate_in(&doc.text, &mut warnings);
    if dropped > 0 || unchecked > 0 {
        let mut why = Vec::new();
        if dropped > 0 {
            why.push(format!("{dropped} more not shown"));
        }
        if unchecked > 0 {
            why.push(format!(
                "{unchecked} of {total} embedded documents not checked"
            ));
        }
        out.push(Diagnostic::new(
            &doc.source,
            "",
            "max-diagnostics",
            format!(
                "the first {MAX_DIAGNOSTICS} problems in the embedded documents are shown ({}); \
                 at most {MAX_DIAGNOSTICS} are reported per document",
                why.join(", ")
            ),
        ));
    }
    if dropped_warnings > 0 {
        warnings.push(Diagnostic::new(
            &doc.source,
            "",
            "max-diagnostics",
            format!(
                "more than {MAX_DIAGNOSTICS} warnings in the embedded documents; the first {MAX_DIAGNOSTICS} are shown"
            ),
        ));
    }
    Report {
        kind: Some(kind),
        diagnostics: out,
        warnings,
    }
}

/// Places every diagnostic of `list` in `text`, in one scan.
fn locate_in(text: &str, list: &mut [Diagnostic]) {
    let pointers: Vec<&str> = list.iter().map(|d| d.pointer.as_str()).collect();
    let positions = json::locate_all(text, &pointers);
    for (d, at) in list.iter_mut().zip(positions) {
        d.line = at.map(|p| p.line);
        d.column = at.map(|p| p.column);
    }
}

/// The semantic rules of `kind` (see [`crate::rules::semantics`]) as diagnostics:
/// the errors, and the warnings of the state rules
/// ([`crate::rules::semantics::STATE_RULES`]). Called only for schema- and
/// type-valid documents of every kind but AgentPod, whose semantic check
/// [`validate`] runs itself and hands on to the render check.
fn semantic_diagnostics(doc: &Document, kind: Kind) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let checked = match kind {
        Kind::PolicyAdmission => serde_json::from_value(doc.value.clone())
            .map(|a| crate::rules::semantics::check_policy_admission(&a)),
        Kind::AgentRegistryGrant => serde_json::from_value(doc.value.clone())
            .map(|g| crate::rules::semantics::check_agent_registry_grant(&g)),
        Kind::StorageReceipt => serde_json::from_value(doc.value.clone())
            .map(|r| crate::rules::semantics::check_storage_receipt(&r)),
        Kind::ExternalTrustSignalProvider => serde_json::from_value(doc.value.clone())
            .map(|p| crate::rules::semantics::check_external_trust_signal_provider(&p)),
        Kind::AgentPlaneRuntimeEvidence => serde_json::from_value(doc.value.clone())
            .map(|e| crate::rules::semantics::check_runtime_evidence(&e)),
        Kind::ProbeReport => serde_json::from_value(doc.value.clone())
            .map(|r| crate::rules::semantics::check_probe_report(&r)),
        _ => return (Vec::new(), Vec::new()),
    };
    let Ok(Err(findings)) = checked else {
        return (Vec::new(), Vec::new());
    };
    finding_diagnostics(doc, findings)
}

/// Semantic findings as diagnostics: the errors, and the warnings of the
/// state rules, at most [`MAX_DIAGNOSTICS`] of each, placed in the text.
fn finding_diagnostics(
    doc: &Document,
    findings: Vec<crate::base::finding::Finding>,
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let (mut more_errors, mut more_warnings) = (0usize, 0usize);
    for f in findings {
        // Only the first MAX_DIAGNOSTICS of each are made into diagnostics
        // (a secret-shaped value in each of 256 arguments is 256 findings).
        let (list, more) = match crate::rules::semantics::severity(f.rule) {
            Severity::Error => (&mut errors, &mut more_errors),
            Severity::Warning => (&mut warnings, &mut more_warnings),
        };
        if list.len() >= MAX_DIAGNOSTICS {
            *more += 1;
            continue;
        }
        let (severity, rule) = (crate::rules::semantics::severity(f.rule), f.rule);
        let d = Diagnostic::of_finding(&doc.source, f);
        list.push(match severity {
            Severity::Error => d,
            Severity::Warning => d.hint(state_hint(rule)),
        });
    }
    for (list, more) in [(&mut errors, more_errors), (&mut warnings, more_warnings)] {
        locate_in(&doc.text, list);
        if more > 0 {
            list.push(Diagnostic::new(
                &doc.source,
                "",
                "max-diagnostics",
                format!(
                    "{more} more not shown; at most {MAX_DIAGNOSTICS} are reported per document"
                ),
            ));
        }
    }
    (errors, warnings)
}

/// The hint of every warning: why the document is still valid, and where it is refused.
/// Where a state rule's finding is refused, for the warning's hint.
/// What rendering the pod for its surface would refuse, as warnings: the
/// SourceOS contract allows what our renderers refuse (a workload name with a
/// space, a host path under `~`, host exposure without an admission), so a
/// valid pod is not always a renderable one — and `validate` says so instead
/// of leaving it to `render`. The pod is rendered as it stands: without
/// CacheTiers and without an admission, so a refusal those would lift (a host
/// path the tier supplies, an exposure an admission allows) says which to
/// supply. Each warning carries the render rule as `render/<rule>`.
fn render_readiness(
    doc: &Document,
    pod: &crate::contracts::AgentPod,
    checked: Option<crate::rules::semantics::CheckedPod>,
    strict: bool,
) -> Vec<Diagnostic> {
    let artifact = crate::render::Artifact::surface(pod.pod_type);
    // The source's own digest, as `render` records it (a document that does
    // not canonicalize has nothing to render).
    let Ok(digest) = crate::base::canonical::digest(&doc.value) else {
        return Vec::new();
    };
    let source = crate::render::Source::new(&doc.source, digest);
    let input = crate::render::Input {
        strict,
        ..crate::render::Input::new(pod, &source, &[])
    };
    let rendered = match checked {
        Some(checked) => crate::render::prepare_checked(&input, checked)
            .and_then(|prepared| prepared.render(artifact)),
        None => crate::render::render(artifact, &input),
    };
    let Err(errors) = rendered else {
        return Vec::new();
    };
    let mut out: Vec<Diagnostic> = errors
        .into_iter()
        .take(MAX_DIAGNOSTICS)
        .map(|e| {
            Diagnostic::new(
                &doc.source,
                &e.pointer,
                &format!("render/{}", e.rule),
                e.message,
            )
            .hint(format!(
                "the document is valid (the contract allows it), but rendering it as {} refuses it as it stands (without CacheTiers or a PolicyAdmission)",
                artifact.name()
            ))
        })
        .collect();
    locate_in(&doc.text, &mut out);
    out
}

fn state_hint(rule: crate::base::rule::Rule) -> &'static str {
    if matches!(rule, crate::base::rule::Rule::Evidence(_)) {
        "the document is valid: it reports this state truthfully; the gate (P3) refuses such evidence, and nothing may act on it"
    } else {
        "the document is valid: it reports this state truthfully; activation and `storage verify` refuse it where it is used"
    }
}

/// The JSON Schema errors of `doc` against `kind`, as diagnostics.
///
/// At most [`MAX_DIAGNOSTICS`] are reported. The validator collects every
/// error before `iter_errors` returns (linear in the document: a valid
/// document is first checked with the cheaper `is_valid`); the cap bounds
/// everything after that — messages, redaction, positions — and the shown
/// errors are placed in the text in one scan ([`json::locate_all`]).
pub fn schema_diagnostics(doc: &Document, kind: Kind) -> Vec<Diagnostic> {
    let contract = kind.contract_for(doc.value.get("specVersion").and_then(Value::as_str));
    let validator = contract_validator(contract);
    if validator.is_valid(&doc.value) {
        return Vec::new();
    }
    let mut errors = validator.iter_errors(&doc.value);
    let shown: Vec<_> = errors.by_ref().take(MAX_DIAGNOSTICS).collect();
    let more = errors.count();
    let mut out: Vec<Diagnostic> = shown
        .into_iter()
        .map(|error| {
            let mut pointer = error.instance_path().as_str().to_string();
            let keyword = error.kind().keyword().to_string();
            if let ValidationErrorKind::AdditionalProperties { unexpected } = error.kind()
                && let [only] = unexpected.as_slice()
            {
                pointer = format!("{pointer}/{}", json::escape_pointer_segment(only));
            }
            // Every allowed value, not the first two and "or N other candidates".
            let message = match error.kind() {
                // An environment value may be a credential pasted by mistake
                // (with a trailing newline, say): never echoed back.
                _ if withheld(kind, &pointer) => withheld_message(error.kind()),
                ValidationErrorKind::Enum { options } => match options.as_array() {
                    Some(values) => format!(
                        "{} is not one of: {}",
                        error.instance(),
                        values
                            .iter()
                            .map(Value::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    None => error.to_string(),
                },
                _ => error.to_string(),
            };
            let diagnostic =
                Diagnostic::new(&doc.source, &pointer, &format!("schema/{keyword}"), message);
            match hint_for(error.kind(), kind, contract, &pointer) {
                Some(hint) => diagnostic.hint(hint),
                None => diagnostic,
            }
        })
        .collect();
    locate_in(&doc.text, &mut out);
    out.sort_by(|a, b| (a.line, a.column, &a.pointer).cmp(&(b.line, b.column, &b.pointer)));
    if more > 0 {
        out.push(Diagnostic::new(
            &doc.source,
            "",
            "max-diagnostics",
            format!(
                "more than {MAX_DIAGNOSTICS} schema errors; the first {MAX_DIAGNOSTICS} are shown"
            ),
        ));
    }
    out
}

/// Whether the value at `pointer` is never shown in a message: an AgentPod
/// environment value (any error under `/runtime/env/<i>/value`, or an env
/// item that is not an object).
fn withheld(kind: Kind, pointer: &str) -> bool {
    let Some(rest) = pointer.strip_prefix("/runtime/env/") else {
        return false;
    };
    kind == Kind::AgentPod && (rest.ends_with("/value") || !rest.contains('/'))
}

/// A schema error's message without the instance.
fn withheld_message(kind: &ValidationErrorKind) -> String {
    let what = match kind {
        ValidationErrorKind::Pattern { pattern } => format!("does not match {pattern}"),
        ValidationErrorKind::Type { .. } => "is not of the type the contract gives".into(),
        other => format!("fails \"{}\"", other.keyword()),
    };
    format!("the value {what} (not shown: an environment value may be a credential)")
}

/// The most schema errors reported for one document.
pub const MAX_DIAGNOSTICS: usize = 50;

fn hint_for(
    error: &ValidationErrorKind,
    kind: Kind,
    info: &ContractInfo,
    pointer: &str,
) -> Option<String> {
    let schema = match kind.versions().count() {
        1 => format!("`agent-machine schema {}`", info.kind),
        _ => format!(
            "`agent-machine schema {} --spec-version {}`",
            info.kind, info.version
        ),
    };
    let last = pointer.rsplit('/').next().unwrap_or_default();
    match error {
        ValidationErrorKind::AdditionalProperties { .. } => Some(format!(
            "contracts are closed: remove the field; {schema} prints the fields this kind allows"
        )),
        ValidationErrorKind::Constant { expected_value } if **expected_value == Value::Bool(false) => Some(
            match last {
                "allowPrivileged" => "an AgentPod never runs privileged: the renderers and the posture model refuse privileged containers whatever the pod asks".to_string(),
                "allowSecretInSpec" => "secret values never appear in an AgentPod; reference a secret held elsewhere instead".to_string(),
                "authorizationGranted" => "a receipt records what was rendered; it is never authorization (an ActivationDecision is)".to_string(),
                _ if pointer.contains("/receiptSafety/") => "safety flags are const false: receipts and evidence never carry raw prompts, KV-cache, private memory or secrets".to_string(),
                _ => format!("{} v{} fixes this field to false", info.kind, info.version),
            },
        ),
        ValidationErrorKind::Constant { .. } if pointer == "/specVersion" => Some(format!(
            "this build reads {} versions {}",
            info.kind,
            kind.versions()
                .map(|c| c.version)
                .collect::<Vec<_>>()
                .join(", ")
        )),
        ValidationErrorKind::Constant { expected_value } => Some(format!(
            "{} v{} fixes this field to {expected_value}",
            info.kind, info.version
        )),
        ValidationErrorKind::Required { .. } => {
            Some(format!("{schema} prints the required fields"))
        }
        ValidationErrorKind::UniqueItems => Some("remove the repeated item".to_string()),
        ValidationErrorKind::Pattern { pattern } => Some(format!(
            "the whole value must match {pattern} (no leading or trailing characters, not even a newline)"
        )),
        _ => None,
    }
}
