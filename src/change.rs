//! Notices when a site's policy changes, and what the change did to the answers.
//!
//! Two reports of the same site are compared by the hash of their policy text: the text is what
//! changed or not, whatever the rubric settings. When it did, the answers that differ are listed so
//! the popup can say what the change means, not only that it happened.

use serde::{Deserialize, Serialize};

use crate::{AnswerId, QuestionId, Report};

/// One answer that differs between two versions of a policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerChange {
    /// The question.
    pub question: QuestionId,
    /// The answer before.
    pub from: AnswerId,
    /// The answer now.
    pub to: AnswerId,
}

/// How a policy differs from the version read before, when its text changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyChange {
    /// The answers that differ (may be empty: the wording changed, not what it says).
    pub answers: Vec<AnswerChange>,
}

/// What changed from `before` to `after`, or `None` when the policy text is the same or either
/// report has no text to compare.
pub fn compare(before: &Report, after: &Report) -> Option<PolicyChange> {
    if before.text_hash.is_empty() || after.text_hash.is_empty() || before.text_hash == after.text_hash {
        return None;
    }
    let answers = after
        .findings
        .iter()
        .filter_map(|now| {
            let then = before.answer(now.question)?;
            (then != now.answer).then_some(AnswerChange { question: now.question, from: then, to: now.answer })
        })
        .collect();
    Some(PolicyChange { answers })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rubric;

    fn report(text: &str) -> Report {
        let html = format!("<html><body><main><h1>Privacy policy</h1><p>{text}</p></main></body></html>");
        crate::analyze_html(&html, "https://shop.test/privacy", &Rubric::default())
    }

    /// (case name, new policy text, expected change: `None` for none, else the answers that must move).
    type Case<'a> = (&'a str, &'a str, Option<&'a [(&'a str, &'a str, &'a str)]>);

    #[test]
    fn table() {
        let base = "We collect your email address to send you receipts and we keep it safe.";
        let cases: &[Case<'_>] = &[
            ("same text", base, None),
            ("reworded, same answers", "We collect your e-mail address to send you receipts and we keep it safe.", Some(&[])),
            (
                "now sells data",
                "We collect your email address to send you receipts. We sell your personal information to data brokers.",
                Some(&[("sells_data", "not_stated", "yes")]),
            ),
        ];
        let before = report(base);
        for (name, text, want) in cases {
            let got = compare(&before, &report(text));
            let want = want.map(|answers| PolicyChange {
                answers: answers
                    .iter()
                    .map(|(q, from, to)| AnswerChange { question: q.parse().unwrap(), from: from.parse().unwrap(), to: to.parse().unwrap() })
                    .collect(),
            });
            match (&got, &want) {
                // Only the answers named in the case are checked in full; others may move with the text.
                (Some(g), Some(w)) => {
                    for change in &w.answers {
                        assert!(g.answers.contains(change), "{name}: {g:?}");
                    }
                    if w.answers.is_empty() {
                        assert!(g.answers.iter().all(|c| c.question != "sells_data"), "{name}: {g:?}");
                    }
                }
                _ => assert_eq!(got, want, "{name}"),
            }
        }
    }
}
