//! Every UI string the Rust code asks for exists in the English `_locales`, and every English
//! message is used: a missing one would show its key to users, an unused one is dead weight. Every
//! other locale has every English key, with the same substitutions, and nothing else.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fs;

use clausewise::rubric::UiLanguage;
use clausewise::Language;
use serde_json::Value;

fn messages(locale: &str) -> Value {
    serde_json::from_str(&fs::read_to_string(format!("extension/_locales/{locale}/messages.json")).unwrap()).unwrap()
}

/// The `$1`, `$2`, … a message substitutes.
fn placeholders(message: &str) -> BTreeSet<char> {
    message.split('$').skip(1).filter_map(|rest| rest.chars().next().filter(char::is_ascii_digit)).collect()
}

/// Every locale folder, English first.
fn locales() -> Vec<String> {
    let mut found: Vec<String> =
        fs::read_dir("extension/_locales").unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    found.sort_by_key(|l| (l != "en", l.clone()));
    found
}

fn keys_used() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut sources = vec![fs::read_to_string("src/tab.rs").unwrap()];
    for dir in ["src/web", "src/web/options", "src/tab", "src/rubric"] {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                sources.push(fs::read_to_string(path).unwrap());
            }
        }
    }
    for source in &sources {
        // Message keys are the lowerCamelCase string literals starting with a known prefix.
        for piece in source.split('"').skip(1).step_by(2) {
            if ["popup", "report", "options", "badge", "error", "language", "settings"].iter().any(|p| piece.starts_with(p))
                && piece.chars().all(|c| c.is_ascii_alphanumeric())
                && piece.chars().any(|c| c.is_ascii_uppercase())
            {
                used.insert(piece.to_string());
            }
        }
    }
    used
}

#[test]
fn rust_ui_strings_are_in_the_english_locale() {
    let messages: serde_json::Value =
        serde_json::from_str(&fs::read_to_string("extension/_locales/en/messages.json").unwrap()).unwrap();
    let defined: BTreeSet<String> = messages.as_object().unwrap().keys().cloned().collect();
    let used = keys_used();
    assert!(used.len() > 40, "found only {} keys: {used:?}", used.len());
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(missing.is_empty(), "used but not in messages.json: {missing:?}");
    // Keys the manifest and the JavaScript glue use.
    let glue = fs::read_to_string("extension/background.js").unwrap();
    let manifest_keys = ["extName", "extDescription", "actionTitle"];
    let used: BTreeSet<String> = used.into_iter().chain(defined.iter().filter(|k| glue.contains(&format!("'{k}'"))).cloned()).collect();
    let unused: Vec<_> = defined.iter().filter(|k| !used.contains(*k) && !manifest_keys.contains(&k.as_str())).collect();
    assert!(unused.is_empty(), "in messages.json but never used: {unused:?}");
}

#[test]
fn every_problem_has_its_words() {
    let messages: serde_json::Value =
        serde_json::from_str(&fs::read_to_string("extension/_locales/en/messages.json").unwrap()).unwrap();
    for key in clausewise::tab::Problem::message_keys() {
        assert!(messages.get(key).is_some(), "{key} is not in messages.json");
    }
}

/// Whether every locale has exactly the English keys, each message non-empty and with the same
/// substitutions; returns the problems found.
fn locale_problems(english: &Value, locale: &str, other: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let (english, other) = (english.as_object().unwrap(), other.as_object().unwrap());
    for (key, message) in english {
        let want = message["message"].as_str().unwrap();
        match other.get(key).and_then(|m| m["message"].as_str()) {
            None => problems.push(format!("{locale}: {key} is missing")),
            Some(text) if text.trim().is_empty() => problems.push(format!("{locale}: {key} is empty")),
            Some(text) if placeholders(text) != placeholders(want) => {
                problems.push(format!("{locale}: {key} substitutes {:?}, English {:?}", placeholders(text), placeholders(want)));
            }
            Some(_) => {}
        }
    }
    for key in other.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{locale}: {key} is not an English key"));
    }
    problems
}

#[test]
fn every_locale_has_every_english_message() {
    let english = messages("en");
    let all = locales();
    // The UI languages the rubric has texts in have a locale of their own.
    for language in UiLanguage::ALL {
        assert!(all.iter().any(|l| l == language.code()), "no _locales/{} for {language:?}", language.code());
    }
    assert!(all.len() >= 2, "{all:?}");
    for locale in &all {
        let problems = locale_problems(&english, locale, &messages(locale));
        assert!(problems.is_empty(), "{problems:#?}");
    }
    // The check itself: a locale missing a key, or losing a substitution, fails.
    let mut broken = messages("de");
    broken.as_object_mut().unwrap().remove("popupRetry");
    broken["errorStatus"]["message"] = Value::from("Fehler.");
    let problems = locale_problems(&english, "de", &broken);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("errorStatus") && problems[1].contains("popupRetry"), "{problems:?}");
}

#[test]
fn the_graded_languages_are_named_as_the_engine_grades() {
    let all = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Dutch,
        Language::Portuguese,
    ];
    assert!(all.iter().filter(|l| clausewise::classify::graded(**l)).count() >= 2);
    for locale in locales() {
        let messages = messages(&locale);
        let text = |key: &str| messages[key]["message"].as_str().unwrap().to_string();
        let graded = text(clausewise::tab::GRADED_LANGUAGES_KEY);
        for language in all {
            let name = text(clausewise::tab::language_key(language));
            assert_eq!(graded.contains(&name), clausewise::classify::graded(language), "{locale}: {graded:?} and {name:?}");
        }
    }
}
