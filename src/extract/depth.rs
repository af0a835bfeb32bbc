//! Caps how deep a page's elements nest, before the HTML parser sees it.
//!
//! html5ever handles any depth without recursion, but several of its tree-building steps ("is there
//! a `<p>` in button scope?") walk the whole stack of open elements, so a page of 100,000 nested
//! `<div>`s costs it 100,000² steps. Browsers cap the depth of the tree their parser builds (Blink
//! at 512). We do the same, one step earlier: a linear scan over the markup keeps a rough count of
//! open elements and leaves out the tags (never the text) that would open or close an element deeper
//! than [`MAX_DEPTH`]. The text still reaches the page; only its excess structure is lost.
//!
//! The count is rough on purpose: elements whose end tag is optional (`p`, `li`, `td` …) and void
//! elements (`br`, `img` …) are not counted, because pages leave them open by the thousand and they
//! never nest deeply by themselves.

use std::borrow::Cow;

/// How deep elements may nest. Real pages stay far below it (Blink caps its parser at 512; the
/// uncounted optional-end elements can double the real depth, and every level costs html5ever time).
pub(crate) const MAX_DEPTH: usize = 256;

/// Elements that never have an end tag.
fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link" | b"meta" | b"param"
            | b"source" | b"track" | b"wbr" | b"keygen" | b"basefont" | b"bgsound" | b"frame"
    )
}

/// Elements whose end tag may be left out, which pages do freely.
fn has_optional_end(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"li" | b"dt" | b"dd" | b"tr" | b"td" | b"th" | b"option" | b"optgroup" | b"tbody" | b"thead"
            | b"tfoot" | b"colgroup" | b"caption" | b"rb" | b"rt" | b"rp" | b"rtc" | b"html" | b"head" | b"body"
    )
}

/// Optional-end elements that only close each other inside their parent (`<ruby>`, `<select>`): outside
/// it the parser nests them, `<rb><rb><rb>…` as deep as `<div>`s, so there they are counted.
fn nests_outside(name: &[u8]) -> Option<&'static [u8]> {
    match name {
        b"rb" | b"rt" | b"rp" | b"rtc" => Some(b"ruby"),
        b"optgroup" => Some(b"select"),
        _ => None,
    }
}

/// Elements whose content is raw text up to their end tag (`<script>` holding `"<div>"`).
fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed" | b"noframes" | b"noscript"
    )
}

