//! A first pod from the docs: `agent-machine new pod` writes, for every
//! provider and GPU it accepts, a pod that validates with no warning and
//! renders a Quadlet unit under the posture, with the GPU as a device.

mod support;

use std::process::Command;

use agent_machine::contracts::AgentPod;
use agent_machine::render::{self, Artifact, Input, Source};
use agent_machine::scaffold::{self, Gpu, Provider};

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
            let doc = agent_machine::input::parse_document(
                "first.agent-pod.json".into(),
                text.as_bytes(),
                agent_machine::json::Limits::default(),
            )
            .unwrap();
            let report = agent_machine::validate::validate(&doc, Default::default());
            assert!(report.is_valid(), "{what}: {:?}", report.diagnostics);
            assert!(report.warnings.is_empty(), "{what}: {:?}", report.warnings);
            let typed: AgentPod = serde_json::from_value(pod).unwrap();
            let source = Source::new("first.agent-pod.json", String::new());
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
