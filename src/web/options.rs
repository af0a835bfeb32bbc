//! The options page, generated from the engine's rubric.
//!
//! The page never holds a copy of the rubric: it renders [`Rubric::default`] with the user's
//! [`Overrides`] applied. Every change is turned back into overrides (only the differences from the
//! defaults), handed to the JavaScript `save` callback, and shown at once in a live preview that
//! rescores a sample policy and the last analyzed site without reading either again. The grading
//! section switches dealbreakers and strengths on and off and moves the score bands.

use std::cell::RefCell;
use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use super::dom::{add, call, Dom};
use super::i18n::{t, t_with};
use crate::extract::Format;
use crate::rubric::{Condition, Question, SettingsProblem, UiLanguage, MAX_VALUE};
use crate::{Grade, Overrides, Report, Rubric};

/// What the options page starts from.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct Start {
    /// As stored: it may be corrupted or from another version, so it is checked here. Kept as the
    /// JavaScript value and read like every other one (serde-wasm-bindgen), not through serde_json.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    overrides: JsValue,
    /// The most recently analyzed site and its report, for the preview.
    last_site: Option<String>,
    last_report: Option<Report>,
}

/// The page's state, shared by its event handlers.
struct Page {
    root: Element,
    actions: js_sys::Object,
    overrides: Overrides,
    sample: Report,
    last: Option<(String, Report)>,
}

type Shared = Rc<RefCell<Page>>;

pub(crate) fn render(root: &Element, start: Start, actions: &js_sys::Object) -> Result<(), JsValue> {
    // HTML, which the wasm reads anyway: it is built without the Markdown reader.
    let sample_text = include_str!("sample-policy.html");
    let sample = crate::analyze(sample_text.as_bytes(), Format::Html, "https://example.com/privacy", &Rubric::default());
    let stored = Some(start.overrides).filter(|v| !v.is_null() && !v.is_undefined());
    let (overrides, problem) = match stored.map(checked_overrides) {
        None => (Overrides::default(), None),
        Some(Ok(overrides)) => (overrides, None),
        Some(Err(problem)) => (Overrides::default(), Some(problem)),
    };
    super::i18n::mark_page_language(root);
    let page = Rc::new(RefCell::new(Page {
        root: root.clone(),
        actions: actions.clone(),
        overrides,
        sample,
        last: start.last_site.zip(start.last_report),
    }));
    redraw(&page)?;
    if let Some(problem) = problem {
        set_status(&page, &t_with("optionsStoredInvalid", &[&problem]), true);
    }
    Ok(())
}

/// Stored settings, if they still make sense for this rubric; else what is wrong, in the UI's words.
fn checked_overrides(stored: JsValue) -> Result<Overrides, String> {
    let overrides: Overrides =
        serde_wasm_bindgen::from_value(stored).map_err(|e| in_words(&[SettingsProblem::Json(e.to_string())]))?;
    Overrides::checked(overrides).map_err(|problems| in_words(&problems))
}

/// Settings problems in the UI's language (ids and numbers as they are).
fn in_words(problems: &[SettingsProblem]) -> String {
    problems.iter().map(|p| super::i18n::message(&p.message())).collect::<Vec<_>>().join(" ")
}

/// Draws the whole page from the current overrides (after a load, an import or a reset).
fn redraw(page: &Shared) -> Result<(), JsValue> {
    let language = super::i18n::ui_language();
    let (root, rubric) = {
        let p = page.borrow();
        let defaults = Rubric::default();
        (p.root.clone(), defaults.with_overrides(&p.overrides).unwrap_or(defaults))
    };
    let dom = Dom::of(&root)?;
    root.set_text_content(None);
    add(&root, &dom.text("h1", "", &t("optionsTitle"))?)?;
    add(&root, &dom.text("p", "explain", &t_with("optionsIntro", &[&rubric.version.to_string()]))?)?;
    add(&root, &preview(&dom)?)?;
    add(&root, &tools(&dom, page)?)?;
    for category in &rubric.categories {
        let fieldset = dom.el("fieldset", "category")?;
        add(&fieldset, &dom.text("legend", "", category.title.get(language))?)?;
        for q in rubric.questions.iter().filter(|q| q.category == category.id) {
            add(&fieldset, &question_block(&dom, q, language, page)?)?;
        }
        add(&root, &fieldset)?;
    }
    // After the questions: how their answers become a grade.
    add(&root, &grading_block(&dom, &rubric, page)?)?;
    update_preview(page)
}

