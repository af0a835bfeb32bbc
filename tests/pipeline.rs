//! The whole engine on committed fixtures, natively (tests/wasm.rs runs the same cases under wasm).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/cases.rs"]
mod common;

use clausewise::{Format, Rubric, Status};

#[test]
fn fixtures_give_their_answers() {
    for case in common::CASES {
        let report = clausewise::analyze(case.html, Format::Html, case.url, &Rubric::default());
        assert_eq!(report.status, Status::Graded, "{}", case.name);
        assert!(report.grade.is_some(), "{}", case.name);
        for (question, answer) in case.answers {
            assert_eq!(report.answer(question.parse().unwrap()).map(|a| a.as_str()), Some(*answer), "{}: {question}", case.name);
        }
        let first = report.findings.iter().find(|f| f.question == case.answers[0].0).unwrap();
        assert!(first.evidence[0].text.to_lowercase().contains(case.quote), "{}: {:?}", case.name, first.evidence);
    }
}
