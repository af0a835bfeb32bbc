//! Finds the link from a page to its privacy policy.
//!
//! A page is reduced to its [`Link`]s (the content script builds the same list from the live DOM), and
//! every link is scored from independent signals: what it says, where it sits, where it points.
//! Signals are additive and each one leaves a reason, so a ranking can always be explained.

use scraper::{ElementRef, Html};
use serde::{Deserialize, Serialize};
use url::Url;

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
    /// Whether the link is inside a footer.
    pub in_footer: bool,
    /// Whether the link is inside a navigation block.
    pub in_nav: bool,
}

/// What the page itself says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Page {
    /// The page's address.
    pub url: String,
    /// The `<title>`.
    pub title: String,
    /// The first `<h1>`.
    pub heading: String,
    /// The page's links.
    pub links: Vec<Link>,
}

/// A link that may lead to the privacy policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyLink {
    /// The absolute URL.
    pub url: String,
    /// The link's text.
    pub text: String,
    /// Higher is more likely.
    pub score: i32,
    /// Why the link got its score.
    pub reasons: Vec<String>,
}

/// The result of looking for a page's privacy policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Discovery {
    /// Whether the page itself is a privacy policy.
    pub is_policy_page: bool,
    /// Candidate links, best first; only links with a positive score.
    pub candidates: Vec<PolicyLink>,
    /// Same-origin paths worth trying when nothing is linked.
    pub fallbacks: Vec<String>,
}

const POLICY_WORDS: &[&str] = &[
    "privacy", "datenschutz", "confidentialité", "confidentialite", "privacidad", "privacidade", "privacyverklaring",
    "informativa sulla privacy", "protection des données", "données personnelles", "protección de datos",
];
const PATH_HINTS: &[&str] = &["privacy", "datenschutz", "privacidad", "privacidade", "confidentialite", "privacybeleid"];
const PENALTIES: &[(&str, i32, &str)] = &[
    ("cookie", -40, "about cookies or consent"),
    ("consent", -40, "about cookies or consent"),
    ("do not sell", -60, "a Do Not Sell/Share page"),
    ("do not share", -60, "a Do Not Sell/Share page"),
    ("your privacy choices", -50, "a privacy choices page"),
    ("terms", -30, "terms of service"),
    ("settings", -30, "a settings page"),
];
const FALLBACK_PATHS: &[&str] = &["/privacy", "/privacy-policy", "/legal/privacy", "/privacy.html", "/datenschutz"];

/// Ranks the links of an HTML page that may lead to its privacy policy.
pub fn discover(page_html: &str, page_url: &str) -> Discovery {
    rank(&page_from_html(page_html, page_url))
}

/// Reads the title, main heading and links of an HTML page.
pub fn page_from_html(page_html: &str, page_url: &str) -> Page {
    let document = Html::parse_document(page_html);
    let mut page = Page { url: page_url.to_string(), ..Page::default() };
    for node in document.root_element().descendants() {
        let Some(element) = ElementRef::wrap(node) else { continue };
        let el = element.value();
        match el.name() {
            "title" if page.title.is_empty() => page.title = text_of(element),
            "h1" if page.heading.is_empty() => page.heading = text_of(element),
            "a" | "link" => {
                let Some(href) = el.attr("href") else { continue };
                let inside = |names: &[&str]| {
                    element.ancestors().filter_map(ElementRef::wrap).any(|a| {
                        names.contains(&a.value().name())
                            || a.value().attr("role").is_some_and(|r| r == "contentinfo" || r == "navigation")
                                && names.contains(&"footer")
                    })
                };
                page.links.push(Link {
                    href: href.to_string(),
                    text: text_of(element),
                    aria_label: el.attr("aria-label").unwrap_or_default().to_string(),
                    title: el.attr("title").unwrap_or_default().to_string(),
                    rel: el.attr("rel").unwrap_or_default().to_string(),
                    in_footer: inside(&["footer"]),
                    in_nav: inside(&["nav"]),
                });
            }
            _ => {}
        }
    }
    page
}

