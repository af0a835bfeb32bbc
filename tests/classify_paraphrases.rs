//! The paraphrase suite: made-up policy sentences written from the rubric contract (not from the corpus), each read
//! as a one-section English policy (harness: `tests/common/clause_tables.rs`).
//!
//! - `tests/fixtures/classify/paraphrases.toml`: the answer the contract gives, and the sentence that must be the
//!   first evidence quote (no evidence for `not_stated`).
//! - `tests/fixtures/classify/not_evidence.toml`: sentences that must never be quoted as evidence for `not_answer`.
//!
//! Unlike `classify_clauses`, these tables measure the engine rather than pin it: every failure is reported, and the
//! test fails only when a table's pass rate drops below its floor. Raise the floors as the engine improves.
//!
//! `cargo test --test classify_paraphrases -- --nocapture` prints the pass rates per question and one line per
//! failing case; `-- --ignored --nocapture` (or `CLAUSEWISE_PARAPHRASE_DETAIL=1`) prints every failing case in full.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/clause_tables.rs"]
mod clause_tables;

use clause_tables::Suite;
use clausewise::Language;

/// Lowest accepted share of paraphrase cases that pass (answer and first quote): 181/279 = 0.649 on the engine
/// the suite was written against; 269/279 = 0.964 on the cue-lexicon reader, 278/285 = 0.975 later, 301/304 = 0.990
/// now, so the floor sits just below.
const PARAPHRASE_FLOOR: f64 = 0.985;
/// Lowest accepted share of not-evidence cases that pass: 97/117 = 0.829 when the suite was written; 116/117 = 0.991
/// on the cue-lexicon reader, 128/129 = 0.992 later, 134/134 now.
const NOT_EVIDENCE_FLOOR: f64 = 0.99;

const SUITE: Suite = Suite {
    language: Language::English,
    paraphrases: include_str!("fixtures/classify/paraphrases.toml"),
    not_evidence: include_str!("fixtures/classify/not_evidence.toml"),
    min_paraphrases: 240,
    min_not_evidence: 80,
};

clause_table_tests!(SUITE, PARAPHRASE_FLOOR, NOT_EVIDENCE_FLOOR);
