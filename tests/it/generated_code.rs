//! The code build.rs generates from `contracts/` is reviewed: a change to a
//! contract, to the typify pre-pass or to typify itself shows up as a diff of
//! `tests/snapshots/`, and this test fails until the snapshot is blessed.

use crate::support;

/// The generated code, one `(module, source)` per contract (each archived
/// version its own): the file is a sequence of `pub mod`s, each opened by its
/// `/// Types generated from` line.
fn per_contract() -> Vec<(String, String)> {
    const OPENS: &str = "/// Types generated from ";
    let generated = include_str!(concat!(env!("OUT_DIR"), "/contracts.rs"));
    let mut out: Vec<(String, String)> = Vec::new();
    for line in generated.split_inclusive('\n') {
        if line.starts_with(OPENS) {
            out.push((String::new(), String::new()));
        }
        let (module, text) = out.last_mut().expect("the file opens with a contract");
        if module.is_empty()
            && let Some(name) = line.strip_prefix("pub mod ")
        {
            *module = name.trim_end_matches(" {\n").to_string();
        }
        text.push_str(line);
    }
    out
}

/// One reviewed snapshot per contract (`tests/snapshots/contracts/<module>.rs`),
/// so a change to one contract is a diff of its own file.
#[test]
fn generated_contract_types_match_the_reviewed_snapshots() {
    let contracts = per_contract();
    assert!(contracts.len() >= agent_machine::contracts::Kind::ALL.len());
    for (module, text) in &contracts {
        assert!(!module.is_empty(), "a contract without its module line");
        support::assert_snapshot(&format!("tests/snapshots/contracts/{module}.rs"), text);
    }
    // No snapshot of a contract that is gone.
    let dir = support::root().join("tests/snapshots/contracts");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let module = name.trim_end_matches(".rs");
        assert!(
            contracts.iter().any(|(m, _)| m == module),
            "tests/snapshots/contracts/{name} is the snapshot of no contract; remove it"
        );
    }
}

#[test]
fn generated_registry_matches_the_reviewed_snapshot() {
    // The registry embeds absolute paths (include_str!); compare without them.
    let registry = include_str!(concat!(env!("OUT_DIR"), "/registry.rs"));
    let root = env!("CARGO_MANIFEST_DIR");
    support::assert_snapshot(
        "tests/snapshots/registry.rs",
        &registry.replace(root, "$CARGO_MANIFEST_DIR"),
    );
}

/// `agent-machine schema <kind>` prints each contract byte for byte as it is
/// in `contracts/` (by kind and by slug), so a user without the source tree
/// reads what the binary validates against.
#[test]
fn the_schema_command_prints_every_embedded_contract() {
    for kind in agent_machine::contracts::Kind::ALL {
        let info = kind.info();
        let on_disk = std::fs::read(support::root().join(info.file)).unwrap();
        for name in [info.kind, info.slug] {
            let out = std::process::Command::new(support::bin())
                .args(["schema", name])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{name}");
            let mut expected = on_disk.clone();
            if !expected.ends_with(b"\n") {
                expected.push(b'\n');
            }
            assert!(out.stdout == expected, "{name}: not the file {}", info.file);
        }
    }
}

/// An enum error lists every allowed value (not two and "N other candidates").
#[test]
fn an_enum_error_lists_every_allowed_value() {
    let mut pod: serde_json::Value = support::example("local-podman-llama-cpp.agent-pod.json");
    pod["resources"]["accelerators"][0]["type"] = serde_json::json!("opencl");
    let doc = agent_machine::base::input::parse_document(
        "pod.json".into(),
        pod.to_string().as_bytes(),
        agent_machine::base::json::Limits::default(),
    )
    .unwrap();
    let report = agent_machine::governance::validate::validate(&doc, Default::default());
    let messages: Vec<(&str, &str, &str)> = report
        .diagnostics
        .iter()
        .map(|d| (d.pointer.as_str(), d.rule.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [(
            "/resources/accelerators/0/type",
            "schema/enum",
            r#""opencl" is not one of: "cpu", "vulkan", "cuda", "rocm", "metal", "mlx", "unknown""#
        )]
    );
}
