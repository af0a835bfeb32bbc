//! Finds the link from a page to its privacy policy, or recognises that the page already is one.
//!
//! A page is first reduced to a [`Page`]: its address, title, main heading, section headings and
//! [`Link`]s. [`page_from_html`] does that in one pass over the parsed tree, for a saved page and for
//! the extension alike: the content script hands over the live page's HTML, and [`fetch_plan`] (module
//! `plan`) reads, ranks and decides what to fetch with the same code the CLI and the tests run.
//!
//! [`rank`] then answers two questions independently:
//!
//! - *Is this page a privacy policy?* Clues from the page's own address (module `path`), title,
//!   main heading, section headings and opening paragraphs (module `opening`) add up (module
//!   `policy_page`); its links never count, so a home page with "Privacy" in its footer is not a
//!   policy.
//! - *Which links lead to the policy?* Every link is scored from independent signals (module
//!   `signals`): what its label says in seven languages (module `words`), `rel="privacy-policy"`,
//!   whether it sits in a footer or navigation, what its path says (module `path`), and whether it
//!   stays on the same site (module `site`). Cookie, consent, opt-out, settings and terms links lose
//!   points, and so do tag pages, articles and another service's links inside its embedded box.
//!   Every signal leaves a reason, so a ranking can always be explained.
//!
//! Links to the same document (after dropping fragments, and ignoring the scheme, `www.`, trailing
//! slashes and tracking parameters) are merged, keeping the best score and all reasons. When nothing is linked, [`Discovery::fallbacks`] lists the usual policy paths on the same
//! origin, in the page's language first.
//!
//! ```
//! let html = r#"<html><body><footer>
//!     <a href="/cookies">Cookie settings</a>
//!     <a href="/legal/privacy">Privacy Policy</a>
//!     <a href="/terms">Terms</a>
//! </footer></body></html>"#;
//! let found = clausewise::discover(html, "https://shop.example.com/item/1");
//! assert!(!found.is_policy_page);
//! assert_eq!(found.candidates[0].url, "https://shop.example.com/legal/privacy");
//! ```
//!
//! Cost: parsing dominates. The walk is linear in the size of the tree, at most 5,000 links are
//! scored (the first 4,000 and the last 1,000, because footers come last) and labels are cut to 200
//! characters, so a huge page costs little more than parsing it.

mod address;
mod html;
mod opening;
mod path;
mod plan;
mod policy_page;
mod scan;
mod signals;
mod site;
mod suffix;
mod vocabulary;
mod words;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use self::html::page_from_html;
pub use self::plan::{fetch_plan, plan_for, FetchPlan, OfferedLink};
pub use self::site::{registrable_domain, site_of};
// The address type `registrable_domain` takes: `url::Url` natively, the browser-parsed one in the wasm.
pub use self::address::Url;

/// A link as found on a page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Link {
    /// The `href` attribute, as written (relative or absolute).
    pub href: String,
    /// The visible text.
    pub text: String,
    /// The `aria-label` attribute.
    pub aria_label: String,
    /// The `title` attribute.
    pub title: String,
    /// The `rel` attribute.
    pub rel: String,
    /// Whether the link is inside a footer (`<footer>`, `role=contentinfo`, or an element whose id
    /// or class contains "footer").
    pub in_footer: bool,
    /// Whether the link is inside a navigation block (`<nav>`, `<header>`, `role=navigation`,
    /// `role=banner`).
    pub in_nav: bool,
    /// Whether the link is inside an `<article>`: then a `<footer>` around it is the article's
    /// (author, date, tags), not the page's.
    pub in_article: bool,
    /// Whether the link is inside a `<form>`.
    pub in_form: bool,
    /// Whether the link is inside a box that embeds another service (an element whose class or id
    /// names a captcha, newsletter sign-up, comment plugin, map attribution or embed), or follows a
    /// credit to one ("Protected by …", "Powered by …") in the same block.
    pub in_widget: bool,
}

/// What the page itself says about itself.
///
/// Every field but `url` may be left empty; the fields after `links` are optional extras that make
/// the answers better (the content script should fill them when it can).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Page {
    /// The page's address.
    pub url: String,
    /// The `<title>`.
    pub title: String,
    /// The first non-empty `<h1>`.
    pub heading: String,
    /// The page's links, in document order.
    pub links: Vec<Link>,
    /// The `<html lang>` attribute ("de", "fr-CA"), for language-appropriate fallbacks.
    pub lang: String,
    /// The `<base href>`, as written; relative links resolve against it.
    pub base: String,
    /// The canonical address (`<link rel="canonical">`, else `og:url`), as written.
    pub canonical: String,
    /// The texts of the page's other `<h1>`–`<h3>` headings (at most 64), in document order.
    pub headings: Vec<String>,
    /// The opening of the page's own text, at most [`OPENING_LIMIT`] characters: what it says
    /// outside links, navigation, header, footer, forms, embedded boxes and cookie banners. A policy
    /// page without headings is recognised from it.
    pub opening: String,
}

