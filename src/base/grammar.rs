//! The grammars of the values that reach an artifact.
//!
//! Every user-controlled value that becomes a Podman argument, a systemd
//! directive, a Kubernetes field or a path on the host is parsed here into a
//! typed value — once, in the semantic layer — and renderers emit only typed
//! values. A value outside its grammar is refused with a stable rule code;
//! nothing is escaped into acceptability and nothing is matched against a list
//! of known-bad strings. `docs/threat-model.md` lists every field with its
//! grammar and rule.
//!
//! | type | grammar | rule |
//! |---|---|---|
//! | [`ImageRef`] | the distribution reference grammar, ≤ 255 bytes | `grammar/image-reference` |
//! | [`Entrypoint`] | an absolute normalized path or a bare command name | `grammar/entrypoint` |
//! | [`HostPath`] | absolute, normalized, strictly beneath an allowed root ([`HOST_PATH_ROOTS`]) | `grammar/host-path` |
//! | [`MountTarget`] | absolute, normalized, outside the reserved trees ([`RESERVED_TARGETS`]) | `grammar/mount-target` |
//! | [`Namespace`] | a DNS-1123 label, not `default`, `kube-*`, `openshift` or `openshift-*` | `grammar/namespace` |
//! | [`CpuQuantity`] | `N` cores or `Nm` millicores, `1m` ≤ q ≤ [`MAX_CPU_CORES`] | `grammar/cpu-quantity` |
//! | [`MemoryLimit`] | bytes, [`MIN_MEMORY_BYTES`] ≤ limit | `grammar/memory` |
//! | [`VolumeGroup`], [`LogicalVolume`], [`LvmVolume`] | lvm(8) names: 1–127 of `[A-Za-z0-9+_.-]`, no leading `-`, not `.`/`..`; a logical volume without LVM's reserved prefixes and infixes; device-mapper names ≤ [`MAX_DM_NAME`] | `grammar/lvm-name` |
//! | [`VolumeSize`] | bytes, 0 < size ≤ [`MAX_VOLUME_BYTES`] | `grammar/volume-size` |
//! | [`filesystem`] | one of [`FILESYSTEMS`] | `grammar/filesystem` |
//! | [`MountOptions`] | each of [`MOUNT_OPTIONS`], once; `nodev,nosuid` forced, and `noexec` for caches and models; `suid`, `dev`, `exec` refused | `grammar/mount-options` |
//!
//! Paths use one conservative alphabet for every segment — ASCII letters,
//! digits and `.` `_` `-` `+` `@` — so no path can carry a `:` or `,` (which
//! separate the parts of a Podman `--volume`), whitespace, quotes, `%` or `$`
//! (systemd specifiers and variables), or a control character.

use std::fmt;
use std::sync::LazyLock;

use crate::base::rule::{self, Rule};
use regex::Regex;

/// Why a value is outside its grammar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrammarError {
    /// Stable rule code (`grammar/…`).
    pub rule: Rule,
    /// What is wrong. Never echoes the value itself: a misplaced secret must
    /// not be printed back.
    pub message: String,
}

impl GrammarError {
    fn new(rule: Rule, message: impl Into<String>) -> Self {
        GrammarError {
            rule,
            message: message.into(),
        }
    }
}

impl fmt::Display for GrammarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.rule, self.message)
    }
}

impl std::error::Error for GrammarError {}

/// The longest image reference accepted (the distribution spec's name limit).
pub const MAX_IMAGE_REFERENCE: usize = 255;
/// The longest path accepted (host paths, mount targets, entrypoints).
pub const MAX_PATH: usize = 1024;

// The distribution reference grammar (github.com/distribution/reference),
// with the host limited to DNS names and IPv4 addresses and the digest to the
// algorithms an OCI registry verifies (sha256, sha512):
//
//   reference  := name [ ":" tag ] [ "@" digest ]
//   name       := [ domain "/" ] path-component ( "/" path-component )*
//   domain     := host [ ":" port ]     (a first component with ".", ":" or "localhost")
//   path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
//   tag        := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
//   digest     := "sha256:" [a-f0-9]{64} | "sha512:" [a-f0-9]{128}
static IMAGE: LazyLock<Regex> = LazyLock::new(|| {
    let component = r"[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*";
    let domain_component = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    let domain = format!(
        r"(?:(?:{domain_component}(?:\.{domain_component})+|localhost)(?::[0-9]{{1,5}})?|{domain_component}:[0-9]{{1,5}})"
    );
    let pattern = format!(
        r"^(?P<name>(?:{domain}/)?{component}(?:/{component})*)(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{{0,127}}))?(?:@(?P<digest>sha256:[a-f0-9]{{64}}|sha512:[a-f0-9]{{128}}))?$"
    );
    Regex::new(&pattern).expect("the image reference grammar compiles")
});

