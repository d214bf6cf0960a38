//! Forbidden content cannot be constructed: receipts and evidence have no
//! field for a raw prompt, KV-cache, private memory or secret; their safety
//! flags are `ConstFalse`, so `true` does not type-check; a receipt cannot
//! claim authorization or another kind. The expected compiler output is
//! committed next to each case (`tests/ui/forbidden/*.stderr`), blessed on
//! the toolchain pinned in `rust-toolchain.toml` (`TRYBUILD=overwrite`).

#[test]
fn forbidden_content_does_not_compile() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/allowed/*.rs");
    t.compile_fail("tests/ui/forbidden/*.rs");
}
