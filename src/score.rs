//! Weighs a policy's answers into a 0–100 score and a grade, and says why.
//!
//! Each enabled question contributes `weight × importance × points / MAX_VALUE`; the score is the
//! share of the largest possible total. Contributions are kept so the popup can say what the grade is made of.
//!
//! The grade starts from the score's band (the rubric's thresholds). A strength that applies lifts it
//! one grade; a dealbreaker that applies caps it, and each further dealbreaker lowers that cap one more
//! grade, so a dealbreaker always wins over a strength. The [`Reason`]s are the one or two answers that
//! decided: the dealbreaker's facts when a cap set the grade, the strength's when a lift did, and else
//! the answers that weigh most in the score (see [`decide`]).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::rubric::{Answer, Condition, Question, RuleKind, UiLanguage, MAX_VALUE};
use crate::{Finding, Rubric};

/// A letter grade, A (best) to E; what each means is the rubric's grading (see `docs/grades.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    /// The best.
    A,
    /// Good.
    B,
    /// Middling.
    C,
    /// Poor.
    D,
    /// The worst.
    E,
}

impl Grade {
    /// Every grade, best first.
    pub const ALL: [Grade; 5] = [Grade::A, Grade::B, Grade::C, Grade::D, Grade::E];

    /// The grade for a score from 0 to 100 by the fixed bands of rubric version 1 (80, 65, 50, 35),
    /// before grades had rules; the rubric's own bands are `rubric.grading.thresholds`.
    pub fn from_score(score: u32) -> Grade {
        match score {
            80.. => Grade::A,
            65..=79 => Grade::B,
            50..=64 => Grade::C,
            35..=49 => Grade::D,
            _ => Grade::E,
        }
    }
}

impl Grade {
    /// The grade one better (A stays A).
    pub fn better(self) -> Grade {
        Grade::ALL[self.index().saturating_sub(1)]
    }

    /// The grade `steps` worse (never past E).
    pub fn worse_by(self, steps: usize) -> Grade {
        Grade::ALL[(self.index() + steps).min(Grade::ALL.len() - 1)]
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
            Grade::E => "E",
        })
    }
}

/// What one question adds to the score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    /// The question's id.
    pub question: String,
    /// The answer's id.
    pub answer: String,
    /// Points earned, on the 0–100 scale of the total score.
    pub earned: f64,
    /// The most this question could have earned, on the same scale.
    pub possible: f64,
}

/// What decided a grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decider {
    /// A dealbreaker capped the grade below (or at) what the score gives.
    Dealbreaker,
    /// A strength lifted the grade above what the score gives.
    Strength,
    /// The score's band alone.
    Score,
}

impl Decider {
    /// Its id, as in JSON (`dealbreaker`, `strength`, `score`).
    pub fn id(self) -> &'static str {
        match self {
            Decider::Dealbreaker => "dealbreaker",
            Decider::Strength => "strength",
            Decider::Score => "score",
        }
    }
}

/// One fact that decided a grade: a question's answer, whose one-line text in the UI language is the
/// rubric's fact for it ([`Reason::text`]). Ids, not prose, so that the text follows the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    /// The question's id.
    pub question: String,
    /// The answer's id.
    pub answer: String,
    /// What made this fact decisive.
    pub by: Decider,
    /// The dealbreaker's or strength's id, when one decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

impl Reason {
    /// The fact in `language` ("Sells your data"), if the rubric has it.
    pub fn text<'r>(&self, rubric: &'r Rubric, language: UiLanguage) -> Option<&'r str> {
        rubric.grading.fact(&self.question, &self.answer).map(|t| t.get(language))
    }
}

/// The facts of `reasons` in `language`, joined into one line (facts the rubric lacks are left out).
pub fn reason_line(reasons: &[Reason], rubric: &Rubric, language: UiLanguage) -> String {
    reasons.iter().filter_map(|r| r.text(rubric, language)).collect::<Vec<_>>().join(" · ")
}

/// The most facts a grade is explained with.
pub const MAX_REASONS: usize = 2;

/// A score with its grade and its parts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    /// 0 (worst) to 100 (best).
    pub value: u32,
    /// The grade: the score's band, moved by dealbreakers and strengths.
    pub grade: Grade,
    /// The grade the score's band alone gives.
    pub banded: Grade,
    /// The one or two facts that decided `grade`.
    pub reasons: Vec<Reason>,
    /// Each enabled question's part of the score.
    pub contributions: Vec<Contribution>,
}