/// An OCI image reference in the distribution grammar: never a flag, never
/// whitespace, `$` or `%`, never longer than [`MAX_IMAGE_REFERENCE`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ImageRef {
    name: String,
    tag: Option<String>,
    digest: Option<String>,
}

impl ImageRef {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<ImageRef, GrammarError> {
        if s.len() > MAX_IMAGE_REFERENCE {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::ImageReference),
                format!(
                    "an image reference is at most {MAX_IMAGE_REFERENCE} bytes (this one is {})",
                    s.len()
                ),
            ));
        }
        let caps = IMAGE.captures(s).ok_or_else(|| {
            GrammarError::new(
                Rule::Grammar(rule::Grammar::ImageReference),
                "not an image reference: expected [registry[:port]/]path[:tag][@sha256:<64 hex>] \
                 (lowercase path components; no leading '-', whitespace, '$' or '%')",
            )
        })?;
        // Quadlet reads an `Image=` ending in `.image` or `.build` as the name
        // of another Quadlet unit, which then decides what runs.
        if s.ends_with(".image") || s.ends_with(".build") {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::ImageReference),
                "an image reference ending in .image or .build names a Quadlet unit, not an image; add a tag or a digest",
            ));
        }
        let name = &caps["name"];
        let port = name
            .split('/')
            .next()
            .filter(|first| {
                name.contains('/')
                    && (first.contains('.') || first.contains(':') || *first == "localhost")
            })
            .and_then(|domain| domain.split_once(':'))
            .map(|(_, port)| port.parse::<u32>().unwrap_or(0));
        if port.is_some_and(|p| !(1..=65535).contains(&p)) {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::ImageReference),
                "a registry port is 1–65535",
            ));
        }
        Ok(ImageRef {
            name: caps["name"].to_string(),
            tag: caps.name("tag").map(|m| m.as_str().to_string()),
            digest: caps.name("digest").map(|m| m.as_str().to_string()),
        })
    }

    /// The repository name (registry and path), without tag or digest.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The tag, when there is one.
    pub fn tag(&self) -> Option<&str> {
        self.tag.as_deref()
    }

    /// The digest, when the reference is pinned.
    pub fn digest(&self) -> Option<&str> {
        self.digest.as_deref()
    }

    /// This reference pinned to `digest` (the tag is dropped: a pinned
    /// reference names exactly one manifest). A reference that already has a
    /// digest must have this one.
    pub fn pinned(&self, digest: &str) -> Result<ImageRef, GrammarError> {
        if let Some(own) = &self.digest {
            if own != digest {
                return Err(GrammarError::new(
                    Rule::SupplyChain(rule::SupplyChain::DigestMismatch),
                    "the reference is pinned to another digest than imageDigest",
                ));
            }
            return Ok(self.clone());
        }
        ImageRef::parse(&format!("{}@{digest}", self.name))
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        if let Some(tag) = &self.tag {
            write!(f, ":{tag}")?;
        }
        if let Some(digest) = &self.digest {
            write!(f, "@{digest}")?;
        }
        Ok(())
    }
}

/// Whether `segment` is a path segment of the conservative alphabet.
fn is_segment(segment: &str) -> bool {
    !segment.is_empty()
        && segment != "."
        && segment != ".."
        && segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+' | b'@'))
}

/// Splits an absolute, normalized path into its segments, or says why not.
fn absolute_segments(s: &str, rule: Rule) -> Result<Vec<&str>, GrammarError> {
    if s.len() > MAX_PATH {
        return Err(GrammarError::new(
            rule,
            format!("a path is at most {MAX_PATH} bytes"),
        ));
    }
    let Some(rest) = s.strip_prefix('/') else {
        return Err(GrammarError::new(rule, "the path must be absolute"));
    };
    if rest.is_empty() {
        return Ok(Vec::new());
    }
    let segments: Vec<&str> = rest.split('/').collect();
    if let Some(bad) = segments.iter().find(|seg| !is_segment(seg)) {
        let why = match *bad {
            "" => "an empty segment ('//' or a trailing '/')".to_string(),
            "." | ".." => format!("a {bad:?} segment"),
            _ => "a character outside letters, digits and . _ - + @".to_string(),
        };
        return Err(GrammarError::new(
            rule,
            format!("the path must be absolute and normalized; it has {why}"),
        ));
    }
    Ok(segments)
}

/// A container entrypoint: an absolute normalized path, or a bare command name
/// (`llama-server`) the image's `PATH` resolves. Never starts with `-`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entrypoint(String);

