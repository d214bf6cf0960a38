//! Names derived from a pod, and the rules they must follow.

use super::RenderError;

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
pub fn kubernetes_name(name: &str, pointer: &str) -> Result<String, RenderError> {
    if is_dns1123_label(name) {
        Ok(name.to_string())
    } else {
        Err(RenderError::new(
            pointer,
            "dns-1123-label",
            format!(
                "{name:?} is not a Kubernetes name: use at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit"
            ),
        ))
    }
}

/// The workload name as a Podman container and unit name.
pub fn container_name(name: &str, pointer: &str) -> Result<String, RenderError> {
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
        Err(RenderError::new(
            pointer,
            "container-name",
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
}
