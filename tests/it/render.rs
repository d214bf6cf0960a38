//! Renderer behaviour beyond the skeletons: generality (any provider, any
//! number of ports), refusals that name the field and rule, escaping, YAML
//! round trips, the CRD schema, and the CLI's write-nothing-on-refusal rule.

use crate::support;

use std::process::Command;

use agent_machine::contracts::AgentPod;
use agent_machine::render::{self, Artifact, Input, Source, kubernetes};
use agent_machine::rules::volumes as storage;
use serde_json::{Value, json};

fn pod_from(file: &str, edit: impl FnOnce(&mut Value)) -> AgentPod {
    let mut value: Value = support::example(file);
    edit(&mut value);
    serde_json::from_value(value).expect("the edited pod is still a valid AgentPod")
}

fn render_pod(
    pod: &AgentPod,
    artifact: Artifact,
) -> Result<render::Rendered, Vec<agent_machine::base::finding::Finding>> {
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let tiers = support::example_tiers();
    render::render(artifact, &Input::new(pod, &source, &tiers))
}

/// The vLLM example as a Kubernetes pod with three cluster ports.
fn three_port_k8s_pod() -> AgentPod {
    pod_from("local-vllm-multiport.agent-pod.json", |v| {
        v["podType"] = json!("kubernetes-pod");
        v["runtime"]["mode"] = json!("kubernetes");
        v["runtime"]["networkMode"] = json!("kubernetes-service");
        v["runtime"]["namespace"] = json!("inference");
        for port in v["ports"].as_array_mut().unwrap() {
            port["exposure"] = json!("cluster");
            port.as_object_mut().unwrap().remove("hostPort");
        }
        for item in v["storage"].as_array_mut().unwrap() {
            item.as_object_mut().unwrap().remove("hostPath");
        }
    })
}

#[test]
fn a_three_port_vllm_pod_renders_a_general_quadlet_unit() {
    let pod: AgentPod = support::example("local-vllm-multiport.agent-pod.json");
    let unit = render_pod(&pod, Artifact::Quadlet).unwrap().text;
    assert!(unit.contains("ContainerName=vllm-qwen-coder\n"));
    assert!(unit.contains("PublishPort=127.0.0.1:8000:8000\n"));
    assert!(unit.contains("PublishPort=127.0.0.1:8265:8265\n"));
    assert!(
        !unit.contains(":6379"),
        "a port with exposure none is not published"
    );
    assert!(
        !unit.to_lowercase().contains("llama"),
        "nothing is hard-coded to llama.cpp"
    );
    for line in [
        "ReadOnly=true",
        "NoNewPrivileges=true",
        "DropCapability=all",
        "Tmpfs=/tmp",
    ] {
        assert!(unit.lines().any(|l| l == line), "{line}");
    }
    assert!(!unit.contains("AddCapability"));
    assert!(unit.contains("Volume=/srv/agent-machine/models:/models:ro,z\n"));
}

#[test]
fn a_three_port_vllm_pod_renders_general_kubernetes_manifests() {
    let pod = three_port_k8s_pod();
    let storage = storage::resolve(&pod, &support::example_tiers()).unwrap();
    let checked = agent_machine::rules::semantics::check_agent_pod(&pod).unwrap();
    let docs = kubernetes::documents(
        &pod,
        &checked,
        &storage,
        &Default::default(),
        &Default::default(),
    )
    .unwrap();
    let kinds: Vec<&str> = docs.iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "Namespace",
            "ServiceAccount",
            "PersistentVolumeClaim",
            "PersistentVolumeClaim",
            "Pod",
            "Service",
            "NetworkPolicy",
            "NetworkPolicy"
        ]
    );
    let service = &docs[5];
    assert_eq!(service["spec"]["type"], "ClusterIP");
    let ports: Vec<i64> = service["spec"]["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["port"].as_i64().unwrap())
        .collect();
    assert_eq!(ports, [8000, 8265, 6379]);
    let allow = &docs[7]["spec"]["ingress"][0]["ports"];
    assert_eq!(allow.as_array().unwrap().len(), 3);
    let deny = &docs[6]["spec"];
    assert_eq!(deny["policyTypes"], json!(["Ingress", "Egress"]));
    assert!(
        deny.get("egress").is_none() && deny.get("ingress").is_none(),
        "default deny has no rules"
    );

    let pod_spec = &docs[4]["spec"];
    let container = &pod_spec["containers"][0];
    let sc = &container["securityContext"];
    assert_eq!(sc["allowPrivilegeEscalation"], false);
    assert_eq!(sc["readOnlyRootFilesystem"], true);
    assert_eq!(sc["runAsNonRoot"], true);
    assert!(sc["runAsUser"].as_i64().unwrap() > 10000);
    assert_eq!(sc["capabilities"]["drop"], json!(["ALL"]));
    assert_eq!(
        pod_spec["securityContext"]["seccompProfile"]["type"],
        "RuntimeDefault"
    );
    assert_eq!(pod_spec["automountServiceAccountToken"], false);
    let models = container["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["mountPath"] == "/models")
        .unwrap();
    assert_eq!(models["readOnly"], true);
    assert!(!serde_json::to_string(&docs).unwrap().contains("hostPath"));
}

#[test]
fn the_yaml_stream_parses_back_to_exactly_the_rendered_documents() {
    for pod in [
        support::example::<AgentPod>("k8s-topolvm.agent-pod.json"),
        three_port_k8s_pod(),
    ] {
        let storage = storage::resolve(&pod, &support::example_tiers()).unwrap();
        let checked = agent_machine::rules::semantics::check_agent_pod(&pod).unwrap();
        let docs = kubernetes::documents(
            &pod,
            &checked,
            &storage,
            &Default::default(),
            &Default::default(),
        )
        .unwrap();
        let text = kubernetes::render(
            &pod,
            &checked,
            &storage,
            &Default::default(),
            &Default::default(),
        )
        .unwrap();
        let parsed: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
        assert_eq!(parsed, docs);
        assert_eq!(text.matches("\n---\n").count() + 1, docs.len());
    }
}

/// Every error of a refused render, as `(pointer, rule)`.
fn refusals(
    result: Result<render::Rendered, Vec<agent_machine::base::finding::Finding>>,
) -> Vec<(String, &'static str)> {
    result
        .expect_err("the render must be refused")
        .into_iter()
        .map(|e| (e.pointer, e.rule.code()))
        .collect()
}

/// Every refusal names its field and rule — all of them, not the first only.
#[test]
fn wider_exposure_and_host_network_are_refused_with_field_and_rule() {
    let local = "local-podman-llama-cpp.agent-pod.json";
    let host_port = pod_from(local, |v| v["ports"][0]["exposure"] = json!("host"));
    assert_eq!(
        refusals(render_pod(&host_port, Artifact::Quadlet)),
        [("/ports/0/exposure".to_string(), "exposure")]
    );

    let host_net = pod_from(local, |v| v["runtime"]["networkMode"] = json!("host"));
    assert_eq!(
        refusals(render_pod(&host_net, Artifact::Quadlet)),
        [("/runtime/networkMode".to_string(), "pod/host-network")]
    );

    let ingress = pod_from("k8s-topolvm.agent-pod.json", |v| {
        v["ports"][0]["exposure"] = json!("ingress")
    });
    assert_eq!(
        refusals(render_pod(&ingress, Artifact::Kubernetes)),
        [("/ports/0/exposure".to_string(), "exposure")]
    );

    assert_eq!(
        refusals(render_pod(&ingress, Artifact::Quadlet)),
        [("/podType".to_string(), "surface")]
    );
}

#[test]
fn ordinary_quotes_and_spaces_are_quoted_and_control_characters_refused() {
    let local = "local-podman-llama-cpp.agent-pod.json";
    let quoted = pod_from(local, |v| {
        v["runtime"]["args"] = json!([
            "--system-prompt",
            "You're a \"careful\" assistant",
            "--alias",
            "100% local",
            "$HOME"
        ]);
    });
    let unit = render_pod(&quoted, Artifact::Quadlet).unwrap().text;
    let exec = unit.lines().find(|l| l.starts_with("Exec=")).unwrap();
    assert_eq!(
        exec,
        r#"Exec=--system-prompt "You're a \"careful\" assistant" --alias "100%% local" $$HOME"#
    );

    let injected = pod_from(local, |v| {
        v["runtime"]["args"] = json!(["--x", "a\nPodmanArgs=--privileged"])
    });
    assert_eq!(
        refusals(render_pod(&injected, Artifact::Quadlet)),
        [("/runtime/args/1".to_string(), "unit-syntax")]
    );

    let bad_name = pod_from(local, |v| v["workload"]["name"] = json!("name\n[Service]"));
    assert_eq!(
        refusals(render_pod(&bad_name, Artifact::Quadlet)),
        [("/workload/name".to_string(), "container-name")]
    );
}

#[test]
fn a_loopback_bind_inside_the_container_is_warned_about() {
    let pod = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["runtime"]["args"][1] = json!("127.0.0.1")
    });
    let rendered = render_pod(&pod, Artifact::Quadlet).unwrap();
    let bind: Vec<_> = rendered
        .warnings
        .iter()
        .filter(|w| w.contains("Podman 5.2"))
        .collect();
    assert_eq!(bind.len(), 1, "{:?}", rendered.warnings);
}

