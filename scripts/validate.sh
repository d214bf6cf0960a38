#!/usr/bin/env bash
# The one validation script: `make validate` runs it locally, `.ci/run` runs it in CI, and the
# GitHub workflow runs `make validate`. It installs what the tests need, then runs every check.
#
# Environment:
#   AGENT_MACHINE_REQUIRE_VALIDATORS=1  a missing external validator fails its test instead of
#                                       skipping it (set by .ci/run; CI=true implies it)
#   VALIDATORS_PREFIX                   where external validators are installed (default: .validators)
#   CARGO_INCREMENTAL=0                 set by .ci/run and under CI=true: a one-shot build from a
#                                       clean tree gains nothing from incremental state (docs/ci.md)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$root/../shared"

started=$(date +%s)
step() { printf '\n== [%ss] %s\n' "$(($(date +%s) - started))" "$*" >&2; }

if [ "${CI:-}" = true ]; then
  export AGENT_MACHINE_REQUIRE_VALIDATORS=1
  export CARGO_INCREMENTAL=0
fi
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

step "toolchain: $(rustc --version)"
step "external validators (the real Quadlet generator, kubernetes-validate)"
bash scripts/install-validators.sh "${VALIDATORS_PREFIX:-.validators}"
export AGENT_MACHINE_VALIDATORS
AGENT_MACHINE_VALIDATORS=$(cd "${VALIDATORS_PREFIX:-.validators}" && pwd)

step "format"
cargo fmt --all -- --check

step "lint"
cargo clippy --locked --all-targets -- -D warnings
# The API documented without a warning, with and without the default features (the
# contracts-only library, docs/contracts.md; tests/it/downstream.rs builds it).
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --lib --quiet
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --lib --no-default-features --quiet

# The fuzz crate is its own workspace (cargo-fuzz's layout) with its own pinned fuzz/Cargo.lock;
# checking it on the pinned stable toolchain proves the targets and the stable replay driver still
# compile against the library (running them is docs/deployment-safety.md#fuzzing). A --locked
# failure means the library's dependencies changed: refresh the lock with
# `cp Cargo.lock fuzz/Cargo.lock && cargo check --manifest-path fuzz/Cargo.toml` and commit it.
step "fuzz targets compile (cargo check of fuzz/, stable)"
# The target directory is the main one: the dependencies clippy just checked are reused.
CARGO_TARGET_DIR=target cargo check --locked --manifest-path fuzz/Cargo.toml --bins

step "tests (the README's test command)"
cargo test --locked

step "skeletons are the renders of the examples"
target/debug/agent-machine skeletons check

step "contracts and examples through the CLI"
target/debug/agent-machine validate examples/
if target/debug/agent-machine validate tests/fixtures/invalid/ 2>/dev/null; then
  echo "every counter-example must be rejected" >&2; exit 1
fi

if [ -x "$shared/tools/conformance.sh" ] || [ -f "$shared/tools/conformance.sh" ]; then
  step "SourceOS v0.1.0 wire conformance"
  bash "$shared/tools/conformance.sh" target/debug/agent-machine
elif [ "${AGENT_MACHINE_REQUIRE_VALIDATORS:-}" = 1 ]; then
  echo "the SourceOS conformance corpus ($shared/tools/conformance.sh) is missing; in CI a skip is a failure" >&2
  exit 1
else
  step "!!!!!!!! SourceOS conformance corpus not beside this checkout: SKIPPED !!!!!!!!"
fi

# Everything above passed (set -e), so the items only a test run can prove are CI's to report:
# the validator-backed ones (formula, workflow, the list of validations) count only where a skip
# was a failure.
step "release gate, with this run's results as evidence"
proved="C6 I3 P4 V1"
if [ "${AGENT_MACHINE_REQUIRE_VALIDATORS:-}" = 1 ]; then proved="$proved I1 R7 V2 V3"; fi
evidence=target/gate-evidence.json
{ printf '{'; sep=; for id in $proved; do printf '%s"%s": "pass"' "$sep" "$id"; sep=', '; done; printf '}\n'; } >"$evidence"
# R6 is proved by the gate itself, running the real validators on the skeletons. Without the tap's
# copy (--tap) the gate cannot reach bootstrap-ready; prototype is what CI requires.
target/debug/agent-machine gate --evidence "$evidence" --validators "$AGENT_MACHINE_VALIDATORS/bin" \
  --level prototype

# The release evidence bundle of this commit, with the same evidence: it must fit its contract.
if commit_time=$(git log -1 --format=%cI 2>/dev/null); then
  step "release evidence bundle of this commit"
  target/debug/agent-machine release bundle --evidence "$evidence" --generated-at "$commit_time" \
    --validators "$AGENT_MACHINE_VALIDATORS/bin" --out target/release-evidence-bundle.json
  target/debug/agent-machine validate target/release-evidence-bundle.json
fi
step "done"
