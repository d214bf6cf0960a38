//! The CI items (V1–V3): one validation script, the workflow, and every kind of
//! validation run.

#[allow(unused_imports)]
use super::*;
use crate::release::gate::{Check, Item};

/// The items of this area, in report order.
pub static ITEMS: [Item; 3] = [
    Item {
        id: "V1",
        home: "scripts/validate.sh",
        area: "CI",
        level: B,
        requirement: "make validate passes locally and runs the same checks as CI",
        remediation: "have the Makefile and .ci/run both call scripts/validate.sh",
        ci: true,
        check: Check::Tree(same_script),
    },
    Item {
        id: "V2",
        home: ".github/workflows/ci.yml",
        area: "CI",
        level: B,
        requirement: "a CI workflow runs make validate on push and pull request; what is known of its runs is documented",
        remediation: "keep make validate in .github/workflows/ci.yml on push and pull_request, and docs/ci.md's workflow visibility section",
        ci: true,
        check: Check::Tree(workflow),
    },
    Item {
        id: "V3",
        home: "scripts/validate.sh",
        area: "CI",
        level: X,
        requirement: "YAML, Quadlet, JSON, library, CLI, render and formula validation all run",
        remediation: "run every kind of validation from scripts/validate.sh in CI and pass its results with --evidence",
        ci: true,
        check: Check::Tree(validations_run),
    },
];

/// V1: `make validate` and `.ci/run` run the same script; the result comes from CI.
pub fn same_script(ctx: &Context) -> Outcome {
    let runs = |file: &str| says(ctx, file, "scripts/validate.sh");
    let make = ctx.read("Makefile").unwrap_or_default();
    if !(make.contains("validate:") && runs("Makefile") && runs(".ci/run")) {
        return Outcome::fail(
            "the Makefile's validate target and .ci/run do not both run scripts/validate.sh",
        );
    }
    ctx.ci("V1", "scripts/validate.sh run by CI")
}

/// Whether a parsed workflow runs on push and pull request and has a step
/// that runs exactly `make validate`.
fn runs_make_validate(workflow: &Value) -> bool {
    let on = &workflow["on"];
    let triggered = |event: &str| match on {
        Value::String(s) => s == event,
        Value::Array(a) => a.iter().any(|e| e == event),
        Value::Object(m) => m.contains_key(event),
        _ => false,
    };
    let step = workflow["jobs"].as_object().is_some_and(|jobs| {
        jobs.values().any(|job| {
            job["steps"].as_array().is_some_and(|steps| {
                steps.iter().any(|s| {
                    s["run"]
                        .as_str()
                        .is_some_and(|r| r.trim() == "make validate")
                })
            })
        })
    });
    triggered("push") && triggered("pull_request") && step
}

/// V2: a workflow (parsed, not grepped) runs `make validate` on push and pull
/// request, and the docs say what is known about its runs; actionlint's
/// verdict on the file is CI's.
pub fn workflow(ctx: &Context) -> Outcome {
    let mut files = Vec::new();
    walk_files(&ctx.path(".github/workflows"), &mut files);
    files.sort();
    let found = files.iter().find(|f| {
        crate::base::input::read_text(f)
            .ok()
            .and_then(|t| serde_saphyr::from_str::<Value>(&t).ok())
            .is_some_and(|w| runs_make_validate(&w))
    });
    let Some(found) = found else {
        return Outcome::fail(
            "no workflow under .github/workflows runs `make validate` on push and pull_request",
        );
    };
    if !ctx
        .read("docs/ci.md")
        .is_some_and(|t| t.contains("\n## Workflow visibility\n"))
    {
        return Outcome::fail(
            "docs/ci.md does not say whether the workflow's runs are visible (## Workflow visibility)",
        );
    }
    ctx.ci(
        "V2",
        &format!(
            "tests/it/workflow.rs (actionlint on {}, which runs make validate on push and pull_request)",
            rel(ctx, found)
        ),
    )
}

/// What CI's script runs, by kind of validation (V3): the kind, the file
/// that runs it and what in that file shows it.
const VALIDATIONS: &[(&str, &str, &str)] = &[
    (
        "YAML",
        "tests/it/external_validators.rs",
        "kubernetes-validate",
    ),
    (
        "Quadlet",
        "tests/it/external_validators.rs",
        "support::validator(\"quadlet\")",
    ),
    (
        "JSON",
        "scripts/validate.sh",
        "agent-machine validate examples/",
    ),
    (
        "library import",
        "tests/it/examples.rs",
        "use agent_machine::",
    ),
    ("CLI", "tests/it/cli.rs", "trycmd::TestCases"),
    (
        "render",
        "scripts/validate.sh",
        "agent-machine skeletons check",
    ),
    ("formula", "tests/it/formula.rs", "formula_test.rb"),
];

/// V3: every kind of validation runs in CI's script; the gate lists which.
pub fn validations_run(ctx: &Context) -> Outcome {
    let script = "scripts/validate.sh";
    let mut ran = Vec::new();
    let mut problems = Vec::new();
    let tests_run = says(ctx, script, "cargo test --locked");
    if !tests_run {
        problems.push(format!("{script} does not run cargo test --locked"));
    }
    for (kind, file, marker) in VALIDATIONS {
        if says(ctx, file, marker) && (file.starts_with("scripts/") || tests_run) {
            ran.push(format!("{kind} ({file})"));
        } else {
            problems.push(format!("{kind} validation does not run ({file})"));
        }
    }
    if problems.is_empty() {
        match ctx.ci("V3", script) {
            o if o.status == crate::release::gate::Status::Fail => o,
            o => Outcome {
                status: o.status,
                evidence: format!("{}; runs {}", o.evidence, ran.join(", ")),
            },
        }
    } else {
        Outcome::fail(problems.join("; "))
    }
}
