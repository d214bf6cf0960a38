//! The renderer items (R1–R7): deterministic plans and receipts, skeletons equal
//! to the renders, no authorization claimed, the real external validators and
//! the runtime proof.

#[allow(unused_imports)]
use super::*;
use crate::release::gate::{Check, Item};

/// The items of this area, in report order.
pub static ITEMS: [Item; 7] = [
    Item {
        id: "R1",
        home: "skeletons/plans/",
        area: "renderers",
        level: B,
        requirement: "plan rendering is deterministic",
        remediation: "remove the source of nondeterminism from the plan renderer",
        ci: false,
        check: Check::Tree(|ctx: &Context| deterministic(ctx, "skeletons/plans/")),
    },
    Item {
        id: "R2",
        home: "skeletons/receipts/",
        area: "renderers",
        level: B,
        requirement: "DeploymentReceipt rendering is deterministic and schema-valid for every artifact kind",
        remediation: "fix the receipt renderer",
        ci: false,
        check: Check::Tree(|ctx: &Context| deterministic(ctx, "skeletons/receipts/")),
    },
    Item {
        id: "R3",
        home: "skeletons/quadlet/",
        area: "renderers",
        level: B,
        requirement: "Quadlet rendering is deterministic and equals the checked-in skeletons byte for byte",
        remediation: "review the diff, then agent-machine skeletons bless",
        ci: false,
        check: Check::Tree(|ctx: &Context| skeletons_match(ctx, "skeletons/quadlet/")),
    },
    Item {
        id: "R4",
        home: "skeletons/k8s/",
        area: "renderers",
        level: B,
        requirement: "Kubernetes rendering is deterministic and semantically equals the checked-in skeletons",
        remediation: "review the diff, then agent-machine skeletons bless",
        ci: false,
        check: Check::Tree(|ctx: &Context| skeletons_match(ctx, "skeletons/k8s/")),
    },
    Item {
        id: "R5",
        home: "skeletons/",
        area: "renderers",
        level: X,
        requirement: "no generated artifact claims authorization",
        remediation: "keep authorizationGranted false and the not-authorization note in every artifact",
        ci: false,
        check: Check::Tree(no_authorization_claims),
    },
    Item {
        id: "R6",
        home: "tests/it/external_validators.rs",
        area: "renderers",
        level: X,
        requirement: "Quadlet units pass the real Podman Quadlet generator; manifests pass strict Kubernetes OpenAPI validation (validators prove their identity; never greener than CI)",
        remediation: "run tests/it/external_validators.rs in CI with AGENT_MACHINE_REQUIRE_VALIDATORS=1; give --validators the real tools (scripts/install-validators.sh)",
        ci: true,
        check: Check::Tree(external_validators),
    },
    Item {
        id: "R7",
        home: "tests/it/runtime.rs",
        area: "renderers",
        level: X,
        requirement: "every accepted Quadlet unit and Kubernetes Pod starts under real Podman and runs as the posture model says (privilege, capabilities, read-only root and models, loopback ports, limits)",
        remediation: "run tests/it/runtime.rs in CI with AGENT_MACHINE_REQUIRE_VALIDATORS=1 (scripts/install-validators.sh installs podman, runc, catatonit and busybox-static)",
        ci: true,
        check: Check::Tree(runtime_proof),
    },
];

fn expected(ctx: &Context) -> Result<&[skeletons::Expected], Outcome> {
    ctx.memo
        .renders
        .get_or_init(|| render(ctx))
        .as_deref()
        .map_err(Outcome::clone)
}

