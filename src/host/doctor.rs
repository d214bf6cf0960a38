//! `doctor` and `paths`: what this machine needs beyond rendering, and where
//! the artifacts Agent Machine renders are meant to go.
//!
//! Rendering needs nothing external. What comes after it — installing a
//! Quadlet unit for rootless Podman, applying Kubernetes manifests,
//! provisioning the storage a plan describes — does. Both reports look the
//! way the probe looks ([`crate::host::probe::View`]): by reading files under a
//! root and names on `PATH`, never by running a program or writing anything.
//! Every finding says what it is needed for and, when it is missing, what to
//! do about it.

use std::path::PathBuf;

use serde::Serialize;

use crate::host::probe::View;

/// The machine as the operator's session sees it.
#[derive(Clone, Debug)]
pub struct Host {
    /// Files under this root, programs on this `PATH`.
    pub view: View,
    /// `$HOME`.
    pub home: Option<PathBuf>,
    /// `$XDG_CONFIG_HOME`.
    pub config_home: Option<PathBuf>,
    /// `$XDG_RUNTIME_DIR`.
    pub runtime_dir: Option<PathBuf>,
    /// `$USER`.
    pub user: Option<String>,
}

/// What a prerequisite is needed for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// `render`, `validate`, `digest`, … — needs nothing external.
    Render,
    /// Running a rendered Quadlet unit with rootless Podman.
    Quadlet,
    /// Applying rendered Kubernetes manifests.
    Kubernetes,
    /// Carrying out a local-lvm storage plan.
    Storage,
}

/// Whether a prerequisite is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Present.
    Ok,
    /// Absent: the remediation says what to do.
    Missing,
}

/// One prerequisite checked: present or missing, and what to do. An
/// inventory entry of the host, not a rule finding.
#[derive(Clone, Debug, Serialize)]
pub struct Check {
    /// Stable id (`podman`, `cgroup-v2`, …).
    pub id: &'static str,
    /// What it is needed for.
    pub purpose: Purpose,
    /// Present or missing.
    pub state: State,
    /// What was found, or looked for.
    pub detail: String,
    /// What to do when it is missing.
    pub remediation: &'static str,
}

/// One well-known location.
#[derive(Clone, Debug, Serialize)]
pub struct Location {
    /// Stable name.
    pub name: &'static str,
    /// The path (`None` when it cannot be known: e.g. no `$HOME`).
    pub path: Option<String>,
    /// Whether it exists on this machine.
    pub exists: bool,
    /// What it is for.
    pub purpose: &'static str,
}

/// Where systemd runs the Quadlet generator from, by distribution.
const QUADLET_GENERATORS: [&str; 2] = ["/usr/libexec/podman/quadlet", "/usr/lib/podman/quadlet"];

impl Host {
    /// Rootless Quadlet units: `$XDG_CONFIG_HOME/containers/systemd`, else
    /// `$HOME/.config/containers/systemd`.
    pub fn quadlet_user_units(&self) -> Option<PathBuf> {
        self.config_home
            .clone()
            .or_else(|| self.home.as_ref().map(|h| h.join(".config")))
            .map(|c| c.join("containers/systemd"))
    }

    fn exists(&self, path: &std::path::Path) -> bool {
        self.view.exists(&path.to_string_lossy())
    }

    fn program(&self, id: &'static str, purpose: Purpose, remediation: &'static str) -> Check {
        let found = self.view.which(id);
        Check {
            id,
            purpose,
            state: if found.is_some() {
                State::Ok
            } else {
                State::Missing
            },
            detail: found.map_or_else(
                || format!("{id} is not on PATH"),
                |p| p.display().to_string(),
            ),
            remediation,
        }
    }
}

fn finding(
    id: &'static str,
    purpose: Purpose,
    ok: bool,
    detail: String,
    remediation: &'static str,
) -> Check {
    Check {
        id,
        purpose,
        state: if ok { State::Ok } else { State::Missing },
        detail,
        remediation,
    }
}

