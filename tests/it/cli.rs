//! CLI behaviour, as snapshots of real runs: `tests/cmd/<case>.toml` holds
//! the arguments and exit code, `<case>.stdout`/`<case>.stderr` the output
//! (`TRYCMD=overwrite cargo test --test it cli` re-records them for review).
//!
//! Beside the snapshots, plain tests of what a snapshot cannot show: exit
//! code 3, progress on a terminal, files a command writes, a binary run far
//! from the checkout, a `.git` read for facts — and backslashes, which trycmd
//! records as `/`.

use crate::support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the binary in `cwd`.
fn am_in(cwd: &Path, args: &[&str]) -> Output {
    Command::new(support::bin())
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}

/// Runs the binary at the repository root.
fn am(args: &[&str]) -> Output {
    am_in(&support::root(), args)
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `sha256:<hex>` of `bytes`, computed here rather than by the library.
fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let hash = sha2::Sha256::digest(bytes);
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Exit code 3 is an internal error (spec §7): a panic anywhere ends the
/// command with 3, a message that says it is a bug, and nothing on stdout.
/// The panic is forced by a switch that only debug builds have.
#[cfg(debug_assertions)]
#[test]
fn an_internal_error_exits_3_and_says_it_is_a_bug() {
    let out = Command::new(support::bin())
        .args(["digest", "examples/local-podman-llama-cpp.agent-pod.json"])
        .current_dir(support::root())
        .env("AGENT_MACHINE_DEBUG_PANIC", "1")
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    assert!(
        stderr.starts_with("agent-machine: internal error: ")
            && stderr.contains("AGENT_MACHINE_DEBUG_PANIC is set")
            && stderr.ends_with(
                "  this is a bug; please report it with the command line that triggered it\n"
            ),
        "{stderr}"
    );
    // Without the switch the same command succeeds: the 3 came from the panic.
    let ok = am(&["digest", "examples/local-podman-llama-cpp.agent-pod.json"]);
    assert_eq!(ok.status.code(), Some(0));
}

/// `count` copies of a valid pod in a fresh directory.
fn batch(name: &str, count: usize) -> PathBuf {
    let dir = support::scratch(name);
    let pod = std::fs::read(support::root().join("examples/local-podman-llama-cpp.agent-pod.json"))
        .unwrap();
    for i in 0..count {
        std::fs::write(dir.join(format!("pod-{i:04}.agent-pod.json")), &pod).unwrap();
    }
    dir
}

/// Runs `validate --format json <dir>` with stderr on a pseudo-terminal
/// (util-linux `script`), stdout to a file. Returns (exit code, what the
/// terminal showed, stdout).
fn validate_on_a_terminal(dir: &Path) -> Option<(i32, String, String)> {
    let script = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.is_file());
    let Some(script) = script else {
        if support::required() {
            panic!("util-linux `script` is needed to give validate a terminal");
        }
        eprintln!("\n!!!!!!!! SKIPPED: util-linux `script` not found !!!!!!!!\n");
        return None;
    };
    let json = dir.join("report.json.out");
    let command = format!(
        "'{}' validate --format json '{}' > '{}'",
        support::bin().display(),
        dir.display(),
        json.display()
    );
    let out = Command::new(script)
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stdout = std::fs::read_to_string(&json).unwrap();
    std::fs::remove_file(&json).unwrap();
    Some((out.status.code().unwrap(), text(&out.stdout), stdout))
}

