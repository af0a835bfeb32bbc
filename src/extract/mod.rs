//! Turns a policy page into clean, structured clauses.
//!
//! A saved policy page carries the policy and the site around it: navigation, cookie banners, footers,
//! scripts. [`extract`] keeps the policy: it walks the parsed document, skips the parts of a page that
//! are never policy text, and groups the text blocks under the headings that precede them. Each block
//! is then split into sentences, the unit the classifier reads and the popup quotes.

mod language;
mod sentences;

use scraper::{ElementRef, Html, Node};
use serde::{Deserialize, Serialize};

pub use self::language::Language;
use crate::Error;

/// The kind of document handed to the extractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// An HTML page.
    Html,
    /// Plain text: paragraphs separated by blank lines.
    Text,
    /// Markdown: `#` headings, paragraphs and list items.
    Markdown,
}

/// One sentence (or list item, or table row) of a policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clause {
    /// An identifier that stays the same when the same document is extracted again.
    pub id: String,
    /// The clause's text, whitespace-normalised.
    pub text: String,
}

/// A run of clauses under one heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The nearest heading, or an empty string before the first heading.
    pub heading: String,
    /// Every heading above this section, outermost first, ending with `heading`.
    pub path: Vec<String>,
    /// The clauses of the section, in document order.
    pub clauses: Vec<Clause>,
}

/// A policy's text, as extracted from a page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// The policy's title: the main heading, else the page's `<title>`.
    pub title: String,
    /// The language the policy is written in.
    pub language: Language,
    /// The policy's sections in document order.
    pub sections: Vec<Section>,
}

impl Policy {
    /// Every clause with the section it belongs to, in document order.
    pub fn clauses(&self) -> impl Iterator<Item = (&Section, &Clause)> {
        self.sections.iter().flat_map(|s| s.clauses.iter().map(move |c| (s, c)))
    }

    /// How many clauses the policy has.
    pub fn clause_count(&self) -> usize {
        self.sections.iter().map(|s| s.clauses.len()).sum()
    }

    /// The policy's text: headings and clauses, one per line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for section in &self.sections {
            if !section.heading.is_empty() {
                out.push_str(&section.heading);
                out.push('\n');
            }
            for clause in &section.clauses {
                out.push_str(&clause.text);
                out.push('\n');
            }
        }
        out
    }
}

/// Extracts the policy from an HTML page.
///
/// `page_url` is the address the page was read from; it is used to resolve nothing here yet but is
/// part of the contract so that the extractor can use it (e.g. to recognise same-site links).
pub fn extract(html: &str, page_url: &str) -> Result<Policy, Error> {
    let _ = page_url;
    let document = Html::parse_document(html);
    let mut builder = Builder::default();
    let title = document
        .select(&selector("title"))
        .next()
        .map(|t| normalize_space(&t.text().collect::<String>()))
        .unwrap_or_default();
    builder.walk(document.root_element());
    let mut policy = builder.finish(title);
    if policy.clause_count() == 0 {
        return Err(Error::empty());
    }
    policy.language = Language::detect(&policy.text());
    Ok(policy)
}

/// Extracts the policy from a document given as plain text or Markdown.
pub fn extract_text(text: &str, format: Format) -> Result<Policy, Error> {
    let mut builder = Builder::default();
    for block in text.split("\n\n") {
        let block = block.trim();
        if block.is_empty() {
            continue;
        }
        if format == Format::Markdown {
            if let Some(heading) = block.strip_prefix('#') {
                let level = 1 + heading.chars().take_while(|c| *c == '#').count();
                builder.heading(level, heading.trim_start_matches('#'));
                continue;
            }
        }
        builder.block(block);
    }
    let mut policy = builder.finish(String::new());
    if policy.clause_count() == 0 {
        return Err(Error::empty());
    }
    policy.language = Language::detect(&policy.text());
    Ok(policy)
}

/// Extracts the policy from raw bytes, decoding them first.
pub fn extract_bytes(bytes: &[u8], format: Format, page_url: &str) -> Result<Policy, Error> {
    if bytes.starts_with(b"%PDF-") {
        return Err(Error::not_html("a PDF"));
    }
    let text = String::from_utf8_lossy(bytes);
    match format {
        Format::Html => extract(&text, page_url),
        Format::Text | Format::Markdown => extract_text(&text, format),
    }
}

fn selector(css: &str) -> scraper::Selector {
    // Only called with the literal selectors of this module, which all parse.
    #[allow(clippy::expect_used)]
    scraper::Selector::parse(css).expect("static selector")
}

