//! The strict YAML reader: how an emitted Kubernetes stream is read back for
//! its posture check (and the gate's skeletons, which anyone could edit).
//!
//! It reads the events of a real YAML parser (granit-parser, the parser
//! under serde-saphyr, which writes the streams) straight into JSON values,
//! and accepts only the part of YAML a renderer writes:
//!
//! - a stream of documents of mappings, sequences and scalars;
//! - no anchor, alias or tag: nothing in a document means anything but what
//!   it spells out where it stands;
//! - mapping keys are scalars, each at most once per mapping (JSON and
//!   Kubernetes keep one value per key: a duplicate could hide a value);
//! - at most [`MAX_DEPTH`] levels of nesting;
//! - a plain scalar is typed as Kubernetes' reader types it (sigs.k8s.io/yaml,
//!   YAML 1.1 as go-yaml resolves it): `null`, `~` or nothing is null; `true`,
//!   `yes`, `y`, `on` (and `false`, `no`, `n`, `off`, in any of their cases)
//!   a bool; an integer as Go reads one (`_` ignored; `0x`, `0o`, `0b` and a
//!   leading `0` for octal); a decimal fraction or exponent a number; anything
//!   else a string. So a hand-edited `hostNetwork: on` is `true` here as it is
//!   there. A quoted or block scalar is always a string.
//! - refused: a number JSON cannot hold (`.inf`, `.nan`), the merge key `<<`,
//!   a plain mapping key that is not a string, a `%YAML` directive, a plain
//!   scalar after a leading `.` with a `_` in it (Go's float parser and
//!   go-yaml disagree on it), and any U+0085, U+2028 or U+2029 (line breaks
//!   to YAML 1.1, text to YAML 1.2: a comment could end there and not here).
//! - an empty (null) document is skipped, as Kubernetes skips it.
//!
//! Anything else is refused with the place it was found, never guessed at.
//! Reading events directly is about twice as fast as deserializing the same
//! stream through serde (issue 17: it is most of the cost of rendering a
//! Kubernetes pod).

use granit_parser::{Event, Parser, ScalarStyle, Span};
use serde_json::{Map, Number, Value};

/// The deepest nesting read (a rendered manifest is under 15 levels deep).
pub const MAX_DEPTH: usize = 64;

/// Why a stream was refused: what, and where (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// What was found.
    pub message: String,
    /// The line of the event refused (1-based; 0 when unknown).
    pub line: usize,
    /// The column of the event refused (1-based; 0 when unknown).
    pub column: usize,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl std::error::Error for YamlError {}

fn refuse(span: &Span, message: impl Into<String>) -> YamlError {
    YamlError {
        message: message.into(),
        line: span.start.line(),
        column: span.start.col() + 1,
    }
}

/// A collection being read.
enum Open {
    Sequence(Vec<Value>),
    /// A mapping and, once read, the key whose value comes next.
    Mapping(Map<String, Value>, Option<String>),
}

/// Every document of `text`, in order.
pub fn read_stream(text: &str) -> Result<Vec<Value>, YamlError> {
    // YAML 1.1 (Kubernetes' reader) breaks lines at U+0085, U+2028 and
    // U+2029; YAML 1.2 (this parser) does not. Such a character could end a
    // comment there and not here, and show Kubernetes a key this check never
    // sees: refused wherever it stands (the escapes `\N`, `\L`, `\P` are fine).
    if let Some((line, column)) = text.lines().enumerate().find_map(|(n, l)| {
        l.char_indices()
            .position(|(_, c)| matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}'))
            .map(|at| (n + 1, at + 1))
    }) {
        return Err(YamlError {
            message:
                "a line break of YAML 1.1 (U+0085, U+2028 or U+2029) that YAML 1.2 reads as text"
                    .into(),
            line,
            column,
        });
    }
    let mut options = granit_parser::Options::default();
    // Comments are never events here, whatever features another crate enables.
    options.set_emit_comments(false);
    let mut parser = Parser::new_from_str_with_options(text, options);
    let mut documents = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    // The value of the document being read, once it is complete.
    let mut document: Option<Value> = None;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|e| YamlError {
            message: e.info().to_string(),
            line: e.marker().line(),
            column: e.marker().col() + 1,
        })?;
        let value = match event {
            Event::DocumentStart(_, Some(_)) => {
                // Kubernetes' reader refuses every version but its own.
                return Err(refuse(&span, "a %YAML directive"));
            }
            Event::StreamStart | Event::DocumentStart(..) => continue,
            Event::StreamEnd => break,
            Event::DocumentEnd => {
                // An empty (null) document is skipped, as Kubernetes skips it.
                documents.extend(document.take().filter(|d| !d.is_null()));
                continue;
            }
            Event::Scalar(text, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(refuse(&span, "an anchor or tag on a scalar"));
                }
                if let Some(Open::Mapping(map, key @ None)) = open.last_mut() {
                    // Kubernetes would read such a key as a bool, a number
                    // or null, and then write it as a string of its own.
                    if style == ScalarStyle::Plain {
                        match plain(&text) {
                            Ok(Value::String(_)) => {}
                            Ok(_) => {
                                return Err(refuse(
                                    &span,
                                    format!("the key {text:?} is not a string"),
                                ));
                            }
                            Err(message) => return Err(refuse(&span, message)),
                        }
                    }
                    if map.contains_key(text.as_ref()) {
                        return Err(refuse(&span, format!("the key {text:?} appears twice")));
                    }
                    *key = Some(text.into_owned());
                    continue;
                }
                scalar(&text, style).map_err(|message| refuse(&span, message))?
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(refuse(&span, "an anchor or tag on a collection"));
                }
                if let Some(Open::Mapping(_, None)) = open.last() {
                    return Err(refuse(&span, "a mapping key that is not a scalar"));
                }
                if open.len() == MAX_DEPTH {
                    return Err(refuse(
                        &span,
                        format!("nested deeper than {MAX_DEPTH} levels"),
                    ));
                }
                open.push(if matches!(event, Event::SequenceStart(..)) {
                    Open::Sequence(Vec::new())
                } else {
                    Open::Mapping(Map::new(), None)
                });
                continue;
            }
            Event::SequenceEnd => match open.pop() {
                Some(Open::Sequence(items)) => Value::Array(items),
                _ => return Err(refuse(&span, "a sequence end out of place")),
            },
            Event::MappingEnd => match open.pop() {
                Some(Open::Mapping(map, None)) => Value::Object(map),
                _ => return Err(refuse(&span, "a mapping end out of place")),
            },
            Event::Alias(_) => return Err(refuse(&span, "an alias")),
            _ => return Err(refuse(&span, "a YAML construct a renderer never writes")),
        };
        match open.last_mut() {
            None => document = Some(value),
            Some(Open::Sequence(items)) => items.push(value),
            Some(Open::Mapping(map, key)) => {
                // A collection in a key's place was refused as it opened, so
                // a value always has its key; a parser that broke that is
                // refused, never trusted.
                let Some(key) = key.take() else {
                    return Err(refuse(&span, "a value without a key"));
                };
                map.insert(key, value);
            }
        }
    }
    Ok(documents)
}

