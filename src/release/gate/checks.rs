//! The checks behind the gate items. Each reads the tree under
//! [`Context::root`] or runs the library in-process; none runs a program.
//! (I3 asks to start validators that cannot start — absent, or a stub whose
//! interpreter is missing — to read the message the gate gives; P4 writes
//! provider stubs that would leave a marker if run, in a private temporary
//! directory, and the probe must not run them.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Context, Outcome};
use crate::base::finding::Finding;
use crate::base::input::{Document, read_document};
use crate::base::json::Limits;
use crate::base::rule::{self, Rule};
use crate::contracts::{AgentPod, CacheTier, Kind};
use crate::governance::validate::{Mode, validate};
use crate::release::skeletons;
use crate::render::Artifact;
use crate::rules::posture::Posture;

fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|e| {
            e.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn rel(ctx: &Context, p: &Path) -> String {
    p.strip_prefix(&ctx.root).unwrap_or(p).display().to_string()
}

fn verdict(mut problems: Vec<String>, checked: usize, what: &str) -> Outcome {
    if checked == 0 {
        problems.insert(0, format!("no {what} found"));
        Outcome::fail(problems.join("; "))
    } else if problems.is_empty() {
        Outcome::pass(format!("{checked} {what} checked"))
    } else {
        Outcome::fail(problems.join("; "))
    }
}

/// C1: every contract is a valid draft 2020-12 schema inside the profile.
pub fn schemas_valid(ctx: &Context) -> Outcome {
    let files: Vec<_> = json_files(&ctx.path("contracts"));
    let mut problems = Vec::new();
    for f in &files {
        match read_document(f, Limits::default()) {
            Err(e) => problems.push(e.to_string()),
            Ok(doc) => {
                if let Err(e) = jsonschema::meta::validate(&doc.value) {
                    problems.push(format!("{}: not a valid 2020-12 schema: {e}", rel(ctx, f)));
                }
                for v in crate::contracts::profile::check(&doc.value) {
                    problems.push(format!(
                        "{}: {}: keyword {:?} outside the profile",
                        rel(ctx, f),
                        v.pointer,
                        v.keyword
                    ));
                }
            }
        }
    }
    verdict(problems, files.len(), "contracts")
}

/// C2: examples validate; counter-examples are rejected.
pub fn examples_and_counter_examples(ctx: &Context) -> Outcome {
    let mut problems = Vec::new();
    let examples = json_files(&ctx.path("examples"));
    for f in &examples {
        match read_document(f, Limits::default()) {
            Ok(doc) if validate(&doc, Mode::default()).is_valid() => {}
            _ => problems.push(format!("{} is invalid", rel(ctx, f))),
        }
    }
    let counter = json_files(&ctx.path("tests/fixtures/invalid"));
    for f in &counter {
        if let Ok(doc) = read_document(f, Limits::default())
            && validate(&doc, Mode::default()).is_valid()
        {
            problems.push(format!("counter-example {} is accepted", rel(ctx, f)));
        }
    }
    if counter.is_empty() {
        problems.push("no counter-examples under tests/fixtures/invalid".into());
    }
    verdict(
        problems,
        examples.len() + counter.len(),
        "examples and counter-examples",
    )
}

/// C3: `$id` ↔ file name ↔ `specVersion` ↔ `kind` agree, and the rules are documented.
pub fn ids_and_versioning(ctx: &Context) -> Outcome {
    let mut problems = Vec::new();
    let files = json_files(&ctx.path("contracts"));
    for f in &files {
        let Ok(doc) = read_document(f, Limits::default()) else {
            continue;
        };
        let slug = f
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .trim_end_matches(".schema.json");
        let v = &doc.value;
        let version = v["properties"]["specVersion"]["const"]
            .as_str()
            .unwrap_or("?");
        if v["$id"] != format!("urn:srcos:agent-machine:schema:{slug}:v{version}") {
            problems.push(format!(
                "{}: $id does not match the file name and specVersion",
                rel(ctx, f)
            ));
        }
        if v["properties"]["kind"]["const"] != v["title"] {
            problems.push(format!("{}: kind const differs from title", rel(ctx, f)));
        }
    }
    let doc = ctx.read("docs/contracts.md").unwrap_or_default();
    if !doc.contains("## Versions and compatibility") {
        problems
            .push("docs/contracts.md does not state the versioning and compatibility rules".into());
    }
    verdict(problems, files.len(), "contract identities")
}

/// C4: the promotion path into the shared SourceOS spec repository is defined.
pub fn promotion_path(ctx: &Context) -> Outcome {
    let doc = ctx.read("docs/contracts.md").unwrap_or_default();
    if doc.contains("## Promotion") && doc.contains("SourceOS-Linux/sourceos-spec") {
        Outcome::pass(
            "docs/contracts.md names the promotion steps into SourceOS-Linux/sourceos-spec",
        )
    } else {
        Outcome::fail(
            "docs/contracts.md has no promotion section naming SourceOS-Linux/sourceos-spec",
        )
    }
}

/// C5: the types this binary was generated from are the tree's contracts, and
/// every example deserializes into its generated type.
pub fn codegen(ctx: &Context) -> Outcome {
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        let info = kind.info();
        match ctx.read(info.file) {
            Some(text) if text == info.schema => {}
            Some(_) => problems.push(format!(
                "{} differs from the contract this build generated types from (rebuild)",
                info.file
            )),
            None => problems.push(format!("{} is missing", info.file)),
        }
    }
    let examples = json_files(&ctx.path("examples"));
    for f in &examples {
        if let Ok(doc) = read_document(f, Limits::default())
            && let Some(kind) = doc.value["kind"].as_str().and_then(Kind::from_name)
            && kind.check_typed(&doc.value).is_err()
        {
            problems.push(format!(
                "{} does not deserialize into its type",
                rel(ctx, f)
            ));
        }
    }
    if !ctx.path("build.rs").is_file() {
        problems.push("build.rs is missing".into());
    }
    verdict(
        problems,
        Kind::ALL.len() + examples.len(),
        "contracts and typed examples",
    )
}

/// The receipt and evidence kinds that must not carry forbidden content (C6).
pub const RECEIPT_KINDS: &[&str] = &[
    "DeploymentReceipt",
    "StorageReceipt",
    "PolicyAdmission",
    "AgentRegistryGrant",
    "AgentPlaneRuntimeEvidence",
    "ActivationDecision",
    "ReleaseEvidenceBundle",
];

/// Fields that would carry forbidden content (a raw prompt, KV-cache,
/// private memory, a secret) into a receipt (C6).
pub const FORBIDDEN_FIELDS: &[&str] = &[
    "rawPrompt",
    "prompt",
    "rawKvCache",
    "kvCacheContent",
    "privateMemory",
    "secret",
    "secretValue",
    "apiKey",
];

/// JSON pointers (into documents) of every `const: false` under the
/// schema's `receiptSafety` (the flags that say no raw content or secret is
/// included).
fn safety_flags(schema: &Value, defs: &Value, at: &str, depth: usize, out: &mut Vec<String>) {
    if depth > 16 {
        return;
    }
    if schema.get("const") == Some(&Value::Bool(false)) && at.starts_with("/receiptSafety/") {
        out.push(at.to_string());
    }
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return safety_flags(&defs[name], defs, at, depth + 1, out);
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, sub) in props {
            safety_flags(sub, defs, &format!("{at}/{name}"), depth + 1, out);
        }
    }
}

