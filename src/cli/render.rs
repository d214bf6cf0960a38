//! `agent-machine render plan|receipt|quadlet|k8s|crd <agentpod.json>`, and
//! `render all|plan|… <dir|file>… --out <dir>` for many pods at once (see
//! [`super::render_all`]).
//!
//! The AgentPod is validated (schema, type, semantics) before anything is
//! rendered; a refused input exits 2 and writes nothing.

use agent_machine::base::canonical;
use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::json::Limits;
use agent_machine::base::output;
use agent_machine::contracts::Kind;
use agent_machine::contracts::cache_tier::CacheTier;
use agent_machine::contracts::{AgentPod, AgentRegistryGrant, PolicyAdmission};
use agent_machine::governance::validate::Mode;
use agent_machine::render::{self, Artifact, Input, Source, receipt};
use clap::{Args, ValueEnum};

use super::{Exit, PathArg};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum What {
    /// Every artifact each pod's surface supports, with a receipt for each,
    /// for many pods at once (needs --out <dir>).
    All,
    /// The AgentPodDeploymentPlan (RFC 8785 canonical JSON).
    Plan,
    /// The DeploymentReceipt of an artifact (see --artifact).
    Receipt,
    /// A rootless Podman Quadlet `.container` unit.
    Quadlet,
    /// Kubernetes manifests (multi-document YAML).
    K8s,
    /// The AgentPod custom resource and its CRD (multi-document YAML).
    Crd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ArtifactArg {
    Plan,
    Quadlet,
    K8s,
    Crd,
}

impl From<ArtifactArg> for Artifact {
    fn from(a: ArtifactArg) -> Artifact {
        match a {
            ArtifactArg::Plan => Artifact::Plan,
            ArtifactArg::Quadlet => Artifact::Quadlet,
            ArtifactArg::K8s => Artifact::Kubernetes,
            ArtifactArg::Crd => Artifact::Crd,
        }
    }
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// What to render.
    #[arg(value_enum)]
    what: What,
    /// The AgentPod document; for a batch, several documents or directories
    /// (a directory contributes the AgentPods it holds).
    #[arg(value_name = "AGENTPOD", required = true, num_args = 1..)]
    pods: Vec<PathArg>,
    /// Write to this file (atomically) instead of stdout; for a batch (`all`,
    /// several pods or a directory), the directory to write the files into.
    #[arg(long, value_name = "PATH", conflicts_with = "compare")]
    out: Option<PathArg>,
    /// For a batch: threads to render with (default: the cores). The files do
    /// not depend on it.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// For a batch: the report format (human on stderr, or a JSON summary on stdout).
    #[arg(long, value_enum, default_value = "human")]
    format: super::Format,
    /// Compare with this file: exit 0 when equal, 1 (with a unified diff) when not.
    #[arg(long, value_name = "SKELETON")]
    compare: Option<PathArg>,
    /// CacheTier documents (files or directories) to resolve storage against.
    #[arg(long = "cache-tier", value_name = "FILE|DIR")]
    cache_tiers: Vec<PathArg>,
    /// For `render receipt`: which artifact the receipt is for.
    #[arg(long, value_enum, default_value = "plan")]
    artifact: ArtifactArg,
    /// For `render receipt`: where the artifact was written (recorded in the receipt;
    /// default: the file name the artifact would get).
    #[arg(long, value_name = "PATH")]
    artifact_path: Option<String>,
    /// A PolicyAdmission for this pod: it may allow `host` exposure, and `render receipt`
    /// records its decision ref.
    #[arg(long, value_name = "FILE")]
    admission: Option<PathArg>,
    /// Release-candidate supply chain: the image must be digest-pinned, with SBOM and
    /// provenance refs (bootstrap mode only warns about tags).
    #[arg(long)]
    strict: bool,
    /// For `render receipt`: the AgentRegistryGrant whose grant ref the receipt records.
    #[arg(long, value_name = "FILE")]
    grant: Option<PathArg>,
    /// Indent JSON output for people (the digest still covers the canonical bytes).
    #[arg(long)]
    pretty: bool,
}

fn fail(diagnostics: &[Diagnostic]) -> Exit {
    for d in diagnostics {
        eprintln!("error: {d}");
    }
    eprintln!("render: refused; nothing was written");
    Exit::Failure
}

pub fn run(args: &RenderArgs, limits: Limits) -> Exit {
    let batch = args.what == What::All || args.pods.len() > 1 || args.pods[0].is_dir();
    if batch {
        return run_batch(args, limits);
    }
    let (doc, pod): (_, AgentPod) = match super::load::one(&args.pods[0], Kind::AgentPod, limits) {
        Ok(loaded) => loaded,
        Err(d) => return fail(&d),
    };
    let tiers: Vec<CacheTier> =
        match super::load::all(&args.cache_tiers, Kind::CacheTier, limits, Mode::default()) {
            Ok(t) => t.into_iter().map(|(_, t)| t).collect(),
            Err(d) => return fail(&d),
        };

    let source = Source::new(
        &doc.source,
        canonical::digest(&doc.value).expect("parsed JSON canonicalizes"),
    );
    let admission: Option<PolicyAdmission> =
        match super::load::optional(args.admission.as_ref(), Kind::PolicyAdmission, limits) {
            Ok(a) => a,
            Err(d) => return fail(&d),
        };
    let input = Input {
        admission: admission.as_ref(),
        strict: args.strict,
        ..Input::new(&pod, &source, &tiers)
    };
    let artifact = match args.what {
        What::Plan => Artifact::Plan,
        What::Quadlet => Artifact::Quadlet,
        What::K8s => Artifact::Kubernetes,
        What::Crd => Artifact::Crd,
        What::Receipt => args.artifact.into(),
        What::All => unreachable!("a batch"),
    };
    let rendered = match render::render(artifact, &input) {
        Ok(r) => r,
        Err(errors) => {
            let diagnostics: Vec<Diagnostic> = errors
                .into_iter()
                .map(|e| {
                    let at = agent_machine::base::json::locate(&doc.text, &e.pointer);
                    Diagnostic::of_finding(&doc.source, e).at(at)
                })
                .collect();
            return fail(&diagnostics);
        }
    };
    for warning in &rendered.warnings {
        eprintln!(
            "warning: {}: {}",
            doc.source,
            agent_machine::base::secrets::redact(warning)
        );
    }

    let text = if args.what == What::Receipt {
        let mut refs = receipt::Refs::default();
        if let Some(admission) = &admission {
            refs.policy_decision_ref = admission.decision.decision_ref.clone();
        }
        match super::load::optional::<AgentRegistryGrant>(
            args.grant.as_ref(),
            Kind::AgentRegistryGrant,
            limits,
        ) {
            Ok(grant) => refs.agent_registry_grant_ref = grant.and_then(|g| g.grant.grant_ref),
            Err(d) => return fail(&d),
        }
        let artifact_path = match &args.artifact_path {
            Some(p) => render::recorded_path(p),
            None => default_artifact_path(&pod, artifact),
        };
        let receipt = receipt::render(&input, &rendered, &artifact_path, &refs);
        json_text(&receipt, args.pretty)
    } else if args.what == What::Plan && args.pretty {
        let value: serde_json::Value =
            serde_json::from_str(&rendered.text).expect("the plan is JSON");
        json_text(&value, true)
    } else {
        rendered.text.clone()
    };

    if let Some(skeleton) = &args.compare {
        let expected =
            match agent_machine::base::input::read_file_limited(skeleton, limits.max_bytes)
                .and_then(|b| String::from_utf8(b).map_err(std::io::Error::other))
            {
                Ok(t) => t,
                Err(e) => {
                    eprintln!(
                        "agent-machine render: {}: cannot read: {e}",
                        skeleton.display()
                    );
                    return Exit::Failure;
                }
            };
        return match output::unified_diff(&skeleton.display().to_string(), &expected, &text) {
            None => {
                eprintln!("render: {} is up to date", skeleton.display());
                Exit::Ok
            }
            Some(diff) => {
                out!("{diff}");
                eprintln!("render: {} differs from the render", skeleton.display());
                Exit::Negative
            }
        };
    }
    match &args.out {
        Some(path) => match output::write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                eprintln!("render: wrote {} ({})", path.display(), rendered.digest);
                Exit::Ok
            }
            Err(e) => {
                eprintln!(
                    "agent-machine render: {}: cannot write: {e}",
                    path.display()
                );
                Exit::Failure
            }
        },
        None => {
            out!("{text}");
            Exit::Ok
        }
    }
}