/// Characters of a page's opening text that are read to recognise a policy.
pub const OPENING_LIMIT: usize = 1_500;

/// A link that may lead to the privacy policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyLink {
    /// The absolute URL, without fragment.
    pub url: String,
    /// The link's text (of the best-scored link to this URL).
    pub text: String,
    /// Higher is more likely.
    pub score: i32,
    /// Why the link got its score, one signal per reason ("+60 label \"Privacy Policy\" names a
    /// privacy policy"); merged duplicates contribute their reasons too.
    pub reasons: Vec<String>,
}

/// The result of looking for a page's privacy policy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Discovery {
    /// Whether the page itself is a privacy policy.
    pub is_policy_page: bool,
    /// The clues behind `is_policy_page`.
    #[serde(default)]
    pub page_reasons: Vec<String>,
    /// Candidate links, best first; only links with a positive score.
    pub candidates: Vec<PolicyLink>,
    /// Same-origin addresses worth trying when nothing is linked (empty otherwise).
    pub fallbacks: Vec<String>,
}

impl Discovery {
    /// The best candidate's URL, if any.
    pub fn best(&self) -> Option<&str> {
        self.candidates.first().map(|c| c.url.as_str())
    }
}

/// Ranks the links of an HTML page that may lead to its privacy policy.
pub fn discover(page_html: &str, page_url: &str) -> Discovery {
    rank(&page_from_html(page_html, page_url))
}

/// Ranks the links of a page already reduced to a [`Page`].
///
/// Never panics; a page whose address does not parse still has its absolute links ranked.
pub fn rank(page: &Page) -> Discovery {
    let address = address::parse(page.url.trim());
    let page_url = address.clone().map(|mut url| {
        url.set_fragment(None);
        url
    });
    let base = match (page_url.as_ref(), page.base.trim()) {
        (_, "") => page_url.clone(),
        (Some(url), base) => address::join(url, base).or_else(|| page_url.clone()),
        (None, base) => address::parse(base),
    };
    let site = page_url.as_ref().and_then(site::Site::of);
    // The fragment stays for judging the page: `/legal/#privacy_policy` points at the policy.
    let verdict = policy_page::judge(page, address.as_ref());
    let cx = signals::Context {
        base: base.as_ref(),
        page: page_url.as_ref(),
        site: site.as_ref(),
        is_policy_page: verdict.is_policy,
        hosts: Default::default(),
    };

    let mut merged: Vec<Merged> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for link in considered(&page.links) {
        let Some(mut scored) = signals::score(link, &cx) else { continue };
        let key = std::mem::take(&mut scored.key);
        match index.get(&key) {
            Some(&i) => merged[i].add(scored, &link.text),
            None => {
                index.insert(key, merged.len());
                merged.push(Merged { best: scored, text: link.text.clone(), others: Vec::new() });
            }
        }
    }
    let mut candidates: Vec<PolicyLink> = merged.into_iter().map(Merged::into_policy_link).collect();
    // Stable: among equal scores the link that comes first in the page wins.
    crate::sorting::sort_stable_by(&mut candidates, |a, b| b.score.cmp(&a.score));

    let fallbacks = match page_url.as_ref() {
        Some(url) if candidates.is_empty() && !verdict.is_policy => fallbacks(url, &page.lang),
        _ => Vec::new(),
    };
    Discovery { is_policy_page: verdict.is_policy, page_reasons: verdict.reasons, candidates, fallbacks }
}

/// The links worth scoring: the first [`html::HEAD_LINKS`] and the last [`html::TAIL_LINKS`], so a
/// page (or a content script) with a million links costs no more than one with five thousand.
fn considered(links: &[Link]) -> impl Iterator<Item = &Link> {
    let head = links.len().min(html::HEAD_LINKS);
    let tail_start = links.len().saturating_sub(html::TAIL_LINKS).max(head);
    links[..head].iter().chain(links[tail_start..].iter())
}

/// Links to one document: the best-scored link, and what the others said.
struct Merged {
    best: signals::Scored,
    text: String,
    /// Reasons of the other links, each prefixed with the link's label.
    others: Vec<String>,
}

impl Merged {
    /// Adds another link to the same document: the better link becomes the best (its URL, text and
    /// reasons lead), and the other keeps its reasons as "another link …".
    fn add(&mut self, scored: signals::Scored, text: &str) {
        if scored.score > self.best.score {
            let previous = std::mem::replace(&mut self.best, scored);
            let previous_text = std::mem::replace(&mut self.text, text.to_string());
            self.note(&previous, &previous_text);
        } else {
            self.note(&scored, text);
        }
    }

