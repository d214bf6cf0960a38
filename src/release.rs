//! The release evidence bundle: a deterministic ReleaseEvidenceBundle of
//! the tree — schema, example and doc inventories (each file's sha256 over
//! its raw bytes), rendered-artifact digests, the gate's results and the
//! blockers they leave, the supply-chain posture of the examples, and
//! rollback and wipe instructions. Commit, branch and time come from the
//! caller (git or explicit flags), never from the clock, and no path of the
//! machine enters it: two checkouts of one commit give identical bundles.
//! The gate results it carries are every item but E1 (which checks the
//! bundle itself).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::canonical::digest_bytes;
use crate::contracts::{AgentPod, ReleaseEvidenceBundle};
use crate::gate::{self, Level, Maturity, Status};

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
    /// The time is not RFC 3339.
    #[error("--generated-at {0:?} is not an RFC 3339 timestamp")]
    Time(String),
}

fn files(root: &Path, dir: &str, suffix: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out)
                } else {
                    out.push(p)
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&root.join(dir), &mut out);
    out.retain(|p| p.to_string_lossy().ends_with(suffix));
    out.sort();
    out
}

fn entry(root: &Path, path: &Path) -> Result<Value, BundleError> {
    let rel = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let bytes = crate::input::read_file_limited(path, crate::json::DEFAULT_MAX_BYTES)
        .map_err(|e| BundleError::Unreadable(format!("{rel}: {e}")))?;
    Ok(json!({"path": rel, "digest": digest_bytes(&bytes)}))
}

/// The commit checked out at `root`, read from `.git` (no git process).
pub fn git_commit(root: &Path) -> Option<String> {
    let head = crate::input::read_text(root.join(".git/HEAD")).ok()?;
    let head = head.trim();
    let sha = match head.strip_prefix("ref: ") {
        None => head.to_string(),
        Some(reference) => match crate::input::read_text(root.join(".git").join(reference)) {
            Ok(s) => s.trim().to_string(),
            Err(_) => crate::input::read_text(root.join(".git/packed-refs"))
                .ok()?
                .lines()
                .find_map(|l| l.strip_suffix(reference).map(|s| s.trim().to_string()))?,
        },
    };
    (sha.len() == 40 && sha.bytes().all(|b| b.is_ascii_hexdigit())).then_some(sha)
}

/// The branch checked out at `root`, read from `.git/HEAD`.
pub fn git_branch(root: &Path) -> Option<String> {
    let head = crate::input::read_text(root.join(".git/HEAD")).ok()?;
    head.trim()
        .strip_prefix("ref: refs/heads/")
        .map(str::to_string)
}

