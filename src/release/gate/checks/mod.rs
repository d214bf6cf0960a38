//! The checks behind the gate items, one module per area, each item's
//! registry entry ([`Item`](super::Item)) next to its check. This module holds what the
//! areas share.
//!
//! Each check Each reads the tree under
//! [`Context::root`] or runs the library in-process; none runs a program.
//! (I3 asks to start validators that cannot start — absent, or a stub whose
//! interpreter is missing — to read the message the gate gives; P4 writes
//! provider stubs that would leave a marker if run, in a private temporary
//! directory, and the probe must not run them.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Context, Outcome};
use crate::base::finding::Finding;
use crate::base::input::{Document, read_document};
use crate::base::json::Limits;
use crate::base::rule::{self, Rule};
use crate::contracts::{AgentPod, CacheTier, Kind};
use crate::governance::validate::{Mode, validate};
use crate::release::skeletons;
use crate::render::Artifact;
use crate::rules::posture::Posture;

pub mod contracts;
pub mod installer;
pub mod renderers;
pub mod safety;
/// The levels, as the item tables write them.
const P: super::Level = super::Level::Prototype;
const B: super::Level = super::Level::Bootstrap;
const X: super::Level = super::Level::ReleaseBlocking;

pub mod ci;
pub mod evidence;
pub mod integration;

fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|e| {
            e.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn rel(ctx: &Context, p: &Path) -> String {
    p.strip_prefix(&ctx.root).unwrap_or(p).display().to_string()
}

fn verdict(mut problems: Vec<String>, checked: usize, what: &str) -> Outcome {
    if checked == 0 {
        problems.insert(0, format!("no {what} found"));
        Outcome::fail(problems.join("; "))
    } else if problems.is_empty() {
        Outcome::pass(format!("{checked} {what} checked"))
    } else {
        Outcome::fail(problems.join("; "))
    }
}

/// At most this many entries are looked at under one directory of the tree.
pub const MAX_WALK_ENTRIES: usize = 10_000;

/// At most this deep.
pub const MAX_WALK_DEPTH: usize = 16;

/// What a walk under a directory found. It never follows a symbolic link —
/// not even the directory itself — (a link is reported, not read through, so
/// a loop cannot trap it) and stops at [`MAX_WALK_ENTRIES`] entries or
/// [`MAX_WALK_DEPTH`] levels.
#[derive(Debug, Default)]
pub struct Walk {
    /// Regular files, sorted.
    pub files: Vec<PathBuf>,
    /// Everything else but directories (symbolic links, FIFOs, sockets,
    /// devices, entries that cannot be read), with what each is; sorted.
    pub others: Vec<(PathBuf, &'static str)>,
    /// Whether the walk stopped at a bound before the end.
    pub truncated: bool,
}

/// Walks `dir` (see [`Walk`]); a missing directory is an empty walk.
pub fn walk(dir: &Path) -> Walk {
    fn go(dir: &Path, depth: usize, seen: &mut usize, out: &mut Walk) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            *seen += 1;
            if *seen > MAX_WALK_ENTRIES {
                out.truncated = true;
                return;
            }
            let Ok(e) = e else {
                out.others
                    .push((dir.to_path_buf(), "an entry that cannot be read"));
                continue;
            };
            let path = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => {
                    if depth >= MAX_WALK_DEPTH {
                        out.truncated = true;
                    } else {
                        go(&path, depth + 1, seen, out);
                    }
                }
                Ok(t) if t.is_file() => out.files.push(path),
                Ok(t) if t.is_symlink() => out.others.push((path, "a symbolic link")),
                Ok(_) => out
                    .others
                    .push((path, "not a regular file (a FIFO, socket or device)")),
                Err(_) => out.others.push((path, "an entry that cannot be read")),
            }
        }
    }
    let mut out = Walk::default();
    // The directory itself must be in the tree, not a link out of it.
    if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
        out.others.push((dir.to_path_buf(), "a symbolic link"));
        return out;
    }
    let mut seen = 0;
    go(dir, 0, &mut seen, &mut out);
    out.files.sort();
    out.others.sort();
    out
}

fn walk_files(dir: &Path, out: &mut Vec<PathBuf>) {
    out.extend(walk(dir).files);
}

fn example_pods(ctx: &Context) -> Vec<(String, AgentPod)> {
    json_files(&ctx.path("examples"))
        .into_iter()
        .filter_map(|f| {
            let name = f
                .file_name()?
                .to_str()?
                .strip_suffix(".agent-pod.json")?
                .to_string();
            let text = crate::base::input::read_text(&f).ok()?;
            Some((name, parsed(&text)?))
        })
        .collect()
}

fn example_tiers(ctx: &Context) -> Vec<CacheTier> {
    json_files(&ctx.path("examples"))
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(".cache-tier.json"))
        .filter_map(|f| parsed(&crate::base::input::read_text(f).ok()?))
        .collect()
}

/// A file contains all the given texts.
pub fn contains(ctx: &Context, file: &str, needles: &[&str], what: &str) -> Outcome {
    match ctx.read(file) {
        None => Outcome::fail(format!("{file} is missing")),
        Some(text) => {
            let missing: Vec<&&str> = needles.iter().filter(|n| !text.contains(**n)).collect();
            if missing.is_empty() {
                Outcome::pass(format!("{file}: {what}"))
            } else {
                Outcome::fail(format!("{file} lacks {missing:?}"))
            }
        }
    }
}

/// Whether a line of `file` that is not a comment (`#`, `//`) contains `needle`.
fn says(ctx: &Context, file: &str, needle: &str) -> bool {
    ctx.read(file).is_some_and(|t| {
        t.lines().any(|l| {
            let l = l.trim_start();
            !l.starts_with('#') && !l.starts_with("//") && l.contains(needle)
        })
    })
}

fn example<T: serde::de::DeserializeOwned>(ctx: &Context, file: &str) -> Option<T> {
    parsed(&ctx.read(&format!("examples/{file}"))?)
}

/// A document of the tree, read as every document is read: through the strict
/// parser (a duplicate key refused, size and depth bounded), then typed.
fn parsed<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    let value = crate::base::json::parse(text.as_bytes(), crate::base::json::Limits::default());
    serde_json::from_value(value.ok()?).ok()
}

fn documents(ctx: &Context, dir: &str) -> Vec<Document> {
    json_files(&ctx.path(dir))
        .iter()
        .filter_map(|f| read_document(f, Limits::default()).ok())
        .collect()
}
