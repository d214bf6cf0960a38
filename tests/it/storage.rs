//! Storage plans for local LVM and TopoLVM, and verification of observed
//! receipts against their tiers.

use crate::support;

use agent_machine::base::input::parse_document;
use agent_machine::base::json::Limits;
use agent_machine::contracts::{AgentPod, StorageReceipt};
use agent_machine::governance::storage::{plan, verify};
use agent_machine::governance::validate::{Mode, validate};
use agent_machine::rules::semantics::is_plan;
use serde_json::json;
use std::collections::BTreeSet;

fn valid(r: &StorageReceipt) -> bool {
    let text = serde_json::to_string(r).unwrap();
    validate(
        &parse_document("r".into(), text.as_bytes(), Limits::default()).unwrap(),
        Mode::default(),
    )
    .is_valid()
}

#[test]
fn local_lvm_plans_carry_receipts_and_exact_steps() {
    let pod: AgentPod = support::example("local-podman-llama-cpp.agent-pod.json");
    let planned = plan(
        &pod,
        &support::example_tiers(),
        "urn:srcos:agent-machine:workstation-alpha",
        "2026-05-12T09:00:00Z",
    )
    .unwrap();
    assert_eq!(planned.len(), 2);
    for p in &planned {
        assert!(valid(&p.receipt) && is_plan(&p.receipt));
        assert_eq!(p.receipt.backend.to_string(), "local-lvm");
        assert!(
            p.steps[0].starts_with("lvcreate --name local-podman-llama-cpp-agent-"),
            "{:?}",
            p.steps
        );
        assert!(
            p.steps
                .iter()
                .any(|s| s.starts_with("cryptsetup luksFormat")),
            "the tier requires encryption"
        );
        assert!(
            p.steps
                .last()
                .unwrap()
                .starts_with("mount -t xfs -o nodev,nosuid")
        );
        // A plan is not an observation: verify refuses it, and a plan
        // observed nothing of what the tier requires either.
        assert_eq!(
            verify_rules(&p.receipt, &support::example_tiers()),
            [
                "storage/planned",
                "storage/encryption-observed",
                "storage/quota-observed"
            ]
        );
    }
}

#[test]
fn topolvm_plans_name_the_pvc_and_storage_class() {
    let pod: AgentPod = support::example("k8s-topolvm.agent-pod.json");
    let planned = plan(
        &pod,
        &support::example_tiers(),
        "urn:srcos:agent-machine:k8s-pool-a",
        "2026-05-12T09:00:00Z",
    )
    .unwrap();
    assert_eq!(planned.len(), 3);
    for p in &planned {
        assert!(valid(&p.receipt));
        let r = serde_json::to_value(&p.receipt.reference).unwrap();
        assert_eq!(r["referenceType"], "topolvm-pvc");
        assert_eq!(r["storageClassName"], "topolvm-provisioner");
        assert!(
            p.steps[0].contains("apply") && p.steps[0].contains(r["pvcName"].as_str().unwrap())
        );
    }
}

#[test]
fn verify_checks_observed_receipts_against_their_tier() {
    let tiers = support::example_tiers();
    let ok: StorageReceipt = support::example("local-lvm-warm-cache.storage-receipt.json");
    assert_eq!(verify(&ok, &tiers), Vec::<String>::new());
    let mut v = serde_json::to_value(&ok).unwrap();
    v["encryption"]["observed"] = json!(false);
    v["encryption"]["required"] = json!(false);
    let unencrypted: StorageReceipt = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(
        verify_rules(&unencrypted, &tiers),
        ["storage/encryption-observed"],
        "the tier requires it"
    );
    v["filesystem"]["worldWritable"] = json!(true);
    let open: StorageReceipt = serde_json::from_value(v).unwrap();
    assert_eq!(
        verify_rules(&open, &tiers),
        ["storage/world-writable", "storage/encryption-observed"]
    );
}

/// The rule of every problem `verify` reports (`<rule>: <message>`), in order.
fn verify_rules(receipt: &StorageReceipt, tiers: &[CacheTier]) -> Vec<String> {
    verify(receipt, tiers)
        .iter()
        .map(|p| {
            p.split_once(": ")
                .unwrap_or_else(|| panic!("a problem names its rule: {p}"))
                .0
                .to_string()
        })
        .collect()
}

