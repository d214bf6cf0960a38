//! The Homebrew formula (`packaging/homebrew/agent-machine.rb`): it agrees
//! with Cargo.toml, the SourceOS offline DSL stub loads it, and its `test do`
//! block passes against the CLI this build produced — and fails when the
//! block expects something the CLI does not do.

use crate::support;

use std::path::{Path, PathBuf};
use std::process::Output;

use agent_machine::release::packaging::{self, FORMULA};

fn bindir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_agent-machine"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Runs the formula's test block with `tests/it/support/formula_test.rb`, or
/// `None` when Ruby or the shared stub is missing (a failure in CI).
fn run_test_block(formula: &Path) -> Option<Output> {
    let ruby = support::validator("ruby")?;
    let stub = support::shared_tool("formula_stub.rb")?;
    Some(
        std::process::Command::new(ruby)
            .arg(support::root().join("tests/it/support/formula_test.rb"))
            .arg(stub)
            .arg(formula)
            .arg(bindir())
            .output()
            .unwrap(),
    )
}

#[test]
fn the_formula_agrees_with_cargo_toml() {
    let cargo = std::fs::read_to_string(support::root().join("Cargo.toml")).unwrap();
    let facts = packaging::package(&cargo).unwrap();
    assert_eq!(facts.version, agent_machine::VERSION);
    let formula = std::fs::read_to_string(support::root().join(FORMULA)).unwrap();
    assert_eq!(
        packaging::check_formula(&formula, &facts),
        Vec::<String>::new()
    );

    // A version bump that leaves the formula behind is caught.
    let bumped = packaging::Package {
        version: "0.2.0".into(),
        ..facts.clone()
    };
    let problems = packaging::check_formula(&formula, &bumped);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("tag: \"v0.2.0\""), "{problems:?}");
}

#[test]
fn the_formula_loads_and_its_test_block_passes_against_the_built_cli() {
    let Some(out) = run_test_block(&support::root().join(FORMULA)) else {
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("AgentMachine: stub DSL load OK"),
        "{stdout}"
    );
    assert!(
        stdout.contains("AgentMachine: test block passed"),
        "{stdout}"
    );
}

#[test]
fn a_test_block_that_expects_what_the_cli_does_not_do_fails() {
    let text = std::fs::read_to_string(support::root().join(FORMULA)).unwrap();
    let dir = support::scratch("formula");
    for (name, from, to, says) in [
        (
            "wider.rb",
            "PublishPort=127.0.0.1:8080:8080",
            "PublishPort=0.0.0.0:8080:8080",
            "expected \"PublishPort=0.0.0.0:8080:8080\"",
        ),
        (
            "accepted.rb",
            "host.container 2>&1\", 2)",
            "host.container 2>&1\", 0)",
            "exited 2, expected 0",
        ),
        ("nodesc.rb", "  desc \"", "  # desc \"", "missing desc"),
    ] {
        assert!(text.contains(from), "{name}: {from}");
        let path = dir.join(name);
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let Some(out) = run_test_block(&path) else {
            return;
        };
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name} passed");
        assert!(stderr.contains(says), "{name}: {stderr}");
    }
}
