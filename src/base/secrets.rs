//! A secret scanner for input specs and rendered artifacts.
//!
//! It looks for the shapes that should never appear in an AgentPod, a
//! receipt or a deployment artifact: private key blocks, credentials in URLs
//! (`scheme://user:pass@host`), `password=`/`passwd=`/`secret=`/`token=`/
//! `api_key=`/`api-key=`/`apikey=`/`access_key=`/`secret_access_key=`/
//! `private_key=` pairs, bearer tokens, and well-known token
//! prefixes (`sk-…`, `ghp_…`, `github_pat_…`, `xox[abp]-…`, `AKIA…`,
//! `glpat-…`). A finding names the shape, never the secret itself, and
//! [`redact`] replaces every match in a message before it is shown.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

/// One secret-shaped match: where a shape was seen, not a rule. Each
/// caller turns a match into the finding of its own rule (`pod/secret-in-spec`,
/// `evidence/secret`, `posture/secret`…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// Which shape matched (e.g. `credentials-in-url`).
    pub shape: &'static str,
    /// JSON pointer of the value (for documents) or `""` (for text).
    pub pointer: String,
    /// Byte offset of the match in the value or text.
    pub offset: usize,
}

/// Each secret shape: its name and its pattern.
const SHAPE_PATTERNS: &[(&str, &str)] = &[
    (
        "private-key-block",
        // The whole block, up to its END line (or the end of the text):
        // the key material is the secret, not the header.
        r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----(?s:.*?)(?:-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\z)",
    ),
    (
        "credentials-in-url",
        r"[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@",
    ),
    (
        "secret-key-value",
        r"(?i)(?:^|[^A-Za-z0-9])(?:password|passwd|secret|token|api[_-]?key|(?:secret[_-]?)?access[_-]?key|private[_-]?key)\s*=\s*[^\s&]+",
    ),
    ("bearer-token", r"(?i)\bbearer\s+[A-Za-z0-9._~+/-]{8,}=*"),
    ("openai-style-key", r"\bsk-[A-Za-z0-9_-]{16,}"),
    // Distinctive prefixes are matched wherever they occur: a word
    // character glued in front (`x_ghp_…`) must not hide a token.
    (
        "github-token",
        r"(?:ghp_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})",
    ),
    ("slack-token", r"xox[abp]-[A-Za-z0-9-]{10,}"),
    ("aws-access-key-id", r"AKIA[0-9A-Z]{16}"),
    ("gitlab-token", r"glpat-[A-Za-z0-9_-]{20,}"),
    // Hugging Face user and organization tokens: what `HF_TOKEN` holds.
    (
        "huggingface-token",
        r"(?:hf_[A-Za-z0-9]{30,}|api_org_[A-Za-z0-9]{30,})",
    ),
    ("google-api-key", r"AIza[0-9A-Za-z_-]{35}"),
    // A signed JSON Web Token: header and payload both start `{"`.
    (
        "json-web-token",
        r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
    ),
];

/// Each shape compiled on its own, to find where it matched: only once a
/// text matched [`ANY_SHAPE`] (most never do, and a single-shot command
/// should not pay for compiling them).
static SHAPES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    SHAPE_PATTERNS
        .iter()
        .map(|&(name, pattern)| {
            (
                name,
                Regex::new(pattern).expect("the secret shapes are valid regexes"),
            )
        })
        .collect()
});

/// Every shape as one set, matched first: most values hold no secret, and
/// one pass of the set over them costs a fraction of one pass per shape.
static ANY_SHAPE: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(SHAPE_PATTERNS.iter().map(|(_, pattern)| pattern))
        .expect("the secret shapes are valid regexes")
});

/// Every secret shape in `text`.
pub fn scan_text(text: &str) -> Vec<Match> {
    let found = ANY_SHAPE.matches(text);
    if !found.matched_any() {
        return Vec::new();
    }
    let mut out: Vec<Match> = SHAPES
        .iter()
        .enumerate()
        .filter(|(i, _)| found.matched(*i))
        .flat_map(|(_, (shape, re))| {
            re.find_iter(text).map(move |m| Match {
                shape,
                pointer: String::new(),
                offset: m.start(),
            })
        })
        .collect();
    out.sort_by_key(|f| (f.offset, f.shape));
    out
}

