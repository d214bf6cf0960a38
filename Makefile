# `make validate` runs exactly what CI runs (.ci/run calls the same script).
.PHONY: validate test build bless

validate:
	bash scripts/validate.sh

test:
	cargo test --locked

build:
	cargo build --locked --release

# Re-record reviewed snapshots (generated code, CLI output, compile-fail output); review the diff.
bless:
	AGENT_MACHINE_BLESS=1 TRYCMD=overwrite TRYBUILD=overwrite cargo test --locked
