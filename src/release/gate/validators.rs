//! Item R6 with the real validators at hand: the checked-in Quadlet units go
//! through the Podman Quadlet generator and the Kubernetes manifests through
//! `kubernetes-validate --strict`. These are the only programs the gate ever
//! runs, and only from the directory given with `--validators`; without
//! one, R6 is CI's to prove. (Item I3 asks [`start`] to start a validator
//! that cannot start — absent, or whose interpreter is missing — to check
//! the message; nothing runs.) The tree is read in place: nothing is written
//! to it.
//!
//! A tool is run on the tree only once its identity is checked
//! ([`identify`]): after links it must be a regular file with the tool's own
//! name; its version output must be a version of that tool (the Quadlet
//! generator of Podman 4.4 or later, `kubernetes-validate` 1.x); and it must
//! reject a known-bad input that the gate writes to a fresh private temporary
//! directory — a Quadlet unit with an unsupported key, a Pod with a field the
//! API does not have, each named with a fresh nonce that the refusal must
//! name. A validator that accepts everything is no validator. Every run is
//! bounded in time and output.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Context, Outcome};

/// The Kubernetes version the gate validates against (the test suite covers
/// every supported one).
const KUBERNETES: &str = "1.34";

/// How long one validator run may take.
const TIMEOUT: Duration = Duration::from_secs(60);

/// How much of a validator's stdout or stderr is kept.
const MAX_OUTPUT: u64 = 1 << 20;

/// The two tools, by file name in the `--validators` directory.
pub const TOOLS: [&str; 2] = ["quadlet", "kubernetes-validate"];

/// What a finished run left.
struct Ran {
    success: bool,
    stdout: String,
    stderr: String,
}

/// Runs `command` with no stdin for at most [`TIMEOUT`] (then it is
/// killed), keeping at most [`MAX_OUTPUT`] bytes of each stream; a tool that
/// cannot be started becomes a message naming it and how to install it. A
/// process the tool leaves behind holding its output open makes the run an
/// error at the deadline, never a hang.
fn run(mut command: Command, tool: &Path) -> Result<Ran, String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A file just written (the gate's own stubs) can be busy for a moment:
    // another thread's child, between fork and exec, still holds it open
    // for writing (ETXTBSY). That is no answer about the tool; try again.
    let mut spawned = command.spawn();
    for _ in 0..50 {
        match &spawned {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(Duration::from_millis(10));
                spawned = command.spawn();
            }
            _ => break,
        }
    }
    let mut child = spawned.map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!(
            "{} is not there: run scripts/install-validators.sh, or point --validators elsewhere",
            tool.display()
        ),
        _ => format!("{} cannot be started: {e}", tool.display()),
    })?;
    let reader = |stream: Option<Box<dyn std::io::Read + Send>>| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut kept = Vec::new();
            if let Some(mut s) = stream {
                let _ = s.by_ref().take(MAX_OUTPUT).read_to_end(&mut kept);
                // Drain the rest so the tool never blocks on a full pipe.
                let _ = std::io::copy(&mut s, &mut std::io::sink());
            }
            let _ = tx.send(kept);
        });
        rx
    };
    let out = reader(
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
    );
    let err = reader(
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
    );
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) | Err(_) => break None,
        }
    };
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!(
            "{} did not finish within {} s",
            tool.display(),
            TIMEOUT.as_secs()
        ));
    };
    // A process the tool left behind may hold its output open: wait for the
    // output until the deadline, no longer.
    let collect = |rx: std::sync::mpsc::Receiver<Vec<u8>>| {
        let left = deadline.saturating_duration_since(Instant::now()) + Duration::from_millis(100);
        rx.recv_timeout(left)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|_| format!("{}: its output did not end", tool.display()))
    };
    Ok(Ran {
        success: status.success(),
        stdout: collect(out)?,
        stderr: collect(err)?,
    })
}

/// What the gate says when `tool` cannot be started (item I3 judges it):
/// `Err` with the message a missing tool gives, `Ok` when it ran.
pub(crate) fn start(tool: &Path) -> Result<(), String> {
    let mut command = Command::new(tool);
    command.arg("--version");
    run(command, tool).map(|_| ())
}

