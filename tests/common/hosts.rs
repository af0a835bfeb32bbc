// Sites of addresses, shared by the native tests (tests/public_suffix.rs) and the wasm tests
// (tests/wasm.rs): the public suffix list must give the same registrable domains on both targets.

/// An address and the site (registrable domain, or host) it belongs to.
pub const SITES: &[(&str, &str)] = &[
    ("https://example.com/privacy", "example.com"),
    ("https://www.example.com/", "example.com"),
    ("https://WWW.Example.COM./x", "example.com"),
    ("https://shop.example.co.uk/a", "example.co.uk"),
    ("https://a.b.c.example.co.uk/", "example.co.uk"),
    ("https://example.com.au/", "example.com.au"),
    ("https://www.example.co.jp/", "example.co.jp"),
    // Prefecture suffixes; a city's wildcard suffix, and the exception carved out of it.
    ("https://www.example.kyoto.jp/", "example.kyoto.jp"),
    ("https://shop.example.yokohama.jp/", "shop.example.yokohama.jp"),
    ("https://www.city.kawasaki.jp/", "city.kawasaki.jp"),
    ("https://shop.example.kawasaki.jp/", "shop.example.kawasaki.jp"),
    // A wildcard top-level suffix and its exception.
    ("https://a.example.ck/", "a.example.ck"),
    ("https://www.ck/", "www.ck"),
    // Private-section suffixes: every user's pages are their own site.
    ("https://a.b.github.io/", "b.github.io"),
    ("https://project.blogspot.com/", "project.blogspot.com"),
    // A suffix alone, and hosts no rule knows.
    ("https://co.uk/", "co.uk"),
    ("https://example.unknowntld/", "example.unknowntld"),
    ("http://localhost/", "localhost"),
    ("http://localhost:8080/privacy", "localhost"),
    ("http://app.localhost/", "app.localhost"),
    ("http://intranet/", "intranet"),
    // IP addresses are their own site.
    ("http://127.0.0.1:8080/", "127.0.0.1"),
    ("http://192.168.0.10/", "192.168.0.10"),
    ("http://[::1]/", "[::1]"),
    ("http://[2001:db8::1]:8443/", "[2001:db8::1]"),
    // Internationalised names, given in Punycode (as browsers hand them over) or in Unicode.
    ("https://www.xn--mnchen-3ya.de/", "xn--mnchen-3ya.de"),
    ("https://www.münchen.de/", "xn--mnchen-3ya.de"),
    ("https://shop.example.xn--55qx5d.cn/", "example.xn--55qx5d.cn"),
    ("https://shop.example.公司.cn/", "example.xn--55qx5d.cn"),
    ("https://example.xn--p1ai/", "example.xn--p1ai"),
    ("https://пример.рф/", "xn--e1afmkfd.xn--p1ai"),
];

/// Pairs of addresses and whether they are the same document. Natively they are parsed by the `url`
/// crate, in the wasm by the browser's URL parser: both must agree (ports, user names, IPv6 hosts,
/// encoded query names, fragments).
pub const SAME_DOCUMENT: &[(&str, &str, bool)] = &[
    ("https://www.example.com/privacy/", "http://example.com/privacy#top", true),
    ("https://example.com/privacy?utm_source=x&ref=footer", "https://example.com/privacy", true),
    ("https://example.com/privacy?%75tm_medium=x", "https://example.com/privacy", true),
    ("https://example.com/privacy?hl=de+at", "https://example.com/privacy?hl=de%20at", true),
    ("https://example.com/privacy?hl=de", "https://example.com/privacy", false),
    ("https://example.com:443/privacy", "https://example.com/privacy", true),
    ("https://example.com:8443/privacy", "https://example.com/privacy", false),
    ("https://user:secret@example.com/privacy", "https://example.com/privacy", true),
    ("http://[::1]:8080/p?x#y", "http://[0:0::1]:8080/p/?x", true),
    ("http://127.0.0.1/p", "http://127.0.0.2/p", false),
    ("https://EXAMPLE.com/a/../privacy", "https://example.com/privacy", true),
    ("https://www.münchen.de/datenschutz", "https://xn--mnchen-3ya.de/datenschutz/", true),
    ("https://example.com/privacy", "https://example.com/terms", false),
    ("https://example.com/privacy", "https://example.org/privacy", false),
    ("mailto:a@example.com", "mailto:a@example.com", true),
    ("not an address", "not an address", false),
];

/// A page at `PLAN_URL` with links written in every way (relative, absolute, with a base-less
/// fragment, protocol-relative, with a port and a query, international), and the addresses the
/// fetch plan resolves them to, best first.
pub const PLAN_URL: &str = "https://shop.example.co.uk/item/1?x=1#reviews";
pub const PLAN_HTML: &str = r##"<html lang="de"><body><a href="../about">About</a>
    <footer><a href="legal/privacy#cookies">Privacy Policy</a> <a href="//help.example.co.uk:8080/privacy-notice?lang=de">Privacy notice</a>
    <a href="https://www.example.co.uk/datenschutzerklärung">Datenschutzerklärung</a>
    <a href="mailto:privacy@example.co.uk">Privacy team</a> <a href="#top">Privacy (top)</a></footer></body></html>"##;
pub const PLAN_URLS: &[&str] = &[
    "https://shop.example.co.uk/item/legal/privacy",
    "https://help.example.co.uk:8080/privacy-notice?lang=de",
    "https://www.example.co.uk/datenschutzerkl%C3%A4rung",
];
