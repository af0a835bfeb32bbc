//! The policy text the worker keeps beside a site's entry, for the full report page: the extracted
//! sections with their clause ids (which evidence refers to), and nothing else.
//!
//! It is stored under a key of its own (`text:<site>`) and for fewer sites than reports, because it is
//! most of a site's bytes and `storage.local` has a quota. A policy longer than [`MAX_TEXT_CHARS`]
//! is kept up to there and marked `truncated`.

use serde::{Deserialize, Serialize};

use crate::{Clause, Evidence, Policy, Report};

/// The most characters of policy text kept for one site: several times a long policy, and small
/// enough that the kept texts stay a fraction of the storage quota.
pub const MAX_TEXT_CHARS: usize = 200_000;

/// A policy's sections as kept for the report page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyText {
    /// The sections in document order.
    pub sections: Vec<TextSection>,
    /// Whether the policy went on past [`MAX_TEXT_CHARS`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

/// One section: its heading (empty before the first) and its clauses.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSection {
    /// The nearest heading.
    pub heading: String,
    /// The clauses, with the ids evidence names.
    pub clauses: Vec<Clause>,
}

impl PolicyText {
    /// The text of `policy` to keep, up to [`MAX_TEXT_CHARS`] (headings count too).
    pub fn of(policy: &Policy) -> PolicyText {
        let mut kept = PolicyText::default();
        let mut budget = MAX_TEXT_CHARS;
        for section in &policy.sections {
            let mut clauses = Vec::new();
            budget = budget.saturating_sub(section.heading.chars().count());
            for clause in &section.clauses {
                let length = clause.text.chars().count();
                if length > budget {
                    kept.truncated = true;
                    break;
                }
                budget -= length;
                clauses.push(clause.clone());
            }
            if !clauses.is_empty() {
                kept.sections.push(TextSection { heading: section.heading.clone(), clauses });
            }
            if kept.truncated {
                break;
            }
        }
        kept
    }

    /// Stand-in text for a report kept without its text: the quoted clauses under their headings,
    /// in document order (clause ids count up through the document).
    pub fn from_evidence(report: &Report) -> PolicyText {
        let evidence: Vec<&Evidence> = report.findings.iter().flat_map(|f| &f.evidence).collect();
        // Clause ids count up through the document ("c12"): their numbers give the order.
        let number = |e: &Evidence| e.clause_id.trim_start_matches('c').parse::<usize>().unwrap_or(usize::MAX);
        let mut numbers: Vec<usize> = evidence.iter().map(|e| number(e)).collect();
        crate::sorting::sort_stable_by(&mut numbers, |a, b| a.cmp(b));
        numbers.dedup();
        let quoted = numbers.iter().filter_map(|n| evidence.iter().find(|e| number(e) == *n));
        let mut text = PolicyText::default();
        for evidence in quoted {
            let clause = Clause { id: evidence.clause_id.clone(), text: evidence.text.clone() };
            match text.sections.last_mut() {
                Some(section) if section.heading == evidence.heading => section.clauses.push(clause),
                _ => text.sections.push(TextSection { heading: evidence.heading.clone(), clauses: vec![clause] }),
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_keep_their_headings_and_clause_ids() {
        let html = "<main><h1>Privacy Policy</h1><h2>Selling</h2><p>We do not sell your personal information.</p>\
                    <h2>Deletion</h2><p>You can delete your data.</p><p>Write to us to ask.</p></main>";
        let policy = crate::extract(html, "https://x.test/privacy").unwrap();
        let text = PolicyText::of(&policy);
        assert!(!text.truncated);
        let headings: Vec<&str> = text.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["Selling", "Deletion"]);
        assert_eq!(text.sections[1].clauses.len(), 2);
        let ids: Vec<&str> = policy.clauses().map(|(_, c)| c.id.as_str()).collect();
        let kept: Vec<&str> = text.sections.iter().flat_map(|s| s.clauses.iter().map(|c| c.id.as_str())).collect();
        assert_eq!(ids, kept, "every clause, with the id evidence refers to");
    }

    #[test]
    fn without_kept_text_the_quoted_clauses_stand_in_under_their_headings() {
        let html = "<main><h1>Privacy Policy</h1><h2>Selling</h2><p>We do not sell your personal information.</p>\
                    <h2>Deletion</h2><p>You can delete your account and your data at any time.</p></main>";
        let report = crate::analyze_html(html, "https://x.test/privacy", &crate::Rubric::default());
        let text = PolicyText::from_evidence(&report);
        let headings: Vec<&str> = text.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["Selling", "Deletion"], "{text:?}");
        let quoted: Vec<&str> = report.findings.iter().flat_map(|f| f.evidence.iter().map(|e| e.clause_id.as_str())).collect();
        for section in &text.sections {
            for clause in &section.clauses {
                assert!(quoted.contains(&clause.id.as_str()));
            }
        }
        let ids: Vec<&str> = text.sections.iter().flat_map(|s| s.clauses.iter().map(|c| c.id.as_str())).collect();
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(ids, unique, "each clause once");
    }

    #[test]
    fn a_very_long_policy_is_kept_up_to_the_limit() {
        let sentence = "We keep your personal data only as long as the law requires it of us. ";
        let paragraphs = format!("<p>{}</p>", sentence.repeat(20)).repeat(MAX_TEXT_CHARS / sentence.len() / 10);
        let policy = crate::extract(&format!("<main><h1>Privacy Policy</h1>{paragraphs}</main>"), "https://x.test/p").unwrap();
        assert!(policy.text().chars().count() > MAX_TEXT_CHARS);
        let text = PolicyText::of(&policy);
        assert!(text.truncated);
        let kept: usize = text.sections.iter().flat_map(|s| &s.clauses).map(|c| c.text.chars().count()).sum();
        assert!(kept <= MAX_TEXT_CHARS && kept > MAX_TEXT_CHARS / 2, "{kept}");
    }
}
