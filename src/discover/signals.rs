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
//! | URL path or host names privacy                | +25    |
//! | in a footer / in navigation                   | +15 / +5 |
//! | same site / sibling domain / unrelated site   | +10 / −10 / −30 |
//! | cookie or consent link                        | −70 (−10 beside a policy name) |
//! | Do Not Sell/Share, privacy choices, opt-out   | −80    |
//! | privacy settings                              | −60    |
//! | terms, AGB, imprint, legal notice             | −40 (−10 beside a privacy word) |
//! | state supplement ("California Privacy Rights")| −15    |
//! | privacy hub ("Privacy Center")                | −10    |
//! | path points at cookies, terms, opt-out        | −20    |
//! | path is a blog post, news article or tag page | −15    |
//!
//! A link is a candidate only if at least one signal says "privacy" (the rel, the label or the
//! address) and its total is positive: a footer link to "About" gets nothing for being in the footer.

use url::Url;

use super::site::{Relation, Site};
use super::words::{self, fold, find};
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
}

/// A scored link: its address without fragment, its points and why.
#[derive(Debug)]
pub(crate) struct Scored {
    pub(crate) url: String,
    pub(crate) score: i32,
    pub(crate) reasons: Vec<String>,
}

/// Scores a link, or returns `None` when it cannot be the policy (not http(s), an in-page anchor,
/// nothing about privacy, or a total of zero or less).
pub(crate) fn score(link: &Link, cx: &Context<'_>) -> Option<Scored> {
    let url = resolve(cx.base, &link.href)?;
    // In-page anchors ("#privacy", or the page's own address) lead nowhere new, unless the page is
    // itself the policy and the anchor points into it.
    if !cx.is_policy_page && (link.href.trim_start().starts_with('#') || is_same_page(&url, cx.page)) {
        return None;
    }
    let label = Label::of(link);
    let path = fold(url.path(), 300);
    let rel = link.rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("privacy-policy"));
    // Most links say nothing about privacy: leave them before any scoring work.
    let path_privacy = find(&path, words::PATH_WORDS).is_some();
    let host_privacy = url.host_str().is_some_and(|h| find(&fold(h, 100), words::PATH_WORDS).is_some());
    if !rel && !label.privacy && !path_privacy && !host_privacy {
        return None;
    }

    let mut s = Scored { url: url.to_string(), score: 0, reasons: Vec::new() };
    let mut about_privacy = label.privacy;
    if rel {
        s.add(100, "marked rel=\"privacy-policy\"".to_string());
        about_privacy = true;
    }
    label_signals(&label, &mut s);
    about_privacy |= address_signals(&url, &path, path_privacy, host_privacy, &mut s);
    if !about_privacy {
        return None;
    }
    if link.in_footer {
        s.add(15, "in the page footer".to_string());
    } else if link.in_nav {
        s.add(5, "in the page navigation".to_string());
    }
    site_signals(&url, cx.site, &mut s);
    (s.score > 0).then_some(s)
}

impl Scored {
    fn add(&mut self, points: i32, reason: String) {
        self.score += points;
        self.reasons.push(format!("{points:+} {reason}"));
    }
}

/// The words a user sees or hears (text, `aria-label`, `title`), folded once.
struct Label {
    shown: String,
    folded: String,
    /// Names the policy itself ("Privacy Policy").
    named: bool,
    /// Names the policy or mentions privacy.
    privacy: bool,
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
        let named = find(&folded, words::POLICY_NAMES).is_some();
        let privacy = named || find(&folded, words::PRIVACY_WORDS).is_some();
        Label { shown: short(&shown), folded, named, privacy }
    }
}

/// Signals from the label: what it names, and what it warns about.
fn label_signals(label: &Label, s: &mut Scored) {
    let (shown, folded, named, privacy) = (&label.shown, label.folded.as_str(), label.named, label.privacy);
    if named {
        s.add(60, format!("label \"{shown}\" names a privacy policy"));
    } else if privacy {
        s.add(45, format!("label \"{shown}\" mentions privacy"));
    }
    if find(folded, words::OPT_OUT_WORDS).is_some() {
        s.add(-80, "looks like a Do Not Sell/Share, opt-out or privacy choices link".to_string());
    } else if find(folded, words::COOKIE_WORDS).is_some() {
        if named {
            s.add(-10, "also mentions cookies or consent".to_string());
        } else {
            s.add(-70, "looks like a cookie or consent link".to_string());
        }
    } else if privacy && !named && find(folded, words::SETTINGS_WORDS).is_some() {
        s.add(-60, "looks like a settings page".to_string());
    }
    if find(folded, words::TERMS_WORDS).is_some() {
        if privacy {
            s.add(-10, "also names terms or legal notices".to_string());
        } else {
            s.add(-40, "looks like terms, conditions or a legal notice".to_string());
        }
    }
    if privacy && find(folded, words::SUPPLEMENT_WORDS).is_some() {
        s.add(-15, "looks like a state-law supplement, not the main policy".to_string());
    }
    if find(folded, words::HUB_WORDS).is_some() {
        s.add(-10, "looks like a privacy hub rather than the policy".to_string());
    }
}

/// Signals from where the link points: path and host.
fn address_signals(url: &Url, path: &str, path_privacy: bool, host_privacy: bool, s: &mut Scored) -> bool {
    let away = find(path, words::PATH_AWAY_WORDS).is_some();
    if away {
        s.add(-20, format!("path {} points at cookies, terms, settings or opt-out", short(url.path())));
        return false;
    }
    if let Some(word) = find(path, words::ARTICLE_WORDS) {
        s.add(-15, format!("path {} looks like an article or tag page ({})", short(url.path()), word.trim()));
    }
    if path_privacy {
        s.add(25, format!("path {} looks like a privacy policy", short(url.path())));
    } else if host_privacy {
        // privacy.example.com: the host names the policy when the path does not.
        s.add(25, format!("host {} looks like a privacy site", url.host_str().unwrap_or_default()));
    }
    path_privacy || host_privacy
}

fn site_signals(url: &Url, page: Option<&Site>, s: &mut Scored) {
    let link = Site::of(url);
    let relation = match (page, &link) {
        (Some(page), Some(link)) => page.relation(link),
        _ => Relation::Other,
    };
    let domain = link.as_ref().map(Site::domain).unwrap_or_default();
    match relation {
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