/// A CacheTier is user input too: every value of it that reaches a
/// provisioning command is in its grammar, or the plan is refused.
#[test]
fn tier_values_that_reach_provisioning_commands_are_parsed() {
    let pod: AgentPod = support::example("local-podman-llama-cpp.agent-pod.json");
    type Edit = fn(&mut serde_json::Value);
    let cases: [(Edit, &str); 5] = [
        (
            |t| t["labels"] = json!({"agent-machine.sourceos.dev/volume-group": "--config=devices/filter=[\"a|.*|\"]"}),
            "grammar/lvm-name",
        ),
        (
            |t| t["labels"] = json!({"agent-machine.sourceos.dev/volume-group": ".."}),
            "grammar/lvm-name",
        ),
        (
            |t| t["mount"]["filesystem"] = json!("../../../tmp/pwn"),
            "grammar/filesystem",
        ),
        (
            |t| t["mount"]["mountOptions"] = json!(["exec", "suid", "dev"]),
            "grammar/mount-options",
        ),
        (
            |t| t["mount"]["mountOptions"] = json!(["X-mount.mkdir=0777"]),
            "grammar/mount-options",
        ),
    ];
    for (edit, rule) in cases {
        let tiers: Vec<agent_machine::contracts::CacheTier> = support::example_tiers()
            .into_iter()
            .map(|t| {
                let mut v = serde_json::to_value(&t).unwrap();
                if v["id"] == pod.storage[1].cache_tier_id.as_str() {
                    edit(&mut v);
                }
                serde_json::from_value(v).unwrap()
            })
            .collect();
        let err = plan(
            &pod,
            &tiers,
            "urn:srcos:agent-machine:workstation-alpha",
            "2026-05-12T09:00:00Z",
        )
        .unwrap_err();
        assert_eq!(
            (err.pointer.as_str(), err.rule.code()),
            ("/storage/1/cacheTierId", rule)
        );
    }
    // Without options the hardening is there.
    let planned = plan(
        &pod,
        &support::example_tiers(),
        "urn:srcos:agent-machine:workstation-alpha",
        "2026-05-12T09:00:00Z",
    )
    .unwrap();
    for p in &planned {
        let mount = p.steps.iter().find(|s| s.starts_with("mount ")).unwrap();
        assert!(
            mount.contains("nodev") && mount.contains("nosuid"),
            "{mount}"
        );
    }
}

// ---------------------------------------------------------------------------
// Issue 12: storage plans are commands someone will run as root, and
// `storage verify` binds receipts to a machine and a pod and to the strictest
// tier that matches.
// ---------------------------------------------------------------------------

use agent_machine::contracts::CacheTier;
use agent_machine::governance::storage::{Binding, PlanError, plan_checked, verify_bound};
use serde_json::Value;

const MACHINE: &str = "urn:srcos:agent-machine:workstation-alpha";
const AT: &str = "2026-05-12T09:00:00Z";
const WARM: &str = "urn:srcos:agent-machine:cache-tier:workstation-warm-cache";

fn local_pod() -> AgentPod {
    support::example("local-podman-llama-cpp.agent-pod.json")
}

/// The example tiers, with `edit` applied to the one of id `id`.
fn tiers_with(id: &str, edit: impl Fn(&mut Value)) -> Vec<CacheTier> {
    support::example_tiers()
        .into_iter()
        .map(|t| {
            let mut v = serde_json::to_value(&t).unwrap();
            if v["id"] == id {
                edit(&mut v);
            }
            serde_json::from_value(v).unwrap()
        })
        .collect()
}

fn pod_with(edit: impl Fn(&mut Value)) -> AgentPod {
    let mut v = serde_json::to_value(local_pod()).unwrap();
    edit(&mut v);
    serde_json::from_value(v).unwrap()
}

fn refused(pod: &AgentPod, tiers: &[CacheTier]) -> PlanError {
    plan_checked(pod, tiers, MACHINE, AT).expect_err("the plan must be refused")
}

