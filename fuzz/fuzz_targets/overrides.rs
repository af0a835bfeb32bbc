//! The settings JSON a user (or a hostile page, through a compromised sync) hands the engine. Parsing
//! must never panic; what parses must apply to the default rubric, round-trip, and rescore a report.
#![no_main]

use clausewise::{Overrides, Rubric};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let Ok(overrides) = Overrides::from_json(json) else { return };
    let rubric = Rubric::default().with_overrides(&overrides).expect("from_json validated these overrides");
    for q in &rubric.questions {
        assert!(q.weight <= 10);
        assert!(q.answers.iter().all(|a| a.points <= 10));
    }
    // What the options page stores is the serialised overrides: it must parse back to the same thing.
    let stored = serde_json::to_string(&overrides).expect("overrides serialise");
    let again = Overrides::from_json(&stored).expect("serialised overrides parse again");
    assert_eq!(again, overrides, "round trip through {stored}");
    let html = "<main><p>We do not sell your personal information.</p><p>You can delete your account.</p></main>";
    let mut report = clausewise::analyze_html(html, "https://example.com/privacy", &rubric);
    report.rescore(&rubric);
    if let Some(score) = report.score {
        assert!(score <= 100);
    }
});
