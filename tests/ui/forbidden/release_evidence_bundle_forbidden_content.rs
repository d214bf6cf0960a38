// A ReleaseEvidenceBundle carries no secret value and cannot say it includes one.
use agent_machine::contracts::release_evidence_bundle::ReleaseEvidenceBundleReceiptSafety;
use agent_machine::contracts::wire::ConstFalse;

fn all_false() -> ReleaseEvidenceBundleReceiptSafety {
    ReleaseEvidenceBundleReceiptSafety {
        include_raw_content: ConstFalse,
        private_memory_included: ConstFalse,
        raw_kv_cache_content_included: ConstFalse,
        raw_prompt_content_included: ConstFalse,
        secret_values_included: ConstFalse,
    }
}

fn main() {
    let _with_field = ReleaseEvidenceBundleReceiptSafety {
        secret_value: String::from("forbidden"),
        ..all_false()
    };
    let _with_flag = ReleaseEvidenceBundleReceiptSafety {
        secret_values_included: true,
        ..all_false()
    };
}