/// Every step of every planned volume, one string.
fn all_steps(pod: &AgentPod, tiers: &[CacheTier]) -> Vec<String> {
    plan(pod, tiers, MACHINE, AT)
        .unwrap()
        .into_iter()
        .flat_map(|p| p.steps)
        .collect()
}

/// Finding: a volume-group label `--config=global/locking_type=0` became an
/// option of `lvcreate` (and `/dev/--config=…/lv`).
#[test]
fn a_volume_group_label_never_becomes_an_lvcreate_option() {
    let pod = local_pod();
    for vg in [
        "--config=global/locking_type=0",
        "-an",
        "..",
        ".",
        "",
        "vg name",
        "vg\nlvremove -f agent-machine",
        "vg;reboot",
        "vg/../../etc",
        "véga",
        "vg\u{200b}",
        &"v".repeat(128),
    ] {
        let tiers = tiers_with(WARM, |t| {
            t["labels"] = json!({"agent-machine.sourceos.dev/volume-group": vg});
        });
        let e = refused(&pod, &tiers);
        assert_eq!(
            (e.error.pointer.as_str(), e.error.rule.code()),
            ("/storage/1/cacheTierId", "grammar/lvm-name"),
            "{vg:?}"
        );
        let tier = e.tier.expect("the refusal names the tier value");
        assert_eq!(
            (tier.tier_id.as_str(), tier.pointer.as_str()),
            (WARM, "/labels/agent-machine.sourceos.dev~1volume-group")
        );
        assert!(!e.error.message.contains(vg) || vg.is_empty() || vg == "." || vg == "..");
    }
    // A name that is fine for a group stays one.
    let tiers = tiers_with(WARM, |t| {
        t["labels"] = json!({"agent-machine.sourceos.dev/volume-group": "agentvg"});
    });
    let steps = all_steps(&pod, &tiers);
    assert!(steps.iter().any(|s| s.ends_with(" agentvg")), "{steps:?}");
    assert!(steps.iter().all(|s| !s.contains(" --config")));
}

/// A label key of our namespace that is not exactly the volume-group label
/// (a case or '_' variant, a typo) would be ignored and the volume created in
/// the default group: refused, naming the key.
#[test]
fn a_lookalike_volume_group_label_is_refused() {
    let pod = local_pod();
    for key in [
        "Agent-Machine.sourceos.dev/volume-group",
        "agent-machine.sourceos.dev/volume_group",
        "agent-machine.sourceos.dev/volumegroup",
        " agent-machine.sourceos.dev/volume-group",
    ] {
        let tiers = tiers_with(WARM, |t| t["labels"] = json!({key: "fastvg"}));
        let e = refused(&pod, &tiers);
        assert_eq!(e.error.rule.code(), "storage/volume-group-label", "{key}");
        // The very key, not any label: `/labels/` + the key, escaped.
        assert_eq!(
            e.tier.unwrap().pointer,
            format!("/labels/{}", key.replace('~', "~0").replace('/', "~1")),
            "{key}"
        );
    }
    // Other namespaces are not ours to judge.
    let tiers = tiers_with(WARM, |t| {
        t["labels"] = json!({"sourceos.storage.vg": "agentvg"})
    });
    assert!(plan(&pod, &tiers, MACHINE, AT).is_ok());
}