/// Scores `findings` with `rubric`. `None` when no enabled question has any weight.
pub fn score(findings: &[Finding], rubric: &Rubric) -> Option<Score> {
    let counted = counted(findings, rubric);
    let total: u32 = counted.iter().map(|(q, _)| q.counted_weight() * MAX_VALUE).sum();
    if total == 0 {
        return None;
    }
    let scale = 100.0 / f64::from(total);
    let contributions: Vec<Contribution> = counted
        .iter()
        .map(|(q, a)| Contribution {
            question: q.id.clone(),
            answer: a.id.clone(),
            earned: f64::from(q.counted_weight() * a.points) * scale,
            possible: f64::from(q.counted_weight() * MAX_VALUE) * scale,
        })
        .collect();
    let earned: u32 = counted.iter().map(|(q, a)| q.counted_weight() * a.points).sum();
    // Integer rounding keeps the score and the grade identical in Rust, JS and JSON.
    let value = (earned * 100 + total / 2) / total;
    let banded = rubric.grading.thresholds.grade(value);
    let (grade, reasons) = decide(findings, rubric, banded);
    Some(Score { value, grade, banded, reasons, contributions })
}

/// The most each question can add to a 0–100 score with `rubric` (rounded; 0 for a question that
/// does not count), in the rubric's order: what a weight or an importance means, in points.
pub fn most_points(rubric: &Rubric) -> Vec<(&str, u32)> {
    let weight = |q: &Question| if q.enabled { q.counted_weight() } else { 0 };
    let total: u32 = rubric.questions.iter().map(weight).sum();
    rubric
        .questions
        .iter()
        .map(|q| (q.id.as_str(), (weight(q) * 100 + total / 2).checked_div(total).unwrap_or(0)))
        .collect()
}

/// The grade and its reasons, from the score's band and the rubric's rules.
///
/// - Strengths: if any applies, the grade is one better than the band.
/// - Dealbreakers: the worst cap of those that apply, one grade lower for each further one; the grade
///   is never better than that. When the cap is what sets the grade (even if the band agrees), the
///   reasons are the dealbreakers' facts, worst first: one dealbreaker's conditions, or the first
///   condition of each when several apply.
/// - When a strength's lift stands, the reasons are the strengths' facts, the same way.
/// - Otherwise the score decided, and the reasons are the answers that weigh most: for an A the two
///   best answers that earn the most, for a B the one that earns the most and the one that costs the
///   most, for C to E the two that cost the most.
///
/// A rule applies only when every question it names is switched on and answered as it says.
// Not inlined: the report calls it from several places, and each inlined copy grows the wasm bundle.
#[inline(never)]
pub fn decide(findings: &[Finding], rubric: &Rubric, banded: Grade) -> (Grade, Vec<Reason>) {
    let grading = &rubric.grading;
    let strengths: Vec<Applied> = grading
        .strengths
        .iter()
        .filter(|s| s.enabled)
        .filter_map(|s| Some(Applied { rule: &s.id, cap: Grade::A, facts: matched(&s.when, findings, rubric)? }))
        .collect();
    let dealbreakers: Vec<Applied> = grading
        .dealbreakers
        .iter()
        .filter(|d| d.enabled)
        .filter_map(|d| Some(Applied { rule: &d.id, cap: d.cap, facts: matched(&d.when, findings, rubric)? }))
        .collect();
    // Worst cap first; equal caps keep the rubric's order.
    let dealbreakers: Vec<Applied> =
        Grade::ALL.iter().rev().flat_map(|g| dealbreakers.iter().filter(move |d| d.cap == *g)).cloned().collect();
    let lifted = if strengths.is_empty() { banded } else { banded.better() };
    let cap = dealbreakers.first().map(|worst| worst.cap.worse_by(dealbreakers.len() - 1));
    let grade = cap.map_or(lifted, |cap| cap.max(lifted));
    // One rule is told by its facts (up to two); several by the first fact of each, so that a
    // rule's defining condition comes first in the rubric data.
    let facts = |by: Decider, rules: &[Applied]| -> Vec<Reason> {
        let mut reasons: Vec<Reason> = Vec::new();
        let per_rule = if rules.len() > 1 { 1 } else { MAX_REASONS };
        for applied in rules {
            for (question, answer) in applied.facts.iter().take(per_rule) {
                if reasons.len() < MAX_REASONS && !reasons.iter().any(|r| r.question == *question) {
                    let rule = Some(applied.rule.to_string());
                    reasons.push(Reason { question: question.to_string(), answer: answer.to_string(), by, rule });
                }
            }
        }
        reasons
    };
    let reasons = if cap.is_some_and(|cap| cap >= lifted) {
        facts(Decider::Dealbreaker, &dealbreakers)
    } else if grade != banded {
        facts(Decider::Strength, &strengths)
    } else {
        weightiest(findings, rubric, grade)
    };
    (grade, reasons)
}

