//! The release evidence bundle: a deterministic ReleaseEvidenceBundle of
//! the tree — schema, example and doc inventories (each file's sha256 over
//! its raw bytes), rendered-artifact digests, the gate's results and the
//! blockers they leave, the supply-chain posture of the examples, and
//! rollback and wipe instructions. Commit, branch and time come from the
//! caller (git or explicit flags), never from the clock, and no path of the
//! machine enters it: two checkouts of one commit give identical bundles.
//! The tree is input: it is walked without following links, names are
//! checked and the walk is bounded ([`crate::base::tree`]).
//! The gate results it carries are the report of every item that judges the
//! tree ([`gate::run_tree`]), computed by the caller: E1, which judges the
//! bundle itself, is not among them, and building a bundle never runs the
//! gate.

use std::path::Path;

use serde_json::{Value, json};

use crate::base::canonical::digest_bytes;
use crate::base::tree::{TreeError, TreeFile};
use crate::contracts::release_evidence_bundle as b;
use crate::contracts::signed_release_bundle_envelope as s;
use crate::contracts::wire::{List, Nullable, ReceiptSafety, UniqueList};
use crate::contracts::{AgentPod, ReleaseEvidenceBundle};
use crate::release::gate::{self, Level, Maturity, Status};

/// What the caller supplies about the release.
#[derive(Clone, Debug)]
pub struct Facts {
    /// Release name (e.g. `agent-machine-0.1.0`).
    pub name: String,
    /// Repository (e.g. `SourceOS-Linux/agent-machine`).
    pub repository: String,
    /// Branch.
    pub branch: String,
    /// 40-hex commit SHA.
    pub commit_sha: String,
    /// RFC 3339 time of the bundle (explicit: no clock is read).
    pub generated_at: String,
}

/// Why no bundle can be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// A fact does not fit the contract.
    #[error("the bundle does not fit ReleaseEvidenceBundle: {0}")]
    Contract(String),
    /// A file the bundle lists cannot be read (it is never digested as empty).
    #[error("cannot read {0}")]
    Unreadable(String),
    /// The tree has no contracts: it is not an Agent Machine repository.
    #[error("{0}: no contracts (*.schema.json) under contracts/; is this the repository root?")]
    NoContracts(String),
    /// The gate report is not the report of every item that judges the tree.
    #[error("the gate report is not the report of the gate's tree items: {0}")]
    Report(String),
    /// The time is not RFC 3339.
    #[error("generatedAt {0:?} is not an RFC 3339 timestamp")]
    Time(String),
    /// The tree holds an entry the bundle does not read: a symbolic link, a
    /// FIFO or device, a name that is not UTF-8 or holds a backslash, `..` or a
    /// control character, a loop, or more than the walk's bounds.
    #[error("the tree cannot be bundled: {0}")]
    Tree(#[from] TreeError),
}

/// The files of `walked` whose path ends with `suffix`.
fn with_suffix<'a>(walked: &'a [TreeFile], suffix: &'a str) -> impl Iterator<Item = &'a TreeFile> {
    walked.iter().filter(move |f| f.rel.ends_with(suffix))
}

fn read(file: &TreeFile) -> Result<Vec<u8>, BundleError> {
    file.read(crate::base::json::DEFAULT_MAX_BYTES)
        .map_err(|e| BundleError::Unreadable(format!("{}: {e}", file.rel)))
}

fn entry(file: &TreeFile) -> Result<b::DigestedFileListItem, BundleError> {
    entry_of(file, &read(file)?)
}

/// A file's inventory entry: its path, and the digest of its bytes.
fn entry_of(file: &TreeFile, bytes: &[u8]) -> Result<b::DigestedFileListItem, BundleError> {
    Ok(b::DigestedFileListItem {
        path: file.rel.clone(),
        digest: typed("digest", &digest_bytes(bytes))?,
    })
}

/// `value` as the contract types `field`.
fn typed<T: std::str::FromStr>(field: &str, value: &str) -> Result<T, BundleError>
where
    T::Err: std::fmt::Display,
{
    crate::contracts::wire::typed(field, value).map_err(BundleError::Contract)
}

