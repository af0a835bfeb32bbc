//! Splits a block of text into sentences.
//!
//! A full stop (or `!`, `?`) ends a sentence only when a space and the start of a new sentence (a
//! capital, a digit, an opening quote or bracket) follow it, possibly after closing quotes or
//! brackets. It never ends one after a known abbreviation ("e.g.", "Inc.", "U.S."), a single initial
//! ("John F. Kennedy") or a list number at the start of the block ("1. Introduction"); a dot that is
//! not followed by a space (numbers like "2.5", addresses like "www.example.com/a.b") is never an
//! end at all. Misses cost little: a clause that holds two sentences is still quoted correctly.

/// Abbreviations after which a dot does not end a sentence, lower-cased, dot included.
const ABBREVIATIONS: &[&str] = &[
    "e.g.", "i.e.", "etc.", "inc.", "ltd.", "co.", "corp.", "llc.", "l.l.c.", "u.s.", "u.s.a.", "u.k.", "e.u.",
    "no.", "nos.", "vs.", "v.", "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "fig.", "approx.",
    "cf.", "a.m.", "p.m.", "p.", "pp.", "ch.", "vol.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.", "dept.", "est.", "tel.", "ext.", "sec.", "para.", "art.", "s.a.",
    "z.b.", "bzw.", "ca.", "d.h.", "u.a.", "abs.", "nr.", "ggf.", "usw.", "vgl.", "p.ex.", "av.", "sr.ª",
    "zt.", "z.zt.", "sog.", "inkl.", "evtl.", "gem.", "lt.", "bspw.", "insb.", "mind.", "zzgl.", "ff.", "str.",
    "max.", "min.", "allg.", "ziff.", "lit.", "s.",
];

/// Whether `word` (lower-cased, without its dot) is an abbreviation that ends with a dot, such as "bzw",
/// "ggf" or "e.g": a dot after it ends no sentence and no clause.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| a.strip_suffix('.') == Some(word))
}

/// Articles and article-fused prepositions after which a number with a dot is an ordinal, not the
/// end of a sentence (German writes "das 18. Lebensjahr", "am 25. Mai 2018").
const ORDINAL_ARTICLES: &[&str] = &["der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim"];

/// Closing marks that may sit between the end of a sentence and the space after it.
fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '“' | '‘' | '«')
}

/// Marks that may open a sentence before its first letter.
fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '»' | '„' | '‚' | '¿' | '¡')
}

/// Whether `bytes` may hold full-width or ideographic punctuation: whether it holds 0xE3 or 0xEF,
/// the bytes their UTF-8 starts with, which text in Latin script hardly ever does. memchr answers at
/// native speed; in the wasm a plain loop is less code.
pub(crate) fn has_wide_punctuation(bytes: &[u8]) -> bool {
    if cfg!(target_arch = "wasm32") {
        bytes.iter().any(|b| matches!(b, 0xE3 | 0xEF))
    } else {
        memchr::memchr2(0xE3, 0xEF, bytes).is_some()
    }
}

/// Splits `text` (already whitespace-normalised) into trimmed sentences.
pub(crate) fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Where the scan for the next end mark resumes. The marks are `.`, `!`, `?` and their full-width
    // forms, whose UTF-8 starts with 0xE3 or 0xEF: a byte scan finds them without decoding the text,
    // and text without such bytes (nearly all of it) is scanned by memchr.
    // memchr is native speed only; in the wasm it would be code for a loop like the one below.
    let full_width = cfg!(target_arch = "wasm32") || has_wide_punctuation(bytes);
    let next_mark = |rest: &[u8]| {
        if full_width {
            rest.iter().position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE3 | 0xEF))
        } else {
            memchr::memchr3(b'.', b'!', b'?', rest)
        }
    };
    let mut from = 0;
    while let Some(k) = bytes.get(from..).and_then(next_mark) {
        let i = from + k;
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        from = i + c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '。' | '！' | '？') {
            continue;
        }
        // The end of the candidate sentence: after the punctuation and any closing marks.
        let mut end = from;
        for next in text.get(end..).unwrap_or("").chars() {
            if is_closing(next) || matches!(next, '.' | '!' | '?') {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        from = end;
        let Some(rest) = text.get(end..) else { break };
        let Some(after_space) = rest.strip_prefix(' ') else { continue };
        let first = after_space.trim_start_matches(is_opening).chars().next();
        if !first.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit()) {
            continue;
        }
        if c == '.' && !ends_sentence(text.get(start..=i).unwrap_or("")) {
            continue;
        }
        if let Some(sentence) = text.get(start..end).map(str::trim).filter(|s| !s.is_empty()) {
            out.push(sentence);
        }
        start = end;
    }
    if let Some(rest) = text.get(start..).map(str::trim).filter(|s| !s.is_empty()) {
        out.push(rest);
    }
    out
}