fn preview(dom: &Dom) -> Result<Element, JsValue> {
    let section = dom.el("section", "preview")?;
    section.set_attribute("aria-live", "polite")?;
    add(&section, &dom.text("h2", "", &t("optionsPreview"))?)?;
    for id in ["preview-sample", "preview-last"] {
        let row = dom.el("p", "preview-row")?;
        row.set_id(id);
        add(&section, &row)?;
    }
    Ok(section)
}

/// Rescores the sample and the last site with the current settings and shows the results.
fn update_preview(page: &Shared) -> Result<(), JsValue> {
    let p = page.borrow();
    let rubric = Rubric::default().with_overrides(&p.overrides).unwrap_or_default();
    let doc = p.root.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let show = |id: &str, name: &str, report: Option<&Report>| {
        let Some(row) = doc.get_element_by_id(id) else { return };
        let text = match report {
            Some(report) => {
                let mut report = report.clone();
                report.rescore(&rubric);
                let why = crate::score::reason_line(&report.reasons, &rubric, super::i18n::ui_language());
                match (report.grade, report.score) {
                    (Some(grade), Some(score)) if !why.is_empty() => {
                        t_with("optionsPreviewRowWhy", &[name, &grade.to_string(), &score.to_string(), &why])
                    }
                    (Some(grade), Some(score)) => t_with("optionsPreviewRow", &[name, &grade.to_string(), &score.to_string()]),
                    _ => t_with("optionsPreviewNone", &[name]),
                }
            }
            None => t("optionsPreviewNoSite"),
        };
        row.set_text_content(Some(&text));
    };
    show("preview-sample", &t("optionsSample"), Some(&p.sample));
    match &p.last {
        Some((site, report)) => show("preview-last", site, Some(report)),
        None => show("preview-last", "", None),
    }
    Ok(())
}

/// Applies a change to the overrides, saves them and refreshes the preview.
fn change(page: &Shared, edit: impl FnOnce(&mut Overrides)) {
    let saved = {
        let mut p = page.borrow_mut();
        edit(&mut p.overrides);
        // Plain objects, not JS Maps: storage and sendMessage only keep JSON-compatible values.
        serde::Serialize::serialize(&p.overrides, &serde_wasm_bindgen::Serializer::json_compatible())
            .map(|v| (p.actions.clone(), v))
    };
    if let Ok((actions, value)) = saved {
        // `save` resolves to null, or to the reason the browser refused the write (e.g. a quota).
        if let Some(promise) = call(&actions, "save", &value).and_then(|v| v.dyn_into::<js_sys::Promise>().ok()) {
            let page = page.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(Some(reason)) = wasm_bindgen_futures::JsFuture::from(promise).await.map(|v| v.as_string()) {
                    set_status(&page, &t_with("optionsSaveFailed", &[&reason]), true);
                }
            });
        }
    }
    let _ = update_preview(page);
}

