// A AgentPlaneRuntimeEvidence carries no raw prompt and cannot say it includes one.
use agent_machine::contracts::wire::ReceiptSafety;
use agent_machine::contracts::wire::ConstFalse;

fn all_false() -> ReceiptSafety {
    ReceiptSafety {
        include_raw_content: ConstFalse,
        private_memory_included: ConstFalse,
        raw_kv_cache_content_included: ConstFalse,
        raw_prompt_content_included: ConstFalse,
        secret_values_included: ConstFalse,
    }
}

fn main() {
    let _with_field = ReceiptSafety {
        raw_prompt: String::from("forbidden"),
        ..all_false()
    };
    let _with_flag = ReceiptSafety {
        raw_prompt_content_included: true,
        ..all_false()
    };
}
