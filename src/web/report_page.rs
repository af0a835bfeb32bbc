//! The full report page of one site: the policy text as it was read, section by section, with the
//! clauses that decided an answer highlighted and labelled, and the answers beside it; choosing an
//! answer scrolls to its clause.
//!
//! Everything comes from storage (the site's entry and its kept text), so the page works offline and
//! for policies where a text-fragment link cannot land (the page changed, or the sentence spans
//! markup). Scores are worked out from the user's settings of the moment, as in the popup. Policy
//! text only ever enters the page as text.

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use super::dom::{add, Dom};
use super::graded;
use super::i18n::{self, t, t_with};
use crate::rubric::UiLanguage;
use crate::summary::{summarize, Line};
use crate::tab::PolicyText;
use crate::{Report, Rubric};

/// What the report page is asked to show.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct View {
    /// The site the page is about.
    #[serde(default)]
    site: String,
    /// The site's stored report, if there is one.
    #[serde(default)]
    report: Option<Report>,
    /// The kept policy text, if there is one.
    #[serde(default)]
    text: Option<PolicyText>,
    /// When the report was made, already formatted in the browser's locale.
    #[serde(default)]
    analyzed_at: Option<String>,
    /// The user's rubric settings, as stored (checked here: storage may hold anything). Kept as the
    /// JavaScript value and read like every other one (serde-wasm-bindgen), not through serde_json.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    overrides: JsValue,
}

/// The id of the element that shows clause `clause_id`.
fn clause_anchor(clause_id: &str) -> String {
    format!("clause-{clause_id}")
}

pub(crate) fn render(root: &Element, view: &View) -> Result<(), JsValue> {
    let dom = Dom::of(root)?;
    i18n::mark_page_language(root);
    root.set_text_content(None);
    let title = t_with("reportTitle", &[&view.site]);
    if let Some(document) = root.owner_document() {
        document.set_title(&title);
    }
    let header = dom.el("header", "bar")?;
    Dom::append(&header, &[&dom.text("span", "brand", "Clausewise")?, &dom.text("span", "site", &view.site)?])?;
    add(root, &header)?;
    let main = dom.el("main", "report-page")?;
    add(root, &main)?;
    add(&main, &dom.text("h1", "", &title)?)?;
    let Some(stored) = &view.report else {
        main.set_attribute("data-state", "missing")?;
        return add(&main, &dom.text("p", "explain", &t_with("reportNoSite", &[&view.site]))?);
    };
    main.set_attribute("data-state", "done")?;
    let language = i18n::ui_language();
    let rubric = graded::rubric_from(&view.overrides);
    let report = graded::scored(stored, &rubric);
    add(&main, &graded::grade_block(&dom, &report, &rubric, view.analyzed_at.as_deref())?)?;

    let summary = summarize(&report, &rubric);
    let lines: Vec<&Line<'_>> = summary.concerns.iter().chain(&summary.good_signs).collect();
    // The kept text, or for reports kept without it the quoted clauses alone.
    let text = view.text.clone().unwrap_or_else(|| PolicyText::from_evidence(&report));
    let shown: Vec<&str> = text.sections.iter().flat_map(|s| s.clauses.iter().map(|c| c.id.as_str())).collect();

    let columns = dom.el("div", "columns")?;
    let answers = dom.el("nav", "answers-panel")?;
    answers.set_attribute("aria-labelledby", "answers-heading")?;
    let heading = dom.text("h2", "", &t("reportAnswers"))?;
    heading.set_id("answers-heading");
    add(&answers, &heading)?;
    let item = |line: &Line<'_>| answer_item(&dom, line, &shown, language);
    graded::group(&dom, &answers, "concerns", "popupConcerns", summary.concerns.iter().map(item).collect::<Result<_, _>>()?)?;
    graded::group(&dom, &answers, "good-signs", "popupGoodSigns", summary.good_signs.iter().map(item).collect::<Result<_, _>>()?)?;
    add(&answers, &breakdown(&dom, &report, &rubric, language)?)?;

    let article = dom.el("article", "policy-text")?;
    article.set_attribute("aria-labelledby", "text-heading")?;
    let heading = dom.text("h2", "", &t("reportText"))?;
    heading.set_id("text-heading");
    Dom::append(&article, &[&heading, &dom.text("p", "explain", &t("reportIntro"))?])?;
    if view.text.is_none() {
        add(&article, &dom.text("p", "explain notice", &t("reportNoText"))?)?;
    }
    for section in &text.sections {
        let block = dom.el("section", "text-section")?;
        if !section.heading.is_empty() {
            add(&block, &dom.text("h3", "", &section.heading)?)?;
        }
        for clause in &section.clauses {
            // The answers this clause decided, in the order they are listed.
            let decided: Vec<&Line<'_>> =
                lines.iter().copied().filter(|l| l.finding.evidence.iter().any(|e| e.clause_id == clause.id)).collect();
            add(&block, &clause_paragraph(&dom, &clause.id, &clause.text, &decided, language)?)?;
        }
        add(&article, &block)?;
    }
    if text.truncated {
        add(&article, &dom.text("p", "explain notice", &t("reportTruncated"))?)?;
    }
    Dom::append(&columns, &[&answers, &article])?;
    add(&main, &columns)
}

