//! AgentPod v0.2.0 beside v0.1.0 (docs/contracts.md, "Versions and
//! compatibility"): every v0.1.0 document still validates under its own
//! frozen schema and reads into the current type unchanged; the v0.2.0
//! runtime fields (environment, secrets by reference, shared memory, health)
//! render on both surfaces as documented, and every value that could carry
//! something else is refused with its pointer and rule.

use crate::support;

use agent_machine::base::input::Document;
use agent_machine::contracts::{AgentPod, Kind};
use agent_machine::governance::validate::{self, Mode};
use agent_machine::render::{self, Artifact, Input, Source, kubernetes};
use serde_json::{Value, json};

fn document(value: &Value) -> Document {
    let text = serde_json::to_string_pretty(value).unwrap();
    Document {
        source: "pod.json".into(),
        value: value.clone(),
        text,
    }
}

/// `(pointer, rule)` of every diagnostic `validate` reports.
fn refusals(value: &Value) -> Vec<(String, String)> {
    validate::validate(&document(value), Mode::default())
        .diagnostics
        .into_iter()
        .map(|d| (d.pointer, d.rule))
        .collect()
}

fn render_value(value: &Value, artifact: Artifact) -> render::Rendered {
    let pod: AgentPod = serde_json::from_value(value.clone()).unwrap();
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let tiers = support::example_tiers();
    render::render(artifact, &Input::new(&pod, &source, &tiers)).unwrap()
}

/// The v0.1.0 AgentPods: every example of that version and every pod of the
/// SourceOS conformance corpus.
fn v010_pods() -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = support::json_files(&support::root().join("examples"))
        .into_iter()
        .chain(
            support::conformance_dir()
                .map(|d| support::json_files(&d.join("sourceos-v0.1.0")))
                .unwrap_or_default(),
        )
        .filter(|p| p.to_str().unwrap().ends_with(".agent-pod.json"))
        .map(|p| {
            let value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (p.display().to_string(), value)
        })
        .filter(|(_, v): &(String, Value)| v["specVersion"] == "0.1.0")
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn both_versions_are_embedded_and_each_document_is_judged_by_its_own() {
    let versions: Vec<&str> = Kind::AgentPod.versions().map(|c| c.version).collect();
    assert_eq!(versions, ["0.1.0", "0.2.0"]);
    assert_eq!(Kind::AgentPod.info().version, "0.2.0");
    assert_eq!(
        Kind::AgentPod.contract_for(Some("0.1.0")).file,
        "contracts/v0.1.0/agent-pod.schema.json"
    );
    assert_eq!(
        Kind::AgentPod.contract_for(Some("9.9.9")).file,
        "contracts/agent-pod.schema.json"
    );
    // The archived schema is the one v0.1.0 was published as: frozen.
    let archived =
        std::fs::read_to_string(support::root().join("contracts/v0.1.0/agent-pod.schema.json"))
            .unwrap();
    assert!(archived.contains("\"$id\": \"urn:srcos:agent-machine:schema:agent-pod:v0.1.0\""));
    assert!(!archived.contains("secretRefs"));
}

/// The rule of docs/contracts.md: every v0.1.0 document the old reader
/// accepted, the new one accepts, and it means the same: it validates
/// under the v0.1.0 schema and reads into the current type, which writes
/// it back byte for byte (so the renderers see exactly the document).
#[test]
fn every_v010_pod_still_validates_and_reads_into_the_current_type_unchanged() {
    let pods = v010_pods();
    assert!(pods.len() >= 6, "only {} v0.1.0 pods", pods.len());
    for (file, value) in &pods {
        let report = validate::validate(&document(value), Mode::default());
        assert!(report.is_valid(), "{file}: {:?}", report.diagnostics);
        let pod: AgentPod = serde_json::from_value(value.clone())
            .unwrap_or_else(|e| panic!("{file}: the current type refuses it: {e}"));
        assert_eq!(&serde_json::to_value(&pod).unwrap(), value, "{file}");
        assert_eq!(pod.spec_version.to_string(), "0.1.0", "{file}");
    }
}

