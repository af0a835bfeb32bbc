//! Lexicons: for each language, which words and phrases stand for each [`Cue`].
//!
//! A lexicon is a text file compiled into the crate (`en.lex`), one cue per entry:
//!
//! ```text
//! # comment
//! @capitalized_names = yes
//! sell: sell, sells, selling, sold, resell*, rent, rented
//! law_enforcement … : law enforcement, court order*, subpoena*
//!     continuation lines start with white space
//! ```
//!
//! An entry is one or more words; each word is matched against one whole token of a clause:
//! - `word` — exactly that token;
//! - `stem*` — a token that starts with the stem (a lemma and its inflections: `encrypt*` takes
//!   "encrypts", "encrypted", "encryption" — but never a word that merely contains it, so "ssl"
//!   cannot match inside "expressly" and "form" cannot match inside "information");
//! - `*tail` and `*core*` — a token that ends with or contains the piece, for languages that write
//!   compounds as one word (German "Datenweitergabe", "Werbepartner"). English lexicons do not use
//!   them.
//!
//! Several words make a phrase ("law enforcement", "do not track"), matched on consecutive tokens.
//! `@` lines are settings of the language that the language-neutral reading logic consults (for
//! example whether a negation may follow its verb, as in German "wir verkaufen … nicht").
//!
//! Matching is memoised per word, so a policy's few thousand distinct words are classified once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::cue::{Cue, CueSet};
use crate::extract::FunctionWords;
use crate::Language;

/// A problem of a lexicon file, in words natively (the lexicon tests and anyone editing a `.lex` file
/// read them). The wasm only parses the compiled-in lexicons, the same text the native tests prove
/// free of problems, so there a problem is only noticed, not described: the messages and their
/// formatting stay out of the wasm (a broken lexicon still grades nothing rather than panicking).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! problem {
    ($($words:tt)*) => { format!($($words)*) };
}
#[cfg(target_arch = "wasm32")]
macro_rules! problem {
    // The words are kept in a closure never called: the values they name count as used, and the
    // closure's formatting code is never linked.
    ($($words:tt)*) => {{
        let _unused = || format!($($words)*);
        String::new()
    }};
}

/// Settings of a language that the reading logic needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Settings {
    /// How many words after a verb a negation may stand and still negate it (0 in English, where
    /// the negation comes first; German main clauses put "nicht" after the verb).
    pub negation_after: usize,
    /// How many words before a verb a negation may stand and still negate it (9 when unset).
    pub negation_before: usize,
    /// Whether a capitalised word inside a sentence is a name (English: "Shield Encrypt Ltd" names a
    /// company, it is not encryption). Languages that capitalise nouns say no.
    pub capitalized_names: bool,
    /// Whether the subject is the first actor of its clause wherever the verb stands (German:
    /// "Auf unserer Website erheben Werbenetzwerke …"), rather than the nearest one before the verb.
    pub subject_first: bool,
    /// Whether objects may come before their verb ("… dass Sie Ihre Daten herunterladen können").
    pub objects_before_verb: bool,
}

/// How one word of an entry matches a token.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pattern {
    Exact(String),
    Stem(String),
    Tail(String),
    Core(String),
}

impl Pattern {
    fn parse(word: &str) -> Result<Pattern, String> {
        let starts = word.starts_with('*');
        let ends = word.ends_with('*') && word.len() > 1;
        let core = word.trim_matches('*');
        if core.is_empty() || core.contains('*') {
            return Err(problem!("bad word pattern {word:?}"));
        }
        // A stem shorter than three letters would match half the dictionary.
        if (starts || ends) && core.chars().count() < 3 {
            return Err(problem!("pattern {word:?} is too short to match safely"));
        }
        Ok(match (starts, ends) {
            (false, false) => Pattern::Exact(core.to_string()),
            (false, true) => Pattern::Stem(core.to_string()),
            (true, false) => Pattern::Tail(core.to_string()),
            (true, true) => Pattern::Core(core.to_string()),
        })
    }

    fn matches(&self, token: &str) -> bool {
        match self {
            Pattern::Exact(w) => token == w,
            Pattern::Stem(w) => token.starts_with(w.as_str()),
            Pattern::Tail(w) => token.ends_with(w.as_str()),
            Pattern::Core(w) => token.contains(w.as_str()),
        }
    }
}

