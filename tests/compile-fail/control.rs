//! The control case: the same blocks as the forbidden cases, with nothing
//! forbidden, compile. It is built by `cargo test` with the package itself
//! (not by trybuild), so a forbidden case fails for its forbidden value and
//! not for a path or an import that no longer exists.

use agent_machine::contracts::deployment_receipt::DeploymentReceiptPolicy;
use agent_machine::contracts::wire::ArtifactReceiptSafety;
use agent_machine::contracts::wire::ConstFalse;

#[test]
fn the_same_blocks_with_nothing_forbidden_compile() {
    let safety = ArtifactReceiptSafety {
        include_raw_content: ConstFalse,
        raw_kv_cache_content_included: ConstFalse,
        raw_prompt_content_included: ConstFalse,
        secret_values_included: ConstFalse,
    };
    let policy = DeploymentReceiptPolicy {
        agent_registry_grant_ref: None,
        agent_registry_required: true,
        authorization_granted: ConstFalse,
        policy_decision_ref: None,
        policy_fabric_required: true,
    };
    // They serialize as the wire format says: every flag false.
    let safety = serde_json::to_value(safety).expect("serializes");
    assert!(safety.as_object().unwrap().values().all(|v| v == false));
    let policy = serde_json::to_value(policy).expect("serializes");
    assert_eq!(policy["authorizationGranted"], false);
}
