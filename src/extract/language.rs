//! Guesses the language of a policy from its most common function words.
//!
//! Policies are long, so counting a few dozen very frequent words per language is both reliable and
//! tiny, which matters in a wasm bundle.

use serde::{Deserialize, Serialize};

/// A language the engine can recognise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English.
    #[serde(rename = "en")]
    English,
    /// German.
    #[serde(rename = "de")]
    German,
    /// French.
    #[serde(rename = "fr")]
    French,
    /// Spanish.
    #[serde(rename = "es")]
    Spanish,
    /// Italian.
    #[serde(rename = "it")]
    Italian,
    /// Dutch.
    #[serde(rename = "nl")]
    Dutch,
    /// Portuguese.
    #[serde(rename = "pt")]
    Portuguese,
    /// Not recognised.
    #[serde(rename = "und")]
    Unknown,
}

/// Very frequent words per language. Words two languages share ("de", "e", "que") are left out
/// where they would blur the line between close languages (es/pt/it, nl/de).
const STOPWORDS: &[(Language, &[&str])] = &[
    (Language::English, &["the", "and", "of", "to", "you", "your", "we", "our", "is", "with", "that", "for", "or", "information", "this", "may", "are", "be"]),
    (Language::German, &["der", "die", "und", "das", "wir", "sie", "ihre", "nicht", "mit", "von", "zu", "den", "daten", "werden", "ist", "auf", "für", "dem", "sich", "oder", "du", "deine", "dich", "dir"]),
    (Language::French, &["le", "la", "les", "et", "des", "vous", "nous", "vos", "est", "une", "pour", "dans", "données", "du", "au", "aux", "sont", "ou", "votre", "sur"]),
    (Language::Spanish, &["el", "los", "las", "y", "del", "usted", "sus", "para", "con", "una", "datos", "por", "su", "es", "al", "como", "o", "está", "puede"]),
    (Language::Italian, &["il", "di", "che", "gli", "della", "dei", "per", "una", "sono", "dati", "non", "suoi", "delle", "nel", "alla", "ai", "è", "questo", "nostro"]),
    (Language::Dutch, &["de", "het", "een", "en", "van", "wij", "uw", "je", "niet", "met", "voor", "zijn", "gegevens", "op", "ons", "worden", "dat", "deze", "kunnen"]),
    (Language::Portuguese, &["o", "os", "as", "do", "da", "dos", "você", "seus", "para", "com", "uma", "dados", "não", "ao", "em", "no", "na", "pelo", "sua"]),
];

/// Which languages each function word belongs to, as a bit set over `STOPWORDS`, in a small
/// open-addressed table keyed by the word's bytes read as one number ([`word_key`]): a lookup is a
/// multiplication and, for most words, one probe. Built once: the reader looks up every word of a
/// policy's clauses too.
struct StopwordTable {
    /// [`STOPWORD_SLOTS`] slots, each a word's key (0 for a free slot); the keys alone, so that the
    /// table stays small in the cache.
    keys: Vec<u128>,
    /// Per slot, the languages of its word.
    languages: Vec<u8>,
}

/// Function words are shorter than this many bytes (a test checks it), so their key holds them
/// whole.
const MAX_STOPWORD_LEN: usize = 16;

/// Slots of the [`StopwordTable`]: a power of two, at least four times the function words (a test
/// checks it), so probes are short.
const STOPWORD_SLOTS: usize = 1024;

/// The bytes of `word` as a little-endian number with ASCII letters folded to lower case and the
/// length in the top byte, or `None` for a word too long to be a function word.
fn word_key(word: &[u8]) -> Option<u128> {
    let mut bytes = [0u8; 16];
    bytes.get_mut(..word.len()).filter(|_| word.len() < MAX_STOPWORD_LEN)?.copy_from_slice(word);
    Some(folded_key(u128::from_le_bytes(bytes), word.len()))
}

