#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Extraction quality on the development corpus, as a regression floor.
//!
//! Runs when `../shared/corpus` (the corpus next to the worktree) exists, or where
//! `CLAUSEWISE_CORPUS` points; otherwise it says so and passes. The floors sit a little below what
//! the extractor reaches (see `docs/extraction-report.md`), so a change that loses policy text or
//! lets chrome in fails here.

use std::path::PathBuf;

use clausewise::eval::extraction::evaluate;

fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CLAUSEWISE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    dir.join("labels.jsonl").exists().then_some(dir)
}

#[test]
fn extraction_quality_floor() {
    let Some(dir) = corpus_dir() else {
        println!("skipped: no corpus at ../shared/corpus (set CLAUSEWISE_CORPUS to run this test)");
        return;
    };
    let eval = evaluate(&dir).unwrap();
    println!("{}", eval.to_markdown());
    assert!(
        eval.pages.len() >= 30,
        "only {} OPP-115 pages",
        eval.pages.len()
    );
    assert!(
        eval.recall_median >= 0.99,
        "recall median {:.3}",
        eval.recall_median
    );
    assert!(eval.recall_min >= 0.93, "recall min {:.3}", eval.recall_min);
    assert!(
        eval.precision_mean >= 0.97,
        "precision mean {:.3}",
        eval.precision_mean
    );
    assert!(
        eval.precision_p10 >= 0.96,
        "precision p10 {:.3}",
        eval.precision_p10
    );
    assert_eq!(eval.recall_below, 0, "pages under the recall floor");
    assert!(
        eval.precision_below <= 1,
        "{} pages under the precision floor",
        eval.precision_below
    );
}
