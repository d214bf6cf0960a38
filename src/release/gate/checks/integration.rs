//! The integration items (P1–P5): fail-closed activation without an admission
//! or a grant, evidence only with an allowed decision, a probe that only
//! observes, and storage plans.

#[allow(unused_imports)]
use super::*;
use crate::release::gate::{Check, Item};

/// The items of this area, in report order.
pub static ITEMS: [Item; 5] = [
    Item {
        id: "P1",
        home: "examples/allowed-activation.policy-admission.json",
        area: "integration",
        level: X,
        requirement: "the Policy Fabric admission interface exists and activation fails closed without it",
        remediation: "fix the activation evaluator, or the example admission it refuses",
        ci: false,
        check: Check::Tree(|ctx: &Context| fails_closed_without(ctx, "admission")),
    },
    Item {
        id: "P2",
        home: "examples/active-activation.agent-registry-grant.json",
        area: "integration",
        level: X,
        requirement: "the Agent Registry grant interface exists and activation fails closed without it",
        remediation: "fix the activation evaluator, or the example grant it refuses",
        ci: false,
        check: Check::Tree(|ctx: &Context| fails_closed_without(ctx, "grant")),
    },
    Item {
        id: "P3",
        home: "examples/local-activation.agentplane-runtime-evidence.json",
        area: "integration",
        level: X,
        requirement: "AgentPlane runtime evidence cannot report running without admission and grant",
        remediation: "fix evidence::build, or the evidence example that reports running without authority",
        ci: false,
        check: Check::Tree(evidence_needs_allowed),
    },
    Item {
        id: "P4",
        home: "tests/it/probe.rs",
        area: "integration",
        level: X,
        requirement: "provider discovery is separate from provider activation",
        remediation: "keep the probe read-only: it looks providers up on PATH and never runs them; run tests/it/probe.rs in CI",
        ci: true,
        check: Check::Tree(probe_separate),
    },
    Item {
        id: "P5",
        home: "examples/",
        area: "integration",
        level: B,
        requirement: "local LVM and TopoLVM storage profiles have receipt plans",
        remediation: "fix storage::plan or the example CacheTiers",
        ci: false,
        check: Check::Tree(storage_plans),
    },
];

/// The allowed reference set of the examples, with one of its inputs dropped.
fn decide(
    ctx: &Context,
    drop: Option<&str>,
) -> Result<crate::contracts::ActivationDecision, String> {
    let pod_value = example::<Value>(ctx, "local-podman-llama-cpp.agent-pod.json");
    let (pod, pod_digest) = pod_value
        .and_then(|v| {
            Some((
                serde_json::from_value::<AgentPod>(v.clone()).ok()?,
                crate::base::canonical::digest(&v).ok()?,
            ))
        })
        .ok_or("examples/local-podman-llama-cpp.agent-pod.json is missing or invalid")?;
    let admission = example(ctx, "allowed-activation.policy-admission.json")
        .ok_or("examples/allowed-activation.policy-admission.json is missing or invalid")?;
    let grant = example(ctx, "active-activation.agent-registry-grant.json")
        .ok_or("examples/active-activation.agent-registry-grant.json is missing or invalid")?;
    let receipt = example(
        ctx,
        "local-podman-llama-cpp-quadlet.deployment-receipt.json",
    )
    .ok_or(
        "examples/local-podman-llama-cpp-quadlet.deployment-receipt.json is missing or invalid",
    )?;
    let storage: Vec<crate::contracts::StorageReceipt> =
        example(ctx, "local-lvm-warm-cache.storage-receipt.json")
            .into_iter()
            .collect();
    let tiers: Vec<crate::contracts::CacheTier> = [
        "workstation-models.cache-tier.json",
        "workstation-warm-cache.cache-tier.json",
    ]
    .into_iter()
    .filter_map(|name| example(ctx, name))
    .collect();
    let source =
        crate::render::Source::new("examples/local-podman-llama-cpp.agent-pod.json", pod_digest);
    let inputs = crate::governance::activation::Inputs {
        pod: &pod,
        source: &source,
        tiers: &tiers,
        admission: (drop != Some("admission")).then_some(&admission),
        grant: (drop != Some("grant")).then_some(&grant),
        receipt: crate::governance::activation::ReceiptInput::Document(&receipt),
        storage_receipts: &storage,
        decided_at: "2026-05-12T09:20:00Z",
        machine_id: None,
        provider_id: None,
        decision_id: None,
        strict: false,
    };
    crate::governance::activation::evaluate(&inputs).map_err(|e| e.to_string())
}

