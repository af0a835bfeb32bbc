//! Turns a policy page into clean, structured clauses.
//!
//! A saved policy page carries the policy and the site around it: navigation, cookie banners, footers,
//! scripts. [`extract`] keeps the policy in four steps, each its own module:
//!
//! 1. [`decode`] turns bytes of any charset into text ([`extract_bytes`] only);
//! 2. `blocks` walks the parsed document once, without recursion, and flattens it into text blocks
//!    (headings, paragraphs, list items, table rows) with per-element text and link counts;
//! 3. `content` scores the blocks' containers the way Readability does and keeps the best one;
//! 4. `sentences` splits each block into clauses, grouped under the headings that precede them.
//!
//! Plain text and Markdown skip the first three steps ([`extract_text`], module `markdown`). The
//! language is guessed from the text, with the page's `lang` attribute as a tie-breaker. Whitespace
//! is collapsed the way a browser renders it (module `space`), once, as the walk reads the text.

mod blocks;
mod builder;
mod content;
mod decode;
pub(crate) mod depth;
mod language;
mod markdown;
pub(crate) mod sentences;
mod space;

use scraper::Html;
use serde::{Deserialize, Serialize};

use self::blocks::BlockKind;
use self::builder::Builder;
pub(crate) use self::space::normalize_space;
pub(crate) use self::language::{word_key_in, FunctionWords};
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

/// A page with less prose than this (in visible, non-link blocks of a sentence or more) and a sign of
/// an app (a `<noscript>` asking for JavaScript, an empty mount point) renders its text with
/// JavaScript. A real policy, however short, has a few sentences.
const SCRIPT_PAGE_MAX_PROSE: usize = 120;

impl Policy {
    /// The policy's main language: the one most of its text is written in, clause by clause, so a
    /// policy printed in several languages one after the other, or a German policy behind an
    /// English cookie banner, gets the language of its largest part.
    fn main_language(&self, hint: Option<&str>) -> Language {
        Language::main_of(self.clauses().map(|(_, c)| c.text.as_str()), hint, crate::classify::graded)
    }
}

/// Extracts the policy from an HTML page.
///
/// `page_url` is the address the page was read from; it is part of the contract so that the
/// extractor can use it (e.g. to recognise same-site links) but nothing needs it yet.
///
/// Fails with [`Error`] code `"needs_javascript"` for a page that shows (almost) no text without
/// running its scripts, `"login_wall"` for a sign-in form, and `"empty"` for a page with no text.
pub fn extract(html: &str, page_url: &str) -> Result<Policy, Error> {
    let _ = page_url;
    let document = Html::parse_document(&depth::cap_depth(html));
    let mut page = blocks::flatten(&document, true);
    // A page saved while a dialog was open has its whole body `aria-hidden`: the text is there for
    // the eye, so read it when it is where the prose is.
    if page.visible_prose_chars() < LOGIN_WALL_MAX_PROSE {
        let unhidden = blocks::flatten(&document, false);
        if unhidden.visible_prose_chars() >= 4 * page.visible_prose_chars().max(50) {
            page = unhidden;
        }
    }
    if needs_javascript(&page) {
        return Err(Error::needs_javascript());
    }
    if behind_login(&page) {
        return Err(Error::login_wall());
    }
    let content = content::main_content(&page);
    let mut builder = Builder::default();
    for block in &content {
        match block.kind {
            BlockKind::Heading(level) => builder.heading(usize::from(level), &block.text),
            // Block text is already whitespace-normalised by the walk.
            BlockKind::Row => builder.unit_normalized(&block.text),
            BlockKind::Text | BlockKind::Item => builder.block_normalized(&block.text),
        }
    }
    let title = builder.title().map(str::to_string).unwrap_or_else(|| page.title.clone());
    let mut policy = builder.finish(title);
    if policy.clause_count() == 0 {
        return Err(Error::empty());
    }
    policy.language = policy.main_language(page.lang.as_deref());
    Ok(policy)
}

/// Whether a page only shows its text once its scripts run: (almost) no prose, and scripts, a
/// `<noscript>` asking for JavaScript, or an empty element that a single-page app mounts into.
fn needs_javascript(page: &blocks::Page) -> bool {
    let noscript = page.noscript.to_lowercase();
    let asks_for_js = noscript.contains("javascript") || noscript.contains("java script");
    let prose = page.visible_prose_chars();
    // Scripts alone are on every page: they only explain a page without a single sentence.
    ((asks_for_js || page.empty_app_root) && prose < SCRIPT_PAGE_MAX_PROSE) || (page.scripts > 0 && prose == 0)
}

/// The most prose (non-whitespace characters) a sign-in page shows; a policy, even a short one, has
/// more, and a policy page with a sign-in box in its header has far more.
const LOGIN_WALL_MAX_PROSE: usize = 600;

/// Whether the address led to a sign-in form instead of a policy: a password field and little prose.
fn behind_login(page: &blocks::Page) -> bool {
    page.password_fields > 0 && page.visible_prose_chars() < LOGIN_WALL_MAX_PROSE
}

/// Extracts the policy from a document given as plain text or Markdown.
///
/// Markdown syntax (headings, lists, links, emphasis) is read for [`Format::Markdown`], and also for
/// [`Format::Text`] when the text plainly is Markdown (policies are often saved as `.txt` from a
/// Markdown source). Given [`Format::Html`], it reads the text as plain text.
///
/// Markdown syntax is read only with the `markdown` feature (on by default: the CLI and the native
/// tests have it). The extension's wasm is built without it, reading every text as plain text:
/// policies are HTML pages there, and the Markdown reader is code every user would download.
pub fn extract_text(text: &str, format: Format) -> Result<Policy, Error> {
    #[cfg(feature = "markdown")]
    let markdown = format == Format::Markdown || markdown::looks_like_markdown(text);
    // Known to be false, so the compiler leaves the Markdown half of the reader out.
    #[cfg(not(feature = "markdown"))]
    let markdown = {
        let _ = format;
        false
    };
    let mut builder = Builder::default();
    markdown::read(text, markdown, &mut builder);
    let title = builder.title().map(str::to_string).unwrap_or_default();
    let mut policy = builder.finish(title);
    if policy.clause_count() == 0 {
        return Err(Error::empty());
    }
    policy.language = policy.main_language(None);
    Ok(policy)
}

/// Extracts the policy from raw bytes, decoding them first.
///
/// The charset comes from a byte-order mark, else a `<meta>` declaration, else UTF-8 when the bytes
/// are valid UTF-8, else windows-1252. A PDF is refused with the `"not_html"` error.
pub fn extract_bytes(bytes: &[u8], format: Format, page_url: &str) -> Result<Policy, Error> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(0);
    if bytes.get(start..).is_some_and(|b| b.starts_with(b"%PDF-")) {
        return Err(Error::not_html("PDF"));
    }
    let text = decode::decode(bytes);
    match format {
        Format::Html => extract(&text, page_url),
        Format::Text | Format::Markdown => extract_text(&text, format),
    }
}

/// Decodes the bytes of an HTML page to text the way [`extract_bytes`] does (byte-order mark,
/// `<meta>` charset, UTF-8, windows-1252), for callers that keep the text.
pub fn decode_html(bytes: &[u8]) -> String {
    decode::decode(bytes).into_owned()
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
