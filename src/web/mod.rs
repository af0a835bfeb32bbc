//! The wasm-bindgen boundary: the engine's entry points as the extension's JavaScript sees them.
//!
//! Everything here converts and delegates. Values cross as plain JSON-compatible objects
//! (`Serializer::json_compatible`) so they survive `sendMessage` and storage unchanged; every error
//! becomes a `JsError` with the engine's message. The popup, the full report page and the options
//! page are rendered by [`popup`], [`report_page`] and [`options`]; the JavaScript files only fetch
//! state and call browser APIs.

mod dom;
mod graded;
mod i18n;
mod options;
mod popup;
mod report_page;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::extract::Format;
use crate::tab::{self, SiteEntry, TabRecord};
use crate::{Error, Overrides, Report, Rubric, TabState};

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert a value for JavaScript: {e}")))
}

fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}

/// The user's overrides from JavaScript; `undefined` or `null` mean none.
fn overrides_from_js(value: JsValue) -> Result<Overrides, JsError> {
    if value.is_undefined() || value.is_null() {
        Ok(Overrides::default())
    } else {
        from_js(value, "settings")
    }
}

fn rubric_with(overrides: JsValue) -> Result<Rubric, JsError> {
    let overrides = overrides_from_js(overrides)?;
    Rubric::default().with_overrides(&overrides).map_err(|e| JsError::new(&e.to_string()))
}

/// Decides which addresses to fetch for a page, from its HTML as the content script read it
/// (`document.documentElement.outerHTML`) and the address the browser shows for it.
#[wasm_bindgen(js_name = fetchPlan)]
pub fn fetch_plan(html: &str, url: &str) -> Result<JsValue, JsError> {
    to_js(&crate::discover::fetch_plan(html, url))
}

/// The site a URL belongs to (its registrable domain, or the host for IP addresses and `localhost`):
/// the key under which a policy's report is cached and shared by all of the site's tabs.
#[wasm_bindgen(js_name = siteOf)]
pub fn site_of(url: &str) -> String {
    crate::discover::site_of(url)
}

/// Analyzes a fetched document. `content_type` is the response's `Content-Type` header. Gives
/// `{ report, text }`: the report, and the policy's text as kept for the full report page (null when
/// nothing could be read).
#[wasm_bindgen(js_name = analyzeBytes)]
pub fn analyze_bytes(bytes: &[u8], content_type: &str, url: &str, overrides: JsValue) -> Result<JsValue, JsError> {
    let rubric = rubric_with(overrides)?;
    let mime = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let format = match mime.as_str() {
        "" | "text/html" | "application/xhtml+xml" => Ok(Format::Html),
        "text/plain" => Ok(Format::Text),
        "text/markdown" => Ok(Format::Markdown),
        "application/pdf" => Err(Error::not_html("PDF")),
        other => Err(Error::not_html(other)),
    };
    let (report, text) = match format {
        Ok(format) => crate::report::analyze_keeping_text(bytes, format, url, &rubric),
        Err(e) => (crate::report::from_policy(Err(e), url, &rubric), None),
    };
    to_js(&Analyzed { report, text })
}

/// What [`analyze_bytes`] gives.
#[derive(serde::Serialize)]
struct Analyzed {
    report: Report,
    text: Option<tab::PolicyText>,
}

/// The toolbar badge for a tab state, its tooltip translated (with the facts that decided the
/// grade): `{ text, background, color, title }`.
#[wasm_bindgen(js_name = badgeFor)]
pub fn badge_for(state: JsValue) -> Result<JsValue, JsError> {
    let state: TabState = from_js(state, "tab state")?;
    // The title ends with the facts that decided the grade, in the browser's UI language.
    let badge = crate::tab::badge_in(&state, &Rubric::default(), i18n::ui_language());
    let arg = match &badge.title_detail {
        Some(detail) => i18n::message(detail),
        None => badge.title_arg.clone(),
    };
    let title = i18n::t_with(&badge.title_key, &[&arg, &badge.title_reason]);
    to_js(&ShownBadge { text: badge.text, background: badge.background, color: badge.color, title })
}

/// A badge as the worker applies it.
#[derive(serde::Serialize)]
struct ShownBadge {
    text: String,
    background: String,
    color: String,
    title: String,
}

/// The state a read report leaves its tab in (not yet stored, so without a change star).
#[wasm_bindgen(js_name = stateForReport)]
pub fn state_for_report(report: JsValue) -> Result<JsValue, JsError> {
    let report: Report = from_js(report, "report")?;
    to_js(&tab::state_for_report(&report, false))
}

/// The state a problem the worker met leaves its tab in: `{ code, detail }`, the codes of
/// `tab::Problem` (`"status"`, `"timeout"`, …).
#[wasm_bindgen(js_name = problemState)]
pub fn problem_state(problem: JsValue) -> Result<JsValue, JsError> {
    let problem: tab::Problem = from_js(problem, "problem")?;
    to_js(&problem.state())
}

