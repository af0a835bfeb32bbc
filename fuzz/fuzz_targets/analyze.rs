//! The whole pipeline on arbitrary bytes: a report is always produced, and a graded one answers every
//! question with one of its answers, quotes at most three clauses, and scores 0–100 with the grade
//! its findings deserve under the rubric's bands and rules.
#![no_main]

use clausewise::{analyze, Grade, Rubric, Status};
use libfuzzer_sys::fuzz_target;

mod input;

fuzz_target!(|data: &[u8]| {
    let (format, rest) = input::split(data);
    let rubric = Rubric::default();
    let mut report = analyze(rest, format, "https://example.com/privacy", &rubric);
    if report.status != Status::Graded {
        assert!(report.grade.is_none() && report.score.is_none());
        return;
    }
    assert_eq!(report.findings.len(), rubric.questions.len());
    for (finding, question) in report.findings.iter().zip(&rubric.questions) {
        assert_eq!(finding.question, question.id);
        assert!(question.answers.iter().any(|a| finding.answer == a.id), "{}: unknown answer {}", question.id, finding.answer);
        assert!(finding.evidence.len() <= 3);
        assert!((0.0..=1.0).contains(&finding.confidence));
    }
    let score = report.score.expect("graded reports have a score");
    assert!(score <= 100);
    // The grade is the score's band, capped by dealbreakers and lifted by strengths (one step at
    // most): whatever the rules did, scoring the findings again gives the same grade and score.
    let scored = clausewise::score(&report.findings, &rubric).expect("a graded report scores");
    assert_eq!((report.grade, report.score), (Some(scored.grade), Some(scored.value)));
    let steps = |g: Grade| [Grade::A, Grade::B, Grade::C, Grade::D, Grade::E].iter().position(|x| *x == g).unwrap_or(0);
    assert!(steps(scored.grade) + 1 >= steps(scored.banded), "a strength lifts one grade at most: {scored:?}");
    let before = report.clone();
    report.rescore(&rubric);
    assert_eq!(report, before, "rescoring with the same rubric changed the report");
});
