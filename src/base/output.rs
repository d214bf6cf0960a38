//! Writing artifacts: atomically, or not at all — and never through a link.
//!
//! An artifact is written to a fresh temporary file in the destination
//! directory, flushed to disk, then renamed over the destination, so a reader
//! sees either the old file or the complete new one — never a partial
//! artifact. The directory is then flushed too (best effort), so the rename
//! itself survives a crash.
//!
//! The write cannot be redirected:
//!
//! - the temporary file has an unpredictable name (a random suffix) and is
//!   created with `O_CREAT|O_EXCL|O_NOFOLLOW` (`create_new` plus `O_NOFOLLOW`):
//!   a file, a symbolic link — even a dangling one — or anything else already
//!   at that name makes the open fail, and a fresh name is tried (a bounded
//!   number of times);
//! - a destination that exists and is not a regular file — a symbolic link,
//!   a directory, a FIFO, a socket, a device node — is refused before
//!   anything is created, with a clear error; nothing is written;
//! - on any error the temporary file is removed.
//!
//! Public artifacts are created `0644` (less when the umask says so); secret
//! ones (the minisign secret key) `0600`, from the first byte on.

use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

/// The mode of a public artifact (before the umask).
pub const PUBLIC_MODE: u32 = 0o644;
/// The mode of a secret (the minisign secret key): owner read/write only.
pub const PRIVATE_MODE: u32 = 0o600;

/// How many fresh temporary names are tried before giving up.
const TEMP_ATTEMPTS: usize = 16;

/// Whether an existing destination may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Replace {
    /// Replace an existing regular file (atomic `rename`).
    Yes,
    /// Never replace anything: the destination must not exist (atomic
    /// `link`, which fails on any existing name, dangling symlinks included).
    Never,
}

/// Writes `bytes` to `path` atomically (temp file + fsync + rename), mode
/// `0644` (less when the umask says so). Refuses a destination that exists
/// and is not a regular file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, PUBLIC_MODE, Replace::Yes)
}

/// [`write_atomic`] for a secret: the file is created `0600`.
pub fn write_atomic_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, PRIVATE_MODE, Replace::Yes)
}

/// A file written under a temporary name beside its destination: complete,
/// not yet flushed, not yet in place. A batch stages every file, flushes the
/// filesystem once ([`sync_filesystem`]), then commits each: every file is
/// complete on disk before its rename, for one flush instead of one per file.
/// Dropped uncommitted, the temporary file is removed.
#[derive(Debug)]
pub struct Staged {
    tmp: Option<PathBuf>,
    target: PathBuf,
}

/// Writes `bytes` to a new temporary file beside `path` (mode `0644` less
/// the umask), after the checks of [`write_atomic`]; nothing is flushed or
/// renamed until [`Staged::commit`].
pub fn stage(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
    let (dir, name) = dir_and_name(path)?;
    check_destination(path, Replace::Yes)?;
    let (tmp, mut file) = create_temp(dir, name, PUBLIC_MODE)?;
    let staged = Staged {
        tmp: Some(tmp),
        target: path.to_path_buf(),
    };
    file.write_all(bytes)?;
    Ok(staged)
}

