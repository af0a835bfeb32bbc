//! Answers the rubric's questions from a policy's clauses, keeping the clauses that prove each answer.
//!
//! The design has three layers, and only the first knows a language:
//! 1. a **lexicon** per language ([`lexicon`], data files compiled in) says which words and phrases
//!    stand for each [`cue::Cue`] — "sell, sold, rent" for `sell`, "not, never, no" for `negation`;
//! 2. a **clause view** ([`clause`]) tags every word of a clause with its cues and reads the small
//!    pieces of syntax that decide meaning — negation and its scope, conditions, modality, who acts —
//!    plus the context around the sentence: its heading, the lead-in of its list, the sentence before;
//! 3. one **reader** per question (`questions`) turns a clause view into a vote for an answer.
//!
//! Votes are aggregated per question with the contract's rule ([`crate::question::Resolution`]):
//! graded questions take the first answer in precedence order with any support, opposed answers go
//! to the strongest statement, and `not_stated` when nothing supports another answer.
//!
//! **Evidence proves the answer.** A clause is quoted only if the reader, given that clause alone
//! with its heading (and the lead-in, for a list item), reaches the answer shown: votes are read from
//! one clause at a time, so every quoted clause is by construction one that yields the answer. Lines
//! that do not read as sentences (headings, table-of-contents entries) never vote. When a vote needed
//! the lead-in or the previous sentence, that context is quoted with it.
//!
//! A page may mix languages (a cookie banner in another language, a policy printed in several): only
//! clauses in the policy's main language are read and quoted, so the grade and its evidence come from
//! one text, in the language the report names.

pub(crate) mod clause;
pub(crate) mod cue;
pub(crate) mod lexicon;
mod questions;

use serde::{Deserialize, Serialize};

use self::clause::{cues_of, ClauseView, Context};
use self::cue::{Cue, CueSet};
use self::lexicon::{lexicon, Memo};
use self::questions::{reader, topic, triggers, Vote};
use crate::question::Resolution;
use crate::{AnswerId, Policy, QuestionId, Rubric};

/// The most evidence clauses kept per answer.
pub const MAX_EVIDENCE: usize = 3;

/// How many words may open a clause before the question's topic for the clause to count as one
/// about it ("Deletion: you may delete …", "Cookies of advertisers may …"), not one that comes to it
/// on the way ("When you visit our site from a phone, … advertisers' cookies …").
const TOPIC_LEAD: usize = 2;

/// How many clauses apart two votes for the same answer may stand to count as one passage on the
/// question.
const NEIGHBOUR_REACH: usize = 2;

/// How many clauses after a lead-in ("You have the right to:") are read as its list items.
const LEAD_IN_REACH: usize = 12;

/// A clause quoted as evidence for an answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// The clause's id in the policy.
    pub clause_id: String,
    /// The clause's text, verbatim.
    pub text: String,
    /// The heading of the section the clause is in.
    pub heading: String,
    /// The sentence the clause needs to be read with, verbatim: the lead-in of the list it is an
    /// item of ("You may ask us to:"), or the sentence before it that it refers to ("We may revise
    /// this policy." before "If a revision reduces your rights, we will tell you."). Empty when the
    /// clause proves the answer on its own.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub context: String,
}

/// The answer to one question, with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The question.
    pub question: QuestionId,
    /// The answer.
    pub answer: AnswerId,
    /// How sure the engine is, from 0 to 1.
    pub confidence: f32,
    /// Up to [`MAX_EVIDENCE`] clauses supporting the answer, strongest first.
    pub evidence: Vec<Evidence>,
}

/// The answers the engine can give to `question`, or `None` for an id it does not know.
pub fn answers(question: &str) -> Option<&'static [AnswerId]> {
    question.parse::<QuestionId>().ok().map(QuestionId::answers)
}

/// One vote with where it came from.
struct Cast {
    vote: Vote,
    order: usize,
    section: usize,
    clause: usize,
    /// The clause of the same section (a lead-in or the previous sentence) the vote needed, if any.
    context: Option<usize>,
    /// Where the first of the question's topic cues stands in the clause.
    lead: usize,
    /// Whether another clause near this one gives the same answer (set when ranking).
    neighboured: bool,
    /// Whether the clause names the legal basis of processing, for a question about a practice (for
    /// the user's rights it is no sign against: the right to object is defined by the basis it
    /// objects to).
    legal_basis: bool,
}

