//! The command line's I/O edges: writes that cannot be redirected, a closed
//! stdout that ends a command quietly, and secrets never echoed back.

mod support;

use std::os::unix::fs::{PermissionsExt as _, symlink};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    Command::new(support::bin())
        .args(args)
        .current_dir(support::root())
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn render_out_refuses_a_symlink_and_writes_nothing() {
    let dir = support::scratch("io-render-out-symlink");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    let link = dir.join("out.container");
    symlink(&victim, &link).unwrap();
    let dangling = dir.join("dangling.container");
    symlink(dir.join("elsewhere.container"), &dangling).unwrap();
    for out in [&link, &dangling] {
        let output = run(&[
            "render",
            "quadlet",
            "examples/local-podman-llama-cpp.agent-pod.json",
            "--cache-tier",
            "examples/",
            "--out",
            out.to_str().unwrap(),
        ]);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("symbolic link"), "{stderr}");
        assert!(output.stdout.is_empty());
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(!dir.join("elsewhere.container").exists());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["dangling.container", "out.container", "victim.txt"]);
}

#[test]
fn release_keygen_writes_the_secret_key_owner_only_and_never_replaces() {
    let dir = support::scratch("io-keygen");
    let out = dir.to_str().unwrap();
    let output = run(&["release", "keygen", "--out-dir", out]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir.join("agent-machine.key")), 0o600);
    assert_eq!(mode(&dir.join("agent-machine.pub")) & !0o644, 0);
    let key = std::fs::read(dir.join("agent-machine.key")).unwrap();

    // A second run replaces nothing.
    let output = run(&["release", "keygen", "--out-dir", out]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("refusing to replace a key"));
    assert_eq!(std::fs::read(dir.join("agent-machine.key")).unwrap(), key);

    // Nor does a planted (dangling) symlink redirect the secret key.
    let other = support::scratch("io-keygen-planted");
    symlink(dir.join("stolen.key"), other.join("agent-machine.key")).unwrap();
    let output = run(&["release", "keygen", "--out-dir", other.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!dir.join("stolen.key").exists());
    assert!(!other.join("agent-machine.pub").exists());
}

/// `release sign` checks both of its destinations before writing either: a
/// planted envelope symlink leaves no signature behind.
#[test]
fn release_sign_writes_nothing_when_one_destination_is_refused() {
    let dir = support::scratch("io-sign-planted");
    let out = dir.to_str().unwrap();
    assert_eq!(
        run(&["release", "keygen", "--out-dir", out]).status.code(),
        Some(0)
    );
    let bundle = dir.join("b.json");
    std::fs::copy("examples/bootstrap.release-evidence-bundle.json", &bundle).unwrap();
    symlink(dir.join("elsewhere.json"), dir.join("b.json.envelope.json")).unwrap();
    let key = dir.join("agent-machine.key");
    let output = run(&[
        "release",
        "sign",
        bundle.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(!dir.join("b.json.minisig").exists());
    assert!(!dir.join("elsewhere.json").exists());
}

/// Runs the binary with stdout a pipe whose read end is already closed.
fn run_into_closed_pipe(args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Command::new(support::bin())
        .args(args)
        .current_dir(support::root())
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs")
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    for args in [
        &[
            "render",
            "k8s",
            "examples/k8s-topolvm.agent-pod.json",
            "--cache-tier",
            "examples/",
        ][..],
        &["version"],
        &["digest", "examples/local-podman-llama-cpp.agent-pod.json"],
        &["validate", "--format", "json", "examples/"],
        &["paths"],
    ] {
        let output = run_into_closed_pipe(args);
        let stderr = text(&output.stderr);
        assert!(
            !stderr.contains("internal error")
                && !stderr.contains("panicked")
                && !stderr.contains("failed printing"),
            "{args:?}: {stderr}"
        );
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    }
    // The command's own verdict survives a closed stdout: an invalid document
    // still exits 1 (`validate … | true` must not turn a failure into success).
    let output = run_into_closed_pipe(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/invalid/port-65536.agent-pod.json",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
}

const GITHUB_TOKEN: &str = "ghp_0123456789abcdefghijABCDEFGHIJklmnop";
const AWS_KEY_ID: &str = "AKIAABCDEFGHIJKLMNOP";

/// An example pod with one value replaced, written to a scratch file.
fn pod_with(scratch: &str, example: &str, pointer: &str, value: &str) -> String {
    let text = std::fs::read_to_string(support::root().join("examples").join(example)).unwrap();
    let mut pod: serde_json::Value = serde_json::from_str(&text).unwrap();
    *pod.pointer_mut(pointer).unwrap() = value.into();
    let dir = support::scratch(scratch);
    let path = dir.join("secret.agent-pod.json");
    std::fs::write(&path, serde_json::to_string_pretty(&pod).unwrap()).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn validate_never_echoes_a_secret() {
    for (scratch, example, pointer, secret, rule) in [
        (
            "io-secret-enum",
            "local-podman-llama-cpp.agent-pod.json",
            "/workload/purpose",
            GITHUB_TOKEN,
            "schema/enum",
        ),
        (
            "io-secret-pattern",
            "local-podman-llama-cpp-pinned.agent-pod.json",
            "/runtime/imageDigest",
            AWS_KEY_ID,
            "schema/pattern",
        ),
    ] {
        let pod = pod_with(scratch, example, pointer, secret);
        for format in ["human", "json"] {
            let output = run(&["validate", "--format", format, &pod]);
            assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
            let all = format!("{}{}", text(&output.stdout), text(&output.stderr));
            assert!(
                !all.contains(secret),
                "{format}: the secret was echoed:\n{all}"
            );
            assert!(all.contains("[redacted: "), "{format}:\n{all}");
            assert!(
                all.contains(pointer) && all.contains(rule),
                "{format}:\n{all}"
            );
        }
    }
}

/// The gate and the release bundle read a repository tree through
/// `input::read_text`: a FIFO planted in it is refused at once, never waited on.
#[test]
fn a_planted_fifo_is_never_waited_on() {
    let dir = support::scratch("io-fifo");
    let fifo = dir.join("zz.agent-pod.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let started = std::time::Instant::now();
    let err = agent_machine::input::read_text(&fifo).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let output = run(&["validate", fifo.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
}
