#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Inputs other than clean UTF-8 HTML: bytes in other charsets, plain text, Markdown, PDFs, and
//! pages that only show text once JavaScript runs.

#[path = "common/charsets.rs"]
mod charsets;

use clausewise::extract::{decode_html, extract, extract_bytes, extract_text, Format};
use clausewise::Language;

const SENTENCE: &str =
    "Wir verarbeiten Ihre Daten, zum Beispiel Ihre Adresse in München, nur für die Bestellung.";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let bytes = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        out.extend_from_slice(&bytes);
    }
    out
}

fn windows_1252(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
}

fn html(head: &str) -> String {
    format!("<html><head>{head}<title>Datenschutz</title></head><body><main><p>{SENTENCE}</p></main></body></html>")
}

/// One decoding case: the bytes of a page and the sentence that must come out of it.
struct CharsetTest {
    name: &'static str,
    bytes: Vec<u8>,
    want: &'static str,
}

fn charset_cases() -> Vec<CharsetTest> {
    let latin1 = windows_1252(&html("<meta charset=\"windows-1252\">"));
    let iso = windows_1252(&html(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
    ));
    let undeclared = windows_1252(&html(""));
    let japanese = "<html><head><meta charset=\"shift_jis\"></head><body><main><p>個人情報を第三者に販売しません。</p></main></body></html>";
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(japanese);
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend_from_slice(html("").as_bytes());
    vec![
        CharsetTest {
            name: "utf-8 without declaration",
            bytes: html("").into_bytes(),
            want: SENTENCE,
        },
        CharsetTest {
            name: "utf-8 bom",
            bytes: utf8_bom,
            want: SENTENCE,
        },
        CharsetTest {
            name: "utf-16le bom",
            bytes: utf16(&html(""), false),
            want: SENTENCE,
        },
        CharsetTest {
            name: "utf-16be bom",
            bytes: utf16(&html(""), true),
            want: SENTENCE,
        },
        CharsetTest {
            name: "meta charset windows-1252",
            bytes: latin1,
            want: SENTENCE,
        },
        CharsetTest {
            name: "http-equiv iso-8859-1",
            bytes: iso,
            want: SENTENCE,
        },
        CharsetTest {
            name: "invalid utf-8 without declaration",
            bytes: undeclared,
            want: SENTENCE,
        },
        CharsetTest {
            name: "meta charset shift_jis",
            bytes: sjis.into_owned(),
            want: "個人情報を第三者に販売しません。",
        },
    ]
}

#[test]
fn charsets() {
    for case in charset_cases() {
        let policy = extract_bytes(&case.bytes, Format::Html, "https://x.test/")
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_eq!(policy.text().trim(), case.want, "{}", case.name);
    }
}

#[test]
fn pdf_is_not_html() {
    for bytes in [&b"%PDF-1.7 ..."[..], b"\n  %PDF-1.4"] {
        let err = extract_bytes(bytes, Format::Html, "https://x.test/p.pdf").unwrap_err();
        assert_eq!(err.code(), "not_html");
        assert_eq!(err.to_string(), "the document is not a web page (PDF)");
    }
}

/// One text or Markdown case: the input, and the headings and clauses expected in order.
struct TextTest {
    name: &'static str,
    format: Format,
    input: &'static str,
    headings: &'static [&'static str],
    clauses: &'static [&'static str],
}

const TEXT_CASES: &[TextTest] = &[
    TextTest {
        name: "plain paragraphs with wrapped lines",
        format: Format::Text,
        input: "We collect your name.\nWe keep it for a year.\n\nWe never sell it.\r\n",
        headings: &[],
        clauses: &["We collect your name.", "We keep it for a year.", "We never sell it."],
    },
    TextTest {
        name: "markdown headings, lists, links and emphasis",
        format: Format::Markdown,
        input: "# Privacy Policy\n\n## Sharing\n\nWe **never** sell _your_ data. Read [our terms](https://x.test/terms).\n\n\
                - Hosting providers\n* Payment processors\n1. Auditors\n\n### Contact\n\nWrite to <privacy@x.test>. Use `snake_case` ids.\n",
        headings: &["Sharing", "Contact"],
        clauses: &[
            "We never sell your data.",
            "Read our terms.",
            "Hosting providers",
            "Payment processors",
            "Auditors",
            "Write to privacy@x.test.",
            "Use snake_case ids.",
        ],
    },
    TextTest {
        name: "markdown front matter, setext heading, table, image and escapes",
        format: Format::Markdown,
        input: "---\ntitle: Privacy\n---\nPrivacy\n=======\n\n![logo](logo.png)\n\n| Data | Kept |\n|---|---|\n| Logs | 30 days |\n\nWe use \\*cookies\\*.\n",
        headings: &["Privacy"],
        clauses: &["logo", "Data | Kept", "Logs | 30 days", "We use *cookies*."],
    },
    TextTest {
        name: "markdown saved as .txt is read as markdown",
        format: Format::Text,
        input: "# Privacy Policy\n\n**Information collection**  \nWe collect [logs](https://x.test).\n",
        headings: &["Privacy Policy"],
        clauses: &["Information collection We collect logs."],
    },
];