impl Entrypoint {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<Entrypoint, GrammarError> {
        const RULE: Rule = Rule::Grammar(rule::Grammar::Entrypoint);
        if s.starts_with('/') {
            let segments = absolute_segments(s, RULE)?;
            if segments.is_empty() {
                return Err(GrammarError::new(RULE, "\"/\" is not an executable"));
            }
        } else if !(is_segment(s) && s.len() <= 255) {
            return Err(GrammarError::new(
                RULE,
                "an entrypoint is an absolute path or a bare command name (letters, digits and . _ - + @)",
            ));
        }
        if s.rsplit('/')
            .next()
            .is_some_and(|name| name.starts_with('-'))
        {
            return Err(GrammarError::new(
                RULE,
                "an entrypoint never starts with '-' (it would read as a flag)",
            ));
        }
        Ok(Entrypoint(s.to_string()))
    }

    /// The entrypoint as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The roots host paths may lie beneath, for rootless Podman: the
/// agent-machine data directories. `<user>` stands for exactly one path
/// segment. A host path must lie *strictly* beneath a root, so no pod can
/// mount a whole root (every model, cache and evidence directory at once).
///
/// The v0.1.0 PolicyAdmission has no host-path scope, so no admission can
/// widen these roots; a later admission contract may.
pub const HOST_PATH_ROOTS: &[&str] = &[
    "/var/lib/agent-machine",
    "/srv/agent-machine",
    "/home/<user>/.local/share/agent-machine",
    "/var/home/<user>/.local/share/agent-machine",
];

/// Whether `segments` lie strictly beneath `root` (with `<user>` wildcards).
fn beneath(segments: &[&str], root: &str) -> bool {
    let root: Vec<&str> = root.trim_start_matches('/').split('/').collect();
    segments.len() > root.len()
        && root
            .iter()
            .zip(segments)
            .all(|(r, s)| *r == "<user>" || r == s)
}

/// A host directory to bind-mount: absolute, normalized, strictly beneath one
/// of [`HOST_PATH_ROOTS`], and never a socket (`*.sock`, `*.socket`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HostPath(String);

impl HostPath {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<HostPath, GrammarError> {
        const RULE: Rule = Rule::Grammar(rule::Grammar::HostPath);
        let segments = absolute_segments(s, RULE)?;
        if !HOST_PATH_ROOTS.iter().any(|root| beneath(&segments, root)) {
            return Err(GrammarError::new(
                RULE,
                format!(
                    "a host path must lie beneath one of the agent-machine data roots: {}",
                    HOST_PATH_ROOTS.join(", ")
                ),
            ));
        }
        if segments
            .iter()
            .any(|seg| seg.ends_with(".sock") || seg.ends_with(".socket"))
        {
            return Err(GrammarError::new(
                RULE,
                "a socket is never mounted into a container",
            ));
        }
        Ok(HostPath(s.to_string()))
    }

