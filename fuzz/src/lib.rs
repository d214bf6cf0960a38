//! The fuzz targets' bodies and the properties they check, shared by the
//! `cargo fuzz` targets (`fuzz_targets/`, nightly) and the stable `replay`
//! driver (`src/bin/replay.rs`), so a long run and CI check the same thing.
//!
//! Beyond "nothing panics", every artifact a pod renders to must satisfy:
//!
//! - **determinism**: rendering again, and rendering a copy of the pod that
//!   went through JSON and back, gives the same bytes and digest;
//! - **digest**: the digest is SHA-256 (computed here) over the bytes
//!   emitted — over the canonical plan without its final newline;
//! - **receipt**: the DeploymentReceipt of the artifact validates against
//!   its contract, names the artifact's digest and the documented receipt
//!   id (recomputed here from its seed, `docs/renderers.md`);
//! - **Quadlet words**: the unit parses back; its `Exec=` words, unescaped
//!   here the strict way ([`exec_words`]: a lone `%` specifier or `$`
//!   expansion is an error, not a literal), are exactly the pod's
//!   `runtime.args` (no `Exec=` when there are none);
//! - **podman allow-list**: the unit's effective `podman run` (the
//!   Quadlet→podman mapping `posture::quadlet_command`) passes
//!   `Posture::check_podman_run`;
//! - **Kubernetes args**: the Pod's container `args`, as the kubelet
//!   expands them (`$$` → `$`, see `render::kubernetes::literal`), are the
//!   pod's `runtime.args`, unchanged.
//!
//! A broken property panics, which libFuzzer reports as a crash.

use agent_machine::contracts::AgentPod;
use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::rules::posture::{Posture, parse_unit, quadlet_command};
use agent_machine::render::{self, Artifact, Input, Rendered, Source, receipt};
use agent_machine::governance::validate::{Mode, validate};
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

/// How far an input got, for the replay driver's figures.
#[derive(Clone, Copy, Debug, Default)]
pub struct Outcome {
    /// It parsed as a document (`parse_validate_render`) or built a pod
    /// (`render_pod_fields`).
    pub parsed: bool,
    /// It was a valid AgentPod.
    pub pod: bool,
    /// Artifacts rendered and held to every property.
    pub rendered: usize,
    /// Quadlet units whose `podman run` was held to the allow-list.
    pub units: usize,
}

fn sha256(bytes: &[u8]) -> String {
    let hex: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// The documented receipt id: `urn:srcos:agent-machine:deployment-receipt:`
/// and the first 32 hex characters of SHA-256 over the seed
/// `agent-machine/deployment-receipt/v1\n<pod id>\n<artifact digest>\n<generator name>\n<generator version>`.
fn documented_receipt_id(pod_id: &str, digest: &str) -> String {
    let seed = format!(
        "agent-machine/deployment-receipt/v1\n{pod_id}\n{digest}\nagent-machine\n{}",
        agent_machine::VERSION
    );
    let hex = sha256(seed.as_bytes());
    format!(
        "urn:srcos:agent-machine:deployment-receipt:{}",
        &hex["sha256:".len().."sha256:".len() + 32]
    )
}

/// The words of an `Exec=` value as systemd reads them, written here rather
/// than taken from the posture check: whitespace separates words, double or
/// single quotes group, a backslash escapes `\\`, `"`, `'`, `n` or `t`;
/// `%%` is `%` and `$$` is `$`. Anything systemd would still interpret — a
/// lone `%` (a specifier), a lone `$` (an expansion), any other escape, an
/// open quote — is an error: the renderer must never leave one.
pub fn exec_words(value: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            return Ok(words);
        }
        let mut word = String::new();
        let mut quote: Option<char> = None;
        while let Some(c) = chars.next() {
            match (quote, c) {
                (None, c) if c.is_ascii_whitespace() => break,
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (_, '\\') => match chars.next() {
                    Some(e @ ('\\' | '"' | '\'')) => word.push(e),
                    Some('n') => word.push('\n'),
                    Some('t') => word.push('\t'),
                    other => return Err(format!("an escape systemd reads otherwise: \\{other:?}")),
                },
                (_, '%') => match chars.next() {
                    Some('%') => word.push('%'),
                    other => return Err(format!("a specifier %{other:?}")),
                },
                (_, '$') => match chars.next() {
                    Some('$') => word.push('$'),
                    other => return Err(format!("an expansion ${other:?}")),
                },
                (_, c) => word.push(c),
            }
        }
        if quote.is_some() {
            return Err("an open quote".into());
        }
        words.push(word);
    }
}

