//! A first pod from the docs: `agent-machine new pod` writes, for every
//! provider and GPU it accepts, a pod that validates with no warning and
//! renders a Quadlet unit under the posture, with the GPU as a device.

use crate::support;

use std::process::Command;

use agent_machine::contracts::AgentPod;
use agent_machine::render::scaffold::{self, Gpu, Provider};
use agent_machine::render::{self, Artifact, Input, Source};

#[test]
fn every_starting_pod_validates_and_renders_with_its_gpu() {
    let providers = [Provider::Ollama, Provider::Vllm, Provider::LlamaCpp];
    let gpus = [None, Some(Gpu::Cuda), Some(Gpu::Rocm), Some(Gpu::Vulkan)];
    let mut made = 0;
    for provider in providers {
        for gpu in gpus {
            let pod = scaffold::pod(provider, gpu, "first", scaffold::DEFAULT_DATA_ROOT);
            let refused = matches!(
                (provider, gpu),
                (Provider::Ollama, Some(Gpu::Vulkan)) | (Provider::Vllm, None | Some(Gpu::Vulkan))
            );
            let what = format!("{provider} {gpu:?}");
            let pod = match (refused, pod) {
                (true, Err(e)) => {
                    assert!(e.0.contains("--gpu"), "{what}: {e}");
                    continue;
                }
                (false, Ok(pod)) => pod,
                (true, Ok(_)) => panic!("{what}: must be refused"),
                (false, Err(e)) => panic!("{what}: {e}"),
            };
            made += 1;
            let text = serde_json::to_string_pretty(&pod).unwrap();
            let doc = agent_machine::base::input::parse_document(
                "first.agent-pod.json".into(),
                text.as_bytes(),
                agent_machine::base::json::Limits::default(),
            )
            .unwrap();
            let report = agent_machine::governance::validate::validate(&doc, Default::default());
            assert!(report.is_valid(), "{what}: {:?}", report.diagnostics);
            assert!(report.warnings.is_empty(), "{what}: {:?}", report.warnings);
            let typed: AgentPod = serde_json::from_value(pod).unwrap();
            let source = Source::new("first.agent-pod.json", format!("sha256:{}", "0".repeat(64)));
            let unit = render::render(Artifact::Quadlet, &Input::new(&typed, &source, &[]))
                .unwrap_or_else(|e| panic!("{what}: {e:?}"));
            let devices: Vec<&str> = unit
                .text
                .lines()
                .filter_map(|l| l.strip_prefix("AddDevice="))
                .collect();
            let expected: &[&str] = match gpu {
                None => &[],
                Some(Gpu::Cuda) => &["nvidia.com/gpu=0"],
                Some(Gpu::Rocm) => &["/dev/kfd", "/dev/dri"],
                Some(Gpu::Vulkan) => &["/dev/dri"],
            };
            assert_eq!(devices, expected, "{what}");
            // vLLM's shared memory (a v0.2.0 pod); the others stay v0.1.0.
            let shm = (provider == Provider::Vllm).then_some("ShmSize=2147483648");
            assert_eq!(
                unit.text.lines().find(|l| l.starts_with("ShmSize=")),
                shm,
                "{what}"
            );
            assert_eq!(
                typed.spec_version.to_string(),
                if shm.is_some() { "0.2.0" } else { "0.1.0" },
                "{what}"
            );
            // Only the image's tag warning: nothing else is changed or left out.
            assert!(
                unit.warnings
                    .iter()
                    .all(|w| w.contains("not digest-pinned")),
                "{what}: {:?}",
                unit.warnings
            );
        }
    }
    assert_eq!(made, 9);
}

