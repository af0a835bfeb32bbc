//! A user's settings: only what differs from the default rubric, checked as a whole.
//!
//! People choose an [`Importance`] per question; weights and per-answer points are the advanced
//! layer underneath, kept for those who want them and for settings saved before importance existed.
//! Settings read from storage or a file are [migrated](Overrides::migrated) to today's terms without
//! changing any score, and validated with every problem listed ([`SettingsProblem`]), so an import
//! either applies completely or not at all.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{grading, problem, Importance, Question, Rubric, SettingsProblem, Thresholds, MAX_VALUE};
use crate::{Error, Grade};

/// A user's changes to the default rubric: only what differs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Overrides {
    /// Questions less important to the user than the rubric weighs them ([`Importance::Low`]).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub less_important: BTreeSet<String>,
    /// Questions more important to the user than the rubric weighs them ([`Importance::High`]).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub very_important: BTreeSet<String>,
    /// New weights, by question id (advanced; the importance multiplies them).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub weights: BTreeMap<String, u32>,
    /// Questions switched off.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub disabled: BTreeSet<String>,
    /// New answer points, by question id then answer id (advanced).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub points: BTreeMap<String, BTreeMap<String, u32>>,
    /// New lowest scores of grades A to D, by grade (only the grades that differ).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub thresholds: BTreeMap<Grade, u32>,
    /// Dealbreakers and strengths switched off, by id.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub disabled_rules: BTreeSet<String>,
}

/// Settings JSON read natively: serde_json, whose errors say where (line and column).
#[cfg(not(target_arch = "wasm32"))]
fn read(json: &str) -> Result<Overrides, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// Settings JSON read in the wasm. The syntax is checked by serde_json without building anything
/// (`IgnoredAny`), so a broken file is reported with the same words and position as natively; the
/// typed read then goes through the browser's `JSON.parse` and serde-wasm-bindgen, which reads stored
/// settings anyway. serde_json's typed reader for `Overrides` would be a second copy of that code
/// (about 3 KB gzipped); the cost is that a wrong type (a string for a list) is named without its line.
#[cfg(target_arch = "wasm32")]
fn read(json: &str) -> Result<Overrides, String> {
    serde_json::from_str::<serde::de::IgnoredAny>(json).map_err(|e| e.to_string())?;
    // serde_json accepted it, so JSON.parse does too; its error is kept only as a fallback.
    let value = js_sys::JSON::parse(json).map_err(|e| e.as_string().unwrap_or_else(|| String::from("not JSON")))?;
    // serde's words, as natively: the JavaScript Error's message, without the `Error: ` its
    // string form starts with.
    Overrides::deserialize(EveryKey(serde_wasm_bindgen::Deserializer::from(value))).map_err(|e| {
        let error = wasm_bindgen::JsValue::from(e);
        match wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&error) {
            Some(error) => String::from(error.message()),
            None => error.as_string().unwrap_or_else(|| String::from("not settings")),
        }
    })
}

/// serde-wasm-bindgen reads a struct by asking the object for the struct's fields only, so a key the
/// settings do not have (`"theme"`) would pass unnoticed; read as a map, every key reaches the derived
/// reader, which refuses unknown ones with their name, as serde_json does natively.
#[cfg(target_arch = "wasm32")]
struct EveryKey(serde_wasm_bindgen::Deserializer);

#[cfg(target_arch = "wasm32")]
impl<'de> serde::Deserializer<'de> for EveryKey {
    type Error = serde_wasm_bindgen::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

impl Overrides {
    /// Parses overrides from JSON, reporting every problem found (unknown ids, bad values) at once.
    pub fn from_json(json: &str) -> Result<Overrides, Error> {
        Overrides::parse(json).map_err(|problems| problem::to_error(&problems))
    }

    /// Parses overrides from JSON, with every problem found (unknown ids, bad values) as its own
    /// [`SettingsProblem`], for words in the UI's language; valid ones come [migrated](Overrides::migrated).
    pub fn parse(json: &str) -> Result<Overrides, Vec<SettingsProblem>> {
        let overrides = read(json).map_err(|e| vec![SettingsProblem::Json(e)])?;
        Overrides::checked(overrides)
    }

