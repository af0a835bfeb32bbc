//! Grades from answers: the table of answer sets in `tests/fixtures/grades/cases.toml`, the settings
//! that tune grading (round trip, and settings exported before grades had rules), the facts in every
//! language, and the spread of grades over the development corpora.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use clausewise::eval::grades::{combined, grade_dir, out_of_range, MAX_SHARE, MIN_SHARE};
use clausewise::rubric::UiLanguage;
use clausewise::score::{score, Decider};
use clausewise::{Finding, Grade, Overrides, Rubric};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    base: String,
    answers: Vec<String>,
    #[serde(default)]
    disabled: Vec<String>,
    #[serde(default)]
    off: Vec<String>,
    #[serde(default)]
    thresholds: Option<[u32; 4]>,
    grade: Grade,
    by: Decider,
    reasons: Vec<String>,
}

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

fn findings(rubric: &Rubric, base: &str, changes: &[String]) -> Vec<Finding> {
    rubric
        .questions
        .iter()
        .map(|q| {
            let start = match base {
                "best" => q.answers.iter().max_by_key(|a| a.points).map(|a| a.id.clone()).unwrap(),
                other => other.to_string(),
            };
            let changed = changes.iter().filter_map(|c| c.split_once('=')).find(|(cq, _)| *cq == q.id);
            let answer = changed.map_or(start, |(_, a)| a.to_string());
            assert!(q.answers.iter().any(|a| a.id == answer), "{}={answer} is not an answer", q.id);
            Finding { question: q.id.parse().unwrap(), answer: answer.parse().unwrap(), confidence: 1.0, evidence: vec![] }
        })
        .collect()
}

#[test]
fn answer_sets_get_their_grade_and_reasons() {
    let cases: Cases = toml::from_str(include_str!("fixtures/grades/cases.toml")).unwrap();
    assert!(cases.case.len() >= 10);
    for case in &cases.case {
        let overrides = Overrides {
            disabled: case.disabled.iter().cloned().collect(),
            disabled_rules: case.off.iter().cloned().collect(),
            thresholds: case
                .thresholds
                .map(|t| [Grade::A, Grade::B, Grade::C, Grade::D].into_iter().zip(t).collect())
                .unwrap_or_default(),
            ..Default::default()
        };
        let rubric = Rubric::default().with_overrides(&overrides).unwrap();
        let scored = score(&findings(&rubric, &case.base, &case.answers), &rubric).unwrap();
        let reasons: Vec<String> = scored.reasons.iter().map(|r| format!("{}={}", r.question, r.answer)).collect();
        assert_eq!((scored.grade, &reasons), (case.grade, &case.reasons), "{} (score {})", case.name, scored.value);
        assert!(scored.reasons.iter().all(|r| r.by == case.by), "{}: {:?}", case.name, scored.reasons);
        // A rule's reasons say which rule; the score's say none.
        assert!(scored.reasons.iter().all(|r| r.rule.is_some() == (case.by != Decider::Score)), "{}", case.name);
    }
}

#[test]
fn every_answer_has_a_fact_in_every_language() {
    let rubric = Rubric::default();
    for q in &rubric.questions {
        for a in &q.answers {
            let fact = rubric.grading.fact(&q.id, &a.id).unwrap_or_else(|| panic!("{}.{} has no fact", q.id, a.id));
            let texts: Vec<&str> = UiLanguage::ALL.iter().map(|l| fact.get(*l)).collect();
            assert!(texts.iter().all(|t| !t.trim().is_empty() && t.len() <= 80), "{}.{}: {texts:?}", q.id, a.id);
        }
    }
    // Within a question, no two answers read the same.
    for q in &rubric.questions {
        for language in UiLanguage::ALL {
            let facts = q.answers.iter().filter_map(|a| rubric.grading.fact(&q.id, &a.id));
            let mut seen: Vec<&str> = facts.map(|f| f.get(language)).collect();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), q.answers.len(), "{} in {}", q.id, language.code());
        }
    }
}

#[test]
fn grading_settings_round_trip_and_apply() {
    let json = r#"{"disabled":["contact"],"thresholds":{"A":75,"D":40},"disabledRules":["honors_do_not_track","sells_data"]}"#;
    let overrides = Overrides::from_json(json).unwrap();
    assert_eq!(serde_json::to_string(&overrides).unwrap(), json);
    let pretty = serde_json::to_string_pretty(&overrides).unwrap();
    assert_eq!(Overrides::from_json(&pretty).unwrap(), overrides);
    let rubric = Rubric::default().with_overrides(&overrides).unwrap();
    let t = rubric.grading.thresholds;
    let defaults = Rubric::default().grading.thresholds;
    assert_eq!((t.lowest(Grade::A), t.lowest(Grade::B), t.lowest(Grade::D)), (75, defaults.lowest(Grade::B), 40));
    let sells = rubric.grading.dealbreakers.iter().find(|d| d.id == "sells_data").unwrap();
    assert!(!sells.enabled);
    assert!(rubric.grading.dealbreakers.iter().filter(|d| d.id != "sells_data").all(|d| d.enabled));
    // The switch changes the grade: a selling policy is no longer capped.
    let f = findings(&rubric, "best", &["sells_data=yes".to_string()]);
    assert!(score(&f, &rubric).unwrap().grade < score(&f, &Rubric::default()).unwrap().grade);
    assert!(!overrides.is_empty());
}

