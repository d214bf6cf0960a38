#![forbid(unsafe_code)]
extern crate self as agent_machine;
pub mod contracts;
pub mod json;
