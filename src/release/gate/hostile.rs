//! The hostile AgentPod table: each case an edit of an example pod that is
//! refused with a precise pointer and rule, or rendered safely. One table for
//! the tests (`tests/it/hostile.rs`, which also runs the safe units through the
//! real Quadlet generator) and the release gate (S9, in-process: render,
//! parse back, check the allow-lists).

use serde_json::{Value, json};

use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};
use crate::contracts::cache_tier::CacheTier;
use crate::contracts::{AgentPod, PolicyAdmission};
use crate::render::{Artifact, Input, Rendered, Source};
use crate::rules::posture::{Posture, quadlet_command};

/// The admission every admitted case starts from (a file in `examples/`).
pub const ADMISSION: &str = "allowed-activation.policy-admission.json";

/// The local example every Quadlet case edits.
pub const LOCAL: &str = "local-podman-llama-cpp.agent-pod.json";
/// The Kubernetes example.
pub const K8S: &str = "k8s-topolvm.agent-pod.json";

/// What a case must come to.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    /// Refused: this JSON pointer (prefix) and rule.
    Refused(&'static str, Rule),
    /// Rendered; the artifact contains this text.
    Safe(&'static str),
}

/// One hostile pod: an edit of an example, and what must come of it.
pub struct Case {
    /// What the case tries.
    pub name: &'static str,
    /// The example pod it edits (a file in `examples/`).
    pub base: &'static str,
    /// The surface it is rendered to.
    pub artifact: Artifact,
    /// The edit.
    pub edit: fn(&mut Value),
    /// An edit of the admission that widens exposure, when there is one.
    pub admission: Option<fn(&mut Value)>,
    /// Release-candidate rules.
    pub strict: bool,
    /// What must come of it.
    pub expect: Expect,
}

fn case(
    name: &'static str,
    base: &'static str,
    artifact: Artifact,
    edit: fn(&mut Value),
    expect: Expect,
) -> Case {
    Case {
        name,
        base,
        artifact,
        edit,
        admission: None,
        strict: false,
        expect,
    }
}

fn args(v: &mut Value, a: Value) {
    v["runtime"]["args"] = a;
}

/// The allowed-activation example admission, made about the local pod and
/// allowing host exposure; each admission edit then spoils it in one way.
fn admission_for(base: &Value, edit: fn(&mut Value)) -> Option<PolicyAdmission> {
    let objects = ["/request", "/decision", "/scope/allowed", "/scope/denied"];
    if !objects
        .iter()
        .all(|p| base.pointer(p).is_some_and(Value::is_object))
    {
        return None;
    }
    let mut a = base.clone();
    a["request"]["agentPodId"] = json!("urn:srcos:agent-machine:agent-pod:local-podman-llama-cpp");
    a["scope"]["allowed"]["networkExposure"] = json!(["loopback", "host"]);
    a["scope"]["denied"]["networkExposure"] = json!([]);
    edit(&mut a);
    serde_json::from_value(a).ok()
}

/// Every hostile case.
pub fn cases() -> Vec<Case> {
    use Artifact::{Kubernetes as K, Quadlet as Q};
    use Expect::{Refused, Safe};
    let mut c = vec![
        // Unit syntax: control characters can never reach a unit.
        case(
            "newline injects a key",
            LOCAL,
            Q,
            |v| args(v, json!(["--x", "a\nPodmanArgs=--privileged"])),
            Refused("/runtime/args/1", Rule::Render(rule::Render::UnitSyntax)),
        ),
        case(
            "carriage return",
            LOCAL,
            Q,
            |v| args(v, json!(["a\rb"])),
            Refused("/runtime/args/0", Rule::Render(rule::Render::UnitSyntax)),
        ),
        case(
            "NUL byte",
            LOCAL,
            Q,
            |v| args(v, json!(["a\u{0}b"])),
            Refused("/runtime/args/0", Rule::Render(rule::Render::UnitSyntax)),
        ),
        case(
            "tab",
            LOCAL,
            Q,
            |v| args(v, json!(["a\tb"])),
            Refused("/runtime/args/0", Rule::Render(rule::Render::UnitSyntax)),
        ),
        case(
            "escape character",
            LOCAL,
            Q,
            |v| args(v, json!(["\u{1b}[31m"])),
            Refused("/runtime/args/0", Rule::Render(rule::Render::UnitSyntax)),
        ),
        case(
            "lone semicolon",
            LOCAL,
            Q,
            |v| args(v, json!(["--a", ";", "rm"])),
            Refused("/runtime/args/1", Rule::Render(rule::Render::UnitSyntax)),
        ),
        case(
            "name adds a section",
            LOCAL,
            Q,
            |v| v["workload"]["name"] = json!("x\n[Service]\nExecStartPre=/bin/sh"),
            Refused("/workload/name", Rule::Render(rule::Render::ContainerName)),
        ),
        case(
            "name with a space",
            LOCAL,
            Q,
            |v| v["workload"]["name"] = json!("my server"),
            Refused("/workload/name", Rule::Render(rule::Render::ContainerName)),
        ),
        case(
            "description adds a section",
            LOCAL,
            Q,
            |v| v["workload"]["description"] = json!("x\n[Service]"),
            Refused(
                "/workload/description",
                Rule::Render(rule::Render::UnitSyntax),
            ),
        ),
        case(
            "description trailing backslash",
            LOCAL,
            Q,
            |v| v["workload"]["description"] = json!("continues\\"),
            Refused(
                "/workload/description",
                Rule::Render(rule::Render::UnitSyntax),
            ),
        ),
        case(
            "description trailing space",
            LOCAL,
            Q,
            |v| v["workload"]["description"] = json!("padded "),
            Refused(
                "/workload/description",
                Rule::Render(rule::Render::UnitSyntax),
            ),
        ),
        case(
            "image with newline",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("img\nPodmanArgs=--privileged"),
            Refused(
                "/runtime/imageOrCommand",
                Rule::Grammar(rule::Grammar::ImageReference),
            ),
        ),
        case(
            "entrypoint with newline",
            LOCAL,
            Q,
            |v| v["runtime"]["entrypoint"] = json!("/bin/sh\nAddCapability=ALL"),
            Refused(
                "/runtime/entrypoint",
                Rule::Grammar(rule::Grammar::Entrypoint),
            ),
        ),
        case(
            "label with newline",
            LOCAL,
            Q,
            |v| v["labels"]["note"] = json!("a\nNetwork=host"),
            Refused("/labels/note", Rule::Render(rule::Render::UnitSyntax)),
        ),
        // Ordinary awkward values are quoted, never refused.
        case(
            "trailing backslash in an arg",
            LOCAL,
            Q,
            |v| args(v, json!(["C:\\dir\\"])),
            Safe(r#"Exec="C:\\dir\\""#),
        ),
        case(
            "percent specifier",
            LOCAL,
            Q,
            |v| args(v, json!(["%h/models"])),
            Safe("Exec=%%h/models"),
        ),
        case(
            "dollar variable",
            LOCAL,
            Q,
            |v| args(v, json!(["${HOME}"])),
            Safe("Exec=$${HOME}"),
        ),
        case(
            "quotes and apostrophes",
            LOCAL,
            Q,
            |v| args(v, json!(["--p", "it's \"fine\""])),
            Safe(r#"Exec=--p "it's \"fine\"""#),
        ),
        case(
            "semicolon inside a word",
            LOCAL,
            Q,
            |v| args(v, json!(["a;b"])),
            Safe(r#"Exec="a;b""#),
        ),
        case(
            "description with percent",
            LOCAL,
            Q,
            |v| v["workload"]["description"] = json!("100% local"),
            Safe("Description=llama-cpp-qwen — 100%% local"),
        ),
        case(
            "label with spaces",
            LOCAL,
            Q,
            |v| v["labels"]["note"] = json!("two words"),
            Safe(r#""note=two words""#),
        ),
        // Paths.
        case(
            "relative host path",
            LOCAL,
            Q,
            |v| v["storage"][0]["hostPath"] = json!("models"),
            Refused(
                "/storage/0/hostPath",
                Rule::Grammar(rule::Grammar::HostPath),
            ),
        ),
        case(
            "host path with ..",
            LOCAL,
            Q,
            |v| v["storage"][0]["hostPath"] = json!("/var/lib/../../etc"),
            Refused(
                "/storage/0/hostPath",
                Rule::Grammar(rule::Grammar::HostPath),
            ),
        ),
        case(
            "host path with //",
            LOCAL,
            Q,
            |v| v["storage"][0]["hostPath"] = json!("/var//lib"),
            Refused(
                "/storage/0/hostPath",
                Rule::Grammar(rule::Grammar::HostPath),
            ),
        ),
        case(
            "host path with a colon",
            LOCAL,
            Q,
            |v| v["storage"][0]["hostPath"] = json!("/a:/etc:rw"),
            Refused(
                "/storage/0/hostPath",
                Rule::Grammar(rule::Grammar::HostPath),
            ),
        ),
        case(
            "engine socket mount",
            LOCAL,
            Q,
            |v| {
                v["storage"][1]["hostPath"] = json!("/run/podman/podman.sock");
            },
            Refused(
                "/storage/1/hostPath",
                Rule::Grammar(rule::Grammar::HostPath),
            ),
        ),
        case(
            "relative mount path",
            LOCAL,
            Q,
            |v| v["storage"][0]["mountPath"] = json!("models"),
            Refused(
                "/storage/0/mountPath",
                Rule::Grammar(rule::Grammar::MountTarget),
            ),
        ),
        case(
            "duplicate mount path",
            LOCAL,
            Q,
            |v| v["storage"][1]["mountPath"] = json!("/models"),
            Refused(
                "/storage/1/mountPath",
                Rule::Pod(rule::Pod::UniqueMountPath),
            ),
        ),
        // Network exposure.
        case(
            "host exposure without admission",
            LOCAL,
            Q,
            |v| v["ports"][0]["exposure"] = json!("host"),
            Refused("/ports/0/exposure", Rule::Render(rule::Render::Exposure)),
        ),
        case(
            "cluster exposure locally",
            LOCAL,
            Q,
            |v| v["ports"][0]["exposure"] = json!("cluster"),
            Refused("/ports/0/exposure", Rule::Render(rule::Render::Exposure)),
        ),
        case(
            "host network",
            LOCAL,
            Q,
            |v| v["runtime"]["networkMode"] = json!("host"),
            Refused("/runtime/networkMode", Rule::Pod(rule::Pod::HostNetwork)),
        ),
        case(
            "host network even when allowed",
            LOCAL,
            Q,
            |v| {
                v["runtime"]["networkMode"] = json!("host");
                v["policy"]["allowHostNetwork"] = json!(true);
            },
            Refused("/runtime/networkMode", Rule::Pod(rule::Pod::HostNetwork)),
        ),
        case(
            "network none with a published port",
            LOCAL,
            Q,
            |v| v["runtime"]["networkMode"] = json!("none"),
            Refused("/ports/0/exposure", Rule::Render(rule::Render::Network)),
        ),
        case(
            "duplicate port name",
            LOCAL,
            Q,
            |v| {
                let p = v["ports"][0].clone();
                let mut q = p.clone();
                q["containerPort"] = json!(9090);
                q["hostPort"] = json!(9090);
                v["ports"] = json!([p, q]);
            },
            Refused("/ports/1/name", Rule::Pod(rule::Pod::UniquePortName)),
        ),
        // Secrets in the spec.
        case(
            "api key in args",
            LOCAL,
            Q,
            |v| args(v, json!(["--api-key=sk-abcdefghijklmnopqrstu"])),
            Refused("/runtime/args/0", Rule::Pod(rule::Pod::SecretInSpec)),
        ),
        case(
            "credentials in a URL",
            LOCAL,
            Q,
            |v| {
                args(
                    v,
                    json!(["--model-url", "https://bob:hunter2@models.example/m.gguf"]),
                )
            },
            Refused("/runtime/args/1", Rule::Pod(rule::Pod::SecretInSpec)),
        ),
        case(
            "private key in description",
            LOCAL,
            Q,
            |v| v["workload"]["description"] = json!("-----BEGIN RSA PRIVATE KEY-----"),
            Refused("/workload/description", Rule::Pod(rule::Pod::SecretInSpec)),
        ),
        case(
            "bearer token in a label",
            LOCAL,
            Q,
            |v| v["labels"]["auth"] = json!("Bearer abcdefghijklmnop"),
            Refused("/labels/auth", Rule::Pod(rule::Pod::SecretInSpec)),
        ),
        case(
            "AWS key id in args",
            LOCAL,
            Q,
            |v| args(v, json!(["AKIAABCDEFGHIJKLMNOP"])),
            Refused("/runtime/args/0", Rule::Pod(rule::Pod::SecretInSpec)),
        ),
        case(
            "password pair in the image",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("img?password=x"),
            Refused(
                "/runtime/imageOrCommand",
                Rule::Pod(rule::Pod::SecretInSpec),
            ),
        ),
        // Resources.
        case(
            "CPU quantity that is not one",
            LOCAL,
            Q,
            |v| v["resources"]["cpu"]["limit"] = json!("lots"),
            Refused(
                "/resources/cpu/limit",
                Rule::Grammar(rule::Grammar::CpuQuantity),
            ),
        ),
        case(
            "memory request above the limit",
            LOCAL,
            Q,
            |v| v["resources"]["memoryBytes"]["request"] = json!(1u64 << 40),
            Refused(
                "/resources/memoryBytes/request",
                Rule::Pod(rule::Pod::MemoryRequest),
            ),
        ),
        // Kubernetes names and exposure.
        case(
            "uppercase Kubernetes name",
            K8S,
            K,
            |v| v["workload"]["name"] = json!("Llama"),
            Refused("/workload/name", Rule::Render(rule::Render::Dns1123Label)),
        ),
        case(
            "namespace with a dot",
            K8S,
            K,
            |v| v["runtime"]["namespace"] = json!("a.b"),
            Refused(
                "/runtime/namespace",
                Rule::Grammar(rule::Grammar::Namespace),
            ),
        ),
        // Safe: a port name Kubernetes cannot carry is mapped, never passed on.
        case(
            "long port name",
            K8S,
            K,
            |v| v["ports"][0]["name"] = json!("a-very-long-port-name"),
            Safe(r#"agent-machine.sourceos.dev/port-names: "{\"a-very-lon-"#),
        ),
        case(
            "a label key outside the Kubernetes grammar",
            K8S,
            K,
            |v| v["labels"]["Bad_Key_"] = json!("x"),
            Refused("/labels/Bad_Key_", Rule::Render(rule::Render::Label)),
        ),
        case(
            "ingress exposure",
            K8S,
            K,
            |v| v["ports"][0]["exposure"] = json!("ingress"),
            Refused("/ports/0/exposure", Rule::Render(rule::Render::Exposure)),
        ),
        // Safe: policy-managed is kept in an annotation, the Pod restarts Always.
        case(
            "policy-managed restart",
            K8S,
            K,
            |v| v["runtime"]["restartPolicy"] = json!("policy-managed"),
            Safe("agent-machine.sourceos.dev/restart-policy: policy-managed"),
        ),
        // Supply chain.
        case(
            "pinned reference disagreeing with imageDigest",
            LOCAL,
            Q,
            |v| {
                v["runtime"]["imageOrCommand"] =
                    json!(format!("ghcr.io/x/y@sha256:{}", "a".repeat(64)));
                v["runtime"]["imageDigest"] = json!(format!("sha256:{}", "b".repeat(64)));
            },
            Refused(
                "/runtime/imageDigest",
                Rule::SupplyChain(rule::SupplyChain::DigestMismatch),
            ),
        ),
    ];
    let strict = |name, edit: fn(&mut Value), expect| Case {
        strict: true,
        ..case(
            name,
            "local-podman-llama-cpp-pinned.agent-pod.json",
            Q,
            edit,
            expect,
        )
    };
    c.push(strict(
        "strict: a properly pinned pod",
        |_| {},
        Safe("Image=ghcr.io/ggml-org/llama.cpp@sha256:"),
    ));
    c.push(strict(
        "strict: tag plus imageDigest",
        |v| v["runtime"]["imageOrCommand"] = json!("ghcr.io/ggml-org/llama.cpp:server"),
        Refused(
            "/runtime/imageOrCommand",
            Rule::SupplyChain(rule::SupplyChain::PinnedReference),
        ),
    ));
    c.push(strict(
        "strict: no sbomRef",
        |v| {
            v["runtime"].as_object_mut().unwrap().remove("sbomRef");
        },
        Refused(
            "/runtime/sbomRef",
            Rule::SupplyChain(rule::SupplyChain::Sbom),
        ),
    ));
    c.push(strict(
        "strict: tag-allowed policy",
        |v| v["runtime"]["imageReferencePolicy"] = json!("tag-allowed-bootstrap"),
        Refused(
            "/runtime/imageReferencePolicy",
            Rule::SupplyChain(rule::SupplyChain::ReferencePolicy),
        ),
    ));
    let admitted = |name, admission: fn(&mut Value), expect| Case {
        admission: Some(admission),
        ..case(
            name,
            LOCAL,
            Q,
            |v| v["ports"][0]["exposure"] = json!("host"),
            expect,
        )
    };
    // Safe by construction (issue 10): every value that reaches podman,
    // systemd or Kubernetes is parsed into its grammar.
    let refused = |name, base, artifact, edit: fn(&mut Value), pointer, rule| {
        case(name, base, artifact, edit, Refused(pointer, rule))
    };
    const IMG: &str = "/runtime/imageOrCommand";
    c.extend([
        refused(
            "image is a flag: --privileged",
            LOCAL,
            Q,
            |v| {
                v["runtime"]["imageOrCommand"] = json!("--privileged");
                args(v, json!(["docker.io/library/alpine:3", "sh", "-c", "id"]));
            },
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image is a flag: --network=host",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("--network=host"),
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image is a flag: --publish",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("--publish=0.0.0.0:22:22"),
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image is a flag: --volume",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("--volume=/:/host:rw"),
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image is a flag with a pinned digest",
            LOCAL,
            Q,
            |v| {
                v["runtime"]["imageOrCommand"] = json!("--privileged");
                v["runtime"]["imageDigest"] = json!(format!("sha256:{}", "1".repeat(64)));
            },
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image with $VAR",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("alpine:$TAG"),
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image with ${VAR}",
            K8S,
            K,
            |v| v["runtime"]["imageOrCommand"] = json!("${IMAGE}"),
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image with a space",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("alpine --privileged"),
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "image over 255 bytes",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!(format!("a/{}", "b".repeat(300))),
            IMG,
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "entrypoint is a flag",
            LOCAL,
            Q,
            |v| v["runtime"]["entrypoint"] = json!("--privileged"),
            "/runtime/entrypoint",
            Rule::Grammar(rule::Grammar::Entrypoint),
        ),
        refused(
            "entrypoint with ${VAR}",
            LOCAL,
            Q,
            |v| v["runtime"]["entrypoint"] = json!("${SHELL}"),
            "/runtime/entrypoint",
            Rule::Grammar(rule::Grammar::Entrypoint),
        ),
        refused(
            "host path: the rootless engine socket directory",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/run/user/1000/podman"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: /var/run",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/var/run"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: containerd",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/run/containerd"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: /",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: /etc read-write",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/etc"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: a whole data root",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/var/lib/agent-machine"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: escapes its root",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/var/lib/agent-machine/../../../etc"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: a socket beneath a root",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/var/lib/agent-machine/podman.sock"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "host path: the home directory",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("~/.ollama"),
            "/storage/1/hostPath",
            Rule::Grammar(rule::Grammar::HostPath),
        ),
        refused(
            "mount target: /",
            LOCAL,
            Q,
            |v| v["storage"][1]["mountPath"] = json!("/"),
            "/storage/1/mountPath",
            Rule::Grammar(rule::Grammar::MountTarget),
        ),
        refused(
            "mount target: /proc",
            LOCAL,
            Q,
            |v| v["storage"][1]["mountPath"] = json!("/proc"),
            "/storage/1/mountPath",
            Rule::Grammar(rule::Grammar::MountTarget),
        ),
        refused(
            "mount target: the renderer's /tmp",
            LOCAL,
            Q,
            |v| v["storage"][1]["mountPath"] = json!("/tmp"),
            "/storage/1/mountPath",
            Rule::Grammar(rule::Grammar::MountTarget),
        ),
        refused(
            "mount target: /etc",
            K8S,
            K,
            |v| v["storage"][1]["mountPath"] = json!("/etc"),
            "/storage/1/mountPath",
            Rule::Grammar(rule::Grammar::MountTarget),
        ),
        refused(
            "mount target: the service-account token",
            K8S,
            K,
            |v| {
                v["storage"][1]["mountPath"] =
                    json!("/var/run/secrets/kubernetes.io/serviceaccount")
            },
            "/storage/1/mountPath",
            Rule::Grammar(rule::Grammar::MountTarget),
        ),
        refused(
            "mount target with ..",
            K8S,
            K,
            |v| v["storage"][1]["mountPath"] = json!("/data/../etc"),
            "/storage/1/mountPath",
            Rule::Grammar(rule::Grammar::MountTarget),
        ),
        refused(
            "namespace: kube-system",
            K8S,
            K,
            |v| v["runtime"]["namespace"] = json!("kube-system"),
            "/runtime/namespace",
            Rule::Grammar(rule::Grammar::Namespace),
        ),
        refused(
            "namespace: default",
            K8S,
            K,
            |v| v["runtime"]["namespace"] = json!("default"),
            "/runtime/namespace",
            Rule::Grammar(rule::Grammar::Namespace),
        ),
        refused(
            "Kubernetes pod asking for host networking",
            K8S,
            K,
            |v| {
                v["runtime"]["networkMode"] = json!("host");
                v["policy"]["allowHostNetwork"] = json!(true);
            },
            "/runtime/networkMode",
            Rule::Pod(rule::Pod::HostNetwork),
        ),
        refused(
            "two items share the model host path",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/var/lib/agent-machine/models"),
            "/storage/1/hostPath",
            Rule::Pod(rule::Pod::UniqueStorageSource),
        ),
        refused(
            "two items share the model claim",
            K8S,
            K,
            |v| v["storage"][1]["pvcName"] = json!("agent-models"),
            "/storage/1/pvcName",
            Rule::Pod(rule::Pod::UniqueStorageSource),
        ),
        refused(
            "memory limit 0 (unlimited to podman)",
            LOCAL,
            Q,
            |v| v["resources"]["memoryBytes"] = json!({"request": 0, "limit": 0}),
            "/resources/memoryBytes/limit",
            Rule::Grammar(rule::Grammar::Memory),
        ),
        refused(
            "memory limit below podman's minimum",
            K8S,
            K,
            |v| v["resources"]["memoryBytes"] = json!({"request": 1, "limit": 4096}),
            "/resources/memoryBytes/limit",
            Rule::Grammar(rule::Grammar::Memory),
        ),
        refused(
            "CPU limit of zero millicores",
            LOCAL,
            Q,
            |v| v["resources"]["cpu"]["limit"] = json!("0m"),
            "/resources/cpu/limit",
            Rule::Grammar(rule::Grammar::CpuQuantity),
        ),
        refused(
            "CPU request above the limit",
            LOCAL,
            Q,
            |v| v["resources"]["cpu"] = json!({"request": "4", "limit": "2"}),
            "/resources/cpu/request",
            Rule::Pod(rule::Pod::CpuRequest),
        ),
        refused(
            "too many args",
            LOCAL,
            Q,
            |v| args(v, json!(vec![""; 257])),
            "/runtime/args",
            Rule::Pod(rule::Pod::Bounds),
        ),
        refused(
            "an arg over 8 KiB",
            LOCAL,
            Q,
            |v| args(v, json!(["x".repeat(8193)])),
            "/runtime/args/0",
            Rule::Pod(rule::Pod::Bounds),
        ),
        refused(
            "a label claims the renderer's manager key",
            LOCAL,
            Q,
            |v| v["labels"] = json!({"managed-by": "someone-else"}),
            "/labels/managed-by",
            Rule::Pod(rule::Pod::LabelKey),
        ),
        refused(
            "a label claims another pod's id",
            LOCAL,
            Q,
            |v| v["labels"] = json!({"agent-machine.sourceos.dev/agent-pod": "urn:srcos:agent-machine:agent-pod:other"}),
            "/labels/agent-machine.sourceos.dev~1agent-pod",
            Rule::Pod(rule::Pod::LabelKey),
        ),
        refused(
            "a label key holding '='",
            LOCAL,
            Q,
            |v| v["labels"] = json!({"a=b": "c"}),
            "/labels/a=b",
            Rule::Pod(rule::Pod::LabelKey),
        ),
        refused(
            "an implicit host port published twice",
            LOCAL,
            Q,
            |v| {
                v["ports"] = json!([
                    {"name": "a", "containerPort": 8080, "exposure": "loopback"},
                    {"name": "b", "containerPort": 9000, "hostPort": 8080, "exposure": "loopback"}
                ])
            },
            "/ports/1/hostPort",
            Rule::Pod(rule::Pod::UniqueHostPort),
        ),
        refused(
            "a storage class that is not a Kubernetes name",
            K8S,
            K,
            |v| v["storage"][1]["storageClassName"] = json!("Fast Class: x"),
            "/storage/1/storageClassName",
            Rule::Render(rule::Render::Dns1123Subdomain),
        ),
        refused(
            "a service account that is not a Kubernetes name",
            K8S,
            K,
            |v| v["runtime"]["serviceAccountName"] = json!("system:serviceaccount:kube-system:default"),
            "/runtime/serviceAccountName",
            Rule::Render(rule::Render::Dns1123Subdomain),
        ),
        refused(
            "a cache item names the model directory",
            LOCAL,
            Q,
            |v| {
                v["storage"] = json!([{
                    "cacheTierId": "urn:srcos:agent-machine:cache-tier:workstation-warm-cache",
                    "volumeClass": "agent-cache-warm",
                    "mountPath": "/data",
                    "hostPath": "/var/lib/agent-machine/models",
                    "accessMode": "read-write"
                }])
            },
            "/storage/0/hostPath",
            Rule::Storage(rule::Storage::ModelSource),
        ),
        refused(
            "a writable item beneath the model directory",
            LOCAL,
            Q,
            |v| v["storage"][1]["hostPath"] = json!("/var/lib/agent-machine/models/qwen"),
            "/storage/1/hostPath",
            Rule::Pod(rule::Pod::UniqueStorageSource),
        ),
        refused(
            "the model directory under /home and /var/home",
            LOCAL,
            Q,
            |v| {
                v["storage"][0]["hostPath"] = json!("/var/home/ada/.local/share/agent-machine/models");
                v["storage"][1]["hostPath"] = json!("/home/ada/.local/share/agent-machine/models");
            },
            "/storage/1/hostPath",
            Rule::Pod(rule::Pod::UniqueStorageSource),
        ),
        refused(
            "a cache item names the model claim",
            K8S,
            K,
            |v| {
                v["storage"] = json!([{
                    "cacheTierId": "urn:srcos:agent-machine:cache-tier:k8s-topolvm-warm-cache",
                    "volumeClass": "agent-cache-warm",
                    "mountPath": "/data",
                    "pvcName": "agent-models",
                    "accessMode": "read-write"
                }])
            },
            "/storage/0/pvcName",
            Rule::Storage(rule::Storage::ModelSource),
        ),
        refused(
            "an empty argument hides the ones after it",
            LOCAL,
            Q,
            |v| args(v, json!(["x", "", "--auth-required"])),
            "/runtime/args/1",
            Rule::Render(rule::Render::UnitSyntax),
        ),
        refused(
            "the namespace's default service account",
            K8S,
            K,
            |v| v["runtime"]["serviceAccountName"] = json!("default"),
            "/runtime/serviceAccountName",
            Rule::Pod(rule::Pod::ServiceAccount),
        ),
        refused(
            "an image name that is a Quadlet unit",
            LOCAL,
            Q,
            |v| v["runtime"]["imageOrCommand"] = json!("foo.image"),
            "/runtime/imageOrCommand",
            Rule::Grammar(rule::Grammar::ImageReference),
        ),
        refused(
            "a pinned reference with another digest than imageDigest",
            LOCAL,
            Q,
            |v| {
                v["runtime"]["imageOrCommand"] = json!(format!("ghcr.io/x/y@sha512:{}", "a".repeat(128)));
                v["runtime"]["imageDigest"] = json!(format!("sha256:{}", "b".repeat(64)));
            },
            "/runtime/imageDigest",
            Rule::SupplyChain(rule::SupplyChain::DigestMismatch),
        ),
        refused(
            "a mount at /var hides /var/run",
            LOCAL,
            Q,
            |v| v["storage"][1]["mountPath"] = json!("/var"),
            "/storage/1/mountPath",
            Rule::Grammar(rule::Grammar::MountTarget),
        ),
        refused(
            "a secret-shaped label key",
            K8S,
            K,
            |v| v["labels"] = json!({"ghp_abcdefghijklmnopqrstuvwxyz0123456789": "v"}),
            "/labels/ghp_abcdefghijklmnopqrstuvwxyz0123456789",
            Rule::Pod(rule::Pod::SecretInSpec),
        ),
        refused(
            "a writable mount over the entrypoint",
            LOCAL,
            Q,
            |v| v["storage"][1]["mountPath"] = json!("/app"),
            "/storage/1/mountPath",
            Rule::Pod(rule::Pod::WritableEntrypoint),
        ),
        refused(
            "a lookalike of the renderer's label key",
            LOCAL,
            Q,
            |v| v["labels"] = json!({"Managed-By": "x"}),
            "/labels/Managed-By",
            Rule::Pod(rule::Pod::LabelKey),
        ),
        refused(
            "a token glued to a word",
            LOCAL,
            Q,
            |v| v["labels"] = json!({"k": "x_ghp_abcdefghijklmnopqrstuvwxyz0123456789"}),
            "/labels/k",
            Rule::Pod(rule::Pod::SecretInSpec),
        ),
        // Safe: flags after the image are the workload's own arguments.
        case(
            "a podman flag as a workload argument",
            LOCAL,
            Q,
            |v| {
                args(
                    v,
                    json!(["--privileged", "--network=host", "-v", "/:/host"]),
                )
            },
            Safe("Exec=--privileged --network=host -v /:/host"),
        ),
        case(
            "a variable in an argument",
            LOCAL,
            Q,
            |v| args(v, json!(["$HOME", "${PATH}"])),
            Safe("Exec=$$HOME $${PATH}"),
        ),
        case(
            "a label key shaped like a flag",
            LOCAL,
            Q,
            |v| v["labels"] = json!({"--privileged": "x"}),
            Safe("--privileged=x"),
        ),
        case(
            "the model class comes from the tier only",
            LOCAL,
            Q,
            |v| {
                v["storage"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("volumeClass");
                v["storage"][0]["accessMode"] = json!("read-write");
            },
            Safe(":/models:ro,z"),
        ),
        // The item's declared class governs; the tier supplies location.
        case(
            "a model item drawn from a cache tier",
            LOCAL,
            Q,
            |v| {
                v["storage"][0]["cacheTierId"] =
                    json!("urn:srcos:agent-machine:cache-tier:workstation-warm-cache");
            },
            Safe("Volume=/var/lib/agent-machine/models:/models:ro,z\n"),
        ),
        refused(
            "a model item and a cache item share the cache tier's one host path",
            LOCAL,
            Q,
            |v| {
                v["storage"][0]["cacheTierId"] =
                    json!("urn:srcos:agent-machine:cache-tier:workstation-warm-cache");
                for item in v["storage"].as_array_mut().into_iter().flatten() {
                    item.as_object_mut().map(|o| o.remove("hostPath"));
                }
            },
            "/storage/1/cacheTierId",
            Rule::Storage(rule::Storage::ModelSource),
        ),
        refused(
            "a cache item drawn from the model tier takes the model path",
            LOCAL,
            Q,
            |v| {
                v["storage"][1]["cacheTierId"] =
                    json!("urn:srcos:agent-machine:cache-tier:workstation-models");
                v["storage"][1]
                    .as_object_mut()
                    .map(|o| o.remove("hostPath"));
            },
            "/storage/1/cacheTierId",
            Rule::Pod(rule::Pod::UniqueStorageSource),
        ),
    ]);
    c.push(admitted(
        "host exposure admitted",
        |_| {},
        Safe("PublishPort=8080:8080\n"),
    ));
    c.push(admitted(
        "admission for another pod",
        |a| a["request"]["agentPodId"] = json!("urn:srcos:agent-machine:agent-pod:other"),
        Refused("/ports/0/exposure", Rule::Render(rule::Render::Exposure)),
    ));
    c.push(admitted(
        "admission that denies host",
        |a| a["scope"]["denied"]["networkExposure"] = json!(["host"]),
        Refused("/ports/0/exposure", Rule::Render(rule::Render::Exposure)),
    ));
    c.push(admitted(
        "admission without host in scope",
        |a| a["scope"]["allowed"]["networkExposure"] = json!(["loopback"]),
        Refused("/ports/0/exposure", Rule::Render(rule::Render::Exposure)),
    ));
    c.push(admitted(
        "denied admission",
        |a| {
            a["decision"]["status"] = json!("denied");
            a["decision"]["authorizationGranted"] = json!(false);
        },
        Refused("/ports/0/exposure", Rule::Render(rule::Render::Exposure)),
    ));
    c
}

/// A Quadlet unit a case rendered, with the posture it was rendered under.
pub struct SafeUnit {
    /// The case.
    pub name: &'static str,
    /// The unit text.
    pub text: String,
    /// Its posture (admitted exposure, model mounts and sources).
    pub posture: Posture,
    /// The pod's arguments, exactly as the workload must receive them.
    pub args: Vec<String>,
}

/// A renderer: [`crate::render::render`], or (in the breakage tests) one with a guard
/// removed.
pub type Renderer<'a> = &'a dyn Fn(Artifact, &Input<'_>) -> Result<Rendered, Vec<Finding>>;

/// Runs every case: `load` reads an example by file name. Returns the
/// problems (a case that rendered but must be refused, was refused for
/// another reason, or rendered something the posture allow-lists reject —
/// the Quadlet unit's effective command, the Kubernetes fields) and the safe
/// Quadlet units.
pub fn run(
    load: &dyn Fn(&str) -> Option<Value>,
    tiers: &[CacheTier],
    render: Renderer<'_>,
) -> (Vec<String>, Vec<SafeUnit>) {
    let mut problems = Vec::new();
    let mut safe = Vec::new();
    let admission_base = load(ADMISSION);
    for case in cases() {
        let Some(mut value) = load(case.base) else {
            problems.push(format!(
                "{}: the example {} is missing",
                case.name, case.base
            ));
            continue;
        };
        // The edits index into the example (two storage items, one port);
        // an example of another shape is a problem to report, never a panic.
        let items = |key: &str, n: usize| {
            value[key]
                .as_array()
                .is_some_and(|a| a.len() >= n && a.iter().take(n).all(Value::is_object))
        };
        if !(items("storage", 2) && items("ports", 1) && value["runtime"].is_object()) {
            problems.push(format!(
                "{}: the example {} no longer has the shape the table edits (a runtime, two storage items, a port)",
                case.name, case.base
            ));
            continue;
        }
        (case.edit)(&mut value);
        let pod: AgentPod = match serde_json::from_value(value) {
            Ok(pod) => pod,
            Err(e) => {
                problems.push(format!(
                    "{}: the edited pod is not schema-valid: {e}",
                    case.name
                ));
                continue;
            }
        };
        let admission = match (case.admission, &admission_base) {
            (None, _) => None,
            (Some(edit), Some(base)) => admission_for(base, edit),
            (Some(_), None) => {
                problems.push(format!("{}: the example {ADMISSION} is missing", case.name));
                continue;
            }
        };
        let source = Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
        let input = Input {
            admission: admission.as_ref(),
            strict: case.strict,
            ..Input::new(&pod, &source, tiers)
        };
        match (case.expect, render(case.artifact, &input)) {
            (Expect::Refused(pointer, rule), Err(errors)) => {
                if !errors
                    .iter()
                    .any(|e| e.rule == rule && e.pointer == pointer)
                {
                    let got: Vec<String> = errors
                        .iter()
                        .map(|e| format!("{} [{}]", e.pointer, e.rule))
                        .collect();
                    problems.push(format!(
                        "{}: expected {rule} at {pointer}, got {}",
                        case.name,
                        got.join(", ")
                    ));
                }
            }
            (Expect::Refused(..), Ok(_)) => {
                problems.push(format!("{}: rendered, but must be refused", case.name))
            }
            (Expect::Safe(_), Err(errors)) => problems.push(format!(
                "{}: refused, but must render: {}",
                case.name,
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            )),
            (Expect::Safe(needle), Ok(rendered)) => {
                if !rendered.text.contains(needle) {
                    problems.push(format!("{}: {needle:?} is not in the artifact", case.name));
                }
                // The posture the render used; it rendered, so both succeed —
                // a failure here is reported, never replaced by a laxer default.
                let Some(posture) =
                    crate::rules::volumes::resolve(&pod, tiers)
                        .ok()
                        .and_then(|s| {
                            Posture::for_pod(&pod, admission.as_ref())
                                .ok()
                                .map(|p| p.with_storage(&s))
                        })
                else {
                    problems.push(format!(
                        "{}: rendered, but its posture cannot be rebuilt",
                        case.name
                    ));
                    continue;
                };
                let violations = match case.artifact {
                    Artifact::Quadlet => {
                        let mut v = posture.check_quadlet(&rendered.text);
                        if let Ok(argv) = crate::rules::posture::parse_unit(&rendered.text)
                            .and_then(|unit| quadlet_command(&unit))
                        {
                            v.extend(posture.check_podman_run(&argv));
                        }
                        v
                    }
                    Artifact::Kubernetes | Artifact::Crd => {
                        posture.check_kubernetes(&rendered.text)
                    }
                    Artifact::Plan => Vec::new(),
                };
                for v in violations {
                    problems.push(format!("{}: [{}] {}", case.name, v.rule, v.message));
                }
                if case.artifact == Artifact::Quadlet {
                    safe.push(SafeUnit {
                        name: case.name,
                        text: rendered.text,
                        posture,
                        args: pod
                            .runtime
                            .args
                            .iter()
                            .flat_map(|a| a.iter().cloned())
                            .collect(),
                    });
                }
            }
        }
    }
    (problems, safe)
}