/// [`word_key`] for the word at `start..end` of `text`, read straight from the text when sixteen
/// bytes follow its start: a copy into a buffer read back as one number waits on the copy's stores,
/// and this runs for every word of a policy.
pub(crate) fn word_key_in(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start).filter(|len| *len < MAX_STOPWORD_LEN)?;
    match text.get(start..start + 16).and_then(|chunk| <[u8; 16]>::try_from(chunk).ok()) {
        Some(chunk) => Some(folded_key(u128::from_le_bytes(chunk) & ((1 << (8 * len)) - 1), len)),
        None => word_key(text.get(start..end)?),
    }
}

/// The key of a word of `len` bytes read as the number `key` (its bytes, little-endian, zeros
/// after it).
fn folded_key(key: u128, len: usize) -> u128 {
    const LANES: u128 = u128::from_le_bytes([1; 16]);
    // A lane's top bit marks a byte from b'A' to b'Z': at least 0x41 (adding 0x3F reaches 0x80),
    // below 0x5B (adding 0x25 does not) and ASCII. Low seven bits cannot carry into the next lane.
    let low = key & (0x7F * LANES);
    let upper = low.wrapping_add(0x3F * LANES) & !low.wrapping_add(0x25 * LANES) & !key & (0x80 * LANES);
    (key | upper >> 2) | (len as u128) << 120
}

/// The slot a key's search starts from.
fn home(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(17);
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54) as usize % STOPWORD_SLOTS
}

fn stopword_table() -> &'static StopwordTable {
    static TABLE: std::sync::OnceLock<StopwordTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = StopwordTable { keys: vec![0; STOPWORD_SLOTS], languages: vec![0; STOPWORD_SLOTS] };
        for (i, (_, list)) in STOPWORDS.iter().enumerate() {
            for key in list.iter().filter_map(|word| word_key(word.as_bytes())) {
                let mut at = home(key);
                while let (Some(slot), Some(languages)) = (table.keys.get_mut(at), table.languages.get_mut(at)) {
                    if *slot == 0 || *slot == key {
                        *slot = key;
                        *languages |= 1 << i;
                        break;
                    }
                    at = (at + 1) % STOPWORD_SLOTS;
                }
            }
        }
        table
    })
}

impl StopwordTable {
    #[cfg(test)]
    /// The languages whose function word `word` is, as a bit set. Function words are lower-case and
    /// ASCII letters are compared without case, so an ASCII word needs no lower-cased copy; any other
    /// word must come lower-cased.
    fn languages(&self, word: &[u8]) -> u8 {
        word_key(word).map_or(0, |key| self.languages_by_key(key))
    }


    /// The languages of the word whose [`word_key`] is `key`.
    fn languages_by_key(&self, key: u128) -> u8 {
        let mut at = home(key);
        // The table is never full, so a free slot ends the search.
        while let Some(&filed) = self.keys.get(at) {
            if filed == key {
                return self.languages.get(at).copied().unwrap_or(0);
            }
            if filed == 0 {
                return 0;
            }
            at = (at + 1) % STOPWORD_SLOTS;
        }
        0
    }
}

/// How many function words of each language a text holds, added up word by word from
/// [`FunctionWords::languages_of_key`]: a reader that looks every distinct word up once (the classifier's
/// memo) can tell a clause's language without reading its words again.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FunctionWords([usize; 7]);

impl FunctionWords {
    /// The languages whose function word the word with the key `key` ([`word_key_in`]) is, as a
    /// bit set (bit `i` for the `i`-th language of the table); 0 for most words.
    pub(crate) fn languages_of_key(key: u128) -> u8 {
        // As in `count_function_words`: longer words are never function words.
        if key >> 120 > 12 {
            return 0;
        }
        stopword_table().languages_by_key(key)
    }

    /// Counts a word whose languages are `mask` ([`FunctionWords::languages_of_key`]).
    pub(crate) fn add(&mut self, mask: u8) {
        add_languages(&mut self.0, mask);
    }
}

/// Adds one to the count of every language in `mask`.
fn add_languages(counts: &mut [usize; 7], mask: u8) {
    if mask == 0 {
        return;
    }
    for (i, n) in counts.iter_mut().enumerate() {
        if mask & (1 << i) != 0 {
            *n += 1;
        }
    }
}