/// The v0.1.0 schema stays closed: a v0.2.0 field in a v0.1.0 document is
/// refused, and a document must say 0.2.0 to use one.
#[test]
fn a_v020_field_needs_a_v020_document() {
    let mut value: Value = support::example("local-podman-llama-cpp.agent-pod.json");
    value["runtime"]["env"] = json!([{"name": "OLLAMA_HOST", "value": "0.0.0.0"}]);
    assert_eq!(
        refusals(&value),
        [(
            "/runtime/env".to_string(),
            "schema/additionalProperties".to_string()
        )]
    );
    value["specVersion"] = json!("0.2.0");
    assert_eq!(refusals(&value), []);
    // An unknown version is refused, with the versions this build reads.
    value["specVersion"] = json!("0.3.0");
    let report = validate::validate(&document(&value), Mode::default());
    let d = &report.diagnostics[0];
    assert_eq!(
        (d.pointer.as_str(), d.rule.as_str()),
        ("/specVersion", "schema/const")
    );
    assert!(d.hint.as_deref().unwrap().contains("0.1.0, 0.2.0"), "{d:?}");
}

/// Plans and receipts of a v0.1.0 pod are what they were; those of a v0.2.0
/// pod say which contract the source follows (the plan and receipt
/// contracts are v0.1.0 and have no field for it).
#[test]
fn plans_and_receipts_record_a_v020_source_contract() {
    let note =
        "Source contract: AgentPod v0.2.0 (urn:srcos:agent-machine:schema:agent-pod:v0.2.0).";
    let old: Value = support::example("local-vllm-multiport.agent-pod.json");
    let new: Value = support::example("local-vllm-cuda-hf.agent-pod.json");
    let tiers = support::example_tiers();
    for (value, recorded) in [(&old, false), (&new, true)] {
        let pod: AgentPod = serde_json::from_value(value.clone()).unwrap();
        let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
        let input = Input::new(&pod, &source, &tiers);
        for artifact in [Artifact::Plan, Artifact::Quadlet] {
            let rendered = render::render(artifact, &input).unwrap();
            let receipt = render::receipt::render(&input, &rendered, "out", &Default::default());
            let notes = receipt.notes.iter().any(|n| n == note);
            assert_eq!(notes, recorded, "{artifact:?} receipt");
            if artifact == Artifact::Plan {
                assert_eq!(rendered.text.contains(note), recorded, "plan");
            }
        }
    }
    let plan = render_value(&new, Artifact::Plan).text;
    for expected in [
        "Environment: HF_HUB_ENABLE_HF_TRANSFER, VLLM_LOGGING_LEVEL, TOKENIZERS_PARALLELISM.",
        "Secrets by reference (values are never recorded): HF_TOKEN from secret hf-token.",
        "Shared memory (/dev/shm): 8589934592 bytes.",
        "Health: HTTP GET /health on port openai-http.",
    ] {
        assert!(plan.contains(expected), "{expected}\n{plan}");
    }
}

/// The acceptance case: a CUDA vLLM pod with an `HF_TOKEN` secret
/// reference renders the GPU and the secret by name on both surfaces.
#[test]
fn a_cuda_vllm_pod_with_a_token_renders_the_gpu_and_the_secret_by_name() {
    let unit = render_value(
        &support::example("local-vllm-cuda-hf.agent-pod.json"),
        Artifact::Quadlet,
    );
    for line in [
        "AddDevice=nvidia.com/gpu=0\n",
        "Secret=hf-token,type=env,target=HF_TOKEN\n",
        "ShmSize=8589934592\n",
        "Environment=HF_HUB_ENABLE_HF_TRANSFER=0 VLLM_LOGGING_LEVEL=INFO TOKENIZERS_PARALLELISM=false\n",
    ] {
        assert!(unit.text.contains(line), "{line}\n{}", unit.text);
    }
    assert!(
        unit.warnings.iter().any(|w| w.contains("runtime.health")),
        "the health check a unit cannot carry is named: {:?}",
        unit.warnings
    );
    let manifests = render_value(
        &support::example("k8s-vllm-cuda.agent-pod.json"),
        Artifact::Kubernetes,
    );
    let docs: Vec<Value> = serde_saphyr::from_multiple(&manifests.text).unwrap();
    let pod = docs.iter().find(|d| d["kind"] == "Pod").unwrap();
    let c = &pod["spec"]["containers"][0];
    assert_eq!(c["resources"]["limits"]["nvidia.com/gpu"], "1");
    assert_eq!(
        c["env"],
        json!([
            {"name": "HF_HOME", "value": "/var/cache/agent/hf"},
            {"name": "VLLM_LOGGING_LEVEL", "value": "INFO"},
            {"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf-token", "key": "HF_TOKEN"}}}
        ])
    );
    let get = json!({"path": "/health", "port": "openai-http"});
    assert_eq!(
        c["startupProbe"],
        json!({"httpGet": get, "periodSeconds": 10, "failureThreshold": 90})
    );
    assert_eq!(
        c["livenessProbe"],
        json!({"httpGet": get, "periodSeconds": 10, "failureThreshold": 3})
    );
    assert_eq!(
        c["readinessProbe"],
        json!({"httpGet": get, "periodSeconds": 5, "failureThreshold": 1})
    );
    let shm = pod["spec"]["volumes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "shm")
        .unwrap();
    assert_eq!(
        shm["emptyDir"],
        json!({"medium": "Memory", "sizeLimit": "2Gi"})
    );
    assert!(
        c["volumeMounts"]
            .as_array()
            .unwrap()
            .contains(&json!({"name": "shm", "mountPath": "/dev/shm"}))
    );
}

