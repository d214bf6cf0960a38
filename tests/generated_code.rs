//! The code build.rs generates from `contracts/` is reviewed: a change to a
//! contract, to the typify pre-pass or to typify itself shows up as a diff of
//! `tests/snapshots/`, and this test fails until the snapshot is blessed.

mod support;

#[test]
fn generated_contract_types_match_the_reviewed_snapshot() {
    support::assert_snapshot(
        "tests/snapshots/contracts.rs",
        include_str!(concat!(env!("OUT_DIR"), "/contracts.rs")),
    );
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