/// A multi-word entry.
#[derive(Debug)]
struct Phrase {
    words: Vec<Pattern>,
    cue: Cue,
}

/// The words and phrases of one language, by cue.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    pub settings: Settings,
    /// Whole words: the cues each stands for alone and the phrases it starts.
    words: WordMap,
    patterns: Vec<(Pattern, CueSet)>,
    /// The stems, tails and cores of `patterns`, by their edge (see [`edge`]): a word is compared
    /// only with the patterns that can match it, a core only where the word holds its first three
    /// bytes.
    by_edge: HashMap<[u8; 4], Vec<usize>, BuildHasherDefault<WordHasher>>,
    /// The first three bytes of every core (`*core*`, for compounding languages): most three-byte
    /// pieces of a word start no core and are passed over without a table lookup.
    core_starts: Trigrams,
    /// The first three bytes of every stem: most words a policy holds start no stem, and are
    /// passed over without a table lookup (so also `word_heads` for the whole words of `words`,
    /// and `tails` with the last three bytes of every tail).
    heads: Trigrams,
    word_heads: Trigrams,
    tails: Trigrams,
    phrases: Vec<Phrase>,
    /// Phrases whose first word is a pattern.
    patterned_first: Vec<usize>,
}

/// What a lexicon says about one word: the cues it stands for alone and the phrases it may start.
#[derive(Clone, Debug, Default)]
struct WordTags {
    cues: CueSet,
    phrases: Vec<usize>,
}

/// Words with what the lexicon says about them.
type WordMap = HashMap<String, WordTags, BuildHasherDefault<WordHasher>>;

/// The cues found in a sequence of tokens.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tags {
    /// Per token, its cues.
    pub cues: Vec<TokenCues>,
    /// The function words of each language among the tokens (what tells a clause's language).
    pub function_words: FunctionWords,
}

/// The cues of one token.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TokenCues {
    /// The cues of the word, and of phrases starting at it.
    pub starts: CueSet,
    /// The cues of phrases (of two or more words) covering it.
    pub covered: CueSet,
}

/// A word of a text, known by its byte range: the tagger reads the words where they stand.
pub(crate) trait Span {
    /// The word's byte range in its text.
    fn span(&self) -> (usize, usize);
}

impl Span for (usize, usize) {
    fn span(&self) -> (usize, usize) {
        *self
    }
}

