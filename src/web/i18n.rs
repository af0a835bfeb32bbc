//! UI strings, from the extension's `_locales` through the browser's `i18n.getMessage`.
//!
//! The popup and options pages are rendered in Rust, but their words live with the extension's other
//! strings so that translators have one place to work. A missing message shows its key, which the
//! `locales` test catches before users could.

use wasm_bindgen::{JsCast, JsValue};

use crate::rubric::UiLanguage;

/// The message `key` with no substitutions.
pub(crate) fn t(key: &str) -> String {
    t_with(key, &[])
}

/// The message `key` with `$1`, `$2`, … replaced by `subs`.
pub(crate) fn t_with(key: &str, subs: &[&str]) -> String {
    lookup(key, subs).filter(|m| !m.is_empty()).unwrap_or_else(|| key.to_string())
}

/// A message of the engine (`tab::Message`), translated: its terms are message keys too.
pub(crate) fn message(message: &crate::tab::Message) -> String {
    let terms: Vec<String> = message.terms.iter().map(|key| t(key)).collect();
    let args: Vec<&str> = message.args.iter().chain(&terms).map(String::as_str).collect();
    t_with(&message.key, &args)
}

/// The language of the rubric's facts for the browser's UI language (English when the browser's
/// language has no facts of its own, or outside an extension page).
pub(crate) fn ui_language() -> UiLanguage {
    let tag = i18n_api()
        .and_then(|i18n| {
            let get = js_sys::Reflect::get(&i18n, &JsValue::from_str("getUILanguage")).ok()?;
            get.dyn_into::<js_sys::Function>().ok()?.call0(&i18n).ok()?.as_string()
        })
        .unwrap_or_default();
    UiLanguage::from_tag(&tag)
}

/// Sets the `lang` of `root`'s page to the language its words are in (the UI language, or English
/// when the browser's has no locale), so screen readers pronounce them right.
pub(crate) fn mark_page_language(root: &web_sys::Element) {
    if let Some(html) = root.owner_document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", ui_language().code());
    }
}

/// `browser.i18n` or `chrome.i18n`, whichever the page has.
fn i18n_api() -> Option<JsValue> {
    let global = js_sys::global();
    let api = ["browser", "chrome"]
        .iter()
        .filter_map(|name| js_sys::Reflect::get(&global, &JsValue::from_str(name)).ok())
        .find(|value| value.is_object())?;
    js_sys::Reflect::get(&api, &JsValue::from_str("i18n")).ok().filter(JsValue::is_object)
}

fn lookup(key: &str, subs: &[&str]) -> Option<String> {
    let i18n = i18n_api()?;
    let get = js_sys::Reflect::get(&i18n, &JsValue::from_str("getMessage")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let subs: js_sys::Array = subs.iter().map(|s| JsValue::from_str(s)).collect();
    get.call2(&i18n, &JsValue::from_str(key), &subs).ok()?.as_string()
}
