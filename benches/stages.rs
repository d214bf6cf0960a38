//! One document per stage: parse, validate and render one pod (a Quadlet
//! pod and a Kubernetes pod), then validate single large documents up to the
//! 16 MiB input limit — validation and its diagnostics are linear in the
//! document.
//!
//! `cargo bench --bench stages` (divan; a name filters, e.g.
//! `cargo bench --bench stages -- render`).

mod common;

use std::sync::LazyLock;

use agent_machine::base::canonical;
use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::contracts::CacheTier;
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::render::{self, Artifact, Input};
use divan::Bencher;
use divan::counter::BytesCount;
use serde_json::Value;

fn main() {
    divan::main();
}

static TIERS: LazyLock<Vec<CacheTier>> = LazyLock::new(common::tiers);

/// The two pods: `quadlet` (local Podman) and `kubernetes`.
static PODS: LazyLock<[(String, common::Pod); 2]> = LazyLock::new(|| {
    let corpus = common::corpus(2);
    [
        (corpus[0].clone(), common::read(&corpus[0])),
        (corpus[1].clone(), common::read(&corpus[1])),
    ]
});

fn pod(surface: &str) -> &'static (String, common::Pod) {
    &PODS[usize::from(surface == "kubernetes")]
}

const SURFACES: [&str; 2] = ["quadlet", "kubernetes"];

/// The strict parse (duplicate keys refused, limits) of one pod.
#[divan::bench(args = SURFACES)]
fn parse(bencher: Bencher, surface: &str) {
    let (text, _) = pod(surface);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| parse_document("bench.json".into(), text.as_bytes(), Limits::default()));
}

/// `validate --schema-only` of one pod.
#[divan::bench(args = SURFACES)]
fn validate_schema_only(bencher: Bencher, surface: &str) {
    let (_, p) = pod(surface);
    let mode = Mode {
        schema_only: true,
        ..Mode::default()
    };
    bencher.bench(|| assert!(validate(&p.doc, mode).is_valid()));
}

/// `validate` of one pod: schema, type, semantics and the render check.
#[divan::bench(args = SURFACES)]
fn validate_full(bencher: Bencher, surface: &str) {
    let (_, p) = pod(surface);
    bencher.bench(|| assert!(validate(&p.doc, Mode::default()).is_valid()));
}

/// The canonical digest of one pod (its source digest).
#[divan::bench(args = SURFACES)]
fn digest(bencher: Bencher, surface: &str) {
    let (_, p) = pod(surface);
    bencher.bench(|| canonical::digest(&p.doc.value).expect("digest"));
}

/// Rendering one artifact of one pod, its posture checked on the emitted
/// bytes: the plan of each pod, the Quadlet unit, the Kubernetes manifests.
#[divan::bench(args = ["plan (quadlet pod)", "plan (kubernetes pod)", "quadlet", "kubernetes"])]
fn render_artifact(bencher: Bencher, what: &str) {
    let (artifact, surface) = match what {
        "quadlet" => (Artifact::Quadlet, "quadlet"),
        "kubernetes" => (Artifact::Kubernetes, "kubernetes"),
        "plan (quadlet pod)" => (Artifact::Plan, "quadlet"),
        _ => (Artifact::Plan, "kubernetes"),
    };
    let (_, p) = pod(surface);
    let input = Input::new(&p.pod, &p.source, &TIERS);
    bencher.bench(|| render::render(artifact, &input).expect("renders"));
}

/// Every file `render all` makes of one pod (plan, surface artifact, a
/// receipt for each), without writing them.
#[divan::bench(args = SURFACES)]
fn render_all_files(bencher: Bencher, surface: &str) {
    let (_, p) = pod(surface);
    let input = Input::new(&p.pod, &p.source, &TIERS);
    let artifacts = render::batch::artifacts_of(&p.pod);
    bencher.bench(|| {
        render::batch::pod_files(&input, &artifacts, render::batch::Emit::Both).expect("renders")
    });
}

/// Single large documents, parsed and validated: huge arrays, many
/// secret-shaped values, thousands of broken embedded documents.
#[divan::bench(
    args = LARGE_SHAPES,
    sample_count = 5,
    sample_size = 1,
)]
fn large_document(bencher: Bencher, shape: &str) {
    let text = large(shape);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let doc = parse_document("large.json".into(), text.as_bytes(), Limits::default())
            .expect("within the limits");
        validate(&doc, Mode::default())
    });
}

const LARGE_SHAPES: [&str; 6] = [
    "pod, 199k args (pod/bounds)",
    "pod, 150k args of the wrong type",
    "pod, 256 secret-shaped 8 KB args",
    "ProbeReport, 4000 broken providers",
    "ProbeReport 16 MiB, 6700 valid providers",
    "ProbeReport 16 MiB, 6700 enabled providers",
];

/// The large document of `shape`.
fn large(shape: &str) -> String {
    let mut pod = common::example("local-podman-llama-cpp.agent-pod.json");
    let probe = common::example("fake-gpu-box.probe-report.json");
    let provider = |label: usize, status: Option<&str>| {
        let mut p = probe["inferenceProviders"][0].clone();
        if label > 0 {
            p["labels"]["pad"] = Value::String("x".repeat(label));
        }
        if let Some(status) = status {
            p["status"] = Value::String(status.into());
        }
        p
    };
    let mut report = probe.clone();
    match shape {
        "pod, 199k args (pod/bounds)" => {
            pod["runtime"]["args"] = serde_json::json!(vec![""; 199_000]);
            serde_json::to_string(&pod).unwrap()
        }
        "pod, 150k args of the wrong type" => {
            pod["runtime"]["args"] = serde_json::json!(vec![1; 150_000]);
            serde_json::to_string_pretty(&pod).unwrap()
        }
        "pod, 256 secret-shaped 8 KB args" => {
            pod["runtime"]["args"] =
                serde_json::json!(vec![format!("ghp_{}", "a".repeat(8000)); 256]);
            serde_json::to_string_pretty(&pod).unwrap()
        }
        "ProbeReport, 4000 broken providers" => {
            let mut broken = provider(0, None);
            broken["unexpected"] = Value::Bool(true);
            report["inferenceProviders"] = Value::Array(vec![broken; 4000]);
            serde_json::to_string_pretty(&report).unwrap()
        }
        "ProbeReport 16 MiB, 6700 valid providers" => {
            report["inferenceProviders"] = Value::Array(vec![provider(1800, None); 6700]);
            serde_json::to_string(&report).unwrap()
        }
        _ => {
            report["inferenceProviders"] =
                Value::Array(vec![provider(1800, Some("enabled")); 6700]);
            serde_json::to_string(&report).unwrap()
        }
    }
}
