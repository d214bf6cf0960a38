//! Batch throughput: validating and rendering thousands of pods is a normal
//! workload (fleet rollouts, CI over a repository of pods). This benchmark
//! generates a corpus of distinct AgentPods from the examples and measures
//! parse → validate → render (plan, Quadlet, Kubernetes) per pod.
//!
//! `cargo bench` runs it; `AGENT_MACHINE_BENCH_PODS` sets the corpus size
//! (default 2000). It reports pods per second for each stage; it asserts
//! nothing about time (benchmarks are not tests).
//!
//! Then `render all` in-process on two threads and end to end through the
//! binary, and single-shot commands start to exit (median of 30 runs).
//!
//! `AGENT_MACHINE_BENCH_STAGES` (comma-separated: `validate`, `schema-only`,
//! `render`, `batch`, `end-to-end`, `single-shot`, `large`; default all)
//! runs only some stages, e.g. under a profiler.
//!
//! A last part validates single large documents up to the 16 MiB input
//! limit — huge arrays, many secret-shaped values, thousands of broken
//! embedded documents — and reports the time and MB/s of each: validation
//! and its diagnostics are linear in the document's size.

use std::time::Instant;

use agent_machine::base::canonical;
use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::contracts::{AgentPod, CacheTier};
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::render::{self, Artifact, Input, Source};
use serde_json::Value;

/// Whether the stage `name` is selected by `AGENT_MACHINE_BENCH_STAGES`.
fn wanted(name: &str) -> bool {
    std::env::var("AGENT_MACHINE_BENCH_STAGES")
        .map_or(true, |stages| stages.split(',').any(|s| s.trim() == name))
}

fn example(name: &str) -> Value {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("example")).expect("JSON")
}

fn main() {
    let count: usize = std::env::var("AGENT_MACHINE_BENCH_PODS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let bases = [
        example("local-podman-llama-cpp.agent-pod.json"),
        example("k8s-topolvm.agent-pod.json"),
    ];
    let tiers: Vec<CacheTier> =
        std::fs::read_dir(format!("{}/examples", env!("CARGO_MANIFEST_DIR")))
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
            .collect();
    let corpus: Vec<String> = (0..count)
        .map(|i| {
            let mut pod = bases[i % 2].clone();
            pod["id"] = Value::String(format!("urn:srcos:agent-machine:agent-pod:bench-{i}"));
            pod["workload"]["name"] = Value::String(format!("bench-{i}"));
            serde_json::to_string_pretty(&pod).expect("serializes")
        })
        .collect();

    let t = Instant::now();
    let docs: Vec<_> = corpus
        .iter()
        .map(|text| {
            parse_document("bench.json".into(), text.as_bytes(), Limits::default()).expect("parses")
        })
        .collect();
    report("parse (strict)", count, t);

    if wanted("validate") {
        let t = Instant::now();
        for doc in &docs {
            assert!(validate(doc, Mode::default()).is_valid());
        }
        report("validate (schema, type, semantics, render check)", count, t);
    }

    // The JSON Schema alone (`validate --schema-only`).
    if wanted("schema-only") {
        let t = Instant::now();
        for doc in &docs {
            let mode = Mode {
                schema_only: true,
                ..Mode::default()
            };
            assert!(validate(doc, mode).is_valid());
        }
        report("validate --schema-only", count, t);
    }

    let pods: Vec<AgentPod> = docs
        .iter()
        .map(|d| serde_json::from_value(d.value.clone()).expect("typed"))
        .collect();
    if wanted("render") {
        let t = Instant::now();
        let mut bytes = 0usize;
        for (doc, pod) in docs.iter().zip(&pods) {
            let source = Source::new("bench.json", canonical::digest(&doc.value).expect("digest"));
            let input = Input::new(pod, &source, &tiers);
            for artifact in Artifact::ALL
                .into_iter()
                .filter(|a| a.supports(pod.pod_type))
            {
                bytes += render::render(artifact, &input)
                    .expect("renders")
                    .text
                    .len();
            }
        }
        report(
            "render (plan + Quadlet or Kubernetes, with posture)",
            count,
            t,
        );
        println!("rendered {bytes} bytes");
    }

    if wanted("batch") {
        // The batch pipeline in-process (`render all` without the writes): every
        // file of every pod — plan, surface artifact, a receipt for each — on
        // two threads.
        let t = Instant::now();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let files = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let (Some(doc), Some(pod)) = (docs.get(i), pods.get(i)) else {
                            break;
                        };
                        let source = Source::new(
                            "bench.json",
                            canonical::digest(&doc.value).expect("digest"),
                        );
                        let input = Input::new(pod, &source, &tiers);
                        let (out, _) = render::batch::pod_files(
                            &input,
                            &render::batch::artifacts_of(pod),
                            render::batch::Emit::Both,
                        )
                        .expect("renders");
                        files.fetch_add(out.len(), std::sync::atomic::Ordering::Relaxed);
                    }
                });
            }
        });
        report("render all in-process, two threads (no writes)", count, t);
    }

    if wanted("end-to-end") {
        // `render all` end to end: the binary reads the corpus from a directory
        // and writes every file (start, validation and writes included).
        let dir = std::env::temp_dir().join(format!("agent-machine-bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pods")).expect("scratch");
        for (i, text) in corpus.iter().enumerate() {
            std::fs::write(dir.join(format!("pods/p{i:06}.agent-pod.json")), text).expect("write");
        }
        let t = Instant::now();
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_agent-machine"))
            .args(["render", "all"])
            .arg(dir.join("pods"))
            .args([
                "--cache-tier",
                concat!(env!("CARGO_MANIFEST_DIR"), "/examples"),
            ])
            .arg("--out")
            .arg(dir.join("out"))
            .stderr(std::process::Stdio::null())
            .status()
            .expect("the binary runs");
        assert!(status.success());
        report(
            "render all, end to end (the binary, every file written)",
            count,
            t,
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    if wanted("single-shot") {
        single_shot();
    }
    if wanted("large") {
        large_documents();
    }
}

/// Single-shot commands, start to exit: the median of 30 runs of the
/// binary each (what a CI step or a shell loop pays per document).
fn single_shot() {
    let bin = env!("CARGO_BIN_EXE_agent-machine");
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let pod = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/local-podman-llama-cpp.agent-pod.json"
    );
    let k8s = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/k8s-topolvm.agent-pod.json"
    );
    let tier = |name: &str| format!("{examples}/{name}.cache-tier.json");
    let workstation = [tier("workstation-models"), tier("workstation-warm-cache")];
    let cluster = [
        tier("k8s-topolvm-models"),
        tier("k8s-topolvm-warm-cache"),
        tier("k8s-topolvm-evidence"),
    ];
    let with_tiers = |command: &[&str], tiers: &[String]| -> Vec<String> {
        let mut args: Vec<String> = command.iter().map(|s| s.to_string()).collect();
        for t in tiers {
            args.extend(["--cache-tier".to_string(), t.clone()]);
        }
        args
    };
    // One pod and the CacheTiers it names (the single-shot target), then
    // with a whole directory of documents to find its CacheTiers in.
    let commands: Vec<(&str, Vec<String>)> = vec![
        ("version", with_tiers(&["version"], &[])),
        (
            "validate --schema-only (one pod)",
            with_tiers(&["validate", "--schema-only", pod], &[]),
        ),
        ("validate (one pod)", with_tiers(&["validate", pod], &[])),
        (
            "render plan (pod + its 2 tiers)",
            with_tiers(&["render", "plan", pod], &workstation),
        ),
        (
            "render quadlet (pod + its 2 tiers)",
            with_tiers(&["render", "quadlet", pod], &workstation),
        ),
        (
            "render k8s (pod + its 3 tiers)",
            with_tiers(&["render", "k8s", k8s], &cluster),
        ),
        (
            "render k8s --cache-tier examples/",
            with_tiers(&["render", "k8s", k8s, "--cache-tier", examples], &[]),
        ),
    ];
    for (what, args) in commands {
        let mut times: Vec<f64> = (0..30)
            .map(|_| {
                let t = Instant::now();
                let status = std::process::Command::new(bin)
                    .args(&args)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .status()
                    .expect("the binary runs");
                assert!(status.success(), "{what}");
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "single-shot {what:<40} median {:6.2} ms (min {:.2}, max {:.2})",
            times[15], times[0], times[29]
        );
    }
}