/// Whether a document is refused by this build's generated type, by its
/// validation (schema and rules), and by the tree's own contract; the
/// names of those that accept it.
fn accepted_by(kind: Kind, contract: &jsonschema::Validator, doc: &Value) -> Vec<&'static str> {
    let mut accepted = Vec::new();
    if kind.check_typed(doc).is_ok() {
        accepted.push("the generated type");
    }
    let text = serde_json::to_string(doc).expect("serializes");
    if crate::base::input::parse_document("c6".into(), text.as_bytes(), Limits::default())
        .is_ok_and(|d| validate(&d, Mode::default()).is_valid())
    {
        accepted.push("validation");
    }
    if contract.is_valid(doc) {
        accepted.push("the tree's contract");
    }
    accepted
}

/// C6, in-process: for every receipt and evidence kind, the tree's example
/// (accepted as it is) with a forbidden field added — at its root and in
/// `receiptSafety` — or a `receiptSafety` flag of the tree's contract set to
/// `true`, is refused by this build's generated type, by validation and by
/// the tree's contract. Returns the problems and how many documents were refused.
fn forbidden_content_refused(ctx: &Context) -> (Vec<String>, usize) {
    let mut problems = Vec::new();
    let mut refused = 0;
    let examples = json_files(&ctx.path("examples"));
    for name in RECEIPT_KINDS {
        let Some(kind) = Kind::from_name(name) else {
            problems.push(format!("{name} is not a contract of this build"));
            continue;
        };
        let info = kind.info();
        let contract = match ctx
            .read(info.file)
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        {
            Some(schema) => match jsonschema::draft202012::new(&schema) {
                Ok(v) => (v, schema),
                Err(e) => {
                    problems.push(format!("{}: does not compile: {e}", info.file));
                    continue;
                }
            },
            None => {
                problems.push(format!("{} is missing or not JSON", info.file));
                continue;
            }
        };
        let (validator, schema) = contract;
        let suffix = format!(".{}.json", info.slug);
        let example = examples
            .iter()
            .filter(|f| f.to_string_lossy().ends_with(&suffix))
            .find_map(|f| {
                Some((
                    f,
                    serde_json::from_str::<Value>(&crate::base::input::read_text(f).ok()?).ok()?,
                ))
            });
        let Some((file, example)) = example else {
            problems.push(format!(
                "no example of {name} (examples/*{suffix}) to add forbidden content to"
            ));
            continue;
        };
        let accepted = accepted_by(kind, &validator, &example);
        if accepted.len() != 3 {
            problems.push(format!(
                "{} is not accepted as it is, so its refusals prove nothing",
                rel(ctx, file)
            ));
            continue;
        }
        let mut cases: Vec<(String, Value)> = Vec::new();
        for field in FORBIDDEN_FIELDS {
            for container in ["", "/receiptSafety"] {
                let mut doc = example.clone();
                if let Some(object) = doc.pointer_mut(container).and_then(Value::as_object_mut) {
                    object.insert((*field).to_string(), Value::String("forbidden".into()));
                    cases.push((format!("{container}/{field}"), doc));
                }
            }
        }
        let mut flags = Vec::new();
        safety_flags(&schema, &schema["$defs"], "", 0, &mut flags);
        if flags.is_empty() {
            problems.push(format!(
                "{}: no receiptSafety flag is const false",
                info.file
            ));
        }
        for flag in flags {
            let mut doc = example.clone();
            if let Some(v) = doc.pointer_mut(&flag) {
                *v = Value::Bool(true);
                cases.push((format!("{flag} = true"), doc));
            } else {
                problems.push(format!("{}: {flag} is not set", rel(ctx, file)));
            }
        }
        for (what, doc) in cases {
            let accepted = accepted_by(kind, &validator, &doc);
            if accepted.is_empty() {
                refused += 1;
            } else {
                problems.push(format!(
                    "{name} with {what} is accepted by {}",
                    accepted.join(" and ")
                ));
            }
        }
    }
    (problems, refused)
}

