//! Names derived from a pod, and the rules they must follow.

use crate::base::finding::Finding;
use crate::base::rule::{self, Rule};

/// A Kubernetes DNS-1123 label: at most 63 characters of `[a-z0-9-]`,
/// starting and ending with an alphanumeric character.
pub fn is_dns1123_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A DNS-1123 subdomain: dot-separated labels, at most 253 characters.
pub fn is_dns1123_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_dns1123_label)
}

/// The workload name as a Kubernetes object name, or an error naming the rule.
pub fn kubernetes_name(name: &str, pointer: &str) -> Result<String, Finding> {
    if is_dns1123_label(name) {
        Ok(name.to_string())
    } else {
        Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::Dns1123Label),
            format!(
                "{name:?} is not a Kubernetes name: use at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit"
            ),
        ))
    }
}

/// The workload name as a Podman container and unit name.
pub fn container_name(name: &str, pointer: &str) -> Result<String, Finding> {
    let ok = name.len() <= 253
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    if ok {
        Ok(name.to_string())
    } else {
        Err(Finding::new(
            pointer,
            Rule::Render(rule::Render::ContainerName),
            format!(
                "{name:?} cannot name a container and its unit: use letters, digits, '_', '.' and '-', starting with a letter or digit"
            ),
        ))
    }
}

/// A Kubernetes port name: an IANA service name (≤ 15 characters of
/// `[a-z0-9-]`, at least one letter, no leading, trailing or double hyphen).
pub fn is_port_name(s: &str) -> bool {
    is_dns1123_label(s)
        && s.len() <= 15
        && s.bytes().any(|b| b.is_ascii_lowercase())
        && !s.contains("--")
}

/// How many characters of a contract port name a mapped name keeps: 15 less
/// the `-` and the four hex digits of the suffix.
const PORT_NAME_STEM: usize = 10;

/// The Kubernetes port name of every contract port name, in order.
///
/// A name that already is a Kubernetes port name ([`is_port_name`]) is kept
/// unchanged. Any other name is mapped deterministically to one: lowercased,
/// every run of characters outside `[a-z0-9]` turned into one `-`, cut to its
/// first 10 characters (prefixed with `p` when no letter is left), then `-`
/// and four hex digits of SHA-256 over the original name — so
/// `openai-compatible-http` becomes `openai-com-` plus its hash. A mapped
/// name never equals another name of the list: on a collision the hash is
/// taken again over the name and an attempt counter, and in the end (never
/// reached with the pod's at most 32 ports) `p0`, `p1`, … are tried. The
/// result depends only on the list, never on anything else.
///
/// Names that are unique as given are unique after mapping.
pub fn kubernetes_port_names<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    let mut used: std::collections::BTreeSet<String> = names
        .iter()
        .map(AsRef::as_ref)
        .filter(|n| is_port_name(n))
        .map(str::to_string)
        .collect();
    names
        .iter()
        .map(|name| {
            let name = name.as_ref();
            if is_port_name(name) {
                return name.to_string();
            }
            let stem = port_name_stem(name);
            let hashed = (0u32..64).map(|attempt| {
                let seed = if attempt == 0 {
                    name.to_string()
                } else {
                    format!("{name}\n{attempt}")
                };
                let digest = crate::base::canonical::digest_bytes(seed.as_bytes());
                let hex = digest.rsplit(':').next().unwrap_or_default();
                format!("{stem}-{}", &hex[..4.min(hex.len())])
            });
            let fallback = (0u64..).map(|k| format!("p{k}"));
            let mapped = hashed
                .chain(fallback)
                .find(|candidate| is_port_name(candidate) && !used.contains(candidate))
                .unwrap_or_default();
            used.insert(mapped.clone());
            mapped
        })
        .collect()
}

/// The first part of a mapped port name: `[a-z0-9]` runs of `name` joined by
/// single hyphens, at most [`PORT_NAME_STEM`] characters, with a letter.
fn port_name_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    let mut stem = cut(&stem, PORT_NAME_STEM);
    if !stem.bytes().any(|b| b.is_ascii_lowercase()) {
        stem = format!("p{}", cut(&stem, PORT_NAME_STEM - 1));
    }
    stem.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_labels() {
        assert!(is_dns1123_label("llama-cpp-qwen"));
        assert!(!is_dns1123_label("Llama"));
        assert!(!is_dns1123_label("-a"));
        assert!(!is_dns1123_label(&"a".repeat(64)));
        assert!(is_dns1123_subdomain("agent-machine.sourceos.dev"));
    }

    #[test]
    fn port_names() {
        assert!(is_port_name("openai-http"));
        assert!(!is_port_name("8080"));
        assert!(!is_port_name("a-very-long-port-name"));
    }

    #[test]
    fn valid_port_names_are_kept() {
        let names = ["http", "openai-http", "ray-gcs", "metrics-9090"];
        assert_eq!(kubernetes_port_names(&names), names);
    }

    #[test]
    fn long_port_names_are_mapped_deterministically() {
        let mapped = kubernetes_port_names(&["openai-compatible-http"]);
        assert_eq!(mapped, kubernetes_port_names(&["openai-compatible-http"]));
        let [name] = mapped.as_slice() else {
            panic!("{mapped:?}")
        };
        assert!(is_port_name(name), "{name}");
        assert!(name.starts_with("openai-com-"), "{name}");
        assert_eq!(name.len(), 15);
        // The same name maps the same way whatever surrounds it.
        let with_others = kubernetes_port_names(&["http", "openai-compatible-http", "x"]);
        assert_eq!(with_others[1], *name);
    }

    #[test]
    fn mapped_names_are_valid_and_unique() {
        let names = [
            "openai-compatible-http",
            "openai-compatible-grpc",
            "openai-compatible-metrics",
            "HTTP",
            "http",
            "8080",
            "_",
            "",
            "--a--b--",
            "1234567890abcdef",
            "a_very_long_port_name_indeed",
            "ümlaut-port",
            "x--y",
        ];
        let mapped = kubernetes_port_names(&names);
        assert_eq!(mapped.len(), names.len());
        let unique: std::collections::BTreeSet<&String> = mapped.iter().collect();
        assert_eq!(unique.len(), mapped.len(), "{mapped:?}");
        for (original, name) in names.iter().zip(&mapped) {
            assert!(is_port_name(name), "{original:?} -> {name:?}");
        }
        // Colliding stems are told apart by the hash of the whole name.
        assert!(mapped[0].starts_with("openai-com-") && mapped[1].starts_with("openai-com-"));
        assert_ne!(mapped[0], mapped[1]);
        assert_eq!(mapped[4], "http", "a valid name is never renamed");
        assert_ne!(mapped[3], "http");
    }

    #[test]
    fn a_mapped_name_never_takes_a_valid_name_of_the_pod() {
        // Whatever `HTTP` maps to first, a pod whose other port already
        // carries that name keeps it, and `HTTP` gets another name.
        let first = kubernetes_port_names(&["HTTP"]).remove(0);
        let mapped = kubernetes_port_names(&["HTTP", first.as_str()]);
        assert_eq!(mapped[1], first);
        assert_ne!(mapped[0], first);
        assert!(is_port_name(&mapped[0]));
    }
}