/// How many function words of each language of `STOPWORDS` the text holds, and how many words it has
/// (at most [`MAX_WORDS`] are read). A word is a run of alphabetic characters; the scan walks bytes
/// and decodes only non-ASCII characters, since most of a policy's text is ASCII.
fn count_function_words(text: &str) -> ([usize; 7], usize) {
    let table = stopword_table();
    let mut counts = [0usize; 7];
    let mut words = 0usize;
    let mut lower = String::new();
    let bytes = text.as_bytes();
    // The character at `i`, decoded (only called on a byte that is not ASCII).
    let char_at = |i: usize| text.get(i..).and_then(|rest| rest.chars().next());
    let mut i = 0;
    while words < MAX_WORDS {
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii() && !b.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii_word = true;
        loop {
            i += ascii_letter_run(bytes.get(i..).unwrap_or_default());
            match bytes.get(i) {
                Some(b) if b.is_ascii_alphabetic() => i += 1,
                Some(b) if !b.is_ascii() => match char_at(i) {
                    Some(c) if is_letter(c) => {
                        i += c.len_utf8();
                        ascii_word = false;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        if i == start {
            // A character that is neither ASCII nor a letter.
            i += char_at(i).map_or(1, char::len_utf8);
            continue;
        }
        let Some(word) = text.get(start..i) else { continue };
        words += 1;
        // Function words are short; longer words cannot match and need no lower-casing.
        if word.len() > 12 {
            continue;
        }
        // Most words are ASCII, which the table compares without case.
        let key = if ascii_word {
            word_key_in(bytes, start, i)
        } else {
            lower.clear();
            for c in word.chars() {
                if c.is_ascii() {
                    lower.push(c.to_ascii_lowercase());
                } else {
                    for l in c.to_lowercase() {
                        lower.push(l);
                    }
                }
            }
            word_key(lower.as_bytes())
        };
        add_languages(&mut counts, key.map_or(0, |key| table.languages_by_key(key)));
    }
    (counts, words)
}

/// Whether `c` is alphabetic, answered without Unicode's tables for the accented Latin letters of
/// European languages (U+00C0 to U+024F, all letters but `×` and `÷`).
fn is_letter(c: char) -> bool {
    match c {
        '×' | '÷' => false,
        'À'..='ɏ' => true,
        _ => c.is_alphabetic(),
    }
}

/// How many bytes at the start of `bytes` are ASCII letters, tested eight at a time.
fn ascii_letter_run(bytes: &[u8]) -> usize {
    const LANES: u64 = 0x0101_0101_0101_0101;
    let mut run = 0;
    while let Some(chunk) = bytes.get(run..run + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk);
        // Setting 0x20 folds letters to 0x61..=0x7A. A lane's top bit is set for a byte of 0x80 or
        // more, for one below 0x61 once folded (adding 0x1F does not reach 0x80) and for one above
        // 0x7A (adding 5 does). Carries only run to later lanes, so the first lane flagged is right.
        let folded = x | (0x20 * LANES);
        let stop = (x | !folded.wrapping_add(0x1F * LANES) | folded.wrapping_add(0x05 * LANES)) & (0x80 * LANES);
        let n = (stop.trailing_zeros() / 8) as usize;
        run += n;
        if n < 8 {
            break;
        }
    }
    run
}

/// The weight of each language of `STOPWORDS` in `texts` (every `stride`-th clause, each counted by its
/// length for the language whose function words it holds most), and the start of the text.
fn weigh_clauses(texts: &[&str], stride: usize) -> ([usize; 7], String) {
    let mut weight = [0usize; 7];
    let mut sample = String::new();
    for text in texts.iter().step_by(stride.max(1)) {
        let (counts, _) = count_function_words(text);
        if let Some((i, n)) = counts.iter().enumerate().max_by_key(|(_, n)| **n) {
            // A clause whose function words tie between languages counts for none of them.
            let tied = counts.iter().filter(|m| **m == *n).count() > 1;
            if *n >= 2 && !tied {
                if let Some(w) = weight.get_mut(i) {
                    *w += text.len();
                }
            }
        }
        if sample.len() < 2_000 {
            sample.push_str(text);
            sample.push('\n');
        }
    }
    (weight, sample)
}

/// The index in `STOPWORDS` of the main language by `weight`: the heaviest, unless the declared
/// language (`hint`) comes close; a language for which `preferred` holds wins when it has at least a
/// quarter of the heaviest one's weight.
fn pick_main(weight: &[usize; 7], hint: Option<&str>, preferred: &impl Fn(Language) -> bool) -> usize {
    let (best, &most) = weight.iter().enumerate().max_by_key(|(_, w)| **w).unwrap_or((0, &0));
    let hinted = hint.and_then(Language::from_code).and_then(|h| STOPWORDS.iter().position(|(l, _)| *l == h));
    let mut pick = match hinted {
        Some(j) if weight.get(j).is_some_and(|w| w * 10 >= most * 8) => j,
        _ => best,
    };
    let is_preferred = |i: usize| STOPWORDS.get(i).is_some_and(|(l, _)| preferred(*l));
    if !is_preferred(pick) {
        let alternative = (0..weight.len()).filter(|&i| is_preferred(i) && weight.get(i).is_some_and(|w| w * 4 >= most)).max_by_key(|&i| weight.get(i).copied().unwrap_or(0));
        if let Some(i) = alternative {
            pick = i;
        }
    }
    pick
}

/// About how many bytes of clauses [`Language::main_of`] reads: every clause of a shorter policy, every
/// n-th clause of a longer one.
const MAIN_LANGUAGE_BUDGET: usize = 40_000;

/// How many words are read: a policy's language shows long before its end.
const MAX_WORDS: usize = 5000;

impl Language {
    /// The language of `text`, or [`Language::Unknown`] when no language stands out.
    pub fn detect(text: &str) -> Language {
        Language::detect_with_hint(text, None)
    }

    /// The language of `text`, using a declared language (an `<html lang>` value such as `"de-AT"`)
    /// only to settle a close call: pages are often templated with the wrong `lang`.
    pub fn detect_with_hint(text: &str, hint: Option<&str>) -> Language {
        let (counts, words) = count_function_words(text);
        let best = counts.iter().enumerate().max_by_key(|(_, n)| **n);
        let hinted = hint.and_then(Language::from_code);
        match best {
            // At least two words, and one word in twenty, must be a function word of the language, or it is no language we know.
            Some((i, &n)) if n >= 2 && n * 20 >= words => {
                let winner = STOPWORDS.get(i).map_or(Language::Unknown, |(l, _)| *l);
                match hinted.and_then(|h| STOPWORDS.iter().position(|(l, _)| *l == h).map(|j| (h, j))) {
                    Some((h, j)) if counts.get(j).is_some_and(|m| m * 10 >= n * 8) => h,
                    _ => winner,
                }
            }
            _ => Language::Unknown,
        }
    }

    /// The language most of `texts` (a document's clauses) is written in, each clause counted by its
    /// length for the language whose function words it holds most; `hint` settles a close call. A
    /// language for which `preferred` holds wins when it has at least a quarter of the largest
    /// part: on a page printed in several languages, the one Clausewise can grade is the one read.
    pub fn main_of<'a>(texts: impl Iterator<Item = &'a str>, hint: Option<&str>, preferred: impl Fn(Language) -> bool) -> Language {
        // A long policy's language shows in a sample spread evenly over it, so that a part in another
        // language at the end counts as much as one at the start.
        let texts: Vec<&str> = texts.collect();
        let total: usize = texts.iter().map(|t| t.len()).sum();
        let stride = 1 + total / MAIN_LANGUAGE_BUDGET;
        let (mut weight, sample) = weigh_clauses(&texts, stride);
        if weight.iter().sum::<usize>() == 0 {
            // Too little text to vote clause by clause: read it as one.
            return Language::detect_with_hint(&sample, hint);
        }
        let mut pick = pick_main(&weight, hint, &preferred);
        // A sample decides a clear case; a close one (a policy printed in several languages of about
        // the same length) is counted again over every clause, so that the sample's luck does not.
        let pick_weight = weight.get(pick).copied().unwrap_or(0);
        let close = weight.iter().enumerate().any(|(i, w)| i != pick && w * 4 >= pick_weight * 3);
        if stride > 1 && close {
            weight = weigh_clauses(&texts, 1).0;
            pick = pick_main(&weight, hint, &preferred);
        }
        STOPWORDS.get(pick).map_or(Language::Unknown, |(l, _)| *l)
    }

    /// Whether `text` (a sentence or paragraph) is clearly written in another language than
    /// `main`: another language's function words outnumber `main`'s at least three to one. Short
    /// texts share function words across languages ("do" is English and Portuguese), so a close
    /// call is never foreign.
    pub fn is_foreign(text: &str, main: Language) -> bool {
        let (counts, _) = count_function_words(text);
        foreign_counts(&counts, main)
    }

    /// [`Language::is_foreign`] for a text already split into lower-case words, given as the
    /// [`FunctionWords`] they add up to.
    pub(crate) fn is_foreign_by(words: &FunctionWords, main: Language) -> bool {
        foreign_counts(&words.0, main)
    }

    /// The language of a code such as `"en"`, `"pt-BR"` or `"de_DE"`, if it is one of ours.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Language::English,
            "de" => Language::German,
            "fr" => Language::French,
            "es" => Language::Spanish,
            "it" => Language::Italian,
            "nl" => Language::Dutch,
            "pt" => Language::Portuguese,
            _ => return None,
        })
    }

    /// The ISO 639-1 code, or `"und"` for an unknown language.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Dutch => "nl",
            Language::Portuguese => "pt",
            Language::Unknown => "und",
        }
    }
}

