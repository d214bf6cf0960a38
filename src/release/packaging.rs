//! The Homebrew formula (`packaging/homebrew/agent-machine.rb`): what it must
//! say, read statically against the crate's own `Cargo.toml`, and whether a
//! tap's copy of it is in sync.
//!
//! No Ruby runs here. The formula's Ruby is loaded and its `test do` block is
//! run against the built CLI by `tests/it/formula.rs` (in CI); this module holds
//! the facts a formula must agree with, so that a version bump, a licence
//! change or a moved repository cannot leave the formula behind unnoticed.

use regex::Regex;

use crate::base::canonical::digest_bytes;

/// Where the formula lives in the repository.
pub const FORMULA: &str = "packaging/homebrew/agent-machine.rb";

/// The `[package]` facts of `Cargo.toml` the formula must repeat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Package {
    /// Crate name (also the binary's name).
    pub name: String,
    /// Version, e.g. `0.1.0`.
    pub version: String,
    /// SPDX licence expression.
    pub license: String,
    /// Repository URL.
    pub repository: String,
}

/// Reads the `[package]` table's `name`, `version`, `license` and
/// `repository` (single-line basic strings, as Cargo writes them).
pub fn package(cargo_toml: &str) -> Result<Package, String> {
    let mut section = "";
    let mut get = std::collections::BTreeMap::new();
    for line in cargo_toml.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line;
        } else if section == "[package]"
            && let Some((key, value)) = line.split_once('=')
            && let Some(value) = value
                .trim()
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
        {
            get.insert(key.trim(), value.to_string());
        }
    }
    let mut take = |key: &str| {
        get.remove(key)
            .ok_or_else(|| format!("Cargo.toml: [package] has no {key} string"))
    };
    Ok(Package {
        name: take("name")?,
        version: take("version")?,
        license: take("license")?,
        repository: take("repository")?,
    })
}

/// The first double-quoted argument of a top-level DSL call (`desc "…"`).
fn dsl_string<'a>(formula: &'a str, call: &str) -> Option<&'a str> {
    let re = Regex::new(&format!(r#"(?m)^\s*{call}\s+"([^"\\]*)""#)).expect("a valid pattern");
    re.captures(formula)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// The lines of `def install … end` or `test do … end`: from the opening
/// line to the first `end` at the same indentation.
fn block(formula: &str, opening: &str) -> Option<String> {
    let lines: Vec<&str> = formula.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim_start().starts_with(opening))?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let len = lines[start + 1..]
        .iter()
        .position(|l| l.trim() == "end" && indent(l) == indent(lines[start]))?;
    Some(lines[start..=start + 1 + len].join("\n"))
}

/// What is wrong with the formula, read against the crate's facts. Empty
/// when it names the crate's version, licence and repository, builds from
/// source with Cargo, and has a test block that runs the installed CLI.
pub fn check_formula(formula: &str, crate_facts: &Package) -> Vec<String> {
    let mut problems = Vec::new();
    let Package {
        name,
        version,
        license,
        repository,
    } = crate_facts;
    let class: String = name
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    if !formula
        .lines()
        .any(|l| l.trim() == format!("class {class} < Formula"))
    {
        problems.push(format!("no `class {class} < Formula`"));
    }
    match dsl_string(formula, "desc") {
        None => problems.push("no desc".into()),
        Some(d) if d.chars().count() > 80 => problems.push(format!(
            "desc is {} characters (at most 80)",
            d.chars().count()
        )),
        Some(d) if Regex::new(r"(?i)^(a|an|the)\s").expect("valid").is_match(d) => {
            problems.push("desc starts with an article".into())
        }
        Some(d) if d.ends_with('.') => problems.push("desc ends with a period".into()),
        Some(_) => {}
    }
    let expect =
        |call: &str, want: &str, problems: &mut Vec<String>| match dsl_string(formula, call) {
            Some(got) if got == want => {}
            Some(got) => problems.push(format!("{call} is {got:?}; Cargo.toml says {want:?}")),
            None => problems.push(format!("no {call} (Cargo.toml says {want:?})")),
        };
    expect("homepage", repository, &mut problems);
    expect("license", license, &mut problems);
    let url_line = formula
        .lines()
        .find(|l| l.trim_start().starts_with("url "))
        .unwrap_or_default();
    let tag = format!("tag: \"v{version}\"");
    if !(url_line.contains(&format!("\"{repository}.git\"")) && url_line.contains(&tag)) {
        problems.push(format!(
            "url does not build {repository}.git at {tag} (the version in Cargo.toml)"
        ));
    }
    if !formula
        .lines()
        .any(|l| l.trim() == "depends_on \"rust\" => :build")
    {
        problems.push("no `depends_on \"rust\" => :build` (it builds from source)".into());
    }
    match block(formula, "def install") {
        Some(b) if b.contains("system \"cargo\", \"install\", *std_cargo_args") => {}
        Some(_) => problems.push(
            "install does not run `cargo install` with std_cargo_args (--locked --path .)".into(),
        ),
        None => problems.push("no `def install … end`".into()),
    }
    match block(formula, "test do") {
        Some(b) => {
            for needle in [
                format!("#{{bin}}/{name} render"),
                format!("#{{bin}}/{name} validate"),
                "assert_match".to_string(),
            ] {
                if !b.contains(&needle) {
                    problems.push(format!("the test block never uses {needle:?}"));
                }
            }
        }
        None => problems.push("no `test do … end` block".into()),
    }
    problems
}

/// Whether the tap's copy is byte-for-byte the repository's formula; on a
/// difference, the first line that differs.
pub fn tap_in_sync(repository: &[u8], tap: &[u8]) -> Result<String, String> {
    if repository == tap {
        return Ok(digest_bytes(repository));
    }
    let (ours, theirs) = (
        String::from_utf8_lossy(repository),
        String::from_utf8_lossy(tap),
    );
    let (mut a, mut b) = (ours.lines(), theirs.lines());
    let mut line = 1;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (x, y) => {
                let show =
                    |l: Option<&str>| l.map_or("the end of the file".into(), |l| format!("`{l}`"));
                return Err(format!(
                    "line {line}: the repository has {}, the tap has {} (repository {}, tap {})",
                    show(x),
                    show(y),
                    digest_bytes(repository),
                    digest_bytes(tap)
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Package {
        package(
            "[package]\nname = \"agent-machine\"\nversion = \"1.2.3\"\nlicense = \"Apache-2.0\"\n\
             repository = \"https://example.invalid/am\"\n[dependencies]\nversion = \"9\"\n",
        )
        .unwrap()
    }

    #[test]
    fn package_facts_come_from_the_package_table_only() {
        let p = facts();
        assert_eq!(p.version, "1.2.3");
        assert_eq!(p.repository, "https://example.invalid/am");
        assert!(package("[package]\nname = \"x\"\n").is_err());
    }

    #[test]
    fn line_endings_and_trailing_bytes_are_differences() {
        assert!(tap_in_sync(b"a\nb\n", b"a\nb\n").is_ok());
        let e = tap_in_sync(b"a\nb\n", b"a\nc\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        assert!(tap_in_sync(b"a\n", b"a\n\n").is_err());
        assert!(tap_in_sync(b"a\n", b"a\r\n").is_err());
    }

    #[test]
    fn the_install_block_is_found_by_indentation() {
        let f = "class X < Formula\n  def install\n    if x\n    end\n    system \"cargo\"\n  end\nend\n";
        assert!(
            block(f, "def install")
                .unwrap()
                .contains("system \"cargo\"")
        );
        assert_eq!(check_formula("", &facts()).len(), 8);
    }
}