/// Many pods, or every artifact: into a directory (see [`super::render_all`]).
fn run_batch(args: &RenderArgs, limits: Limits) -> Exit {
    let single_only = [
        ("--compare", args.compare.is_some()),
        ("--artifact-path", args.artifact_path.is_some()),
        ("--admission", args.admission.is_some()),
        ("--grant", args.grant.is_some()),
        ("--pretty", args.pretty),
    ];
    if let Some((flag, _)) = single_only.iter().find(|(_, given)| *given) {
        eprintln!(
            "agent-machine render: {flag} applies to one pod; a batch (render all, several pods or a directory) takes none"
        );
        return Exit::Failure;
    }
    let Some(out) = &args.out else {
        eprintln!(
            "agent-machine render: a batch (render all, several pods or a directory) writes into a directory: give --out <dir>"
        );
        return Exit::Failure;
    };
    let tiers: Vec<CacheTier> =
        match super::load::all(&args.cache_tiers, Kind::CacheTier, limits, Mode::default()) {
            Ok(t) => t.into_iter().map(|(_, t)| t).collect(),
            Err(d) => return fail(&d),
        };
    let emit = match args.what {
        What::All => render::batch::Emit::Both,
        What::Receipt => render::batch::Emit::Receipts,
        _ => render::batch::Emit::Artifacts,
    };
    let plan = super::render_all::Plan {
        artifact: super::render_all::artifact_of(args.what, args.artifact.into()),
        emit,
    };
    super::render_all::run(
        plan,
        &super::render_all::Options {
            paths: &args.pods,
            out,
            tiers: &tiers,
            strict: args.strict,
            jobs: args.jobs.unwrap_or_else(super::parallel::default_jobs),
            format: args.format,
            limits,
        },
    )
}

fn json_text<T: serde::Serialize>(value: &T, pretty: bool) -> String {
    if pretty {
        format!(
            "{}\n",
            serde_json::to_string_pretty(value).expect("JSON serializes")
        )
    } else {
        format!(
            "{}\n",
            canonical::to_canonical_string(value).expect("no floats")
        )
    }
}

/// The file name an artifact gets when the caller names none.
fn default_artifact_path(pod: &AgentPod, artifact: Artifact) -> String {
    let name = &pod.workload.name;
    match artifact {
        Artifact::Plan => format!("{name}.plan.json"),
        Artifact::Quadlet => format!("{name}.container"),
        Artifact::Kubernetes => format!("{name}.yaml"),
        Artifact::Crd => format!("{name}.crd.yaml"),
    }
}
