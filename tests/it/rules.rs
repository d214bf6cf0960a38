//! `docs/rules.md` lists every rule code, from the enums of
//! `src/base/rule.rs` (`AGENT_MACHINE_BLESS=1` rewrites the table).

use agent_machine::base::rule::Rule;

use crate::support;

const BEGIN: &str = "<!-- rules:begin (generated from src/base/rule.rs by tests/it/rules.rs) -->\n";
const END: &str = "<!-- rules:end -->\n";

fn table() -> String {
    let mut out = String::from("| code | area |\n|---|---|\n");
    for rule in Rule::all() {
        out.push_str(&format!("| `{}` | {} |\n", rule.code(), rule.area()));
    }
    out
}

#[test]
fn the_docs_list_every_rule() {
    let path = support::root().join("docs/rules.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text
        .find(BEGIN)
        .expect("docs/rules.md has the begin marker")
        + BEGIN.len();
    let end = text.find(END).expect("docs/rules.md has the end marker");
    let expected = table();
    if text[start..end] != expected && std::env::var_os("AGENT_MACHINE_BLESS").is_some() {
        std::fs::write(
            &path,
            format!("{}{expected}{}", &text[..start], &text[end..]),
        )
        .unwrap();
        return;
    }
    assert_eq!(
        text[start..end],
        expected,
        "docs/rules.md is out of date: AGENT_MACHINE_BLESS=1 cargo test --test it rules::"
    );
}

#[test]
fn rules_compare_with_their_codes() {
    let rule = Rule::all()[0];
    assert!(rule == rule.code());
    assert!(rule.code() == rule);
    assert!(rule != "no/such-rule");
    assert_eq!(rule.to_string(), rule.code());
}