/// Where an analysis that graded nothing leaves its tab: `{ state, policyUrl? }`. `last` is the
/// last address tried, `{ state, policyUrl }`, or null.
#[wasm_bindgen]
pub fn conclude(chosen: bool, offered: usize, last: JsValue) -> Result<JsValue, JsError> {
    let last: Option<tab::Attempt> = if last.is_null() || last.is_undefined() { None } else { Some(from_js(last, "attempt")?) };
    to_js(&tab::conclude(chosen, offered, last))
}

/// Whether the tab (its stored record, or null) is already analyzing `site` at `now` (ms).
#[wasm_bindgen(js_name = isBusy)]
pub fn is_busy(record: JsValue, site: &str, now: f64) -> Result<bool, JsError> {
    let record: Option<TabRecord> = if record.is_null() || record.is_undefined() { None } else { Some(from_js(record, "tab record")?) };
    Ok(tab::is_busy(record.as_ref(), site, now))
}

/// Whether two addresses are the same document.
#[wasm_bindgen(js_name = sameDocument)]
pub fn same_document(a: &str, b: &str) -> bool {
    tab::same_document(a, b)
}

/// A site's stored entry after a new report (`previous` may be null): notes a change of the
/// policy text since the previous report.
#[wasm_bindgen(js_name = nextEntry)]
pub fn next_entry(previous: JsValue, report: JsValue, policy_url: &str, now: f64) -> Result<JsValue, JsError> {
    let previous: Option<SiteEntry> = if previous.is_null() || previous.is_undefined() { None } else { from_js(previous, "site entry").ok() };
    let report: Report = from_js(report, "report")?;
    to_js(&SiteEntry::after(previous.as_ref(), report, policy_url, now))
}

/// The state a stored site entry gives its tabs at `now` (ms), graded with the user's settings
/// (`overrides`; invalid ones count as none), or null when the entry is stale, from another engine
/// version, or unreadable.
#[wasm_bindgen(js_name = entryState)]
pub fn entry_state(entry: JsValue, now: f64, overrides: JsValue) -> Result<JsValue, JsError> {
    let rubric = rubric_with(overrides).unwrap_or_default();
    match serde_wasm_bindgen::from_value::<SiteEntry>(entry) {
        Ok(entry) if entry.is_fresh(now) => to_js(&entry.state(&rubric)),
        _ => Ok(JsValue::NULL),
    }
}

/// Whether stored settings still apply to this engine's rubric (settings that do not fall back to
/// the defaults). Checked in Rust, without handing a rubric to JavaScript.
#[wasm_bindgen(js_name = validOverrides)]
pub fn valid_overrides(overrides: JsValue) -> bool {
    rubric_with(overrides).is_ok()
}

/// The entry once the user has seen its policy change in the popup (the badge loses its star).
#[wasm_bindgen(js_name = seenEntry)]
pub fn seen_entry(entry: JsValue) -> Result<JsValue, JsError> {
    let entry: SiteEntry = from_js(entry, "site entry")?;
    to_js(&entry.seen())
}

/// The entry once the user has dismissed the popup's notice of its policy change.
#[wasm_bindgen(js_name = dismissedEntry)]
pub fn dismissed_entry(entry: JsValue) -> Result<JsValue, JsError> {
    let entry: SiteEntry = from_js(entry, "site entry")?;
    to_js(&entry.dismissed())
}

/// Renders the popup for `view` into `root`; `actions` holds the JavaScript callbacks it may call.
#[wasm_bindgen(js_name = renderPopup)]
pub fn render_popup(root: web_sys::Element, view: JsValue, actions: js_sys::Object) -> Result<(), JsError> {
    let view: popup::View = from_js(view, "popup view")?;
    popup::render(&root, &view, &actions).map_err(dom::js_error)
}

/// Renders the full report page of a site into `root`: `view` holds the site, its stored entry (or
/// null), its kept policy text (or null) and the user's overrides.
#[wasm_bindgen(js_name = renderReport)]
pub fn render_report(root: web_sys::Element, view: JsValue) -> Result<(), JsError> {
    let view: report_page::View = from_js(view, "report view")?;
    report_page::render(&root, &view).map_err(dom::js_error)
}

/// Renders the options page into `root`. `start` holds the user's overrides and the last analyzed
/// site's report; `actions` the callbacks `save(overrides)`, `download(json)` and `downloadStored()`.
#[wasm_bindgen(js_name = renderOptions)]
pub fn render_options(root: web_sys::Element, start: JsValue, actions: js_sys::Object) -> Result<(), JsError> {
    let start: options::Start = if start.is_undefined() || start.is_null() { Default::default() } else { from_js(start, "options")? };
    options::render(&root, start, &actions).map_err(dom::js_error)
}
