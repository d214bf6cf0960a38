//! The artifact kinds a pod can be rendered to, and which of them runs a pod
//! of each type. The renderers produce them ([`crate::render`]); the posture
//! model judges them ([`crate::rules::posture`]).

use std::fmt;

use crate::contracts::wire::PodType;

/// The artifact kinds a pod can be rendered to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Artifact {
    /// The AgentPodDeploymentPlan (canonical JSON).
    Plan,
    /// A rootless Podman Quadlet `.container` unit.
    Quadlet,
    /// Kubernetes manifests (multi-document YAML).
    Kubernetes,
    /// The AgentPod custom resource and its CRD (multi-document YAML).
    Crd,
}

impl Artifact {
    /// Every artifact kind.
    pub const ALL: [Artifact; 4] = [
        Artifact::Plan,
        Artifact::Quadlet,
        Artifact::Kubernetes,
        Artifact::Crd,
    ];

    /// The CLI name (`plan`, `quadlet`, `k8s`, `crd`).
    pub fn name(self) -> &'static str {
        match self {
            Artifact::Plan => "plan",
            Artifact::Quadlet => "quadlet",
            Artifact::Kubernetes => "k8s",
            Artifact::Crd => "crd",
        }
    }

    /// The artifact that runs a pod of `pod_type`, which is what an activation
    /// binds: the Quadlet unit, the Kubernetes manifests or the CRD; the plan
    /// for the pod types no renderer here targets (the plan is then all there
    /// is to bind).
    pub fn surface(pod_type: PodType) -> Artifact {
        [Artifact::Quadlet, Artifact::Kubernetes, Artifact::Crd]
            .into_iter()
            .find(|a| a.supports(pod_type))
            .unwrap_or(Artifact::Plan)
    }

    /// Whether a pod of `pod_type` can be rendered to this artifact.
    pub fn supports(self, pod_type: PodType) -> bool {
        match self {
            Artifact::Plan => true,
            Artifact::Quadlet => {
                matches!(pod_type, PodType::LocalPodman | PodType::LocalPodmanQuadlet)
            }
            Artifact::Kubernetes => pod_type == PodType::KubernetesPod,
            Artifact::Crd => pod_type == PodType::KubernetesCrd,
        }
    }
}

impl fmt::Display for Artifact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
