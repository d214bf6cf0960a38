//! The base layer: what every other layer reads and writes through.
//!
//! Strict JSON input ([`json`], [`input`], [`tree`]), canonical digests
//! ([`canonical`]), time ([`time`]), the value grammars every user-controlled
//! string is parsed into ([`grammar`], [`names`]), the one finding type of
//! every rule ([`finding`]), the secret-shape scanner that keeps credentials out
//! of every message and artifact ([`secrets`]), diagnostics with source positions
//! ([`diagnostic`]) and the one way out ([`output`]).
//!
//! May use: [`crate::contracts`]. Nothing here knows about rules, renderers,
//! governance, the host or the release tooling (`tests/it/layers.rs` keeps it
//! so).

pub mod canonical;
pub mod diagnostic;
pub mod finding;
pub mod grammar;
pub mod input;
pub mod json;
pub mod names;
pub mod output;
pub mod secrets;
pub mod time;
pub mod tree;
