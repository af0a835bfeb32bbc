#![allow(clippy::unwrap_used, clippy::expect_used)]
//! HTML's named character references decode as the standard says, through the compact table of
//! crates/web_atoms: every name, and the legacy names that work without a semicolon.

use scraper::Html;

fn text_of(html: &str) -> String {
    Html::parse_fragment(html).root_element().text().collect()
}

#[test]
fn every_named_reference_decodes() {
    let list = include_str!("../crates/web_atoms/entities.rs");
    let mut checked = 0;
    for line in list.lines() {
        let Some(entry) = line.trim().strip_prefix("(\"&").and_then(|l| l.strip_suffix("),")) else { continue };
        let (name, codepoints) = entry.split_once("\", ").unwrap();
        let (first, second) = codepoints.split_once(", ").unwrap();
        let mut want: String = char::from_u32(first.parse().unwrap()).into_iter().collect();
        want.extend(char::from_u32(second.parse().unwrap()).filter(|c| *c != '\0'));
        // A space after the reference ends a legacy name (one without a semicolon) too.
        assert_eq!(text_of(&format!("<p>&{name} </p>")), format!("{want} "), "&{name}");
        checked += 1;
    }
    assert_eq!(checked, 2231);
}

#[test]
fn longest_name_wins_and_unknown_names_stay_text() {
    let cases = [
        ("&notin;", "∉"),
        ("&notit;", "¬it;"),
        ("&ampfoo", "&foo"),
        ("&amp", "&"),
        ("&AMP;x", "&x"),
        ("&acE;", "\u{223E}\u{333}"),
        ("&xyz;", "&xyz;"),
        ("&", "&"),
        ("&;", "&;"),
        ("&zwnj", "&zwnj"),
        ("a &lt&gt b", "a <> b"),
    ];
    for (html, want) in cases {
        assert_eq!(text_of(&format!("<p>{html}</p>")), want, "{html}");
    }
}
