//! What a pod's `resources.accelerators` becomes on each surface.
//!
//! | type | Quadlet `AddDevice=` | Kubernetes `resources.limits` |
//! |---|---|---|
//! | `cpu` | — | — |
//! | `cuda` | the CDI names `nvidia.com/gpu=0` … `=N-1`, or `nvidia.com/gpu=all` without a count | `nvidia.com/gpu: N` (1 without a count) |
//! | `rocm` | `/dev/kfd` and `/dev/dri` (every AMD GPU: a count is not expressible locally) | `amd.com/gpu: N` (1 without a count) |
//! | `vulkan` | `/dev/dri` | refused when required: no device-plugin resource, and `hostPath` is not allowed |
//! | `metal`, `mlx` | refused when required: no such device on Linux | same |
//! | `unknown` | refused when required: nothing to give | same |
//!
//! Only a **required** accelerator is rendered. An optional one
//! (`required: false`) is not, and adds nothing to a required one of its
//! type: a device the host lacks would stop the unit from starting (and make
//! a Pod unschedulable), which is the opposite of optional. Each entry left
//! out is named in a warning; an entry with a count of 0 adds nothing, also with a
//! warning. The required entries of one type add up: locally, their counts
//! summed, or every device when one of them gives no count; in Kubernetes,
//! their counts summed, an entry without a count counting one.
//!
//! Devices are typed ([`Device`]) and come from this fixed allow-list only; the
//! posture model ([`crate::rules::posture`]) checks that the parsed-back artifact
//! holds exactly the devices and resources the pod's required accelerators
//! give.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::contracts::agent_pod::AgentPod;
use crate::contracts::wire::Accelerator as Type;

use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};
use crate::rules::artifact::Artifact;

/// The most devices of one type a pod may ask for: a guard against a count
/// that would render millions of lines, far above any machine's GPUs.
pub const MAX_DEVICES: u64 = 64;

/// A device a Quadlet unit may pass to the container, each with its grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Device {
    /// The CDI device `nvidia.com/gpu=<index>`, or `nvidia.com/gpu=all`
    /// (`None`).
    NvidiaGpu(Option<u64>),
    /// `/dev/kfd`, the AMD ROCm compute interface.
    Kfd,
    /// `/dev/dri`, the Direct Rendering Infrastructure (ROCm, Vulkan).
    Dri,
}

impl Device {
    /// Parses a `--device` value. Anything outside the allow-list (another
    /// path, a `:` permission or container-path suffix, an optional `-` prefix,
    /// an index with a sign or leading zero) is refused.
    pub fn parse(s: &str) -> Result<Device, String> {
        match s {
            "/dev/kfd" => Ok(Device::Kfd),
            "/dev/dri" => Ok(Device::Dri),
            "nvidia.com/gpu=all" => Ok(Device::NvidiaGpu(None)),
            _ => {
                let index = s
                    .strip_prefix("nvidia.com/gpu=")
                    .filter(|i| {
                        !i.is_empty()
                            && i.bytes().all(|b| b.is_ascii_digit())
                            && (i.len() == 1 || !i.starts_with('0'))
                    })
                    .and_then(|i| i.parse::<u64>().ok())
                    .filter(|i| *i < MAX_DEVICES);
                index.map(|i| Device::NvidiaGpu(Some(i))).ok_or_else(|| {
                    format!(
                        "{s:?} is not an allowed device (nvidia.com/gpu=<index>|all, /dev/dri, /dev/kfd)"
                    )
                })
            }
        }
    }
}

impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Device::NvidiaGpu(Some(i)) => write!(f, "nvidia.com/gpu={i}"),
            Device::NvidiaGpu(None) => f.write_str("nvidia.com/gpu=all"),
            Device::Kfd => f.write_str("/dev/kfd"),
            Device::Dri => f.write_str("/dev/dri"),
        }
    }
}

/// The extended resources a Kubernetes container may be given, by name.
pub const RESOURCES: &[&str] = &["nvidia.com/gpu", "amd.com/gpu"];