/// Every prerequisite, in a stable order.
pub fn doctor(host: &Host) -> Vec<Check> {
    let generator = QUADLET_GENERATORS.iter().find(|g| host.view.exists(g));
    let units = host.quadlet_user_units();
    let subuid = host.user.as_deref().is_some_and(|user| {
        host.view
            .read("/etc/subuid")
            .is_some_and(|t| t.lines().any(|l| l.split(':').next() == Some(user)))
    });
    vec![
        finding(
            "render",
            Purpose::Render,
            true,
            format!(
                "rendering needs nothing external; {} contracts are built in",
                crate::contracts::Kind::ALL.len()
            ),
            "",
        ),
        host.program(
            "podman",
            Purpose::Quadlet,
            "install Podman (Debian and Ubuntu: apt install podman; Fedora: dnf install podman)",
        ),
        finding(
            "quadlet-generator",
            Purpose::Quadlet,
            generator.is_some(),
            generator.map_or_else(
                || format!("none of {}", QUADLET_GENERATORS.join(", ")),
                |g| (*g).to_string(),
            ),
            "install Podman 5.0 or later (the Quadlet systemd generator, with the Entrypoint= key the units use)",
        ),
        host.program(
            "systemctl",
            Purpose::Quadlet,
            "Quadlet units run under systemd: use a systemd-based session (systemctl --user)",
        ),
        finding(
            "cgroup-v2",
            Purpose::Quadlet,
            host.view.exists("/sys/fs/cgroup/cgroup.controllers"),
            "/sys/fs/cgroup/cgroup.controllers".into(),
            "boot with the unified cgroup hierarchy (systemd.unified_cgroup_hierarchy=1): rootless CPU and memory limits need cgroup v2",
        ),
        finding(
            "subuid",
            Purpose::Quadlet,
            subuid,
            match &host.user {
                Some(user) => format!("an entry for {user} in /etc/subuid"),
                None => "$USER is not set, so /etc/subuid cannot be checked".into(),
            },
            "give the user subordinate ids: usermod --add-subuids 100000-165535 --add-subgids 100000-165535 <user>",
        ),
        finding(
            "quadlet-user-units",
            Purpose::Quadlet,
            units.as_ref().is_some_and(|u| host.exists(u)),
            units.as_ref().map_or_else(
                || "neither $XDG_CONFIG_HOME nor $HOME is set".into(),
                |u| u.display().to_string(),
            ),
            "mkdir -p ~/.config/containers/systemd (render quadlet --out writes the unit there)",
        ),
        host.program(
            "kubectl",
            Purpose::Kubernetes,
            "install kubectl, or apply the rendered manifests with your cluster's own tooling",
        ),
        host.program(
            "lvcreate",
            Purpose::Storage,
            "install LVM (Debian: apt install lvm2) to carry out local-lvm storage plans",
        ),
        host.program(
            "cryptsetup",
            Purpose::Storage,
            "install cryptsetup (Debian: apt install cryptsetup) for encrypted local-lvm volumes",
        ),
    ]
}

/// The well-known locations, in a stable order.
pub fn paths(host: &Host) -> Vec<Location> {
    let at = |name, path: Option<PathBuf>, purpose| Location {
        name,
        exists: path.as_ref().is_some_and(|p| host.exists(p)),
        path: path.map(|p| p.display().to_string()),
        purpose,
    };
    let generator = QUADLET_GENERATORS
        .iter()
        .find(|g| host.view.exists(g))
        .unwrap_or(&QUADLET_GENERATORS[0]);
    vec![
        at(
            "quadlet-user-units",
            host.quadlet_user_units(),
            "rootless Quadlet units: render quadlet --out <dir>/<name>.container, then systemctl --user daemon-reload",
        ),
        at(
            "generated-user-services",
            host.runtime_dir
                .as_ref()
                .map(|d| d.join("systemd/generator")),
            "where systemd writes the services Quadlet generates from those units (read them, never edit them)",
        ),
        at(
            "quadlet-generator",
            Some(PathBuf::from(generator)),
            "the generator systemd runs on daemon-reload",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(root: PathBuf) -> Host {
        Host {
            view: View {
                root,
                path: Vec::new(),
            },
            home: Some("/home/ada".into()),
            config_home: None,
            runtime_dir: Some("/run/user/1000".into()),
            user: Some("ada".into()),
        }
    }

    #[test]
    fn an_empty_machine_can_render_and_nothing_else() {
        let findings = doctor(&host("/nonexistent-root".into()));
        for f in &findings {
            assert_eq!(f.state == State::Ok, f.purpose == Purpose::Render, "{f:?}");
            assert_eq!(f.remediation.is_empty(), f.state == State::Ok, "{f:?}");
        }
    }

    #[test]
    fn xdg_config_home_wins_over_home() {
        let mut h = host("/".into());
        assert_eq!(
            h.quadlet_user_units().unwrap(),
            PathBuf::from("/home/ada/.config/containers/systemd")
        );
        h.config_home = Some("/cfg".into());
        assert_eq!(
            h.quadlet_user_units().unwrap(),
            PathBuf::from("/cfg/containers/systemd")
        );
        h.config_home = None;
        h.home = None;
        assert!(h.quadlet_user_units().is_none());
    }
}
