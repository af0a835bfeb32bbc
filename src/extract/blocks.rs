//! One pass over the parsed document that flattens it into text blocks.
//!
//! The walk is iterative (ego-tree's open/close edges), so a page nested 100,000 elements deep costs
//! no stack. Each element gets one compact record in pre-order, which makes "is X inside Y" a range
//! check (`Y <= X <= Y.end`) and lets subtree totals be summed bottom-up in a single reverse loop.
//! Text is appended to one buffer that is cut into a [`Block`] whenever a block-level element opens or
//! closes, so the text of the page is copied once and never re-joined per ancestor.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::space::{normalize_space, push_collapsed};
use crate::classify::lexicon::WordHasher;

/// Sentinel for "no parent".
pub(crate) const NONE: usize = usize::MAX;

/// How an element takes part in the text layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Its text flows into the surrounding block (`a`, `span`, `font`, unknown elements).
    Inline,
    /// A container that starts and ends a block (`div`, `section`, `td`, `body`, …).
    Container,
    /// A paragraph-like block whose text is one unit (`p`, `li`, `h2`, `tr`, …).
    Paragraph,
}

/// The per-element facts extraction needs.
#[derive(Clone, Debug)]
pub(crate) struct Element {
    /// The parent's index, or [`NONE`] for the root.
    pub parent: usize,
    /// The index of the last element of this element's subtree (itself when it has no children).
    pub end: usize,
    /// The tag name's role.
    pub role: Role,
    /// The score Readability would start this element with, from its tag.
    pub tag_weight: f64,
    /// +25 for class/id words that suggest content, -25 for words that suggest chrome.
    pub class_weight: f64,
    /// Whether the tag, class or id mark the element as page chrome (navigation, banner, footer …).
    pub chrome: bool,
    /// The innermost element at or above this one that is chrome, or [`NONE`].
    pub chrome_above: usize,
    /// The innermost `<form>` at or above this one, or [`NONE`]. A form inside the policy is a
    /// feedback or sign-up box; a form around it is ASP.NET's page wrapper.
    pub form_above: usize,
    /// Whether this is a `<header>` element: chrome, unless it turns out to be a section's heading.
    header: bool,
    /// Whether the element is chrome only by its class or id ("ads", "share"), not by its tag.
    named_chrome: bool,
    /// The innermost element at or above this one that is hidden (`hidden`, `aria-hidden`,
    /// `display:none`), or [`NONE`]. Hidden text is kept apart rather than dropped: a collapsed
    /// "read more" or accordion panel inside the policy is still the policy.
    pub hidden_above: usize,
    /// Non-whitespace characters of visible text in the subtree.
    pub chars: usize,
    /// Of those, the characters inside links.
    pub link_chars: usize,
}

/// What kind of unit a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// A heading of the given level (1–6).
    Heading(u8),
    /// A paragraph or any loose run of text.
    Text,
    /// A list item.
    Item,
    /// A table row whose cells were joined.
    Row,
}

/// A run of text between two block boundaries.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// The innermost block-level element holding the text.
    pub owner: usize,
    /// What the block is.
    pub kind: BlockKind,
    /// The whitespace-normalised text.
    pub text: String,
    /// Non-whitespace characters.
    pub chars: usize,
    /// Non-whitespace characters inside links.
    pub link_chars: usize,
    /// The table cell directly owning the text, with its row, for joining a row's cells.
    pub cell: Option<(usize, usize)>,
}

/// The flattened page.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// Every element of `<body>` (and the root), in document order.
    pub elements: Vec<Element>,
    /// The text blocks in document order.
    pub blocks: Vec<Block>,
    /// The page's `<title>`.
    pub title: String,
    /// The `lang` attribute of `<html>`.
    pub lang: Option<String>,
    /// How many `<script>` elements the page has.
    pub scripts: usize,
    /// Text of `<noscript>` elements (their markup is raw text to the parser).
    pub noscript: String,
    /// Whether the body holds an empty element that single-page apps mount into (`#root`, `#app` …).
    pub empty_app_root: bool,
    /// How many password fields the page has (a sign-in form).
    pub password_fields: usize,
}

