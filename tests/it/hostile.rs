//! The hostile AgentPod table (`agent_machine::release::gate::hostile`, shared with
//! the release gate's S9): each case is refused with a precise pointer and
//! rule, or rendered safely — and every safe Quadlet unit goes through the
//! real Podman generator, whose `podman run` line is checked with the posture
//! model's allow-list.

use crate::support;

use std::process::Command;

use agent_machine::release::gate::hostile::{self, SafeUnit};
use agent_machine::render::{self, Artifact, Input};
use agent_machine::rules::posture::{Posture, split_words};
use serde_json::Value;

fn load(file: &str) -> Option<Value> {
    Some(support::example(file))
}

#[test]
fn every_hostile_case_is_refused_precisely_or_rendered_safely() {
    assert!(
        hostile::cases().len() >= 90,
        "{} cases",
        hostile::cases().len()
    );
    let tiers = support::example_tiers();
    let (problems, safe) = hostile::run(&load, &tiers, &render::render);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(safe.len() >= 10, "{} safe units", safe.len());
    proves_nothing_was_injected(&safe);
}

/// Without a volume class (on the item or from a supplied CacheTier) nobody
/// can tell a model volume from a cache: the mount is refused, never guessed
/// writable.
#[test]
fn a_mount_whose_class_is_unknown_is_refused() {
    let mut v: Value = support::example(hostile::LOCAL);
    v["storage"][0]
        .as_object_mut()
        .unwrap()
        .remove("volumeClass");
    v["storage"][0]["accessMode"] = "read-write".into();
    let pod: agent_machine::contracts::AgentPod = serde_json::from_value(v).unwrap();
    let source = render::Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    for artifact in [Artifact::Quadlet, Artifact::Plan] {
        let errors = render::render(artifact, &Input::new(&pod, &source, &[])).unwrap_err();
        assert_eq!(
            errors
                .iter()
                .map(|e| (e.pointer.as_str(), e.rule.code()))
                .collect::<Vec<_>>(),
            [("/storage/0/volumeClass", "storage/volume-class-unknown")],
            "{artifact}"
        );
    }
}

/// A CacheTier that grants read-only access narrows what the pod asks.
#[test]
fn a_read_only_tier_narrows_the_mount() {
    let mut v: Value = support::example(hostile::LOCAL);
    v["storage"][1]["accessMode"] = "read-write".into();
    let pod: agent_machine::contracts::AgentPod = serde_json::from_value(v).unwrap();
    let mut tiers = support::example_tiers();
    let warm = tiers
        .iter_mut()
        .find(|t| t.id.as_str() == pod.storage[1].cache_tier_id)
        .unwrap();
    let mut tier = serde_json::to_value(&*warm).unwrap();
    tier["mount"]["mode"] = "read-only".into();
    *warm = serde_json::from_value(tier).unwrap();
    let source = render::Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
    let unit = render::render(Artifact::Quadlet, &Input::new(&pod, &source, &tiers)).unwrap();
    assert!(
        unit.text.contains(":/var/cache/agent/kv:ro,z"),
        "{}",
        unit.text
    );
}

/// An example of another shape than the table edits is reported, never a
/// panic (the gate runs the table on any tree).
#[test]
fn an_example_of_another_shape_is_a_problem_not_a_panic() {
    let tiers = support::example_tiers();
    let load = |file: &str| {
        let mut v: Value = support::example(file);
        if file == hostile::LOCAL {
            v["storage"] = serde_json::json!([]);
        }
        Some(v)
    };
    let (problems, _) = hostile::run(&load, &tiers, &render::render);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("no longer has the shape")),
        "{problems:?}"
    );
}

/// S9 can fail: with the refusal guard removed (the renderer accepts a pod it
/// must refuse) or with a renderer regression (a flag outside the allow-list
/// in every unit), the table reports exactly those cases.
#[test]
fn the_table_turns_red_when_a_guard_is_removed() {
    let tiers = support::example_tiers();
    let local: agent_machine::contracts::AgentPod = support::example(hostile::LOCAL);
    let accept_all = |artifact: Artifact, input: &Input<'_>| {
        render::render(artifact, input).or_else(|_| {
            let source = input.source.clone();
            render::render(Artifact::Quadlet, &Input::new(&local, &source, input.tiers))
        })
    };
    let (problems, _) = hostile::run(&load, &tiers, &accept_all);
    let refused = hostile::cases()
        .iter()
        .filter(|c| matches!(c.expect, hostile::Expect::Refused(..)))
        .count();
    assert_eq!(
        problems
            .iter()
            .filter(|p| p.ends_with("rendered, but must be refused"))
            .count(),
        refused,
        "{problems:?}"
    );
    let privileged = |artifact: Artifact, input: &Input<'_>| {
        render::render(artifact, input).map(|mut r| {
            r.text = r
                .text
                .replace("[Service]", "PodmanArgs=--privileged\n\n[Service]");
            r
        })
    };
    let (problems, safe) = hostile::run(&load, &tiers, &privileged);
    assert!(!safe.is_empty());
    for unit in &safe {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("{}: [posture/privileged] quadlet", unit.name))),
            "{}: {problems:?}",
            unit.name
        );
    }
}

