//! Reads a page's opening paragraphs for the marks of a privacy policy, for pages that carry no
//! heading to say so: a title in bold, a site-wide `<title>`, an address such as `/info/page.php`.
//!
//! A policy introduces itself (a title first, or "This privacy statement explains …") and goes
//! straight to what it is about: the personal data collected, how it is used and shared, rights,
//! retention, contact. So the opening must name a policy *and* touch a policy's topics; naming one
//! alone is what every page footer and cookie banner does (and those are left out of the opening by
//! the walk). An opening that presents itself as the policy needs one topic; one that only names a
//! policy somewhere needs several.

use super::vocabulary::{self, List};
use super::words::{find, fold};

/// Distinct policy topics in an opening that names a policy, for the strong and the weak clue.
const STRONG_TOPICS: usize = 4;
const WEAK_TOPICS: usize = 2;
/// Distinct topics that make an opening read like a policy even when it does not name one.
const UNNAMED_TOPICS: usize = 6;
/// Words at the start of the opening where a title stands ("Statement of Privacy", in bold, perhaps
/// after the site's name).
const TITLE_WORDS: usize = 8;

/// Points from the opening text, with the reason; `None` when it reads like something else.
pub(crate) fn clue(opening: &str) -> Option<(i32, String)> {
    if opening.trim().is_empty() {
        return None;
    }
    let folded = fold(opening, super::OPENING_LIMIT);
    let start = format!(" {} ", folded.split_ascii_whitespace().take(TITLE_WORDS).collect::<Vec<_>>().join(" "));
    // A template's or the officer's page names a policy too, but as a modifier of its title's noun
    // ("Datenschutzerklärung Muster"); further down, a policy names its officer as a matter of course.
    if find(&start, vocabulary::list(List::Qualified)).is_some() {
        return None;
    }
    let topics = vocabulary::list(List::Sections).iter().filter(|w| folded.contains(*w)).count();
    let Some(name) = find(&folded, vocabulary::list(List::PolicyNames)) else {
        return (topics >= UNNAMED_TOPICS)
            .then(|| (1, format!("the opening paragraphs cover {topics} of a policy's topics")));
    };
    let covers = format!("cover {topics} of a policy's topics");
    if let Some(how) = introduces_itself(&start, &folded) {
        if topics >= 1 {
            return Some((3, format!("the opening paragraphs {how} and {covers}")));
        }
    }
    let name = name.trim();
    if topics >= STRONG_TOPICS {
        Some((3, format!("the opening paragraphs name a {name} and {covers}")))
    } else if topics >= WEAK_TOPICS {
        Some((2, format!("the opening paragraphs name a {name} and {covers}")))
    } else {
        None
    }
}

/// How the opening presents itself as the policy: it starts with the policy's name (a title), or
/// refers to itself by it ("This privacy statement explains …", "Diese Datenschutzerklärung …").
/// "Read our privacy policy" at the start of a page is a pointer to another page, not a title.
fn introduces_itself(start: &str, folded: &str) -> Option<&'static str> {
    let preceded_by = |text: &str, at: usize, list: &[&str]| {
        let word = text[..at].trim_end().rsplit(' ').next().unwrap_or_default();
        list.contains(&word)
    };
    let titled = vocabulary::list(List::PolicyNames).iter().any(|name| {
        start.match_indices(name).any(|(at, _)| !preceded_by(start, at, vocabulary::list(List::OtherReferences)))
    });
    if titled {
        return Some("open with a policy's name");
    }
    let refers = vocabulary::list(List::PolicyNames)
        .iter()
        .any(|name| folded.match_indices(name).any(|(at, _)| preceded_by(folded, at, vocabulary::list(List::SelfReferences))));
    refers.then_some("refer to themselves as a policy")
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
    fn an_opening_that_refers_to_itself_needs_one_topic() {
        let de = "Willkommen bei Beispiel. Diese Datenschutzerklärung gilt für alle unsere Dienste und erklärt den \
                  Umgang mit personenbezogenen Daten.";
        assert_eq!(clue(de).map(|c| c.0), Some(3));
        let fr = "Bienvenue. La présente politique de confidentialité décrit la collecte de vos données.";
        assert_eq!(clue(fr).map(|c| c.0), Some(3));
        // Naming the officer further down is what a policy does.
        let officer = "This privacy notice explains how we handle personal data. Questions? Write to our data \
                       protection officer.";
        assert_eq!(clue(officer).map(|c| c.0), Some(3));
    }

    #[test]
    fn a_pointer_to_the_policy_is_not_a_title() {
        assert_eq!(clue("We use cookies. Read our privacy policy to learn more about our partners."), None);
        assert_eq!(clue("Mehr in unserer Datenschutzerklärung. Wir verwenden Cookies."), None);
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
