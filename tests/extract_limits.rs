#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Inputs that would make a careless extractor slow, deep or crash: a 10 MB page, a page nested
//! 100,000 elements deep, and odd text. Extraction must finish, without panicking, in time
//! proportional to the input. The time limits are generous so that debug builds on a slow machine
//! pass too; `cargo test --release --test extract_limits -- --nocapture` prints the real timings.

use std::time::{Duration, Instant};

use clausewise::extract::{extract, extract_bytes, extract_text, Format};

const PARAGRAPH: &str = "<p>We collect your name, your email address, and the pages you visit, so that we can run the service.</p>\n";

fn timed<T>(name: &str, limit: Duration, work: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = work();
    let took = start.elapsed();
    println!("{name}: {took:?}");
    assert!(took < limit, "{name} took {took:?}, limit {limit:?}");
    out
}

#[test]
fn ten_megabyte_page() {
    let mut html = String::from("<html><body><nav><a href='/'>Home</a></nav><main>");
    while html.len() < 10 * 1024 * 1024 {
        html.push_str("<h2>Section</h2>");
        for _ in 0..20 {
            html.push_str(PARAGRAPH);
        }
    }
    html.push_str("</main></body></html>");
    let policy = timed("10 MB page", Duration::from_secs(30), || {
        extract(&html, "https://x.test/").unwrap()
    });
    assert!(policy.clause_count() > 50_000);
}

#[test]
fn ten_megabytes_in_one_text_node() {
    // One huge paragraph without a single sentence end: no quadratic joins or rescans.
    let mut html = String::from("<html><body><p>");
    while html.len() < 10 * 1024 * 1024 {
        html.push_str("data, ");
    }
    html.push_str("</p></body></html>");
    let policy = timed("10 MB text node", Duration::from_secs(30), || {
        extract(&html, "https://x.test/").unwrap()
    });
    assert_eq!(policy.clause_count(), 1);
}

#[test]
fn deeply_nested_page() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 12);
    html.push_str("<html><body>");
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(PARAGRAPH);
    for _ in 0..depth {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let result = timed("100,000 nested divs", Duration::from_secs(10), || {
        extract(&html, "https://x.test/")
    });
    // html5ever may cap the depth of what it builds; either way the text is found or cleanly missed.
    if let Ok(policy) = result {
        assert!(policy.text().contains("We collect your name"));
    }
}

#[test]
fn deeply_nested_inline_and_lists() {
    let depth = 100_000;
    let mut html = String::from("<html><body>");
    for i in 0..depth {
        html.push_str(if i % 2 == 0 { "<ul><li>" } else { "<span><b>" });
    }
    html.push_str("We do not sell your personal information, ever, to anyone.");
    html.push_str("</body></html>");
    let _ = timed("100,000 nested lists", Duration::from_secs(20), || {
        extract(&html, "https://x.test/")
    });
}

#[test]
fn unclosed_ruby_and_optgroup_tags_nest_but_stay_linear() {
    // Outside <ruby> and <select> the parser nests these optional-end elements, so they count.
    for tag in ["rb", "rt", "optgroup"] {
        let mut html = String::from("<html><body><main><p>We do not sell your personal information.</p>");
        for _ in 0..100_000 {
            html.push_str(&format!("<{tag}>x"));
        }
        html.push_str("</main></body></html>");
        let policy = timed(&format!("100,000 unclosed <{tag}>"), Duration::from_secs(20), || {
            extract(&html, "https://x.test/")
        });
        assert!(policy.is_ok(), "<{tag}>");
    }
    // Inside <ruby>, a run of unclosed <rt> closes itself and is not cut.
    let ruby: String = (0..1000).map(|_| "<ruby>漢<rt>kan</ruby> ").collect();
    let html = format!("<html><body><main><p>{ruby} We keep your data for 30 days.</p></main></body></html>");
    let policy = extract(&html, "https://x.test/").unwrap();
    assert!(policy.text().contains("We keep your data for 30 days."));
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs: &[&[u8]] = &[
        b"",
        b"\xFF\xFE",
        b"\xEF\xBB\xBF",
        b"<",
        b"<html",
        b"<meta charset=",
        b"<meta charset=\"\xFF\">",
        b"<p>\xC3</p>",
        b"<table><tr><td>a<td>b<tr><td>",
        b"<h7>x</h7><h0>y</h0>",
        b"[[[[[[[[[[((((((",
        b"# \n## \n- \n1. \n|\n```",
        "é.\u{301} É. ??? ... “”".as_bytes(),
    ];
    for input in inputs {
        let _ = extract_bytes(input, Format::Html, "https://x.test/");
        let _ = extract_bytes(input, Format::Markdown, "https://x.test/");
        let _ = extract_bytes(input, Format::Text, "https://x.test/");
    }
    let brackets = "[".repeat(200_000);
    let _ = timed(
        "200,000 open brackets in markdown",
        Duration::from_secs(5),
        || extract_text(&brackets, Format::Markdown),
    );
}

#[test]
fn discovery_on_a_deeply_nested_page_stays_linear() {
    let mut html = String::from("<html><body>");
    // The link sits below the depth cap: links are kept at any depth.
    html.push_str(&"<div>".repeat(100_000));
    html.push_str("<footer><a href=\"/privacy\">Privacy Policy</a></footer>");
    html.push_str(&"</div>".repeat(100_000));
    html.push_str("</body></html>");
    let found = timed("discover, 100,000 nested <div>", Duration::from_secs(20), || {
        clausewise::discover(&html, "https://x.test/")
    });
    assert_eq!(found.candidates.first().map(|c| c.url.as_str()), Some("https://x.test/privacy"));
}

#[test]
fn sign_in_pages_are_login_walls_but_policies_with_a_sign_in_box_are_not() {
    let login = r#"<html><body><main><h1>Sign in</h1><form><input name="user"><input type="password" name="pw">
        <button>Sign in</button></form><p>Forgot your password?</p></main></body></html>"#;
    assert_eq!(extract(login, "https://x.test/privacy").unwrap_err().code(), "login_wall");
    let sentence = "We use your email address only to send you receipts and we never sell it to anyone. ";
    let policy = format!(
        r#"<html><body><header><form><input type="password"></form></header><main><h1>Privacy Policy</h1>
        <p>{}</p></main></body></html>"#,
        sentence.repeat(20)
    );
    assert!(extract(&policy, "https://x.test/privacy").is_ok());
}
