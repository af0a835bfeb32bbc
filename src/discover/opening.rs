//! Reads a page's opening paragraphs for the marks of a privacy policy, for pages that carry no
//! heading to say so: a title in bold, a site-wide `<title>`, an address such as `/info/page.php`.
//!
//! A policy introduces itself ("This privacy statement explains …") and goes straight to what it is
//! about: the personal data collected, how it is used and shared, rights, retention, contact. So the
//! opening must name a policy *and* touch several of a policy's topics; naming one alone is what
//! every page footer and cookie banner does (and those are left out of the opening by the walk).

use super::words::{self, find, fold};

/// Distinct policy topics in an opening that names a policy, for the strong and the weak clue.
const STRONG_TOPICS: usize = 4;
const WEAK_TOPICS: usize = 2;
/// Distinct topics that make an opening read like a policy even when it does not name one.
const UNNAMED_TOPICS: usize = 6;

/// Points from the opening text, with the reason; `None` when it reads like something else.
pub(crate) fn clue(opening: &str) -> Option<(i32, String)> {
    if opening.trim().is_empty() {
        return None;
    }
    let folded = fold(opening, super::OPENING_LIMIT);
    let name = find(&folded, words::POLICY_NAMES).filter(|_| find(&folded, words::QUALIFIED_NOUNS).is_none());
    let topics = words::SECTION_WORDS.iter().filter(|w| folded.contains(*w)).count();
    match name {
        Some(name) if topics >= STRONG_TOPICS => Some((
            3,
            format!("the opening paragraphs name a {} and cover {topics} of a policy's topics", name.trim()),
        )),
        Some(name) if topics >= WEAK_TOPICS => Some((
            2,
            format!("the opening paragraphs name a {} and cover {topics} of a policy's topics", name.trim()),
        )),
        None if topics >= UNNAMED_TOPICS => {
            Some((1, format!("the opening paragraphs cover {topics} of a policy's topics")))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opening_that_introduces_a_policy_and_its_topics() {
        let policy = "Statement of Privacy. This privacy statement explains which personal information we collect \
                      when you use the site, how we use it, with which third parties we share it and how long we \
                      retain it.";
        assert_eq!(clue(policy).map(|c| c.0), Some(3));
    }

    #[test]
    fn a_page_that_only_mentions_a_policy_is_not_one() {
        assert_eq!(clue("Welcome to our shop. Read our privacy policy before ordering."), None);
        assert_eq!(clue(""), None);
        // A template product names a policy and its topics, but sells the template.
        let product = "Datenschutzerklärung Muster: personenbezogene Daten, Rechtsgrundlage, Speicherdauer, \
                       Ihre Rechte und Weitergabe – fertig in fünf Minuten.";
        assert_eq!(clue(product), None);
    }
}
