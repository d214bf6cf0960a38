//! Batch rendering (`agent-machine render all`): the files one pod renders
//! to under an output directory, with stable names. Pure: the caller reads,
//! validates, parallelizes and writes.
//!
//! A pod is named by its id (`urn:srcos:agent-machine:agent-pod:<name>`,
//! `<name>` of `[a-z0-9][a-z0-9-]*`, so it is a safe file name and unique in
//! a batch — the batch refuses two pods with one id). Under the output
//! directory:
//!
//! | file | what |
//! |---|---|
//! | `plans/<name>.plan.json` | the plan |
//! | `quadlet/<name>.container` | the Quadlet unit (local Podman pods) |
//! | `k8s/<name>.yaml` | the Kubernetes manifests (`kubernetes-pod`) |
//! | `crd/<name>.yaml` | the custom resource and its CRD (`kubernetes-crd`) |
//! | `receipts/<name>.<plan\|quadlet\|k8s\|crd>.receipt.json` | the receipt of each, recording the artifact's path above |
//!
//! Each file is byte for byte what the single-pod command writes: `render
//! quadlet <pod> --out …` for an artifact, and `render receipt <pod>
//! --artifact quadlet --artifact-path quadlet/<name>.container` for its
//! receipt.

use super::{Artifact, Input, receipt};
use crate::base::finding::Finding;
use crate::contracts::AgentPod;

/// The id prefix every AgentPod id carries; what follows names its files.
const ID_PREFIX: &str = "urn:srcos:agent-machine:agent-pod:";

/// One file of a batch: where it goes under the output directory, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// The path under the output directory (`plans/<name>.plan.json`…).
    pub path: String,
    /// The exact bytes.
    pub text: String,
}

/// What a batch writes of each artifact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    /// The artifacts and their receipts (`render all`).
    Both,
    /// The artifacts only (`render plan|quadlet|k8s|crd` of several pods).
    Artifacts,
    /// The receipts only (`render receipt` of several pods).
    Receipts,
}

/// The name a pod's files get: its id without the common prefix.
pub fn name_of(pod: &AgentPod) -> &str {
    let id = pod.id.as_str();
    id.strip_prefix(ID_PREFIX).unwrap_or(id)
}

/// Every artifact a pod of this type renders to: its plan, and the artifact
/// of its surface when it has one.
pub fn artifacts_of(pod: &AgentPod) -> Vec<Artifact> {
    let surface = Artifact::surface(pod.pod_type);
    if surface == Artifact::Plan {
        vec![Artifact::Plan]
    } else {
        vec![Artifact::Plan, surface]
    }
}

/// Where an artifact of the pod named `name` goes under the output directory.
pub fn artifact_path(name: &str, artifact: Artifact) -> String {
    match artifact {
        Artifact::Plan => format!("plans/{name}.plan.json"),
        Artifact::Quadlet => format!("quadlet/{name}.container"),
        Artifact::Kubernetes => format!("k8s/{name}.yaml"),
        Artifact::Crd => format!("crd/{name}.yaml"),
    }
}

/// Where the receipt of an artifact of the pod named `name` goes.
pub fn receipt_path(name: &str, artifact: Artifact) -> String {
    format!("receipts/{name}.{}.receipt.json", artifact.name())
}

/// The files of one pod: each of `artifacts` and/or its receipt (`emit`),
/// with the renderers' warnings. All or nothing: a refusal of any artifact
/// is the pod's refusal, and none of its files is returned.
pub fn pod_files(
    input: &Input<'_>,
    artifacts: &[Artifact],
    emit: Emit,
) -> Result<(Vec<File>, Vec<String>), Vec<Finding>> {
    let name = name_of(input.pod);
    let mut files = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    let mut errors = Vec::new();
    // What every artifact of the pod shares is derived once, when the first
    // artifact the pod's type supports needs it (each artifact reports what
    // one-by-one rendering would: a refusal of its surface, or the pod's).
    let mut prepared = None;
    for &artifact in artifacts {
        let rendered = super::surface(artifact, input).and_then(|()| {
            match prepared.get_or_insert_with(|| super::prepare(input)) {
                Ok(p) => p.render(artifact),
                Err(e) => Err(e.clone()),
            }
        });
        let rendered = match rendered {
            Ok(r) => r,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        for w in &rendered.warnings {
            if !warnings.contains(w) {
                warnings.push(w.clone());
            }
        }
        let path = artifact_path(name, artifact);
        if emit != Emit::Artifacts {
            let receipt = receipt::render(input, &rendered, &path, &receipt::Refs::default());
            files.push(File {
                path: receipt_path(name, artifact),
                text: format!(
                    "{}\n",
                    crate::base::canonical::to_canonical_string(&receipt)
                        .expect("a receipt has no floats")
                ),
            });
        }
        if emit != Emit::Receipts {
            files.push(File {
                path,
                text: rendered.text,
            });
        }
    }
    if errors.is_empty() {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok((files, warnings))
    } else {
        Err(errors)
    }
}
