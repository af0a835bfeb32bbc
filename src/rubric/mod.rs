//! The rubric: the questions Clausewise answers, what each answer means and how much it weighs.
//!
//! The defaults live in `default.json`, compiled into the crate: it is the single source of truth that
//! the engine, the CLI and the extension's options page all read. A user's changes are kept as
//! [`Overrides`], only the differences from the defaults, and merged over them with
//! [`Rubric::with_overrides`], which validates everything it is given.
//!
//! People say how much a question matters to them with an [`Importance`], which multiplies its
//! weight; raw weights and points stay available underneath (see [`overrides`]).
//!
//! Every text a user reads (categories, questions in full and in a few words, answer labels and
//! explanations, facts) is a [`Text`] with a version in each [`UiLanguage`]; the popup and the options
//! page pick the browser's.
//!
//! What the grades mean (score bands, dealbreakers, strengths, the facts that explain a grade) is the
//! rubric's [`Grading`], described in [`grading`].

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::Error;

pub mod grading;
mod importance;
pub mod overrides;
mod problem;

pub use importance::Importance;
pub use overrides::Overrides;
pub use problem::SettingsProblem;
pub use grading::{Condition, Dealbreaker, Grading, RuleKind, Strength, Text, Thresholds, UiLanguage};

const DEFAULT_JSON: &str = include_str!("default.json");

/// The largest weight a question, and the most points an answer, may have.
pub const MAX_VALUE: u32 = 10;

/// A set of questions with weights and answer points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rubric {
    /// Bumped whenever the default questions or their meaning change.
    pub version: u32,
    /// The categories the questions are grouped in, in display order.
    pub categories: Vec<Category>,
    /// The questions, in display order.
    pub questions: Vec<Question>,
    /// What the grades mean and how the answers decide them.
    pub grading: Grading,
}

/// A group of related questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    /// Stable identifier.
    pub id: String,
    /// Plain-language title, in every UI language.
    pub title: Text,
}

/// One question of the rubric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// Stable identifier, e.g. `sells_data`.
    pub id: String,
    /// The category's id.
    pub category: String,
    /// The question in plain words, in every UI language.
    pub text: Text,
    /// The question in a few words ("Sells your data?"), for the popup's one line per answer: beside
    /// the answer's label it must fit one line of the popup in every language. The full `text` shows
    /// when the line is opened.
    pub short: Text,
    /// How much the question counts, from 0 to [`MAX_VALUE`].
    pub weight: u32,
    /// Whether the question counts at all.
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
    /// How much the question matters to the user: a multiplier of `weight`. Only the user's
    /// [`Overrides`] set it, so it is not part of the rubric's JSON (the defaults are all normal).
    #[serde(skip)]
    pub importance: Importance,
    /// The possible answers, best first.
    pub answers: Vec<Answer>,
}

impl Question {
    /// The weight the score counts, in half-weights: `weight` times the importance's multiplier
    /// ([`Importance::halves`]). Only ratios of it matter.
    pub fn counted_weight(&self) -> u32 {
        self.weight * self.importance.halves()
    }
}

fn enabled_by_default() -> bool {
    true
}

/// One possible answer to a question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// Stable identifier, e.g. `not_stated`.
    pub id: String,
    /// A short label for the answer, in every UI language.
    pub label: Text,
    /// What the answer means for the user, in every UI language.
    pub explanation: Text,
    /// Points earned, from 0 to [`MAX_VALUE`].
    pub points: u32,
}

/// A rubric's JSON read into its types.
#[cfg(not(target_arch = "wasm32"))]
fn read_rubric(json: &str) -> Result<Rubric, Error> {
    serde_json::from_str(json).map_err(|e| Error::rubric(e.to_string()))
}

/// In the wasm, the browser's `JSON.parse` reads the text and serde-wasm-bindgen the object, the way
/// every value from JavaScript is read: serde_json's reader would be a second copy of the code for
/// the rubric's many types (it stays for imported settings, whose error messages name the line).
/// The only rubric read there is the compiled-in one (tests/wasm.rs checks it reads the same).
#[cfg(target_arch = "wasm32")]
fn read_rubric(json: &str) -> Result<Rubric, Error> {
    let value = js_sys::JSON::parse(json).map_err(|_| Error::rubric("not JSON".to_string()))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| Error::rubric(e.to_string()))
}

impl Default for Rubric {
    /// The rubric compiled into the crate.
    fn default() -> Rubric {
        // Parsed once: every analysis and every rescoring starts from it.
        static DEFAULT: std::sync::OnceLock<Rubric> = std::sync::OnceLock::new();
        // The file is part of the crate and a test proves it parses and validates, so this cannot fail
        // at run time; an empty rubric is still a safe answer if it somehow did.
        DEFAULT
            .get_or_init(|| {
                Rubric::from_json(DEFAULT_JSON).unwrap_or(Rubric {
                    version: 0,
                    categories: vec![],
                    questions: vec![],
                    grading: Grading::default(),
                })
            })
            .clone()
    }
}