impl Page {
    /// Non-whitespace characters of prose a reader sees without clicking anything: visible blocks of
    /// a sentence's length that are not mostly links.
    pub(crate) fn visible_prose_chars(&self) -> usize {
        self.blocks
            .iter()
            .filter(|b| self.elements.get(b.owner).is_some_and(|e| e.hidden_above == NONE))
            .filter(|b| b.chars >= 25 && b.link_chars * 2 <= b.chars)
            .map(|b| b.chars)
            .sum()
    }
}

/// The tags extraction treats specially, recognised once per element so that the rest of the walk
/// compares small enums, not strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    /// Content a reader never sees as text (`script`, `style`, `svg`, form controls …).
    Skipped,
    /// `<a>`.
    Link,
    /// `<h1>`…`<h6>`.
    Heading(u8),
    /// `li`, `dt`, `dd`.
    Item,
    /// `tr`.
    Row,
    /// `td`, `th`.
    Cell { header: bool },
    /// `form`.
    Form,
    /// `nav`, `aside`, `header`, `footer`, `dialog`, `menu`: chrome by definition.
    Chrome { header: bool },
    /// `html`, `body`, `main`, `article`: the page's frame, never chrome whatever its classes say.
    Frame { scored: bool },
    /// Other paragraph-like blocks (`p`, `pre`, `blockquote` …).
    Paragraph { quoted: bool },
    /// Other containers (`div`, `section`, `table`, `ul` …), with Readability's start weight.
    Container { weight: i8 },
    /// Everything else: inline elements and unknown ones.
    Inline,
}

fn tag_of(name: &str) -> Tag {
    match name {
        "a" => Tag::Link,
        "span" | "b" | "strong" | "em" | "i" | "font" | "u" | "small" | "sup" | "sub" | "abbr" | "code" => Tag::Inline,
        "div" | "section" => Tag::Container { weight: 5 },
        "p" | "address" | "caption" | "figcaption" | "summary" | "legend" => Tag::Paragraph { quoted: false },
        "pre" | "blockquote" => Tag::Paragraph { quoted: true },
        "li" | "dt" | "dd" => Tag::Item,
        "tr" => Tag::Row,
        "td" => Tag::Cell { header: false },
        "th" => Tag::Cell { header: true },
        "h1" => Tag::Heading(1),
        "h2" => Tag::Heading(2),
        "h3" => Tag::Heading(3),
        "h4" => Tag::Heading(4),
        "h5" => Tag::Heading(5),
        "h6" => Tag::Heading(6),
        "ul" | "ol" | "dl" => Tag::Container { weight: -3 },
        "table" | "tbody" | "thead" | "tfoot" | "center" | "fieldset" | "dir" | "details" | "figure" | "hgroup"
        | "hr" | "br" | "noframes" => Tag::Container { weight: 0 },
        "form" => Tag::Form,
        "header" => Tag::Chrome { header: true },
        "nav" | "aside" | "footer" | "dialog" | "menu" => Tag::Chrome { header: false },
        "main" | "article" => Tag::Frame { scored: true },
        "html" | "body" => Tag::Frame { scored: false },
        "head" | "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object" | "embed"
        | "canvas" | "select" | "button" | "textarea" | "input" | "option" | "datalist" | "audio" | "video"
        | "title" | "meta" | "link" | "img" | "picture" | "map" | "frameset" | "frame" => Tag::Skipped,
        _ => Tag::Inline,
    }
}

impl Tag {
    fn role(self) -> Role {
        match self {
            Tag::Heading(_) | Tag::Item | Tag::Row | Tag::Paragraph { .. } => Role::Paragraph,
            Tag::Cell { .. } | Tag::Form | Tag::Chrome { .. } | Tag::Frame { .. } | Tag::Container { .. } => {
                Role::Container
            }
            Tag::Skipped | Tag::Link | Tag::Inline => Role::Inline,
        }
    }

