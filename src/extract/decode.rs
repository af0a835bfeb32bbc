//! Turns the bytes of a document into text, whatever its charset.
//!
//! The order is the one browsers use, minus the HTTP header we do not have: a byte-order mark wins;
//! then a `<meta charset>` or `<meta http-equiv="Content-Type">` near the top of the page; then, if
//! the bytes are valid UTF-8, UTF-8; else windows-1252, the charset old pages without a declaration
//! were almost always written in (and what browsers assume for ISO-8859-1 labels anyway).
//!
//! The decoding itself is encoding_rs natively and the browser's `TextDecoder` in the wasm build
//! (module `backend`): both implement the WHATWG Encoding Standard, and encoding_rs's tables for the
//! CJK charsets were a sixth of the gzipped wasm. Which charset to use is decided here, once, for both.

use std::borrow::Cow;

use self::backend::Decoder;

/// How far into the document a `<meta>` charset is looked for. Browsers look at 1024 bytes; saved
/// pages often have long comments and scripts first, so look a little further.
const META_SCAN_BYTES: usize = 4096;

/// Labels of the Encoding Standard's "replacement" encoding: charsets whose decoders are unsafe to
/// ship, so the whole document decodes to one U+FFFD. `TextDecoder` refuses these labels, encoding_rs
/// accepts them; both backends answer the same by handling them here.
const REPLACEMENT_LABELS: [&str; 6] =
    ["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"];

/// Decodes `bytes` to text. Never fails: undecodable bytes become U+FFFD.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let (decoder, rest) = match bom(bytes) {
        Some((label, bom_len)) => (Decoder::for_label(label), bytes.get(bom_len..).unwrap_or(&[])),
        None => (sniff(bytes), bytes),
    };
    match decoder {
        Some(Choice::Utf8) | None => String::from_utf8_lossy(rest),
        Some(Choice::Replacement) if rest.is_empty() => Cow::Borrowed(""),
        Some(Choice::Replacement) => Cow::Borrowed("\u{FFFD}"),
        Some(Choice::Other(decoder)) => decoder.decode(rest),
    }
}

/// The decoder a document needs.
enum Choice {
    /// UTF-8: decoded without a backend (invalid bytes become U+FFFD, as in every decoder).
    Utf8,
    /// The replacement encoding.
    Replacement,
    /// Any other charset, decoded by the backend.
    Other(Decoder),
}

impl Decoder {
    /// The decoder for an encoding label, by the Encoding Standard's rules; `None` if unknown.
    fn for_label(label: &str) -> Option<Choice> {
        let label = label.trim_matches(|c: char| c.is_ascii_whitespace()).to_ascii_lowercase();
        if REPLACEMENT_LABELS.contains(&label.as_str()) {
            return Some(Choice::Replacement);
        }
        let decoder = Decoder::new(&label)?;
        Some(if decoder.name() == "utf-8" { Choice::Utf8 } else { Choice::Other(decoder) })
    }
}

/// The charset a byte-order mark announces, and the mark's length.
fn bom(bytes: &[u8]) -> Option<(&'static str, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some(("utf-8", 3)),
        [0xFF, 0xFE, ..] => Some(("utf-16le", 2)),
        [0xFE, 0xFF, ..] => Some(("utf-16be", 2)),
        _ => None,
    }
}

/// The decoder for a document without a byte-order mark.
fn sniff(bytes: &[u8]) -> Option<Choice> {
    let head = bytes.get(..META_SCAN_BYTES).unwrap_or(bytes);
    if let Some(choice) = meta_charset(head) {
        return Some(choice);
    }
    if std::str::from_utf8(bytes).is_ok() {
        Some(Choice::Utf8)
    } else {
        Decoder::for_label("windows-1252")
    }
}