/// Runs every safe unit through the real generator and checks its `ExecStart`
/// with the posture model's allow-list: every argument before the image is
/// one the renderer emits by design, the image position holds a valid
/// reference, and the hardening flags are there — on the real consumer's
/// command, not on the renderer's intent.
fn proves_nothing_was_injected(units: &[SafeUnit]) {
    let Some(quadlet) = support::validator("quadlet") else {
        return;
    };
    let dir = support::scratch("hostile-units");
    for (i, SafeUnit { text, .. }) in units.iter().enumerate() {
        let text: String = text
            .lines()
            .map(|l| {
                if l.starts_with("ContainerName=") {
                    format!("ContainerName=case-{i}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        std::fs::write(dir.join(format!("case-{i}.container")), text).unwrap();
    }
    let out = Command::new(quadlet)
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (
        i,
        SafeUnit {
            name,
            posture,
            text,
            args,
        },
    ) in units.iter().enumerate()
    {
        let service = stdout
            .split("---")
            .find(|s| s.contains(&format!("--name case-{i} ")))
            .unwrap_or_else(|| panic!("{name}: the generator produced no service"));
        let keys: Vec<&str> = service
            .lines()
            .filter_map(|l| l.split_once('=').map(|(k, _)| k))
            .collect();
        assert_eq!(
            keys.iter().filter(|k| **k == "ExecStart").count(),
            1,
            "{name}"
        );
        assert!(
            !keys.contains(&"ExecStartPre") && !keys.contains(&"AddCapability"),
            "{name}"
        );
        let exec = service
            .lines()
            .find_map(|l| l.strip_prefix("ExecStart="))
            .unwrap();
        let argv = split_words(exec).unwrap_or_else(|e| panic!("{name}: {e}: {exec}"));
        assert_eq!(argv[..2], ["/usr/bin/podman", "run"], "{name}");
        let violations = posture.check_podman_run(&argv[2..]);
        assert!(violations.is_empty(), "{name}: {violations:?} in {exec}");
        // Every argument reaches the workload exactly: after the image, the
        // real command holds the pod's args, `%` and `$` escaped for systemd
        // (split_words reads `%%` and `$$` back as systemd does).
        let image = text.lines().find_map(|l| l.strip_prefix("Image=")).unwrap();
        let at = argv
            .iter()
            .position(|a| a == image)
            .unwrap_or_else(|| panic!("{name}: {exec}"));
        assert_eq!(argv[at + 1..], args[..], "{name}: {exec}");
        // …and no specifier systemd would expand is left after the image.
        let tail = &exec[exec.find(&format!(" {image}")).unwrap()..];
        assert!(
            !lone_percent(tail),
            "{name}: a % specifier after the image in {exec}"
        );
    }
}

/// Whether `s` holds a `%` that is not part of a `%%` pair.
fn lone_percent(s: &str) -> bool {
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '%' && chars.next() != Some('%') {
            return true;
        }
    }
    false
}

/// The allow-list check itself can fail on a real generator command: a flag
/// injected before the image, a flag in the image position, a wide publish.
#[test]
fn the_command_allow_list_catches_what_it_must() {
    let posture = Posture::default();
    let base = "--name x --cidfile=%t/%N.cid --replace --rm --cgroups=split --tmpfs /tmp \
                --sdnotify=conmon -d --security-opt=no-new-privileges --cap-drop all --read-only \
                -v /var/lib/agent-machine/models:/models:ro,z --publish 127.0.0.1:8080:8080 \
                --label a=b --memory=17179869184 --memory-reservation=0 --cpus=0.5";
    let argv = |s: &str| split_words(s).unwrap();
    let rules = |s: &str| -> Vec<&str> {
        posture
            .check_podman_run(&argv(s))
            .iter()
            .map(|v| v.rule.code())
            .collect()
    };
    assert_eq!(
        rules(&format!("{base} alpine:3 --privileged")),
        Vec::<&str>::new()
    );
    for (injected, rule) in [
        ("--privileged alpine:3", "posture/privileged"),
        ("--network=host alpine:3", "posture/host-network"),
        ("--publish=0.0.0.0:22:22 alpine:3", "posture/exposure"),
        ("--volume=/:/host:rw alpine:3", "posture/host-path"),
        (
            "-v /var/lib/agent-machine/x:/proc:rw,Z alpine:3",
            "posture/mount-target",
        ),
        ("--pid=host alpine:3", "posture/podman-flag"),
        ("--memory=0 alpine:3", "posture/podman-flag"),
        ("--entrypoint=--x alpine:3", "posture/podman-flag"),
        (
            "-v /var/lib/agent-machine/models:/m:rw,Z alpine:3",
            "posture/duplicate-mount",
        ),
        (
            "-v /var/lib/agent-machine/x:/models:rw,Z alpine:3",
            "posture/duplicate-mount",
        ),
    ] {
        assert_eq!(rules(&format!("{base} {injected}")), [rule], "{injected}");
    }
    assert_eq!(rules(&format!("{base} sh@sha256:x")), ["posture/image"]);
    assert_eq!(
        split_words("alpine $HOME"),
        Err("an unescaped $VARIABLE, which systemd would expand".to_string()),
        "systemd would expand it"
    );
    assert_eq!(
        split_words("a $$HOME 100%%").unwrap(),
        ["a", "$HOME", "100%"]
    );
    assert!(lone_percent(" alpine %n") && !lone_percent(" alpine 100%%"));
    assert_eq!(rules(base), ["posture/image"]);
    let stripped = base.replace("--read-only", "");
    assert_eq!(rules(&format!("{stripped} alpine")), ["posture/hardening"]);
}