/// One answer beside the text: a button that goes to the first of its clauses the text shows, or
/// the line alone with a note when no shown clause decided it.
fn answer_item(dom: &Dom, line: &Line<'_>, shown: &[&str], language: UiLanguage) -> Result<Element, JsValue> {
    let li = dom.el("li", "answer")?;
    li.set_attribute("data-question", &line.question.id)?;
    li.set_attribute("data-answer", line.finding.answer.as_str())?;
    let target = line.finding.evidence.iter().map(|e| e.clause_id.as_str()).find(|id| shown.contains(id));
    let Some(target) = target else {
        add(&li, &graded::answer_line(dom, "div", line, &line.question.text, language)?)?;
        return add(&li, &dom.text("p", "explain small", &t("reportNoEvidence"))?).map(|()| li);
    };
    let button = graded::answer_line(dom, "button", line, &line.question.text, language)?;
    button.set_attribute("type", "button")?;
    let anchor = clause_anchor(target);
    button.set_attribute("aria-controls", &anchor)?;
    let document = button.owner_document();
    gloo::events::EventListener::new(&button, "click", move |_| {
        let clause = document.as_ref().and_then(|d| d.get_element_by_id(&anchor));
        if let Some(clause) = clause.and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
            clause.scroll_into_view();
            // Focus follows, so keyboard and screen reader users land on the clause too.
            let _ = clause.focus();
        }
    })
    .forget();
    add(&li, &button)?;
    Ok(li)
}

/// A clause of the policy; one that decided answers is highlighted and labelled with them.
fn clause_paragraph(dom: &Dom, id: &str, text: &str, decided: &[&Line<'_>], language: UiLanguage) -> Result<Element, JsValue> {
    let p = dom.el("p", "clause")?;
    p.set_attribute("data-clause", id)?;
    if decided.is_empty() {
        p.set_text_content(Some(text));
        return Ok(p);
    }
    p.set_class_name("clause decided");
    p.set_id(&clause_anchor(id));
    // A target of the answers' buttons: focusable from script, not a tab stop.
    p.set_attribute("tabindex", "-1")?;
    let tags = dom.el("span", "tags")?;
    for line in decided {
        let tag = graded::answer_line(dom, "span", line, &line.question.text, language)?;
        tag.set_attribute("data-question", &line.question.id)?;
        add(&tags, &tag)?;
    }
    Dom::append(&p, &[&tags, &dom.text("mark", "", text)?])?;
    Ok(p)
}

/// What the grade is made of: each counted question's points.
fn breakdown(dom: &Dom, report: &Report, rubric: &Rubric, language: UiLanguage) -> Result<Element, JsValue> {
    let details = dom.el("details", "breakdown")?;
    add(&details, &dom.text("summary", "", &t("reportBreakdown"))?)?;
    let table = dom.el("table", "")?;
    let head = dom.el("tr", "")?;
    Dom::append(&head, &[&dom.text("th", "", &t("reportBreakdownQuestion"))?, &dom.text("th", "num", &t("reportBreakdownPoints"))?])?;
    add(&table, &head)?;
    for part in &report.contributions {
        let row = dom.el("tr", "")?;
        row.set_attribute("data-question", &part.question)?;
        let question = rubric.question(&part.question).map_or(part.question.as_str(), |q| q.text.get(language));
        let points = format!("{:.1} / {:.1}", part.earned, part.possible);
        Dom::append(&row, &[&dom.text("td", "", question)?, &dom.text("td", "num", &points)?])?;
        add(&table, &row)?;
    }
    add(&details, &table)?;
    Ok(details)
}
