//! The build's checks of `contracts/` and `examples/` (see `build.rs`):
//! the typify-safe profile, the identity rules and the meta-schema for every
//! contract; every example against its kind's schema. Each returns every
//! problem as one message (file, line:column, JSON pointer, rule) instead
//! of exiting, so that `tests/build_gate.rs` can run them in-process; the
//! build script prints the message and fails.
//!
//! Included by `build.rs` and by `tests/build_gate.rs`, each with `json`
//! (`src/json.rs`) and `profile` (`src/contracts/profile.rs`) at its crate root.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::{json, profile};

/// One contract, as read from `contracts/`.
pub struct Contract {
    pub slug: String,
    pub module: String,
    pub kind: String,
    pub version: String,
    pub id: String,
    pub path: PathBuf,
    pub schema: serde_json::Value,
}

/// Collects every problem, to report them all at once.
#[derive(Default)]
pub struct Problems(Vec<String>);

impl Problems {
    pub fn push(&mut self, message: String) {
        self.0.push(message);
    }
    /// `Err` with every problem (the message the build prints), if any.
    pub fn check(&self, what: &str) -> Result<(), String> {
        if self.0.is_empty() {
            return Ok(());
        }
        let mut message = format!("error: {} {what}:", self.0.len());
        for p in &self.0 {
            let _ = write!(message, "\n  {p}");
        }
        Err(message)
    }
}

fn sorted_files(dir: &Path, suffix: &str, problems: &mut Problems) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(suffix))
            })
            .collect(),
        Err(e) => {
            problems.push(format!("cannot read {}: {e}", dir.display()));
            Vec::new()
        }
    };
    files.sort();
    files
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn read_json(
    path: &Path,
    shown: &str,
    problems: &mut Problems,
) -> Option<(String, serde_json::Value)> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            problems.push(format!("{shown}: cannot read: {e}"));
            return None;
        }
    };
    match json::parse(&bytes, json::Limits::default()) {
        Ok(value) => Some((String::from_utf8_lossy(&bytes).into_owned(), value)),
        Err(e) => {
            let at = e.position().map(|p| format!(":{p}")).unwrap_or_default();
            problems.push(format!("{shown}{at}: [{}] {e}", e.rule()));
            None
        }
    }
}

/// Every contract under `dir`, or every problem found in them.
pub fn load_contracts(dir: &Path) -> Result<Vec<Contract>, String> {
    let root = dir.parent().unwrap_or(dir);
    let mut problems = Problems::default();
    let mut contracts = Vec::new();
    for path in sorted_files(dir, ".schema.json", &mut problems) {
        let shown = relative(root, &path);
        let Some((text, schema)) = read_json(&path, &shown, &mut problems) else {
            continue;
        };
        let file_name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let slug = file_name.trim_end_matches(".schema.json").to_string();

        let violations = profile::check(&schema);
        for v in &violations {
            let at = json::locate(&text, &v.pointer)
                .map(|p| format!(":{p}"))
                .unwrap_or_default();
            let pointer = if v.pointer.is_empty() {
                "/"
            } else {
                &v.pointer
            };
            problems.push(format!(
                "{shown}{at}: {pointer}: keyword {:?}: {}",
                v.keyword, v.message
            ));
        }
        if !violations.is_empty() {
            continue;
        }
        if let Err(e) = jsonschema::meta::validate(&schema) {
            problems.push(format!(
                "{shown}: {}: not a valid draft 2020-12 schema: {e}",
                e.instance_path()
            ));
            continue;
        }

        let title = schema["title"].as_str().unwrap_or_default().to_string();
        let kind = schema["properties"]["kind"]["const"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let version = schema["properties"]["specVersion"]["const"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let id = schema["$id"].as_str().unwrap_or_default().to_string();
        let expected_id = format!("urn:srcos:agent-machine:schema:{slug}:v{version}");
        if kind.is_empty() || kind != title {
            problems.push(format!("{shown}: /properties/kind: \"kind\" must be a string const equal to the title {title:?}"));
        }
        if version.is_empty() {
            problems.push(format!(
                "{shown}: /properties/specVersion: \"specVersion\" must be a string const"
            ));
        }
        if id != expected_id {
            problems.push(format!(
                "{shown}: /$id: is {id:?}, the file name and specVersion say {expected_id:?}"
            ));
        }
        contracts.push(Contract {
            module: slug.replace('-', "_"),
            slug,
            kind,
            version,
            id,
            path,
            schema,
        });
    }
    problems.check("problem(s) in contracts/ (see docs/contracts.md, \"typify-safe profile\")")?;
    Ok(contracts)
}

/// Every example under `root/examples` checked against its kind's schema:
/// the generated tests (one per example), or every problem found.
pub fn check_examples(root: &Path, contracts: &[Contract]) -> Result<String, String> {
    let dir = root.join("examples");
    let mut problems = Problems::default();
    let mut tests =
        String::from("// Generated by build.rs: one test per file under examples/.\n\n");
    let validators: Vec<(String, jsonschema::Validator)> = contracts
        .iter()
        .filter_map(|c| {
            jsonschema::draft202012::new(&c.schema)
                .ok()
                .map(|v| (c.slug.clone(), v))
        })
        .collect();
    for path in sorted_files(&dir, ".json", &mut problems) {
        let shown = relative(root, &path);
        let file_name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let stem = file_name.trim_end_matches(".json");
        let Some(contract) = contracts
            .iter()
            .find(|c| stem.ends_with(&format!(".{}", c.slug)))
        else {
            problems.push(format!(
                "{shown}: examples are named <name>.<slug>.json with the slug of a contract"
            ));
            continue;
        };
        let Some((text, value)) = read_json(&path, &shown, &mut problems) else {
            continue;
        };
        if value.get("kind").and_then(|k| k.as_str()) != Some(contract.kind.as_str()) {
            let at = json::locate(&text, "/kind")
                .map(|p| format!(":{p}"))
                .unwrap_or_default();
            problems.push(format!(
                "{shown}{at}: /kind: the file name says kind {:?}",
                contract.kind
            ));
            continue;
        }
        let validator = &validators
            .iter()
            .find(|(s, _)| *s == contract.slug)
            .expect("compiled above")
            .1;
        let errors: Vec<_> = validator.iter_errors(&value).collect();
        for e in &errors {
            let pointer = e.instance_path().as_str().to_string();
            let at = json::locate(&text, &pointer)
                .map(|p| format!(":{p}"))
                .unwrap_or_default();
            let pointer = if pointer.is_empty() {
                "/".to_string()
            } else {
                pointer
            };
            problems.push(format!(
                "{shown}{at}: {pointer}: [{}] {e}",
                e.kind().keyword()
            ));
        }
        if !errors.is_empty() {
            continue;
        }
        let test_name: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        let _ = writeln!(
            tests,
            "#[test]\nfn example_{test_name}() {{\n    check_example::<agent_machine::contracts::{kind}>({shown:?}, include_str!({path:?}));\n}}\n",
            kind = contract.kind,
            path = path.display().to_string(),
        );
    }
    problems.check("example(s) are not valid (examples/ holds valid documents only; counter-examples go to tests/fixtures/invalid/)")?;
    Ok(tests)
}