/// What the pod's accelerators become on one surface.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accelerators {
    /// Quadlet `AddDevice=` values, in order.
    pub devices: BTreeSet<Device>,
    /// Kubernetes `resources.limits` entries (a resource of [`RESOURCES`] →
    /// count).
    pub limits: BTreeMap<&'static str, u64>,
    /// Accelerators left out, and why.
    pub warnings: Vec<String>,
}

/// One type's required entries, added up.
struct Wanted {
    /// The first required entry of this type (for pointers).
    first: usize,
    /// Devices for Quadlet: `None` when some required entry gives no count
    /// (every device).
    local: Option<u64>,
    /// The Kubernetes count: each required entry's count, 1 without one.
    cluster: u64,
}

/// Resolves the pod's accelerators for `artifact` (the plan and the CRD carry
/// the pod as data: nothing to resolve).
pub fn resolve(pod: &AgentPod, artifact: Artifact) -> Result<Accelerators, Finding> {
    let mut out = Accelerators::default();
    if !matches!(artifact, Artifact::Quadlet | Artifact::Kubernetes) {
        return Ok(out);
    }
    let mut wanted: BTreeMap<Type, Wanted> = BTreeMap::new();
    for (i, a) in pod.resources.accelerators.iter().flatten().enumerate() {
        if a.type_ == Type::Cpu {
            continue;
        }
        if !a.required {
            out.warnings.push(format!(
                "/resources/accelerators/{i}: the optional accelerator {} is not rendered (a device the host lacks would stop the workload from starting); set required: true to give it to the workload",
                a.type_
            ));
            continue;
        }
        if a.count == Some(0) {
            out.warnings.push(format!(
                "/resources/accelerators/{i}: the accelerator {} has a count of 0, so it adds no device",
                a.type_
            ));
            continue;
        }
        let w = wanted.entry(a.type_).or_insert(Wanted {
            first: i,
            local: Some(0),
            cluster: 0,
        });
        w.local = match (w.local, a.count) {
            (Some(sum), Some(n)) => Some(sum.saturating_add(n)),
            _ => None,
        };
        w.cluster = w.cluster.saturating_add(a.count.unwrap_or(1));
    }
    for (ty, w) in wanted {
        let pointer = format!("/resources/accelerators/{}", w.first);
        let n = w.local.unwrap_or(w.cluster);
        if n.max(w.cluster) > MAX_DEVICES {
            return Err(Finding::new(
                format!("{pointer}/count"),
                Rule::Render(rule::Render::Accelerator),
                format!(
                    "{} {ty} devices: at most {MAX_DEVICES} of one type",
                    n.max(w.cluster)
                ),
            ));
        }
        let unavailable = |why: &str| {
            Finding::new(
                format!("{pointer}/type"),
                Rule::Render(rule::Render::Accelerator),
                format!(
                    "the required accelerator {ty} cannot be given on the {artifact} surface: {why}"
                ),
            )
        };
        match (ty, artifact) {
            (Type::Cuda, Artifact::Quadlet) => match w.local {
                None => {
                    out.devices.insert(Device::NvidiaGpu(None));
                }
                Some(n) => out
                    .devices
                    .extend((0..n).map(|i| Device::NvidiaGpu(Some(i)))),
            },
            (Type::Cuda, _) => {
                out.limits.insert("nvidia.com/gpu", w.cluster);
            }
            (Type::Rocm, Artifact::Quadlet) => {
                out.devices.extend([Device::Kfd, Device::Dri]);
            }
            (Type::Rocm, _) => {
                out.limits.insert("amd.com/gpu", w.cluster);
            }
            (Type::Vulkan, Artifact::Quadlet) => {
                out.devices.insert(Device::Dri);
            }
            (Type::Vulkan, _) => {
                return Err(unavailable(
                    "Kubernetes has no standard device-plugin resource for Vulkan, and a hostPath /dev/dri is not allowed",
                ));
            }
            (Type::Metal | Type::Mlx, _) => {
                return Err(unavailable(
                    "it exists on macOS only, and this surface runs Linux",
                ));
            }
            (Type::Unknown | Type::Cpu, _) => {
                return Err(unavailable(
                    "an unknown accelerator names no device to give",
                ));
            }
        }
    }
    Ok(out)
}
