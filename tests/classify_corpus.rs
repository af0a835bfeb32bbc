//! The engine on the development corpus (`../shared/corpus`, see its README): the seed policies'
//! hand labels, and an accuracy floor a little below what the engine reaches, so regressions fail.
//! Both tests skip with a message when the corpus is not checked out next to the repository.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use clausewise::eval::rubric::{evaluate, evaluate_dir, parse_labels, Prediction};
use clausewise::Rubric;

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.join("labels.jsonl").is_file() {
        Some(dir)
    } else {
        eprintln!("skipped: no corpus at {}", dir.display());
        None
    }
}

/// Seed answers the engine is known to miss, with the reason; every other seed answer must be right.
const KNOWN_SEED_MISSES: &[(&str, &str, &str)] = &[(
    "seed-002",
    "retention",
    "the hand label reads 'limited' into a sentence about servers with limited access; no retention statement",
)];

#[test]
fn seed_policies_are_answered_as_labelled() {
    let Some(dir) = corpus() else { return };
    let jsonl = std::fs::read_to_string(dir.join("labels.jsonl")).unwrap();
    let seeds: Vec<_> = parse_labels(&jsonl).unwrap().into_iter().filter(|d| d.id.starts_with("seed-")).collect();
    assert_eq!(seeds.len(), 5, "the corpus has five seed policies");
    let rubric = Rubric::default();
    let predictions: Vec<Prediction> = seeds
        .iter()
        .map(|doc| {
            let bytes = std::fs::read(dir.join(&doc.file)).unwrap();
            let report = clausewise::analyze(&bytes, doc.format(), "file:///seed", &rubric);
            Prediction { id: doc.id.clone(), findings: report.findings }
        })
        .collect();
    let evaluation = evaluate(&seeds, &predictions, &rubric);
    let wrong: Vec<String> = evaluation
        .outcomes
        .iter()
        .filter(|o| o.gold != o.predicted)
        .filter(|o| !KNOWN_SEED_MISSES.iter().any(|(d, q, _)| *d == o.doc && *q == o.question))
        .map(|o| format!("{} {}: gold {}, engine {}", o.doc, o.question, o.gold, o.predicted))
        .collect();
    assert!(wrong.is_empty(), "seed answers wrong:\n{}", wrong.join("\n"));
}

#[test]
fn corpus_accuracy_floor() {
    let Some(dir) = corpus() else { return };
    let evaluation = evaluate_dir(&dir, &Rubric::default()).unwrap();
    // Floors sit just below the measured numbers (docs/accuracy-report.md: micro 0.985, macro-F1
    // 0.975, evidence 0.870, lowest question 0.939) so that a regression of one or two answers fails.
    assert!(evaluation.micro_accuracy >= 0.980, "micro accuracy {:.3}", evaluation.micro_accuracy);
    assert!(evaluation.mean_macro_f1 >= 0.965, "mean macro-F1 {:.3}", evaluation.mean_macro_f1);
    assert!(evaluation.evidence_overlap >= 0.865, "evidence overlap {:.3}", evaluation.evidence_overlap);
    for q in &evaluation.questions {
        assert!(q.accuracy >= 0.93, "{} accuracy {:.3}", q.question, q.accuracy);
    }
    // The evidence rule holds by construction: every quote shown, read alone with its heading and
    // context, gives the answer it is shown for.
    assert_eq!(evaluation.quotes_reproducing, evaluation.quotes_shown, "quotes that do not prove their answer");
    let question = |id: &str| evaluation.questions.iter().find(|q| q.question == id).unwrap();
    assert!(question("sells_data").accuracy >= 0.95, "sells_data {:.3}", question("sells_data").accuracy);
    for id in ["retention", "security", "change_notice"] {
        assert!(question(id).macro_f1 >= 0.80, "{id} macro-F1 {:.3}", question(id).macro_f1);
    }
}

/// The German development corpus (`../shared/corpus-de`) under the same contract: floors just below
/// the measured numbers (micro 0.975, macro-F1 0.911, evidence 0.873), and the evidence rule.
#[test]
fn german_corpus_accuracy_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-de");
    if !dir.join("labels.jsonl").is_file() {
        eprintln!("skipped: no German corpus at {}", dir.display());
        return;
    }
    let evaluation = evaluate_dir(&dir, &Rubric::default()).unwrap();
    assert!(evaluation.micro_accuracy >= 0.970, "micro accuracy {:.3}", evaluation.micro_accuracy);
    assert!(evaluation.mean_macro_f1 >= 0.905, "mean macro-F1 {:.3}", evaluation.mean_macro_f1);
    assert!(evaluation.evidence_overlap >= 0.865, "evidence overlap {:.3}", evaluation.evidence_overlap);
    assert_eq!(evaluation.quotes_reproducing, evaluation.quotes_shown, "quotes that do not prove their answer");
}
