//! What a grade means: the score bands, the dealbreakers that cap a grade, the strengths that lift it,
//! and the one-line facts that say why a policy got its grade.
//!
//! All of it is data in `default.json` (the `grading` section), parsed here into types that check
//! themselves as they are read (`#[serde(try_from = …)]`): a threshold out of order, a condition that
//! is not `question=answer`, or a fact with an empty translation is an error at load, not a surprise
//! in the popup. Whether the ids name real questions and answers is checked by the rubric, which knows
//! them. How the rules combine into a grade is [`crate::score`]'s job.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Grade;

/// A language the rubric's texts (questions, answers, explanations, categories, facts) are written
/// in: every text has a version in each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UiLanguage {
    /// English, also the language for every UI language without its own texts.
    #[default]
    En,
    /// German.
    De,
}

impl UiLanguage {
    /// Every language the facts are written in.
    pub const ALL: [UiLanguage; 2] = [UiLanguage::En, UiLanguage::De];

    /// The language for a browser UI language tag (`"de"`, `"de-AT"`, `"en-US"`, …); English for
    /// any language the facts are not written in.
    pub fn from_tag(tag: &str) -> UiLanguage {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().trim().to_ascii_lowercase();
        match primary.as_str() {
            "de" => UiLanguage::De,
            _ => UiLanguage::En,
        }
    }

    /// The language's code, as in the rubric data and the extension's `_locales` folders.
    pub fn code(self) -> &'static str {
        match self {
            UiLanguage::En => "en",
            UiLanguage::De => "de",
        }
    }
}

/// A short text in every [`UiLanguage`]; none may be missing or empty, so a rubric without a
/// language's version of any text does not load.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawText")]
pub struct Text {
    en: String,
    de: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    en: String,
    de: String,
}

impl TryFrom<RawText> for Text {
    type Error = String;

    fn try_from(raw: RawText) -> Result<Text, String> {
        for (language, text) in [("en", &raw.en), ("de", &raw.de)] {
            if text.trim().is_empty() {
                return Err(format!("the {language} text is empty"));
            }
        }
        Ok(Text { en: raw.en, de: raw.de })
    }
}

impl Text {
    /// The text in `language`.
    pub fn get(&self, language: UiLanguage) -> &str {
        match language {
            UiLanguage::En => &self.en,
            UiLanguage::De => &self.de,
        }
    }
}

/// The lowest score of each grade from A to D; a score below D's is an E.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawThresholds", into = "RawThresholds")]
pub struct Thresholds {
    lowest: [u32; 4],
}

/// Thresholds as written in JSON: `{"A": 72, "B": 62, "C": 52, "D": 48}`.
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThresholds {
    #[serde(rename = "A")]
    a: u32,
    #[serde(rename = "B")]
    b: u32,
    #[serde(rename = "C")]
    c: u32,
    #[serde(rename = "D")]
    d: u32,
}

impl TryFrom<RawThresholds> for Thresholds {
    type Error = String;

    fn try_from(raw: RawThresholds) -> Result<Thresholds, String> {
        Thresholds::new([raw.a, raw.b, raw.c, raw.d])
    }
}

impl From<Thresholds> for RawThresholds {
    fn from(t: Thresholds) -> RawThresholds {
        let [a, b, c, d] = t.lowest;
        RawThresholds { a, b, c, d }
    }
}

impl Default for Thresholds {
    /// The bands of rubric version 1, before grades had rules: 80, 65, 50 and 35.
    fn default() -> Thresholds {
        Thresholds { lowest: [80, 65, 50, 35] }
    }
}

/// The grades that have a lowest score, best first (E is everything below D).
pub const BANDED: [Grade; 4] = [Grade::A, Grade::B, Grade::C, Grade::D];

impl Thresholds {
    /// Thresholds from the lowest scores of A, B, C and D: each from 1 to 100, each below the one before.
    pub fn new(lowest: [u32; 4]) -> Result<Thresholds, String> {
        if lowest.iter().any(|&t| t == 0 || t > 100) {
            return Err(format!("grade thresholds must be from 1 to 100, got {lowest:?}"));
        }
        if lowest.windows(2).any(|pair| pair[0] <= pair[1]) {
            return Err(format!("grade thresholds must fall from A to D, got {lowest:?}"));
        }
        Ok(Thresholds { lowest })
    }