/// The examples rendered now, every time it is called.
fn render(ctx: &Context) -> Result<Vec<skeletons::Expected>, Outcome> {
    skeletons::expected(&ctx.root).map_err(|d| {
        Outcome::fail(format!(
            "the examples do not render: {}",
            d.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })
}

/// R1/R2: rendering twice gives the same bytes, and the same bytes as the
/// committed render (made in another checkout, at another time); receipts
/// are schema-valid.
pub fn deterministic(ctx: &Context, prefix: &str) -> Outcome {
    let (a, b) = match (expected(ctx), render(ctx)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let mut problems = Vec::new();
    let selected: Vec<_> = a
        .iter()
        .zip(&b)
        .filter(|(x, _)| x.path.starts_with(prefix))
        .collect();
    problems.extend(stale(ctx, prefix, a));
    for (x, y) in &selected {
        if x != y {
            problems.push(format!("{} renders differently twice", x.path));
        }
        match ctx.read(&x.path) {
            Some(committed) if committed == x.text => {}
            Some(_) => problems.push(format!(
                "{} differs from this render (agent-machine skeletons bless after review)",
                x.path
            )),
            None => problems.push(format!("{} is missing", x.path)),
        }
        if x.path.ends_with(".receipt.json") {
            let doc = crate::base::input::parse_document(
                x.path.clone(),
                x.text.as_bytes(),
                Limits::default(),
            );
            if !doc.is_ok_and(|d| validate(&d, Mode::default()).is_valid()) {
                problems.push(format!("{} is not a valid DeploymentReceipt", x.path));
            }
        }
    }
    verdict(problems, selected.len(), "renders")
}

/// R3/R4: the checked-in skeletons equal the renders (Quadlet byte for byte, YAML as documents).
pub fn skeletons_match(ctx: &Context, prefix: &str) -> Outcome {
    let expected = match expected(ctx) {
        Ok(e) => e,
        Err(e) => return e,
    };
    let mut problems = Vec::new();
    let selected: Vec<_> = expected
        .iter()
        .filter(|e| e.path.starts_with(prefix))
        .collect();
    problems.extend(stale(ctx, prefix, expected));
    for e in &selected {
        let Some(actual) = ctx.read(&e.path) else {
            problems.push(format!("{} is missing", e.path));
            continue;
        };
        let same = if e.path.ends_with(".yaml") {
            // Read as the posture check reads a stream (as Kubernetes types
            // it; what could read differently there is refused).
            let parse = |t: &str| crate::base::yaml::read_stream(t).ok();
            parse(&actual).is_some() && parse(&actual) == parse(&e.text)
        } else {
            actual == e.text
        };
        if !same {
            problems.push(format!(
                "{} differs from its render (agent-machine skeletons bless after review)",
                e.path
            ));
        }
    }
    verdict(problems, selected.len(), "skeletons")
}

/// The files under `prefix` (a directory of `skeletons/`) that no example
/// renders to, and what there is not a file — as `skeletons check` sees them.
fn stale(ctx: &Context, prefix: &str, expected: &[skeletons::Expected]) -> Vec<String> {
    super::safety::inventory(ctx)
        .iter()
        .filter(|s| s.rel.starts_with(prefix))
        .filter(|s| !expected.iter().any(|e| e.path == s.rel) || s.problem.is_some())
        .map(|s| match &s.problem {
            Some(problem) => problem.clone(),
            None => format!(
                "{}: no example renders to it (stale; agent-machine skeletons bless removes it)",
                s.rel
            ),
        })
        .collect()
}

fn claims_authorization(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.iter().any(|(k, v)| {
            (k == "authorizationGranted" && v == &Value::Bool(true) && !m.contains_key("status"))
                || claims_authorization(v)
        }),
        Value::Array(a) => a.iter().any(claims_authorization),
        _ => false,
    }
}

/// R5: no generated artifact claims authorization (every file under
/// `skeletons/`; what is not a regular file cannot be checked, and fails).
pub fn no_authorization_claims(ctx: &Context) -> Outcome {
    let walked = walk(&ctx.path("skeletons"));
    let files = walked.files;
    let mut problems: Vec<String> = walked
        .others
        .iter()
        .map(|(p, what)| format!("{} is {what}, so it cannot be checked", rel(ctx, p)))
        .collect();
    if walked.truncated {
        problems.push(format!(
            "skeletons/ holds more than {MAX_WALK_ENTRIES} entries or {MAX_WALK_DEPTH} levels; the rest cannot be checked"
        ));
    }
    for f in &files {
        let name = rel(ctx, f);
        let Ok(text) = crate::base::input::read_text(f) else {
            problems.push(format!("{name} cannot be read, so it cannot be checked"));
            continue;
        };
        if name.ends_with(".json") {
            if parsed::<Value>(&text).is_some_and(|v| claims_authorization(&v)) {
                problems.push(format!("{name} claims authorization"));
            }
        } else if !text.contains(crate::render::NOT_AUTHORIZATION) {
            problems.push(format!(
                "{name} does not say that rendering is not authorization"
            ));
        }
    }
    verdict(problems, files.len(), "artifacts")
}

/// R6: the external-validator tests exist and CI cannot skip them; the
/// validators themselves run on the skeletons when `--validators` names
/// their directory, and otherwise the result is CI's.
/// R7: the runtime proof exists, runs real Podman, is installed for CI, and
/// CI reports that it passed (never assumed).
pub fn runtime_proof(ctx: &Context) -> Outcome {
    let test = "tests/it/runtime.rs";
    let mut problems = Vec::new();
    for needle in [
        "support::validator(\"podman\")",
        "fn every_rendered_unit_starts_and_runs_as_the_posture_says",
        "fn the_harness_sees_each_breakage_on_the_running_container",
    ] {
        if !says(ctx, test, needle) {
            problems.push(format!("{test} does not have {needle}"));
        }
    }
    if !says(ctx, "scripts/install-validators.sh", "apt_install podman") {
        problems.push("scripts/install-validators.sh does not install podman".into());
    }
    if !problems.is_empty() {
        return Outcome::fail(problems.join("; "));
    }
    ctx.ci("R7", test)
}

/// R6: the real Quadlet generator and `kubernetes-validate --strict` accept
/// every skeleton (run by the gate itself when given `--validators`), and the
/// test that runs them in CI exists.
pub fn external_validators(ctx: &Context) -> Outcome {
    let test = "tests/it/external_validators.rs";
    let mut problems = Vec::new();
    for tool in [
        "support::validator(\"quadlet\")",
        "support::validator(\"kubernetes-validate\")",
    ] {
        if !says(ctx, test, tool) {
            problems.push(format!("{test} does not run {tool}"));
        }
    }
    if !says(ctx, ".ci/run", "AGENT_MACHINE_REQUIRE_VALIDATORS=1") {
        problems.push(
            ".ci/run does not set AGENT_MACHINE_REQUIRE_VALIDATORS=1: CI could skip the validators"
                .into(),
        );
    }
    if !problems.is_empty() {
        return Outcome::fail(problems.join("; "));
    }
    let ci = ctx.ci("R6", test);
    match (ctx.validated(), &ctx.validators) {
        (Some(Err(e)), Some(dir)) => Outcome::fail(format!(
            "the validators in {} are not the real tools: {e}",
            dir.display()
        )),
        // Never greener than CI: its `fail` wins over the gate's own pass
        // (CI runs every supported Kubernetes version; the gate one).
        (Some(Ok(ran)), _) if ci.status == crate::release::gate::Status::Fail => Outcome::fail(
            format!("{}; the gate's own run: {}", ci.evidence, ran.evidence),
        ),
        (Some(Ok(ran)), _) => ran.clone(),
        (Some(Err(e)), None) => Outcome::fail(e.to_string()),
        (None, Some(dir)) => match ci {
            o if o.status == crate::release::gate::Status::NotRun => Outcome::not_run(format!(
                "{}: quadlet or kubernetes-validate is not there (scripts/install-validators.sh); {}",
                dir.display(),
                o.evidence
            )),
            o => o,
        },
        (None, None) => ci,
    }
}