    /// The path.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether two host paths name overlapping trees: one is the other or lies
/// beneath it, segment by segment, after `/home/…` is read as `/var/home/…`
/// (the same directory on Fedora Atomic, where `/home` links to `/var/home`).
pub fn host_paths_overlap(a: &str, b: &str) -> bool {
    let canonical = |p: &str| -> Vec<String> {
        let p = match p.strip_prefix("/home/") {
            Some(rest) => format!("/var/home/{rest}"),
            None => p.to_string(),
        };
        p.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (canonical(a), canonical(b));
    a.iter().zip(&b).all(|(x, y)| x == y)
}

/// Container paths that are never a mount target, nor anything beneath them:
/// the kernel's and the runtime's trees, the system's own directories, the
/// renderer's `/tmp`, and the service-account token (under `/var/run`).
pub const RESERVED_TARGETS: &[&str] = &[
    "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/proc", "/run", "/sbin", "/sys",
    "/tmp", "/usr", "/var/run",
];

/// Directories that are never a mount target themselves, since a mount there
/// would hide a reserved tree beneath them (mounts beneath them are fine).
pub const RESERVED_PARENTS: &[&str] = &["/var"];

/// A mount target inside the container: absolute, normalized, never `/` and
/// never in (or beneath) a [`RESERVED_TARGETS`] tree.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MountTarget(String);

impl MountTarget {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<MountTarget, GrammarError> {
        const RULE: Rule = Rule::Grammar(rule::Grammar::MountTarget);
        let segments = absolute_segments(s, RULE)?;
        let Some(first) = segments.first() else {
            return Err(GrammarError::new(
                RULE,
                "\"/\" cannot be a mount target: it would hide the image",
            ));
        };
        let tree = |reserved: &str| {
            let r: Vec<&str> = reserved.trim_start_matches('/').split('/').collect();
            segments.len() >= r.len() && r.iter().zip(&segments).all(|(a, b)| a == b)
        };
        if let Some(parent) = RESERVED_PARENTS.iter().find(|p| s == **p) {
            return Err(GrammarError::new(
                RULE,
                format!("{parent} holds reserved trees (it would hide /var/run); mount beneath it"),
            ));
        }
        if let Some(reserved) = RESERVED_TARGETS.iter().find(|r| tree(r)) {
            return Err(GrammarError::new(
                RULE,
                format!(
                    "{reserved} is reserved (the system's, the runtime's or the renderer's own); mount beneath another directory, e.g. /{}",
                    if *first == "tmp" { "scratch" } else { "data" }
                ),
            ));
        }
        Ok(MountTarget(s.to_string()))
    }

    /// The path.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Namespaces that belong to the cluster, never to a workload.
pub fn is_reserved_namespace(ns: &str) -> bool {
    ns == "default" || ns == "openshift" || ns.starts_with("kube-") || ns.starts_with("openshift-")
}

/// A Kubernetes namespace for a workload: a DNS-1123 label that is not
/// `default`, `kube-*`, `openshift` or `openshift-*`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Namespace(String);

impl Namespace {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<Namespace, GrammarError> {
        const RULE: Rule = Rule::Grammar(rule::Grammar::Namespace);
        if !crate::base::names::is_dns1123_label(s) {
            return Err(GrammarError::new(
                RULE,
                "a namespace is a DNS-1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit",
            ));
        }
        if is_reserved_namespace(s) {
            return Err(GrammarError::new(
                RULE,
                format!(
                    "{s} is a reserved namespace (default, kube-*, openshift, openshift-*); agent workloads get a namespace of their own"
                ),
            ));
        }
        Ok(Namespace(s.to_string()))
    }

    /// The namespace.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The longest LVM volume group or logical volume name (lvm(8): `NAME_LEN`
/// less the terminating NUL).
pub const MAX_LVM_NAME: usize = 127;

/// The longest device-mapper name (`DM_NAME_LEN` less the terminating NUL):
/// the `<vg>-<lv>` name LVM gives the volume (with every `-` inside a name
/// doubled) and the `<lv>-crypt` name a plan opens a LUKS volume under.
pub const MAX_DM_NAME: usize = 127;

/// An LVM volume group or logical volume name: 1–127 of `[A-Za-z0-9+_.-]`,
/// never starting with `-` (it would read as an option of `lvcreate`), never
/// `.` or `..` (the device path is `/dev/<vg>/<lv>`). The character rule
/// common to [`VolumeGroup`] and [`LogicalVolume`].
pub fn lvm_name(s: &str) -> Result<&str, GrammarError> {
    let ok = !s.is_empty()
        && s.len() <= MAX_LVM_NAME
        && !s.starts_with('-')
        && s != "."
        && s != ".."
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'_' | b'.' | b'-'));
    if ok {
        Ok(s)
    } else {
        Err(GrammarError::new(
            Rule::Grammar(rule::Grammar::LvmName),
            "an LVM name is 1–127 of letters, digits and + _ . -, not starting with '-', not . or ..",
        ))
    }
}

/// An LVM volume group name, per lvm(8): [`lvm_name`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VolumeGroup(String);

impl VolumeGroup {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<VolumeGroup, GrammarError> {
        lvm_name(s).map(|s| VolumeGroup(s.to_string()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Prefixes lvm(8) reserves for its own logical volumes.
pub const LV_RESERVED_PREFIXES: &[&str] = &["snapshot", "pvmove"];

/// Strings lvm(8) reserves inside logical volume names, for the hidden
/// sub-volumes of thin pools, caches, mirrors, RAID, VDO and integrity.
pub const LV_RESERVED_INFIXES: &[&str] = &[
    "_cdata", "_cmeta", "_corig", "_cpool", "_cvol", "_wcorig", "_imeta", "_iorig", "_mimage",
    "_mlog", "_pmspare", "_rimage", "_rmeta", "_tdata", "_tmeta", "_vdata", "_vorigin",
];

/// An LVM logical volume name, per lvm(8): [`lvm_name`], and neither
/// starting with a reserved prefix ([`LV_RESERVED_PREFIXES`]) nor holding a
/// reserved string ([`LV_RESERVED_INFIXES`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LogicalVolume(String);

impl LogicalVolume {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<LogicalVolume, GrammarError> {
        lvm_name(s)?;
        if let Some(prefix) = LV_RESERVED_PREFIXES.iter().find(|p| s.starts_with(**p)) {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::LvmName),
                format!("a logical volume name never starts with {prefix:?} (reserved by LVM)"),
            ));
        }
        if let Some(infix) = LV_RESERVED_INFIXES.iter().find(|i| s.contains(**i)) {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::LvmName),
                format!(
                    "a logical volume name never contains {infix:?} (reserved by LVM for its hidden sub-volumes)"
                ),
            ));
        }
        Ok(LogicalVolume(s.to_string()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A logical volume in its volume group: the device `/dev/<vg>/<lv>`, whose
/// device-mapper names (LVM's `<vg>-<lv>` and a plan's `<lv>-crypt`) fit
/// [`MAX_DM_NAME`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LvmVolume {
    vg: VolumeGroup,
    lv: LogicalVolume,
}

/// The suffix of the device-mapper name a plan opens a LUKS volume under.
pub const CRYPT_SUFFIX: &str = "-crypt";

impl LvmVolume {
    /// The volume `lv` of `vg`.
    pub fn new(vg: VolumeGroup, lv: LogicalVolume) -> Result<LvmVolume, GrammarError> {
        let lvm_dm_name = vg.0.replace('-', "--").len() + 1 + lv.0.replace('-', "--").len();
        if lvm_dm_name > MAX_DM_NAME || lv.0.len() + CRYPT_SUFFIX.len() > MAX_DM_NAME {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::LvmName),
                format!(
                    "the volume group and logical volume names are too long together: LVM names the device <vg>-<lv> (each '-' doubled), at most {MAX_DM_NAME} bytes"
                ),
            ));
        }
        Ok(LvmVolume { vg, lv })
    }

