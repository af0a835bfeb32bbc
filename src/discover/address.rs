//! Parsing addresses found on pages, the same on every target.
//!
//! Natively, addresses are `url::Url`. The `url` crate maps international host names
//! (`bücher.example` → `xn--bcher-kva.example`) with the Unicode tables of IDNA; an address it refuses
//! is refused (the browser would refuse it too).
//!
//! In the wasm build the browser already has a URL parser of the same standard (WHATWG URL, UTS 46),
//! so the address is parsed there (`new URL(input, base)`) and only its serialisation kept: [`Url`]
//! below reads the parts the discovery needs from that canonical text. The `url` crate, its IDNA
//! path and their sorts were about 30 KB of the wasm's code (10 KB gzipped).

#[cfg(not(target_arch = "wasm32"))]
pub use url::Url;

#[cfg(target_arch = "wasm32")]
pub use browser::Url;

/// Parses an absolute address.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn parse(input: &str) -> Option<Url> {
    Url::parse(input).ok()
}

/// Resolves a possibly relative address against a base.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn join(base: &Url, input: &str) -> Option<Url> {
    base.join(input).ok()
}

/// Whether the address's host is an IP address (its own site: the public suffix list knows nothing
/// of numbers), and the host.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn host(url: &Url) -> Option<(bool, &str)> {
    let ip = matches!(url.host()?, url::Host::Ipv4(_) | url::Host::Ipv6(_));
    Some((ip, url.host_str()?))
}

/// Parses an absolute address.
#[cfg(target_arch = "wasm32")]
pub(crate) fn parse(input: &str) -> Option<Url> {
    Url::parse(input).ok()
}

/// Resolves a possibly relative address against a base.
#[cfg(target_arch = "wasm32")]
pub(crate) fn join(base: &Url, input: &str) -> Option<Url> {
    base.join(input).ok()
}

/// Whether the address's host is an IP address, and the host. The browser writes an IPv4 address
/// in dotted decimal and an IPv6 one in brackets; a domain whose last label is a number is parsed
/// as IPv4 or refused (WHATWG URL), so digits and dots alone are an IPv4 address.
#[cfg(target_arch = "wasm32")]
pub(crate) fn host(url: &Url) -> Option<(bool, &str)> {
    let host = url.host_str()?;
    let ip = host.starts_with('[') || host.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    Some((ip, host))
}

/// The browser's URL parser, in the wasm build.
#[cfg(target_arch = "wasm32")]
mod browser {
    use std::fmt;
    use std::ops::Range;

    /// An address as the browser serialises it (ASCII, hosts in Punycode, default ports left out),
    /// with where its parts are in that text. The accessors answer like `url::Url`'s.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Url {
        href: String,
        /// The scheme, without its colon.
        scheme: usize,
        host: Option<Range<usize>>,
        port: Option<u16>,
        path: Range<usize>,
        /// The query without its `?`, and the fragment without its `#`.
        query: Option<Range<usize>>,
        fragment: Option<usize>,
    }

    /// An address the browser refused.
    #[derive(Debug)]
    pub struct ParseError;

    impl Url {
        /// Parses an absolute address.
        pub fn parse(input: &str) -> Result<Url, ParseError> {
            web_sys::Url::new(input).map(|u| Url::read(u.href())).map_err(|_| ParseError)
        }

        /// Resolves `input` against this address.
        pub fn join(&self, input: &str) -> Result<Url, ParseError> {
            web_sys::Url::new_with_base(input, &self.href).map(|u| Url::read(u.href())).map_err(|_| ParseError)
        }

        /// Finds the parts in the browser's serialisation: `scheme:` then, for addresses with a
        /// host, `//userinfo@host:port`, then the path, `?query` and `#fragment`. Bytes are
        /// compared, and every boundary is an ASCII character, so every range falls on a character.
        fn read(href: String) -> Url {
            let bytes = href.as_bytes();
            let scheme = href.find(':').unwrap_or(0);
            let mut at = scheme + 1;
            let (mut host, mut port) = (None, None);
            if href.get(at..).is_some_and(|rest| rest.starts_with("//")) {
                at += 2;
                let end = bytes.iter().skip(at).position(|&b| matches!(b, b'/' | b'?' | b'#')).map_or(href.len(), |k| at + k);
                let authority = href.get(at..end).unwrap_or_default();
                // The user name and password come before the last `@`.
                let start = authority.rfind('@').map_or(at, |k| at + k + 1);
                // A port follows the last colon after the host (an IPv6 host is in brackets).
                let host_part = href.get(start..end).unwrap_or_default();
                let bracket = host_part.rfind(']').unwrap_or(0);
                let host_end = match host_part.rfind(':').filter(|&k| k >= bracket) {
                    Some(k) => {
                        port = host_part.get(k + 1..).and_then(|p| p.parse().ok());
                        start + k
                    }
                    None => end,
                };
                host = (host_end > start).then_some(start..host_end);
                at = end;
            }
            let path_end = bytes.iter().skip(at).position(|&b| matches!(b, b'?' | b'#')).map_or(href.len(), |k| at + k);
            let fragment = href.get(path_end..).and_then(|rest| rest.find('#')).map(|k| path_end + k + 1);
            let query = (bytes.get(path_end) == Some(&b'?')).then(|| path_end + 1..fragment.map_or(href.len(), |f| f - 1));
            Url { scheme, host, port, path: at..path_end, query, fragment, href }
        }

        /// The whole address.
        pub fn as_str(&self) -> &str {
            &self.href
        }

        /// The scheme, without its colon.
        pub fn scheme(&self) -> &str {
            self.href.get(..self.scheme).unwrap_or_default()
        }

        /// The host, if the address has one.
        pub fn host_str(&self) -> Option<&str> {
            self.host.clone().and_then(|range| self.href.get(range))
        }

        /// The port, unless it is the scheme's default.
        pub fn port(&self) -> Option<u16> {
            self.port
        }

        /// The path (from its `/` for addresses with a host).
        pub fn path(&self) -> &str {
            self.href.get(self.path.clone()).unwrap_or_default()
        }

        /// The fragment, without its `#`.
        pub fn fragment(&self) -> Option<&str> {
            self.fragment.and_then(|start| self.href.get(start..))
        }

        /// Drops the fragment (the only change the discovery makes to an address).
        pub fn set_fragment(&mut self, fragment: Option<&str>) {
            if let (Some(start), None) = (self.fragment, fragment) {
                self.href.truncate(start - 1);
                self.fragment = None;
            }
        }

        /// The query's `name=value` pairs, decoded as forms are (`+` is a space, `%xx` a byte).
        pub fn query_pairs(&self) -> impl Iterator<Item = (String, String)> + '_ {
            let query = self.query.clone().and_then(|range| self.href.get(range)).unwrap_or_default();
            query.split('&').filter(|pair| !pair.is_empty()).map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(name), decode(value))
            })
        }
    }

    impl fmt::Display for Url {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.href)
        }
    }

    /// `application/x-www-form-urlencoded` decoding, as `form_urlencoded::parse` does it.
    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let hex = |k: usize| bytes.get(k).and_then(|&c| char::from(c).to_digit(16));
            match (b, hex(i + 1), hex(i + 2)) {
                (b'%', Some(high), Some(low)) => {
                    // Two hex digits make one byte (at most 255).
                    out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
                    i += 3;
                }
                (b'+', _, _) => {
                    out.push(b' ');
                    i += 1;
                }
                _ => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        String::from_utf8_lossy(&out).into_owned()
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
