//! The layers of `src/` only look down (see the crate docs of `src/lib.rs`).
//!
//! Every Rust file under a layer's folder is read, comments dropped, and
//! each path into the crate (`crate::<layer>` or `agent_machine::<layer>`)
//! is held to the order below: a layer may use itself and the layers before
//! it, never one after it.

use crate::support;

/// The layers, lowest first, as folders of `src/`.
const LAYERS: [&str; 7] = [
    "contracts",
    "base",
    "rules",
    "render",
    "governance",
    "host",
    "release",
];

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The layers a line of code names (`crate::rules::…`, `agent_machine::base::…`).
fn layers_named(code: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for prefix in ["crate::", "agent_machine::"] {
        let mut rest = code;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // `my_crate::`, not this crate
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if let Some(layer) = LAYERS.iter().find(|l| **l == name) {
                out.push(*layer);
            }
        }
    }
    out
}

/// The code of a line: without a `//` comment (doc comments included).
/// Good enough for this tree, which has no `//` inside string literals
/// that name a layer.
fn code_of(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

#[test]
fn no_layer_uses_a_layer_above_it() {
    let src = support::root().join("src");
    let mut upward = Vec::new();
    let mut judged = 0;
    for (rank, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer}/ holds no Rust file");
        for file in files {
            judged += 1;
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                for named in layers_named(code_of(line)) {
                    let above = LAYERS.iter().position(|l| *l == named).unwrap() > rank;
                    if above {
                        upward.push(format!(
                            "{}:{}: {layer} uses {named}: {}",
                            file.strip_prefix(support::root()).unwrap().display(),
                            n + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    assert!(judged > 40, "only {judged} files judged");
    assert!(upward.is_empty(), "upward imports:\n{}", upward.join("\n"));
}

#[test]
fn the_top_of_src_is_the_layers_and_the_binary() {
    let mut top: Vec<String> = std::fs::read_dir(support::root().join("src"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    top.sort();
    let mut expected: Vec<String> = LAYERS.iter().map(|l| l.to_string()).collect();
    expected.extend(["cli", "lib.rs", "main.rs"].map(String::from));
    expected.sort();
    assert_eq!(top, expected, "every module lives in its layer's folder");
}

#[test]
fn every_layer_says_what_it_may_use() {
    for layer in LAYERS {
        let text =
            std::fs::read_to_string(support::root().join(format!("src/{layer}/mod.rs"))).unwrap();
        assert!(
            text.starts_with("//! "),
            "src/{layer}/mod.rs opens without a module doc"
        );
        if layer != "contracts" {
            assert!(
                text.contains("May use:"),
                "src/{layer}/mod.rs does not say which layers it may use"
            );
        }
        let lib = std::fs::read_to_string(support::root().join("src/lib.rs")).unwrap();
        assert!(
            lib.contains(&format!("[`{layer}`]")),
            "src/lib.rs does not list {layer}"
        );
    }
}

#[test]
fn the_layer_check_sees_an_upward_import() {
    // The check can fail: a rule naming a renderer is caught, a comment or
    // another crate's path is not.
    assert_eq!(
        layers_named(code_of("use crate::render::Artifact;")),
        ["render"]
    );
    assert_eq!(
        layers_named(code_of("x(agent_machine::release::gate::run(c))")),
        ["release"]
    );
    assert!(layers_named(code_of("/// see [`crate::render`]")).is_empty());
    assert!(layers_named(code_of("use my_crate::render;")).is_empty());
}
