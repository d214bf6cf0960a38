//! Rootless Podman Quadlet `.container` units.
//!
//! Every unit runs read-only, with `no-new-privileges`, all capabilities
//! dropped and none added, a tmpfs `/tmp`, ports published on loopback only,
//! model mounts read-only and SELinux-relabelled volumes. Only keys the Quadlet
//! generator of Podman 5.0 and later accepts are emitted (checked against the
//! real generator of Podman 5.4.2 by `tests/it/external_validators.rs`); memory
//! and CPU limits go through `PodmanArgs=` because Quadlet has no key for them
//! before Podman 5.5.
//!
//! Values are escaped for systemd unit syntax: `%` specifiers are doubled,
//! `$` is doubled where systemd would expand it, and words with spaces,
//! quotes or apostrophes are quoted — never refused. A value that cannot be
//! represented (a control character such as a newline or NUL) is an input
//! error, so no value can ever add a key or a section to the unit.

use std::fmt::Write as _;

use crate::contracts::agent_pod::{
    AgentPod, AgentPodPortsItemExposure, AgentPodRuntimeNetworkMode, AgentPodRuntimeRestartPolicy,
};

use super::NOT_AUTHORIZATION;
use crate::base::finding::Finding;
use crate::base::names;
use crate::base::rule::{self, Rule};
use crate::rules::accelerators::Accelerators;
use crate::rules::posture::Posture;
use crate::rules::semantics::CheckedPod;
use crate::rules::volumes::Resolved;

/// A rendered unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// The unit file name (`<container name>.container`).
    pub file_name: String,
    /// The unit text.
    pub text: String,
    /// Things the operator should know.
    pub warnings: Vec<String>,
}

/// Container label keeping the contract's restart policy when systemd has no
/// equivalent (`policy-managed`); the Kubernetes renderer keeps it in the Pod
/// annotation of the same key.
pub const RESTART_POLICY_LABEL: &str = "agent-machine.sourceos.dev/restart-policy";

/// The `[Service] Restart=` value of a contract restart policy, and whether the
/// contract value must be kept in [`RESTART_POLICY_LABEL`].
///
/// `policy-managed` becomes `always`, as in Kubernetes
/// ([`super::kubernetes::restart_policy`]): the policy layer decides whether
/// the unit runs (activation starts it, deactivation stops it — systemd never
/// restarts a unit after an explicit stop), and while it runs systemd keeps the
/// admitted workload up.
pub fn restart_policy(policy: AgentPodRuntimeRestartPolicy) -> (&'static str, bool) {
    match policy {
        AgentPodRuntimeRestartPolicy::Never => ("no", false),
        AgentPodRuntimeRestartPolicy::OnFailure => ("on-failure", false),
        AgentPodRuntimeRestartPolicy::Always => ("always", false),
        AgentPodRuntimeRestartPolicy::PolicyManaged => ("always", true),
    }
}

/// The largest unit rendered: the generator's `ExecStart=` holds every
/// value of the unit on one line, and systemd refuses a line over 1 MiB
/// (`LONG_LINE_MAX`); half of it leaves room for the generator's own flags
/// and its escaping.
pub const MAX_UNIT_BYTES: usize = 512 * 1024;

/// Refuses characters that have no safe representation in a unit file.
fn representable(value: &str, pointer: &str) -> Result<(), Finding> {
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        return Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::UnitSyntax),
            format!(
                "{value:?} contains the control character {c:?}, which a systemd unit cannot hold safely"
            ),
        ));
    }
    Ok(())
}

/// One word of a word-split value (`Exec=`, `Label=`, `PodmanArgs=`).
///
/// Measured with the real generator (Podman 5.4.2): Quadlet unquotes a word
/// and re-quotes it for `ExecStart=`, except a lone `;`, which it writes bare —
/// and systemd reads a bare `;` as a command separator. A lone `;` therefore
/// cannot be passed through safely and is refused; `;` inside a longer word is
/// fine. An unquoted backslash makes Quadlet drop the whole `Exec=` line
/// silently, so every word with a backslash is quoted.
fn word(value: &str, pointer: &str) -> Result<String, Finding> {
    representable(value, pointer)?;
    if value == ";" {
        return Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::UnitSyntax),
            "a lone \";\" argument would separate commands in systemd's ExecStart; it cannot be passed through a Quadlet unit",
        ));
    }
    if value.is_empty() {
        // Measured with the real generator (Podman 5.4.2): `Exec=x "" --flag`
        // becomes `podman run … <image> x` — every word from an empty one on
        // is dropped, so a flag after it would silently not run.
        return Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::UnitSyntax),
            "an empty argument cannot pass through a Quadlet unit: the generator drops it and every argument after it",
        ));
    }
    let escaped = value.replace('%', "%%").replace('$', "$$");
    let needs_quotes = escaped.is_empty()
        || escaped
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '\\' | ';'));
    if needs_quotes {
        Ok(format!(
            "\"{}\"",
            escaped.replace('\\', "\\\\").replace('"', "\\\"")
        ))
    } else {
        Ok(escaped)
    }
}

