//! The base layer: what every other layer reads and writes through.
//!
//! Strict JSON input ([`json`], [`input`], [`tree`]), the strict YAML reader
//! of emitted manifests ([`yaml`]), canonical digests
//! ([`canonical`]), time ([`time`]), the value grammars every user-controlled
//! string is parsed into ([`grammar`], [`names`]), the one finding type of
//! every rule ([`finding`]), the secret-shape scanner that keeps credentials out
//! of every message and artifact ([`secrets`]), diagnostics with source positions
//! ([`diagnostic`]) and the one way out ([`output`]).
//!
//! May use: [`crate::contracts`]. Nothing here knows about rules, renderers,
//! governance, the host or the release tooling (`tests/it/layers.rs` keeps it
//! so). Without the `full` feature only [`canonical`] and [`json`] are here:
//! with the contracts, they are the contracts-only library
//! (`docs/contracts.md`).

pub mod canonical;
#[cfg(feature = "full")]
pub mod diagnostic;
#[cfg(feature = "full")]
pub mod finding;
#[cfg(feature = "full")]
pub mod grammar;
#[cfg(feature = "full")]
pub mod input;
pub mod json;
#[cfg(feature = "full")]
pub mod names;
#[cfg(feature = "full")]
pub mod output;
#[cfg(feature = "full")]
pub mod rule;
#[cfg(feature = "full")]
pub mod secrets;
#[cfg(feature = "full")]
pub mod time;
#[cfg(feature = "full")]
pub mod tree;
#[cfg(feature = "full")]
pub mod yaml;
