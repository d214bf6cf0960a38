// A DeploymentReceipt cannot claim to be an AgentPod.
use agent_machine::contracts::agent_pod::AgentPodKind;
use agent_machine::contracts::deployment_receipt::DeploymentReceiptKind;

fn main() {
    let _kind: DeploymentReceiptKind = AgentPodKind::AgentPod;
}
