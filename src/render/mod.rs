//! Renderers: one AgentPod in, deployment artifacts out.
//!
//! Every renderer is a pure function: typed input in, typed or textual
//! artifact out — no file I/O, no clock, no environment, no randomness. The
//! same input gives the same bytes on every machine, in every directory and
//! locale. The pod's path is recorded as its file name (see [`Source`]).
//!
//! | artifact | function | surface |
//! |---|---|---|
//! | AgentPodDeploymentPlan | [`plan::render`] | every pod type |
//! | DeploymentReceipt | [`receipt::render`] | any artifact above |
//! | Quadlet `.container` unit | [`quadlet::render`] | `local-podman`, `local-podman-quadlet` |
//! | Kubernetes manifests | [`kubernetes::render`] | `kubernetes-pod` |
//! | AgentPod CR + CRD | [`crd::render`] | `kubernetes-crd` |
//!
//! May use: [`crate::contracts`], [`crate::base`], [`crate::rules`].

pub use crate::rules::artifact::Artifact;

pub mod batch;
pub mod crd;
pub mod kubernetes;
pub mod plan;
pub mod quadlet;
pub mod receipt;
pub mod scaffold;

use crate::base::canonical;
use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};
use crate::contracts::PolicyAdmission;
use crate::contracts::agent_pod::AgentPod;
use crate::contracts::cache_tier::CacheTier;
use crate::rules::posture::Posture;
use crate::rules::{accelerators, volumes as storage};

/// The note every rendered artifact carries: rendering is never authorization.
pub const NOT_AUTHORIZATION: &str =
    "Rendering is not authorization: activation requires an allowed ActivationDecision.";

/// Where the AgentPod came from, as recorded in plans and receipts.
///
/// Build it with [`Source::new`]: the path is recorded as its file name only,
/// so the same pod gives the same plan, digest and receipt id from whichever
/// directory and by whichever path it is named (an activation recomputes the
/// plan, and must get the bytes the admission approved), and no directory of
/// the rendering machine can enter a plan, a receipt or a digest. The digest
/// identifies the document; the name is for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The file name of the path the user gave.
    pub path: String,
    /// `sha256:` over the canonical bytes of the parsed input document.
    pub digest: String,
}

impl Source {
    /// A source from the path the user gave and the parsed document's digest.
    pub fn new(given_path: &str, digest: String) -> Self {
        let name = std::path::Path::new(given_path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| given_path.to_string());
        Source { path: name, digest }
    }
}

/// The path recorded for an artifact written at `given`: relative paths as
/// given, absolute paths as their file name.
pub fn recorded_path(given: &str) -> String {
    let path = std::path::Path::new(given);
    if path.is_absolute() {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        given.to_string()
    }
}

/// The note that records the contract version of a pod newer than the
/// plan and receipt contracts (v0.1.0, the SourceOS wire format, which has
/// no field for it): `None` for a v0.1.0 pod, whose plan and receipts stay
/// byte for byte what they were. The source digest binds the version too.
pub fn source_contract_note(pod: &AgentPod) -> Option<String> {
    use crate::contracts::agent_pod::AgentPodSpecVersion as V;
    match pod.spec_version {
        V::X010 => None,
        other => Some(format!(
            "Source contract: AgentPod v{other} (urn:srcos:agent-machine:schema:agent-pod:v{other})."
        )),
    }
}

/// Everything a renderer reads.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The validated AgentPod.
    pub pod: &'a AgentPod,
    /// Where it came from.
    pub source: &'a Source,
    /// CacheTiers to resolve `storage[].cacheTierId` against (may be empty).
    pub tiers: &'a [CacheTier],
    /// A PolicyAdmission that may allow wider exposure for this pod.
    pub admission: Option<&'a PolicyAdmission>,
    /// Exposures already admitted by a verified, `allowed` ActivationDecision
    /// (`activate verify` re-renders what a decision allowed without the
    /// admission behind it). Empty otherwise.
    pub admitted_exposure: &'a [String],
    /// Release-candidate supply-chain rules (see [`crate::rules::supply_chain`]).
    pub strict: bool,
}

impl<'a> Input<'a> {
    /// An input with no admission, in bootstrap (non-strict) mode.
    pub fn new(pod: &'a AgentPod, source: &'a Source, tiers: &'a [CacheTier]) -> Self {
        Input {
            pod,
            source,
            tiers,
            admission: None,
            admitted_exposure: &[],
            strict: false,
        }
    }
}

/// An artifact exactly as emitted, with the digest of those bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// Which artifact.
    pub artifact: Artifact,
    /// The exact text to emit (for the plan: canonical JSON plus one newline).
    pub text: String,
    /// `sha256:` over the emitted bytes (for the plan: the canonical bytes,
    /// without the trailing newline).
    pub digest: String,
    /// Things the operator should know that do not stop rendering.
    pub warnings: Vec<String>,
}

/// Renders `artifact` for `input`.
pub fn render(artifact: Artifact, input: &Input<'_>) -> Result<Rendered, Vec<Finding>> {
    surface(artifact, input)?;
    prepare(input)?.render(artifact)
}