impl Staged {
    /// Where the file goes.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Renames the file into place — after [`sync_filesystem`] (or
    /// [`Staged::sync`]) made its bytes durable. The destination is checked
    /// again right before the rename, which replaces a symlink, never its
    /// target. The directory is left to the caller ([`sync_dir`]).
    pub fn commit(mut self) -> io::Result<()> {
        let tmp = self.tmp.take().expect("a staged file is committed once");
        let result = check_destination(&self.target, Replace::Yes)
            .and_then(|()| fs::rename(&tmp, &self.target));
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Flushes this file alone (when the filesystem could not be flushed).
    pub fn sync(&self) -> io::Result<()> {
        match &self.tmp {
            Some(tmp) => File::open(tmp)?.sync_all(),
            None => Ok(()),
        }
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// Flushes every file written so far to the filesystem that holds `dir`
/// (`syncfs`): one flush for a whole batch of [`Staged`] files.
///
/// Only where `syncfs` reports what it could not write as `fsync` does: on
/// Linux 5.8 or later (before, it returned success whatever writeback met),
/// and on a local filesystem whose flush covers every file (ext4, XFS,
/// Btrfs, tmpfs; not a FUSE or network one). Anywhere else it returns
/// `Unsupported`, and the caller flushes each file ([`Staged::sync`]).
#[cfg(target_os = "linux")]
pub fn sync_filesystem(dir: &Path) -> io::Result<()> {
    const LOCAL: [rustix::fs::FsWord; 4] = [
        0xEF53,      // ext2/3/4
        0x5846_5342, // XFS
        0x9123_683E, // Btrfs
        0x0102_1994, // tmpfs
    ];
    let unsupported = |why: &str| io::Error::new(io::ErrorKind::Unsupported, why.to_string());
    let release = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let mut version = release
        .trim()
        .split(|c: char| !c.is_ascii_digit())
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (version.next().unwrap_or(0), version.next().unwrap_or(0));
    if (major, minor) < (5, 8) {
        return Err(unsupported(
            "syncfs reports writeback errors from Linux 5.8 on",
        ));
    }
    let dir = File::open(dir)?;
    let kind = rustix::fs::fstatfs(&dir).map_err(io::Error::from)?.f_type;
    if !LOCAL.contains(&kind) {
        return Err(unsupported(
            "not a local filesystem syncfs is known to flush whole",
        ));
    }
    rustix::fs::syncfs(&dir).map_err(io::Error::from)
}

/// Flushes every file written so far to the filesystem that holds `dir`:
/// not offered here (`syncfs` is Linux's), so the caller flushes each file.
#[cfg(not(target_os = "linux"))]
pub fn sync_filesystem(_dir: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "syncfs is Linux's",
    ))
}

/// Flushes a directory, so the renames into it survive a crash (best
/// effort: a filesystem that cannot fsync a directory still has every
/// complete file).
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Writes a new public file at `path`, atomically; fails when anything at
/// all (a file, a symlink, a directory…) already has that name, without
/// touching it — race-free, unlike checking first.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, PUBLIC_MODE, Replace::Never)
}

/// [`write_new`] for a secret: the file is created `0600`.
pub fn write_new_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, PRIVATE_MODE, Replace::Never)
}

/// The directory `path` lies in (`.` for a bare name) and its file name.
fn dir_and_name(path: &Path) -> io::Result<(&Path, &std::ffi::OsStr)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the output path names no file")
    })?;
    Ok((dir, name))
}

fn write(path: &Path, bytes: &[u8], mode: u32, replace: Replace) -> io::Result<()> {
    let (dir, name) = dir_and_name(path)?;
    check_destination(path, replace)?;
    let (tmp, mut file) = create_temp(dir, name, mode)?;
    let result = (|| {
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        match replace {
            Replace::Yes => {
                // Checked again right before the rename, to keep the window
                // small; `rename` itself replaces a symlink, never its target.
                check_destination(path, replace)?;
                fs::rename(&tmp, path)
            }
            Replace::Never => {
                fs::hard_link(&tmp, path).map_err(|e| match e.kind() {
                    io::ErrorKind::AlreadyExists => exists_error(path),
                    _ => e,
                })?;
                fs::remove_file(&tmp)
            }
        }
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
        return result;
    }
    // Best effort: the rename is durable once the directory is flushed; a
    // filesystem that cannot fsync a directory still has the complete file.
    sync_dir(dir);
    Ok(())
}

/// Checks, before anything is written, that [`write_atomic`] would accept
/// `path`: a command that writes several files checks them all first, so a
/// refused one never leaves the others half-done.
pub fn check_replaceable(path: &Path) -> io::Result<()> {
    check_destination(path, Replace::Yes)
}

fn exists_error(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{} exists; refusing to replace it", path.display()),
    )
}

/// Refuses a destination that exists and is not a regular file (or, with
/// [`Replace::Never`], that exists at all). A symbolic link is refused
/// whatever it points to: the write would either follow it or replace it,
/// and neither is what the link's owner meant.
fn check_destination(path: &Path, replace: Replace) -> io::Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if replace == Replace::Never {
        return Err(exists_error(path));
    }
    let file_type = meta.file_type();
    if file_type.is_file() {
        return Ok(());
    }
    let what = if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_dir() {
        "a directory"
    } else {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            "a FIFO"
        } else if file_type.is_socket() {
            "a socket"
        } else if file_type.is_block_device() || file_type.is_char_device() {
            "a device node"
        } else {
            "not a regular file"
        }
    };
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{} is {what}, not a regular file; refusing to write through or replace it (nothing was written)",
            path.display()
        ),
    ))
}