/// `html` with the tags nested deeper than [`MAX_DEPTH`] left out; borrowed when there are none.
pub(crate) fn cap_depth(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    // How many `<ruby>` and `<select>` elements are open, for `nests_outside`.
    let (mut rubies, mut selects) = (0usize, 0usize);
    let mut i = 0;
    let mut name_buf = [0u8; 16];
    // memchr: the scan runs over every byte of the page before the parser does, most of them text.
    while let Some(offset) = bytes.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let start = i + offset;
        let rest = bytes.get(start + 1..).unwrap_or(&[]);
        if rest.starts_with(b"!--") {
            i = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let (closing, name_start) = match rest.first() {
            Some(b'/') => (true, start + 2),
            Some(b) if b.is_ascii_alphabetic() => (false, start + 1),
            Some(b'!' | b'?') => {
                i = find(bytes, start + 1, b">").map_or(bytes.len(), |e| e + 1);
                continue;
            }
            _ => {
                i = start + 1;
                continue;
            }
        };
        let name_len = bytes.get(name_start..).unwrap_or(&[]).iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            i = start + 1;
            continue;
        }
        let end = tag_end(bytes, name_start + name_len);
        // Lower-case the name into a small buffer; long names are custom elements and count as usual.
        let name: &[u8] = if name_len <= name_buf.len() {
            for (k, b) in bytes.get(name_start..name_start + name_len).unwrap_or(&[]).iter().enumerate() {
                if let Some(slot) = name_buf.get_mut(k) {
                    *slot = b.to_ascii_lowercase();
                }
            }
            name_buf.get(..name_len).unwrap_or(&[])
        } else {
            b"custom-element"
        };
        let self_closing = end >= 2 && bytes.get(end - 2) == Some(&b'/');
        let outside_parent = match nests_outside(name) {
            Some(b"ruby") => rubies == 0,
            Some(_) => selects == 0,
            None => false,
        };
        let counted = !is_void(name) && (!has_optional_end(name) || outside_parent);
        let parents = match name {
            b"ruby" => Some(&mut rubies),
            b"select" => Some(&mut selects),
            _ => None,
        };
        if let Some(open) = parents {
            *open = if closing { open.saturating_sub(1) } else { *open + usize::from(!self_closing) };
        }
        // Links are never cut: discovery needs them at any depth, and `<a>` cannot nest (the parser
        // closes an open `<a>` when another starts), so keeping them costs the parser nothing.
        let cuttable = name != b"a";
        if closing {
            if counted {
                if depth > MAX_DEPTH && cuttable {
                    cuts.push((start, end));
                }
                depth = depth.saturating_sub(1);
            }
            i = end;
            continue;
        }
        if counted && !self_closing {
            depth += 1;
            if depth > MAX_DEPTH && cuttable {
                cuts.push((start, end));
            }
        }
        i = end;
        if is_raw_text(name) && !self_closing {
            // Skip to the matching end tag, without reading the raw text as markup.
            let raw_name = name.to_vec();
            let mut at = end;
            loop {
                let Some(lt) = find(bytes, at, b"</") else {
                    i = bytes.len();
                    break;
                };
                let candidate = bytes.get(lt + 2..lt + 2 + raw_name.len()).unwrap_or(&[]);
                if candidate.eq_ignore_ascii_case(&raw_name) {
                    i = lt;
                    break;
                }
                at = lt + 2;
            }
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in cuts {
        // Tags start at '<' and end after '>', both ASCII, so these are char boundaries.
        if let Some(kept) = html.get(from..start) {
            out.push_str(kept);
        }
        from = end;
    }
    if let Some(rest) = html.get(from..) {
        out.push_str(rest);
    }
    Cow::Owned(out)
}

/// The index just past the `>` that ends a tag whose attributes start at `from`, honouring quotes.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    loop {
        let Some(k) = bytes.get(at..).and_then(|rest| memchr::memchr3(b'"', b'\'', b'>', rest)) else {
            return bytes.len();
        };
        let found = at + k;
        match bytes.get(found) {
            Some(b'>') => return found + 1,
            // A quoted value runs to the same quote; a `>` inside it does not end the tag.
            Some(&quote) => match bytes.get(found + 1..).and_then(|rest| memchr::memchr(quote, rest)) {
                Some(e) => at = found + 1 + e + 1,
                None => return bytes.len(),
            },
            None => return bytes.len(),
        }
    }
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = bytes.get(from..)?;
    let first = *needle.first()?;
    let mut at = 0;
    while let Some(p) = memchr::memchr(first, hay.get(at..)?) {
        if hay.get(at + p..)?.starts_with(needle) {
            return Some(from + at + p);
        }
        at += p + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let html = "<html><body><div><p>a<p>b<ul><li>x<li>y</ul><script>if (a<b) '<div>'</script></div></body></html>";
        assert!(matches!(cap_depth(html), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_end_at_the_first_unquoted_closing_bracket() {
        let cases: &[(&str, usize)] = &[
            ("a>", 2),
            ("a title='x>y'>", 14),
            ("a title=\"it's\">", 15),
            ("a title='open", 13),
            ("", 0),
        ];
        for (tag, end) in cases {
            assert_eq!(tag_end(tag.as_bytes(), 0), *end, "{tag}");
        }
    }

    #[test]
    fn deep_pages_keep_their_text() {
        let n = MAX_DEPTH + 100;
        let html = format!("{}text{}", "<div class='a>b'>".repeat(n), "</div>".repeat(n));
        let capped = cap_depth(&html);
        assert_eq!(capped.matches("<div").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("text"));
    }
}