    /// Readability's starting scores by tag: containers of prose up, lists and headings down.
    fn weight(self) -> f64 {
        match self {
            Tag::Frame { scored: true } => 5.0,
            Tag::Container { weight } => f64::from(weight),
            Tag::Paragraph { quoted: true } | Tag::Cell { header: false } => 3.0,
            Tag::Item | Tag::Form => -3.0,
            Tag::Heading(_) | Tag::Cell { header: true } => -5.0,
            _ => 0.0,
        }
    }
}

/// Substrings of a class or id that always mark page chrome, whatever else the class says.
const CHROME_ALWAYS: &[&str] = &["cookie", "consent", "gdpr", "onetrust", "newsletter", "popup", "modal", "lightbox"];

/// Substrings of a class or id that mark page chrome unless the class also suggests content
/// ("privacy-block nav-item" is a section of the policy). Long, distinctive words only: short ones
/// ("ad", "nav") are matched as whole words by [`CHROME_WORDS`] so that "header" inside "subheader"
/// or "ad" inside "download" do not count.
const CHROME_PARTS: &[&str] = &[
    "banner", "breadcrumb", "sidebar", "social", "sharing", "sharebar", "share-", "comment", "related",
    "sponsor", "advert", "masthead", "footer", "navbar", "navigation", "topnav", "subnav", "menu", "subscribe",
    "signup", "sign-up", "pagination", "pager", "promo", "disqus", "outbrain", "taboola", "skiplink",
    "skip-link", "toolbar", "topbar", "site-header", "global-header", "page-header", "siteheader",
    "globalheader", "header-wrap", "headerwrap", "utility", "tagcloud", "login", "overlay", "dropdown", "flyout",
];

/// Whole words of a class or id (split at anything but letters and digits) that mark page chrome.
const CHROME_WORDS: &[&str] = &[
    "nav", "ad", "ads", "adv", "header", "hdr", "ftr", "share", "tags", "rss", "search", "print", "tools",
    "crumbs", "copyright", "logo",
];

/// Substrings of a class or id that suggest the main content. "main" and "post" are not among
/// them: "main-nav" and "post-navigation" are menus.
const CONTENT_PARTS: &[&str] = &["article", "content", "entry", "story", "policy", "privacy", "legal", "terms"];

/// What an element's class and id suggest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hint {
    /// Page chrome.
    Chrome,
    /// Main content.
    Content,
    /// Nothing either way.
    None,
}

fn hint_of(attrs: &str) -> Hint {
    if attrs.is_empty() {
        return Hint::None;
    }
    let found = parts_in(attrs);
    let content = found & CONTENT != 0;
    // Chrome unless the attributes also suggest content; the "always" parts win regardless.
    let chrome = found & ALWAYS != 0
        || (found & PART != 0 || attrs.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| CHROME_WORDS.contains(&w))) && !content;
    if chrome {
        Hint::Chrome
    } else if content {
        Hint::Content
    } else {
        Hint::None
    }
}

/// Which of the lists [`CHROME_ALWAYS`], [`CHROME_PARTS`] and [`CONTENT_PARTS`] have a substring of
/// `attrs` (bits [`ALWAYS`], [`PART`], [`CONTENT`]). One pass over the attributes for all the parts
/// ([`Pieces`](crate::pieces::Pieces)), instead of a substring search per part: elements with an id
/// are looked at one by one.
fn parts_in(attrs: &str) -> u8 {
    static PARTS: std::sync::OnceLock<crate::pieces::Pieces> = std::sync::OnceLock::new();
    let parts = PARTS.get_or_init(|| crate::pieces::Pieces::new(CHROME_ALWAYS.iter().chain(CHROME_PARTS).chain(CONTENT_PARTS)));
    // Which list the `k`-th part is on.
    let bit = |k: usize| {
        if k < CHROME_ALWAYS.len() {
            ALWAYS
        } else if k < CHROME_ALWAYS.len() + CHROME_PARTS.len() {
            PART
        } else {
            CONTENT
        }
    };
    let mut found = 0;
    parts.find(attrs, |k| {
        found |= bit(k);
        found != ALWAYS | PART | CONTENT
    });
    found
}

