//! Agent Machine — the machine-local runtime-control layer of SourceOS.
//!
//! Typed contracts (generated from `contracts/` at build time), strict JSON
//! input, canonical digests and validation. The `agent-machine` binary is a
//! thin edge over this library: no printing, exit codes or argv here.
//!
//! # Layers
//!
//! Each folder of `src/` is one layer, and a layer uses only the layers above
//! it in this list (`tests/it/layers.rs` keeps it so):
//!
//! | layer | what lives there |
//! |---|---|
//! | [`contracts`] | the generated contract types, the wire types, the schema profile |
//! | [`base`] | strict JSON, canonical digests, time, value grammars, findings, diagnostics, output |
//! | [`rules`] | pod and evidence rules, supply chain, secrets, the posture model |
//! | [`render`] | the pure renderers: plan, receipt, Quadlet, Kubernetes, CRD, batches |
//! | [`governance`] | validation, activation, evidence, resolvers, storage plans |
//! | [`host`] | the machine probe and `doctor` |
//! | [`release`] | the release gate, evidence bundle, signing, packaging, skeletons |
//!
//! The command line (`src/cli/`, in the binary) sits on top of all of them.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// The layer table links modules that exist only with the `full` feature.
#![cfg_attr(not(feature = "full"), allow(rustdoc::broken_intra_doc_links))]

extern crate self as agent_machine;

pub mod contracts;

pub mod base;

#[cfg(feature = "full")]
pub mod rules;

#[cfg(feature = "full")]
pub mod render;

#[cfg(feature = "full")]
pub mod governance;

#[cfg(feature = "full")]
pub mod host;

#[cfg(feature = "full")]
pub mod release;

/// The generator name recorded in receipts and reports.
pub const GENERATOR_NAME: &str = "agent-machine";
/// This build's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