#[test]
fn the_digest_pinned_image_is_rendered() {
    let pinned: AgentPod = support::example("local-podman-llama-cpp-pinned.agent-pod.json");
    let unit = render_pod(&pinned, Artifact::Quadlet).unwrap().text;
    assert!(
        unit.contains("Image=ghcr.io/ggml-org/llama.cpp@sha256:"),
        "{unit}"
    );
    let tag_plus_digest = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["runtime"]["imageDigest"] = json!(format!("sha256:{}", "a".repeat(64)));
    });
    let unit = render_pod(&tag_plus_digest, Artifact::Quadlet)
        .unwrap()
        .text;
    assert!(
        unit.contains(&format!(
            "Image=ghcr.io/ggml-org/llama.cpp@sha256:{}\n",
            "a".repeat(64)
        )),
        "{unit}"
    );
}

#[test]
fn the_custom_resource_satisfies_the_crd_schema_derived_from_the_contract() {
    let pod: AgentPod = support::example("k8s-crd-ollama.agent-pod.json");
    let text = render_pod(&pod, Artifact::Crd).unwrap().text;
    let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
    assert_eq!(docs[0]["kind"], "CustomResourceDefinition");
    assert_eq!(docs[1]["apiVersion"], "agent-machine.sourceos.dev/v1alpha1");
    let schema = &docs[0]["spec"]["versions"][0]["schema"]["openAPIV3Schema"];
    let validator = jsonschema::draft202012::new(schema).unwrap();
    assert!(validator.is_valid(&docs[1]), "the CR fits its CRD");
    let contract: Value = serde_json::from_str(
        agent_machine::contracts::Kind::from_name("AgentPod")
            .unwrap()
            .info()
            .schema,
    )
    .unwrap();
    let spec_props = schema["properties"]["spec"]["properties"]
        .as_object()
        .unwrap();
    let contract_props = contract["properties"].as_object().unwrap();
    assert_eq!(
        spec_props.len() + 2,
        contract_props.len(),
        "spec = the contract minus specVersion and kind"
    );
    let mut broken = docs[1].clone();
    broken["spec"]["ports"][0]["containerPort"] = json!(70000);
    assert!(!validator.is_valid(&broken));
}

#[test]
fn a_refused_render_exits_2_and_writes_nothing() {
    let dir = support::scratch("render-refused");
    let mut pod: Value = support::example("local-podman-llama-cpp.agent-pod.json");
    pod["ports"][0]["exposure"] = json!("host");
    std::fs::write(dir.join("pod.json"), serde_json::to_string(&pod).unwrap()).unwrap();
    pod["ports"][0]["containerPort"] = json!(0);
    std::fs::write(
        dir.join("invalid.json"),
        serde_json::to_string(&pod).unwrap(),
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new(support::bin())
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap()
    };

    let out = run(&["render", "quadlet", "pod.json", "--out", "unit.container"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/ports/0/exposure: [exposure]"));
    assert!(!dir.join("unit.container").exists());

    // validate answers 1 for an invalid pod; render refuses it with 2.
    assert_eq!(run(&["validate", "invalid.json"]).status.code(), Some(1));
    assert_eq!(
        run(&["render", "plan", "invalid.json", "--out", "plan.json"])
            .status
            .code(),
        Some(2)
    );
    assert!(
        std::fs::read_dir(&dir).unwrap().count() == 2,
        "nothing but the inputs"
    );
}

#[test]
fn compare_exits_0_when_equal_and_1_with_a_diff_when_not() {
    let root = support::root();
    let run = |skeleton: &str| {
        Command::new(support::bin())
            .args([
                "render",
                "quadlet",
                "examples/local-podman-llama-cpp.agent-pod.json",
                "--cache-tier",
                "examples",
                "--compare",
                skeleton,
            ])
            .current_dir(&root)
            .output()
            .unwrap()
    };
    assert_eq!(
        run("skeletons/quadlet/local-podman-llama-cpp.container")
            .status
            .code(),
        Some(0)
    );
    let other = run("skeletons/quadlet/local-vllm-multiport.container");
    assert_eq!(other.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&other.stdout).contains("+ContainerName=llama-cpp-qwen"));
}

const WARM_TIER: &str = "urn:srcos:agent-machine:cache-tier:workstation-warm-cache";
const MODELS_TIER: &str = "urn:srcos:agent-machine:cache-tier:workstation-models";

/// An item's declared class governs its mount even when its CacheTier is of
/// another class: a warning naming both, never a refusal — and the model item
/// stays read-only.
#[test]
fn an_item_class_other_than_its_tiers_is_a_warning_and_governs_the_mount() {
    let pod = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["storage"][0]["cacheTierId"] = json!(WARM_TIER);
    });
    for artifact in [Artifact::Plan, Artifact::Quadlet] {
        let rendered = render_pod(&pod, artifact).unwrap();
        let class: Vec<&String> = rendered
            .warnings
            .iter()
            .filter(|w| w.starts_with("storage item"))
            .collect();
        assert_eq!(
            class,
            [&format!(
                "storage item /storage/0 declares agent-models but its CacheTier {WARM_TIER} is agent-cache-warm; the item's class governs its mount (read-only, as model weights), the tier supplies what the item does not state (host path, claim, storage class, size) and its encryption"
            )],
            "{artifact}"
        );
        if artifact == Artifact::Quadlet {
            assert!(
                rendered
                    .text
                    .contains("Volume=/var/lib/agent-machine/models:/models:ro,z\n"),
                "{}",
                rendered.text
            );
        }
    }
    let resolved = storage::resolve(&pod, &support::example_tiers()).unwrap();
    assert_eq!(
        resolved[0].volume_class.map(|c| c.as_str()),
        Some("agent-models")
    );
    assert!(resolved[0].is_models());
    // Without its tier there is nothing to differ from.
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let bare = render::render(Artifact::Quadlet, &Input::new(&pod, &source, &[])).unwrap();
    assert!(
        !bare.warnings.iter().any(|w| w.starts_with("storage item")),
        "{:?}",
        bare.warnings
    );
}

/// Items of one tier that all take its single host path are refused, with a
/// pointer at the tier reference and a hint; a writable one that would share
/// it with a model item is a model-source refusal.
#[test]
fn items_of_one_tier_cannot_share_its_host_path() {
    let two_caches = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["storage"][1].as_object_mut().unwrap().remove("hostPath");
        v["storage"].as_array_mut().unwrap().push(json!({
            "cacheTierId": WARM_TIER,
            "volumeClass": "agent-evidence",
            "mountPath": "/agent/evidence",
            "accessMode": "read-write"
        }));
    });
    let errors = render_pod(&two_caches, Artifact::Quadlet).unwrap_err();
    assert_eq!(
        errors
            .iter()
            .map(|e| (e.pointer.as_str(), e.rule.code()))
            .collect::<Vec<_>>(),
        [("/storage/2/cacheTierId", "pod/unique-storage-source")],
        "every error, not the first only"
    );
    assert!(
        errors[0].message.contains("each needs its own hostPath"),
        "{}",
        errors[0].message
    );

    let model_and_cache = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["storage"][0]["cacheTierId"] = json!(WARM_TIER);
        for item in v["storage"].as_array_mut().unwrap() {
            item.as_object_mut().unwrap().remove("hostPath");
        }
    });
    let errors = render_pod(&model_and_cache, Artifact::Quadlet).unwrap_err();
    assert_eq!(
        errors
            .iter()
            .map(|e| (e.pointer.as_str(), e.rule.code()))
            .collect::<Vec<_>>(),
        [("/storage/1/cacheTierId", "storage/model-source")],
        "every error, not the first only"
    );
    assert!(
        errors[0]
            .message
            .contains(&format!("through mount.hostPath of CacheTier {WARM_TIER}")),
        "{}",
        errors[0].message
    );
}