const ALWAYS: u8 = 1;
const PART: u8 = 2;
const CONTENT: u8 = 4;

/// The attributes the walk reads, found in one pass over an element's attributes: looking each one up
/// by name costs an interned-name lookup apiece, for every element of the page.
#[derive(Default)]
struct Attrs<'a> {
    class: &'a str,
    id: &'a str,
    style: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(element: &'a scraper::node::Element) -> Attrs<'a> {
        let mut attrs = Attrs::default();
        let mut id = None;
        // Only elements in SVG and MathML, which the walk skips, have attributes in a namespace.
        for (name, value) in element.attrs.iter() {
            match &*name.local {
                "id" if id.is_none() => id = Some(&**value),
                "class" => attrs.class = value,
                "style" => attrs.style = Some(value),
                "hidden" => attrs.hidden = true,
                "aria-hidden" => attrs.aria_hidden = Some(value),
                _ => {}
            }
        }
        attrs.id = id.unwrap_or("");
        attrs
    }
}

/// Whether inline style or attributes hide the element. `aria-hidden` hides only from assistive
/// technology, not from the eye; it is read as hiding when `aria_hides` (decorative duplicates),
/// and not when a page saved with a modal open left its whole body `aria-hidden`.
/// `scratch` is a buffer to reuse, so that a page with thousands of inline styles allocates nothing.
fn is_hidden(attrs: &Attrs, aria_hides: bool, scratch: &mut String) -> bool {
    if attrs.hidden {
        return true;
    }
    if aria_hides && attrs.aria_hidden.is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return true;
    }
    if let Some(style) = attrs.style {
        scratch.clear();
        for c in style.chars().filter(|c| !c.is_whitespace()) {
            scratch.push(c.to_ascii_lowercase());
        }
        if scratch.contains("display:none") || scratch.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// State of the walk: the open elements and the text of the block being built.
struct Walker {
    page: Page,
    /// Indices (into `page.elements`) of the open elements with their tags, innermost last.
    open: Vec<(usize, Tag)>,
    /// Indices of the open block-level elements, innermost last.
    blocks_open: Vec<usize>,
    /// The open heading levels.
    headings: Vec<u8>,
    /// The open table rows and cells, innermost last.
    rows: Vec<usize>,
    cells: Vec<(usize, usize)>,
    /// How many list items are open.
    items: usize,
    /// How many links are open.
    links: usize,
    /// Whether the subtree being skipped is a `<noscript>`.
    in_noscript: bool,
    /// Whether `aria-hidden="true"` hides text (see [`is_hidden`]).
    aria_hides: bool,
    /// Hints already worked out per class attribute: pages repeat a few class strings thousands of
    /// times, and the substring tests are the walk's most expensive step. Hashed with the engine's
    /// fast hash for words: the table lives for one page.
    hints: HashMap<String, Hint, BuildHasherDefault<WordHasher>>,
    /// Elements with an app-mount id (`root`, `app` …), to check for emptiness at the end.
    app_roots: Vec<usize>,
    /// A buffer for lower-casing attributes, reused from element to element.
    scratch: String,
    /// The text of the block being built, whitespace already collapsed.
    buf: String,
    /// Whether whitespace came after the last word in `buf`.
    space: bool,
    buf_link_chars: usize,
    buf_chars: usize,
}

/// Flattens `document` into elements and blocks, in one pass.
pub(crate) fn flatten(document: &Html, aria_hides: bool) -> Page {
    let mut w = Walker {
        // Sized once for every node of the tree (elements are fewer): the list would otherwise be
        // copied over and over as it grows on a page of thousands of elements.
        page: Page { elements: Vec::with_capacity(document.tree.values().len()), ..Page::default() },
        open: Vec::new(),
        blocks_open: Vec::new(),
        headings: Vec::new(),
        rows: Vec::new(),
        cells: Vec::new(),
        items: 0,
        links: 0,
        in_noscript: false,
        aria_hides,
        app_roots: Vec::new(),
        hints: HashMap::default(),
        scratch: String::new(),
        buf: String::new(),
        space: false,
        buf_link_chars: 0,
        buf_chars: 0,
    };
    // A subtree being skipped: the node whose close edge ends the skip.
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut in_title = false;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    if let Node::Text(text) = node.value() {
                        if in_title {
                            w.page.title.push_str(text);
                        } else if w.in_noscript {
                            w.page.noscript.push_str(text);
                        }
                    }
                    continue;
                }
                match node.value() {
                    Node::Text(text) => w.text(text),
                    Node::Element(element) => {
                        let name = element.name();
                        // `head` is not text, but its `<title>` is wanted; its other children are skipped.
                        if name == "head" {
                            continue;
                        }
                        if name == "html" {
                            w.page.lang = element.attr("lang").map(str::to_string);
                        }
                        if name == "input" && element.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("password")) {
                            w.page.password_fields += 1;
                        }
                        let tag = tag_of(name);
                        if tag == Tag::Skipped {
                            match name {
                                "script" => w.page.scripts += 1,
                                "title" => in_title = w.page.title.is_empty(),
                                "noscript" => {
                                    w.in_noscript = true;
                                    w.page.noscript.push(' ');
                                }
                                _ => {}
                            }
                            skipping = Some(node.id());
                            continue;
                        }
                        let attrs = Attrs::of(element);
                        let hidden = is_hidden(&attrs, w.aria_hides, &mut w.scratch);
                        w.open_element(&attrs, tag, hidden);
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skipping {
                    if id == node.id() {
                        skipping = None;
                        in_title = false;
                        w.in_noscript = false;
                    }
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    if element.name() != "head" {
                        w.close_element();
                    }
                }
            }
        }
    }
    w.flush();
    w.page.title = normalize_space(&w.page.title);
    w.finish()
}

