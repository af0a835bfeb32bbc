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
