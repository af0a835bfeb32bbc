//! Links that open a policy page scrolled to, and highlighting, one quoted sentence.
//!
//! Browsers support URL text fragments (`#:~:text=start,end`). A long quote is linked by its first and
//! last few words rather than whole: the page's markup may split the sentence in ways the extracted
//! text does not show, and a shorter fragment is more likely to match.

/// Words kept at each end of a long quote.
const EDGE_WORDS: usize = 4;

/// The URL of `page_url` with a text fragment selecting `quote`.
pub fn quote_link(page_url: &str, quote: &str) -> String {
    let base = page_url.split('#').next().unwrap_or(page_url);
    let words: Vec<&str> = quote.split_whitespace().collect();
    let fragment = if words.len() <= 2 * EDGE_WORDS + 2 {
        encode(&words.join(" "))
    } else {
        let start = words[..EDGE_WORDS].join(" ");
        let end = words[words.len() - EDGE_WORDS..].join(" ");
        format!("{},{}", encode(&start), encode(&end))
    };
    format!("{base}#:~:text={fragment}")
}

/// Percent-encodes everything but unreserved characters; `-`, `,` and `&` have meaning in fragments.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::quote_link;

    #[test]
    fn table() {
        let cases = [
            ("https://x.test/privacy", "We do not sell data.", "https://x.test/privacy#:~:text=We%20do%20not%20sell%20data."),
            ("https://x.test/p#top", "Opt-out, anytime & free", "https://x.test/p#:~:text=Opt%2Dout%2C%20anytime%20%26%20free"),
            (
                "https://x.test/p",
                "We keep your personal data for as long as your account is open and then delete it.",
                "https://x.test/p#:~:text=We%20keep%20your%20personal,and%20then%20delete%20it.",
            ),
            ("https://x.test/p", "Über Daten", "https://x.test/p#:~:text=%C3%9Cber%20Daten"),
        ];
        for (url, quote, want) in cases {
            assert_eq!(quote_link(url, quote), want);
        }
    }
}
