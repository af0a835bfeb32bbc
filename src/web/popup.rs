//! The popup: the grade of the current tab's site and the evidence behind it.
//!
//! Every tab state has its own screen, each with the one action that makes sense there. A graded
//! report lists the answers worst first, grouped by category, each with its quotes linked to the
//! sentence on the policy page, and ends with what the grade is made of.

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use super::dom::{add, call, Dom};
use super::i18n::{self, t, t_with};
use crate::link::quote_link;
use crate::rubric::{Question, UiLanguage, MAX_VALUE};
use crate::{Finding, Overrides, Report, Rubric, TabState};

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
    /// When the report was made, already formatted in the browser's locale.
    #[serde(default)]
    analyzed_at: Option<String>,
    /// The user's rubric settings, as stored (checked here: storage may hold anything). Kept as the
    /// JavaScript value and read like every other one (serde-wasm-bindgen), not through serde_json.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    overrides: JsValue,
    /// Other links of the page that may be its policy, for the "no policy found" screen.
    #[serde(default)]
    candidates: Vec<Candidate>,
    /// The policy address that was read, for the "not readable" screen.
    #[serde(default)]
    policy_url: Option<String>,
    /// Whether automatic analysis (the optional host permission) is on.
    #[serde(default)]
    auto: bool,
    /// When the policy was seen to change, and how, if it did.
    #[serde(default)]
    change: Option<Change>,
}

/// A change of the site's policy text, as the background recorded it.
#[derive(Deserialize)]
pub(crate) struct Change {
    /// When the change was noticed, formatted in the browser's locale.
    since: String,
    #[serde(default)]
    answers: Vec<crate::change::AnswerChange>,
}

/// A link the user may pick as the policy.
#[derive(Deserialize)]
pub(crate) struct Candidate {
    url: String,
    #[serde(default)]
    text: String,
}

