//! Strict JSON input: size and depth limits, duplicate-key detection, and
//! finding where a JSON pointer sits in the source text.
//!
//! `serde_json` keeps the last of two equal keys. A validator and a
//! deserializer must never see different documents, so every document this
//! project reads goes through [`parse`], which refuses duplicate keys, and
//! refuses oversized or over-deep input before building any value.
//!
//! This file is also compiled into `build.rs` (examples and contracts are
//! read the same way at build time), so it depends on `serde` and
//! `serde_json` only.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Default largest input accepted: 16 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;
/// Default deepest nesting accepted.
pub const DEFAULT_MAX_DEPTH: usize = 128;
/// The deepest nesting that may be configured at all (parsing recurses).
pub const HARD_MAX_DEPTH: usize = 1024;
/// Default largest number of values in one document (every scalar, array and
/// object counts once). The largest real documents (release bundles) hold a
/// few thousand; a 16 MiB input of empty strings would hold millions, and a
/// parsed value costs tens of bytes — this keeps memory and time bounded
/// before anything is built.
pub const DEFAULT_MAX_VALUES: usize = 200_000;

/// Input limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest input in bytes.
    pub max_bytes: u64,
    /// Deepest nesting of arrays and objects (a top-level object is depth 1).
    pub max_depth: usize,
    /// Most values (scalars, arrays and objects) in one document.
    pub max_values: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: DEFAULT_MAX_BYTES,
            max_depth: DEFAULT_MAX_DEPTH,
            max_values: DEFAULT_MAX_VALUES,
        }
    }
}

/// A 1-based line and column (column counted in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why an input is not a JSON document this project accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The input is larger than [`Limits::max_bytes`].
    TooLarge {
        /// The size of the input in bytes.
        size: u64,
        /// The bound.
        limit: u64,
    },
    /// The input nests deeper than [`Limits::max_depth`].
    TooDeep {
        /// The bound.
        limit: usize,
        /// Where in the input.
        at: Position,
    },
    /// The input holds more values than [`Limits::max_values`].
    TooManyValues {
        /// The bound.
        limit: usize,
        /// Where in the input.
        at: Position,
    },
    /// The input is not UTF-8.
    NotUtf8 {
        /// Where in the input.
        at: Position,
    },
    /// The input is not JSON at all.
    Syntax {
        /// What the parser says.
        message: String,
        /// Where in the input.
        at: Position,
    },
    /// An object has the same key twice. The document is JSON, but invalid.
    DuplicateKey {
        /// The repeated key.
        key: String,
        /// The JSON pointer of the object that repeats it.
        pointer: String,
        /// Where in the input.
        at: Position,
    },
}

impl ParseError {
    /// Where in the input the problem is, when known.
    pub fn position(&self) -> Option<Position> {
        match self {
            ParseError::TooLarge { .. } => None,
            ParseError::TooDeep { at, .. }
            | ParseError::TooManyValues { at, .. }
            | ParseError::NotUtf8 { at }
            | ParseError::Syntax { at, .. }
            | ParseError::DuplicateKey { at, .. } => Some(*at),
        }
    }

