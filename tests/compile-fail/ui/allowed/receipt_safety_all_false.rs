// The control case: the same blocks, with nothing forbidden, compile.
use agent_machine::contracts::deployment_receipt::DeploymentReceiptPolicy;
use agent_machine::contracts::wire::ArtifactReceiptSafety;
use agent_machine::contracts::wire::ConstFalse;

fn main() {
    let _safety = ArtifactReceiptSafety {
        include_raw_content: ConstFalse,
        raw_kv_cache_content_included: ConstFalse,
        raw_prompt_content_included: ConstFalse,
        secret_values_included: ConstFalse,
    };
    let _policy = DeploymentReceiptPolicy {
        agent_registry_grant_ref: None,
        agent_registry_required: true,
        authorization_granted: ConstFalse,
        policy_decision_ref: None,
        policy_fabric_required: true,
    };
}
