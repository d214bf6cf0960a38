//! Walking a repository tree without trusting it: how the release bundle
//! finds the files it lists and digests.
//!
//! The tree is input. Whoever can add a file to it (a pull request, a
//! shared checkout) controls the names and kinds of its entries, so the walk:
//!
//! - never follows a symbolic link: a link is refused ([`TreeError::Symlink`])
//!   — never read through, never descended — so `docs/passwd.md ->
//!   /etc/passwd` is not digested and `docs/l -> .` is no loop;
//! - refuses every entry that is neither a regular file nor a directory
//!   (FIFO, socket, device) without opening it;
//! - refuses names that are not UTF-8 (two different names must never be
//!   recorded as one path), that hold a backslash (recorded as a path
//!   separator elsewhere), `..`, a control character (a newline splits the
//!   name in every line-oriented tool) or an invisible formatting character
//!   (a right-to-left override or a zero-width space disguises a name);
//! - detects directory loops (a bind mount of an ancestor) by device and
//!   inode;
//! - is bounded: at most [`Bounds::max_depth`] directories deep and
//!   [`Bounds::max_entries`] entries per walk, each with a clear error.
//!
//! The files it returns are read with [`TreeFile::read`], which opens them
//! `O_NOFOLLOW` and checks again that they are regular files: a file swapped
//! for a link after the walk is refused, not followed.

use std::ffi::OsStr;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};

/// How far a walk may go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// Deepest directory below the walked one (the walked one is depth 0).
    pub max_depth: usize,
    /// Most directory entries seen in one walk (files, directories and anything else).
    pub max_entries: usize,
}

/// The bounds of the release bundle's walks: far beyond this repository
/// (three levels, a few hundred files), far below what makes a walk slow.
pub const BOUNDS: Bounds = Bounds {
    max_depth: 16,
    max_entries: 10_000,
};

impl Default for Bounds {
    fn default() -> Self {
        BOUNDS
    }
}

/// A regular file of the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeFile {
    /// Its path relative to the root, `/`-separated; every component is
    /// UTF-8 without `\`, `..` or control characters.
    pub rel: String,
    /// Its path on this machine.
    pub path: PathBuf,
}

impl TreeFile {
    /// The file's bytes, at most `max`: opened `O_NOFOLLOW|O_NONBLOCK` and
    /// checked to be a regular file before and after opening.
    pub fn read(&self, max: u64) -> std::io::Result<Vec<u8>> {
        crate::base::input::read_file_nofollow(&self.path, max)
    }
}

/// Why the tree cannot be walked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TreeError {
    /// A symbolic link: never followed.
    #[error(
        "{rel} is a symbolic link (to {target:?}); the tree is read without following links: put the file itself there, or remove the link"
    )]
    Symlink {
        /// The path, relative to the root of the tree.
        rel: String,
        /// Where the link points.
        target: String,
    },
    /// Neither a regular file nor a directory.
    #[error("{rel} is {kind}, not a regular file or directory; it is never opened")]
    Special {
        /// The path, relative to the root of the tree.
        rel: String,
        /// What it is instead.
        kind: &'static str,
    },
    /// A name that is not UTF-8.
    #[error(
        "{rel}: the name is not UTF-8; names are recorded exactly, so two such names could not be told apart"
    )]
    NotUtf8 {
        /// The path, relative to the root of the tree.
        rel: String,
    },
    /// A name with a character that changes what the path means.
    #[error("{rel}: the name contains {what}; rename it")]
    BadName {
        /// The path, relative to the root of the tree.
        rel: String,
        /// The character, described.
        what: &'static str,
    },
    /// Deeper than the bound.
    #[error("{rel}: deeper than {limit} directories below {top}; the walk is bounded")]
    TooDeep {
        /// The path, relative to the root of the tree.
        rel: String,
        /// The directory walked.
        top: String,
        /// The bound.
        limit: usize,
    },
    /// More entries than the bound.
    #[error("{top}: more than {limit} entries; the walk is bounded")]
    TooMany {
        /// The directory walked.
        top: String,
        /// The bound.
        limit: usize,
    },
    /// A directory that is one of its own ancestors (a bind mount).
    #[error("{rel} is the directory {ancestor} again (a loop); it is not descended")]
    Loop {
        /// The path, relative to the root of the tree.
        rel: String,
        /// The ancestor it repeats.
        ancestor: String,
    },
    /// An entry that cannot be examined.
    #[error("{rel}: cannot read: {error}")]
    Io {
        /// The path, relative to the root of the tree.
        rel: String,
        /// What went wrong.
        error: String,
    },
}

