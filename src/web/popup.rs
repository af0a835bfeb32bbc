//! The popup: the grade of the current tab's site and the evidence behind it.
//!
//! Every tab state has its own screen. A graded report lists the answers worst first, grouped by
//! category, each with its quotes linked to the sentence on the policy page, and ends with what the
//! grade is made of.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{add, call, Dom};
use crate::link::quote_link;
use crate::rubric::Question;
use crate::{Overrides, Report, Rubric, TabState};

/// What the popup is asked to show.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct View {
    /// The site (registrable domain or host) of the current tab.
    #[serde(default)]
    site: String,
    /// Where the analysis of the tab stands.
    state: TabState,
    /// The report, when one exists.
    #[serde(default)]
    report: Option<Report>,
    /// When the report was made, as a human-readable string from the browser's locale.
    #[serde(default)]
    analyzed_at: Option<String>,
    /// The user's rubric settings.
    #[serde(default)]
    overrides: Option<Overrides>,
}

pub(crate) fn render(root: &Element, view: &View, actions: &js_sys::Object) -> Result<(), JsValue> {
    let dom = Dom::of(root)?;
    root.set_text_content(None);
    let header = dom.el("header", "bar")?;
    Dom::append(&header, &[&dom.text("span", "brand", "Clausewise")?, &dom.text("span", "site", &view.site)?])?;
    add(&root, &header)?;
    let main = dom.el("main", "")?;
    main.set_attribute("data-state", state_name(&view.state))?;
    add(&root, &main)?;
    match (&view.state, &view.report) {
        (TabState::Done { .. }, Some(report)) => {
            let rubric = Rubric::default().with_overrides(&view.overrides.clone().unwrap_or_default()).unwrap_or_default();
            render_report(&dom, &main, report, &rubric, view.analyzed_at.as_deref(), actions)
        }
        (TabState::Analyzing, _) => {
            let p = dom.text("p", "status", "Finding and reading the privacy policy…")?;
            p.set_attribute("role", "status")?;
            Dom::append(&main, &[&p, &dom.el("progress", "")?])
        }
        (TabState::NoPolicy, _) => message(
            &dom,
            &main,
            "No privacy policy found",
            "This page does not link to a privacy policy that Clausewise could find.",
            actions,
        ),
        (TabState::NotReadable { reason }, _) => {
            message(&dom, &main, "The policy cannot be read", reason, actions)
        }
        (TabState::Error { message: why }, _) => message(&dom, &main, "Something went wrong", why, actions),
        _ => message(
            &dom,
            &main,
            "Not analyzed yet",
            "Clausewise reads this site's privacy policy on your device. Nothing is sent anywhere.",
            actions,
        ),
    }
}

fn state_name(state: &TabState) -> &'static str {
    match state {
        TabState::Idle => "idle",
        TabState::Analyzing => "analyzing",
        TabState::NoPolicy => "no_policy",
        TabState::NotReadable { .. } => "not_readable",
        TabState::Error { .. } => "error",
        TabState::Done { .. } => "done",
    }
}

/// A state screen: a title, an explanation and the button that (re)starts the analysis.
fn message(dom: &Dom, main: &Element, title: &str, text: &str, actions: &js_sys::Object) -> Result<(), JsValue> {
    let button = analyze_button(dom, "Analyze this site", actions)?;
    Dom::append(main, &[&dom.text("h1", "", title)?, &dom.text("p", "explain", text)?, &button])
}

fn analyze_button(dom: &Dom, label: &str, actions: &js_sys::Object) -> Result<Element, JsValue> {
    let button = dom.text("button", "primary", label)?;
    button.set_attribute("type", "button")?;
    button.set_attribute("id", "analyze")?;
    let actions = actions.clone();
    gloo::events::EventListener::new(&button, "click", move |_| call(&actions, "analyze", &JsValue::UNDEFINED))
        .forget();
    Ok(button)
}

