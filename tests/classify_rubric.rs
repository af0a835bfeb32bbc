//! Rubric validation errors, overrides and serde round trips of the types the extension stores.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use clausewise::{AnswerId, Evidence, Finding, Overrides, QuestionId, Rubric};
use serde_json::{json, Value};

fn default_json() -> Value {
    serde_json::to_value(Rubric::default()).unwrap()
}

/// Applies `edit` to the default rubric's JSON and returns the error message of loading it.
fn error_after(edit: impl Fn(&mut Value)) -> String {
    let mut value = default_json();
    edit(&mut value);
    match Rubric::from_json(&value.to_string()) {
        Ok(_) => String::from("(loaded without error)"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn default_rubric_is_valid_and_versioned() {
    let rubric = Rubric::default();
    assert!(rubric.version >= 1);
    assert_eq!(rubric.questions.len(), 15);
    for q in &rubric.questions {
        let mut ids: Vec<&str> = q.answers.iter().map(|a| a.id.as_str()).collect();
        ids.sort_unstable();
        let mut contract: Vec<&str> = clausewise::classify::answers(&q.id).unwrap().iter().map(|a| a.as_str()).collect();
        contract.sort_unstable();
        assert_eq!(ids, contract, "{} answers differ from the label contract", q.id);
    }
}

#[test]
fn validation_errors_are_specific_and_lowercase() {
    type Edit = fn(&mut Value);
    let cases: &[(&str, Edit, &str)] = &[
        ("weight too big", |v| v["questions"][0]["weight"] = json!(11), "weight of sells_data is 11, the most is 10"),
        ("points too big", |v| v["questions"][0]["answers"][0]["points"] = json!(12), "points of sells_data.no are 12, the most is 10"),
        ("negative weight", |v| v["questions"][0]["weight"] = json!(-1), "invalid value"),
        ("unknown question", |v| v["questions"][0]["id"] = json!("sells_souls"), "unknown question \"sells_souls\""),
        ("duplicate question", |v| v["questions"][1]["id"] = json!("sells_data"), "question sells_data appears twice"),
        ("missing answer", |v| {
            v["questions"][0]["answers"].as_array_mut().unwrap().remove(0);
        }, "question sells_data is missing answer no"),
        ("unknown answer", |v| v["questions"][5]["answers"][0]["id"] = json!("sometimes"), "question access has unknown answer \"sometimes\""),
        ("unknown category", |v| v["questions"][0]["category"] = json!("nowhere"), "question sells_data has unknown category \"nowhere\""),
        ("duplicate category", |v| v["categories"][1]["id"] = json!("selling"), "category selling appears twice"),
        ("version zero", |v| v["version"] = json!(0), "version must be 1 or more"),
        // Every text a user reads is in every UI language.
        ("question without German", |v| {
            v["questions"][3]["text"].as_object_mut().unwrap().remove("de");
        }, "missing field `de`"),
        ("short question without German", |v| {
            v["questions"][9]["short"].as_object_mut().unwrap().remove("de");
        }, "missing field `de`"),
        ("question without its short form", |v| {
            v["questions"][2].as_object_mut().unwrap().remove("short");
        }, "missing field `short`"),
        ("empty English short question", |v| v["questions"][0]["short"]["en"] = json!(""), "the en text is empty"),
        ("answer label without English", |v| {
            v["questions"][0]["answers"][2]["label"].as_object_mut().unwrap().remove("en");
        }, "missing field `en`"),
        ("empty German explanation", |v| v["questions"][8]["answers"][1]["explanation"]["de"] = json!(" "), "the de text is empty"),
        ("category title as plain text", |v| v["categories"][0]["title"] = json!("Selling"), "invalid type: string"),
        ("a language the UI does not have", |v| v["questions"][0]["text"]["fr"] = json!("Vend-il vos données ?"), "unknown field `fr`"),
        ("no questions", |v| v["questions"] = json!([]), "the rubric has no questions"),
        ("missing field", |v| {
            v.as_object_mut().unwrap().remove("version");
        }, "missing field `version`"),
    ];
    for (name, edit, want) in cases {
        let err = error_after(edit);
        assert!(err.contains(want), "{name}: {err}");
        assert!(err.starts_with("invalid rubric: "), "{name}: {err}");
        let first = err.chars().next().unwrap();
        assert!(first.is_lowercase(), "{name}: {err}");
    }
}

#[test]
fn several_problems_are_reported_together() {
    let err = error_after(|v| {
        v["questions"][0]["weight"] = json!(20);
        v["questions"][1]["category"] = json!("nope");
    });
    assert!(err.contains("weight of sells_data is 20") && err.contains("unknown category \"nope\""), "{err}");
}

#[test]
fn rubric_round_trips_through_json() {
    let rubric = Rubric::default();
    let json = serde_json::to_string(&rubric).unwrap();
    assert_eq!(Rubric::from_json(&json).unwrap(), rubric);
}

#[test]
fn overrides_round_trip_and_merge() {
    let cases = [
        r#"{}"#,
        r#"{"weights":{"contact":0}}"#,
        r#"{"disabled":["breach_notification","do_not_track"]}"#,
        r#"{"weights":{"sells_data":2},"disabled":["contact"],"points":{"retention":{"limited":9}}}"#,
    ];
    for json in cases {
        let overrides = Overrides::from_json(json).unwrap();
        assert_eq!(serde_json::to_string(&overrides).unwrap(), json);
        assert_eq!(overrides.is_empty(), json == "{}");
        let merged = Rubric::default().with_overrides(&overrides).unwrap();
        // Merged rubrics stay valid rubrics.
        assert_eq!(Rubric::from_json(&serde_json::to_string(&merged).unwrap()).unwrap(), merged);
    }
}

#[test]
fn findings_round_trip_in_camel_case() {
    let finding = Finding {
        question: QuestionId::SellsData,
        answer: AnswerId::No,
        confidence: 0.85,
        evidence: vec![Evidence { clause_id: "c7".into(), text: "We do not sell data.".into(), heading: "Sharing".into(), context: String::new() }],
    };
    let value = serde_json::to_value(&finding).unwrap();
    assert_eq!(value["evidence"][0]["clauseId"], "c7");
    assert_eq!(serde_json::from_value::<Finding>(value).unwrap(), finding);
}

#[test]
fn reports_round_trip() {
    let html = "<html><body><main><h1>Privacy</h1><p>We do not sell your personal information to anyone.</p>\
                <p>We keep logs for 30 days and then delete them.</p></main></body></html>";
    let report = clausewise::analyze_html(html, "https://x.test/privacy", &Rubric::default());
    assert_eq!(report.answer(QuestionId::SellsData), Some(AnswerId::No));
    assert_eq!(report.answer(QuestionId::Retention), Some(AnswerId::StatedPeriod));
    let json = serde_json::to_string(&report).unwrap();
    let back: clausewise::Report = serde_json::from_str(&json).unwrap();
    // serde_json parses floats to the nearest value, not always the same bits: compare what is exact.
    assert_eq!((&back.findings, back.score, back.grade, back.status), (&report.findings, report.score, report.grade, report.status));
}

#[test]
fn every_text_a_user_reads_is_in_every_ui_language() {
    use clausewise::rubric::UiLanguage;
    let rubric = Rubric::default();
    for language in UiLanguage::ALL {
        let mut texts: Vec<&str> = rubric.categories.iter().map(|c| c.title.get(language)).collect();
        for q in &rubric.questions {
            texts.extend([q.text.get(language), q.short.get(language)]);
            texts.extend(q.answers.iter().flat_map(|a| [a.label.get(language), a.explanation.get(language)]));
        }
        assert_eq!(texts.len(), 5 + 2 * 15 + 2 * 39, "{language:?}: 5 categories, 15 questions in two forms, 39 answers");
        assert!(texts.iter().all(|t| !t.trim().is_empty()), "{language:?}");
    }
    // German is German, not English copied over: the questions differ in every one.
    for q in &rubric.questions {
        assert_ne!(q.text.get(UiLanguage::En), q.text.get(UiLanguage::De), "{}", q.id);
        assert_ne!(q.short.get(UiLanguage::En), q.short.get(UiLanguage::De), "{}", q.id);
        for a in &q.answers {
            assert_ne!(a.explanation.get(UiLanguage::En), a.explanation.get(UiLanguage::De), "{}.{}", q.id, a.id);
        }
    }
}

/// The popup shows each answer as one line: icon, answer label, short question. The end-to-end tests
/// measure that every line fits at the popup's width (in DejaVu Sans, wider than the usual system
/// fonts); this is the quick guard for whoever edits the texts: the longest pair measured there,
/// 42 characters with the space between them, is the most a pair may have.
#[test]
fn a_short_question_and_any_of_its_answers_make_one_short_line() {
    use clausewise::rubric::UiLanguage;
    const MOST_CHARS: usize = 42;
    let rubric = Rubric::default();
    for language in UiLanguage::ALL {
        for q in &rubric.questions {
            let short = q.short.get(language);
            assert!(short.chars().count() < q.text.get(language).chars().count(), "{language:?} {}: not shorter", q.id);
            for a in &q.answers {
                let line = format!("{} {short}", a.label.get(language));
                assert!(line.chars().count() <= MOST_CHARS, "{language:?} {}.{}: \"{line}\" is longer than {MOST_CHARS}", q.id, a.id);
            }
        }
    }
}
