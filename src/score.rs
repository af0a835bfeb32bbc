//! Weighs a policy's answers into a 0–100 score and a grade.
//!
//! Each enabled question contributes `weight × points / MAX_VALUE`; the score is the share of the
//! largest possible total. Contributions are kept so the popup can say what the grade is made of.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::rubric::MAX_VALUE;
use crate::{Finding, Rubric};

/// A letter grade, A (best) to E.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    /// Score 80 or more.
    A,
    /// Score 65 to 79.
    B,
    /// Score 50 to 64.
    C,
    /// Score 35 to 49.
    D,
    /// Score below 35.
    E,
}

impl Grade {
    /// The grade for a score from 0 to 100.
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

/// A score with its grade and its parts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    /// 0 (worst) to 100 (best).
    pub value: u32,
    /// The grade of `value`.
    pub grade: Grade,
    /// Each enabled question's part of the score.
    pub contributions: Vec<Contribution>,
}

/// Scores `findings` with `rubric`. `None` when no enabled question has any weight.
pub fn score(findings: &[Finding], rubric: &Rubric) -> Option<Score> {
    let counted: Vec<_> = rubric
        .questions
        .iter()
        .filter(|q| q.enabled && q.weight > 0)
        .filter_map(|q| {
            let finding = findings.iter().find(|f| f.question == q.id)?;
            let answer = q.answers.iter().find(|a| finding.answer == a.id)?;
            Some((q, answer))
        })
        .collect();
    let total: u32 = counted.iter().map(|(q, _)| q.weight * MAX_VALUE).sum();
    if total == 0 {
        return None;
    }
    let scale = 100.0 / f64::from(total);
    let contributions: Vec<Contribution> = counted
        .iter()
        .map(|(q, a)| Contribution {
            question: q.id.clone(),
            answer: a.id.clone(),
            earned: f64::from(q.weight * a.points) * scale,
            possible: f64::from(q.weight * MAX_VALUE) * scale,
        })
        .collect();
    let earned: u32 = counted.iter().map(|(q, a)| q.weight * a.points).sum();
    // Integer rounding keeps the score and the grade identical in Rust, JS and JSON.
    let value = (earned * 100 + total / 2) / total;
    Some(Score { value, grade: Grade::from_score(value), contributions })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(q: &str, a: &str) -> Finding {
        Finding { question: q.parse().unwrap(), answer: a.parse().unwrap(), confidence: 1.0, evidence: vec![] }
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
}
