//! `cargo build` is the first gate: a broken example or a schema construct
//! outside the typify-safe profile fails the build with a message a person can
//! act on (file, line:column, JSON pointer, rule).
//!
//! The build script's checks (`build/checks.rs`) run here in-process on a
//! scratch copy of `contracts/` and `examples/`; one nested `cargo check`
//! of a scratch copy of the crate (under `target/build-gate/`, built in the
//! main target directory so that every dependency the test build compiled is
//! reused — cargo does not hold that directory while tests run; `--offline`,
//! so it needs only what the main build already fetched) shows that the
//! build runs them and fails with their message.

#[path = "../../build/checks.rs"]
mod checks;

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

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch copy of `dirs` (and `files`) of the crate under `target/build-gate/NAME`.
fn scratch(name: &str, dirs: &[&str], files: &[&str]) -> PathBuf {
    let scratch = root().join("target/build-gate").join(name);
    let _ = std::fs::remove_dir_all(&scratch);
    for dir in dirs {
        copy_tree(&root().join(dir), &scratch.join(dir));
    }
    for file in files {
        std::fs::copy(root().join(file), scratch.join(file)).unwrap();
    }
    scratch
}

fn cargo_build(dir: &Path) -> (bool, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        // A check: the build script runs in full, and it is the build script
        // under test (with the default features: only the full library's
        // build validates the examples). Offline, with the versions of the
        // main lock (the scratch workspace has one member fewer, so the lock
        // is not --locked).
        .args(["check", "--offline", "--lib"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", crate::support::target_dir())
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

/// The build's checks on `dir` (holding `contracts/` and `examples/`).
fn checked(dir: &Path) -> Result<String, String> {
    let contracts = checks::load_contracts(&dir.join("contracts"))?;
    checks::check_examples(dir, &contracts)
}

const EXAMPLE: &str = "examples/local-podman-llama-cpp.agent-pod.json";

#[test]
fn broken_examples_and_unsupported_schema_constructs_fail_the_checks() {
    let dir = scratch("checks", &["contracts", "examples"], &[]);
    let tests = checked(&dir).expect("the unmodified copy passes");
    let examples = std::fs::read_dir(dir.join("examples")).unwrap().count();
    assert_eq!(
        tests.matches("#[test]").count(),
        examples,
        "one generated test per example"
    );

    // An example that breaks its schema.
    let example = dir.join(EXAMPLE);
    edit(&example, "\"containerPort\": 8080", "\"containerPort\": 0");
    let e = checked(&dir).unwrap_err();
    assert!(
        e.starts_with("error: 1 example(s) are not valid")
            && e.contains("examples/local-podman-llama-cpp.agent-pod.json:")
            && e.contains("/ports/0/containerPort: [minimum]"),
        "the failure names file, position, pointer and rule:\n{e}"
    );
    edit(&example, "\"containerPort\": 0", "\"containerPort\": 8080");
    checked(&dir).expect("restored");

    // A schema construct typify would silently drop.
    let schema = dir.join("contracts/cache-tier.schema.json");
    edit(
        &schema,
        "\"policyDomain\": {",
        "\"policyDomain\": {\n      \"format\": \"hostname\",",
    );
    let e = checked(&dir).unwrap_err();
    assert!(
        e.starts_with("error: 1 problem(s) in contracts/")
            && e.contains("contracts/cache-tier.schema.json:")
            && e.contains("/properties/policyDomain: keyword \"format\""),
        "the failure names file, position, pointer and keyword:\n{e}"
    );
}

/// Archived versions (`contracts/v<version>/`) are held to their own
/// identity rules, and an example of an archived version is judged by that
/// version's schema.
#[test]
fn archived_contract_versions_are_checked() {
    let dir = scratch("archive", &["contracts", "examples"], &[]);
    checked(&dir).expect("the unmodified copy passes");
    let archived = dir.join("contracts/v0.1.0/agent-pod.schema.json");

    // An archived file whose version is not its folder's.
    std::fs::create_dir_all(dir.join("contracts/v0.0.9")).unwrap();
    std::fs::copy(
        &archived,
        dir.join("contracts/v0.0.9/agent-pod.schema.json"),
    )
    .unwrap();
    let e = checked(&dir).unwrap_err();
    assert!(
        e.contains("contracts/v0.0.9/agent-pod.schema.json: /properties/specVersion: is \"0.1.0\", the folder says \"0.0.9\""),
        "{e}"
    );
    std::fs::remove_dir_all(dir.join("contracts/v0.0.9")).unwrap();

    // A folder that is not a version.
    std::fs::create_dir_all(dir.join("contracts/old")).unwrap();
    let e = checked(&dir).unwrap_err();
    assert!(
        e.contains("contracts/old/: a folder under contracts/ is an archived version"),
        "{e}"
    );
    std::fs::remove_dir_all(dir.join("contracts/old")).unwrap();

    // An archived version of a kind with no current contract, or of the
    // current version itself.
    std::fs::copy(
        dir.join("contracts/cache-tier.schema.json"),
        dir.join("contracts/v0.1.0/cache-tier.schema.json"),
    )
    .unwrap();
    let e = checked(&dir).unwrap_err();
    assert!(e.contains("archives the current version 0.1.0"), "{e}");
    std::fs::remove_file(dir.join("contracts/v0.1.0/cache-tier.schema.json")).unwrap();

    // A v0.1.0 example is judged by the v0.1.0 schema: a v0.2.0 field in it
    // fails the build.
    edit(
        &dir.join(EXAMPLE),
        "\"networkMode\": \"loopback\"",
        "\"networkMode\": \"loopback\", \"shmSizeBytes\": 1",
    );
    let e = checked(&dir).unwrap_err();
    assert!(e.contains("/runtime: [additionalProperties]"), "{e}");
}

/// One nested build: the build script runs the checks and fails the build
/// with their message.
#[test]
fn a_broken_example_fails_the_build() {
    let dir = scratch(
        "crate",
        &["src", "build", "contracts", "examples", "benches"],
        &[
            "Cargo.toml",
            "Cargo.lock",
            "build.rs",
            "rust-toolchain.toml",
        ],
    );
    // The copy is the library alone, without the compile-fail member.
    edit(
        &dir.join("Cargo.toml"),
        "members = [\".\", \"tests/compile-fail\"]\ndefault-members = [\".\", \"tests/compile-fail\"]",
        "members = [\".\"]",
    );
    // Under another package name: it is checked in the test's own target
    // directory, where cargo names a workspace root package's units by name
    // and version, not by path, so under the same name the broken copy's
    // build script and generated code would replace the real crate's.
    edit(
        &dir.join("Cargo.toml"),
        "[package]\nname = \"agent-machine\"\n",
        "[package]\nname = \"agent-machine-build-gate-copy\"\n",
    );
    edit(
        &dir.join(EXAMPLE),
        "\"containerPort\": 8080",
        "\"containerPort\": 0",
    );
    let (ok, stderr) = cargo_build(&dir);
    assert!(!ok, "a broken example must fail the build");
    assert!(
        stderr.contains("examples/local-podman-llama-cpp.agent-pod.json:")
            && stderr.contains("/ports/0/containerPort: [minimum]"),
        "the failure names file, position, pointer and rule:\n{stderr}"
    );
}
