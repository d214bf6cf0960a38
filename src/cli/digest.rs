//! `agent-machine digest <file>`: one line, the bare `sha256:<hex>`.

use agent_machine::base::canonical;
use agent_machine::base::input::read_document;
use agent_machine::base::json::Limits;
use clap::Args;

use super::{Exit, PathArg};

#[derive(Debug, Args)]
pub struct DigestArgs {
    /// The JSON document to digest.
    file: PathArg,
}

pub fn run(args: &DigestArgs, limits: Limits) -> Exit {
    let doc = match read_document(&args.file, limits) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!(
                "agent-machine digest: {}",
                agent_machine::base::secrets::redact(&e.to_string())
            );
            return if e.is_invalid_document() {
                Exit::Negative
            } else {
                Exit::Failure
            };
        }
    };
    match canonical::digest(&doc.value) {
        Ok(digest) => {
            outln!("{digest}");
            Exit::Ok
        }
        Err(e) => {
            eprintln!("agent-machine digest: {}: {e}", doc.source);
            Exit::Failure
        }
    }
}
