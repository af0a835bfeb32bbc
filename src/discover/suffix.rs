//! The public suffix list as compact data: which part of a host name is its public suffix.
//!
//! The list (`public_suffixes.txt`, written by `examples/public_suffixes.rs`) is compiled in as text,
//! one line per parent domain with the labels that extend it (`uk:ac co gov …`). It is parsed into a
//! map on first use. Matching code generated from the list (the `psl` crate) was half of the wasm's
//! code; the text is a tenth of that gzipped, and the answers are the same (tests/public_suffix.rs
//! compares them with the `psl` crate natively, and tests/wasm.rs runs the table in the browser).
//!
//! The rules are the list's: the longest matching rule wins, an exception (`!www.ck`) beats the
//! wildcard it carves out of (`*.ck`), and a host no rule matches has its last label as suffix.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The list: parent domain → its children, space-separated (`*` a wildcard, `!label` an exception).
const LIST: &str = include_str!("public_suffixes.txt");

fn list() -> &'static HashMap<&'static str, &'static str> {
    static LIST_MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    LIST_MAP.get_or_init(|| {
        LIST.lines().filter(|line| !line.starts_with('#')).filter_map(|line| line.split_once(':')).collect()
    })
}

/// The public suffix of a lowercase ASCII host name without a trailing dot ("co.uk" for
/// "shop.example.co.uk"). Every host has one: without a matching rule it is the last label.
pub(crate) fn public_suffix(host: &str) -> &str {
    let list = list();
    // Candidates from the longest: `host[start..]` is `child.parent`.
    let mut start = 0;
    while let Some(dot) = host.get(start..).and_then(|rest| rest.find('.')) {
        let child = host.get(start..start + dot).unwrap_or_default();
        let parent = host.get(start + dot + 1..).unwrap_or_default();
        if let Some(children) = list.get(parent) {
            let mut matched = false;
            for rule in children.split(' ') {
                if rule.strip_prefix('!') == Some(child) {
                    return parent;
                }
                matched |= rule == child || rule == "*";
            }
            if matched {
                return host.get(start..).unwrap_or(host);
            }
        }
        start += dot + 1;
    }
    host.get(start..).unwrap_or(host)
}

/// The registrable domain of a lowercase ASCII host without a trailing dot: its public suffix and
/// one more label. `None` when the host is a public suffix itself (`co.uk`, `localhost`).
pub(crate) fn registrable(host: &str) -> Option<&str> {
    let suffix = public_suffix(host);
    let rest = host.strip_suffix(suffix)?.strip_suffix('.')?;
    if rest.is_empty() {
        return None;
    }
    let label_start = rest.rfind('.').map_or(0, |dot| dot + 1);
    host.get(label_start..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_wildcards_and_exceptions() {
        let cases = [
            ("example.com", "com", Some("example.com")),
            ("a.b.example.co.uk", "co.uk", Some("example.co.uk")),
            ("co.uk", "co.uk", None),
            ("localhost", "localhost", None),
            ("foo.localhost", "localhost", Some("foo.localhost")),
            // `*.ck` with the exception `!www.ck`.
            ("a.b.ck", "b.ck", Some("a.b.ck")),
            ("www.ck", "ck", Some("www.ck")),
            ("a.www.ck", "ck", Some("www.ck")),
            ("example.unknowntld", "unknowntld", Some("example.unknowntld")),
        ];
        for (host, suffix, domain) in cases {
            assert_eq!(public_suffix(host), suffix, "{host}");
            assert_eq!(registrable(host), domain, "{host}");
        }
    }

    #[test]
    fn odd_hosts_do_not_panic() {
        for host in ["", ".", "..", "a..b", ".com", "com.", "a.", "*.ck", "!www.ck"] {
            let suffix = public_suffix(host);
            assert!(host.ends_with(suffix), "{host:?} → {suffix:?}");
            let _ = registrable(host);
        }
    }
}
