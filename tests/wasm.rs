//! The engine through its wasm-bindgen boundary, in a real headless browser
//! (`make test-wasm`: wasm-bindgen-test-runner with Chromium).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/cases.rs"]
mod common;
#[path = "common/charsets.rs"]
mod charsets;
#[path = "common/hosts.rs"]
mod hosts;

use clausewise::web;
use clausewise::Report;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The report `analyzeBytes` gives beside the kept text.
fn report_of(analyzed: JsValue) -> Report {
    serde_wasm_bindgen::from_value(js_sys::Reflect::get(&analyzed, &"report".into()).unwrap()).unwrap()
}

fn report_for(case: &common::Case) -> Report {
    report_of(web::analyze_bytes(case.html, "text/html; charset=utf-8", case.url, JsValue::NULL).unwrap())
}

#[wasm_bindgen_test]
fn fixtures_give_their_answers_under_wasm() {
    for case in common::CASES {
        let report = report_for(case);
        assert!(report.grade.is_some(), "{}", case.name);
        for (question, answer) in case.answers {
            assert_eq!(report.answer(question.parse().unwrap()).map(|a| a.as_str()), Some(*answer), "{}: {question}", case.name);
        }
    }
}

/// The browser's TextDecoder chooses and decodes as encoding_rs does natively.
#[wasm_bindgen_test]
fn charsets_decode_as_natively() {
    for (name, bytes, want) in charsets::CHARSETS {
        assert_eq!(clausewise::extract::decode_html(bytes), *want, "{name}");
    }
}

/// The compact public suffix list, and international hosts through the browser's URL parser.
#[wasm_bindgen_test]
fn sites_are_the_same_as_natively() {
    for (url, want) in hosts::SITES {
        assert_eq!(web::site_of(url), *want, "{url}");
    }
}

/// Addresses parsed by the browser's URL parser (the wasm build has no `url` crate) are the same
/// documents, and links resolve to the same addresses, as natively (tests/public_suffix.rs).
#[wasm_bindgen_test]
fn addresses_are_the_same_as_natively() {
    for (a, b, want) in hosts::SAME_DOCUMENT {
        assert_eq!(web::same_document(a, b), *want, "{a} {b}");
    }
    let plan = clausewise::discover::fetch_plan(hosts::PLAN_HTML, hosts::PLAN_URL);
    assert_eq!(plan.urls, hosts::PLAN_URLS);
}

#[wasm_bindgen_test]
fn popup_renders_the_report_as_text() {
    let case = &common::CASES[0];
    let report = report_for(case);
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    let view = serde_json::json!({
        "site": "127.0.0.1",
        "state": { "status": "done", "grade": report.grade },
        "report": report,
    });
    let view = view.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap();
    web::render_popup(root.clone(), view, js_sys::Object::new()).unwrap();
    let row = root.query_selector("[data-question=sells_data]").unwrap().unwrap();
    assert_eq!(row.get_attribute("data-answer").as_deref(), Some("no"));
    let quote = row.query_selector(".quote a").unwrap().unwrap();
    assert!(quote.text_content().unwrap().to_lowercase().contains(case.quote));
    assert!(quote.get_attribute("href").unwrap().starts_with("http://127.0.0.1/legal/privacy-policy#:~:text="));

    // Under the grade, the facts that decided it (English outside an extension page), from the report's reasons,
    // or for a report stored before grades had reasons, from its answers.
    let rubric = clausewise::Rubric::default();
    let want = clausewise::score::reason_line(&report.reasons, &rubric, clausewise::rubric::UiLanguage::En);
    assert!(!want.is_empty());
    let line = |root: &web_sys::Element| root.query_selector("#grade-reason").unwrap().unwrap().text_content().unwrap();
    assert_eq!(line(&root), want);
    // The rubric's short English question on the line, its full text inside (outside an extension
    // page), and the language the policy was read in.
    let question = row.query_selector(".question").unwrap().unwrap().text_content().unwrap();
    let asked = rubric.question("sells_data").unwrap();
    assert_eq!(question, asked.short.get(clausewise::rubric::UiLanguage::En));
    assert!(row.text_content().unwrap().contains(asked.text.get(clausewise::rubric::UiLanguage::En)));
    let language = root.query_selector(".language").unwrap().unwrap();
    assert_eq!(language.get_attribute("data-language").as_deref(), Some(report.language.code()));
    assert_eq!(report.language, clausewise::Language::English);
    let mut stored = serde_json::to_value(&report).unwrap();
    stored.as_object_mut().unwrap().remove("reasons");
    let view = serde_json::json!({ "state": { "status": "done", "grade": report.grade }, "report": stored });
    let view = view.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap();
    let old = document.create_element("div").unwrap();
    web::render_popup(old.clone(), view, js_sys::Object::new()).unwrap();
    assert_eq!(line(&old), want);
}

#[wasm_bindgen_test]
fn the_badge_title_carries_the_reason() {
    let state = serde_json::json!({
        "status": "done", "grade": "D",
        "reasons": [{ "question": "sells_data", "answer": "yes", "by": "dealbreaker", "rule": "sells_data" }],
    });
    let state = state.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap();
    let badge = web::badge_for(state).unwrap();
    // Outside an extension page there is no `i18n`, so the title falls back to its message key: the
    // key that carries the reason, not the plain one (the text itself is checked natively in `tab`).
    let title = js_sys::Reflect::get(&badge, &"title".into()).unwrap().as_string().unwrap();
    assert_eq!(title, "badgeGradeWhy");
    let text = js_sys::Reflect::get(&badge, &"text".into()).unwrap().as_string().unwrap();
    assert_eq!(text, "D");
}

