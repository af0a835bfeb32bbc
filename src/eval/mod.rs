//! Measurements of the engine against the development corpus (`/work/shared/corpus`).
//!
//! The code here is pure library code so that the CLI, the tests and the benches all measure the same
//! way; it only reads files and returns numbers, and never ships anything from the corpus itself.

pub mod extraction;
