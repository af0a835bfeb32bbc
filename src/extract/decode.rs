//! Turns the bytes of a document into text, whatever its charset.
//!
//! The order is the one browsers use, minus the HTTP header we do not have: a byte-order mark wins;
//! then a `<meta charset>` or `<meta http-equiv="Content-Type">` near the top of the page; then, if
//! the bytes are valid UTF-8, UTF-8; else windows-1252, the charset old pages without a declaration
//! were almost always written in (and what browsers assume for ISO-8859-1 labels anyway).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the document a `<meta>` charset is looked for. Browsers look at 1024 bytes; saved
/// pages often have long comments and scripts first, so look a little further.
const META_SCAN_BYTES: usize = 4096;

/// Decodes `bytes` to text. Never fails: undecodable bytes become U+FFFD.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let (encoding, skip) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, bom),
        None => (sniff(bytes), 0),
    };
    let rest = bytes.get(skip..).unwrap_or(&[]);
    let (text, _) = encoding.decode_without_bom_handling(rest);
    text
}

/// The encoding of a document without a byte-order mark.
fn sniff(bytes: &[u8]) -> &'static Encoding {
    let head = bytes.get(..META_SCAN_BYTES).unwrap_or(bytes);
    if let Some(encoding) = meta_charset(head) {
        // A page cannot declare itself UTF-16 in an ASCII `<meta>`; the HTML standard reads that as UTF-8.
        if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            return UTF_8;
        }
        if encoding == encoding_rs::X_USER_DEFINED {
            return WINDOWS_1252;
        }
        return encoding;
    }
    if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        WINDOWS_1252
    }
}

/// The charset named by the first `<meta>` that names one, if encoding_rs knows the label.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(lower.get(from..)?, b"<meta") {
        let start = from + at;
        let end = find(lower.get(start..)?, b">").map_or(lower.len(), |e| start + e);
        let tag = lower.get(start..end)?;
        if let Some(label) = charset_in(tag) {
            if let Some(encoding) = Encoding::for_label(label) {
                return Some(encoding);
            }
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