#[test]
fn settings_exported_before_grades_had_rules_still_import() {
    // The export of the options page as it was: weights, switched-off questions and points only.
    let old = r#"{
  "weights": {
    "sells_data": 2
  },
  "disabled": [
    "contact"
  ],
  "points": {
    "retention": {
      "limited": 9
    }
  }
}"#;
    let overrides = Overrides::from_json(old).unwrap();
    assert!(overrides.thresholds.is_empty() && overrides.disabled_rules.is_empty());
    let rubric = Rubric::default().with_overrides(&overrides).unwrap();
    assert_eq!(rubric.question("sells_data").unwrap().weight, 2);
    assert!(!rubric.question("contact").unwrap().enabled);
    assert_eq!(rubric.grading, Rubric::default().grading, "grading stays the default");
    // Exported again, it is the same settings in the same shape.
    assert_eq!(serde_json::to_string_pretty(&overrides).unwrap(), old);
}

#[test]
fn bad_grading_settings_are_refused_with_every_problem_named() {
    let cases = [
        (r#"{"thresholds":{"A":50}}"#, "fall from A to D"),
        (r#"{"thresholds":{"C":0}}"#, "from 1 to 100"),
        (r#"{"thresholds":{"E":10}}"#, "grade E has no threshold"),
        (r#"{"thresholds":{"F":10}}"#, "not valid settings JSON"),
        (r#"{"disabledRules":["nope"]}"#, "unknown dealbreaker or strength \"nope\""),
        (r#"{"disabledRules":["nope"],"thresholds":{"B":99}}"#, "; "),
    ];
    for (json, want) in cases {
        let err = Overrides::from_json(json).unwrap_err().to_string();
        assert!(err.contains(want), "{json}: {err}");
    }
}

#[test]
fn bad_grading_data_is_refused_at_load() {
    let base: serde_json::Value = serde_json::to_value(Rubric::default()).unwrap();
    let edit = |path: &[&str], value: serde_json::Value| {
        let mut json = base.clone();
        let mut at = &mut json;
        for key in &path[..path.len() - 1] {
            at = match key.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*key],
            };
        }
        at[path[path.len() - 1]] = value;
        json.to_string()
    };
    assert!(Rubric::from_json(&base.to_string()).is_ok(), "the default rubric round-trips through JSON");
    let cases = [
        (edit(&["grading", "thresholds", "B"], 90.into()), "fall from A to D"),
        (edit(&["grading", "dealbreakers", "0", "when"], serde_json::json!(["sells_data=maybe"])), "has no answer \"maybe\""),
        (edit(&["grading", "dealbreakers", "0", "when"], serde_json::json!(["colour=red"])), "unknown question \"colour\""),
        (edit(&["grading", "dealbreakers", "0", "when"], serde_json::json!(["sells data"])), "is not `question=answer`"),
        (edit(&["grading", "dealbreakers", "0", "cap"], "F".into()), "unknown variant"),
        (edit(&["grading", "strengths", "0", "id"], "sells_data".into()), "rule sells_data appears twice"),
        (edit(&["grading", "facts", "sells_data", "yes", "de"], "".into()), "the de text is empty"),
        (edit(&["grading", "facts", "contact"], serde_json::json!({})), "answer contact.yes has no fact"),
    ];
    for (json, want) in cases {
        let err = Rubric::from_json(&json).unwrap_err().to_string();
        assert!(err.contains(want), "{want}: {err}");
    }
}

#[test]
fn grades_spread_over_the_development_corpora() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("shared");
    let dirs: Vec<_> =
        ["corpus", "corpus-de"].iter().map(|d| root.join(d)).filter(|d| d.join("labels.jsonl").is_file()).collect();
    if !dirs.iter().any(|d| d.ends_with("corpus")) {
        eprintln!("skipped: no corpus at {}", root.join("corpus").display());
        return;
    }
    let rubric = Rubric::default();
    let corpora: Vec<_> = dirs.iter().map(|d| grade_dir(d, &rubric).unwrap()).collect();
    let all = combined(&corpora);
    let graded: usize = all.values().sum();
    assert!(graded >= 90, "only {graded} graded policies");
    assert!(
        out_of_range(&all).is_empty(),
        "each grade should hold {MIN_SHARE}–{MAX_SHARE} of {graded} graded policies: {all:?}"
    );
    for corpus in &corpora {
        assert!(corpus.grades.values().sum::<usize>() <= corpus.documents);
    }
    // The spread comes from the bands and the rules together: dealbreakers decide some grades.
    let moved: usize = corpora.iter().map(|c| c.decided_by.get(&Decider::Dealbreaker).copied().unwrap_or(0)).sum();
    assert!(moved > 0, "no grade was decided by a dealbreaker");
}