/// P1/P2: the examples' admission (grant) is accepted through its interface —
/// no `admission-*` (`grant-*`) reason with the full reference set — and
/// without it, activation fails closed with `admission-missing`
/// (`grant-missing`). Run in-process.
pub fn fails_closed_without(ctx: &Context, input: &str) -> Outcome {
    let prefix = format!("{input}-");
    let (full, without) = match (decide(ctx, None), decide(ctx, Some(input))) {
        (Ok(f), Ok(w)) => (f, w),
        (Err(e), _) | (_, Err(e)) => return Outcome::fail(e),
    };
    let refused: Vec<&str> = full
        .decision
        .failure_reasons
        .iter()
        .map(String::as_str)
        .filter(|r| r.starts_with(&prefix))
        .collect();
    if !refused.is_empty() {
        return Outcome::fail(format!(
            "the examples' {input} is refused through its interface: {}",
            refused.join(", ")
        ));
    }
    let missing = format!("{input}-missing");
    if !without.decision.activation_allowed
        && without
            .decision
            .failure_reasons
            .iter()
            .any(|r| r == &missing)
    {
        Outcome::pass(format!(
            "the examples' {input} is accepted; without it the decision is {} ({})",
            without.decision.status,
            without.decision.failure_reasons.join(", ")
        ))
    } else {
        Outcome::fail(format!(
            "with no {input} the decision is {}",
            without.decision.status
        ))
    }
}

/// P3: evidence cannot report running without an allowed decision — run in-process.
pub fn evidence_needs_allowed(ctx: &Context) -> Outcome {
    let (Some(pod), Some(decision)) = (
        example::<AgentPod>(ctx, "k8s-topolvm.agent-pod.json"),
        example::<crate::contracts::ActivationDecision>(
            ctx,
            "fail-closed.activation-decision.json",
        ),
    ) else {
        return Outcome::fail("the k8s-topolvm pod or the fail-closed decision example is missing");
    };
    let facts = crate::governance::evidence::Facts {
        event: "activation",
        pod: &pod,
        decision: &decision,
        admission: None,
        grant: None,
        receipt: None,
        status: "running",
        observed_at: "2026-05-12T09:21:00Z",
        runtime_version: "gate",
        probe_version: crate::VERSION,
        model_digest: None,
        tokenizer_digest: None,
        node_name: None,
    };
    match crate::governance::evidence::build(&facts) {
        Err(crate::governance::evidence::EvidenceError::NotAllowed { .. }) => {}
        Err(e) => return Outcome::fail(format!("refused for another reason: {e}")),
        Ok(_) => return Outcome::fail("running evidence was built for a fail-closed decision"),
    }
    let mut problems = Vec::new();
    let docs = documents(ctx, "examples");
    let evidence: Vec<_> = docs
        .iter()
        .filter(|d| d.value["kind"] == "AgentPlaneRuntimeEvidence")
        .collect();
    for doc in &evidence {
        if let Some(why) = crate::rules::semantics::running_without_authority(&doc.value) {
            problems.push(format!("{}: {why}", rel(ctx, Path::new(&doc.source))));
        }
    }
    if problems.is_empty() {
        Outcome::pass(format!(
            "running evidence for a fail-closed decision is refused; {} evidence examples report running only with an allowed admission and an active grant",
            evidence.len()
        ))
    } else {
        Outcome::fail(problems.join("; "))
    }
}

/// The probe P4 judges (the library's, or a stand-in that a test breaks).
pub type ProbeFn = dyn Fn(
    &crate::host::probe::View,
    &str,
) -> Result<crate::host::probe::Report, crate::host::probe::ProbeError>;

/// P4: discovery is separate from activation: the probe only observes.
pub fn probe_separate(ctx: &Context) -> Outcome {
    probe_judged(ctx, &crate::host::probe::probe)
}