fn tools(dom: &Dom, page: &Shared) -> Result<Element, JsValue> {
    let bar = dom.el("div", "tools")?;
    let status = dom.el("p", "status")?;
    status.set_id("import-status");
    status.set_attribute("role", "alert")?;

    let export = button(dom, &t("optionsExport"), "export")?;
    let shared = page.clone();
    gloo::events::EventListener::new(&export, "click", move |_| {
        let p = shared.borrow();
        // Indented by the browser's JSON.stringify (two spaces, as serde_json's pretty printer did):
        // serde_json's writer would be in the wasm for this file alone.
        let json = super::to_js(&p.overrides)
            .ok()
            .and_then(|v| js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &JsValue::from(2)).ok());
        if let Some(json) = json {
            call(&p.actions, "download", &json);
        }
    })
    .forget();

    let label = dom.text("label", "button-like", &t("optionsImport"))?;
    label.set_attribute("for", "import")?;
    let file: HtmlInputElement = dom.el("input", "visually-hidden")?.dyn_into()?;
    file.set_type("file");
    file.set_id("import");
    file.set_accept("application/json,.json");
    let (shared, input) = (page.clone(), file.clone());
    gloo::events::EventListener::new(&file, "change", move |_| {
        let Some(chosen) = input.files().and_then(|list| list.get(0)) else { return };
        let (shared, status, input) = (shared.clone(), status_of(&shared), input.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(chosen.text()).await.ok().and_then(|v| v.as_string());
            input.set_value("");
            let result = text.ok_or_else(|| t("optionsImportUnreadable")).and_then(|json| {
                Overrides::parse(&json).map_err(|problems| t_with("optionsImportError", &[&in_words(&problems)]))
            });
            match result {
                Ok(overrides) => {
                    change(&shared, |o| *o = overrides);
                    let _ = redraw(&shared);
                    set_status(&shared, &t("optionsImported"), false);
                }
                // Nothing is saved: the previous settings stay as they were.
                Err(message) => {
                    if let Some(status) = status {
                        status.set_text_content(Some(&message));
                        status.set_class_name("status error");
                    }
                }
            }
        });
    })
    .forget();

    let reset = button(dom, &t("optionsResetAll"), "reset-all")?;
    let shared = page.clone();
    gloo::events::EventListener::new(&reset, "click", move |_| {
        change(&shared, |o| *o = Overrides::default());
        let _ = redraw(&shared);
        set_status(&shared, &t("optionsResetDone"), false);
    })
    .forget();

    Dom::append(&bar, &[&export, &label, &file, &reset])?;
    let wrap = dom.el("div", "")?;
    Dom::append(&wrap, &[&bar, &status])?;
    Ok(wrap)
}

fn status_of(page: &Shared) -> Option<Element> {
    page.borrow().root.owner_document()?.get_element_by_id("import-status")
}

fn set_status(page: &Shared, text: &str, error: bool) {
    if let Some(status) = status_of(page) {
        status.set_text_content(Some(text));
        status.set_class_name(if error { "status error" } else { "status" });
    }
}

fn button(dom: &Dom, label: &str, id: &str) -> Result<Element, JsValue> {
    let button = dom.text("button", "", label)?;
    button.set_attribute("type", "button")?;
    button.set_id(id);
    Ok(button)
}

fn number(dom: &Dom, id: &str, value: u32, label: &str) -> Result<HtmlInputElement, JsValue> {
    number_in(dom, id, value, (0, MAX_VALUE), label)
}

fn number_in(dom: &Dom, id: &str, value: u32, (min, max): (u32, u32), label: &str) -> Result<HtmlInputElement, JsValue> {
    let input: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
    input.set_type("number");
    input.set_id(id);
    input.set_min(&min.to_string());
    input.set_max(&max.to_string());
    input.set_value(&value.to_string());
    input.set_attribute("aria-label", label)?;
    Ok(input)
}

/// A valid 0..=MAX_VALUE number from an input, or `None` (the input then shows it is invalid).
fn read_number(input: &HtmlInputElement) -> Option<u32> {
    read_number_in(input, 0..=MAX_VALUE)
}

/// A number in `range` from an input, or `None` (the input then shows it is invalid).
fn read_number_in(input: &HtmlInputElement, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let value = input.value().trim().parse::<u32>().ok().filter(|v| range.contains(v));
    mark_valid(input, value.is_some());
    value
}

fn mark_valid(input: &HtmlInputElement, valid: bool) {
    let _ = input.set_attribute("aria-invalid", if valid { "false" } else { "true" });
}

