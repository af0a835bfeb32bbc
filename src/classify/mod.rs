//! Answers the rubric's questions from a policy's clauses, keeping the clauses that prove each answer.
//!
//! Each question has a reader that looks at one clause at a time (with its section heading as
//! context) and may say "this clause supports answer X". The readers' votes are then aggregated to one
//! answer per question, `not_stated` when nothing supports another answer.

use serde::{Deserialize, Serialize};

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

/// Answers every question of `rubric` (enabled or not, so that switching one on needs no re-read).
pub fn classify(policy: &Policy, rubric: &Rubric) -> Vec<Finding> {
    rubric
        .questions
        .iter()
        .map(|q| {
            let mut votes: Vec<(&'static str, Evidence)> = Vec::new();
            for (section, clause) in policy.clauses() {
                let lower = clause.text.to_lowercase();
                if let Some(answer) = read(&q.id, &lower) {
                    votes.push((
                        answer,
                        Evidence { clause_id: clause.id.clone(), text: clause.text.clone(), heading: section.heading.clone() },
                    ));
                }
            }
            aggregate(&q.id, votes)
        })
        .collect()
}

fn aggregate(question: &str, votes: Vec<(&'static str, Evidence)>) -> Finding {
    // The first answer that has any vote wins, in the order of precedence of each question.
    let precedence: &[&str] = match question {
        "sells_data" => &["yes", "no"],
        "retention" => &["stated_period", "limited", "indefinite"],
        "security" => &["specific", "generic"],
        "change_notice" => &["personal", "posted"],
        "do_not_track" => &["not_honored", "honored"],
        _ => &["yes", "no"],
    };
    for answer in precedence {
        let evidence: Vec<Evidence> =
            votes.iter().filter(|(a, _)| a == answer).map(|(_, e)| e.clone()).take(MAX_EVIDENCE).collect();
        if !evidence.is_empty() {
            return Finding { question: question.to_string(), answer: answer.to_string(), confidence: 0.6, evidence };
        }
    }
    Finding { question: question.to_string(), answer: "not_stated".to_string(), confidence: 0.5, evidence: vec![] }
}

fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

fn negated(text: &str) -> bool {
    has_any(text, &[" not ", "n't ", "never ", " no "])
}

/// What one clause (lower-cased) says about a question, if anything.
fn read(question: &str, t: &str) -> Option<&'static str> {
    match question {
        "sells_data" if has_any(t, &[" sell", " sold", " rent ", " sale of"]) => {
            Some(if negated(t) { "no" } else { "yes" })
        }
        "shares_for_advertising" if has_any(t, &["advertis", "marketing"]) && has_any(t, &["share", "partner", "third part"]) => Some("yes"),
        "third_party_tracking" if has_any(t, &["third-party cookies", "third party cookies", "analytics", "pixel", "web beacon"]) => Some("yes"),
        "retention" if has_any(t, &["retain", "keep your", "stored for"]) => {
            if has_any(t, &[" days", " months", " years"]) {
                Some("stated_period")
            } else if has_any(t, &["as long as", "necessary"]) {
                Some("limited")
            } else {
                None
            }
        }
        "deletion" if has_any(t, &["delete", "deletion", "erase"]) => Some("yes"),
        "access" if has_any(t, &["access", "correct", "update your"]) && has_any(t, &["your personal", "your information", "your data"]) => Some("yes"),
        "opt_out" if has_any(t, &["opt out", "opt-out", "unsubscribe"]) => Some("yes"),
        "children" if has_any(t, &["children", "under 13", "under the age"]) => Some("yes"),
        "security" if has_any(t, &["encrypt", "ssl", "tls", "firewall"]) => Some("specific"),
        "security" if has_any(t, &["reasonable", "appropriate"]) && has_any(t, &["security", "protect"]) => Some("generic"),
        "change_notice" if has_any(t, &["change", "update"]) && t.contains("polic") => {
            Some(if has_any(t, &["email", "notify you", "notice to you"]) { "personal" } else { "posted" })
        }
        "law_enforcement" if has_any(t, &["law enforcement", "subpoena", "court order", "legal process"]) => Some("yes"),
        "international_transfer" if has_any(t, &["other countries", "outside your country", "transferred to"]) => Some("yes"),
        "do_not_track" if t.contains("do not track") || t.contains("do-not-track") => {
            Some(if negated(&t.replace("do not track", "dnt")) { "not_honored" } else { "honored" })
        }
        "contact" if t.contains('@') || has_any(t, &["contact us"]) => Some("yes"),
        "breach_notification" if t.contains("breach") && t.contains("notif") => Some("yes"),
        _ => None,
    }
}