/// The commit checked out at `root`, read from `.git` (no git process).
pub fn git_commit(root: &Path) -> Option<String> {
    let head = crate::base::input::read_text(root.join(".git/HEAD")).ok()?;
    let head = head.trim();
    let sha = match head.strip_prefix("ref: ") {
        None => head.to_string(),
        Some(reference) => match crate::base::input::read_text(root.join(".git").join(reference)) {
            Ok(s) => s.trim().to_string(),
            Err(_) => crate::base::input::read_text(root.join(".git/packed-refs"))
                .ok()?
                .lines()
                .find_map(|l| l.strip_suffix(reference).map(|s| s.trim().to_string()))?,
        },
    };
    (sha.len() == 40 && sha.bytes().all(|b| b.is_ascii_hexdigit())).then_some(sha)
}

/// The branch checked out at `root`, read from `.git/HEAD`.
pub fn git_branch(root: &Path) -> Option<String> {
    let head = crate::base::input::read_text(root.join(".git/HEAD")).ok()?;
    head.trim()
        .strip_prefix("ref: refs/heads/")
        .map(str::to_string)
}

/// Builds the bundle of the tree at `gate.root` with the report of the
/// gate's tree items for that context ([`gate::run_tree`]). A report that does
/// not hold exactly those items, in registry order, is refused
/// ([`BundleError::Report`]).
pub fn bundle(
    gate: &gate::Context,
    facts: &Facts,
    report: &gate::Report,
) -> Result<ReleaseEvidenceBundle, BundleError> {
    let expected: Vec<&str> = gate::registry::ITEMS
        .iter()
        .filter(|i| i.judges_tree())
        .map(|i| i.id)
        .collect();
    let given: Vec<&str> = report.items.iter().map(|i| i.id).collect();
    if given != expected {
        return Err(BundleError::Report(format!(
            "it holds {given:?}, not the tree items {expected:?}"
        )));
    }
    build(gate, facts, report)
}