/// One large document per shape, parsed and validated once each.
fn large_documents() {
    let pod = example("local-podman-llama-cpp.agent-pod.json");
    let probe = example("fake-gpu-box.probe-report.json");
    let mut shapes: Vec<(&str, String)> = Vec::new();

    let mut p = pod.clone();
    p["runtime"]["args"] = serde_json::json!(vec![""; 199_000]);
    shapes.push((
        "pod, 199k args (pod/bounds)",
        serde_json::to_string(&p).unwrap(),
    ));
    p["runtime"]["args"] = serde_json::json!(vec![1; 150_000]);
    shapes.push((
        "pod, 150k args of the wrong type",
        serde_json::to_string_pretty(&p).unwrap(),
    ));
    let mut p = pod.clone();
    p["runtime"]["args"] = serde_json::json!(vec![format!("ghp_{}", "a".repeat(8000)); 256]);
    shapes.push((
        "pod, 256 secret-shaped 8 KB args",
        serde_json::to_string_pretty(&p).unwrap(),
    ));
    let mut r = probe.clone();
    let mut broken = r["inferenceProviders"][0].clone();
    broken["unexpected"] = Value::Bool(true);
    r["inferenceProviders"] = Value::Array(vec![broken; 4000]);
    shapes.push((
        "ProbeReport, 4000 broken providers",
        serde_json::to_string_pretty(&r).unwrap(),
    ));
    let mut padded = probe["inferenceProviders"][0].clone();
    padded["labels"]["pad"] = Value::String("x".repeat(1800));
    let mut r = probe.clone();
    r["inferenceProviders"] = Value::Array(vec![padded.clone(); 6700]);
    shapes.push((
        "ProbeReport 16 MiB, 6700 valid providers",
        serde_json::to_string(&r).unwrap(),
    ));
    padded["status"] = Value::String("enabled".into());
    r["inferenceProviders"] = Value::Array(vec![padded; 6700]);
    shapes.push((
        "ProbeReport 16 MiB, 6700 enabled providers",
        serde_json::to_string(&r).unwrap(),
    ));

    for (name, text) in &shapes {
        let t = Instant::now();
        let doc = parse_document("large.json".into(), text.as_bytes(), Limits::default())
            .expect("within the limits");
        let report = validate(&doc, Mode::default());
        let secs = t.elapsed().as_secs_f64();
        let mb = text.len() as f64 / (1024.0 * 1024.0);
        println!(
            "{name:<45} {mb:>6.2} MiB in {secs:>6.3} s = {:>6.1} MiB/s, {} diagnostic(s)",
            mb / secs,
            report.diagnostics.len()
        );
    }
}

fn report(stage: &str, count: usize, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{stage:<55} {count:>6} pods in {secs:>7.3} s = {:>9.0} pods/s",
        count as f64 / secs
    );
}
