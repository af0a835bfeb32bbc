//! The popup: the grade of the current tab's site and the evidence behind it.
//!
//! Every tab state has its own screen, each with the one action that makes sense there. A graded
//! site leads with its grade, score and verdict, then lists the concerns (worst first) and the good
//! signs one line each; a line opens its evidence in place, the best quote first, each quote linked to
//! the sentence on the policy page. The full report page (`report_page`) shows the whole policy.

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use super::dom::{add, call, Dom};
use super::graded;
use super::i18n::{self, t, t_with};
use crate::link::quote_link;
use crate::rubric::UiLanguage;
use crate::summary::{summarize, Line};
use crate::{Report, Rubric, TabState};

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
    /// Whether the user dismissed the notice.
    #[serde(default)]
    dismissed: bool,
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
            let rubric = graded::rubric_from(&view.overrides);
            let report = graded::scored(stored, &rubric);
            if let Some(change) = view.change.as_ref().filter(|c| !c.dismissed) {
                add(&main, &change_notice(&dom, change, &rubric, i18n::ui_language(), actions)?)?;
            }
            render_graded(&dom, &main, view, &report, &rubric, actions)?;
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
    add(root, &footer(&dom, view.auto, matches!(view.state, TabState::Done { .. }), actions)?)
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

/// The automatic-analysis switch and the way to the settings. Beside a graded site (`compact`) they
/// share one line so that the summary fits the popup, and the switch's explanation is left to screen
/// readers: it is shown on every other screen, where the choice is made.
fn footer(dom: &Dom, auto: bool, compact: bool, actions: &js_sys::Object) -> Result<Element, JsValue> {
    let footer = dom.el("footer", if compact { "switches compact" } else { "switches" })?;
    let row = dom.el("div", "switch")?;
    let input: HtmlInputElement = dom.el("input", "")?.dyn_into()?;
    input.set_type("checkbox");
    input.set_id("auto");
    input.set_checked(auto);
    input.set_attribute("aria-describedby", "auto-why")?;
    let label = dom.text("label", "", &t("popupAuto"))?;
    label.set_attribute("for", "auto")?;
    Dom::append(&row, &[&input, &label])?;
    let why = dom.text("p", if compact { "visually-hidden" } else { "explain small" }, &t("popupAutoWhy"))?;
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

/// "The policy changed": since when, and which answers moved, until the user dismisses it.
fn change_notice(dom: &Dom, change: &Change, rubric: &Rubric, language: UiLanguage, actions: &js_sys::Object) -> Result<Element, JsValue> {
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
    let dismiss = action_button(dom, &t("popupChangedDismiss"), "dismissChange", actions)?;
    dismiss.set_class_name("quiet");
    add(&notice, &dismiss)?;
    Ok(notice)
}

/// A graded site: the summary (grade, score, verdict), where the policy was read, the way to the
/// full report, then the concerns and the good signs, one line each, each opening its evidence.
fn render_graded(dom: &Dom, main: &Element, view: &View, report: &Report, rubric: &Rubric, actions: &js_sys::Object) -> Result<(), JsValue> {
    let language = i18n::ui_language();
    // The screen's title, for screen readers: the grade, beside it, says the rest at a glance.
    add(main, &dom.text("h1", "visually-hidden", &t_with("popupGradedTitle", &[&view.site]))?)?;
    // The actions go in the grade's block, after the facts (so after the policy link when tabbing):
    // the stylesheet sets them beside the score, which saves the popup a row.
    let block = graded::grade_block(dom, report, rubric, view.analyzed_at.as_deref())?;
    let row = dom.el("div", "actions")?;
    let full = dom.link("button-like", &t("popupFullReport"), &graded::report_page(&view.site))?;
    full.set_id("full-report");
    let again = action_button(dom, &t("popupReanalyze"), "analyze", actions)?;
    again.set_class_name("quiet");
    Dom::append(&row, &[&full, &again])?;
    add(&block, &row)?;
    add(main, &block)?;

    let summary = summarize(report, rubric);
    let lines = |lines: &[Line<'_>]| lines.iter().map(|line| answer_item(dom, line, &report.url, language)).collect::<Result<Vec<_>, _>>();
    graded::group(dom, main, "concerns", "popupConcerns", lines(&summary.concerns)?)?;
    graded::group(dom, main, "good-signs", "popupGoodSigns", lines(&summary.good_signs)?)
}

/// One answer: its line (the question's short form) is a disclosure that opens, in place, the
/// question in full, what the answer means and the best quote, with the other quotes behind "more
/// quotes".
fn answer_item(dom: &Dom, line: &Line<'_>, policy_url: &str, language: UiLanguage) -> Result<Element, JsValue> {
    let li = dom.el("li", "answer")?;
    li.set_attribute("data-question", &line.question.id)?;
    li.set_attribute("data-answer", line.finding.answer.as_str())?;
    let details = dom.el("details", "")?;
    add(&details, &graded::answer_line(dom, "summary", line, &line.question.short, language)?)?;
    let evidence = dom.el("div", "evidence")?;
    add(&evidence, &dom.text("p", "asked", line.question.text.get(language))?)?;
    if let Some(answer) = line.answer {
        add(&evidence, &dom.text("p", "meaning", answer.explanation.get(language))?)?;
    }
    let mut quotes = line.finding.evidence.iter();
    if let Some(best) = quotes.next() {
        add(&evidence, &quote(dom, &best.text, policy_url)?)?;
    }
    if quotes.len() > 0 {
        let more = dom.el("details", "more")?;
        add(&more, &dom.text("summary", "", &t_with("popupMoreQuotes", &[&quotes.len().to_string()]))?)?;
        for other in quotes {
            add(&more, &quote(dom, &other.text, policy_url)?)?;
        }
        add(&evidence, &more)?;
    }
    add(&details, &evidence)?;
    add(&li, &details)?;
    Ok(li)
}

/// A quote, linked to its sentence on the policy page.
fn quote(dom: &Dom, text: &str, policy_url: &str) -> Result<Element, JsValue> {
    let block = dom.el("blockquote", "quote")?;
    let link = dom.link("quote-link", &graded::clip(text), &quote_link(policy_url, text))?;
    link.set_attribute("title", &t("popupQuoteLink"))?;
    add(&block, &link)?;
    Ok(block)
}