/// Builds the bundle of the tree at `root`.
pub fn bundle(gate: &gate::Context, facts: &Facts) -> Result<ReleaseEvidenceBundle, BundleError> {
    let root = gate.root.as_path();
    if crate::time::parse(&facts.generated_at).is_none() {
        return Err(BundleError::Time(facts.generated_at.clone()));
    }
    // Every gate item but E1, which is about this bundle itself.
    let report = gate::run_items(gate, |id| id != "E1");
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
        Maturity::Incomplete | Maturity::Prototype => "prototype",
        Maturity::BootstrapReady => "bootstrap-ready",
        Maturity::ProductionBlocked => "production-blocked",
        Maturity::ProductionReady => "production-ready",
    };
    let production_ready = report.maturity == Maturity::ProductionReady;
    let (mut strict, mut mutable) = (Vec::new(), Vec::new());
    for path in files(root, "examples", ".agent-pod.json") {
        let pinned = crate::input::read_text(&path)
            .ok()
            .and_then(|t| serde_json::from_str::<AgentPod>(&t).ok())
            .is_some_and(|pod| crate::supply_chain::check(&pod, true).0.is_empty());
        if pinned {
            strict.push(entry(root, &path)?)
        } else {
            mutable.push(entry(root, &path)?)
        }
    }
    let rendered: Vec<Value> = files(root, "skeletons", "")
        .iter()
        .map(|p| {
            let e = entry(root, p)?;
            let path = e["path"].as_str().unwrap_or_default().to_string();
            let kind = match () {
                _ if path.ends_with(".receipt.json") => "DeploymentReceipt",
                _ if path.ends_with(".plan.json") => "AgentPodDeploymentPlan",
                _ if path.ends_with(".container") => "QuadletContainer",
                _ => "KubernetesYaml",
            };
            Ok(json!({"name": path.rsplit('/').next().unwrap_or_default(), "artifactKind": kind, "path": path, "digest": e["digest"]}))
        })
        .collect::<Result<_, BundleError>>()?;
    let inventory = |dir: &str, suffix: &str| -> Result<Vec<Value>, BundleError> {
        files(root, dir, suffix)
            .iter()
            .map(|p| entry(root, p))
            .collect()
    };
    let inventory_schemas = inventory("contracts", ".schema.json")?;
    if inventory_schemas.is_empty() {
        return Err(BundleError::NoContracts(root.display().to_string()));
    }
    let inventory_examples = inventory("examples", ".json")?;
    let inventory_docs = inventory("docs", ".md")?;
    // CI's word on `make validate` (item V1 of its evidence); never assumed.
    let validation = match gate.evidence.as_ref().and_then(|e| e.get("V1")) {
        Some(s) if s == "pass" => "passed",
        Some(_) => "failed",
        None => "not-run",
    };
    let short: String = facts.commit_sha.chars().take(12).collect();
    let slug: String = facts
        .name
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let value = json!({
        "specVersion": "0.1.0",
        "id": format!("urn:srcos:agent-machine:release-evidence-bundle:{}-{short}", slug.trim_matches('-')),
        "kind": "ReleaseEvidenceBundle",
        "release": {
            "name": facts.name,
            "maturity": maturity,
            "productionReady": production_ready,
            "notes": [
                "Rollback: re-render from the previous release's AgentPods and skeletons, stop the unit (systemctl --user stop <name>.service) or delete the manifests, then apply the previous artifacts; receipts identify exactly which artifact ran.",
                "Wipe: follow the StorageReceipts' wipe requirements (lifecycle.wipeReceiptRequired) before reusing a cache volume; emit wipe evidence with agent-machine evidence emit --event wipe.",
                "Render output is never authorization: activation requires an allowed ActivationDecision."
            ]
        },
        "source": {"repository": facts.repository, "branch": facts.branch, "commitSha": facts.commit_sha, "pullRequest": null},
        "validation": {"canonicalCommand": "make validate", "status": validation, "workflowRunId": null, "workflowJobName": null},
        "inventories": {
            "schemas": inventory_schemas,
            "examples": inventory_examples,
            "docs": inventory_docs
        },
        "renderedArtifacts": rendered,
        "supplyChain": {"strictModeAvailable": true, "strictExamples": strict, "mutableBootstrapExamples": mutable},
        "readiness": {
            "bootstrapReady": report.maturity >= Maturity::BootstrapReady,
            "productionReady": production_ready,
            "releaseGateRef": "docs/architecture/world-class-release-gate.md",
            "statusRef": null
        },
        "knownBlockers": blockers,
        "receiptSafety": {
            "includeRawContent": false, "rawPromptContentIncluded": false, "rawKvCacheContentIncluded": false,
            "secretValuesIncluded": false, "privateMemoryIncluded": false
        },
        "generatedAt": facts.generated_at
    });
    serde_json::from_value(value).map_err(|e| BundleError::Contract(e.to_string()))
}

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

/// The key id as minisign prints it (16 upper-case hex digits).
fn key_id(keynum: &[u8]) -> String {
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&keynum[..8]);
    format!("{:016X}", u64::from_le_bytes(bytes))
}

