//! One clause prepared for reading: lower-cased once, split into word tokens, with the small pieces of
//! syntax the readers need — negation and its scope, conditions, and the subject of a verb.
//!
//! This is deliberately not a parser. Policies are written in a narrow register ("we do not sell",
//! "your information may be shared with …"), and a handful of token-window rules read that register
//! well while staying small enough for the wasm bundle and fast enough to run on every clause.
//!
//! Scope is the central idea: a negation cue ("not", "never", "no", "neither", "nor", "none",
//! "n't") governs the verbs that follow it up to a *scope break* — a semicolon, colon or bracket, a
//! contrastive or conditional conjunction ("but", "except", "unless", "if"), or a new subject "we".
//! "We do not sell or rent your data" negates both verbs; "If you do not opt out, we may sell your
//! data" does not negate "sell".

/// One word of a clause.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    /// The lower-cased word (letters, digits, inner apostrophes and hyphens).
    pub word: &'a str,
    /// The punctuation right before the word, if any (the strongest one when there are several).
    pub punct_before: Option<char>,
}

/// A clause ready for the question readers.
#[derive(Debug)]
pub(crate) struct ClauseView<'a> {
    /// The clause text, lower-cased, with typographic apostrophes and quotes made plain.
    pub lower: &'a str,
    /// The section heading (and its parents), lower-cased.
    pub heading: &'a str,
    /// The clause's words, in order.
    pub tokens: Vec<Token<'a>>,
    /// The previous clause of the same section, lower-cased ("" for the first): what "such
    /// signals" or "these changes" refer back to.
    pub previous: &'a str,
}

/// Lower-cases `text` and replaces typographic apostrophes and quotes by plain ones, so that word
/// lists need only one spelling.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2013}' => out.push('-'),
            '\u{a0}' => out.push(' '),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Words that negate what follows them.
const NEGATION_CUES: &[&str] = &["not", "never", "no", "neither", "nor", "none", "cannot", "without"];

/// Words that end the scope of a negation that came before them.
const SCOPE_BREAKS: &[&str] = &[
    "but", "however", "although", "though", "except", "unless", "if", "when", "whether", "while", "whereas",
    "which", "who", "because", "so", "instead", "rather", "other", "than",
];