/// Whether the dot at the end of `sentence` (the text since the last break, dot included) ends it.
fn ends_sentence(sentence: &str) -> bool {
    let word = sentence.rsplit(' ').next().unwrap_or(sentence);
    let word = word.trim_start_matches(is_opening).to_lowercase();
    if ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    let letters = word.trim_end_matches('.');
    // A single initial ("F."), or a run of them ("J.R.R.").
    if !letters.is_empty() && letters.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic)) {
        return false;
    }
    // A German ordinal after its article ("das 16. Lebensjahr", "am 25. Mai", "zum 1. Januar").
    if (1..=2).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_digit()) {
        let before = sentence.trim_end().rsplit(' ').nth(1).unwrap_or("").to_lowercase();
        if ORDINAL_ARTICLES.contains(&before.as_str()) {
            return false;
        }
    }
    // A list number opening the block ("1.", "2.3.", "iv.", "a.").
    let is_enumerator = letters.chars().all(|c| c.is_ascii_digit() || c == '.')
        || (letters.chars().count() <= 4 && letters.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    if is_enumerator && sentence.trim() == word.as_str() {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::split;

    /// One case: an input and the sentences it must split into.
    struct SplitTest {
        name: &'static str,
        input: &'static str,
        want: &'static [&'static str],
    }

    const fn t(name: &'static str, input: &'static str, want: &'static [&'static str]) -> SplitTest {
        SplitTest { name, input, want }
    }

    const BASICS: &[SplitTest] = &[
        t("two", "One. Two.", &["One.", "Two."]),
        t("marks", "Really? Yes! Fine.", &["Really?", "Yes!", "Fine."]),
        t("lowercase-after-dot", "We share data etc. and more. Next.", &["We share data etc. and more.", "Next."]),
        t("empty", "", &[]),
        t("no-final-dot", "We collect data. You can opt out", &["We collect data.", "You can opt out"]),
        t("ellipsis", "Wait... Then go.", &["Wait...", "Then go."]),
        t("unicode", "Nous collectons. Élise répond.", &["Nous collectons.", "Élise répond."]),
    ];

    const ABBREVIATIONS: &[SplitTest] = &[
        t("eg", "We use tools, e.g. Google Analytics. Then more.", &["We use tools, e.g. Google Analytics.", "Then more."]),
        t("ie", "Your data, i.e. Your name, stays. Fine.", &["Your data, i.e. Your name, stays.", "Fine."]),
        t("inc-us", "ACME Inc. is based in the U.S. We comply.", &["ACME Inc. is based in the U.S. We comply."]),
        t("initial", "Ask John F. Kennedy. He knows.", &["Ask John F. Kennedy.", "He knows."]),
        t("month", "Updated Jan. 5, 2020. Read on.", &["Updated Jan. 5, 2020.", "Read on."]),
        t("no", "See No. 5 below. Thanks.", &["See No. 5 below.", "Thanks."]),
        t("german", "Daten, z.B. Namen. Weiter.", &["Daten, z.B. Namen.", "Weiter."]),
        t("german-ordinal", "Ab dem 16. Lebensjahr gilt das. Seit dem 1. Mai auch. Wir haben 12. Dann mehr.", &["Ab dem 16. Lebensjahr gilt das.", "Seit dem 1. Mai auch.", "Wir haben 12.", "Dann mehr."]),
    ];

    const NUMBERS_AND_ADDRESSES: &[SplitTest] = &[
        t("decimal", "Version 2.5 applies. See more.", &["Version 2.5 applies.", "See more."]),
        t("money", "It costs $1.50 per month. Cancel anytime.", &["It costs $1.50 per month.", "Cancel anytime."]),
        t("url", "See https://x.test/a.b for more. Next.", &["See https://x.test/a.b for more.", "Next."]),
        t("url-at-end", "Visit www.example.com. Then write.", &["Visit www.example.com.", "Then write."]),
        t("email", "Write to privacy@example.co.uk. We answer.", &["Write to privacy@example.co.uk.", "We answer."]),
        t("digit-start", "We keep logs. 30 days is the limit.", &["We keep logs.", "30 days is the limit."]),
    ];

    const QUOTES_AND_LISTS: &[SplitTest] = &[
        t("closing-quote", "We call it \"Data.\" Then we use it.", &["We call it \"Data.\"", "Then we use it."]),
        t("opening-quote", "We stop. \"Cookies\" are files.", &["We stop.", "\"Cookies\" are files."]),
        t("paren", "Opt out (see below.) Then save.", &["Opt out (see below.)", "Then save."]),
        t("curly", "It is “personal.” We protect it.", &["It is “personal.”", "We protect it."]),
        t("enumerator", "1. Introduction to this policy. It applies.", &["1. Introduction to this policy.", "It applies."]),
        t("nested-enumerator", "2.3. Cookies We use cookies. Fine.", &["2.3. Cookies We use cookies.", "Fine."]),
        t("roman", "iv. Sharing We share. Fine.", &["iv. Sharing We share.", "Fine."]),
        t("semicolon-list", "We collect: names; emails; and phone numbers.", &["We collect: names; emails; and phone numbers."]),
    ];

    #[test]
    fn table() {
        for group in [BASICS, ABBREVIATIONS, NUMBERS_AND_ADDRESSES, QUOTES_AND_LISTS] {
            for case in group {
                assert_eq!(split(case.input), case.want, "case {}: {:?}", case.name, case.input);
            }
        }
    }

    /// The splitter as it was written before it scanned bytes: one step per character.
    fn split_by_chars(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '.' | '!' | '?' | '。' | '！' | '？') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, next)) = chars.peek() {
                if super::is_closing(next) || matches!(next, '.' | '!' | '?') {
                    end = j + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let Some(rest) = text.get(end..) else { break };
            let Some(after_space) = rest.strip_prefix(' ') else { continue };
            let first = after_space.trim_start_matches(super::is_opening).chars().next();
            if !first.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit()) {
                continue;
            }
            if c == '.' && !super::ends_sentence(text.get(start..=i).unwrap_or("")) {
                continue;
            }
            if let Some(sentence) = text.get(start..end).map(str::trim).filter(|s| !s.is_empty()) {
                out.push(sentence);
            }
            start = end;
        }
        if let Some(rest) = text.get(start..).map(str::trim).filter(|s| !s.is_empty()) {
            out.push(rest);
        }
        out
    }

    #[test]
    fn the_byte_scan_splits_as_a_character_scan_does() {
        let pieces = [
            ".", "!", "?", "。", "！", "？", " ", "\"", "”", ")", "»", "Wir", "wir", "1", "z.B.", "Nr.", "am 1.", "F.", "iv.",
            "Über", "„", "日", "ü",
        ];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let text = format!("{a}{b} {c}{d}");
                        assert_eq!(split(&text), split_by_chars(&text), "{text:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100_000);
    }

    #[test]
    fn never_panics_on_odd_text() {
        for input in [".", ". . .", "é.", "a. ", " .A", "?!", "。次", "\"", "1.", "x.\u{301} Y"] {
            let _ = split(input);
        }
    }
}