fn build(
    gate: &gate::Context,
    facts: &Facts,
    report: &gate::Report,
) -> Result<ReleaseEvidenceBundle, BundleError> {
    let root = gate.root.as_path();
    if crate::base::time::parse(&facts.generated_at).is_none() {
        return Err(BundleError::Time(facts.generated_at.clone()));
    }
    // The tree is walked first (without following links, within
    // crate::base::tree::BOUNDS): a tree that cannot be bundled is refused before
    // any other work.
    let walk = |dir: &str| crate::base::tree::files(root, dir, crate::base::tree::BOUNDS);
    let examples = walk("examples")?;
    let skeletons = walk("skeletons")?;
    let contracts = walk("contracts")?;
    let docs = walk("docs")?;
    let blockers: Vec<String> = report
        .items
        .iter()
        .filter(|i| {
            i.status != Status::Pass
                && (i.level == Level::ReleaseBlocking || i.status == Status::Fail)
        })
        .map(|i| {
            format!(
                "gate-{}-{}",
                i.id.to_lowercase(),
                if i.status == Status::Fail {
                    "fails"
                } else {
                    "not-run"
                }
            )
        })
        .collect();
    let maturity = match report.maturity {
        Maturity::Incomplete | Maturity::Prototype => {
            b::ReleaseEvidenceBundleReleaseMaturity::Prototype
        }
        Maturity::BootstrapReady => b::ReleaseEvidenceBundleReleaseMaturity::BootstrapReady,
        Maturity::ProductionBlocked => b::ReleaseEvidenceBundleReleaseMaturity::ProductionBlocked,
        Maturity::ProductionReady => b::ReleaseEvidenceBundleReleaseMaturity::ProductionReady,
    };
    let production_ready = report.maturity == Maturity::ProductionReady;
    let (mut strict, mut mutable) = (Vec::new(), Vec::new());
    for file in with_suffix(&examples, ".agent-pod.json") {
        let bytes = read(file)?;
        // Read as every document is: the strict parser, then the type.
        let pinned = crate::base::json::parse(&bytes, crate::base::json::Limits::default())
            .ok()
            .and_then(|value| serde_json::from_value::<AgentPod>(value).ok())
            .is_some_and(|pod| crate::rules::supply_chain::check(&pod, true).0.is_empty());
        let e = entry_of(file, &bytes)?;
        if pinned {
            strict.push(e)
        } else {
            mutable.push(e)
        }
    }
    let rendered: Vec<b::ReleaseEvidenceBundleRenderedArtifactsItem> = skeletons
        .iter()
        .map(|p| {
            let path = &p.rel;
            let kind = match () {
                _ if path.ends_with(".receipt.json") => "DeploymentReceipt",
                _ if path.ends_with(".plan.json") => "AgentPodDeploymentPlan",
                _ if path.ends_with(".container") => "QuadletContainer",
                _ => "KubernetesYaml",
            };
            Ok(b::ReleaseEvidenceBundleRenderedArtifactsItem {
                name: path.rsplit('/').next().unwrap_or_default().to_string(),
                artifact_kind: kind.to_string(),
                path: Some(Nullable::Value(path.clone())),
                digest: typed("renderedArtifacts.digest", &digest_bytes(&read(p)?))?,
            })
        })
        .collect::<Result<_, BundleError>>()?;
    let inventory = |walked: &[TreeFile], suffix: &str| -> Result<Vec<_>, BundleError> {
        with_suffix(walked, suffix).map(entry).collect()
    };
    let inventory_schemas = inventory(&contracts, ".schema.json")?;
    if inventory_schemas.is_empty() {
        return Err(BundleError::NoContracts(root.display().to_string()));
    }
    let inventory_examples = inventory(&examples, ".json")?;
    let inventory_docs = inventory(&docs, ".md")?;
    // CI's word on `make validate` (item V1 of its evidence); never assumed.
    let validation = match gate.evidence.as_ref().and_then(|e| e.get("V1")) {
        Some(s) if s == "pass" => b::ReleaseEvidenceBundleValidationStatus::Passed,
        Some(_) => b::ReleaseEvidenceBundleValidationStatus::Failed,
        None => b::ReleaseEvidenceBundleValidationStatus::NotRun,
    };
    let short: String = facts.commit_sha.chars().take(12).collect();
    let slug: String = facts
        .name
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let blockers = UniqueList::new(blockers).map_err(|e| BundleError::Contract(e.to_string()))?;
    Ok(ReleaseEvidenceBundle {
        spec_version: b::ReleaseEvidenceBundleSpecVersion::X010,
        id: typed(
            "id",
            &format!(
                "urn:srcos:agent-machine:release-evidence-bundle:{}-{short}",
                slug.trim_matches('-')
            ),
        )?,
        kind: b::ReleaseEvidenceBundleKind::ReleaseEvidenceBundle,
        release: b::ReleaseEvidenceBundleRelease {
            name: facts.name.clone(),
            maturity,
            production_ready,
            notes: Some(
                List::new(RELEASE_NOTES.iter().map(|n| n.to_string()).collect()).expect("any list"),
            ),
        },
        source: b::ReleaseEvidenceBundleSource {
            repository: facts.repository.clone(),
            branch: facts.branch.clone(),
            commit_sha: typed("source.commitSha", &facts.commit_sha)?,
            pull_request: Some(Nullable::Null),
        },
        validation: b::ReleaseEvidenceBundleValidation {
            canonical_command: "make validate".into(),
            status: validation,
            workflow_run_id: None,
            workflow_job_name: None,
            validated_at: None,
        },
        inventories: b::ReleaseEvidenceBundleInventories {
            schemas: List::new(inventory_schemas).expect("any list"),
            examples: List::new(inventory_examples).expect("any list"),
            docs: List::new(inventory_docs).expect("any list"),
        },
        rendered_artifacts: List::new(rendered).expect("any list"),
        supply_chain: b::ReleaseEvidenceBundleSupplyChain {
            strict_mode_available: true,
            strict_examples: List::new(strict).expect("any list"),
            mutable_bootstrap_examples: List::new(mutable).expect("any list"),
        },
        readiness: b::ReleaseEvidenceBundleReadiness {
            bootstrap_ready: report.maturity >= Maturity::BootstrapReady,
            production_ready,
            release_gate_ref: "docs/architecture/world-class-release-gate.md".into(),
            status_ref: Some(Nullable::Null),
        },
        known_blockers: blockers,
        receipt_safety: ReceiptSafety::default(),
        generated_at: facts.generated_at.clone(),
    })
}