/// Collects sections while walking the document.
#[derive(Default)]
struct Builder {
    title: Option<String>,
    path: Vec<(usize, String)>,
    sections: Vec<Section>,
    next_id: usize,
}

impl Builder {
    fn walk(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        if matches!(
            name,
            "head" | "script" | "style" | "noscript" | "template" | "nav" | "header" | "footer" | "form" | "svg"
                | "iframe" | "button" | "select" | "aside"
        ) || element.value().attr("hidden").is_some()
            || element.value().attr("aria-hidden") == Some("true")
        {
            return;
        }
        if let Some(level) = name.strip_prefix('h').and_then(|d| d.parse::<usize>().ok()) {
            if (1..=6).contains(&level) {
                self.heading(level, &element.text().collect::<String>());
                return;
            }
        }
        if matches!(name, "p" | "li" | "tr" | "dd" | "dt" | "blockquote") && !has_block_child(element) {
            self.block(&element.text().collect::<String>());
            return;
        }
        let mut loose = String::new();
        for child in element.children() {
            match child.value() {
                Node::Text(text) => loose.push_str(text),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        if is_inline(child.value().name()) {
                            loose.push_str(&child.text().collect::<String>());
                        } else {
                            self.block(&std::mem::take(&mut loose));
                            self.walk(child);
                        }
                    }
                }
                _ => {}
            }
        }
        self.block(&loose);
    }

    fn heading(&mut self, level: usize, text: &str) {
        let text = normalize_space(text);
        if text.is_empty() {
            return;
        }
        if self.title.is_none() && level == 1 {
            self.title = Some(text.clone());
        }
        while self.path.last().is_some_and(|(l, _)| *l >= level) {
            self.path.pop();
        }
        self.path.push((level, text));
        self.sections.push(Section {
            heading: self.path.last().map(|(_, t)| t.clone()).unwrap_or_default(),
            path: self.path.iter().map(|(_, t)| t.clone()).collect(),
            clauses: Vec::new(),
        });
    }

    fn block(&mut self, text: &str) {
        let text = normalize_space(text);
        if text.is_empty() {
            return;
        }
        if self.sections.is_empty() {
            self.sections.push(Section { heading: String::new(), path: Vec::new(), clauses: Vec::new() });
        }
        for sentence in sentences::split(&text) {
            self.next_id += 1;
            let clause = Clause { id: format!("c{}", self.next_id), text: sentence.to_string() };
            if let Some(section) = self.sections.last_mut() {
                section.clauses.push(clause);
            }
        }
    }

    fn finish(self, page_title: String) -> Policy {
        let title = self.title.unwrap_or(page_title);
        Policy {
            title,
            language: Language::Unknown,
            sections: self.sections.into_iter().filter(|s| !s.clauses.is_empty()).collect(),
        }
    }
}

fn has_block_child(element: ElementRef<'_>) -> bool {
    element.children().filter_map(ElementRef::wrap).any(|c| !is_inline(c.value().name()))
}

fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr" | "b" | "bdi" | "bdo" | "cite" | "code" | "em" | "i" | "kbd" | "mark" | "q" | "s"
            | "small" | "span" | "strong" | "sub" | "sup" | "time" | "u" | "var" | "wbr" | "font" | "br"
    )
}

/// Collapses runs of whitespace (including non-breaking spaces) into single spaces and trims.
pub(crate) fn normalize_space(text: &str) -> String {
    text.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_policy_text_and_drops_chrome() {
        let html = "<html><head><title>ACME privacy</title><script>var x = 1;</script></head><body>\
            <nav><a href='/'>Home</a></nav><main><h1>Privacy Policy</h1><h2>Sharing</h2>\
            <p>We do not sell your data. We share it with <a href='#'>partners</a>.</p></main>\
            <footer>Copyright ACME</footer></body></html>";
        let policy = extract(html, "https://acme.test/privacy").unwrap();
        assert_eq!(policy.title, "Privacy Policy");
        let texts: Vec<_> = policy.clauses().map(|(_, c)| c.text.as_str()).collect();
        assert_eq!(texts, ["We do not sell your data.", "We share it with partners."]);
        assert_eq!(policy.sections[0].path, ["Privacy Policy", "Sharing"]);
    }

    #[test]
    fn pdf_bytes_are_reported() {
        let err = extract_bytes(b"%PDF-1.7 ...", Format::Html, "https://x.test/p.pdf").unwrap_err();
        assert_eq!(err.code(), "not_html");
    }
}
