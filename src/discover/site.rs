//! Which site a URL belongs to, and how a link's site relates to the page's.
//!
//! The site is the registrable domain from the public suffix list (module `suffix`), so `shop.example.co.uk`
//! and `www.example.co.uk` are one site. Companies often keep their policy on a sibling domain
//! (`brand.com` → `brandgroup.com`, `example.de` → `example.com`); a sibling is recognised when the
//! name left of the public suffix of one domain starts with the other's. This is a heuristic, not a
//! list of known hosts: no site is special-cased.

use super::address::Url;

/// Shortest name accepted as the stem of a sibling ("ab.com" and "abc.com" are not siblings).
const MIN_STEM: usize = 4;

/// The registrable domain ("example.co.uk") of a URL, from the public suffix list.
///
/// IP addresses and single-label hosts (`localhost`) are their own site.
pub fn registrable_domain(url: &Url) -> Option<String> {
    let host = match super::address::host(url)? {
        // An IP address is its own site: the public suffix list knows nothing of numbers.
        (true, ip) => return Some(ip.to_string()),
        (false, domain) => domain.trim_end_matches('.').to_ascii_lowercase(),
    };
    match super::suffix::registrable(&host) {
        Some(domain) => Some(domain.to_string()),
        None => Some(host),
    }
}

/// The site of an address: its registrable domain, or its host for IP addresses and single-label
/// hosts; empty when the address does not parse. The key under which a site's report is cached.
pub fn site_of(url: &str) -> String {
    super::address::parse(url.trim()).and_then(|url| registrable_domain(&url)).unwrap_or_default()
}

/// How a link's site relates to the page's site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relation {
    /// The same registrable domain.
    Same,
    /// A related domain: the same name under another suffix, or a name that extends the other.
    Sibling,
    /// Anything else, including when the page's own address is unknown.
    Other,
}

/// A site: its registrable domain and the name left of the public suffix.
#[derive(Clone, Debug)]
pub(crate) struct Site {
    domain: String,
    stem: String,
}

impl Site {
    /// The site of a URL, if it has a host.
    pub(crate) fn of(url: &Url) -> Option<Site> {
        let domain = registrable_domain(url)?;
        let suffix = super::suffix::public_suffix(&domain);
        let stem = domain.strip_suffix(suffix).unwrap_or(&domain).trim_end_matches('.');
        // Hyphens do not make another brand: "brand-group.com" is a sibling of "brand.com".
        let stem = stem.replace('-', "");
        Some(Site { stem, domain })
    }

    /// The registrable domain.
    pub(crate) fn domain(&self) -> &str {
        &self.domain
    }

    /// How `other` relates to this site.
    pub(crate) fn relation(&self, other: &Site) -> Relation {
        if self.domain == other.domain {
            return Relation::Same;
        }
        let (short, long) =
            if self.stem.len() <= other.stem.len() { (&self.stem, &other.stem) } else { (&other.stem, &self.stem) };
        if short.len() >= MIN_STEM && long.starts_with(short.as_str()) {
            Relation::Sibling
        } else {
            Relation::Other
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relation(a: &str, b: &str) -> Relation {
        let site = |u: &str| Url::parse(u).ok().as_ref().and_then(Site::of);
        match (site(a), site(b)) {
            (Some(a), Some(b)) => a.relation(&b),
            _ => Relation::Other,
        }
    }

    #[test]
    fn relations() {
        assert_eq!(relation("https://shop.example.co.uk/", "https://www.example.co.uk/p"), Relation::Same);
        assert_eq!(relation("https://example.de/", "https://example.com/privacy"), Relation::Sibling);
        assert_eq!(relation("https://brand.com/", "https://brandgroup.com/privacy"), Relation::Sibling);
        assert_eq!(relation("https://brand.com/", "https://brand-group.com/privacy"), Relation::Sibling);
        assert_eq!(relation("https://abc.com/", "https://abcd.com/"), Relation::Other);
        assert_eq!(relation("https://example.com/", "https://policies.other.org/"), Relation::Other);
        assert_eq!(relation("http://127.0.0.1:8080/", "http://127.0.0.1:8080/privacy"), Relation::Same);
        assert_eq!(relation("http://localhost/", "http://localhost/privacy"), Relation::Same);
    }
}

#[cfg(test)]
mod registrable_tests {
    use super::*;

    #[test]
    fn sites_are_registrable_domains() {
        let cases = [
            ("https://shop.example.co.uk/a", "example.co.uk"),
            ("http://127.0.0.1:8080/", "127.0.0.1"),
            ("http://[::1]/", "[::1]"),
            ("http://localhost/", "localhost"),
            ("https://a.b.github.io/", "b.github.io"),
            ("https://WWW.Example.COM./x", "example.com"),
        ];
        for (url, want) in cases {
            assert_eq!(registrable_domain(&Url::parse(url).unwrap()).as_deref(), Some(want), "{url}");
        }
    }
}
