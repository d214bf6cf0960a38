//! Build-time contract code generation.
//!
//! 1. Every `contracts/<slug>.schema.json` is read strictly (no duplicate
//!    keys), checked against the typify-safe profile and the identity rules
//!    (`$id` ↔ file name ↔ `specVersion` ↔ `kind`), and validated against the
//!    draft 2020-12 meta-schema.
//! 2. Its typify copy (see `build/prepass.rs`) is turned into Rust types with
//!    typify, formatted with prettyplease, one module per contract, into
//!    `$OUT_DIR/contracts.rs`. `$OUT_DIR/registry.rs` lists the contracts;
//!    `$OUT_DIR/agentpod_crd_schema.json` is the AgentPod CRD schema (see `build/crd_schema.rs`).
//! 3. Every `examples/<name>.<slug>.json` is validated against its kind's
//!    schema; a bad example fails the build with file, line, column, JSON
//!    pointer and rule. `$OUT_DIR/example_tests.rs` gets one test per example
//!    that embeds it and deserializes it into its generated type.
//!
//! Adding a schema file adds its types and registry entry: nothing is
//! registered by hand.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "build/crd_schema.rs"]
mod crd_schema;
#[path = "src/json.rs"]
#[allow(dead_code)]
mod json;
#[path = "build/prepass.rs"]
mod prepass;
#[path = "src/contracts/profile.rs"]
#[allow(dead_code)]
mod profile;

struct Contract {
    slug: String,
    module: String,
    kind: String,
    version: String,
    id: String,
    path: PathBuf,
    schema: serde_json::Value,
}

/// Collects every problem, prints them all, then fails the build.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, message: String) {
        self.0.push(message);
    }
    fn bail_if_any(&self, what: &str) {
        if self.0.is_empty() {
            return;
        }
        eprintln!("error: {} {what}:", self.0.len());
        for p in &self.0 {
            eprintln!("  {p}");
        }
        std::process::exit(1);
    }
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for watched in [
        "contracts",
        "examples",
        "build",
        "src/json.rs",
        "src/contracts/profile.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }

    let contracts = load_contracts(&root.join("contracts"));
    write(&out_dir.join("contracts.rs"), &generate_types(&contracts));
    write(&out_dir.join("registry.rs"), &generate_registry(&contracts));
    write(
        &out_dir.join("example_tests.rs"),
        &check_examples(&root, &contracts),
    );
    if let Some(pod) = contracts.iter().find(|c| c.kind == "AgentPod") {
        let schema = crd_schema::agent_pod_crd_schema(&pod.schema);
        write(
            &out_dir.join("agentpod_crd_schema.json"),
            &serde_json::to_string_pretty(&schema).expect("a JSON value serializes"),
        );
    }
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

fn sorted_files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
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
            eprintln!("error: cannot read {}: {e}", dir.display());
            std::process::exit(1);
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

fn load_contracts(dir: &Path) -> Vec<Contract> {
    let root = dir.parent().unwrap_or(dir);
    let mut problems = Problems::default();
    let mut contracts = Vec::new();
    for path in sorted_files(dir, ".schema.json") {
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
    problems
        .bail_if_any("problem(s) in contracts/ (see docs/contracts.md, \"typify-safe profile\")");
    contracts
}

fn generate_types(contracts: &[Contract]) -> String {
    let mut out = String::new();
    let mut problems = Problems::default();
    for c in contracts {
        let mut settings = typify::TypeSpaceSettings::default();
        settings
            .with_map_type("::std::collections::BTreeMap".to_string())
            .with_derive("PartialEq".to_string())
            .with_crate("agent-machine", typify::CrateVers::Any, None);
        let mut space = typify::TypeSpace::new(&settings);
        let typify_copy = prepass::for_typify(&c.schema);
        let generated = serde_json::from_value::<schemars::schema::RootSchema>(typify_copy)
            .map_err(|e| e.to_string())
            .and_then(|s| space.add_root_schema(s).map_err(|e| e.to_string()))
            .and_then(|_| syn::parse2::<syn::File>(space.to_stream()).map_err(|e| e.to_string()))
            .map(keep_null_apart_from_absent);
        match generated {
            Ok(file) => {
                let _ = writeln!(
                    out,
                    "/// Types generated from `contracts/{}.schema.json` (`{}`).\npub mod {} {{\n{}}}\n",
                    c.slug,
                    c.id,
                    c.module,
                    prettyplease::unparse(&file)
                );
            }
            Err(e) => problems.push(format!(
                "contracts/{}.schema.json: typify failed: {e}",
                c.slug
            )),
        }
    }
    problems.bail_if_any("contract(s) could not be turned into Rust types");
    out
}

/// typify gives an optional nullable field the type `Option<T>`, so an
/// explicit `null` and an absent field become the same `None`. The pre-pass
/// makes such fields `Option<Nullable<T>>`; serde would still read `null` as
/// `None`, so every such field also gets a `deserialize_with` that reads a
/// present value (even `null`) as `Some`.
fn keep_null_apart_from_absent(mut file: syn::File) -> syn::File {
    let attr: syn::Attribute = {
        let holder: syn::ItemStruct = syn::parse_str(
            "#[serde(default, deserialize_with = \"::agent_machine::contracts::wire::deserialize_present\")] struct Holder;",
        )
        .expect("a constant attribute parses");
        holder.attrs.into_iter().next().expect("one attribute")
    };
    for item in &mut file.items {
        let syn::Item::Struct(item) = item else {
            continue;
        };
        let syn::Fields::Named(fields) = &mut item.fields else {
            continue;
        };
        for field in fields.named.iter_mut() {
            if is_option_of_nullable(&field.ty) {
                field.attrs.push(attr.clone());
            }
        }
    }
    file
}

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last(),
        _ => None,
    }
}

