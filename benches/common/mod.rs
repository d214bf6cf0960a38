//! The corpus every benchmark reads: distinct AgentPods generated from the
//! two examples (half Quadlet, half Kubernetes) and the example CacheTiers.

#![allow(dead_code)] // each bench target uses part of it

use std::path::PathBuf;

use agent_machine::base::canonical;
use agent_machine::base::input::{Document, parse_document};
use agent_machine::base::json::Limits;
use agent_machine::contracts::{AgentPod, CacheTier};
use agent_machine::render::Source;
use serde_json::Value;

/// A file of the repository.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// An example, parsed.
pub fn example(name: &str) -> Value {
    let text = std::fs::read_to_string(repo(&format!("examples/{name}"))).expect("example");
    serde_json::from_str(&text).expect("JSON")
}

/// The examples' CacheTiers (what `--cache-tier examples/` supplies).
pub fn tiers() -> Vec<CacheTier> {
    std::fs::read_dir(repo("examples"))
        .expect("examples")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .ends_with(".cache-tier.json")
        })
        .map(|e| {
            serde_json::from_str(&std::fs::read_to_string(e.path()).expect("tier"))
                .expect("CacheTier")
        })
        .collect()
}

/// `count` distinct pods as pretty-printed JSON: even ones are the Quadlet
/// example, odd ones the Kubernetes example, each with its own id and name.
pub fn corpus(count: usize) -> Vec<String> {
    let bases = [
        example("local-podman-llama-cpp.agent-pod.json"),
        example("k8s-topolvm.agent-pod.json"),
    ];
    (0..count)
        .map(|i| {
            let mut pod = bases[i % 2].clone();
            pod["id"] = Value::String(format!("urn:srcos:agent-machine:agent-pod:bench-{i}"));
            pod["workload"]["name"] = Value::String(format!("bench-{i}"));
            serde_json::to_string_pretty(&pod).expect("serializes")
        })
        .collect()
}

/// A pod of the corpus read as the CLI reads it: the document, its typed
/// value and its source (with the digest of its canonical form).
pub struct Pod {
    pub doc: Document,
    pub pod: AgentPod,
    pub source: Source,
}

/// `text`, strictly parsed and typed.
pub fn read(text: &str) -> Pod {
    let doc =
        parse_document("bench.json".into(), text.as_bytes(), Limits::default()).expect("parses");
    let pod = serde_json::from_value(doc.value.clone()).expect("typed");
    let source = Source::new("bench.json", canonical::digest(&doc.value).expect("digest"));
    Pod { doc, pod, source }
}
