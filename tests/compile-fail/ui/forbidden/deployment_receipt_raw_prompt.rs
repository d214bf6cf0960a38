// A DeploymentReceipt has no place for a raw prompt.
use agent_machine::contracts::wire::ArtifactReceiptSafety;
use agent_machine::contracts::wire::ConstFalse;

fn main() {
    let _safety = ArtifactReceiptSafety {
        include_raw_content: ConstFalse,
        raw_kv_cache_content_included: ConstFalse,
        raw_prompt_content_included: ConstFalse,
        secret_values_included: ConstFalse,
        raw_prompt: String::from("summarize my private notes"),
    };
}