/// README: "`validate` shows progress on stderr for batches of 200 documents
/// or more when stderr is a terminal" — every 100 documents, erased at the
/// end; never when stderr is not a terminal, never under 200 documents.
#[test]
fn validate_shows_progress_on_a_terminal_for_200_documents_or_more() {
    let big = batch("cli-progress-250", 250);
    let Some((code, terminal, stdout)) = validate_on_a_terminal(&big) else {
        return;
    };
    assert_eq!(code, 0, "{terminal}");
    assert_eq!(
        terminal, "\rvalidate: 0/250\rvalidate: 100/250\rvalidate: 200/250\r\x1b[K",
        "the terminal shows the progress, then erases it"
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["summary"]["valid"], 250, "stdout is the report only");

    // Not a terminal: no progress, only the summary.
    let piped = am(&["validate", big.to_str().unwrap()]);
    assert_eq!(piped.status.code(), Some(0));
    assert_eq!(
        text(&piped.stderr),
        "validate: 250 document(s): 250 valid, 0 invalid, 0 unreadable, 0 warning(s)\n"
    );

    // 199 documents on a terminal: no progress.
    let small = batch("cli-progress-199", 199);
    let (code, terminal, _) = validate_on_a_terminal(&small).unwrap();
    assert_eq!(code, 0);
    assert_eq!(terminal, "", "no progress under 200 documents");
}

/// A pod that the schema accepts and the semantic rules refuse (two ports
/// share a container port).
fn semantically_invalid_pod() -> String {
    let mut pod: serde_json::Value = support::example("local-podman-llama-cpp.agent-pod.json");
    let mut second = pod["ports"][0].clone();
    second["name"] = "second".into();
    second["hostPort"] = 18081.into();
    pod["ports"].as_array_mut().unwrap().push(second);
    serde_json::to_string_pretty(&pod).unwrap()
}

