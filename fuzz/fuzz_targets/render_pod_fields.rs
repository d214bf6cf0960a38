//! Fuzzes the values that reach artifacts: a valid AgentPod whose name,
//! description, image, entrypoint, args, labels, host path, mount path,
//! namespace and port name come from the fuzzer. Every render either refuses
//! or passes its own posture check, and every Quadlet unit's effective
//! `podman run` command stays inside the allow-list; nothing may panic.
#![no_main]

use agent_machine::contracts::AgentPod;
use agent_machine::posture::{Posture, parse_unit, quadlet_command};
use agent_machine::render::{self, Artifact, Input, Source};
use libfuzzer_sys::fuzz_target;
use serde_json::json;

const BASE: &str = include_str!("../../examples/local-podman-llama-cpp.agent-pod.json");

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parts: Vec<&str> = text.split('\u{1f}').collect();
    let part = |i: usize| parts.get(i).copied().unwrap_or("x").to_string();
    let mut value: serde_json::Value = serde_json::from_str(BASE).expect("the example is JSON");
    value["workload"]["name"] = json!(part(0));
    value["workload"]["description"] = json!(part(1));
    value["runtime"]["imageOrCommand"] = json!(part(2));
    value["runtime"]["entrypoint"] = json!(part(3));
    value["runtime"]["args"] = json!([part(4), part(5)]);
    value["labels"] = json!({ part(6): part(7) });
    value["storage"][0]["hostPath"] = json!(part(8));
    value["ports"][0]["name"] = json!(part(9));
    value["storage"][1]["mountPath"] = json!(part(10));
    value["runtime"]["namespace"] = json!(part(11));
    for pod_type in ["local-podman-quadlet", "kubernetes-pod", "kubernetes-crd"] {
        value["podType"] = json!(pod_type);
        let Ok(pod) = serde_json::from_value::<AgentPod>(value.clone()) else {
            return;
        };
        let source = Source::new("fuzz.json", format!("sha256:{}", "0".repeat(64)));
        let input = Input::new(&pod, &source, &[]);
        for artifact in Artifact::ALL {
            let Ok(rendered) = render::render(artifact, &input) else {
                continue;
            };
            if artifact == Artifact::Quadlet {
                let storage = render::storage::resolve(&pod, &[]).expect("it rendered");
                let posture = Posture::for_pod(&pod, None).expect("it rendered").with_storage(&storage);
                let unit = parse_unit(&rendered.text).expect("a rendered unit parses back");
                let argv = quadlet_command(&unit).expect("a rendered unit maps to podman run");
                let violations = posture.check_podman_run(&argv);
                assert!(violations.is_empty(), "{violations:?}\n{}", rendered.text);
            }
        }
    }
});
