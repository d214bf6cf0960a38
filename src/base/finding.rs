//! The one finding type: a broken rule, where, and what to do about it.
//!
//! Every rule of the project reports through [`Finding`]: the semantic and
//! supply-chain rules of a document, the renderers' refusals, the posture
//! check of an emitted artifact, storage and activation refusals. A finding
//! becomes a [`Diagnostic`](crate::base::diagnostic::Diagnostic) at the edge
//! by adding the file and the source position of its pointer.
//!
//! Rules are typed ([`Rule`], one enum per area); their codes are stable and
//! kebab-case, `area/rule` (`pod/unique-env-name`, `posture/podman-flag`),
//! and listed in `docs/rules.md`.

use std::fmt;

use crate::base::rule::Rule;
use crate::base::secrets::redact;

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// JSON pointer into the document the rule judged (`""` is the whole
    /// document, or an emitted artifact: the message then names where in it).
    pub pointer: String,
    /// Stable rule code, e.g. `pod/unique-port-name`.
    pub rule: Rule,
    /// What is wrong (secret-shaped spans redacted).
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<String>,
}

impl Finding {
    /// A finding of `rule` at `pointer`; secret-shaped spans of the message
    /// are redacted here, once, so no later use can echo them.
    pub fn new(pointer: impl Into<String>, rule: Rule, message: impl Into<String>) -> Self {
        Finding {
            pointer: pointer.into(),
            rule,
            message: redact(&message.into()).into_owned(),
            hint: None,
        }
    }

    /// The same finding with a hint (redacted like the message).
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(redact(&hint.into()).into_owned());
        self
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: [{}] {}", self.rule, redact(&self.message))
    }
}

impl std::error::Error for Finding {}
