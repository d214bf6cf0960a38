//! The build's checks of `contracts/` and `examples/` (see `build.rs`):
//! the typify-safe profile, the identity rules and the meta-schema for every
//! contract; every example against its kind's schema. Each returns every
//! problem as one message (file, line:column, JSON pointer, rule) instead
//! of exiting, so that `tests/it/build_gate.rs` can run them in-process; the
//! build script prints the message and fails.
//!
//! Included by `build.rs` and by `tests/it/build_gate.rs`, each with `json`
//! (`src/base/json.rs`) and `profile` (`src/contracts/profile.rs`) at its crate root.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::{json, profile};

/// One contract, as read from `contracts/` (the current version of a kind)
/// or `contracts/v<version>/` (an archived version, still read).
pub struct Contract {
    pub slug: String,
    pub module: String,
    /// Whether this is an archived version (`contracts/v<version>/`).
    pub archived: bool,
    pub kind: String,
    pub version: String,
    pub id: String,
    pub path: PathBuf,
    pub schema: serde_json::Value,
}

impl Contract {
    /// The schema file, relative to the repository root.
    pub fn file(&self) -> String {
        if self.archived {
            format!("contracts/v{}/{}.schema.json", self.version, self.slug)
        } else {
            format!("contracts/{}.schema.json", self.slug)
        }
    }
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

/// Every contract under `dir` (the current versions) and under its
/// `v<version>/` folders (archived versions, see docs/contracts.md,
/// "Versions and compatibility"), or every problem found in them. Current
/// versions come first, in file-name order; archived ones follow.
pub fn load_contracts(dir: &Path) -> Result<Vec<Contract>, String> {
    let root = dir.parent().unwrap_or(dir);
    let mut problems = Problems::default();
    let mut contracts = Vec::new();
    for path in sorted_files(dir, ".schema.json", &mut problems) {
        if let Some(c) = load_contract(root, &path, None, &mut problems) {
            contracts.push(c);
        }
    }
    for (folder, version) in archive_folders(dir, &mut problems) {
        for path in sorted_files(&folder, ".schema.json", &mut problems) {
            let Some(c) = load_contract(root, &path, Some(&version), &mut problems) else {
                continue;
            };
            let shown = relative(root, &path);
            match contracts
                .iter()
                .find(|cur| !cur.archived && cur.slug == c.slug)
            {
                None => problems.push(format!(
                    "{shown}: an archived version needs a current contracts/{}.schema.json",
                    c.slug
                )),
                Some(cur) if cur.version == c.version => problems.push(format!(
                    "{shown}: archives the current version {}; an archived version is an older one",
                    c.version
                )),
                Some(_) => contracts.push(c),
            }
        }
    }
    problems.check("problem(s) in contracts/ (see docs/contracts.md, \"typify-safe profile\")")?;
    Ok(contracts)
}

/// The `v<version>/` folders of `dir`, in name order; any other folder is a problem.
fn archive_folders(dir: &Path, problems: &mut Problems) -> Vec<(PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, String)> = Vec::new();
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if !path.is_dir() {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let version = name.strip_prefix('v').unwrap_or_default();
        let semver = version.split('.').count() == 3
            && version
                .split('.')
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if semver {
            out.push((path.clone(), version.to_string()));
        } else {
            problems.push(format!(
                "contracts/{name}/: a folder under contracts/ is an archived version, named v<major>.<minor>.<patch>"
            ));
        }
    }
    // Oldest first, by number (v0.10.0 after v0.9.0).
    out.sort_by_key(|(_, version)| {
        version
            .split('.')
            .map(|n| n.parse::<u64>().unwrap_or(u64::MAX))
            .collect::<Vec<_>>()
    });
    out
}

/// One contract file: the profile, the meta-schema and the identity rules.
/// `archived` is the version its folder names, for an archived version.
fn load_contract(
    root: &Path,
    path: &Path,
    archived: Option<&str>,
    problems: &mut Problems,
) -> Option<Contract> {
    let shown = relative(root, path);
    let (text, schema) = read_json(path, &shown, problems)?;
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
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
        return None;
    }
    #[cfg(feature = "full")]
    if let Err(e) = jsonschema::meta::validate(&schema) {
        problems.push(format!(
            "{shown}: {}: not a valid draft 2020-12 schema: {e}",
            e.instance_path()
        ));
        return None;
    }

    let (identity, violations) = profile::identity(&schema, file_name, archived);
    for v in violations {
        problems.push(format!("{shown}: {}: {}", v.pointer, v.message));
    }
    let profile::Identity {
        slug,
        kind,
        version,
        id,
    } = identity;
    let module = match archived {
        None => slug.replace('-', "_"),
        Some(_) => format!("{}_v{}", slug.replace('-', "_"), version.replace('.', "_")),
    };
    Some(Contract {
        module,
        archived: archived.is_some(),
        slug,
        kind,
        version,
        id,
        path: path.to_path_buf(),
        schema,
    })
}

/// Every example under `root/examples` checked against its kind's schema:
/// the generated tests (one per example), or every problem found.
///
/// Only in the full library's build: the contracts-only library (no default
/// features) compiles no schema validator, and its examples are the full
/// build's to check.
#[cfg(not(feature = "full"))]
pub fn check_examples(_root: &Path, _contracts: &[Contract]) -> Result<String, String> {
    Ok("// The examples are checked by the full library's build.\n".to_string())
}

/// Every example under `root/examples` checked against its kind's schema:
/// the generated tests (one per example), or every problem found.
#[cfg(feature = "full")]
pub fn check_examples(root: &Path, contracts: &[Contract]) -> Result<String, String> {
    let dir = root.join("examples");
    let mut problems = Problems::default();
    let mut tests =
        String::from("// Generated by build.rs: one test per file under examples/.\n\n");
    let validators: Vec<(&str, &str, jsonschema::Validator)> = contracts
        .iter()
        .filter_map(|c| {
            jsonschema::draft202012::new(&c.schema)
                .ok()
                .map(|v| (c.slug.as_str(), c.version.as_str(), v))
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
            .find(|c| !c.archived && stem.ends_with(&format!(".{}", c.slug)))
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
        // An example of an archived version is judged by that version's
        // schema; any other by the current one.
        let version = match value.get("specVersion").and_then(|v| v.as_str()) {
            Some(v)
                if validators
                    .iter()
                    .any(|(s, ver, _)| *s == contract.slug && *ver == v) =>
            {
                v
            }
            _ => contract.version.as_str(),
        };
        let validator = &validators
            .iter()
            .find(|(s, ver, _)| *s == contract.slug && *ver == version)
            .expect("compiled above")
            .2;
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
