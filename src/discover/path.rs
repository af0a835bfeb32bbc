//! What a URL's path says about the page it leads to: a privacy policy, another document, a settings
//! page, or an article, tag or date archive that only talks about privacy.
//!
//! The last segment is the page; the folders before it are where the site files it. So the two are
//! read apart: `/mentions-legales/politique-vie-privee/` is a policy filed under the legal notices,
//! `/datenschutz/impressum` is an imprint filed beside the policy, and `/schlagwort/datenschutz` is a
//! tag page whatever its last word. Link ranking (module `signals`) and page recognition (module
//! `policy_page`) both read addresses here, so they never disagree about one.

use super::address::Url;

use super::scan::Found;
use super::vocabulary::{self, List};
use super::words::fold;

/// Longest last segment, in words, that still names a document rather than an article's headline:
/// `site_privacy`, `politique-vie-privee`, but not `why-the-web-killed-privacy`.
const NAME_WORDS: usize = 3;

/// A path, read.
#[derive(Debug, Default)]
pub(crate) struct Address {
    /// The whole path, folded.
    pub(crate) folded: String,
    /// Some privacy word stands somewhere in the path (or the last segment's privacy word is not
    /// qualified by another noun).
    pub(crate) privacy: bool,
    /// The last segment is a policy's name or a privacy word alone: `/privacy-policy`, `/legal/privacy`,
    /// `/info/site_privacy.php`.
    pub(crate) names_policy: bool,
    /// Why the path leads elsewhere (cookies, terms, settings), when it does.
    pub(crate) away: Option<&'static str>,
    /// Why the path is an article, tag page or date archive, when it is.
    pub(crate) article: Option<Article>,
}

/// The kinds of pages that talk about privacy without being the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Article {
    /// A post, news item or forum thread (`/blog/…`): such a folder may still hold the policy itself
    /// (help centres file it as an article), so a last segment naming the policy is believed.
    Post(&'static str),
    /// A tag, category or topic page (`/tag/privacy`): its last word is the keyword, never a policy.
    Taxonomy(&'static str),
    /// A dated path (`/2016/04/02/…`): a post of that day.
    Dated,
}

impl Article {
    /// Why, for reasons.
    pub(crate) fn describe(self) -> String {
        match self {
            Article::Post(word) => format!("an article ({})", word.trim()),
            Article::Taxonomy(word) => format!("a tag or topic page ({})", word.trim()),
            Article::Dated => "a dated article".to_string(),
        }
    }
}

impl Address {
    /// Reads a URL's path.
    pub(crate) fn of(url: &Url) -> Address {
        Address::read(url, fold(url.path(), 300))
    }

    /// Reads a URL's path, already folded.
    pub(crate) fn read(url: &Url, folded: String) -> Address {
        let raw = url.path();
        let (parents, last) = match raw.trim_end_matches('/').rsplit_once('/') {
            Some((parents, last)) => (fold(parents, 300), last_segment(last)),
            None => (String::new(), last_segment(raw)),
        };
        let (whole, last_found) = (Found::of(&folded), Found::of(&last));
        let qualified = last_found.has(List::Qualified);
        let privacy_last = !qualified && last_found.has(List::PathWords);
        let privacy = privacy_last || (whole.has(List::PathWords) && Found::of(&parents).has(List::PathWords));
        // Every policy name holds a policy or privacy word, so most segments need no closer look.
        let names_policy = !qualified
            && (last_found.has(List::PolicyNames) || last_found.has(List::PathWords))
            && names_policy(&last);
        // Settings, consent and opt-out lead away wherever they stand; another document's name only
        // when the last segment does not also name privacy.
        let away = whole.first(List::PathAway).or_else(|| whole.first(List::PathDocuments).filter(|_| !privacy_last));
        let article = if let Some(word) = taxonomy_folder(raw) {
            Some(Article::Taxonomy(word))
        } else if is_dated(raw) {
            Some(Article::Dated)
        } else {
            whole.first(List::Articles).map(Article::Post)
        };
        Address { folded, privacy, names_policy, away, article }
    }

    /// Whether the path is an article that its last segment does not redeem: every tag page and date
    /// archive, and posts whose last segment does not name the policy.
    pub(crate) fn is_article(&self) -> bool {
        match self.article {
            Some(Article::Post(_)) => !self.names_policy,
            Some(_) => true,
            None => false,
        }
    }
}

/// The last segment without its extension, folded: `Privacy-Policy.html` → " privacy policy ".
fn last_segment(segment: &str) -> String {
    fold(segment.split('.').next().unwrap_or_default(), 200)
}

/// Whether a folded last segment names a policy: it starts or ends with a policy's name
/// (`privacy-policy`, `privacy-notice-for-california-residents`), or it is a short name that ends
/// with a privacy word (`privacy`, `site_privacy`, `politique-vie-privee`). A post that only talks
/// about one (`why-privacy-policies-are-long`, `privacy-tips`) does not.
fn names_policy(segment: &str) -> bool {
    let segment = segment.trim();
    let at_edge = |name: &&str| segment.starts_with(*name) || segment.ends_with(*name);
    if vocabulary::list(List::PolicyNames).iter().chain(vocabulary::list(List::CompactNames)).any(at_edge) {
        return true;
    }
    segment.split(' ').count() <= NAME_WORDS && vocabulary::list(List::PathWords).iter().any(|word| segment.ends_with(word))
}

/// The taxonomy word that is a whole folder of the path (`/tag/…`, not `/tag-manager/…`).
fn taxonomy_folder(path: &str) -> Option<&'static str> {
    let mut folders = path.trim_end_matches('/').split('/').filter(|s| !s.is_empty()).collect::<Vec<_>>();
    folders.pop();
    folders.into_iter().find_map(|folder| {
        let folder = fold(folder, 40);
        vocabulary::list(List::Taxonomy).iter().copied().find(|word| *word == folder)
    })
}