/// The JSON value of a scalar written `text` in `style`.
fn scalar(text: &str, style: ScalarStyle) -> Result<Value, String> {
    if style == ScalarStyle::Plain {
        plain(text)
    } else {
        Ok(Value::String(text.to_string()))
    }
}

/// A plain scalar, typed as Kubernetes' reader types it (sigs.k8s.io/yaml:
/// YAML 1.1 as go-yaml v2 resolves it).
fn plain(text: &str) -> Result<Value, String> {
    Ok(match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "true" | "True" | "TRUE" => {
            Value::Bool(true)
        }
        "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" | "false" | "False" | "FALSE" => {
            Value::Bool(false)
        }
        ".nan" | ".NaN" | ".NAN" | ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF"
        | "-.inf" | "-.Inf" | "-.INF" => {
            return Err(format!("{text:?} is a number JSON cannot hold"));
        }
        "<<" => return Err("a merge key".into()),
        _ if text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) => {
            // go-yaml drops every `_` before reading a number, except after a
            // leading `.`, where Go's float parser takes `_` only between
            // digits: such a scalar is refused rather than guessed at.
            if text.starts_with('.') && text.contains('_') {
                return Err(format!("{text:?} may be a number to Kubernetes"));
            }
            let digits = text.replace('_', "");
            if let Some(n) = integer(&digits) {
                Value::Number(n)
            } else if let Some(n) = float(&digits) {
                Value::Number(n)
            } else {
                // A timestamp stays its text: go-yaml gives it as a string
                // when it decodes into an untyped value, as Kubernetes does.
                Value::String(text.to_string())
            }
        }
        _ => Value::String(text.to_string()),
    })
}