/// A writable cache item drawn from a model tier that grants read-write
/// access still cannot reach the model volume through the tier's path.
#[test]
fn a_writable_item_of_a_model_tier_cannot_take_the_model_path() {
    let pod = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["storage"] = json!([{
            "cacheTierId": MODELS_TIER,
            "volumeClass": "agent-cache-warm",
            "mountPath": "/cache",
            "accessMode": "read-write"
        }]);
    });
    let mut tiers = support::example_tiers();
    let models = tiers
        .iter_mut()
        .find(|t| t.id.as_str() == MODELS_TIER)
        .unwrap();
    let mut tier = serde_json::to_value(&*models).unwrap();
    tier["mount"]["mode"] = json!("read-write");
    *models = serde_json::from_value(tier).unwrap();
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let errors = render::render(Artifact::Quadlet, &Input::new(&pod, &source, &tiers)).unwrap_err();
    assert_eq!(
        errors
            .iter()
            .map(|e| (e.pointer.as_str(), e.rule.code()))
            .collect::<Vec<_>>(),
        [("/storage/0/cacheTierId", "storage/model-source")],
        "every error, not the first only"
    );
    // With a path of its own it is an ordinary cache, with a warning.
    let own_path = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["storage"] = json!([{
            "cacheTierId": MODELS_TIER,
            "volumeClass": "agent-cache-warm",
            "mountPath": "/cache",
            "hostPath": "/var/lib/agent-machine/cache/own",
            "accessMode": "read-write"
        }]);
    });
    let rendered =
        render::render(Artifact::Quadlet, &Input::new(&own_path, &source, &tiers)).unwrap();
    assert!(
        rendered
            .text
            .contains("Volume=/var/lib/agent-machine/cache/own:/cache:rw,Z\n")
    );
    assert!(
        rendered.warnings.iter().any(
            |w| w.contains("declares agent-cache-warm but its CacheTier")
                && w.contains("is agent-models")
        ),
        "{:?}",
        rendered.warnings
    );
}

/// `policy-managed` restarts always on both surfaces, the contract value kept
/// beside it; a long port name is mapped everywhere it is referred to.
#[test]
fn policy_managed_restart_and_long_port_names_render() {
    let pod = pod_from("k8s-topolvm.agent-pod.json", |v| {
        v["runtime"]["restartPolicy"] = json!("policy-managed");
        v["ports"][0]["name"] = json!("openai-compatible-http");
    });
    let rendered = render_pod(&pod, Artifact::Kubernetes).unwrap();
    let docs: Vec<Value> = serde_saphyr::from_multiple(&rendered.text).unwrap();
    let k8s_pod = docs.iter().find(|d| d["kind"] == "Pod").unwrap();
    assert_eq!(k8s_pod["spec"]["restartPolicy"], "Always");
    let annotations = &k8s_pod["metadata"]["annotations"];
    assert_eq!(
        annotations[kubernetes::RESTART_POLICY_ANNOTATION],
        "policy-managed"
    );
    let name = k8s_pod["spec"]["containers"][0]["ports"][0]["name"]
        .as_str()
        .unwrap();
    assert!(agent_machine::base::names::is_port_name(name) && name.starts_with("openai-com-"));
    assert_eq!(
        annotations[kubernetes::PORT_NAMES_ANNOTATION],
        format!("{{\"{name}\":\"openai-compatible-http\"}}")
    );
    let service = docs.iter().find(|d| d["kind"] == "Service").unwrap();
    assert_eq!(service["spec"]["ports"][0]["name"], name);
    assert_eq!(service["spec"]["ports"][0]["targetPort"], name);
    assert_eq!(
        service["metadata"]["annotations"][kubernetes::PORT_NAMES_ANNOTATION],
        annotations[kubernetes::PORT_NAMES_ANNOTATION]
    );
    assert!(
        rendered
            .warnings
            .iter()
            .any(|w| w.contains("\"openai-compatible-http\"") && w.contains(name)),
        "{:?}",
        rendered.warnings
    );

    // Nothing is annotated when nothing needs to be.
    let plain: AgentPod = support::example("k8s-topolvm.agent-pod.json");
    let text = render_pod(&plain, Artifact::Kubernetes).unwrap().text;
    assert!(!text.contains(kubernetes::RESTART_POLICY_ANNOTATION));
    assert!(!text.contains(kubernetes::PORT_NAMES_ANNOTATION));

    let local = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["runtime"]["restartPolicy"] = json!("policy-managed");
    });
    let unit = render_pod(&local, Artifact::Quadlet).unwrap().text;
    assert!(unit.contains("\nRestart=always\n"), "{unit}");
    assert!(
        unit.contains(" agent-machine.sourceos.dev/restart-policy=policy-managed "),
        "{unit}"
    );
}

/// The CLI prints the class-difference warning on stderr and still renders.
#[test]
fn the_cli_prints_the_class_difference_warning() {
    let dir = support::scratch("render-class-warning");
    let mut pod: Value = support::example("local-podman-llama-cpp.agent-pod.json");
    pod["storage"][0]["cacheTierId"] = json!(WARM_TIER);
    std::fs::write(dir.join("pod.json"), serde_json::to_string(&pod).unwrap()).unwrap();
    let out = Command::new(support::bin())
        .args(["render", "quadlet", "pod.json", "--cache-tier"])
        .arg(support::root().join("examples"))
        .current_dir(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "warning: pod.json: storage item /storage/0 declares agent-models but its CacheTier {WARM_TIER} is agent-cache-warm"
        )),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("/models:ro,z"));
}