/// C6: forbidden content cannot be constructed in receipts — checked
/// in-process (`forbidden_content_refused`); the compile-fail cases (with
/// their committed `.stderr`) exist for every receipt and evidence kind,
/// and the compile-fail suite's result comes from CI.
pub fn forbidden_content(ctx: &Context) -> Outcome {
    let (problems, refused) = forbidden_content_refused(ctx);
    if !problems.is_empty() || refused == 0 {
        return Outcome::fail(format!(
            "forbidden content is not refused: {}",
            if problems.is_empty() {
                "no case was checked".to_string()
            } else {
                problems.join("; ")
            }
        ));
    }
    let dir = ctx.path("tests/compile-fail/ui/forbidden");
    let kinds = [
        "deployment_receipt",
        "storage_receipt",
        "policy_admission",
        "agent_registry_grant",
        "agentplane_runtime_evidence",
        "activation_decision",
        "release_evidence_bundle",
    ];
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map(|e| {
            e.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let missing: Vec<&str> = kinds
        .iter()
        .copied()
        .filter(|k| {
            !names.iter().any(|n| n.starts_with(k) && n.ends_with(".rs"))
                || !names
                    .iter()
                    .any(|n| n.starts_with(k) && n.ends_with(".stderr"))
        })
        .collect();
    if !missing.is_empty() {
        return Outcome::fail(format!(
            "no compile-fail case with committed .stderr for: {}",
            missing.join(", ")
        ));
    }
    match ctx.ci(
        "C6",
        "tests/compile-fail/compile_fail.rs and tests/it/forbidden_content.rs",
    ) {
        o if o.status == super::Status::Fail => o,
        o => Outcome {
            status: o.status,
            evidence: format!(
                "{refused} receipts and evidence with forbidden content refused by the generated types, validation and the tree's contracts; {}",
                o.evidence
            ),
        },
    }
}

fn expected(ctx: &Context) -> Result<Vec<skeletons::Expected>, Outcome> {
    skeletons::expected(&ctx.root).map_err(|d| {
        Outcome::fail(format!(
            "the examples do not render: {}",
            d.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })
}

/// R1/R2: rendering twice gives the same bytes, and the same bytes as the
/// committed render (made in another checkout, at another time); receipts
/// are schema-valid.
pub fn deterministic(ctx: &Context, prefix: &str) -> Outcome {
    let (a, b) = match (expected(ctx), expected(ctx)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let mut problems = Vec::new();
    let selected: Vec<_> = a
        .iter()
        .zip(&b)
        .filter(|(x, _)| x.path.starts_with(prefix))
        .collect();
    problems.extend(stale(ctx, prefix, &a));
    for (x, y) in &selected {
        if x != y {
            problems.push(format!("{} renders differently twice", x.path));
        }
        match ctx.read(&x.path) {
            Some(committed) if committed == x.text => {}
            Some(_) => problems.push(format!(
                "{} differs from this render (agent-machine skeletons bless after review)",
                x.path
            )),
            None => problems.push(format!("{} is missing", x.path)),
        }
        if x.path.ends_with(".receipt.json") {
            let doc = crate::base::input::parse_document(
                x.path.clone(),
                x.text.as_bytes(),
                Limits::default(),
            );
            if !doc.is_ok_and(|d| validate(&d, Mode::default()).is_valid()) {
                problems.push(format!("{} is not a valid DeploymentReceipt", x.path));
            }
        }
    }
    verdict(problems, selected.len(), "renders")
}

/// R3/R4: the checked-in skeletons equal the renders (Quadlet byte for byte, YAML as documents).
pub fn skeletons_match(ctx: &Context, prefix: &str) -> Outcome {
    let expected = match expected(ctx) {
        Ok(e) => e,
        Err(e) => return e,
    };
    let mut problems = Vec::new();
    let selected: Vec<_> = expected
        .iter()
        .filter(|e| e.path.starts_with(prefix))
        .collect();
    problems.extend(stale(ctx, prefix, &expected));
    for e in &selected {
        let Some(actual) = ctx.read(&e.path) else {
            problems.push(format!("{} is missing", e.path));
            continue;
        };
        let same = if e.path.ends_with(".yaml") {
            let parse = |t: &str| serde_saphyr::from_multiple::<Value>(t).ok();
            parse(&actual).is_some() && parse(&actual) == parse(&e.text)
        } else {
            actual == e.text
        };
        if !same {
            problems.push(format!(
                "{} differs from its render (agent-machine skeletons bless after review)",
                e.path
            ));
        }
    }
    verdict(problems, selected.len(), "skeletons")
}

/// At most this many entries are looked at under one directory of the tree.
pub const MAX_WALK_ENTRIES: usize = 10_000;
/// At most this deep.
pub const MAX_WALK_DEPTH: usize = 16;

/// What a walk under a directory found. It never follows a symbolic link —
/// not even the directory itself — (a link is reported, not read through, so
/// a loop cannot trap it) and stops at [`MAX_WALK_ENTRIES`] entries or
/// [`MAX_WALK_DEPTH`] levels.
#[derive(Debug, Default)]
pub struct Walk {
    /// Regular files, sorted.
    pub files: Vec<PathBuf>,
    /// Everything else but directories (symbolic links, FIFOs, sockets,
    /// devices, entries that cannot be read), with what each is; sorted.
    pub others: Vec<(PathBuf, &'static str)>,
    /// Whether the walk stopped at a bound before the end.
    pub truncated: bool,
}

/// Walks `dir` (see [`Walk`]); a missing directory is an empty walk.
pub fn walk(dir: &Path) -> Walk {
    fn go(dir: &Path, depth: usize, seen: &mut usize, out: &mut Walk) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            *seen += 1;
            if *seen > MAX_WALK_ENTRIES {
                out.truncated = true;
                return;
            }
            let Ok(e) = e else {
                out.others
                    .push((dir.to_path_buf(), "an entry that cannot be read"));
                continue;
            };
            let path = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => {
                    if depth >= MAX_WALK_DEPTH {
                        out.truncated = true;
                    } else {
                        go(&path, depth + 1, seen, out);
                    }
                }
                Ok(t) if t.is_file() => out.files.push(path),
                Ok(t) if t.is_symlink() => out.others.push((path, "a symbolic link")),
                Ok(_) => out
                    .others
                    .push((path, "not a regular file (a FIFO, socket or device)")),
                Err(_) => out.others.push((path, "an entry that cannot be read")),
            }
        }
    }
    let mut out = Walk::default();
    // The directory itself must be in the tree, not a link out of it.
    if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
        out.others.push((dir.to_path_buf(), "a symbolic link"));
        return out;
    }
    let mut seen = 0;
    go(dir, 0, &mut seen, &mut out);
    out.files.sort();
    out.others.sort();
    out
}

fn walk_files(dir: &Path, out: &mut Vec<PathBuf>) {
    out.extend(walk(dir).files);
}

/// The files under `prefix` (a directory of `skeletons/`) that no example
/// renders to, and what there is not a file — as `skeletons check` sees them.
fn stale(ctx: &Context, prefix: &str, expected: &[skeletons::Expected]) -> Vec<String> {
    inventory(ctx)
        .into_iter()
        .filter(|s| s.rel.starts_with(prefix))
        .filter(|s| !expected.iter().any(|e| e.path == s.rel) || s.problem.is_some())
        .map(|s| match s.problem {
            Some(problem) => problem,
            None => format!(
                "{}: no example renders to it (stale; agent-machine skeletons bless removes it)",
                s.rel
            ),
        })
        .collect()
}

fn claims_authorization(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.iter().any(|(k, v)| {
            (k == "authorizationGranted" && v == &Value::Bool(true) && !m.contains_key("status"))
                || claims_authorization(v)
        }),
        Value::Array(a) => a.iter().any(claims_authorization),
        _ => false,
    }
}

/// R5: no generated artifact claims authorization (every file under
/// `skeletons/`; what is not a regular file cannot be checked, and fails).
pub fn no_authorization_claims(ctx: &Context) -> Outcome {
    let walked = walk(&ctx.path("skeletons"));
    let files = walked.files;
    let mut problems: Vec<String> = walked
        .others
        .iter()
        .map(|(p, what)| format!("{} is {what}, so it cannot be checked", rel(ctx, p)))
        .collect();
    if walked.truncated {
        problems.push(format!(
            "skeletons/ holds more than {MAX_WALK_ENTRIES} entries or {MAX_WALK_DEPTH} levels; the rest cannot be checked"
        ));
    }
    for f in &files {
        let name = rel(ctx, f);
        let Ok(text) = crate::base::input::read_text(f) else {
            problems.push(format!("{name} cannot be read, so it cannot be checked"));
            continue;
        };
        if name.ends_with(".json") {
            if serde_json::from_str::<Value>(&text).is_ok_and(|v| claims_authorization(&v)) {
                problems.push(format!("{name} claims authorization"));
            }
        } else if !text.contains(crate::render::NOT_AUTHORIZATION) {
            problems.push(format!(
                "{name} does not say that rendering is not authorization"
            ));
        }
    }
    verdict(problems, files.len(), "artifacts")
}

fn example_pods(ctx: &Context) -> Vec<(String, AgentPod)> {
    json_files(&ctx.path("examples"))
        .into_iter()
        .filter_map(|f| {
            let name = f
                .file_name()?
                .to_str()?
                .strip_suffix(".agent-pod.json")?
                .to_string();
            let text = crate::base::input::read_text(&f).ok()?;
            Some((name, serde_json::from_str(&text).ok()?))
        })
        .collect()
}

fn example_tiers(ctx: &Context) -> Vec<CacheTier> {
    json_files(&ctx.path("examples"))
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(".cache-tier.json"))
        .filter_map(|f| serde_json::from_str(&crate::base::input::read_text(f).ok()?).ok())
        .collect()
}