#[test]
fn new_pod_writes_a_new_file_and_refuses_what_it_cannot_make() {
    let dir = support::scratch("new-pod");
    let out = dir.join("ollama.agent-pod.json");
    let run = |args: &[&str]| Command::new(support::bin()).args(args).output().unwrap();
    let o = run(&[
        "new",
        "pod",
        "--provider",
        "ollama",
        "--gpu",
        "cuda",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let written = std::fs::read(&out).unwrap();
    // The same bytes as on stdout.
    let o = run(&["new", "pod", "--provider", "ollama", "--gpu", "cuda"]);
    assert_eq!(o.stdout, written);
    // An existing file is never overwritten.
    std::fs::write(&out, "mine").unwrap();
    let o = run(&[
        "new",
        "pod",
        "--provider",
        "ollama",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    // Refusals name what to do, and write nothing.
    for (args, says) in [
        (&["--provider", "vllm"][..], "--gpu cuda or --gpu rocm"),
        (
            &["--provider", "ollama", "--gpu", "vulkan"][..],
            "--gpu cuda or --gpu rocm",
        ),
        (
            &["--provider", "ollama", "--name", "My Pod"][..],
            "not a name for a pod",
        ),
        (
            &["--provider", "ollama", "--data-root", "/etc"][..],
            "data roots",
        ),
        // A name of the grammar that the pod's own checks refuse (secret-shaped).
        (
            &[
                "--provider",
                "ollama",
                "--name",
                "sk-abcdefghijklmnopqrstuvwxyz012345",
            ][..],
            "nothing was written",
        ),
    ] {
        let target = dir.join("refused.json");
        let mut all = vec!["new", "pod"];
        all.extend_from_slice(args);
        all.extend(["--out", target.to_str().unwrap()]);
        let o = run(&all);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains(says),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!target.exists(), "{args:?}");
    }
    // A home user's data root.
    let o = run(&[
        "new",
        "pod",
        "--provider",
        "llama-cpp",
        "--data-root",
        "/home/ada/.local/share/agent-machine",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&o.stdout)
            .contains("\"/home/ada/.local/share/agent-machine/llama-cpp/models\"")
    );
}

/// Every command of docs/first-pod.md, as written, in a private mount
/// namespace whose `/home` is an empty tmpfs (the guide's `$HOME` is a real
/// home-user path, and nothing outside the namespace is touched). In place
/// of `systemctl --user daemon-reload` the real Quadlet generator reads the
/// installed unit; `systemctl --user start` is not run.
#[test]
fn the_first_pod_guide_works_as_written() {
    let guide = std::fs::read_to_string(support::root().join("docs/first-pod.md")).unwrap();
    let mut commands = Vec::new();
    let mut in_sh = false;
    for line in guide.lines() {
        match line.trim_end() {
            "```sh" => in_sh = true,
            "```" if in_sh => in_sh = false,
            l if in_sh && !l.is_empty() => commands.push(l.to_string()),
            _ => {}
        }
    }
    assert!(commands.len() >= 10, "{commands:?}");
    assert_eq!(commands.last().unwrap(), "systemctl --user start ollama");
    let out = support::scratch("first-pod");
    let quadlet = support::validator("quadlet");
    let mut script = String::from(
        "set -eu\nmount -t tmpfs none /home\nexport HOME=/home/ada USER=ada\nmkdir -p \"$HOME\"\ncd \"$HOME\"\n",
    );
    for c in &commands {
        match c.as_str() {
            "systemctl --user daemon-reload" => {
                if let Some(q) = &quadlet {
                    script.push_str(&format!(
                        "QUADLET_UNIT_DIRS=\"$HOME/.config/containers/systemd\" {} -dryrun -user > \"$OUT/generated.txt\"\n",
                        q.display()
                    ));
                }
            }
            "systemctl --user start ollama" => {}
            c => {
                script.push_str(c);
                script.push('\n');
            }
        }
    }
    script.push_str(
        "cp ollama.agent-pod.json \"$HOME/.config/containers/systemd/ollama.container\" \"$OUT/\"\ntest -d \"$DATA/ollama/store\"\n",
    );
    let bin_dir = support::bin().parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let o = Command::new("unshare")
        .args(["--map-root-user", "--mount", "sh", "-c", &script])
        .env("PATH", path)
        .env("OUT", &out)
        .output();
    let o = match o {
        Ok(o) if o.status.success() => o,
        Ok(o) => panic!(
            "the guide failed:\n{script}\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => panic!("unshare (util-linux) is needed to run the guide: {e}"),
    };
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("1 valid, 0 invalid, 0 unreadable, 0 warning(s)"),
        "{stderr}"
    );
    let unit = std::fs::read_to_string(out.join("ollama.container")).unwrap();
    for line in [
        "AddDevice=nvidia.com/gpu=0",
        "PublishPort=127.0.0.1:11434:11434",
        "ReadOnly=true",
        "DropCapability=all",
        "NoNewPrivileges=true",
        "Volume=/home/ada/.local/share/agent-machine/ollama/store:/root/.ollama:rw,Z",
    ] {
        assert!(unit.lines().any(|l| l == line), "{line}:\n{unit}");
    }
    // What the guide printed with `render quadlet` is what it installed.
    assert!(
        String::from_utf8_lossy(&o.stdout).contains(&unit),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    if quadlet.is_some() {
        let generated = std::fs::read_to_string(out.join("generated.txt")).unwrap();
        assert!(
            generated.contains("--device nvidia.com/gpu=0")
                && generated.contains("--publish 127.0.0.1:11434:11434"),
            "{generated}"
        );
    }
}