impl Rubric {
    /// Parses and validates a complete rubric.
    pub fn from_json(json: &str) -> Result<Rubric, Error> {
        let rubric = read_rubric(json)?;
        rubric.validate()?;
        Ok(rubric)
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Checks the rubric against itself and the engine: unique ids, known categories, weights and
    /// points in range, and for every question exactly the answers the engine can give.
    fn validate(&self) -> Result<(), Error> {
        let mut problems = Vec::new();
        if self.version == 0 {
            problems.push("version must be 1 or more".to_string());
        }
        if self.questions.is_empty() {
            problems.push("the rubric has no questions".to_string());
        }
        let mut categories = BTreeSet::new();
        for c in &self.categories {
            if c.id.trim().is_empty() {
                problems.push("a category has an empty id".to_string());
            } else if !categories.insert(c.id.as_str()) {
                problems.push(format!("category {} appears twice", c.id));
            }
        }
        let mut seen = BTreeSet::new();
        for q in &self.questions {
            if q.id.trim().is_empty() {
                problems.push("a question has an empty id".to_string());
                continue;
            }
            if !seen.insert(q.id.as_str()) {
                problems.push(format!("question {} appears twice", q.id));
            }
            match crate::classify::answers(&q.id) {
                None => problems.push(format!("unknown question {:?}: the engine cannot answer it", q.id)),
                Some(contract) => {
                    for want in contract {
                        if !q.answers.iter().any(|a| *want == a.id) {
                            problems.push(format!("question {} is missing answer {want}", q.id));
                        }
                    }
                    for a in &q.answers {
                        if !contract.iter().any(|c| *c == a.id) {
                            problems.push(format!("question {} has unknown answer {:?}", q.id, a.id));
                        }
                    }
                }
            }
            if !self.categories.iter().any(|c| c.id == q.category) {
                problems.push(format!("question {} has unknown category {:?}", q.id, q.category));
            }
            if q.weight > MAX_VALUE {
                problems.push(format!("weight of {} is {}, the most is {MAX_VALUE}", q.id, q.weight));
            }
            let mut answers = BTreeSet::new();
            for a in &q.answers {
                if !answers.insert(a.id.as_str()) {
                    problems.push(format!("answer {}.{} appears twice", q.id, a.id));
                }
                if a.points > MAX_VALUE {
                    problems.push(format!("points of {}.{} are {}, the most is {MAX_VALUE}", q.id, a.id, a.points));
                }
            }
        }
        problems.extend(self.grading_problems());
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::rubric(problems.join("; ")))
        }
    }
}

impl Rubric {
    /// What is wrong with the grading section: rules on unknown questions or answers, rule ids that
    /// are empty or repeated, and answers without a fact (or facts for answers that do not exist).
    fn grading_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let has_answer = |q: &Question, id: &str| q.answers.iter().any(|a| a.id == id);
        let rules = self
            .grading
            .dealbreakers
            .iter()
            .map(|d| (d.id.as_str(), &d.when))
            .chain(self.grading.strengths.iter().map(|s| (s.id.as_str(), &s.when)));
        let mut ids = BTreeSet::new();
        for (id, when) in rules {
            if id.trim().is_empty() {
                problems.push("a dealbreaker or strength has an empty id".to_string());
            } else if !ids.insert(id) {
                problems.push(format!("rule {id} appears twice"));
            }
            for condition in when {
                let Some(q) = self.question(&condition.question) else {
                    problems.push(format!("rule {id}: unknown question {:?}", condition.question));
                    continue;
                };
                for a in condition.answers.iter().filter(|a| !has_answer(q, a)) {
                    problems.push(format!("rule {id}: question {} has no answer {a:?}", q.id));
                }
            }
        }
        for q in &self.questions {
            let facts = self.grading.facts.get(&q.id);
            for a in &q.answers {
                if facts.and_then(|f| f.get(&a.id)).is_none() {
                    problems.push(format!("answer {}.{} has no fact", q.id, a.id));
                }
            }
        }
        for (qid, facts) in &self.grading.facts {
            match self.question(qid) {
                None => problems.push(format!("facts for unknown question {qid:?}")),
                Some(q) => {
                    for aid in facts.keys().filter(|a| !has_answer(q, a)) {
                        problems.push(format!("fact for unknown answer {qid}.{aid}"));
                    }
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_label_contract() {
        let rubric = Rubric::from_json(DEFAULT_JSON).unwrap();
        let ids: Vec<_> = rubric.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "sells_data", "shares_for_advertising", "third_party_tracking", "retention", "deletion", "access",
                "opt_out", "children", "security", "change_notice", "law_enforcement", "international_transfer",
                "do_not_track", "contact", "breach_notification"
            ]
        );
    }
}
