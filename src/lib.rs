//! Clausewise reads a website's privacy policy and tells, with quoted evidence, what it says.
//!
//! The engine is a pipeline of small, pure modules. None of them touches the browser, so every one of
//! them runs and is tested natively; the browser boundary lives in [`web`] (wasm32 only) and the command
//! line in `src/bin/clausewise.rs`.
//!
//! 1. [`discover`] ranks the links of a page that may lead to its privacy policy, or recognises that
//!    the page already is one.
//! 2. [`extract`] turns policy HTML (or plain text, or Markdown) into a [`Policy`]: a title, a
//!    language and sections of [`Clause`]s, without the site's navigation, banners and footers.
//! 3. [`classify`] answers each question of the [`Rubric`] from the clauses, keeping the clauses that
//!    prove the answer as evidence.
//! 4. [`score`] weighs the answers with the rubric into a 0–100 score and a [`Grade`].
//! 5. [`report`] ties the steps together into the [`Report`] the extension and the CLI show.
//!
//! ```
//! let html = "<html><head><title>Privacy Policy</title></head><body><main>\
//!             <h1>Privacy Policy</h1><p>We do not sell your personal information.</p>\
//!             </main></body></html>";
//! let report = clausewise::analyze_html(html, "https://example.com/privacy", &clausewise::Rubric::default());
//! use clausewise::{AnswerId, QuestionId};
//! assert_eq!(report.answer(QuestionId::SellsData), Some(AnswerId::No));
//! ```
#![deny(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod change;
pub mod classify;
pub mod discover;
mod error;
// Evaluation reads corpora from disk: a native-only concern, kept out of the wasm bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod extract;
pub mod link;
pub mod question;
mod pieces;
pub mod report;
pub mod rubric;
pub mod score;
mod sorting;
pub mod summary;
pub mod tab;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use crate::classify::{classify, Evidence, Finding};
pub use crate::discover::{discover, Discovery, PolicyLink};
pub use crate::error::Error;
pub use crate::extract::{extract, Clause, Format, Language, Policy, Section};
pub use crate::question::{AnswerId, QuestionId};
pub use crate::report::{analyze, analyze_html, Report, Status};
pub use crate::rubric::{Overrides, Rubric};
pub use crate::score::{score, Grade, Score};
pub use crate::tab::{badge, Badge, TabState};

/// The engine's version. Cached results made by another version are analyzed again.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

