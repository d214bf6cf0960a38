//! Single-shot commands, start to exit: what a CI step or a shell loop pays
//! per document. Each sample spawns the binary once; divan reports the
//! median of 30.
//!
//! `cargo bench --bench start` (divan; a name filters).

mod common;

use std::process::{Command, Stdio};

use divan::Bencher;

fn main() {
    divan::main();
}

const BIN: &str = env!("CARGO_BIN_EXE_agent-machine");
const QUADLET_POD: &str = "examples/local-podman-llama-cpp.agent-pod.json";
const KUBERNETES_POD: &str = "examples/k8s-topolvm.agent-pod.json";
/// The CacheTiers each pod names.
const QUADLET_TIERS: &[&str] = &["workstation-models", "workstation-warm-cache"];
const KUBERNETES_TIERS: &[&str] = &[
    "k8s-topolvm-models",
    "k8s-topolvm-warm-cache",
    "k8s-topolvm-evidence",
];

/// Runs the binary with `args` (paths relative to the repository) and
/// requires success.
fn run(bencher: Bencher, args: Vec<String>) {
    bencher.bench(|| {
        let status = Command::new(BIN)
            .args(&args)
            .current_dir(common::repo(""))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("the binary runs");
        assert!(status.success(), "{args:?}");
    });
}

/// `args` and a `--cache-tier` for each of `tiers`.
fn with_tiers(args: &[&str], tiers: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    for tier in tiers {
        out.push("--cache-tier".into());
        out.push(format!("examples/{tier}.cache-tier.json"));
    }
    out
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn version(bencher: Bencher) {
    run(bencher, with_tiers(&["version"], &[]));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn validate_schema_only_one_pod(bencher: Bencher) {
    run(
        bencher,
        with_tiers(&["validate", "--schema-only", QUADLET_POD], &[]),
    );
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn validate_one_pod(bencher: Bencher) {
    run(bencher, with_tiers(&["validate", QUADLET_POD], &[]));
}

/// One pod and the CacheTiers it names (the single-shot target).
#[divan::bench(args = ["plan", "quadlet", "k8s"], sample_count = 30, sample_size = 1)]
fn render_one_pod(bencher: Bencher, artifact: &str) {
    let args = if artifact == "k8s" {
        with_tiers(&["render", "k8s", KUBERNETES_POD], KUBERNETES_TIERS)
    } else {
        with_tiers(&["render", artifact, QUADLET_POD], QUADLET_TIERS)
    };
    run(bencher, args);
}

/// One pod, its CacheTiers found in a directory of 48 documents of every
/// kind (`--cache-tier examples/`: each is read to learn its kind).
#[divan::bench(sample_count = 30, sample_size = 1)]
fn render_k8s_tiers_from_a_directory(bencher: Bencher) {
    run(
        bencher,
        with_tiers(
            &["render", "k8s", KUBERNETES_POD, "--cache-tier", "examples"],
            &[],
        ),
    );
}