/// A whole-line value (`Description=`, `Image=`): specifiers escaped; no
/// control characters, no surrounding whitespace, no trailing backslash.
fn line_value(value: &str, pointer: &str) -> Result<String, Finding> {
    representable(value, pointer)?;
    if value.trim() != value || value.ends_with('\\') {
        return Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::UnitSyntax),
            format!(
                "{value:?} would change meaning in a unit file (surrounding whitespace or a trailing backslash)"
            ),
        ));
    }
    Ok(value.replace('%', "%%"))
}

/// An absolute, normalized path without characters that would break a
/// `Volume=` specification.
fn mount_path(value: &str, pointer: &str) -> Result<String, Finding> {
    representable(value, pointer)?;
    let normalized = value.starts_with('/')
        && !value
            .split('/')
            .skip(1)
            .any(|seg| seg.is_empty() || seg == "." || seg == "..")
        || value == "/";
    if !normalized {
        return Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::Path),
            format!(
                "{value:?} must be an absolute, normalized path (no '.', '..', '//' or trailing '/')"
            ),
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|c| c.is_whitespace() || matches!(c, ':' | ',' | '%' | '$' | '"' | '\'' | '\\'))
    {
        return Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::Path),
            format!("{value:?} contains {c:?}, which a Volume= specification cannot carry"),
        ));
    }
    Ok(value.to_string())
}

/// The image a pod names, pinned to its digest when it has one — for reports
/// about any pod, valid or not. Renderers emit [`CheckedPod::image`], which is
/// the same reference parsed into its grammar.
pub fn image_reference(pod: &AgentPod) -> String {
    let image = &pod.runtime.image_or_command;
    match (
        crate::base::grammar::ImageRef::parse(image),
        &pod.runtime.image_digest,
    ) {
        (Ok(parsed), Some(digest)) => parsed
            .pinned(digest.as_str())
            .map_or_else(|_| image.clone(), |p| p.to_string()),
        _ => image.clone(),
    }
}

/// Args that make a server listen on loopback *inside* the container, which
/// a published port cannot reach (Podman ≥ 5.2 with pasta).
fn loopback_bind_warning(args: &[String]) -> Option<String> {
    let loopback = |v: &str| matches!(v, "127.0.0.1" | "localhost" | "::1" | "[::1]");
    let flags = ["--host", "--bind", "--listen", "--address", "--hostname"];
    for (i, arg) in args.iter().enumerate() {
        let bound = match arg.split_once('=') {
            Some((flag, value)) if flags.contains(&flag) => loopback(value),
            _ => flags.contains(&arg.as_str()) && args.get(i + 1).is_some_and(|v| loopback(v)),
        };
        if bound {
            return Some(format!(
                "runtime.args bind a loopback address inside the container ({arg} …): since Podman 5.2 a published port cannot reach it; bind 0.0.0.0 inside (publishing stays on host loopback)"
            ));
        }
    }
    None
}