impl Lexicon {
    /// Parses a lexicon file; every problem (unknown cue, bad pattern, bad setting) is reported with
    /// its line number.
    pub(crate) fn parse(text: &str) -> Result<Lexicon, String> {
        let mut lexicon = Lexicon::default();
        let mut problems = Vec::new();
        // Join continuation lines onto their entry first.
        let mut entries: Vec<(usize, String)> = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("");
            if line.trim().is_empty() {
                continue;
            }
            if line.starts_with(char::is_whitespace) {
                match entries.last_mut() {
                    Some((_, entry)) => {
                        // A phrase must not be split across lines: continuation starts a new item.
                        if !entry.trim_end().ends_with(',') {
                            problems.push(problem!("line {}: the line before a continuation must end with a comma", n + 1));
                        }
                        entry.push_str(", ");
                        entry.push_str(line.trim());
                    }
                    None => problems.push(problem!("line {}: continuation without an entry", n + 1)),
                }
            } else {
                entries.push((n + 1, line.trim().to_string()));
            }
        }
        for (n, entry) in entries {
            if let Some(setting) = entry.strip_prefix('@') {
                if let Err(e) = lexicon.set(setting) {
                    problems.push(problem!("line {n}: {e}"));
                }
                continue;
            }
            let Some((name, words)) = entry.split_once(':') else {
                problems.push(problem!("line {n}: expected `cue: word, word`"));
                continue;
            };
            let Some(cue) = Cue::from_name(name.trim()) else {
                problems.push(problem!("line {n}: unknown cue {:?}", name.trim()));
                continue;
            };
            for item in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                if let Err(e) = lexicon.add(cue, item) {
                    problems.push(problem!("line {n}: {e}"));
                }
            }
        }
        lexicon.index_patterns();
        if problems.is_empty() {
            Ok(lexicon)
        } else {
            Err(problems.join("; "))
        }
    }

    fn set(&mut self, setting: &str) -> Result<(), String> {
        let (key, value) = setting.split_once('=').ok_or_else(|| problem!("bad setting {setting:?}"))?;
        let value = value.trim();
        let yes_no = |v: &str| match v {
            "yes" => Ok(true),
            "no" => Ok(false),
            _ => Err(problem!("{key} takes yes or no, not {v:?}")),
        };
        match key.trim() {
            "negation_after" => {
                self.settings.negation_after = value.parse().map_err(|_| problem!("negation_after takes a number, not {value:?}"))?;
            }
            "capitalized_names" => self.settings.capitalized_names = yes_no(value)?,
            "negation_before" => {
                self.settings.negation_before = value.parse().map_err(|_| problem!("negation_before takes a number, not {value:?}"))?;
            }
            "subject_first" => self.settings.subject_first = yes_no(value)?,
            "objects_before_verb" => self.settings.objects_before_verb = yes_no(value)?,
            other => return Err(problem!("unknown setting {other:?}")),
        }
        Ok(())
    }

    fn add(&mut self, cue: Cue, item: &str) -> Result<(), String> {
        let words = item.split_whitespace().map(|w| Pattern::parse(&w.to_lowercase())).collect::<Result<Vec<_>, _>>()?;
        match words.as_slice() {
            [] => {}
            [Pattern::Exact(w)] => self.words.entry(w.clone()).or_default().cues.insert(cue),
            [p] => match self.patterns.iter_mut().find(|(q, _)| q == p) {
                Some((_, set)) => set.insert(cue),
                None => self.patterns.push((p.clone(), CueSet::of(cue))),
            },
            [first, ..] => {
                let id = self.phrases.len();
                match first {
                    Pattern::Exact(w) => self.words.entry(w.clone()).or_default().phrases.push(id),
                    _ => self.patterned_first.push(id),
                }
                self.phrases.push(Phrase { words, cue });
            }
        }
        Ok(())
    }

    /// Files every stem under its head edge, every tail under its tail edge and every core under its
    /// first three bytes, so that a word is compared only with the stems that share its first three
    /// bytes, the tails that share its last three and the cores that start where it holds their
    /// first three (stems, tails and cores are at least three characters, so their edges exist).
    fn index_patterns(&mut self) {
        for (k, (p, _)) in self.patterns.iter().enumerate() {
            let edge = match p {
                Pattern::Stem(s) => edge(s, Edge::Head),
                Pattern::Tail(t) => edge(t, Edge::Tail),
                Pattern::Core(c) => edge(c, Edge::Core),
                Pattern::Exact(_) => None,
            };
            let Some(edge @ [a, b, c, kind]) = edge else { continue };
            match kind {
                k if k == Edge::Head as u8 => self.heads.insert(a, b, c),
                k if k == Edge::Tail as u8 => self.tails.insert(a, b, c),
                _ => self.core_starts.insert(a, b, c),
            }
            self.by_edge.entry(edge).or_default().push(k);
        }
        for word in self.words.keys() {
            if let Some(&[a, b, c]) = word.as_bytes().get(..3) {
                self.word_heads.insert(a, b, c);
            }
        }
    }

    fn word_tags(&self, word: &str) -> WordTags {
        let head = edge(word, Edge::Head);
        let known = match head {
            Some([a, b, c, _]) => self.word_heads.may_hold(a, b, c),
            None => true,
        };
        let mut tags = if known { self.words.get(word).cloned().unwrap_or_default() } else { WordTags::default() };
        let head = head.filter(|&[a, b, c, _]| self.heads.may_hold(a, b, c));
        let tail = edge(word, Edge::Tail).filter(|&[a, b, c, _]| self.tails.may_hold(a, b, c));
        for &k in [head, tail].iter().flatten().filter_map(|edge| self.by_edge.get(edge)).flatten() {
            if let Some((p, set)) = self.patterns.get(k) {
                if p.matches(word) {
                    tags.cues = tags.cues.union(*set);
                }
            }
        }
        let bytes = word.as_bytes();
        for (at, piece) in bytes.windows(3).enumerate().filter(|_| !self.core_starts.is_empty()) {
            let &[a, b, c] = piece else { continue };
            if !self.core_starts.may_hold(a, b, c) {
                continue;
            }
            for &k in self.by_edge.get(&[a, b, c, Edge::Core as u8]).into_iter().flatten() {
                if let Some((Pattern::Core(core), set)) = self.patterns.get(k) {
                    if bytes.get(at..).is_some_and(|rest| rest.starts_with(core.as_bytes())) {
                        tags.cues = tags.cues.union(*set);
                    }
                }
            }
        }
        for &id in &self.patterned_first {
            if self.phrases.get(id).and_then(|p| p.words.first()).is_some_and(|p| p.matches(word)) {
                tags.phrases.push(id);
            }
        }
        tags
    }

    /// The cues of every word of `text` (lower-cased words, at the byte ranges of `words`), using
    /// `memo` for words seen before.
    pub(crate) fn tag(&self, text: &str, words: &[impl Span], memo: &mut Memo) -> Tags {
        let mut tags = Tags { cues: vec![TokenCues::default(); words.len()], function_words: FunctionWords::default() };
        let word_at = |i: usize| words.get(i).and_then(|w| text.get(w.span().0..w.span().1));
        for (i, (start, end)) in words.iter().map(Span::span).enumerate() {
            let Some(word) = text.get(start..end) else { continue };
            // A new word is read here and filed once the clause is done with it, with the languages
            // it is a function word of.
            let mut new = None;
            let key = MemoKey::of(text, start, end);
            let (word_tags, languages) = match memo.find(key, word) {
                Some(known) => known,
                None => {
                    let (read, languages) = new.insert((self.word_tags(word), key.function_word_languages()));
                    (&*read, *languages)
                }
            };
            tags.function_words.add(languages);
            if let Some(cues) = tags.cues.get_mut(i) {
                cues.starts = cues.starts.union(word_tags.cues);
            }
            for &id in &word_tags.phrases {
                let Some(phrase) = self.phrases.get(id) else { continue };
                let len = phrase.words.len();
                let fits = phrase.words.iter().enumerate().skip(1).all(|(k, p)| word_at(i + k).is_some_and(|w| p.matches(w)));
                if !fits {
                    continue;
                }
                if let Some(cues) = tags.cues.get_mut(i) {
                    cues.starts.insert(phrase.cue);
                }
                for cues in tags.cues.iter_mut().skip(i).take(len) {
                    cues.covered.insert(phrase.cue);
                }
            }
            if let Some((read, languages)) = new {
                memo.file(key, word, read, languages);
            }
        }
        tags
    }

    /// The cues no entry of this lexicon stands for.
    #[cfg(test)]
    pub(crate) fn missing_cues(&self) -> Vec<Cue> {
        let mut seen = CueSet::EMPTY;
        for tags in self.words.values() {
            seen = seen.union(tags.cues);
        }
        for (_, set) in &self.patterns {
            seen = seen.union(*set);
        }
        for p in &self.phrases {
            seen.insert(p.cue);
        }
        Cue::ALL.iter().copied().filter(|c| !seen.has(*c)).collect()
    }
}

