//! A valid AgentPod whose name, description, image, entrypoint, args,
//! label, host path, port name, mount path and namespace come from the
//! fuzzer, rendered on every surface; each artifact held to the properties
//! of `agent_machine_fuzz` (`Exec=` words unescape to the args, the
//! effective `podman run` stays in the allow-list, and the rest).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    agent_machine_fuzz::render_pod_fields(data);
});
