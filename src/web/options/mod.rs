//! The options page, generated from the engine's rubric.
//!
//! The page never holds a copy of the rubric: it renders [`Rubric::default`] with the user's
//! [`Overrides`] applied. Every change is turned back into overrides (only the differences from the
//! defaults), handed to the JavaScript `save` callback, and shown at once in a live preview that
//! rescores a sample policy and the last analyzed site without reading either again, and in what
//! each question is worth in points.
//!
//! Two layers: by default each question has a switch and an importance ([`question`]); the advanced
//! switch adds its raw weight and the points of each answer. The advanced layer opens by itself when
//! the settings hold raw values, so nothing that counts is out of sight; it is not saved, as it is a
//! way of looking at the settings, not one of them. The grading section ([`grading`]) switches
//! dealbreakers and strengths on and off and moves the score bands.

mod grading;
mod question;

use std::cell::RefCell;
use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use super::dom::{add, call, Dom};
use super::i18n::{t, t_with};
use crate::extract::Format;
use crate::rubric::{SettingsProblem, MAX_VALUE};
use crate::{Overrides, Report, Rubric};

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
    /// Whether raw weights and answer points are shown.
    advanced: bool,
}

type Shared = Rc<RefCell<Page>>;

pub(crate) fn render(root: &Element, start: Start, actions: &js_sys::Object) -> Result<(), JsValue> {
    // HTML, which the wasm reads anyway: it is built without the Markdown reader.
    let sample_text = include_str!("../sample-policy.html");
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
        sample,
        last: start.last_site.zip(start.last_report),
        advanced: overrides.has_raw_values(),
        overrides,
    }));
    redraw(&page)?;
    if let Some(problem) = problem {
        set_status(&page, &t_with("optionsStoredInvalid", &[&problem]), true);
        keep_unreadable(&page)?;
    }
    Ok(())
}

/// Stored settings, if they still make sense for this rubric; else what is wrong, in the UI's words.
fn checked_overrides(stored: JsValue) -> Result<Overrides, String> {
    let overrides: Overrides =
        serde_wasm_bindgen::from_value(stored).map_err(|e| in_words(&[SettingsProblem::Json(e.to_string())]))?;
    Overrides::checked(overrides).map_err(|problems| in_words(&problems))
}

/// Offers a copy of stored settings that could not be read, before the next change replaces them:
/// they may be a newer version's, or hand-edited, and are the user's work either way. The glue
/// downloads them as it read them (`downloadStored`), with nothing lost to a round trip through Rust.
fn keep_unreadable(page: &Shared) -> Result<(), JsValue> {
    let Some(status) = status_of(page) else { return Ok(()) };
    let copy = button(&Dom::of(&status)?, &t("optionsKeepUnreadable"), "keep-unreadable")?;
    let shared = page.clone();
    gloo::events::EventListener::new(&copy, "click", move |_| {
        call(&shared.borrow().actions, "downloadStored", &JsValue::UNDEFINED);
    })
    .forget();
    status.after_with_node_1(&copy)
}

/// Settings problems in the UI's language (ids and numbers as they are).
fn in_words(problems: &[SettingsProblem]) -> String {
    problems.iter().map(|p| super::i18n::message(&p.message())).collect::<Vec<_>>().join(" ")
}

/// Draws the whole page from the current overrides (after a load, an import or a reset).
fn redraw(page: &Shared) -> Result<(), JsValue> {
    let language = super::i18n::ui_language();
    let (root, rubric, advanced) = {
        let p = page.borrow();
        let defaults = Rubric::default();
        (p.root.clone(), defaults.with_overrides(&p.overrides).unwrap_or(defaults), p.advanced)
    };
    let dom = Dom::of(&root)?;
    root.set_text_content(None);
    // The stylesheet hides one layer or the other by this class.
    root.set_class_name(if advanced { "advanced" } else { "basic" });
    add(&root, &dom.text("h1", "", &t("optionsTitle"))?)?;
    add(&root, &dom.text("p", "explain", &t_with("optionsIntro", &[&rubric.version.to_string()]))?)?;
    add(&root, &preview(&dom)?)?;
    add(&root, &tools(&dom, page)?)?;
    add(&root, &advanced_switch(&dom, page, advanced)?)?;
    for category in &rubric.categories {
        let fieldset = dom.el("fieldset", "category")?;
        add(&fieldset, &dom.text("legend", "", category.title.get(language))?)?;
        for q in rubric.questions.iter().filter(|q| q.category == category.id) {
            let custom = page.borrow().overrides.has_raw_values_for(&q.id);
            add(&fieldset, &question::question_block(&dom, q, language, page, custom)?)?;
        }
        add(&root, &fieldset)?;
    }
    // After the questions: how their answers become a grade.
    add(&root, &grading::grading_block(&dom, &rubric, page)?)?;
    update_preview(page)
}

/// The switch that shows raw weights and answer points. Switching redraws the page (the basic view
/// then notes the questions with raw values) and keeps the focus on the switch.
fn advanced_switch(dom: &Dom, page: &Shared, on: bool) -> Result<Element, JsValue> {
    let row = dom.el("p", "switch")?;
    let input = checkbox(dom, "advanced", on)?;
    Dom::append(&row, &[&input, &label(dom, "", &t("optionsAdvanced"), "advanced")?])?;
    let (shared, target) = (page.clone(), input.clone());
    gloo::events::EventListener::new(&input, "change", move |_| {
        shared.borrow_mut().advanced = target.checked();
        let _ = redraw(&shared);
        let doc = shared.borrow().root.owner_document();
        if let Some(switch) = doc.and_then(|d| d.get_element_by_id("advanced")).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = switch.focus();
        }
    })
    .forget();
    Ok(row)
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
    for (id, most) in crate::score::most_points(&rubric) {
        if let Some(share) = doc.get_element_by_id(&question::share_id(id)) {
            let text = if most == 0 { t("optionsShareNone") } else { t_with("optionsShare", &[&most.to_string()]) };
            share.set_text_content(Some(&text));
        }
    }
    show("preview-sample", &t("optionsSample"), Some(&p.sample));
    match &p.last {
        Some((site, report)) => show("preview-last", site, Some(report)),
        None => show("preview-last", "", None),
    }
    Ok(())
}

/// Applies a change to the overrides, saves them and refreshes the preview.
fn change(page: &Shared, edit: impl FnOnce(&mut Overrides)) {
    edit(&mut page.borrow_mut().overrides);
    save(page);
}

/// Saves the overrides and refreshes the preview. Apart from [`change`], which is generic, so that
/// its many callers share one copy of this in the wasm.
#[inline(never)]
fn save(page: &Shared) {
    let saved = {
        let p = page.borrow();
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

    let label = label(dom, "button-like", &t("optionsImport"), "import")?;
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
                    shared.borrow_mut().advanced |= overrides.has_raw_values();
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

/// A checkbox, checked or not.
fn checkbox(dom: &Dom, id: &str, checked: bool) -> Result<HtmlInputElement, JsValue> {
    let input: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
    input.set_type("checkbox");
    input.set_id(id);
    input.set_checked(checked);
    Ok(input)
}

/// The label of the control `for_id`.
fn label(dom: &Dom, class: &str, text: &str, for_id: &str) -> Result<Element, JsValue> {
    let label = dom.text("label", class, text)?;
    label.set_attribute("for", for_id)?;
    Ok(label)
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