/// A set of three-byte pieces kept as hashed bits, 4096 of them, few enough for a lexicon's pieces
/// to leave most of them clear: a piece not in the set is surely not one of them, and one in it
/// probably is. Empty until a piece is inserted.
#[derive(Debug, Default)]
struct Trigrams(Vec<u64>);

impl Trigrams {
    const WORDS: usize = 64;

    fn bit(a: u8, b: u8, c: u8) -> usize {
        let key = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
        (key.wrapping_mul(0x9e37_79b1) >> 20) as usize
    }

    fn insert(&mut self, a: u8, b: u8, c: u8) {
        let bit = Self::bit(a, b, c);
        self.0.resize(Self::WORDS, 0);
        if let Some(word) = self.0.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    /// Whether the piece may be in the set (it surely is not when this is false).
    fn may_hold(&self, a: u8, b: u8, c: u8) -> bool {
        let bit = Self::bit(a, b, c);
        self.0.get(bit / 64).is_some_and(|bits| bits & (1 << (bit % 64)) != 0)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Which three bytes of a word an [`edge`] is, and what they are the key of.
#[derive(Clone, Copy)]
enum Edge {
    /// The first three, the key of a stem.
    Head = 1,
    /// The last three, the key of a tail.
    Tail = 2,
    /// The first three of a core, which may stand anywhere in a word.
    Core = 3,
}

/// The first or last three bytes of `word` with the kind of edge they are: the key a stem, tail or
/// core is filed under. `None` for a word of fewer than three bytes, which no pattern matches.
fn edge(word: &str, end: Edge) -> Option<[u8; 4]> {
    let bytes = word.as_bytes();
    let at = match end {
        Edge::Head | Edge::Core => 0,
        Edge::Tail => bytes.len().checked_sub(3)?,
    };
    match bytes.get(at..at + 3)? {
        &[a, b, c] => Some([a, b, c, end as u8]),
        _ => None,
    }
}

/// Words already classified, kept for one policy: most words of a policy recur, so each distinct
/// word is matched against the lexicon once.
///
/// A word is found by its [`MemoKey`] through a table of slots (open addressing, at most half full)
/// pointing to its entry; a short word's key is the word itself, so finding it reads no text. Long
/// words are kept one after another in one string, so that filing one allocates nothing of its own
/// and the memo is freed in a few pieces.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    /// The long words filed, one after another.
    text: String,
    entries: Vec<Filed>,
    /// A power of two of slots, each 0 (free) or one more than the index of an entry.
    slots: Vec<u32>,
}

/// One word of a [`Memo`]: its key, where it stands in the memo's text (a long word), what the
/// lexicon says and the languages it is a function word of.
#[derive(Debug)]
struct Filed {
    key: MemoKey,
    start: usize,
    end: usize,
    tags: WordTags,
    languages: u8,
}

/// The key of a word in a [`Memo`]: for a word shorter than sixteen bytes its bytes with its length
/// (two words with the same key are the same word), for a longer one its hash with a mark no short
/// word's key has (its text is compared too).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MemoKey(u128);

impl MemoKey {
    /// The length byte of a long word's key.
    const LONG: u128 = 0xFF << 120;

    /// The key of the lower-case word at `start..end` of `text`.
    fn of(text: &str, start: usize, end: usize) -> MemoKey {
        match crate::extract::word_key_in(text.as_bytes(), start, end) {
            Some(key) => MemoKey(key),
            None => {
                let mut hasher = WordHasher::default();
                hasher.write(text.as_bytes().get(start..end).unwrap_or_default());
                MemoKey(Self::LONG | u128::from(hasher.finish()))
            }
        }
    }

    fn is_long(self) -> bool {
        self.0 & Self::LONG == Self::LONG
    }

    /// The languages the word is a function word of ([`FunctionWords::languages_of_key`]).
    fn function_word_languages(self) -> u8 {
        if self.is_long() {
            0
        } else {
            FunctionWords::languages_of_key(self.0)
        }
    }

    /// The slot of a table of `slots` slots (a power of two) the key's search starts from: the
    /// high bits of a multiplicative hash of it, its best mixed.
    fn home(self, slots: usize) -> usize {
        let folded = (self.0 as u64) ^ ((self.0 >> 64) as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & slots.wrapping_sub(1)
    }
}

impl Memo {
    /// A memo with room for the distinct words of a text of `bytes` bytes, so that it does not
    /// grow (and copy what it holds) while the text is read. A policy's distinct words come to
    /// about one for every 25 to 30 bytes of its text; the room is capped, since a wasm module's
    /// memory never shrinks: a huge text grows its memo as it goes.
    pub(crate) fn for_text(bytes: usize) -> Memo {
        let words = (bytes / 24 + 64).min(8192);
        Memo { text: String::with_capacity(words * 4), entries: Vec::with_capacity(words), slots: vec![0; (words * 2).next_power_of_two()] }
    }

    /// What the lexicon says about `word` (whose key is `key`) and its function-word languages, if
    /// it was filed.
    fn find(&self, key: MemoKey, word: &str) -> Option<(&WordTags, u8)> {
        let mut at = key.home(self.slots.len());
        // The table is never full, so a free slot ends the search; the bound only guards it.
        for _ in 0..self.slots.len() {
            let filed = self.entries.get((*self.slots.get(at)? as usize).checked_sub(1)?)?;
            if filed.key == key && (!key.is_long() || self.text.get(filed.start..filed.end) == Some(word)) {
                return Some((&filed.tags, filed.languages));
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
        None
    }

    /// Files `word` (whose key is `key`), which is not filed yet.
    fn file(&mut self, key: MemoKey, word: &str, tags: WordTags, languages: u8) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.slots = vec![0; (self.slots.len() * 2).max(256)];
            for (k, filed) in self.entries.iter().enumerate() {
                let at = self.free_slot(filed.key);
                if let Some(slot) = self.slots.get_mut(at) {
                    *slot = k as u32 + 1;
                }
            }
        }
        let at = self.free_slot(key);
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = self.entries.len() as u32 + 1;
        }
        let start = self.text.len();
        if key.is_long() {
            self.text.push_str(word);
        }
        self.entries.push(Filed { key, start, end: self.text.len(), tags, languages });
    }

    /// The first free slot from a key's home.
    fn free_slot(&self, key: MemoKey) -> usize {
        let mut at = key.home(self.slots.len());
        while self.slots.get(at).is_some_and(|&slot| slot != 0) {
            at = (at + 1) & (self.slots.len() - 1);
        }
        at
    }
}

/// A fast hash for short words (FxHash's multiply-rotate). The memo is looked up once per word of a
/// policy, and SipHash's resistance to crafted collisions buys nothing for a table that lives for one
/// policy and is bounded by its length.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        // The last bytes one by one: copying a short piece into a buffer costs more than the hash.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.mix(rest.iter().rev().fold(0, |word, &b| word << 8 | u64::from(b)));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.mix(u64::from(byte));
    }
}

