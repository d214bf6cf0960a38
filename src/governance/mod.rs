//! The governance layer: judging documents and deciding what may run.
//!
//! Validation of any contract document against its schema, its typed check,
//! its rules and its surface ([`validate`]); activation decisions bound to the
//! rendered artifact ([`activation`]); runtime evidence ([`evidence`]);
//! reference resolvers ([`resolve`]); storage plans and their verification
//! ([`storage`]).
//!
//! May use: [`crate::contracts`], [`crate::base`], [`crate::rules`],
//! [`crate::render`].

pub mod activation;
pub mod evidence;
pub mod resolve;
pub mod storage;
pub mod validate;