    fn note(&mut self, scored: &signals::Scored, text: &str) {
        for reason in &scored.reasons {
            if self.best.reasons.contains(reason) {
                continue;
            }
            let reason = format!("another link (\"{text}\", {}): {reason}", scored.score);
            if !self.others.contains(&reason) {
                self.others.push(reason);
            }
        }
    }

    fn into_policy_link(self) -> PolicyLink {
        let mut reasons = self.best.reasons;
        reasons.extend(self.others);
        PolicyLink { url: self.best.url, text: self.text, score: self.best.score, reasons }
    }
}

/// Query parameters that only track where a click came from.
const TRACKING_PARAMS: &[&str] = &["ref", "source", "src", "trk", "fbclid", "gclid", "mc_cid", "mc_eid"];

/// Whether two addresses are the same document (see `same_document_key`): the extension asks it to
/// know whether the user is on the policy page itself.
pub fn same_document(a: &str, b: &str) -> bool {
    match (address::parse(a.trim()), address::parse(b.trim())) {
        (Some(mut a), Some(mut b)) => {
            a.set_fragment(None);
            b.set_fragment(None);
            same_document_key(&a) == same_document_key(&b)
        }
        _ => false,
    }
}

/// What makes two addresses the same document for merging: fragments are already gone, and the
/// scheme, a leading `www.`, a trailing slash and tracking parameters do not matter either
/// (`http://www.example.com/privacy/?utm_source=footer` is `https://example.com/privacy`).
pub(crate) fn same_document_key(url: &Url) -> String {
    let host = url.host_str().unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    let path = url.path().trim_end_matches('/');
    let query: Vec<String> = url
        .query_pairs()
        .filter(|(k, _)| !k.starts_with("utm_") && !TRACKING_PARAMS.contains(&k.as_ref()))
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    format!("{host}:{}{path}?{}", url.port().unwrap_or_default(), query.join("&"))
}

/// The addresses to try on the site of `url` when nothing is linked: the paths of the page's language
/// (`lang`, from its `<html lang>`), then the English ones.
fn fallbacks(url: &Url, lang: &str) -> Vec<String> {
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Vec::new();
    }
    let primary = lang.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    let mut out: Vec<String> = Vec::new();
    // The page's own language first; English paths are common everywhere.
    for path in vocabulary::fallback_paths(&primary).iter().chain(vocabulary::fallback_paths("en")) {
        if let Ok(joined) = url.join(path) {
            let joined = joined.to_string();
            if !out.contains(&joined) {
                out.push(joined);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footer_privacy_link_wins_over_cookie_settings() {
        let html = r#"<html><body><a href="/about">About</a>
            <footer><a href="/cookies">Cookie settings</a><a href="/legal/privacy">Privacy Policy</a>
            <a href="/terms">Terms</a></footer></body></html>"#;
        let found = discover(html, "https://shop.example.co.uk/item/1");
        assert!(!found.is_policy_page);
        assert_eq!(found.best(), Some("https://shop.example.co.uk/legal/privacy"));
        assert!(found.candidates.iter().all(|c| !c.url.ends_with("/cookies")));
    }

    #[test]
    fn considered_takes_head_and_tail_without_overlap() {
        let links: Vec<Link> = (0..10).map(|i| Link { href: i.to_string(), ..Link::default() }).collect();
        assert_eq!(considered(&links).count(), 10);
        let many: Vec<Link> = (0..7_000).map(|i| Link { href: i.to_string(), ..Link::default() }).collect();
        let kept: Vec<&str> = considered(&many).map(|l| l.href.as_str()).collect();
        assert_eq!(kept.len(), html::HEAD_LINKS + html::TAIL_LINKS);
        assert_eq!(kept.last(), Some(&"6999"));
    }

    #[test]
    fn same_document_keys() {
        let key = |u: &str| Url::parse(u).map(|u| same_document_key(&u)).unwrap_or_default();
        assert_eq!(key("http://www.example.com/privacy/?utm_source=x&ref=footer"), key("https://example.com/privacy"));
        assert_ne!(key("https://example.com/privacy?hl=de"), key("https://example.com/privacy"));
        assert_ne!(key("https://example.com/privacy"), key("https://example.com/privacy.html"));
        assert_ne!(key("https://example.com:8443/privacy"), key("https://example.com/privacy"));
    }

    #[test]
    fn fallbacks_put_the_page_language_first() {
        let url = Url::parse("https://example.de/produkte/1?x=1").ok();
        let got = url.map(|u| fallbacks(&u, "de-DE")).unwrap_or_default();
        assert_eq!(got.first().map(String::as_str), Some("https://example.de/datenschutz"));
        assert!(got.contains(&"https://example.de/privacy-policy".to_string()));
    }
}