/// A rule's conditions as the facts they name, in the UI language ("Sells your data").
fn rule_label(rubric: &Rubric, when: &[Condition], language: UiLanguage) -> String {
    when.iter()
        .map(|c| {
            let facts: Vec<&str> =
                c.answers.iter().filter_map(|a| rubric.grading.fact(&c.question, a)).map(|t| t.get(language)).collect();
            facts.join(" / ")
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The grading section: the score bands, and a switch per dealbreaker and strength.
fn grading_block(dom: &Dom, rubric: &Rubric, page: &Shared) -> Result<Element, JsValue> {
    let language = super::i18n::ui_language();
    let fieldset = dom.el("fieldset", "category grading")?;
    fieldset.set_id("grading");
    add(&fieldset, &dom.text("legend", "", &t("optionsGrades"))?)?;
    add(&fieldset, &dom.text("p", "explain", &t("optionsGradesIntro"))?)?;

    let bands = dom.el("div", "thresholds")?;
    let inputs: Rc<RefCell<Vec<(Grade, HtmlInputElement)>>> = Rc::new(RefCell::new(Vec::new()));
    for grade in crate::rubric::grading::BANDED {
        let id = format!("threshold-{grade}");
        let label_text = t_with("optionsThreshold", &[&grade.to_string()]);
        let input = number_in(dom, &id, rubric.grading.thresholds.lowest(grade), (1, 100), &label_text)?;
        let label = dom.text("label", "small", &label_text)?;
        label.set_attribute("for", &id)?;
        let cell = dom.el("span", "threshold")?;
        Dom::append(&cell, &[&label, &input])?;
        add(&bands, &cell)?;
        inputs.borrow_mut().push((grade, input));
    }
    let invalid = dom.text("p", "status error", "")?;
    invalid.set_id("thresholds-status");
    invalid.set_attribute("role", "alert")?;
    for (_, input) in inputs.borrow().iter() {
        let (shared, all, invalid) = (page.clone(), inputs.clone(), invalid.clone());
        gloo::events::EventListener::new(input, "input", move |_| {
            // All four are read together: the bands must fall from A to D, and only a valid set is saved.
            let read: Option<Vec<(Grade, u32)>> =
                all.borrow().iter().map(|(g, input)| read_number_in(input, 1..=100).map(|v| (*g, v))).collect();
            let Some(read) = read else { return };
            let lowest: Vec<u32> = read.iter().map(|(_, v)| *v).collect();
            let checked = <[u32; 4]>::try_from(lowest).ok().map(crate::rubric::Thresholds::new);
            let valid = matches!(checked, Some(Ok(_)));
            for (_, input) in all.borrow().iter() {
                mark_valid(input, valid);
            }
            invalid.set_text_content(Some(&if valid { String::new() } else { t("optionsThresholdsInvalid") }));
            if !valid {
                return;
            }
            let defaults = Rubric::default().grading.thresholds;
            change(&shared, |o| {
                o.thresholds.clear();
                for (grade, lowest) in read.iter().filter(|(g, v)| defaults.lowest(*g) != *v) {
                    o.thresholds.insert(*grade, *lowest);
                }
            });
        })
        .forget();
    }
    Dom::append(&fieldset, &[&bands, &invalid])?;

    let rules: Vec<(&str, bool, String)> = rubric
        .grading
        .dealbreakers
        .iter()
        .map(|d| {
            let text = t_with("optionsDealbreaker", &[&rule_label(rubric, &d.when, language), &d.cap.to_string()]);
            (d.id.as_str(), d.enabled, text)
        })
        .chain(rubric.grading.strengths.iter().map(|s| {
            (s.id.as_str(), s.enabled, t_with("optionsStrength", &[&rule_label(rubric, &s.when, language)]))
        }))
        .collect();
    let list = dom.el("ul", "rules")?;
    for (id, enabled, text) in rules {
        let li = dom.el("li", "rule")?;
        li.set_attribute("data-rule", id)?;
        let input: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
        input.set_type("checkbox");
        input.set_id(&format!("rule-{id}"));
        input.set_checked(enabled);
        let label = dom.text("label", "", &text)?;
        label.set_attribute("for", &format!("rule-{id}"))?;
        Dom::append(&li, &[&input, &label])?;
        add(&list, &li)?;
        let (id, shared, target) = (id.to_string(), page.clone(), input.clone());
        gloo::events::EventListener::new(&input, "change", move |_| {
            let on = target.checked();
            change(&shared, |o| {
                if on { o.disabled_rules.remove(&id) } else { o.disabled_rules.insert(id.clone()) };
            });
        })
        .forget();
    }
    add(&fieldset, &list)?;
    Ok(fieldset)
}

fn question_block(dom: &Dom, q: &Question, language: UiLanguage, page: &Shared) -> Result<Element, JsValue> {
    let text = q.text.get(language);
    let defaults = Rubric::default();
    let default = defaults.question(&q.id).cloned().ok_or_else(|| JsValue::from_str("unknown question"))?;
    let block = dom.el("div", "question")?;
    block.set_attribute("data-question", &q.id)?;

    let enabled: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
    enabled.set_type("checkbox");
    enabled.set_id(&format!("{}-enabled", q.id));
    enabled.set_checked(q.enabled);
    let label = dom.text("label", "qtext", text)?;
    label.set_attribute("for", &format!("{}-enabled", q.id))?;
    let weight = number(dom, &format!("{}-weight", q.id), q.weight, &t_with("optionsWeightOf", &[text]))?;
    let weight_label = dom.text("label", "small", &t("optionsWeight"))?;
    weight_label.set_attribute("for", &format!("{}-weight", q.id))?;
    let reset = button(dom, &t("optionsReset"), &format!("{}-reset", q.id))?;
    reset.set_class_name("quiet");
    let head = dom.el("div", "question-head")?;
    Dom::append(&head, &[&enabled, &label, &weight_label, &weight, &reset])?;
    add(&block, &head)?;

    let (id, shared, input) = (q.id.clone(), page.clone(), enabled.clone());
    gloo::events::EventListener::new(&enabled, "change", move |_| {
        let on = input.checked();
        change(&shared, |o| {
            if on { o.disabled.remove(&id) } else { o.disabled.insert(id.clone()) };
        });
    })
    .forget();
    let (id, shared, input, default_weight) = (q.id.clone(), page.clone(), weight.clone(), default.weight);
    gloo::events::EventListener::new(&weight, "input", move |_| {
        let Some(value) = read_number(&input) else { return };
        change(&shared, |o| {
            if value == default_weight { o.weights.remove(&id) } else { o.weights.insert(id.clone(), value) };
        });
    })
    .forget();
    let (id, shared) = (q.id.clone(), page.clone());
    gloo::events::EventListener::new(&reset, "click", move |_| {
        change(&shared, |o| {
            o.weights.remove(&id);
            o.disabled.remove(&id);
            o.points.remove(&id);
        });
        let _ = redraw(&shared);
    })
    .forget();

    let answers = dom.el("ul", "answer-points")?;
    for answer in &q.answers {
        let li = dom.el("li", "")?;
        let input_id = format!("{}-{}-points", q.id, answer.id);
        let input = number(dom, &input_id, answer.points, &t_with("optionsPointsOf", &[answer.label.get(language), text]))?;
        let label = dom.text("label", "", answer.label.get(language))?;
        label.set_attribute("for", &input_id)?;
        label.set_attribute("title", answer.explanation.get(language))?;
        Dom::append(&li, &[&input, &label])?;
        add(&answers, &li)?;
        let default_points = default.answers.iter().find(|a| a.id == answer.id).map_or(0, |a| a.points);
        let (qid, aid, shared, target) = (q.id.clone(), answer.id.clone(), page.clone(), input.clone());
        gloo::events::EventListener::new(&input, "input", move |_| {
            let Some(value) = read_number(&target) else { return };
            change(&shared, |o| {
                let entry = o.points.entry(qid.clone()).or_default();
                if value == default_points { entry.remove(&aid) } else { entry.insert(aid.clone(), value) };
                if entry.is_empty() {
                    o.points.remove(&qid);
                }
            });
        })
        .forget();
    }
    add(&block, &answers)?;
    Ok(block)
}
