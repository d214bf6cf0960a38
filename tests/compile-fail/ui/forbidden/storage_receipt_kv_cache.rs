// A StorageReceipt has no place for KV-cache content, and cannot say it has.
use agent_machine::contracts::wire::ArtifactReceiptSafety;
use agent_machine::contracts::wire::ConstFalse;

fn main() {
    let _with_field = ArtifactReceiptSafety {
        include_raw_content: ConstFalse,
        raw_kv_cache_content_included: ConstFalse,
        raw_prompt_content_included: ConstFalse,
        secret_values_included: ConstFalse,
        raw_kv_cache: vec![0u8; 16],
    };
    let _with_flag = ArtifactReceiptSafety {
        include_raw_content: ConstFalse,
        raw_kv_cache_content_included: true,
        raw_prompt_content_included: ConstFalse,
        secret_values_included: ConstFalse,
    };
}
