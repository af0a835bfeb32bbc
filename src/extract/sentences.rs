//! Splits a block of text into sentences.
//!
//! A full stop ends a sentence only when what follows looks like the start of a new one, and never
//! after a known abbreviation ("e.g.", "Inc.", "U.S.") or inside a number or an address.

const ABBREVIATIONS: &[&str] = &[
    "e.g.", "i.e.", "etc.", "inc.", "ltd.", "co.", "corp.", "u.s.", "u.k.", "e.u.", "no.", "vs.", "mr.",
    "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "llc.", "fig.", "approx.", "cf.", "z.b.", "bzw.", "ca.",
    "d.h.", "u.a.", "art.", "abs.", "sec.", "para.",
];

/// Splits `text` (already whitespace-normalised) into trimmed sentences.
pub(crate) fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?' | ';') {
            continue;
        }
        let end = i + c.len_utf8();
        // A sentence ends only at punctuation followed by a space and an uppercase letter, digit or quote.
        if bytes.get(end) != Some(&b' ') {
            continue;
        }
        let next = text[end + 1..].chars().next();
        if !next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || n == '"' || n == '(' || n == '“') {
            continue;
        }
        if c == ';' {
            continue;
        }
        let word_start = text[..i].rfind(' ').map_or(start, |p| p + 1).max(start);
        let word = text[word_start..end].to_lowercase();
        if ABBREVIATIONS.iter().any(|a| word.ends_with(a)) {
            continue;
        }
        // A single capital letter followed by a dot is an initial ("John F. Kennedy").
        if word.len() == 2 && word.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        let sentence = text[start..end].trim();
        if !sentence.is_empty() {
            out.push(sentence);
        }
        start = end;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("We use tools, e.g. Google Analytics. Then more.", &["We use tools, e.g. Google Analytics.", "Then more."]),
            ("ACME Inc. is based in the U.S. We comply.", &["ACME Inc. is based in the U.S. We comply."]),
            ("Version 2.5 applies. See https://x.test/a.b for more.", &["Version 2.5 applies.", "See https://x.test/a.b for more."]),
            ("Really? Yes!", &["Really?", "Yes!"]),
        ];
        for (input, want) in cases {
            assert_eq!(split(input), *want, "input: {input}");
        }
    }
}
