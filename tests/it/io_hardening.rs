//! The command line's I/O edges: writes that cannot be redirected, a closed
//! stdout that ends a command quietly, and secrets never echoed back.

use crate::support;

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
    let err = agent_machine::base::input::read_text(&fifo).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let output = run(&["validate", fifo.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
}

/// Anything that is not a regular file is refused from its metadata, before
/// it is opened — opening a FIFO, even non-blocking, releases a writer
/// waiting on it (and opening a device can act on it). Directory expansion
/// (`validate DIR`) and the resolvers' candidate directories go through the
/// same read.
#[test]
fn a_fifo_or_device_is_refused_before_it_is_opened() {
    let pod = "examples/local-podman-llama-cpp.agent-pod.json";
    for args in [
        &["validate", "DIR"][..],
        &["registry", "resolve", "--pod", pod, "DIR"],
        &["policy", "resolve", "--pod", pod, "DIR"],
        &["validate", "DIR/z.json"],
    ] {
        let dir = support::scratch("io-fifo-unopened");
        std::fs::copy(
            support::root().join("examples/active.agent-registry-grant.json"),
            dir.join("a.json"),
        )
        .unwrap();
        let fifo = support::Fifo::new(&dir.join("z.json"));
        let args: Vec<String> = args
            .iter()
            .map(|a| a.replace("DIR", dir.to_str().unwrap()))
            .collect();
        let output = support::run_with_deadline(
            Command::new(support::bin())
                .args(&args)
                .current_dir(support::root()),
            60,
        );
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("z.json") && stderr.contains("not a regular file but a FIFO"),
            "{args:?}: {stderr}"
        );
        assert!(!fifo.opened(), "{args:?} opened the FIFO");
    }
    // A link to a device is judged by what it points to.
    let dir = support::scratch("io-device-link");
    symlink("/dev/zero", dir.join("zero.json")).unwrap();
    let output = run(&["validate", dir.to_str().unwrap()]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("a character device"), "{stderr}");
}

/// The generous time bound of the linear-validation tests. They assert the
/// work done (the number of diagnostics made and located is capped); the
/// bound only catches a return of the quadratic cost, which took 7 s for
/// 1,000 and 109 s for 4,000 broken embedded documents (debug build), and
/// stays far above what a loaded 2-core machine needs for the linear code
/// (well under 3 s each).
const GENEROUS: std::time::Duration = std::time::Duration::from_secs(20);

fn validate_text(
    text: &str,
) -> (
    agent_machine::governance::validate::Report,
    std::time::Duration,
) {
    use agent_machine::base::input::parse_document;
    use agent_machine::base::json::Limits;
    use agent_machine::governance::validate::{Mode, validate};
    let doc = parse_document("big.json".into(), text.as_bytes(), Limits::default()).unwrap();
    let started = std::time::Instant::now();
    let report = validate(&doc, Mode::default());
    (report, started.elapsed())
}

fn assert_capped(report: &agent_machine::governance::validate::Report) {
    use agent_machine::governance::validate::MAX_DIAGNOSTICS;
    let d = &report.diagnostics;
    assert_eq!(d.len(), MAX_DIAGNOSTICS + 1, "{:#?}", &d[..d.len().min(3)]);
    assert_eq!(d[MAX_DIAGNOSTICS].rule, "max-diagnostics");
    assert!(
        d[..MAX_DIAGNOSTICS].iter().all(|d| d.line.is_some()),
        "every diagnostic shown is placed in the text"
    );
}

/// A ProbeReport with thousands of broken embedded providers: each was
/// validated and located in the whole text (quadratic); now the first 50
/// problems are reported, placed in one scan, and the rest not checked.
#[test]
fn many_broken_embedded_documents_cost_linear_time() {
    let mut report: serde_json::Value = support::example("fake-gpu-box.probe-report.json");
    let mut provider = report["inferenceProviders"][0].clone();
    provider["unexpected"] = serde_json::json!(true);
    report["inferenceProviders"] = serde_json::Value::Array(vec![provider; 4000]);
    let text = serde_json::to_string_pretty(&report).unwrap();
    let (result, took) = validate_text(&text);
    assert_capped(&result);
    // Every diagnostic shown, not the first only: the first 50 providers'
    // unknown member, each with its rule.
    let shown: Vec<(String, String)> = result.diagnostics[..MAX_SHOWN]
        .iter()
        .map(|d| (d.pointer.clone(), d.rule.clone()))
        .collect();
    let expected: Vec<(String, String)> = (0..MAX_SHOWN)
        .map(|i| {
            (
                format!("/inferenceProviders/{i}/unexpected"),
                "schema/additionalProperties".to_string(),
            )
        })
        .collect();
    assert_eq!(shown, expected);
    assert!(
        result.diagnostics[MAX_SHOWN]
            .message
            .contains("documents not checked"),
        "{}",
        result.diagnostics[MAX_SHOWN].message
    );
    assert!(took < GENEROUS, "{took:?}");
}