    /// The volume group.
    pub fn vg(&self) -> &VolumeGroup {
        &self.vg
    }

    /// The logical volume.
    pub fn lv(&self) -> &LogicalVolume {
        &self.lv
    }

    /// `/dev/<vg>/<lv>`.
    pub fn device(&self) -> String {
        format!("/dev/{}/{}", self.vg.0, self.lv.0)
    }

    /// The device-mapper name of its LUKS mapping, `<lv>-crypt`.
    pub fn crypt_name(&self) -> String {
        format!("{}{CRYPT_SUFFIX}", self.lv.0)
    }
}

/// The largest volume a storage plan creates: 1 PiB. A quota above it is a
/// mistake (or an attempt to exhaust the volume group), not a cache.
pub const MAX_VOLUME_BYTES: u64 = 1 << 50;

/// A volume size in bytes: more than 0 (`lvcreate --size 0b` is no volume)
/// and at most [`MAX_VOLUME_BYTES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VolumeSize(u64);

impl VolumeSize {
    /// Checks `bytes`.
    pub fn new(bytes: u64) -> Result<VolumeSize, GrammarError> {
        if bytes == 0 || bytes > MAX_VOLUME_BYTES {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::VolumeSize),
                format!(
                    "a volume size is more than 0 and at most {MAX_VOLUME_BYTES} bytes (1 PiB); this one is {bytes}"
                ),
            ));
        }
        Ok(VolumeSize(bytes))
    }

    /// Bytes.
    pub fn bytes(self) -> u64 {
        self.0
    }
}

/// The filesystems a storage plan may create.
pub const FILESYSTEMS: &[&str] = &["xfs", "ext4", "btrfs"];

/// The mount options a storage plan may use; the hardening `nodev` and
/// `nosuid` are always added (and `noexec` for caches and models, see
/// [`MountOptions`]).
pub const MOUNT_OPTIONS: &[&str] = &[
    "nodev",
    "nosuid",
    "noexec",
    "ro",
    "rw",
    "noatime",
    "nodiratime",
    "relatime",
    "discard",
];

/// The options that undo the hardening; never accepted, and named when
/// refused (the words are fixed, so naming them echoes nothing of the input).
pub const UNHARDENING_OPTIONS: &[&str] = &["suid", "dev", "exec"];

/// A filesystem type from [`FILESYSTEMS`].
pub fn filesystem(s: &str) -> Result<&'static str, GrammarError> {
    FILESYSTEMS
        .iter()
        .find(|f| **f == s)
        .copied()
        .ok_or_else(|| {
            GrammarError::new(
                Rule::Grammar(rule::Grammar::Filesystem),
                format!("a storage plan creates one of {}", FILESYSTEMS.join(", ")),
            )
        })
}

/// Mount options from [`MOUNT_OPTIONS`], with `nodev` and `nosuid` always in.
pub fn mount_options(options: &[String]) -> Result<Vec<String>, GrammarError> {
    MountOptions::parse(options, false).map(MountOptions::into_vec)
}

/// The mount options of a planned volume: each from [`MOUNT_OPTIONS`], no
/// two alike, not both `ro` and `rw`; `nodev` and `nosuid` always in, and
/// `noexec` too when the volume holds caches or models (`hardened`). `suid`,
/// `dev` and `exec` are refused by name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MountOptions(Vec<String>);

