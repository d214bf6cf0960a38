//! RFC 8785 (JSON Canonicalization Scheme) test vectors, run against the
//! canonicalizer this project trusts for every digest.

use agent_machine::base::canonical::{digest, digest_bytes, is_digest, to_canonical_string};
use serde_json::{Value, json};

fn canonical(text: &str) -> String {
    let value: Value = serde_json::from_str(text).expect("vector input is JSON");
    to_canonical_string(&value).expect("vector input is canonicalizable")
}

/// RFC 8785 §3.2.2: whitespace, literals, numbers and string escaping.
#[test]
fn section_3_2_2_sample() {
    let input = r#"{
        "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]
    }"#;
    assert_eq!(
        canonical(input),
        r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
    );
}

/// RFC 8785 §3.2.3: properties are sorted by their UTF-16 code units.
#[test]
fn section_3_2_3_sorting() {
    let input = r#"{
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\ud83d\ude00": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis"
    }"#;
    let out = canonical(input);
    let keys: Vec<String> = {
        // Parse back to read the key order as written (serde_json keeps it
        // with the `preserve_order` feature this crate enables).
        let v: Value = serde_json::from_str(&out).unwrap();
        v.as_object().unwrap().keys().cloned().collect()
    };
    assert_eq!(
        keys,
        [
            "\r",
            "1",
            "\u{80}",
            "\u{f6}",
            "\u{20ac}",
            "\u{1f600}",
            "\u{fb33}"
        ]
    );
    assert!(out.starts_with(r#"{"\r":"Carriage Return","1":"One","#));
}

/// RFC 8785 Appendix B: IEEE 754 doubles and their ECMAScript serialization.
#[test]
fn appendix_b_numbers() {
    let vectors: &[(u64, &str)] = &[
        (0x0000000000000000, "0"),
        (0x8000000000000000, "0"),
        (0x0000000000000001, "5e-324"),
        (0x8000000000000001, "-5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0xffefffffffffffff, "-1.7976931348623157e+308"),
        (0x4340000000000000, "9007199254740992"),
        (0xc340000000000000, "-9007199254740992"),
        (0x4430000000000000, "295147905179352830000"),
        (0x44b52d02c7e14af5, "9.999999999999997e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0x444b1ae4d6e2ef4e, "999999999999999700000"),
        (0x444b1ae4d6e2ef4f, "999999999999999900000"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"),
        (0x3eb0c6f7a0b5ed8d, "0.000001"),
        (0x41b3de4355555553, "333333333.3333332"),
        (0x41b3de4355555554, "333333333.33333325"),
        (0x41b3de4355555555, "333333333.3333333"),
        (0x41b3de4355555556, "333333333.3333334"),
        (0x41b3de4355555557, "333333333.33333343"),
        (0xbecbf647612f3696, "-0.0000033333333333333333"),
        (0x43143ff3c1cb0959, "1424953923781206.2"),
    ];
    for &(bits, expected) in vectors {
        let value = json!(f64::from_bits(bits));
        assert_eq!(
            to_canonical_string(&value).unwrap(),
            expected,
            "IEEE 754 {bits:#018x}"
        );
    }
}

/// NaN and infinities have no JSON form; JSON input cannot produce them, and
/// serde_json maps them to null before the canonicalizer sees them.
#[test]
fn non_finite_numbers_never_reach_the_canonicalizer() {
    assert_eq!(json!(f64::NAN), Value::Null);
    assert_eq!(json!(f64::INFINITY), Value::Null);
}

/// The v0.1.0 SourceOS digest (keys sorted, no whitespace) equals ours for
/// ASCII documents without floats.
#[test]
fn digest_of_ascii_documents_is_sorted_compact_sha256() {
    let value = json!({"b": [2, 1], "a": {"y": null, "x": true}});
    let compact = r#"{"a":{"x":true,"y":null},"b":[2,1]}"#;
    assert_eq!(digest(&value).unwrap(), digest_bytes(compact.as_bytes()));
    assert_eq!(
        digest_bytes(b""),
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
}

#[test]
fn digest_shape_is_strict() {
    let good = format!("sha256:{}", "a".repeat(64));
    assert!(is_digest(&good));
    assert!(!is_digest(&format!("{good}\n")));
    assert!(!is_digest(&good.to_uppercase()));
    assert!(!is_digest(&format!("sha256:{}", "a".repeat(63))));
}

/// An integral number spelled with a fraction or an exponent (`1.0`,
/// `8.589934592e9`) is the integer JSON Schema says it is: the pod validates
/// and types (a SourceOS document may spell it so), and its digest is the
/// integer spelling's — RFC 8785 writes both the same way.
#[test]
fn integral_numbers_in_any_spelling_are_integers() {
    let text = std::fs::read_to_string("examples/local-podman-llama-cpp.agent-pod.json").unwrap();
    let respelled = text.replacen("\"count\": 1", "\"count\": 1.0", 1).replacen(
        "8589934592",
        "8.589934592e9",
        1,
    );
    assert_ne!(text, respelled);
    let parse = |t: &str| {
        agent_machine::base::input::parse_document(
            "pod.json".into(),
            t.as_bytes(),
            agent_machine::base::json::Limits::default(),
        )
        .unwrap()
    };
    let (plain, other) = (parse(&text), parse(&respelled));
    let report = agent_machine::governance::validate::validate(&other, Default::default());
    assert!(report.is_valid(), "{:?}", report.diagnostics);
    assert_eq!(
        agent_machine::base::canonical::digest(&plain.value).unwrap(),
        agent_machine::base::canonical::digest(&other.value).unwrap()
    );
    // A fraction stays a number that no integer field accepts.
    let fractional = parse(&text.replacen("\"count\": 1", "\"count\": 1.5", 1));
    let report = agent_machine::governance::validate::validate(&fractional, Default::default());
    let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_str()).collect();
    assert_eq!(rules, ["schema/type"]);
}