#[wasm_bindgen_test]
fn hostile_text_stays_text() {
    let html = br#"<html><body><main><h1>Privacy &lt;img src=x onerror=alert(1)&gt;</h1>
        <p>We do not sell your personal information &lt;script&gt;window.pwned=2&lt;/script&gt; to third
        parties and we keep it safe with our partners.<img src=x onerror="window.pwned=1"></p>
        </main></body></html>"#;
    let analyzed = web::analyze_bytes(html, "text/html", "https://evil.test/privacy", JsValue::NULL).unwrap();
    let report = report_of(analyzed.clone());
    let kept = js_sys::Reflect::get(&analyzed, &"text".into()).unwrap();
    assert!(report.grade.is_some(), "{report:?}");
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    let view = serde_json::json!({ "state": { "status": "done", "grade": report.grade }, "report": report });
    let view = view.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap();
    web::render_popup(root.clone(), view, js_sys::Object::new()).unwrap();
    assert!(root.query_selector("img, script").unwrap().is_none(), "no markup from the policy is created");
    let text = root.text_content().unwrap();
    assert!(text.contains("<script>window.pwned=2</script> to third parties"), "{text}");
    assert!(text.contains("Privacy <img src=x onerror=alert(1)>"), "{text}");

    // The full report page, from the kept text: the same sentences, as text.
    let page = document.create_element("div").unwrap();
    let view = serde_json::json!({ "site": "evil.test", "report": report });
    let view = view.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap();
    js_sys::Reflect::set(&view, &"text".into(), &kept).unwrap();
    web::render_report(page.clone(), view).unwrap();
    assert!(page.query_selector("img, script").unwrap().is_none(), "no markup from the policy is created");
    let shown = page.text_content().unwrap();
    assert!(shown.contains("<script>window.pwned=2</script> to third parties"), "{shown}");
    assert!(page.query_selector(".clause.decided mark").unwrap().is_some(), "the deciding clause is highlighted");
}

/// Settings as the worker hands them over (plain objects from storage): bad ones are refused with
/// the engine's words, and `validOverrides` says so before the worker uses them.
#[wasm_bindgen_test]
fn bad_settings_are_a_clear_error() {
    let bad = serde_json::json!({ "weights": { "sells_data": 99 } })
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap();
    assert!(!web::valid_overrides(bad.clone()));
    let err = web::analyze_bytes(common::CASES[0].html, "text/html", common::CASES[0].url, bad).unwrap_err();
    let message: JsValue = err.into();
    let text = js_sys::Reflect::get(&message, &"message".into()).unwrap().as_string().unwrap();
    assert_eq!(text, "invalid rubric: weight of sells_data is 99, the most is 10");
    let good = serde_json::json!({ "weights": { "sells_data": 5 } })
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap();
    assert!(web::valid_overrides(good));
}

/// An imported settings file is read by `JSON.parse` and serde-wasm-bindgen in the wasm
/// (src/rubric/overrides.rs): its problems are explained in serde's words, as natively, a broken file
/// with its position. A string where a list belongs is serde's "invalid type" error, not the TypeError
/// that upstream serde-wasm-bindgen let through (crates/serde-wasm-bindgen).
#[wasm_bindgen_test]
fn imported_settings_problems_are_explained() {
    use clausewise::rubric::SettingsProblem;
    let problem = |json: &str| match clausewise::Overrides::parse(json) {
        Err(problems) => match problems.as_slice() {
            [SettingsProblem::Json(message)] => message.clone(),
            other => panic!("{json}: {other:?}"),
        },
        Ok(read) => panic!("{json} read as {read:?}"),
    };
    assert_eq!(problem(r#"{"weights": {"sells_data": 5"#), "EOF while parsing an object at line 1 column 28");
    assert_eq!(problem(r#"{"veryImportant": "contact"}"#), r#"invalid type: string "contact", expected a sequence"#);
    assert!(problem(r#"{"weights": 5}"#).starts_with("invalid type: "), "{}", problem(r#"{"weights": 5}"#));
    assert!(problem(r#"{"points": {"contact": null}}"#).starts_with("invalid type: "));
    assert!(problem(r#"{"theme": "dark"}"#).starts_with("unknown field `theme`"));
    assert!(clausewise::Overrides::parse(r#"{"veryImportant": ["contact"], "thresholds": {"A": 85}}"#).is_ok());
}

use serde::Serialize;

/// The wasm reads the compiled-in rubric through the browser's `JSON.parse` and serde-wasm-bindgen
/// (src/rubric/mod.rs); it must be the rubric serde_json reads from the same file natively.
#[wasm_bindgen_test]
fn default_rubric_reads_as_natively() {
    let native: clausewise::Rubric = serde_json::from_str(include_str!("../src/rubric/default.json")).unwrap();
    assert_eq!(clausewise::Rubric::default(), native);
    assert!(!native.questions.is_empty());
}
