//! The table of tricky clauses in `tests/fixtures/classify/clauses.toml`, every one read as a tiny policy.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use clausewise::{classify, Language, Policy, Rubric};
use serde::Deserialize;

#[path = "common/clause_tables.rs"]
mod clause_tables;

use clause_tables::Paraphrase as Case;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

fn policy(case: &Case) -> Policy {
    clause_tables::one_section_policy(Language::English, &case.heading, &case.text, &case.more)
}

#[test]
fn tricky_clauses() {
    let table: Table = toml::from_str(include_str!("fixtures/classify/clauses.toml")).unwrap();
    let rubric = Rubric::default();
    let mut failures = Vec::new();
    for case in &table.case {
        let findings = classify(&policy(case), &rubric);
        let finding = findings.iter().find(|f| f.question == case.question).expect("every question is answered");
        if finding.answer != case.answer {
            failures.push(format!(
                "{} ({}): want {}, got {} — {:?}",
                case.question, case.why, case.answer, finding.answer, case.text
            ));
            continue;
        }
        // A yes answer's evidence must be a clause supporting it, and not_stated has none.
        if case.answer == "not_stated" {
            assert!(finding.evidence.is_empty(), "{}: not_stated with evidence", case.why);
        } else if case.more.is_empty() {
            assert_eq!(finding.evidence[0].text, case.text, "{}", case.why);
            assert_eq!(finding.evidence[0].clause_id, "c1");
        }
        assert!((0.0..=1.0).contains(&finding.confidence));
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), table.case.len(), failures.join("\n"));
}

#[test]
fn every_question_has_cases() {
    let table: Table = toml::from_str(include_str!("fixtures/classify/clauses.toml")).unwrap();
    for q in &Rubric::default().questions {
        let answers: Vec<&str> =
            table.case.iter().filter(|c| c.question == q.id).map(|c| c.answer.as_str()).collect();
        assert!(answers.len() >= 2, "{} has {} cases", q.id, answers.len());
        assert!(answers.contains(&"not_stated"), "{} has no not_stated case", q.id);
    }
}

#[test]
fn evidence_is_strongest_first_and_at_most_three() {
    let texts = [
        "Cookies may be set by our partners.",
        "We may sell your personal information to data brokers.",
        "Your purchase history may be sold to marketing firms.",
        "We sell customer lists.",
        "We rent your email address to sponsors.",
    ];
    let case = Case {
        question: "sells_data".into(),
        answer: "yes".into(),
        text: texts[0].into(),
        heading: String::new(),
        more: texts[1..].iter().map(|t| t.to_string()).collect(),
        why: String::new(),
    };
    let findings = classify(&policy(&case), &Rubric::default());
    let f = findings.iter().find(|f| f.question == "sells_data").unwrap();
    assert_eq!(f.answer, "yes");
    assert_eq!(f.evidence.len(), 3);
    // Active "we sell" statements come before the passive one, in document order.
    let quoted: Vec<&str> = f.evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(quoted, [texts[1], texts[3], texts[4]]);
}

#[test]
fn the_engine_never_panics_on_odd_text() {
    let odd = [
        "", " ", "é", "“”‘’", "we do not", "not", "sell", "İstanbul ＷＥ ＳＥＬＬ", "😀 we sell 😀 data",
        "a@b", "@", "... ;;; ,,, ((( )))", "do not track", "12 months", "ß".repeat(500).as_str(),
        "We do not, sell, , , your data unless",
    ]
    .map(String::from);
    for text in odd {
        let case = Case { question: "sells_data".into(), answer: String::new(), text, heading: "ﬁ Heading".into(), more: vec![], why: String::new() };
        let findings = classify(&policy(&case), &Rubric::default());
        assert_eq!(findings.len(), Rubric::default().questions.len());
    }
}
