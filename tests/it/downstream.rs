//! The contracts-only library, from a downstream crate.
//!
//! The crate shown in `docs/contracts.md` ("Using the contracts from another
//! crate") is written out exactly as the docs show it, built offline with
//! `default-features = false`, run on an example, and its dependency tree is
//! held to the lean set. It builds in the main target directory (cargo does
//! not hold it while tests run), so every dependency the test build compiled
//! is reused; only the crate itself and its lean `agent-machine` are built.

use std::path::Path;
use std::process::Command;

use crate::support;

const DOC: &str = include_str!("../../docs/contracts.md");

/// The first fenced block of `lang` after the downstream heading.
fn block(lang: &str) -> &'static str {
    let section = DOC
        .split("## Using the contracts from another crate")
        .nth(1)
        .expect("docs/contracts.md has the downstream section");
    let open = format!("```{lang}\n");
    let start = section.find(&open).expect("the block is there") + open.len();
    let len = section[start..].find("```").expect("the block is closed");
    &section[start..start + len]
}

/// The crates a downstream build may pull in through `agent-machine`'s
/// normal dependencies, and theirs.
const LEAN: &[&str] = &[
    "agent-machine",
    "pod-digest",
    "serde",
    "serde_core",
    "serde_derive",
    "serde_json",
    "serde_json_canonicalizer",
    "regress",
    "sha2",
    // serde_json, regress, sha2 and the JCS crate, in turn:
    "itoa",
    "memchr",
    "ryu",
    "ryu-js",
    "zmij",
    "indexmap",
    "equivalent",
    "hashbrown",
    "foldhash",
    "allocator-api2",
    "block-buffer",
    "cfg-if",
    "cpufeatures",
    "crypto-common",
    "digest",
    "generic-array",
    "typenum",
    "version_check",
    "libc",
    "proc-macro2",
    "quote",
    "syn",
    "unicode-ident",
];

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

#[test]
fn a_downstream_crate_builds_with_the_contracts_alone() {
    let root = support::root();
    let dir = root.join("target/build-gate/downstream");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = block("toml").replace(
        "path = \"../agent-machine\"",
        &format!("path = {:?}", root.display().to_string()),
    );
    assert_ne!(
        manifest,
        block("toml"),
        "the manifest names ../agent-machine"
    );
    // Its own workspace, so the build never looks for one above it, with the
    // main crate's debug profile, so the dependencies already built are reused.
    let profile = "[profile.dev]\ndebug = \"line-tables-only\"\n\n[profile.dev.package.\"*\"]\ndebug = false\n";
    std::fs::write(
        dir.join("Cargo.toml"),
        format!("{manifest}\n[workspace]\n\n{profile}"),
    )
    .unwrap();
    std::fs::write(dir.join("src/main.rs"), block("rust")).unwrap();
    // The versions the main build resolved, so an offline build finds them.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();

    let started = std::time::Instant::now();
    let built = cargo()
        .args(["build", "--offline", "--quiet"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", support::target_dir())
        .output()
        .expect("cargo runs");
    assert!(
        built.status.success(),
        "the downstream crate does not build:\n{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let took = started.elapsed();

    let pod = "examples/local-podman-llama-cpp.agent-pod.json";
    let run = Command::new(support::target_dir().join("debug/pod-digest"))
        .arg(root.join(pod))
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let value: serde_json::Value = support::example("local-podman-llama-cpp.agent-pod.json");
    let expected = format!(
        "{} {} {}\n",
        value["id"].as_str().unwrap(),
        value["podType"].as_str().unwrap(),
        agent_machine::base::canonical::digest(&value).unwrap()
    );
    assert_eq!(String::from_utf8_lossy(&run.stdout), expected);

    let tree = cargo()
        .args(["tree", "--offline", "--edges", "normal", "--prefix", "none"])
        .args(["--format", "{p}"])
        .current_dir(&dir)
        .output()
        .expect("cargo tree runs");
    assert!(
        tree.status.success(),
        "{}",
        String::from_utf8_lossy(&tree.stderr)
    );
    let mut crates: Vec<String> = String::from_utf8_lossy(&tree.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .collect();
    crates.sort();
    crates.dedup();
    let extra: Vec<&String> = crates
        .iter()
        .filter(|c| !LEAN.contains(&c.as_str()))
        .collect();
    assert!(
        extra.is_empty(),
        "the contracts-only library pulls in {extra:?}"
    );
    for heavy in [
        "clap",
        "jsonschema",
        "k8s-openapi",
        "minisign",
        "serde-saphyr",
        "regex",
    ] {
        assert!(
            !crates.iter().any(|c| c == heavy),
            "{heavy} is a dependency"
        );
    }
    eprintln!(
        "downstream: {} crates in its normal dependency tree (itself and agent-machine included), built in {:.1}s",
        crates.len(),
        took.as_secs_f64()
    );
    assert!(Path::new(&dir).join("Cargo.lock").is_file());
}
