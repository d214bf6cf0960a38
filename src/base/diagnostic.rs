//! Diagnostics: what is wrong with an input, and exactly where.
//!
//! Every problem with a document names the file, the line and column, the
//! JSON pointer, the rule that was broken and, where one helps, a hint.
//!
//! A message or hint never echoes a secret: whatever quotes a user's value
//! (`"ghp_…" is not one of …`) is redacted by [`crate::base::secrets::redact`] when
//! the diagnostic is made, and again whenever it is shown or serialized — so
//! the human, `--format json` and SARIF outputs all carry `[redacted: <shape>]`
//! instead. The file, pointer and rule are kept as they are.

use std::fmt;

use serde::Serialize;

use crate::base::json::Position;
use crate::base::secrets::redact;

fn redacted<S: serde::Serializer>(text: &str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&redact(text))
}

fn redacted_option<S: serde::Serializer>(
    text: &Option<String>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => serializer.serialize_some(&*redact(text)),
        None => serializer.serialize_none(),
    }
}

/// One problem found in one input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// JSON pointer into the document (`""` is the whole document); a
    /// secret-shaped key in it is redacted on output too.
    #[serde(serialize_with = "redacted")]
    pub pointer: String,
    /// Stable rule name, e.g. `schema/additionalProperties`, `duplicate-key`.
    pub rule: String,
    /// What is wrong (secret-shaped spans redacted).
    #[serde(serialize_with = "redacted")]
    pub message: String,
    /// How to fix it, when there is something useful to say.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "redacted_option"
    )]
    pub hint: Option<String>,
}

/// The longest message or hint kept, in characters. A message may quote the
/// value it is about (`"…" is not one of […]`), and a value can be as large
/// as the input (16 MiB): the quote is cut, so a report stays small whatever
/// the document (at most [`crate::governance::validate::MAX_DIAGNOSTICS`] such lines).
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// `text` cut to [`MAX_MESSAGE_CHARS`], saying how much was left out. Cut
/// after redaction: a secret is replaced whole before anything is cut.
fn shortened(text: String) -> String {
    match text.char_indices().nth(MAX_MESSAGE_CHARS) {
        None => text,
        Some((cut, _)) => {
            let more = text[cut..].chars().count();
            format!("{}… ({more} more characters)", &text[..cut])
        }
    }
}

impl Diagnostic {
    /// A diagnostic without a position yet (message redacted, then cut to
    /// [`MAX_MESSAGE_CHARS`]).
    pub fn new(file: &str, pointer: &str, rule: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line: None,
            column: None,
            pointer: pointer.to_string(),
            rule: rule.to_string(),
            message: shortened(redact(&message.into()).into_owned()),
            hint: None,
        }
    }

    /// The diagnostic of a rule finding in `file` (its hint kept).
    pub fn of_finding(file: &str, finding: crate::base::finding::Finding) -> Self {
        let mut d = Diagnostic::new(file, &finding.pointer, finding.rule.code(), finding.message);
        d.hint = finding.hint.map(|h| shortened(redact(&h).into_owned()));
        d
    }

    /// Sets the position.
    pub fn at(mut self, position: Option<Position>) -> Self {
        self.line = position.map(|p| p.line);
        self.column = position.map(|p| p.column);
        self
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(shortened(redact(&hint.into()).into_owned()));
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:col: pointer: [rule] message` and, on a second line, the hint.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        let pointer = if self.pointer.is_empty() {
            "/".into()
        } else {
            redact(&self.pointer)
        };
        write!(f, ": {pointer}: [{}] {}", self.rule, redact(&self.message))?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {}", redact(hint))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_message_is_cut_after_its_secrets_are_redacted() {
        let quoted = format!("{}{TOKEN}{}", "x".repeat(1990), "y".repeat(100_000));
        let d = Diagnostic::new("f", "", "schema/enum", quoted);
        assert!(!d.message.contains("ghp_"), "{}", &d.message[1900..]);
        assert!(d.message.contains("[redacted"), "{}", &d.message[1900..]);
        assert!(d.message.ends_with("more characters)"));
        assert!(d.message.chars().count() < MAX_MESSAGE_CHARS + 40);
        let short = Diagnostic::new("f", "", "r", "short");
        assert_eq!(short.message, "short");
    }

    const TOKEN: &str = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

    #[test]
    fn no_output_of_a_diagnostic_echoes_a_secret() {
        let made = Diagnostic::new(
            "pod.json",
            "/workload/purpose",
            "schema/enum",
            format!("{TOKEN:?} is not one of [\"chat\"]"),
        )
        .hint(format!("not {TOKEN}"));
        // Built field by field, bypassing `new`: still redacted on the way out.
        let literal = Diagnostic {
            message: format!("{TOKEN:?} is not one of [\"chat\"]"),
            hint: Some(format!("not {TOKEN}")),
            ..made.clone()
        };
        for d in [made, literal] {
            let human = d.to_string();
            let json = serde_json::to_string(&d).unwrap();
            for out in [&human, &json] {
                assert!(!out.contains(TOKEN), "{out}");
                assert!(out.contains("[redacted: github-token]"), "{out}");
                assert!(
                    out.contains("/workload/purpose") && out.contains("schema/enum"),
                    "{out}"
                );
            }
        }
    }
}