    /// The lowest scores of A, B, C and D.
    pub fn lowest_scores(&self) -> [u32; 4] {
        self.lowest
    }

    /// The lowest score of `grade` (0 for E).
    pub fn lowest(&self, grade: Grade) -> u32 {
        BANDED.iter().position(|g| *g == grade).and_then(|i| self.lowest.get(i)).copied().unwrap_or(0)
    }

    /// These thresholds with `grade`'s lowest score set to `score` (E has none and is ignored).
    pub fn with(&self, grade: Grade, score: u32) -> Result<Thresholds, String> {
        let mut lowest = self.lowest;
        if let Some(i) = BANDED.iter().position(|g| *g == grade) {
            lowest[i] = score;
        }
        Thresholds::new(lowest)
    }

    /// The grade of a score from 0 to 100 by these bands alone.
    pub fn grade(&self, score: u32) -> Grade {
        BANDED.iter().zip(self.lowest).find(|(_, lowest)| score >= *lowest).map_or(Grade::E, |(g, _)| *g)
    }
}

/// One condition on a policy's answers: `question=answer`, or `question=answer|answer` for any of several.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Condition {
    /// The question's id.
    pub question: String,
    /// The answers that meet the condition.
    pub answers: Vec<String>,
}

impl TryFrom<String> for Condition {
    type Error = String;

    fn try_from(text: String) -> Result<Condition, String> {
        let bad = || format!("condition {text:?} is not `question=answer` or `question=answer|answer`");
        let (question, answers) = text.split_once('=').ok_or_else(bad)?;
        let answers: Vec<String> = answers.split('|').map(|a| a.trim().to_string()).collect();
        if question.trim().is_empty() || answers.iter().any(String::is_empty) {
            return Err(bad());
        }
        Ok(Condition { question: question.trim().to_string(), answers })
    }
}

impl From<Condition> for String {
    fn from(c: Condition) -> String {
        c.to_string()
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}", self.question, self.answers.join("|"))
    }
}

impl Condition {
    /// Whether `answer` (the policy's answer to this condition's question) meets it.
    pub fn accepts(&self, answer: &str) -> bool {
        self.answers.iter().any(|a| a == answer)
    }
}

/// Which way a rule moves a grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// The grade is at most the rule's cap, however high the score.
    Dealbreaker,
    /// The grade is one better than the score alone gives.
    Strength,
}

/// A dealbreaker: when all its conditions hold, the grade is at most `cap`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dealbreaker {
    /// Stable identifier, e.g. `sells_data`; what the user's settings switch off.
    pub id: String,
    /// All must hold (and their questions be switched on) for the dealbreaker to apply.
    #[serde(deserialize_with = "non_empty")]
    pub when: Vec<Condition>,
    /// The best grade a policy it applies to can get.
    pub cap: Grade,
    /// Why it is a dealbreaker, in English, for `docs/grades.md`.
    #[serde(default)]
    pub why: String,
    /// Whether it counts.
    #[serde(default = "on", skip_serializing_if = "is_on")]
    pub enabled: bool,
}

/// A strength: when all its conditions hold, the grade is one better (never past a dealbreaker's cap).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strength {
    /// Stable identifier, e.g. `honors_do_not_track`; what the user's settings switch off.
    pub id: String,
    /// All must hold (and their questions be switched on) for the strength to apply.
    #[serde(deserialize_with = "non_empty")]
    pub when: Vec<Condition>,
    /// Why it earns a better grade, in English, for `docs/grades.md`.
    #[serde(default)]
    pub why: String,
    /// Whether it counts.
    #[serde(default = "on", skip_serializing_if = "is_on")]
    pub enabled: bool,
}

fn on() -> bool {
    true
}

fn is_on(enabled: &bool) -> bool {
    *enabled
}

