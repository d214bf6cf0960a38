//! Any bytes → strict parse → validation → (for an AgentPod) every renderer,
//! each artifact held to the properties of `agent_machine_fuzz` (determinism,
//! digest, a receipt valid against its contract, Quadlet words, the podman
//! allow-list, Kubernetes args).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    agent_machine_fuzz::parse_validate_render(data);
});
