//! Reduces an HTML document to a [`Page`] in one pass over its tree.
//!
//! The walk is iterative (ego-tree's open/close edges), so a deep document cannot overflow the stack,
//! and "is this link in a footer?" is answered from counters kept during the walk instead of walking
//! each link's ancestors, which is quadratic on pages with thousands of links in deep trees. Text is
//! gathered while walking too: a link's label is the text seen between its open and close edges, the
//! page's opening is the text seen outside links and the page's chrome, and the words just before a
//! link in its block tell whether it is another service's ("Protected by …").

use std::collections::VecDeque;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Element;
use scraper::{Html, Node};

use super::vocabulary::{self, List};
use super::words::{self, find, fold};
use super::{Link, Page, OPENING_LIMIT};

/// Links kept from the start of a page; with [`TAIL_LINKS`], at most 5,000 links are considered.
pub(crate) const HEAD_LINKS: usize = 4_000;
/// Links kept from the end of a page, where footers (and so most policy links) are.
pub(crate) const TAIL_LINKS: usize = 1_000;
/// Characters kept of a label or heading; longer text is not a link label anyway.
pub(crate) const TEXT_LIMIT: usize = 200;
/// Section headings kept for recognising a policy page.
pub(crate) const HEADING_LIMIT: usize = 64;

const HTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// Reads the title, main heading, section headings, language, base, canonical address and links of
/// an HTML page.
pub fn page_from_html(page_html: &str, page_url: &str) -> Page {
    // The same depth cap as extraction: html5ever is quadratic in nesting depth.
    let document = Html::parse_document(&crate::extract::depth::cap_depth(page_html));
    let mut walk = Walk { page: Page { url: page_url.to_string(), ..Page::default() }, ..Walk::default() };
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => walk.open(node.id(), element),
                Node::Text(text) => walk.text(text),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    walk.close(node.id(), element);
                }
            }
        }
    }
    walk.finish()
}

/// What a text-gathering element becomes once it closes.
#[derive(Debug)]
enum Target {
    Link(Box<Link>),
    Title,
    MainHeading,
    Heading,
}

/// An element whose text is being gathered.
#[derive(Debug)]
struct Capture {
    node: NodeId,
    target: Target,
    text: String,
}

/// Characters kept of the text before a link in its block, to find a credit to another service.
const LEAD_LIMIT: usize = 120;

#[derive(Debug, Default)]
struct Walk {
    page: Page,
    /// How many open elements are footers, and navigation blocks (so nesting is counted right).
    footer_depth: u32,
    nav_depth: u32,
    /// How many open elements are articles, forms, and boxes of embedded services.
    article_depth: u32,
    form_depth: u32,
    widget_depth: u32,
    /// How many open elements hold text that is not the page's own (navigation, footer, forms,
    /// embedded boxes, cookie banners, the `<head>`): left out of the opening.
    chrome_depth: u32,
    /// The text since the last block boundary, outside links: what a link's block says before it.
    lead: String,
    /// Elements whose text is being gathered, innermost last (a heading inside a link, say).
    captures: Vec<Capture>,
    /// How many open elements hide their text: `<script>`, `<style>`, `<template>`, `<noscript>`.
    hidden_depth: u32,
    tail: VecDeque<Link>,
}

impl Walk {
    fn open(&mut self, node: NodeId, element: &Element) {
        self.count(element, 1);
        if !is_inline(element) {
            self.lead.clear();
        }
        let html = &*element.name.ns == HTML_NS;
        let target = match element.name() {
            "a" if html && element.attr("href").is_some() => Some(Target::Link(Box::new(self.link(element)))),
            "link" if html && has_rel(element, "privacy-policy") => {
                self.push_link(self.link(element));
                None
            }
            "link" if html && has_rel(element, "canonical") && self.page.canonical.is_empty() => {
                self.page.canonical = element.attr("href").unwrap_or_default().trim().to_string();
                None
            }
            "meta" => {
                self.meta(element);
                None
            }
            "base" if self.page.base.is_empty() => {
                self.page.base = element.attr("href").unwrap_or_default().trim().to_string();
                None
            }
            "html" if self.page.lang.is_empty() => {
                self.page.lang = element.attr("lang").or(element.attr("xml:lang")).unwrap_or_default().to_string();
                None
            }
            "img" => {
                // An icon link's only words may be its image's alt text. Headings do not take it:
                // a logo's alt text in the first <h1> is not the page's heading.
                if let Some(alt) = element.attr("alt").filter(|_| self.hidden_depth == 0) {
                    for capture in self.captures.iter_mut().filter(|c| matches!(c.target, Target::Link(_))) {
                        push_text(&mut capture.text, alt);
                    }
                }
                None
            }
            "title" if html && self.page.title.is_empty() => Some(Target::Title),
            "h1" if self.page.heading.is_empty() => Some(Target::MainHeading),
            "h1" | "h2" | "h3" if self.page.headings.len() < HEADING_LIMIT => Some(Target::Heading),
            _ => None,
        };
        if let Some(target) = target {
            self.captures.push(Capture { node, target, text: String::new() });
        }
    }