    /// Overrides as storage holds them (any JSON value), checked and migrated like [`Overrides::parse`].
    pub fn from_value(value: serde_json::Value) -> Result<Overrides, Vec<SettingsProblem>> {
        let overrides: Overrides = serde_json::from_value(value).map_err(|e| vec![SettingsProblem::Json(e.to_string())])?;
        Overrides::checked(overrides)
    }

    /// `overrides` if they apply to the default rubric (the wasm's options page reads stored ones
    /// from a JavaScript value and checks them here).
    pub(crate) fn checked(overrides: Overrides) -> Result<Overrides, Vec<SettingsProblem>> {
        let defaults = Rubric::default();
        defaults.check_overrides(&overrides)?;
        Ok(overrides.migrated(&defaults))
    }

    /// These settings in today's terms, scoring exactly as they did. Settings from before importance
    /// existed set raw weights; a raw weight that is what an importance gives the question's default
    /// weight (half, the same, double) becomes that importance, so the page shows it in plain words,
    /// and any other raw weight stays (on the advanced layer). A raw weight beside a chosen
    /// importance stays too: the importance multiplies it. Weights and points equal to the defaults
    /// are dropped: settings hold only differences.
    pub fn migrated(mut self, defaults: &Rubric) -> Overrides {
        // Lookups and removals rather than `retain`: each map type's `retain` costs the wasm kilobytes.
        for q in &defaults.questions {
            if let Some(&weight) = self.weights.get(&q.id) {
                match Importance::giving(q.weight, weight) {
                    Some(Importance::Normal) => {}
                    Some(found) if self.importance(&q.id) == Importance::Normal => self.set_importance(&q.id, found),
                    _ => continue,
                }
                self.weights.remove(&q.id);
            }
            if let Some(points) = self.points.get_mut(&q.id) {
                for a in &q.answers {
                    if points.get(&a.id) == Some(&a.points) {
                        points.remove(&a.id);
                    }
                }
                if points.is_empty() {
                    self.points.remove(&q.id);
                }
            }
        }
        self
    }

    /// How much `question` matters to the user.
    pub fn importance(&self, question: &str) -> Importance {
        if self.very_important.contains(question) {
            Importance::High
        } else if self.less_important.contains(question) {
            Importance::Low
        } else {
            Importance::Normal
        }
    }

    /// Makes `question` matter as much as `importance` says (normal: as the rubric weighs it).
    pub fn set_importance(&mut self, question: &str, importance: Importance) {
        self.less_important.remove(question);
        self.very_important.remove(question);
        match importance {
            Importance::Low => self.less_important.insert(question.to_string()),
            Importance::Normal => false,
            Importance::High => self.very_important.insert(question.to_string()),
        };
    }

    /// Whether nothing is overridden.
    pub fn is_empty(&self) -> bool {
        self.less_important.is_empty()
            && self.very_important.is_empty()
            && self.weights.is_empty()
            && self.disabled.is_empty()
            && self.points.is_empty()
            && self.thresholds.is_empty()
            && self.disabled_rules.is_empty()
    }

    /// Whether any question has a raw weight or raw points (set on the advanced layer).
    pub fn has_raw_values(&self) -> bool {
        !self.weights.is_empty() || !self.points.is_empty()
    }

    /// Whether `question` has a raw weight or raw points.
    pub fn has_raw_values_for(&self, question: &str) -> bool {
        self.weights.contains_key(question) || self.points.contains_key(question)
    }
}

impl Rubric {
    /// This rubric with the user's overrides applied; every unknown id or out-of-range value is an error.
    pub fn with_overrides(&self, overrides: &Overrides) -> Result<Rubric, Error> {
        self.check_overrides(overrides).map_err(|problems| problem::to_error(&problems))
    }