pub(crate) fn render(root: &Element, view: &View, actions: &js_sys::Object) -> Result<(), JsValue> {
    let dom = Dom::of(root)?;
    i18n::mark_page_language(root);
    root.set_text_content(None);
    let header = dom.el("header", "bar")?;
    Dom::append(&header, &[&dom.text("span", "brand", "Clausewise")?, &dom.text("span", "site", &view.site)?])?;
    add(root, &header)?;
    let main = dom.el("main", "")?;
    main.set_attribute("data-state", state_name(&view.state))?;
    add(root, &main)?;
    match (&view.state, &view.report) {
        (TabState::Done { changed, .. }, Some(stored)) => {
            let overrides: Overrides = if view.overrides.is_null() || view.overrides.is_undefined() {
                Overrides::default()
            } else {
                serde_wasm_bindgen::from_value(view.overrides.clone()).unwrap_or_default()
            };
            let defaults = Rubric::default();
            let rubric = defaults.with_overrides(&overrides).unwrap_or(defaults);
            // Stored reports keep answers and evidence; the score is the current settings'.
            let mut report = stored.clone();
            report.rescore(&rubric);
            let report = &report;
            let language = i18n::ui_language();
            if let Some(change) = &view.change {
                add(&main, &change_notice(&dom, change, &rubric, language)?)?;
            }
            render_report(&dom, &main, report, &rubric, language, view.analyzed_at.as_deref(), actions)?;
            // The user is looking at the change now: the badge's star has done its work.
            if *changed {
                call(actions, "seenChange", &JsValue::UNDEFINED);
            }
        }
        (TabState::Analyzing, _) => {
            let p = dom.text("p", "status", &t("popupAnalyzing"))?;
            p.set_attribute("role", "status")?;
            let progress = dom.el("progress", "")?;
            progress.set_attribute("aria-label", &t("popupAnalyzing"))?;
            Dom::append(&main, &[&dom.text("h1", "", &t("popupAnalyzingTitle"))?, &p, &progress])?;
        }
        (TabState::NoPolicy, _) => {
            screen(&dom, &main, &t("popupNoPolicyTitle"), &t("popupNoPolicyText"))?;
            candidates(&dom, &main, &view.candidates, actions)?;
            paste_form(&dom, &main, actions)?;
        }
        (TabState::NotReadable { reason }, _) => {
            screen(&dom, &main, &t("popupNotReadableTitle"), &i18n::message(reason))?;
            if let Some(url) = &view.policy_url {
                add(&main, &dom.link("policy", &t("popupOpenPolicy"), url)?)?;
            }
            add(&main, &action_button(&dom, &t("popupRetry"), "analyze", actions)?)?;
            paste_form(&dom, &main, actions)?;
        }
        (TabState::Error { message }, _) => {
            screen(&dom, &main, &t("popupErrorTitle"), &i18n::message(message))?;
            add(&main, &action_button(&dom, &t("popupRetry"), "analyze", actions)?)?;
        }
        _ => {
            screen(&dom, &main, &t("popupIdleTitle"), &t("popupIdleText"))?;
            add(&main, &action_button(&dom, &t("popupAnalyze"), "analyze", actions)?)?;
        }
    }
    add(root, &footer(&dom, view.auto, actions)?)
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

fn screen(dom: &Dom, main: &Element, title: &str, text: &str) -> Result<(), JsValue> {
    Dom::append(main, &[&dom.text("h1", "", title)?, &dom.text("p", "explain", text)?])
}

/// A button that calls the JavaScript action `name` when pressed.
fn action_button(dom: &Dom, label: &str, name: &'static str, actions: &js_sys::Object) -> Result<Element, JsValue> {
    let button = dom.text("button", "primary", label)?;
    button.set_attribute("type", "button")?;
    button.set_attribute("id", name)?;
    let actions = actions.clone();
    gloo::events::EventListener::new(&button, "click", move |_| {
        call(&actions, name, &JsValue::UNDEFINED);
    })
    .forget();
    Ok(button)
}

fn candidates(dom: &Dom, main: &Element, candidates: &[Candidate], actions: &js_sys::Object) -> Result<(), JsValue> {
    if candidates.is_empty() {
        return Ok(());
    }
    add(main, &dom.text("h2", "", &t("popupCandidates"))?)?;
    let list = dom.el("ul", "candidates")?;
    for candidate in candidates {
        let button = dom.text("button", "link-button", if candidate.text.is_empty() { &candidate.url } else { &candidate.text })?;
        button.set_attribute("type", "button")?;
        button.set_attribute("title", &candidate.url)?;
        let (actions, url) = (actions.clone(), candidate.url.clone());
        gloo::events::EventListener::new(&button, "click", move |_| {
            call(&actions, "analyzeUrl", &JsValue::from_str(&url));
        })
        .forget();
        let li = dom.el("li", "")?;
        add(&li, &button)?;
        add(&list, &li)?;
    }
    add(main, &list)
}

/// "Paste a policy address": the way out when the page links to nothing usable.
fn paste_form(dom: &Dom, main: &Element, actions: &js_sys::Object) -> Result<(), JsValue> {
    let form = dom.el("form", "paste")?;
    let label = dom.text("label", "", &t("popupPasteLabel"))?;
    label.set_attribute("for", "policy-url")?;
    let input: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
    input.set_type("url");
    input.set_id("policy-url");
    input.set_required(true);
    input.set_placeholder("https://");
    let submit = dom.text("button", "primary", &t("popupPasteSubmit"))?;
    submit.set_attribute("type", "submit")?;
    Dom::append(&form, &[&label, &input, &submit])?;
    let actions = actions.clone();
    gloo::events::EventListener::new_with_options(
        &form,
        "submit",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            event.prevent_default();
            let url = input.value();
            if url.starts_with("http://") || url.starts_with("https://") {
                call(&actions, "analyzeUrl", &JsValue::from_str(&url));
            } else {
                input.set_custom_validity(&t("popupPasteInvalid"));
                input.report_validity();
                input.set_custom_validity("");
            }
        },
    )
    .forget();
    add(main, &form)
}