    fn text(&mut self, text: &str) {
        if self.hidden_depth > 0 {
            return;
        }
        for capture in &mut self.captures {
            push_text(&mut capture.text, text);
        }
        if self.captures.iter().any(|c| matches!(c.target, Target::Link(_))) {
            return;
        }
        push_lead(&mut self.lead, text);
        if self.chrome_depth == 0 && self.page.opening.len() < OPENING_LIMIT * 4 {
            self.page.opening.push(' ');
            self.page.opening.push_str(text);
        }
    }

    fn close(&mut self, node: NodeId, element: &Element) {
        if self.captures.last().is_some_and(|c| c.node == node) {
            if let Some(capture) = self.captures.pop() {
                self.finish_capture(capture);
            }
        }
        self.count(element, -1);
        if !is_inline(element) {
            self.lead.clear();
        }
    }

    /// Counts an element in (`1`) or out (`-1`) of every depth it belongs to. The same tests run on
    /// open and on close, so every increment is undone exactly once.
    fn count(&mut self, element: &Element, step: i32) {
        let bump = |depth: &mut u32, yes: bool| {
            if yes {
                *depth = depth.saturating_add_signed(step);
            }
        };
        let (footer, nav, form) = (is_footer(element), is_nav(element), element.name() == "form");
        let widget = is_widget(element);
        bump(&mut self.footer_depth, footer);
        bump(&mut self.nav_depth, nav);
        bump(&mut self.hidden_depth, is_hidden(element));
        bump(&mut self.article_depth, element.name() == "article");
        bump(&mut self.form_depth, form);
        bump(&mut self.widget_depth, widget);
        bump(&mut self.chrome_depth, footer || nav || form || widget || is_chrome(element));
    }

    fn finish_capture(&mut self, capture: Capture) {
        let text = clean(&capture.text);
        match capture.target {
            Target::Link(mut link) => {
                link.text = text;
                self.push_link(*link);
            }
            Target::Title => self.page.title = text,
            Target::MainHeading if !text.is_empty() => self.page.heading = text,
            // An empty first <h1> (a logo) does not stop the next one from being the main heading.
            Target::MainHeading => {}
            Target::Heading if !text.is_empty() => self.page.headings.push(text),
            Target::Heading => {}
        }
    }

    fn link(&self, element: &Element) -> Link {
        let attr = |name: &str| element.attr(name).map(clean).unwrap_or_default();
        Link {
            href: element.attr("href").unwrap_or_default().trim().to_string(),
            text: String::new(),
            aria_label: attr("aria-label"),
            title: attr("title"),
            rel: attr("rel"),
            in_footer: self.footer_depth > 0,
            in_nav: self.nav_depth > 0,
            in_article: self.article_depth > 0,
            in_form: self.form_depth > 0,
            in_widget: self.widget_depth > 0 || follows_credit(&self.lead),
        }
    }

    /// Keeps the first [`HEAD_LINKS`] and the last [`TAIL_LINKS`] links.
    fn push_link(&mut self, link: Link) {
        if self.page.links.len() < HEAD_LINKS {
            self.page.links.push(link);
            return;
        }
        if self.tail.len() == TAIL_LINKS {
            self.tail.pop_front();
        }
        self.tail.push_back(link);
    }

    fn meta(&mut self, element: &Element) {
        let key = element.attr("property").or(element.attr("name")).unwrap_or_default();
        let content = element.attr("content").unwrap_or_default().trim();
        // og:url stands in for a missing canonical link; it is written by the same CMS plugins.
        if key.eq_ignore_ascii_case("og:url") && self.page.canonical.is_empty() {
            self.page.canonical = content.to_string();
        }
    }

