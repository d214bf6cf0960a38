//! DeploymentReceipt: evidence that an artifact was derived from a typed
//! AgentPod by a named generator — never authorization.
//!
//! `receiptId` is reproducible: `urn:srcos:agent-machine:deployment-receipt:`
//! followed by the first 32 hex characters of SHA-256 over the seed
//!
//! ```text
//! agent-machine/deployment-receipt/v1\n<pod id>\n<artifact digest>\n<generator name>\n<generator version>
//! ```
//!
//! so re-rendering the same pod with the same generator reproduces every id.

use sha2::{Digest as _, Sha256};

use crate::contracts::deployment_receipt as r;
use crate::contracts::wire::{ConstFalse, NonEmptyList};

use super::plan::surface;
use super::{Artifact, Input, NOT_AUTHORIZATION, Rendered};
use crate::contracts::wire::Surface;

/// The references a receipt may carry from a supplied admission and grant.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Refs {
    /// `decision.decisionRef` of a supplied PolicyAdmission.
    pub policy_decision_ref: Option<String>,
    /// `grant.grantRef` of a supplied AgentRegistryGrant.
    pub agent_registry_grant_ref: Option<String>,
}

/// The fixed notes of every receipt.
pub const NOTES: [&str; 2] = [
    "This receipt records that the artifact was derived from the typed AgentPod source by the named generator.",
    NOT_AUTHORIZATION,
];

/// The receipt id for an artifact digest (see the module docs for the seed).
pub fn receipt_id(pod_id: &str, artifact_digest: &str) -> String {
    let seed = format!(
        "agent-machine/deployment-receipt/v1\n{pod_id}\n{artifact_digest}\n{}\n{}",
        crate::GENERATOR_NAME,
        crate::VERSION
    );
    let hash = Sha256::digest(seed.as_bytes());
    let hex: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("urn:srcos:agent-machine:deployment-receipt:{hex}")
}

/// The receipt of `rendered`, recorded as written at `artifact_path`.
pub fn render(
    input: &Input<'_>,
    rendered: &Rendered,
    artifact_path: &str,
    refs: &Refs,
) -> r::DeploymentReceipt {
    let pod = input.pod;
    let (artifact_kind, target_surface) = match rendered.artifact {
        Artifact::Plan => (
            r::DeploymentReceiptArtifactArtifactKind::AgentPodDeploymentPlan,
            surface(pod.pod_type),
        ),
        Artifact::Quadlet => (
            r::DeploymentReceiptArtifactArtifactKind::QuadletContainer,
            Surface::QuadletContainer,
        ),
        Artifact::Kubernetes => (
            r::DeploymentReceiptArtifactArtifactKind::KubernetesYaml,
            Surface::KubernetesYaml,
        ),
        Artifact::Crd => (
            r::DeploymentReceiptArtifactArtifactKind::KubernetesYaml,
            Surface::AgentpodCrd,
        ),
    };
    r::DeploymentReceipt {
        spec_version: r::DeploymentReceiptSpecVersion::X010,
        kind: r::DeploymentReceiptKind::DeploymentReceipt,
        receipt_id: receipt_id(pod.id.as_str(), &rendered.digest)
            .as_str()
            .try_into()
            .expect("32 hex characters match the receipt id pattern"),
        generator: r::DeploymentReceiptGenerator {
            name: crate::GENERATOR_NAME.to_string(),
            version: crate::VERSION.to_string(),
        },
        source: r::DeploymentReceiptSource {
            source_kind: r::DeploymentReceiptSourceSourceKind::AgentPod,
            path: input.source.path.clone(),
            id: pod
                .id
                .as_str()
                .try_into()
                .expect("the pod id pattern is the same"),
            digest: input
                .source
                .digest
                .as_str()
                .try_into()
                .expect("a digest we computed"),
        },
        artifact: r::DeploymentReceiptArtifact {
            artifact_kind,
            path: artifact_path.to_string(),
            digest: rendered
                .digest
                .as_str()
                .try_into()
                .expect("a digest we computed"),
        },
        target: r::DeploymentReceiptTarget {
            surface: target_surface,
            profile: pod.profile,
        },
        policy: r::DeploymentReceiptPolicy {
            authorization_granted: ConstFalse,
            policy_fabric_required: pod.policy.policy_fabric_required,
            policy_decision_ref: refs.policy_decision_ref.clone(),
            agent_registry_required: pod.policy.agent_registry_required,
            agent_registry_grant_ref: refs.agent_registry_grant_ref.clone(),
        },
        receipt_safety: crate::contracts::wire::ArtifactReceiptSafety::default(),
        notes: NonEmptyList::new(
            NOTES
                .iter()
                .map(|n| n.to_string())
                .chain(super::source_contract_note(pod))
                .collect(),
        )
        .expect("two notes"),
    }
}
