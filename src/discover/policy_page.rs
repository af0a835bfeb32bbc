//! Recognises a page that is itself a privacy policy, so it is analyzed directly.
//!
//! Each clue gives points; the page is a policy at [`THRESHOLD`] points or more:
//!
//! | clue                                                        | points |
//! |-------------------------------------------------------------|--------|
//! | address (or canonical address) names the policy: `/privacy-policy`, `/datenschutz`, `/privacy`, `/info/site_privacy.php` | +2 |
//! | address mentions privacy elsewhere (`/help/privacy/faq`), names a policy (`/about/policy.php`) or points at a privacy section (`/legal/#privacy`) | +1 |
//! | address is the site's home page                             | −1     |
//! | address is a blog post, news article, forum thread, tag or topic page, or dated (`/2016/04/…`) | −2 |
//! | address names cookies, terms, settings, opt-out and not privacy | −2 |
//! | `<title>` / main `<h1>` is a policy's name ("Privacy Policy - ACME") | +3 each |
//! | `<title>` / main `<h1>` names a policy in passing ("Why a privacy policy?") | +1 each |
//! | `<title>` / main `<h1>` mentions privacy ("Privacy at ACME")| +1 each |
//! | `<title>` / main `<h1>` names a hub ("Privacy Center")      | −2 each |
//! | `<title>` / main `<h1>` names cookies, terms, opt-out, and neither mentions privacy | −2 each |
//! | a section heading names a policy                            | +1     |
//! | three / five section headings read like a policy's          | +1 / +2 |
//! | the opening paragraphs name a policy and cover four / two of its topics, or cover six without naming one (not on article pages) | +3 / +2 / +1 |
//!
//! Only the page's own words count, never its links: a home page with "Privacy" in its footer has
//! no clue at all, and a "Cookie Policy" or "Terms of Use" page loses points for saying so.

use super::address::Url;

use super::opening;
use super::path::Address;
use super::vocabulary::{self, List};
use super::words::{self, find, fold, Naming};
use super::Page;

/// Points from which a page is taken for a privacy policy.
pub(crate) const THRESHOLD: i32 = 3;

/// Whether a page is a policy, and the clues that decided it.
#[derive(Debug, Default)]
pub(crate) struct Verdict {
    pub(crate) is_policy: bool,
    pub(crate) reasons: Vec<String>,
}

/// Judges a page from its address, title, main heading, section headings and opening text.
pub(crate) fn judge(page: &Page, url: Option<&Url>) -> Verdict {
    let mut points = 0;
    let mut reasons = Vec::new();
    let mut add = |p: i32, reason: String| {
        points += p;
        reasons.push(format!("{p:+} {reason}"));
    };

    let canonical = url.and_then(|u| super::address::join(u, page.canonical.trim())).filter(|_| !page.canonical.trim().is_empty());
    let address = [url, canonical.as_ref()].into_iter().flatten().map(address_points).max_by_key(|(p, _)| *p);
    if let Some((p, why)) = address.filter(|(p, _)| *p != 0) {
        add(p, why);
    }
    let named = [(("title", &page.title), naming_of(&page.title)), (("main heading", &page.heading), naming_of(&page.heading))];
    // A page titled "Privacy and Use" under the heading "Terms and Conditions" holds both documents:
    // the terms only count against a page that says nothing about privacy in either place.
    let says_privacy = named.iter().any(|(_, n)| *n >= Naming::Privacy);
    for ((what, text), naming) in named {
        match naming {
            Naming::Policy if is_headline(text) => add(3, format!("{what} \"{text}\" is the name of a privacy policy")),
            Naming::Policy => add(1, format!("{what} \"{text}\" names a privacy policy in passing")),
            Naming::Privacy if find(&fold(text, super::html::TEXT_LIMIT), vocabulary::list(List::Hub)).is_some() => {
                add(-2, format!("{what} \"{text}\" names a privacy hub, not a policy"));
            }
            Naming::Privacy => add(1, format!("{what} \"{text}\" mentions privacy")),
            Naming::Other if !says_privacy => {
                add(-2, format!("{what} \"{text}\" names cookies, terms or an opt-out page"));
            }
            Naming::Other | Naming::Nothing => {}
        }
    }
    let sections = page
        .headings
        .iter()
        .filter(|h| find(&fold(h, super::html::TEXT_LIMIT), vocabulary::list(List::Sections)).is_some())
        .count();
    if let Some(named) = page.headings.iter().find(|h| naming_of(h) == Naming::Policy) {
        add(1, format!("section heading \"{named}\" names a privacy policy"));
    }
    if sections >= 5 {
        add(2, format!("{sections} section headings read like a privacy policy"));
    } else if sections >= 3 {
        add(1, format!("{sections} section headings read like a privacy policy"));
    }
    // An article or tag page about privacy reads like a policy too; its address has spoken.
    if !url.is_some_and(|u| Address::of(u).is_article()) {
        if let Some((p, why)) = opening::clue(&page.opening) {
            add(p, why);
        }
    }
    Verdict { is_policy: points >= THRESHOLD, reasons }
}

