//! The whole pipeline over a corpus of distinct pods (1,000 and 20,000; half
//! Quadlet, half Kubernetes): in process — validate every pod, render every
//! file of every pod on two threads — and through the binary: `validate`
//! and `render all` over a directory of pod files, every file written.
//! Each figure is the time for the whole corpus; divan's throughput column
//! is pods per second.
//!
//! `cargo bench --bench pipeline` (divan; a name filters). The `validate`
//! benchmark through the binary also reports its peak memory (on stderr)
//! when GNU time (`/usr/bin/time`) is installed.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use agent_machine::contracts::CacheTier;
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::render::{self, Input};
use divan::Bencher;
use divan::counter::ItemsCount;

const BIN: &str = env!("CARGO_BIN_EXE_agent-machine");

fn main() {
    divan::main();
}

static TIERS: LazyLock<Vec<CacheTier>> = LazyLock::new(common::tiers);

/// The corpus of each size, read as the CLI reads it.
fn pods(count: usize) -> &'static [common::Pod] {
    static SMALL: LazyLock<Vec<common::Pod>> = LazyLock::new(|| {
        common::corpus(1_000)
            .iter()
            .map(|t| common::read(t))
            .collect()
    });
    static LARGE: LazyLock<Vec<common::Pod>> = LazyLock::new(|| {
        common::corpus(20_000)
            .iter()
            .map(|t| common::read(t))
            .collect()
    });
    if count == 1_000 { &SMALL } else { &LARGE }
}

/// A directory of `count` pod files (`p000000.agent-pod.json`…), written once.
fn pod_dir(count: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "agent-machine-bench-{}-{count}",
        std::process::id()
    ));
    if !dir.join("pods").exists() {
        std::fs::create_dir_all(dir.join("pods")).expect("scratch directory");
        for (i, text) in common::corpus(count).iter().enumerate() {
            std::fs::write(dir.join(format!("pods/p{i:06}.agent-pod.json")), text)
                .expect("write a pod");
        }
    }
    dir
}

/// `validate` (schema, type, semantics, render check) of every pod, one thread.
#[divan::bench(args = [1_000, 20_000], sample_count = 5, sample_size = 1)]
fn validate_every_pod(bencher: Bencher, count: usize) {
    let pods = pods(count);
    bencher.counter(ItemsCount::new(count)).bench(|| {
        for p in pods {
            assert!(validate(&p.doc, Mode::default()).is_valid());
        }
    });
}

/// `validate --schema-only` of every pod, one thread.
#[divan::bench(args = [1_000, 20_000], sample_count = 5, sample_size = 1)]
fn validate_schema_only_every_pod(bencher: Bencher, count: usize) {
    let pods = pods(count);
    let mode = Mode {
        schema_only: true,
        ..Mode::default()
    };
    bencher.counter(ItemsCount::new(count)).bench(|| {
        for p in pods {
            assert!(validate(&p.doc, mode).is_valid());
        }
    });
}

/// `render all` in process without the writes: every file of every pod (plan,
/// surface artifact, a receipt for each) on two threads.
#[divan::bench(args = [1_000, 20_000], sample_count = 5, sample_size = 1)]
fn render_all_in_process_two_threads(bencher: Bencher, count: usize) {
    let pods = pods(count);
    bencher.counter(ItemsCount::new(count)).bench(|| {
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| {
                    while let Some(p) = pods.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let input = Input::new(&p.pod, &p.source, &TIERS);
                        render::batch::pod_files(
                            &input,
                            &render::batch::artifacts_of(&p.pod),
                            render::batch::Emit::Both,
                        )
                        .expect("renders");
                    }
                });
            }
        });
    });
}

/// `render all` end to end: the binary reads a directory of 10,000 pod files
/// and writes every file (40,000) to a fresh `--out` directory.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn render_all_end_to_end_10_000(bencher: Bencher) {
    let dir = pod_dir(10_000);
    let run = AtomicUsize::new(0);
    bencher
        .counter(ItemsCount::new(10_000usize))
        .with_inputs(|| {
            let out = dir.join(format!("out-{}", run.fetch_add(1, Ordering::Relaxed)));
            let _ = std::fs::remove_dir_all(&out);
            out
        })
        .bench_local_values(|out| {
            let status = Command::new(BIN)
                .args(["render", "all"])
                .arg(dir.join("pods"))
                .arg("--cache-tier")
                .arg(common::repo("examples"))
                .arg("--out")
                .arg(&out)
                .stderr(Stdio::null())
                .status()
                .expect("the binary runs");
            assert!(status.success());
            out
        });
    let _ = std::fs::remove_dir_all(&dir);
}

/// `validate` through the binary over a directory of 20,000 pod files (every
/// core).
#[divan::bench(sample_count = 3, sample_size = 1)]
fn validate_cli_20_000(bencher: Bencher) {
    let dir = pod_dir(20_000);
    bencher.counter(ItemsCount::new(20_000usize)).bench(|| {
        let status = Command::new(BIN)
            .arg("validate")
            .arg(dir.join("pods"))
            .stderr(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .expect("the binary runs");
        assert!(status.success());
    });
    if std::path::Path::new("/usr/bin/time").exists() {
        peak_memory_of_validate(20_000);
    }
}

/// The peak resident memory of `validate` over `count` pod files, as GNU
/// time reports it.
fn peak_memory_of_validate(count: usize) {
    let dir = pod_dir(count);
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(BIN)
        .arg("validate")
        .arg(dir.join("pods"))
        .stdout(Stdio::null())
        .output()
        .expect("GNU time runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    if let Some(kib) = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse::<f64>().ok())
    {
        eprintln!(
            "validate, the binary over {count} pod files: peak resident memory {:.0} MiB",
            kib / 1024.0
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
