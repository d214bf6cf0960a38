//! Diagnostics: what is wrong with an input, and exactly where.
//!
//! Every problem with a document names the file, the line and column, the
//! JSON pointer, the rule that was broken and, where one helps, a hint.

use std::fmt;

use serde::Serialize;

use crate::json::Position;

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
    /// JSON pointer into the document (`""` is the whole document).
    pub pointer: String,
    /// Stable rule name, e.g. `schema/additionalProperties`, `duplicate-key`.
    pub rule: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A diagnostic without a position yet.
    pub fn new(file: &str, pointer: &str, rule: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line: None,
            column: None,
            pointer: pointer.to_string(),
            rule: rule.to_string(),
            message: message.into(),
            hint: None,
        }
    }

    /// Sets the position.
    pub fn at(mut self, position: Option<Position>) -> Self {
        self.line = position.map(|p| p.line);
        self.column = position.map(|p| p.column);
        self
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
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
            "/"
        } else {
            &self.pointer
        };
        write!(f, ": {pointer}: [{}] {}", self.rule, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}