fn render_report(
    dom: &Dom,
    main: &Element,
    report: &Report,
    rubric: &Rubric,
    analyzed_at: Option<&str>,
    actions: &js_sys::Object,
) -> Result<(), JsValue> {
    let summary = dom.el("section", "summary")?;
    let grade = report.grade.map(|g| g.to_string()).unwrap_or_default();
    let letter = dom.text("div", &format!("grade grade-{grade}"), &grade)?;
    letter.set_attribute("aria-label", &format!("Grade {grade}"))?;
    let facts = dom.el("div", "facts")?;
    let score = report.score.map(|s| format!("Score {s} / 100")).unwrap_or_default();
    let title = if report.title.is_empty() { "Privacy policy" } else { report.title.as_str() };
    Dom::append(&facts, &[&dom.text("p", "score", &score)?, &dom.link("policy", title, &report.url)?])?;
    if let Some(when) = analyzed_at {
        add(&facts, &dom.text("p", "when", &format!("Analyzed {when}"))?)?;
    }
    add(&facts, &analyze_button(dom, "Re-analyze", actions)?)?;
    Dom::append(&summary, &[&letter, &facts])?;
    add(&main, &summary)?;

    // Worst first: the answers that cost the most points lead, grouped under their category.
    let mut rows: Vec<(&Question, &crate::Finding, f64)> = report
        .findings
        .iter()
        .filter_map(|f| {
            let q = rubric.question(&f.question).filter(|q| q.enabled)?;
            let points = q.answers.iter().find(|a| a.id == f.answer).map_or(0, |a| a.points);
            let lost = f64::from(q.weight * (crate::rubric::MAX_VALUE - points.min(crate::rubric::MAX_VALUE)));
            Some((q, f, lost))
        })
        .collect();
    rows.sort_by(|a, b| b.2.total_cmp(&a.2));
    let mut categories: Vec<&str> = Vec::new();
    for (q, _, _) in &rows {
        if !categories.contains(&q.category.as_str()) {
            categories.push(&q.category);
        }
    }
    for category in categories {
        let title = rubric.categories.iter().find(|c| c.id == category).map_or(category, |c| c.title.as_str());
        let section = dom.el("section", "category")?;
        add(&section, &dom.text("h2", "", title)?)?;
        let list = dom.el("ul", "answers")?;
        for (q, finding, _) in rows.iter().filter(|(q, _, _)| q.category == category) {
            add(&list, &answer_row(dom, q, finding, &report.url)?)?;
        }
        add(&section, &list)?;
        add(&main, &section)?;
    }
    add(&main, &breakdown(dom, report, rubric)?)?;
    Ok(())
}

fn answer_row(dom: &Dom, q: &Question, finding: &crate::Finding, policy_url: &str) -> Result<Element, JsValue> {
    let li = dom.el("li", "answer")?;
    li.set_attribute("data-question", &q.id)?;
    li.set_attribute("data-answer", &finding.answer)?;
    let answer = q.answers.iter().find(|a| a.id == finding.answer);
    let label = answer.map_or(finding.answer.as_str(), |a| a.label.as_str());
    let head = dom.el("div", "qa")?;
    Dom::append(&head, &[&dom.text("span", "question", &q.text)?, &dom.text("span", "label", label)?])?;
    add(&li, &head)?;
    if let Some(answer) = answer {
        add(&li, &dom.text("p", "meaning", &answer.explanation)?)?;
    }
    for quote in &finding.evidence {
        let block = dom.el("blockquote", "quote")?;
        let link = dom.link("quote-link", &quote.text, &quote_link(policy_url, &quote.text))?;
        link.set_attribute("title", "Open this sentence on the policy page")?;
        add(&block, &link)?;
        add(&li, &block)?;
    }
    Ok(li)
}

fn breakdown(dom: &Dom, report: &Report, rubric: &Rubric) -> Result<Element, JsValue> {
    let details = dom.el("details", "breakdown")?;
    add(&details, &dom.text("summary", "", "What the grade is made of")?)?;
    let table = dom.el("table", "")?;
    for part in &report.contributions {
        let row = dom.el("tr", "")?;
        let question = rubric.question(&part.question).map_or(part.question.as_str(), |q| q.text.as_str());
        Dom::append(
            &row,
            &[&dom.text("td", "", question)?, &dom.text("td", "num", &format!("{:.1} / {:.1}", part.earned, part.possible))?],
        )?;
        add(&table, &row)?;
    }
    add(&details, &table)?;
    Ok(details)
}