/// A temporary name beside the destination: `.<name>.<random>.tmp`, the
/// name shortened so the whole stays within common filename limits.
fn temp_name(name: &OsStr) -> io::Result<String> {
    let mut random = [0u8; 12];
    getrandom::fill(&mut random)
        .map_err(|e| io::Error::other(format!("no randomness for a temporary file name: {e}")))?;
    let name = name.to_string_lossy();
    let mut keep = name.len().min(200);
    while !name.is_char_boundary(keep) {
        keep -= 1;
    }
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!(".{}.{suffix}.tmp", &name[..keep]))
}

/// Creates a fresh temporary file in `dir`, retrying on a name collision.
fn create_temp(dir: &Path, name: &OsStr, mode: u32) -> io::Result<(PathBuf, File)> {
    for _ in 0..TEMP_ATTEMPTS {
        let tmp = dir.join(temp_name(name)?);
        match open_new(&tmp, mode) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{}: no unused temporary file name after {TEMP_ATTEMPTS} attempts",
            dir.display()
        ),
    ))
}

/// Opens `path` for writing only if nothing — not even a dangling symlink —
/// has that name: `O_CREAT|O_EXCL` (`create_new`) never follows a symlink,
/// and `O_NOFOLLOW` says so again. `mode` applies from creation on (masked
/// by the umask), so a secret is never readable by others, even briefly.
fn open_new(path: &Path, mode: u32) -> io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
}

