//! Forbidden content cannot be constructed: receipts and evidence have no
//! field for a raw prompt, KV-cache, private memory or secret; their safety
//! flags are `ConstFalse`, so `true` does not type-check; a receipt cannot
//! claim authorization or another kind. The expected compiler output is
//! committed next to each case (`ui/forbidden/*.stderr`), blessed on
//! the toolchain pinned in `rust-toolchain.toml` (`TRYBUILD=overwrite`).
//!
//! This is its own package (a workspace member, run by `cargo test`): the
//! cases need only the contracts, and trybuild checks them against the crate
//! under test with that crate's features, so here it checks them against the
//! contracts-only library. Every case is a compile-fail case, so trybuild
//! only checks them (`cargo check`, no code generated or linked); the control
//! case, which must compile, is this package's own test (`control.rs`).

mod control;

#[test]
fn forbidden_content_does_not_compile() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/forbidden/*.rs");
}