impl MountOptions {
    /// Parses `options`; `noexec` is forced when `noexec_required`.
    pub fn parse(options: &[String], noexec_required: bool) -> Result<MountOptions, GrammarError> {
        const RULE: Rule = Rule::Grammar(rule::Grammar::MountOptions);
        for (i, o) in options.iter().enumerate() {
            if let Some(undo) = UNHARDENING_OPTIONS.iter().find(|u| **u == o.as_str()) {
                return Err(GrammarError::new(
                    RULE,
                    format!(
                        "option {i} is {undo:?}: planned volumes are always mounted nodev,nosuid (and noexec for caches and models); suid, dev and exec are refused"
                    ),
                ));
            }
            if !MOUNT_OPTIONS.contains(&o.as_str()) {
                return Err(GrammarError::new(
                    RULE,
                    format!(
                        "option {i} is not among {} (one option per entry, no '=' values)",
                        MOUNT_OPTIONS.join(", ")
                    ),
                ));
            }
            if options[..i].contains(o) {
                return Err(GrammarError::new(
                    RULE,
                    format!("option {i} ({o}) is given twice"),
                ));
            }
        }
        if options.iter().any(|o| o == "ro") && options.iter().any(|o| o == "rw") {
            return Err(GrammarError::new(RULE, "ro and rw contradict each other"));
        }
        let mut out: Vec<String> = options.to_vec();
        let forced: &[&str] = if noexec_required {
            &["nodev", "nosuid", "noexec"]
        } else {
            &["nodev", "nosuid"]
        };
        for hardening in forced {
            if !out.iter().any(|o| o == hardening) {
                out.push((*hardening).to_string());
            }
        }
        Ok(MountOptions(out))
    }

    /// The options, in order.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// The options, in order.
    pub fn into_vec(self) -> Vec<String> {
        self.0
    }

    /// As the argument of `mount -o`.
    pub fn joined(&self) -> String {
        self.0.join(",")
    }
}

/// The largest CPU quantity accepted, in cores.
pub const MAX_CPU_CORES: u64 = 1024;

/// A CPU quantity in millicores, from `"2"` or `"500m"`; at least `1m`, at
/// most [`MAX_CPU_CORES`] cores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CpuQuantity(u64);

impl CpuQuantity {
    /// Parses `s`.
    pub fn parse(s: &str) -> Result<CpuQuantity, GrammarError> {
        let bad = || {
            GrammarError::new(
                Rule::Grammar(rule::Grammar::CpuQuantity),
                format!(
                    "not a CPU quantity: whole cores (\"2\") or millicores (\"500m\"), more than 0 and at most {MAX_CPU_CORES} cores"
                ),
            )
        };
        let digits =
            |d: &str| !d.is_empty() && d.len() <= 9 && d.bytes().all(|b| b.is_ascii_digit());
        let milli = match s.strip_suffix('m') {
            Some(m) if digits(m) => m.parse::<u64>().map_err(|_| bad())?,
            None if digits(s) => s.parse::<u64>().map_err(|_| bad())? * 1000,
            _ => return Err(bad()),
        };
        if milli == 0 || milli > MAX_CPU_CORES * 1000 {
            return Err(bad());
        }
        Ok(CpuQuantity(milli))
    }

    /// Millicores.
    pub fn millis(self) -> u64 {
        self.0
    }

    /// As Podman's `--cpus` (`"2"`, `"0.5"`, `"1.25"`).
    pub fn podman_cpus(self) -> String {
        let (whole, frac) = (self.0 / 1000, self.0 % 1000);
        if frac == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{}", format!("{frac:03}").trim_end_matches('0'))
        }
    }
}

/// The smallest memory limit accepted: Podman's minimum (6 MiB). A limit of
/// 0 would mean *unlimited* to Podman.
pub const MIN_MEMORY_BYTES: u64 = 6 * 1024 * 1024;

/// A memory limit in bytes, at least [`MIN_MEMORY_BYTES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemoryLimit(u64);

impl MemoryLimit {
    /// Checks `bytes`.
    pub fn new(bytes: u64) -> Result<MemoryLimit, GrammarError> {
        if bytes < MIN_MEMORY_BYTES {
            return Err(GrammarError::new(
                Rule::Grammar(rule::Grammar::Memory),
                format!(
                    "a memory limit is at least {MIN_MEMORY_BYTES} bytes (6 MiB, Podman's minimum; 0 would mean unlimited)"
                ),
            ));
        }
        Ok(MemoryLimit(bytes))
    }

