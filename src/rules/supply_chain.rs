//! Supply-chain rules for an AgentPod's image.
//!
//! Strict mode (`--strict`, release-candidate): the image reference itself is
//! digest-pinned (`name@sha256:<64 hex>` — a tag plus an `imageDigest` field is
//! not enough), `imageDigest` equals the pinned digest, `imageReferencePolicy`
//! is `digest-pinned` or `digest-required`, and `sbomRef` and `provenanceRef`
//! are present. Bootstrap mode allows a tag, with a warning.

use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};
use crate::contracts::agent_pod::{AgentPod, AgentPodRuntimeImageReferencePolicy as Policy};

/// The digest an image reference is pinned to, if it is pinned.
pub fn pinned_digest(image: &str) -> Option<&str> {
    let (_, digest) = image.rsplit_once('@')?;
    crate::base::canonical::is_digest(digest).then_some(digest)
}

/// Checks `pod`: errors refuse it; warnings are reported and rendering goes on.
pub fn check(pod: &AgentPod, strict: bool) -> (Vec<Finding>, Vec<String>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let runtime = &pod.runtime;
    let image = runtime.image_or_command.as_str();
    let pinned = pinned_digest(image);
    let mut refuse = |pointer: &str, rule: Rule, message: String| {
        errors.push(Finding {
            pointer: pointer.to_string(),
            rule,
            message,
            hint: None,
        })
    };

    if let (Some(pinned), Some(field)) = (pinned, &runtime.image_digest)
        && pinned != field.as_str()
    {
        refuse(
            "/runtime/imageDigest",
            Rule::SupplyChain(rule::SupplyChain::DigestMismatch),
            format!(
                "imageDigest {} differs from the digest the image reference pins ({pinned})",
                field.as_str()
            ),
        );
    }
    if !strict {
        if pinned.is_none() {
            warnings.push(format!(
                "image {image:?} is not digest-pinned (allowed in bootstrap mode; --strict refuses it)"
            ));
        }
        return (errors, warnings);
    }
    if pinned.is_none() {
        refuse(
            "/runtime/imageOrCommand",
            Rule::SupplyChain(rule::SupplyChain::PinnedReference),
            format!(
                "a release candidate needs the image reference itself pinned as name@sha256:<64 hex>, not {image:?} (an imageDigest field beside a tag is not enough)"
            ),
        );
    }
    if runtime.image_digest.is_none() {
        refuse(
            "/runtime/imageDigest",
            Rule::SupplyChain(rule::SupplyChain::ImageDigest),
            "a release candidate needs imageDigest, equal to the pinned digest".into(),
        );
    }
    if !matches!(
        runtime.image_reference_policy,
        Some(Policy::DigestPinned | Policy::DigestRequired)
    ) {
        refuse(
            "/runtime/imageReferencePolicy",
            Rule::SupplyChain(rule::SupplyChain::ReferencePolicy),
            "a release candidate needs imageReferencePolicy digest-pinned or digest-required"
                .into(),
        );
    }
    if runtime.sbom_ref.as_deref().is_none_or(str::is_empty) {
        refuse(
            "/runtime/sbomRef",
            Rule::SupplyChain(rule::SupplyChain::Sbom),
            "a release candidate needs an sbomRef".into(),
        );
    }
    if runtime.provenance_ref.as_deref().is_none_or(str::is_empty) {
        refuse(
            "/runtime/provenanceRef",
            Rule::SupplyChain(rule::SupplyChain::Provenance),
            "a release candidate needs a provenanceRef".into(),
        );
    }
    (errors, warnings)
}
