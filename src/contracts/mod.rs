//! The contracts layer: the typed SourceOS contracts, the lowest layer.
//!
//! The Rust types generated from `contracts/*.schema.json` at build time
//! ([`generated`], re-exported here), the contract registry ([`CONTRACTS`],
//! [`Kind`]), the wire types the schemas leave open ([`wire`]) and the
//! schema profile every contract keeps ([`profile`]).
//!
//! May use: nothing else in this crate (serde, serde_json and regress only),
//! so that it can be used on its own (see `docs/contracts.md`).

pub mod profile;
pub mod vocabulary;
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
    /// The contract's `kind`.
    pub kind: &'static str,
    /// The file stem of the schema (`agent-pod`).
    pub slug: &'static str,
    /// The `specVersion`.
    pub version: &'static str,
    /// The schema's `$id`.
    pub id: &'static str,
    /// The schema file, relative to the repository root.
    pub file: &'static str,
    /// The schema text.
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

    /// Every version of this kind's contract that this build reads: the
    /// archived ones, oldest first, then the current one.
    pub fn versions(self) -> impl Iterator<Item = &'static ContractInfo> {
        let kind = self.info().kind;
        ARCHIVED
            .iter()
            .filter(move |c| c.kind == kind)
            .chain(std::iter::once(self.info()))
    }

    /// The contract that judges a document of this kind whose `specVersion`
    /// is `spec_version`: the archived version it names, otherwise the
    /// current one (which then reports an unknown version as its error).
    pub fn contract_for(self, spec_version: Option<&str>) -> &'static ContractInfo {
        self.versions()
            .find(|c| Some(c.version) == spec_version)
            .unwrap_or(self.info())
    }
}
