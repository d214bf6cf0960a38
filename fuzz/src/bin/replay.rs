//! The fuzz targets' bodies on the stable toolchain, without libFuzzer:
//! every seed, then `--iterations N` deterministic mutations of the seeds
//! (byte flips, insertions, deletions, splices, and tokens that matter to
//! the renderers), each held to the same properties as under `cargo fuzz`.
//! A broken property panics with the input that broke it; the figures
//! (inputs, how far they got, time) go to stderr.
//!
//! ```console
//! cargo run --release --manifest-path fuzz/Cargo.toml --bin replay -- --iterations 100000 [--seed N] [--target T] [--inputs DIR]
//! ```
//!
//! `--inputs DIR` takes the starting inputs from `DIR/<target>/` instead of
//! `fuzz/seeds/<target>/` — e.g. `fuzz/corpus`, a libFuzzer run's corpus.

use std::path::Path;
use std::time::Instant;

use agent_machine_fuzz::{Outcome, parse_validate_render, render_pod_fields};

/// xorshift64*: a small, seeded generator, so a run can be repeated.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Tokens that reach the unit, the manifests or their grammars.
const TOKENS: &[&str] = &[
    "\\",
    "\"",
    "'",
    "%",
    "%%",
    "$",
    "$$",
    "${HOME}",
    ";",
    " ",
    "\t",
    "\n",
    "\u{1f}",
    "=",
    ":",
    ",",
    "/",
    "..",
    "//",
    "-",
    "--",
    "--privileged",
    "--cap-add=ALL",
    "--network=host",
    "--volume=/:/host",
    "-v",
    "/var/run/docker.sock",
    "/run/podman/podman.sock",
    "127.0.0.1",
    "0.0.0.0",
    "[Service]",
    "\nExecStartPre=/bin/sh",
    "PodmanArgs=",
    "@sha256:",
    "ghcr.io/",
    ":latest",
    "/var/lib/agent-machine/",
    "/models",
    "kube-system",
    "\u{0}",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "é",
    "😀",
    "null",
    "true",
    "0",
    "65536",
    "-1",
    "1e999",
    "{}",
    "[]",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], base: &[u8]) -> Vec<u8> {
    let mut data = base.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => {
                let b = rng.next() as u8;
                data.insert(at, b);
            }
            2 if !data.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(data.len());
                data.drain(at.min(end)..end);
            }
            3 => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let to = (from + 1 + rng.below(64)).min(other.len());
                    data.splice(at..at, other[from..to].iter().copied());
                }
            }
            _ => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
        }
    }
    data
}

/// For JSON seeds, a mutation of one string value keeps the document
/// parseable far more often than raw bytes do: replace the content of a
/// random `"…"` with a mutated token string.
fn mutate_json_string(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let quotes: Vec<usize> = base
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'"')
        .map(|(i, _)| i)
        .collect();
    if quotes.len() < 2 {
        return base.to_vec();
    }
    let pair = rng.below(quotes.len() / 2) * 2;
    let (open, close) = (quotes[pair], quotes[pair + 1]);
    let mut inner = String::from_utf8_lossy(&base[open + 1..close]).into_owned();
    for _ in 0..=rng.below(2) {
        let token = TOKENS[rng.below(TOKENS.len())];
        let at = rng.below(inner.len() + 1);
        let at = (0..=at)
            .rev()
            .find(|i| inner.is_char_boundary(*i))
            .unwrap_or(0);
        inner.insert_str(at, token);
    }
    let escaped = serde_json::to_string(&inner).expect("a string serializes");
    let mut out = base[..open].to_vec();
    out.extend_from_slice(escaped.as_bytes());
    out.extend_from_slice(&base[close + 1..]);
    out
}

#[derive(Default)]
struct Totals {
    inputs: u64,
    parsed: u64,
    pods: u64,
    rendered: u64,
    units: u64,
}

impl Totals {
    fn add(&mut self, o: Outcome) {
        self.inputs += 1;
        self.parsed += u64::from(o.parsed);
        self.pods += u64::from(o.pod);
        self.rendered += o.rendered as u64;
        self.units += o.units as u64;
    }
}

fn seeds(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read(p).expect("a seed reads"))
        .collect()
}

fn main() {
    let mut iterations: u64 = 0;
    let mut seed: u64 = 0x5eed_a9e7_0001;
    let mut only: Option<String> = None;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs = root.join("seeds");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--iterations" => iterations = value().parse().expect("a number of iterations"),
            "--seed" => seed = value().parse::<u64>().expect("a number").max(1),
            "--target" => only = Some(value()),
            "--inputs" => inputs = value().into(),
            other => panic!(
                "unknown argument {other}; use --iterations N, --seed N, --target T, --inputs DIR"
            ),
        }
    }
    type Target = fn(&[u8]) -> Outcome;
    let targets: [(&str, Target, bool); 2] = [
        ("parse_validate_render", parse_validate_render, true),
        ("render_pod_fields", render_pod_fields, false),
    ];
    for (name, target, json) in targets {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let seeds = seeds(&inputs.join(name));
        let started = Instant::now();
        let mut totals = Totals::default();
        for s in &seeds {
            totals.add(target(s));
        }
        let mut rng = Rng(seed);
        for i in 0..iterations {
            let base = &seeds[rng.below(seeds.len())];
            let data = if json && i % 2 == 0 {
                mutate_json_string(&mut rng, base)
            } else {
                mutate(&mut rng, &seeds, base)
            };
            let outcome = std::panic::catch_unwind(|| target(&data));
            match outcome {
                Ok(o) => totals.add(o),
                Err(_) => {
                    let dir = root.join("artifacts").join(name);
                    let path = dir.join(format!("replay-crash-{i}"));
                    let _ = std::fs::create_dir_all(&dir);
                    let _ = std::fs::write(&path, &data);
                    eprintln!(
                        "{name}: iteration {i} (seed {seed}) broke a property; input in {}",
                        path.display()
                    );
                    std::process::exit(1);
                }
            }
        }
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "{name}: {} inputs ({} starting inputs + {iterations} mutations, seed {seed}) in {secs:.1} s ({:.0}/s): {} parsed, {} valid pods, {} artifacts held to every property, {} Quadlet units held to the podman allow-list",
            totals.inputs,
            seeds.len(),
            totals.inputs as f64 / secs.max(1e-9),
            totals.parsed,
            totals.pods,
            totals.rendered,
            totals.units
        );
    }
}