impl Walker {
    /// The hint of an element's class and id, cached by class.
    fn hint(&mut self, attrs: &Attrs) -> Hint {
        let (class, id) = (attrs.class, attrs.id);
        if class.is_empty() && id.is_empty() {
            return Hint::None;
        }
        let class_hint = match self.hints.get(class) {
            Some(hint) => *hint,
            None => {
                self.scratch.clear();
                self.scratch.push_str(class);
                self.scratch.make_ascii_lowercase();
                let hint = hint_of(&self.scratch);
                // Bound the cache: a page with unique classes everywhere gains nothing from it.
                if self.hints.len() < 4096 {
                    self.hints.insert(class.to_string(), hint);
                }
                hint
            }
        };
        if id.is_empty() || class_hint == Hint::Chrome {
            return class_hint;
        }
        // Ids are unique, so not worth caching; together with the class they decide as one string.
        self.scratch.clear();
        self.scratch.push_str(class);
        self.scratch.push(' ');
        self.scratch.push_str(id);
        self.scratch.make_ascii_lowercase();
        hint_of(&self.scratch)
    }

    fn open_element(&mut self, attrs: &Attrs, tag: Tag, hidden: bool) {
        // Hidden text must not run into the visible text around it, so a hidden inline element
        // still makes its own block.
        let role = match tag.role() {
            Role::Inline if hidden => Role::Container,
            role => role,
        };
        let index = self.page.elements.len();
        let parent = self.open.last().map_or(NONE, |(i, _)| *i);
        let hint = self.hint(attrs);
        // The page's outer frame is never chrome, whatever its classes say ("has-sidebar").
        let chrome = match tag {
            Tag::Frame { .. } => false,
            Tag::Chrome { .. } => true,
            _ => hint == Hint::Chrome,
        };
        let class_weight = match hint {
            Hint::Chrome => -25.0,
            Hint::Content => 25.0,
            Hint::None => 0.0,
        };
        let (parent_chrome, parent_hidden, parent_form) = self
            .page
            .elements
            .get(parent)
            .map_or((NONE, NONE, NONE), |p| (p.chrome_above, p.hidden_above, p.form_above));
        self.page.elements.push(Element {
            parent,
            end: index,
            role,
            tag_weight: tag.weight(),
            class_weight,
            chrome,
            chrome_above: if chrome { index } else { parent_chrome },
            form_above: if tag == Tag::Form { index } else { parent_form },
            header: tag == Tag::Chrome { header: true },
            named_chrome: chrome && !matches!(tag, Tag::Chrome { .. }),
            hidden_above: if hidden { index } else { parent_hidden },
            chars: 0,
            link_chars: 0,
        });
        if matches!(attrs.id, "root" | "app" | "__next" | "__nuxt" | "app-root" | "main-app" | "application") {
            self.app_roots.push(index);
        }
        self.open.push((index, tag));
        if role != Role::Inline {
            self.flush();
            self.blocks_open.push(index);
        }
        match tag {
            Tag::Link => self.links += 1,
            Tag::Heading(level) => self.headings.push(level),
            Tag::Item => self.items += 1,
            Tag::Row => self.rows.push(index),
            Tag::Cell { .. } => {
                let row = self.rows.last().copied().unwrap_or(NONE);
                self.cells.push((index, row));
            }
            _ => {}
        }
    }