    fn finish(mut self) -> Page {
        // Links still open at the end (cannot happen with html5ever, but costs nothing to keep).
        while let Some(capture) = self.captures.pop() {
            self.finish_capture(capture);
        }
        self.page.links.extend(self.tail);
        self.page.opening = clean_to(&self.page.opening, OPENING_LIMIT);
        self.page
    }
}

/// Keeps the last [`LEAD_LIMIT`] characters or so of the text before a link.
fn push_lead(lead: &mut String, text: &str) {
    lead.push(' ');
    lead.push_str(text);
    if lead.len() > LEAD_LIMIT * 4 {
        let keep = lead.char_indices().rev().nth(LEAD_LIMIT).map_or(0, |(i, _)| i);
        lead.drain(..keep);
    }
}

/// Whether the text before a link credits another service ("Protected by …", "Powered by …").
fn follows_credit(lead: &str) -> bool {
    !lead.trim().is_empty() && find(&fold(lead.trim(), LEAD_LIMIT * 2), vocabulary::list(List::Credits)).is_some()
}

/// Appends text to a capture, up to a bound: the rest is cut by [`clean`] anyway.
fn push_text(capture: &mut String, text: &str) {
    if capture.len() < TEXT_LIMIT * 4 {
        capture.push(' ');
        capture.push_str(text);
    }
}

fn has_rel(element: &Element, rel: &str) -> bool {
    element.attr("rel").is_some_and(|r| r.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case(rel)))
}

/// `<footer>`, `role=contentinfo`, or an element whose id or class says "footer".
fn is_footer(element: &Element) -> bool {
    match element.name() {
        "footer" => true,
        // A class on <html> or <body> ("has-footer") says nothing about where a link is.
        "html" | "body" | "head" => false,
        _ => {
            element.attr("role").is_some_and(|r| r.eq_ignore_ascii_case("contentinfo"))
                || element.attr("id").is_some_and(contains_footer)
                || element.attr("class").is_some_and(contains_footer)
        }
    }
}

/// Case-insensitive "footer" in an id or class, without allocating (this runs twice per element).
fn contains_footer(value: &str) -> bool {
    value.len() < 512 && value.as_bytes().windows(6).any(|w| w.eq_ignore_ascii_case(b"footer"))
}

/// `<nav>`, `<header>`, `role=navigation` or `role=banner`.
fn is_nav(element: &Element) -> bool {
    matches!(element.name(), "nav" | "header")
        || element.attr("role").is_some_and(|r| r.eq_ignore_ascii_case("navigation") || r.eq_ignore_ascii_case("banner"))
}

fn is_hidden(element: &Element) -> bool {
    matches!(element.name(), "script" | "style" | "template" | "noscript")
}

/// Elements that flow inside a line of text: they do not end the block a credit was written in.
fn is_inline(element: &Element) -> bool {
    matches!(
        element.name(),
        "a" | "abbr" | "b" | "bdi" | "bdo" | "br" | "cite" | "code" | "em" | "font" | "i" | "img" | "label" | "mark"
            | "q" | "s" | "small" | "span" | "strong" | "sub" | "sup" | "svg" | "path" | "time" | "u" | "wbr"
    )
}

/// A box that embeds another service: an element whose class or id contains one of
/// [`words::WIDGET_CLASS_WORDS`] ("captcha-notice", "newsletterForm", "comments").
fn is_widget(element: &Element) -> bool {
    !matches!(element.name(), "html" | "body" | "head") && class_or_id_contains(element, words::WIDGET_CLASS_WORDS)
}

/// Whether the element's class or id contains one of the (lower-case) words, in any case.
fn class_or_id_contains(element: &Element, list: &[&str]) -> bool {
    [element.attr("class"), element.attr("id")].into_iter().flatten().filter(|v| v.len() < 512).any(|value| {
        let value = value.as_bytes();
        list.iter().any(|w| value.windows(w.len()).any(|window| window.eq_ignore_ascii_case(w.as_bytes())))
    })
}

