//! What the extension fetches for a page: the decision the background worker used to make, made
//! here so that the command line and the tests run it too.
//!
//! The content script hands over the page's HTML as the browser has it (scripts have run); the
//! links are read by [`page_from_html`](super::page_from_html) and ranked by [`rank`](super::rank),
//! the same code as for a saved page.

use serde::{Deserialize, Serialize};

use super::{page_from_html, rank, Page};

/// The most policy addresses tried for one page before giving up.
const MAX_TRIES: usize = 3;

/// The most candidate links offered to the user when none of the tried ones was a readable policy.
const MAX_OFFERED: usize = 8;

/// What to fetch for a page, and what to offer the user if none of it is a readable policy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FetchPlan {
    /// Addresses to fetch, best first: the page itself when it is a policy, else its best candidate
    /// links, else the usual policy paths of its origin.
    pub urls: Vec<String>,
    /// Candidate links for the user to pick from, best first.
    pub candidates: Vec<OfferedLink>,
}

/// A link the popup offers when no policy could be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferedLink {
    /// The absolute address.
    pub url: String,
    /// The link's label.
    pub text: String,
}

/// The plan for a page given as HTML (the content script's `document.documentElement.outerHTML`)
/// and the address the browser shows for it.
pub fn fetch_plan(page_html: &str, page_url: &str) -> FetchPlan {
    plan_for(&page_from_html(page_html, page_url))
}

/// The plan for a page already reduced to a [`Page`].
pub fn plan_for(page: &Page) -> FetchPlan {
    let found = rank(page);
    let urls = if found.is_policy_page {
        vec![page.url.clone()]
    } else {
        found.candidates.iter().map(|c| c.url.clone()).chain(found.fallbacks.iter().cloned()).take(MAX_TRIES).collect()
    };
    let candidates = found
        .candidates
        .iter()
        .take(MAX_OFFERED)
        .map(|c| OfferedLink { url: c.url.clone(), text: c.text.clone() })
        .collect();
    FetchPlan { urls, candidates }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linked_policies_first_then_nothing_guessed() {
        let html = r#"<body><footer><a href="/terms">Terms</a><a href="/legal/privacy">Privacy Policy</a></footer></body>"#;
        let plan = fetch_plan(html, "https://example.com/shop");
        assert_eq!(plan.urls, ["https://example.com/legal/privacy"]);
        assert_eq!(plan.candidates[0].text, "Privacy Policy");
    }

    #[test]
    fn the_footer_after_six_thousand_links_is_read() {
        let products: String = (0..6000).map(|i| format!("<li><a href=\"/p/{i}\">Product {i}</a></li>")).collect();
        let html = format!(
            "<body><main><ul>{products}</ul></main><footer><a href=\"/terms\">Terms</a>\
             <a href=\"/legal/notice-7\">Privacy Policy</a></footer></body>"
        );
        assert_eq!(fetch_plan(&html, "https://example.com/").urls, ["https://example.com/legal/notice-7"]);
    }

    #[test]
    fn an_icon_link_is_named_by_its_image() {
        let html = r#"<body><footer><a href="/terms"><img src="/t.svg" alt="Terms"></a>
            <a href="/legal/notice-7"><img src="/shield.svg" alt="Privacy Policy"></a></footer></body>"#;
        let plan = fetch_plan(html, "https://example.com/");
        assert_eq!(plan.urls, ["https://example.com/legal/notice-7"]);
        assert_eq!(plan.candidates[0].text, "Privacy Policy");
    }

    #[test]
    fn a_footer_class_on_body_does_not_make_every_link_a_footer_link() {
        let html = r#"<body class="has-footer"><main><a href="/legal/main-privacy">Privacy</a></main>
            <footer><a href="/legal/footer-privacy">Privacy</a></footer></body>"#;
        assert_eq!(fetch_plan(html, "https://example.com/").urls[0], "https://example.com/legal/footer-privacy");
    }

    #[test]
    fn a_policy_page_is_fetched_itself() {
        let html = "<title>Privacy Policy</title><h1>Privacy Policy</h1><h2>What we collect</h2><h2>Your rights</h2>";
        let plan = fetch_plan(html, "https://example.com/privacy-policy");
        assert_eq!(plan.urls, ["https://example.com/privacy-policy"]);
    }

    #[test]
    fn without_links_the_usual_paths_are_tried() {
        let plan = fetch_plan("<html lang=de><body><p>Hallo</p></body></html>", "https://example.de/");
        assert_eq!(plan.urls.len(), MAX_TRIES);
        assert_eq!(plan.urls[0], "https://example.de/datenschutz");
        assert!(plan.candidates.is_empty());
    }
}