/// Signs the bundle file's exact bytes. Returns the `.minisig` text and the
/// SignedReleaseBundleEnvelope describing it.
pub fn sign(
    bundle_bytes: &[u8],
    secret_key: &str,
    signature_ref: &str,
) -> Result<(String, crate::contracts::SignedReleaseBundleEnvelope), SignError> {
    let sk = minisign::SecretKeyBox::from_string(secret_key)
        .and_then(|b| b.into_unencrypted_secret_key())
        .map_err(|e| SignError::Format("secret key", e.to_string()))?;
    let pk = minisign::PublicKey::from_secret_key(&sk)
        .map_err(|e| SignError::Format("secret key", e.to_string()))?;
    let bundle: Value = crate::json::parse(bundle_bytes, crate::json::Limits::default())
        .map_err(|e| SignError::Envelope(format!("the bundle is not JSON: {e}")))?;
    let subject_digest =
        crate::canonical::digest(&bundle).map_err(|e| SignError::Envelope(e.to_string()))?;
    let trusted = format!("agent-machine release bundle {subject_digest}");
    let signature = minisign::sign(
        Some(&pk),
        &sk,
        std::io::Cursor::new(bundle_bytes),
        Some(&trusted),
        None,
    )
    .map_err(|e| SignError::Verify(e.to_string()))?
    .into_string();
    let id_tail = bundle["id"]
        .as_str()
        .unwrap_or_default()
        .rsplit(':')
        .next()
        .unwrap_or("bundle")
        .to_string();
    let envelope = json!({
        "specVersion": "0.1.0",
        "id": format!("urn:srcos:agent-machine:signed-release-bundle-envelope:{id_tail}"),
        "kind": "SignedReleaseBundleEnvelope",
        "subject": {
            "subjectKind": "ReleaseEvidenceBundle",
            "subjectRef": bundle["id"],
            "subjectDigest": subject_digest,
            "sourceCommitSha": bundle["source"]["commitSha"],
            "workflowRunId": null
        },
        "signature": {
            "status": "signed",
            "algorithm": "minisign",
            "keyRef": format!("minisign:{}", key_id(pk.keynum())),
            "signatureDigest": digest_bytes(signature.as_bytes()),
            "signatureRef": signature_ref,
            "transparencyLogRef": null,
            "certificateRef": null
        },
        "verification": {
            "verified": true,
            "verificationStatus": "passed",
            "verifiedAt": null,
            "verifierVersion": format!("agent-machine {}", crate::VERSION)
        },
        "receiptSafety": {
            "includeRawContent": false, "rawPromptContentIncluded": false, "rawKvCacheContentIncluded": false,
            "secretValuesIncluded": false, "privateMemoryIncluded": false
        },
        "generatedAt": bundle["generatedAt"],
        "notes": ["Verify offline: minisign -Vm <bundle> -p <public key>, or agent-machine release verify."]
    });
    let envelope =
        serde_json::from_value(envelope).map_err(|e| SignError::Envelope(e.to_string()))?;
    verify(
        bundle_bytes,
        &signature,
        &pk.to_box()
            .map_err(|e| SignError::Format("public key", e.to_string()))?
            .into_string(),
        None,
    )?;
    Ok((signature, envelope))
}

/// Verifies the bundle's bytes against a `.minisig` and a public key, and —
/// when given — that the envelope describes exactly this bundle, signature
/// and key, and claims `signed` only because the signature verifies.
pub fn verify(
    bundle_bytes: &[u8],
    signature: &str,
    public_key: &str,
    envelope: Option<&crate::contracts::SignedReleaseBundleEnvelope>,
) -> Result<(), SignError> {
    let pk = minisign::PublicKeyBox::from_string(public_key)
        .and_then(|b| b.into_public_key())
        .map_err(|e| SignError::Format("public key", e.to_string()))?;
    let sig = minisign::SignatureBox::from_string(signature)
        .map_err(|e| SignError::Format("signature", e.to_string()))?;
    minisign::verify(
        &pk,
        &sig,
        std::io::Cursor::new(bundle_bytes),
        true,
        false,
        false,
    )
    .map_err(|e| SignError::Verify(e.to_string()))?;
    if let Some(env) = envelope {
        let bundle: Value = crate::json::parse(bundle_bytes, crate::json::Limits::default())
            .map_err(|e| SignError::Envelope(format!("the bundle is not JSON: {e}")))?;
        let digest =
            crate::canonical::digest(&bundle).map_err(|e| SignError::Envelope(e.to_string()))?;
        let s = &env.signature;
        if env.subject.subject_digest.as_str() != digest {
            return Err(SignError::Envelope(format!(
                "subjectDigest is not the bundle's digest {digest}"
            )));
        }
        if s.status.to_string() != "signed"
            || s.algorithm.map(|a| a.to_string()).as_deref() != Some("minisign")
        {
            return Err(SignError::Envelope(
                "the envelope does not claim a minisign signature".into(),
            ));
        }
        if s.signature_digest.as_ref().map(|d| d.as_str())
            != Some(digest_bytes(signature.as_bytes()).as_str())
        {
            return Err(SignError::Envelope(
                "signatureDigest is not this signature's digest".into(),
            ));
        }
        if s.key_ref.as_deref() != Some(format!("minisign:{}", key_id(pk.keynum())).as_str()) {
            return Err(SignError::Envelope("keyRef names another key".into()));
        }
    }
    Ok(())
}
