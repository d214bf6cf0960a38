//! Rendered artifacts pass the real validators:
//! - every Quadlet unit goes through Podman's own Quadlet generator
//!   (`QUADLET_UNIT_DIRS=<dir> quadlet -dryrun -user`), and its `podman run`
//!   line shows the loopback publish, `--read-only`, `--cap-drop all` and
//!   no-new-privileges;
//! - every Kubernetes stream passes `kubernetes-validate --strict` for
//!   Kubernetes 1.30, 1.32, 1.34 and 1.37 (also a NodePort Service, as an
//!   admitted host exposure renders).
//!
//! - the SourceOS corpus pods (`../shared/conformance`) go through both, as
//!   rendered with and without their own CacheTiers.
//!
//! The validators come from `scripts/install-validators.sh` (into
//! `.validators/`, or `$AGENT_MACHINE_VALIDATORS`), else from `PATH`. Outside
//! CI a missing validator skips these tests with a loud message; with
//! `AGENT_MACHINE_REQUIRE_VALIDATORS=1` (set by `.ci/run`) it fails them.

use crate::support;

use std::path::Path;
use std::process::Command;

use agent_machine::contracts::{AgentPod, CacheTier};
use agent_machine::render::{self, Artifact, Input, Source};
use serde_json::{Value, json};

fn render_example(file: &str, edit: impl FnOnce(&mut Value), artifact: Artifact) -> String {
    let mut value: Value = support::example(file);
    edit(&mut value);
    let pod: AgentPod = serde_json::from_value(value).unwrap();
    let source = Source::new(file, format!("sha256:{}", "0".repeat(64)));
    let tiers = support::example_tiers();
    render::render(artifact, &Input::new(&pod, &source, &tiers))
        .unwrap()
        .text
}

/// The Kubernetes example with its port exposed on the host, rendered with
/// an allowed admission that lists `host`: a NodePort Service.
fn node_port_manifests() -> String {
    let mut value: Value = support::example("k8s-topolvm.agent-pod.json");
    value["ports"][0]["exposure"] = json!("host");
    let pod: AgentPod = serde_json::from_value(value).unwrap();
    let mut admission: Value = support::example("allowed-render.policy-admission.json");
    admission["request"]["agentPodId"] = json!(pod.id.as_str());
    admission["scope"]["allowed"]["networkExposure"] = json!(["host"]);
    admission["scope"]["denied"]["networkExposure"] = json!([]);
    let admission = serde_json::from_value(admission).unwrap();
    let source = Source::new("node-port.json", format!("sha256:{}", "0".repeat(64)));
    let tiers = support::example_tiers();
    let input = Input {
        admission: Some(&admission),
        ..Input::new(&pod, &source, &tiers)
    };
    let text = render::render(Artifact::Kubernetes, &input).unwrap().text;
    assert!(text.contains("type: NodePort"), "{text}");
    text
}

/// Every Quadlet unit the examples render, plus one with awkward but
/// legitimate values (spaces, quotes, apostrophes, `%`, `$`).
fn units() -> Vec<(String, String)> {
    let mut units: Vec<(String, String)> =
        agent_machine::release::skeletons::expected(&support::root())
            .unwrap()
            .into_iter()
            .filter(|e| e.path.ends_with(".container"))
            .map(|e| {
                (
                    Path::new(&e.path)
                        .file_name()
                        .unwrap()
                        .to_str()
                        .unwrap()
                        .to_string(),
                    e.text,
                )
            })
            .collect();
    let awkward = render_example(
        "local-vllm-multiport.agent-pod.json",
        |v| {
            v["workload"]["name"] = json!("awkward-values");
            v["workload"]["description"] = json!("Quotes \"here\", it's 100% fine");
            v["runtime"]["args"] = json!([
                "--system-prompt",
                "You're a \"careful\" assistant",
                "--alias",
                "100% local",
                "$HOME",
                "x;y",
                "C:\\models"
            ]);
        },
        Artifact::Quadlet,
    );
    units.push(("awkward-values.container".into(), awkward));
    let gpus = render_example(
        "local-vllm-multiport.agent-pod.json",
        |v| {
            v["workload"]["name"] = json!("every-gpu");
            v["resources"]["accelerators"] = json!([
                {"type": "rocm", "required": true},
                {"type": "cuda", "required": true},
                {"type": "vulkan", "required": true, "count": 1}
            ]);
        },
        Artifact::Quadlet,
    );
    units.push(("every-gpu.container".into(), gpus));
    units
}

