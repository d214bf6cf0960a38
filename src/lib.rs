//! Agent Machine — the machine-local runtime-control layer of SourceOS.
//!
//! Typed contracts (generated from `contracts/` at build time), strict JSON
//! input, canonical digests and validation. The `agent-machine` binary is a
//! thin edge over this library: no printing, exit codes or argv here.
#![forbid(unsafe_code)]

extern crate self as agent_machine;

pub mod activation;
pub mod canonical;
pub mod contracts;
pub mod diagnostic;
pub mod doctor;
pub mod evidence;
pub mod gate;
pub mod grammar;
pub mod input;
pub mod json;
pub mod output;
pub mod packaging;
pub mod posture;
pub mod probe;
pub mod release;
pub mod render;
pub mod resolve;
pub mod scaffold;
pub mod secrets;
pub mod semantics;
pub mod signature;
pub mod skeletons;
pub mod storage;
pub mod supply_chain;
pub mod time;
pub mod tree;
pub mod validate;

/// The generator name recorded in receipts and reports.
pub const GENERATOR_NAME: &str = "agent-machine";
/// This build's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