/// One entry under `skeletons/`, as the safety items see it.
#[derive(Debug)]
pub struct Skeleton {
    /// Its path relative to the root, with `/` separators.
    pub rel: String,
    /// Why it cannot be trusted as a render, whatever it holds: an orphan
    /// (no example renders to it), something that is not a regular file, or
    /// a render whose pod's posture cannot be built.
    pub problem: Option<String>,
    /// `quadlet` or `kubernetes`, and the posture to hold it to: its pod's
    /// (with the storage its CacheTiers resolve to) for a render, the
    /// strictest ([`Posture::default`]: no exposure admitted) for an orphan.
    /// `None` for plans, receipts and other files.
    pub judge: Option<(&'static str, Posture)>,
}

/// Every entry under `skeletons/` — not only those named after an example:
/// a hand-written file beside the renders is exactly what the safety items
/// must see. A file no example renders to is an orphan (a problem, never a
/// skip), judged by the strictest posture as well; a symbolic link, FIFO or
/// device is a problem and is never read; a walk past its bound is a problem.
pub fn inventory(ctx: &Context) -> Vec<Skeleton> {
    let pods = example_pods(ctx);
    let tiers = example_tiers(ctx);
    // Every path an example renders to: the artifact, and its receipt.
    let mut known: BTreeMap<String, (usize, Option<Artifact>)> = BTreeMap::new();
    for (i, (name, pod)) in pods.iter().enumerate() {
        for artifact in Artifact::ALL
            .into_iter()
            .filter(|a| a.supports(pod.pod_type))
        {
            known.insert(
                skeletons::artifact_path(name, artifact),
                (i, Some(artifact)),
            );
            known.insert(skeletons::receipt_path(name, artifact), (i, None));
        }
    }
    let posture_of = |pod: &AgentPod| -> Result<Posture, String> {
        let storage = crate::rules::volumes::resolve(pod, &tiers).map_err(|e| e.to_string())?;
        Ok(Posture::for_pod(pod, None)
            .map_err(|e| e.to_string())?
            .with_storage(&storage))
    };
    let kind_of = |rel: &str| -> Option<&'static str> {
        if rel.starts_with("skeletons/quadlet/") || rel.ends_with(".container") {
            Some("quadlet")
        } else if rel.starts_with("skeletons/k8s/")
            || rel.ends_with(".yaml")
            || rel.ends_with(".yml")
        {
            Some("kubernetes")
        } else {
            None
        }
    };
    let walked = walk(&ctx.path("skeletons"));
    let mut out = Vec::new();
    for f in &walked.files {
        let rel = rel(ctx, f);
        let entry = match known.get(&rel) {
            Some(&(i, artifact)) => {
                let artifact_kind = match artifact {
                    Some(Artifact::Quadlet) => Some("quadlet"),
                    Some(Artifact::Kubernetes | Artifact::Crd) => Some("kubernetes"),
                    _ => None,
                };
                match artifact_kind.map(|k| (k, posture_of(&pods[i].1))) {
                    None => Skeleton {
                        rel,
                        problem: None,
                        judge: None,
                    },
                    Some((k, Ok(posture))) => Skeleton {
                        rel,
                        problem: None,
                        judge: Some((k, posture)),
                    },
                    Some((k, Err(e))) => Skeleton {
                        problem: Some(format!(
                            "{rel}: the posture of examples/{}.agent-pod.json cannot be built ({e}); judged by the strictest",
                            pods[i].0
                        )),
                        rel,
                        judge: Some((k, Posture::default())),
                    },
                }
            }
            None => Skeleton {
                problem: Some(format!(
                    "{rel}: orphan, no example renders to it (a skeleton is never written by hand: remove it, or add its example and bless)"
                )),
                judge: kind_of(&rel).map(|k| (k, Posture::default())),
                rel,
            },
        };
        out.push(entry);
    }
    for (p, what) in &walked.others {
        let rel = rel(ctx, p);
        out.push(Skeleton {
            problem: Some(format!(
                "{rel} is {what}, not a skeleton file; it is not read"
            )),
            rel,
            judge: None,
        });
    }
    if walked.truncated {
        out.push(Skeleton {
            rel: "skeletons/".into(),
            problem: Some(format!(
                "skeletons/ holds more than {MAX_WALK_ENTRIES} entries or {MAX_WALK_DEPTH} levels; the rest cannot be judged"
            )),
            judge: None,
        });
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}

/// Which safety item answers for a posture rule (on a `quadlet` or
/// `kubernetes` artifact, or on either): every rule of `src/rules/posture.rs` has
/// an item, so no violation found in a skeleton goes unreported.
pub const POSTURE_ITEMS: &[(Rule, Option<&str>, &str)] = &[
    (Rule::Posture(rule::Posture::Privileged), None, "S1"),
    (
        Rule::Posture(rule::Posture::HostNetwork),
        Some("quadlet"),
        "S2",
    ),
    // Pod Security Standards forbid host namespaces (baseline, so restricted).
    (
        Rule::Posture(rule::Posture::HostNetwork),
        Some("kubernetes"),
        "S7",
    ),
    (
        Rule::Posture(rule::Posture::Exposure),
        Some("quadlet"),
        "S3",
    ),
    (
        Rule::Posture(rule::Posture::Exposure),
        Some("kubernetes"),
        "S4",
    ),
    (Rule::Posture(rule::Posture::DefaultDenyEgress), None, "S4"),
    (Rule::Posture(rule::Posture::ReadOnlyModels), None, "S5"),
    (Rule::Posture(rule::Posture::Secret), None, "S6"),
    (Rule::Posture(rule::Posture::Hardening), None, "S7"),
    (Rule::Posture(rule::Posture::Capabilities), None, "S7"),
    (Rule::Posture(rule::Posture::HostPath), None, "S7"),
    (Rule::Posture(rule::Posture::EngineSocket), None, "S7"),
    (Rule::Posture(rule::Posture::Device), None, "S7"),
    (Rule::Posture(rule::Posture::UnitShape), None, "S7"),
    (Rule::Posture(rule::Posture::PodmanFlag), None, "S7"),
    (Rule::Posture(rule::Posture::DuplicateMount), None, "S7"),
    (Rule::Posture(rule::Posture::Image), None, "S7"),
    (Rule::Posture(rule::Posture::MountTarget), None, "S7"),
    (Rule::Posture(rule::Posture::Namespace), None, "S7"),
];

/// The item a violation belongs to ([`POSTURE_ITEMS`]; S7, the allow-list
/// item, for a rule not listed there).
pub fn posture_item(artifact: &str, v: &Finding) -> &'static str {
    POSTURE_ITEMS
        .iter()
        .find(|(rule, only, _)| *rule == v.rule && only.is_none_or(|a| a == artifact))
        .map_or("S7", |(_, _, item)| item)
}

/// Posture violations of every Quadlet and Kubernetes file under
/// `skeletons/` (see [`inventory`]), with the file, and how many were judged.
pub fn posture_violations(ctx: &Context) -> (usize, Vec<(String, &'static str, Finding)>) {
    let mut out = Vec::new();
    let mut checked = 0;
    for s in inventory(ctx) {
        let Some((artifact, posture)) = &s.judge else {
            continue;
        };
        checked += 1;
        let Ok(text) = crate::base::input::read_text(ctx.path(&s.rel)) else {
            out.push((
                s.rel.clone(),
                *artifact,
                Finding::new(
                    "",
                    Rule::Posture(rule::Posture::UnitShape),
                    format!("{artifact} : cannot be read as UTF-8 text within the input limit"),
                ),
            ));
            continue;
        };
        let found = if *artifact == "quadlet" {
            posture.check_quadlet(&text)
        } else {
            posture.check_kubernetes(&text)
        };
        out.extend(found.into_iter().map(|v| (s.rel.clone(), *artifact, v)));
    }
    (checked, out)
}

/// The problems of the skeleton inventory that every safety item reports:
/// orphans, non-files, an unbuildable posture, a walk past its bound.
fn inventory_problems(ctx: &Context) -> Vec<String> {
    inventory(ctx)
        .into_iter()
        .filter_map(|s| s.problem)
        .collect()
}

fn violation_line(file: &str, v: &Finding) -> String {
    format!("{file}: [{}] {}", v.rule, v.message)
}

/// S1–S5, S7: the inventory's problems, and the posture violations that
/// belong to `item` ([`posture_item`]), in every file under `skeletons/`.
pub fn posture(ctx: &Context, item: &str) -> Outcome {
    let mut problems = inventory_problems(ctx);
    let (checked, violations) = posture_violations(ctx);
    problems.extend(
        violations
            .iter()
            .filter(|(_, artifact, v)| posture_item(artifact, v) == item)
            .map(|(file, _, v)| violation_line(file, v)),
    );
    verdict(problems, checked, "parsed-back skeletons")
}

fn documents(ctx: &Context, dir: &str) -> Vec<Document> {
    json_files(&ctx.path(dir))
        .iter()
        .filter_map(|f| read_document(f, Limits::default()).ok())
        .collect()
}

/// S6: receipts and evidence — the examples of those kinds and every JSON
/// file under `skeletons/` — are schema-valid and carry nothing secret-shaped
/// and no raw content (a prompt, a chat transcript, a KV-cache dump, an
/// encoded blob) in any value, key or key–value pair
/// ([`crate::base::secrets::scan_document`]); the Quadlet and Kubernetes skeletons
/// carry no secret (`posture/secret`); and every entry under `skeletons/` is
/// a render of an example ([`inventory`]).
pub fn secret_free_receipts(ctx: &Context) -> Outcome {
    let kinds = [
        "DeploymentReceipt",
        "StorageReceipt",
        "AgentPlaneRuntimeEvidence",
        "ActivationDecision",
        "ReleaseEvidenceBundle",
        "PolicyAdmission",
        "AgentRegistryGrant",
    ];
    let mut problems = inventory_problems(ctx);
    let mut docs: Vec<Document> = documents(ctx, "examples")
        .into_iter()
        .filter(|d| d.value["kind"].as_str().is_some_and(|k| kinds.contains(&k)))
        .collect();
    for f in walk(&ctx.path("skeletons"))
        .files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "json"))
    {
        match read_document(f, Limits::default()) {
            Ok(doc) => docs.push(doc),
            Err(e) => problems.push(format!("{}: cannot be read as JSON: {e}", rel(ctx, f))),
        }
    }
    for doc in &docs {
        let name = rel(ctx, Path::new(&doc.source));
        if !validate(
            doc,
            Mode {
                schema_only: true,
                ..Mode::default()
            },
        )
        .is_valid()
        {
            problems.push(format!("{name} is not schema-valid"));
        }
        for f in crate::base::secrets::scan_document(&doc.value) {
            let what = if crate::base::secrets::is_raw_content(f.shape) {
                "raw content"
            } else {
                "secret-shaped value"
            };
            problems.push(format!("{name}{}: {what} ({})", f.pointer, f.shape));
        }
    }
    let (_, violations) = posture_violations(ctx);
    problems.extend(
        violations
            .iter()
            .filter(|(_, artifact, v)| posture_item(artifact, v) == "S6")
            .map(|(file, _, v)| violation_line(file, v)),
    );
    verdict(problems, docs.len(), "receipts and evidence")
}

