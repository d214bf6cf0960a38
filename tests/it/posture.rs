//! The posture model catches a broken invariant in a parsed-back artifact,
//! whoever produced it: each case breaks one invariant in a real render and
//! expects exactly that rule to fire; the untouched render passes.

use crate::support;

use agent_machine::contracts::AgentPod;
use agent_machine::render::{self, Artifact, Input, Source};
use agent_machine::rules::posture::Posture;
use serde_json::{Value, json};

fn rendered(file: &str, artifact: Artifact) -> (Posture, String) {
    let pod: AgentPod = support::example(file);
    let source = Source::new(file, format!("sha256:{}", "0".repeat(64)));
    let tiers = support::example_tiers();
    let text = render::render(artifact, &Input::new(&pod, &source, &tiers))
        .unwrap()
        .text;
    (Posture::for_pod(&pod, None).unwrap(), text)
}

fn rules(violations: Vec<agent_machine::base::finding::Finding>) -> Vec<&'static str> {
    let mut r: Vec<_> = violations.into_iter().map(|v| v.rule.code()).collect();
    r.dedup();
    r
}

#[test]
fn quadlet_invariants() {
    let (posture, unit) = rendered("local-podman-llama-cpp.agent-pod.json", Artifact::Quadlet);
    assert_eq!(rules(posture.check_quadlet(&unit)), Vec::<&str>::new());
    let cases: &[(&str, &str, &str)] = &[
        ("ReadOnly=true\n", "ReadOnly=false\n", "posture/hardening"),
        ("NoNewPrivileges=true\n", "", "posture/hardening"),
        (
            "DropCapability=all\n",
            "DropCapability=all\nAddCapability=SYS_ADMIN\n",
            "posture/unit-shape",
        ),
        (
            "DropCapability=all\n",
            "DropCapability=NET_RAW\n",
            "posture/capabilities",
        ),
        ("--cpus=8", "--cpus=8 --privileged", "posture/privileged"),
        ("--cpus=8", "--cpus=8 --cap-add=ALL", "posture/podman-flag"),
        (
            "Tmpfs=/tmp\n",
            "Tmpfs=/tmp\nNetwork=host\n",
            "posture/host-network",
        ),
        (
            "PublishPort=127.0.0.1:8080:8080",
            "PublishPort=0.0.0.0:8080:8080",
            "posture/exposure",
        ),
        ("/models:ro,z", "/models:rw,z", "posture/read-only-models"),
        (
            "Tmpfs=/tmp\n",
            "Tmpfs=/tmp\nVolume=/run/user/1000/podman/podman.sock:/run/podman.sock\n",
            "posture/engine-socket",
        ),
        (
            "[Service]\n",
            "[Service]\nExecStartPre=/bin/sh -c id\n",
            "posture/unit-shape",
        ),
        (
            "[Install]\n",
            "[X-Extra]\nKey=value\n[Install]\n",
            "posture/unit-shape",
        ),
        (
            "Label=",
            "Label=auth=\"Bearer abcdefghijklmnop\" ",
            "posture/secret",
        ),
    ];
    for (from, to, rule) in cases {
        assert!(unit.contains(from), "{from:?}");
        let broken = unit.replacen(from, to, 1);
        assert_eq!(
            rules(posture.check_quadlet(&broken)),
            [*rule],
            "{from:?} -> {to:?}"
        );
    }
}

#[test]
fn a_continuation_line_cannot_hide_a_key() {
    let (posture, unit) = rendered("local-podman-llama-cpp.agent-pod.json", Artifact::Quadlet);
    let broken = unit.replacen(
        "Tmpfs=/tmp\n",
        "Tmpfs=/tmp\nLabel=a=b \\\nNetwork=host\n",
        1,
    );
    // systemd joins the continuation: the key is Label, and its value ends "Network=host".
    assert_eq!(rules(posture.check_quadlet(&broken)), Vec::<&str>::new());
    let broken = unit.replacen(
        "Tmpfs=/tmp\n",
        "Tmpfs=/tmp\nNetwork=host \\\nLabel=a=b\n",
        1,
    );
    assert_eq!(
        rules(posture.check_quadlet(&broken)),
        ["posture/host-network"]
    );
    // A comment never continues (Podman's parser continues Key=Value lines
    // only): the line after `# … \` is a key the generator reads.
    for comment in ["# note \\", ";\\", "#\\"] {
        let broken = unit.replacen(
            "Tmpfs=/tmp\n",
            &format!("Tmpfs=/tmp\n{comment}\nNetwork=host\n"),
            1,
        );
        assert_eq!(
            rules(posture.check_quadlet(&broken)),
            ["posture/host-network"],
            "{comment}"
        );
    }
}