    /// Bytes.
    pub fn bytes(self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_references() {
        for ok in [
            "alpine",
            "alpine:3",
            "docker.io/library/alpine:3.20",
            "ghcr.io/ggerganov/llama.cpp:server",
            "localhost:5000/models/llama_cpp",
            "registry:5000/a/b",
            "quay.io/a/b@sha256:1111111111111111111111111111111111111111111111111111111111111111",
            "vllm/vllm-openai:v0.6.3",
        ] {
            assert!(ImageRef::parse(ok).is_ok(), "{ok}");
            assert_eq!(ImageRef::parse(ok).unwrap().to_string(), ok);
        }
        for bad in [
            "",
            "--privileged",
            "-v",
            "Alpine",
            "alpine:3 --privileged",
            "alpine:$TAG",
            "${IMAGE}",
            "alpine%n",
            "docker.io//alpine",
            "alpine:",
            "alpine@sha256:abc",
            "alpine:3@sha256:--privileged",
            "a/b/",
            "/abs",
            "alpine\n",
            "foo.image",
            "ghcr.io/x/foo.build",
            "registry:99999/a",
            "localhost:0/a",
        ] {
            assert_eq!(
                ImageRef::parse(bad).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::ImageReference),
                "{bad:?}"
            );
        }
        assert!(ImageRef::parse(&format!("a/{}", "b".repeat(300))).is_err());
    }

    #[test]
    fn pinning_drops_the_tag() {
        let d = format!("sha256:{}", "a".repeat(64));
        let r = ImageRef::parse("ghcr.io/x/y:server").unwrap();
        assert_eq!(
            r.pinned(&d).unwrap().to_string(),
            format!("ghcr.io/x/y@{d}")
        );
        let r = ImageRef::parse("localhost:5000/y").unwrap();
        assert_eq!(
            r.pinned(&d).unwrap().to_string(),
            format!("localhost:5000/y@{d}")
        );
        assert!(r.pinned("sha256:--privileged").is_err());
        let pinned = ImageRef::parse(&format!("a/b@sha512:{}", "c".repeat(128))).unwrap();
        assert!(
            pinned.pinned(&d).is_err(),
            "a different digest is never ignored"
        );
    }