/// Answers every question of `rubric` that the engine knows (enabled or not, so that switching one
/// on needs no re-read). A policy in a language without a lexicon gets no findings.
pub fn classify(policy: &Policy, rubric: &Rubric) -> Vec<Finding> {
    let questions: Vec<QuestionId> = rubric.questions.iter().filter_map(|q| q.id.parse().ok()).collect();
    let Some(lex) = lexicon(policy.language) else { return Vec::new() };
    let mut memo = Memo::for_text(policy.sections.iter().flat_map(|s| &s.clauses).map(|c| c.text.len()).sum());
    let gates: Vec<CueSet> = questions.iter().map(|q| triggers(*q)).collect();
    let topics: Vec<CueSet> = questions.iter().map(|q| topic(*q)).collect();
    let mut casts: Vec<Vec<Cast>> = questions.iter().map(|_| Vec::new()).collect();
    let mut order = 0;
    for (s, section) in policy.sections.iter().enumerate() {
        // The section's heading gives context ("Children's privacy", "Do Not Track"); it is quoted
        // with the evidence, so a quote and its heading prove the answer together.
        let heading = cues_of(&section.heading, lex, &mut memo);
        let mut previous = CueSet::EMPTY;
        let mut lead_in: Option<(usize, CueSet)> = None;
        for (k, clause) in section.clauses.iter().enumerate() {
            let active_lead_in = lead_in.filter(|(at, _)| k > *at && k - at <= LEAD_IN_REACH);
            let context = Context { heading, lead_in: active_lead_in.map_or(CueSet::EMPTY, |(_, c)| c), previous };
            // Pages mix languages (an English cookie banner on a German policy, a policy printed in
            // several languages): only clauses in the policy's language are read and quoted.
            let view = ClauseView::new(&clause.text, context, lex, &mut memo);
            if view.is_foreign(policy.language) {
                order += 1;
                continue;
            }
            // Only the Do Not Track reader looks back a sentence ("Some browsers send Do Not Track.
            // We do not respond to such signals.").
            let dnt_before = if previous.has(Cue::DntSignal) { CueSet::of(Cue::DntSignal) } else { CueSet::EMPTY };
            let seen = view.cues().union(context.heading).union(context.lead_in).union(dnt_before);
            // A line that is not a sentence (a heading, a contents entry) proves nothing, and a
            // pointer to another section ("see 'Your Choices' below") proves nothing but the
            // contact it may give. An address block is a contact although it is no sentence. A
            // reference bracketed after the sentence's own words ("… aufbewahrt (vgl. § 257 HGB)",
            // "… for 30 days (see Section 5)") backs its statement rather than sending the reader
            // elsewhere; a sentence that is all bracket is still a pointer.
            let pointer = view.has(Cue::Pointer) && view.len() <= 20 && (0..view.len()).any(|i| view.is(i, Cue::Pointer) && !view.in_aside(i));
            // A question ("How do we protect your data?") asks; it states nothing, so it proves nothing.
            let asks = clause.text.trim_end().ends_with('?');
            let address = view.has_email() || view.has(Cue::Postal) || view.has(Cue::Phone);
            // A list item under a lead-in reads as the lead-in's sentence continued.
            let sentence = view.is_sentence() || active_lead_in.is_some();
            if sentence || address {
                for (q, question) in questions.iter().enumerate() {
                    let contact = *question == QuestionId::Contact;
                    let gated = seen.meets(gates[q]) || (contact && view.has_email());
                    if !gated || (pointer && !contact) || (!sentence && !contact) || asks {
                        continue;
                    }
                    let rights = matches!(question, QuestionId::Deletion | QuestionId::Access | QuestionId::OptOut);
                    view.take_context_use();
                    if let Some(vote) = reader(*question)(&view) {
                        // Only a vote that looked at the lead-in or the previous sentence may need it.
                        let needs = if view.take_context_use() {
                            needed_context(&clause.text, context, active_lead_in.map(|(at, _)| at), k, lex, &mut memo, |v| reader(*question)(v) == Some(vote))
                        } else {
                            None
                        };
                        if let Some(list) = casts.get_mut(q) {
                            let lead = topics.get(q).and_then(|t| view.first_of(*t)).unwrap_or(usize::MAX);
                            list.push(Cast { vote, order, section: s, clause: k, context: needs, lead, neighboured: false, legal_basis: view.has(Cue::LegalBasis) && !rights });
                        }
                    }
                }
            }
            if clause.text.trim_end().ends_with(':') {
                lead_in = Some((k, view.cues()));
            }
            previous = view.cues();
            order += 1;
        }
    }
    questions.iter().zip(casts).map(|(q, casts)| aggregate(*q, policy, casts)).collect()
}