    fn close_element(&mut self) {
        let Some((index, tag)) = self.open.pop() else { return };
        let role = self.page.elements.get(index).map_or(Role::Inline, |e| e.role);
        if role != Role::Inline {
            self.flush();
            self.blocks_open.pop();
        }
        let last = self.page.elements.len().saturating_sub(1);
        if let Some(element) = self.page.elements.get_mut(index) {
            element.end = last;
        }
        match tag {
            Tag::Link => self.links = self.links.saturating_sub(1),
            Tag::Heading(_) => {
                self.headings.pop();
            }
            Tag::Item => self.items = self.items.saturating_sub(1),
            Tag::Row => {
                self.rows.pop();
            }
            Tag::Cell { .. } => {
                self.cells.pop();
            }
            _ => {}
        }
    }

    /// Appends a text node to the block being built. Whitespace is collapsed on the way, so the
    /// block's text is what `normalize_space` makes of its nodes' text joined, without a second pass
    /// over it and a second copy; the same pass counts the visible characters.
    fn text(&mut self, text: &str) {
        let visible = push_collapsed(&mut self.buf, &mut self.space, text);
        self.buf_chars += visible;
        if self.links > 0 {
            self.buf_link_chars += visible;
        }
    }

    /// Ends the block being built (if it has any text).
    fn flush(&mut self) {
        if self.buf_chars == 0 {
            self.buf.clear();
            self.space = false;
            self.buf_link_chars = 0;
            return;
        }
        let owner = self.blocks_open.last().copied().unwrap_or(0);
        let kind = if let Some(level) = self.headings.last() {
            BlockKind::Heading(*level)
        } else if self.items > 0 {
            BlockKind::Item
        } else {
            BlockKind::Text
        };
        // Only text sitting directly in a cell (no block in between) can be joined into a row.
        let cell = self.cells.last().copied().filter(|(cell, _)| *cell == owner);
        self.page.blocks.push(Block {
            owner,
            kind,
            text: self.buf.clone(),
            chars: self.buf_chars,
            link_chars: self.buf_link_chars,
            cell,
        });
        self.buf.clear();
        self.space = false;
        self.buf_chars = 0;
        self.buf_link_chars = 0;
    }