/// Checks every property of one rendered artifact (see the module docs).
fn check_rendered(pod: &AgentPod, input: &Input<'_>, rendered: &Rendered, out: &mut Outcome) {
    let artifact = rendered.artifact;
    let text = &rendered.text;

    // Determinism: again, and from a copy of the pod that went through JSON.
    let again = render::render(artifact, input).expect("a second render of the same input");
    assert_eq!(&again.text, text, "{artifact}: a second render differs");
    assert_eq!(again.digest, rendered.digest);
    let copy: AgentPod =
        serde_json::from_value(serde_json::to_value(pod).expect("a pod serializes"))
            .expect("a serialized pod deserializes");
    let from_copy = render::render(
        artifact,
        &Input {
            pod: &copy,
            ..*input
        },
    )
    .expect("a copy of the pod renders");
    assert_eq!(
        &from_copy.text, text,
        "{artifact}: the pod's JSON copy renders differently"
    );

    // Digest over the bytes emitted.
    let expected = match artifact {
        Artifact::Plan => sha256(
            text.strip_suffix('\n')
                .expect("a plan ends in a newline")
                .as_bytes(),
        ),
        _ => sha256(text.as_bytes()),
    };
    assert_eq!(
        rendered.digest, expected,
        "{artifact}: the digest is not over the bytes"
    );

    // The receipt: valid against its contract, naming this artifact.
    let receipt = receipt::render(input, rendered, "artifact", &receipt::Refs::default());
    let receipt_json = serde_json::to_string(&receipt).expect("a receipt serializes");
    let doc = parse_document(
        "receipt.json".into(),
        receipt_json.as_bytes(),
        Limits::default(),
    )
    .expect("a receipt parses back");
    let report = validate(&doc, Mode::default());
    assert!(
        report.is_valid() && report.kind.map(|k| k.info().kind) == Some("DeploymentReceipt"),
        "{artifact}: the receipt does not validate: {:?}\n{receipt_json}",
        report.diagnostics
    );
    let value: Value = serde_json::from_str(&receipt_json).expect("JSON");
    assert_eq!(value["artifact"]["digest"], json!(rendered.digest));
    assert_eq!(
        value["receiptId"],
        json!(documented_receipt_id(pod.id.as_str(), &rendered.digest)),
        "{artifact}: the receipt id is not the documented one"
    );

    let args: Vec<String> = serde_json::to_value(pod).expect("a pod serializes")["runtime"]["args"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().expect("args are strings").to_string())
                .collect()
        })
        .unwrap_or_default();
    match artifact {
        Artifact::Quadlet => {
            let unit = parse_unit(text).expect("a rendered unit parses back");
            let exec: Vec<&(String, String, String)> = unit
                .iter()
                .filter(|(section, key, _)| section == "Container" && key == "Exec")
                .collect();
            match exec.as_slice() {
                [] => assert!(args.is_empty(), "args {args:?} but no Exec=\n{text}"),
                [(_, _, value)] => assert_eq!(
                    exec_words(value).unwrap_or_else(|e| panic!("Exec=: {e}\n{text}")),
                    args,
                    "Exec= words do not unescape to the args\n{text}"
                ),
                _ => panic!("more than one Exec=\n{text}"),
            }
            let storage = agent_machine::rules::volumes::resolve(pod, input.tiers).expect("it rendered");
            let posture = Posture::for_pod(pod, input.admission)
                .expect("it rendered")
                .with_storage(&storage);
            let argv = quadlet_command(&unit).expect("a rendered unit maps to podman run");
            let violations = posture.check_podman_run(&argv);
            assert!(violations.is_empty(), "{violations:?}\n{argv:?}\n{text}");
            out.units += 1;
        }
        Artifact::Kubernetes => {
            let docs: Vec<Value> =
                serde_saphyr::from_multiple(text).expect("the manifests parse back");
            let pods: Vec<&Value> = docs.iter().filter(|d| d["kind"] == "Pod").collect();
            assert_eq!(pods.len(), 1, "{text}");
            let container_args = &pods[0]["spec"]["containers"][0]["args"];
            if args.is_empty() {
                assert!(
                    container_args.is_null() || container_args == &json!([]),
                    "{text}"
                );
            } else {
                let expanded: Vec<String> = container_args
                    .as_array()
                    .expect("args are a list")
                    .iter()
                    .map(|a| {
                        agent_machine::render::kubernetes::expanded(
                            a.as_str().expect("args are strings"),
                        )
                    })
                    .collect();
                assert_eq!(expanded, args, "container args differ\n{text}");
            }
        }
        Artifact::Plan | Artifact::Crd => {}
    }
    out.rendered += 1;
}