#[test]
fn text_and_markdown() {
    for case in TEXT_CASES {
        let policy =
            extract_text(case.input, case.format).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let headings: Vec<_> = policy
            .sections
            .iter()
            .map(|s| s.heading.as_str())
            .filter(|h| !h.is_empty())
            .collect();
        let clauses: Vec<_> = policy.clauses().map(|(_, c)| c.text.as_str()).collect();
        assert_eq!(clauses, case.clauses, "{}", case.name);
        assert_eq!(headings, case.headings, "{}", case.name);
    }
}

#[test]
fn empty_text_is_an_error() {
    assert_eq!(
        extract_text("  \n\n ", Format::Text).unwrap_err().code(),
        "empty"
    );
    assert_eq!(
        extract("<html><body></body></html>", "https://x.test/")
            .unwrap_err()
            .code(),
        "empty"
    );
}

/// Pages that show their text only after JavaScript runs, and pages that merely have scripts.
#[test]
fn needs_javascript() {
    let cases: &[(&str, &str, bool)] = &[
        ("empty spa root", "<html><head><script src='app.js'></script></head><body><div id='root'></div></body></html>", true),
        ("noscript message", "<html><body><noscript>You need to enable JavaScript to run this app.</noscript><div id='app'></div></body></html>", true),
        ("only scripts", "<html><body><script>render()</script><p>Loading…</p></body></html>", true),
        ("next.js shell", "<html><body><div id='__next'></div><script id='__NEXT_DATA__' type='application/json'>{}</script></body></html>", true),
        (
            "real policy with scripts",
            "<html><body><script>track()</script><noscript>Enable JavaScript for the best experience.</noscript><main><p>We collect your name, your email address, and the pages you visit, so that we can run the service for you, every day, and improve it.</p><p>We do not sell your personal information, to anyone, for any purpose, and we share it only with processors.</p></main></body></html>",
            false,
        ),
    ];
    for (name, html, want) in cases {
        let result = extract(html, "https://x.test/");
        let is_js = matches!(&result, Err(e) if e.code() == "needs_javascript");
        assert_eq!(is_js, *want, "{name}: {result:?}");
    }
    let err = extract(cases[0].1, "https://x.test/").unwrap_err();
    assert_eq!(
        err.to_string(),
        "the page shows its text only after JavaScript runs"
    );
}

#[test]
fn language_detection() {
    let cases: &[(&str, &str, Language)] = &[
        ("en", "<p>We collect your information and we share it with our partners for the purposes of this policy.</p>", Language::English),
        ("de", "<p>Wir verarbeiten Ihre Daten nicht ohne Ihre Zustimmung und die Daten werden mit der Firma geteilt.</p>", Language::German),
        ("fr", "<p>Nous collectons vos données et nous les partageons avec des partenaires pour les services.</p>", Language::French),
        ("es", "<p>Los datos que usted nos proporciona se usan para los servicios y con su consentimiento.</p>", Language::Spanish),
        ("it", "<p>I dati personali che ci fornisci sono trattati per le finalità della presente informativa e non sono ceduti.</p>", Language::Italian),
        ("nl", "<p>Wij verwerken uw gegevens niet zonder toestemming en de gegevens worden niet met derden gedeeld.</p>", Language::Dutch),
        ("pt", "<p>Os seus dados pessoais são tratados para as finalidades descritas e você pode pedir a exclusão dos dados.</p>", Language::Portuguese),
        // A wrong `lang` attribute does not override the text.
        ("de", "<p>We collect your information and we share it with our partners for the purposes of this policy.</p>", Language::English),
    ];
    for (lang, body, want) in cases {
        let html = format!("<html lang='{lang}'><body><main>{body}</main></body></html>");
        let policy = extract(&html, "https://x.test/").unwrap();
        assert_eq!(policy.language, *want, "{body}");
    }
}

#[test]
fn charsets_decode_as_in_the_browser() {
    for (name, bytes, want) in charsets::CHARSETS {
        assert_eq!(decode_html(bytes), *want, "{name}");
    }
}