/// Which clause, if any, a vote needed besides its own: none when the clause with its heading gives
/// the same vote alone; else the lead-in when that suffices; else the previous sentence.
fn needed_context(
    text: &str,
    context: Context,
    lead_in: Option<usize>,
    k: usize,
    lex: &lexicon::Lexicon,
    memo: &mut Memo,
    same: impl Fn(&ClauseView<'_>) -> bool,
) -> Option<usize> {
    if context.lead_in == CueSet::EMPTY && context.previous == CueSet::EMPTY {
        return None;
    }
    let alone = ClauseView::new(text, Context { lead_in: CueSet::EMPTY, previous: CueSet::EMPTY, ..context }, lex, memo);
    if same(&alone) {
        return None;
    }
    if let Some(at) = lead_in {
        let with_lead_in = ClauseView::new(text, Context { previous: CueSet::EMPTY, ..context }, lex, memo);
        if same(&with_lead_in) {
            return Some(at);
        }
    }
    k.checked_sub(1)
}

fn aggregate(question: QuestionId, policy: &Policy, mut casts: Vec<Cast>) -> Finding {
    let best = |answer: AnswerId, casts: &[Cast]| casts.iter().filter(|c| c.vote.answer == answer).map(|c| c.vote.strength).max();
    let winner: Option<AnswerId> = match question.resolution() {
        Resolution::Precedence(order) => order.iter().copied().find(|a| best(*a, &casts).is_some()),
        Resolution::Strongest(order) => {
            let mut winner: Option<(AnswerId, u8)> = None;
            for a in order {
                if let Some(s) = best(*a, &casts) {
                    if winner.is_none_or(|(_, w)| s > w) {
                        winner = Some((*a, s));
                    }
                }
            }
            winner.map(|(a, _)| a)
        }
    };
    let Some(answer) = winner else {
        return Finding { question, answer: AnswerId::NotStated, confidence: 0.6, evidence: vec![] };
    };
    let rivals = casts.iter().filter(|c| c.vote.answer != answer).count();
    casts.retain(|c| c.vote.answer == answer);
    // A sentence among others that give the same answer stands in the part of the policy on the
    // question, not in a passing mention elsewhere.
    // Casts are in document order, so a cast's nearest others are its neighbours in the list.
    let orders: Vec<usize> = casts.iter().map(|c| c.order).collect();
    for (j, cast) in casts.iter_mut().enumerate() {
        let near = |k: Option<usize>| k.and_then(|k| orders.get(k)).is_some_and(|&o| o.abs_diff(cast.order) <= NEIGHBOUR_REACH);
        cast.neighboured = near(j.checked_sub(1)) || near(Some(j + 1));
    }
    // The deciding sentence first: the strongest; among equally strong ones, one that states a practice over one that names its legal basis ("the legal
    // basis is our legitimate interest in …"), then one that opens with the question's topic (a
    // sentence about it, or one its heading runs into) over one that comes to it on the way, then
    // one in the part on the question, then one that stands alone, then document order.
    crate::sorting::sort_stable_by(&mut casts, |a, b| {
        b.vote.strength
            .cmp(&a.vote.strength)
            .then(a.legal_basis.cmp(&b.legal_basis))
            .then((a.lead > TOPIC_LEAD).cmp(&(b.lead > TOPIC_LEAD)))
            .then(b.neighboured.cmp(&a.neighboured))
            .then(a.context.is_some().cmp(&b.context.is_some()))
            .then(a.order.cmp(&b.order))
    });
    let top = casts.first().map_or(1, |c| c.vote.strength);
    let mut evidence: Vec<Evidence> = Vec::new();
    for cast in &casts {
        let Some(section) = policy.sections.get(cast.section) else { continue };
        let Some(clause) = section.clauses.get(cast.clause) else { continue };
        if evidence.iter().any(|e| e.text == clause.text) {
            continue;
        }
        let context = cast.context.and_then(|k| section.clauses.get(k)).map(|c| c.text.clone()).unwrap_or_default();
        evidence.push(Evidence { clause_id: clause.id.clone(), text: clause.text.clone(), heading: section.heading.clone(), context });
        if evidence.len() == MAX_EVIDENCE {
            break;
        }
    }
    // Strength of the best clause, a little more for corroboration, less when other clauses disagree.
    let base = match top {
        3 => 0.85,
        2 => 0.72,
        _ => 0.58,
    };
    let support = 0.03 * (casts.len().min(4) as f32 - 1.0);
    let conflict = if rivals > 0 { 0.12 } else { 0.0 };
    let confidence = (base + support - conflict).clamp(0.3, 0.97);
    Finding { question, answer, confidence, evidence }
}

/// Reads one sentence alone, as if it were a whole policy, and returns the answer it gives to
/// `question` (`not_stated` when it gives none). This is the self-check of the evidence rule: every
/// quote shown for an answer must give that answer when read alone with its heading.
pub fn read_alone(text: &str, heading: &str, context: &str, language: crate::Language, question: QuestionId) -> AnswerId {
    let Some(lex) = lexicon(language) else { return AnswerId::NotStated };
    // A question states nothing (as in `classify`).
    if text.trim_end().ends_with('?') {
        return AnswerId::NotStated;
    }
    let mut memo = Memo::default();
    let heading = cues_of(heading, lex, &mut memo);
    // The quoted context is a lead-in or the sentence before; it is offered as both.
    let before = if context.is_empty() { CueSet::EMPTY } else { cues_of(context, lex, &mut memo) };
    let view = ClauseView::new(text, Context { heading, lead_in: before, previous: before }, lex, &mut memo);
    reader(question)(&view).map_or(AnswerId::NotStated, |v| v.answer)
}

/// Whether `language` has a lexicon, so the engine grades its policies.
pub fn graded(language: crate::Language) -> bool {
    lexicon::graded(language)
}
