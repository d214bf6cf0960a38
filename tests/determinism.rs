//! Rendering is deterministic: the same pod rendered twice, from two
//! working directories, under different time zones and locales, gives the same
//! bytes, digests and receipt ids; and no absolute path of the machine enters
//! a plan or receipt.

mod support;

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

fn render(cwd: &Path, args: &[&str], tz: &str, lang: &str) -> String {
    let out = Command::new(support::bin())
        .args(args)
        .current_dir(cwd)
        .env("TZ", tz)
        .env("LANG", lang)
        .env("LC_ALL", lang)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn renders_do_not_depend_on_directory_time_zone_or_locale() {
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
                let first = render(&a, args, "UTC", "C");
                let second = render(&b, args, "Pacific/Kiritimati", "de_DE.UTF-8");
                let third = render(&a, args, "America/St_Johns", "tr_TR.UTF-8");
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
            render(dir, &args, "UTC", "C")
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
