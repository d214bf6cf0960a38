//! The safety items (S1–S9): the posture of every skeleton, secret-free
//! receipts, the strict supply chain and the hostile table.

#[allow(unused_imports)]
use super::*;
use crate::release::gate::{Check, Item};

/// The items of this area, in report order.
pub static ITEMS: [Item; 9] = [
    Item {
        id: "S1",
        home: "skeletons/",
        area: "safety",
        level: X,
        requirement: "no privileged mode in any skeleton or render (every file under skeletons/: an orphan fails)",
        remediation: "remove the privilege; re-render; delete any file under skeletons/ that no example renders to (skeletons bless)",
        ci: false,
        check: Check::Tree(|ctx: &Context| posture(ctx, "S1")),
    },
    Item {
        id: "S2",
        home: "skeletons/quadlet/",
        area: "safety",
        level: X,
        requirement: "no host network in local skeletons (every file under skeletons/: an orphan fails)",
        remediation: "use networkMode loopback, slirp4netns or none; delete any file under skeletons/ that no example renders to (skeletons bless)",
        ci: false,
        check: Check::Tree(|ctx: &Context| posture(ctx, "S2")),
    },
    Item {
        id: "S3",
        home: "skeletons/quadlet/",
        area: "safety",
        level: X,
        requirement: "local renderers expose loopback only by default (every file under skeletons/: an orphan fails)",
        remediation: "publish on 127.0.0.1, or supply an admission that allows wider exposure; delete any file under skeletons/ that no example renders to (skeletons bless)",
        ci: false,
        check: Check::Tree(|ctx: &Context| posture(ctx, "S3")),
    },
    Item {
        id: "S4",
        home: "skeletons/k8s/",
        area: "safety",
        level: X,
        requirement: "Kubernetes services are ClusterIP and egress is default-deny (every file under skeletons/: an orphan fails)",
        remediation: "keep the ClusterIP Service and the default-deny NetworkPolicy; delete any file under skeletons/ that no example renders to (skeletons bless)",
        ci: false,
        check: Check::Tree(|ctx: &Context| posture(ctx, "S4")),
    },
    Item {
        id: "S5",
        home: "skeletons/",
        area: "safety",
        level: X,
        requirement: "model mounts are read-only (every file under skeletons/: an orphan fails)",
        remediation: "mount model volumes read-only; delete any file under skeletons/ that no example renders to (skeletons bless)",
        ci: false,
        check: Check::Tree(|ctx: &Context| posture(ctx, "S5")),
    },
    Item {
        id: "S6",
        home: "examples/",
        area: "safety",
        level: X,
        requirement: "receipts and evidence carry no raw prompt, KV-cache, private memory or secret, in any value, key or key=value pair (prompt-like and cache-dump-like text and encoded blobs included) (every file under skeletons/: an orphan fails)",
        remediation: "remove the secret-shaped value or raw content; receipts carry refs and digests only; delete any file under skeletons/ that no example renders to (skeletons bless)",
        ci: false,
        check: Check::Tree(secret_free_receipts),
    },
    Item {
        id: "S7",
        home: "skeletons/",
        area: "safety",
        level: X,
        requirement: "Pods meet Pod Security Standards restricted; Quadlet units add no capabilities and stay inside the posture allow-lists (every file under skeletons/: an orphan fails)",
        remediation: "restore the hardening the evidence names; delete any file under skeletons/ that no example renders to (skeletons bless)",
        ci: false,
        check: Check::Tree(|ctx: &Context| posture(ctx, "S7")),
    },
    Item {
        id: "S8",
        home: "examples/",
        area: "safety",
        level: X,
        requirement: "release-candidate images are digest-pinned with SBOM and provenance refs",
        remediation: "pin name@sha256, set imageDigest, imageReferencePolicy, sbomRef and provenanceRef",
        ci: false,
        check: Check::Tree(strict_supply_chain),
    },
    Item {
        id: "S9",
        home: "src/release/gate/hostile.rs",
        area: "safety",
        level: X,
        requirement: "every hostile AgentPod is refused with its pointer and rule, or renders to artifacts inside the posture allow-lists (effective podman command, Kubernetes fields)",
        remediation: "restore the grammar or guard that lets the case through (src/base/grammar.rs, src/rules/semantics.rs, src/rules/posture.rs); never weaken the case",
        ci: false,
        check: Check::Tree(hostile_table),
    },
];

