//! One clause prepared for reading: split into word tokens, each tagged with the [`Cue`]s its
//! language's lexicon gives it, with the small pieces of syntax the readers need — negation and its
//! scope, conditions, modality, who acts — and the context policies put around a sentence: its
//! section heading, the lead-in of a list it belongs to, and the sentence before it.
//!
//! This is deliberately not a parser. Policies are written in a narrow register ("we do not sell",
//! "your information may be shared with …"), and a handful of token-window rules read that register
//! well while staying small enough for the wasm bundle and fast enough to run on every clause. None
//! of the rules names a word: they name cues, so the same rules read every language that has a
//! lexicon.
//!
//! Scope is the central idea: a negation cue governs the words that follow it up to a *scope break*
//! — a semicolon, colon or bracket, a [`Cue::ScopeBreak`] word ("but", "unless", "which"), a comma
//! that is not inside a list of coordinated verbs, or a new subject. "We do not sell or rent your
//! data" negates both verbs; "If you do not opt out, we may sell your data" does not negate "sell".
//! Words inside a name that happens to contain a negation ("Do Not Track", "Do Not Sell My
//! Information") negate nothing.

use super::cue::{Cue, CueSet};
use super::lexicon::{Lexicon, Memo, Span, TokenCues};

/// How far back a negation or condition may stand from the word it governs.
const SCOPE_WINDOW: usize = 9;

/// The cues of verbs that a negation after them may belong to, in languages where it follows.
const VERB_CUES: &[Cue] = &[
    Cue::Sell, Cue::Share, Cue::Collect, Cue::Allow, Cue::Retain, Cue::Dispose, Cue::Respond, Cue::Notify, Cue::Move,
    Cue::Delete, Cue::Access, Cue::Correct,
];

/// One word of a clause.
#[derive(Clone, Copy, Debug)]
struct Token {
    /// Byte range of the normalised, lower-cased word in [`ClauseView::lower`].
    start: usize,
    end: usize,
    /// The punctuation right before the word, if any (the strongest when there are several).
    punct_before: Option<char>,
    /// Whether the word was written with a capital first letter.
    capital: bool,
    /// Whether the word was written in capitals throughout (an acronym: "HTTPS", "DPO").
    upper: bool,
}

impl Span for Token {
    fn span(&self) -> (usize, usize) {
        (self.start, self.end)
    }
}

/// What surrounds a clause: the cues of its heading, of the lead-in of the list it is an item of,
/// and of the sentence before it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Context {
    /// Cues of the section heading and its parents.
    pub heading: CueSet,
    /// Cues of the lead-in sentence ("You may request:") when the clause is a list item under it.
    pub lead_in: CueSet,
    /// Cues of the previous clause of the same section.
    pub previous: CueSet,
}

/// A clause ready for the question readers.
#[derive(Debug)]
pub(crate) struct ClauseView<'l> {
    /// The clause, normalised and lower-cased (typographic quotes and dashes made plain).
    lower: String,
    tokens: Vec<Token>,
    /// The cues of each token: starting at it, and of phrases covering it.
    cues: Vec<TokenCues>,
    /// Every cue of the clause.
    all: CueSet,
    /// The function words of each language among its words.
    function_words: crate::extract::FunctionWords,
    /// What surrounds the clause.
    context: Context,
    /// Whether a reader's answer depended on the lead-in or the previous sentence (set by
    /// [`ClauseView::lead_in`] and [`ClauseView::previous`] when they find the cue there).
    context_used: std::cell::Cell<bool>,
    lexicon: &'l Lexicon,
    /// Whether the clause ends like a sentence (full stop, question or exclamation mark, colon,
    /// semicolon), as opposed to a heading or a table-of-contents line.
    sentence_end: bool,
    /// Whether the clause stops at a comma or dash, mid-sentence.
    fragment: bool,
}

/// The words of a clause as they are read.
#[derive(Default)]
struct Words {
    /// The words so far, lower-cased, one space apart (UTF-8: whole characters are pushed).
    lower: Vec<u8>,
    tokens: Vec<Token>,
    /// The punctuation since the last word.
    punct: Option<char>,
    /// Where the word being read starts in `lower`, and whether it starts with a capital.
    start: Option<(usize, bool)>,
    /// Whether the word being read has no lower-case letter so far.
    upper: bool,
}

impl Words {
    /// Continues the word being read, or starts one, with characters of the given case.
    fn open(&mut self, capital: bool, lower_case: bool) {
        if self.start.is_none() {
            if !self.lower.is_empty() {
                self.lower.push(b' ');
            }
            self.start = Some((self.lower.len(), capital));
            self.upper = true;
        }
        self.upper &= !lower_case;
    }

