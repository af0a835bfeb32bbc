//! Parsing addresses found on pages, the same on every target.
//!
//! The `url` crate maps international host names (`bücher.example` → `xn--bcher-kva.example`) with
//! the Unicode tables of IDNA. The wasm build leaves those tables out (crates/idna_adapter), since
//! the browser has its own: there, an address `url` refuses for a non-ASCII character is given to the
//! browser's URL parser, which applies the same standard (WHATWG URL, UTS 46), and its result is
//! parsed again. Addresses the browser hands over (`a.href`, a tab's URL) are ASCII already, so the
//! detour is only taken for Unicode written into a page's HTML.

use url::Url;

/// Parses an absolute address.
pub(crate) fn parse(input: &str) -> Option<Url> {
    match Url::parse(input) {
        Ok(url) => Some(url),
        Err(_) if !input.is_ascii() => browser::resolve(input, None).and_then(|href| Url::parse(&href).ok()),
        Err(_) => None,
    }
}

/// Resolves a possibly relative address against a base.
pub(crate) fn join(base: &Url, input: &str) -> Option<Url> {
    match base.join(input) {
        Ok(url) => Some(url),
        Err(_) if !input.is_ascii() => {
            browser::resolve(input, Some(base.as_str())).and_then(|href| Url::parse(&href).ok())
        }
        Err(_) => None,
    }
}

/// The browser's URL parser, in the wasm build.
#[cfg(target_arch = "wasm32")]
mod browser {
    /// The serialised address, as the browser parses it (ASCII, hosts in Punycode).
    pub(super) fn resolve(input: &str, base: Option<&str>) -> Option<String> {
        let url = match base {
            Some(base) => web_sys::Url::new_with_base(input, base),
            None => web_sys::Url::new(input),
        };
        url.ok().map(|url| url.href())
    }
}

/// Natively `url` has the Unicode tables itself: what it refuses, the browser would refuse too.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    pub(super) fn resolve(_input: &str, _base: Option<&str>) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_hosts_parse_to_punycode() {
        let url = parse("https://www.münchen.de/datenschutz").unwrap();
        assert_eq!(url.host_str(), Some("www.xn--mnchen-3ya.de"));
        let base = parse("https://example.com/a/").unwrap();
        assert_eq!(join(&base, "https://bücher.example/p").unwrap().as_str(), "https://xn--bcher-kva.example/p");
        assert_eq!(join(&base, "datenschutzerklärung").unwrap().as_str(), "https://example.com/a/datenschutzerkl%C3%A4rung");
        assert!(parse("not a url").is_none());
        assert!(parse("https://exa mple.com/").is_none());
    }
}
