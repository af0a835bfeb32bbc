//! The rubric: the questions Clausewise answers, what each answer means and how much it weighs.
//!
//! The defaults live in `default.json`, compiled into the crate: it is the single source of truth that
//! the engine, the CLI and the extension's options page all read. A user's changes are kept as
//! [`Overrides`], only the differences from the defaults, and merged over them with
//! [`Rubric::with_overrides`], which validates everything it is given.
//!
//! Every text a user reads (categories, questions, answer labels and explanations, facts) is a
//! [`Text`] with a version in each [`UiLanguage`]; the popup and the options page pick the browser's.
//!
//! What the grades mean (score bands, dealbreakers, strengths, the facts that explain a grade) is the
//! rubric's [`Grading`], described in [`grading`].

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::{Error, Grade};

pub mod grading;
mod problem;

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
    /// How much the question counts, from 0 to [`MAX_VALUE`].
    pub weight: u32,
    /// Whether the question counts at all.
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
    /// The possible answers, best first.
    pub answers: Vec<Answer>,
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

/// A user's changes to the default rubric: only what differs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Overrides {
    /// New weights, by question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub weights: BTreeMap<String, u32>,
    /// Questions switched off.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub disabled: BTreeSet<String>,
    /// New answer points, by question id then answer id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub points: BTreeMap<String, BTreeMap<String, u32>>,
    /// New lowest scores of grades A to D, by grade (only the grades that differ).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub thresholds: BTreeMap<Grade, u32>,
    /// Dealbreakers and strengths switched off, by id.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub disabled_rules: BTreeSet<String>,
}

impl Overrides {
    /// Parses overrides from JSON, reporting every problem found (unknown ids, bad values) at once.
    pub fn from_json(json: &str) -> Result<Overrides, Error> {
        Overrides::parse(json).map_err(|problems| problem::to_error(&problems))
    }

    /// Parses overrides from JSON, with every problem found (unknown ids, bad values) as its own
    /// [`SettingsProblem`], for words in the UI's language.
    pub fn parse(json: &str) -> Result<Overrides, Vec<SettingsProblem>> {
        let overrides: Overrides = serde_json::from_str(json).map_err(|e| vec![SettingsProblem::Json(e.to_string())])?;
        Overrides::checked(overrides)
    }

    /// Overrides as storage holds them (any JSON value), checked like [`Overrides::parse`].
    pub fn from_value(value: serde_json::Value) -> Result<Overrides, Vec<SettingsProblem>> {
        let overrides: Overrides = serde_json::from_value(value).map_err(|e| vec![SettingsProblem::Json(e.to_string())])?;
        Overrides::checked(overrides)
    }

    /// `overrides` if they apply to the default rubric (the wasm's options page reads stored ones
    /// from a JavaScript value and checks them here).
    pub(crate) fn checked(overrides: Overrides) -> Result<Overrides, Vec<SettingsProblem>> {
        Rubric::default().check_overrides(&overrides)?;
        Ok(overrides)
    }

    /// Whether nothing is overridden.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
            && self.disabled.is_empty()
            && self.points.is_empty()
            && self.thresholds.is_empty()
            && self.disabled_rules.is_empty()
    }
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

    /// This rubric with the user's overrides applied; every unknown id or out-of-range value is an error.
    pub fn with_overrides(&self, overrides: &Overrides) -> Result<Rubric, Error> {
        self.check_overrides(overrides).map_err(|problems| problem::to_error(&problems))
    }

    /// This rubric with the user's overrides applied, or every problem they have.
    pub fn check_overrides(&self, overrides: &Overrides) -> Result<Rubric, Vec<SettingsProblem>> {
        let mut problems = Vec::new();
        let mut rubric = self.clone();
        for (id, weight) in &overrides.weights {
            match rubric.questions.iter_mut().find(|q| &q.id == id) {
                Some(q) if *weight <= MAX_VALUE => q.weight = *weight,
                Some(_) => problems.push(SettingsProblem::Weight { question: id.clone(), weight: *weight }),
                None => problems.push(SettingsProblem::UnknownQuestion { id: id.clone(), field: "weights" }),
            }
        }
        for id in &overrides.disabled {
            match rubric.questions.iter_mut().find(|q| &q.id == id) {
                Some(q) => q.enabled = false,
                None => problems.push(SettingsProblem::UnknownQuestion { id: id.clone(), field: "disabled" }),
            }
        }
        for (qid, answers) in &overrides.points {
            let Some(q) = rubric.questions.iter_mut().find(|q| &q.id == qid) else {
                problems.push(SettingsProblem::UnknownQuestion { id: qid.clone(), field: "points" });
                continue;
            };
            for (aid, points) in answers {
                match q.answers.iter_mut().find(|a| &a.id == aid) {
                    Some(a) if *points <= MAX_VALUE => a.points = *points,
                    Some(_) => {
                        problems.push(SettingsProblem::Points { question: qid.clone(), answer: aid.clone(), points: *points })
                    }
                    None => problems.push(SettingsProblem::UnknownAnswer { question: qid.clone(), answer: aid.clone() }),
                }
            }
        }
        // Thresholds are checked together: moving A and B down at once must not fail halfway.
        let mut lowest = rubric.grading.thresholds.lowest_scores();
        for (grade, score) in &overrides.thresholds {
            match grading::BANDED.iter().position(|g| g == grade) {
                Some(i) => lowest[i] = *score,
                None => problems.push(SettingsProblem::ThresholdForE),
            }
        }
        match Thresholds::new(lowest) {
            Ok(thresholds) => rubric.grading.thresholds = thresholds,
            Err(_) => problems.push(SettingsProblem::thresholds(lowest)),
        }
        for id in &overrides.disabled_rules {
            if let Some(d) = rubric.grading.dealbreakers.iter_mut().find(|d| &d.id == id) {
                d.enabled = false;
            } else if let Some(s) = rubric.grading.strengths.iter_mut().find(|s| &s.id == id) {
                s.enabled = false;
            } else {
                problems.push(SettingsProblem::UnknownRule(id.clone()));
            }
        }
        if problems.is_empty() {
            Ok(rubric)
        } else {
            Err(problems)
        }
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

    #[test]
    fn override_errors_name_every_problem() {
        let cases = [
            (r#"{"weights":{"nope":3}}"#, "unknown question \"nope\" in weights"),
            (r#"{"weights":{"sells_data":11}}"#, "weight of sells_data is 11, the most is 10"),
            (r#"{"points":{"sells_data":{"maybe":1}}}"#, "unknown answer \"maybe\" for question sells_data"),
            (r#"{"disabled":["x"]}"#, "unknown question \"x\" in disabled"),
            (r#"{"colour":"red"}"#, "unknown field `colour`"),
            (r#"{"weights":{"sells_data":-1}}"#, "not valid settings JSON"),
        ];
        for (json, want) in cases {
            let err = Overrides::from_json(json).unwrap_err().to_string();
            assert!(err.contains(want), "{json}: {err}");
        }
    }

    #[test]
    fn overrides_apply_and_round_trip() {
        let json = r#"{"weights":{"sells_data":2},"disabled":["contact"],"points":{"retention":{"limited":9}}}"#;
        let overrides = Overrides::from_json(json).unwrap();
        let rubric = Rubric::default().with_overrides(&overrides).unwrap();
        assert_eq!(rubric.question("sells_data").unwrap().weight, 2);
        assert!(!rubric.question("contact").unwrap().enabled);
        assert_eq!(serde_json::to_string(&overrides).unwrap(), json);
    }
}