/// What the kubelet would expand (`$(VAR)`, `$$`) reaches the process as
/// written, as under Podman: a `$(HF_TOKEN)` argument stays text and cannot
/// pull the secret into the command line.
#[test]
fn kubernetes_args_and_values_are_not_expanded() {
    let mut value: Value = support::example("k8s-vllm-cuda.agent-pod.json");
    value["runtime"]["args"] = json!(["--api-key", "$(HF_TOKEN)", "cost$$", "$HOME"]);
    value["runtime"]["env"] = json!([{"name": "PROMPT_PREFIX", "value": "$(HF_TOKEN) and $$"}]);
    let text = render_value(&value, Artifact::Kubernetes).text;
    let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
    let c = &docs.iter().find(|d| d["kind"] == "Pod").unwrap()["spec"]["containers"][0];
    assert_eq!(
        c["args"],
        json!(["--api-key", "$$(HF_TOKEN)", "cost$$$$", "$$HOME"])
    );
    let args: Vec<String> = c["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| kubernetes::expanded(a.as_str().unwrap()))
        .collect();
    assert_eq!(args, ["--api-key", "$(HF_TOKEN)", "cost$$", "$HOME"]);
    assert_eq!(
        kubernetes::expanded(c["env"][0]["value"].as_str().unwrap()),
        "$(HF_TOKEN) and $$"
    );
}

/// One change to a pod.
type Edit = Box<dyn Fn(&mut Value)>;

/// Every v0.2.0 value that could carry something else is refused, with the
/// pointer and rule.
#[test]
fn hostile_v020_values_are_refused_with_pointer_and_rule() {
    let base: Value = support::example("local-vllm-cuda-hf.agent-pod.json");
    let cases: Vec<(&str, Edit, &str, &str)> = vec![
        (
            "a credential by value",
            Box::new(|v| v["runtime"]["env"][0] = json!({"name": "HF_TOKEN", "value": "abc"})),
            "/runtime/env/0/value",
            "pod/secret-in-env",
        ),
        (
            "an API key by value",
            Box::new(|v| v["runtime"]["env"][0] = json!({"name": "OPENAI_API_KEY", "value": "x"})),
            "/runtime/env/0/value",
            "pod/secret-in-env",
        ),
        (
            "a secret-shaped value",
            Box::new(|v| {
                v["runtime"]["env"][0] =
                    json!({"name": "EXTRA", "value": "ghp_abcdefghijklmnopqrstuvwxyz0123"})
            }),
            "/runtime/env/0/value",
            "pod/secret-in-spec",
        ),
        (
            "a variable set twice",
            Box::new(|v| v["runtime"]["env"][1]["name"] = json!("HF_HUB_ENABLE_HF_TRANSFER")),
            "/runtime/env/1/name",
            "pod/unique-env-name",
        ),
        (
            "a variable that is also a secret's target",
            Box::new(|v| v["runtime"]["secretRefs"][0]["target"] = json!("VLLM_LOGGING_LEVEL")),
            "/runtime/secretRefs/0/target",
            "pod/unique-env-name",
        ),
        (
            "a lower-case name",
            Box::new(|v| v["runtime"]["env"][0]["name"] = json!("path")),
            "/runtime/env/0/name",
            "schema/pattern",
        ),
        (
            "a newline in a value (a new unit key)",
            Box::new(|v| v["runtime"]["env"][0]["value"] = json!("x\nPodmanArgs=--privileged")),
            "/runtime/env/0/value",
            "schema/pattern",
        ),
        (
            "a secret option smuggled in the name",
            Box::new(|v| {
                v["runtime"]["secretRefs"][0]["name"] = json!("hf-token,type=mount,target=/etc")
            }),
            "/runtime/secretRefs/0/name",
            "schema/pattern",
        ),
        (
            "a secret name too long for a label",
            Box::new(|v| v["runtime"]["secretRefs"][0]["name"] = json!("a".repeat(64))),
            "/runtime/secretRefs/0/name",
            "pod/bounds",
        ),
        (
            "a secret referenced twice",
            Box::new(|v| {
                v["runtime"]["secretRefs"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "hf-token", "target": "SECOND"}))
            }),
            "/runtime/secretRefs/1/name",
            "pod/unique-secret-ref",
        ),
        (
            "shared memory beyond the memory limit",
            Box::new(|v| v["runtime"]["shmSizeBytes"] = json!(68719476737u64)),
            "/runtime/shmSizeBytes",
            "pod/shm-size",
        ),
        (
            "a health check on an undeclared port",
            Box::new(|v| v["runtime"]["health"]["port"] = json!("metrics")),
            "/runtime/health/port",
            "pod/health-port",
        ),
        (
            "a health path with a query or a host",
            Box::new(|v| v["runtime"]["health"]["httpPath"] = json!("//evil.example/?x=1")),
            "/runtime/health/httpPath",
            "schema/pattern",
        ),
        (
            "a Hugging Face token by value",
            Box::new(|v| {
                v["runtime"]["env"][0] =
                    json!({"name": "MODEL_OPT", "value": "hf_AkWvj7FAc9QeWJKY40uvSwMFLZDe1f8rES"})
            }),
            "/runtime/env/0/value",
            "pod/secret-in-spec",
        ),
        (
            "a glued credential name",
            Box::new(|v| {
                v["runtime"]["env"][0] = json!({"name": "PGPASSWORD", "value": "hunter2"})
            }),
            "/runtime/env/0/value",
            "pod/secret-in-env",
        ),
        (
            "a credential behind a location's name",
            Box::new(|v| {
                v["runtime"]["env"][0] = json!({"name": "DB_PASSWORD_FILE", "value": "hunter2"})
            }),
            "/runtime/env/0/value",
            "pod/secret-in-env",
        ),
        (
            "a secret name Podman could read as another secret's ID prefix",
            Box::new(|v| v["runtime"]["secretRefs"][0]["name"] = json!("c1fb9e")),
            "/runtime/secretRefs/0/name",
            "pod/secret-name",
        ),
        (
            "shared memory beyond what Podman can hold",
            Box::new(|v| {
                v["resources"]["memoryBytes"]["limit"] = json!(1u64 << 62);
                v["runtime"]["shmSizeBytes"] = json!(1u64 << 61);
            }),
            "/runtime/shmSizeBytes",
            "pod/shm-size",
        ),
        (
            "a start-up longer than an hour",
            Box::new(|v| v["runtime"]["health"]["startupSeconds"] = json!(3601)),
            "/runtime/health/startupSeconds",
            "pod/bounds",
        ),
    ];
    for (name, edit, pointer, rule) in cases {
        let mut value = base.clone();
        edit(&mut value);
        let found = refusals(&value);
        assert!(
            found.contains(&(pointer.to_string(), rule.to_string())),
            "{name}: expected ({pointer}, {rule}) in {found:?}"
        );
    }
    // Names that mention a credential's location, not the credential, and
    // words that only contain a credential word, are configuration.
    for (name, setting) in [
        ("TOKENIZERS_PARALLELISM", "false"),
        ("KEYBOARD", "us"),
        ("HF_HUB_DISABLE_IMPLICIT_TOKEN", "1"),
        ("GOOGLE_APPLICATION_CREDENTIALS", "/run/secrets/gcp.json"),
        ("SSL_KEY_FILE", "/etc/ssl/private/server.key"),
    ] {
        let mut value = base.clone();
        value["runtime"]["env"] = json!([{"name": name, "value": setting}]);
        assert_eq!(refusals(&value), [], "{name}");
    }

    // A credential pasted with its newline is refused by the schema, and
    // the message does not echo it.
    let mut value = base.clone();
    value["runtime"]["env"][0] = json!({"name": "DB_PASSWORD", "value": "hunter2-xyz\n"});
    let report = validate::validate(&document(&value), Mode::default());
    let shown = format!("{:?}", report.diagnostics);
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("not shown"), "{shown}");

    // A unit too large for systemd to load is refused, not rendered.
    let mut value = base.clone();
    value["runtime"]["env"] = json!(
        (0..128)
            .map(|i| json!({"name": format!("V{i}"), "value": "%".repeat(4096)}))
            .collect::<Vec<_>>()
    );
    let pod: AgentPod = serde_json::from_value(value).unwrap();
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let tiers = support::example_tiers();
    let errors = render::render(Artifact::Quadlet, &Input::new(&pod, &source, &tiers)).unwrap_err();
    assert_eq!(errors[0].rule, "unit-size", "{errors:?}");
}

