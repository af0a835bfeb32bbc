//! Measuring the engine against labelled corpora.
//!
//! Evaluation is library code, not CLI code, so that tests can hold the engine to an accuracy floor
//! with exactly the numbers `clausewise eval` prints.

pub mod rubric;
