//! The installer items (I1–I4): the Homebrew formula, the tap's copy, missing
//! tools named, and nothing external needed to render.

#[allow(unused_imports)]
use super::*;
use crate::release::gate::{Check, Item};

/// The items of this area, in report order.
pub static ITEMS: [Item; 4] = [
    Item {
        id: "I1",
        home: "packaging/homebrew/agent-machine.rb",
        area: "installer",
        level: B,
        requirement: "the Homebrew formula builds and installs the CLI and its test block exercises it",
        remediation: "make packaging/homebrew/agent-machine.rb agree with Cargo.toml; run tests/it/formula.rs in CI",
        ci: true,
        check: Check::Tree(formula),
    },
    Item {
        id: "I2",
        home: "packaging/homebrew/agent-machine.rb",
        area: "installer",
        level: B,
        requirement: "the tap formula, from outside the repository, is in sync with the repository formula",
        remediation: "copy packaging/homebrew/agent-machine.rb into the tap unchanged; pass the tap checkout's copy (outside this repository) with --tap",
        ci: false,
        check: Check::Tree(tap_sync),
    },
    Item {
        id: "I3",
        home: "src/",
        area: "installer",
        level: B,
        requirement: "missing external tools give direct, actionable errors",
        remediation: "map a missing tool (ErrorKind::NotFound) to a message naming it and scripts/install-validators.sh, and keep that script installing it; run the CLI tests in CI",
        ci: true,
        check: Check::Tree(external_tools),
    },
    Item {
        id: "I4",
        home: "docs/renderers.md",
        area: "installer",
        level: B,
        requirement: "the render-command dependency policy is documented (renders need nothing external)",
        remediation: "state it in docs/renderers.md",
        ci: false,
        check: Check::Tree(|ctx: &Context| {
            contains(
                ctx,
                "docs/renderers.md",
                &["Rendering needs nothing external"],
                "renders need nothing external",
            )
        }),
    },
];

/// I1: the Homebrew formula agrees with Cargo.toml, builds from source and
/// has a test block that runs the CLI; running that block is CI's proof.
pub fn formula(ctx: &Context) -> Outcome {
    use crate::release::packaging;
    let Some(formula) = ctx.read(packaging::FORMULA) else {
        return Outcome::fail(format!("{} is missing", packaging::FORMULA));
    };
    let facts = match ctx.read("Cargo.toml").map(|t| packaging::package(&t)) {
        Some(Ok(f)) => f,
        Some(Err(e)) => return Outcome::fail(e),
        None => return Outcome::fail("Cargo.toml is missing"),
    };
    let problems = packaging::check_formula(&formula, &facts);
    if !problems.is_empty() {
        return Outcome::fail(format!("{}: {}", packaging::FORMULA, problems.join("; ")));
    }
    ctx.ci(
        "I1",
        "tests/it/formula.rs (the formula's test block, run against the built CLI)",
    )
}

/// I2: the tap's copy of the formula (`--tap`) comes from outside the
/// repository ([`crate::release::gate::tap_origin`]) and is byte-identical.
pub fn tap_sync(ctx: &Context) -> Outcome {
    use crate::release::packaging;
    let Ok(ours) = crate::base::input::read_file_limited(
        ctx.path(packaging::FORMULA),
        crate::base::json::DEFAULT_MAX_BYTES,
    ) else {
        return Outcome::fail(format!("{} is missing", packaging::FORMULA));
    };
    let Some(tap) = &ctx.tap else {
        return Outcome::not_run(
            "the tap's copy was not given; pass --tap <tap>/Formula/agent-machine.rb",
        );
    };
    if let Err(e) = crate::release::gate::tap_origin(&ctx.root, tap) {
        return Outcome::fail(e);
    }
    match crate::base::input::read_file_limited(tap, crate::base::json::DEFAULT_MAX_BYTES) {
        Err(e) => Outcome::fail(format!("{}: cannot read: {e}", tap.display())),
        Ok(theirs) => match packaging::tap_in_sync(&ours, &theirs) {
            Ok(digest) => Outcome::pass(format!(
                "{} is identical to {} ({digest})",
                tap.display(),
                packaging::FORMULA
            )),
            Err(e) => Outcome::fail(format!("{} is out of sync: {e}", tap.display())),
        },
    }
}

/// Where the messages for a missing external tool send the operator.
const INSTALLER: &str = "scripts/install-validators.sh";