/// The charset named by the first `<meta>` that names one the Encoding Standard knows.
fn meta_charset(head: &[u8]) -> Option<Choice> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(lower.get(from..)?, b"<meta") {
        let start = from + at;
        let end = find(lower.get(start..)?, b">").map_or(lower.len(), |e| start + e);
        let tag = lower.get(start..end)?;
        if let Some(choice) = charset_in(tag).and_then(|label| std::str::from_utf8(label).ok()).and_then(Decoder::for_label) {
            return Some(match choice {
                // UTF-16 in an ASCII `<meta>` is a mistake the HTML standard reads as UTF-8, and
                // x-user-defined (bytes as private-use characters) as windows-1252.
                Choice::Other(decoder) if matches!(decoder.name().as_str(), "utf-16le" | "utf-16be") => Choice::Utf8,
                Choice::Other(decoder) if decoder.name() == "x-user-defined" => {
                    Decoder::for_label("windows-1252").unwrap_or(Choice::Utf8)
                }
                other => other,
            });
        }
        from = end;
    }
    None
}

/// The value after `charset=` in a tag, covering both `charset="x"` and
/// `content="text/html; charset=x"`.
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")?;
    let mut rest = tag.get(at + b"charset".len()..)?;
    while let [b' ' | b'\t' | b'\n' | b'\r', tail @ ..] = rest {
        rest = tail;
    }
    rest = rest.strip_prefix(b"=")?;
    while let [b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'', tail @ ..] = rest {
        rest = tail;
    }
    let len = rest.iter().position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>')).unwrap_or(rest.len());
    let label = rest.get(..len)?;
    (!label.is_empty()).then_some(label)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// encoding_rs, natively: the CLI, the tests and the benchmarks.
#[cfg(not(target_arch = "wasm32"))]
mod backend {
    use std::borrow::Cow;

    use encoding_rs::Encoding;

    /// A decoder for one charset.
    pub(super) struct Decoder(&'static Encoding);

    impl Decoder {
        /// The decoder for a lowercase, trimmed label; `None` if the label names no charset.
        pub(super) fn new(label: &str) -> Option<Decoder> {
            Encoding::for_label_no_replacement(label.as_bytes()).map(Decoder)
        }

        /// The charset's canonical name, lowercase ("windows-1252").
        pub(super) fn name(&self) -> String {
            self.0.name().to_ascii_lowercase()
        }

        /// Decodes bytes that carry no byte-order mark.
        pub(super) fn decode<'a>(&self, bytes: &'a [u8]) -> Cow<'a, str> {
            self.0.decode_without_bom_handling(bytes).0
        }
    }
}

/// The browser's `TextDecoder`, in the extension: the browser already carries every charset's tables.
#[cfg(target_arch = "wasm32")]
mod backend {
    use std::borrow::Cow;

    use wasm_bindgen::JsValue;

    /// A decoder for one charset.
    pub(super) struct Decoder(web_sys::TextDecoder);

    impl Decoder {
        /// The decoder for a lowercase, trimmed label; `None` if the label names no charset.
        pub(super) fn new(label: &str) -> Option<Decoder> {
            let options = web_sys::TextDecoderOptions::new();
            // We strip the byte-order mark ourselves; a second one is text, as with encoding_rs.
            js_sys::Reflect::set(&options, &JsValue::from_str("ignoreBOM"), &JsValue::TRUE).ok()?;
            web_sys::TextDecoder::new_with_label_and_options(label, &options).ok().map(Decoder)
        }

        /// The charset's canonical name, lowercase ("windows-1252").
        pub(super) fn name(&self) -> String {
            self.0.encoding()
        }

        /// Decodes bytes that carry no byte-order mark.
        pub(super) fn decode<'a>(&self, bytes: &'a [u8]) -> Cow<'a, str> {
            // Not fatal, so decoding cannot fail; an empty text is the safe answer if it ever did.
            Cow::Owned(self.0.decode_with_u8_array(bytes).unwrap_or_default())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_values() {
        let cases: &[(&[u8], Option<&[u8]>)] = &[
            (b"<meta charset=\"utf-8\"", Some(b"utf-8")),
            (b"<meta charset=windows-1252", Some(b"windows-1252")),
            (b"<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"", Some(b"iso-8859-1")),
            (b"<meta name=\"x\"", None),
            (b"<meta charset=", None),
        ];
        for (tag, want) in cases {
            assert_eq!(charset_in(tag), *want, "{}", String::from_utf8_lossy(tag));
        }
    }
}
