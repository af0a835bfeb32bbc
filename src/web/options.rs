//! The options page, generated from the engine's rubric.
//!
//! The page never holds a copy of the rubric: it renders [`Rubric::default`] with the user's
//! [`Overrides`] applied, and every change is turned back into overrides (only the differences from the
//! defaults) and handed to the JavaScript `save` callback.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use super::dom::{add, call, Dom};
use crate::rubric::{Question, MAX_VALUE};
use crate::{Overrides, Rubric};

pub(crate) fn render(root: &Element, overrides: Overrides, actions: &js_sys::Object) -> Result<(), JsValue> {
    let dom = Dom::of(root)?;
    root.set_text_content(None);
    let defaults = Rubric::default();
    let rubric = defaults.with_overrides(&overrides).unwrap_or_else(|_| defaults.clone());
    let state = Rc::new(RefCell::new(overrides));
    add(&root, &dom.text("h1", "", "Clausewise rubric")?)?;
    add(&root, &dom.text(
        "p",
        "explain",
        &format!("Rubric version {}. Choose which questions count and how much.", rubric.version),
    )?)?;
    for category in &rubric.categories {
        let fieldset = dom.el("fieldset", "category")?;
        add(&fieldset, &dom.text("legend", "", &category.title)?)?;
        for q in rubric.questions.iter().filter(|q| q.category == category.id) {
            add(&fieldset, &question_row(&dom, q, &state, actions)?)?;
        }
        add(&root, &fieldset)?;
    }
    Ok(())
}

fn question_row(
    dom: &Dom,
    q: &Question,
    state: &Rc<RefCell<Overrides>>,
    actions: &js_sys::Object,
) -> Result<Element, JsValue> {
    let row = dom.el("div", "question")?;
    row.set_attribute("data-question", &q.id)?;
    let enabled = input(dom, "checkbox", &format!("{}-enabled", q.id))?;
    enabled.set_checked(q.enabled);
    let label = dom.text("label", "qtext", &q.text)?;
    label.set_attribute("for", &format!("{}-enabled", q.id))?;
    let weight = input(dom, "number", &format!("{}-weight", q.id))?;
    weight.set_min("0");
    weight.set_max(&MAX_VALUE.to_string());
    weight.set_value(&q.weight.to_string());
    weight.set_attribute("aria-label", &format!("Weight of: {}", q.text))?;
    Dom::append(&row, &[&enabled, &label, &weight])?;

    let id = q.id.clone();
    on_change(&enabled, state, actions, move |o, input| {
        if input.checked() {
            o.disabled.remove(&id);
        } else {
            o.disabled.insert(id.clone());
        }
    });
    let (id, default_weight) = (q.id.clone(), Rubric::default().question(&q.id).map_or(0, |d| d.weight));
    on_change(&weight, state, actions, move |o, input| match input.value().parse::<u32>() {
        Ok(w) if w <= MAX_VALUE && w != default_weight => {
            o.weights.insert(id.clone(), w);
        }
        Ok(w) if w == default_weight => {
            o.weights.remove(&id);
        }
        _ => {}
    });
    Ok(row)
}

fn input(dom: &Dom, kind: &str, id: &str) -> Result<HtmlInputElement, JsValue> {
    let input: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
    input.set_type(kind);
    input.set_id(id);
    Ok(input)
}

/// Applies `change` to the overrides whenever `input` changes, then saves them.
fn on_change(
    input: &HtmlInputElement,
    state: &Rc<RefCell<Overrides>>,
    actions: &js_sys::Object,
    change: impl Fn(&mut Overrides, &HtmlInputElement) + 'static,
) {
    let (state, actions, target) = (state.clone(), actions.clone(), input.clone());
    gloo::events::EventListener::new(input, "change", move |_| {
        let mut overrides = state.borrow_mut();
        change(&mut overrides, &target);
        if let Ok(value) = serde_wasm_bindgen::to_value(&*overrides) {
            call(&actions, "save", &value);
        }
    })
    .forget();
}