/// A rule that applies to a policy, with the answers that met its conditions.
#[derive(Clone)]
struct Applied<'a> {
    rule: &'a str,
    /// The dealbreaker's cap (unused for strengths).
    cap: Grade,
    /// (question, answer) for each condition, in the rule's order.
    facts: Vec<(&'a str, &'a str)>,
}

/// The switched-on dealbreakers and strengths that apply to `findings`, dealbreakers first, each in
/// the rubric's order (whether or not it decided the grade).
pub fn applying_rules<'r>(findings: &[Finding], rubric: &'r Rubric) -> Vec<(&'r str, RuleKind)> {
    let g = &rubric.grading;
    let dealbreakers = g.dealbreakers.iter().filter(|d| d.enabled).map(|d| (d.id.as_str(), &d.when, RuleKind::Dealbreaker));
    let strengths = g.strengths.iter().filter(|s| s.enabled).map(|s| (s.id.as_str(), &s.when, RuleKind::Strength));
    dealbreakers
        .chain(strengths)
        .filter(|(_, when, _)| matched(when, findings, rubric).is_some())
        .map(|(id, _, kind)| (id, kind))
        .collect()
}

/// The (question, answer) pairs that meet every condition, or `None` if one is not met or its
/// question is switched off.
fn matched<'a>(when: &[Condition], findings: &'a [Finding], rubric: &'a Rubric) -> Option<Vec<(&'a str, &'a str)>> {
    when.iter()
        .map(|c| {
            let q = rubric.question(&c.question).filter(|q| q.enabled)?;
            let finding = findings.iter().find(|f| f.question == q.id)?;
            c.accepts(finding.answer.as_str()).then_some((q.id.as_str(), finding.answer.as_str()))
        })
        .collect()
}

/// The questions that count (switched on, with weight) and the answer `findings` give each, in the
/// rubric's order; questions without a finding or with an answer the rubric lacks are left out.
fn counted<'r>(findings: &[Finding], rubric: &'r Rubric) -> Vec<(&'r Question, &'r Answer)> {
    rubric
        .questions
        .iter()
        .filter(|q| q.enabled && q.counted_weight() > 0)
        .filter_map(|q| {
            let finding = findings.iter().find(|f| f.question == q.id)?;
            let answer = q.answers.iter().find(|a| finding.answer == a.id)?;
            Some((q, answer))
        })
        .collect()
}

/// The `n` items with the largest `key`, largest first; ties keep the order of `items`. (A selection,
/// not a sort: `n` is tiny, and each sort instantiation costs the wasm bundle kilobytes.)
fn largest<T: Copy>(items: &[T], n: usize, key: impl Fn(&T) -> u32) -> Vec<T> {
    let mut picked: Vec<(usize, T)> = Vec::with_capacity(n);
    while picked.len() < n {
        let mut best: Option<(usize, T)> = None;
        for (i, item) in items.iter().enumerate() {
            let taken = picked.iter().any(|(p, _)| *p == i);
            if !taken && best.as_ref().is_none_or(|(_, b)| key(item) > key(b)) {
                best = Some((i, *item));
            }
        }
        match best {
            Some(found) => picked.push(found),
            None => break,
        }
    }
    picked.into_iter().map(|(_, item)| item).collect()
}

