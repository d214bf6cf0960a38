//! Proof on the real runtime: every Quadlet unit the renderer accepts (the
//! local examples and every safe case of the hostile table) goes through the
//! real Quadlet generator, and the `podman run` command it would execute is
//! *executed* with real Podman; the running container is then inspected
//! against the posture model, from `podman inspect` and from inside.
//!
//! The harness changes only what binds to systemd, to this machine or to the
//! network, and says so here:
//! - drops `--cidfile=%t/%N.cid`, `--sdnotify=conmon` and `--cgroups=split`
//!   (they need a systemd unit around the command);
//! - adds `--runtime runc --cgroup-manager cgroupfs --events-backend file`
//!   and `--ulimit nofile=1024:1024 --ulimit nproc=1024:1024` (a machine
//!   without systemd as PID 1, on cgroup v1 hybrid, without CAP_SYS_RESOURCE);
//! - maps every host path of a `-v` under a scratch root (never the real
//!   system paths) and every published host port to a free port on the same
//!   address;
//! - maps each `--device` (a GPU this machine does not have: a CDI name the
//!   NVIDIA toolkit would resolve, `/dev/dri`, `/dev/kfd`) to `/dev/null` at
//!   a stand-in path in the container, so that the device reaching the
//!   container is still proved (`HostConfig.Devices`);
//! - replaces the image by a local stand-in built with `podman import` from
//!   Debian's `busybox-static`, whose entrypoint path is the pod's entrypoint
//!   and which serves HTTP on the pod's container ports.
//!
//! Every other flag runs as generated. Skipped loudly without Podman or
//! busybox; in CI (`AGENT_MACHINE_REQUIRE_VALIDATORS=1`) a skip is a failure.

use crate::support;

use std::collections::BTreeSet;
use std::io::{Read as _, Write as _};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use agent_machine::release::gate::hostile::{self, SafeUnit};
use agent_machine::render::{self, Artifact, Input};
use agent_machine::rules::accelerators::Device;
use agent_machine::rules::posture::{Posture, split_words};
use serde_json::Value;

/// Podman with the options this machine needs (see the module docs).
fn podman(bin: &Path) -> Command {
    let mut c = Command::new(bin);
    c.args([
        "--runtime",
        "runc",
        "--cgroup-manager",
        "cgroupfs",
        "--events-backend",
        "file",
    ]);
    c
}