/// The contracts are embedded: `validate` (with and without `--schema-only`)
/// works from a copy of the binary run where no checkout and no `../shared`
/// exist.
#[test]
fn validate_schema_only_runs_outside_any_checkout() {
    let dir = std::env::temp_dir().join(format!("agent-machine-outside-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let cwd = dir.join("work");
    std::fs::create_dir_all(&cwd).unwrap();
    let bin = dir.join("agent-machine");
    std::fs::copy(support::bin(), &bin).unwrap();
    assert!(!cwd.join("../shared").exists() && !cwd.join("contracts").exists());
    std::fs::copy(
        support::root().join("examples/local-podman-llama-cpp.agent-pod.json"),
        cwd.join("pod.json"),
    )
    .unwrap();
    std::fs::copy(
        support::root().join("tests/fixtures/invalid/port-65536.agent-pod.json"),
        cwd.join("port-65536.json"),
    )
    .unwrap();
    std::fs::write(cwd.join("semantic.json"), semantically_invalid_pod()).unwrap();
    let run = |args: &[&str]| {
        Command::new(&bin)
            .args(args)
            .current_dir(&cwd)
            .env_remove("CARGO_MANIFEST_DIR")
            .output()
            .unwrap()
    };

    let ok = run(&["validate", "--schema-only", "pod.json"]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    assert_eq!(
        text(&ok.stderr),
        "validate: 1 document(s): 1 valid, 0 invalid, 0 unreadable, 0 warning(s)\n"
    );
    let bad = run(&["validate", "--schema-only", "port-65536.json"]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        text(&bad.stderr),
        "error: port-65536.json:41:19: /ports/0/hostPort: [schema/maximum] 65536 is greater than the maximum of 65535\n\
         validate: 1 document(s): 0 valid, 1 invalid, 0 unreadable, 0 warning(s)\n"
    );
    // --schema-only is the schema alone: the semantic rule is not applied…
    let schema = run(&["validate", "--schema-only", "semantic.json"]);
    assert_eq!(schema.status.code(), Some(0), "{}", text(&schema.stderr));
    // …and without it, it is.
    let full = run(&["validate", "semantic.json"]);
    assert_eq!(full.status.code(), Some(1));
    assert!(
        text(&full.stderr).contains("/ports/1/containerPort: [pod/unique-container-port]"),
        "{}",
        text(&full.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `release keygen`, `sign` and `verify` end to end, from the command line:
/// the files each writes, the exact messages, an envelope that validates,
/// the real `minisign -V`, and a changed bundle that no longer verifies.
#[test]
fn release_keygen_sign_and_verify_from_the_command_line() {
    let dir = support::scratch("cli-release-sign");
    std::fs::copy(
        support::root().join("examples/bootstrap.release-evidence-bundle.json"),
        dir.join("bundle.json"),
    )
    .unwrap();

    let keygen = am_in(&dir, &["release", "keygen", "--out-dir", "keys"]);
    assert_eq!(keygen.status.code(), Some(2), "keys/ does not exist yet");
    std::fs::create_dir(dir.join("keys")).unwrap();
    let keygen = am_in(&dir, &["release", "keygen", "--out-dir", "keys"]);
    assert_eq!(keygen.status.code(), Some(0), "{}", text(&keygen.stderr));
    assert!(keygen.stdout.is_empty());
    assert_eq!(
        text(&keygen.stderr),
        "release: wrote agent-machine.pub and agent-machine.key (keep the .key secret)\n"
    );
    let public = std::fs::read_to_string(dir.join("keys/agent-machine.pub")).unwrap();
    let lines: Vec<&str> = public.lines().collect();
    assert_eq!(lines.len(), 2, "{public}");
    let key_id = lines[0]
        .strip_prefix("untrusted comment: minisign public key: ")
        .unwrap_or_else(|| panic!("{public}"));
    assert!(
        key_id.len() == 16 && key_id.bytes().all(|b| b.is_ascii_hexdigit()),
        "{public}"
    );
    assert_eq!(lines[1].len(), 56, "base64 of Ed + key id + 32-byte key");

    let sign = am_in(
        &dir,
        &[
            "release",
            "sign",
            "bundle.json",
            "--key",
            "keys/agent-machine.key",
        ],
    );
    assert_eq!(sign.status.code(), Some(0), "{}", text(&sign.stderr));
    assert!(sign.stdout.is_empty());
    assert_eq!(
        text(&sign.stderr),
        "release: wrote bundle.json.minisig and bundle.json.envelope.json\n"
    );
    assert_eq!(
        names_in(&dir),
        [
            "bundle.json",
            "bundle.json.envelope.json",
            "bundle.json.minisig",
            "keys"
        ]
    );
    let envelope = am_in(&dir, &["validate", "bundle.json.envelope.json"]);
    assert_eq!(
        envelope.status.code(),
        Some(0),
        "{}",
        text(&envelope.stderr)
    );
    let env: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("bundle.json.envelope.json")).unwrap(),
    )
    .unwrap();
    let bundle_bytes = std::fs::read(dir.join("bundle.json")).unwrap();
    let canonical = am_in(&dir, &["digest", "bundle.json"]);
    assert_eq!(
        format!("{}\n", env["subject"]["subjectDigest"].as_str().unwrap()),
        text(&canonical.stdout),
        "the subject is the bundle's canonical digest"
    );
    let signature_bytes = std::fs::read(dir.join("bundle.json.minisig")).unwrap();
    assert_eq!(
        env["signature"]["signatureDigest"],
        sha256(&signature_bytes)
    );
    assert_eq!(env["signature"]["keyRef"], format!("minisign:{key_id}"));
    assert_eq!(env["signature"]["signatureRef"], "bundle.json.minisig");

    let verify = |dir: &Path| {
        am_in(
            dir,
            &[
                "release",
                "verify",
                "bundle.json",
                "--key",
                "keys/agent-machine.pub",
            ],
        )
    };
    let ok = verify(&dir);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    assert_eq!(
        text(&ok.stderr),
        "release: bundle.json verifies (signature and envelope)\n"
    );

    if let Some(minisign) = support::validator("minisign") {
        let real = Command::new(minisign)
            .args([
                "-V",
                "-m",
                "bundle.json",
                "-x",
                "bundle.json.minisig",
                "-p",
                "keys/agent-machine.pub",
            ])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(real.status.success(), "{}", text(&real.stderr));
    }

    // One changed byte, and the bundle no longer verifies (exit 1).
    let mut changed = bundle_bytes.clone();
    let at = changed.iter().position(|b| *b == b'0').unwrap();
    changed[at] = b'1';
    std::fs::write(dir.join("bundle.json"), &changed).unwrap();
    let bad = verify(&dir);
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad.stderr));
    assert!(
        text(&bad.stderr).starts_with("release: bundle.json does NOT verify: "),
        "{}",
        text(&bad.stderr)
    );
}

fn evidence_args<'a>(decision: &'a str, status: &'a str) -> Vec<&'a str> {
    vec![
        "evidence",
        "emit",
        "--event",
        "activation",
        "--pod",
        "examples/local-podman-llama-cpp.agent-pod.json",
        "--decision",
        decision,
        "--admission",
        "examples/allowed-activation.policy-admission.json",
        "--grant",
        "examples/active-activation.agent-registry-grant.json",
        "--deployment-receipt",
        "examples/local-podman-llama-cpp-quadlet.deployment-receipt.json",
        "--status",
        status,
        "--observed-at",
        "2026-05-12T09:30:00Z",
        "--runtime-version",
        "5.4.0",
    ]
}

/// `evidence emit` to a staging directory writes `<id>.json`, the same bytes
/// it prints on stdout, a document that validates against its contract; a
/// running status without an allowed decision is refused and writes nothing.
#[test]
fn evidence_emit_writes_valid_evidence_and_refuses_running_without_an_allowed_decision() {
    let dir = support::scratch("cli-evidence");
    let staging = dir.join("staging");
    std::fs::create_dir(&staging).unwrap();
    let allowed = "examples/allowed.activation-decision.json";

    let stdout = am(&evidence_args(allowed, "running"));
    assert_eq!(stdout.status.code(), Some(0), "{}", text(&stdout.stderr));
    let evidence: serde_json::Value = serde_json::from_slice(&stdout.stdout).unwrap();
    assert_eq!(evidence["kind"], "AgentPlaneRuntimeEvidence");
    assert_eq!(evidence["runtime"]["status"], "running");
    assert_eq!(evidence["policyFabric"]["admissionStatus"], "allowed");
    let id = evidence["id"].as_str().unwrap();
    let name = format!("{}.json", id.rsplit(':').next().unwrap());

    let mut args = evidence_args(allowed, "running");
    args.extend(["--out-dir", staging.to_str().unwrap()]);
    let written = am(&args);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    assert!(written.stdout.is_empty());
    assert_eq!(
        text(&written.stderr),
        format!("evidence: wrote {}\n", staging.join(&name).display())
    );
    assert_eq!(names_in(&staging), [name.as_str()]);
    assert_eq!(
        std::fs::read(staging.join(&name)).unwrap(),
        stdout.stdout,
        "the file holds exactly what stdout shows"
    );
    let valid = am(&["validate", staging.join(&name).to_str().unwrap()]);
    assert_eq!(valid.status.code(), Some(0), "{}", text(&valid.stderr));

    // A fail-closed decision cannot back a running workload.
    let refused_dir = dir.join("refused");
    std::fs::create_dir(&refused_dir).unwrap();
    let mut args = evidence_args("examples/fail-closed.activation-decision.json", "running");
    args.extend(["--out-dir", refused_dir.to_str().unwrap()]);
    let refused = am(&args);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
    assert!(refused.stdout.is_empty());
    let stderr = text(&refused.stderr);
    assert!(
        stderr.starts_with("error: evidence refused: ")
            && stderr.ends_with("evidence: nothing was written\n"),
        "{stderr}"
    );
    assert!(names_in(&refused_dir).is_empty());
}

/// `skeletons bless` rewrites a drifted tree (a changed, a missing and a
/// stale file) into exactly the checked-in skeletons, which `skeletons
/// check` (a CLI case) proves are the current renders.
#[test]
fn skeletons_bless_rewrites_a_drifted_tree() {
    let dir = support::scratch("cli-bless");
    for p in ["examples", "skeletons"] {
        support::copy_tree(&support::root().join(p), &dir.join(p));
    }
    let changed = dir.join("skeletons/quadlet/local-podman-llama-cpp.container");
    std::fs::write(&changed, "hand-edited\n").unwrap();
    let missing = dir.join("skeletons/k8s/k8s-topolvm.yaml");
    std::fs::remove_file(&missing).unwrap();
    let stale = dir.join("skeletons/quadlet/no-such-example.container");
    std::fs::write(&stale, "stale\n").unwrap();
    let root = dir.to_str().unwrap();

    let check = am(&["skeletons", "check", "--root", root]);
    assert_eq!(check.status.code(), Some(1));

    let subdirs = ["k8s", "plans", "quadlet", "receipts"];
    assert_eq!(names_in(&support::root().join("skeletons")), subdirs);
    let expected_files: usize = subdirs
        .iter()
        .map(|sub| names_in(&support::root().join("skeletons").join(sub)).len())
        .sum();
    let bless = am(&["skeletons", "bless", "--root", root]);
    assert_eq!(bless.status.code(), Some(0), "{}", text(&bless.stderr));
    assert!(bless.stdout.is_empty());
    assert_eq!(
        text(&bless.stderr),
        format!("skeletons: blessed {expected_files} file(s), 3 changed\n")
    );
    assert!(!stale.exists(), "the stale skeleton is removed");
    for sub in subdirs {
        let ours = support::root().join("skeletons").join(sub);
        let theirs = dir.join("skeletons").join(sub);
        assert_eq!(names_in(&theirs), names_in(&ours), "{sub}");
        for name in names_in(&ours) {
            assert_eq!(
                std::fs::read(theirs.join(&name)).unwrap(),
                std::fs::read(ours.join(&name)).unwrap(),
                "{sub}/{name}"
            );
        }
    }
    let check = am(&["skeletons", "check", "--root", root]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}

/// `release bundle` reads the commit and branch from `.git` — a loose ref,
/// a packed ref, a detached HEAD — when `--commit` is not given, and
/// refuses without either.
#[test]
fn release_bundle_reads_commit_and_branch_from_git() {
    let repo = support::scratch_repository("cli-bundle-git");
    let root = repo.to_str().unwrap();
    let bundle = |extra: &[&str]| {
        let mut args = vec![
            "release",
            "bundle",
            "--root",
            root,
            "--generated-at",
            "2026-11-26T00:00:00Z",
        ];
        args.extend(extra);
        let out = am(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let b: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let source = b["source"].clone();
        (
            source["commitSha"].as_str().unwrap().to_string(),
            source["branch"].as_str().unwrap().to_string(),
        )
    };

    // No .git and no --commit: refused.
    let none = am(&[
        "release",
        "bundle",
        "--root",
        root,
        "--generated-at",
        "2026-11-26T00:00:00Z",
    ]);
    assert_eq!(none.status.code(), Some(2));
    assert_eq!(
        text(&none.stderr),
        "error: no commit: pass --commit <40-hex sha> or run inside a git checkout\n"
    );

    let git = repo.join(".git");
    let loose = "1111111111111111111111111111111111111111";
    let packed = "2222222222222222222222222222222222222222";
    let detached = "3333333333333333333333333333333333333333";
    std::fs::create_dir_all(git.join("refs/heads/feature")).unwrap();
    std::fs::write(git.join("HEAD"), "ref: refs/heads/feature/x\n").unwrap();
    std::fs::write(git.join("refs/heads/feature/x"), format!("{loose}\n")).unwrap();
    assert_eq!(bundle(&[]), (loose.to_string(), "feature/x".to_string()));

    // `git pack-refs` moves the ref into packed-refs.
    std::fs::remove_file(git.join("refs/heads/feature/x")).unwrap();
    std::fs::write(
        git.join("packed-refs"),
        format!(
            "# pack-refs with: peeled fully-peeled sorted \n{detached} refs/heads/other\n{packed} refs/heads/feature/x\n"
        ),
    )
    .unwrap();
    assert_eq!(bundle(&[]), (packed.to_string(), "feature/x".to_string()));

    // A detached HEAD: its commit; no branch, so the default.
    std::fs::write(git.join("HEAD"), format!("{detached}\n")).unwrap();
    assert_eq!(bundle(&[]), (detached.to_string(), "main".to_string()));

    // --commit and --branch win over .git.
    assert_eq!(
        bundle(&["--commit", loose, "--branch", "rel"]),
        (loose.to_string(), "rel".to_string())
    );

    // A real repository, when git is here.
    std::fs::remove_dir_all(&git).unwrap();
    let git_ok = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(&repo)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_SYSTEM", "/dev/null")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !git_ok(&["init", "-q", "-b", "topic"]) {
        eprintln!(
            "\n!!!!!!!! SKIPPED: git is not here; the real-repository leg did not run !!!!!!!!\n"
        );
        return;
    }
    assert!(git_ok(&["add", "-A"]));
    assert!(git_ok(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.invalid",
        "commit",
        "-q",
        "-m",
        "x"
    ]));
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(&repo)
        .output()
        .unwrap();
    let head = text(&head.stdout).trim().to_string();
    assert_eq!(head.len(), 40);
    assert_eq!(bundle(&[]), (head.clone(), "topic".to_string()));
    assert!(git_ok(&["pack-refs", "--all", "--prune"]));
    assert!(!git.join("refs/heads/topic").exists());
    assert_eq!(bundle(&[]), (head, "topic".to_string()));
}

/// trycmd records `\` as `/`, so backslashes are checked here, byte for
/// byte: a Quadlet `Exec=` word holding backslashes is quoted with each
/// backslash doubled, and the unit on stdout is exactly the library's render.
#[test]
fn a_backslash_in_an_argument_reaches_the_unit_escaped() {
    let dir = support::scratch("cli-backslash");
    let mut pod: serde_json::Value = support::example("local-podman-llama-cpp.agent-pod.json");
    let args = ["--chat-template", r"C:\models\x.jinja", r"a\nb", r#"q\"q"#];
    pod["runtime"]["args"] = serde_json::json!(args);
    std::fs::write(
        dir.join("pod.json"),
        serde_json::to_string_pretty(&pod).unwrap(),
    )
    .unwrap();
    let tiers = support::root().join("examples");
    let out = am_in(
        &dir,
        &[
            "render",
            "quadlet",
            "pod.json",
            "--cache-tier",
            tiers.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let unit = text(&out.stdout);
    let exec: Vec<&str> = unit.lines().filter(|l| l.starts_with("Exec=")).collect();
    assert_eq!(
        exec,
        [r#"Exec=--chat-template "C:\\models\\x.jinja" "a\\nb" "q\\\"q""#]
    );
    // The words unescape to the arguments as given.
    let value = exec[0].strip_prefix("Exec=").unwrap();
    assert_eq!(
        agent_machine::rules::posture::split_words(value).unwrap(),
        args.map(String::from)
    );
    // A backslash-free snapshot could not tell these apart; the bytes can.
    assert!(out.stdout.windows(2).any(|w| w == b"\\\\"));
    assert!(!unit.contains(r"C:/models"));

    // A diagnostic names a file whose name holds backslashes as it is.
    let name = r"we\ird\name.agent-pod.json";
    std::fs::copy(
        support::root().join("tests/fixtures/invalid/port-65536.agent-pod.json"),
        dir.join(name),
    )
    .unwrap();
    let bad = am_in(&dir, &["validate", name]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        text(&bad.stderr),
        "error: we\\ird\\name.agent-pod.json:41:19: /ports/0/hostPort: [schema/maximum] 65536 is greater than the maximum of 65535\n\
         validate: 1 document(s): 0 valid, 1 invalid, 0 unreadable, 0 warning(s)\n"
    );
}
