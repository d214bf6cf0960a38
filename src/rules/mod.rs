//! The rules layer: what a document may say, judged before anything is
//! rendered or decided.
//!
//! Pod and evidence rules ([`semantics`]), the supply-chain rules
//! ([`supply_chain`]), what a pod's
//! accelerators and storage resolve to ([`accelerators`], [`volumes`]), the
//! artifact kinds ([`artifact`]) and the posture model that every emitted
//! artifact is parsed back and held to ([`posture`]).
//!
//! May use: [`crate::contracts`], [`crate::base`]. Renderers sit above and call
//! in; a rule never calls a renderer.

pub mod accelerators;
pub mod artifact;
pub mod posture;
pub mod semantics;
pub mod supply_chain;
pub mod volumes;
