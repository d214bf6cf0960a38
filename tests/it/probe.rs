//! `probe` only observes: with booby-trapped programs on PATH (each would
//! leave a marker if executed) and a fake root, it reports what is there,
//! produces valid documents, runs nothing and writes nothing.

use crate::support;

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::Command;

use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::governance::validate::{Mode, validate};
use serde_json::Value;

fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        out.push(p.display().to_string());
        if p.is_dir() {
            out.extend(tree(&p));
        }
    }
    out.sort();
    out
}

fn assert_valid(doc: &Value) {
    let text = serde_json::to_string(doc).unwrap();
    let report = validate(
        &parse_document("probe".into(), text.as_bytes(), Limits::default()).unwrap(),
        Mode::default(),
    );
    assert!(report.is_valid(), "{:#?}", report.diagnostics);
}

#[test]
fn probe_observes_without_running_or_writing_anything() {
    let scratch = support::scratch("probe");
    let root = scratch.join("root");
    let bin = scratch.join("bin");
    let marker = scratch.join("EXECUTED");
    for (file, content) in [
        ("proc/sys/kernel/hostname", "GPU-Box.local\n"),
        ("proc/sys/kernel/osrelease", "6.12.0-test\n"),
        ("etc/os-release", "PRETTY_NAME=\"Test Linux 1\"\n"),
        ("sys/fs/cgroup/cgroup.controllers", "cpu memory\n"),
        ("sys/fs/selinux/enforce", "1\n"),
        ("dev/nvidia0", ""),
        ("dev/dri/renderD128", ""),
    ] {
        let path = root.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    std::fs::create_dir_all(&bin).unwrap();
    for program in [
        "podman",
        "quadlet",
        "systemctl",
        "llama-server",
        "ollama",
        "lvcreate",
        "lvmd",
    ] {
        let path = bin.join(program);
        std::fs::write(&path, format!("#!/bin/sh\ntouch {}\n", marker.display())).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let before = tree(&scratch);
    let out = Command::new(support::bin())
        .args(["probe", "--format", "json", "--root"])
        .arg(&root)
        .env("PATH", &bin)
        .current_dir(&scratch)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!marker.exists(), "the probe executed a program");
    assert_eq!(tree(&scratch), before, "the probe wrote something");

    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    // A ProbeReport: its embedded documents are validated against their own contracts.
    assert_valid(&report);
    assert_eq!(report["kind"], "ProbeReport");
    let machine = &report["agentMachine"];
    assert_valid(machine);
    assert_eq!(machine["id"], "urn:srcos:agent-machine:gpu-box-local");
    assert_eq!(machine["profile"], "linux-gpu-node");
    assert_eq!(machine["runtime"]["selinuxMode"], "enforcing");
    assert_eq!(machine["runtime"]["cgroupMode"], "v2");
    assert_eq!(machine["storage"]["topolvmAvailable"], true);
    assert_eq!(
        machine["labels"]["agent-machine.sourceos.dev/lvm-tools"],
        "present"
    );
    assert_eq!(
        machine["runtime"]["localEnvelopes"],
        serde_json::json!(["systemd", "podman", "podman-quadlet"])
    );
    let kinds: Vec<&str> = machine["accelerators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["cpu", "vulkan", "cuda"]);
    let providers = report["inferenceProviders"].as_array().unwrap();
    let types: Vec<&str> = providers
        .iter()
        .map(|p| p["providerType"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["llama.cpp", "ollama-compatible"]);
    for p in providers {
        assert_valid(p);
        assert_eq!(p["status"], "probe-only");
    }
}

#[test]
fn probe_describes_this_machine() {
    let out = Command::new(support::bin())
        .args(["probe", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&report);
    assert!(
        agent_machine::base::secrets::scan_value(&report).is_empty(),
        "the probe output is secret-free"
    );
}

#[test]
fn an_embedded_document_that_breaks_its_contract_is_found_where_it_is() {
    let text =
        std::fs::read_to_string(support::root().join("examples/fake-gpu-box.probe-report.json"))
            .unwrap()
            .replacen("\"status\": \"probe-only\"", "\"status\": \"running\"", 1)
            .replacen("\"kind\": \"AgentMachine\"", "\"kind\": \"CacheTier\"", 1);
    let doc = parse_document("report.json".into(), text.as_bytes(), Limits::default()).unwrap();
    let report = validate(&doc, Mode::default());
    let found: Vec<(String, String)> = report
        .diagnostics
        .iter()
        .map(|d| (d.pointer.clone(), d.rule.clone()))
        .collect();
    // Both breakages, each at its place with its rule, and nothing else.
    let expected: Vec<(String, String)> = vec![
        ("/agentMachine".into(), "embedded-kind".into()),
        ("/inferenceProviders/0/status".into(), "schema/enum".into()),
    ];
    assert_eq!(found, expected);
    let status = &report.diagnostics[1];
    // The position is in the outer file, on the line that was changed.
    let line = text
        .lines()
        .position(|l| l.contains("\"running\""))
        .unwrap()
        + 1;
    assert_eq!(status.line, Some(line), "{status}");
}

/// A FIFO planted in the probe's root (where `/etc/os-release` and the
/// hostname are read) hung `probe`: it is now refused before it is opened,
/// said on stderr, and the probe goes on without it.
#[test]
fn a_fifo_in_the_root_is_refused_unopened() {
    let scratch = support::scratch("probe-fifo");
    let root = scratch.join("root");
    std::fs::create_dir_all(root.join("etc")).unwrap();
    std::fs::create_dir_all(root.join("proc/sys/kernel")).unwrap();
    let os_release = support::Fifo::new(&root.join("etc/os-release"));
    let hostname = support::Fifo::new(&root.join("proc/sys/kernel/hostname"));
    let out = support::run_with_deadline(
        Command::new(support::bin())
            .args(["probe", "--format", "json", "--root"])
            .arg(&root)
            .env("PATH", scratch.join("no-bin")),
        60,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    for rel in ["/etc/os-release", "/proc/sys/kernel/hostname"] {
        assert!(
            stderr.contains(&format!(
                "warning: probe: {rel}: not read: not a regular file but a FIFO"
            )),
            "{stderr}"
        );
    }
    assert!(!os_release.opened(), "the probe opened /etc/os-release");
    assert!(!hostname.opened(), "the probe opened the hostname");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&report);
    assert_eq!(report["agentMachine"]["host"]["hostname"], "localhost");
}

/// A probe reports candidates, never enabled providers: a ProbeReport whose
/// embedded InferenceProvider has any other status than `probe-only` —
/// each valid for an InferenceProvider on its own — is invalid
/// (`probe/probe-only`), found at that provider's status.
#[test]
fn a_probe_report_only_holds_probe_only_candidates() {
    let example = support::root().join("examples/fake-gpu-box.probe-report.json");
    let original = std::fs::read_to_string(example).unwrap();
    for status in ["enabled", "disabled", "unavailable"] {
        let mut report: Value = serde_json::from_str(&original).unwrap();
        report["inferenceProviders"][1]["status"] = serde_json::json!(status);
        let text = serde_json::to_string_pretty(&report).unwrap();
        let provider = serde_json::to_string(&report["inferenceProviders"][1]).unwrap();
        let alone = validate(
            &parse_document(
                "provider.json".into(),
                provider.as_bytes(),
                Limits::default(),
            )
            .unwrap(),
            Mode::default(),
        );
        assert!(alone.is_valid(), "{status}: {:#?}", alone.diagnostics);
        let doc = parse_document("report.json".into(), text.as_bytes(), Limits::default()).unwrap();
        let result = validate(&doc, Mode::default());
        let found: Vec<(&str, &str)> = result
            .diagnostics
            .iter()
            .map(|d| (d.pointer.as_str(), d.rule.as_str()))
            .collect();
        assert_eq!(
            found,
            [("/inferenceProviders/1/status", "probe/probe-only")],
            "{status}"
        );
        let at = agent_machine::base::json::locate(&text, "/inferenceProviders/1/status");
        assert_eq!(result.diagnostics[0].line, at.map(|p| p.line), "{status}");
    }
    // The example itself, all probe-only, is valid.
    assert_valid(&serde_json::from_str(&original).unwrap());
}
