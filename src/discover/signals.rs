//! Scores one link from independent signals; each signal adds (or takes) points and leaves a reason.
//!
//! The weights are chosen so that the reading of the label decides most rankings, and place (footer),
//! address (path, site) and the explicit `rel="privacy-policy"` break ties or overrule it:
//!
//! | signal                                        | points |
//! |-----------------------------------------------|--------|
//! | `rel="privacy-policy"`                        | +100   |
//! | label names the policy ("Privacy Policy")     | +60    |
//! | label mentions privacy ("Privacy")            | +45    |
//! | URL path names the policy (last segment) or host names privacy | +25 |
//! | URL path only mentions privacy                | +10    |
//! | in a footer / in navigation                   | +15 / +5 |
//! | same site / sibling domain / unrelated site   | +10 / −10 / −30 |
//! | cookie or consent link                        | −70 (−10 beside a policy name) |
//! | Do Not Sell/Share, privacy choices, opt-out   | −80    |
//! | privacy settings                              | −60    |
//! | terms, AGB, imprint, legal notice             | −40 (−10 beside a privacy word) |
//! | state supplement ("California Privacy Rights")| −15    |
//! | privacy hub ("Privacy Center")                | −10    |
//! | label names something privacy qualifies ("Datenschutzbeauftragter") | −60 |
//! | label of five words or more mentioning privacy, outside footer and navigation (a headline) | +20 instead of +45 |
//! | path points at cookies, terms, opt-out        | −20    |
//! | path is a post whose last segment names the policy | −15 |
//! | path is a post, tag or topic page, or dated (`/2016/04/…`): no path points | −30 |
//! | … or marked `rel="tag"`/`"category"`, and the label does not name the policy: not a candidate | — |
//! | marked `rel="tag"` or `rel="category"`        | −30    |
//!
//! A footer counts only if it is not an article's own `<footer>`. A link to another site inside a
//! box that embeds another service (a captcha's "Privacy – Terms", a map, a comment plugin, a form
//! outside the footer) is that service's and never a candidate.
//!
//! A link is a candidate only if at least one signal says "privacy" (the rel, the label or the
//! address) and its total is positive: a footer link to "About" gets nothing for being in the footer.

use std::cell::RefCell;
use std::collections::HashMap;

use super::address::Url;

use super::path::Address;
use super::site::{Relation, Site};
use super::scan::Found;
use super::vocabulary::List;
use super::words::{self, fold, Naming, Reading};
use super::Link;

/// What every link of a page is scored against.
pub(crate) struct Context<'a> {
    /// Where relative links resolve from (`<base href>`, else the page's address).
    pub(crate) base: Option<&'a Url>,
    /// The page's own address without its fragment, to recognise in-page anchors.
    pub(crate) page: Option<&'a Url>,
    /// The page's site.
    pub(crate) site: Option<&'a Site>,
    /// Whether the page is itself a policy (then its in-page anchors are kept).
    pub(crate) is_policy_page: bool,
    /// Each host's relation to the page's site and its registrable domain, worked out once: a
    /// page's links go to a handful of hosts, and the public suffix lookup is not free.
    pub(crate) hosts: RefCell<HashMap<String, Host>>,
}

/// What a link's host says: how its site relates to the page's, its registrable domain, and
/// whether it names privacy (`privacy.example.com`).
#[derive(Clone, Debug)]
pub(crate) struct Host {
    relation: Relation,
    domain: String,
    privacy: bool,
}

/// A scored link: its address without fragment, its points and why.
#[derive(Debug)]
pub(crate) struct Scored {
    pub(crate) url: String,
    /// What makes two links lead to the same document (see `same_document_key`).
    pub(crate) key: String,
    pub(crate) score: i32,
    pub(crate) reasons: Vec<String>,
}

