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
        let run = visible_ascii_run(bytes.get(i..).unwrap_or_default());
        visible += run;
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

/// How many bytes at the start of `bytes` are visible ASCII characters (`!` to `~`), counted eight
/// at a time: the scan skips such runs, the bulk of a page's text, without a step per byte.
fn visible_ascii_run(bytes: &[u8]) -> usize {
    const LANES: u64 = 0x0101_0101_0101_0101;
    let mut run = 0;
    while let Some(chunk) = bytes.get(run..run + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk);
        // A lane's top bit is set for a byte of 0x80 or more, or (adding 0x5F) for one below 0x21.
        // Carries only run to later lanes, so the first lane flagged is always right.
        let stop = (x | !x.wrapping_add(0x5F * LANES)) & (0x80 * LANES);
        let n = (stop.trailing_zeros() / 8) as usize;
        run += n;
        if n < 8 {
            break;
        }
    }
    run
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

    #[test]
    fn visible_runs_are_the_leading_visible_ascii_in_whole_chunks_of_eight() {
        for byte in 0..=255u8 {
            for len in [7, 8, 16, 21] {
                for at in 0..len {
                    let mut text = vec![b'~'; len];
                    if let Some(slot) = text.get_mut(at) {
                        *slot = byte;
                    }
                    let visible = text.iter().take_while(|b| (0x21..0x80).contains(*b)).count();
                    assert_eq!(visible_ascii_run(&text), visible.min(len / 8 * 8), "{byte:#x} at {at} of {len}");
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

