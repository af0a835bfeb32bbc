//! What the popup and the full report page share for a graded report: the report scored with the
//! user's settings of the moment, the grade with its score and verdict, and the one-line form of an
//! answer (icon, answer, question).

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{add, Dom};
use super::i18n::{t, t_with};
use crate::rubric::{Text, UiLanguage};
use crate::summary::Line;
use crate::{Overrides, Report, Rubric};

/// The user's rubric: the stored overrides applied to the defaults, or the defaults when the stored
/// value is missing or invalid (storage may hold anything; the options page says what is wrong).
pub(crate) fn rubric_from(overrides: &JsValue) -> Rubric {
    let overrides: Overrides = if overrides.is_null() || overrides.is_undefined() {
        Overrides::default()
    } else {
        serde_wasm_bindgen::from_value(overrides.clone()).unwrap_or_default()
    };
    let defaults = Rubric::default();
    defaults.with_overrides(&overrides).unwrap_or(defaults)
}

/// A stored report scored with `rubric`: stored reports keep answers and evidence, and the score,
/// grade and reasons are the current settings'.
pub(crate) fn scored(stored: &Report, rubric: &Rubric) -> Report {
    let mut report = stored.clone();
    report.rescore(rubric);
    report
}

/// The grade letter beside the score, the verdict (the one or two facts that decided the grade) and
/// where the policy was read (its link, language and, when known, the time of the analysis).
pub(crate) fn grade_block(dom: &Dom, report: &Report, rubric: &Rubric, analyzed_at: Option<&str>) -> Result<Element, JsValue> {
    let language = super::i18n::ui_language();
    let block = dom.el("section", "summary")?;
    let grade = report.grade.map(|g| g.to_string()).unwrap_or_default();
    let letter = dom.text("div", &format!("grade grade-{grade}"), &grade)?;
    letter.set_attribute("role", "img")?;
    letter.set_attribute("aria-label", &t_with("popupGradeLabel", &[&grade]))?;
    letter.set_attribute("aria-describedby", "grade-reason")?;
    let facts = dom.el("div", "facts")?;
    let score = report.score.map(|s| t_with("popupScore", &[&s.to_string()])).unwrap_or_default();
    let verdict = dom.text("p", "reason", &crate::score::reason_line(&report.reasons, rubric, language))?;
    verdict.set_id("grade-reason");
    let ids: Vec<String> = report.reasons.iter().map(|r| format!("{}={}", r.question, r.answer)).collect();
    verdict.set_attribute("data-reasons", &ids.join(" "))?;
    if let Some(by) = report.reasons.first().map(|r| r.by) {
        verdict.set_attribute("data-by", by.id())?;
    }
    let meta = dom.el("p", "meta")?;
    let title = if report.title.is_empty() { t("popupPolicy") } else { report.title.clone() };
    let read_in = dom.text("span", "language", &t_with("popupLanguage", &[&t(crate::tab::language_key(report.language))]))?;
    read_in.set_attribute("data-language", report.language.code())?;
    Dom::append(&meta, &[&dom.link("policy", &title, &report.url)?, &read_in])?;
    if let Some(when) = analyzed_at {
        add(&meta, &dom.text("span", "when", &t_with("popupAnalyzedAt", &[when]))?)?;
    }
    Dom::append(&facts, &[&dom.text("p", "score", &score)?, &verdict, &meta])?;
    Dom::append(&block, &[&letter, &facts])?;
    Ok(block)
}

/// An answer in one line, inside a new `tag` element: its icon (a shape per tone, hidden from
/// screen readers, which read the answer itself), the answer's label and `question`: the question's
/// short form where room is scarce (the popup), its full text where there is room.
pub(crate) fn answer_line(dom: &Dom, tag: &str, line: &Line<'_>, question: &Text, language: UiLanguage) -> Result<Element, JsValue> {
    let tone = line.tone();
    let element = dom.el(tag, "line")?;
    let icon = dom.text("span", &format!("icon {}", tone.name()), tone.icon())?;
    icon.set_attribute("aria-hidden", "true")?;
    let label = line.answer.map_or(line.finding.answer.as_str(), |a| a.label.get(language));
    Dom::append(
        &element,
        &[&icon, &dom.text("span", &format!("label {}", tone.name()), label)?, &dom.text("span", "question", question.get(language))?],
    )?;
    Ok(element)
}

/// The heading and list of one group of answers ("Concerns (3)"), or nothing for an empty group.
pub(crate) fn group(dom: &Dom, parent: &Element, class: &str, key: &str, items: Vec<Element>) -> Result<(), JsValue> {
    if items.is_empty() {
        return Ok(());
    }
    let section = dom.el("section", &format!("group {class}"))?;
    let heading = dom.text("h2", "", &t_with(key, &[&items.len().to_string()]))?;
    heading.set_id(&format!("{class}-heading"));
    section.set_attribute("aria-labelledby", &format!("{class}-heading"))?;
    let list = dom.el("ul", "answers")?;
    for item in &items {
        add(&list, item)?;
    }
    Dom::append(&section, &[&heading, &list])?;
    add(parent, &section)
}

/// The most characters of a quote shown; its link still selects the whole sentence.
const MAX_QUOTE_CHARS: usize = 600;

/// A quote clipped to [`MAX_QUOTE_CHARS`].
pub(crate) fn clip(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTE_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// The address of the full report page of `site`.
pub(crate) fn report_page(site: &str) -> String {
    format!("report.html?site={}", js_sys::encode_uri_component(site))
}
