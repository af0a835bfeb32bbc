//! Extraction on arbitrary bytes in each format. Clause ids must be unique and clause texts non-empty
//! and whitespace-normalised.
#![no_main]

use clausewise::extract::extract_bytes;
use libfuzzer_sys::fuzz_target;

mod input;

fuzz_target!(|data: &[u8]| {
    let (format, rest) = input::split(data);
    let Ok(policy) = extract_bytes(rest, format, "https://example.com/privacy") else { return };
    let mut ids = std::collections::HashSet::new();
    let text = policy.text();
    for (_, clause) in policy.clauses() {
        assert!(ids.insert(clause.id.as_str()), "duplicate clause id {}", clause.id);
        assert!(!clause.text.is_empty(), "empty clause {}", clause.id);
        let normalised = clause.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(clause.text, normalised, "clause {} is not whitespace-normalised", clause.id);
        assert!(text.contains(&clause.text), "text() misses clause {}", clause.id);
    }
    assert!(policy.clause_count() > 0);
});
