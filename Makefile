# `make validate` runs exactly what CI runs (.ci/run calls the same script).
.PHONY: validate test build bless

validate:
	bash scripts/validate.sh

test:
	cargo test --locked

build:
	cargo build --locked --release

# The one way to re-record every reviewed snapshot — generated code (one file per contract), the
# rule list in docs/rules.md, CLI output, compile-fail output, and the skeletons (the renders of
# the examples); then review the diff.
bless:
	AGENT_MACHINE_BLESS=1 TRYCMD=overwrite TRYBUILD=overwrite cargo test --locked
	cargo run --locked --quiet -- skeletons bless