/// Text that is not the page's own besides navigation, footers, forms and widgets: the `<head>`,
/// asides, dialogs and cookie banners (an element whose class or id contains one of
/// [`words::BANNER_CLASS_WORDS`]).
fn is_chrome(element: &Element) -> bool {
    match element.name() {
        "head" | "aside" | "dialog" => true,
        "html" | "body" => false,
        _ => {
            element.attr("role").is_some_and(|r| r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog"))
                || class_or_id_contains(element, words::BANNER_CLASS_WORDS)
        }
    }
}

/// Collapses whitespace and cuts the text to [`TEXT_LIMIT`] characters.
fn clean(text: &str) -> String {
    clean_to(text, TEXT_LIMIT)
}

/// Collapses whitespace and cuts the text to `limit` characters.
fn clean_to(text: &str, limit: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.len() >= limit {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.char_indices().nth(limit) {
        Some((cut, _)) => out[..cut].to_string(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footer_and_nav_positions_come_from_the_walk() {
        let page = page_from_html(
            r#"<html lang="de"><head><title>Start</title><base href="/de/">
               <link rel="privacy-policy" href="/datenschutz"><link rel="stylesheet" href="/a.css"></head>
               <body><nav><a href="/a">A</a></nav><h1><img alt=""></h1><h1>Willkommen</h1>
               <div class="site-footer"><a href="/b"> B <svg><title>icon</title></svg></a></div>
               <a href="/d"><img src="/d.svg" alt="Datenschutz"></a>
               <a href="/c">C</a></body></html>"#,
            "https://example.de/",
        );
        assert_eq!(page.lang, "de");
        assert_eq!(page.base, "/de/");
        assert_eq!(page.title, "Start");
        assert_eq!(page.heading, "Willkommen");
        let links: Vec<(&str, &str, bool, bool)> =
            page.links.iter().map(|l| (l.href.as_str(), l.text.as_str(), l.in_footer, l.in_nav)).collect();
        assert_eq!(
            links,
            [("/datenschutz", "", false, false), ("/a", "A", false, true), ("/b", "B icon", true, false), ("/d", "Datenschutz", false, false), ("/c", "C", false, false)]
        );
    }

    #[test]
    fn articles_forms_widgets_and_credits_come_from_the_walk() {
        let page = page_from_html(
            r#"<html><head><title>T</title></head><body><div class="cookie-banner">We use cookies.</div>
               <p><b>Notice</b> Opening words.</p>
               <article><p>Story.</p><footer><a href="/tag/x" rel="tag">x</a></footer></article>
               <form><a href="/f">f</a></form>
               <div class="captcha-notice"><a href="/w">w</a></div>
               <p>Protected by Example – <a href="/c">c</a> – <a href="/d">d</a></p>
               <p>Plain <a href="/e">e</a></p></body></html>"#,
            "https://example.com/",
        );
        let flags: Vec<(&str, bool, bool, bool, bool)> =
            page.links.iter().map(|l| (l.href.as_str(), l.in_footer, l.in_article, l.in_form, l.in_widget)).collect();
        assert_eq!(
            flags,
            [
                ("/tag/x", true, true, false, false),
                ("/f", false, false, true, false),
                ("/w", false, false, false, true),
                ("/c", false, false, false, true),
                ("/d", false, false, false, true),
                ("/e", false, false, false, false),
            ]
        );
        // The banner, the title, link labels and forms are not the page's own words.
        assert_eq!(page.opening, "Notice Opening words. Story. Protected by Example – – Plain");
    }

    #[test]
    fn keeps_the_head_and_the_tail_of_huge_pages() {
        let mut html = String::from("<body>");
        for i in 0..(HEAD_LINKS + TAIL_LINKS + 500) {
            html.push_str(&format!("<a href=\"/{i}\">{i}</a>"));
        }
        let page = page_from_html(&html, "https://example.com/");
        assert_eq!(page.links.len(), HEAD_LINKS + TAIL_LINKS);
        assert_eq!(page.links[HEAD_LINKS - 1].href, format!("/{}", HEAD_LINKS - 1));
        assert_eq!(page.links[HEAD_LINKS].href, format!("/{}", HEAD_LINKS + 500));
    }

    #[test]
    fn clean_cuts_long_text_on_a_char_boundary() {
        let long = "é".repeat(1000);
        assert_eq!(clean(&long).chars().count(), TEXT_LIMIT);
        assert_eq!(clean("  a \n b  "), "a b");
    }
}
