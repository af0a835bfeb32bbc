//! Whitespace, collapsed the way a browser renders it: runs of spaces, tabs, line breaks and
//! Unicode spaces become one space, and none is left at either end.
//!
//! Text reaches the extractor in pieces (a block's text nodes), so the collapsing works piece by
//! piece ([`push_collapsed`]) and [`normalize_space`] is its one-piece case. It runs over every
//! character of a page, so it skips runs of visible ASCII eight bytes at a time and decodes only the
//! few multi-byte characters that can be whitespace.

/// Collapses runs of whitespace (including non-breaking spaces) into single spaces and trims.
pub(crate) fn normalize_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    push_collapsed(&mut out, &mut space, text);
    out
}

/// Appends `text` to `out` with its whitespace collapsed, and returns how many visible
/// (non-whitespace) characters it has. `space` carries whether whitespace came last in the pieces
/// so far, so that `out` holds what [`normalize_space`] makes of all the pieces joined.
pub(crate) fn push_collapsed(out: &mut String, space: &mut bool, text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut visible = 0;
    // The start of the current stretch of words, not yet appended: text that is already collapsed
    // (single spaces between words) is appended in one piece.
    let mut words = 0;
    let mut i = 0;
    loop {
        let (run, spaces) = stretch_run(bytes.get(i..).unwrap_or_default(), i == words);
        visible += run - spaces;
        i += run;
        let Some(&b) = bytes.get(i) else { break };
        match whitespace_at(text, i) {
            // A single space between two words stays in the stretch.
            Some(1) if b == b' ' && i > words && bytes.get(i + 1).is_some() && whitespace_at(text, i + 1).is_none() => {
                i += 1;
            }
            Some(len) => {
                push_words(out, space, text.get(words..i).unwrap_or(""));
                *space = true;
                i += len;
                // The rest of a run of ASCII whitespace (a page's indentation) in one go.
                i += bytes.get(i..).unwrap_or_default().iter().take_while(|b| matches!(b, b'\t'..=b'\r' | b' ')).count();
                words = i;
            }
            None => {
                // Counts characters by their first byte.
                visible += usize::from(b & 0xC0 != 0x80);
                i += 1;
            }
        }
    }
    push_words(out, space, text.get(words..).unwrap_or(""));
    visible
}

/// Appends words (single spaces between them, none around them) to `out`, after one space if
/// whitespace came before them.
fn push_words(out: &mut String, space: &mut bool, words: &str) {
    if words.is_empty() {
        return;
    }
    if *space && !out.is_empty() {
        out.push(' ');
    }
    *space = false;
    out.push_str(words);
}

/// How many bytes at the start of `bytes` stay in a stretch of words as they are, counted eight at
/// a time, and how many of them are spaces: visible ASCII characters (`!` to DEL), and single spaces
/// between two of them, unless the space would open the stretch (`opening`). The scan skips such
/// runs, the bulk of a page's text, without a step per byte or per word; it stops short where the
/// next chunk would have to be seen, which the caller reads byte by byte.
fn stretch_run(bytes: &[u8], opening: bool) -> (usize, usize) {
    const LANES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = 0x7F * LANES;
    const TOP: u64 = 0x80 * LANES;
    let (mut run, mut spaces) = (0, 0);
    let mut first = if opening { TOP & !0x80 } else { TOP };
    while let Some(chunk) = bytes.get(run..run + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk);
        // Lane by lane, without carries between lanes (a lane's low seven bits plus 0x7F or less
        // stay below 0x100): visible is 0x21 to 0x7F, a space is 0x20 exactly.
        let visible = ((x & LOW) + 0x5F * LANES) & !x & TOP;
        let y = x ^ (0x20 * LANES);
        let space = !(((y & LOW) + LOW) | y) & TOP;
        // A space stays when the byte after it, in the same chunk, is visible.
        let kept = space & (visible >> 8) & first;
        let stop = !(visible | kept) & TOP;
        let n = (stop.trailing_zeros() / 8) as usize;
        let within = u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0);
        // One bit per kept lane, added up by a multiplication into the top lane (the baseline x86
        // target has no population-count instruction).
        spaces += (((kept & within) >> 7).wrapping_mul(LANES) >> 56) as usize;
        run += n;
        if n < 8 {
            break;
        }
        first = TOP;
    }
    (run, spaces)
}