/// S8: the release-candidate (digest-pinned) examples pass the strict supply chain.
pub fn strict_supply_chain(ctx: &Context) -> Outcome {
    let pinned: Vec<_> = example_pods(ctx)
        .into_iter()
        .filter(|(_, p)| {
            p.runtime
                .image_reference_policy
                .is_some_and(|r| r.to_string() != "tag-allowed-bootstrap")
        })
        .collect();
    let problems = pinned
        .iter()
        .flat_map(|(name, pod)| {
            crate::rules::supply_chain::check(pod, true)
                .0
                .into_iter()
                .map(move |f| format!("{name}: {}: {}", f.pointer, f.message))
        })
        .collect();
    verdict(problems, pinned.len(), "release-candidate pods")
}

/// S9: the hostile table, in-process: render every case with this build's
/// renderer, parse the artifacts back and check the allow-lists.
pub fn hostile_table(ctx: &Context) -> Outcome {
    let load = |file: &str| example::<Value>(ctx, file);
    let tiers = example_tiers(ctx);
    let (problems, _) = super::hostile::run(&load, &tiers, &crate::render::render);
    verdict(problems, super::hostile::cases().len(), "hostile pods")
}

/// A file contains all the given texts.
pub fn contains(ctx: &Context, file: &str, needles: &[&str], what: &str) -> Outcome {
    match ctx.read(file) {
        None => Outcome::fail(format!("{file} is missing")),
        Some(text) => {
            let missing: Vec<&&str> = needles.iter().filter(|n| !text.contains(**n)).collect();
            if missing.is_empty() {
                Outcome::pass(format!("{file}: {what}"))
            } else {
                Outcome::fail(format!("{file} lacks {missing:?}"))
            }
        }
    }
}

/// Whether a line of `file` that is not a comment (`#`, `//`) contains `needle`.
fn says(ctx: &Context, file: &str, needle: &str) -> bool {
    ctx.read(file).is_some_and(|t| {
        t.lines().any(|l| {
            let l = l.trim_start();
            !l.starts_with('#') && !l.starts_with("//") && l.contains(needle)
        })
    })
}

/// V1: `make validate` and `.ci/run` run the same script; the result comes from CI.
pub fn same_script(ctx: &Context) -> Outcome {
    let runs = |file: &str| says(ctx, file, "scripts/validate.sh");
    let make = ctx.read("Makefile").unwrap_or_default();
    if !(make.contains("validate:") && runs("Makefile") && runs(".ci/run")) {
        return Outcome::fail(
            "the Makefile's validate target and .ci/run do not both run scripts/validate.sh",
        );
    }
    ctx.ci("V1", "scripts/validate.sh run by CI")
}

/// Whether a parsed workflow runs on push and pull request and has a step
/// that runs exactly `make validate`.
fn runs_make_validate(workflow: &Value) -> bool {
    let on = &workflow["on"];
    let triggered = |event: &str| match on {
        Value::String(s) => s == event,
        Value::Array(a) => a.iter().any(|e| e == event),
        Value::Object(m) => m.contains_key(event),
        _ => false,
    };
    let step = workflow["jobs"].as_object().is_some_and(|jobs| {
        jobs.values().any(|job| {
            job["steps"].as_array().is_some_and(|steps| {
                steps.iter().any(|s| {
                    s["run"]
                        .as_str()
                        .is_some_and(|r| r.trim() == "make validate")
                })
            })
        })
    });
    triggered("push") && triggered("pull_request") && step
}

/// V2: a workflow (parsed, not grepped) runs `make validate` on push and pull
/// request, and the docs say what is known about its runs; actionlint's
/// verdict on the file is CI's.
pub fn workflow(ctx: &Context) -> Outcome {
    let mut files = Vec::new();
    walk_files(&ctx.path(".github/workflows"), &mut files);
    files.sort();
    let found = files.iter().find(|f| {
        crate::base::input::read_text(f)
            .ok()
            .and_then(|t| serde_saphyr::from_str::<Value>(&t).ok())
            .is_some_and(|w| runs_make_validate(&w))
    });
    let Some(found) = found else {
        return Outcome::fail(
            "no workflow under .github/workflows runs `make validate` on push and pull_request",
        );
    };
    if !ctx
        .read("docs/ci.md")
        .is_some_and(|t| t.contains("\n## Workflow visibility\n"))
    {
        return Outcome::fail(
            "docs/ci.md does not say whether the workflow's runs are visible (## Workflow visibility)",
        );
    }
    ctx.ci(
        "V2",
        &format!(
            "tests/it/workflow.rs (actionlint on {}, which runs make validate on push and pull_request)",
            rel(ctx, found)
        ),
    )
}

fn example<T: serde::de::DeserializeOwned>(ctx: &Context, file: &str) -> Option<T> {
    serde_json::from_str(&ctx.read(&format!("examples/{file}"))?).ok()
}

/// The allowed reference set of the examples, with one of its inputs dropped.
fn decide(
    ctx: &Context,
    drop: Option<&str>,
) -> Result<crate::contracts::ActivationDecision, String> {
    let pod_value = example::<Value>(ctx, "local-podman-llama-cpp.agent-pod.json");
    let (pod, pod_digest) = pod_value
        .and_then(|v| {
            Some((
                serde_json::from_value::<AgentPod>(v.clone()).ok()?,
                crate::base::canonical::digest(&v).ok()?,
            ))
        })
        .ok_or("examples/local-podman-llama-cpp.agent-pod.json is missing or invalid")?;
    let admission = example(ctx, "allowed-activation.policy-admission.json")
        .ok_or("examples/allowed-activation.policy-admission.json is missing or invalid")?;
    let grant = example(ctx, "active-activation.agent-registry-grant.json")
        .ok_or("examples/active-activation.agent-registry-grant.json is missing or invalid")?;
    let receipt = example(
        ctx,
        "local-podman-llama-cpp-quadlet.deployment-receipt.json",
    )
    .ok_or(
        "examples/local-podman-llama-cpp-quadlet.deployment-receipt.json is missing or invalid",
    )?;
    let storage: Vec<crate::contracts::StorageReceipt> =
        example(ctx, "local-lvm-warm-cache.storage-receipt.json")
            .into_iter()
            .collect();
    let tiers: Vec<crate::contracts::CacheTier> = [
        "workstation-models.cache-tier.json",
        "workstation-warm-cache.cache-tier.json",
    ]
    .into_iter()
    .filter_map(|name| example(ctx, name))
    .collect();
    let source =
        crate::render::Source::new("examples/local-podman-llama-cpp.agent-pod.json", pod_digest);
    let inputs = crate::governance::activation::Inputs {
        pod: &pod,
        source: &source,
        tiers: &tiers,
        admission: (drop != Some("admission")).then_some(&admission),
        grant: (drop != Some("grant")).then_some(&grant),
        receipt: crate::governance::activation::ReceiptInput::Document(&receipt),
        storage_receipts: &storage,
        decided_at: "2026-05-12T09:20:00Z",
        machine_id: None,
        provider_id: None,
        decision_id: None,
        strict: false,
    };
    crate::governance::activation::evaluate(&inputs).map_err(|e| e.to_string())
}

