//! Reading input documents from disk, within limits.
//!
//! The size limit is checked against the file's metadata and enforced again
//! while reading, so an oversized input is refused before it is parsed (or
//! even fully read).

use std::io::Read as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::base::diagnostic::Diagnostic;
use crate::base::json::{self, Limits, ParseError};

/// A parsed input document and the text it came from.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as the user gave it (relative stays relative).
    pub source: String,
    /// The exact text read.
    pub text: String,
    /// The parsed value (duplicate keys refused).
    pub value: Value,
}

/// Why an input could not be turned into a [`Document`].
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be read.
    #[error("{source_name}: cannot read: {error}")]
    Unreadable {
        /// The input as the user named it.
        source_name: String,
        /// What went wrong.
        error: std::io::Error,
    },
    /// The file is not an acceptable JSON document.
    #[error("{source_name}: {error}")]
    Parse {
        /// The input as the user named it.
        source_name: String,
        /// What went wrong.
        error: ParseError,
    },
}

impl InputError {
    /// This error as a diagnostic, so it prints like every other problem.
    pub fn to_diagnostic(&self) -> Diagnostic {
        match self {
            InputError::Unreadable { source_name, error } => {
                Diagnostic::new(source_name, "", "unreadable", error.to_string())
            }
            InputError::Parse { source_name, error } => {
                let pointer = match error {
                    ParseError::DuplicateKey { pointer, .. } => pointer.as_str(),
                    _ => "",
                };
                let diagnostic =
                    Diagnostic::new(source_name, pointer, error.rule(), error.to_string())
                        .at(error.position());
                match error {
                    ParseError::DuplicateKey { .. } => diagnostic.hint(
                        "a key may appear once per object; tools disagree on which copy wins",
                    ),
                    ParseError::TooLarge { .. } => diagnostic
                        .hint("raise the limit with --max-input-bytes if this input is expected"),
                    ParseError::TooDeep { .. } => diagnostic
                        .hint("raise the limit with --max-depth if this input is expected"),
                    ParseError::TooManyValues { .. } => diagnostic
                        .hint("raise the limit with --max-values if this input is expected"),
                    _ => diagnostic,
                }
            }
        }
    }

    /// Whether the input is JSON whose *content* is invalid (a duplicate
    /// key): a negative answer about a document, not a failure to read one.
    pub fn is_invalid_document(&self) -> bool {
        matches!(
            self,
            InputError::Parse {
                error: ParseError::DuplicateKey { .. },
                ..
            }
        )
    }
}

/// Reads at most `limits.max_bytes` (refusing anything larger) and parses.
pub fn read_document(path: &Path, limits: Limits) -> Result<Document, InputError> {
    let source = path.display().to_string();
    let bytes = read_limited(path, limits.max_bytes, Follow::Yes).map_err(|e| match e {
        ReadError::Io(error) => InputError::Unreadable {
            source_name: source.clone(),
            error,
        },
        ReadError::TooLarge(size) => InputError::Parse {
            source_name: source.clone(),
            error: ParseError::TooLarge {
                size,
                limit: limits.max_bytes,
            },
        },
    })?;
    parse_document(source, &bytes, limits)
}

/// Parses bytes already in memory (`source` names them in diagnostics).
pub fn parse_document(
    source: String,
    bytes: &[u8],
    limits: Limits,
) -> Result<Document, InputError> {
    match json::parse(bytes, limits) {
        Ok(value) => Ok(Document {
            text: String::from_utf8_lossy(bytes).into_owned(),
            source,
            value,
        }),
        Err(error) => Err(InputError::Parse {
            source_name: source,
            error,
        }),
    }
}

enum ReadError {
    Io(std::io::Error),
    TooLarge(u64),
}

/// Reads a regular file of at most `max` bytes. Anything that is not a
/// regular file (a FIFO, socket or device — or a link to one) is refused
/// from its metadata, before it is opened: opening a FIFO for reading waits
/// for a writer (or releases one that is waiting), and opening a device can
/// act on it. The file is then opened non-blocking and checked again: it
/// must still be that regular file.
pub fn read_file_limited(path: impl AsRef<Path>, max: u64) -> std::io::Result<Vec<u8>> {
    read_limited(path.as_ref(), max, Follow::Yes).map_err(|e| too_large(e, max))
}

/// [`read_file_limited`] that never follows a symbolic link, not even as
/// the last component (`O_NOFOLLOW`): how the release bundle reads the
/// files of a tree (see [`crate::base::tree`]).
pub fn read_file_nofollow(path: impl AsRef<Path>, max: u64) -> std::io::Result<Vec<u8>> {
    read_limited(path.as_ref(), max, Follow::No).map_err(|e| too_large(e, max))
}

fn too_large(e: ReadError, max: u64) -> std::io::Error {
    match e {
        ReadError::Io(e) => e,
        ReadError::TooLarge(size) => std::io::Error::other(format!(
            "{size} bytes, larger than the limit of {max} bytes"
        )),
    }
}

/// [`read_file_limited`] within the default input limit, as UTF-8 text: how
/// the gate and the release bundle read a repository tree, so a FIFO or a
/// huge file planted in it cannot stall or exhaust them.
pub fn read_text(path: impl AsRef<Path>) -> std::io::Result<String> {
    let bytes = read_file_limited(path.as_ref(), crate::base::json::DEFAULT_MAX_BYTES)?;
    String::from_utf8(bytes).map_err(std::io::Error::other)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Follow {
    Yes,
    No,
}

/// Why `file_type` is not read, or `None` for a regular file.
fn refusal(file_type: &std::fs::FileType) -> Option<std::io::Error> {
    if file_type.is_file() {
        None
    } else if file_type.is_dir() {
        Some(std::io::Error::other("is a directory"))
    } else {
        Some(std::io::Error::other(format!(
            "not a regular file but {}; only regular files are read (nothing else is opened)",
            crate::base::tree::kind_of(file_type)
        )))
    }
}

fn read_limited(path: &Path, max: u64, follow: Follow) -> Result<Vec<u8>, ReadError> {
    use std::os::unix::fs::{MetadataExt as _, OpenOptionsExt as _};
    // What the name is, before anything is opened.
    let before = match follow {
        Follow::Yes => std::fs::metadata(path),
        Follow::No => std::fs::symlink_metadata(path),
    }
    .map_err(ReadError::Io)?;
    if let Some(e) = refusal(&before.file_type()) {
        return Err(ReadError::Io(e));
    }
    let mut flags = libc::O_NONBLOCK;
    if follow == Follow::No {
        flags |= libc::O_NOFOLLOW;
    }
    // Non-blocking still: the name may have been replaced since it was looked at.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(path)
        .map_err(|e| {
            ReadError::Io(if e.raw_os_error() == Some(libc::ELOOP) {
                std::io::Error::other("a symbolic link; it is not followed")
            } else {
                e
            })
        })?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if let Some(e) = refusal(&meta.file_type()) {
        return Err(ReadError::Io(e));
    }
    if (meta.dev(), meta.ino()) != (before.dev(), before.ino()) {
        return Err(ReadError::Io(std::io::Error::other(
            "the file was replaced while it was being opened",
        )));
    }
    if meta.len() > max {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Expands files and directories into the JSON files to read: a file is
/// taken as given; a directory contributes every `*.json` below it, sorted,
/// skipping hidden entries.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|error| InputError::Unreadable {
            source_name: path.display().to_string(),
            error,
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let unreadable = |error| InputError::Unreadable {
        source_name: dir.display().to_string(),
        error,
    };
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let file_type = entry.file_type().map_err(unreadable)?;
        if file_type.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}