impl<'a> ClauseView<'a> {
    /// Splits an already [`normalize`]d clause into tokens.
    pub fn new(lower: &'a str, heading: &'a str) -> ClauseView<'a> {
        let mut tokens = Vec::with_capacity(lower.len() / 5 + 1);
        let mut punct: Option<char> = None;
        let mut start: Option<usize> = None;
        let is_word = |c: char| c.is_alphanumeric();
        let chars: Vec<(usize, char)> = lower.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let inner = matches!(c, '\'' | '-' | '.' | '@' | '_')
                && start.is_some()
                && chars.get(k + 1).is_some_and(|&(_, n)| is_word(n));
            if is_word(c) || inner {
                if start.is_none() {
                    start = Some(i);
                }
                continue;
            }
            if let Some(s) = start.take() {
                tokens.push(Token { word: &lower[s..i], punct_before: punct.take() });
            }
            if !c.is_whitespace() {
                // Keep the strongest break: a semicolon or bracket outranks a comma.
                punct = Some(match (punct, c) {
                    (Some(p), ',') => p,
                    (_, c) => c,
                });
            }
        }
        if let Some(s) = start {
            tokens.push(Token { word: &lower[s..], punct_before: punct.take() });
        }
        ClauseView { lower, heading, tokens, previous: "" }
    }

    /// The word at `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.word)
    }

    /// Whether the lower-cased clause contains `needle`.
    pub fn has(&self, needle: &str) -> bool {
        self.lower.contains(needle)
    }

    /// Whether the lower-cased clause contains any of `needles`.
    pub fn has_any(&self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.lower.contains(n))
    }

    /// Whether the heading contains any of `needles`.
    pub fn heading_has_any(&self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.heading.contains(n))
    }

    /// Positions of the words for which `pred` holds.
    pub fn positions(&self, pred: impl Fn(&str) -> bool) -> Vec<usize> {
        self.tokens.iter().enumerate().filter(|(_, t)| pred(t.word)).map(|(i, _)| i).collect()
    }

    /// Whether any word satisfies `pred`.
    pub fn any_word(&self, pred: impl Fn(&str) -> bool) -> bool {
        self.tokens.iter().any(|t| pred(t.word))
    }

    /// Whether the words `phrase` occur consecutively starting at `i`.
    pub fn phrase_at(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.tokens.get(i + k).is_some_and(|t| t.word == *w))
    }

    /// The first position where `phrase` occurs as consecutive words.
    pub fn find_phrase(&self, phrase: &[&str]) -> Option<usize> {
        (0..self.tokens.len()).find(|&i| self.phrase_at(i, phrase))
    }

    /// Whether a punctuation mark between word `i - 1` and word `i` ends a clause-level unit.
    fn hard_break_before(&self, i: usize) -> bool {
        self.tokens.get(i).and_then(|t| t.punct_before).is_some_and(|p| matches!(p, ';' | ':' | '(' | ')' | '.' | '!' | '?' | '[' | ']'))
    }

    /// Whether the word at `i` is negated by a cue before it, within `window` words and the cue's scope.
    pub fn negated(&self, i: usize, window: usize) -> bool {
        self.negation_cue_before(i, window).is_some()
    }

    /// The position of the negation cue governing word `i`, if any.
    pub fn negation_cue_before(&self, i: usize, window: usize) -> Option<usize> {
        let lo = i.saturating_sub(window);
        let mut j = i;
        while j > lo {
            // Moving from word j to j-1 crosses the gap before j.
            if self.hard_break_before(j) {
                return None;
            }
            let crossing_comma = self.tokens.get(j).and_then(|t| t.punct_before) == Some(',');
            j -= 1;
            let w = self.word(j);
            if is_negation(w) {
                // "do not track" names a signal, it negates nothing.
                if w == "not" && self.word(j + 1) == "track" {
                    continue;
                }
                // "not only … but also" affirms.
                if w == "not" && self.word(j + 1) == "only" {
                    return None;
                }
                return Some(j);
            }
            // A comma is crossed inside a list of coordinated verbs ("we do not share, rent, lend,
            // or sell") and after a complete negated verb phrase ("we do not, and will not, sell");
            // any other comma ends the scope ("If you do not object, we sell").
            if crossing_comma && !is_negation(w) && !self.list_item(j) {
                return None;
            }
            if SCOPE_BREAKS.contains(&w) || (w == "we" && j + 1 < i) {
                return None;
            }
        }
        None
    }

    /// Whether word `j` is a one-word item of a list: it follows a comma or a negation cue directly.
    fn list_item(&self, j: usize) -> bool {
        j > 0 && (self.tokens.get(j).and_then(|t| t.punct_before) == Some(',') || is_negation(self.word(j - 1)))
    }

    /// Whether a conditional or interrogative subordinator ("if", "whether", "in the event") governs
    /// word `i`: the clause around the word states a possibility, not a practice.
    pub fn conditional(&self, i: usize) -> bool {
        let lo = i.saturating_sub(12);
        let mut j = i;
        while j > lo {
            if self.hard_break_before(j) {
                return false;
            }
            j -= 1;
            // "If you are a subscriber, we may rent your name" states a practice for some users;
            // only a condition on the practice itself ("if we sell …") makes it hypothetical.
            let about_user = matches!(self.word(j + 1), "you" | "your");
            match self.word(j) {
                "whether" => return true,
                "if" | "whenever" if !about_user => return true,
                "event" if self.word(j.wrapping_sub(1)) == "the" && !about_user => return true,
                _ => {}
            }
        }
        false
    }

    /// The words within `before` words before and `after` words after `i`, not crossing hard breaks.
    pub fn around(&self, i: usize, before: usize, after: usize) -> impl Iterator<Item = &'a str> + '_ {
        let mut lo = i;
        while lo > i.saturating_sub(before) && !self.hard_break_before(lo) {
            lo -= 1;
        }
        let mut hi = i;
        while hi < (i + after).min(self.tokens.len().saturating_sub(1)) && !self.hard_break_before(hi + 1) {
            hi += 1;
        }
        (lo..=hi).filter(move |&k| k != i).map(move |k| self.word(k))
    }

    /// Whether some word around `i` (see [`ClauseView::around`]) satisfies `pred`.
    pub fn near(&self, i: usize, before: usize, after: usize, pred: impl Fn(&str) -> bool) -> bool {
        self.around(i, before, after).any(pred)
    }
}

/// Whether `w` is a negation cue.
pub(crate) fn is_negation(w: &str) -> bool {
    NEGATION_CUES.contains(&w) || w.ends_with("n't")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(text: &str) -> (String, String) {
        (normalize(text), String::new())
    }

    #[test]
    fn tokens_keep_emails_and_contractions() {
        let (lower, heading) = view("We don’t sell; write to privacy@example.com (U.S.).");
        let v = ClauseView::new(&lower, &heading);
        let words: Vec<_> = v.tokens.iter().map(|t| t.word).collect();
        assert_eq!(words, ["we", "don't", "sell", "write", "to", "privacy@example.com", "u.s"]);
        assert_eq!(v.tokens[3].punct_before, Some(';'));
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
            ("We do not share, lease, nor sell your data.", "lease", true),
            ("If you do not opt out, we may sell your data.", "sell", false),
            ("We do not use cookies but we sell data.", "sell", false),
            ("We do not collect emails; we sell addresses.", "sell", false),
            ("Unless you tell us not to, we may sell your email.", "sell", false),
            ("We honor do not track signals.", "signals", false),
            ("We not only collect but also sell data.", "sell", false),
        ];
        for (text, target, want) in cases {
            let (lower, heading) = view(text);
            let v = ClauseView::new(&lower, &heading);
            let i = v.positions(|w| w == target)[0];
            assert_eq!(v.negated(i, 8), want, "{text}");
        }
    }

    #[test]
    fn conditionals() {
        let cases = [
            ("If we sell your data, we will tell you.", "sell", true),
            ("You may ask whether we sold your data.", "sold", true),
            ("We sell your data to brokers.", "sell", false),
            ("If you are a subscriber, we may rent your name.", "rent", false),
        ];
        for (text, target, want) in cases {
            let (lower, heading) = view(text);
            let v = ClauseView::new(&lower, &heading);
            let i = v.positions(|w| w == target)[0];
            assert_eq!(v.conditional(i), want, "{text}");
        }
    }
}