/// Whether another language's function words outnumber `main`'s at least three to one.
fn foreign_counts(counts: &[usize; 7], main: Language) -> bool {
    let own = STOPWORDS.iter().position(|(l, _)| *l == main).and_then(|i| counts.get(i).copied()).unwrap_or(0);
    let other =
        STOPWORDS.iter().zip(counts.iter().copied()).filter(|((l, _), _)| *l != main).map(|(_, n)| n).max().unwrap_or(0);
    other >= 3 && other >= 3 * own
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn table() {
        let cases: &[(&str, Option<&str>, Language)] = &[
            ("We collect your information and we share it with our partners.", None, Language::English),
            ("Wir verarbeiten Ihre Daten nicht ohne Ihre Zustimmung und die Daten werden mit der Firma geteilt.", None, Language::German),
            ("Nous collectons vos données et nous les partageons avec des partenaires pour les services.", None, Language::French),
            ("Los datos que usted nos proporciona se usan para los servicios y con su consentimiento.", None, Language::Spanish),
            ("I dati personali che ci fornisci sono trattati per le finalità della presente informativa e non sono ceduti.", None, Language::Italian),
            ("Wij verwerken uw gegevens niet zonder toestemming en de gegevens worden niet met derden gedeeld.", None, Language::Dutch),
            ("Os seus dados pessoais são tratados para as finalidades descritas e você pode pedir a exclusão dos dados.", None, Language::Portuguese),
            // The text wins over a wrong `lang` attribute.
            ("We collect your information and we share it with our partners.", Some("de"), Language::English),
            ("Wir verarbeiten Ihre Daten nicht ohne Ihre Zustimmung und die Daten werden mit der Firma geteilt.", Some("en-US"), Language::German),
            ("1234 5678", None, Language::Unknown),
            ("", Some("en"), Language::Unknown),
            ("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor.", None, Language::Unknown),
        ];
        for (text, hint, want) in cases {
            assert_eq!(Language::detect_with_hint(text, *hint), *want, "{text}");
        }
    }

    #[test]
    fn a_close_call_on_a_sample_is_counted_again_in_full() {
        // A long page in two languages: a sample of every second clause sees the English clauses and
        // the short German ones, and English narrowly wins it; the whole text is mostly German.
        let en = "We collect your information and we share it with our partners for the service.";
        let de = "Wir verarbeiten Ihre Daten nicht ohne Ihre Zustimmung, und die Daten werden mit der Firma nur für den Dienst geteilt, wenn Sie das wünschen.";
        let de_short = "Wir geben die Daten nicht an andere Firmen, wenn Sie das nicht wollen.";
        let texts: Vec<&str> = (0..400).map(|i| [en, de, de_short, de][i % 4]).collect();
        assert!(texts.iter().map(|t| t.len()).sum::<usize>() > super::MAIN_LANGUAGE_BUDGET);
        assert_eq!(Language::main_of(texts.iter().copied(), None, |_| true), Language::German);
        // A clear case needs no second count and keeps its language.
        let english: Vec<&str> = (0..600).map(|_| en).collect();
        assert_eq!(Language::main_of(english.iter().copied(), None, |_| true), Language::English);
    }

    #[test]
    fn letter_runs_are_the_leading_letters_in_whole_chunks_of_eight() {
        // Every byte value at every place of a run of letters, in texts of whole and partial chunks.
        for byte in 0..=255u8 {
            for len in [7, 8, 16, 21] {
                for at in 0..len {
                    let mut text = vec![b'Q'; len];
                    if let Some(slot) = text.get_mut(at) {
                        *slot = byte;
                    }
                    let letters = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                    assert_eq!(super::ascii_letter_run(&text), letters.min(len / 8 * 8), "{byte:#x} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn every_function_word_is_found_and_the_table_is_sparse() {
        let table = super::stopword_table();
        let filed = table.keys.iter().filter(|key| **key != 0).count();
        assert!(filed * 4 <= super::STOPWORD_SLOTS && super::STOPWORD_SLOTS.is_power_of_two(), "{filed}");
        for (i, (_, list)) in super::STOPWORDS.iter().enumerate() {
            for word in *list {
                assert!(word.len() < super::MAX_STOPWORD_LEN, "{word}");
                assert_eq!(*word, word.to_lowercase(), "function words are lower-case");
                assert_ne!(table.languages(word.as_bytes()) & (1 << i), 0, "{word}");
                assert_ne!(table.languages(word.to_ascii_uppercase().as_bytes()) & (1 << i), 0, "{word}");
            }
        }
        for word in ["", "thee", "th", "datenschutz", "über", "zzz", "De\u{0}", "tHe\u{80}", "d\u{e4}s", "[he", "@nd", "fÜr"] {
            assert_eq!(table.languages(word.as_bytes()), 0, "{word}");
        }
    }

    #[test]
    fn a_word_read_from_its_text_has_the_key_of_the_word_alone() {
        let text = b"Die Daten, die wir von Ihnen erhalten: the information IS OURS";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(super::word_key_in(text, start, end), super::word_key(&text[start..end]), "{start}..{end}");
            }
        }
    }

    #[test]
    fn function_words_are_found_without_ascii_case_and_nothing_else() {
        // Every byte value at every place of a few function words and their neighbours.
        let all: Vec<(&str, u8)> = super::STOPWORDS.iter().enumerate().flat_map(|(i, (_, list))| list.iter().map(move |w| (*w, 1u8 << i))).collect();
        let table = super::stopword_table();
        for word in ["der", "The", "information", "données", "u", "zz"] {
            for at in 0..word.len() {
                for byte in 0..=255u8 {
                    let mut bytes = word.as_bytes().to_vec();
                    bytes[at] = byte;
                    let want = all.iter().filter(|(w, _)| w.as_bytes().eq_ignore_ascii_case(&bytes)).fold(0, |m, (_, l)| m | l);
                    assert_eq!(table.languages(&bytes), want, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn accented_latin_letters_are_letters_by_unicode_too() {
        for c in (0..0x400).filter_map(char::from_u32) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn codes() {
        assert_eq!(Language::from_code("pt-BR"), Some(Language::Portuguese));
        assert_eq!(Language::from_code("de_DE"), Some(Language::German));
        assert_eq!(Language::from_code("ja"), None);
        assert_eq!(Language::English.code(), "en");
    }
}
