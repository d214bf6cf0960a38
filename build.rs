//! Build-time contract code generation.
//!
//! 1. Every `contracts/<slug>.schema.json` is read strictly (no duplicate
//!    keys), checked against the typify-safe profile and the identity rules
//!    (`$id` ↔ file name ↔ `specVersion` ↔ `kind`), and validated against the
//!    draft 2020-12 meta-schema.
//! 2. Its typify copy (see `build/prepass.rs`) is turned into Rust types with
//!    typify, formatted with prettyplease, one module per contract, into
//!    `$OUT_DIR/contracts.rs`. `$OUT_DIR/registry.rs` lists the contracts and
//!    `$OUT_DIR/validators.rs` generates each one's validator (jsonschema's macro);
//!    `$OUT_DIR/agentpod_crd_schema.json` is the AgentPod CRD schema (see `build/crd_schema.rs`).
//! 3. Every `examples/<name>.<slug>.json` is validated against its kind's
//!    schema; a bad example fails the build with file, line, column, JSON
//!    pointer and rule. `$OUT_DIR/example_tests.rs` gets one test per example
//!    that embeds it and deserializes it into its generated type.
//!
//! Adding a schema file adds its types and registry entry: nothing is
//! registered by hand.
//!
//! Each step lives in `build/` — `checks.rs` (loading, the profile, the
//! identity rule, the examples), `prepass.rs`, `codegen.rs`, `registry.rs`,
//! `crd_schema.rs` — and this file only runs them in order.

use std::path::{Path, PathBuf};

use checks::{check_examples, load_contracts};

#[path = "build/checks.rs"]
mod checks;
#[path = "build/codegen.rs"]
mod codegen;
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
#[path = "build/registry.rs"]
mod registry;
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
        "src/contracts/vocabulary.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }

    let contracts = load_contracts(&root.join("contracts")).unwrap_or_else(fail);
    write(
        &out_dir.join("contracts.rs"),
        &codegen::generate_types(&contracts).unwrap_or_else(fail),
    );
    write(
        &out_dir.join("registry.rs"),
        &registry::generate_registry(&contracts),
    );
    write(
        &out_dir.join("validators.rs"),
        &registry::generate_validators(&contracts),
    );
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