const MAX_SHOWN: usize = agent_machine::governance::validate::MAX_DIAGNOSTICS;

/// Semantic findings are capped too: 256 secret-shaped arguments and 64
/// secret-shaped labels were 320 diagnostics, each located by its own scan
/// of a 2 MB document.
#[test]
fn many_semantic_findings_are_capped() {
    let mut pod: serde_json::Value = support::example("local-podman-llama-cpp.agent-pod.json");
    let token = format!("ghp_{}", "a".repeat(8000));
    pod["runtime"]["args"] = serde_json::json!(vec![token; 256]);
    pod["labels"] = (0..64)
        .map(|i| {
            (
                format!("k{i}"),
                serde_json::json!(format!("ghp_{}", "b".repeat(1000))),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    let text = serde_json::to_string_pretty(&pod).unwrap();
    let (result, took) = validate_text(&text);
    assert_capped(&result);
    assert!(
        result.diagnostics[..MAX_SHOWN]
            .iter()
            .all(|d| d.rule == "pod/secret-in-spec"),
        "{:#?}",
        &result.diagnostics[..2]
    );
    assert!(
        result.diagnostics[MAX_SHOWN]
            .message
            .starts_with("270 more"),
        "{}",
        result.diagnostics[MAX_SHOWN].message
    );
    assert!(took < GENEROUS, "{took:?}");
}

/// The shapes of the finding: a 600 KB pod with 199,000 `args` entries
/// (inside the value limit), and thousands of schema errors in `args`.
#[test]
fn huge_arrays_validate_in_linear_time() {
    let mut pod: serde_json::Value = support::example("local-podman-llama-cpp.agent-pod.json");
    pod["runtime"]["args"] = serde_json::json!(vec![""; 199_000]);
    let text = serde_json::to_string(&pod).unwrap();
    assert!(text.len() > 590_000, "{}", text.len());
    let (result, took) = validate_text(&text);
    assert_eq!(result.diagnostics.len(), 1, "{:#?}", result.diagnostics);
    assert_eq!(
        (
            result.diagnostics[0].pointer.as_str(),
            result.diagnostics[0].rule.as_str()
        ),
        ("/runtime/args", "pod/bounds")
    );
    assert!(took < GENEROUS, "{took:?}");
    for n in [2_000, 8_000, 150_000] {
        pod["runtime"]["args"] = serde_json::json!(vec![1; n]);
        let (result, took) = validate_text(&serde_json::to_string_pretty(&pod).unwrap());
        assert_capped(&result);
        assert!(took < GENEROUS, "{n}: {took:?}");
    }
}

/// A 16 MiB document (the default input limit) validates, or is refused, in
/// seconds: a ProbeReport of 6,700 embedded providers, all valid, and the
/// same with every provider claiming `enabled` (`probe/probe-only`).
#[test]
fn a_16_mib_document_validates_in_seconds() {
    let mut report: serde_json::Value = support::example("fake-gpu-box.probe-report.json");
    let mut provider = report["inferenceProviders"][0].clone();
    provider["labels"]["pad"] = serde_json::json!("x".repeat(1800));
    report["inferenceProviders"] = serde_json::Value::Array(vec![provider.clone(); 6700]);
    let text = serde_json::to_string(&report).unwrap();
    assert!(
        text.len() > 15 << 20 && text.len() as u64 <= agent_machine::base::json::DEFAULT_MAX_BYTES,
        "{}",
        text.len()
    );
    let (result, took) = validate_text(&text);
    assert!(result.is_valid(), "{:#?}", &result.diagnostics[..1]);
    assert!(took < GENEROUS, "{took:?}");

    provider["status"] = serde_json::json!("enabled");
    report["inferenceProviders"] = serde_json::Value::Array(vec![provider; 6700]);
    let (result, took) = validate_text(&serde_json::to_string(&report).unwrap());
    assert_capped(&result);
    // Every diagnostic shown, not the first only.
    let shown: Vec<(String, String)> = result.diagnostics[..MAX_SHOWN]
        .iter()
        .map(|d| (d.pointer.clone(), d.rule.clone()))
        .collect();
    let expected: Vec<(String, String)> = (0..MAX_SHOWN)
        .map(|i| {
            (
                format!("/inferenceProviders/{i}/status"),
                "probe/probe-only".to_string(),
            )
        })
        .collect();
    assert_eq!(shown, expected);
    assert!(took < GENEROUS, "{took:?}");
}

/// `gate --tap` opened the tap copy before looking at it: a FIFO there hung
/// the gate. It is now refused as "not a file" without being opened.
#[test]
fn a_fifo_as_the_tap_copy_is_refused_unopened() {
    let dir = support::scratch("io-tap-fifo");
    let fifo = support::Fifo::new(&dir.join("agent-machine.rb"));
    let output = support::run_with_deadline(
        Command::new(support::bin())
            .args(["gate", "--tap"])
            .arg(&fifo.path)
            .current_dir(support::root()),
        60,
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not a file"), "{stderr}");
    assert!(!fifo.opened(), "the gate opened the tap FIFO");
}

/// A schema error quotes the value it is about: a 16 MiB `purpose` was
/// printed back whole (16.7 MB on stderr). Messages are cut at
/// MAX_MESSAGE_CHARS, after redaction.
#[test]
fn a_huge_quoted_value_is_cut_in_the_message() {
    use agent_machine::base::diagnostic::MAX_MESSAGE_CHARS;
    let mut pod: serde_json::Value = support::example("local-podman-llama-cpp.agent-pod.json");
    pod["workload"]["purpose"] = serde_json::json!("x".repeat(16 * 1024 * 1024 - 8192));
    let (result, took) = validate_text(&serde_json::to_string(&pod).unwrap());
    assert_eq!(result.diagnostics.len(), 1, "{}", result.diagnostics.len());
    let d = &result.diagnostics[0];
    assert_eq!(d.rule, "schema/enum");
    assert!(d.message.chars().count() < MAX_MESSAGE_CHARS + 40);
    assert!(
        d.message.ends_with("more characters)"),
        "{}",
        &d.message[1900..]
    );
    assert!(took < GENEROUS, "{took:?}");
}

/// `render all` stages every file and flushes once: a destination that is a
/// symbolic link or a FIFO refuses that pod — none of its files in place,
/// the link's target untouched, no temporary file left — while the other
/// pods are written.
#[test]
fn render_all_refuses_a_planted_destination_and_leaves_nothing_of_that_pod() {
    let dir = support::scratch("io-render-all-planted");
    let pods = dir.join("pods");
    std::fs::create_dir_all(&pods).unwrap();
    for name in ["local-podman-llama-cpp", "k8s-topolvm"] {
        std::fs::copy(
            support::root().join(format!("examples/{name}.agent-pod.json")),
            pods.join(format!("{name}.agent-pod.json")),
        )
        .unwrap();
    }
    let out = dir.join("out");
    let run_all = || {
        run(&[
            "render",
            "all",
            pods.to_str().unwrap(),
            "--cache-tier",
            "examples/",
            "--out",
            out.to_str().unwrap(),
        ])
    };
    // A clean run, to learn the names.
    let clean = run_all();
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stderr));
    let names = |sub: &str| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(out.join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let k8s = names("k8s");
    assert_eq!(k8s.len(), 1);
    let quadlet = names("quadlet");
    assert_eq!(quadlet.len(), 1);
    std::fs::remove_dir_all(&out).unwrap();

    // Plant a symlink where the Kubernetes pod's manifest goes.
    std::fs::create_dir_all(out.join("k8s")).unwrap();
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    symlink(&victim, out.join("k8s").join(&k8s[0])).unwrap();
    let o = run_all();
    assert_eq!(o.status.code(), Some(1));
    let stderr = text(&o.stderr);
    assert!(stderr.contains("is a symbolic link"), "{stderr}");
    assert!(stderr.contains("1 rendered"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    // The Quadlet pod was written; of the Kubernetes pod, nothing (its plan
    // and receipts included), and no temporary file anywhere.
    assert_eq!(names("quadlet"), quadlet);
    assert_eq!(names("k8s"), k8s, "only the planted link");
    assert!(
        std::fs::symlink_metadata(out.join("k8s").join(&k8s[0]))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let every: Vec<String> = ["plans", "quadlet", "receipts"]
        .iter()
        .flat_map(|sub| names(sub))
        .collect();
    assert!(
        every
            .iter()
            .all(|n| !n.starts_with('.') && !n.contains("k8s-topolvm")),
        "{every:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