fn non_empty<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<Condition>, D::Error> {
    let conditions = Vec::<Condition>::deserialize(deserializer)?;
    if conditions.is_empty() {
        return Err(serde::de::Error::custom("a rule needs at least one condition"));
    }
    Ok(conditions)
}

/// The rubric's grading: bands, rules and facts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grading {
    /// The lowest score of each grade.
    pub thresholds: Thresholds,
    /// Rules that cap the grade, in the order their facts are named when several apply.
    #[serde(default)]
    pub dealbreakers: Vec<Dealbreaker>,
    /// Rules that lift the grade.
    #[serde(default)]
    pub strengths: Vec<Strength>,
    /// The one-line fact each answer states, by question id then answer id ("Sells your data").
    #[serde(default)]
    pub facts: BTreeMap<String, BTreeMap<String, Text>>,
}

impl Grading {
    /// The fact an answer states, if the rubric has one.
    pub fn fact(&self, question: &str, answer: &str) -> Option<&Text> {
        self.facts.get(question)?.get(answer)
    }

    /// The ids of every rule, dealbreakers first.
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.dealbreakers.iter().map(|d| d.id.as_str()).chain(self.strengths.iter().map(|s| s.id.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_band_scores_and_reject_disorder() {
        let t = Thresholds::new([70, 60, 50, 40]).unwrap();
        let cases = [(100, Grade::A), (70, Grade::A), (69, Grade::B), (50, Grade::C), (40, Grade::D), (39, Grade::E), (0, Grade::E)];
        for (score, grade) in cases {
            assert_eq!(t.grade(score), grade, "{score}");
        }
        assert_eq!((t.lowest(Grade::B), t.lowest(Grade::E)), (60, 0));
        for bad in [[70, 70, 50, 40], [40, 50, 60, 70], [101, 60, 50, 40], [70, 60, 50, 0]] {
            assert!(Thresholds::new(bad).is_err(), "{bad:?}");
        }
        assert!(t.with(Grade::C, 65).is_err());
        assert_eq!(t.with(Grade::C, 55).map(|t| t.lowest(Grade::C)), Ok(55));
        let parsed: Result<Thresholds, _> = serde_json::from_str(r#"{"A":50,"B":60,"C":40,"D":30}"#);
        assert!(parsed.unwrap_err().to_string().contains("fall from A to D"));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"A":70,"B":60,"C":50,"D":40}"#);
    }

    #[test]
    fn conditions_parse_and_print() {
        let c = Condition::try_from("deletion=no|not_stated".to_string()).unwrap();
        assert_eq!((c.question.as_str(), c.answers.len()), ("deletion", 2));
        assert!(c.accepts("not_stated") && !c.accepts("yes"));
        assert_eq!(c.to_string(), "deletion=no|not_stated");
        for bad in ["deletion", "=yes", "deletion=", "deletion=yes|"] {
            assert!(Condition::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }

    #[test]
    fn texts_need_every_language() {
        let ok: Text = serde_json::from_str(r#"{"en":"Sells your data","de":"Verkauft Ihre Daten"}"#).unwrap();
        assert_eq!(ok.get(UiLanguage::De), "Verkauft Ihre Daten");
        for bad in [r#"{"en":"x"}"#, r#"{"en":"x","de":" "}"#, r#"{"en":"x","de":"y","fr":"z"}"#] {
            assert!(serde_json::from_str::<Text>(bad).is_err(), "{bad}");
        }
        assert_eq!(UiLanguage::from_tag("de-AT"), UiLanguage::De);
        assert_eq!(UiLanguage::from_tag("fr"), UiLanguage::En);
        assert_eq!(UiLanguage::from_tag(""), UiLanguage::En);
    }

    #[test]
    fn rules_need_a_condition() {
        let err = serde_json::from_str::<Dealbreaker>(r#"{"id":"x","when":[],"cap":"D"}"#).unwrap_err();
        assert!(err.to_string().contains("at least one condition"), "{err}");
        let rule: Dealbreaker = serde_json::from_str(r#"{"id":"x","when":["sells_data=yes"],"cap":"D"}"#).unwrap();
        assert!(rule.enabled);
    }
}
