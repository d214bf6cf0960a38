//! The GitHub Actions workflow passes actionlint, and actionlint is not a
//! rubber stamp: a workflow with a broken expression and an unknown key fails.

use crate::support;

use std::path::Path;
use std::process::Output;

fn actionlint(file: &Path) -> Option<Output> {
    let tool = support::validator("actionlint")?;
    Some(
        std::process::Command::new(tool)
            .args(["-no-color", "-shellcheck=", "-pyflakes="])
            .arg(file)
            .output()
            .unwrap(),
    )
}

#[test]
fn the_workflow_passes_actionlint() {
    let Some(out) = actionlint(&support::root().join(".github/workflows/ci.yml")) else {
        return;
    };
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_broken_workflow_fails_actionlint() {
    let text = std::fs::read_to_string(support::root().join(".github/workflows/ci.yml")).unwrap();
    let dir = support::scratch("workflow/.github/workflows");
    for (name, from, to, says) in [
        (
            "key.yml",
            "timeout-minutes: 60",
            "timeout-minute: 60",
            (
                "unexpected key \"timeout-minute\" for \"job\" section",
                "[syntax-check]",
            ),
        ),
        (
            "expr.yml",
            "run: make validate",
            "run: make ${{ matrix.nope }}",
            ("property \"nope\" is not defined", "[expression]"),
        ),
    ] {
        assert!(text.contains(from), "{name}: {from}");
        let path = dir.join(name);
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let Some(out) = actionlint(&path) else {
            return;
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{name} passed actionlint");
        // Exactly one finding, for the edit made, with actionlint's rule.
        // (`<path as actionlint shows it>:<line>:<column>: <message> [<rule>]`)
        let at = format!("/{name}:");
        let findings: Vec<&str> = stdout.lines().filter(|l| l.contains(&at)).collect();
        let (message, rule) = says;
        assert!(
            findings.len() == 1 && findings[0].contains(message) && findings[0].ends_with(rule),
            "{name}: expected one {rule} finding {message:?}:\n{stdout}"
        );
    }
}