/// Writes `text` without its comments into `out` (when given) and returns the length: each line cut
/// at its `#` and trimmed, a continuation line's indent kept as one space, comment lines left empty
/// so that line numbers stay those of the file. The parser reads the same entries from it (it cuts at
/// `#` and trims too); the comments, a tenth of each file, stay out of the wasm.
const fn strip_comments(text: &[u8], mut out: Option<&mut [u8]>) -> usize {
    let mut at = 0;
    let mut len = 0;
    while at < text.len() {
        let mut end = at;
        while end < text.len() && text[end] != b'\n' {
            end += 1;
        }
        let mut cut = at;
        while cut < end && text[cut] != b'#' {
            cut += 1;
        }
        let mut first = at;
        while first < cut && (text[first] == b' ' || text[first] == b'\t') {
            first += 1;
        }
        let mut last = cut;
        while last > first && (text[last - 1] == b' ' || text[last - 1] == b'\t' || text[last - 1] == b'\r') {
            last -= 1;
        }
        if last > first {
            if first > at {
                if let Some(out) = &mut out {
                    out[len] = b' ';
                }
                len += 1;
            }
            while first < last {
                if let Some(out) = &mut out {
                    out[len] = text[first];
                }
                len += 1;
                first += 1;
            }
        }
        if end < text.len() {
            if let Some(out) = &mut out {
                out[len] = b'\n';
            }
            len += 1;
        }
        at = end + 1;
    }
    len
}

