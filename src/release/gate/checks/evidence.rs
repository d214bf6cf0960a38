//! The evidence item (E1): a deterministic, signed and verifiable release
//! evidence bundle, built from the report of every other item.

#[allow(unused_imports)]
use super::*;
use crate::release::gate::{Check, Item};

/// The items of this area, in report order.
pub static ITEMS: [Item; 1] = [Item {
    id: "E1",
    home: "src/release/bundle.rs",
    area: "evidence",
    level: X,
    requirement: "a deterministic release evidence bundle can be produced, signed (minisign, Ed25519) and verified",
    remediation: "fix release::bundle, sign or verify (see the evidence)",
    ci: false,
    check: Check::Report(signed_bundle),
}];

/// E1: in-process, bundle the tree with the report of the other items
/// twice (identical), sign with a throwaway
/// key, verify, then tamper and see verification fail.
pub fn signed_bundle(ctx: &Context, report: &crate::release::gate::Report) -> Outcome {
    let facts = crate::release::bundle::Facts {
        name: "gate".into(),
        repository: "gate".into(),
        branch: "gate".into(),
        commit_sha: "0".repeat(40),
        generated_at: "1970-01-01T00:00:00Z".into(),
    };
    let render = || {
        crate::release::bundle::bundle(ctx, &facts, report)
            .map(|b| serde_json::to_vec_pretty(&b).expect("serializes"))
    };
    let (a, b) = match (render(), render()) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return Outcome::fail(e.to_string()),
    };
    if a != b {
        return Outcome::fail("two bundles of the same tree differ");
    }
    let result = crate::release::bundle::keygen().and_then(|keys| {
        let (signature, envelope) =
            crate::release::bundle::sign(&a, &keys.secret, "bundle.json.minisig")?;
        crate::release::bundle::verify(&a, &signature, &keys.public, Some(&envelope))?;
        let mut tampered = a.clone();
        tampered[10] ^= 1;
        let other = crate::release::bundle::keygen()?;
        Ok(
            crate::release::bundle::verify(&tampered, &signature, &keys.public, None).is_err()
                && crate::release::bundle::verify(&a, &signature, &other.public, None).is_err(),
        )
    });
    match result {
        Ok(true) => Outcome::pass(
            "bundle deterministic; minisign signature verifies; a changed byte or another key fails",
        ),
        Ok(false) => Outcome::fail("a tampered bundle or another key still verified"),
        Err(e) => Outcome::fail(e.to_string()),
    }
}