fn text_of(element: ElementRef<'_>) -> String {
    crate::extract::normalize_space(&element.text().collect::<String>())
}

/// Ranks the links of a page already reduced to a [`Page`].
pub fn rank(page: &Page) -> Discovery {
    let base = Url::parse(&page.url).ok();
    let site = base.as_ref().and_then(registrable_domain);
    let mut candidates: Vec<PolicyLink> = Vec::new();
    for link in &page.links {
        let Some(url) = resolve(base.as_ref(), &link.href) else { continue };
        let mut score = 0;
        let mut reasons = Vec::new();
        let label = format!("{} {} {}", link.text, link.aria_label, link.title).to_lowercase();
        if link.rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("privacy-policy")) {
            score += 100;
            reasons.push("rel=privacy-policy".to_string());
        }
        if POLICY_WORDS.iter().any(|w| label.contains(w)) {
            score += 50;
            reasons.push("link text names the privacy policy".to_string());
            if label.contains("policy") || label.contains("notice") || label.contains("erklärung") {
                score += 10;
                reasons.push("says policy or notice".to_string());
            }
        }
        let path = url.path().to_lowercase();
        if PATH_HINTS.iter().any(|h| path.contains(h)) {
            score += 25;
            reasons.push("URL path looks like a policy".to_string());
        }
        if link.in_footer {
            score += 10;
            reasons.push("in the footer".to_string());
        } else if link.in_nav {
            score += 5;
            reasons.push("in navigation".to_string());
        }
        for (word, penalty, why) in PENALTIES {
            if label.contains(word) {
                score += penalty;
                reasons.push(format!("looks like {why}"));
            }
        }
        match (&site, registrable_domain(&url)) {
            (Some(a), Some(b)) if *a == b => {}
            _ => {
                score -= 15;
                reasons.push("on another site".to_string());
            }
        }
        if score <= 0 {
            continue;
        }
        let url = url.to_string();
        match candidates.iter_mut().find(|c| c.url == url) {
            Some(existing) if existing.score >= score => {}
            Some(existing) => *existing = PolicyLink { url, text: link.text.clone(), score, reasons },
            None => candidates.push(PolicyLink { url, text: link.text.clone(), score, reasons }),
        }
    }
    candidates.sort_by_key(|c| std::cmp::Reverse(c.score));
    let fallbacks = match &base {
        Some(base) if candidates.is_empty() => {
            FALLBACK_PATHS.iter().filter_map(|p| base.join(p).ok()).map(|u| u.to_string()).collect()
        }
        _ => Vec::new(),
    };
    Discovery { is_policy_page: is_policy_page(page), candidates, fallbacks }
}

fn is_policy_page(page: &Page) -> bool {
    let heading = format!("{} {}", page.title, page.heading).to_lowercase();
    let named = POLICY_WORDS.iter().any(|w| heading.contains(w))
        && !heading.contains("cookie")
        && !heading.contains("terms");
    let path = Url::parse(&page.url).map(|u| u.path().to_lowercase()).unwrap_or_default();
    named && (PATH_HINTS.iter().any(|h| path.contains(h)) || !page.heading.is_empty())
}

fn resolve(base: Option<&Url>, href: &str) -> Option<Url> {
    let url = match base {
        Some(base) => base.join(href.trim()).ok()?,
        None => Url::parse(href.trim()).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then_some(url)
}

/// The registrable domain ("example.co.uk") of a URL, from the public suffix list.
pub fn registrable_domain(url: &Url) -> Option<String> {
    let host = url.host_str()?;
    match psl::domain_str(host) {
        Some(domain) => Some(domain.to_string()),
        // IP addresses and single-label hosts (localhost) are their own site.
        None => Some(host.to_string()),
    }
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
        assert_eq!(found.candidates[0].url, "https://shop.example.co.uk/legal/privacy");
        assert!(found.candidates.iter().all(|c| !c.url.ends_with("/cookies")));
    }
}