    /// Ends the word being read, if any.
    fn close(&mut self) {
        if let Some((start, capital)) = self.start.take() {
            let upper = self.upper && self.lower.len() - start > 1;
            self.tokens.push(Token { start, end: self.lower.len(), punct_before: self.punct.take(), capital, upper });
        }
    }
}

/// Maps a character to its plain, lower-case reading form.
fn push_normalized(out: &mut Vec<u8>, c: char) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{2032}' | '`' => out.push(b'\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => out.push(b'"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push(b'-'),
        '\u{a0}' => out.push(b' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase() as u8),
        c => c.to_lowercase().for_each(|l| push_char(out, l)),
    }
}

/// Appends `c` to UTF-8 bytes.
fn push_char(out: &mut Vec<u8>, c: char) {
    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

/// Whether `c` continues a word when it stands between two word characters ("don't", "e-mail",
/// "u.s", "privacy@example.com").
fn inner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2011}' | '.' | '@' | '_' | '/' | ':')
}

/// Splits `text` into words, lower-cased and normalised one space apart, with each word's case and
/// the punctuation before it.
///
/// It runs over every character of every clause, so runs of ASCII letters and digits (most of a
/// policy's text) are copied in one pass, and the accented letters of Latin-1 are read without
/// Unicode's tables ([`latin1_case`]).
fn tokenize(text: &str) -> Words {
    let mut words = Words { lower: Vec::with_capacity(text.len()), tokens: Vec::with_capacity(text.len() / 5 + 1), ..Words::default() };
    let bytes = text.as_bytes();
    let mut previous: Option<char> = None;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        // A run of ASCII letters and digits is word characters whatever stands around it.
        if b.is_ascii_alphanumeric() {
            words.open(b.is_ascii_uppercase(), false);
            let (run, lower_case) = push_alnum_run(bytes.get(at..).unwrap_or_default(), &mut words.lower);
            words.upper &= !lower_case;
            at += run;
            previous = at.checked_sub(1).and_then(|last| bytes.get(last)).map(|&b| char::from(b));
            continue;
        }
        // A space only ends a word.
        if b == b' ' {
            words.close();
            previous = Some(' ');
            at += 1;
            continue;
        }
        let mut chars = text.get(at..).unwrap_or_default().chars();
        let Some(c) = chars.next() else { break };
        at += c.len_utf8();
        let before = previous.replace(c);
        // U+00AD (soft hyphen) and zero-width characters are invisible inside words.
        if matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}') {
            continue;
        }
        if let Some(upper) = latin1_case(c) {
            words.open(upper, !upper);
            push_char(&mut words.lower, if upper { latin1_lower(c) } else { c });
            continue;
        }
        let next = chars.next();
        let open = words.start.is_some();
        // "https://example.com/privacy" stays one token: a scheme's "://" and a path's "/" join.
        let next_is_word = next.is_some_and(is_alphanumeric) || (matches!(c, ':' | '/') && next == Some('/'));
        let percent = c == '%' && open && before.is_some_and(|b| b.is_ascii_digit());
        let word_char = c.is_alphanumeric() || (open && inner(c) && next_is_word) || percent;
        if word_char {
            words.open(c.is_uppercase(), c.is_lowercase());
            push_normalized(&mut words.lower, c);
            continue;
        }
        words.close();
        if !c.is_whitespace() {
            // Keep the strongest break: a semicolon or bracket outranks a comma.
            words.punct = Some(match (words.punct, c) {
                (Some(p), ',') => p,
                (_, c) => c,
            });
        }
    }
    words.close();
    words
}

/// Copies the run of ASCII letters and digits that starts `bytes` to `out`, lower-cased, and
/// returns its length and whether it holds a lower-case letter. Eight bytes are tested and copied
/// at a time.
fn push_alnum_run(bytes: &[u8], out: &mut Vec<u8>) -> (usize, bool) {
    const LANES: u64 = 0x0101_0101_0101_0101;
    let mut run = 0;
    let mut lower_case = false;
    while let Some(chunk) = bytes.get(run..run + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk);
        // A lane's top bit marks a byte of 0x80 or more, or one that is neither a letter (0x61 to
        // 0x7A once 0x20 is set) nor a digit (0x30 to 0x39). Only a lane of 0x80 or more can carry
        // into the next, and it is flagged itself, so the lanes before the first flagged are right.
        let folded = x | (0x20 * LANES);
        let not_letter = !folded.wrapping_add(0x1F * LANES) | folded.wrapping_add(0x05 * LANES);
        let not_digit = !x.wrapping_add(0x50 * LANES) | x.wrapping_add(0x46 * LANES);
        let stop = (x | (not_letter & not_digit)) & (0x80 * LANES);
        let n = (stop.trailing_zeros() / 8) as usize;
        let within = u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0);
        // In a run of letters and digits, bit 0x20 is clear in the upper-case letters alone; a
        // lower-case letter is a letter with it set (moved to the lane's top bit).
        lower_case |= !not_letter & (x << 2) & (0x80 * LANES) & within != 0;
        let from = out.len();
        out.extend_from_slice(&(x | ((0x20 * LANES) & within)).to_le_bytes());
        out.truncate(from + n);
        run += n;
        if n < 8 {
            return (run, lower_case);
        }
    }
    for &b in bytes.get(run..).unwrap_or_default().iter().take_while(|b| b.is_ascii_alphanumeric()) {
        lower_case |= b.is_ascii_lowercase();
        out.push(b.to_ascii_lowercase());
        run += 1;
    }
    (run, lower_case)
}

/// For a letter of Latin-1 beyond ASCII (`À` to `ÿ` but `×` and `÷`), whether it is upper-case;
/// `None` for any other character. Every such letter is either upper- or lower-case (a test
/// compares this with Unicode's tables).
fn latin1_case(c: char) -> Option<bool> {
    match c {
        '×' | '÷' => None,
        'À'..='Þ' => Some(true),
        'ß'..='ÿ' => Some(false),
        _ => None,
    }
}

/// The lower-case form of an upper-case Latin-1 letter ([`latin1_case`]): 32 code points on.
fn latin1_lower(c: char) -> char {
    char::from_u32(u32::from(c) + 0x20).unwrap_or(c)
}

/// `char::is_alphanumeric`, answered for Latin-1 letters without Unicode's tables.
fn is_alphanumeric(c: char) -> bool {
    latin1_case(c).is_some() || c.is_alphanumeric()
}

/// The cues of a short text (a heading, a lead-in) as one set.
pub(crate) fn cues_of(text: &str, lexicon: &Lexicon, memo: &mut Memo) -> CueSet {
    let view = ClauseView::new(text, Context::default(), lexicon, memo);
    view.all
}

impl<'l> ClauseView<'l> {
    /// Tokenises and tags `text` with `lexicon`.
    pub(crate) fn new(text: &str, context: Context, lexicon: &'l Lexicon, memo: &mut Memo) -> ClauseView<'l> {
        let Words { lower, tokens, .. } = tokenize(text);
        // Only whole characters were pushed, so this never fails.
        let lower = String::from_utf8(lower).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let last = text.trim_end().chars().last();
        let sentence_end = matches!(last, Some('.' | '!' | '?' | ':' | ';' | '。'));
        // A clause cut off at a comma or dash is a fragment, not a quotable sentence.
        let fragment = matches!(last, Some(',' | '-' | '\u{2013}' | '\u{2014}'));
        let tags = lexicon.tag(&lower, &tokens, memo);
        let (mut cues, function_words) = (tags.cues, tags.function_words);
        // A negation inside a phrase carries that phrase's meaning and negates nothing else: a name
        // ("Do Not Track", "Do Not Sell My Information"), "no longer needed", "no set limit".
        for token in &mut cues {
            if token.covered != CueSet::EMPTY {
                token.starts.remove(Cue::Negation);
            }
        }
        let all = cues.iter().fold(CueSet::EMPTY, |a, t| a.union(t.starts));
        ClauseView { lower, tokens, cues, all, function_words, context, context_used: std::cell::Cell::new(false), lexicon, sentence_end, fragment }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The word at `i`, lower-cased, or "" past the end.
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).and_then(|t| self.lower.get(t.start..t.end)).unwrap_or("")
    }

    /// Every cue of the clause.
    pub fn cues(&self) -> CueSet {
        self.all
    }

    /// Whether the clause is clearly written in another language than `main`
    /// ([`crate::Language::is_foreign`], from the function words its words were tagged with).
    pub fn is_foreign(&self, main: crate::Language) -> bool {
        crate::Language::is_foreign_by(&self.function_words, main)
    }

    /// Whether a word or phrase for `cue` starts at `i`.
    pub fn is(&self, i: usize, cue: Cue) -> bool {
        self.cues.get(i).is_some_and(|t| t.starts.has(cue))
    }

    /// Whether word `i` is part of a phrase for `cue`, or is a word for it.
    pub fn within(&self, i: usize, cue: Cue) -> bool {
        self.is(i, cue) || self.cues.get(i).is_some_and(|t| t.covered.has(cue))
    }

    /// Whether the clause holds `cue`.
    pub fn has(&self, cue: Cue) -> bool {
        self.all.has(cue)
    }

    /// Where words or phrases for `cue` start.
    pub fn positions(&self, cue: Cue) -> Vec<usize> {
        if !self.has(cue) {
            return Vec::new();
        }
        (0..self.tokens.len()).filter(|&i| self.is(i, cue)).collect()
    }

    /// The first word that starts a word or phrase for any cue of `set`.
    pub fn first_of(&self, set: CueSet) -> Option<usize> {
        self.cues.iter().position(|t| t.starts.meets(set))
    }

    /// Whether the section heading holds `cue`.
    pub fn heading(&self, cue: Cue) -> bool {
        self.context.heading.has(cue)
    }

    /// Whether the clause, or the lead-in of the list it is an item of, holds `cue`.
    pub fn with_lead_in(&self, cue: Cue) -> bool {
        self.has(cue) || self.lead_in(cue)
    }

    /// Whether the lead-in of the list the clause is an item of holds `cue`.
    pub fn lead_in(&self, cue: Cue) -> bool {
        let found = self.context.lead_in.has(cue);
        if found {
            self.context_used.set(true);
        }
        found
    }

    /// Whether the previous clause of the section holds `cue`.
    pub fn previous(&self, cue: Cue) -> bool {
        let found = self.context.previous.has(cue);
        if found {
            self.context_used.set(true);
        }
        found
    }

    /// Whether a reader consulted the lead-in or the previous clause and found something there since
    /// the last call; clears the mark.
    pub fn take_context_use(&self) -> bool {
        self.context_used.replace(false)
    }

    /// Whether the clause reads as a sentence rather than a heading or a table-of-contents line:
    /// it ends like one, or is long enough that it cannot be a title.
    pub fn is_sentence(&self) -> bool {
        // A run of capitalised words with no sentence end is a menu or a title, however long.
        let capitals = self.tokens.iter().filter(|t| t.capital).count();
        let title_case = capitals * 10 >= self.tokens.len() * 7;
        !self.fragment && (self.sentence_end || (self.tokens.len() > 12 && !title_case))
    }

    /// Whether a punctuation mark between word `i - 1` and word `i` ends a clause-level unit. The dot
    /// of an abbreviation ("z. B.", "d. h.", "e. g.") after a word of one or two letters does not, nor
    /// that of a known abbreviation ("bzw.", "ggf.", "etc.").
    fn hard_break_before(&self, i: usize) -> bool {
        let abbreviation = |k: usize| {
            k > 0 && self.tokens.get(k - 1).is_some_and(|t| t.end - t.start <= 2 || crate::extract::sentences::is_abbreviation(self.word(k - 1)))
        };
        self.tokens
            .get(i)
            .and_then(|t| t.punct_before)
            .is_some_and(|p| matches!(p, ';' | ':' | '(' | ')' | '!' | '?' | '[' | ']' | '•') || (p == '.' && !abbreviation(i)))
    }

    /// Whether word `i` stands in brackets opened after the clause's first word, an aside to what
    /// the clause says ("… aufbewahrt (vgl. § 257 HGB)", "… for 30 days (see Section 5)").
    pub fn in_aside(&self, i: usize) -> bool {
        // A closing bracket right before a full stop is not kept (the stronger mark is), so a clause
        // that goes on past such a bracket may read as still inside it; clauses seldom do.
        (1..=i).rev().find_map(|k| match self.tokens.get(k).and_then(|t| t.punct_before) {
            Some('(') => Some(true),
            Some(')') => Some(false),
            _ => None,
        }) == Some(true)
    }

    /// Whether a punctuation mark stands between words `a` and `b` (a comma ends a German subordinate
    /// clause: "Wenn Sie auf den Dienst zugreifen, erfassen wir Ihre …").
    pub fn punctuated_between(&self, a: usize, b: usize) -> bool {
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        (lo + 1..=hi).any(|k| self.tokens.get(k).is_some_and(|t| t.punct_before.is_some()))
    }

    /// The words within `before` words before and `after` words after `i` (not `i` itself), not
    /// crossing a hard break.
    fn span(&self, i: usize, before: usize, after: usize) -> impl Iterator<Item = usize> + '_ {
        let mut lo = i;
        while lo > i.saturating_sub(before) && !self.hard_break_before(lo) {
            lo -= 1;
        }
        let mut hi = i;
        while hi < (i + after).min(self.tokens.len().saturating_sub(1)) && !self.hard_break_before(hi + 1) {
            hi += 1;
        }
        (lo..=hi).filter(move |&k| k != i)
    }

    /// Whether `cue` occurs within `before` words before or `after` words after `i`, in the same
    /// clause-level unit.
    pub fn near(&self, i: usize, before: usize, after: usize, cue: Cue) -> bool {
        self.span(i, before, after).any(|k| self.is(k, cue))
    }

    /// Whether `cue` occurs within `after` words after `i`.
    pub fn after(&self, i: usize, after: usize, cue: Cue) -> bool {
        self.near(i, 0, after, cue)
    }

    /// Whether `cue` occurs within `before` words before `i`.
    pub fn before(&self, i: usize, before: usize, cue: Cue) -> bool {
        self.near(i, before, 0, cue)
    }

    /// Whether word `i` is negated.
    pub fn negated(&self, i: usize) -> bool {
        self.negation_of(i).is_some()
    }

    /// The position of the negation governing word `i`, if any: before it within its scope, or (in
    /// languages that put the negation after the verb) right after it.
    pub fn negation_of(&self, i: usize) -> Option<usize> {
        let window = match self.lexicon.settings.negation_before {
            0 => SCOPE_WINDOW,
            n => n,
        };
        let lo = i.saturating_sub(window);
        let mut j = i;
        while j > lo {
            if self.hard_break_before(j) {
                break;
            }
            let crossing_comma = self.tokens.get(j).and_then(|t| t.punct_before) == Some(',');
            j -= 1;
            if self.is(j, Cue::Negation) {
                return Some(j);
            }
            // A comma is crossed inside a list of coordinated verbs ("we do not share, rent, lend,
            // or sell") and after a complete negated verb phrase ("we do not, and will not, sell");
            // any other comma ends the scope ("If you do not object, we sell").
            if crossing_comma && !self.list_item(j) {
                break;
            }
            if self.is(j, Cue::ScopeBreak) || (self.is(j, Cue::FirstPerson) && !self.is(j, Cue::Possessive) && j + 1 < i && self.subject_like(j)) {
                break;
            }
        }
        // After the verb the negation stays in its clause: punctuation ends the search ("…
        // übertragen, das vielleicht nicht …" does not negate the transfer) unless a list of verbs
        // of the same kind goes on ("wir verkaufen, vermieten oder tauschen keine Daten"), and so
        // does another verb ("respektieren wir dies und setzen keine Cookies").
        let after = self.lexicon.settings.negation_after;
        let kind = self.cues.get(i).map_or(CueSet::EMPTY, |t| t.starts).intersect(CueSet::from_cues(VERB_CUES));
        for k in i + 1..=(i + after).min(self.tokens.len().saturating_sub(1)) {
            let verbs = self.cues.get(k).map_or(CueSet::EMPTY, |t| t.starts).intersect(CueSet::from_cues(VERB_CUES));
            let same_kind = verbs.meets(kind);
            // A bracketed aside ("DNT-Header (Do Not Track) … nicht") does not end the clause.
            let punct = self.tokens.get(k).and_then(|t| t.punct_before).filter(|p| !matches!(p, '(' | ')'));
            if punct.is_some() && !same_kind {
                return None;
            }
            if verbs != CueSet::EMPTY && !same_kind {
                return None;
            }
            if self.is(k, Cue::Negation) {
                // A negation right before another verb is that verb's ("löschen oder … nicht mehr
                // verarbeiten").
                let next_verb = (k + 1..=k + 2).any(|v| {
                    let cues = self.cues.get(v).map_or(CueSet::EMPTY, |t| t.starts).intersect(CueSet::from_cues(VERB_CUES));
                    cues != CueSet::EMPTY && !cues.meets(kind)
                });
                return (!next_verb).then_some(k);
            }
        }
        None
    }

    /// Whether first-person word `j` reads as a new subject ("we") rather than an object ("us").
    fn subject_like(&self, j: usize) -> bool {
        // The first first-person word of a lexicon entry list is its subject form by convention
        // in every language ("we", "wir", "nous"); objects ("us") and possessives ("our") follow
        // verbs or nouns. Capturing that without grammar: a subject is not preceded by a verb
        // cue-word that takes an object.
        !(j > 0 && (self.is(j - 1, Cue::Share) || self.is(j - 1, Cue::Sell) || self.is(j - 1, Cue::Contact)))
            && !self.is(j + 1, Cue::Data)
    }

    /// Whether word `j` is a one-word item of a list: it follows a comma or a negation directly.
    fn list_item(&self, j: usize) -> bool {
        j > 0 && (self.tokens.get(j).and_then(|t| t.punct_before) == Some(',') || self.is(j - 1, Cue::Negation))
    }

    /// Whether a condition ("if", "whether", "in the event") governs word `i`: the clause around
    /// the word states a possibility, not a practice. A condition on the user ("if you are a
    /// subscriber, we may rent your name") still states a practice for some users.
    pub fn conditional(&self, i: usize) -> bool {
        let lo = i.saturating_sub(12);
        let mut j = i;
        while j > lo {
            if self.hard_break_before(j) {
                return false;
            }
            j -= 1;
            if self.is(j, Cue::Condition) && !self.is(j + 1, Cue::User) {
                return true;
            }
        }
        false
    }

    /// The modality governing word `i`: a possibility ("may"), a commitment ("will") or a reserved
    /// right, whichever stands closest before it in its clause-level unit.
    pub fn modality(&self, i: usize) -> Option<Cue> {
        let lo = i.saturating_sub(6);
        let mut j = i;
        while j > lo {
            if self.hard_break_before(j) {
                return None;
            }
            j -= 1;
            for cue in [Cue::Reserve, Cue::Possibility, Cue::Commitment] {
                if self.within(j, cue) {
                    return Some(cue);
                }
            }
        }
        None
    }

    /// The actor nearest before word `i` in its unit: the company, the user, a third party, an
    /// authority or a named vendor. In languages whose subject comes first in its clause wherever
    /// the verb stands, the first actor of the clause.
    pub fn actor(&self, i: usize) -> Option<Cue> {
        if self.lexicon.settings.subject_first {
            return self.first_actor(i);
        }
        let lo = i.saturating_sub(8);
        let mut j = i;
        while j > lo {
            if self.hard_break_before(j) {
                return None;
            }
            j -= 1;
            if self.is(j, Cue::Possessive) {
                continue;
            }
            // "Ad networks we work with may place cookies": the company is the subject of a relative
            // clause describing the actor, not the actor.
            let relative = |k: usize| k > 0 && (self.is(k - 1, Cue::ThirdParty) || (k > 1 && self.is(k - 2, Cue::ThirdParty) && (self.is(k - 1, Cue::Pronoun) || self.is(k - 1, Cue::ScopeBreak))));
            if self.is(j, Cue::FirstPerson) && relative(j) {
                continue;
            }
            for cue in [Cue::FirstPerson, Cue::User, Cue::ThirdParty, Cue::Authority, Cue::NamedVendor] {
                if self.within(j, cue) {
                    return Some(cue);
                }
            }
        }
        None
    }

    /// The first actor of the clause-level unit around word `i` (between punctuation marks).
    fn first_actor(&self, i: usize) -> Option<Cue> {
        let mut start = i;
        while start > 0 && self.tokens.get(start).and_then(|t| t.punct_before).is_none() {
            start -= 1;
        }
        let mut end = i;
        while end + 1 < self.tokens.len() && self.tokens.get(end + 1).and_then(|t| t.punct_before).is_none() {
            end += 1;
        }
        (start..=end).filter(|&k| k != i && !self.is(k, Cue::Possessive)).find_map(|k| {
            [Cue::FirstPerson, Cue::User, Cue::ThirdParty, Cue::Authority, Cue::NamedVendor].into_iter().find(|cue| self.within(k, *cue))
        })
    }

    /// Whether objects may stand before their verb in this language.
    pub fn objects_before_verb(&self) -> bool {
        self.lexicon.settings.objects_before_verb
    }

    /// Whether word `i` (a noun of an action: "sale", "Verkauf") is negated anywhere after it in
    /// its clause-level unit, as languages that put the negation last do ("Ein Verkauf Ihrer Daten,
    /// z. B. an Händler, ist ausgeschlossen").
    pub fn negated_after(&self, i: usize) -> bool {
        self.lexicon.settings.negation_after > 0
            && (i + 1..self.tokens.len()).take_while(|&k| !self.hard_break_before(k)).any(|k| self.is(k, Cue::Negation))
    }

    /// Whether word `i` is part of a name rather than a word of the sentence: it is capitalised
    /// inside a sentence that is not written in title case, in a language that capitalises names
    /// only ("Shield Encrypt Ltd" is a company, not encryption).
    pub fn is_name(&self, i: usize) -> bool {
        if !self.lexicon.settings.capitalized_names || i == 0 {
            return false;
        }
        let Some(t) = self.tokens.get(i) else { return false };
        if !t.capital || t.upper || matches!(t.punct_before, Some('.' | '!' | '?' | ':' | '"' | '(' | '|')) {
            return false;
        }
        // Title case capitalises most words but leaves short function words ("of", "and") low; a
        // sentence with lower-case words of some length is prose, however many names it holds
        // ("Shield Encrypt is a service run by the Open Security Research Trust").
        let lower_lengths = self.tokens.iter().filter(|t| !t.capital).map(|t| t.end - t.start);
        let prose = lower_lengths.filter(|&n| n >= 5).map(|n| if n >= 6 { 2 } else { 1 }).sum::<usize>() >= 2;
        let capitals = self.tokens.iter().filter(|t| t.capital).count();
        prose || capitals * 2 < self.tokens.len()
    }

    /// Whether a token is a number written in digits, or a number word.
    pub fn is_number(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(|c| c.is_ascii_digit()) || self.is(i, Cue::NumberWord)
    }

    /// Whether the clause holds an e-mail address.
    pub fn has_email(&self) -> bool {
        // One scan of the clause spares most clauses the look at every word.
        self.lower.contains('@') && (0..self.tokens.len()).any(|i| {
            let w = self.word(i);
            !w.starts_with('@') && w.split_once('@').is_some_and(|(_, domain)| domain.contains('.'))
        })
    }

    /// Whether the clause holds a web address ("www.example.com", "example.com/privacy").
    pub fn has_url(&self) -> bool {
        // Every web address has a dot or starts with "http"; most clauses have neither.
        (self.lower.contains('.') || self.lower.contains("http")) && (0..self.tokens.len()).any(|i| {
            let w = self.word(i);
            let domain = w.rsplit_once('.').is_some_and(|(head, tld)| {
                head.chars().count() >= 3 && (2..=6).contains(&tld.len()) && tld.chars().all(|ch| ch.is_ascii_alphabetic())
            });
            !w.contains('@') && (w.starts_with("www.") || w.starts_with("http") || (w.contains('.') && w.contains('/')) || domain)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::lexicon::lexicon;
    use crate::Language;

    fn view(text: &str) -> ClauseView<'static> {
        let lex = lexicon(Language::English).unwrap();
        ClauseView::new(text, Context::default(), lex, &mut Memo::default())
    }

    fn at(v: &ClauseView<'_>, target: &str) -> usize {
        (0..v.len()).find(|&i| v.word(i) == target).unwrap()
    }

    #[test]
    fn alphanumeric_runs_are_copied_whole_and_lower_cased() {
        // Every byte value at every place of runs of letters and digits, in texts of whole and
        // partial chunks, after upper-case letters alone, lower-case ones alone, or digits alone.
        for byte in 0..=255u8 {
            for fill in [&b"aZ09qQ"[..], b"ABCXYZ", b"abcxyz", b"0123456789"] {
                for len in [3, 8, 13, 16, 21] {
                    for at in 0..len {
                        let mut text: Vec<u8> = (0..len).map(|i| fill[i % fill.len()]).collect();
                        text[at] = byte;
                        let run: Vec<u8> = text.iter().copied().take_while(u8::is_ascii_alphanumeric).collect();
                        let mut out = b"x ".to_vec();
                        let got = push_alnum_run(&text, &mut out);
                        assert_eq!(got, (run.len(), run.iter().any(u8::is_ascii_lowercase)), "{byte:#x} at {at} of {len}");
                        assert_eq!(out, [&b"x "[..], &run.to_ascii_lowercase()].concat(), "{byte:#x} at {at} of {len}");
                    }
                }
            }
        }
    }

    #[test]
    fn latin1_letters_are_read_as_unicode_reads_them() {
        for c in (0..0x400).filter_map(char::from_u32) {
            let letter = c.is_alphanumeric() && (c.is_uppercase() || c.is_lowercase());
            let latin1 = ('\u{80}'..='\u{ff}').contains(&c);
            match latin1_case(c) {
                Some(upper) => {
                    assert!(latin1 && letter && c.is_uppercase() == upper && c.is_lowercase() != upper, "{c:?}");
                    let lower = if upper { latin1_lower(c) } else { c };
                    assert_eq!(c.to_lowercase().collect::<String>(), lower.to_string(), "{c:?}");
                }
                None => assert!(!latin1 || !letter || matches!(c, 'ª' | 'µ' | 'º'), "{c:?}"),
            }
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn tokens_keep_case_marks_and_accented_letters() {
        // (text, words, capital per word, upper per word)
        type Case<'a> = (&'a str, &'a [&'a str], &'a [bool], &'a [bool]);
        let table: &[Case<'_>] = &[
            ("Über UNS und Dich", &["über", "uns", "und", "dich"], &[true, true, false, true], &[false, true, false, false]),
            ("ÉTÉ Straße ÄÖÜ", &["été", "straße", "äöü"], &[true, true, true], &[true, false, true]),
            ("a-b  c’d é-è", &["a-b", "c'd", "é-è"], &[false, false, false], &[false, false, false]),
            // A word of two characters or more without a lower-case letter counts as written in capitals.
            ("10% of 3 × 4 ÷ 2", &["10%", "of", "3", "4", "2"], &[false; 5], &[true, false, false, false, false]),
            ("Dat\u{ad}en\u{200b}schutz", &["datenschutz"], &[true], &[false]),
            ("ÿ Þorn", &["ÿ", "þorn"], &[false, true], &[false, false]),
        ];
        for (text, want, capital, upper) in table {
            let v = view(text);
            let words: Vec<_> = (0..v.len()).map(|i| v.word(i)).collect();
            assert_eq!(words, *want, "{text}");
            assert_eq!(v.tokens.iter().map(|t| t.capital).collect::<Vec<_>>(), *capital, "{text}");
            assert_eq!(v.tokens.iter().map(|t| t.upper).collect::<Vec<_>>(), *upper, "{text}");
        }
    }

    #[test]
    fn tokens_keep_emails_contractions_and_hide_invisible_marks() {
        let v = view("We don’t sell; write to privacy@example.com (U.S.). Da\u{ad}ten");
        let words: Vec<_> = (0..v.len()).map(|i| v.word(i)).collect();
        assert_eq!(words, ["we", "don't", "sell", "write", "to", "privacy@example.com", "u.s", "daten"]);
        assert!(v.has_email());
    }

    #[test]
    fn negation_scope_table() {
        // (clause, target word, negated?)
        let cases = [
            ("We do not sell your data.", "sell", true),
            ("We never rent or sell personal information.", "sell", true),
            ("We neither sell nor rent your data.", "rent", true),
            ("No personal information is sold to anyone.", "sold", true),
            ("We don't sell it.", "sell", true),
            ("We do not, and will not, sell your data.", "sell", true),
            ("We will not share, rent, lend, or sell your data.", "sell", true),
            ("If you do not opt out, we may sell your data.", "sell", false),
            ("We do not use cookies but we sell data.", "sell", false),
            ("We do not collect emails; we sell addresses.", "sell", false),
            ("Unless you tell us not to, we may sell your email.", "sell", false),
            ("We honor Do Not Track signals.", "signals", false),
            ("Click Do Not Sell My Information to sell nothing.", "sell", false),
        ];
        for (text, target, want) in cases {
            let v = view(text);
            assert_eq!(v.negated(at(&v, target)), want, "{text}");
        }
    }

    #[test]
    fn conditions_modality_actors_and_names() {
        let v = view("If we sell your data, we will tell you.");
        assert!(v.conditional(at(&v, "sell")));
        let v = view("If you are a subscriber, we may rent your name.");
        assert!(!v.conditional(at(&v, "rent")));
        assert_eq!(v.modality(at(&v, "rent")), Some(Cue::Possibility));
        let v = view("We reserve the right to email you.");
        assert_eq!(v.modality(at(&v, "email")), Some(Cue::Reserve));
        let v = view("Advertisers may set cookies.");
        assert_eq!(v.actor(at(&v, "set")), Some(Cue::ThirdParty));
        let v = view("Our certificates come from Shield Encrypt, a nonprofit.");
        assert!(v.is_name(at(&v, "encrypt")));
        // Many names in one sentence do not make it title case while it has prose words.
        let v = view("Shield Encrypt is a service run by the Open Security Research Trust, a Delaware Nonprofit Public Benefit Corporation.");
        assert!(v.is_name(at(&v, "encrypt")));
        let v = view("Data Security And Encryption");
        assert!(!v.is_name(at(&v, "encryption")));
        // A table cell starts with a capital as a sentence does.
        let v = view("Category | Examples | Sold or Shared | To whom we disclosed personal information");
        assert!(!v.is_name(at(&v, "sold")));
        assert!(!v.is_sentence());
    }
}