fn edit_docs(yaml: &str, edit: impl FnOnce(&mut Vec<Value>)) -> String {
    let mut docs: Vec<Value> = serde_saphyr::from_multiple(yaml).unwrap();
    edit(&mut docs);
    serde_saphyr::to_string_multiple(&docs).unwrap()
}

fn pod_spec(docs: &mut [Value]) -> &mut Value {
    &mut docs.iter_mut().find(|d| d["kind"] == "Pod").unwrap()["spec"]
}

fn default_deny(docs: &mut [Value]) -> &mut Value {
    docs.iter_mut()
        .find(|d| {
            d["kind"] == "NetworkPolicy"
                && d["metadata"]["name"]
                    .as_str()
                    .unwrap()
                    .ends_with("default-deny")
        })
        .unwrap()
}

/// A NetworkPolicy like the rendered ones (same namespace and metadata),
/// with another name and spec.
fn policy(docs: &[Value], name: &str, spec: Value) -> Value {
    let mut p = docs
        .iter()
        .find(|x| x["kind"] == "NetworkPolicy")
        .unwrap()
        .clone();
    p["metadata"]["name"] = json!(name);
    p["spec"] = spec;
    p
}

#[test]
fn kubernetes_invariants() {
    let (posture, yaml) = rendered("k8s-topolvm.agent-pod.json", Artifact::Kubernetes);
    assert_eq!(rules(posture.check_kubernetes(&yaml)), Vec::<&str>::new());
    type Edit = fn(&mut Vec<Value>);
    let cases: &[(&[&str], Edit)] = &[
        (&["posture/privileged"], |d| {
            pod_spec(d)["containers"][0]["securityContext"]["privileged"] = json!(true)
        }),
        (&["posture/host-network"], |d| {
            pod_spec(d)["hostNetwork"] = json!(true)
        }),
        (&["posture/host-network"], |d| {
            pod_spec(d)["hostPID"] = json!(true)
        }),
        (&["posture/unit-shape", "posture/host-path"], |d| {
            pod_spec(d)["volumes"]
                .as_array_mut()
                .unwrap()
                .push(json!({"name": "h", "hostPath": {"path": "/etc"}}))
        }),
        (&["posture/unit-shape", "posture/engine-socket"], |d| {
            pod_spec(d)["volumes"]
                .as_array_mut()
                .unwrap()
                .push(json!({"name": "s", "hostPath": {"path": "/var/run/docker.sock"}}))
        }),
        (&["posture/unit-shape", "posture/capabilities"], |d| {
            pod_spec(d)["containers"][0]["securityContext"]["capabilities"]["add"] =
                json!(["NET_ADMIN"])
        }),
        (&["posture/capabilities"], |d| {
            pod_spec(d)["containers"][0]["securityContext"]["capabilities"]["drop"] =
                json!(["NET_RAW"])
        }),
        (&["posture/hardening"], |d| {
            pod_spec(d)["containers"][0]["securityContext"]["allowPrivilegeEscalation"] =
                json!(true)
        }),
        (&["posture/hardening"], |d| {
            pod_spec(d)["containers"][0]["securityContext"]["readOnlyRootFilesystem"] = json!(false)
        }),
        (&["posture/hardening"], |d| {
            pod_spec(d)["automountServiceAccountToken"] = json!(true)
        }),
        (&["posture/unit-shape", "posture/exposure"], |d| {
            pod_spec(d)["containers"][0]["ports"][0]["hostPort"] = json!(8080)
        }),
        (&["posture/exposure"], |d| {
            d.iter_mut().find(|x| x["kind"] == "Service").unwrap()["spec"]["type"] =
                json!("LoadBalancer")
        }),
        (&["posture/default-deny-egress"], |d| {
            d.retain(|x| {
                !x["metadata"]["name"]
                    .as_str()
                    .unwrap()
                    .ends_with("default-deny")
            })
        }),
        (&["posture/read-only-models"], |d| {
            for m in pod_spec(d)["containers"][0]["volumeMounts"]
                .as_array_mut()
                .unwrap()
            {
                if m["mountPath"] == "/models" {
                    m["readOnly"] = json!(false);
                }
            }
        }),
        (&["posture/unit-shape"], |d| {
            d.push(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "x"}}))
        }),
        (&["posture/secret"], |d| {
            pod_spec(d)["containers"][0]["args"]
                .as_array_mut()
                .unwrap()
                .push(json!("--token=abcdef"))
        }),
        // The holes of a check that read only what it knew to look for: a
        // privileged init container, an allow-all egress policy beside the
        // default-deny one (policies add up), the restricted Namespace gone.
        // Every container list is judged with the container invariants, not
        // only refused by the field allow-list.
        (
            &[
                "posture/unit-shape",
                "posture/privileged",
                "posture/hardening",
                "posture/capabilities",
            ],
            |d| {
                let init = json!([{"name": "init", "image": "alpine:3",
                "securityContext": {"privileged": true, "runAsUser": 0,
                    "capabilities": {"add": ["SYS_ADMIN"]}}}]);
                pod_spec(d)["initContainers"] = init;
            },
        ),
        (&["posture/unit-shape", "posture/privileged"], |d| {
            let mut debug = pod_spec(d)["containers"][0].clone();
            debug["name"] = json!("debug");
            debug["securityContext"]["privileged"] = json!(true);
            pod_spec(d)["ephemeralContainers"] = json!([debug]);
        }),
        (
            &["posture/unit-shape", "posture/default-deny-egress"],
            |d| {
                d.push(policy(
                    d,
                    "allow-all-egress",
                    json!({"podSelector": {}, "policyTypes": ["Egress"], "egress": [{}]}),
                ));
            },
        ),
        // Policies add up whatever selects the Pod: its labels, an omitted
        // policyTypes (egress rules make it an egress policy).
        (
            &["posture/unit-shape", "posture/default-deny-egress"],
            |d| {
                let spec = json!({"podSelector": {"matchLabels": {"app.kubernetes.io/name": "llama-cpp"}},
                "egress": [{"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]}]});
                d.push(policy(d, "allow-by-label", spec));
            },
        ),
        // An egress rule for other pods is refused by the allow-list only:
        // it does not open this Pod's egress.
        (&["posture/unit-shape"], |d| {
            let spec = json!({"podSelector": {"matchLabels": {"app.kubernetes.io/name": "other"}},
                "policyTypes": ["Egress"], "egress": [{}]});
            d.push(policy(d, "allow-other", spec));
        }),
        // The default deny must select the Pod, restrict egress, and lie in
        // the Pod's namespace.
        (&["posture/default-deny-egress"], |d| {
            default_deny(d)["spec"]["podSelector"] =
                json!({"matchLabels": {"app.kubernetes.io/name": "other"}});
        }),
        (&["posture/default-deny-egress"], |d| {
            default_deny(d)["spec"]["policyTypes"] = json!(["Ingress"]);
        }),
        (&["posture/namespace", "posture/default-deny-egress"], |d| {
            default_deny(d)["metadata"]["namespace"] = json!("elsewhere");
        }),
        (&["posture/namespace"], |d| {
            d.retain(|x| x["kind"] != "Namespace")
        }),
        (&["posture/namespace"], |d| {
            for x in d.iter_mut() {
                if x["metadata"]["namespace"].is_string() {
                    x["metadata"]["namespace"] = json!("kube-system");
                }
            }
        }),
    ];
    for (i, (rule, edit)) in cases.iter().enumerate() {
        let broken = edit_docs(&yaml, edit);
        // A field outside the renderer's set also breaks the allow-list
        // (posture/unit-shape) besides the invariant it names.
        assert_eq!(rules(posture.check_kubernetes(&broken)), *rule, "case {i}");
    }
}

/// Kubernetes reads YAML 1.1 (`on`, `yes`, `y` are `true`): the check must read
/// the stream the same way, or a hand-edited `hostNetwork: on` would pass as
/// a string here and run on the host network there.
#[test]
fn yaml_1_1_booleans_are_read_as_kubernetes_reads_them() {
    let (posture, yaml) = rendered("k8s-topolvm.agent-pod.json", Artifact::Kubernetes);
    for (from, to, rule) in [
        (
            "hostNetwork: false",
            "hostNetwork: on",
            "posture/host-network",
        ),
        ("hostPID: false", "hostPID: yes", "posture/host-network"),
        ("privileged: false", "privileged: y", "posture/privileged"),
        (
            "automountServiceAccountToken: false",
            "automountServiceAccountToken: off",
            "",
        ),
    ] {
        assert!(yaml.contains(from), "{from}");
        let broken = yaml.replacen(from, to, 1);
        let expected: Vec<&str> = [rule].into_iter().filter(|r| !r.is_empty()).collect();
        assert_eq!(rules(posture.check_kubernetes(&broken)), expected, "{to}");
    }
}

/// Devices and extended resources are the pod's required accelerators' and
/// nothing else, judged on the parsed-back artifact.
#[test]
fn devices_are_only_the_required_accelerators() {
    let (posture, unit) = rendered("local-vllm-multiport.agent-pod.json", Artifact::Quadlet);
    assert!(unit.contains("AddDevice=nvidia.com/gpu=0\n"), "{unit}");
    assert_eq!(rules(posture.check_quadlet(&unit)), Vec::<&str>::new());
    for extra in [
        "nvidia.com/gpu=1",
        "nvidia.com/gpu=all",
        "/dev/kfd",
        "/dev/sda",
        "/dev/null:/dev/dri",
        "-/dev/dri",
        "nvidia.com/gpu=00",
        "/dev/dri:rwm",
    ] {
        let broken = unit.replacen(
            "AddDevice=nvidia.com/gpu=0\n",
            &format!("AddDevice=nvidia.com/gpu=0\nAddDevice={extra}\n"),
            1,
        );
        assert_eq!(
            rules(posture.check_quadlet(&broken)),
            ["posture/device"],
            "{extra}"
        );
    }
    // A pod without a required GPU may pass none.
    let (cpu_only, unit) = rendered("local-podman-llama-cpp.agent-pod.json", Artifact::Quadlet);
    assert!(!unit.contains("AddDevice="), "{unit}");
    let broken = unit.replacen("Tmpfs=/tmp\n", "Tmpfs=/tmp\nAddDevice=/dev/dri\n", 1);
    assert_eq!(rules(cpu_only.check_quadlet(&broken)), ["posture/device"]);

    // Kubernetes: an extended resource the pod does not require, or another count.
    let (posture, yaml) = rendered("k8s-topolvm.agent-pod.json", Artifact::Kubernetes);
    for (name, count) in [
        ("nvidia.com/gpu", "1"),
        ("amd.com/gpu", "1"),
        ("hugepages-2Mi", "1Gi"),
    ] {
        let broken = edit_docs(&yaml, |d| {
            pod_spec(d)["containers"][0]["resources"]["limits"][name] = json!(count)
        });
        assert_eq!(
            rules(posture.check_kubernetes(&broken)),
            ["posture/device"],
            "{name}"
        );
    }
}

/// A `%` specifier in a value of the unit is expanded by systemd, so the word
/// would not be what was written: the model refuses it (the renderer writes
/// `%%`), while the generator's own `%t/%N.cid` in `ExecStart=` still reads.
#[test]
fn a_specifier_in_a_unit_value_is_refused() {
    let (posture, unit) = rendered("local-podman-llama-cpp.agent-pod.json", Artifact::Quadlet);
    let exec = unit.lines().find(|l| l.starts_with("Exec=")).unwrap();
    for word in ["%h", "100%", "%%%h"] {
        let broken = unit.replacen(exec, &format!("{exec} {word}"), 1);
        assert_eq!(
            rules(posture.check_quadlet(&broken)),
            ["posture/unit-shape"],
            "{word}"
        );
    }
    let escaped = unit.replacen(exec, &format!("{exec} 100%%"), 1);
    assert_eq!(rules(posture.check_quadlet(&escaped)), Vec::<&str>::new());
    assert_eq!(
        agent_machine::rules::posture::split_words("--cidfile=%t/%N.cid").unwrap(),
        ["--cidfile=%t/%N.cid"]
    );
}

/// The reviewer's hand edits, each read as the generator reads them: a
/// continuation joined with nothing between (a hidden `--privileged`); a
/// backslash followed by a space (the hardening moved into `[Unit]`); an
/// escape the generator does not read as written; a backslash in
/// `DropCapability`.
#[test]
fn hand_edits_read_as_the_generator_reads_them() {
    let (posture, unit) = rendered("local-podman-llama-cpp.agent-pod.json", Artifact::Quadlet);
    let podman_args = unit.lines().find(|l| l.starts_with("PodmanArgs=")).unwrap();
    let joined = unit.replacen(
        podman_args,
        &format!("{podman_args} --label a\\\nb --privileged"),
        1,
    );
    assert!(rules(posture.check_quadlet(&joined)).contains(&"posture/privileged"));

    let moved = unit
        .replace("ReadOnly=true\n", "")
        .replace("NoNewPrivileges=true\n", "")
        .replace("DropCapability=all\n", "")
        .replacen(
            "[Install]",
            "[Unit]\nDescription=x \\ \n[Container]\nReadOnly=true\nNoNewPrivileges=true\nDropCapability=all\n\n[Install]",
            1,
        );
    let found = rules(posture.check_quadlet(&moved));
    assert!(
        found.contains(&"posture/hardening") && found.contains(&"posture/capabilities"),
        "{found:?}"
    );

    for edit in [
        format!("{podman_args} --label=x\\qy"),
        format!("{podman_args} a\\%hb"),
        "DropCapability=a\\ll".to_string(),
    ] {
        let target = if edit.starts_with("DropCapability") {
            "DropCapability=all"
        } else {
            podman_args
        };
        let broken = unit.replacen(target, &edit, 1);
        assert_eq!(
            rules(posture.check_quadlet(&broken)),
            ["posture/unit-shape"],
            "{edit}"
        );
    }
}

/// Extended resources add up over the Pod's containers; a policy without
/// `policyTypes` restricts egress only when it has egress rules.
#[test]
fn the_pod_as_a_whole_is_judged() {
    let tiers = support::example_tiers();
    let mut value: Value = support::example("k8s-topolvm.agent-pod.json");
    value["resources"]["accelerators"] = json!([{"type": "cuda", "required": true, "count": 1}]);
    let pod: AgentPod = serde_json::from_value(value).unwrap();
    let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let yaml = render::render(Artifact::Kubernetes, &Input::new(&pod, &source, &tiers))
        .unwrap()
        .text;
    let storage = agent_machine::rules::volumes::resolve(&pod, &tiers).unwrap();
    let posture = Posture::for_pod(&pod, None).unwrap().with_storage(&storage);
    assert_eq!(rules(posture.check_kubernetes(&yaml)), Vec::<&str>::new());
    for count in ["2", "0"] {
        let broken = edit_docs(&yaml, |d| {
            pod_spec(d)["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] = json!(count)
        });
        assert_eq!(
            rules(posture.check_kubernetes(&broken)),
            ["posture/device"],
            "{count}"
        );
    }
    let twice = edit_docs(&yaml, |d| {
        let mut second = pod_spec(d)["containers"][0].clone();
        second["name"] = json!("second");
        pod_spec(d)["containers"]
            .as_array_mut()
            .unwrap()
            .push(second);
    });
    assert_eq!(rules(posture.check_kubernetes(&twice)), ["posture/device"]);

    let (posture, yaml) = rendered("k8s-topolvm.agent-pod.json", Artifact::Kubernetes);
    let ingress_only = edit_docs(&yaml, |d| {
        let deny = default_deny(d);
        deny["spec"] = json!({"podSelector": {}, "egress": []});
    });
    assert!(
        rules(posture.check_kubernetes(&ingress_only)).contains(&"posture/default-deny-egress")
    );
}

/// The posture check reads a stream with `base::yaml` (a parser's events
/// straight into values). On every Kubernetes example, and on a pod whose
/// strings YAML 1.1 would type (`on`, `017`, `1_000`, a date, `<<`, `~`…),
/// it reads exactly what serde-saphyr, which wrote the stream, reads back.
#[test]
fn the_strict_reader_reads_each_rendered_stream_as_its_writer_does() {
    let mut pods: Vec<(String, AgentPod)> = [
        "k8s-topolvm.agent-pod.json",
        "k8s-vllm-cuda.agent-pod.json",
        "k8s-crd-ollama.agent-pod.json",
    ]
    .iter()
    .map(|file| (file.to_string(), support::example(file)))
    .collect();
    let mut tricky: Value = support::example("k8s-topolvm.agent-pod.json");
    let strings = [
        "on",
        "yes",
        "y",
        "NO",
        "off",
        "~",
        "null",
        "",
        "017",
        "0o17",
        "0x1F",
        "0b1",
        "1_000",
        "1e3",
        ".inf",
        "-.5",
        "2001-12-14",
        "2001-12-14T21:59:43Z",
        "<<",
        "12:30",
        "true",
        "- x",
        "a: b",
        "#c",
        "&a",
        "*a",
        "!t",
        "|",
        ">",
        "'q'",
        "\"d\"",
        "%x",
        "@x",
        "`x",
        "a\u{2028}b",
        "c\u{85}d",
        "e\u{2029}f",
        ".5_0",
    ];
    tricky["runtime"]["args"] = json!(strings.to_vec());
    pods.push((
        "tricky args".into(),
        serde_json::from_value(tricky).unwrap(),
    ));
    let tiers = support::example_tiers();
    for (name, pod) in &pods {
        let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
        let input = Input::new(pod, &source, &tiers);
        let artifact = Artifact::surface(pod.pod_type);
        let text = render::render(artifact, &input)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"))
            .text;
        let ours = agent_machine::base::yaml::read_stream(&text)
            .unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        let writers: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
        assert_eq!(ours, writers, "{name}");
        if name == "tricky args" {
            assert!(text.contains("\"on\""), "{text}");
            let args = ours
                .iter()
                .find_map(|doc| {
                    doc.pointer("/spec/containers/0/args")
                        .or_else(|| doc.pointer("/spec/template/spec/containers/0/args"))
                })
                .expect("the container's args");
            assert_eq!(args, &json!(strings.to_vec()), "{text}");
        }
    }
}

/// A container's own security setting wins over the Pod's, whatever its
/// value, as Kubernetes merges them: a container that sets `runAsNonRoot:
/// false`, a UID written as a float (`1e3`, which Kubernetes reads as 1000)
/// or as a string, or a seccomp profile of the wrong shape is refused, even
/// where the Pod's own setting would pass.
#[test]
fn a_containers_own_security_setting_is_judged_not_the_pods() {
    let (posture, yaml) = rendered("k8s-topolvm.agent-pod.json", Artifact::Kubernetes);
    assert_eq!(rules(posture.check_kubernetes(&yaml)), Vec::<&str>::new());
    let docs = agent_machine::base::yaml::read_stream(&yaml).unwrap();
    let pod = docs.iter().find(|d| d["kind"] == "Pod").unwrap();
    let pod_sc = &pod["spec"]["securityContext"];
    assert_eq!(pod_sc["runAsNonRoot"], json!(true), "{yaml}");
    assert!(
        pod_sc["runAsUser"].as_i64().is_some_and(|u| u > 10000),
        "{yaml}"
    );
    assert_eq!(
        pod_sc["seccompProfile"]["type"],
        json!("RuntimeDefault"),
        "{yaml}"
    );
    let container_sc = "    securityContext:\n";
    let end = yaml
        .find(container_sc)
        .expect("a container securityContext")
        + container_sc.len();
    for (from, to) in [
        ("      runAsNonRoot: true\n", "      runAsNonRoot: false\n"),
        ("      runAsUser: 65532\n", "      runAsUser: 1e3\n"),
        ("      runAsUser: 65532\n", "      runAsUser: 1000.0\n"),
        ("      runAsUser: 65532\n", "      runAsUser: '65532'\n"),
        (
            "      seccompProfile:\n        type: RuntimeDefault\n",
            "      seccompProfile: {type: 7}\n",
        ),
    ] {
        let at = end + yaml[end..].find(from).unwrap_or_else(|| panic!("{from}"));
        let mut broken = yaml.clone();
        broken.replace_range(at..at + from.len(), to);
        assert_eq!(
            rules(posture.check_kubernetes(&broken)),
            vec!["posture/hardening"],
            "{to}"
        );
    }
}