/// Scores a link, or returns `None` when it cannot be the policy (not http(s), an in-page anchor,
/// nothing about privacy, another service's link inside its embedded box, or a total of zero or
/// less).
pub(crate) fn score(link: &Link, cx: &Context<'_>) -> Option<Scored> {
    let url = resolve(cx.base, &link.href)?;
    // In-page anchors ("#privacy", or the page's own address) lead nowhere new, unless the page is
    // itself the policy and the anchor points into it.
    if !cx.is_policy_page && (link.href.trim_start().starts_with('#') || is_same_page(&url, cx.page)) {
        return None;
    }
    let label = Label::of(link);
    let rel = has_rel(link, &["privacy-policy"]);
    // Most links say nothing about privacy: leave them before any scoring work.
    let path = fold(url.path(), 300);
    let path_privacy = Found::of(&path).has(List::PathWords);
    let host = host(&url, cx);
    if !rel && !label.privacy && !path_privacy && !host.privacy {
        return None;
    }
    let address = Address::read(&url, path);
    // A captcha's "Privacy – Terms", a map's or a comment plugin's policy link: that service's
    // policy, never the site's, however well it is named.
    if host.relation == Relation::Other && in_embedded_box(link) {
        return None;
    }

    let mut s = Scored { url: url.to_string(), key: String::new(), score: 0, reasons: Vec::new() };
    let mut about_privacy = label.privacy;
    if rel {
        s.add(100, "marked rel=\"privacy-policy\"".to_string());
        about_privacy = true;
    }
    let tag = has_rel(link, words::TAXONOMY_RELS);
    // A tag page, date archive or post about privacy is never the policy, unless its label or rel
    // says it is ("Our new privacy policy" → /2018/05/…).
    if (address.is_article() || tag) && !label.named && !rel {
        return None;
    }
    if tag {
        s.add(-30, format!("marked rel=\"{}\": a tag or category page", link.rel.trim()));
    }
    label_signals(&label, &mut s);
    about_privacy |= address_signals(&url, &address, &label, host.privacy, &mut s);
    if !about_privacy {
        return None;
    }
    // An article's own <footer> (author, date, tags) is not the page's footer.
    if link.in_footer && !link.in_article {
        s.add(15, "in the page footer".to_string());
    } else if link.in_nav {
        s.add(5, "in the page navigation".to_string());
    }
    site_signals(&host, &mut s);
    if s.score <= 0 {
        return None;
    }
    s.key = super::same_document_key(&url);
    Some(s)
}

impl Scored {
    fn add(&mut self, points: i32, reason: String) {
        self.score += points;
        self.reasons.push(format!("{points:+} {reason}"));
    }
}

/// Whether the link has one of these `rel` values.
fn has_rel(link: &Link, values: &[&str]) -> bool {
    link.rel.split_ascii_whitespace().any(|r| values.iter().any(|v| r.eq_ignore_ascii_case(v)))
}

/// Inside a box that embeds another service: a captcha, newsletter, map or comment plugin, or after
/// a credit such as "Protected by". A form counts too, unless it sits in the footer or navigation,
/// where some sites wrap the whole page in one `<form>`.
fn in_embedded_box(link: &Link) -> bool {
    link.in_widget || (link.in_form && !link.in_footer && !link.in_nav)
}

/// Labels of this many words or more that mention privacy, outside the footer and navigation, read
/// like a headline ("Why the web killed privacy"), not a link name. Footers and menus do hold long
/// names ("Informations sur la protection des données"), so there they are taken as names.
const HEADLINE_WORDS: usize = 5;

/// The words a user sees or hears (text, `aria-label`, `title`), folded once.
struct Label {
    shown: String,
    found: Found,
    reading: Reading,
    /// Names the policy itself ("Privacy Policy", "Datenschutz & Cookies").
    named: bool,
    /// Names the policy or mentions privacy, and not as a modifier of another noun.
    privacy: bool,
    /// Has words, and none of them about privacy ("Media charter"): the address alone then
    /// needs to name the policy.
    says_other: bool,
    /// Long, and in the page's body: a headline.
    headline: bool,
}

impl Label {
    fn of(link: &Link) -> Label {
        // The aria-label or title often repeats the text; say it once.
        let mut shown = link.text.clone();
        for extra in [&link.aria_label, &link.title] {
            if !extra.is_empty() && !shown.to_lowercase().contains(&extra.to_lowercase()) {
                if !shown.is_empty() {
                    shown.push_str(" / ");
                }
                shown.push_str(extra);
            }
        }
        let folded = fold(&shown, 3 * super::html::TEXT_LIMIT);
        let found = Found::of(&folded);
        let reading = words::read_found(&found);
        let named = reading.naming == Naming::Policy;
        let privacy = named || reading.naming == Naming::Privacy;
        let says_other = !privacy && folded.chars().any(char::is_alphabetic);
        let headline =
            !link.in_footer && !link.in_nav && folded.split_ascii_whitespace().count() >= HEADLINE_WORDS;
        Label { shown: short(&shown), found, reading, named, privacy, says_other, headline }
    }
}