    fn finish(mut self) -> Page {
        for block in &self.page.blocks {
            if let Some(e) = self.page.elements.get_mut(block.owner) {
                e.chars += block.chars;
                e.link_chars += block.link_chars;
            }
        }
        // Pre-order: every child comes after its parent, so one reverse sweep sums whole subtrees.
        for i in (0..self.page.elements.len()).rev() {
            let (parent, chars, links) = match self.page.elements.get(i) {
                Some(e) => (e.parent, e.chars, e.link_chars),
                None => continue,
            };
            if let Some(p) = self.page.elements.get_mut(parent) {
                p.chars += chars;
                p.link_chars += links;
            }
        }
        self.demote_section_headers();
        self.page.empty_app_root =
            self.app_roots.iter().any(|i| self.page.elements.get(*i).is_some_and(|e| e.chars == 0));
        self.page.blocks = join_rows(std::mem::take(&mut self.page.blocks));
        self.page
    }
}

/// The least text a class-named section must hold to be read as a section of the policy.
const SECTION_MIN_CHARS: usize = 150;

impl Walker {
    /// Takes back chrome marks that the content proves wrong, and recomputes the marks below them:
    /// a `<header>` that holds a heading and hardly any links is the header of a section or of the
    /// policy itself ("<header><h1>Privacy Policy</h1><p>Last updated …</p></header>"), not the
    /// site's banner; and chrome that holds most of the page's text is the page.
    fn demote_section_headers(&mut self) {
        let mut has_heading = vec![false; self.page.elements.len()];
        for block in &self.page.blocks {
            if matches!(block.kind, BlockKind::Heading(_)) {
                if let Some(slot) = has_heading.get_mut(block.owner) {
                    *slot = true;
                }
            }
        }
        for i in (0..self.page.elements.len()).rev() {
            let parent = self.page.elements.get(i).map_or(NONE, |e| e.parent);
            if has_heading.get(i).copied().unwrap_or(false) {
                if let Some(slot) = has_heading.get_mut(parent) {
                    *slot = true;
                }
            }
        }
        // Text outside links on the whole page.
        let page_text = self.page.elements.first().map_or(0, |e| e.chars.saturating_sub(e.link_chars));
        let mut changed = false;
        for (i, e) in self.page.elements.iter_mut().enumerate() {
            if !e.chrome {
                continue;
            }
            let section_header = e.header && has_heading.get(i).copied().unwrap_or(false) && e.link_chars * 5 <= e.chars;
            // Chrome holding most of the page's text is a misnamed wrapper (or an unclosed
            // `<div class="header">` that swallowed the page), not chrome.
            let swallowed_page = e.chars.saturating_sub(e.link_chars) * 2 > page_text;
            // A section named for its topic ("<section id='ads'><h2>Ads</h2><p>We show ads …") is
            // the policy's section about that topic: a heading, prose and few links.
            let topic_section = e.named_chrome
                && has_heading.get(i).copied().unwrap_or(false)
                && e.chars >= SECTION_MIN_CHARS
                && e.link_chars * 5 <= e.chars;
            if section_header || swallowed_page || topic_section {
                e.chrome = false;
                changed = true;
            }
        }
        if !changed {
            return;
        }
        // Pre-order again: a parent's mark is final before its children are visited.
        for i in 0..self.page.elements.len() {
            let Some(e) = self.page.elements.get(i) else { continue };
            let (parent, chrome) = (e.parent, e.chrome);
            let inherited = self.page.elements.get(parent).map_or(NONE, |p| p.chrome_above);
            if let Some(e) = self.page.elements.get_mut(i) {
                e.chrome_above = if chrome { i } else { inherited };
            }
        }
    }
}

