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

use checks::{Contract, Problems, check_examples, load_contracts};

#[path = "build/checks.rs"]
mod checks;
#[path = "build/crd_schema.rs"]
mod crd_schema;
#[path = "src/base/json.rs"]
#[allow(dead_code)]
mod json;
#[path = "build/prepass.rs"]
mod prepass;
#[path = "src/contracts/profile.rs"]
#[allow(dead_code)]
mod profile;
#[path = "src/contracts/vocabulary.rs"]
mod vocabulary;

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for watched in [
        "contracts",
        "examples",
        "build",
        "src/base/json.rs",
        "src/contracts/profile.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }

    let contracts = load_contracts(&root.join("contracts")).unwrap_or_else(fail);
    write(&out_dir.join("contracts.rs"), &generate_types(&contracts));
    write(&out_dir.join("registry.rs"), &generate_registry(&contracts));
    write(
        &out_dir.join("example_tests.rs"),
        &check_examples(&root, &contracts).unwrap_or_else(fail),
    );
    if let Some(pod) = contracts
        .iter()
        .find(|c| c.kind == "AgentPod" && !c.archived)
    {
        let schema = crd_schema::agent_pod_crd_schema(&pod.schema);
        write(
            &out_dir.join("agentpod_crd_schema.json"),
            &serde_json::to_string_pretty(&schema).expect("a JSON value serializes"),
        );
    }
}

/// Prints the problems and fails the build.
fn fail<T>(message: String) -> T {
    eprintln!("{message}");
    std::process::exit(1);
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
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
        let also_reads: Vec<&str> = contracts
            .iter()
            .filter(|a| a.archived && !c.archived && a.slug == c.slug)
            .map(|a| a.version.as_str())
            .collect();
        let typify_copy = prepass::for_typify(&c.schema, &also_reads);
        let generated = serde_json::from_value::<schemars::schema::RootSchema>(typify_copy)
            .map_err(|e| e.to_string())
            .and_then(|s| space.add_root_schema(s).map_err(|e| e.to_string()))
            .and_then(|_| syn::parse2::<syn::File>(space.to_stream()).map_err(|e| e.to_string()))
            .map(keep_null_apart_from_absent);
        match generated {
            Ok(file) => {
                let _ = writeln!(
                    out,
                    "/// Types generated from `{}` (`{}`).\npub mod {} {{\n{}}}\n",
                    c.file(),
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
    if let Err(e) = problems.check("contract(s) could not be turned into Rust types") {
        fail(e)
    }
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
    let current: Vec<&Contract> = contracts.iter().filter(|c| !c.archived).collect();
    let archived: Vec<&Contract> = contracts.iter().filter(|c| c.archived).collect();
    let mut out = String::from(
        "// Generated by build.rs from contracts/. Do not edit.\n\nuse super::ContractInfo;\n\n",
    );
    for c in &current {
        let _ = writeln!(out, "pub use super::generated::{}::{};", c.module, c.kind);
    }
    out.push_str("\n/// Every contract kind under `contracts/`.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\npub enum Kind {\n");
    for c in &current {
        let _ = writeln!(out, "    /// `{}` (`{}`).\n    {},", c.id, c.file(), c.kind);
    }
    out.push_str("}\n\nimpl Kind {\n    /// Every kind, in file-name order.\n    pub const ALL: &'static [Kind] = &[\n");
    for c in &current {
        let _ = writeln!(out, "        Kind::{},", c.kind);
    }
    out.push_str("    ];\n\n    /// The facts of the kind's current contract.\n    pub const fn info(self) -> &'static ContractInfo {\n        match self {\n");
    for (i, c) in current.iter().enumerate() {
        let _ = writeln!(out, "            Kind::{} => &CONTRACTS[{i}],", c.kind);
    }
    // A document of an archived version is typed by that version's own type.
    let typed = |out: &mut String, call: &str| {
        for c in &current {
            let olds: Vec<&&Contract> = archived.iter().filter(|a| a.slug == c.slug).collect();
            if olds.is_empty() {
                let _ = writeln!(
                    out,
                    "            Kind::{k} => {},",
                    call.replace("{T}", &c.kind),
                    k = c.kind
                );
                continue;
            }
            let _ = writeln!(
                out,
                "            Kind::{} => match value.get(\"specVersion\").and_then(serde_json::Value::as_str) {{",
                c.kind
            );
            for a in olds {
                let _ = writeln!(
                    out,
                    "                Some({:?}) => {},",
                    a.version,
                    call.replace(
                        "{T}",
                        &format!("super::generated::{}::{}", a.module, a.kind)
                    )
                );
            }
            let _ = writeln!(
                out,
                "                _ => {},\n            }},",
                call.replace("{T}", &c.kind)
            );
        }
    };
    out.push_str("        }\n    }\n\n    /// Deserializes `value` into the generated type of the version it\n    /// names and drops it: the typed half of the differential conformance check.\n    pub fn check_typed(self, value: &serde_json::Value) -> Result<(), serde_json::Error> {\n        use serde::Deserialize as _;\n        match self {\n");
    typed(&mut out, "{T}::deserialize(value).map(drop)");
    out.push_str("        }\n    }\n\n    /// Deserializes and re-serializes `value` through the generated type of\n    /// the version it names.\n    pub fn round_trip(self, value: &serde_json::Value) -> Result<serde_json::Value, serde_json::Error> {\n        use serde::Deserialize as _;\n        match self {\n");
    typed(&mut out, "serde_json::to_value({T}::deserialize(value)?)");
    out.push_str("        }\n    }\n}\n\n");
    let info = |out: &mut String, c: &Contract| {
        let _ = writeln!(
            out,
            "    ContractInfo {{ kind: {:?}, slug: {:?}, version: {:?}, id: {:?}, file: {:?}, schema: include_str!({:?}) }},",
            c.kind,
            c.slug,
            c.version,
            c.id,
            c.file(),
            c.path.display().to_string()
        );
    };
    out.push_str("/// The facts of every kind's current contract, in file-name order.\npub static CONTRACTS: &[ContractInfo] = &[\n");
    for c in &current {
        info(&mut out, c);
    }
    out.push_str("];\n\n/// The facts of every archived contract version this build still reads\n/// (`contracts/v<version>/`), oldest first.\npub static ARCHIVED: &[ContractInfo] = &[\n");
    for c in &archived {
        info(&mut out, c);
    }
    out.push_str("];\n");
    out
}
