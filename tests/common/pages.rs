// Synthetic policy pages shared by the adversarial tests (tests/adversarial.rs) and the peak-memory
// measurement (examples/peak_memory.rs), so both measure the same page.

/// `body` inside a minimal policy page.
pub fn wrap(body: &str) -> String {
    format!("<!doctype html><html><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>{body}</main></body></html>")
}

/// About `target` bytes of realistic policy markup: sections, paragraphs, lists, links.
pub fn big_policy(target: usize) -> String {
    let mut body = String::with_capacity(target + 4096);
    let mut i = 0;
    while body.len() < target {
        body.push_str(&format!(
            "<h2>Section {i}</h2><p>We collect your email address and device identifiers to provide the service. \
             We do not sell your personal information. We keep logs for {i} days; see <a href=\"/s/{i}\">details</a>.</p>\
             <ul><li>You may request deletion of your data at any time.</li><li>We share data with analytics partners such as Google Analytics.</li></ul>"
        ));
        i += 1;
    }
    wrap(&body)
}
