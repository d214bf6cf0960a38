//! Storage plans for local LVM and TopoLVM, and verification of observed
//! receipts against their tiers.

mod support;

use agent_machine::contracts::{AgentPod, StorageReceipt};
use agent_machine::input::parse_document;
use agent_machine::json::Limits;
use agent_machine::storage::{is_plan, plan, verify};
use agent_machine::validate::{Mode, validate};
use serde_json::json;

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
        // A plan is not an observation: verify refuses it.
        assert!(
            verify(&p.receipt, &support::example_tiers())
                .iter()
                .any(|e| e.starts_with("storage/planned"))
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
    assert!(
        verify(&unencrypted, &tiers)
            .iter()
            .any(|e| e.starts_with("storage/encryption-observed")),
        "the tier requires it"
    );
    v["filesystem"]["worldWritable"] = json!(true);
    let open: StorageReceipt = serde_json::from_value(v).unwrap();
    assert!(
        verify(&open, &tiers)
            .iter()
            .any(|e| e.starts_with("storage/world-writable"))
    );
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
            (err.pointer.as_str(), err.rule),
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