/// The answers that weigh most in the score, as reasons for a grade the score decided.
fn weightiest(findings: &[Finding], rubric: &Rubric, grade: Grade) -> Vec<Reason> {
    // (question, answer, earned, lost), in rubric order, for every counted question.
    let weighed: Vec<(&str, &str, u32, u32)> = counted(findings, rubric)
        .into_iter()
        .map(|(q, answer)| {
            let best = q.answers.iter().map(|a| a.points).max().unwrap_or(0);
            let lost = q.counted_weight() * best.saturating_sub(answer.points);
            (q.id.as_str(), answer.id.as_str(), q.counted_weight() * answer.points, lost)
        })
        .collect();
    // Gains are best answers that earn something; ties keep the rubric's order.
    let gains: Vec<_> = weighed.iter().filter(|w| w.3 == 0 && w.2 > 0).collect();
    let gains = largest(&gains, MAX_REASONS, |w| w.2).into_iter();
    let losses: Vec<_> = weighed.iter().filter(|w| w.3 > 0).collect();
    let losses = largest(&losses, MAX_REASONS, |w| w.3).into_iter();
    let picked: Vec<_> = match grade {
        Grade::A => gains.chain(losses).take(MAX_REASONS).collect(),
        Grade::B => {
            let (mut gains, mut losses) = (gains, losses);
            let first: Vec<_> = gains.next().into_iter().chain(losses.next()).collect();
            first.into_iter().chain(gains).chain(losses).take(MAX_REASONS).collect()
        }
        Grade::C | Grade::D | Grade::E => losses.chain(gains).take(MAX_REASONS).collect(),
    };
    picked
        .into_iter()
        .map(|(question, answer, _, _)| Reason {
            question: question.to_string(),
            answer: answer.to_string(),
            by: Decider::Score,
            rule: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(q: &str, a: &str) -> Finding {
        Finding { question: q.parse().unwrap(), answer: a.parse().unwrap(), confidence: 1.0, evidence: vec![] }
    }

    #[test]
    fn decider_ids_are_their_json() {
        for by in [Decider::Dealbreaker, Decider::Strength, Decider::Score] {
            assert_eq!(serde_json::to_value(by).unwrap(), by.id());
        }
    }

    #[test]
    fn grade_boundaries() {
        for (score, grade) in [(100, Grade::A), (80, Grade::A), (79, Grade::B), (65, Grade::B), (64, Grade::C), (50, Grade::C), (49, Grade::D), (35, Grade::D), (34, Grade::E), (0, Grade::E)] {
            assert_eq!(Grade::from_score(score), grade, "{score}");
        }
    }

    #[test]
    fn weights_and_disabled_questions_count() {
        let rubric = Rubric::default();
        let best = |q: &crate::rubric::Question| q.answers.iter().max_by_key(|a| a.points).map(|a| a.id.clone());
        let all_best: Vec<Finding> =
            rubric.questions.iter().map(|q| finding(&q.id, &best(q).unwrap_or_default())).collect();
        let total: u32 = rubric.questions.iter().map(|q| q.weight * MAX_VALUE).sum();
        let best_earned: u32 =
            rubric.questions.iter().map(|q| q.weight * q.answers.iter().map(|a| a.points).max().unwrap_or(0)).sum();
        let rounded = |earned: u32| (earned * 100 + total / 2) / total;
        assert_eq!(score(&all_best, &rubric).map(|s| s.value), Some(rounded(best_earned)));
        let mut findings = all_best.clone();
        findings[0] = finding("sells_data", "yes");
        let s = score(&findings, &rubric).unwrap();
        assert_eq!(s.value, rounded(best_earned - 10 * MAX_VALUE));
        assert_eq!(s.contributions[0].earned, 0.0);
        let only_selling = rubric
            .with_overrides(&crate::Overrides {
                disabled: rubric.questions.iter().skip(1).map(|q| q.id.clone()).collect(),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(score(&findings, &only_selling).map(|s| (s.value, s.grade)), Some((0, Grade::E)));
    }

    #[test]
    fn most_points_are_what_the_score_counts() {
        let rubric = Rubric::default();
        let findings: Vec<Finding> =
            rubric.questions.iter().filter_map(|q| Some(finding(&q.id, &q.answers.first()?.id))).collect();
        // (settings, questions that do not count)
        let table = [
            ("{}", vec![]),
            (r#"{"veryImportant":["sells_data"],"lessImportant":["contact"]}"#, vec![]),
            (r#"{"lessImportant":["access"],"weights":{"access":9},"disabled":["contact"]}"#, vec!["contact"]),
        ];
        for (json, off) in table {
            let rubric = rubric.with_overrides(&crate::Overrides::from_json(json).unwrap()).unwrap();
            let scored = score(&findings, &rubric).unwrap();
            for (id, most) in most_points(&rubric) {
                let possible = scored.contributions.iter().find(|c| c.question == id).map_or(0.0, |c| c.possible);
                assert_eq!(f64::from(most), possible.round(), "{json}: {id}");
                assert_eq!(most == 0, off.contains(&id), "{json}: {id}");
            }
        }
    }
}