    /// This rubric with the user's overrides applied, or every problem they have.
    pub fn check_overrides(&self, overrides: &Overrides) -> Result<Rubric, Vec<SettingsProblem>> {
        let mut problems = Vec::new();
        let mut rubric = self.clone();
        for (ids, field, importance) in
            [(&overrides.less_important, "lessImportant", Importance::Low), (&overrides.very_important, "veryImportant", Importance::High)]
        {
            for id in ids {
                match question_mut(&mut rubric, id, field, &mut problems) {
                    Some(q) if q.importance == Importance::Normal => q.importance = importance,
                    Some(_) => problems.push(SettingsProblem::ImportanceTwice(id.clone())),
                    None => {}
                }
            }
        }
        for (id, weight) in &overrides.weights {
            match question_mut(&mut rubric, id, "weights", &mut problems) {
                Some(q) if *weight <= MAX_VALUE => q.weight = *weight,
                Some(_) => problems.push(SettingsProblem::Weight { question: id.clone(), weight: *weight }),
                None => {}
            }
        }
        for id in &overrides.disabled {
            if let Some(q) = question_mut(&mut rubric, id, "disabled", &mut problems) {
                q.enabled = false;
            }
        }
        for (qid, answers) in &overrides.points {
            let Some(q) = question_mut(&mut rubric, qid, "points", &mut problems) else { continue };
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
}

/// The question `id` of `rubric`, or `None` with a problem naming the settings `field` it was found in.
fn question_mut<'r>(
    rubric: &'r mut Rubric,
    id: &str,
    field: &'static str,
    problems: &mut Vec<SettingsProblem>,
) -> Option<&'r mut Question> {
    let found = rubric.questions.iter_mut().find(|q| q.id == id);
    if found.is_none() {
        problems.push(SettingsProblem::UnknownQuestion { id: id.to_string(), field });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_errors_name_every_problem() {
        let cases = [
            (r#"{"weights":{"nope":3}}"#, "unknown question \"nope\" in weights"),
            (r#"{"weights":{"sells_data":11}}"#, "weight of sells_data is 11, the most is 10"),
            (r#"{"points":{"sells_data":{"maybe":1}}}"#, "unknown answer \"maybe\" for question sells_data"),
            (r#"{"disabled":["x"]}"#, "unknown question \"x\" in disabled"),
            (r#"{"veryImportant":["sold_data"]}"#, "unknown question \"sold_data\" in veryImportant"),
            (r#"{"lessImportant":["contact"],"veryImportant":["contact"]}"#, "contact is both less and very important"),
            (r#"{"veryImportant":"sells_data"}"#, "not valid settings JSON"),
            (r#"{"importance":{"sells_data":"high"}}"#, "unknown field `importance`"),
            (r#"{"colour":"red"}"#, "unknown field `colour`"),
            (r#"{"weights":{"sells_data":-1}}"#, "not valid settings JSON"),
        ];
        for (json, want) in cases {
            let err = Overrides::from_json(json).unwrap_err().to_string();
            assert!(err.contains(want), "{json}: {err}");
        }
        // Every problem is named, not just the first.
        let problems = Overrides::parse(r#"{"lessImportant":["x"],"weights":{"y":1,"contact":12}}"#).unwrap_err();
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn overrides_apply_and_round_trip() {
        let json = r#"{"lessImportant":["access"],"veryImportant":["sells_data"],"weights":{"sells_data":2},"disabled":["contact"],"points":{"retention":{"limited":9}}}"#;
        let overrides = Overrides::from_json(json).unwrap();
        let rubric = Rubric::default().with_overrides(&overrides).unwrap();
        let sells = rubric.question("sells_data").unwrap();
        assert_eq!((sells.weight, sells.importance, sells.counted_weight()), (2, Importance::High, 8));
        let access = rubric.question("access").unwrap();
        assert_eq!((access.importance, access.counted_weight()), (Importance::Low, access.weight));
        assert!(!rubric.question("contact").unwrap().enabled);
        assert_eq!(serde_json::to_string(&overrides).unwrap(), json);
    }

    #[test]
    fn importance_is_set_and_read_per_question() {
        let mut overrides = Overrides::default();
        // (question, importance set, then the importance of sells_data, contact)
        let table = [
            ("sells_data", Importance::High, [Importance::High, Importance::Normal]),
            ("contact", Importance::Low, [Importance::High, Importance::Low]),
            ("sells_data", Importance::Low, [Importance::Low, Importance::Low]),
            ("contact", Importance::Normal, [Importance::Low, Importance::Normal]),
            ("sells_data", Importance::Normal, [Importance::Normal, Importance::Normal]),
        ];
        for (question, importance, want) in table {
            overrides.set_importance(question, importance);
            assert_eq!([overrides.importance("sells_data"), overrides.importance("contact")], want, "{question} {importance:?}");
            let rubric = Rubric::default().with_overrides(&overrides).unwrap();
            assert_eq!(rubric.question(question).unwrap().importance, importance);
        }
        assert!(overrides.is_empty(), "normal is the default, not a difference: {overrides:?}");
    }

    /// Each question's weight as the score counts it, and its answers' points.
    fn counted(overrides: &Overrides) -> Vec<(String, bool, u32, Vec<u32>)> {
        let rubric = Rubric::default().with_overrides(overrides).unwrap();
        let counted = |q: &Question| (q.id.clone(), q.enabled, q.counted_weight(), q.answers.iter().map(|a| a.points).collect());
        rubric.questions.iter().map(counted).collect()
    }

    #[test]
    fn older_settings_migrate_to_importance_and_score_the_same() {
        // (stored settings, in today's terms); defaults: sells_data 10, contact 3, retention 5, access 5
        // with answer points yes 10 and not_stated 2.
        let table = [
            // Settings from before importance: half or double the default weight is an importance.
            (r#"{"weights":{"sells_data":5,"contact":6}}"#, r#"{"lessImportant":["sells_data"],"veryImportant":["contact"]}"#),
            // Any other raw weight and raw points stay; so does everything that is not a weight.
            (
                r#"{"weights":{"retention":7},"points":{"access":{"not_stated":5}},"disabled":["children"],"disabledRules":["sells_data"]}"#,
                r#"{"weights":{"retention":7},"disabled":["children"],"points":{"access":{"not_stated":5}},"disabledRules":["sells_data"]}"#,
            ),
            // Defaults are not differences: a default weight, default points.
            (r#"{"weights":{"contact":3},"points":{"access":{"yes":10}}}"#, "{}"),
            (r#"{"points":{"access":{"yes":10,"not_stated":0}}}"#, r#"{"points":{"access":{"not_stated":0}}}"#),
            // A raw weight beside a chosen importance is multiplied by it, so it is kept as it is.
            (r#"{"lessImportant":["contact"],"weights":{"contact":6}}"#, r#"{"lessImportant":["contact"],"weights":{"contact":6}}"#),
            // A weight of 0 is not an importance.
            (r#"{"weights":{"contact":0}}"#, r#"{"weights":{"contact":0}}"#),
        ];
        for (stored, want) in table {
            let raw: Overrides = serde_json::from_str(stored).unwrap();
            let migrated = Overrides::from_json(stored).unwrap();
            assert_eq!(serde_json::to_string(&migrated).unwrap(), want, "{stored}");
            assert_eq!(counted(&migrated), counted(&raw), "{stored}: every score stays the same");
            assert_eq!(migrated.clone().migrated(&Rubric::default()), migrated, "{stored}: migrating again changes nothing");
        }
    }

    #[test]
    fn raw_values_are_told_apart_from_plain_settings() {
        let overrides =
            Overrides::from_json(r#"{"veryImportant":["access"],"weights":{"retention":7},"points":{"contact":{"yes":9}}}"#).unwrap();
        let raw: Vec<&str> =
            ["access", "retention", "contact", "sells_data"].into_iter().filter(|q| overrides.has_raw_values_for(q)).collect();
        assert_eq!(raw, ["retention", "contact"]);
        // (settings, whether any question has raw values)
        let table = [("{}", false), (r#"{"veryImportant":["access"],"disabled":["contact"]}"#, false), (r#"{"points":{"contact":{"yes":9}}}"#, true)];
        for (json, want) in table {
            assert_eq!(Overrides::from_json(json).unwrap().has_raw_values(), want, "{json}");
        }
    }
}
