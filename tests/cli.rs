//! CLI behaviour, as snapshots of real runs: `tests/cmd/<case>.toml` holds
//! the arguments and exit code, `<case>.stdout`/`<case>.stderr` the output
//! (`TRYCMD=overwrite cargo test --test cli` re-records them for review).

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
