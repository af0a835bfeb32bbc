//! One question on the options page: its switch, how important it is to the user and what that is
//! worth in points (kept current by the preview); on the advanced layer its raw weight and the
//! points of each answer.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlSelectElement};

use super::{button, change, checkbox, label, number, read_number, redraw, Shared};
use crate::rubric::{Importance, Question, UiLanguage};
use crate::web::dom::{add, Dom};
use crate::web::i18n::{t, t_with};
use crate::Rubric;

/// The id of the element that says what a question is worth in points.
pub(super) fn share_id(question: &str) -> String {
    format!("{question}-share")
}

/// The block of question `q` as the settings make it; `custom` when the settings give it raw weights
/// or points, which the basic view then mentions (they still count while hidden).
pub(super) fn question_block(dom: &Dom, q: &Question, language: UiLanguage, page: &Shared, custom: bool) -> Result<Element, JsValue> {
    let text = q.text.get(language);
    let defaults = Rubric::default();
    let default = defaults.question(&q.id).ok_or_else(|| JsValue::from_str("unknown question"))?;
    let block = dom.el("div", "question")?;
    block.set_attribute("data-question", &q.id)?;

    let enabled = checkbox(dom, &format!("{}-enabled", q.id), q.enabled)?;
    let head = dom.el("div", "question-head")?;
    Dom::append(&head, &[&enabled, &label(dom, "qtext", text, &format!("{}-enabled", q.id))?])?;

    let importance = importance_select(dom, q, text)?;
    let share = dom.el("span", "share small")?;
    share.set_id(&share_id(&q.id));
    // The raw weight: multiplied by the importance, so both can be set.
    let weight = number(dom, &format!("{}-weight", q.id), q.weight, &t_with("optionsWeightOf", &[text]))?;
    let weighted = dom.el("span", "advanced-only")?;
    Dom::append(&weighted, &[&label(dom, "small", &t("optionsWeight"), &format!("{}-weight", q.id))?, &weight])?;
    let reset = button(dom, &t("optionsReset"), &format!("{}-reset", q.id))?;
    reset.set_class_name("quiet");
    let controls = dom.el("div", "question-controls")?;
    Dom::append(&controls, &[&importance, &share, &weighted, &reset])?;
    if custom {
        add(&controls, &dom.text("span", "small basic-only", &t("optionsCustom"))?)?;
    }
    Dom::append(&block, &[&head, &controls])?;

    let (id, shared, input) = (q.id.clone(), page.clone(), enabled.clone());
    gloo::events::EventListener::new(&enabled, "change", move |_| {
        let on = input.checked();
        change(&shared, |o| {
            if on { o.disabled.remove(&id) } else { o.disabled.insert(id.clone()) };
        });
    })
    .forget();
    let (id, shared, select) = (q.id.clone(), page.clone(), importance.clone());
    gloo::events::EventListener::new(&importance, "change", move |_| {
        let Some(chosen) = Importance::from_id(&select.value()) else { return };
        change(&shared, |o| o.set_importance(&id, chosen));
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
            o.set_importance(&id, Importance::Normal);
            o.weights.remove(&id);
            o.disabled.remove(&id);
            o.points.remove(&id);
        });
        let _ = redraw(&shared);
    })
    .forget();

    add(&block, &answer_points(dom, q, default, text, language, page)?)?;
    Ok(block)
}

/// The importance as a choice of its three names, the current one selected.
fn importance_select(dom: &Dom, q: &Question, text: &str) -> Result<HtmlSelectElement, JsValue> {
    let select: HtmlSelectElement = dom.el("select", "")?.dyn_into()?;
    select.set_id(&format!("{}-importance", q.id));
    select.set_attribute("aria-label", &t_with("optionsImportanceOf", &[text]))?;
    for importance in Importance::ALL {
        let option = dom.text("option", "", &t(importance.message_key()))?;
        option.set_attribute("value", importance.id())?;
        if importance == q.importance {
            option.set_attribute("selected", "")?;
        }
        add(&select, &option)?;
    }
    Ok(select)
}

/// The points of each answer (advanced).
fn answer_points(dom: &Dom, q: &Question, default: &Question, text: &str, language: UiLanguage, page: &Shared) -> Result<Element, JsValue> {
    let answers = dom.el("ul", "answer-points advanced-only")?;
    for answer in &q.answers {
        let li = dom.el("li", "")?;
        let input_id = format!("{}-{}-points", q.id, answer.id);
        let input = number(dom, &input_id, answer.points, &t_with("optionsPointsOf", &[answer.label.get(language), text]))?;
        let label = label(dom, "", answer.label.get(language), &input_id)?;
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
    Ok(answers)
}