fn is_option_of_nullable(ty: &syn::Type) -> bool {
    let Some(option) = last_segment(ty).filter(|s| s.ident == "Option") else {
        return false;
    };
    let syn::PathArguments::AngleBracketed(args) = &option.arguments else {
        return false;
    };
    args.args.iter().any(|arg| match arg {
        syn::GenericArgument::Type(inner) => {
            last_segment(inner).is_some_and(|s| s.ident == "Nullable")
        }
        _ => false,
    })
}

fn generate_registry(contracts: &[Contract]) -> String {
    let mut out = String::from(
        "// Generated by build.rs from contracts/. Do not edit.\n\nuse super::ContractInfo;\n\n",
    );
    for c in contracts {
        let _ = writeln!(out, "pub use super::generated::{}::{};", c.module, c.kind);
    }
    out.push_str("\n/// Every contract kind under `contracts/`.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\npub enum Kind {\n");
    for c in contracts {
        let _ = writeln!(
            out,
            "    /// `{}` (`contracts/{}.schema.json`).\n    {},",
            c.id, c.slug, c.kind
        );
    }
    out.push_str("}\n\nimpl Kind {\n    /// Every kind, in file-name order.\n    pub const ALL: &'static [Kind] = &[\n");
    for c in contracts {
        let _ = writeln!(out, "        Kind::{},", c.kind);
    }
    out.push_str("    ];\n\n    /// The contract's facts.\n    pub const fn info(self) -> &'static ContractInfo {\n        match self {\n");
    for (i, c) in contracts.iter().enumerate() {
        let _ = writeln!(out, "            Kind::{} => &CONTRACTS[{i}],", c.kind);
    }
    out.push_str("        }\n    }\n\n    /// Deserializes `value` into this kind's generated type and drops it:\n    /// the typed half of the differential conformance check.\n    pub fn check_typed(self, value: &serde_json::Value) -> Result<(), serde_json::Error> {\n        use serde::Deserialize as _;\n        match self {\n");
    for c in contracts {
        let _ = writeln!(
            out,
            "            Kind::{k} => {k}::deserialize(value).map(drop),",
            k = c.kind
        );
    }
    out.push_str("        }\n    }\n\n    /// Deserializes and re-serializes `value` through the generated type.\n    pub fn round_trip(self, value: &serde_json::Value) -> Result<serde_json::Value, serde_json::Error> {\n        use serde::Deserialize as _;\n        match self {\n");
    for c in contracts {
        let _ = writeln!(
            out,
            "            Kind::{k} => serde_json::to_value({k}::deserialize(value)?),",
            k = c.kind
        );
    }
    out.push_str("        }\n    }\n}\n\n/// The facts of every contract, in file-name order.\npub static CONTRACTS: &[ContractInfo] = &[\n");
    for c in contracts {
        let _ = writeln!(
            out,
            "    ContractInfo {{ kind: {:?}, slug: {:?}, version: {:?}, id: {:?}, file: {:?}, schema: include_str!({:?}) }},",
            c.kind,
            c.slug,
            c.version,
            c.id,
            format!("contracts/{}.schema.json", c.slug),
            c.path.display().to_string()
        );
    }
    out.push_str("];\n");
    out
}

fn check_examples(root: &Path, contracts: &[Contract]) -> String {
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
    for path in sorted_files(&dir, ".json") {
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
    problems.bail_if_any("example(s) are not valid (examples/ holds valid documents only; counter-examples go to tests/fixtures/invalid/)");
    tests
}