/// The automatic-analysis switch and the way to the settings.
fn footer(dom: &Dom, auto: bool, actions: &js_sys::Object) -> Result<Element, JsValue> {
    let footer = dom.el("footer", "switches")?;
    let row = dom.el("div", "switch")?;
    let input: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
    input.set_type("checkbox");
    input.set_id("auto");
    input.set_checked(auto);
    input.set_attribute("aria-describedby", "auto-why")?;
    let label = dom.text("label", "", &t("popupAuto"))?;
    label.set_attribute("for", "auto")?;
    Dom::append(&row, &[&input, &label])?;
    let why = dom.text("p", "explain small", &t("popupAutoWhy"))?;
    why.set_id("auto-why");
    let target = input.clone();
    let on_change = actions.clone();
    gloo::events::EventListener::new(&input, "change", move |_| {
        call(&on_change, "setAuto", &JsValue::from_bool(target.checked()));
    })
    .forget();
    let settings = action_button(dom, &t("popupSettings"), "openOptions", actions)?;
    settings.set_class_name("quiet");
    Dom::append(&footer, &[&row, &why, &settings])?;
    Ok(footer)
}

/// "The policy changed": since when, and which answers moved.
fn change_notice(dom: &Dom, change: &Change, rubric: &Rubric, language: UiLanguage) -> Result<Element, JsValue> {
    let notice = dom.el("section", "changed")?;
    notice.set_attribute("role", "note")?;
    add(&notice, &dom.text("p", "", &t_with("popupChanged", &[&change.since]))?)?;
    if change.answers.is_empty() {
        add(&notice, &dom.text("p", "explain", &t("popupChangedNoAnswers"))?)?;
    }
    let list = dom.el("ul", "")?;
    for answer in &change.answers {
        let Some(q) = rubric.question(answer.question.as_str()) else { continue };
        let label = |id: &str| q.answers.iter().find(|a| a.id == id).map_or(id.to_string(), |a| a.label.get(language).to_string());
        let item = dom.text(
            "li",
            "",
            &t_with("popupChangedAnswer", &[q.text.get(language), &label(answer.from.as_str()), &label(answer.to.as_str())]),
        )?;
        item.set_attribute("data-question", answer.question.as_str())?;
        add(&list, &item)?;
    }
    add(&notice, &list)?;
    Ok(notice)
}

fn render_report(
    dom: &Dom,
    main: &Element,
    report: &Report,
    rubric: &Rubric,
    language: UiLanguage,
    analyzed_at: Option<&str>,
    actions: &js_sys::Object,
) -> Result<(), JsValue> {
    let summary = dom.el("section", "summary")?;
    let grade = report.grade.map(|g| g.to_string()).unwrap_or_default();
    let letter = dom.text("div", &format!("grade grade-{grade}"), &grade)?;
    letter.set_attribute("role", "img")?;
    letter.set_attribute("aria-label", &t_with("popupGradeLabel", &[&grade]))?;
    letter.set_attribute("aria-describedby", "grade-reason")?;
    let facts = dom.el("div", "facts")?;
    let score = report.score.map(|s| t_with("popupScore", &[&s.to_string()])).unwrap_or_default();
    let title = if report.title.is_empty() { t("popupPolicy") } else { report.title.clone() };
    Dom::append(&facts, &[&dom.text("p", "score", &score)?, &dom.link("policy", &title, &report.url)?])?;
    // The language the policy was read and graded in, in the UI's words.
    let read_in = dom.text("p", "language", &t_with("popupLanguage", &[&t(crate::tab::language_key(report.language))]))?;
    read_in.set_attribute("data-language", report.language.code())?;
    add(&facts, &read_in)?;
    if let Some(when) = analyzed_at {
        add(&facts, &dom.text("p", "when", &t_with("popupAnalyzedAt", &[when]))?)?;
    }
    add(&facts, &action_button(dom, &t("popupReanalyze"), "analyze", actions)?)?;
    Dom::append(&summary, &[&letter, &facts])?;
    add(main, &summary)?;
    add(main, &reason(dom, report, rubric, language)?)?;

    // Worst first: the answers that cost the most points lead, grouped under their category, and the
    // categories ordered by their worst answer.
    let mut rows: Vec<(&Question, &Finding, u32)> = report
        .findings
        .iter()
        .filter_map(|f| {
            let q = rubric.question(f.question.as_str()).filter(|q| q.enabled)?;
            let points = q.answers.iter().find(|a| f.answer == a.id).map_or(0, |a| a.points.min(MAX_VALUE));
            Some((q, f, q.weight * (MAX_VALUE - points)))
        })
        .collect();
    // Stable, highest first (one sort for the crate: src/sorting.rs).
    crate::sorting::sort_stable_by(&mut rows, |a, b| b.2.cmp(&a.2));
    let mut categories: Vec<&str> = Vec::new();
    for (q, _, _) in &rows {
        if !categories.contains(&q.category.as_str()) {
            categories.push(&q.category);
        }
    }
    for category in categories {
        let title = rubric.categories.iter().find(|c| c.id == category).map_or(category, |c| c.title.get(language));
        let section = dom.el("section", "category")?;
        add(&section, &dom.text("h2", "", title)?)?;
        let list = dom.el("ul", "answers")?;
        for (q, finding, _) in rows.iter().filter(|(q, _, _)| q.category == category) {
            add(&list, &answer_row(dom, q, finding, &report.url, language)?)?;
        }
        add(&section, &list)?;
        add(main, &section)?;
    }
    add(main, &breakdown(dom, report, rubric, language)?)
}