/// Signals from the label: what it names, and what it warns about.
fn label_signals(label: &Label, s: &mut Scored) {
    let (shown, found, named, privacy) = (&label.shown, &label.found, label.named, label.privacy);
    if let Some(noun) = label.reading.qualified {
        s.add(-60, format!("label \"{shown}\" names something privacy qualifies ({}), not the policy", noun.trim()));
        return;
    }
    if label.reading.combined {
        s.add(60, format!("label \"{shown}\" names a privacy policy together with another document"));
    } else if named {
        s.add(60, format!("label \"{shown}\" names a privacy policy"));
    } else if privacy && label.headline {
        s.add(20, format!("label \"{shown}\" reads like a headline that mentions privacy"));
    } else if privacy {
        s.add(45, format!("label \"{shown}\" mentions privacy"));
    }
    let cookie = found.has(List::Cookie) || found.has(List::Consent);
    if found.has(List::OptOut) {
        s.add(-80, "looks like a Do Not Sell/Share, opt-out or privacy choices link".to_string());
    } else if cookie {
        if named {
            s.add(-10, "also mentions cookies or consent".to_string());
        } else {
            s.add(-70, "looks like a cookie or consent link".to_string());
        }
    } else if privacy && !named && found.has(List::Settings) {
        s.add(-60, "looks like a settings page".to_string());
    }
    if found.has(List::Terms) {
        if privacy {
            s.add(-10, "also names terms or legal notices".to_string());
        } else {
            s.add(-40, "looks like terms, conditions or a legal notice".to_string());
        }
    }
    if privacy && found.has(List::Supplement) {
        s.add(-15, "looks like a state-law supplement, not the main policy".to_string());
    }
    if found.has(List::Hub) {
        s.add(-10, "looks like a privacy hub rather than the policy".to_string());
    }
}

/// Signals from where the link points: path and host. Returns whether the address is evidence of
/// privacy. A path is weaker evidence than a label: when the label says something else, only a last
/// segment that names the policy counts (`/legal/privacy`, not `/promo/gdpr_campaign/charter.pdf`);
/// and the path of an article or tag page names its topic, not a policy.
fn address_signals(url: &Url, address: &Address, label: &Label, host_privacy: bool, s: &mut Scored) -> bool {
    let shown = short(url.path());
    if address.away.is_some() {
        s.add(-20, format!("path {shown} points at cookies, terms, settings or opt-out"));
        return false;
    }
    if let Some(article) = address.article {
        if address.is_article() {
            // More than a privacy slug earns, so "Privacy" → /tag/privacy loses to "Privacy" → /a-4711.
            s.add(-30, format!("path {shown} looks like {}", article.describe()));
            return false;
        }
        s.add(-15, format!("path {shown} looks like {}", article.describe()));
    }
    // A slug that echoes a label ("/vie-privee-et-internet") is weaker evidence than a path that
    // names the document (`/privacy`, `/datenschutzerklaerung`, `/legal/site_privacy`).
    let path_evidence = if label.says_other { address.names_policy } else { address.privacy };
    if path_evidence && address.names_policy {
        s.add(25, format!("path {shown} looks like a privacy policy"));
    } else if host_privacy && !label.says_other {
        // privacy.example.com: the host names the policy when the path does not.
        s.add(25, format!("host {} looks like a privacy site", url.host_str().unwrap_or_default()));
        return true;
    } else if path_evidence {
        s.add(10, format!("path {shown} mentions privacy"));
    }
    path_evidence
}

/// What the link's host says, worked out once per host.
fn host(url: &Url, cx: &Context<'_>) -> Host {
    let name = url.host_str().unwrap_or_default();
    if let Some(known) = cx.hosts.borrow().get(name) {
        return known.clone();
    }
    let link = Site::of(url);
    let relation = match (cx.site, &link) {
        (Some(page), Some(link)) => page.relation(link),
        _ => Relation::Other,
    };
    let domain = link.map(|l| l.domain().to_string()).unwrap_or_default();
    let host = Host { relation, domain, privacy: Found::of(&fold(name, 100)).has(List::PathWords) };
    cx.hosts.borrow_mut().insert(name.to_string(), host.clone());
    host
}

fn site_signals(host: &Host, s: &mut Scored) {
    let domain = &host.domain;
    match host.relation {
        Relation::Same => s.add(10, "on the same site".to_string()),
        Relation::Sibling => s.add(-10, format!("on a sibling domain ({domain})")),
        Relation::Other => s.add(-30, format!("on another site ({domain})")),
    }
}

/// Resolves an `href` against the base; only http(s) survives (`javascript:`, `mailto:`, `tel:`,
/// `data:` do not). The fragment is dropped: `/privacy#cookies` is the same document as `/privacy`.
pub(crate) fn resolve(base: Option<&Url>, href: &str) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let mut url = match base {
        Some(base) => super::address::join(base, href)?,
        None => super::address::parse(href)?,
    };
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return None;
    }
    url.set_fragment(None);
    Some(url)
}

fn is_same_page(url: &Url, page: Option<&Url>) -> bool {
    page.is_some_and(|page| page.as_str() == url.as_str())
}

/// The first 60 characters, for reasons.
fn short(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