/// Renders `pod` to every artifact and checks each one that renders.
fn render_all(pod: &AgentPod, source: &Source, out: &mut Outcome) {
    let input = Input::new(pod, source, &[]);
    for artifact in Artifact::ALL {
        if let Ok(rendered) = render::render(artifact, &input) {
            check_rendered(pod, &input, &rendered, out);
        }
    }
}

/// Any bytes → strict parse → validation (normal and strict) → for a valid
/// AgentPod, every renderer, held to every property.
pub fn parse_validate_render(data: &[u8]) -> Outcome {
    let mut out = Outcome::default();
    let Ok(doc) = parse_document("fuzz.json".into(), data, Limits::default()) else {
        return out;
    };
    out.parsed = true;
    let report = validate(&doc, Mode::default());
    let _ = validate(
        &doc,
        Mode {
            strict: true,
            ..Mode::default()
        },
    );
    if !report.is_valid() || report.kind.map(|k| k.info().kind) != Some("AgentPod") {
        return out;
    }
    out.pod = true;
    let pod: AgentPod =
        serde_json::from_value(doc.value.clone()).expect("a valid AgentPod deserializes");
    let source = Source::new(
        "fuzz.json",
        agent_machine::base::canonical::digest(&doc.value).expect("parsed JSON canonicalizes"),
    );
    render_all(&pod, &source, &mut out);
    out
}

const BASE: &str = include_str!("../../examples/local-podman-llama-cpp.agent-pod.json");

/// A valid AgentPod whose name, description, image, entrypoint, args,
/// label, host path, port name, mount path and namespace are the input's
/// `\x1f`-separated parts, on each surface; every render is held to every
/// property.
pub fn render_pod_fields(data: &[u8]) -> Outcome {
    let mut out = Outcome::default();
    let text = String::from_utf8_lossy(data);
    let parts: Vec<&str> = text.split('\u{1f}').collect();
    let part = |i: usize| parts.get(i).copied().unwrap_or("x").to_string();
    let mut value: Value = serde_json::from_str(BASE).expect("the example is JSON");
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
    let source = Source::new("fuzz.json", format!("sha256:{}", "0".repeat(64)));
    for pod_type in ["local-podman-quadlet", "kubernetes-pod", "kubernetes-crd"] {
        value["podType"] = json!(pod_type);
        let Ok(pod) = serde_json::from_value::<AgentPod>(value.clone()) else {
            return out;
        };
        out.parsed = true;
        if agent_machine::rules::semantics::check_agent_pod(&pod).is_ok() {
            out.pod = true;
        }
        render_all(&pod, &source, &mut out);
    }
    out
}
