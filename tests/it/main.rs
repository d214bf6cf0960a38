//! The integration tests: one crate, one module per area, one `support`.
//!
//! One crate links the library once; `cargo test --test it <module>::` runs
//! one area (`cargo test --test it gate::`).

// build/checks.rs (included by `build_gate`) names these at its crate root,
// as build.rs has them.
use agent_machine::base::json;
use agent_machine::contracts::profile;

mod support;

mod activation;
mod build_gate;
mod cli;
mod conformance;
mod contract_versions;
mod determinism;
mod differential;
mod downstream;
mod examples;
mod external_validators;
mod first_pod;
mod forbidden_content;
mod formula;
mod gate;
mod generated_code;
mod governance_rules;
mod hostile;
mod io_hardening;
mod layers;
mod posture;
mod probe;
mod release;
mod render;
mod rfc8785;
mod rules;
mod runtime;
mod skeletons;
mod storage;
mod threat_model;
mod workflow;