    /// A short stable name for the rule that was broken.
    pub fn rule(&self) -> &'static str {
        match self {
            ParseError::TooLarge { .. } => "max-bytes",
            ParseError::TooDeep { .. } => "max-depth",
            ParseError::TooManyValues { .. } => "max-values",
            ParseError::NotUtf8 { .. } => "utf-8",
            ParseError::Syntax { .. } => "json-syntax",
            ParseError::DuplicateKey { .. } => "duplicate-key",
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::TooLarge { size, limit } => write!(
                f,
                "input is {size} bytes, larger than the limit of {limit} bytes"
            ),
            ParseError::TooDeep { limit, .. } => {
                write!(f, "input nests deeper than the limit of {limit} levels")
            }
            ParseError::TooManyValues { limit, .. } => {
                write!(f, "input holds more than the limit of {limit} values")
            }
            ParseError::NotUtf8 { .. } => write!(f, "input is not valid UTF-8"),
            ParseError::Syntax { message, .. } => write!(f, "not JSON: {message}"),
            ParseError::DuplicateKey { key, pointer, .. } => {
                write!(f, "duplicate key {key:?} in the object at {pointer:?}")
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// Parses `bytes` as one JSON document under `limits`.
///
/// Order of checks: size, UTF-8, nesting depth and value count (one linear
/// scan that builds nothing), then the parse itself, which refuses duplicate
/// keys.
pub fn parse(bytes: &[u8], limits: Limits) -> Result<Value, ParseError> {
    let size = bytes.len() as u64;
    if size > limits.max_bytes {
        return Err(ParseError::TooLarge {
            size,
            limit: limits.max_bytes,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::NotUtf8 {
        at: position_of(bytes, e.valid_up_to()),
    })?;
    check_shape(
        text,
        limits.max_depth.min(HARD_MAX_DEPTH),
        limits.max_values,
    )?;

    let duplicate = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    let seed = ValueSeed {
        path: &Path::Root,
        duplicate: &duplicate,
    };
    let parsed = seed.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    match parsed {
        Ok(value) => Ok(value),
        Err(err) => {
            let at = Position {
                line: err.line(),
                column: err.column(),
            };
            if let Some((key, pointer)) = duplicate.into_inner() {
                Err(ParseError::DuplicateKey { key, pointer, at })
            } else {
                Err(ParseError::Syntax {
                    message: strip_position(&err.to_string()),
                    at,
                })
            }
        }
    }
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The line and column of byte offset `offset` in `bytes`.
pub fn position_of(bytes: &[u8], offset: usize) -> Position {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Position { line, column }
}

/// Depth and value count in one pass. Values are counted from the tokens
/// outside strings: each `[` and `{` opens one value, and every value that is
/// not the first of its container follows a `,` — so the count is
/// containers + commas + scalars that are alone in their container; an upper
/// bound of `1 + [ + { + ,` is exact enough to refuse early.
fn check_shape(text: &str, limit: usize, max_values: usize) -> Result<(), ParseError> {
    let bytes = text.as_bytes();
    let mut values = 1usize;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b',' => {
                values += 1;
                if values > max_values {
                    return Err(ParseError::TooManyValues {
                        limit: max_values,
                        at: position_of(bytes, i),
                    });
                }
            }
            b'[' | b'{' => {
                values += 1;
                if values > max_values {
                    return Err(ParseError::TooManyValues {
                        limit: max_values,
                        at: position_of(bytes, i),
                    });
                }
                depth += 1;
                if depth > limit {
                    return Err(ParseError::TooDeep {
                        limit,
                        at: position_of(bytes, i),
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Where a value sits, as a linked list from the value up to the root.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn pointer(&self) -> String {
        let mut segments = Vec::new();
        let mut node = self;
        loop {
            match node {
                Path::Root => break,
                Path::Key(parent, key) => {
                    segments.push(escape_pointer_segment(key));
                    node = parent;
                }
                Path::Index(parent, index) => {
                    segments.push(index.to_string());
                    node = parent;
                }
            }
        }
        segments.reverse();
        segments.iter().map(|s| format!("/{s}")).collect()
    }
}

/// Escapes one JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn escape_pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

type Duplicate = RefCell<Option<(String, String)>>;

struct ValueSeed<'a> {
    path: &'a Path<'a>,
    duplicate: &'a Duplicate,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // An integral number written with a fraction or an exponent (`1.0`,
        // `2e3`) is the integer JSON Schema says it is (`type: integer`
        // accepts it), so the generated types read it too. RFC 8785 writes
        // both the same way, so no digest changes.
        const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;
        const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
        if v.fract() == 0.0 {
            if (0.0..TWO_POW_64).contains(&v) {
                return Ok(Value::from(v as u64));
            }
            if (-TWO_POW_63..0.0).contains(&v) {
                return Ok(Value::from(v as i64));
            }
        }
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let path = Path::Index(self.path, items.len());
            let seed = ValueSeed {
                path: &path,
                duplicate: self.duplicate,
            };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some((key.clone(), self.path.pointer()));
                return Err(de::Error::custom(format!("duplicate key {key:?}")));
            }
            let path = Path::Key(self.path, &key);
            let value = map.next_value_seed(ValueSeed {
                path: &path,
                duplicate: self.duplicate,
            })?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// Finds where the value at `pointer` starts in `text` (which must be JSON
/// that [`parse`] accepted). Returns `None` when the pointer does not exist.
///
/// One scan of the text; to place many diagnostics, use [`locate_all`],
/// which places them all in one scan.
pub fn locate(text: &str, pointer: &str) -> Option<Position> {
    locate_all(text, &[pointer]).pop().flatten()
}

/// Where each of `pointers` starts in `text` (JSON that [`parse`]
/// accepted), in one linear scan whatever their number: the scanner follows
/// a trie of the pointers and skips every value no pointer leads into; the
/// byte offsets found are turned into lines and columns in one sweep.
/// `None` for a pointer that does not exist (or is not a JSON pointer).
pub fn locate_all(text: &str, pointers: &[&str]) -> Vec<Option<Position>> {
    let mut trie = vec![Node::default()];
    for (index, pointer) in pointers.iter().enumerate() {
        let segments: Vec<String> = if pointer.is_empty() {
            Vec::new()
        } else if let Some(rest) = pointer.strip_prefix('/') {
            rest.split('/')
                .map(|s| s.replace("~1", "/").replace("~0", "~"))
                .collect()
        } else {
            continue;
        };
        let mut node = 0;
        for segment in segments {
            node = match trie[node].children.get(&segment) {
                Some(&child) => child,
                None => {
                    trie.push(Node::default());
                    let child = trie.len() - 1;
                    trie[node].children.insert(segment, child);
                    child
                }
            };
        }
        trie[node].targets.push(index);
    }
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        i: 0,
        trie: &trie,
        found: vec![None; pointers.len()],
    };
    scanner.value(Some(0));
    let mut offsets: Vec<(usize, usize)> = scanner
        .found
        .iter()
        .enumerate()
        .filter_map(|(index, offset)| offset.map(|o| (o, index)))
        .collect();
    offsets.sort_unstable();
    let mut out = vec![None; pointers.len()];
    let bytes = text.as_bytes();
    let (mut at, mut line, mut column) = (0usize, 1usize, 1usize);
    for (offset, index) in offsets {
        let offset = offset.min(bytes.len());
        for &b in &bytes[at..offset] {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                // Characters, not bytes: a UTF-8 continuation byte adds none.
                column += 1;
            }
        }
        at = offset.max(at);
        out[index] = Some(Position { line, column });
    }
    out
}

/// A node of the trie of the pointers being located.
#[derive(Default)]
struct Node {
    children: std::collections::HashMap<String, usize>,
    /// The pointers (by index) that end here.
    targets: Vec<usize>,
}

/// Follows the trie through the text; records the byte offset where each
/// target value starts.
struct Scanner<'a> {
    bytes: &'a [u8],
    i: usize,
    trie: &'a [Node],
    found: Vec<Option<usize>>,
}

impl Scanner<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.bytes.len() && self.bytes[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    /// The child of `node` for `segment`, if a pointer goes on that way.
    fn child(&self, node: Option<usize>, segment: &str) -> Option<usize> {
        node.and_then(|n| self.trie[n].children.get(segment).copied())
    }

    /// Scans one value; `node` is the trie node of its path (`None`: no
    /// pointer leads here, so the value is only skipped).
    fn value(&mut self, node: Option<usize>) {
        self.skip_ws();
        if let Some(n) = node {
            for &target in &self.trie[n].targets {
                self.found[target] = Some(self.i);
            }
        }
        let descend = node.is_some_and(|n| !self.trie[n].children.is_empty());
        match self.bytes.get(self.i) {
            Some(b'{') if descend => {
                self.i += 1;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.i) {
                        Some(b'}') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => self.i += 1,
                        Some(b'"') => {
                            let start = self.i;
                            self.string();
                            let Ok(key) =
                                serde_json::from_slice::<String>(&self.bytes[start..self.i])
                            else {
                                return;
                            };
                            self.skip_ws();
                            self.i += 1; // ':'
                            let child = self.child(node, &key);
                            self.value(child);
                        }
                        _ => return,
                    }
                }
            }
            Some(b'[') if descend => {
                self.i += 1;
                let mut index = 0usize;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.i) {
                        Some(b']') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => self.i += 1,
                        Some(_) => {
                            let child = self.child(node, &index.to_string());
                            self.value(child);
                            index += 1;
                        }
                        None => return,
                    }
                }
            }
            Some(b'{' | b'[') => self.skip_container(),
            Some(b'"') => self.string(),
            Some(_) => {
                while self.i < self.bytes.len()
                    && !matches!(self.bytes[self.i], b',' | b'}' | b']')
                    && !self.bytes[self.i].is_ascii_whitespace()
                {
                    self.i += 1;
                }
            }
            None => {}
        }
    }

    /// Skips an object or array no pointer leads into, without recursion.
    fn skip_container(&mut self) {
        let mut depth = 0usize;
        while self.i < self.bytes.len() {
            match self.bytes[self.i] {
                b'"' => {
                    self.string();
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.i += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
    }

    fn string(&mut self) {
        self.i += 1;
        while self.i < self.bytes.len() {
            match self.bytes[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    return;
                }
                _ => self.i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(max_bytes: u64, max_depth: usize) -> Limits {
        Limits {
            max_bytes,
            max_depth,
            max_values: DEFAULT_MAX_VALUES,
        }
    }

    #[test]
    fn value_count_is_limited_before_anything_is_built() {
        let few = Limits {
            max_values: 5,
            ..Limits::default()
        };
        assert!(parse(br#"{"a": ["", ""]}"#, few).is_ok());
        assert!(
            parse(br#"["a,b,c,d,e,f"]"#, few).is_ok(),
            "commas in strings do not count"
        );
        let err = parse(br#"{"a": ["", "", "", "", ""]}"#, few).unwrap_err();
        assert_eq!(err.rule(), "max-values");
        let huge = format!("[{}\"\"]", "\"\",".repeat(DEFAULT_MAX_VALUES));
        assert_eq!(
            parse(huge.as_bytes(), Limits::default())
                .unwrap_err()
                .rule(),
            "max-values"
        );
    }

    #[test]
    fn duplicate_keys_are_refused_with_their_pointer_and_position() {
        let text = "{\n  \"a\": {\"b\": [1, {\"c\": 1, \"c\": 2}]}\n}";
        match parse(text.as_bytes(), Limits::default()) {
            Err(ParseError::DuplicateKey { key, pointer, at }) => {
                assert_eq!(key, "c");
                assert_eq!(pointer, "/a/b/1");
                assert_eq!(at.line, 2);
            }
            other => panic!("expected a duplicate key, got {other:?}"),
        }
    }

    #[test]
    fn escaped_and_plain_spellings_of_a_key_are_the_same_key() {
        let err = parse(br#"{"a": 1, "\u0061": 2}"#, Limits::default()).unwrap_err();
        assert_eq!(err.rule(), "duplicate-key");
    }

    #[test]
    fn equal_keys_in_different_objects_are_fine() {
        let v = parse(br#"{"a": {"x": 1}, "b": {"x": 2}}"#, Limits::default()).unwrap();
        assert_eq!(v["b"]["x"], 2);
    }

    #[test]
    fn size_limit_is_checked_before_parsing() {
        let err = parse(b"[1, 2, 3", limits(4, 128)).unwrap_err();
        assert_eq!(err, ParseError::TooLarge { size: 8, limit: 4 });
    }

    #[test]
    fn depth_limit_counts_containers_and_ignores_brackets_in_strings() {
        assert!(parse(b"[[[1]]]", limits(100, 3)).is_ok());
        assert_eq!(
            parse(b"[[[[1]]]]", limits(100, 3)).unwrap_err().rule(),
            "max-depth"
        );
        assert!(parse(br#"[["[[[[\"]]]]"]]"#, limits(100, 2)).is_ok());
    }

    #[test]
    fn deep_input_far_beyond_the_hard_limit_is_refused_without_recursion() {
        let deep = "[".repeat(100_000);
        let err = parse(deep.as_bytes(), limits(1 << 20, usize::MAX)).unwrap_err();
        assert_eq!(
            err,
            ParseError::TooDeep {
                limit: HARD_MAX_DEPTH,
                at: position_of(deep.as_bytes(), HARD_MAX_DEPTH)
            }
        );
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let err = parse(b"{\n  \"a\": [1,,2]\n}", Limits::default()).unwrap_err();
        assert_eq!(err.rule(), "json-syntax");
        assert_eq!(err.position().unwrap().line, 2);
        assert_eq!(
            parse(b"{} {}", Limits::default()).unwrap_err().rule(),
            "json-syntax"
        );
    }

    #[test]
    fn invalid_utf8_is_refused() {
        assert_eq!(
            parse(b"\"\xff\"", Limits::default()).unwrap_err().rule(),
            "utf-8"
        );
    }

    #[test]
    fn locate_finds_values_keys_and_escaped_pointers() {
        let text = "{\n  \"a/b\": [10,\n    {\"k~\": true}],\n  \"z\": null\n}";
        assert_eq!(locate(text, ""), Some(Position { line: 1, column: 1 }));
        assert_eq!(
            locate(text, "/a~1b"),
            Some(Position {
                line: 2,
                column: 10
            })
        );
        assert_eq!(
            locate(text, "/a~1b/1/k~0"),
            Some(Position {
                line: 3,
                column: 12
            })
        );
        assert_eq!(locate(text, "/z"), Some(Position { line: 4, column: 8 }));
        assert_eq!(locate(text, "/missing"), None);
    }

    /// Every pointer of a document at once, in any order (repeated ones
    /// too), lands where the one-pointer [`locate`] puts it; lines and
    /// columns count characters, not bytes.
    #[test]
    fn locate_all_places_every_pointer_in_one_scan() {
        let text = "{\n  \"é\": [1, {\"a/b\": \"ü\", \"c~\": [true, null]}],\n  \"x\": {\"y\": {}},\n\t\"z\":\"\"}";
        let value: Value = serde_json::from_str(text).unwrap();
        fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
            out.push(at.clone());
            match v {
                Value::Object(m) => m.iter().for_each(|(k, v)| {
                    pointers(v, format!("{at}/{}", escape_pointer_segment(k)), out)
                }),
                Value::Array(a) => a
                    .iter()
                    .enumerate()
                    .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        pointers(&value, String::new(), &mut all);
        all.reverse();
        all.push("/x/y".into());
        all.push("/nowhere".into());
        all.push("no-slash".into());
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let found = locate_all(text, &refs);
        for (pointer, at) in all.iter().zip(&found) {
            let exists = value.pointer(pointer).is_some();
            assert_eq!(at.is_some(), exists, "{pointer}");
            if exists {
                assert_eq!(*at, locate(text, pointer), "{pointer}");
            }
        }
        let at = |p: &str| found[all.iter().position(|x| x == p).unwrap()].unwrap();
        assert_eq!(at(""), Position { line: 1, column: 1 });
        assert_eq!(at("/é"), Position { line: 2, column: 8 });
        assert_eq!(
            at("/é/1/a~1b"),
            Position {
                line: 2,
                column: 20
            }
        );
        assert_eq!(
            at("/é/1/c~0/1"),
            Position {
                line: 2,
                column: 38
            }
        );
        assert_eq!(
            at("/x/y"),
            Position {
                line: 3,
                column: 14
            }
        );
        assert_eq!(at("/z"), Position { line: 4, column: 6 });
    }
}