/// One entry under `skeletons/`, as the safety items see it.
#[derive(Clone, Debug)]
pub struct Skeleton {
    /// Its path relative to the root, with `/` separators.
    pub rel: String,
    /// Why it cannot be trusted as a render, whatever it holds: an orphan
    /// (no example renders to it), something that is not a regular file, or
    /// a render whose pod's posture cannot be built.
    pub problem: Option<String>,
    /// `quadlet` or `kubernetes`, and the posture to hold it to: its pod's
    /// (with the storage its CacheTiers resolve to) for a render, the
    /// strictest ([`Posture::default`]: no exposure admitted) for an orphan.
    /// `None` for plans, receipts and other files.
    pub judge: Option<(&'static str, Posture)>,
}

/// Every entry under `skeletons/` — not only those named after an example:
/// a hand-written file beside the renders is exactly what the safety items
/// must see. A file no example renders to is an orphan (a problem, never a
/// skip), judged by the strictest posture as well; a symbolic link, FIFO or
/// device is a problem and is never read; a walk past its bound is a problem.
pub fn inventory(ctx: &Context) -> &[Skeleton] {
    ctx.memo.inventory.get_or_init(|| take_inventory(ctx))
}

fn take_inventory(ctx: &Context) -> Vec<Skeleton> {
    let pods = example_pods(ctx);
    let tiers = example_tiers(ctx);
    // Every path an example renders to: the artifact, and its receipt.
    let mut known: BTreeMap<String, (usize, Option<Artifact>)> = BTreeMap::new();
    for (i, (name, pod)) in pods.iter().enumerate() {
        for artifact in Artifact::ALL
            .into_iter()
            .filter(|a| a.supports(pod.pod_type))
        {
            known.insert(
                skeletons::artifact_path(name, artifact),
                (i, Some(artifact)),
            );
            known.insert(skeletons::receipt_path(name, artifact), (i, None));
        }
    }
    let posture_of = |pod: &AgentPod| -> Result<Posture, String> {
        let storage = crate::rules::volumes::resolve(pod, &tiers).map_err(|e| e.to_string())?;
        Ok(Posture::for_pod(pod, None)
            .map_err(|e| e.to_string())?
            .with_storage(&storage))
    };
    let kind_of = |rel: &str| -> Option<&'static str> {
        if rel.starts_with("skeletons/quadlet/") || rel.ends_with(".container") {
            Some("quadlet")
        } else if rel.starts_with("skeletons/k8s/")
            || rel.ends_with(".yaml")
            || rel.ends_with(".yml")
        {
            Some("kubernetes")
        } else {
            None
        }
    };
    let walked = walk(&ctx.path("skeletons"));
    let mut out = Vec::new();
    for f in &walked.files {
        let rel = rel(ctx, f);
        let entry = match known.get(&rel) {
            Some(&(i, artifact)) => {
                let artifact_kind = match artifact {
                    Some(Artifact::Quadlet) => Some("quadlet"),
                    Some(Artifact::Kubernetes | Artifact::Crd) => Some("kubernetes"),
                    _ => None,
                };
                match artifact_kind.map(|k| (k, posture_of(&pods[i].1))) {
                    None => Skeleton {
                        rel,
                        problem: None,
                        judge: None,
                    },
                    Some((k, Ok(posture))) => Skeleton {
                        rel,
                        problem: None,
                        judge: Some((k, posture)),
                    },
                    Some((k, Err(e))) => Skeleton {
                        problem: Some(format!(
                            "{rel}: the posture of examples/{}.agent-pod.json cannot be built ({e}); judged by the strictest",
                            pods[i].0
                        )),
                        rel,
                        judge: Some((k, Posture::default())),
                    },
                }
            }
            None => Skeleton {
                problem: Some(format!(
                    "{rel}: orphan, no example renders to it (a skeleton is never written by hand: remove it, or add its example and bless)"
                )),
                judge: kind_of(&rel).map(|k| (k, Posture::default())),
                rel,
            },
        };
        out.push(entry);
    }
    for (p, what) in &walked.others {
        let rel = rel(ctx, p);
        out.push(Skeleton {
            problem: Some(format!(
                "{rel} is {what}, not a skeleton file; it is not read"
            )),
            rel,
            judge: None,
        });
    }
    if walked.truncated {
        out.push(Skeleton {
            rel: "skeletons/".into(),
            problem: Some(format!(
                "skeletons/ holds more than {MAX_WALK_ENTRIES} entries or {MAX_WALK_DEPTH} levels; the rest cannot be judged"
            )),
            judge: None,
        });
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}

/// Which safety item answers for a posture rule (on a `quadlet` or
/// `kubernetes` artifact, or on either): every rule of `src/rules/posture.rs` has
/// an item, so no violation found in a skeleton goes unreported.
pub const POSTURE_ITEMS: &[(Rule, Option<&str>, &str)] = &[
    (Rule::Posture(rule::Posture::Privileged), None, "S1"),
    (
        Rule::Posture(rule::Posture::HostNetwork),
        Some("quadlet"),
        "S2",
    ),
    // Pod Security Standards forbid host namespaces (baseline, so restricted).
    (
        Rule::Posture(rule::Posture::HostNetwork),
        Some("kubernetes"),
        "S7",
    ),
    (
        Rule::Posture(rule::Posture::Exposure),
        Some("quadlet"),
        "S3",
    ),
    (
        Rule::Posture(rule::Posture::Exposure),
        Some("kubernetes"),
        "S4",
    ),
    (Rule::Posture(rule::Posture::DefaultDenyEgress), None, "S4"),
    (Rule::Posture(rule::Posture::ReadOnlyModels), None, "S5"),
    (Rule::Posture(rule::Posture::Secret), None, "S6"),
    (Rule::Posture(rule::Posture::Hardening), None, "S7"),
    (Rule::Posture(rule::Posture::Capabilities), None, "S7"),
    (Rule::Posture(rule::Posture::HostPath), None, "S7"),
    (Rule::Posture(rule::Posture::EngineSocket), None, "S7"),
    (Rule::Posture(rule::Posture::Device), None, "S7"),
    (Rule::Posture(rule::Posture::UnitShape), None, "S7"),
    (Rule::Posture(rule::Posture::PodmanFlag), None, "S7"),
    (Rule::Posture(rule::Posture::DuplicateMount), None, "S7"),
    (Rule::Posture(rule::Posture::Image), None, "S7"),
    (Rule::Posture(rule::Posture::MountTarget), None, "S7"),
    (Rule::Posture(rule::Posture::Namespace), None, "S7"),
];

/// The item a violation belongs to ([`POSTURE_ITEMS`]; S7, the allow-list
/// item, for a rule not listed there).
pub fn posture_item(artifact: &str, v: &Finding) -> &'static str {
    POSTURE_ITEMS
        .iter()
        .find(|(rule, only, _)| *rule == v.rule && only.is_none_or(|a| a == artifact))
        .map_or("S7", |(_, _, item)| item)
}