/// The regular files of `dir` whose names end in `suffix`; anything else of
/// that name (a symlink, a directory, a FIFO) is an error: the validators
/// read only the tree's own files.
fn files(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for e in entries {
        let e = e.map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = e.path();
        let is_file = e.file_type().is_ok_and(|t| t.is_file());
        if !is_file {
            return Err(format!(
                "{} is not a regular file: the validators read only the tree's own files",
                path.display()
            ));
        }
        if path.to_string_lossy().ends_with(suffix) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// A fresh private directory under the system's temporary directory,
/// removed when dropped.
pub(crate) struct Scratch(PathBuf);

impl Scratch {
    pub(crate) fn new() -> Result<Scratch, String> {
        use std::os::unix::fs::DirBuilderExt as _;
        let mut nonce = [0u8; 8];
        getrandom::fill(&mut nonce).map_err(|e| format!("no randomness for a temp name: {e}"))?;
        let dir = std::env::temp_dir().join(format!(
            "agent-machine-gate-{}-{}",
            std::process::id(),
            hex(&nonce)
        ));
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(Scratch(dir))
    }

    /// The directory.
    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    pub(crate) fn write(&self, name: &str, text: &str) -> Result<PathBuf, String> {
        use std::io::Write as _;
        let path = self.0.join(name);
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn nonce() -> Result<String, String> {
    let mut n = [0u8; 6];
    getrandom::fill(&mut n).map_err(|e| format!("no randomness for a probe: {e}"))?;
    Ok(hex(&n))
}

/// At most the first `max` characters of a tool's output, for a message.
fn shown(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// `major.minor.patch` at the start of `text`'s only line.
fn version(text: &str) -> Option<(u64, u64)> {
    let line = text.trim();
    if line.lines().count() != 1 {
        return None;
    }
    let mut parts = line.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    let patch = parts.next()?;
    let digits = patch.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then_some((major, minor))
}

/// The tool after links: a regular, executable file with the tool's own name.
fn resolve(dir: &Path, name: &str) -> Result<PathBuf, String> {
    use std::os::unix::fs::PermissionsExt as _;
    let given = dir.join(name);
    let real = std::fs::canonicalize(&given).map_err(|e| format!("{}: {e}", given.display()))?;
    let meta = std::fs::metadata(&real).map_err(|e| format!("{}: {e}", real.display()))?;
    if !meta.is_file() || meta.permissions().mode() & 0o111 == 0 {
        return Err(format!(
            "{} is not an executable file ({})",
            given.display(),
            real.display()
        ));
    }
    if real.file_name().and_then(|n| n.to_str()) != Some(name) {
        return Err(format!(
            "{} is {}, not a tool named {name}",
            given.display(),
            real.display()
        ));
    }
    Ok(real)
}

/// Checks that `tool` is the Podman Quadlet generator: version 4.4 or later,
/// and it refuses a unit with an unsupported key, naming the key.
fn identify_quadlet(tool: &Path, scratch: &Scratch) -> Result<(), String> {
    let mut command = Command::new(tool);
    command.arg("-version");
    let ran = run(command, tool)?;
    let found = version(&ran.stdout).filter(|_| ran.success);
    match found {
        Some(v) if v >= (4, 4) => {}
        _ => {
            return Err(format!(
                "{}: `-version` printed {:?}, not a version of the Podman Quadlet generator (4.4 or later)",
                tool.display(),
                shown(&ran.stdout, 80)
            ));
        }
    }
    let key = format!("AgentMachineGateProbe{}", nonce()?);
    let unit = format!(
        "[Container]\nImage=registry.example/probe:1\n{key}=1\n\n[Install]\nWantedBy=default.target\n"
    );
    let units = scratch.0.join("quadlet");
    std::fs::create_dir(&units).map_err(|e| format!("{}: {e}", units.display()))?;
    std::fs::write(units.join("probe.container"), unit)
        .map_err(|e| format!("{}: {e}", units.display()))?;
    let mut command = Command::new(tool);
    command
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &units);
    let ran = run(command, tool)?;
    let refused = ran.stderr.contains("unsupported key") && ran.stderr.contains(&key);
    let generated = ran.stdout.contains("ExecStart=");
    if !refused || generated {
        return Err(format!(
            "{} accepted a unit with an unsupported key (a validator that accepts everything is no validator)",
            tool.display()
        ));
    }
    Ok(())
}

/// Checks that `tool` is `kubernetes-validate` 1.x and refuses, under
/// `--strict`, a Pod with a field the API does not have, naming the field.
fn identify_kubernetes_validate(tool: &Path, scratch: &Scratch) -> Result<(), String> {
    let mut command = Command::new(tool);
    command.arg("--version");
    let ran = run(command, tool)?;
    if !(ran.success && version(&ran.stdout).is_some_and(|(major, _)| major == 1)) {
        return Err(format!(
            "{}: `--version` printed {:?}, not a version of kubernetes-validate (1.x)",
            tool.display(),
            shown(&ran.stdout, 80)
        ));
    }
    let field = format!("agentMachineGateProbe{}", nonce()?);
    let manifest = scratch.write(
        "probe.yaml",
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n  {field}: true\n  containers:\n  - name: probe\n    image: registry.example/probe:1\n"
        ),
    )?;
    let mut command = Command::new(tool);
    command
        .args(["--strict", "--quiet", "-k", KUBERNETES])
        .arg(&manifest);
    let ran = run(command, tool)?;
    let report = format!("{}{}", ran.stdout, ran.stderr);
    if ran.success || !report.contains(&field) {
        return Err(format!(
            "{} accepted a Pod with a field the API does not have (a validator that accepts everything is no validator)",
            tool.display()
        ));
    }
    Ok(())
}

/// The validators of `dir`, once their identity is checked: `Ok(None)` when
/// either is not there at all (R6 is then CI's), `Ok(Some(..))` with both
/// resolved, `Err` naming the tool that is not what its name says.
pub fn identify(dir: &Path) -> Result<Option<(PathBuf, PathBuf)>, String> {
    if TOOLS
        .iter()
        .any(|t| std::fs::symlink_metadata(dir.join(t)).is_err())
    {
        return Ok(None);
    }
    let quadlet = resolve(dir, "quadlet")?;
    let kv = resolve(dir, "kubernetes-validate")?;
    let scratch = Scratch::new()?;
    identify_quadlet(&quadlet, &scratch)?;
    identify_kubernetes_validate(&kv, &scratch)?;
    Ok(Some((quadlet, kv)))
}

/// The generator's services, by name (`---<name>.service---` headers).
fn services(stdout: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = stdout;
    while let Some(start) = rest.find("---") {
        let after = &rest[start + 3..];
        let Some(end) = after.find("---") else { break };
        let name = &after[..end];
        let body_start = &after[end + 3..];
        let body_end = body_start.find("\n---").map_or(body_start.len(), |i| i + 1);
        out.push((name, &body_start[..body_end]));
        rest = &body_start[body_end..];
    }
    out
}

/// Runs the generator over the units and holds what it made to the posture
/// model: one service per unit, named after it, with exactly one
/// `ExecStart=` whose `podman run` passes the unit's posture allow-list
/// (`Posture::check_podman_run`) — the real consumer's command, so a tool
/// that prints a placeholder command per unit proves nothing.
fn quadlet(
    tool: &Path,
    units: &Path,
    postures: &std::collections::BTreeMap<String, crate::rules::posture::Posture>,
) -> Result<String, String> {
    let unit_files = files(units, ".container")?;
    let count = unit_files.len();
    if count == 0 {
        return Err(format!("no Quadlet units under {}", units.display()));
    }
    // The generator takes absolute unit directories only.
    let units = std::path::absolute(units).map_err(|e| format!("{}: {e}", units.display()))?;
    let mut command = Command::new(tool);
    command
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &units);
    let out = run(command, tool)?;
    if !out.success || out.stderr.contains("unsupported key") || out.stderr.contains("converting") {
        return Err(format!(
            "the Quadlet generator refused: {}",
            shown(&out.stderr, 2000)
        ));
    }
    let services = services(&out.stdout);
    if services.len() != count {
        return Err(format!(
            "the Quadlet generator made {} services from {count} units: {}",
            services.len(),
            shown(&out.stderr, 2000)
        ));
    }
    let mut problems = Vec::new();
    for unit in &unit_files {
        let file = unit
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = file.trim_end_matches(".container");
        let Some((_, body)) = services
            .iter()
            .find(|(name, _)| *name == format!("{stem}.service"))
        else {
            problems.push(format!("no service {stem}.service for {file}"));
            continue;
        };
        let exec: Vec<&str> = body
            .lines()
            .filter_map(|l| l.strip_prefix("ExecStart="))
            .collect();
        let [exec] = exec[..] else {
            problems.push(format!(
                "{stem}.service has {} ExecStart= lines, not one",
                exec.len()
            ));
            continue;
        };
        let argv = match crate::rules::posture::split_words(exec) {
            Ok(argv) => argv,
            Err(e) => {
                problems.push(format!("{stem}.service: ExecStart= does not split: {e}"));
                continue;
            }
        };
        if argv.len() < 2 || !argv[0].ends_with("/podman") || argv[1] != "run" {
            problems.push(format!("{stem}.service: ExecStart= is not a podman run"));
            continue;
        }
        // A unit no example renders to (an orphan, which S1–S7 fail) is held
        // to the default posture: no exposure admitted, loopback only.
        let posture = postures.get(&file).cloned().unwrap_or_default();
        for v in posture.check_podman_run(&argv[2..]) {
            problems.push(format!(
                "{stem}.service: the generator's command breaks [{}]: {}",
                v.rule, v.message
            ));
        }
    }
    if !problems.is_empty() {
        return Err(format!(
            "the Quadlet generator's commands: {}",
            problems.join("; ")
        ));
    }
    Ok(format!(
        "the Quadlet generator accepts {count} units, and each command passes the posture allow-list"
    ))
}

fn kubernetes(tool: &Path, manifests: &Path) -> Result<String, String> {
    let files = files(manifests, ".yaml")?;
    if files.is_empty() {
        return Err(format!("no manifests under {}", manifests.display()));
    }
    let mut command = Command::new(tool);
    command
        .args(["--strict", "--quiet", "-k", KUBERNETES])
        .args(&files);
    let out = run(command, tool)?;
    let report = format!("{}{}", out.stdout, out.stderr);
    // Our own custom resource is the one kind it may not know (its CRD is validated).
    let unexpected: Vec<&str> = report
        .lines()
        .filter(|l| l.contains("ERROR") || l.contains("WARN"))
        .filter(|l| !l.contains("kind AgentPod with api version agent-machine.sourceos.dev/"))
        .collect();
    if !out.success || !unexpected.is_empty() {
        return Err(format!(
            "kubernetes-validate --strict -k {KUBERNETES} refused: {}",
            shown(&report, 2000)
        ));
    }
    Ok(format!(
        "kubernetes-validate --strict -k {KUBERNETES} accepts {} manifests",
        files.len()
    ))
}

/// R6 through the validators in `dir`: `None` when one of them is not
/// there; `Err` when one is not the tool its name says (see [`identify`]);
/// otherwise their verdict on the skeletons.
pub fn check(ctx: &Context, dir: &Path) -> Option<Result<Outcome, String>> {
    let (q, k) = match identify(dir) {
        Ok(None) => return None,
        Ok(Some(tools)) => tools,
        Err(e) => return Some(Err(e)),
    };
    // Each unit's posture: its pod's for a render, the strictest otherwise.
    let postures = super::checks::safety::inventory(ctx)
        .iter()
        .filter_map(|s| {
            let name = s.rel.strip_prefix("skeletons/quadlet/")?.to_string();
            Some((name, s.judge.as_ref()?.1.clone()))
        })
        .collect();
    let results = [
        quadlet(&q, &ctx.path("skeletons/quadlet"), &postures),
        kubernetes(&k, &ctx.path("skeletons/k8s")),
    ];
    let (passed, failed): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    let join = |v: Vec<Result<String, String>>| {
        v.into_iter()
            .map(|r| r.unwrap_or_else(|e| e))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Some(Ok(if failed.is_empty() {
        Outcome::pass(join(passed))
    } else {
        Outcome::fail(join(failed))
    }))
}

#[cfg(test)]
mod tests {
    use super::version;

    #[test]
    fn versions_are_read_from_one_line() {
        assert_eq!(version("5.4.2\n"), Some((5, 4)));
        assert_eq!(version("1.37.0"), Some((1, 37)));
        assert_eq!(version("4.4.0-dev"), Some((4, 4)));
        assert_eq!(version(""), None);
        assert_eq!(version("5.4"), None);
        assert_eq!(version("5.4.x"), None);
        assert_eq!(version("5.4.2\n5.4.2"), None);
        assert_eq!(version("quadlet"), None);
    }
}