/// Finding: tier mount options `suid,dev,exec` were emitted for a sensitive
/// KV cache; and a cache mounted without `noexec` is not hardened either.
#[test]
fn caches_and_models_are_mounted_nosuid_nodev_noexec() {
    let pod = local_pod();
    for options in [
        json!(["suid", "dev", "exec"]),
        json!(["exec"]),
        json!(["nodev", "nosuid", "suid"]),
        json!(["dev"]),
        json!(["nodev,exec"]),
        json!(["ro", "rw"]),
        json!(["exec\n"]),
        json!(["X-mount.mkdir=0777"]),
    ] {
        let tiers = tiers_with(WARM, |t| t["mount"]["mountOptions"] = options.clone());
        let e = refused(&pod, &tiers);
        assert_eq!(e.error.rule.code(), "grammar/mount-options", "{options}");
        assert_eq!(e.tier.unwrap().pointer, "/mount/mountOptions");
    }
    // Whatever the tier lists (or leaves out), a cache and a model volume get
    // all three.
    for options in [json!([]), json!(["nodev"]), json!(["noatime", "discard"])] {
        let tiers: Vec<CacheTier> = support::example_tiers()
            .into_iter()
            .map(|t| {
                let mut v = serde_json::to_value(&t).unwrap();
                v["mount"]["mountOptions"] = options.clone();
                serde_json::from_value(v).unwrap()
            })
            .collect();
        for p in plan(&pod, &tiers, MACHINE, AT).unwrap() {
            let mount = p.steps.iter().find(|s| s.starts_with("mount ")).unwrap();
            let o: Vec<&str> = mount.split(' ').nth(4).unwrap().split(',').collect();
            for hardening in ["nodev", "nosuid", "noexec"] {
                assert!(o.contains(&hardening), "{options}: {mount}");
            }
            let recorded: Vec<String> = p.receipt.filesystem.mount_options.to_vec();
            assert_eq!(recorded, o, "the receipt plan records what is mounted");
        }
    }
}

