//! The release tooling of this repository: proving a build is fit to ship.
//!
//! The world-class release gate ([`gate`]), the release evidence bundle
//! ([`bundle`]), minisign signing ([`signature`]), the packaging checks
//! ([`packaging`]) and the rendered skeletons ([`skeletons`]).
//!
//! May use: every layer below. Nothing below uses it.

pub mod bundle;
pub mod gate;
pub mod packaging;
pub mod signature;
pub mod skeletons;
