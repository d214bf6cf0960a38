//! The host layer: what this machine has.
//!
//! The read-only machine probe ([`probe`]) and the prerequisite check
//! ([`doctor`]). Neither runs a program.
//!
//! May use: every layer below (contracts, base, rules, render, governance).

pub mod doctor;
pub mod probe;