/// Whether the path has a year folder followed by a month folder: `/2016/04/02/slug/`, `/2021/11/`.
fn is_dated(path: &str) -> bool {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segments.windows(2).any(|pair| {
        let year = pair[0].len() == 4 && pair[0].parse::<u32>().is_ok_and(|y| (1990..=2099).contains(&y));
        let month = pair[1].len() <= 2 && pair[1].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
        year && month
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(url: &str) -> Address {
        Url::parse(url).map(|u| Address::of(&u)).unwrap_or_default()
    }

    #[test]
    fn a_document_word_in_a_parent_folder_does_not_cancel_the_last_segment() {
        let legal = read("https://exemple.fr/mentions-legales/politique-vie-privee/");
        assert!(legal.privacy && legal.names_policy && legal.away.is_none(), "{legal:?}");
        let imprint = read("https://beispiel.de/datenschutz/impressum");
        assert_eq!(imprint.away, Some("impressum"));
        let combined = read("https://beispiel.de/datenschutz-und-cookies");
        assert!(combined.names_policy && combined.away.is_none(), "{combined:?}");
        // Settings lead away wherever they stand.
        assert_eq!(read("https://example.com/settings/privacy").away, Some("settings"));
        assert_eq!(read("https://example.com/cookie-policy").away, Some("cookie"));
    }

    #[test]
    fn every_compact_name_holds_a_privacy_word() {
        // `Address::read` only looks closer at segments with a policy name or a privacy word.
        for name in vocabulary::list(List::CompactNames) {
            assert!(Found::of(&format!(" {name} ")).has(List::PathWords), "{name}");
        }
    }

    #[test]
    fn short_names_count_and_headlines_do_not() {
        assert!(read("https://example.com/info/site_privacy.php").names_policy);
        assert!(read("https://example.com/legal/privacy").names_policy);
        assert!(!read("https://example.com/why-the-web-killed-privacy/").names_policy);
        assert!(!read("https://example.com/promo/gdpr_campaign/charter.pdf").names_policy);
        assert!(!read("https://beispiel.de/kontakt/datenschutzbeauftragter").names_policy);
        assert!(!read("https://beispiel.de/kontakt/datenschutzbeauftragter").privacy);
    }

    #[test]
    fn articles_tags_and_dates() {
        let kind = |u: &str| read(u).article;
        assert_eq!(kind("https://zeitung.de/schlagwort/datenschutz"), Some(Article::Taxonomy(" schlagwort ")));
        assert_eq!(kind("https://journal.fr/actualites/protection-des-donnees"), Some(Article::Taxonomy(" actualites ")));
        assert_eq!(kind("https://krant.nl/onderwerp/privacy/"), Some(Article::Taxonomy(" onderwerp ")));
        assert_eq!(kind("https://example.com/2016/04/02/why-the-web-killed-privacy/"), Some(Article::Dated));
        assert_eq!(kind("https://example.com/blog/privacy-tips"), Some(Article::Post(" blog ")));
        assert_eq!(kind("https://example.com/service/a-4711.html"), None);
        assert_eq!(kind("https://example.com/tag-manager/privacy"), None);
        assert!(read("https://zeitung.de/schlagwort/datenschutz").is_article());
        assert!(!read("https://help.example.com/hc/articles/123-privacy-policy").is_article());
        assert!(read("https://example.com/blog/privacy-tips").is_article());
        assert!(!is_dated("/products/2016/99"));
        assert!(!is_dated("/p/12345/6"));
    }
}
