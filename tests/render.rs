//! Renderer behaviour beyond the skeletons: generality (any provider, any
//! number of ports), refusals that name the field and rule, escaping, YAML
//! round trips, the CRD schema, and the CLI's write-nothing-on-refusal rule.

mod support;

use std::process::Command;

use agent_machine::contracts::AgentPod;
use agent_machine::render::{self, Artifact, Input, Source, kubernetes, storage};
use serde_json::{Value, json};

fn pod_from(file: &str, edit: impl FnOnce(&mut Value)) -> AgentPod {
    let mut value: Value = support::example(file);
    edit(&mut value);
    serde_json::from_value(value).expect("the edited pod is still a valid AgentPod")
}

fn render_pod(
    pod: &AgentPod,
    artifact: Artifact,
) -> Result<render::Rendered, Vec<render::RenderError>> {
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
    let checked = agent_machine::semantics::check_agent_pod(&pod).unwrap();
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
        let checked = agent_machine::semantics::check_agent_pod(&pod).unwrap();
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
    result: Result<render::Rendered, Vec<render::RenderError>>,
) -> Vec<(String, &'static str)> {
    result
        .expect_err("the render must be refused")
        .into_iter()
        .map(|e| (e.pointer, e.rule))
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
    assert_eq!(resolved[0].volume_class.as_deref(), Some("agent-models"));
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
            .map(|e| (e.pointer.as_str(), e.rule))
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
            .map(|e| (e.pointer.as_str(), e.rule))
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
            .map(|e| (e.pointer.as_str(), e.rule))
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
    assert!(render::names::is_port_name(name) && name.starts_with("openai-com-"));
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
                        .map(|e| (e.pointer.as_str(), e.rule))
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
        let doc = agent_machine::input::parse_document(
            "pod.json".into(),
            serde_json::to_string_pretty(&value).unwrap().as_bytes(),
            agent_machine::json::Limits::default(),
        )
        .unwrap();
        let report = agent_machine::validate::validate(&doc, Default::default());
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