/// P1/P2: the examples' admission (grant) is accepted through its interface —
/// no `admission-*` (`grant-*`) reason with the full reference set — and
/// without it, activation fails closed with `admission-missing`
/// (`grant-missing`). Run in-process.
pub fn fails_closed_without(ctx: &Context, input: &str) -> Outcome {
    let prefix = format!("{input}-");
    let (full, without) = match (decide(ctx, None), decide(ctx, Some(input))) {
        (Ok(f), Ok(w)) => (f, w),
        (Err(e), _) | (_, Err(e)) => return Outcome::fail(e),
    };
    let refused: Vec<&str> = full
        .decision
        .failure_reasons
        .iter()
        .map(String::as_str)
        .filter(|r| r.starts_with(&prefix))
        .collect();
    if !refused.is_empty() {
        return Outcome::fail(format!(
            "the examples' {input} is refused through its interface: {}",
            refused.join(", ")
        ));
    }
    let missing = format!("{input}-missing");
    if !without.decision.activation_allowed
        && without
            .decision
            .failure_reasons
            .iter()
            .any(|r| r == &missing)
    {
        Outcome::pass(format!(
            "the examples' {input} is accepted; without it the decision is {} ({})",
            without.decision.status,
            without.decision.failure_reasons.join(", ")
        ))
    } else {
        Outcome::fail(format!(
            "with no {input} the decision is {}",
            without.decision.status
        ))
    }
}

/// P3: evidence cannot report running without an allowed decision — run in-process.
pub fn evidence_needs_allowed(ctx: &Context) -> Outcome {
    let (Some(pod), Some(decision)) = (
        example::<AgentPod>(ctx, "k8s-topolvm.agent-pod.json"),
        example::<crate::contracts::ActivationDecision>(
            ctx,
            "fail-closed.activation-decision.json",
        ),
    ) else {
        return Outcome::fail("the k8s-topolvm pod or the fail-closed decision example is missing");
    };
    let facts = crate::governance::evidence::Facts {
        event: "activation",
        pod: &pod,
        decision: &decision,
        admission: None,
        grant: None,
        receipt: None,
        status: "running",
        observed_at: "2026-05-12T09:21:00Z",
        runtime_version: "gate",
        probe_version: crate::VERSION,
        model_digest: None,
        tokenizer_digest: None,
        node_name: None,
    };
    match crate::governance::evidence::build(&facts) {
        Err(crate::governance::evidence::EvidenceError::NotAllowed { .. }) => {}
        Err(e) => return Outcome::fail(format!("refused for another reason: {e}")),
        Ok(_) => return Outcome::fail("running evidence was built for a fail-closed decision"),
    }
    let mut problems = Vec::new();
    let docs = documents(ctx, "examples");
    let evidence: Vec<_> = docs
        .iter()
        .filter(|d| d.value["kind"] == "AgentPlaneRuntimeEvidence")
        .collect();
    for doc in &evidence {
        if let Some(why) = crate::rules::semantics::running_without_authority(&doc.value) {
            problems.push(format!("{}: {why}", rel(ctx, Path::new(&doc.source))));
        }
    }
    if problems.is_empty() {
        Outcome::pass(format!(
            "running evidence for a fail-closed decision is refused; {} evidence examples report running only with an allowed admission and an active grant",
            evidence.len()
        ))
    } else {
        Outcome::fail(problems.join("; "))
    }
}

/// The probe P4 judges (the library's, or a stand-in that a test breaks).
pub type ProbeFn = dyn Fn(
    &crate::host::probe::View,
    &str,
) -> Result<crate::host::probe::Report, crate::host::probe::ProbeError>;

/// P4: discovery is separate from activation: the probe only observes.
pub fn probe_separate(ctx: &Context) -> Outcome {
    probe_judged(ctx, &crate::host::probe::probe)
}

/// P4 with the probe `probe`: on a fake `PATH` holding a stub for every
/// provider the probe looks for ([`crate::host::probe::PROVIDERS`]) — each stub,
/// if executed, leaves a marker file — and an empty root, the probe must
/// report every stub as a `probe-only` provider found at its path, run none
/// of them and write nothing. The side-effect test (`tests/it/probe.rs`) is
/// CI's proof.
pub fn probe_judged(ctx: &Context, probe: &ProbeFn) -> Outcome {
    use std::os::unix::fs::PermissionsExt as _;
    if !ctx.path("tests/it/probe.rs").is_file() {
        return Outcome::fail("tests/it/probe.rs (the side-effect test) is missing");
    }
    let scratch = match super::validators::Scratch::new() {
        Ok(s) => s,
        Err(e) => return Outcome::fail(e),
    };
    let (bin, root, ran) = (
        scratch.path().join("bin"),
        scratch.path().join("root"),
        scratch.path().join("ran"),
    );
    let listing = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = walk(dir)
            .files
            .iter()
            .map(|f| f.strip_prefix(dir).unwrap_or(f).display().to_string())
            .collect();
        names.sort();
        names
    };
    let mut stubs = Vec::new();
    for dir in [&bin, &root, &ran] {
        if let Err(e) = std::fs::create_dir(dir) {
            return Outcome::fail(format!("{}: {e}", dir.display()));
        }
    }
    for (name, ..) in crate::host::probe::PROVIDERS {
        let stub = bin.join(name);
        let body = format!(
            "#!/bin/sh\n# A provider stub of the gate (P4): running it is activation.\n: > '{}'\n",
            ran.join(name).display()
        );
        if let Err(e) = std::fs::write(&stub, body)
            .and_then(|()| std::fs::set_permissions(&stub, std::fs::Permissions::from_mode(0o755)))
        {
            return Outcome::fail(format!("{}: {e}", stub.display()));
        }
        stubs.push((*name, stub));
    }
    if stubs.is_empty() {
        return Outcome::fail("the probe looks for no provider, so nothing shows it only observes");
    }
    let before = listing(scratch.path());
    let view = crate::host::probe::View {
        root: root.clone(),
        path: vec![bin.clone()],
    };
    let report = match probe(&view, std::env::consts::ARCH) {
        Ok(r) => r,
        Err(e) => return Outcome::fail(e.to_string()),
    };
    let mut problems = Vec::new();
    let executed = listing(&ran);
    if !executed.is_empty() {
        problems.push(format!(
            "the probe executed provider stubs: {}",
            executed.join(", ")
        ));
    }
    let after = listing(scratch.path());
    if before.len() + executed.len() != after.len() {
        problems.push("the probe wrote files".into());
    }
    for (name, stub) in &stubs {
        let found: Vec<_> = report
            .providers
            .iter()
            .filter(|p| *p.runtime.command_ref == *stub.to_string_lossy())
            .collect();
        match found.as_slice() {
            [p] if p.status.to_string() == "probe-only" => {}
            [p] => problems.push(format!("{name} was reported {}, not probe-only", p.status)),
            _ => problems.push(format!(
                "{name} on PATH was not reported as a probe-only provider at {}",
                stub.display()
            )),
        }
    }
    if report.providers.len() != stubs.len() {
        problems.push(format!(
            "{} providers reported for {} stubs on PATH",
            report.providers.len(),
            stubs.len()
        ));
    }
    if !problems.is_empty() {
        return Outcome::fail(problems.join("; "));
    }
    match ctx.ci("P4", "tests/it/probe.rs (booby-trapped PATH, fake root)") {
        o if o.status == super::Status::Fail => o,
        o => Outcome {
            status: o.status,
            evidence: format!(
                "the probe found {} provider stubs on a fake PATH ({}), each probe-only, and ran none; {}",
                stubs.len(),
                stubs.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
                o.evidence
            ),
        },
    }
}