/// I3's behaviour, in-process: each external tool the gate runs
/// (`--validators`: [`crate::release::gate::validators::TOOLS`]), when it is not there or
/// cannot be started (a stub whose interpreter is missing), gives a message
/// naming the tool and [`INSTALLER`]; the tree's installer puts every such
/// tool in place (`$prefix/bin/<tool>`); and `doctor` on a machine with
/// nothing on `PATH` reports every program it looks for missing, each with
/// what to do.
fn missing_tools_are_named(ctx: &Context) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt as _;
    let mut problems = Vec::new();
    let scratch = match crate::release::gate::validators::Scratch::new() {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    for tool in crate::release::gate::validators::TOOLS {
        let absent = scratch.path().join("absent").join(tool);
        let stub = scratch.path().join("stubs").join(tool);
        let made = std::fs::create_dir_all(stub.parent().unwrap_or(scratch.path()))
            .and_then(|()| std::fs::write(&stub, "#!/nonexistent/agent-machine-gate-interpreter\n"))
            .and_then(|()| std::fs::set_permissions(&stub, std::fs::Permissions::from_mode(0o755)));
        if let Err(e) = made {
            problems.push(format!("{}: {e}", stub.display()));
            continue;
        }
        for (what, path) in [("absent", &absent), ("unstartable", &stub)] {
            match crate::release::gate::validators::start(path) {
                Ok(()) => problems.push(format!("the {what} {tool} ran")),
                Err(e) if e.contains(tool) && e.contains(INSTALLER) => {}
                Err(e) => problems.push(format!(
                    "an {what} {tool} gives a message that does not name it and {INSTALLER}: {e}"
                )),
            }
        }
        let installs = ctx.read(INSTALLER).is_some_and(|t| {
            t.lines().any(|l| {
                let l = l.trim_start();
                !l.starts_with('#')
                    && (l.starts_with("install ") || l.starts_with("ln "))
                    && l.trim_end().ends_with(&format!("\"$prefix/bin/{tool}\""))
            })
        });
        if !installs {
            problems.push(format!(
                "{INSTALLER}, which the message for a missing {tool} names, does not install it (to \"$prefix/bin/{tool}\")"
            ));
        }
    }
    let empty = scratch.path().join("empty-root");
    let _ = std::fs::create_dir(&empty);
    let host = crate::host::doctor::Host {
        view: crate::host::probe::View {
            root: empty,
            path: Vec::new(),
        },
        home: None,
        config_home: None,
        runtime_dir: None,
        user: None,
    };
    let programs: Vec<_> = crate::host::doctor::doctor(&host)
        .into_iter()
        .filter(|f| f.detail == format!("{} is not on PATH", f.id))
        .collect();
    if programs.is_empty() {
        problems.push("doctor names no missing program on an empty machine".into());
    }
    for f in programs {
        if f.state != crate::host::doctor::State::Missing || f.remediation.trim().is_empty() {
            problems.push(format!(
                "doctor: a missing {} is not reported with a remediation",
                f.id
            ));
        }
    }
    problems
}

/// I3: missing external tools give direct, actionable errors — checked by
/// behaviour (`missing_tools_are_named`); no source that runs an external
/// tool lacks a "not found" message, and the tests' external tools say how
/// to install them; the CLI tests' result comes from CI.
pub fn external_tools(ctx: &Context) -> Outcome {
    let behaviour = missing_tools_are_named(ctx);
    let mut files = Vec::new();
    walk_files(&ctx.path("src"), &mut files);
    files.sort();
    let mut problems: Vec<String> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "rs"))
        .filter_map(|f| {
            let text = crate::base::input::read_text(f).ok()?;
            (text.contains("Command::new") && !text.contains("ErrorKind::NotFound")).then(|| {
                format!(
                    "{} runs an external tool without a direct message when it is missing",
                    rel(ctx, f)
                )
            })
        })
        .collect();
    if !says(
        ctx,
        "tests/it/support/mod.rs",
        "run scripts/install-validators.sh",
    ) {
        problems.push(
            "tests/it/support/mod.rs does not say how to install a missing external validator"
                .into(),
        );
    }
    if files.is_empty() {
        problems.push("no sources under src/".into());
    }
    problems.extend(behaviour);
    if problems.is_empty() {
        match ctx.ci("I3", "tests/it/cli.rs and tests/it/external_validators.rs") {
            o if o.status == crate::release::gate::Status::Fail => o,
            o => Outcome {
                status: o.status,
                evidence: format!(
                    "an absent or unstartable {} names itself and {INSTALLER}, which installs it; doctor says what to do for every program it misses; {}",
                    crate::release::gate::validators::TOOLS.join(" or "),
                    o.evidence
                ),
            },
        }
    } else {
        Outcome::fail(problems.join("; "))
    }
}