/// The receipt id is recomputed here from the seed docs/renderers.md
/// documents, with this test's own SHA-256 (the `sha2` crate directly, not
/// the library's `receipt_id`), from what `render` prints: the pod's `id`, the
/// digest of the exact artifact bytes `render <artifact>` emits, the generator
/// name and the crate version. Both ids must be what `render receipt` writes.
#[test]
fn the_receipt_id_is_the_documented_hash_of_its_documented_seed() {
    use sha2::{Digest as _, Sha256};
    let sha256 = |bytes: &[u8]| -> String {
        Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let render = |pod_file: &str, args: &[&str]| -> Vec<u8> {
        let out = std::process::Command::new(support::bin())
            .arg("render")
            .args(args)
            .args([pod_file, "--cache-tier", "examples"])
            .current_dir(support::root())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "render {args:?} {pod_file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    for (pod_file, artifact) in [
        ("local-podman-llama-cpp.agent-pod.json", "plan"),
        ("local-podman-llama-cpp.agent-pod.json", "quadlet"),
        ("k8s-topolvm.agent-pod.json", "plan"),
        ("k8s-topolvm.agent-pod.json", "k8s"),
        ("k8s-crd-ollama.agent-pod.json", "crd"),
    ] {
        let pod: Value = support::example(pod_file);
        let pod_id = pod["id"].as_str().unwrap();
        let pod_file = format!("examples/{pod_file}");
        let render = |args: &[&str]| render(&pod_file, args);
        let mut bytes = render(&[artifact]);
        let receipt: Value =
            serde_json::from_slice(&render(&["receipt", "--artifact", artifact])).unwrap();
        // docs/renderers.md: `artifact.digest` is the digest of the exact
        // bytes `render <artifact>` emits — for the plan, printed as canonical
        // JSON plus one newline, the canonical bytes without that newline.
        if artifact == "plan" {
            assert_eq!(bytes.pop(), Some(b'\n'), "the plan ends in one newline");
            assert_ne!(bytes.last(), Some(&b'\n'));
        }
        let artifact_digest = format!("sha256:{}", sha256(&bytes));
        assert_eq!(
            receipt["artifact"]["digest"], artifact_digest,
            "{artifact}: artifact.digest"
        );
        let seed = format!(
            "agent-machine/deployment-receipt/v1\n{pod_id}\n{artifact_digest}\n{}\n{}",
            "agent-machine",
            env!("CARGO_PKG_VERSION")
        );
        let expected = format!(
            "urn:srcos:agent-machine:deployment-receipt:{}",
            &sha256(seed.as_bytes())[..32]
        );
        assert_eq!(receipt["receiptId"], expected, "{artifact}: receiptId");
        if (pod_id, artifact)
            == (
                "urn:srcos:agent-machine:agent-pod:local-podman-llama-cpp",
                "quadlet",
            )
        {
            // The example receipt and the example admission name this id.
            let example: Value =
                support::example("local-podman-llama-cpp-quadlet.deployment-receipt.json");
            let admission: Value = support::example("allowed-activation.policy-admission.json");
            assert_eq!(example["receiptId"], expected);
            assert_eq!(admission["request"]["deploymentReceiptId"], expected);
        }
    }
}

/// The accelerator table of `render::accelerators`, on both surfaces: what a
/// required accelerator becomes, what is refused with its rule and pointer,
/// and what an optional one or a count of 0 leaves out with a warning.
#[test]
fn required_accelerators_become_devices_and_resources_and_nothing_else() {
    type Expect = Result<(&'static [&'static str], &'static [&'static str]), &'static str>;
    // (accelerators, Quadlet: AddDevice lines or the refusal's pointer,
    //  Kubernetes: limits or the refusal's pointer, warnings expected)
    let cases: &[(Value, Expect, Expect, usize)] = &[
        (
            json!([{"type": "cpu", "required": true}]),
            Ok((&[], &[])),
            Ok((&[], &[])),
            0,
        ),
        (
            json!([{"type": "cuda", "required": true, "count": 2}]),
            Ok((&["nvidia.com/gpu=0", "nvidia.com/gpu=1"], &[])),
            Ok((&[], &[r#"nvidia.com/gpu: "2""#])),
            0,
        ),
        (
            json!([{"type": "cuda", "required": true}]),
            Ok((&["nvidia.com/gpu=all"], &[])),
            Ok((&[], &[r#"nvidia.com/gpu: "1""#])),
            0,
        ),
        // Required entries of one type add up; an optional one adds nothing
        // (and is named in a warning).
        (
            json!([{"type": "cuda", "required": false, "count": 1},
                   {"type": "cuda", "required": true, "count": 2}]),
            Ok((&["nvidia.com/gpu=0", "nvidia.com/gpu=1"], &[])),
            Ok((&[], &[r#"nvidia.com/gpu: "2""#])),
            1,
        ),
        // An entry without a count: every device locally, one in Kubernetes.
        (
            json!([{"type": "cuda", "required": true},
                   {"type": "cuda", "required": true, "count": 2}]),
            Ok((&["nvidia.com/gpu=all"], &[])),
            Ok((&[], &[r#"nvidia.com/gpu: "3""#])),
            0,
        ),
        // A required count of 0 takes nothing from an optional entry.
        (
            json!([{"type": "cuda", "required": false, "count": 4},
                   {"type": "cuda", "required": true, "count": 0}]),
            Ok((&[], &[])),
            Ok((&[], &[])),
            2,
        ),
        (
            json!([{"type": "rocm", "required": true, "count": 1}]),
            Ok((&["/dev/kfd", "/dev/dri"], &[])),
            Ok((&[], &[r#"amd.com/gpu: "1""#])),
            0,
        ),
        (
            json!([{"type": "vulkan", "required": true}]),
            Ok((&["/dev/dri"], &[])),
            Err("/resources/accelerators/0/type"),
            0,
        ),
        (
            json!([{"type": "cpu", "required": true}, {"type": "metal", "required": true}]),
            Err("/resources/accelerators/1/type"),
            Err("/resources/accelerators/1/type"),
            0,
        ),
        (
            json!([{"type": "mlx", "required": true}]),
            Err("/resources/accelerators/0/type"),
            Err("/resources/accelerators/0/type"),
            0,
        ),
        (
            json!([{"type": "unknown", "required": true}]),
            Err("/resources/accelerators/0/type"),
            Err("/resources/accelerators/0/type"),
            0,
        ),
        (
            json!([{"type": "cuda", "required": true, "count": 65}]),
            Err("/resources/accelerators/0/count"),
            Err("/resources/accelerators/0/count"),
            0,
        ),
        // Optional accelerators and a count of 0: nothing, and a warning each.
        (
            json!([{"type": "cuda", "required": false, "count": 1},
                   {"type": "metal", "required": false},
                   {"type": "rocm", "required": true, "count": 0}]),
            Ok((&[], &[])),
            Ok((&[], &[])),
            3,
        ),
    ];
    for (i, (accelerators, quadlet, kubernetes, warnings)) in cases.iter().enumerate() {
        for (artifact, expect) in [
            (Artifact::Quadlet, quadlet),
            (Artifact::Kubernetes, kubernetes),
        ] {
            let pod = pod_from("local-vllm-multiport.agent-pod.json", |v| {
                v["resources"]["accelerators"] = accelerators.clone();
                if artifact == Artifact::Kubernetes {
                    v["podType"] = json!("kubernetes-pod");
                    v["runtime"]["networkMode"] = json!("kubernetes-service");
                    for port in v["ports"].as_array_mut().unwrap() {
                        port["exposure"] = json!("cluster");
                    }
                }
            });
            let result = render_pod(&pod, artifact);
            match (expect, result) {
                (Ok((devices, limits)), Ok(r)) => {
                    let rendered: Vec<&str> = r
                        .text
                        .lines()
                        .filter_map(|l| l.strip_prefix("AddDevice="))
                        .collect();
                    assert_eq!(rendered, *devices, "case {i} {artifact}");
                    let gpu_lines: Vec<&str> = r
                        .text
                        .lines()
                        .map(str::trim)
                        .filter(|l| l.starts_with("nvidia.com/") || l.starts_with("amd.com/"))
                        .collect();
                    assert_eq!(gpu_lines, *limits, "case {i} {artifact}");
                    let accelerator_warnings = r
                        .warnings
                        .iter()
                        .filter(|w| w.contains("/resources/accelerators/"))
                        .count();
                    assert_eq!(
                        accelerator_warnings, *warnings,
                        "case {i} {artifact}: {:?}",
                        r.warnings
                    );
                }
                (Err(pointer), Err(errors)) => {
                    let found: Vec<(&str, &str)> = errors
                        .iter()
                        .map(|e| (e.pointer.as_str(), e.rule.code()))
                        .collect();
                    assert_eq!(found, [(*pointer, "accelerator")], "case {i} {artifact}");
                }
                (expect, result) => {
                    panic!("case {i} {artifact}: expected {expect:?}, got {result:?}")
                }
            }
        }
    }
}

/// An item that asks to write but is mounted read-only is never silent: model
/// weights are always read-only, and a tier granting read-only access narrows
/// the item — each says so in a warning, and the mount is what it says.
#[test]
fn an_item_narrowed_to_read_only_says_so() {
    let pod = pod_from("local-podman-llama-cpp.agent-pod.json", |v| {
        v["storage"][0]["accessMode"] = json!("read-write");
    });
    let r = render_pod(&pod, Artifact::Quadlet).unwrap();
    assert!(r.text.contains(":/models:ro,z\n"), "{}", r.text);
    let narrowed: Vec<&String> = r
        .warnings
        .iter()
        .filter(|w| w.contains("asks read-write but is mounted read-only"))
        .collect();
    assert_eq!(narrowed.len(), 1, "{:?}", r.warnings);
    assert!(
        narrowed[0].starts_with("storage item /storage/0 ") && narrowed[0].contains("Ollama"),
        "{}",
        narrowed[0]
    );

    // The warm cache's tier grants read-only access.
    let pod: AgentPod = support::example("local-podman-llama-cpp.agent-pod.json");
    let mut tiers = support::example_tiers();
    for t in tiers.iter_mut() {
        if t.id.as_str() == "urn:srcos:agent-machine:cache-tier:workstation-warm-cache" {
            let mut value = serde_json::to_value(&*t).unwrap();
            value["mount"]["mode"] = json!("read-only");
            *t = serde_json::from_value(value).unwrap();
        }
    }
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let r = render::render(Artifact::Quadlet, &Input::new(&pod, &source, &tiers)).unwrap();
    assert!(r.text.contains(":/var/cache/agent/kv:ro,z\n"), "{}", r.text);
    let narrowed: Vec<&String> = r
        .warnings
        .iter()
        .filter(|w| w.contains("asks read-write but is mounted read-only"))
        .collect();
    assert_eq!(
        narrowed,
        [
            "storage item /storage/1 asks read-write but is mounted read-only: its CacheTier grants read-only access"
        ],
        "{:?}",
        r.warnings
    );

    // As asked: no word.
    let pod: AgentPod = support::example("local-podman-llama-cpp.agent-pod.json");
    let r = render_pod(&pod, Artifact::Quadlet).unwrap();
    assert!(
        !r.warnings.iter().any(|w| w.contains("mounted read-only")),
        "{:?}",
        r.warnings
    );
}

/// `validate` accepting a pod is not a promise `render` cannot keep: what the
/// renderer of the pod's surface would refuse is a warning with the pointer
/// and the render rule, and a pod that renders has none.
#[test]
fn validate_warns_where_render_would_refuse() {
    let warnings = |edit: &dyn Fn(&mut Value)| -> Vec<(String, String)> {
        let mut value: Value = support::example("local-podman-llama-cpp.agent-pod.json");
        edit(&mut value);
        let doc = agent_machine::base::input::parse_document(
            "pod.json".into(),
            serde_json::to_string_pretty(&value).unwrap().as_bytes(),
            agent_machine::base::json::Limits::default(),
        )
        .unwrap();
        let report = agent_machine::governance::validate::validate(&doc, Default::default());
        assert!(report.is_valid(), "{:?}", report.diagnostics);
        report
            .warnings
            .into_iter()
            .map(|d| (d.pointer, d.rule))
            .collect()
    };
    let at = |pointer: &str, rule: &str| vec![(pointer.to_string(), rule.to_string())];
    assert_eq!(warnings(&|_| {}), []);
    assert_eq!(
        warnings(&|v| v["workload"]["name"] = json!("my ollama")),
        at("/workload/name", "render/container-name")
    );
    assert_eq!(
        warnings(&|v| v["ports"][0]["exposure"] = json!("host")),
        at("/ports/0/exposure", "render/exposure")
    );
    assert_eq!(
        warnings(&|v| v["resources"]["accelerators"] = json!([{"type": "metal", "required": true}])),
        at("/resources/accelerators/0/type", "render/accelerator")
    );
    assert_eq!(
        warnings(&|v| v["runtime"]["networkMode"] = json!("kubernetes-service")),
        at("/runtime/networkMode", "render/network")
    );
}

/// Every podType of the contract validates and renders for its surface
/// without a panic (the plan for the types no renderer targets): one pod of
/// each, through the library and through the CLI.
#[test]
fn every_pod_type_validates_and_renders_its_surface() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(support::root().join("contracts/agent-pod.schema.json")).unwrap(),
    )
    .unwrap();
    let types: Vec<String> = schema["properties"]["podType"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    assert!(types.len() >= 6, "{types:?}");
    let dir = support::scratch("every-pod-type");
    for pod_type in &types {
        let mut value: Value = support::example("local-podman-llama-cpp.agent-pod.json");
        value["podType"] = json!(pod_type);
        let file = dir.join(format!("{pod_type}.agent-pod.json"));
        std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap()).unwrap();
        for args in [
            &["validate"][..],
            &["render", "plan"][..],
            &["render", "receipt", "--artifact", "plan"][..],
        ] {
            let out = Command::new(support::bin())
                .args(args)
                .arg(&file)
                .output()
                .unwrap();
            assert!(
                matches!(out.status.code(), Some(0..=2)),
                "{pod_type} {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                !String::from_utf8_lossy(&out.stderr).contains("panicked"),
                "{pod_type} {args:?}"
            );
        }
        let pod: AgentPod = serde_json::from_value(value).unwrap();
        let surface = Artifact::surface(pod.pod_type);
        let rendered = render_pod(&pod, surface);
        if surface == Artifact::Plan {
            assert!(rendered.is_ok(), "{pod_type}: {rendered:?}");
        }
    }
}

/// `sha256:<hex>` of `bytes`, computed here rather than by the library.
fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let hex: String = sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

fn run_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(support::bin())
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A successful `render --out` writes exactly the bytes the same render
/// prints on stdout — for every artifact —, replaces an older file, says
/// where it wrote and the digest of those bytes, prints nothing on stdout,
/// and leaves nothing else (no temporary file) in the directory.
#[test]
fn render_out_writes_exactly_what_stdout_shows() {
    let root = support::root();
    let out_dir = support::scratch("render-out-success");
    let cases = [
        ("plan", "local-podman-llama-cpp", "plan.json"),
        ("receipt", "local-podman-llama-cpp", "receipt.json"),
        ("quadlet", "local-podman-llama-cpp", "unit.container"),
        ("k8s", "k8s-topolvm", "manifests.yaml"),
        ("crd", "k8s-crd-ollama", "crd.yaml"),
    ];
    for (what, example, file) in cases {
        let pod = format!("examples/{example}.agent-pod.json");
        let base = ["render", what, pod.as_str(), "--cache-tier", "examples"];
        let stdout = run_in(&root, &base);
        assert_eq!(stdout.status.code(), Some(0), "{what}");
        assert!(!stdout.stdout.is_empty());
        let target = out_dir.join(file);
        // An older file at the destination is replaced.
        std::fs::write(&target, "old\n").unwrap();
        let mut args = base.to_vec();
        args.extend(["--out", target.to_str().unwrap()]);
        let written = run_in(&root, &args);
        let stderr = String::from_utf8_lossy(&written.stderr).into_owned();
        assert_eq!(written.status.code(), Some(0), "{what}: {stderr}");
        assert!(written.stdout.is_empty(), "{what}");
        let bytes = std::fs::read(&target).unwrap();
        assert!(
            bytes == stdout.stdout,
            "{what}: --out holds the stdout bytes:\n{}\n---\n{}",
            String::from_utf8_lossy(&bytes),
            String::from_utf8_lossy(&stdout.stdout)
        );
        // The digest named is the artifact's: over the exact bytes for a
        // unit or a manifest stream, over the canonical plan (no newline).
        let digest = match what {
            "plan" => sha256(bytes.strip_suffix(b"\n").unwrap()),
            "receipt" => {
                let receipt: Value = serde_json::from_slice(&bytes).unwrap();
                receipt["artifact"]["digest"].as_str().unwrap().to_string()
            }
            _ => sha256(&bytes),
        };
        assert!(
            stderr.ends_with(&format!("render: wrote {} ({digest})\n", target.display())),
            "{what}: {stderr}"
        );
    }
    assert_eq!(
        listing(&out_dir),
        [
            "crd.yaml",
            "manifests.yaml",
            "plan.json",
            "receipt.json",
            "unit.container"
        ],
        "nothing but the artifacts: no temporary file left behind"
    );
}

/// A render that cannot finish writing (the file-size limit cuts the write
/// short) and renders that are refused leave no partial artifact: the old
/// file at the destination is intact and no temporary file is left in the
/// directory.
#[test]
fn a_failed_render_leaves_no_partial_artifact() {
    let root = support::root();
    let out_dir = support::scratch("render-out-failure");
    let target = out_dir.join("manifests.yaml");
    std::fs::write(&target, "old\n").unwrap();

    // SIGXFSZ ignored and a 1-block limit: the write fails with EFBIG after
    // the temporary file was created and partly written.
    let command = format!(
        "trap '' XFSZ; ulimit -f 1; exec '{}' render k8s examples/k8s-topolvm.agent-pod.json --cache-tier examples --out '{}'",
        support::bin().display(),
        target.display()
    );
    let cut = Command::new("/bin/sh")
        .args(["-c", &command])
        .current_dir(&root)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&cut.stderr);
    assert_eq!(cut.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.lines().last().unwrap().starts_with(&format!(
            "agent-machine render: {}: cannot write: ",
            target.display()
        )),
        "{stderr}"
    );
    assert!(cut.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
    assert_eq!(listing(&out_dir), ["manifests.yaml"], "no temporary file");
    // The limit alone is what failed it: the whole artifact is larger.
    let full = run_in(
        &root,
        &[
            "render",
            "k8s",
            "examples/k8s-topolvm.agent-pod.json",
            "--cache-tier",
            "examples",
        ],
    );
    assert!(full.stdout.len() > 1024);

    // Refused renders — posture (host exposure without an admission) and
    // validation (an invalid pod) — of every artifact write nothing.
    let mut pod: Value = support::example("local-podman-llama-cpp.agent-pod.json");
    pod["ports"][0]["exposure"] = json!("host");
    let host = out_dir.join("host.json.in");
    std::fs::write(&host, serde_json::to_string(&pod).unwrap()).unwrap();
    let mut k8s: Value = support::example("k8s-topolvm.agent-pod.json");
    k8s["ports"][0]["exposure"] = json!("host");
    let k8s_host = out_dir.join("k8s-host.json.in");
    std::fs::write(&k8s_host, serde_json::to_string(&k8s).unwrap()).unwrap();
    pod["ports"][0]["containerPort"] = json!(0);
    let invalid = out_dir.join("invalid.json.in");
    std::fs::write(&invalid, serde_json::to_string(&pod).unwrap()).unwrap();
    for (what, input) in [
        ("quadlet", &host),
        ("k8s", &k8s_host),
        ("plan", &invalid),
        ("receipt", &invalid),
        ("quadlet", &invalid),
    ] {
        let out = run_in(
            &root,
            &[
                "render",
                what,
                input.to_str().unwrap(),
                "--cache-tier",
                "examples",
                "--out",
                target.to_str().unwrap(),
            ],
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{what} {input:?}: {stderr}");
        assert!(out.stdout.is_empty());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
    }
    assert_eq!(
        listing(&out_dir),
        [
            "host.json.in",
            "invalid.json.in",
            "k8s-host.json.in",
            "manifests.yaml"
        ],
        "nothing written, no temporary file"
    );
}

/// An allowed admission for this pod that lists `host` turns a host port of
/// a Kubernetes pod into a NodePort Service; without it, or with one that
/// does not list `host`, the render is refused.
#[test]
fn admitted_host_exposure_renders_a_node_port_service() {
    let pod = pod_from("k8s-topolvm.agent-pod.json", |v| {
        v["ports"][0]["exposure"] = json!("host");
    });
    let mut admission: Value = support::example("allowed-render.policy-admission.json");
    admission["request"]["agentPodId"] = json!(pod.id.as_str());
    admission["scope"]["allowed"]["networkExposure"] = json!(["cluster", "host"]);
    admission["scope"]["denied"]["networkExposure"] = json!(["ingress"]);
    let admission: agent_machine::contracts::PolicyAdmission =
        serde_json::from_value(admission).unwrap();
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let tiers = support::example_tiers();
    let input = Input {
        admission: Some(&admission),
        ..Input::new(&pod, &source, &tiers)
    };
    let text = render::render(Artifact::Kubernetes, &input).unwrap().text;
    let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
    let services: Vec<&Value> = docs.iter().filter(|d| d["kind"] == "Service").collect();
    assert_eq!(services.len(), 1, "{text}");
    assert_eq!(services[0]["spec"]["type"], "NodePort");
    assert_eq!(
        services[0]["spec"]["ports"],
        json!([{"name": "http", "port": 8080, "protocol": "TCP", "targetPort": "http"}])
    );
    // Cluster exposure stays a ClusterIP Service.
    let cluster: AgentPod = support::example("k8s-topolvm.agent-pod.json");
    let text = render_pod(&cluster, Artifact::Kubernetes).unwrap().text;
    let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
    let service = docs.iter().find(|d| d["kind"] == "Service").unwrap();
    assert_eq!(service["spec"]["type"], "ClusterIP");

    // No admission: refused.
    let err = &render_pod(&pod, Artifact::Kubernetes).unwrap_err()[0];
    assert_eq!(
        (err.pointer.as_str(), err.rule.code()),
        ("/ports/0/exposure", "exposure")
    );
    // An admission that does not list host: refused, saying so.
    let mut narrow = admission.clone();
    narrow.scope.allowed.network_exposure = serde_json::from_value(json!(["cluster"])).unwrap();
    let input = Input {
        admission: Some(&narrow),
        ..Input::new(&pod, &source, &tiers)
    };
    let err = &render::render(Artifact::Kubernetes, &input).unwrap_err()[0];
    assert_eq!(
        (err.pointer.as_str(), err.rule.code(), err.message.as_str()),
        (
            "/ports/0/exposure",
            "exposure",
            "exposure host needs an admission: the admission does not list host in scope.allowed.networkExposure"
        )
    );
}

/// `pod/unique-container-port` and `pod/unique-host-port`, each triggered
/// alone, with its pointer — also the implicit host port of a published port
/// without `hostPort` — and a pod with distinct ports passes.
#[test]
fn ports_sharing_a_container_or_host_port_are_refused() {
    use agent_machine::rules::semantics::check_agent_pod;
    let local = "local-podman-llama-cpp.agent-pod.json";
    let findings = |pod: &AgentPod| -> Vec<(String, &'static str)> {
        match check_agent_pod(pod) {
            Ok(_) => Vec::new(),
            Err(f) => f.into_iter().map(|f| (f.pointer, f.rule.code())).collect(),
        }
    };
    let with_second = |second: Value| {
        pod_from(local, move |v| {
            // /ports/0: container port 8080 published on host port 18080.
            assert_eq!(v["ports"][0]["containerPort"], 8080);
            v["ports"][0]["hostPort"] = json!(18080);
            v["ports"].as_array_mut().unwrap().push(second);
        })
    };

    // Distinct numbers: no finding.
    let distinct = with_second(
        json!({"name": "metrics", "containerPort": 9090, "hostPort": 19090, "exposure": "loopback"}),
    );
    assert_eq!(findings(&distinct), []);

    // The same container port, another host port.
    let same_container = with_second(
        json!({"name": "metrics", "containerPort": 8080, "hostPort": 19090, "exposure": "loopback"}),
    );
    assert_eq!(
        findings(&same_container),
        [(
            "/ports/1/containerPort".to_string(),
            "pod/unique-container-port"
        )]
    );

    // Another container port, the same host port.
    let same_host = with_second(
        json!({"name": "metrics", "containerPort": 9090, "hostPort": 18080, "exposure": "loopback"}),
    );
    assert_eq!(
        findings(&same_host),
        [("/ports/1/hostPort".to_string(), "pod/unique-host-port")]
    );

    // A published port without hostPort publishes on its container port:
    // 18080 is taken by /ports/0's hostPort.
    let implicit =
        with_second(json!({"name": "metrics", "containerPort": 18080, "exposure": "loopback"}));
    assert_eq!(
        findings(&implicit),
        [("/ports/1/containerPort".to_string(), "pod/unique-host-port")]
    );
    // Unpublished (exposure none), it takes no host port.
    let unpublished =
        with_second(json!({"name": "metrics", "containerPort": 18080, "exposure": "none"}));
    assert_eq!(findings(&unpublished), []);

    // render refuses them with the same rule.
    let err = &render_pod(&same_host, Artifact::Quadlet).unwrap_err()[0];
    assert_eq!(
        (err.pointer.as_str(), err.rule.code()),
        ("/ports/1/hostPort", "pod/unique-host-port")
    );
}

/// The keys a `JSONSchemaProps` of `apiextensions.k8s.io/v1` has: anything
/// else (`const`, `$defs`, `prefixItems`, `if`…) is unknown to the API server.
const JSON_SCHEMA_PROPS: &[&str] = &[
    "id",
    "$schema",
    "$ref",
    "description",
    "type",
    "format",
    "title",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "multipleOf",
    "enum",
    "maxProperties",
    "minProperties",
    "required",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "properties",
    "additionalProperties",
    "patternProperties",
    "dependencies",
    "additionalItems",
    "definitions",
    "externalDocs",
    "example",
    "nullable",
    "x-kubernetes-preserve-unknown-fields",
    "x-kubernetes-embedded-resource",
    "x-kubernetes-int-or-string",
    "x-kubernetes-list-map-keys",
    "x-kubernetes-list-type",
    "x-kubernetes-map-type",
    "x-kubernetes-validations",
];

/// What Kubernetes refuses in a CRD's `openAPIV3Schema`, as (pointer,
/// problem): the structural-schema rules (KEP-2335: a non-empty `type` on
/// the root, every property, additionalProperties and items, unless
/// `x-kubernetes-int-or-string` or `x-kubernetes-preserve-unknown-fields`;
/// inside `allOf`/`anyOf`/`oneOf`/`not` no `description`, `type`,
/// `default`, `additionalProperties` or `nullable`, and no field or item that
/// is not also specified outside; `metadata` restricted to `name` and
/// `generateName`) and the API server's static checks of apiextensions v1
/// (`ValidateCustomResourceDefinitionOpenAPISchema`: no `uniqueItems: true`;
/// `additionalProperties` and `properties` mutually exclusive, and none at
/// the root; no `id`, `$ref`, `definitions`, `dependencies`,
/// `patternProperties`, `additionalItems`; `type` one of the OpenAPI v3
/// types, never `null`; `items` a schema, not an array; boolean
/// `exclusiveMinimum`/`exclusiveMaximum`; `x-kubernetes-preserve-unknown-fields`
/// true or absent), and no key a `JSONSchemaProps` does not have.
fn structural_problems(schema: &Value) -> Vec<(String, String)> {
    fn node(s: &Value, at: &str, root: bool, junctor: bool, out: &mut Vec<(String, String)>) {
        let mut bad = |what: &str| out.push((at.to_string(), what.to_string()));
        let Some(obj) = s.as_object() else {
            bad("a schema is an object");
            return;
        };
        for key in obj.keys() {
            if !JSON_SCHEMA_PROPS.contains(&key.as_str()) {
                bad(&format!("{key} is not a JSONSchemaProps field"));
            }
        }
        for key in [
            "id",
            "$schema",
            "$ref",
            "definitions",
            "dependencies",
            "patternProperties",
            "additionalItems",
        ] {
            if obj.contains_key(key) {
                bad(&format!("{key} is not supported"));
            }
        }
        if obj.get("uniqueItems") == Some(&Value::Bool(true)) {
            bad("uniqueItems cannot be true");
        }
        if obj.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(false)) {
            bad("x-kubernetes-preserve-unknown-fields must be true or absent");
        }
        for key in ["exclusiveMinimum", "exclusiveMaximum", "nullable"] {
            if obj.get(key).is_some_and(|v| !v.is_boolean()) {
                bad(&format!("{key} is a boolean in OpenAPI v3.0"));
            }
        }
        let escape = obj.get("x-kubernetes-int-or-string") == Some(&Value::Bool(true))
            || obj.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(true));
        let types = ["array", "boolean", "integer", "number", "object", "string"];
        match obj.get("type") {
            None if junctor || escape => {}
            None => bad("no type"),
            Some(Value::String(t)) if types.contains(&t.as_str()) && junctor => {
                bad("type inside a logical junctor")
            }
            Some(Value::String(t)) if types.contains(&t.as_str()) => {}
            Some(other) => bad(&format!("type {other} is not one OpenAPI v3 type")),
        }
        if junctor {
            for key in ["description", "default", "additionalProperties", "nullable"] {
                if obj.contains_key(key) {
                    bad(&format!("{key} inside a logical junctor"));
                }
            }
        }
        if root && obj.get("type") != Some(&json!("object")) {
            bad("the root is an object");
        }
        let props = obj.get("properties").and_then(Value::as_object);
        if let Some(additional) = obj.get("additionalProperties") {
            if props.is_some_and(|p| !p.is_empty()) {
                bad("additionalProperties and properties are mutually exclusive");
            }
            if root {
                bad("additionalProperties at the root");
            }
            match additional {
                Value::Object(_) => node(
                    additional,
                    &format!("{at}/additionalProperties"),
                    false,
                    junctor,
                    out,
                ),
                Value::Bool(true) => {}
                _ => out.push((
                    at.to_string(),
                    "additionalProperties is a schema or true".into(),
                )),
            }
        }
        if let Some(props) = props {
            for (name, sub) in props {
                let here = format!("{at}/properties/{name}");
                node(sub, &here, false, junctor, out);
                if root && name == "metadata" {
                    let meta = sub.as_object().unwrap();
                    let extra: Vec<&String> = meta
                        .keys()
                        .filter(|k| !["type", "properties"].contains(&k.as_str()))
                        .collect();
                    let named: Vec<&String> = meta
                        .get("properties")
                        .and_then(Value::as_object)
                        .map(|p| p.keys().collect())
                        .unwrap_or_default();
                    if !extra.is_empty()
                        || named
                            .iter()
                            .any(|k| !["name", "generateName"].contains(&k.as_str()))
                    {
                        out.push((here, "metadata restricts only name and generateName".into()));
                    }
                }
            }
        }
        match obj.get("items") {
            None => {}
            Some(items @ Value::Object(_)) => {
                node(items, &format!("{at}/items"), false, junctor, out)
            }
            Some(_) => out.push((at.to_string(), "items is a schema, not an array".into())),
        }
        for key in ["allOf", "anyOf", "oneOf", "not"] {
            let Some(subs) = obj.get(key) else { continue };
            let subs: Vec<&Value> = match subs {
                Value::Array(a) => a.iter().collect(),
                one => vec![one],
            };
            for (i, sub) in subs.into_iter().enumerate() {
                let here = format!("{at}/{key}/{i}");
                node(sub, &here, false, true, out);
                // A field or item specified inside must be specified outside.
                for name in sub
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flat_map(|p| p.keys())
                {
                    if !props.is_some_and(|p| p.contains_key(name)) {
                        out.push((
                            format!("{here}/properties/{name}"),
                            "specified only inside a logical junctor".into(),
                        ));
                    }
                }
                if sub.get("items").is_some() && obj.get("items").is_none() {
                    out.push((
                        format!("{here}/items"),
                        "specified only inside a logical junctor".into(),
                    ));
                }
            }
        }
    }
    let mut out = Vec::new();
    node(schema, "", true, false, &mut out);
    out
}

/// The CRD's schema is a Kubernetes structural schema (and passes the API
/// server's static checks) — not merely a schema a draft 2020-12 validator
/// compiles, which would accept `const`, `uniqueItems`, a missing `type` or
/// `additionalProperties: false` beside `properties`. The checker itself is
/// shown to catch each of those.
#[test]
fn the_crd_schema_is_a_kubernetes_structural_schema() {
    let pod: AgentPod = support::example("k8s-crd-ollama.agent-pod.json");
    let text = render_pod(&pod, Artifact::Crd).unwrap().text;
    let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
    assert_eq!(docs[0]["kind"], "CustomResourceDefinition");
    let schema = &docs[0]["spec"]["versions"][0]["schema"]["openAPIV3Schema"];
    assert_eq!(structural_problems(schema), []);
    // Every leaf of the contract's spec is reached with a type: the walk saw
    // the whole schema, not an empty one.
    let typed = text.matches("type: ").count();
    assert!(typed > 50, "{typed} typed nodes");

    // The checker catches what a 2020-12 validator lets through.
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut s = schema.clone();
        edit(&mut s);
        structural_problems(&s)
    };
    let spec = "/properties/spec";
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Edit, (String, String))> = vec![
        (
            Box::new(|s| {
                s["properties"]["spec"]["properties"]["podType"]
                    .as_object_mut()
                    .unwrap()
                    .remove("type");
            }),
            (format!("{spec}/properties/podType"), "no type".into()),
        ),
        (
            Box::new(|s| s["properties"]["spec"]["properties"]["podType"]["const"] = json!("x")),
            (
                format!("{spec}/properties/podType"),
                "const is not a JSONSchemaProps field".into(),
            ),
        ),
        (
            Box::new(|s| {
                s["properties"]["spec"]["properties"]["ports"]["uniqueItems"] = json!(true)
            }),
            (
                format!("{spec}/properties/ports"),
                "uniqueItems cannot be true".into(),
            ),
        ),
        (
            Box::new(|s| s["properties"]["spec"]["additionalProperties"] = json!(false)),
            (
                spec.to_string(),
                "additionalProperties and properties are mutually exclusive".into(),
            ),
        ),
        (
            Box::new(|s| {
                s["properties"]["spec"]["properties"]["id"]["type"] = json!(["string", "null"])
            }),
            (
                format!("{spec}/properties/id"),
                r#"type ["string","null"] is not one OpenAPI v3 type"#.into(),
            ),
        ),
        (
            Box::new(|s| s["properties"]["spec"]["properties"]["id"]["$ref"] = json!("#/x")),
            (
                format!("{spec}/properties/id"),
                "$ref is not supported".into(),
            ),
        ),
        (
            Box::new(|s| {
                s["properties"]["spec"]["anyOf"] =
                    json!([{"properties": {"elsewhere": {"type": "string"}}}])
            }),
            (
                format!("{spec}/anyOf/0/properties/elsewhere"),
                "specified only inside a logical junctor".into(),
            ),
        ),
        (
            Box::new(|s| {
                s["properties"]["metadata"]["properties"] = json!({"labels": {"type": "object"}})
            }),
            (
                "/properties/metadata".into(),
                "metadata restricts only name and generateName".into(),
            ),
        ),
    ];
    for (edit, expected) in cases {
        let problems = broken(&*edit);
        assert!(problems.contains(&expected), "{expected:?} in {problems:?}");
    }
}

/// Every file under `dir`, by path relative to it, with its bytes.
fn tree(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(
        base: &std::path::Path,
        dir: &std::path::Path,
        out: &mut std::collections::BTreeMap<String, Vec<u8>>,
    ) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// `render all` writes, for every pod, each artifact of its surface and a
/// receipt for each — byte for byte what the single-pod commands print —
/// and the same tree on one thread as on four.
#[test]
fn render_all_matches_one_by_one_rendering_on_any_number_of_threads() {
    let root = support::root();
    let scratch = support::scratch("render-all");
    let mut trees = Vec::new();
    for jobs in ["1", "4"] {
        let out = scratch.join(format!("jobs-{jobs}"));
        let o = run_in(
            &root,
            &[
                "render",
                "all",
                "examples",
                "--cache-tier",
                "examples",
                "--jobs",
                jobs,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(o.stdout.is_empty());
        trees.push(tree(&out));
    }
    assert_eq!(trees[0], trees[1], "the files depend on the thread count");
    let files = &trees[0];
    let pods: Vec<std::path::PathBuf> = support::json_files(&root.join("examples"))
        .into_iter()
        .filter(|p| p.to_str().unwrap().ends_with(".agent-pod.json"))
        .collect();
    let mut expected = 0;
    for pod_path in &pods {
        let pod: AgentPod = serde_json::from_slice(&std::fs::read(pod_path).unwrap()).unwrap();
        let name = render::batch::name_of(&pod).to_string();
        let rel = pod_path.strip_prefix(&root).unwrap().to_str().unwrap();
        for artifact in render::batch::artifacts_of(&pod) {
            let what = artifact.name();
            let path = render::batch::artifact_path(&name, artifact);
            let single = run_in(&root, &["render", what, rel, "--cache-tier", "examples"]);
            assert_eq!(single.status.code(), Some(0), "{rel} {what}");
            assert_eq!(files[&path], single.stdout, "{path}");
            let receipt = run_in(
                &root,
                &[
                    "render",
                    "receipt",
                    rel,
                    "--cache-tier",
                    "examples",
                    "--artifact",
                    what,
                    "--artifact-path",
                    &path,
                ],
            );
            let receipt_path = render::batch::receipt_path(&name, artifact);
            assert_eq!(files[&receipt_path], receipt.stdout, "{receipt_path}");
            expected += 2;
        }
    }
    assert_eq!(
        files.len(),
        expected,
        "{:?}",
        files.keys().collect::<Vec<_>>()
    );
    assert!(expected >= 28);
}

/// A refused pod is reported with its path, pointer and rule and gets no
/// file; pods that share an id are all refused; the others are still
/// rendered (exit 1). `render quadlet <dir>` skips the pods of other
/// surfaces; a batch needs `--out`; a link planted in the output directory
/// is never written through.
#[test]
fn a_batch_renders_the_good_pods_and_names_the_refused_ones() {
    let root = support::root();
    let scratch = support::scratch("render-all-refusals");
    let pods = scratch.join("pods");
    std::fs::create_dir_all(&pods).unwrap();
    let good: Value = support::example("local-vllm-multiport.agent-pod.json");
    let write = |name: &str, v: &Value| {
        std::fs::write(pods.join(name), serde_json::to_vec_pretty(v).unwrap()).unwrap()
    };
    write("good.agent-pod.json", &good);
    let mut bad = good.clone();
    bad["id"] = json!("urn:srcos:agent-machine:agent-pod:bad");
    bad["runtime"]["imageOrCommand"] = json!("--privileged");
    write("bad.agent-pod.json", &bad);
    let mut twin = good.clone();
    twin["id"] = json!("urn:srcos:agent-machine:agent-pod:twin");
    write("twin-a.agent-pod.json", &twin);
    write("twin-b.agent-pod.json", &twin);
    // Two pods without an id are refused for that, not as twins.
    for name in ["no-id-a.agent-pod.json", "no-id-b.agent-pod.json"] {
        let mut no_id = good.clone();
        no_id.as_object_mut().unwrap().remove("id");
        write(name, &no_id);
    }
    write(
        "tier.cache-tier.json",
        &support::example::<Value>("gpu-node-models.cache-tier.json"),
    );
    std::fs::write(pods.join("notes.json"), "not json").unwrap();

    let out = scratch.join("out");
    let o = run_in(
        &root,
        &[
            "render",
            "all",
            pods.to_str().unwrap(),
            "--cache-tier",
            "examples",
            "--format",
            "json",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        report["summary"],
        json!({"pods": 7, "rendered": 1, "skipped": 0, "refused": 6, "files": 4})
    );
    let by_path = |suffix: &str| -> Value {
        report["pods"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["path"].as_str().unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("{suffix} not reported: {report}"))
            .clone()
    };
    let rule = |p: &Value| {
        (
            p["diagnostics"][0]["pointer"].as_str().unwrap().to_string(),
            p["diagnostics"][0]["rule"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(by_path("/good.agent-pod.json")["status"], "rendered");
    let bad = by_path("/bad.agent-pod.json");
    assert_eq!(
        rule(&bad),
        (
            "/runtime/imageOrCommand".into(),
            "grammar/image-reference".into()
        )
    );
    for twin in ["/twin-a.agent-pod.json", "/twin-b.agent-pod.json"] {
        assert_eq!(
            rule(&by_path(twin)),
            ("/id".into(), "batch/duplicate-id".into())
        );
    }
    assert_eq!(by_path("/notes.json")["status"], "refused");
    for no_id in ["/no-id-a.agent-pod.json", "/no-id-b.agent-pod.json"] {
        assert_eq!(rule(&by_path(no_id)), ("".into(), "schema/required".into()));
    }
    let written: Vec<String> = tree(&out).into_keys().collect();
    assert_eq!(
        written,
        [
            "plans/local-vllm-multiport.plan.json",
            "quadlet/local-vllm-multiport.container",
            "receipts/local-vllm-multiport.plan.receipt.json",
            "receipts/local-vllm-multiport.quadlet.receipt.json",
        ]
    );

    // `render k8s <dir>`: the local pods are of another surface.
    std::fs::remove_file(pods.join("notes.json")).unwrap();
    let o = run_in(
        &root,
        &[
            "render",
            "k8s",
            pods.to_str().unwrap(),
            "--out",
            scratch.join("k8s").to_str().unwrap(),
        ],
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("skipped (another surface)"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    // No --out, or a flag for one pod: usage errors, nothing written.
    let o = run_in(&root, &["render", "all", pods.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--out <dir>"));
    let o = run_in(
        &root,
        &[
            "render",
            "all",
            "examples",
            "--pretty",
            "--out",
            scratch.join("x").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!scratch.join("x").exists());

    // A link where a subdirectory goes is refused, and nothing lands behind it.
    let trap = scratch.join("trap");
    let elsewhere = scratch.join("elsewhere");
    std::fs::create_dir_all(&trap).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, trap.join("quadlet")).unwrap();
    let o = run_in(
        &root,
        &[
            "render",
            "all",
            pods.join("good.agent-pod.json").to_str().unwrap(),
            "--cache-tier",
            "examples",
            "--out",
            trap.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("not a directory"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none());
}