/// P5: local LVM and TopoLVM storage profiles have receipt plans — run in-process.
pub fn storage_plans(ctx: &Context) -> Outcome {
    let tiers: Vec<CacheTier> = json_files(&ctx.path("examples"))
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(".cache-tier.json"))
        .filter_map(|f| serde_json::from_str(&crate::base::input::read_text(f).ok()?).ok())
        .collect();
    let mut backends = std::collections::BTreeSet::new();
    for (_, pod) in example_pods(ctx) {
        if let Ok(planned) = crate::governance::storage::plan(
            &pod,
            &tiers,
            "urn:srcos:agent-machine:gate",
            "1970-01-01T00:00:00Z",
        ) {
            backends.extend(
                planned
                    .iter()
                    .filter(|p| !p.steps.is_empty())
                    .map(|p| p.receipt.backend.to_string()),
            );
        }
    }
    if backends.contains("local-lvm") && backends.contains("topolvm-k8s") {
        Outcome::pass("storage plans with provisioning steps for local-lvm and topolvm-k8s")
    } else {
        Outcome::fail(format!("storage plans exist only for {backends:?}"))
    }
}

/// E1: in-process, bundle the tree with the report of the other items
/// twice (identical), sign with a throwaway
/// key, verify, then tamper and see verification fail.
pub fn signed_bundle(ctx: &Context, report: &super::Report) -> Outcome {
    let facts = crate::release::bundle::Facts {
        name: "gate".into(),
        repository: "gate".into(),
        branch: "gate".into(),
        commit_sha: "0".repeat(40),
        generated_at: "1970-01-01T00:00:00Z".into(),
    };
    let render = || {
        crate::release::bundle::bundle(ctx, &facts, report)
            .map(|b| serde_json::to_vec_pretty(&b).expect("serializes"))
    };
    let (a, b) = match (render(), render()) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return Outcome::fail(e.to_string()),
    };
    if a != b {
        return Outcome::fail("two bundles of the same tree differ");
    }
    let result = crate::release::bundle::keygen().and_then(|keys| {
        let (signature, envelope) =
            crate::release::bundle::sign(&a, &keys.secret, "bundle.json.minisig")?;
        crate::release::bundle::verify(&a, &signature, &keys.public, Some(&envelope))?;
        let mut tampered = a.clone();
        tampered[10] ^= 1;
        let other = crate::release::bundle::keygen()?;
        Ok(
            crate::release::bundle::verify(&tampered, &signature, &keys.public, None).is_err()
                && crate::release::bundle::verify(&a, &signature, &other.public, None).is_err(),
        )
    });
    match result {
        Ok(true) => Outcome::pass(
            "bundle deterministic; minisign signature verifies; a changed byte or another key fails",
        ),
        Ok(false) => Outcome::fail("a tampered bundle or another key still verified"),
        Err(e) => Outcome::fail(e.to_string()),
    }
}

/// I1: the Homebrew formula agrees with Cargo.toml, builds from source and
/// has a test block that runs the CLI; running that block is CI's proof.
pub fn formula(ctx: &Context) -> Outcome {
    use crate::release::packaging;
    let Some(formula) = ctx.read(packaging::FORMULA) else {
        return Outcome::fail(format!("{} is missing", packaging::FORMULA));
    };
    let facts = match ctx.read("Cargo.toml").map(|t| packaging::package(&t)) {
        Some(Ok(f)) => f,
        Some(Err(e)) => return Outcome::fail(e),
        None => return Outcome::fail("Cargo.toml is missing"),
    };
    let problems = packaging::check_formula(&formula, &facts);
    if !problems.is_empty() {
        return Outcome::fail(format!("{}: {}", packaging::FORMULA, problems.join("; ")));
    }
    ctx.ci(
        "I1",
        "tests/it/formula.rs (the formula's test block, run against the built CLI)",
    )
}

/// I2: the tap's copy of the formula (`--tap`) comes from outside the
/// repository ([`super::tap_origin`]) and is byte-identical.
pub fn tap_sync(ctx: &Context) -> Outcome {
    use crate::release::packaging;
    let Ok(ours) = crate::base::input::read_file_limited(
        ctx.path(packaging::FORMULA),
        crate::base::json::DEFAULT_MAX_BYTES,
    ) else {
        return Outcome::fail(format!("{} is missing", packaging::FORMULA));
    };
    let Some(tap) = &ctx.tap else {
        return Outcome::not_run(
            "the tap's copy was not given; pass --tap <tap>/Formula/agent-machine.rb",
        );
    };
    if let Err(e) = super::tap_origin(&ctx.root, tap) {
        return Outcome::fail(e);
    }
    match crate::base::input::read_file_limited(tap, crate::base::json::DEFAULT_MAX_BYTES) {
        Err(e) => Outcome::fail(format!("{}: cannot read: {e}", tap.display())),
        Ok(theirs) => match packaging::tap_in_sync(&ours, &theirs) {
            Ok(digest) => Outcome::pass(format!(
                "{} is identical to {} ({digest})",
                tap.display(),
                packaging::FORMULA
            )),
            Err(e) => Outcome::fail(format!("{} is out of sync: {e}", tap.display())),
        },
    }
}

/// Where the messages for a missing external tool send the operator.
const INSTALLER: &str = "scripts/install-validators.sh";

/// I3's behaviour, in-process: each external tool the gate runs
/// (`--validators`: [`super::validators::TOOLS`]), when it is not there or
/// cannot be started (a stub whose interpreter is missing), gives a message
/// naming the tool and [`INSTALLER`]; the tree's installer puts every such
/// tool in place (`$prefix/bin/<tool>`); and `doctor` on a machine with
/// nothing on `PATH` reports every program it looks for missing, each with
/// what to do.
fn missing_tools_are_named(ctx: &Context) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt as _;
    let mut problems = Vec::new();
    let scratch = match super::validators::Scratch::new() {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    for tool in super::validators::TOOLS {
        let absent = scratch.path().join("absent").join(tool);
        let stub = scratch.path().join("stubs").join(tool);
        let made = std::fs::create_dir_all(stub.parent().unwrap_or(scratch.path()))
            .and_then(|()| std::fs::write(&stub, "#!/nonexistent/agent-machine-gate-interpreter\n"))
            .and_then(|()| std::fs::set_permissions(&stub, std::fs::Permissions::from_mode(0o755)));
        if let Err(e) = made {
            problems.push(format!("{}: {e}", stub.display()));
            continue;
        }
        for (what, path) in [("absent", &absent), ("unstartable", &stub)] {
            match super::validators::start(path) {
                Ok(()) => problems.push(format!("the {what} {tool} ran")),
                Err(e) if e.contains(tool) && e.contains(INSTALLER) => {}
                Err(e) => problems.push(format!(
                    "an {what} {tool} gives a message that does not name it and {INSTALLER}: {e}"
                )),
            }
        }
        let installs = ctx.read(INSTALLER).is_some_and(|t| {
            t.lines().any(|l| {
                let l = l.trim_start();
                !l.starts_with('#')
                    && (l.starts_with("install ") || l.starts_with("ln "))
                    && l.trim_end().ends_with(&format!("\"$prefix/bin/{tool}\""))
            })
        });
        if !installs {
            problems.push(format!(
                "{INSTALLER}, which the message for a missing {tool} names, does not install it (to \"$prefix/bin/{tool}\")"
            ));
        }
    }
    let empty = scratch.path().join("empty-root");
    let _ = std::fs::create_dir(&empty);
    let host = crate::host::doctor::Host {
        view: crate::host::probe::View {
            root: empty,
            path: Vec::new(),
        },
        home: None,
        config_home: None,
        runtime_dir: None,
        user: None,
    };
    let programs: Vec<_> = crate::host::doctor::doctor(&host)
        .into_iter()
        .filter(|f| f.detail == format!("{} is not on PATH", f.id))
        .collect();
    if programs.is_empty() {
        problems.push("doctor names no missing program on an empty machine".into());
    }
    for f in programs {
        if f.state != crate::host::doctor::State::Missing || f.remediation.trim().is_empty() {
            problems.push(format!(
                "doctor: a missing {} is not reported with a remediation",
                f.id
            ));
        }
    }
    problems
}

