//! Rendering is deterministic: the same pod rendered twice, from two
//! working directories, under different time zones, gives the same bytes,
//! digests and receipt ids; and no absolute path of the machine enters a plan
//! or receipt.
//!
//! There is no locale leg: it could not fail. Rust's formatting and parsing
//! never consult the C locale, and the images this runs on have only the
//! C/POSIX locales, so `LC_ALL=de_DE.UTF-8` silently meant `C` — the leg
//! compared `C` with `C`. The time-zone leg can differ, and proves it first:
//! the zones are POSIX TZ strings (no tzdata needed) that `date` shows apart.

use crate::support;

use std::path::Path;
use std::process::Command;

fn copy_inputs(to: &Path) {
    std::fs::create_dir_all(to.join("tiers")).unwrap();
    for path in support::json_files(&support::root().join("examples")) {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name.ends_with(".agent-pod.json") {
            std::fs::copy(&path, to.join(&name)).unwrap();
        } else if name.ends_with(".cache-tier.json") {
            std::fs::copy(&path, to.join("tiers").join(&name)).unwrap();
        }
    }
}

fn render(cwd: &Path, args: &[&str], tz: &str) -> String {
    let out = Command::new(support::bin())
        .args(args)
        .current_dir(cwd)
        .env("TZ", tz)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Three time zones 14 hours ahead of, equal to and 3½ hours behind UTC, as
/// POSIX TZ strings (understood without tzdata).
const ZONES: [&str; 3] = ["UTC0", "<+14>-14", "<-0330>3:30"];

/// The leg can fail: on this machine the zones give three different local
/// times for the same instant, so a renderer that read the local time would
/// print different bytes.
#[test]
fn the_time_zones_compared_differ_here() {
    let local: Vec<String> = ZONES
        .iter()
        .map(|tz| {
            let out = Command::new("date")
                .args(["-d", "@0", "+%H:%M"])
                .env("TZ", tz)
                .output()
                .expect("date runs");
            String::from_utf8(out.stdout).unwrap().trim().to_string()
        })
        .collect();
    assert_eq!(local, ["00:00", "14:00", "20:30"]);
}

#[test]
fn renders_do_not_depend_on_directory_or_time_zone() {
    let a = support::scratch("determinism-a/work");
    let b = support::scratch("determinism-b/elsewhere/deeper");
    copy_inputs(&a);
    copy_inputs(&b);
    let cases: &[(&str, &[&str])] = &[
        (
            "local-podman-llama-cpp.agent-pod.json",
            &["plan", "quadlet"],
        ),
        ("local-vllm-multiport.agent-pod.json", &["plan", "quadlet"]),
        ("k8s-topolvm.agent-pod.json", &["plan", "k8s"]),
        ("k8s-crd-ollama.agent-pod.json", &["plan", "crd"]),
    ];
    let mut compared = 0;
    for (pod, artifacts) in cases {
        for artifact in *artifacts {
            let direct = ["render", artifact, pod, "--cache-tier", "tiers"];
            let receipt = [
                "render",
                "receipt",
                "--artifact",
                artifact,
                pod,
                "--cache-tier",
                "tiers",
            ];
            for args in [&direct[..], &receipt[..]] {
                let first = render(&a, args, ZONES[0]);
                let second = render(&b, args, ZONES[1]);
                let third = render(&a, args, ZONES[2]);
                assert_eq!(first, second, "{args:?}");
                assert_eq!(first, third, "{args:?}");
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 16);
}

#[test]
fn absolute_input_paths_never_reach_plans_or_receipts() {
    let a = support::scratch("determinism-abs-a");
    let b = support::scratch("determinism-abs-b/nested");
    copy_inputs(&a);
    copy_inputs(&b);
    let pod = "local-podman-llama-cpp.agent-pod.json";
    for what in [
        &["render", "plan"][..],
        &["render", "receipt", "--artifact", "quadlet"][..],
    ] {
        let run = |dir: &Path| {
            let pod_path = dir.join(pod);
            let tiers = dir.join("tiers");
            let mut args: Vec<&str> = what.to_vec();
            args.extend([
                pod_path.to_str().unwrap(),
                "--cache-tier",
                tiers.to_str().unwrap(),
            ]);
            render(dir, &args, ZONES[0])
        };
        let (first, second) = (run(&a), run(&b));
        assert_eq!(first, second);
        assert!(
            !first.contains(support::root().to_str().unwrap()),
            "{first}"
        );
        assert!(first.contains(&format!("\"path\":\"{pod}\"")), "{first}");
    }
}

/// However the pod's path is spelled — bare, `./`, through `..`, from the
/// parent directory, absolute — the plan and the receipts are the same bytes
/// (they record the file name only), so an admission matches every way of
/// invoking the tool.
#[test]
fn every_spelling_of_the_pod_path_gives_the_same_plan_and_receipt() {
    let root = support::scratch("determinism-spellings");
    let work = root.join("work");
    copy_inputs(&work);
    std::fs::create_dir_all(work.join("sub")).unwrap();
    let pod = "local-podman-llama-cpp.agent-pod.json";
    let absolute = work.join(pod);
    let absolute = absolute.to_str().unwrap();
    let tiers_from_root = "work/tiers";
    for what in [
        &["render", "plan"][..],
        &["render", "receipt", "--artifact", "quadlet"][..],
        &["render", "receipt", "--artifact", "plan"][..],
    ] {
        let spellings: [(&Path, String, &str); 5] = [
            (&work, pod.to_string(), "tiers"),
            (&work, format!("./{pod}"), "tiers"),
            (&work, format!("sub/../{pod}"), "./tiers"),
            (&root, format!("work/{pod}"), tiers_from_root),
            (&root, absolute.to_string(), tiers_from_root),
        ];
        let outputs: Vec<String> = spellings
            .iter()
            .map(|(cwd, path, tiers)| {
                let mut args = what.to_vec();
                args.extend([path.as_str(), "--cache-tier", tiers]);
                render(cwd, &args, ZONES[0])
            })
            .collect();
        for (i, o) in outputs.iter().enumerate() {
            assert_eq!(o, &outputs[0], "{what:?}: spelling {:?}", spellings[i].1);
        }
    }
}