fn naming_of(text: &str) -> Naming {
    if text.trim().is_empty() {
        return Naming::Nothing;
    }
    words::naming(&fold(text, super::html::TEXT_LIMIT))
}

/// Whether a part of the text (between separators such as `|`, `-` or `,`) starts or ends with the
/// name of a policy: "Privacy Policy - Example", "Example Privacy Statement", but not "Why every
/// privacy policy is too long", which only talks about one.
fn is_headline(text: &str) -> bool {
    text.split(['|', '-', '\u{2013}', '\u{2014}', ':', ',', '\u{b7}', '\u{2022}', '\u{bb}']).any(|part| {
        let part = fold(part, super::html::TEXT_LIMIT);
        let part = part.trim();
        vocabulary::list(List::PolicyNames).iter().any(|name| part.starts_with(name) || part.ends_with(name))
    })
}

/// Points from an address, with the reason.
fn address_points(url: &Url) -> (i32, String) {
    let address = Address::of(url);
    let path = &address.folded;
    let host = url.host_str().unwrap_or_default();
    let privacy_host = find(&fold(host, 100), vocabulary::list(List::PathWords)).is_some();
    let shown = url.path();
    if let Some(article) = address.article.filter(|_| address.is_article()) {
        return (-2, format!("address {shown} is {}", article.describe()));
    }
    let away = address.away.is_some();
    if address.names_policy && !away {
        (2, format!("address {shown} names a privacy policy"))
    } else if address.privacy && !away {
        (1, format!("address {shown} mentions privacy"))
    } else if !away && find(path, &[" policy ", " policies "]).is_some() {
        (1, format!("address {shown} names a policy"))
    } else if !away && url.fragment().is_some_and(|f| find(&fold(f, 100), vocabulary::list(List::PathWords)).is_some()) {
        (1, format!("address points at a privacy section (#{})", url.fragment().unwrap_or_default()))
    } else if away {
        (-2, format!("address {shown} names cookies, terms or an opt-out page"))
    } else if privacy_host {
        (2, format!("host {host} is a privacy site"))
    } else if url.path() == "/" {
        (-1, "the site's home page".to_string())
    } else {
        (0, String::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_name_the_policy_at_an_edge() {
        assert!(is_headline("Privacy Policy | Example"));
        assert!(is_headline("Example Privacy Statement"));
        assert!(is_headline("Acme Pet Supplies® - Privacy Policy"));
        assert!(is_headline("Datenschutzerklärung – Beispiel GmbH"));
        assert!(!is_headline("Why every privacy policy is too long"));
    }

    #[test]
    fn addresses() {
        let points = |u: &str| Url::parse(u).map(|u| address_points(&u).0).unwrap_or(99);
        assert_eq!(points("https://example.com/legal/privacy-policy.html"), 2);
        assert_eq!(points("https://example.com/privacy/"), 2);
        assert_eq!(points("https://example.de/datenschutzerklaerung"), 2);
        assert_eq!(points("https://example.com/help/privacy/faq"), 1);
        assert_eq!(points("https://example.com/legal/#privacy_policy"), 1);
        assert_eq!(points("https://example.com/"), -1);
        assert_eq!(points("https://privacy.example.com/"), 2);
        assert_eq!(points("https://example.com/cookie-policy"), -2);
        assert_eq!(points("https://example.com/privacy-choices"), -2);
        assert_eq!(points("https://example.com/blog/why-privacy-policies-are-long"), -2);
        assert_eq!(points("https://example.com/shop/item"), 0);
    }
}
