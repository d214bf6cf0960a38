//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether reviewed snapshots should be rewritten instead of compared
/// (`AGENT_MACHINE_BLESS=1 cargo test`).
pub fn blessing() -> bool {
    std::env::var_os("AGENT_MACHINE_BLESS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the reviewed snapshot at `path` (relative to the
/// repository root), or rewrites the snapshot when blessing.
/// The target directory this test binary was built in (`<target>/debug/deps/it-…`):
/// a nested cargo run there reuses every dependency the test build compiled.
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary has a path");
    exe.ancestors()
        .nth(3)
        .expect("the test binary lives in <target>/<profile>/deps")
        .to_path_buf()
}

pub fn assert_snapshot(path: &str, actual: &str) {
    let file = root().join(path);
    if blessing() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!("{path}: cannot read the snapshot ({e}); run `AGENT_MACHINE_BLESS=1 cargo test` and review the diff")
    });
    if expected != actual {
        let (line, want, got) = first_difference(&expected, actual);
        panic!(
            "{path} is out of date: first difference at line {line}\n  snapshot: {want}\n  actual:   {got}\n\
             review the change, then run `AGENT_MACHINE_BLESS=1 cargo test` and commit the snapshot"
        );
    }
}

fn first_difference<'a>(a: &'a str, b: &'a str) -> (usize, &'a str, &'a str) {
    let mut left = a.lines();
    let mut right = b.lines();
    let mut n = 0;
    loop {
        n += 1;
        match (left.next(), right.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => return (n, x.unwrap_or("<end>"), y.unwrap_or("<end>")),
        }
    }
}

/// Every `*.json` file directly in `dir`, sorted.
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// The shared SourceOS conformance corpus beside this checkout, or `None`
/// after saying loudly that the test is skipped (a failure in CI).
pub fn conformance_dir() -> Option<PathBuf> {
    let dir = root().join("../shared/conformance");
    if dir.join("digests.tsv").is_file() {
        return Some(dir);
    }
    skip("../shared/conformance is not beside this checkout")
}

/// A file of the shared SourceOS tree beside this checkout (`../shared/REL`),
/// or `None` after saying loudly that the test is skipped (a failure in CI).
pub fn shared_file(rel: &str) -> Option<PathBuf> {
    let path = root().join("../shared").join(rel);
    if path.is_file() {
        return Some(path);
    }
    skip(&format!("../shared/{rel} is not beside this checkout"))
}

/// The differences between two JSON values, one line per JSON pointer.
pub fn json_diff(before: &serde_json::Value, after: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    fn walk(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for (k, va) in x {
                    let p = format!("{at}/{k}");
                    match y.get(k) {
                        Some(vb) => walk(va, vb, p, out),
                        None => out.push(format!("dropped {p} (was {va})")),
                    }
                }
                for (k, vb) in y {
                    if !x.contains_key(k) {
                        out.push(format!("added {at}/{k} = {vb}"));
                    }
                }
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
                for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                    walk(va, vb, format!("{at}/{i}"), out);
                }
            }
            _ if a == b => {}
            _ => out.push(format!("changed {at}: {a} -> {b}")),
        }
    }
    let mut out = Vec::new();
    walk(before, after, String::new(), &mut out);
    out
}

/// The `agent-machine` binary built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_agent-machine"))
}

/// A fresh scratch directory under `target/` (removed first if present).
pub fn scratch(name: &str) -> PathBuf {
    let dir = root().join("target/test-scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Loads an example as its typed value.
pub fn example<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let text = std::fs::read_to_string(root().join("examples").join(file)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every example CacheTier.
pub fn example_tiers() -> Vec<agent_machine::contracts::CacheTier> {
    json_files(&root().join("examples"))
        .into_iter()
        .filter(|p| p.to_str().unwrap().ends_with(".cache-tier.json"))
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

/// Whether a missing external validator is a failure (`AGENT_MACHINE_REQUIRE_VALIDATORS=1`).
pub fn required() -> bool {
    std::env::var_os("AGENT_MACHINE_REQUIRE_VALIDATORS").is_some_and(|v| v == "1")
}

/// The validator `name`, or `None` after saying loudly why it is skipped.
pub fn validator(name: &str) -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if let Some(dir) = std::env::var_os("AGENT_MACHINE_VALIDATORS") {
        candidates.push(PathBuf::from(dir).join("bin").join(name));
    }
    candidates.push(root().join(".validators/bin").join(name));
    if name == "quadlet" {
        candidates.push(PathBuf::from("/usr/libexec/podman/quadlet"));
    }
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|d| d.join(name)));
    }
    if let Some(found) = candidates.into_iter().find(|p| p.is_file()) {
        return Some(found);
    }
    skip(&format!(
        "{name} not found (run scripts/install-validators.sh, or set AGENT_MACHINE_VALIDATORS)"
    ))
}

/// A Python interpreter that can `import jsonschema` (the venv of
/// `scripts/install-validators.sh`, under `$AGENT_MACHINE_VALIDATORS` or
/// `.validators/`, else `python3` on `PATH`), or `None` after saying loudly
/// why its test is skipped (a failure with `AGENT_MACHINE_REQUIRE_VALIDATORS=1`).
pub fn python_with_jsonschema() -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if let Some(dir) = std::env::var_os("AGENT_MACHINE_VALIDATORS") {
        candidates.push(PathBuf::from(dir).join("venv/bin/python3"));
    }
    candidates.push(root().join(".validators/venv/bin/python3"));
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|d| d.join("python3")));
    }
    let found = candidates.into_iter().find(|p| {
        p.is_file()
            && std::process::Command::new(p)
                .args(["-c", "import jsonschema"])
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
    });
    if found.is_some() {
        return found;
    }
    skip(
        "Python with the jsonschema package not found (run scripts/install-validators.sh, or set AGENT_MACHINE_VALIDATORS)",
    )
}

