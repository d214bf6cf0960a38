//! Skeletons: the checked-in renders of every example AgentPod.
//!
//! `skeletons/` is never edited by hand. [`expected`] renders what it must
//! hold; `agent-machine skeletons check` compares (Quadlet, plans and receipts
//! byte for byte, YAML byte for byte and as parsed documents) and
//! `agent-machine skeletons bless` rewrites it.
//!
//! Layout, for an example `examples/<name>.agent-pod.json`:
//! `skeletons/plans/<name>.plan.json`, `skeletons/quadlet/<name>.container`,
//! `skeletons/k8s/<name>.yaml` (Kubernetes manifests, or the CRD and custom
//! resource), and `skeletons/receipts/<name>.<artifact>.receipt.json`.
//! Every example CacheTier is supplied for storage resolution.

use std::path::{Path, PathBuf};

use crate::base::canonical;
use crate::base::diagnostic::Diagnostic;
use crate::base::input;
use crate::base::json::Limits;
use crate::contracts::agent_pod::AgentPod;
use crate::contracts::cache_tier::CacheTier;
use crate::render::{self, Artifact, Input, Source, receipt};

/// One file the skeleton tree must hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// Path relative to the repository root, with `/` separators.
    pub path: String,
    /// Exact contents.
    pub text: String,
}

/// Where an artifact's skeleton lives.
pub fn artifact_path(name: &str, artifact: Artifact) -> String {
    match artifact {
        Artifact::Plan => format!("skeletons/plans/{name}.plan.json"),
        Artifact::Quadlet => format!("skeletons/quadlet/{name}.container"),
        Artifact::Kubernetes | Artifact::Crd => format!("skeletons/k8s/{name}.yaml"),
    }
}

/// Where the receipt of an artifact's skeleton lives.
pub fn receipt_path(name: &str, artifact: Artifact) -> String {
    format!("skeletons/receipts/{name}.{}.receipt.json", artifact.name())
}

fn diagnostics_of(e: input::InputError) -> Vec<Diagnostic> {
    vec![e.to_diagnostic()]
}

fn load<T: serde::de::DeserializeOwned>(
    root: &Path,
    rel: &str,
) -> Result<(input::Document, T), Vec<Diagnostic>> {
    let doc = input::read_document(&root.join(rel), Limits::default()).map_err(diagnostics_of)?;
    let typed = serde_json::from_value(doc.value.clone())
        .map_err(|e| vec![Diagnostic::new(rel, "", "typed", e.to_string())])?;
    Ok((doc, typed))
}

fn example_files(root: &Path, suffix: &str) -> Result<Vec<String>, Vec<Diagnostic>> {
    let dir = root.join("examples");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| vec![Diagnostic::new("examples", "", "input", e.to_string())])?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(suffix))
        .collect();
    names.sort();
    Ok(names)
}

/// Renders every skeleton file the examples under `root` call for.
pub fn expected(root: &Path) -> Result<Vec<Expected>, Vec<Diagnostic>> {
    let mut tiers: Vec<CacheTier> = Vec::new();
    for file in example_files(root, ".cache-tier.json")? {
        tiers.push(load(root, &format!("examples/{file}"))?.1);
    }
    let mut out = Vec::new();
    for file in example_files(root, ".agent-pod.json")? {
        let rel = format!("examples/{file}");
        let name = file.trim_end_matches(".agent-pod.json");
        let (doc, pod): (_, AgentPod) = load(root, &rel)?;
        let source = Source::new(
            &rel,
            canonical::digest(&doc.value).expect("parsed JSON canonicalizes"),
        );
        let input = Input::new(&pod, &source, &tiers);
        for artifact in Artifact::ALL {
            if !artifact.supports(pod.pod_type) {
                continue;
            }
            let rendered = render::render(artifact, &input).map_err(|errors| {
                errors
                    .into_iter()
                    .map(|e| Diagnostic::of_finding(&rel, e))
                    .collect::<Vec<_>>()
            })?;
            let path = artifact_path(name, artifact);
            let receipt = receipt::render(&input, &rendered, &path, &receipt::Refs::default());
            out.push(Expected {
                path,
                text: rendered.text.clone(),
            });
            out.push(Expected {
                path: receipt_path(name, artifact),
                text: format!(
                    "{}\n",
                    canonical::to_canonical_string(&receipt).expect("a receipt canonicalizes")
                ),
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// How the tree on disk differs from what it must hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Drift {
    /// A skeleton that should exist does not.
    Missing(String),
    /// A skeleton differs; the unified diff.
    Changed {
        /// The skeleton, relative to the repository root.
        path: String,
        /// The unified diff from the file to the render.
        diff: String,
    },
    /// A file under `skeletons/` that no example calls for.
    Stale(String),
}

/// Compares `expected` with the files under `root`.
pub fn check(root: &Path, expected: &[Expected]) -> Vec<Drift> {
    let mut drift = Vec::new();
    for e in expected {
        match crate::base::input::read_text(root.join(&e.path)) {
            Err(_) => drift.push(Drift::Missing(e.path.clone())),
            Ok(actual) => {
                if let Some(diff) = crate::base::output::unified_diff(&e.path, &actual, &e.text) {
                    drift.push(Drift::Changed {
                        path: e.path.clone(),
                        diff,
                    });
                }
            }
        }
    }
    for found in files_under(&root.join("skeletons")) {
        let rel = found
            .strip_prefix(root)
            .unwrap_or(&found)
            .to_string_lossy()
            .replace('\\', "/");
        if !expected.iter().any(|e| e.path == rel) {
            drift.push(Drift::Stale(rel));
        }
    }
    drift
}

/// Every entry under `dir` that is not a directory. A symbolic link is an
/// entry of its own, never followed (so a link loop cannot trap the walk).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                out.extend(files_under(&path));
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}
