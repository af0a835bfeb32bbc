// Documents in other charsets and the text they decode to, shared by the native tests
// (tests/extract_input.rs, encoding_rs) and the wasm tests (tests/wasm.rs, the browser's TextDecoder):
// the charset must be chosen and decoded the same on both targets.

/// A name, the bytes of a document, and its text.
pub const CHARSETS: &[(&str, &[u8], &str)] = &[
    ("undeclared utf-8", b"<p>M\xc3\xbcnchen</p>", "<p>München</p>"),
    ("undeclared, not utf-8: windows-1252", b"<p>caf\xe9 \x80</p>", "<p>café €</p>"),
    ("meta windows-1252", b"<meta charset=windows-1252><p>\xfc\x93</p>", "<meta charset=windows-1252><p>ü\u{201c}</p>"),
    (
        "http-equiv iso-8859-1 reads as windows-1252",
        b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\x80",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">€",
    ),
    ("shift_jis", b"<meta charset=\"shift_jis\">\x93\xfa\x96\x7b", "<meta charset=\"shift_jis\">日本"),
    ("gbk", b"<meta charset=gbk>\xd6\xd0", "<meta charset=gbk>中"),
    ("euc-kr", b"<meta charset='euc-kr'>\xc7\xd1", "<meta charset='euc-kr'>한"),
    ("an unknown label is skipped", b"<meta charset=bogus><meta charset=koi8-r>\xc1", "<meta charset=bogus><meta charset=koi8-r>а"),
    ("utf-16 in a meta reads as utf-8", b"<meta charset=utf-16>\xc3\xa9", "<meta charset=utf-16>é"),
    ("x-user-defined reads as windows-1252", b"<meta charset=x-user-defined>\xe9", "<meta charset=x-user-defined>é"),
    ("the replacement encoding", b"<meta charset=iso-2022-kr>abc", "\u{FFFD}"),
    ("utf-8 byte-order mark", b"\xef\xbb\xbfok", "ok"),
    ("a second byte-order mark is text", b"\xef\xbb\xbf\xef\xbb\xbfok", "\u{FEFF}ok"),
    ("utf-16le byte-order mark", b"\xff\xfeo\x00k\x00", "ok"),
    ("utf-16be byte-order mark", b"\xfe\xff\x00o\x00k", "ok"),
    ("a byte-order mark beats the meta", b"\xef\xbb\xbf<meta charset=windows-1252>\xc3\xa9", "<meta charset=windows-1252>é"),
    ("invalid utf-8 after a utf-8 meta", b"<meta charset=utf-8>a\xffb", "<meta charset=utf-8>a\u{FFFD}b"),
];