/// `text` with every secret-shaped span replaced by `[redacted: <shape>]`
/// (overlapping matches are merged and named by the first). Borrowed when
/// there is nothing to redact. Every message that may carry a user's value —
/// diagnostics, render and activation errors, gate evidence — goes through it
/// before it is printed or serialized.
pub fn redact(text: &str) -> Cow<'_, str> {
    if !ANY_SHAPE.is_match(text) {
        return Cow::Borrowed(text);
    }
    let mut spans: Vec<(usize, usize, &'static str)> = SHAPES
        .iter()
        .flat_map(|(shape, re)| {
            re.find_iter(text).map(move |m| {
                // `secret-key-value` may start with the character before the
                // key (`--token=`, `"token=`); keep that one.
                let mut start = m.start();
                if let Some(c) = m.as_str().chars().next()
                    && !c.is_ascii_alphabetic()
                    && *shape == "secret-key-value"
                {
                    start += c.len_utf8();
                }
                (start, m.end(), *shape)
            })
        })
        .collect();
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    spans.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut spans = spans.into_iter().peekable();
    while let Some((start, mut end, shape)) = spans.next() {
        while let Some(&(next_start, next_end, _)) = spans.peek() {
            if next_start >= end {
                break;
            }
            end = end.max(next_end);
            spans.next();
        }
        out.push_str(&text[at..start.max(at)]);
        out.push_str("[redacted: ");
        out.push_str(shape);
        out.push(']');
        at = at.max(end);
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// Every secret shape in the string values and object keys of a JSON
/// document, with the pointer of each value (or of the member whose key it is).
pub fn scan_value(value: &Value) -> Vec<Match> {
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

/// [`scan_value`] of the array of `values`, without building it (a stream
/// of documents: pointers start with the document's index).
pub fn scan_values(values: &[Value]) -> Vec<Match> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    for (i, value) in values.iter().enumerate() {
        path.push(Step::Index(i));
        walk(value, &mut path, &mut out);
        path.pop();
    }
    out
}

/// One step of the path from the root to a value.
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// The JSON pointer of `path` (built only for a value that matched).
fn pointer_of(path: &[Step<'_>]) -> String {
    let mut pointer = String::new();
    for step in path {
        pointer.push('/');
        match step {
            Step::Key(k) => pointer.push_str(&crate::base::json::escape_pointer_segment(k)),
            Step::Index(i) => pointer.push_str(&i.to_string()),
        }
    }
    pointer
}

fn walk<'v>(value: &'v Value, path: &mut Vec<Step<'v>>, out: &mut Vec<Match>) {
    let found = |text: &str, path: &[Step<'_>], out: &mut Vec<Match>| {
        let matches = scan_text(text);
        if !matches.is_empty() {
            let pointer = pointer_of(path);
            out.extend(matches.into_iter().map(|f| Match {
                pointer: pointer.clone(),
                ..f
            }));
        }
    };
    match value {
        Value::String(s) => found(s, path, out),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                walk(item, path, out);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Step::Key(k));
                // A key is as visible as a value (a label key, an unknown field).
                found(k, path, out);
                walk(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The shapes of raw content — a prompt, a chat transcript, a KV-cache
/// dump, an encoded blob — that must never appear in a receipt or in
/// evidence, which carry refs, digests and short notes only. Kept narrow so
/// ordinary notes, refs and digests never match:
///
/// - `prompt-label`: a labelled prompt — `prompt: ` (a colon then space or
///   the end) or `prompt=`, optionally after `user`, `system`, `raw`,
///   `assistant` or `developer` (`USER PROMPT: `, `system_prompt=`,
///   `systemPrompt: `), case-insensitive, at the start or after whitespace or
///   punctuation other than `:`, `/`, `.`, `-`, `_` (so a URN segment
///   `…:prompt:…` is not one);
/// - `chat-template-token`: a chat-template control token — `<|…|>` (`<|im_start|>`,
///   `<|eot_id|>`), `[INST]`, `[/INST]`, `<<SYS>>`, `<</SYS>>`, `<start_of_turn>`,
///   `<end_of_turn>`;
/// - `transcript-heading`: an instruction-format heading — `### Instruction:`,
///   `### Response:`, `### Human:`, `### Assistant:`, `### System:`, `### User:`;
/// - `kv-cache-dump`: `KV cache dump`, `prompt cache dump`, `kv-cache tensors`
///   (`kv`, `key-value` or `prompt`, then `cache`, then `dump` or `tensor(s)`,
///   with space, `_` or `-` between);
/// - `encoded-blob`: a run of more than [`MAX_ENCODED_RUN`] characters of the
///   base64 alphabet (`A–Z a–z 0–9 + /`, hex included) holding at least one digit —
///   longer than a sha512 digest in hex, the longest value a contract carries;
/// - `hex-dump`: more than 64 hex byte pairs separated by spaces or colons.
///
/// Text is read with fullwidth ASCII forms folded and zero-width characters
/// dropped. A document is scanned value by value and key by key
/// ([`scan_document`]).
pub const MAX_ENCODED_RUN: usize = 128;

static RAW_CONTENT: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    [
        (
            "prompt-label",
            r#"(?i)(?:^|[\s"'(\[{,;])(?:(?:user|system|raw|assistant|developer)[ _-]?)?prompt(?:\s*:(?:\s|$)|\s*=)"#,
        ),
        (
            "chat-template-token",
            r"<\|[A-Za-z0-9_]{1,40}\|>|\[/?INST\]|<</?SYS>>|<(?:start|end)_of_turn>",
        ),
        (
            "transcript-heading",
            r"(?i)###\s*(?:instruction|response|human|assistant|system|user)\s*:",
        ),
        (
            "kv-cache-dump",
            r"(?i)(?:^|[^A-Za-z0-9])(?:kv|key[ _-]?value|prompt)[ _-]?cache[ _-]?(?:dumps?|tensors?)(?:$|[^A-Za-z0-9])",
        ),
        ("hex-dump", r"(?:[0-9A-Fa-f]{2}[ :]){64,}[0-9A-Fa-f]{2}"),
    ]
    .into_iter()
    .map(|(name, pattern)| {
        (
            name,
            Regex::new(pattern).expect("the raw-content shapes are valid regexes"),
        )
    })
    .collect()
});

static ENCODED_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9+/]+").expect("a valid regex"));

/// Whether `shape` is one of the raw-content shapes (not a secret shape).
pub fn is_raw_content(shape: &str) -> bool {
    shape == "encoded-blob" || RAW_CONTENT.iter().any(|(s, _)| *s == shape)
}

/// `text` with fullwidth ASCII forms (U+FF01–U+FF5E) read as ASCII and
/// zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens
/// dropped, so `ＵＳＥＲ ＰＲＯＭＰＴ:` or `USER\u{200B}PROMPT:` is not a way
/// around a marker. Borrowed when there is nothing to fold.
fn fold(text: &str) -> Cow<'_, str> {
    let folds = |c: char| matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}');
    if !text.chars().any(folds) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Every raw-content shape (see [`MAX_ENCODED_RUN`]) in `text` (read after
/// folding fullwidth forms and dropping zero-width characters; offsets are
/// then into the folded text).
pub fn scan_raw_content(text: &str) -> Vec<Match> {
    let folded = fold(text);
    let text: &str = &folded;
    let mut out: Vec<Match> = RAW_CONTENT
        .iter()
        .flat_map(|(shape, re)| {
            re.find_iter(text).map(move |m| Match {
                shape,
                pointer: String::new(),
                offset: m.start(),
            })
        })
        .collect();
    out.extend(
        ENCODED_RUN
            .find_iter(text)
            .filter(|m| {
                m.as_str().len() > MAX_ENCODED_RUN && m.as_str().bytes().any(|b| b.is_ascii_digit())
            })
            .map(|m| Match {
                shape: "encoded-blob",
                pointer: String::new(),
                offset: m.start(),
            }),
    );
    out.sort_by_key(|f| (f.offset, f.shape));
    out
}

/// What a receipt or an evidence document must not carry, member by member:
/// every key and every string value is scanned for secret shapes
/// ([`scan_text`]) and raw-content shapes ([`scan_raw_content`]), and every
/// member with a string value is scanned once more as `key=value`, so that
/// `{"password": "hunter2"}` or `{"prompt": "…"}` is found although neither
/// half is a shape on its own. A key that is itself a finding is shown in
/// pointers as `[redacted: <shape>]`, never as written.
pub fn scan_document(value: &Value) -> Vec<Match> {
    let mut out = Vec::new();
    walk_document(value, String::new(), &mut out);
    out
}

fn text_findings(text: &str) -> Vec<Match> {
    let mut found = scan_text(text);
    found.extend(scan_raw_content(text));
    found
}

fn walk_document(value: &Value, pointer: String, out: &mut Vec<Match>) {
    let at = |pointer: &str, found: Vec<Match>| {
        found
            .into_iter()
            .map(|f| Match {
                pointer: pointer.to_string(),
                ..f
            })
            .collect::<Vec<_>>()
    };
    match value {
        Value::String(s) => out.extend(at(&pointer, text_findings(s))),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_document(item, format!("{pointer}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let key_findings = text_findings(k);
                let segment = match key_findings.first() {
                    Some(f) => format!("[redacted: {}]", f.shape),
                    None => crate::base::json::escape_pointer_segment(k),
                };
                let member = format!("{pointer}/{segment}");
                out.extend(at(&member, key_findings.clone()));
                if let Value::String(s) = v
                    && key_findings.is_empty()
                    && text_findings(s).is_empty()
                {
                    // Only what the pair adds: each half was scanned alone.
                    out.extend(at(&member, text_findings(&format!("{k}={s}"))));
                }
                walk_document(v, member, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<&'static str> {
        scan_text(text).into_iter().map(|f| f.shape).collect()
    }

    #[test]
    fn a_private_key_block_is_redacted_whole() {
        let text = "x \"-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----\" y";
        assert_eq!(redact(text), "x \"[redacted: private-key-block]\" y");
        let cut = "-----BEGIN PRIVATE KEY-----\nMIIEpAIBAAKCAQEA";
        assert_eq!(redact(cut), "[redacted: private-key-block]");
    }

    #[test]
    fn glued_tokens_are_found() {
        assert_eq!(
            shapes("x_ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
            ["github-token"]
        );
        assert_eq!(shapes("AKIABBBBBBBBBBBBBBBBc"), ["aws-access-key-id"]);
    }

    #[test]
    fn keys_are_scanned_too() {
        let v = serde_json::json!({"labels": {"ghp_abcdefghijklmnopqrstuvwxyz0123456789": "v"}});
        let found = scan_value(&v);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].pointer,
            "/labels/ghp_abcdefghijklmnopqrstuvwxyz0123456789"
        );
    }

    #[test]
    fn each_shape_is_found() {
        assert_eq!(
            shapes("-----BEGIN OPENSSH PRIVATE KEY-----"),
            ["private-key-block"]
        );
        assert_eq!(
            shapes("https://alice:hunter2@models.example"),
            ["credentials-in-url"]
        );
        for pair in [
            "password=x1",
            "PASSWD=abc",
            "--token=abc123",
            "secret = s3",
            "api_key=k",
            "api-key=k",
            "apikey=k",
            "aws_secret_access_key=wJalrXUtnFEMI",
            "access-key=k",
            "private_key=k",
        ] {
            assert_eq!(shapes(pair), ["secret-key-value"], "{pair}");
        }
        assert_eq!(
            shapes("Authorization: Bearer abcdefgh12345678"),
            ["bearer-token"]
        );
        assert_eq!(shapes("sk-abcdefghijklmnopqrstuv"), ["openai-style-key"]);
        assert_eq!(
            shapes("ghp_abcdefghijklmnopqrstuvwxyz0123"),
            ["github-token"]
        );
        assert_eq!(
            shapes("github_pat_11ABCDEFG0123456789_abcdef"),
            ["github-token"]
        );
        assert_eq!(shapes("xoxb-1234567890-abcdef"), ["slack-token"]);
        assert_eq!(shapes("AKIAABCDEFGHIJKLMNOP"), ["aws-access-key-id"]);
        assert_eq!(shapes("glpat-abcdefghijklmnopqrst"), ["gitlab-token"]);
        assert_eq!(
            shapes("hf_AkWvj7FAc9QeWJKY40uvSwMFLZDe1f8rES"),
            ["huggingface-token"]
        );
        assert_eq!(
            shapes("api_org_abcdefghijklmnopqrstuvwxyzABCD"),
            ["huggingface-token"]
        );
        assert_eq!(
            shapes("AIzaSyA1234567890abcdefghijklmnopqrstuv"),
            ["google-api-key"]
        );
        assert_eq!(
            shapes(
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
            ),
            ["json-web-token"]
        );
        // Configuration that merely mentions them is not a secret.
        for text in ["hf_transfer", "HF_HUB_ENABLE_HF_TRANSFER=1", "eyJ.eyJ.x"] {
            assert_eq!(shapes(text), Vec::<&str>::new(), "{text}");
        }
    }

    fn raw(text: &str) -> Vec<&'static str> {
        scan_raw_content(text)
            .into_iter()
            .map(|f| f.shape)
            .collect()
    }

    #[test]
    fn each_raw_content_shape_is_found() {
        for (text, shape) in [
            ("USER PROMPT: summarise patient 4711", "prompt-label"),
            ("system_prompt=You are a helpful assistant", "prompt-label"),
            ("systemPrompt: be terse", "prompt-label"),
            ("prompt: hello", "prompt-label"),
            ("<|im_start|>user hi<|im_end|>", "chat-template-token"),
            ("<|start_header_id|>system", "chat-template-token"),
            ("[INST] tell me [/INST]", "chat-template-token"),
            ("<<SYS>> be nice", "chat-template-token"),
            ("<start_of_turn>user", "chat-template-token"),
            ("### Instruction: do it", "transcript-heading"),
            ("KV cache dump follows", "kv-cache-dump"),
            ("kv_cache_tensors attached", "kv-cache-dump"),
            ("prompt-cache dump", "kv-cache-dump"),
            ("ＵＳＥＲ ＰＲＯＭＰＴ: fullwidth", "prompt-label"),
            ("USER\u{200B}PROMPT\u{2060}: zero-width", "prompt-label"),
        ] {
            assert!(raw(text).contains(&shape), "{text}: {:?}", raw(text));
        }
        let blob = "QUJD".repeat(32) + "0";
        assert_eq!(raw(&blob), ["encoded-blob"]);
        let hex = "0a ".repeat(65) + "ff";
        assert!(raw(&hex).contains(&"hex-dump"));
    }

    #[test]
    fn ordinary_notes_refs_and_digests_are_not_raw_content() {
        for text in [
            "Rendering is not authorization: activation requires an allowed ActivationDecision.",
            "This receipt records that the artifact was derived from the typed AgentPod source by the named generator.",
            "no raw prompt or KV-cache content is recorded",
            "rawPromptContentIncluded",
            "sha256:c463440240e1bcb9aac55fde84b0fd80c09b390daa51f4f448741183fbc01ebd",
            &format!("sha512:{}", "ab".repeat(64)),
            "urn:srcos:agent-machine:cache-tier:workstation-kv-cache",
            "kv-cache",
            "prompt-cache tier for agents",
            "/var/lib/agent-machine/models/qwen2.5-7b-instruct-q4_k_m.gguf",
            "https://models.example/org/repo/resolve/main/model.gguf",
            "sourceos.exposure=loopback-only",
            "a|b|c",
            "urn:srcos:agent-registry:prompt:abc",
            "prompt:abc",
        ] {
            assert_eq!(raw(text), Vec::<&str>::new(), "{text}");
        }
        // A 128-character run is a sha512 in hex: not a blob; 129 is.
        assert!(raw(&"a1".repeat(64)).is_empty());
        assert_eq!(raw(&format!("{}b", "a1".repeat(64))), ["encoded-blob"]);
        // Letters alone (a long word-path) are not a blob.
        assert!(raw(&"abc/".repeat(60)).is_empty());
    }

    #[test]
    fn documents_are_scanned_by_key_value_and_pair() {
        let doc = serde_json::json!({
            "labels": {
                "password": "hunter2",
                "prompt": "summarise",
                "USER PROMPT: summarise patient 4711": "x",
                "tokenizerDigest": "sha256:00",
                "sourceos.profile": "workstation"
            },
            "notes": ["USER PROMPT: hi", "plain note"]
        });
        let found: Vec<(String, &str)> = scan_document(&doc)
            .into_iter()
            .map(|f| (f.pointer, f.shape))
            .collect();
        assert_eq!(
            found,
            [
                ("/labels/password".to_string(), "secret-key-value"),
                ("/labels/prompt".to_string(), "prompt-label"),
                (
                    "/labels/[redacted: prompt-label]".to_string(),
                    "prompt-label"
                ),
                ("/notes/0".to_string(), "prompt-label"),
            ]
        );
    }

    #[test]
    fn ordinary_values_are_not_secrets() {
        for text in [
            "tokenizer-assets",
            "--n-gpu-layers 99",
            "urn:srcos:agent-machine:cache-tier:workstation-models",
            "https://models.example/qwen.gguf",
            "max_tokens=512",
            "sourceos.exposure=loopback-only",
            "ghcr.io/ggml-org/llama.cpp:server",
            "task-runner",
        ] {
            assert_eq!(shapes(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn findings_in_documents_name_the_pointer() {
        let doc = serde_json::json!({"runtime": {"args": ["--x", "--api-key=abc"]}, "labels": {"a/b": "token=x"}});
        let found = scan_value(&doc);
        let pointers: Vec<&str> = found.iter().map(|f| f.pointer.as_str()).collect();
        assert_eq!(pointers, ["/runtime/args/1", "/labels/a~1b"]);
    }

    #[test]
    fn redaction_replaces_every_secret_and_keeps_the_rest() {
        let token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
        let message = format!("{token:?} is not one of [\"chat\",\"embedding\"]");
        let redacted = redact(&message);
        assert_eq!(
            redacted,
            "\"[redacted: github-token]\" is not one of [\"chat\",\"embedding\"]"
        );
        assert_eq!(
            redact("a AKIAABCDEFGHIJKLMNOP and --token=abc123&x=1 end"),
            "a [redacted: aws-access-key-id] and --[redacted: secret-key-value]&x=1 end"
        );
        // Overlapping shapes become one redaction.
        assert_eq!(
            redact("token=ghp_abcdefghijklmnopqrstuvwxyz0123"),
            "[redacted: secret-key-value]"
        );
        assert_eq!(
            redact("https://alice:hunter2@models.example/x"),
            "[redacted: credentials-in-url]models.example/x"
        );
        // Nothing to redact: borrowed, unchanged; redaction is idempotent.
        assert!(matches!(redact("tokenizer-assets"), Cow::Borrowed(_)));
        assert_eq!(redact(&redacted), redacted);
        for text in [
            "password=x1 é",
            "é token=é",
            "-----BEGIN RSA PRIVATE KEY-----\nabc",
        ] {
            assert!(scan_text(&redact(text)).is_empty(), "{text}");
        }
    }
}