/// A unified diff of `expected` (the file at `expected_name`) against
/// `actual`, or `None` when they are equal.
pub fn unified_diff(expected_name: &str, expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    Some(
        similar::TextDiff::from_lines(expected, actual)
            .unified_diff()
            .context_radius(3)
            .header(expected_name, "rendered")
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::os::unix::fs::{PermissionsExt as _, symlink};

    /// A fresh, empty scratch directory for one test.
    fn scratch(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("am-output-{}-{test}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// The names in `dir`, sorted.
    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_file() {
        let dir = scratch("replace");
        let file = dir.join("a.txt");
        for round in 0..5 {
            let text = format!("round {round}");
            write_atomic(&file, text.as_bytes()).unwrap();
            assert_eq!(fs::read_to_string(&file).unwrap(), text);
            assert_eq!(names(&dir), ["a.txt"]);
        }
        assert!(write_atomic(&dir.join("missing/b.txt"), b"x").is_err());
        assert_eq!(names(&dir), ["a.txt"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_staged_file_is_in_place_only_once_committed_and_gone_when_dropped() {
        let dir = scratch("staged");
        let kept = dir.join("kept.txt");
        let dropped = dir.join("dropped.txt");
        write_atomic(&kept, b"old").unwrap();
        let a = stage(&kept, b"new").unwrap();
        let b = stage(&dropped, b"never").unwrap();
        // Staged: the destination is untouched, the bytes are beside it.
        assert_eq!(fs::read_to_string(&kept).unwrap(), "old");
        assert_eq!(names(&dir).len(), 3);
        match sync_filesystem(&dir) {
            Ok(()) => {}
            // Not a filesystem whose one flush is trusted: each file alone.
            Err(e) if e.kind() == io::ErrorKind::Unsupported => a.sync().unwrap(),
            Err(e) => panic!("{e}"),
        }
        a.commit().unwrap();
        drop(b);
        assert_eq!(fs::read_to_string(&kept).unwrap(), "new");
        assert_eq!(
            names(&dir),
            ["kept.txt"],
            "no temporary file, nothing dropped in place"
        );
        // A destination that became a symlink is refused at commit, and the
        // temporary file is removed.
        let c = stage(&dropped, b"x").unwrap();
        symlink(&kept, &dropped).unwrap();
        assert!(c.commit().is_err());
        assert_eq!(names(&dir), ["dropped.txt", "kept.txt"]);
        assert_eq!(fs::read_to_string(&kept).unwrap(), "new");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_symlink_at_the_destination_is_refused_and_its_target_untouched() {
        let dir = scratch("symlink");
        let outside = scratch("symlink-outside");
        let victim = outside.join("victim");
        fs::write(&victim, b"precious").unwrap();
        let link = dir.join("out.container");
        symlink(&victim, &link).unwrap();
        let err = write_atomic(&link, b"attacker-chosen").unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(names(&dir), ["out.container"]);

        // A dangling link: refused too, and nothing appears where it points.
        let dangling = dir.join("dangling");
        symlink(outside.join("not-yet"), &dangling).unwrap();
        assert!(write_atomic_private(&dangling, b"secret").is_err());
        assert!(write_new_private(&dangling, b"secret").is_err());
        assert!(!outside.join("not-yet").exists());
        assert_eq!(names(&outside), ["victim"]);
        assert_eq!(names(&dir), ["dangling", "out.container"]);
        fs::remove_dir_all(&dir).unwrap();
        fs::remove_dir_all(&outside).unwrap();
    }

    #[test]
    fn a_directory_fifo_or_device_at_the_destination_is_refused() {
        let dir = scratch("special");
        let sub = dir.join("sub");
        fs::create_dir(&sub).unwrap();
        let err = write_atomic(&sub, b"x").unwrap_err();
        assert!(err.to_string().contains("a directory"), "{err}");
        assert!(sub.is_dir());

        let fifo = dir.join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let err = write_atomic(&fifo, b"x").unwrap_err();
        assert!(err.to_string().contains("a FIFO"), "{err}");
        use std::os::unix::fs::FileTypeExt as _;
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(names(&dir), ["fifo", "sub"]);

        // A device node is never replaced by a regular file (and nothing is
        // created beside it).
        let err = write_atomic(Path::new("/dev/null"), b"x").unwrap_err();
        assert!(err.to_string().contains("a device node"), "{err}");
        assert!(
            fs::read_dir("/dev")
                .unwrap()
                .flatten()
                .all(|e| !e.file_name().to_string_lossy().starts_with(".null."))
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn secrets_are_created_owner_only_and_public_files_never_wider_than_0644() {
        let dir = scratch("modes");
        let key = dir.join("agent-machine.key");
        write_atomic_private(&key, b"secret").unwrap();
        assert_eq!(mode(&key), 0o600);
        write_atomic_private(&key, b"secret 2").unwrap();
        assert_eq!(mode(&key), 0o600);
        let new_key = dir.join("new.key");
        write_new_private(&new_key, b"secret").unwrap();
        assert_eq!(mode(&new_key), 0o600);
        let public = dir.join("agent-machine.pub");
        write_atomic(&public, b"public").unwrap();
        assert_eq!(mode(&public) & !0o644, 0);
        assert_eq!(
            names(&dir),
            ["agent-machine.key", "agent-machine.pub", "new.key"]
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn write_new_never_replaces_and_cleans_up() {
        let dir = scratch("new");
        let file = dir.join("k");
        write_new(&file, b"first").unwrap();
        let err = write_new(&file, b"second").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&file).unwrap(), b"first");
        assert_eq!(names(&dir), ["k"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_temporary_file_is_never_opened_through_a_planted_name() {
        let dir = scratch("planted");
        let victim = dir.join("victim");
        fs::write(&victim, b"precious").unwrap();
        let planted = dir.join(".a.txt.tmp");
        symlink(&victim, &planted).unwrap();
        assert_eq!(
            open_new(&planted, PUBLIC_MODE).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
        let dangling = dir.join(".dangling.tmp");
        symlink(dir.join("nowhere"), &dangling).unwrap();
        assert!(open_new(&dangling, PUBLIC_MODE).is_err());
        assert!(!dir.join("nowhere").exists());
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        // And the names differ every time.
        let a = temp_name(OsStr::new("a.txt")).unwrap();
        let b = temp_name(OsStr::new("a.txt")).unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(".a.txt.") && a.ends_with(".tmp"), "{a}");
        assert!(temp_name(OsStr::new(&"é".repeat(127))).unwrap().len() < 255);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn diff_shows_changed_lines() {
        assert_eq!(unified_diff("a", "x\n", "x\n"), None);
        let d = unified_diff("a", "x\ny\n", "x\nz\n").unwrap();
        assert!(d.contains("-y") && d.contains("+z"), "{d}");
    }
}