/// The length of the whitespace character at byte `i` of `text`, if there is one there (a test
/// compares it with `char::is_whitespace` for every character).
// Inlined natively, where it runs twice per space of a page; in the wasm a call is less code.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn whitespace_at(text: &str, i: usize) -> Option<usize> {
    match text.as_bytes().get(i)? {
        b'\t'..=b'\r' | b' ' => Some(1),
        // The lead bytes of every non-ASCII whitespace character (U+0085, U+00A0, U+1680, U+2000 to
        // U+205F, U+3000); other characters need no decoding.
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text.get(i..)?.chars().next().filter(|c| c.is_whitespace()).map(char::len_utf8),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whitespace_characters_are_those_of_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}x");
            let want = c.is_whitespace().then(|| c.len_utf8());
            assert_eq!(whitespace_at(&text, 0), want, "{c:?}");
        }
    }

    /// [`stretch_run`] byte by byte: visible ASCII, and spaces between two visible bytes of the
    /// same whole chunk of eight (not opening the stretch), up to the last whole chunk.
    fn stretch_by_bytes(bytes: &[u8], opening: bool) -> (usize, usize) {
        let visible = |b: u8| (0x21..0x80).contains(&b);
        let whole = bytes.len() / 8 * 8;
        let (mut run, mut spaces) = (0, 0);
        while run < whole {
            let b = bytes[run];
            let next_in_chunk = (run + 1) % 8 != 0;
            let kept = b == b' ' && !(opening && run == 0) && next_in_chunk && visible(bytes[run + 1]);
            if !visible(b) && !kept {
                break;
            }
            spaces += usize::from(kept);
            run += 1;
        }
        (run, spaces)
    }

    #[test]
    fn stretches_are_visible_ascii_and_single_spaces_in_whole_chunks_of_eight() {
        // Every byte value at every place of words with single and double spaces, in texts of
        // whole and partial chunks, opening a stretch or not.
        for byte in 0..=255u8 {
            for fill in [&b"ab c~"[..], b"a  b", b" x", b"words"] {
                for len in [7, 8, 15, 16, 21, 24] {
                    for at in 0..len {
                        let mut text: Vec<u8> = (0..len).map(|i| fill[i % fill.len()]).collect();
                        text[at] = byte;
                        for opening in [false, true] {
                            assert_eq!(stretch_run(&text, opening), stretch_by_bytes(&text, opening), "{byte:#x} at {at} of {len} in {fill:?}, {opening}");
                        }
                    }
                }
            }
        }
    }

    /// Whitespace collapsed the way it was before it was done piece by piece.
    fn by_splitting(text: &str) -> String {
        text.split(char::is_whitespace).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn pieces_collapse_as_their_joined_text_does() {
        let pieces = [
            "", " ", "  ", "\u{a0}", "\u{2003}", "\u{3000}", "\u{85}", "\t\n", "\u{b}", "\u{1c}", "\u{200b}", "Wort", "é",
            "eine Zeile mit Wörtern", "x\u{2028}y", "a  b", "日本",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let (mut out, mut space) = (String::new(), false);
                    let visible: usize = [a, b, c].iter().map(|p| push_collapsed(&mut out, &mut space, p)).sum();
                    let joined = format!("{a}{b}{c}");
                    assert_eq!(out, by_splitting(&joined), "{joined:?}");
                    assert_eq!(normalize_space(&joined), out, "{joined:?}");
                    assert_eq!(visible, joined.chars().filter(|c| !c.is_whitespace()).count(), "{joined:?}");
                }
            }
        }
    }
}