/// I3: missing external tools give direct, actionable errors — checked by
/// behaviour (`missing_tools_are_named`); no source that runs an external
/// tool lacks a "not found" message, and the tests' external tools say how
/// to install them; the CLI tests' result comes from CI.
pub fn external_tools(ctx: &Context) -> Outcome {
    let behaviour = missing_tools_are_named(ctx);
    let mut files = Vec::new();
    walk_files(&ctx.path("src"), &mut files);
    files.sort();
    let mut problems: Vec<String> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "rs"))
        .filter_map(|f| {
            let text = crate::base::input::read_text(f).ok()?;
            (text.contains("Command::new") && !text.contains("ErrorKind::NotFound")).then(|| {
                format!(
                    "{} runs an external tool without a direct message when it is missing",
                    rel(ctx, f)
                )
            })
        })
        .collect();
    if !says(
        ctx,
        "tests/it/support/mod.rs",
        "run scripts/install-validators.sh",
    ) {
        problems.push(
            "tests/it/support/mod.rs does not say how to install a missing external validator"
                .into(),
        );
    }
    if files.is_empty() {
        problems.push("no sources under src/".into());
    }
    problems.extend(behaviour);
    if problems.is_empty() {
        match ctx.ci("I3", "tests/it/cli.rs and tests/it/external_validators.rs") {
            o if o.status == super::Status::Fail => o,
            o => Outcome {
                status: o.status,
                evidence: format!(
                    "an absent or unstartable {} names itself and {INSTALLER}, which installs it; doctor says what to do for every program it misses; {}",
                    super::validators::TOOLS.join(" or "),
                    o.evidence
                ),
            },
        }
    } else {
        Outcome::fail(problems.join("; "))
    }
}

/// R6: the external-validator tests exist and CI cannot skip them; the
/// validators themselves run on the skeletons when `--validators` names
/// their directory, and otherwise the result is CI's.
/// R7: the runtime proof exists, runs real Podman, is installed for CI, and
/// CI reports that it passed (never assumed).
pub fn runtime_proof(ctx: &Context) -> Outcome {
    let test = "tests/it/runtime.rs";
    let mut problems = Vec::new();
    for needle in [
        "support::validator(\"podman\")",
        "fn every_rendered_unit_starts_and_runs_as_the_posture_says",
        "fn the_harness_sees_each_breakage_on_the_running_container",
    ] {
        if !says(ctx, test, needle) {
            problems.push(format!("{test} does not have {needle}"));
        }
    }
    if !says(ctx, "scripts/install-validators.sh", "apt_install podman") {
        problems.push("scripts/install-validators.sh does not install podman".into());
    }
    if !problems.is_empty() {
        return Outcome::fail(problems.join("; "));
    }
    ctx.ci("R7", test)
}

/// R6: the real Quadlet generator and `kubernetes-validate --strict` accept
/// every skeleton (run by the gate itself when given `--validators`), and the
/// test that runs them in CI exists.
pub fn external_validators(ctx: &Context) -> Outcome {
    let test = "tests/it/external_validators.rs";
    let mut problems = Vec::new();
    for tool in [
        "support::validator(\"quadlet\")",
        "support::validator(\"kubernetes-validate\")",
    ] {
        if !says(ctx, test, tool) {
            problems.push(format!("{test} does not run {tool}"));
        }
    }
    if !says(ctx, ".ci/run", "AGENT_MACHINE_REQUIRE_VALIDATORS=1") {
        problems.push(
            ".ci/run does not set AGENT_MACHINE_REQUIRE_VALIDATORS=1: CI could skip the validators"
                .into(),
        );
    }
    if !problems.is_empty() {
        return Outcome::fail(problems.join("; "));
    }
    let ci = ctx.ci("R6", test);
    match (ctx.validated(), &ctx.validators) {
        (Some(Err(e)), Some(dir)) => Outcome::fail(format!(
            "the validators in {} are not the real tools: {e}",
            dir.display()
        )),
        // Never greener than CI: its `fail` wins over the gate's own pass
        // (CI runs every supported Kubernetes version; the gate one).
        (Some(Ok(ran)), _) if ci.status == super::Status::Fail => Outcome::fail(format!(
            "{}; the gate's own run: {}",
            ci.evidence, ran.evidence
        )),
        (Some(Ok(ran)), _) => ran.clone(),
        (Some(Err(e)), None) => Outcome::fail(e.to_string()),
        (None, Some(dir)) => match ci {
            o if o.status == super::Status::NotRun => Outcome::not_run(format!(
                "{}: quadlet or kubernetes-validate is not there (scripts/install-validators.sh); {}",
                dir.display(),
                o.evidence
            )),
            o => o,
        },
        (None, None) => ci,
    }
}

/// What CI's script runs, by kind of validation (V3): the kind, the file
/// that runs it and what in that file shows it.
const VALIDATIONS: &[(&str, &str, &str)] = &[
    (
        "YAML",
        "tests/it/external_validators.rs",
        "kubernetes-validate",
    ),
    (
        "Quadlet",
        "tests/it/external_validators.rs",
        "support::validator(\"quadlet\")",
    ),
    (
        "JSON",
        "scripts/validate.sh",
        "agent-machine validate examples/",
    ),
    (
        "library import",
        "tests/it/examples.rs",
        "use agent_machine::",
    ),
    ("CLI", "tests/it/cli.rs", "trycmd::TestCases"),
    (
        "render",
        "scripts/validate.sh",
        "agent-machine skeletons check",
    ),
    ("formula", "tests/it/formula.rs", "formula_test.rb"),
];

/// V3: every kind of validation runs in CI's script; the gate lists which.
pub fn validations_run(ctx: &Context) -> Outcome {
    let script = "scripts/validate.sh";
    let mut ran = Vec::new();
    let mut problems = Vec::new();
    let tests_run = says(ctx, script, "cargo test --locked");
    if !tests_run {
        problems.push(format!("{script} does not run cargo test --locked"));
    }
    for (kind, file, marker) in VALIDATIONS {
        if says(ctx, file, marker) && (file.starts_with("scripts/") || tests_run) {
            ran.push(format!("{kind} ({file})"));
        } else {
            problems.push(format!("{kind} validation does not run ({file})"));
        }
    }
    if problems.is_empty() {
        match ctx.ci("V3", script) {
            o if o.status == super::Status::Fail => o,
            o => Outcome {
                status: o.status,
                evidence: format!("{}; runs {}", o.evidence, ran.join(", ")),
            },
        }
    } else {
        Outcome::fail(problems.join("; "))
    }
}
