//! Item R6 with the real validators at hand: the checked-in Quadlet units go
//! through the Podman Quadlet generator and the Kubernetes manifests through
//! `kubernetes-validate --strict`. These are the only processes the gate ever
//! starts, and only from the directory given with `--validators`; without
//! one, R6 is CI's to prove. The tree is read in place: nothing is written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::{Context, Outcome};

/// The Kubernetes version the gate validates against (the test suite covers
/// every supported one).
const KUBERNETES: &str = "1.34";

fn files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|e| {
            e.flatten()
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(suffix))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Runs `command`, turning a tool that cannot be started into a message that
/// names it and says how to install it.
fn run(mut command: Command, tool: &Path) -> Result<Output, String> {
    command.output().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!(
            "{} is not there: run scripts/install-validators.sh, or point --validators elsewhere",
            tool.display()
        ),
        _ => format!("{} cannot be started: {e}", tool.display()),
    })
}

fn quadlet(tool: &Path, units: &Path) -> Result<String, String> {
    let count = files(units, ".container").len();
    if count == 0 {
        return Err(format!("no Quadlet units under {}", units.display()));
    }
    // The generator takes absolute unit directories only.
    let units = std::path::absolute(units).map_err(|e| format!("{}: {e}", units.display()))?;
    let mut command = Command::new(tool);
    command
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &units);
    let out = run(command, tool)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let services = String::from_utf8_lossy(&out.stdout)
        .split("---")
        .filter(|s| s.contains("ExecStart="))
        .count();
    if !out.status.success() || stderr.contains("unsupported key") || stderr.contains("converting")
    {
        return Err(format!("the Quadlet generator refused: {}", stderr.trim()));
    }
    if services != count {
        return Err(format!(
            "the Quadlet generator made {services} services from {count} units: {}",
            stderr.trim()
        ));
    }
    Ok(format!("the Quadlet generator accepts {count} units"))
}

fn kubernetes(tool: &Path, manifests: &Path) -> Result<String, String> {
    let files = files(manifests, ".yaml");
    if files.is_empty() {
        return Err(format!("no manifests under {}", manifests.display()));
    }
    let mut command = Command::new(tool);
    command
        .args(["--strict", "--quiet", "-k", KUBERNETES])
        .args(&files);
    let out = run(command, tool)?;
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Our own custom resource is the one kind it may not know (its CRD is validated).
    let unexpected: Vec<&str> = report
        .lines()
        .filter(|l| l.contains("ERROR") || l.contains("WARN"))
        .filter(|l| !l.contains("kind AgentPod with api version agent-machine.sourceos.dev/"))
        .collect();
    if !out.status.success() || !unexpected.is_empty() {
        return Err(format!(
            "kubernetes-validate --strict -k {KUBERNETES} refused: {}",
            report.trim()
        ));
    }
    Ok(format!(
        "kubernetes-validate --strict -k {KUBERNETES} accepts {} manifests",
        files.len()
    ))
}

/// R6 through the validators in `dir`; `None` when one of them is not there.
pub fn check(ctx: &Context, dir: &Path) -> Option<Outcome> {
    let (q, k) = (dir.join("quadlet"), dir.join("kubernetes-validate"));
    if !(q.is_file() && k.is_file()) {
        return None;
    }
    let results = [
        quadlet(&q, &ctx.path("skeletons/quadlet")),
        kubernetes(&k, &ctx.path("skeletons/k8s")),
    ];
    let (passed, failed): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    let join = |v: Vec<Result<String, String>>| {
        v.into_iter()
            .map(|r| r.unwrap_or_else(|e| e))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Some(if failed.is_empty() {
        Outcome::pass(join(passed))
    } else {
        Outcome::fail(join(failed))
    })
}
