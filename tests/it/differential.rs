//! Differential conformance: for every example, counter-example and (when
//! present) SourceOS conformance document, "the JSON Schema validator accepts
//! it" and "it deserializes into the generated type" agree, and a valid
//! document re-serializes to exactly itself.

use crate::support;

use std::path::Path;

use agent_machine::base::json::{Limits, ParseError, parse};
use agent_machine::contracts::Kind;
use agent_machine::governance::validate::validator_for;

/// The kind a file is checked against: the slug in its name
/// (`<name>.<slug>.json`), so a document that lies about its `kind` is
/// checked against the kind its file says it is.
/// Files named otherwise (the SourceOS corpus) are checked by their `kind`.
fn kind_for(path: &Path, value: &serde_json::Value) -> Kind {
    let name = path.file_name().unwrap().to_str().unwrap();
    let stem = name.trim_end_matches(".json");
    Kind::ALL
        .iter()
        .copied()
        .filter(|k| stem.ends_with(&format!(".{}", k.info().slug)))
        .max_by_key(|k| k.info().slug.len())
        .or_else(|| value["kind"].as_str().and_then(Kind::from_name))
        .unwrap_or_else(|| panic!("{name}: neither the file name nor `kind` names a contract"))
}

struct Verdict {
    schema_valid: bool,
    typed_valid: bool,
}

fn verdict(path: &Path) -> Result<Verdict, ParseError> {
    let bytes = std::fs::read(path).unwrap();
    let value = parse(&bytes, Limits::default())?;
    let kind = kind_for(path, &value);
    let schema_valid = validator_for(kind, &value).is_valid(&value);
    let typed = kind.round_trip(&value);
    if let Ok(back) = &typed {
        let diff = support::json_diff(&value, back);
        assert!(
            diff.is_empty(),
            "{}: the typed value re-serializes differently:\n{}",
            path.display(),
            diff.join("\n")
        );
    }
    Ok(Verdict {
        schema_valid,
        typed_valid: typed.is_ok(),
    })
}

fn assert_agree(path: &Path, v: &Verdict) {
    assert_eq!(
        v.schema_valid,
        v.typed_valid,
        "{}: the schema says {}, the generated type says {}",
        path.display(),
        if v.schema_valid { "valid" } else { "invalid" },
        if v.typed_valid { "valid" } else { "invalid" },
    );
}