/// What every bundle says about rolling back, wiping and authorization.
const RELEASE_NOTES: [&str; 3] = [
    "Rollback: re-render from the previous release's AgentPods and skeletons, stop the unit (systemctl --user stop <name>.service) or delete the manifests, then apply the previous artifacts; receipts identify exactly which artifact ran.",
    "Wipe: follow the StorageReceipts' wipe requirements (lifecycle.wipeReceiptRequired) before reusing a cache volume; emit wipe evidence with agent-machine evidence emit --event wipe.",
    "Render output is never authorization: activation requires an allowed ActivationDecision.",
];

/// A minisign key pair as the two files minisign writes.
#[derive(Clone, Debug)]
pub struct KeyFiles {
    /// The public key file (`untrusted comment: …` + base64).
    pub public: String,
    /// The unencrypted secret key file. Keep it secret.
    pub secret: String,
}

/// Why signing or verification failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    /// A key or signature file is not in minisign format.
    #[error("not a minisign {0}: {1}")]
    Format(&'static str, String),
    /// The signature does not verify.
    #[error("the signature does not verify: {0}")]
    Verify(String),
    /// The envelope does not match the bundle, signature or key.
    #[error("the envelope does not match: {0}")]
    Envelope(String),
    /// What the envelope claims contradicts the verification just done:
    /// every contradicting field, by its JSON pointer.
    #[error("the envelope contradicts what was verified: {}", joined(.0))]
    Contradicts(Vec<Contradiction>),
}

/// One field of an envelope that contradicts the verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contradiction {
    /// JSON pointer of the field in the envelope.
    pub pointer: &'static str,
    /// What it claims, and what was verified instead.
    pub message: String,
}

impl std::fmt::Display for Contradiction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

fn contradict(out: &mut Vec<Contradiction>, pointer: &'static str, message: String) {
    out.push(Contradiction { pointer, message });
}

/// A value from an envelope in a message: JSON (quoted, control characters
/// escaped), cut short.
fn shown(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 120 {
        format!("{}…", text.chars().take(120).collect::<String>())
    } else {
        text
    }
}

/// A contradiction when the envelope's value at `pointer` (absent reads as
/// null) is not `expected`.
fn expect(
    out: &mut Vec<Contradiction>,
    claims: &Value,
    pointer: &'static str,
    expected: Value,
    why: String,
) {
    let claimed = claims.pointer(pointer).cloned().unwrap_or(Value::Null);
    if claimed != expected {
        contradict(
            out,
            pointer,
            format!("claims {}, but {why}", shown(&claimed)),
        );
    }
}

