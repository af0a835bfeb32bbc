//! Every UI string the Rust code asks for exists in the English `_locales`, and every English
//! message is used: a missing one would show its key to users, an unused one is dead weight.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fs;

fn keys_used() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut sources = vec![fs::read_to_string("src/tab.rs").unwrap()];
    for dir in ["src/web", "src/tab"] {
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
            if ["popup", "options", "badge", "error"].iter().any(|p| piece.starts_with(p))
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
