//! Every file under `examples/` compiles into its generated type.
//!
//! build.rs has already validated each example against its schema (a bad
//! example fails `cargo build`); here each one is embedded, deserialized into
//! the generated Rust type, and serialized back to the same document — so a
//! contract change that orphans an example fails `cargo test`.

use crate::support;

use agent_machine::base::json::{Limits, parse};
use serde::Serialize;
use serde::de::DeserializeOwned;

fn check_example<T: DeserializeOwned + Serialize>(file: &str, text: &str) {
    let value = parse(text.as_bytes(), Limits::default()).unwrap_or_else(|e| panic!("{file}: {e}"));
    let typed: T = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{file}: does not deserialize into its generated type: {e}"));
    let back = serde_json::to_value(&typed).expect("generated types serialize");
    let diff = support::json_diff(&value, &back);
    assert!(
        diff.is_empty(),
        "{file}: re-serializing the typed value changed the document:\n{}",
        diff.join("\n")
    );
}

include!(concat!(env!("OUT_DIR"), "/example_tests.rs"));
