//! The contracts items (C1–C6): valid schemas inside the profile, examples and
//! counter-examples, identities, the promotion path, the generated types, and
//! forbidden content that cannot be constructed.

#[allow(unused_imports)]
use super::*;
use crate::release::gate::{Check, Item};

/// The items of this area, in report order.
pub static ITEMS: [Item; 6] = [
    Item {
        id: "C1",
        home: "contracts/",
        area: "contracts",
        level: P,
        requirement: "every schema under contracts/ is a valid draft 2020-12 schema inside the typify-safe profile",
        remediation: "fix the schema the evidence names (docs/contracts.md, typify-safe profile)",
        ci: false,
        check: Check::Tree(schemas_valid),
    },
    Item {
        id: "C2",
        home: "examples/",
        area: "contracts",
        level: P,
        requirement: "every example validates by kind; every counter-example is rejected",
        remediation: "fix the example, or the counter-example's one defect",
        ci: false,
        check: Check::Tree(examples_and_counter_examples),
    },
    Item {
        id: "C3",
        home: "docs/contracts.md",
        area: "contracts",
        level: B,
        requirement: "contract ids and versioning rules are documented and enforced ($id, specVersion, file name, kind agree)",
        remediation: "align $id with the file name and specVersion; keep docs/contracts.md's versioning section",
        ci: false,
        check: Check::Tree(ids_and_versioning),
    },
    Item {
        id: "C4",
        home: "docs/contracts.md",
        area: "contracts",
        level: B,
        requirement: "the promotion path into the shared SourceOS spec repository is defined",
        remediation: "describe the promotion steps in docs/contracts.md",
        ci: false,
        check: Check::Tree(promotion_path),
    },
    Item {
        id: "C5",
        home: "build.rs",
        area: "contracts",
        level: B,
        requirement: "Rust types are generated from every contract at build time; examples compile as typed values",
        remediation: "rebuild; fix the example that does not deserialize",
        ci: false,
        check: Check::Tree(codegen),
    },
    Item {
        id: "C6",
        home: "tests/compile-fail/ui/forbidden/",
        area: "contracts",
        level: X,
        requirement: "forbidden content (raw prompts, KV-cache, private memory, secrets) cannot be constructed in receipts",
        remediation: "keep every receipt and evidence kind closed to forbidden fields, in its type, its validation and contracts/, and its receiptSafety flags const false; add the compile-fail case and its .stderr (TRYBUILD=overwrite); run the suite in CI",
        ci: true,
        check: Check::Tree(forbidden_content),
    },
];

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
        let file_name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        // An archived contract lives in contracts/v<version>/.
        let archived = f
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix('v'));
        let (_, violations) = crate::contracts::profile::identity(&doc.value, file_name, archived);
        for v in violations {
            problems.push(format!("{}: {}: {}", rel(ctx, f), v.pointer, v.message));
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
        let contract = match ctx.read(info.file).and_then(|t| parsed::<Value>(&t)) {
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
            .find_map(|f| Some((f, parsed::<Value>(&crate::base::input::read_text(f).ok()?)?)));
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
        o if o.status == crate::release::gate::Status::Fail => o,
        o => Outcome {
            status: o.status,
            evidence: format!(
                "{refused} receipts and evidence with forbidden content refused by the generated types, validation and the tree's contracts; {}",
                o.evidence
            ),
        },
    }
}