/// The line under the grade: the one or two facts that decided it, in the browser's language.
fn reason(dom: &Dom, report: &Report, rubric: &Rubric, language: UiLanguage) -> Result<Element, JsValue> {
    // Reports stored before grades had reasons get theirs from the same answers and rubric.
    let reasons = if report.reasons.is_empty() && report.grade.is_some() {
        let mut rescored = report.clone();
        rescored.rescore(rubric);
        rescored.reasons
    } else {
        report.reasons.clone()
    };
    let line = crate::score::reason_line(&reasons, rubric, language);
    let p = dom.text("p", "reason", &line)?;
    p.set_id("grade-reason");
    let ids: Vec<String> = reasons.iter().map(|r| format!("{}={}", r.question, r.answer)).collect();
    p.set_attribute("data-reasons", &ids.join(" "))?;
    if let Some(by) = reasons.first().map(|r| r.by) {
        p.set_attribute("data-by", by.id())?;
    }
    Ok(p)
}

fn answer_row(dom: &Dom, q: &Question, finding: &Finding, policy_url: &str, language: UiLanguage) -> Result<Element, JsValue> {
    let li = dom.el("li", "answer")?;
    li.set_attribute("data-question", &q.id)?;
    li.set_attribute("data-answer", finding.answer.as_str())?;
    let answer = q.answers.iter().find(|a| finding.answer == a.id);
    let label = answer.map_or(finding.answer.as_str(), |a| a.label.get(language));
    let head = dom.el("div", "qa")?;
    let tone = match answer.map(|a| a.points) {
        Some(p) if p >= 8 => "good",
        Some(p) if p >= 4 => "fair",
        _ => "poor",
    };
    Dom::append(&head, &[&dom.text("span", "question", q.text.get(language))?, &dom.text("span", &format!("label {tone}"), label)?])?;
    add(&li, &head)?;
    if let Some(answer) = answer {
        add(&li, &dom.text("p", "meaning", answer.explanation.get(language))?)?;
    }
    for quote in &finding.evidence {
        let block = dom.el("blockquote", "quote")?;
        let link = dom.link("quote-link", &clip(&quote.text), &quote_link(policy_url, &quote.text))?;
        link.set_attribute("title", &t("popupQuoteLink"))?;
        add(&block, &link)?;
        add(&li, &block)?;
    }
    Ok(li)
}

/// The most characters of a quote the popup shows; the link still selects the whole sentence.
const MAX_QUOTE_CHARS: usize = 600;

fn clip(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTE_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

fn breakdown(dom: &Dom, report: &Report, rubric: &Rubric, language: UiLanguage) -> Result<Element, JsValue> {
    let details = dom.el("details", "breakdown")?;
    add(&details, &dom.text("summary", "", &t("popupBreakdown"))?)?;
    let table = dom.el("table", "")?;
    let head = dom.el("tr", "")?;
    Dom::append(&head, &[&dom.text("th", "", &t("popupBreakdownQuestion"))?, &dom.text("th", "num", &t("popupBreakdownPoints"))?])?;
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
