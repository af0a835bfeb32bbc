//! Discovery on arbitrary bytes (read as lossy UTF-8), from an HTML page and from a `Page` JSON as the
//! content script would send it. Candidates must be absolute http(s) URLs, sorted best first, unique.
#![no_main]

use clausewise::discover::{rank, Page};
use libfuzzer_sys::fuzz_target;

const URLS: &[&str] = &["https://www.example.com/shop/item?id=1", "http://localhost:8080/", "not a url", "file:///tmp/x.html"];

fuzz_target!(|data: &[u8]| {
    let (selector, rest) = data.split_first().map_or((0, data), |(s, r)| (*s, r));
    let text = String::from_utf8_lossy(rest);
    let url = URLS[usize::from(selector) % URLS.len()];
    let found = clausewise::discover(&text, url);
    check(&found);
    // The same bytes as the `Page` JSON a content script sends through wasm (the seeds include some).
    if let Ok(page) = serde_json::from_str::<Page>(&text) {
        check(&rank(&page));
    }
});

fn check(found: &clausewise::Discovery) {
    let mut seen = std::collections::HashSet::new();
    for pair in found.candidates.windows(2) {
        assert!(pair[0].score >= pair[1].score, "candidates out of order");
    }
    for c in &found.candidates {
        assert!(c.url.starts_with("http://") || c.url.starts_with("https://"), "not http(s): {}", c.url);
        assert!(c.score > 0, "non-positive candidate {c:?}");
        assert!(seen.insert(c.url.clone()), "duplicate candidate {}", c.url);
    }
}
