//! Every saved HTML policy page of the development corpus (`../shared/corpus`, beside the project)
//! must be recognised as a policy page. The corpus is not part of the repository; without it the
//! test says so and passes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use clausewise::discover::discover;

/// The share of pages that must be recognised. One of 68 is not, on purpose: a page titled by the
/// company's name under the heading "Terms and Conditions", with the policy inside it.
const MIN_RATE: f64 = 0.95;

#[test]
fn corpus_policy_pages_are_recognised() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(labels) = std::fs::read_to_string(corpus.join("labels.jsonl")) else {
        eprintln!("no corpus at {}: skipped", corpus.display());
        return;
    };
    let (mut pages, mut recognised, mut missed) = (0, 0, Vec::new());
    for line in labels.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        if doc["format"] != "html" {
            continue;
        }
        let file = doc["file"].as_str().unwrap();
        let url = doc["url"].as_str().unwrap();
        let bytes = std::fs::read(corpus.join(file)).unwrap();
        let found = discover(&String::from_utf8_lossy(&bytes), url);
        pages += 1;
        if found.is_policy_page {
            recognised += 1;
        } else {
            missed.push(format!("{file} ({url}): {:?}", found.page_reasons));
        }
    }
    let rate = f64::from(recognised) / f64::from(pages.max(1));
    eprintln!("recognised {recognised} of {pages} corpus policy pages ({:.1}%)", rate * 100.0);
    for miss in &missed {
        eprintln!("  missed {miss}");
    }
    assert!(rate >= MIN_RATE, "recognised {recognised} of {pages}:\n{}", missed.join("\n"));
}