/// Joins the cells of simple table rows (each cell one run of text) into one [`BlockKind::Row`]
/// block, so that a data table reads row by row. Layout tables, whose cells hold paragraphs, stay
/// as they are.
fn join_rows(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    // The blocks of one row, moved here (not copied) until it is known whether they are joined.
    let mut group: Vec<Block> = Vec::new();
    let mut blocks = blocks.into_iter().peekable();
    while let Some(block) = blocks.next() {
        let Some(row) = block.cell.map(|(_, row)| row).filter(|r| *r != NONE) else {
            out.push(block);
            continue;
        };
        group.clear();
        group.push(block);
        while let Some(next) = blocks.next_if(|b| b.cell.is_some_and(|(_, r)| r == row)) {
            group.push(next);
        }
        let one_per_cell = group.windows(2).all(|w| match (w.first().and_then(|b| b.cell), w.get(1).and_then(|b| b.cell)) {
            (Some((a, _)), Some((b, _))) => a != b,
            _ => false,
        });
        if group.len() >= 2 && one_per_cell && group.iter().all(|b| b.kind == BlockKind::Text) {
            let mut text = String::new();
            for b in &group {
                if !text.is_empty() {
                    text.push_str(" | ");
                }
                text.push_str(&b.text);
            }
            out.push(Block {
                owner: row,
                kind: BlockKind::Row,
                text,
                chars: group.iter().map(|b| b.chars).sum(),
                link_chars: group.iter().map(|b| b.link_chars).sum(),
                cell: None,
            });
        } else {
            out.append(&mut group);
        }
    }
    out
}

#[cfg(test)]
mod hint_tests {
    use super::*;

    /// The hint as a substring search per part, the way it was worked out before [`parts_in`].
    fn one_by_one(attrs: &str) -> Hint {
        let content = CONTENT_PARTS.iter().any(|p| attrs.contains(p));
        let chrome = !attrs.is_empty()
            && (CHROME_ALWAYS.iter().any(|p| attrs.contains(p))
                || (CHROME_PARTS.iter().any(|p| attrs.contains(p))
                    || attrs.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| CHROME_WORDS.contains(&w)))
                    && !content);
        if chrome {
            Hint::Chrome
        } else if content {
            Hint::Content
        } else {
            Hint::None
        }
    }

    #[test]
    fn one_pass_gives_the_hints_of_one_search_per_part() {
        let words: Vec<&str> = CHROME_ALWAYS
            .iter()
            .chain(CHROME_PARTS)
            .chain(CONTENT_PARTS)
            .chain(CHROME_WORDS)
            .copied()
            .chain(["", "main", "post", "subheader", "download", "x", "privacy-block", "nav-item", "legalese"])
            .collect();
        let mut checked = 0;
        for a in &words {
            for b in &words {
                for joined in [format!("{a} {b}"), format!("{a}{b}"), format!("{a}-{b}")] {
                    assert_eq!(hint_of(&joined), one_by_one(&joined), "{joined:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000);
    }
}

#[cfg(test)]
mod text_tests {
    use super::*;

    #[test]
    fn a_block_holds_its_nodes_text_with_whitespace_collapsed() {
        let pieces = [
            " ", "\u{a0}", "\u{2003}", "\u{3000}", "\u{85}", "\t\n", "\u{b}", "\u{c}", "\u{1c}", "\u{200b}", "Wort", "é",
            "ß", "x\u{2028}y", "<b>", "</b>", "<a href='#'>", "</a>", "日本",
        ];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let html = format!("<html><body><p>{a}{b}{c}</p><p> {c}{a}<i>{b} </i></p></body></html>");
                    let document = Html::parse_document(&html);
                    let page = flatten(&document, true);
                    let want: Vec<String> = document
                        .select(&scraper::Selector::parse("p").unwrap())
                        .map(|p| p.text().collect::<String>().split(char::is_whitespace).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
                        .filter(|t| !t.is_empty())
                        .collect();
                    let got: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
                    assert_eq!(got, want, "{html:?}");
                    for block in &page.blocks {
                        assert_eq!(block.chars, block.text.chars().filter(|c| !c.is_whitespace()).count());
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 5000);
    }
}