/// Renders the Quadlet unit of a local Podman pod.
pub fn render(
    pod: &AgentPod,
    checked: &CheckedPod,
    storage: &[Resolved],
    accelerators: &Accelerators,
    posture: &Posture,
) -> Result<Unit, Finding> {
    let name = names::container_name(&pod.workload.name, "/workload/name")?;
    let mut warnings = Vec::new();
    let mut container: Vec<(&str, String)> = Vec::new();

    container.push(("ContainerName", name.clone()));
    // Typed values: an image reference and an entrypoint cannot hold a
    // flag, whitespace, `%` or `$` (see crate::base::grammar).
    container.push(("Image", checked.image.to_string()));
    if let Some(entrypoint) = &checked.entrypoint {
        container.push(("Entrypoint", entrypoint.as_str().to_string()));
    }
    let args: Vec<String> = pod
        .runtime
        .args
        .iter()
        .flat_map(|a| a.iter().cloned())
        .collect();
    if !args.is_empty() {
        let words = args
            .iter()
            .enumerate()
            .map(|(i, a)| word(a, &format!("/runtime/args/{i}")))
            .collect::<Result<Vec<_>, _>>()?;
        container.push(("Exec", words.join(" ")));
        warnings.extend(loopback_bind_warning(&args));
    }

    // The environment (v0.2.0): each variable one `NAME=value` word, quoted
    // and escaped like any other; the generator sorts them by name.
    let env: Vec<_> = pod.runtime.env.iter().flat_map(|e| e.iter()).collect();
    if !env.is_empty() {
        let words = env
            .iter()
            .enumerate()
            .map(|(i, var)| {
                word(
                    &format!("{}={}", var.name.as_str(), var.value.as_str()),
                    &format!("/runtime/env/{i}/value"),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        container.push(("Environment", words.join(" ")));
    }
    // Secrets by reference: a Podman secret's name and the variable it
    // becomes, both in their grammars (a label and an env name: no comma,
    // no `=`, nothing to escape); the value stays in Podman's secret store.
    for secret in pod.runtime.secret_refs.iter().flat_map(|e| e.iter()) {
        container.push((
            "Secret",
            format!(
                "{},type=env,target={}",
                secret.name.as_str(),
                secret.target.as_str()
            ),
        ));
    }
    if let Some(shm) = pod.runtime.shm_size_bytes {
        container.push(("ShmSize", shm.to_string()));
    }
    if pod.runtime.health.is_some() {
        warnings.push(
            "runtime.health is rendered as Kubernetes probes only: a Podman health check runs a command inside the image, which the AgentPod does not name, so the unit keeps the image's own health check".to_string(),
        );
    }

    // The hardening every unit carries.
    container.push(("ReadOnly", "true".into()));
    container.push(("NoNewPrivileges", "true".into()));
    container.push(("DropCapability", "all".into()));
    container.push(("Tmpfs", "/tmp".into()));
    // Typed devices of the required accelerators only (see accelerators.rs).
    for device in &accelerators.devices {
        container.push(("AddDevice", device.to_string()));
    }

    let ports: Vec<_> = pod.ports.iter().flat_map(|p| p.iter()).collect();
    match pod.runtime.network_mode {
        AgentPodRuntimeNetworkMode::Loopback => {}
        AgentPodRuntimeNetworkMode::Slirp4netns => {
            container.push(("Network", "slirp4netns".into()))
        }
        AgentPodRuntimeNetworkMode::None => {
            if let Some(i) = ports
                .iter()
                .position(|p| p.exposure != AgentPodPortsItemExposure::None)
            {
                return Err(Finding::new(
                    format!("/ports/{i}/exposure"),
                    Rule::Render(rule::Render::Network),
                    "networkMode none cannot publish a port; use exposure none or networkMode loopback",
                ));
            }
            container.push(("Network", "none".into()));
        }
        other => {
            return Err(Finding::new(
                "/runtime/networkMode",
                Rule::Render(rule::Render::Network),
                format!(
                    "networkMode {other} is not allowed for a local unit: use loopback, slirp4netns or none (never the host network)"
                ),
            ));
        }
    }
    for (i, port) in ports.iter().enumerate() {
        match port.exposure {
            AgentPodPortsItemExposure::None => {}
            AgentPodPortsItemExposure::Loopback => {
                let host = port.host_port.unwrap_or(port.container_port);
                container.push((
                    "PublishPort",
                    format!("127.0.0.1:{host}:{}", port.container_port),
                ));
            }
            AgentPodPortsItemExposure::Host if posture.admits("host") => {
                let host = port.host_port.unwrap_or(port.container_port);
                container.push(("PublishPort", format!("{host}:{}", port.container_port)));
            }
            other => {
                return Err(Finding::new(
                    format!("/ports/{i}/exposure"),
                    Rule::Render(rule::Render::Exposure),
                    format!(
                        "exposure {other} is wider than loopback; a local unit publishes on loopback only (host exposure needs a PolicyAdmission that allows it: --admission)"
                    ),
                ));
            }
        }
    }

    for s in storage {
        let host = s.host_path.as_deref().ok_or_else(|| {
            Finding::new(
                format!("{}/hostPath", s.pointer()),
                Rule::Render(rule::Render::HostPath),
                "a local mount needs a hostPath: set it on the storage item or supply its CacheTier (--cache-tier)",
            )
        })?;
        let host = mount_path(host, &format!("{}/hostPath", s.pointer()))?;
        let target = mount_path(&s.mount_path, &format!("{}/mountPath", s.pointer()))?;
        // Models and read-only items are mounted read-only with a shared
        // label (`z`); writable ones get a private label (`Z`).
        let options = if s.read_only() || s.is_models() {
            "ro,z"
        } else {
            "rw,Z"
        };
        container.push(("Volume", format!("{host}:{target}:{options}")));
    }

    let mut labels = vec![word("managed-by=agent-machine", "")?];
    labels.push(word(
        &format!("agent-machine.sourceos.dev/agent-pod={}", pod.id.as_str()),
        "/id",
    )?);
    let (restart, keep_restart) = restart_policy(pod.runtime.restart_policy);
    if keep_restart {
        labels.push(word(
            &format!("{RESTART_POLICY_LABEL}={}", pod.runtime.restart_policy),
            "/runtime/restartPolicy",
        )?);
    }
    if let Some(map) = &pod.labels {
        for (k, v) in map.iter() {
            labels.push(word(
                &format!("{k}={v}"),
                &format!("/labels/{}", crate::base::json::escape_pointer_segment(k)),
            )?);
        }
    }
    container.push(("Label", labels.join(" ")));

    container.push((
        "PodmanArgs",
        format!(
            "--memory={} --memory-reservation={} --cpus={}",
            checked.memory_limit.bytes(),
            pod.resources.memory_bytes.request,
            checked.cpu_limit.podman_cpus()
        ),
    ));

    let description = match &pod.workload.description {
        Some(d) => format!("{} — {d}", pod.workload.name),
        None => pod.workload.name.clone(),
    };

    let mut text = String::new();
    let _ = writeln!(
        text,
        "# Rendered by agent-machine from {}.",
        pod.id.as_str()
    );
    let _ = writeln!(
        text,
        "# Edit the AgentPod and render again; do not edit this file."
    );
    let _ = writeln!(text, "# {NOT_AUTHORIZATION}");
    let _ = writeln!(text, "[Unit]");
    let _ = writeln!(
        text,
        "Description={}",
        line_value(&description, "/workload/description")?
    );
    let _ = writeln!(text);
    let _ = writeln!(text, "[Container]");
    for (key, value) in &container {
        let _ = writeln!(text, "{key}={value}");
    }
    let _ = writeln!(text);
    let _ = writeln!(text, "[Service]");
    let _ = writeln!(text, "Restart={restart}");
    let _ = writeln!(text, "TimeoutStartSec=900");
    let _ = writeln!(text);
    let _ = writeln!(text, "[Install]");
    let _ = writeln!(text, "WantedBy=default.target");

    // systemd reads a unit line of at most 1 MiB, and the generator joins
    // every value of [Container] into one ExecStart= line: a unit that big
    // would render and then fail to load.
    if text.len() > MAX_UNIT_BYTES {
        return Err(Finding::new(
            "",
            Rule::Render(rule::Render::UnitSize),
            format!(
                "the unit would be {} bytes; systemd loads a generated ExecStart= of at most 1 MiB, so a unit is kept under {MAX_UNIT_BYTES} bytes (fewer or shorter args, env values or labels)",
                text.len()
            ),
        ));
    }
    Ok(Unit {
        file_name: format!("{name}.container"),
        text,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_not_refused() {
        assert_eq!(word("plain", "").unwrap(), "plain");
        assert_eq!(word("two words", "").unwrap(), "\"two words\"");
        assert_eq!(word("it's", "").unwrap(), "\"it's\"");
        assert_eq!(word("say \"hi\"", "").unwrap(), "\"say \\\"hi\\\"\"");
        assert_eq!(word("100%", "").unwrap(), "100%%");
        assert_eq!(word("$HOME", "").unwrap(), "$$HOME");
        assert_eq!(word("x;y", "").unwrap(), "\"x;y\"");
        assert_eq!(word("a\\b", "").unwrap(), "\"a\\\\b\"");
        assert_eq!(
            word(";", "/runtime/args/3").unwrap_err().rule,
            Rule::Render(rule::Render::UnitSyntax)
        );
        assert_eq!(
            word("", "/runtime/args/1").unwrap_err().rule,
            Rule::Render(rule::Render::UnitSyntax)
        );
    }

    #[test]
    fn control_characters_are_refused() {
        let err = word("a\nPodmanArgs=--privileged", "/runtime/args/0").unwrap_err();
        assert_eq!(err.rule, Rule::Render(rule::Render::UnitSyntax));
        assert_eq!(err.pointer, "/runtime/args/0");
        assert!(word("nul\0", "").is_err());
        assert!(line_value("trailing\\", "").is_err());
        assert!(line_value(" padded", "").is_err());
    }

    #[test]
    fn paths_must_be_absolute_and_normalized() {
        assert!(mount_path("/var/lib/models", "").is_ok());
        for bad in ["relative", "/a/../b", "/a//b", "/a/", "/a b", "/a:b"] {
            assert!(mount_path(bad, "").is_err(), "{bad}");
        }
    }

    #[test]
    fn loopback_binds_inside_are_noticed() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(loopback_bind_warning(&args(&["--host", "127.0.0.1"])).is_some());
        assert!(loopback_bind_warning(&args(&["--host=localhost"])).is_some());
        assert!(loopback_bind_warning(&args(&["--host", "0.0.0.0"])).is_none());
    }
}
