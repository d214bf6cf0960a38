pub mod profile;
pub mod wire;

#[allow(clippy::all, missing_docs)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/contracts.rs"));
}

mod registry {
    include!(concat!(env!("OUT_DIR"), "/registry.rs"));
}
pub use generated::*;
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

impl Kind {
    /// The kind whose `kind` string is `name`.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.info().kind == name)
    }

    /// The `kind` strings of every contract, in file-name order.
    pub fn names() -> Vec<&'static str> {
        Kind::ALL.iter().map(|k| k.info().kind).collect()
    }
}