const fn stripped<const N: usize>(text: &str) -> [u8; N] {
    let mut out = [0u8; N];
    strip_comments(text.as_bytes(), Some(&mut out));
    out
}

const EN_LEX: &str = include_str!("en.lex");
const DE_LEX: &str = include_str!("de.lex");
const EN_BYTES: [u8; strip_comments(EN_LEX.as_bytes(), None)] = stripped(EN_LEX);
const DE_BYTES: [u8; strip_comments(DE_LEX.as_bytes(), None)] = stripped(DE_LEX);
// Cutting at an ASCII byte keeps UTF-8 valid; checked when compiling.
const EN_TEXT: &str = match std::str::from_utf8(&EN_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("en.lex without comments is not UTF-8"),
};
const DE_TEXT: &str = match std::str::from_utf8(&DE_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("de.lex without comments is not UTF-8"),
};

/// The compiled-in lexicon of `language`, or `None` for a language Clausewise does not grade.
pub(crate) fn lexicon(language: Language) -> Option<&'static Lexicon> {
    static ENGLISH: OnceLock<Option<Lexicon>> = OnceLock::new();
    static GERMAN: OnceLock<Option<Lexicon>> = OnceLock::new();
    let (cell, text) = match language {
        Language::English => (&ENGLISH, EN_TEXT),
        Language::German => (&GERMAN, DE_TEXT),
        _ => return None,
    };
    // The files are part of the crate and a test proves they parse; a broken one grades nothing
    // rather than panicking in the user's browser.
    cell.get_or_init(|| Lexicon::parse(text).ok()).as_ref()
}