    #[test]
    fn entrypoints() {
        for ok in ["llama-server", "/usr/bin/vllm", "python3.12", "ollama"] {
            assert!(Entrypoint::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "-x",
            "--privileged",
            "/",
            "/bin/../sh",
            "bin/sh",
            "$SHELL",
            "a b",
            "/x/-y",
            "%n",
        ] {
            assert_eq!(
                Entrypoint::parse(bad).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::Entrypoint),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn host_paths_lie_beneath_a_root() {
        for ok in [
            "/var/lib/agent-machine/models",
            "/var/lib/agent-machine/models/gguf",
            "/srv/agent-machine/cache/hot",
            "/home/ada/.local/share/agent-machine/models",
            "/var/home/ada/.local/share/agent-machine/x",
        ] {
            assert!(HostPath::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "/",
            "/etc",
            "/var/run",
            "/run/user/1000/podman",
            "/var/lib/agent-machine",
            "/var/lib/agent-machine/../../etc",
            "/var/lib/agent-machine/./x",
            "/var/lib/agent-machine/x/",
            "/var/lib/agent-machine//x",
            "/var/lib/agent-machine/a:b",
            "/var/lib/agent-machine/a,b",
            "/var/lib/agent-machine/a b",
            "/var/lib/agent-machine/$HOME",
            "/var/lib/agent-machine/podman.sock",
            "/var/lib/agent-machine/run/containerd.socket",
            "/home/.local/share/agent-machine",
            "var/lib/agent-machine/x",
            "~/.ollama",
        ] {
            assert_eq!(
                HostPath::parse(bad).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::HostPath),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn overlapping_host_paths() {
        let m = "/var/lib/agent-machine/models";
        assert!(host_paths_overlap(m, m));
        assert!(host_paths_overlap(m, "/var/lib/agent-machine/models/qwen"));
        assert!(host_paths_overlap("/var/lib/agent-machine/models/qwen", m));
        assert!(!host_paths_overlap(m, "/var/lib/agent-machine/models-2"));
        assert!(host_paths_overlap(
            "/home/ada/.local/share/agent-machine/m",
            "/var/home/ada/.local/share/agent-machine/m/x"
        ));
        assert!(!host_paths_overlap(
            "/home/ada/.local/share/agent-machine/m",
            "/home/bob/.local/share/agent-machine/m"
        ));
    }

    #[test]
    fn mount_targets_avoid_reserved_trees() {
        for ok in [
            "/models",
            "/agent/cache/warm",
            "/data/tmp",
            "/var/lib/x",
            "/runner",
        ] {
            assert!(MountTarget::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "/",
            "/proc",
            "/proc/1",
            "/sys",
            "/dev/shm",
            "/etc",
            "/tmp",
            "/tmp/x",
            "/run/secrets",
            "/var/run/secrets/kubernetes.io/serviceaccount",
            "/usr/bin",
            "/var",
            "/models/../etc",
            "models",
            "/a:b",
        ] {
            assert_eq!(
                MountTarget::parse(bad).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::MountTarget),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn namespaces() {
        assert!(Namespace::parse("agent-machine").is_ok());
        for bad in [
            "default",
            "kube-system",
            "kube-public",
            "openshift-infra",
            "Agent",
            "a_b",
            "",
        ] {
            assert_eq!(
                Namespace::parse(bad).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::Namespace),
                "{bad}"
            );
        }
    }

    #[test]
    fn resources() {
        assert_eq!(CpuQuantity::parse("2").unwrap().podman_cpus(), "2");
        assert_eq!(CpuQuantity::parse("500m").unwrap().podman_cpus(), "0.5");
        assert_eq!(CpuQuantity::parse("1250m").unwrap().podman_cpus(), "1.25");
        for bad in [
            "0",
            "0m",
            "",
            "m",
            "-1",
            "1.5",
            "two",
            "1025",
            "99999999999999999999",
        ] {
            assert!(CpuQuantity::parse(bad).is_err(), "{bad}");
        }
        assert!(MemoryLimit::new(0).is_err());
        assert!(MemoryLimit::new(MIN_MEMORY_BYTES - 1).is_err());
        assert!(MemoryLimit::new(MIN_MEMORY_BYTES).is_ok());
    }

    #[test]
    fn lvm_names() {
        for ok in ["agent-machine", "vg0", "a+b_c.d-e", "x"] {
            assert!(VolumeGroup::parse(ok).is_ok(), "{ok}");
            assert!(LogicalVolume::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "-x",
            "--config=global/locking_type=0",
            ".",
            "..",
            "a/b",
            "a b",
            "a\nb",
            "é",
            "a$b",
            &"v".repeat(128),
        ] {
            assert_eq!(
                VolumeGroup::parse(bad).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::LvmName),
                "{bad:?}"
            );
            assert_eq!(
                LogicalVolume::parse(bad).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::LvmName),
                "{bad:?}"
            );
        }
        assert!(VolumeGroup::parse(&"v".repeat(127)).is_ok());
        for reserved in [
            "snapshot",
            "snapshot1",
            "pvmove0",
            "a_tdata",
            "x_rimage_0",
            "c_cvol",
            "v_vdata",
        ] {
            assert!(VolumeGroup::parse(reserved).is_ok(), "{reserved}");
            assert_eq!(
                LogicalVolume::parse(reserved).unwrap_err().rule,
                Rule::Grammar(rule::Grammar::LvmName),
                "{reserved}"
            );
        }
        let vg = VolumeGroup::parse("a-b").unwrap();
        let lv = LogicalVolume::parse("c-d").unwrap();
        let v = LvmVolume::new(vg, lv).unwrap();
        assert_eq!(v.device(), "/dev/a-b/c-d");
        assert_eq!(v.crypt_name(), "c-d-crypt");
        // 62 dashes doubled are 124 bytes: with the group, too long for device-mapper.
        let long = LogicalVolume::parse(&format!("l{}", "-".repeat(62))).unwrap();
        assert!(LvmVolume::new(VolumeGroup::parse("vg-0").unwrap(), long).is_err());
        let long = LogicalVolume::parse(&"l".repeat(125)).unwrap();
        assert!(
            LvmVolume::new(VolumeGroup::parse("v").unwrap(), long).is_err(),
            "<lv>-crypt would not fit"
        );
    }

    #[test]
    fn volume_sizes() {
        assert!(VolumeSize::new(0).is_err());
        assert!(VolumeSize::new(1).is_ok());
        assert!(VolumeSize::new(MAX_VOLUME_BYTES).is_ok());
        assert!(VolumeSize::new(MAX_VOLUME_BYTES + 1).is_err());
        assert!(VolumeSize::new(u64::MAX).is_err());
    }

    #[test]
    fn mount_option_lists() {
        let v = |o: &[&str]| o.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            MountOptions::parse(&v(&[]), true).unwrap().joined(),
            "nodev,nosuid,noexec"
        );
        assert_eq!(
            MountOptions::parse(&v(&["ro", "nodev"]), false)
                .unwrap()
                .joined(),
            "ro,nodev,nosuid"
        );
        for bad in [
            &["exec"][..],
            &["suid"],
            &["dev"],
            &["nodev", "exec"],
            &["X-mount.mkdir=0777"],
            &["nodev,exec"],
            &["ro", "rw"],
            &["nodev", "nodev"],
            &["NODEV"],
            &[""],
            &["nodev\n"],
        ] {
            for hardened in [false, true] {
                assert_eq!(
                    MountOptions::parse(&v(bad), hardened).unwrap_err().rule,
                    Rule::Grammar(rule::Grammar::MountOptions),
                    "{bad:?}"
                );
            }
        }
    }
}