/// Finding: two storage items of one class planned the same LV twice (a
/// second `luksFormat` and `mkfs` on it).
#[test]
fn two_items_of_one_class_get_two_volumes() {
    let pod = pod_with(|p| {
        let mut second = p["storage"][1].clone();
        second["mountPath"] = json!("/var/cache/agent/kv2");
        second["hostPath"] = json!("/var/lib/agent-machine/cache/warm2");
        p["storage"].as_array_mut().unwrap().push(second);
    });
    let tiers = support::example_tiers();
    let planned = plan(&pod, &tiers, MACHINE, AT).unwrap();
    assert_eq!(planned.len(), 3);
    let lvs: Vec<String> = planned
        .iter()
        .map(|p| {
            serde_json::to_value(&p.receipt.reference).unwrap()["logicalVolume"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        lvs,
        [
            "local-podman-llama-cpp-agent-models",
            "local-podman-llama-cpp-agent-cache-warm-1",
            "local-podman-llama-cpp-agent-cache-warm-2",
        ]
    );
    // Every destructive step targets a device of its own.
    let steps = all_steps(&pod, &tiers);
    for verb in [
        "lvcreate",
        "cryptsetup luksFormat",
        "cryptsetup open",
        "mkfs.",
    ] {
        let targets: Vec<&String> = steps.iter().filter(|s| s.starts_with(verb)).collect();
        let distinct: BTreeSet<&String> = targets.iter().copied().collect();
        assert_eq!(distinct.len(), 3, "{verb}: {targets:?}");
    }
    // Deterministic: the same input, the same names.
    assert_eq!(steps, all_steps(&pod, &tiers));

    // TopoLVM: two items of one class without claim names would share the
    // default claim; refused precisely, as `render k8s` refuses it.
    let k8s: AgentPod = {
        let mut v: Value = support::example("k8s-topolvm.agent-pod.json");
        let mut second = v["storage"][1].clone();
        second["mountPath"] = json!("/var/cache/agent/kv2");
        for item in [&mut v["storage"][1], &mut second] {
            item.as_object_mut().unwrap().remove("pvcName");
        }
        v["storage"].as_array_mut().unwrap().push(second);
        serde_json::from_value(v).unwrap()
    };
    // (A claim named by the tier is shared by both items: refused by
    // resolution. Without one each would take the default claim.)
    let e = refused(&k8s, &tiers);
    assert_eq!(
        (e.error.pointer.as_str(), e.error.rule.code()),
        ("/storage/3/cacheTierId", "pod/unique-storage-source"),
        "{e}"
    );
    let tiers = tiers_with(
        "urn:srcos:agent-machine:cache-tier:k8s-topolvm-warm-cache",
        |t| {
            t["mount"].as_object_mut().unwrap().remove("pvcName");
        },
    );
    let e = refused(&k8s, &tiers);
    assert_eq!(e.error.rule.code(), "pod/unique-storage-source", "{e}");
    assert_eq!(e.error.pointer, "/storage/3");
}

/// Finding: size 0 planned `--size 0b`. A size is more than 0 and at most
/// 1 PiB; a local-lvm volume without one is refused (it planned a literal
/// `--size <size from policy> vg`, which a shell reads as redirections).
#[test]
fn volume_sizes_are_in_their_grammar() {
    let pod = local_pod();
    for size in [json!(0), json!(1u64 << 51), json!(u64::MAX), Value::Null] {
        let tiers = tiers_with(WARM, |t| t["quota"]["sizeBytes"] = size.clone());
        let e = refused(&pod, &tiers);
        assert_eq!(e.error.rule.code(), "grammar/volume-size", "{size}");
        assert_eq!(e.tier.unwrap().pointer, "/quota/sizeBytes");
    }
    let tiers = tiers_with(WARM, |t| t["quota"]["sizeBytes"] = json!(1u64 << 50));
    assert!(
        all_steps(&pod, &tiers)
            .iter()
            .any(|s| s.contains("--size 1125899906842624b"))
    );
    // TopoLVM sizes too.
    let k8s: AgentPod = support::example("k8s-topolvm.agent-pod.json");
    let tiers = tiers_with(
        "urn:srcos:agent-machine:cache-tier:k8s-topolvm-warm-cache",
        |t| t["quota"]["sizeBytes"] = json!(0),
    );
    assert_eq!(
        refused(&k8s, &tiers).error.rule.code(),
        "grammar/volume-size"
    );
}

/// The logical volume is named after the pod: LVM's reserved names, and
/// names too long for LVM or device-mapper, are refused at the pod's id.
#[test]
fn logical_volume_names_follow_lvm() {
    for id in [
        "urn:srcos:agent-machine:agent-pod:snapshot",
        "urn:srcos:agent-machine:agent-pod:pvmove-x",
        &format!("urn:srcos:agent-machine:agent-pod:{}", "a".repeat(120)),
    ] {
        let pod = pod_with(|p| p["id"] = json!(id));
        let e = refused(&pod, &support::example_tiers());
        assert_eq!(
            (e.error.pointer.as_str(), e.error.rule.code()),
            ("/id", "grammar/lvm-name"),
            "{id}"
        );
    }
    // Long enough for LVM, too long once LVM doubles the dashes for
    // device-mapper: refused at the tier's volume group.
    let pod = pod_with(|p| {
        p["id"] = json!(format!(
            "urn:srcos:agent-machine:agent-pod:{}",
            "a-".repeat(35) + "a"
        ))
    });
    let e = refused(&pod, &support::example_tiers());
    assert_eq!(e.error.rule.code(), "grammar/lvm-name", "{e}");
    // No volume-group label: the pod id is what is too long.
    assert_eq!(e.error.pointer, "/id", "{e}");
    let tiers = tiers_with(WARM, |t| {
        t["labels"] = json!({"agent-machine.sourceos.dev/volume-group": "a-b-c-d-e"});
    });
    let e = refused(&pod, &tiers);
    assert_eq!(e.error.rule.code(), "grammar/lvm-name", "{e}");
}

/// Encryption the plan cannot provision is refused, not planned as LUKS
/// under another name (or as an fscrypt step that cannot work).
#[test]
fn encryption_a_plan_cannot_provision_is_refused() {
    let pod = local_pod();
    for mode in ["fscrypt", "none", "hardware", "unknown"] {
        let tiers = tiers_with(WARM, |t| t["encryption"]["mode"] = json!(mode));
        let e = refused(&pod, &tiers);
        assert_eq!(e.error.rule.code(), "storage/encryption-mode", "{mode}");
        assert_eq!(e.tier.unwrap().pointer, "/encryption/mode");
    }
    // Not required: nothing encrypted, and the plan says so.
    let tiers = tiers_with(WARM, |t| t["encryption"]["required"] = json!(false));
    let planned = plan(&pod, &tiers, MACHINE, AT).unwrap();
    assert!(planned[1].steps.iter().all(|s| !s.contains("cryptsetup")));
    assert_eq!(planned[1].receipt.encryption.mode.to_string(), "none");
}

/// Two different tiers with one id: which governs would depend on the order
/// they were read in.
#[test]
fn two_different_tiers_of_one_id_are_refused() {
    let pod = local_pod();
    let mut tiers = support::example_tiers();
    let mut lax =
        serde_json::to_value(tiers.iter().find(|t| t.id.as_str() == WARM).unwrap()).unwrap();
    lax["encryption"]["required"] = json!(false);
    tiers.insert(0, serde_json::from_value(lax).unwrap());
    let e = refused(&pod, &tiers);
    assert_eq!(e.error.rule.code(), "storage/tier-duplicate-id");
    // The same tier twice (a file and its directory) is one tier.
    let mut twice = support::example_tiers();
    twice.extend(support::example_tiers());
    assert!(plan(&pod, &twice, MACHINE, AT).is_ok());
}

/// A receipt never carries a secret value: one in a tier field the plan
/// copies (its policy domain) is refused, not copied.
#[test]
fn a_secret_shaped_tier_value_is_not_copied_into_a_plan() {
    let token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    let tiers = tiers_with(WARM, |t| t["policyDomain"] = json!(token));
    let e = refused(&local_pod(), &tiers);
    assert_eq!(e.error.rule.code(), "storage/secret");
    assert_eq!(e.tier.unwrap().pointer, "/policyDomain");
    assert!(!e.error.to_string().contains(token));
}

/// The machine id becomes the receipt's `agentMachineId`: it is an
/// AgentMachine id, or nothing is planned.
#[test]
fn the_machine_and_time_are_checked() {
    let pod = local_pod();
    for bad in [
        "",
        "workstation",
        "urn:srcos:agent-machine:",
        "urn:srcos:agent-machine:A",
        "urn:srcos:agent-machine:a b",
        "urn:srcos:agent-machine:a\n",
    ] {
        let e = plan_checked(&pod, &support::example_tiers(), bad, AT).unwrap_err();
        assert_eq!(e.error.rule.code(), "storage/agent-machine-id", "{bad:?}");
    }
    let e = plan_checked(&pod, &support::example_tiers(), MACHINE, "yesterday").unwrap_err();
    assert_eq!(e.error.rule.code(), "storage/at");
}

/// Odd values anywhere in a tier never panic, and never reach a step
/// unparsed: every step is made of the grammar's characters only.
#[test]
fn odd_tier_values_never_reach_a_step() {
    // The warm-cache item takes its host path from the tier.
    let pod = pod_with(|p| {
        p["storage"][1].as_object_mut().unwrap().remove("hostPath");
    });
    let mut planned_count = 0;
    let odd = [
        "",
        "-",
        "--",
        "a b",
        "a\nb",
        "a\rb",
        "a\0b",
        "$(id)",
        "`id`",
        "a;b",
        "a|b",
        "a&b",
        "a>b",
        "'",
        "\"",
        "\\",
        "%n",
        "ä",
        "\u{202e}",
        "\u{2028}",
        "\u{ff0d}\u{ff0d}config",
        "a,b",
        "a=b",
        "/dev/sda",
        "../..",
        "~",
        "*",
    ];
    type Edit = fn(&mut Value, &str);
    let edits: [Edit; 4] = [
        |t, v| t["labels"] = json!({"agent-machine.sourceos.dev/volume-group": v}),
        |t, v| t["mount"]["filesystem"] = json!(v),
        |t, v| t["mount"]["mountOptions"] = json!([v]),
        |t, v| t["mount"]["hostPath"] = json!(format!("/var/lib/agent-machine/{v}")),
    ];
    let safe = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || " /._-=:,+".contains(c))
    };
    for edit in edits {
        for v in odd {
            let tiers = tiers_with(WARM, |t| edit(t, v));
            match plan(&pod, &tiers, MACHINE, AT) {
                Ok(planned) => {
                    planned_count += 1;
                    for s in planned.iter().flat_map(|p| &p.steps) {
                        assert!(safe(s), "{v:?}: {s:?}");
                    }
                }
                // Refused by a grammar, or by resolution's own rules (a host
                // path of the data root itself overlaps the models').
                Err(e) => assert!(
                    e.rule.code().starts_with("grammar/") || e.rule.code().starts_with("storage/"),
                    "{v:?}: {e}"
                ),
            }
        }
    }
    // Only `-` and `--` as a directory name beneath a data root get through
    // (as absolute paths, never as flags).
    assert_eq!(planned_count, 2);
}