fn joined(c: &[Contradiction]) -> String {
    c.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A new Ed25519 minisign key pair (unencrypted secret key).
pub fn keygen() -> Result<KeyFiles, SignError> {
    let pair = minisign::KeyPair::generate_unencrypted_keypair()
        .map_err(|e| SignError::Format("key pair", e.to_string()))?;
    let public = pair
        .pk
        .to_box()
        .map_err(|e| SignError::Format("public key", e.to_string()))?
        .into_string();
    let secret = pair
        .sk
        .to_box(Some("agent-machine release signing key"))
        .map_err(|e| SignError::Format("secret key", e.to_string()))?
        .into_string();
    Ok(KeyFiles { public, secret })
}

impl From<crate::release::signature::SignatureError> for SignError {
    fn from(e: crate::release::signature::SignatureError) -> Self {
        match e {
            crate::release::signature::SignatureError::Format(what, why) => {
                SignError::Format(what, why)
            }
            crate::release::signature::SignatureError::Verify(why) => SignError::Verify(why),
        }
    }
}

/// The notes `sign` writes into every envelope (and `verify` requires).
pub const ENVELOPE_NOTES: &[&str] =
    &["Verify offline: minisign -Vm <bundle> -p <public key>, or agent-machine release verify."];

/// The envelope id `sign` derives from the bundle's `id` (its last
/// `:`-separated segment, under the envelope's URN prefix).
pub fn envelope_id(bundle: &Value) -> String {
    let tail = bundle["id"]
        .as_str()
        .unwrap_or_default()
        .rsplit(':')
        .next()
        .unwrap_or("bundle");
    format!("urn:srcos:agent-machine:signed-release-bundle-envelope:{tail}")
}

/// Signs the bundle file's exact bytes. Returns the `.minisig` text and the
/// SignedReleaseBundleEnvelope describing it.
pub fn sign(
    bundle_bytes: &[u8],
    secret_key: &str,
    signature_ref: &str,
) -> Result<(String, crate::contracts::SignedReleaseBundleEnvelope), SignError> {
    let bundle: Value =
        crate::base::json::parse(bundle_bytes, crate::base::json::Limits::default())
            .map_err(|e| SignError::Envelope(format!("the bundle is not JSON: {e}")))?;
    let subject_digest =
        crate::base::canonical::digest(&bundle).map_err(|e| SignError::Envelope(e.to_string()))?;
    let trusted = format!("agent-machine release bundle {subject_digest}");
    // Only a release evidence bundle is signed: the envelope names its id,
    // commit and time, read through its contract.
    let subject: ReleaseEvidenceBundle = serde_json::from_value(bundle.clone()).map_err(|e| {
        SignError::Envelope(format!("the bundle is not a ReleaseEvidenceBundle: {e}"))
    })?;
    let (signature, key_id) = crate::release::signature::sign(bundle_bytes, secret_key, &trusted)?;
    fn signed_field<T: std::str::FromStr>(field: &str, value: &str) -> Result<T, SignError>
    where
        T::Err: std::fmt::Display,
    {
        crate::contracts::wire::typed(field, value).map_err(SignError::Envelope)
    }
    let envelope = s::SignedReleaseBundleEnvelope {
        spec_version: s::SignedReleaseBundleEnvelopeSpecVersion::X010,
        id: signed_field("id", &envelope_id(&bundle))?,
        kind: s::SignedReleaseBundleEnvelopeKind::SignedReleaseBundleEnvelope,
        subject: s::SignedReleaseBundleEnvelopeSubject {
            subject_kind: s::SignedReleaseBundleEnvelopeSubjectSubjectKind::ReleaseEvidenceBundle,
            subject_ref: subject.id.to_string(),
            subject_digest: signed_field("subject.subjectDigest", &subject_digest)?,
            source_commit_sha: Some(Nullable::Value(signed_field(
                "subject.sourceCommitSha",
                subject.source.commit_sha.as_str(),
            )?)),
            workflow_run_id: Some(Nullable::Null),
        },
        signature: s::SignedReleaseBundleEnvelopeSignature {
            status: s::SignedReleaseBundleEnvelopeSignatureStatus::Signed,
            algorithm: Some(s::SignedReleaseBundleEnvelopeSignatureAlgorithm::Minisign),
            key_ref: Some(format!("minisign:{key_id}")),
            signature_digest: Some(signed_field(
                "signature.signatureDigest",
                &digest_bytes(signature.as_bytes()),
            )?),
            signature_ref: Some(signature_ref.to_string()),
            transparency_log_ref: Some(Nullable::Null),
            certificate_ref: Some(Nullable::Null),
        },
        verification: s::SignedReleaseBundleEnvelopeVerification {
            verified: true,
            verification_status:
                s::SignedReleaseBundleEnvelopeVerificationVerificationStatus::Passed,
            verified_at: None,
            verifier_version: Some(format!("agent-machine {}", crate::VERSION)),
            failure_reason: None,
        },
        receipt_safety: ReceiptSafety::default(),
        generated_at: subject.generated_at,
        notes: Some(
            List::new(ENVELOPE_NOTES.iter().map(|n| n.to_string()).collect()).expect("any list"),
        ),
    };
    // The envelope is held to the same checks as any other: what it claims
    // is what was just verified.
    verify_as(
        bundle_bytes,
        &signature,
        &crate::release::signature::public_key_of(secret_key)?,
        Some(&envelope),
        Some(signature_ref),
    )?;
    Ok((signature, envelope))
}

/// Verifies the bundle's bytes against a `.minisig` and a public key, and —
/// when given — that the envelope describes exactly this bundle, signature
/// and key, and claims `signed` and a passed verification only because the
/// signature verifies. [`verify_as`] with the signature's name unknown.
pub fn verify(
    bundle_bytes: &[u8],
    signature: &str,
    public_key: &str,
    envelope: Option<&crate::contracts::SignedReleaseBundleEnvelope>,
) -> Result<(), SignError> {
    verify_as(bundle_bytes, signature, public_key, envelope, None)
}

/// [`verify`], knowing the file name the signature was read from
/// (`signature_ref`), which the envelope's `signatureRef` must name.
///
/// Every field of the envelope that can be checked against the bundle, the
/// signature or the key is compared with what `sign` derives from them;
/// every mismatch is named by its pointer ([`SignError::Contradicts`]):
///
/// | pointer | must be |
/// |---|---|
/// | `/id` | derived from the bundle's `id` as `sign` derives it ([`envelope_id`]) |
/// | `/subject/subjectRef` | the bundle's `id` |
/// | `/subject/subjectDigest` | the bundle's canonical digest |
/// | `/subject/sourceCommitSha` | the bundle's `source.commitSha` (null or absent only when the bundle states none) |
/// | `/subject/workflowRunId` | the bundle's `validation.workflowRunId` (null when it has none) |
/// | `/signature/algorithm` | `minisign` |
/// | `/signature/keyRef` | `minisign:<key id>` of the key that verified |
/// | `/signature/signatureDigest` | this signature's digest |
/// | `/signature/signatureRef` | the signature's file name, when known; otherwise stated |
/// | `/signature/transparencyLogRef`, `/signature/certificateRef` | null: a minisign signature has neither, and nothing here could check one |
/// | `/verification/verified`, `/verification/verificationStatus` | `true`, `passed` |
/// | `/verification/verifiedAt` | null, or an RFC 3339 time not before the bundle's `generatedAt` |
/// | `/verification/failureReason` | null (the verification passed) |
/// | `/generatedAt` | the bundle's `generatedAt` |
/// | `/notes` | [`ENVELOPE_NOTES`] |
///
/// `verifierVersion` is free (an envelope may come from another release of
/// this tool). An envelope that claims no signature (`unsigned`,
/// `signed-placeholder`) does not describe this one: it is refused on
/// `/signature/status` alone.
pub fn verify_as(
    bundle_bytes: &[u8],
    signature: &str,
    public_key: &str,
    envelope: Option<&crate::contracts::SignedReleaseBundleEnvelope>,
    signature_ref: Option<&str>,
) -> Result<(), SignError> {
    let (key_id, _) = crate::release::signature::verify(bundle_bytes, signature, public_key)?;
    let Some(env) = envelope else {
        return Ok(());
    };
    let bundle: Value =
        crate::base::json::parse(bundle_bytes, crate::base::json::Limits::default())
            .map_err(|e| SignError::Envelope(format!("the bundle is not JSON: {e}")))?;
    let digest =
        crate::base::canonical::digest(&bundle).map_err(|e| SignError::Envelope(e.to_string()))?;
    let s = &env.signature;
    let status = s.status.to_string();
    if status != "signed" {
        return Err(SignError::Contradicts(vec![Contradiction {
            pointer: "/signature/status",
            message: format!(
                "the envelope is {status}: it does not claim a minisign signature, and one verifies"
            ),
        }]));
    }
    let mut out = Vec::new();
    let claims = serde_json::to_value(env).map_err(|e| SignError::Envelope(e.to_string()))?;
    let claim = |pointer: &str| claims.pointer(pointer).cloned().unwrap_or(Value::Null);
    expect(
        &mut out,
        &claims,
        "/id",
        Value::String(envelope_id(&bundle)),
        format!(
            "the envelope of this bundle is {} (derived from the bundle's id)",
            envelope_id(&bundle)
        ),
    );
    expect(
        &mut out,
        &claims,
        "/subject/subjectRef",
        bundle["id"].clone(),
        format!("the signed bundle's id is {}", shown(&bundle["id"])),
    );
    if env.subject.subject_digest.as_str() != digest {
        contradict(
            &mut out,
            "/subject/subjectDigest",
            format!(
                "claims {}, but the signed bundle's digest is {digest}",
                env.subject.subject_digest.as_str()
            ),
        );
    }
    let commit = bundle["source"]["commitSha"].clone();
    match (claim("/subject/sourceCommitSha"), commit.as_str()) {
        (claimed, Some(built)) if claimed.as_str() != Some(built) => contradict(
            &mut out,
            "/subject/sourceCommitSha",
            format!(
                "claims {}, but the signed bundle was built from {built}",
                if claimed.is_null() {
                    "no commit".to_string()
                } else {
                    shown(&claimed)
                }
            ),
        ),
        (claimed, None) if !claimed.is_null() => contradict(
            &mut out,
            "/subject/sourceCommitSha",
            format!(
                "claims {}, but the signed bundle states no source.commitSha",
                shown(&claimed)
            ),
        ),
        _ => {}
    }
    let run = bundle["validation"]["workflowRunId"].clone();
    expect(
        &mut out,
        &claims,
        "/subject/workflowRunId",
        run.clone(),
        format!(
            "the signed bundle's validation.workflowRunId is {}",
            shown(&run)
        ),
    );
    let algorithm = s.algorithm.map(|a| a.to_string());
    if algorithm.as_deref() != Some("minisign") {
        contradict(
            &mut out,
            "/signature/algorithm",
            format!(
                "claims {}, but a minisign signature verified",
                algorithm.as_deref().unwrap_or("null")
            ),
        );
    }
    let key_ref = format!("minisign:{key_id}");
    if s.key_ref.as_deref() != Some(key_ref.as_str()) {
        contradict(
            &mut out,
            "/signature/keyRef",
            format!(
                "names {}, but the key that verified is {key_ref}",
                // Free text from the envelope: quoted, control characters escaped.
                s.key_ref
                    .as_deref()
                    .map_or("null".to_string(), |k| format!("{k:?}"))
            ),
        );
    }
    let signature_digest = digest_bytes(signature.as_bytes());
    let claimed = s.signature_digest.as_ref().map(|d| d.as_str());
    if claimed != Some(signature_digest.as_str()) {
        contradict(
            &mut out,
            "/signature/signatureDigest",
            format!(
                "claims {}, but this signature's digest is {signature_digest}",
                claimed.unwrap_or("null")
            ),
        );
    }
    let named = claim("/signature/signatureRef");
    match signature_ref {
        Some(file) if named.as_str() != Some(file) => contradict(
            &mut out,
            "/signature/signatureRef",
            format!(
                "names {}, but the signature verified is {file:?}",
                shown(&named)
            ),
        ),
        None if !named.is_string() => contradict(
            &mut out,
            "/signature/signatureRef",
            "names no signature, but one verifies".into(),
        ),
        _ => {}
    }
    for pointer in ["/signature/transparencyLogRef", "/signature/certificateRef"] {
        let claimed = claim(pointer);
        if !claimed.is_null() {
            contradict(
                &mut out,
                pointer,
                format!(
                    "claims {}, but a minisign signature has no transparency-log entry or \
                     certificate, and none was checked (it is null)",
                    shown(&claimed)
                ),
            );
        }
    }
    let v = &env.verification;
    if !v.verified {
        contradict(
            &mut out,
            "/verification/verified",
            "claims false, but the signature verifies".into(),
        );
    }
    let verification_status = v.verification_status.to_string();
    if verification_status != "passed" {
        contradict(
            &mut out,
            "/verification/verificationStatus",
            format!("claims {verification_status}, but the verification passed"),
        );
    }
    let generated_at = bundle["generatedAt"].clone();
    if let Some(at) = v.verified_at.as_deref() {
        let before_bundle = match (
            crate::base::time::parse(at),
            generated_at.as_str().and_then(crate::base::time::parse),
        ) {
            (None, _) => Some("is not an RFC 3339 timestamp".to_string()),
            (Some(at), Some(made)) if at < made => Some(format!(
                "is before the signed bundle was generated ({})",
                shown(&generated_at)
            )),
            _ => None,
        };
        if let Some(why) = before_bundle {
            contradict(
                &mut out,
                "/verification/verifiedAt",
                format!("claims {at:?}, which {why}"),
            );
        }
    }
    if v.failure_reason
        .as_ref()
        .and_then(|r| r.as_option())
        .is_some()
    {
        contradict(
            &mut out,
            "/verification/failureReason",
            "states a failure, but the verification passed (it is null when it passed)".into(),
        );
    }
    expect(
        &mut out,
        &claims,
        "/generatedAt",
        generated_at.clone(),
        format!(
            "the signed bundle was generated at {}",
            shown(&generated_at)
        ),
    );
    expect(
        &mut out,
        &claims,
        "/notes",
        json!(ENVELOPE_NOTES),
        "the notes are the fixed ones `release sign` writes".into(),
    );
    if out.is_empty() {
        Ok(())
    } else {
        Err(SignError::Contradicts(out))
    }
}
