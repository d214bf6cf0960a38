//! `agent-machine release keygen|sign|verify`: minisign (Ed25519) signatures
//! over the bundle file's exact bytes; offline verification.

use std::path::Path;

use agent_machine::base::diagnostic::Diagnostic;
use agent_machine::base::input::Document;
use agent_machine::base::output;
use agent_machine::contracts::Kind;
use agent_machine::contracts::SignedReleaseBundleEnvelope;
use agent_machine::release::bundle::{self as release, SignError};
use clap::Args;

use super::{Exit, PathArg};

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Directory for agent-machine.pub and agent-machine.key (existing files are never replaced).
    #[arg(long, default_value = ".")]
    out_dir: PathArg,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The bundle file to sign.
    bundle: PathArg,
    /// The minisign secret key file.
    #[arg(long, value_name = "SECRET")]
    key: PathArg,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The bundle file.
    bundle: PathArg,
    /// The minisign public key file.
    #[arg(long, value_name = "PUBLIC")]
    key: PathArg,
    /// The signature (default: <bundle>.minisig).
    #[arg(long)]
    signature: Option<PathArg>,
    /// The envelope to check too (default: <bundle>.envelope.json when present).
    #[arg(long)]
    envelope: Option<PathArg>,
}

fn read(path: &Path) -> Result<Vec<u8>, Exit> {
    agent_machine::base::input::read_file_limited(
        path,
        agent_machine::base::json::DEFAULT_MAX_BYTES,
    )
    .map_err(|e| {
        eprintln!("error: {}: cannot read: {e}", path.display());
        Exit::Failure
    })
}

fn sibling(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Writes a new key file; anything already at `path` (a file, a symlink…)
/// makes it fail without being touched. The secret key is created `0600`.
fn write_new(path: &Path, text: &str, secret: bool) -> Result<(), Exit> {
    let write = if secret {
        output::write_new_private
    } else {
        output::write_new
    };
    write(path, text.as_bytes()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            eprintln!(
                "error: {} exists; refusing to replace a key",
                path.display()
            );
        } else {
            eprintln!("error: {}: {e}", path.display());
        }
        Exit::Failure
    })
}

pub fn keygen(args: &KeygenArgs) -> Exit {
    let run = || -> Result<Exit, Exit> {
        let keys = release::keygen().map_err(|e| {
            eprintln!("error: {e}");
            Exit::Failure
        })?;
        let public = args.out_dir.join("agent-machine.pub");
        let secret = args.out_dir.join("agent-machine.key");
        // Neither is written when either name is taken.
        for path in [&public, &secret] {
            if std::fs::symlink_metadata(path).is_ok() {
                eprintln!(
                    "error: {} exists; refusing to replace a key",
                    path.display()
                );
                return Err(Exit::Failure);
            }
        }
        write_new(&public, &keys.public, false)?;
        write_new(&secret, &keys.secret, true)?;
        eprintln!("release: wrote agent-machine.pub and agent-machine.key (keep the .key secret)");
        Ok(Exit::Ok)
    };
    run().unwrap_or_else(|e| e)
}

pub fn sign(args: &SignArgs) -> Exit {
    let run = || -> Result<Exit, Exit> {
        let bundle = read(&args.bundle)?;
        let key = String::from_utf8_lossy(&read(&args.key)?).into_owned();
        let sig_path = sibling(&args.bundle, ".minisig");
        let sig_ref = sig_path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let (signature, envelope) = release::sign(&bundle, &key, &sig_ref).map_err(|e| {
            eprintln!("error: {e}");
            Exit::Failure
        })?;
        let env_path = sibling(&args.bundle, ".envelope.json");
        let env_text = format!(
            "{}\n",
            serde_json::to_string_pretty(&envelope).expect("serializes")
        );
        // Both destinations are checked before either is written.
        for path in [&sig_path, &env_path] {
            output::check_replaceable(path).map_err(|e| {
                eprintln!("error: {}: {e} (nothing was written)", path.display());
                Exit::Failure
            })?;
        }
        for (path, text) in [
            (&sig_path, signature.as_str()),
            (&env_path, env_text.as_str()),
        ] {
            output::write_atomic(path, text.as_bytes()).map_err(|e| {
                eprintln!("error: {}: {e}", path.display());
                Exit::Failure
            })?;
        }
        eprintln!(
            "release: wrote {} and {}",
            sig_path.display(),
            env_path.display()
        );
        Ok(Exit::Ok)
    };
    run().unwrap_or_else(|e| e)
}

pub fn verify(args: &VerifyArgs) -> Exit {
    let run = || -> Result<Exit, Exit> {
        let bundle = read(&args.bundle)?;
        let key = String::from_utf8_lossy(&read(&args.key)?).into_owned();
        let sig_path = args
            .signature
            .clone()
            .unwrap_or_else(|| sibling(&args.bundle, ".minisig"));
        let signature = String::from_utf8_lossy(&read(&sig_path)?).into_owned();
        let env_path = args
            .envelope
            .clone()
            .or_else(|| Some(sibling(&args.bundle, ".envelope.json")).filter(|p| p.exists()));
        let envelope: Option<(Document, SignedReleaseBundleEnvelope)> = match &env_path {
            None => None,
            Some(p) => Some(
                super::load::one(p, Kind::SignedReleaseBundleEnvelope, Default::default())
                    .map_err(|d| {
                        for d in d {
                            eprintln!("error: {d}");
                        }
                        Exit::Failure
                    })?,
            ),
        };
        // The envelope's signatureRef must name the signature file verified.
        let sig_name = sig_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        match release::verify_as(
            &bundle,
            &signature,
            &key,
            envelope.as_ref().map(|(_, e)| e),
            sig_name.as_deref(),
        ) {
            Ok(()) => {
                eprintln!(
                    "release: {} verifies{}",
                    args.bundle.display(),
                    if envelope.is_some() {
                        " (signature and envelope)"
                    } else {
                        ""
                    }
                );
                Ok(Exit::Ok)
            }
            Err(SignError::Contradicts(fields)) if let Some((doc, _)) = &envelope => {
                // Each contradicting field, where it is in the envelope.
                for c in &fields {
                    let d = Diagnostic::new(
                        &doc.source,
                        c.pointer,
                        "release/envelope-contradiction",
                        c.message.clone(),
                    )
                    .at(agent_machine::base::json::locate(&doc.text, c.pointer));
                    eprintln!("error: {d}");
                }
                eprintln!(
                    "release: {} does NOT verify: the envelope {} contradicts what was verified ({} field(s))",
                    args.bundle.display(),
                    doc.source,
                    fields.len()
                );
                Ok(Exit::Negative)
            }
            Err(e) => {
                eprintln!("release: {} does NOT verify: {e}", args.bundle.display());
                Ok(Exit::Negative)
            }
        }
    };
    run().unwrap_or_else(|e| e)
}