/// The languages that have a lexicon, so the engine grades them.
pub(crate) fn graded(language: Language) -> bool {
    lexicon(language).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte ranges of the words of `text`, one space apart.
    fn spans(text: &str) -> Vec<(usize, usize)> {
        let mut at = 0;
        text.split(' ').map(|w| {
            let span = (at, at + w.len());
            at += w.len() + 1;
            span
        }).collect()
    }

    fn tags(lex: &Lexicon, text: &str) -> Vec<Vec<&'static str>> {
        let t = lex.tag(text, &spans(text), &mut Memo::default());
        t.cues.iter().map(|t| Cue::ALL.iter().filter(|c| t.starts.has(**c)).map(|c| c.name()).collect()).collect()
    }

    #[test]
    fn every_lexicon_parses_and_covers_every_cue() {
        for (language, text) in [(Language::English, EN_LEX), (Language::German, DE_LEX)] {
            let lex = Lexicon::parse(text).unwrap_or_else(|e| panic!("{language:?}: {e}"));
            assert_eq!(lex.missing_cues(), Vec::<Cue>::new(), "{language:?}");
            assert!(lexicon(language).is_some(), "{language:?}");
        }
        assert!(lexicon(Language::English).unwrap().settings.capitalized_names);
        assert!(!lexicon(Language::German).unwrap().settings.capitalized_names);
        assert!(lexicon(Language::French).is_none());
    }

    #[test]
    fn compiled_in_lexicons_are_the_files_without_comments() {
        for (file, compiled) in [(EN_LEX, EN_TEXT), (DE_LEX, DE_TEXT)] {
            let file_lines: Vec<&str> = file.lines().collect();
            let compiled_lines: Vec<&str> = compiled.lines().collect();
            assert_eq!(file_lines.len(), compiled_lines.len(), "line numbers must stay the file's");
            for (raw, line) in file_lines.iter().zip(&compiled_lines) {
                let before_comment = raw.split('#').next().unwrap_or("");
                assert_eq!(line.trim(), before_comment.trim(), "{raw}");
                if !line.trim().is_empty() {
                    assert_eq!(line.starts_with(' '), before_comment.starts_with(char::is_whitespace), "{raw}");
                }
                assert!(!line.contains('#'), "{raw}");
            }
            assert!(compiled.len() < file.len());
        }
    }

    #[test]
    fn patterns_match_whole_tokens_only() {
        let lex = Lexicon::parse("measure: ssl, encrypt*\nweb_form: form, contact form\nretain: *speicher*\nthird_party: *partner").unwrap();
        // (text, cue names per token)
        let table: &[(&str, &[&[&str]])] = &[
            ("expressly", &[&[]]),
            ("ssl encryption", &[&["measure"], &["measure"]]),
            ("information", &[&[]]),
            ("contact form", &[&["web_form"], &["web_form"]]),
            ("datenspeicherung", &[&["retain"]]),
            ("speicher", &[&["retain"]]),
            ("speichern", &[&["retain"]]),
            ("werbepartner", &[&["third_party"]]),
            ("partner", &[&["third_party"]]),
            ("partnersuche", &[&[]]),
            ("enc encrypt", &[&[], &["measure"]]),
        ];
        for (text, want) in table {
            let got = tags(&lex, text);
            let want: Vec<Vec<&str>> = want.iter().map(|w| w.to_vec()).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn indexed_patterns_match_as_every_pattern_tried_in_turn() {
        // Every whole word of the lexicons, lengthened and cut short, and words built from every
        // stem, tail and core: alone, cut short, inside other letters, doubled, and every two run
        // together (overlapping or not).
        for language in [Language::English, Language::German] {
            let lex = lexicon(language).unwrap();
            let pieces: Vec<&str> = lex.patterns.iter().filter_map(|(p, _)| match p {
                Pattern::Stem(w) | Pattern::Tail(w) | Pattern::Core(w) => Some(w.as_str()),
                Pattern::Exact(_) => None,
            }).collect();
            let mut words: Vec<String> = lex.words.keys().flat_map(|w| [w.clone(), format!("{w}s"), w.chars().skip(1).collect()]).collect();
            for piece in &pieces {
                let short: String = piece.chars().skip(1).collect();
                words.extend([piece.to_string(), short.clone(), format!("ab{piece}"), format!("{piece}ung"), format!("ver{short}er"), format!("{piece}{piece}"), format!("ü{piece}ß")]);
                for other in &pieces {
                    words.push(format!("{piece}{other}"));
                }
            }
            for word in &words {
                let mut want = lex.words.get(word.as_str()).map_or(CueSet::EMPTY, |t| t.cues);
                for (pattern, set) in &lex.patterns {
                    if pattern.matches(word) {
                        want = want.union(*set);
                    }
                }
                assert_eq!(lex.word_tags(word).cues, want, "{language:?} {word}");
            }
        }
    }

    #[test]
    fn memo_finds_every_word_filed_and_no_other() {
        let mut memo = Memo::default();
        let key = |word: &str| MemoKey::of(word, 0, word.len());
        // Enough words to grow the table several times: short ones, found by their bytes, and long
        // ones (sixteen bytes or more), found by their hash and text.
        let words: Vec<String> = (0..3000).map(|n| if n % 3 == 0 { format!("datenschutzerklärung{n}") } else { format!("w{n}") }).collect();
        for (n, word) in words.iter().enumerate() {
            let tags = WordTags { cues: if n % 2 == 0 { CueSet::of(Cue::Sell) } else { CueSet::EMPTY }, phrases: vec![n] };
            assert!(memo.find(key(word), word).is_none(), "{word}");
            memo.file(key(word), word, tags, (n % 128) as u8);
        }
        for (n, word) in words.iter().enumerate() {
            let (tags, languages) = memo.find(key(word), word).unwrap();
            assert_eq!(tags.phrases, vec![n], "{word}");
            assert_eq!(tags.cues.has(Cue::Sell), n % 2 == 0, "{word}");
            assert_eq!(languages, (n % 128) as u8, "{word}");
        }
        // A word that shares a filed word's beginning or end is another word.
        for other in ["w", "w20000", "x1", "", "w1 ", "datenschutzerklärung", "datenschutzerklärung30000", "atenschutzerklärung30"] {
            assert!(memo.find(key(other), other).is_none(), "{other}");
        }
    }

    #[test]
    fn a_word_has_the_key_of_its_bytes_wherever_it_stands() {
        let text = "wir die datenschutzerklärung verarbeiten e-mail-adressen sie die";
        let spans = spans(text);
        let keys: Vec<MemoKey> = spans.iter().map(|&(start, end)| MemoKey::of(text, start, end)).collect();
        for (i, &(start, end)) in spans.iter().enumerate() {
            let word = &text[start..end];
            assert_eq!(keys[i], MemoKey::of(word, 0, word.len()), "{word}");
            assert_eq!(keys[i].is_long(), word.len() >= 16, "{word}");
            for (j, &(s, e)) in spans.iter().enumerate() {
                assert_eq!(keys[i] == keys[j], word == &text[s..e], "{word}");
            }
        }
        assert_ne!(MemoKey::of("die", 0, 3).function_word_languages(), 0);
        assert_eq!(MemoKey::of("datenschutzerklärung", 0, 21).function_word_languages(), 0);
    }

    #[test]
    fn problems_are_reported_with_line_numbers() {
        let cases = [
            ("nonsense: a", "line 1: unknown cue"),
            ("measure: a*", "too short"),
            ("measure ssl", "expected `cue: word, word`"),
            ("@negation_after = many", "takes a number"),
            ("  orphan", "continuation without an entry"),
            ("@colour = red", "unknown setting"),
            ("measure: binding\n  corporate rules", "must end with a comma"),
        ];
        for (text, want) in cases {
            let e = Lexicon::parse(text).unwrap_err();
            assert!(e.contains(want), "{text}: {e}");
        }
    }
}