/// The posture model refuses, on the parsed-back artifacts, what the
/// renderer never writes: a credential by value, a secret mounted as a file,
/// a shared-memory size with a unit, another kind of environment source, an
/// exec probe, a probe sent to another host.
#[test]
fn the_posture_refuses_hand_edited_v020_artifacts() {
    use agent_machine::rules::posture::Posture;
    let value: Value = support::example("local-vllm-cuda-hf.agent-pod.json");
    let pod: AgentPod = serde_json::from_value(value).unwrap();
    let unit = render_value(
        &support::example("local-vllm-cuda-hf.agent-pod.json"),
        Artifact::Quadlet,
    )
    .text;
    let storage = agent_machine::rules::volumes::resolve(&pod, &support::example_tiers()).unwrap();
    let posture = Posture::for_pod(&pod, None).unwrap().with_storage(&storage);
    assert_eq!(posture.check_quadlet(&unit), []);
    for (from, to, rule) in [
        (
            "Tmpfs=/tmp\n",
            "Tmpfs=/tmp\nEnvironment=HF_TOKEN=hf_abc\n",
            "posture/secret",
        ),
        (
            "Secret=hf-token,type=env,target=HF_TOKEN\n",
            "Secret=hf-token,type=mount,target=/etc/shadow\n",
            "posture/podman-flag",
        ),
        (
            "Secret=hf-token,type=env,target=HF_TOKEN\n",
            "Secret=hf-token\n",
            "posture/podman-flag",
        ),
        (
            "ShmSize=8589934592\n",
            "ShmSize=1g\n",
            "posture/podman-flag",
        ),
        (
            "Tmpfs=/tmp\n",
            "Tmpfs=/tmp\nEnvironment=lower=x\n",
            "posture/podman-flag",
        ),
    ] {
        assert!(unit.contains(from), "{from:?}");
        let edited = unit.replacen(from, to, 1);
        let rules: Vec<&str> = posture
            .check_quadlet(&edited)
            .iter()
            .map(|v| v.rule.code())
            .collect();
        assert!(rules.contains(&rule), "{to:?}: {rules:?}");
    }

    let k8s_value: Value = support::example("k8s-vllm-cuda.agent-pod.json");
    let k8s_pod: AgentPod = serde_json::from_value(k8s_value.clone()).unwrap();
    let text = render_value(&k8s_value, Artifact::Kubernetes).text;
    let storage =
        agent_machine::rules::volumes::resolve(&k8s_pod, &support::example_tiers()).unwrap();
    let posture = Posture::for_pod(&k8s_pod, None)
        .unwrap()
        .with_storage(&storage);
    assert_eq!(posture.check_kubernetes(&text), []);
    for (from, to, rule) in [
        (
            "    - name: HF_TOKEN\n      valueFrom:\n        secretKeyRef:\n",
            "    - name: HF_TOKEN\n      valueFrom:\n        configMapKeyRef:\n",
            "posture/unit-shape",
        ),
        (
            "    - name: VLLM_LOGGING_LEVEL\n      value: INFO\n",
            "    - name: VLLM_API_KEY\n      value: sk-local\n",
            "posture/secret",
        ),
        (
            "      httpGet:\n        path: /health\n        port: openai-http\n      periodSeconds: 5\n",
            "      httpGet:\n        host: attacker.example\n        path: /health\n        port: openai-http\n      periodSeconds: 5\n",
            "posture/unit-shape",
        ),
        (
            "      httpGet:\n        path: /health\n        port: openai-http\n      periodSeconds: 5\n",
            "      exec:\n        command: [sh, -c, id]\n      periodSeconds: 5\n",
            "posture/unit-shape",
        ),
    ] {
        assert!(text.contains(from), "{from:?} not in\n{text}");
        let edited = text.replacen(from, to, 1);
        let rules: Vec<&str> = posture
            .check_kubernetes(&edited)
            .iter()
            .map(|v| v.rule.code())
            .collect();
        assert!(rules.contains(&rule), "{to:?}: {rules:?}");
    }
}