#[test]
fn examples_are_valid_under_both() {
    let files = support::json_files(&support::root().join("examples"));
    assert!(files.len() >= 14, "one example per kind at least");
    for path in files {
        let v = verdict(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_agree(&path, &v);
        assert!(
            v.schema_valid,
            "{}: an example must be valid",
            path.display()
        );
    }
}

#[test]
fn counter_examples_are_rejected_by_both() {
    let files = support::json_files(&support::root().join("tests/fixtures/invalid"));
    assert!(files.len() >= 10);
    for path in files {
        match verdict(&path) {
            // Rejected before either side sees it: they can never disagree.
            Err(ParseError::DuplicateKey { .. }) => {}
            Err(e) => panic!("{}: a counter-example must be JSON: {e}", path.display()),
            Ok(v) => {
                assert_agree(&path, &v);
                assert!(
                    !v.schema_valid,
                    "{}: a counter-example must be rejected",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn conformance_corpus_is_valid_under_both() {
    let Some(dir) = support::conformance_dir() else {
        return;
    };
    let files = support::json_files(&dir.join("sourceos-v0.1.0"));
    assert_eq!(files.len(), 25);
    for path in files {
        let v = verdict(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_agree(&path, &v);
        assert!(v.schema_valid, "{}", path.display());
    }
}

/// One row of the table in `tests/fixtures/invalid/README.md`.
#[derive(Debug)]
struct Row {
    file: String,
    defect: String,
    pointer: String,
    keyword: String,
}

/// The counter-example table of `tests/fixtures/invalid/README.md`, read from
/// the README itself: the document is the oracle, not a copy of it.
fn readme_rows() -> Vec<Row> {
    let text =
        std::fs::read_to_string(support::root().join("tests/fixtures/invalid/README.md")).unwrap();
    let unquote = |cell: &str| {
        let cell = cell.trim();
        let cell = cell
            .strip_prefix('`')
            .and_then(|c| c.strip_suffix('`'))
            .unwrap_or_else(|| panic!("README cell {cell:?} is not one `code` span"));
        // `""` is how the table writes the root pointer.
        if cell == "\"\"" {
            String::new()
        } else {
            cell.to_string()
        }
    };
    let rows: Vec<Row> = text
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
            assert_eq!(
                cells.len(),
                4,
                "README row with {} cells: {line}",
                cells.len()
            );
            Row {
                file: unquote(cells[0]),
                defect: cells[1].trim().to_string(),
                pointer: unquote(cells[2]),
                keyword: unquote(cells[3]),
            }
        })
        .collect();
    assert!(
        rows.len() >= 23,
        "only {} rows read from the README",
        rows.len()
    );
    rows
}

/// The member an `additionalProperties` row names: the first `code` span of
/// its defect that is not a pointer (`debugShell`, `mediaType`, `rawPrompt`).
fn unknown_member(row: &Row) -> String {
    row.defect
        .split('`')
        .skip(1)
        .step_by(2)
        .next()
        .unwrap_or_else(|| panic!("{}: the defect names no member", row.file))
        .to_string()
}

/// `(instance pointer, keyword)` of every error the schema validator reports.
fn schema_errors(kind: Kind, value: &serde_json::Value) -> Vec<(String, String)> {
    let mut errors: Vec<(String, String)> = validator_for(kind, value)
        .iter_errors(value)
        .map(|e| {
            (
                e.instance_path().as_str().to_string(),
                e.kind().keyword().to_string(),
            )
        })
        .collect();
    errors.sort();
    errors
}

/// Every counter-example is in the README table and every row has its file;
/// each file is rejected with exactly the pointer and keyword of its row —
/// by the schema validator, by the diagnostics `validate` reports and (where
/// it is installed) by Python's `jsonschema` as a second opinion.
#[test]
fn counter_examples_fail_at_the_pointer_and_keyword_their_readme_states() {
    use agent_machine::base::input::{InputError, read_document};
    use agent_machine::governance::validate::{Mode, schema_diagnostics, validate};
    let dir = support::root().join("tests/fixtures/invalid");
    let rows = readme_rows();
    let mut on_disk: Vec<String> = support::json_files(&dir)
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    on_disk.sort();
    let mut in_table: Vec<String> = rows.iter().map(|r| r.file.clone()).collect();
    in_table.sort();
    let mut unique = in_table.clone();
    unique.dedup();
    assert_eq!(in_table, unique, "a file has two rows in the README");
    assert_eq!(
        on_disk, in_table,
        "the files of tests/fixtures/invalid and the rows of its README differ"
    );

    let mut wrong = Vec::new();
    // What `agent-machine validate --format json` must say of each file.
    let mut cli_expected: std::collections::BTreeMap<String, Vec<(String, String)>> =
        Default::default();
    for row in &rows {
        let path = dir.join(&row.file);
        if row.keyword == "duplicate-key" {
            // Parse-level: refused before any schema is applied.
            // The parser names the object and the key apart (the diagnostic
            // points at the object); the row's pointer is the two joined.
            match read_document(&path, Limits::default()) {
                Err(
                    e @ InputError::Parse {
                        error: ParseError::DuplicateKey { .. },
                        ..
                    },
                ) => {
                    let InputError::Parse {
                        error: ParseError::DuplicateKey { key, pointer, .. },
                        ..
                    } = &e
                    else {
                        unreachable!()
                    };
                    let member = format!(
                        "{pointer}/{}",
                        agent_machine::base::json::escape_pointer_segment(key)
                    );
                    let d = e.to_diagnostic();
                    cli_expected
                        .insert(row.file.clone(), vec![(d.pointer.clone(), d.rule.clone())]);
                    if (member.as_str(), d.rule.as_str(), d.pointer.as_str())
                        != (row.pointer.as_str(), row.keyword.as_str(), pointer.as_str())
                    {
                        wrong.push(format!(
                            "{}: parser says key {key:?} of {pointer:?}, diagnostic {:?} [{}]; README says {:?} [{}]",
                            row.file, d.pointer, d.rule, row.pointer, row.keyword
                        ));
                    }
                }
                other => wrong.push(format!(
                    "{}: expected a parse error, got {other:?}",
                    row.file
                )),
            }
            continue;
        }
        let doc = read_document(&path, Limits::default())
            .unwrap_or_else(|e| panic!("{}: a counter-example must be JSON: {e}", row.file));
        let kind = kind_for(&path, &doc.value);
        // The raw schema errors: exactly one, the row's.
        let errors = schema_errors(kind, &doc.value);
        let expected = vec![(row.pointer.clone(), row.keyword.clone())];
        if errors != expected {
            wrong.push(format!(
                "{}: schema errors {errors:?}, README says {expected:?}",
                row.file
            ));
        }
        // The diagnostics users see: one, with rule `schema/<keyword>`; an
        // unknown member is named in the pointer (the object + the member).
        let pointer = if row.keyword == "additionalProperties" {
            format!(
                "{}/{}",
                row.pointer,
                agent_machine::base::json::escape_pointer_segment(&unknown_member(row))
            )
        } else {
            row.pointer.clone()
        };
        let want = vec![(pointer, format!("schema/{}", row.keyword))];
        cli_expected.insert(row.file.clone(), want.clone());
        let seen = |list: &[agent_machine::base::diagnostic::Diagnostic]| -> Vec<(String, String)> {
            list.iter()
                .map(|d| (d.pointer.clone(), d.rule.clone()))
                .collect()
        };
        let got = seen(&schema_diagnostics(&doc, kind));
        if got != want {
            wrong.push(format!(
                "{}: diagnostics {got:?}, expected {want:?}",
                row.file
            ));
        }
        // `validate` dispatches by the document's own `kind`: where that is
        // the file's kind, its full report says the same and nothing more.
        if doc.value["kind"] == kind.info().kind {
            let report = validate(&doc, Mode::default());
            let got = seen(&report.diagnostics);
            if got != want {
                wrong.push(format!(
                    "{}: validate says {got:?}, expected {want:?}",
                    row.file
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    cli_agrees(&cli_expected);
    python_agrees(&dir, &rows);
}

/// The CLI over the whole directory (`validate --format json`, exit 1): each
/// file invalid with exactly the diagnostics the library gave. The CLI picks
/// the contract by the document's `kind`, so the file that lies about its kind
/// (`wrong-kind.deployment-receipt.json`, claiming AgentPod) is checked as
/// what it claims: invalid, but not for the DeploymentReceipt row's reason.
fn cli_agrees(expected: &std::collections::BTreeMap<String, Vec<(String, String)>>) {
    let out = std::process::Command::new(support::bin())
        .args(["validate", "--format", "json", "tests/fixtures/invalid"])
        .current_dir(support::root())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let documents = report["documents"].as_array().unwrap();
    assert_eq!(documents.len(), expected.len(), "one entry per file");
    let mut wrong = Vec::new();
    for document in documents {
        let file = document["file"].as_str().unwrap();
        let name = file.rsplit('/').next().unwrap();
        if document["status"] != "invalid" {
            wrong.push(format!("{name}: {}", document["status"]));
        }
        let got: Vec<(String, String)> = document["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["pointer"].as_str().unwrap().to_string(),
                    d["rule"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        if name == "wrong-kind.deployment-receipt.json" {
            assert_eq!(document["kind"], "AgentPod", "dispatched by its claim");
            continue;
        }
        let Some(want) = expected.get(name) else {
            wrong.push(format!("{name}: not a counter-example of the table"));
            continue;
        };
        if &got != want {
            wrong.push(format!("{name}: the CLI says {got:?}, expected {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Python's `jsonschema` (Draft 2020-12), run over every counter-example:
/// `[[pointer, keyword], …]` per file, sorted.
const PYTHON_ORACLE: &str = r#"
import json, sys
from jsonschema import Draft202012Validator
def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)
out = []
for job in json.load(sys.stdin):
    with open(job["schema"], encoding="utf-8") as f:
        schema = json.load(f)
    with open(job["instance"], encoding="utf-8") as f:
        instance = json.load(f)
    errors = Draft202012Validator(schema).iter_errors(instance)
    out.append(sorted([pointer(e.absolute_path), e.validator] for e in errors))
json.dump(out, sys.stdout)
"#;

/// The second opinion: Python's `jsonschema` rejects each counter-example at
/// the README's pointer with its keyword — except where the README's notes
/// explain that it cannot, and there the divergence itself is asserted.
fn python_agrees(dir: &Path, rows: &[Row]) {
    use std::io::Write as _;
    let Some(python) = support::python_with_jsonschema() else {
        return;
    };
    let jobs: Vec<serde_json::Value> = rows
        .iter()
        .map(|row| {
            let path = dir.join(&row.file);
            let value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
            // The contract version the document names judges it.
            let contract = kind_for(&path, &value)
                .contract_for(value.get("specVersion").and_then(|v| v.as_str()));
            serde_json::json!({
                "schema": support::root().join(contract.file),
                "instance": path,
            })
        })
        .collect();
    let mut child = std::process::Command::new(&python)
        .args(["-c", PYTHON_ORACLE])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&jobs).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "python jsonschema failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let verdicts: Vec<Vec<(String, String)>> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(verdicts.len(), rows.len());
    let mut wrong = Vec::new();
    for (row, errors) in rows.iter().zip(verdicts) {
        let expected: Vec<(String, String)> = match row.file.as_str() {
            // README note: `re.search` lets `$` match before a final newline,
            // so Python accepts the value our full-string match refuses.
            "digest-trailing-newline.deployment-receipt.json" => Vec::new(),
            // README: the last-wins parse (Python's `json`) is schema-valid;
            // only a parser that refuses duplicates sees the defect.
            "duplicate-key.agent-pod.json" => Vec::new(),
            _ => vec![(row.pointer.clone(), row.keyword.clone())],
        };
        if errors != expected {
            wrong.push(format!(
                "{}: python jsonschema says {errors:?}, expected {expected:?}",
                row.file
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Removes each optional property present in `doc` (per `schema`), one at a
/// time, and checks that the two verdicts still agree: absent optional
/// fields must deserialize exactly as the schema allows.
fn optional_deletions_agree(kind: Kind, doc: &serde_json::Value, file: &str) -> usize {
    fn walk(
        schema: &serde_json::Value,
        defs: &serde_json::Value,
        at: String,
        doc: &serde_json::Value,
        out: &mut Vec<String>,
    ) {
        let schema = match schema.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => &defs[r.trim_start_matches("#/$defs/")],
            None => schema,
        };
        if let (Some(props), Some(obj)) = (
            schema.get("properties").and_then(|p| p.as_object()),
            doc.as_object(),
        ) {
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|r| r.iter().filter_map(|x| x.as_str()).collect())
                .unwrap_or_default();
            for (name, sub) in props {
                if let Some(value) = obj.get(name) {
                    let p = format!(
                        "{at}/{}",
                        agent_machine::base::json::escape_pointer_segment(name)
                    );
                    if !required.contains(&name.as_str()) {
                        out.push(p.clone());
                    }
                    walk(sub, defs, p, value, out);
                }
            }
        }
        if let (Some(items), Some(arr)) = (schema.get("items"), doc.as_array()) {
            for (i, v) in arr.iter().enumerate() {
                walk(items, defs, format!("{at}/{i}"), v, out);
            }
        }
    }
    let schema: serde_json::Value = serde_json::from_str(kind.info().schema).unwrap();
    let mut optional = Vec::new();
    walk(&schema, &schema["$defs"], String::new(), doc, &mut optional);
    for pointer in &optional {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let mut mutated = doc.clone();
        mutated
            .pointer_mut(parent)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(&key.replace("~1", "/").replace("~0", "~"));
        let schema_valid = validator_for(kind, &mutated).is_valid(&mutated);
        let typed = kind.round_trip(&mutated);
        assert_eq!(
            schema_valid,
            typed.is_ok(),
            "{file}: without {pointer}: schema {schema_valid}, type {typed:?}"
        );
        if let Ok(back) = typed {
            assert!(
                support::json_diff(&mutated, &back).is_empty(),
                "{file}: without {pointer}: round trip changed"
            );
        }
    }
    optional.len()
}

#[test]
fn removing_any_optional_field_keeps_the_verdicts_equal() {
    let mut files = support::json_files(&support::root().join("examples"));
    if let Some(dir) = support::conformance_dir() {
        files.extend(support::json_files(&dir.join("sourceos-v0.1.0")));
    }
    let mut total = 0;
    for path in files {
        let value = parse(&std::fs::read(&path).unwrap(), Limits::default()).unwrap();
        total +=
            optional_deletions_agree(kind_for(&path, &value), &value, &path.display().to_string());
    }
    assert!(total > 200, "only {total} optional fields exercised");
}

/// Every JSON pointer in `value`, the root first.
fn pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let segment = agent_machine::base::json::escape_pointer_segment(key);
                pointers(child, format!("{at}/{segment}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// What a validator says of a document: its verdict and every error, as
/// (instance path, schema path, keyword, message), sorted.
fn judgement(
    is_valid: bool,
    errors: jsonschema::ErrorIterator<'_>,
) -> (bool, Vec<(String, String, String, String)>) {
    let mut errors: Vec<_> = errors
        .map(|e| {
            (
                e.instance_path().as_str().to_string(),
                e.schema_path().as_str().to_string(),
                e.kind().keyword().to_string(),
                e.to_string(),
            )
        })
        .collect();
    errors.sort();
    (is_valid, errors)
}

/// Each contract's validator is generated at compile time (jsonschema's
/// macro); it must judge exactly as the validator jsonschema compiles from the
/// same schema at run time. Every example, counter-example and conformance
/// document, and for each of their values the document with that value
/// replaced by `null`, a string, a number, `{}` and `[]`, and each object
/// with an unknown member: the same verdict, and the same errors, to the
/// message, at the same places. The generated code may leave out an error
/// that another at the same place implies (`type` beside a failed `const`).
#[test]
fn generated_validators_judge_as_the_runtime_compiled_schema() {
    use agent_machine::contracts::{ARCHIVED, CONTRACTS};
    use agent_machine::governance::validate::contract_validator;
    use serde_json::{Value, json};
    use std::collections::BTreeSet;

    let compiled: Vec<(
        &'static agent_machine::contracts::ContractInfo,
        jsonschema::Validator,
    )> = CONTRACTS
        .iter()
        .chain(ARCHIVED)
        .map(|c| {
            let schema: Value = serde_json::from_str(c.schema).unwrap();
            (c, jsonschema::draft202012::new(&schema).unwrap())
        })
        .collect();
    let mut files = support::json_files(&support::root().join("examples"));
    files.extend(support::json_files(
        &support::root().join("tests/fixtures/invalid"),
    ));
    if let Some(dir) = support::conformance_dir() {
        files.extend(support::json_files(&dir.join("sourceos-v0.1.0")));
    }
    let (mut judged, mut invalid, mut redundant) = (0, 0, 0);
    for path in files {
        let Ok(doc) = parse(&std::fs::read(&path).unwrap(), Limits::default()) else {
            continue;
        };
        let kind = kind_for(&path, &doc);
        let contract = kind.contract_for(doc.get("specVersion").and_then(Value::as_str));
        let generated = contract_validator(contract);
        let runtime = &compiled
            .iter()
            .find(|(c, _)| std::ptr::eq(*c, contract))
            .unwrap()
            .1;
        let mut at = Vec::new();
        pointers(&doc, String::new(), &mut at);
        let mut variants = vec![doc.clone()];
        for pointer in at.iter().filter(|p| !p.is_empty()) {
            for replacement in [json!(null), json!("x"), json!(-1), json!({}), json!([])] {
                let mut mutated = doc.clone();
                *mutated.pointer_mut(pointer).unwrap() = replacement;
                variants.push(mutated);
            }
        }
        for pointer in &at {
            if doc.pointer(pointer).is_some_and(Value::is_object) {
                let mut mutated = doc.clone();
                mutated
                    .pointer_mut(pointer)
                    .unwrap()
                    .as_object_mut()
                    .unwrap()
                    .insert("unexpectedMember".into(), json!(true));
                variants.push(mutated);
            }
        }
        for variant in &variants {
            let generated_says =
                judgement(generated.is_valid(variant), generated.iter_errors(variant));
            let runtime_says = judgement(runtime.is_valid(variant), runtime.iter_errors(variant));
            let (verdict, errors) = &generated_says;
            let (runtime_verdict, runtime_errors) = &runtime_says;
            let places: BTreeSet<&String> = errors.iter().map(|e| &e.0).collect();
            let same = verdict == runtime_verdict
                && errors.iter().all(|e| runtime_errors.contains(e))
                && runtime_errors.iter().all(|e| places.contains(&e.0));
            assert!(
                same,
                "{}: the generated validator and the runtime-compiled one disagree\ngenerated: {generated_says:#?}\nruntime: {runtime_says:#?}\non {variant}",
                path.display()
            );
            redundant += runtime_errors.len() - errors.len();
            judged += 1;
            invalid += usize::from(!generated_says.0);
        }
    }
    assert!(
        judged > 10_000 && invalid > 9_000,
        "only {judged} documents judged, {invalid} invalid"
    );
    eprintln!("{judged} documents judged, {invalid} invalid, {redundant} implied errors left out");
}