/// How many Quadlet and Kubernetes files were judged, and each violation
/// with its file and artifact kind.
pub type Violations = (usize, Vec<(String, &'static str, Finding)>);

/// Posture violations of every Quadlet and Kubernetes file under
/// `skeletons/` (see [`inventory`]), with the file, and how many were judged.
pub fn posture_violations(ctx: &Context) -> &Violations {
    ctx.memo.posture.get_or_init(|| judge_postures(ctx))
}

fn judge_postures(ctx: &Context) -> Violations {
    let mut out = Vec::new();
    let mut checked = 0;
    for s in inventory(ctx) {
        let Some((artifact, posture)) = &s.judge else {
            continue;
        };
        checked += 1;
        let Ok(text) = crate::base::input::read_text(ctx.path(&s.rel)) else {
            out.push((
                s.rel.clone(),
                *artifact,
                Finding::new(
                    "",
                    Rule::Posture(rule::Posture::UnitShape),
                    format!("{artifact} : cannot be read as UTF-8 text within the input limit"),
                ),
            ));
            continue;
        };
        let found = if *artifact == "quadlet" {
            posture.check_quadlet(&text)
        } else {
            posture.check_kubernetes(&text)
        };
        out.extend(found.into_iter().map(|v| (s.rel.clone(), *artifact, v)));
    }
    (checked, out)
}

/// The problems of the skeleton inventory that every safety item reports:
/// orphans, non-files, an unbuildable posture, a walk past its bound.
fn inventory_problems(ctx: &Context) -> Vec<String> {
    inventory(ctx)
        .iter()
        .filter_map(|s| s.problem.clone())
        .collect()
}

fn violation_line(file: &str, v: &Finding) -> String {
    format!("{file}: [{}] {}", v.rule, v.message)
}

/// S1–S5, S7: the inventory's problems, and the posture violations that
/// belong to `item` ([`posture_item`]), in every file under `skeletons/`.
pub fn posture(ctx: &Context, item: &str) -> Outcome {
    let mut problems = inventory_problems(ctx);
    let (checked, violations) = posture_violations(ctx);
    let checked = *checked;
    problems.extend(
        violations
            .iter()
            .filter(|(_, artifact, v)| posture_item(artifact, v) == item)
            .map(|(file, _, v)| violation_line(file, v)),
    );
    verdict(problems, checked, "parsed-back skeletons")
}

/// S6: receipts and evidence — the examples of those kinds and every JSON
/// file under `skeletons/` — are schema-valid and carry nothing secret-shaped
/// and no raw content (a prompt, a chat transcript, a KV-cache dump, an
/// encoded blob) in any value, key or key–value pair
/// ([`crate::base::secrets::scan_document`]); the Quadlet and Kubernetes skeletons
/// carry no secret (`posture/secret`); and every entry under `skeletons/` is
/// a render of an example ([`inventory`]).
pub fn secret_free_receipts(ctx: &Context) -> Outcome {
    let kinds = [
        "DeploymentReceipt",
        "StorageReceipt",
        "AgentPlaneRuntimeEvidence",
        "ActivationDecision",
        "ReleaseEvidenceBundle",
        "PolicyAdmission",
        "AgentRegistryGrant",
    ];
    let mut problems = inventory_problems(ctx);
    let mut docs: Vec<Document> = documents(ctx, "examples")
        .into_iter()
        .filter(|d| d.value["kind"].as_str().is_some_and(|k| kinds.contains(&k)))
        .collect();
    for f in walk(&ctx.path("skeletons"))
        .files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "json"))
    {
        match read_document(f, Limits::default()) {
            Ok(doc) => docs.push(doc),
            Err(e) => problems.push(format!("{}: cannot be read as JSON: {e}", rel(ctx, f))),
        }
    }
    for doc in &docs {
        let name = rel(ctx, Path::new(&doc.source));
        if !validate(
            doc,
            Mode {
                schema_only: true,
                ..Mode::default()
            },
        )
        .is_valid()
        {
            problems.push(format!("{name} is not schema-valid"));
        }
        for f in crate::base::secrets::scan_document(&doc.value) {
            let what = if crate::base::secrets::is_raw_content(f.shape) {
                "raw content"
            } else {
                "secret-shaped value"
            };
            problems.push(format!("{name}{}: {what} ({})", f.pointer, f.shape));
        }
    }
    let (_, violations) = posture_violations(ctx);
    problems.extend(
        violations
            .iter()
            .filter(|(_, artifact, v)| posture_item(artifact, v) == "S6")
            .map(|(file, _, v)| violation_line(file, v)),
    );
    verdict(problems, docs.len(), "receipts and evidence")
}

/// S8: the release-candidate (digest-pinned) examples pass the strict supply chain.
pub fn strict_supply_chain(ctx: &Context) -> Outcome {
    let pinned: Vec<_> = example_pods(ctx)
        .into_iter()
        .filter(|(_, p)| {
            p.runtime
                .image_reference_policy
                .is_some_and(|r| r.to_string() != "tag-allowed-bootstrap")
        })
        .collect();
    let problems = pinned
        .iter()
        .flat_map(|(name, pod)| {
            crate::rules::supply_chain::check(pod, true)
                .0
                .into_iter()
                .map(move |f| format!("{name}: {}: {}", f.pointer, f.message))
        })
        .collect();
    verdict(problems, pinned.len(), "release-candidate pods")
}

/// S9: the hostile table, in-process: render every case with this build's
/// renderer, parse the artifacts back and check the allow-lists.
pub fn hostile_table(ctx: &Context) -> Outcome {
    let load = |file: &str| example::<Value>(ctx, file);
    let tiers = example_tiers(ctx);
    let (problems, _) = crate::release::gate::hostile::run(&load, &tiers, &crate::render::render);
    verdict(
        problems,
        crate::release::gate::hostile::cases().len(),
        "hostile pods",
    )
}
