//! `cargo build` is the first gate: a broken example or a schema construct
//! outside the typify-safe profile fails the build with a message a person can
//! act on (file, line:column, JSON pointer, rule).
//!
//! The test builds a scratch copy of the crate (its own target directory under
//! `target/build-gate/`, reused between runs; `--offline`, so it needs only
//! what the main build already fetched).

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn scratch_crate() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = root.join("target/build-gate/crate");
    let _ = std::fs::remove_dir_all(&scratch);
    for dir in ["src", "build", "contracts", "examples", "benches"] {
        copy_tree(&root.join(dir), &scratch.join(dir));
    }
    for file in [
        "Cargo.toml",
        "Cargo.lock",
        "build.rs",
        "rust-toolchain.toml",
    ] {
        std::fs::copy(root.join(file), scratch.join(file)).unwrap();
    }
    scratch
}

fn cargo_build(dir: &Path) -> (bool, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--offline", "--locked", "--lib"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("../target"))
        .output()
        .expect("cargo runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{}: {from:?} not found",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn broken_examples_and_unsupported_schema_constructs_fail_the_build() {
    let dir = scratch_crate();
    let (ok, stderr) = cargo_build(&dir);
    assert!(ok, "the unmodified copy builds:\n{stderr}");

    // An example that breaks its schema.
    let example = dir.join("examples/local-podman-llama-cpp.agent-pod.json");
    edit(&example, "\"containerPort\": 8080", "\"containerPort\": 0");
    let (ok, stderr) = cargo_build(&dir);
    assert!(!ok, "a broken example must fail the build");
    assert!(
        stderr.contains("examples/local-podman-llama-cpp.agent-pod.json:")
            && stderr.contains("/ports/0/containerPort: [minimum]"),
        "the failure names file, position, pointer and rule:\n{stderr}"
    );
    edit(&example, "\"containerPort\": 0", "\"containerPort\": 8080");

    // A schema construct typify would silently drop.
    let schema = dir.join("contracts/cache-tier.schema.json");
    edit(
        &schema,
        "\"policyDomain\": {",
        "\"policyDomain\": {\n      \"format\": \"hostname\",",
    );
    let (ok, stderr) = cargo_build(&dir);
    assert!(!ok, "an unsupported construct must fail the build");
    assert!(
        stderr.contains("contracts/cache-tier.schema.json:")
            && stderr.contains("/properties/policyDomain: keyword \"format\""),
        "the failure names file, position, pointer and keyword:\n{stderr}"
    );
}
