//! Answers the rubric's questions from a policy's clauses, keeping the clauses that prove each answer.
//!
//! Every clause is normalised and tokenised once ([`clause`]); each question's reader
//! (`questions`) then says whether the clause supports one of the question's answers, and how
//! strongly. The votes are aggregated per question:
//! - graded questions (retention, security, change_notice) follow the label contract's precedence:
//!   the first answer in precedence order with any support wins ("a stated period anywhere beats
//!   'as long as necessary'");
//! - opposed answers (sells_data yes/no, do_not_track honored/not_honored, …) go to the strongest
//!   statement, ties to the answer the contract puts first;
//! - `not_stated` when no clause supports another answer.
//!
//! Evidence is the supporting clauses, strongest first and then in document order, without
//! repeating the same sentence (pages often print a notice twice).

pub(crate) mod clause;
mod gate;
mod lexicon;
mod questions;

use serde::{Deserialize, Serialize};

use self::clause::{normalize, ClauseView};
use self::questions::{reader, Vote};
use crate::{Policy, Rubric};

/// The most evidence clauses kept per answer.
pub const MAX_EVIDENCE: usize = 3;

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
}

/// The answer to one question, with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The question's id.
    pub question: String,
    /// The answer's id.
    pub answer: String,
    /// How sure the engine is, from 0 to 1.
    pub confidence: f32,
    /// Up to [`MAX_EVIDENCE`] clauses supporting the answer, strongest first.
    pub evidence: Vec<Evidence>,
}

/// The answers the engine can give to `question`, or `None` for a question it cannot read.
pub fn answers(question: &str) -> Option<&'static [&'static str]> {
    questions::answers(question)
}

/// How a question's votes become one answer.
enum Rule {
    /// The first answer in this order with any vote wins.
    Precedence(&'static [&'static str]),
    /// The answer with the strongest vote wins; ties go to the earlier answer in this order.
    Strongest(&'static [&'static str]),
}

fn rule(question: &str) -> Rule {
    match question {
        "retention" => Rule::Precedence(&["stated_period", "limited", "indefinite"]),
        "security" => Rule::Precedence(&["specific", "generic"]),
        "change_notice" => Rule::Precedence(&["personal", "posted"]),
        "do_not_track" => Rule::Strongest(&["not_honored", "honored"]),
        "sells_data" => Rule::Strongest(&["yes", "no"]),
        _ => Rule::Strongest(&["yes", "no"]),
    }
}

/// One vote with where it came from.
struct Cast {
    vote: Vote,
    order: usize,
    section: usize,
    clause: usize,
}

/// Answers every question of `rubric` (enabled or not, so that switching one on needs no re-read).
pub fn classify(policy: &Policy, rubric: &Rubric) -> Vec<Finding> {
    let readers: Vec<_> = rubric.questions.iter().map(|q| (reader(&q.id), gate::bit(&q.id))).collect();
    let mut casts: Vec<Vec<Cast>> = rubric.questions.iter().map(|_| Vec::new()).collect();
    let mut order = 0;
    for (s, section) in policy.sections.iter().enumerate() {
        // The heading path gives context ("Children's privacy", "Do Not Track"); the nearest
        // heading and its parents are read together.
        let heading = normalize(&section.path.join(" / "));
        let heading_mask = gate::heading_mask(&heading);
        let mut previous = String::new();
        for (k, clause) in section.clauses.iter().enumerate() {
            let lower = normalize(&clause.text);
            let mask = gate::clause_mask(&lower) | heading_mask;
            if mask == 0 {
                order += 1;
                previous = lower;
                continue;
            }
            let mut view = ClauseView::new(&lower, &heading);
            view.previous = &previous;
            for (q, (read, bit)) in readers.iter().enumerate() {
                if mask & bit == 0 {
                    continue;
                }
                if let Some(vote) = read.and_then(|read| read(&view)) {
                    if let Some(list) = casts.get_mut(q) {
                        list.push(Cast { vote, order, section: s, clause: k });
                    }
                }
            }
            order += 1;
            drop(view);
            previous = lower;
        }
    }
    rubric.questions.iter().zip(casts).map(|(q, casts)| aggregate(&q.id, policy, casts)).collect()
}

fn aggregate(question: &str, policy: &Policy, mut casts: Vec<Cast>) -> Finding {
    let best = |answer: &str, casts: &[Cast]| casts.iter().filter(|c| c.vote.answer == answer).map(|c| c.vote.strength).max();
    let winner: Option<&'static str> = match rule(question) {
        Rule::Precedence(order) => order.iter().copied().find(|a| best(a, &casts).is_some()),
        Rule::Strongest(order) => {
            let mut winner: Option<(&'static str, u8)> = None;
            for a in order {
                if let Some(s) = best(a, &casts) {
                    if winner.is_none_or(|(_, w)| s > w) {
                        winner = Some((a, s));
                    }
                }
            }
            winner.map(|(a, _)| a)
        }
    };
    let Some(answer) = winner else {
        return Finding { question: question.to_string(), answer: "not_stated".to_string(), confidence: 0.6, evidence: vec![] };
    };
    let rivals = casts.iter().filter(|c| c.vote.answer != answer).count();
    casts.retain(|c| c.vote.answer == answer);
    casts.sort_by(|a, b| b.vote.strength.cmp(&a.vote.strength).then(a.order.cmp(&b.order)));
    let top = casts.first().map_or(1, |c| c.vote.strength);
    let mut evidence: Vec<Evidence> = Vec::new();
    for cast in &casts {
        let Some(section) = policy.sections.get(cast.section) else { continue };
        let Some(clause) = section.clauses.get(cast.clause) else { continue };
        if evidence.iter().any(|e| e.text == clause.text) {
            continue;
        }
        evidence.push(Evidence { clause_id: clause.id.clone(), text: clause.text.clone(), heading: section.heading.clone() });
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
    Finding { question: question.to_string(), answer: answer.to_string(), confidence, evidence }
}
