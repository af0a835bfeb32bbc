//! What can be wrong with a user's settings, in words for both audiences: English for the CLI and
//! errors (`Display`), and a `_locales` message with untranslated ids and numbers for the extension's
//! pages ([`SettingsProblem::message`]), so no English sentence built here reaches a German page.

use std::fmt;

use super::MAX_VALUE;
use crate::tab::Message;

/// One thing wrong with a user's settings (an import, or what storage holds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsProblem {
    /// Not JSON, or not the shape of settings; serde's words, untranslated.
    Json(String),
    /// A question id the rubric does not have, and the field it was found in.
    UnknownQuestion {
        /// The id.
        id: String,
        /// `lessImportant`, `veryImportant`, `weights`, `disabled` or `points`.
        field: &'static str,
    },
    /// A weight above [`MAX_VALUE`].
    Weight {
        /// The question's id.
        question: String,
        /// The weight asked for.
        weight: u32,
    },
    /// An answer id the question does not have.
    UnknownAnswer {
        /// The question's id.
        question: String,
        /// The answer's id.
        answer: String,
    },
    /// Points above [`MAX_VALUE`].
    Points {
        /// The question's id.
        question: String,
        /// The answer's id.
        answer: String,
        /// The points asked for.
        points: u32,
    },
    /// A question both less and very important.
    ImportanceTwice(String),
    /// A threshold for grade E, which has none.
    ThresholdForE,
    /// Thresholds (of A, B, C and D) outside 1 to 100.
    ThresholdRange([u32; 4]),
    /// Thresholds (of A, B, C and D) that do not fall from A to D.
    ThresholdOrder([u32; 4]),
    /// A dealbreaker or strength id the rubric does not have.
    UnknownRule(String),
}

impl SettingsProblem {
    /// What is wrong with thresholds that [`Thresholds::new`](super::Thresholds::new) refused.
    pub(crate) fn thresholds(lowest: [u32; 4]) -> SettingsProblem {
        if lowest.iter().any(|&t| t == 0 || t > 100) {
            SettingsProblem::ThresholdRange(lowest)
        } else {
            SettingsProblem::ThresholdOrder(lowest)
        }
    }

    /// The problem as a `_locales` message with its untranslated ids and numbers.
    pub fn message(&self) -> Message {
        let max = MAX_VALUE.to_string();
        let list = |lowest: &[u32; 4]| lowest.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        match self {
            SettingsProblem::Json(detail) => Message::new("settingsJson", &[detail]),
            SettingsProblem::UnknownQuestion { id, field } => Message::new("settingsUnknownQuestion", &[id, field]),
            SettingsProblem::Weight { question, weight } => {
                Message::new("settingsWeight", &[question, &weight.to_string(), &max])
            }
            SettingsProblem::UnknownAnswer { question, answer } => Message::new("settingsUnknownAnswer", &[answer, question]),
            SettingsProblem::Points { question, answer, points } => {
                Message::new("settingsPoints", &[&format!("{question}.{answer}"), &points.to_string(), &max])
            }
            SettingsProblem::ImportanceTwice(id) => Message::new("settingsImportanceTwice", &[id]),
            SettingsProblem::ThresholdForE => Message::new("settingsThresholdForE", &[]),
            SettingsProblem::ThresholdRange(lowest) => Message::new("settingsThresholdRange", &[&list(lowest)]),
            SettingsProblem::ThresholdOrder(lowest) => Message::new("settingsThresholdOrder", &[&list(lowest)]),
            SettingsProblem::UnknownRule(id) => Message::new("settingsUnknownRule", &[id]),
        }
    }
}

impl fmt::Display for SettingsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsProblem::Json(detail) => write!(f, "not valid settings JSON: {detail}"),
            SettingsProblem::UnknownQuestion { id, field } => write!(f, "unknown question {id:?} in {field}"),
            SettingsProblem::Weight { question, weight } => {
                write!(f, "weight of {question} is {weight}, the most is {MAX_VALUE}")
            }
            SettingsProblem::UnknownAnswer { question, answer } => write!(f, "unknown answer {answer:?} for question {question}"),
            SettingsProblem::Points { question, answer, points } => {
                write!(f, "points of {question}.{answer} are {points}, the most is {MAX_VALUE}")
            }
            SettingsProblem::ImportanceTwice(id) => write!(f, "{id} is both less and very important"),
            SettingsProblem::ThresholdForE => write!(f, "grade E has no threshold: it is every score below D's"),
            SettingsProblem::ThresholdRange(lowest) => write!(f, "grade thresholds must be from 1 to 100, got {lowest:?}"),
            SettingsProblem::ThresholdOrder(lowest) => write!(f, "grade thresholds must fall from A to D, got {lowest:?}"),
            SettingsProblem::UnknownRule(id) => write!(f, "unknown dealbreaker or strength {id:?} in disabledRules"),
        }
    }
}

/// Several problems as one error, each named (`"…; …"`).
pub(crate) fn to_error(problems: &[SettingsProblem]) -> crate::Error {
    crate::Error::rubric(problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_a_message_with_untranslated_arguments() {
        let problems = [
            (SettingsProblem::Json("expected value".into()), "settingsJson", vec!["expected value"]),
            (SettingsProblem::UnknownQuestion { id: "x".into(), field: "weights" }, "settingsUnknownQuestion", vec!["x", "weights"]),
            (SettingsProblem::Weight { question: "sells_data".into(), weight: 11 }, "settingsWeight", vec!["sells_data", "11", "10"]),
            (SettingsProblem::UnknownAnswer { question: "access".into(), answer: "maybe".into() }, "settingsUnknownAnswer", vec!["maybe", "access"]),
            (SettingsProblem::Points { question: "access".into(), answer: "yes".into(), points: 12 }, "settingsPoints", vec!["access.yes", "12", "10"]),
            (SettingsProblem::ImportanceTwice("contact".into()), "settingsImportanceTwice", vec!["contact"]),
            (SettingsProblem::ThresholdForE, "settingsThresholdForE", vec![]),
            (SettingsProblem::thresholds([101, 60, 50, 40]), "settingsThresholdRange", vec!["101, 60, 50, 40"]),
            (SettingsProblem::thresholds([50, 60, 40, 30]), "settingsThresholdOrder", vec!["50, 60, 40, 30"]),
            (SettingsProblem::UnknownRule("x".into()), "settingsUnknownRule", vec!["x"]),
        ];
        for (problem, key, args) in problems {
            let message = problem.message();
            assert_eq!((message.key.as_str(), message.args.iter().map(String::as_str).collect::<Vec<_>>()), (key, args), "{problem}");
            assert!(message.terms.is_empty());
        }
    }
}
