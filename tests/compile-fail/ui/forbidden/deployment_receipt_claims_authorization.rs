// A receipt is evidence, never authorization.
use agent_machine::contracts::deployment_receipt::DeploymentReceiptPolicy;

fn main() {
    let _policy = DeploymentReceiptPolicy {
        agent_registry_grant_ref: None,
        agent_registry_required: true,
        authorization_granted: true,
        policy_decision_ref: None,
        policy_fabric_required: true,
    };
}
