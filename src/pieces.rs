//! Which of a set of short strings occur in a text, found in one pass.
//!
//! Discovery asks a dozen word lists about every link's label and path, and extraction asks three
//! lists about every element's class and id: each time "which of these pieces occur in this short
//! text", thousands of times a page. The pieces are filed by their first two bytes, and a set of
//! 65,536 bits says which pairs of bytes start one, so a scan passes over most places of a text with
//! one bit test and compares whole pieces only where one may start.
//!
//! An Aho-Corasick automaton answered these questions before. For a few hundred pieces and texts
//! of a few dozen bytes the pair set is as fast, and without the automaton's builders and searchers
//! the wasm is 49 KB smaller (18.7 KB gzipped).

/// A set of pieces to find in texts.
#[derive(Debug, Default)]
pub(crate) struct Pieces {
    /// The pieces of two bytes or more, each with the key of its first two bytes ([`pair`]) and its
    /// index as given, sorted by that key so that those sharing a start stand together.
    sorted: Vec<(usize, &'static [u8], usize)>,
    /// Bit `a << 8 | b` set when a piece of `sorted` starts with the bytes `a`, `b`.
    pairs: Vec<u64>,
    /// The pieces of one byte, with their indices.
    single: Vec<(u8, usize)>,
}

/// The key of a piece's first two bytes.
fn pair(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

impl Pieces {
    /// Files `pieces`; a piece is known by its index in them. An empty piece is never found.
    pub(crate) fn new<'a>(pieces: impl IntoIterator<Item = &'a &'static str>) -> Pieces {
        let mut set = Pieces { pairs: vec![0; 1 << 10], ..Pieces::default() };
        for (index, piece) in pieces.into_iter().enumerate() {
            match *piece.as_bytes() {
                [] => {}
                [byte] => set.single.push((byte, index)),
                [a, b, ..] => {
                    let key = pair(a, b);
                    if let Some(bits) = set.pairs.get_mut(key / 64) {
                        *bits |= 1 << (key % 64);
                    }
                    set.sorted.push((key, piece.as_bytes(), index));
                }
            }
        }
        set.sorted.sort_by_key(|&(key, _, _)| key);
        set
    }

    /// Calls `found` with the index of the piece at every place where one occurs in `text`,
    /// overlapping ones included, from the start of the text; stops when `found` returns false.
    pub(crate) fn find(&self, text: &str, mut found: impl FnMut(usize) -> bool) {
        let bytes = text.as_bytes();
        for (at, &a) in bytes.iter().enumerate() {
            for &(_, index) in self.single.iter().filter(|(byte, _)| *byte == a) {
                if !found(index) {
                    return;
                }
            }
            let Some(&b) = bytes.get(at + 1) else { break };
            let key = pair(a, b);
            if self.pairs.get(key / 64).is_none_or(|bits| bits & (1 << (key % 64)) == 0) {
                continue;
            }
            let rest = bytes.get(at..).unwrap_or_default();
            let first = self.sorted.partition_point(|&(start, _, _)| start < key);
            for &(_, piece, index) in self.sorted.get(first..).unwrap_or_default().iter().take_while(|&&(start, _, _)| start == key) {
                if rest.starts_with(piece) && !found(index) {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Pieces;

    #[test]
    fn every_occurrence_of_every_piece_is_found() {
        let pieces: &[&'static str] = &["privacy", "priv", "vacy", "acy", "a", "cy", "", "policy", "cookie", "é", "ät", "daten", "datenschutz", "x"];
        let set = Pieces::new(pieces);
        let texts = [
            "", "a", "privacy", "privacypolicy", "our privacy policy and cookies", "datenschutzerklärung", "äté", "xxxx", "priv",
            "Privacy", "pri vacy", "cycy", "the cookie-policy/privacy#datenschutz",
        ];
        for text in texts {
            let mut got = Vec::new();
            set.find(text, |index| {
                got.push(index);
                true
            });
            got.sort_unstable();
            // Every place of the text, every piece starting there.
            let mut want: Vec<usize> = (0..text.len())
                .flat_map(|at| pieces.iter().enumerate().filter(move |(_, p)| !p.is_empty() && text.as_bytes()[at..].starts_with(p.as_bytes())).map(|(k, _)| k))
                .collect();
            want.sort_unstable();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn the_search_stops_when_asked() {
        let set = Pieces::new(&["ab", "b", "abc"]);
        let mut seen = Vec::new();
        set.find("abcabc", |index| {
            seen.push(index);
            seen.len() < 2
        });
        assert_eq!(seen.len(), 2);
    }
}