/// A tool of the shared SourceOS tree beside this checkout (`../shared/tools/NAME`),
/// or `None` after saying loudly why its test is skipped.
pub fn shared_tool(name: &str) -> Option<PathBuf> {
    let path = root().join("../shared/tools").join(name);
    if path.is_file() {
        return Some(path);
    }
    skip(&format!(
        "../shared/tools/{name} is not beside this checkout"
    ))
}

/// Says loudly that a test is skipped for want of `what` — or, when
/// AGENT_MACHINE_REQUIRE_VALIDATORS=1 (CI), fails it: in CI a skip is a failure.
fn skip<T>(what: &str) -> Option<T> {
    if required() {
        panic!("{what}; AGENT_MACHINE_REQUIRE_VALIDATORS=1 makes a missing validator a failure");
    }
    // Written to the process's stderr directly: the test harness captures
    // eprintln!, and a skip must be seen.
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "\n!!!!!!!! SKIPPED: {what} !!!!!!!!\n");
    None
}

/// Copies a file or a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap().flatten() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        }
    } else {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
    }
}

/// A scratch copy of the parts of the repository the gate and the release
/// bundle read (everything but `target/` and `.git`).
pub fn scratch_repository(name: &str) -> PathBuf {
    let dir = scratch(name);
    for p in [
        "Cargo.toml",
        "build.rs",
        "contracts",
        "examples",
        "skeletons",
        "docs",
        "packaging",
        "scripts",
        "src",
        "tests",
        "Makefile",
        ".ci",
        ".github",
    ] {
        copy_tree(&root().join(p), &dir.join(p));
    }
    dir
}

/// The SourceOS v0.1.0 corpus directory inside the conformance tree.
pub fn sourceos_corpus(conformance: &Path) -> PathBuf {
    conformance.join("sourceos-v0.1.0")
}

/// Every document of `kind` (the file suffix, e.g. `agent-pod`) in the
/// SourceOS corpus, as `(file name, typed value)`, sorted by file name.
pub fn sourceos_documents<T: serde::de::DeserializeOwned>(
    corpus: &Path,
    kind: &str,
) -> Vec<(String, T)> {
    let suffix = format!(".{kind}.json");
    json_files(corpus)
        .into_iter()
        .filter(|p| p.to_str().unwrap().ends_with(&suffix))
        .map(|p| {
            let file = p.file_name().unwrap().to_str().unwrap().to_string();
            let value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            (file, value)
        })
        .collect()
}

/// The CacheTiers of `tiers` that `pod` names, when every one it names is
/// there (its own tiers); `None` when one is missing or it names none.
pub fn own_tiers(
    pod: &agent_machine::contracts::AgentPod,
    tiers: &[agent_machine::contracts::CacheTier],
) -> Option<Vec<agent_machine::contracts::CacheTier>> {
    let mut own: Vec<agent_machine::contracts::CacheTier> = Vec::new();
    for item in &pod.storage {
        let tier = tiers.iter().find(|t| t.id.as_str() == item.cache_tier_id)?;
        if !own.iter().any(|t| t.id.as_str() == tier.id.as_str()) {
            own.push(tier.clone());
        }
    }
    (!own.is_empty()).then_some(own)
}

/// Runs `command` to completion, or kills it after `seconds` and fails the
/// test: a command that hangs (on a FIFO, a link loop) fails in bounded
/// time instead of hanging the suite. Output is drained while it runs.
pub fn run_with_deadline(
    command: &mut std::process::Command,
    seconds: u64,
) -> std::process::Output {
    use std::io::Read as _;
    use std::process::Stdio;
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let drain = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = r.read_to_end(&mut bytes);
            bytes
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(seconds) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} still ran after {seconds} s; killed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    std::process::Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

/// A FIFO with a writer waiting to open it: whoever opens the FIFO for
/// reading — even non-blocking, even only to look at it — releases the
/// writer, so [`Fifo::opened`] tells whether a command opened it at all.
/// Dropping it releases the writer (so no thread is left behind).
pub struct Fifo {
    pub path: PathBuf,
    opened: std::sync::Arc<std::sync::atomic::AtomicBool>,
    writer: Option<std::thread::JoinHandle<()>>,
}

impl Fifo {
    /// Makes a FIFO at `path` (with `mkfifo`) and starts its writer.
    pub fn new(path: &Path) -> Fifo {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo runs");
        assert!(made.success(), "mkfifo {}", path.display());
        let opened = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (flag, fifo) = (opened.clone(), path.to_path_buf());
        let writer = std::thread::spawn(move || {
            // Blocks until a reader opens the FIFO.
            let held = std::fs::OpenOptions::new().write(true).open(&fifo);
            flag.store(true, std::sync::atomic::Ordering::SeqCst);
            drop(held);
        });
        // Let the writer reach its open.
        std::thread::sleep(std::time::Duration::from_millis(100));
        Fifo {
            path: path.to_path_buf(),
            opened,
            writer: Some(writer),
        }
    }

    /// Whether anything opened the FIFO for reading (waits a moment for the
    /// writer to notice).
    pub fn opened(&self) -> bool {
        std::thread::sleep(std::time::Duration::from_millis(300));
        self.opened.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl Drop for Fifo {
    fn drop(&mut self) {
        use std::os::unix::fs::OpenOptionsExt as _;
        if let Some(writer) = self.writer.take() {
            // Open it ourselves (non-blocking) to release the writer.
            let reader = std::fs::OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(&self.path);
            let _ = writer.join();
            drop(reader);
        }
    }
}