/// An integer as Go's `strconv.ParseInt(s, 0, 64)` (then `ParseUint`) reads
/// it: an optional sign, then `0x`, `0o`, `0b` or a leading `0` (octal) or
/// decimal digits.
fn integer(s: &str) -> Option<Number> {
    let (negative, signed_plus, unsigned) = match s.as_bytes().first() {
        Some(b'-') => (true, false, &s[1..]),
        Some(b'+') => (false, true, &s[1..]),
        _ => (false, false, s),
    };
    let lower = unsigned.get(..2).map(str::to_ascii_lowercase);
    let (radix, digits) = match lower.as_deref() {
        Some("0x") => (16, &unsigned[2..]),
        Some("0o") => (8, &unsigned[2..]),
        Some("0b") => (2, &unsigned[2..]),
        _ if unsigned.len() > 1 && unsigned.starts_with('0') => (8, &unsigned[1..]),
        _ => (10, unsigned),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = u64::from_str_radix(digits, radix).ok()?;
    if signed_plus && i64::try_from(magnitude).is_err() {
        // ParseInt overflows, and ParseUint takes no sign: a float.
        return None;
    }
    if negative {
        // -2^63 is the least int64.
        let n = i64::try_from(magnitude)
            .map(|m| -m)
            .ok()
            .or_else(|| (magnitude == 1 << 63).then_some(i64::MIN))?;
        Some(Number::from(n))
    } else {
        Some(Number::from(magnitude))
    }
}

/// A float of go-yaml's grammar
/// (`[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`) that is finite.
fn float(s: &str) -> Option<Number> {
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => {
            digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty())
        }
        None => !mantissa.is_empty() && digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    if !(mantissa_ok && exponent_ok) {
        return None;
    }
    s.parse::<f64>().ok().and_then(Number::from_f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(text: &str) -> Result<Value, YamlError> {
        read_stream(text).map(|mut docs| docs.remove(0))
    }

    #[test]
    fn plain_scalars_are_typed_as_kubernetes_types_them() {
        let cases = [
            ("~", json!(null)),
            ("null", json!(null)),
            ("NULL", json!(null)),
            ("True", json!(true)),
            ("FALSE", json!(false)),
            ("yes", json!(true)),
            ("on", json!(true)),
            ("Y", json!(true)),
            ("n", json!(false)),
            ("Off", json!(false)),
            ("yess", json!("yess")),
            ("17", json!(17)),
            ("-17", json!(-17)),
            ("+17", json!(17)),
            ("017", json!(15)),
            ("0o17", json!(15)),
            ("0x1F", json!(31)),
            ("-0x1F", json!(-31)),
            ("0b101", json!(5)),
            ("1_000", json!(1000)),
            ("-9223372036854775808", json!(i64::MIN)),
            ("18446744073709551615", json!(u64::MAX)),
            ("0x10000000000000000", json!("0x10000000000000000")),
            ("0x", json!("0x")),
            ("09", json!(9.0)),
            ("1.5", json!(1.5)),
            (".5", json!(0.5)),
            ("0.5_0", json!(0.5)),
            ("+9223372036854775807", json!(i64::MAX)),
            ("+18446744073709551615", json!(18446744073709551615.0)),
            ("2001-12-14", json!("2001-12-14")),
            ("5.", json!(5.0)),
            ("1e3", json!(1000.0)),
            ("-1.5E-2", json!(-0.015)),
            ("1e400", json!("1e400")),
            ("1e", json!("1e")),
            (".", json!(".")),
            ("12:30", json!("12:30")),
            ("1.2.3", json!("1.2.3")),
            ("abc", json!("abc")),
        ];
        for (text, expected) in cases {
            assert_eq!(
                one(&format!("v: {text}\n")).unwrap()["v"],
                expected,
                "{text}"
            );
        }
        for quoted in [
            "'17'",
            "\"true\"",
            "\"on\"",
            "\"~\"",
            "'2001-12-14'",
            "|\n  null\n",
        ] {
            assert!(
                one(&format!("v: {quoted}\n")).unwrap()["v"].is_string(),
                "{quoted}"
            );
        }
        assert_eq!(one("v:\n").unwrap()["v"], json!(null));
        assert_eq!(
            one("\"on\": 1\n'1': 2\n").unwrap(),
            json!({"on": 1, "1": 2})
        );
    }

    #[test]
    fn a_stream_reads_as_its_documents_in_order() {
        let docs = read_stream("a: 1\n---\n- x\n- {b: [true, ~]}\n---\nc: 'd'\n").unwrap();
        assert_eq!(
            docs,
            vec![
                json!({"a": 1}),
                json!(["x", {"b": [true, null]}]),
                json!({"c": "d"})
            ]
        );
        assert_eq!(read_stream("").unwrap(), Vec::<Value>::new());
        assert_eq!(
            read_stream("a: 1\n---\n---\nb: 2\n").unwrap(),
            vec![json!({"a": 1}), json!({"b": 2})]
        );
        assert_eq!(one("a: \"x\\Ly\"\n").unwrap()["a"], json!("x\u{2028}y"));
    }

    #[test]
    fn what_a_renderer_never_writes_is_refused_where_it_stands() {
        let refused = [
            ("a: &x 1\nb: *x\n", "anchor"),
            ("a: !!str 1\n", "tag"),
            ("a: !custom {b: 1}\n", "tag"),
            ("a: 1\nb: 2\na: 3\n", "twice"),
            ("? [a]\n: 1\n", "not a scalar"),
            ("a: .inf\n", "cannot hold"),
            ("a: -.Inf\n", "cannot hold"),
            ("a: .nan\n", "cannot hold"),
            ("a: .5_0\n", "may be a number"),
            ("%YAML 1.2\n---\na: 1\n", "directive"),
            ("a: 1 # x\u{2028}b: 2\n", "U+2028"),
            ("a: \"x\u{85}y\"\n", "U+0085"),
            ("<<: {a: 1}\n", "merge"),
            ("on: 1\n", "not a string"),
            ("1: 1\n", "not a string"),
            ("~: 1\n", "not a string"),
            ("a: [1\n", ""),
        ];
        for (text, why) in refused {
            let e = read_stream(text).expect_err(text);
            assert!(e.message.contains(why), "{text}: {e}");
            assert!(e.line >= 1, "{text}: {e}");
        }
        let deep = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        assert!(read_stream(&deep).is_err());
        let deepest = format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(read_stream(&deepest).is_ok());
    }
}