#[test]
fn quadlet_units_pass_the_real_generator() {
    let Some(quadlet) = support::validator("quadlet") else {
        return;
    };
    let dir = support::scratch("quadlet-units");
    let units = units();
    for (name, text) in &units {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = Command::new(&quadlet)
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "quadlet failed:\n{stderr}");
    assert!(
        !stderr.contains("unsupported key") && !stderr.contains("converting"),
        "{stderr}"
    );
    let services: Vec<&str> = stdout
        .split("---")
        .filter(|s| s.contains("ExecStart="))
        .collect();
    assert_eq!(
        services.len(),
        units.len(),
        "one service per unit:\n{stdout}"
    );
    for service in services {
        let exec = service
            .lines()
            .find(|l| l.starts_with("ExecStart="))
            .unwrap();
        for flag in [
            "--read-only",
            "--cap-drop all",
            "--security-opt=no-new-privileges",
            "--tmpfs /tmp",
        ] {
            assert!(exec.contains(flag), "{flag} missing: {exec}");
        }
        assert!(exec.contains("--publish 127.0.0.1:"), "{exec}");
        assert!(
            !exec.contains("--publish 0.0.0.0")
                && !exec.contains("--cap-add")
                && !exec.contains("--privileged"),
            "{exec}"
        );
        assert!(!exec.contains("--network host"), "{exec}");
    }
    // The generator passes each typed device on, and only the pod's.
    let device_flags = |name: &str| -> Vec<String> {
        let service = stdout
            .split("---")
            .find(|s| s.contains(&format!("--name {name} ")))
            .unwrap();
        let exec = service
            .lines()
            .find_map(|l| l.strip_prefix("ExecStart="))
            .unwrap();
        let words = agent_machine::rules::posture::split_words(exec).unwrap();
        words
            .windows(2)
            .filter(|w| w[0] == "--device")
            .map(|w| w[1].clone())
            .collect()
    };
    assert_eq!(
        device_flags("every-gpu"),
        ["nvidia.com/gpu=all", "/dev/kfd", "/dev/dri"]
    );
    assert_eq!(device_flags("vllm-qwen-coder"), ["nvidia.com/gpu=0"]);
    assert_eq!(device_flags("awkward-values"), ["nvidia.com/gpu=0"]);
    let awkward = stdout
        .split("---")
        .find(|s| s.contains("--name awkward-values"))
        .unwrap();
    let exec = awkward
        .lines()
        .find(|l| l.starts_with("ExecStart="))
        .unwrap();
    assert!(
        exec.contains(r#""You're a \"careful\" assistant""#),
        "{exec}"
    );
    assert!(
        exec.contains(r#""100%% local""#) && exec.contains("$$HOME"),
        "{exec}"
    );
    assert!(
        exec.contains("x;y") && exec.contains(r#""C:\\models""#),
        "{exec}"
    );
}

#[test]
fn kubernetes_manifests_pass_strict_validation_for_supported_versions() {
    let Some(kv) = support::validator("kubernetes-validate") else {
        return;
    };
    let dir = support::scratch("kubernetes-manifests");
    let mut files = Vec::new();
    for e in agent_machine::release::skeletons::expected(&support::root()).unwrap() {
        if e.path.ends_with(".yaml") {
            let path = dir.join(Path::new(&e.path).file_name().unwrap());
            std::fs::write(&path, &e.text).unwrap();
            files.push(path);
        }
    }
    let three_ports = render_example(
        "local-vllm-multiport.agent-pod.json",
        |v| {
            v["podType"] = json!("kubernetes-pod");
            v["runtime"]["networkMode"] = json!("kubernetes-service");
            for port in v["ports"].as_array_mut().unwrap() {
                port["exposure"] = json!("cluster");
            }
            v["resources"]["accelerators"] =
                json!([{"type": "cuda", "required": true, "count": 2}]);
        },
        Artifact::Kubernetes,
    );
    assert!(
        three_ports.contains(r#"nvidia.com/gpu: "2""#),
        "{three_ports}"
    );
    let path = dir.join("three-ports.yaml");
    std::fs::write(&path, three_ports).unwrap();
    files.push(path);
    let path = dir.join("node-port.yaml");
    std::fs::write(&path, node_port_manifests()).unwrap();
    files.push(path);

    for version in ["1.30", "1.32", "1.34", "1.37"] {
        let out = Command::new(&kv)
            .args(["--strict", "--quiet", "-k", version])
            .args(&files)
            .output()
            .unwrap();
        let report = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success() && !report.contains("ERROR"),
            "Kubernetes {version}:\n{report}"
        );
        // The only thing it may not know is our own custom resource (its CRD is validated).
        for line in report.lines().filter(|l| l.contains("WARN")) {
            assert!(
                line.contains("kind AgentPod with api version agent-machine.sourceos.dev/v1alpha1"),
                "{line}"
            );
        }
    }
}

/// Every render of `artifact` for the SourceOS corpus pods whose podType
/// supports it — without CacheTiers and with their own — as `(file name,
/// text)`; `None` when the corpus is not beside this checkout.
fn sourceos_renders(artifact: Artifact) -> Option<Vec<(String, String)>> {
    let corpus = support::sourceos_corpus(&support::conformance_dir()?);
    let tiers: Vec<CacheTier> = support::sourceos_documents::<CacheTier>(&corpus, "cache-tier")
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let mut renders = Vec::new();
    for (file, pod) in support::sourceos_documents::<AgentPod>(&corpus, "agent-pod") {
        if !artifact.supports(pod.pod_type) {
            continue;
        }
        let source = Source::new(&file, format!("sha256:{}", "0".repeat(64)));
        let stem = file.trim_end_matches(".agent-pod.json").replace('.', "-");
        let own = support::own_tiers(&pod, &tiers);
        for (label, tiers) in [("bare", Some(Vec::new())), ("tiered", own)] {
            let Some(tiers) = tiers else { continue };
            let rendered = render::render(artifact, &Input::new(&pod, &source, &tiers))
                .unwrap_or_else(|e| panic!("{file} ({label}): {e:?}"));
            renders.push((format!("sourceos-{stem}-{label}"), rendered.text));
        }
    }
    assert!(!renders.is_empty(), "the corpus has a pod for {artifact}");
    Some(renders)
}

#[test]
fn sourceos_quadlet_units_pass_the_real_generator() {
    let Some(quadlet) = support::validator("quadlet") else {
        return;
    };
    let Some(units) = sourceos_renders(Artifact::Quadlet) else {
        return;
    };
    // One directory per unit: the corpus units share container names.
    for (name, text) in &units {
        let dir = support::scratch(&format!("sourceos-quadlet/{name}"));
        std::fs::write(dir.join(format!("{name}.container")), text).unwrap();
        let out = Command::new(&quadlet)
            .args(["-dryrun", "-user"])
            .env("QUADLET_UNIT_DIRS", &dir)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}: quadlet failed:\n{stderr}");
        assert!(
            !stderr.contains("unsupported key") && !stderr.contains("converting"),
            "{name}: {stderr}"
        );
        let exec = stdout
            .lines()
            .find(|l| l.starts_with("ExecStart="))
            .unwrap_or_else(|| panic!("{name}: no service:\n{stdout}"));
        for flag in [
            "--read-only",
            "--cap-drop all",
            "--security-opt=no-new-privileges",
            "--publish 127.0.0.1:8080:8080",
            "-v /var/lib/agent-machine/models/gguf:/models:ro,z",
        ] {
            assert!(exec.contains(flag), "{name}: {flag} missing: {exec}");
        }
        assert!(
            stdout.lines().any(|l| l == "Restart=always"),
            "{name}: policy-managed restarts always:\n{stdout}"
        );
    }
}

#[test]
fn sourceos_kubernetes_manifests_pass_strict_validation() {
    let Some(kv) = support::validator("kubernetes-validate") else {
        return;
    };
    let Some(streams) = sourceos_renders(Artifact::Kubernetes) else {
        return;
    };
    let dir = support::scratch("sourceos-kubernetes");
    let files: Vec<_> = streams
        .iter()
        .map(|(name, text)| {
            let path = dir.join(format!("{name}.yaml"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    for version in ["1.30", "1.32", "1.34", "1.37"] {
        let out = Command::new(&kv)
            .args(["--strict", "--quiet", "-k", version])
            .args(&files)
            .output()
            .unwrap();
        let report = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success() && !report.contains("ERROR") && !report.contains("WARN"),
            "Kubernetes {version}:\n{report}"
        );
    }
}

/// The posture model reads a hand-edited unit as the real generator does:
/// for units with comments, continuations and odd lines, the `podman run`
/// arguments the model derives ([`agent_machine::rules::posture::quadlet_command`])
/// are, as a multiset, the real generator's (`ExecStart=` after `run`).
/// Inside a continuation the generator skips blank and comment lines.
#[test]
fn the_unit_model_reads_hand_edits_as_the_real_generator_does() {
    let Some(quadlet) = support::validator("quadlet") else {
        return;
    };
    let base = render_example(
        "local-podman-llama-cpp.agent-pod.json",
        |_| {},
        Artifact::Quadlet,
    );
    let edits = [
        "# note \\\nNetwork=none\n",
        "; note \\\nNetwork=none\n",
        "#\\\nNetwork=none\n",
        "Label=a=b \\\nNetwork=none\n",
        "Label=a=b \\\n# inside \\\nLabel=c=d\n",
        "Label=a=b \\\n\nLabel=c=d\n",
        "Label=a=b \\\n; inside\n\nLabel=c=d\n",
        // Joined with nothing between; every line trimmed first.
        "Label=a=b\\\nc=d\n",
        "Label=a=b \\ \nLabel=c=d\n",
        "Label=a=b \\\r\nLabel=c=d\r\n",
        "  Label=x=y  \\  \n   z=w\n",
        // An empty value clears the key's earlier values.
        "Label=\nLabel=only=this\n",
        "PodmanArgs=\n",
        "  Label=indented=yes\n",
        "Label = spaced=yes\n",
    ];
    let dir = support::scratch("unit-model");
    for (i, edit) in edits.iter().enumerate() {
        let text = base
            .replacen("Tmpfs=/tmp\n", &format!("Tmpfs=/tmp\n{edit}"), 1)
            .replace(
                "ContainerName=llama-cpp-qwen",
                &format!("ContainerName=edit-{i}"),
            );
        std::fs::write(dir.join(format!("edit-{i}.container")), &text).unwrap();
    }
    let out = Command::new(&quadlet)
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (i, edit) in edits.iter().enumerate() {
        let text = std::fs::read_to_string(dir.join(format!("edit-{i}.container"))).unwrap();
        let service = stdout
            .split("---")
            .find(|s| s.contains(&format!("--name edit-{i} ")))
            .unwrap_or_else(|| panic!("{edit:?}: the generator made no service:\n{stdout}"));
        let exec = service
            .lines()
            .find_map(|l| l.strip_prefix("ExecStart="))
            .unwrap();
        let mut real = agent_machine::rules::posture::split_words(exec).unwrap();
        real.drain(..2); // the podman binary and `run`
        let mut model = agent_machine::rules::posture::quadlet_command(
            &agent_machine::rules::posture::parse_unit(&text).unwrap(),
        )
        .unwrap();
        real.sort();
        model.sort();
        assert_eq!(model, real, "{edit:?}");
    }
}

/// AgentPod v0.2.0 environment values with everything a unit could misread
/// (spaces, quotes, apostrophes, backslashes, `%`, `$`, `;`, `=`, non-ASCII,
/// an empty value) reach `podman run --env` exactly as written through the
/// real generator, which also agrees with the unit model word for word; the
/// secret goes by name only and the shared-memory size as bytes.
#[test]
fn environment_values_reach_podman_as_written() {
    let Some(quadlet) = support::validator("quadlet") else {
        return;
    };
    let env = [
        ("SYSTEM_PROMPT", "You're a \"careful\" assistant"),
        ("DISCOUNT", "100% local"),
        ("SHELLISH", "$HOME $(HF_TOKEN) ${X}"),
        ("WINDOWS_PATH", "C:\\models\\q4"),
        ("SEMI", "a;b ; c"),
        ("PAIR", "k=v=w"),
        ("UNICODE", "café — ok"),
        ("EMPTY", ""),
        ("TRAILING", "ends with a backslash \\"),
    ];
    let text = render_example(
        "local-vllm-cuda-hf.agent-pod.json",
        |v| {
            v["runtime"]["env"] = json!(
                env.iter()
                    .map(|(n, val)| json!({"name": n, "value": val}))
                    .collect::<Vec<_>>()
            );
        },
        Artifact::Quadlet,
    );
    let dir = support::scratch("quadlet-env");
    std::fs::write(dir.join("env.container"), &text).unwrap();
    let out = Command::new(&quadlet)
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let exec = stdout
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .unwrap_or_else(|| panic!("no service:\n{stdout}"));
    let mut real = agent_machine::rules::posture::split_words(exec).unwrap();
    real.drain(..2);
    let passed: Vec<String> = real
        .windows(2)
        .filter(|w| w[0] == "--env")
        .map(|w| w[1].clone())
        .collect();
    let mut expected: Vec<String> = env.iter().map(|(n, v)| format!("{n}={v}")).collect();
    expected.sort();
    assert_eq!(passed, expected, "{exec}");
    assert!(
        real.windows(2)
            .any(|w| w[0] == "--secret" && w[1] == "hf-token,type=env,target=HF_TOKEN"),
        "{exec}"
    );
    assert!(
        real.windows(2)
            .any(|w| w[0] == "--shm-size" && w[1] == "8589934592"),
        "{exec}"
    );
    let mut model = agent_machine::rules::posture::quadlet_command(
        &agent_machine::rules::posture::parse_unit(&text).unwrap(),
    )
    .unwrap();
    model.sort();
    real.sort();
    assert_eq!(model, real);
}
