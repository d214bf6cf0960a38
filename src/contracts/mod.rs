pub mod profile;
pub mod wire;

#[allow(clippy::all, missing_docs)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/contracts.rs"));
}

mod registry {
    include!(concat!(env!("OUT_DIR"), "/registry.rs"));
}
pub use registry::*;

/// The facts of one contract.
#[derive(Debug)]
pub struct ContractInfo {
    pub kind: &'static str,
    pub slug: &'static str,
    pub version: &'static str,
    pub id: &'static str,
    pub file: &'static str,
    pub schema: &'static str,
}