/// What a file type is, in words (for errors).
pub fn kind_of(file_type: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_dir() {
        "a directory"
    } else if file_type.is_fifo() {
        "a FIFO (named pipe)"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_char_device() {
        "a character device"
    } else if file_type.is_block_device() {
        "a block device"
    } else if file_type.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// The UTF-8 name of an entry, or why it is refused. `parent` is the
/// relative path of its directory (for the error).
fn checked_name<'a>(parent: &str, name: &'a OsStr) -> Result<&'a str, TreeError> {
    let rel = |shown: &str| join(parent, shown);
    let Some(text) = name.to_str() else {
        // Shown escaped: the raw bytes never reach a terminal.
        let shown = format!("{name:?}");
        return Err(TreeError::NotUtf8 {
            rel: rel(shown.trim_matches('"')),
        });
    };
    let escaped = || {
        let shown = format!("{text:?}");
        rel(shown.trim_matches('"'))
    };
    let what = if text.contains('\\') {
        Some("a backslash (a path separator elsewhere)")
    } else if text.contains('/') {
        Some("a path separator")
    } else if text.contains("..") {
        Some("`..`")
    } else if text.chars().any(char::is_control) {
        Some("a control character")
    } else if text.chars().any(invisible) {
        Some("an invisible formatting character (bidirectional override, zero-width)")
    } else if text.is_empty() || text == "." {
        Some("no name")
    } else {
        None
    };
    match what {
        Some(what) => Err(TreeError::BadName {
            rel: escaped(),
            what,
        }),
        None => Ok(text),
    }
}

/// Characters that change how a name is shown without being seen: a
/// right-to-left override makes `gpj.md` look like `dm.jpg`, a zero-width
/// space makes two different names look the same.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}/{name}")
    }
}

/// The identity of a directory: device and inode.
type Identity = (u64, u64);

fn identity(path: &Path) -> std::io::Result<Identity> {
    let meta = std::fs::symlink_metadata(path)?;
    Ok((meta.dev(), meta.ino()))
}

/// Every regular file below `root/dir` (`dir` is `/`-separated and trusted:
/// the caller names it), sorted by path. A `dir` that does not exist has no
/// files; one that is a link, or not a directory, is refused.
pub fn files(root: &Path, dir: &str, bounds: Bounds) -> Result<Vec<TreeFile>, TreeError> {
    walk_with(root, dir, bounds, &identity)
}

struct Walk<'a> {
    top: &'a str,
    bounds: Bounds,
    entries: usize,
    ancestors: Vec<(Identity, String)>,
    out: Vec<TreeFile>,
    identity: &'a dyn Fn(&Path) -> std::io::Result<Identity>,
}

fn walk_with(
    root: &Path,
    dir: &str,
    bounds: Bounds,
    identity: &dyn Fn(&Path) -> std::io::Result<Identity>,
) -> Result<Vec<TreeFile>, TreeError> {
    let top = root.join(dir);
    let meta = match std::fs::symlink_metadata(&top) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(TreeError::Io {
                rel: dir.to_string(),
                error: e.to_string(),
            });
        }
    };
    let file_type = meta.file_type();
    if file_type.is_symlink() {
        return Err(TreeError::Symlink {
            rel: dir.to_string(),
            target: link_target(&top),
        });
    }
    if !file_type.is_dir() {
        return Err(TreeError::Special {
            rel: dir.to_string(),
            kind: kind_of(&file_type),
        });
    }
    let mut walk = Walk {
        top: dir,
        bounds,
        entries: 0,
        ancestors: Vec::new(),
        out: Vec::new(),
        identity,
    };
    walk.dir(&top, dir.to_string(), 0)?;
    let mut out = walk.out;
    // Component-wise, as the paths compare (`a/b` before `a-c`).
    out.sort_by(|a, b| Path::new(&a.rel).cmp(Path::new(&b.rel)));
    Ok(out)
}

fn link_target(path: &Path) -> String {
    std::fs::read_link(path)
        .map(|t| t.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "?".into())
}