/// An edit of the example receipt.
type ReceiptEdit = fn(&mut Value);

fn receipt_with(edit: impl Fn(&mut Value)) -> StorageReceipt {
    let mut v: Value = support::example("local-lvm-warm-cache.storage-receipt.json");
    edit(&mut v);
    serde_json::from_value(v).unwrap()
}

/// A tier of the same class and backend that requires nothing.
fn lax_tier() -> CacheTier {
    let text = std::fs::read_to_string(
        support::root().join("tests/fixtures/storage/lax-warm-cache.cache-tier.json"),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Finding: `storage verify` matched tiers by class and backend with the
/// first match winning, so a lax tier listed first passed an unencrypted,
/// quota-less receipt.
#[test]
fn every_matching_tier_is_satisfied_whatever_their_order() {
    let lax_receipt = receipt_with(|r| {
        r["encryption"] = json!({"required": false, "observed": false, "mode": "none"});
        r["quota"] = json!({"required": false, "observed": false, "sizeBytes": null});
    });
    let strict = support::example_tiers();
    let mut lax_first = vec![lax_tier()];
    lax_first.extend(strict.clone());
    let mut lax_last = strict.clone();
    lax_last.push(lax_tier());
    let first = verify(&lax_receipt, &lax_first);
    let last = verify(&lax_receipt, &lax_last);
    assert_eq!(first, last, "the order of the tiers changes nothing");
    for rule in ["storage/encryption-observed", "storage/quota-observed"] {
        assert!(
            first.iter().any(|p| p.starts_with(&format!("{rule}: "))),
            "{rule}: {first:?}"
        );
    }
    // Alone, the lax tier is satisfied; with the strict one, the ambiguity is
    // a warning, not a problem.
    assert_eq!(verify(&lax_receipt, &[lax_tier()]), Vec::<String>::new());
    let ok: StorageReceipt = support::example("local-lvm-warm-cache.storage-receipt.json");
    let pod = local_pod();
    let binding = Binding::new(MACHINE, &pod, &lax_first).unwrap();
    let v = verify_bound(&ok, &binding);
    assert!(v.problems.is_empty(), "{:?}", v.problems);
    assert_eq!(v.warnings.len(), 1, "{:?}", v.warnings);
    assert!(v.warnings[0].starts_with("storage/tier-ambiguous: 2 CacheTiers"));
    assert!(
        verify_bound(&ok, &Binding::new(MACHINE, &pod, &strict).unwrap())
            .warnings
            .is_empty()
    );
}

/// The strictest tier's other requirements: its mount options (and noexec
/// for caches), its filesystem, the quota size.
#[test]
fn receipts_meet_every_requirement_of_their_tiers() {
    let tiers = support::example_tiers();
    let cases: [(ReceiptEdit, &str); 9] = [
        (
            |r| r["filesystem"]["mountOptions"] = json!(["nodev", "nosuid"]),
            "storage/mount-options",
        ),
        // An option after its hardening undoes it.
        (
            |r| r["filesystem"]["mountOptions"] = json!(["nodev", "nosuid", "noexec", "exec"]),
            "storage/mount-options",
        ),
        (
            |r| r["filesystem"]["mountOptions"] = json!(["nodev", "nosuid", "noexec", "suid"]),
            "storage/mount-options",
        ),
        // "Observed" encryption of no kind is no encryption; another kind is
        // not the tier's.
        (
            |r| r["encryption"]["mode"] = json!("none"),
            "storage/encryption-observed",
        ),
        (
            |r| r["encryption"]["mode"] = json!("fscrypt"),
            "storage/encryption-mode",
        ),
        // Content is never classified below its tier.
        (
            |r| r["sensitivity"]["class"] = json!("public"),
            "storage/sensitivity",
        ),
        (
            |r| r["filesystem"]["type"] = json!("ext4"),
            "storage/filesystem",
        ),
        (
            |r| r["quota"]["sizeBytes"] = json!(68719476737u64),
            "storage/quota-size",
        ),
        (
            |r| r["quota"]["sizeBytes"] = Value::Null,
            "storage/quota-size",
        ),
    ];
    for (edit, rule) in cases {
        let problems = verify(&receipt_with(edit), &tiers);
        assert!(
            problems.iter().any(|p| p.starts_with(&format!("{rule}: "))),
            "{rule}: {problems:?}"
        );
    }
}

/// Finding: a receipt for another machine and pod passed. Bound to a
/// machine and a pod, it is a problem; so is a receipt of the pod's id for a
/// volume the pod does not have.
#[test]
fn receipts_are_bound_to_a_machine_and_pod() {
    let tiers = support::example_tiers();
    let pod = local_pod();
    let binding = Binding::new(MACHINE, &pod, &tiers).unwrap();
    let rules = |r: &StorageReceipt| -> Vec<&'static str> {
        verify_bound(r, &binding)
            .problems
            .iter()
            .map(|p| p.rule.code())
            .collect()
    };
    let ok: StorageReceipt = support::example("local-lvm-warm-cache.storage-receipt.json");
    assert_eq!(rules(&ok), Vec::<&str>::new());
    let cases: [(ReceiptEdit, &str); 5] = [
        (
            |r| r["agentMachineId"] = json!("urn:srcos:agent-machine:workstation-beta"),
            "storage/other-machine",
        ),
        (
            |r| r["agentPodId"] = json!("urn:srcos:agent-machine:agent-pod:other"),
            "storage/other-pod",
        ),
        (
            |r| {
                r.as_object_mut().unwrap().remove("agentPodId");
            },
            "storage/other-pod",
        ),
        (
            |r| r["reference"]["hostPath"] = json!("/var/lib/agent-machine/cache/elsewhere"),
            "storage/other-volume",
        ),
        (
            |r| r["volumeClass"] = json!("agent-cache-cold"),
            "storage/other-volume",
        ),
    ];
    for (edit, rule) in cases {
        let r = receipt_with(edit);
        assert!(rules(&r).contains(&rule), "{rule}: {:?}", rules(&r));
        // Unbound, the same receipt raises none of these.
        assert!(
            verify(&r, &tiers).iter().all(|p| !p.starts_with(rule)),
            "{rule}"
        );
    }
    // The binding itself is checked.
    assert_eq!(
        Binding::new("not-a-machine", &pod, &tiers)
            .unwrap_err()
            .rule,
        "storage/agent-machine-id"
    );
    // A receipt of an item whose tier was not supplied cannot be judged.
    let only_lax = [lax_tier()];
    let partial = Binding::new(MACHINE, &pod, &only_lax).unwrap();
    let problems = verify_bound(&ok, &partial).problems;
    assert!(
        problems.iter().any(|p| p.rule.code() == "storage/tier"
            && p.message.contains(
                "/storage/1 (CacheTier urn:srcos:agent-machine:cache-tier:workstation-warm-cache)"
            )),
        "{problems:?}"
    );
    // Two different tiers of one id the pod names: which one locates the
    // item would depend on their order.
    let mut twice = support::example_tiers();
    let mut other =
        serde_json::to_value(twice.iter().find(|t| t.id.as_str() == WARM).unwrap()).unwrap();
    other["mount"]["hostPath"] = json!("/var/lib/agent-machine/cache/other");
    twice.push(serde_json::from_value(other).unwrap());
    assert_eq!(
        Binding::new(MACHINE, &pod, &twice).unwrap_err().rule,
        "storage/tier-duplicate-id"
    );
}

/// The library's plan receipts verify against their tiers once observed: the
/// plan and verify agree on what a tier requires.
#[test]
fn an_observed_plan_meets_its_tiers() {
    let pod = local_pod();
    let tiers = support::example_tiers();
    let binding = Binding::new(MACHINE, &pod, &tiers).unwrap();
    for p in plan(&pod, &tiers, MACHINE, AT).unwrap() {
        let mut v = serde_json::to_value(&p.receipt).unwrap();
        v["labels"] = json!({});
        v["encryption"]["observed"] = json!(v["encryption"]["required"]);
        v["quota"]["observed"] = json!(true);
        let observed: StorageReceipt = serde_json::from_value(v).unwrap();
        let result = verify_bound(&observed, &binding);
        assert!(result.problems.is_empty(), "{:?}", result.problems);
    }
}