/// The refusal of an artifact the pod's type has no renderer for.
pub(crate) fn surface(artifact: Artifact, input: &Input<'_>) -> Result<(), Vec<Finding>> {
    if !artifact.supports(input.pod.pod_type) {
        return Err(vec![Finding::new(
            "/podType",
            Rule::Render(rule::Render::Surface),
            format!(
                "a {} pod cannot be rendered as {artifact}; supported: {}",
                input.pod.pod_type,
                Artifact::ALL
                    .iter()
                    .filter(|a| a.supports(input.pod.pod_type))
                    .map(|a| a.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )]);
    }
    Ok(())
}

/// What rendering any artifact of one pod needs, derived once: the pod's
/// semantic check, the supply-chain rules, its storage resolved against the
/// CacheTiers and its posture. `render all` renders the plan and the surface
/// artifact of a pod from one `Prepared` ([`batch::pod_files`]).
pub struct Prepared<'a> {
    input: &'a Input<'a>,
    checked: crate::rules::semantics::CheckedPod,
    storage: Vec<storage::Resolved>,
    /// Built once; a refusal is reported after the artifact's accelerators,
    /// where rendering one artifact reports it.
    posture: Result<Posture, Finding>,
    warnings: Vec<String>,
}

/// Prepares `input` for rendering: every refusal that does not depend on the
/// artifact.
pub fn prepare<'a>(input: &'a Input<'a>) -> Result<Prepared<'a>, Vec<Finding>> {
    check_source(input)?;
    let checked = crate::rules::semantics::check_agent_pod(input.pod)?;
    prepare_checked(input, checked)
}

/// [`prepare`] for a pod whose semantic check (`checked`, of this very pod)
/// the caller has just run: `validate` checks a pod's semantics, then renders
/// it, and needs no second check.
pub(crate) fn prepare_checked<'a>(
    input: &'a Input<'a>,
    checked: crate::rules::semantics::CheckedPod,
) -> Result<Prepared<'a>, Vec<Finding>> {
    check_source(input)?;
    let (errors, mut warnings) = crate::rules::supply_chain::check(input.pod, input.strict);
    if !errors.is_empty() {
        return Err(errors);
    }
    let (storage, storage_warnings) =
        storage::resolve_with_warnings(input.pod, input.tiers).map_err(|e| vec![e])?;
    warnings.extend(storage_warnings);
    let posture = Posture::for_pod(input.pod, input.admission).map(|posture| {
        posture
            .with_storage(&storage)
            .admitting(input.admitted_exposure)
    });
    Ok(Prepared {
        input,
        checked,
        storage,
        posture,
        warnings,
    })
}

/// The source digest is recorded in plans and receipts: a caller that passes
/// anything but a sha256 digest gets a refusal, never a panic.
fn check_source(input: &Input<'_>) -> Result<(), Vec<Finding>> {
    let digest_ok = input
        .source
        .digest
        .strip_prefix("sha256:")
        .is_some_and(|hex| {
            hex.len() == 64
                && hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        });
    if digest_ok {
        Ok(())
    } else {
        Err(vec![Finding::new(
            "",
            Rule::Render(rule::Render::Source),
            "the source digest is not sha256:<64 lower-case hex> (a caller's bug)",
        )])
    }
}

impl Prepared<'_> {
    /// Renders `artifact`, then holds the emitted bytes to the posture.
    pub fn render(&self, artifact: Artifact) -> Result<Rendered, Vec<Finding>> {
        surface(artifact, self.input)?;
        let Prepared {
            input,
            checked,
            storage,
            posture,
            ..
        } = self;
        let input = *input;
        let mut warnings = self.warnings.clone();
        let accelerators = accelerators::resolve(input.pod, artifact).map_err(|e| vec![e])?;
        warnings.extend(accelerators.warnings.iter().cloned());
        let posture = posture.as_ref().map_err(|e| vec![e.clone()])?;
        let text = match artifact {
            Artifact::Plan => {
                let plan = plan::render(input, storage);
                let canonical = canonical::to_canonical_string(&plan)
                    .expect("a plan holds no floats, so it always canonicalizes");
                format!("{canonical}\n")
            }
            Artifact::Quadlet => {
                let unit = quadlet::render(input.pod, checked, storage, &accelerators, posture)
                    .map_err(|e| vec![e])?;
                warnings.extend(unit.warnings);
                unit.text
            }
            Artifact::Kubernetes => {
                let text = kubernetes::render(input.pod, checked, storage, &accelerators, posture)
                    .map_err(|e| vec![e])?;
                warnings.extend(
                    kubernetes::port_names(input.pod)
                        .into_iter()
                        .filter(|(_, original, mapped)| original != mapped)
                        .map(|(i, original, mapped)| {
                            format!(
                                "port /ports/{i} name {original:?} is not a Kubernetes port name (an IANA service name: at most 15 characters of a-z, 0-9 and '-'); it is rendered as {mapped:?}, and the original is kept in the annotation {}",
                                kubernetes::PORT_NAMES_ANNOTATION
                            )
                        }),
                );
                text
            }
            Artifact::Crd => crd::render(input.pod).map_err(|e| vec![e])?,
        };
        // The posture is checked on the artifact parsed back from its text.
        let violations = match artifact {
            Artifact::Plan => Vec::new(),
            Artifact::Quadlet => posture.check_quadlet(&text),
            Artifact::Kubernetes | Artifact::Crd => posture.check_kubernetes(&text),
        };
        if !violations.is_empty() {
            return Err(violations);
        }
        let digest = match artifact {
            Artifact::Plan => canonical::digest_bytes(text.trim_end_matches('\n').as_bytes()),
            _ => canonical::digest_bytes(text.as_bytes()),
        };
        Ok(Rendered {
            artifact,
            text,
            digest,
            warnings,
        })
    }
}
