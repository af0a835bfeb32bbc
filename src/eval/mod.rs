//! Measurements of the engine against labelled corpora (`../shared/corpus`).
//!
//! Evaluation is library code, not CLI code, so that the CLI, the tests and the benches all measure
//! the same way; it only reads files and returns numbers, and never ships anything from the corpus.

pub mod extraction;
pub mod grades;
pub mod rubric;
