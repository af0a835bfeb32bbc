//! The options page's grading section: the score bands, and a switch per dealbreaker and strength.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlInputElement};

use super::{change, checkbox, label, mark_valid, number_in, read_number_in, Shared};
use crate::web::dom::{add, Dom};
use crate::web::i18n::{t, t_with};
use crate::rubric::{Condition, UiLanguage};
use crate::{Grade, Rubric};

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
pub(super) fn grading_block(dom: &Dom, rubric: &Rubric, page: &Shared) -> Result<Element, JsValue> {
    let language = crate::web::i18n::ui_language();
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
        let label = label(dom, "small", &label_text, &id)?;
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
        let input = checkbox(dom, &format!("rule-{id}"), enabled)?;
        let label = label(dom, "", &text, &format!("rule-{id}"))?;
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