/// P4 with the probe `probe`: on a fake `PATH` holding a stub for every
/// provider the probe looks for ([`crate::host::probe::PROVIDERS`]) — each stub,
/// if executed, leaves a marker file — and an empty root, the probe must
/// report every stub as a `probe-only` provider found at its path, run none
/// of them and write nothing. The side-effect test (`tests/it/probe.rs`) is
/// CI's proof.
pub fn probe_judged(ctx: &Context, probe: &ProbeFn) -> Outcome {
    use std::os::unix::fs::PermissionsExt as _;
    if !ctx.path("tests/it/probe.rs").is_file() {
        return Outcome::fail("tests/it/probe.rs (the side-effect test) is missing");
    }
    let scratch = match crate::release::gate::validators::Scratch::new() {
        Ok(s) => s,
        Err(e) => return Outcome::fail(e),
    };
    let (bin, root, ran) = (
        scratch.path().join("bin"),
        scratch.path().join("root"),
        scratch.path().join("ran"),
    );
    let listing = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = walk(dir)
            .files
            .iter()
            .map(|f| f.strip_prefix(dir).unwrap_or(f).display().to_string())
            .collect();
        names.sort();
        names
    };
    let mut stubs = Vec::new();
    for dir in [&bin, &root, &ran] {
        if let Err(e) = std::fs::create_dir(dir) {
            return Outcome::fail(format!("{}: {e}", dir.display()));
        }
    }
    for (name, ..) in crate::host::probe::PROVIDERS {
        let stub = bin.join(name);
        let body = format!(
            "#!/bin/sh\n# A provider stub of the gate (P4): running it is activation.\n: > '{}'\n",
            ran.join(name).display()
        );
        if let Err(e) = std::fs::write(&stub, body)
            .and_then(|()| std::fs::set_permissions(&stub, std::fs::Permissions::from_mode(0o755)))
        {
            return Outcome::fail(format!("{}: {e}", stub.display()));
        }
        stubs.push((*name, stub));
    }
    if stubs.is_empty() {
        return Outcome::fail("the probe looks for no provider, so nothing shows it only observes");
    }
    let before = listing(scratch.path());
    let view = crate::host::probe::View {
        root: root.clone(),
        path: vec![bin.clone()],
    };
    let report = match probe(&view, std::env::consts::ARCH) {
        Ok(r) => r,
        Err(e) => return Outcome::fail(e.to_string()),
    };
    let mut problems = Vec::new();
    let executed = listing(&ran);
    if !executed.is_empty() {
        problems.push(format!(
            "the probe executed provider stubs: {}",
            executed.join(", ")
        ));
    }
    let after = listing(scratch.path());
    if before.len() + executed.len() != after.len() {
        problems.push("the probe wrote files".into());
    }
    for (name, stub) in &stubs {
        let found: Vec<_> = report
            .providers
            .iter()
            .filter(|p| *p.runtime.command_ref == *stub.to_string_lossy())
            .collect();
        match found.as_slice() {
            [p] if p.status.to_string() == "probe-only" => {}
            [p] => problems.push(format!("{name} was reported {}, not probe-only", p.status)),
            _ => problems.push(format!(
                "{name} on PATH was not reported as a probe-only provider at {}",
                stub.display()
            )),
        }
    }
    if report.providers.len() != stubs.len() {
        problems.push(format!(
            "{} providers reported for {} stubs on PATH",
            report.providers.len(),
            stubs.len()
        ));
    }
    if !problems.is_empty() {
        return Outcome::fail(problems.join("; "));
    }
    match ctx.ci("P4", "tests/it/probe.rs (booby-trapped PATH, fake root)") {
        o if o.status == crate::release::gate::Status::Fail => o,
        o => Outcome {
            status: o.status,
            evidence: format!(
                "the probe found {} provider stubs on a fake PATH ({}), each probe-only, and ran none; {}",
                stubs.len(),
                stubs.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
                o.evidence
            ),
        },
    }
}

/// P5: local LVM and TopoLVM storage profiles have receipt plans — run in-process.
pub fn storage_plans(ctx: &Context) -> Outcome {
    let tiers: Vec<CacheTier> = json_files(&ctx.path("examples"))
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(".cache-tier.json"))
        .filter_map(|f| parsed(&crate::base::input::read_text(f).ok()?))
        .collect();
    let mut backends = std::collections::BTreeSet::new();
    for (_, pod) in example_pods(ctx) {
        if let Ok(planned) = crate::governance::storage::plan(
            &pod,
            &tiers,
            "urn:srcos:agent-machine:gate",
            "1970-01-01T00:00:00Z",
        ) {
            backends.extend(
                planned
                    .iter()
                    .filter(|p| !p.steps.is_empty())
                    .map(|p| p.receipt.backend.to_string()),
            );
        }
    }
    if backends.contains("local-lvm") && backends.contains("topolvm-k8s") {
        Outcome::pass("storage plans with provisioning steps for local-lvm and topolvm-k8s")
    } else {
        Outcome::fail(format!("storage plans exist only for {backends:?}"))
    }
}