fn run(mut c: Command) -> Output {
    c.output().expect("podman runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The stand-in image for an entrypoint and a set of container ports: a
/// busybox root whose entrypoint script serves `/www` over HTTP on each port
/// (or sleeps when there is none), tagged by what it serves.
fn stand_in(
    podman_bin: &Path,
    repository: &str,
    scratch: &Path,
    entrypoint: &str,
    ports: &[u16],
) -> String {
    let tag = {
        use sha2::Digest as _;
        let seed = format!("{entrypoint}\n{ports:?}");
        let hash = sha2::Sha256::digest(seed.as_bytes());
        hash.iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let name = format!("{repository}:{tag}");
    if run({
        let mut c = podman(podman_bin);
        c.args(["image", "exists", &name]);
        c
    })
    .status
    .success()
    {
        return name;
    }
    let root = scratch.join(format!("rootfs-{tag}"));
    let _ = std::fs::remove_dir_all(&root);
    for dir in ["bin", "www", "tmp", "proc", "sys", "dev", "etc"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
    }
    std::fs::copy("/bin/busybox", root.join("bin/busybox")).unwrap();
    std::os::unix::fs::symlink("busybox", root.join("bin/sh")).unwrap();
    std::fs::write(root.join("www/index.html"), "agent-machine stand-in\n").unwrap();
    let mut script = String::from("#!/bin/sh\n");
    match ports.split_last() {
        None => script.push_str("exec /bin/busybox sleep 3600\n"),
        Some((last, others)) => {
            for p in others {
                script.push_str(&format!("/bin/busybox httpd -p {p} -h /www\n"));
            }
            script.push_str(&format!("exec /bin/busybox httpd -f -p {last} -h /www\n"));
        }
    }
    // A bare command name is looked up on PATH: it lives in /bin.
    let at = match entrypoint.strip_prefix('/') {
        Some(path) => root.join(path),
        None => root.join("bin").join(entrypoint),
    };
    std::fs::create_dir_all(at.parent().unwrap()).unwrap();
    std::fs::write(&at, script).unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&at, std::fs::Permissions::from_mode(0o755)).unwrap();
    let tar = scratch.join(format!("rootfs-{tag}.tar"));
    let out = Command::new("tar")
        .arg("-C")
        .arg(&root)
        .arg("-cf")
        .arg(&tar)
        .arg(".")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let out = run({
        let mut c = podman(podman_bin);
        c.args(["import", "--change", "ENV PATH=/bin", "--change"])
            .arg(format!("ENTRYPOINT [\"{entrypoint}\"]"))
            .arg(&tar)
            .arg(&name);
        c
    });
    assert!(out.status.success(), "{}", text(&out));
    name
}

/// A free TCP port on `ip`.
fn free_port(ip: &str) -> u16 {
    TcpListener::bind((ip, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// This machine's address on its default route (no packet is sent), if it
/// has one other than loopback.
fn other_address() -> Option<Ipv4Addr> {
    let socket = UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("10.255.255.254:9").ok()?;
    match socket.local_addr().ok()? {
        SocketAddr::V4(a) if !a.ip().is_loopback() && !a.ip().is_unspecified() => Some(*a.ip()),
        _ => None,
    }
}

/// An HTTP GET on `addr`, retried until `deadline`.
fn http_get(addr: SocketAddr, deadline: Instant) -> Result<String, String> {
    loop {
        let attempt = (|| -> std::io::Result<String> {
            let mut s = TcpStream::connect_timeout(&addr, Duration::from_millis(500))?;
            s.set_read_timeout(Some(Duration::from_secs(2)))?;
            s.write_all(b"GET / HTTP/1.0\r\n\r\n")?;
            let mut body = String::new();
            s.read_to_string(&mut body)?;
            Ok(body)
        })();
        match attempt {
            Ok(body) if body.contains("agent-machine stand-in") => return Ok(body),
            Ok(body) if Instant::now() > deadline => return Err(format!("answered {body:?}")),
            Err(e) if Instant::now() > deadline => return Err(e.to_string()),
            _ => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// What the harness changed, to check the running container against.
struct Prepared {
    argv: Vec<String>,
    name: String,
    /// (address, host port, container port) of each publication.
    published: Vec<(String, u16, u16)>,
    /// Container paths of the stand-in devices.
    devices: BTreeSet<String>,
}

/// Where a device's stand-in (`/dev/null`) appears in the container.
fn device_standin(device: &str) -> String {
    match Device::parse(device).unwrap_or_else(|e| panic!("{e}")) {
        Device::NvidiaGpu(Some(i)) => format!("/dev/nvidia{i}"),
        Device::NvidiaGpu(None) => "/dev/nvidia-all".into(),
        Device::Kfd => "/dev/kfd".into(),
        Device::Dri => "/dev/dri/renderD128".into(),
    }
}

/// The generated `podman run` argument list, with only the documented
/// changes (see the module docs).
fn prepare(exec: &[String], image: &str, standin: &str, scratch: &Path) -> Prepared {
    let at = exec
        .iter()
        .position(|a| a == image)
        .expect("the image is in the command");
    let mut argv = vec!["run".to_string()];
    argv.extend(
        [
            "--ulimit",
            "nofile=1024:1024",
            "--ulimit",
            "nproc=1024:1024",
        ]
        .map(String::from),
    );
    let mut name = String::new();
    let mut published = Vec::new();
    let mut devices = BTreeSet::new();
    let mut words = exec[2..at].iter();
    while let Some(w) = words.next() {
        match w.as_str() {
            w if w.starts_with("--cidfile=") || w == "--sdnotify=conmon" => {}
            "--cgroups=split" => {}
            "--name" => {
                name = words.next().unwrap().clone();
                argv.extend(["--name".to_string(), name.clone()]);
            }
            "--device" => {
                let standin = device_standin(words.next().unwrap());
                argv.extend(["--device".to_string(), format!("/dev/null:{standin}")]);
                devices.insert(standin);
            }
            "-v" | "--volume" => {
                let spec = words.next().unwrap();
                let (host, rest) = spec.split_once(':').unwrap();
                let mapped = scratch.join("host").join(host.trim_start_matches('/'));
                std::fs::create_dir_all(&mapped).unwrap();
                argv.extend(["-v".to_string(), format!("{}:{rest}", mapped.display())]);
            }
            "--publish" | "-p" => {
                let spec = words.next().unwrap();
                let parts: Vec<&str> = spec.rsplitn(3, ':').collect();
                let (container, host_port, ip) = match parts.as_slice() {
                    [c, h, ip] => (*c, *h, *ip),
                    [c, h] => (*c, *h, ""),
                    _ => panic!("unexpected --publish {spec}"),
                };
                let _ = host_port;
                let ip_for_bind = if ip.is_empty() { "0.0.0.0" } else { ip };
                let port = free_port(ip_for_bind);
                let container: u16 = container.trim_end_matches("/tcp").parse().unwrap();
                published.push((ip_for_bind.to_string(), port, container));
                argv.extend([
                    "--publish".to_string(),
                    if ip.is_empty() {
                        format!("{port}:{container}")
                    } else {
                        format!("{ip}:{port}:{container}")
                    },
                ]);
            }
            _ => argv.push(w.clone()),
        }
    }
    argv.push(standin.to_string());
    argv.extend(exec[at + 1..].iter().cloned());
    Prepared {
        argv,
        name,
        published,
        devices,
    }
}

/// Starts one unit's command and checks what runs; returns the problems.
fn check_unit(
    podman_bin: &Path,
    repository: &str,
    scratch: &Path,
    label: &str,
    unit_text: &str,
    exec: &[String],
    posture: &Posture,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |p: String| problems.push(format!("{label}: {p}"));
    let image = unit_text
        .lines()
        .find_map(|l| l.strip_prefix("Image="))
        .unwrap();
    let entrypoint = exec
        .iter()
        .position(|a| a == "--entrypoint")
        .map(|i| exec[i + 1].clone())
        .unwrap_or_else(|| "/agent-machine-standin".to_string());
    let ports: BTreeSet<u16> = exec
        .windows(2)
        .filter(|w| w[0] == "--publish")
        .map(|w| w[1].rsplit(':').next().unwrap().parse().unwrap())
        .collect();
    let standin = stand_in(
        podman_bin,
        repository,
        scratch,
        &entrypoint,
        &ports.iter().copied().collect::<Vec<_>>(),
    );
    let prepared = prepare(exec, image, &standin, scratch);
    let out = run({
        let mut c = podman(podman_bin);
        c.args(&prepared.argv);
        c
    });
    if !out.status.success() {
        problem(format!(
            "the generated command does not start: {}\n{:?}",
            text(&out),
            prepared.argv
        ));
        return problems;
    }
    let name = prepared.name.clone();
    // Removed however this function ends (a failed check, a panic).
    let _teardown = Teardown {
        podman: podman_bin.to_path_buf(),
        container: name.clone(),
    };

    // From podman inspect.
    let out = run({
        let mut c = podman(podman_bin);
        c.args(["inspect", &name]);
        c
    });
    let inspect: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let c = &inspect[0];
    let host = &c["HostConfig"];
    if host["Privileged"] != Value::Bool(false) {
        problem(format!("privileged: {}", host["Privileged"]));
    }
    // Podman writes an empty capability set as `null`.
    if !(c["EffectiveCaps"].is_null()
        || c["EffectiveCaps"].as_array().is_some_and(|a| a.is_empty()))
        || c.get("EffectiveCaps").is_none()
    {
        problem(format!("effective capabilities {}", c["EffectiveCaps"]));
    }
    if host["ReadonlyRootfs"] != Value::Bool(true) {
        problem("the root filesystem is writable".into());
    }
    if !host["SecurityOpt"]
        .as_array()
        .is_some_and(|a| a.iter().any(|o| o == "no-new-privileges"))
    {
        problem(format!("no no-new-privileges: {}", host["SecurityOpt"]));
    }
    // Exactly the devices of the pod's required accelerators reach the
    // container (as their stand-ins), and the unit rendered exactly those.
    let devices: BTreeSet<String> = host["Devices"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["PathInContainer"].as_str().map(String::from))
        .collect();
    let expected: BTreeSet<String> = posture
        .devices
        .iter()
        .map(|d| device_standin(&d.to_string()))
        .collect();
    if devices != expected || devices != prepared.devices {
        problem(format!(
            "devices {devices:?} in the container; the required accelerators give {expected:?}"
        ));
    }
    let rendered: BTreeSet<String> = unit_text
        .lines()
        .filter_map(|l| l.strip_prefix("AddDevice="))
        .map(String::from)
        .collect();
    let required: BTreeSet<String> = posture.devices.iter().map(|d| d.to_string()).collect();
    if rendered != required {
        problem(format!(
            "the unit passes {rendered:?}; the required accelerators give {required:?}"
        ));
    }
    // The environment, secrets by reference and shared memory (AgentPod
    // v0.2.0) reach the workload as rendered: each `NAME=value` as written,
    // each secret's value (held by Podman, never in the unit) under its
    // target, and `/dev/shm` of the asked size.
    let env: BTreeSet<String> = c["Config"]["Env"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e.as_str().map(String::from))
        .collect();
    for var in unit_text
        .lines()
        .filter_map(|l| l.strip_prefix("Environment="))
        .flat_map(|v| split_words(v).unwrap())
    {
        if !env.contains(&var) {
            problem(format!("{var:?} is not in the container's environment"));
        }
    }
    for secret in unit_text.lines().filter_map(|l| l.strip_prefix("Secret=")) {
        let target = secret.rsplit_once(",target=").unwrap().1;
        if !unit_text.contains(&format!("Secret={TEST_SECRET},")) {
            problem(format!(
                "the unit references a secret other than {TEST_SECRET}"
            ));
        }
        let out = run({
            let mut c = podman(podman_bin);
            let script = format!("echo \"${target}\"");
            c.args(["exec", &name, "/bin/busybox", "sh", "-c", &script]);
            c
        });
        if String::from_utf8_lossy(&out.stdout).trim_end() != TEST_SECRET_VALUE {
            problem(format!(
                "the secret does not reach the workload as {target}"
            ));
        }
        if unit_text.contains(TEST_SECRET_VALUE) {
            problem("the unit holds the secret's value".into());
        }
    }
    if let Some(shm) = unit_text.lines().find_map(|l| l.strip_prefix("ShmSize="))
        && host["ShmSize"].as_u64().map(|b| b.to_string()).as_deref() != Some(shm)
    {
        problem(format!(
            "/dev/shm is {} bytes (rendered {shm})",
            host["ShmSize"]
        ));
    }
    if host["NetworkMode"] == "host" || host["PidMode"] == "host" || host["IpcMode"] == "host" {
        problem("a host namespace is shared".into());
    }
    // Limits and labels as rendered (read from the unit, not the command).
    let unit_words = |key: &str| -> Vec<String> {
        unit_text
            .lines()
            .filter_map(|l| l.strip_prefix(key))
            .flat_map(|v| split_words(v).unwrap())
            .collect()
    };
    for flag in &unit_words("PodmanArgs=") {
        if let Some(bytes) = flag.strip_prefix("--memory=") {
            if host["Memory"].as_u64().map(|m| m.to_string()).as_deref() != Some(bytes) {
                problem(format!(
                    "memory limit {} (rendered {bytes})",
                    host["Memory"]
                ));
            }
        } else if let Some(bytes) = flag.strip_prefix("--memory-reservation=") {
            if host["MemoryReservation"]
                .as_u64()
                .map(|m| m.to_string())
                .as_deref()
                != Some(bytes)
            {
                problem(format!(
                    "memory reservation {} (rendered {bytes})",
                    host["MemoryReservation"]
                ));
            }
        } else if let Some(cpus) = flag.strip_prefix("--cpus=") {
            let rendered: f64 = cpus.parse().unwrap();
            let nano = host["NanoCpus"].as_f64().unwrap_or_default();
            if (nano - rendered * 1e9).abs() > 1.0 {
                problem(format!("CPU limit {nano} nano-CPUs (rendered {cpus})"));
            }
        }
    }
    for label in &unit_words("Label=") {
        let (k, v) = label.split_once('=').unwrap_or((label, ""));
        if c["Config"]["Labels"][k] != v {
            problem(format!(
                "label {k} is {} (rendered {v:?})",
                c["Config"]["Labels"][k]
            ));
        }
    }
    for (_, bindings) in host["PortBindings"].as_object().into_iter().flatten() {
        for b in bindings.as_array().into_iter().flatten() {
            let ip = b["HostIp"].as_str().unwrap_or_default();
            if ip != "127.0.0.1" && !posture.admits("host") {
                problem(format!("a port is bound on {ip:?} without an admission"));
            }
        }
    }
    let scratch_host = scratch.join("host");
    let rendered_writable: Vec<&str> = unit_text
        .lines()
        .filter_map(|l| l.strip_prefix("Volume="))
        .filter_map(|v| {
            let mut parts = v.split(':');
            let (_, target, opts) = (parts.next()?, parts.next()?, parts.next().unwrap_or(""));
            opts.split(',').any(|o| o == "rw").then_some(target)
        })
        .collect();
    for target in &rendered_writable {
        let mounted_rw = c["Mounts"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|m| m["Destination"] == *target && m["RW"] == Value::Bool(true));
        if !mounted_rw {
            problem(format!(
                "the cache mount {target} is not writable as rendered"
            ));
        }
    }
    let mut read_only_targets = Vec::new();
    let mut writable_targets = Vec::new();
    for m in c["Mounts"].as_array().into_iter().flatten() {
        let target = m["Destination"].as_str().unwrap_or_default().to_string();
        let source = m["Source"].as_str().unwrap_or_default();
        let source = source
            .strip_prefix(scratch_host.to_str().unwrap())
            .map(str::to_string)
            .unwrap_or_else(|| source.to_string());
        let rw = m["RW"] == Value::Bool(true);
        if (posture.model_mounts.contains(&target) || posture.model_sources.contains(&source)) && rw
        {
            problem(format!("the model mount {source} → {target} is writable"));
        }
        if rw {
            writable_targets.push(target);
        } else {
            read_only_targets.push(target);
        }
    }

    // From inside.
    let mut script = String::from(
        "grep -E '^(CapEff|CapPrm|CapBnd|NoNewPrivs)' /proc/self/status; \
         if /bin/busybox touch /agent-machine-probe 2>/dev/null; then echo ROOT-WRITABLE; fi; ",
    );
    for t in &read_only_targets {
        script.push_str(&format!(
            "if /bin/busybox touch '{t}/agent-machine-probe' 2>/dev/null; then echo 'WRITABLE {t}'; fi; "
        ));
    }
    for t in &writable_targets {
        script.push_str(&format!(
            "/bin/busybox touch '{t}/agent-machine-probe' 2>/dev/null || echo 'NOT-WRITABLE {t}'; "
        ));
    }
    let out = run({
        let mut c = podman(podman_bin);
        c.args(["exec", &name, "/bin/busybox", "sh", "-c", &script]);
        c
    });
    let inside = String::from_utf8_lossy(&out.stdout).to_string();
    for line in inside.lines() {
        match line.split_once(':') {
            Some((k, v)) if k.starts_with("Cap") && v.trim() != "0000000000000000" => {
                problem(format!("inside: {k} is {}", v.trim()))
            }
            Some(("NoNewPrivs", v)) if v.trim() != "1" => problem("inside: NoNewPrivs is 0".into()),
            _ if line == "ROOT-WRITABLE"
                || line.starts_with("WRITABLE ")
                || line.starts_with("NOT-WRITABLE ") =>
            {
                problem(format!("inside: {line}"))
            }
            _ => {}
        }
    }
    if !inside.contains("NoNewPrivs") {
        problem(format!("could not look inside: {}", text(&out)));
    }

    // The ports answer where published, and nowhere else.
    let deadline = Instant::now() + Duration::from_secs(10);
    let other = other_address();
    for (ip, port, _) in &prepared.published {
        let at: SocketAddr = format!("{}:{port}", if ip == "0.0.0.0" { "127.0.0.1" } else { ip })
            .parse()
            .unwrap();
        if let Err(e) = http_get(at, deadline) {
            problem(format!("{at} does not answer: {e}"));
        }
        if ip == "127.0.0.1"
            && let Some(other) = other
        {
            let elsewhere = SocketAddr::from((other, *port));
            if TcpStream::connect_timeout(&elsewhere, Duration::from_millis(500)).is_ok() {
                problem(format!("published on loopback, but {elsewhere} answers"));
            }
        }
    }
    problems
}

/// The Podman secret the v0.2.0 example references (`runtime.secretRefs`),
/// created by the test with [`TEST_SECRET_VALUE`] and removed after it.
const TEST_SECRET: &str = "hf-token";
/// A value no artifact may hold, and the workload must receive.
const TEST_SECRET_VALUE: &str = "agent-machine-runtime-test-secret-value";

/// Creates [`TEST_SECRET`] and removes it on every path out.
struct Secret {
    podman: PathBuf,
}

impl Secret {
    fn create(podman_bin: &Path) -> Secret {
        let _ = run({
            let mut c = podman(podman_bin);
            c.args(["secret", "rm", TEST_SECRET]);
            c
        });
        let mut child = podman(podman_bin)
            .args(["secret", "create", TEST_SECRET, "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("podman runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(TEST_SECRET_VALUE.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "podman secret create: {}", text(&out));
        Secret {
            podman: podman_bin.to_path_buf(),
        }
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        let _ = run({
            let mut c = podman(&self.podman);
            c.args(["secret", "rm", TEST_SECRET]);
            c
        });
    }
}

/// Removes a container the harness started, on every path out.
struct Teardown {
    podman: PathBuf,
    container: String,
}

impl Drop for Teardown {
    fn drop(&mut self) {
        let _ = run({
            let mut c = podman(&self.podman);
            c.args(["rm", "-f", "-t", "0", "--volumes", &self.container]);
            c
        });
    }
}

/// Removes the stand-in images a test built (its own repository only), on
/// every path out.
struct Images {
    podman: PathBuf,
    repository: String,
}

impl Drop for Images {
    fn drop(&mut self) {
        let out = run({
            let mut c = podman(&self.podman);
            c.args(["images", "--format", "{{.Repository}}:{{.Tag}}"]);
            c
        });
        for image in String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|i| i.starts_with(&format!("{}:", self.repository)))
        {
            let _ = run({
                let mut c = podman(&self.podman);
                c.args(["rmi", "-f", image]);
                c
            });
        }
    }
}

/// The real generator's `ExecStart` for each unit, as words.
fn generated_commands(
    quadlet: &Path,
    scratch: &Path,
    prefix: &str,
    units: &[(String, String)],
) -> Vec<Vec<String>> {
    let dir = scratch.join("units");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (i, (_, text)) in units.iter().enumerate() {
        let text: String = text
            .lines()
            .map(|l| {
                if l.starts_with("ContainerName=") {
                    format!("ContainerName={prefix}-{i}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        std::fs::write(dir.join(format!("rt-{i}.container")), text).unwrap();
    }
    let out = Command::new(quadlet)
        .args(["-dryrun", "-user"])
        .env("QUADLET_UNIT_DIRS", &dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    (0..units.len())
        .map(|i| {
            let service = stdout
                .split("---")
                .find(|s| s.contains(&format!("--name {prefix}-{i} ")))
                .unwrap_or_else(|| panic!("{}: no service", units[i].0));
            let exec = service
                .lines()
                .find_map(|l| l.strip_prefix("ExecStart="))
                .unwrap();
            split_words(exec).unwrap()
        })
        .collect()
}

/// Podman, when it and the static busybox the stand-in image is made of are
/// both here; else a loud skip (a failure in CI, like every validator).
fn podman_and_busybox() -> Option<PathBuf> {
    let podman = support::validator("podman")?;
    if Path::new("/bin/busybox").is_file() {
        return Some(podman);
    }
    let why = "/bin/busybox (busybox-static) not found (run scripts/install-validators.sh)";
    if support::required() {
        panic!("{why}; AGENT_MACHINE_REQUIRE_VALIDATORS=1 makes a missing validator a failure");
    }
    let _ = writeln!(std::io::stderr(), "\n!!!!!!!! SKIPPED: {why} !!!!!!!!\n");
    None
}

#[test]
fn every_rendered_unit_starts_and_runs_as_the_posture_says() {
    let Some(quadlet) = support::validator("quadlet") else {
        return;
    };
    let Some(podman_bin) = podman_and_busybox() else {
        return;
    };
    let scratch: PathBuf = support::scratch("runtime");
    let repository = "localhost/agent-machine-standin-rt";
    let _images = Images {
        podman: podman_bin.clone(),
        repository: repository.into(),
    };
    let tiers = support::example_tiers();
    let _secret = Secret::create(&podman_bin);
    // The local examples, rendered as `render quadlet` does…
    let mut units: Vec<(String, String, Posture)> = Vec::new();
    for file in [
        "local-podman-llama-cpp.agent-pod.json",
        "local-podman-llama-cpp-pinned.agent-pod.json",
        "local-vllm-multiport.agent-pod.json",
        "local-vllm-cuda-hf.agent-pod.json",
    ] {
        let pod: agent_machine::contracts::AgentPod = support::example(file);
        let source = render::Source::new(file, format!("sha256:{}", "0".repeat(64)));
        let input = Input::new(&pod, &source, &tiers);
        let unit = render::render(Artifact::Quadlet, &input).unwrap();
        let storage = agent_machine::rules::volumes::resolve(&pod, &tiers).unwrap();
        let posture = Posture::for_pod(&pod, None).unwrap().with_storage(&storage);
        units.push((file.to_string(), unit.text, posture));
    }
    // …and every unit of the hostile table the renderer accepts.
    let load = |file: &str| Some(support::example::<Value>(file));
    let (problems, safe) = hostile::run(&load, &tiers, &render::render);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for SafeUnit {
        name,
        text,
        posture,
        ..
    } in safe
    {
        units.push((format!("hostile: {name}"), text, posture));
    }
    let commands = generated_commands(
        &quadlet,
        &scratch,
        "agent-machine-rt",
        &units
            .iter()
            .map(|(n, t, _)| (n.clone(), t.clone()))
            .collect::<Vec<_>>(),
    );
    let mut problems = Vec::new();
    for ((label, text, posture), exec) in units.iter().zip(&commands) {
        problems.extend(check_unit(
            &podman_bin,
            repository,
            &scratch,
            label,
            text,
            exec,
            posture,
        ));
    }
    assert!(units.len() >= 15, "only {} units", units.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The harness can fail: the first example's generated command with one
/// hardening removed or widened at a time is caught on the running container.
#[test]
fn the_harness_sees_each_breakage_on_the_running_container() {
    let Some(quadlet) = support::validator("quadlet") else {
        return;
    };
    let Some(podman_bin) = podman_and_busybox() else {
        return;
    };
    let scratch: PathBuf = support::scratch("runtime-breakage");
    let repository = "localhost/agent-machine-standin-breakage";
    let _images = Images {
        podman: podman_bin.clone(),
        repository: repository.into(),
    };
    let tiers = support::example_tiers();
    let file = "local-podman-llama-cpp.agent-pod.json";
    let pod: agent_machine::contracts::AgentPod = support::example(file);
    let source = render::Source::new(file, format!("sha256:{}", "0".repeat(64)));
    let unit = render::render(Artifact::Quadlet, &Input::new(&pod, &source, &tiers)).unwrap();
    let storage = agent_machine::rules::volumes::resolve(&pod, &tiers).unwrap();
    let posture = Posture::for_pod(&pod, None).unwrap().with_storage(&storage);
    let exec = generated_commands(
        &quadlet,
        &scratch,
        "agent-machine-rt-breakage",
        &[(file.into(), unit.text.clone())],
    )
    .remove(0);
    type Break = fn(&mut Vec<String>);
    let breakages: &[(&str, &str, Break)] = &[
        ("privileged", "privileged", |e| {
            e.insert(2, "--privileged".into())
        }),
        ("a capability added", "effective capabilities", |e| {
            e.insert(2, "--cap-add=NET_ADMIN".into())
        }),
        ("a writable root", "root filesystem is writable", |e| {
            e.retain(|a| a != "--read-only")
        }),
        ("no no-new-privileges", "no-new-privileges", |e| {
            e.retain(|a| a != "--security-opt=no-new-privileges")
        }),
        ("a writable model mount", "model mount", |e| {
            for a in e.iter_mut() {
                *a = a.replace(":/models:ro", ":/models:rw");
            }
        }),
        (
            "the cache mount read-only",
            "not writable as rendered",
            |e| {
                for a in e.iter_mut() {
                    *a = a.replace(":/var/cache/agent/kv:rw", ":/var/cache/agent/kv:ro");
                }
            },
        ),
        ("another memory limit", "memory limit", |e| {
            for a in e.iter_mut() {
                if a.starts_with("--memory=") {
                    *a = "--memory=1073741824".into();
                }
            }
        }),
        ("a device passed", "devices", |e| {
            e.insert(2, "--device".into());
            e.insert(3, "/dev/kfd".into());
        }),
        ("a label dropped", "label", |e| {
            let at = e.iter().position(|a| a == "--label").unwrap();
            e.drain(at..at + 2);
        }),
        ("published on every address", "without an admission", |e| {
            for a in e.iter_mut() {
                *a = a.replace("127.0.0.1:8080:8080", "8080:8080");
            }
        }),
    ];
    for (name, expected, breakage) in breakages {
        let mut broken = exec.clone();
        breakage(&mut broken);
        assert_ne!(broken, exec, "{name}: the breakage changed nothing");
        let problems = check_unit(
            &podman_bin,
            repository,
            &scratch,
            name,
            &unit.text,
            &broken,
            &posture,
        );
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{name}: expected {expected:?} in {problems:?}"
        );
    }
}

/// Kubernetes, where Podman can: each rendered Kubernetes Pod runs under
/// `podman kube play`, with the same stand-in image, and its container is
/// checked for what a kubelet would enforce from our fields. The harness's
/// further changes, all about this machine: annotation values longer than 63
/// characters are dropped (Podman 4.3 refuses them, Kubernetes does not),
/// claim names get a prefix (Podman volumes are machine-wide), and default
/// rlimits come from a `containers.conf`. What `kube play` cannot prove —
/// NetworkPolicy, ServiceAccount, Service exposure (it publishes container
/// ports itself) — stays with `kubernetes-validate --strict` and the posture
/// model (docs/renderers.md).
#[test]
fn every_rendered_kubernetes_pod_runs_under_kube_play_as_the_posture_says() {
    let Some(podman_bin) = podman_and_busybox() else {
        return;
    };
    let scratch: PathBuf = support::scratch("runtime-kube");
    let repository = "localhost/agent-machine-standin-kube";
    let _images = Images {
        podman: podman_bin.clone(),
        repository: repository.into(),
    };
    let conf = scratch.join("containers.conf");
    std::fs::write(
        &conf,
        "[containers]\ndefault_ulimits = [\"nofile=1024:1024\", \"nproc=1024:1024\"]\n",
    )
    .unwrap();
    let tiers = support::example_tiers();
    let mut problems = Vec::new();
    // Our Kubernetes example with its tiers, and the SourceOS one as it is.
    let mut pods: Vec<(String, Value, Vec<agent_machine::contracts::CacheTier>)> = vec![(
        "k8s-topolvm.agent-pod.json".into(),
        support::example("k8s-topolvm.agent-pod.json"),
        tiers,
    )];
    if let Some(dir) = support::conformance_dir() {
        let file = dir.join("sourceos-v0.1.0/k8s-topolvm.agent-pod.json");
        let v: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        pods.push(("sourceos k8s-topolvm.agent-pod.json".into(), v, Vec::new()));
    }
    for (label, value, tiers) in &pods {
        let pod: agent_machine::contracts::AgentPod =
            serde_json::from_value(value.clone()).unwrap();
        let source = render::Source::new("pod.json", format!("sha256:{}", "0".repeat(64)));
        let rendered =
            render::render(Artifact::Kubernetes, &Input::new(&pod, &source, tiers)).unwrap();
        problems.extend(check_kube(
            &podman_bin,
            repository,
            &scratch,
            &conf,
            label,
            &rendered.text,
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn check_kube(
    podman_bin: &Path,
    repository: &str,
    scratch: &Path,
    conf: &Path,
    label: &str,
    manifests: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |p: String| problems.push(format!("{label}: {p}"));
    let mut docs: Vec<Value> = serde_saphyr::from_multiple(manifests).unwrap();
    let prefix = "agent-machine-rt-";
    let mut claims = Vec::new();
    let mut checks = Vec::new();
    let mut pod_volumes: Vec<Value> = Vec::new();
    for doc in docs.iter_mut() {
        if let Some(a) = doc["metadata"]["annotations"].as_object_mut() {
            a.retain(|_, v| v.as_str().is_some_and(|v| v.len() <= 63));
        }
        match doc["kind"].as_str() {
            Some("PersistentVolumeClaim") => {
                let name = format!("{prefix}{}", doc["metadata"]["name"].as_str().unwrap());
                doc["metadata"]["name"] = name.clone().into();
                claims.push(name);
            }
            Some("Pod") => {
                for v in doc["spec"]["volumes"].as_array_mut().into_iter().flatten() {
                    if let Some(c) = v["persistentVolumeClaim"]["claimName"].as_str() {
                        v["persistentVolumeClaim"]["claimName"] = format!("{prefix}{c}").into();
                    }
                }
                let pod_name = doc["metadata"]["name"].as_str().unwrap().to_string();
                pod_volumes = doc["spec"]["volumes"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                for c in doc["spec"]["containers"].as_array_mut().unwrap() {
                    let entrypoint = c["command"][0].as_str().unwrap().to_string();
                    let ports: Vec<u16> = c["ports"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|p| p["containerPort"].as_u64().unwrap() as u16)
                        .collect();
                    c["image"] =
                        stand_in(podman_bin, repository, scratch, &entrypoint, &ports).into();
                    checks.push((
                        format!("{pod_name}-{}", c["name"].as_str().unwrap()),
                        c.clone(),
                    ));
                }
            }
            _ => {}
        }
    }
    let file = scratch.join(format!("{}.yaml", label.replace('/', "_")));
    let text: Vec<String> = docs
        .iter()
        .map(|d| serde_saphyr::to_string(d).unwrap())
        .collect();
    std::fs::write(&file, text.join("---\n")).unwrap();
    let _teardown = KubeDown {
        podman: podman_bin.to_path_buf(),
        file: file.clone(),
        volumes: claims,
    };
    let out = run({
        let mut c = podman(podman_bin);
        c.env("CONTAINERS_CONF", conf)
            .args(["kube", "play"])
            .arg(&file);
        c
    });
    if !out.status.success() {
        problem(format!("kube play failed: {}", text_of(&out)));
        return problems;
    }
    for (name, container) in checks {
        let out = run({
            let mut c = podman(podman_bin);
            c.args(["inspect", &name]);
            c
        });
        let inspect: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        let c = &inspect[0];
        let host = &c["HostConfig"];
        if host["Privileged"] != Value::Bool(false) {
            problem(format!("{name}: privileged"));
        }
        if !(c["EffectiveCaps"].is_null()
            || c["EffectiveCaps"].as_array().is_some_and(|a| a.is_empty()))
        {
            problem(format!(
                "{name}: effective capabilities {}",
                c["EffectiveCaps"]
            ));
        }
        if host["ReadonlyRootfs"] != Value::Bool(true) {
            problem(format!("{name}: the root filesystem is writable"));
        }
        if !host["SecurityOpt"]
            .as_array()
            .is_some_and(|a| a.iter().any(|o| o == "no-new-privileges"))
        {
            problem(format!("{name}: no no-new-privileges"));
        }
        let sc = &container["securityContext"];
        let user = format!("{}:{}", sc["runAsUser"], sc["runAsGroup"]);
        if c["Config"]["User"] != user.as_str() {
            problem(format!(
                "{name}: user {} (rendered {user})",
                c["Config"]["User"]
            ));
        }
        let mut script = String::from(
            "/bin/busybox id -u; grep -E '^(CapEff|NoNewPrivs)' /proc/self/status; \
             if /bin/busybox touch /agent-machine-probe 2>/dev/null; then echo ROOT-WRITABLE; fi; ",
        );
        // emptyDir volumes are left out of the write check: Podman 4.3 does
        // not apply `fsGroup` to them as a kubelet does.
        let empty_dirs: Vec<&str> = pod_volumes
            .iter()
            .filter(|v| v.get("emptyDir").is_some())
            .filter_map(|v| v["name"].as_str())
            .collect();
        for m in container["volumeMounts"].as_array().into_iter().flatten() {
            if empty_dirs.contains(&m["name"].as_str().unwrap_or_default()) {
                continue;
            }
            let t = m["mountPath"].as_str().unwrap();
            if m["readOnly"] == Value::Bool(true) {
                script.push_str(&format!(
                    "if /bin/busybox touch '{t}/p' 2>/dev/null; then echo 'WRITABLE {t}'; fi; "
                ));
            } else {
                script.push_str(&format!(
                    "/bin/busybox touch '{t}/p' 2>/dev/null || echo 'NOT-WRITABLE {t}'; "
                ));
            }
        }
        let out = run({
            let mut c = podman(podman_bin);
            c.args(["exec", &name, "/bin/busybox", "sh", "-c", &script]);
            c
        });
        let inside = String::from_utf8_lossy(&out.stdout).to_string();
        if !inside.contains("NoNewPrivs:\t1") || !inside.contains("CapEff:\t0000000000000000") {
            problem(format!("{name}: inside: {inside}{}", text_of(&out)));
        }
        if inside.lines().next() != sc["runAsUser"].to_string().as_str().into() {
            problem(format!("{name}: runs as {:?}", inside.lines().next()));
        }
        for line in inside.lines().filter(|l| l.contains("WRITABLE")) {
            problem(format!("{name}: inside: {line}"));
        }
    }
    problems
}

fn text_of(o: &Output) -> String {
    text(o)
}

/// `podman kube down` and the claims' volumes, on every path out.
struct KubeDown {
    podman: PathBuf,
    file: PathBuf,
    volumes: Vec<String>,
}

impl Drop for KubeDown {
    fn drop(&mut self) {
        let _ = run({
            let mut c = podman(&self.podman);
            c.args(["kube", "down"]).arg(&self.file);
            c
        });
        for v in &self.volumes {
            let _ = run({
                let mut c = podman(&self.podman);
                c.args(["volume", "rm", "-f", v]);
                c
            });
        }
    }
}