impl Walk<'_> {
    fn dir(&mut self, path: &Path, rel: String, depth: usize) -> Result<(), TreeError> {
        let io = |rel: &str, e: std::io::Error| TreeError::Io {
            rel: rel.to_string(),
            error: e.to_string(),
        };
        let id = (self.identity)(path).map_err(|e| io(&rel, e))?;
        if let Some((_, ancestor)) = self.ancestors.iter().find(|(a, _)| *a == id) {
            return Err(TreeError::Loop {
                rel,
                ancestor: ancestor.clone(),
            });
        }
        self.ancestors.push((id, rel.clone()));
        for entry in std::fs::read_dir(path).map_err(|e| io(&rel, e))? {
            let entry = entry.map_err(|e| io(&rel, e))?;
            self.entries += 1;
            if self.entries > self.bounds.max_entries {
                return Err(TreeError::TooMany {
                    top: self.top.to_string(),
                    limit: self.bounds.max_entries,
                });
            }
            let name = entry.file_name();
            let child_rel = join(&rel, checked_name(&rel, &name)?);
            let child = entry.path();
            // `file_type` never follows a link (d_type, else lstat).
            let file_type = entry.file_type().map_err(|e| io(&child_rel, e))?;
            if file_type.is_symlink() {
                return Err(TreeError::Symlink {
                    target: link_target(&child),
                    rel: child_rel,
                });
            } else if file_type.is_dir() {
                if depth + 1 > self.bounds.max_depth {
                    return Err(TreeError::TooDeep {
                        rel: child_rel,
                        top: self.top.to_string(),
                        limit: self.bounds.max_depth,
                    });
                }
                self.dir(&child, child_rel, depth + 1)?;
            } else if file_type.is_file() {
                self.out.push(TreeFile {
                    rel: child_rel,
                    path: child,
                });
            } else {
                return Err(TreeError::Special {
                    rel: child_rel,
                    kind: kind_of(&file_type),
                });
            }
        }
        self.ancestors.pop();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("agent-machine-tree-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_directory_that_is_its_own_ancestor_is_a_loop() {
        // A bind mount of an ancestor needs privileges; the identity is
        // what the walk compares, so a fake one stands in for it.
        let root = scratch("loop");
        std::fs::create_dir_all(root.join("docs/a/b")).unwrap();
        let fake = |p: &Path| -> std::io::Result<Identity> {
            if p.ends_with("docs/a/b") {
                identity(p.parent().unwrap().parent().unwrap())
            } else {
                identity(p)
            }
        };
        let err = walk_with(&root, "docs", BOUNDS, &fake).unwrap_err();
        assert_eq!(
            err,
            TreeError::Loop {
                rel: "docs/a/b".into(),
                ancestor: "docs".into()
            }
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_file_replaced_by_a_link_after_the_walk_is_not_read_through() {
        let root = scratch("swap");
        std::fs::create_dir_all(root.join("docs")).unwrap();
        std::fs::write(root.join("docs/a.md"), "# a\n").unwrap();
        std::fs::write(root.join("secret"), "s3cret\n").unwrap();
        let found = files(&root, "docs", BOUNDS).unwrap();
        assert_eq!(found[0].read(1024).unwrap(), b"# a\n");
        std::fs::remove_file(root.join("docs/a.md")).unwrap();
        std::os::unix::fs::symlink(root.join("secret"), root.join("docs/a.md")).unwrap();
        let err = found[0].read(1024).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn names_are_checked_component_by_component() {
        let ok = |n: &str| checked_name("docs", OsStr::new(n)).is_ok();
        assert!(ok("a.md") && ok(".hidden.md") && ok("a b.md") && ok("ünï.md"));
        for bad in [
            "..",
            "a..b.md",
            "..\\..\\etc\\shadow.md",
            "a\nb.md",
            "a\tb",
            "",
            "gpj.\u{202E}md",
            "a\u{200B}b.md",
            "\u{FEFF}x.md",
        ] {
            assert!(!ok(bad), "{bad:?}");
        }
        use std::os::unix::ffi::OsStrExt as _;
        let err = checked_name("docs", OsStr::from_bytes(b"x\xff.md")).unwrap_err();
        assert_eq!(
            err,
            TreeError::NotUtf8 {
                rel: "docs/x\\xFF.md".into()
            }
        );
        let err = checked_name("docs", OsStr::new("a\nb.md")).unwrap_err();
        assert!(err.to_string().starts_with("docs/a\\nb.md:"), "{err}");
    }
}
