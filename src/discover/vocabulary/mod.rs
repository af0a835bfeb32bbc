//! The words discovery reads, as data: one file per language (`en.words`, `de.words`, …), compiled
//! in.
//!
//! Finding a policy needs words in the language of the page: what a footer link to the policy says
//! ("Datenschutz", "Vie privée"), what the links beside it say (imprint, terms, cookie settings), the
//! folders of tag pages, the headings a policy is made of. The logic that reads them (modules
//! `words`, `signals`, `path`, `opening`, `policy_page`) is the same for every language, so a
//! further language is a further file, not new code.
//!
//! A file has sections, one per [`List`] (`[policy_names]`, `[terms]`, …), with one entry per line;
//! `#` starts a comment line. Entries are written [`fold`](super::words::fold)ed: lower case, no
//! accents, punctuation as one space. Text is folded the same way and searched for entries as
//! substrings, so an entry matches inside longer words ("datenschutz" in "datenschutzhinweise"); an
//! entry written between bars keeps its spaces, and a space at its edge asks for a word boundary
//! ("| terms |" is the word "terms", not the start of "termsheet"). The lists of all languages are
//! read together, because a page's links are often in another language than the page.

use std::sync::OnceLock;

/// A word list of the vocabulary, named for what its words say about a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    /// Names of the privacy policy itself ("privacy policy", "datenschutzerklarung").
    PolicyNames,
    /// Words about privacy or personal data, weaker than a policy's name ("privacy", "datenschutz").
    PrivacyWords,
    /// Cookies and trackers: a document of their own, or half of a combined one.
    Cookie,
    /// Consent managers: about privacy, never the policy.
    Consent,
    /// Settings and preference pages.
    Settings,
    /// US state-law opt-out pages.
    OptOut,
    /// State supplements to a policy ("Your California Privacy Rights").
    Supplement,
    /// Terms of service, legal notices, imprints.
    Terms,
    /// Hubs that link to policies rather than being one ("privacy center").
    Hub,
    /// Nouns a privacy word can qualify ("officer", "beauftragte", "template").
    Qualified,
    /// Words of a URL path or host that suggest a policy.
    PathWords,
    /// Words of a URL path that lead elsewhere even beside "privacy" (settings, consent, requests).
    PathAway,
    /// Path words of the documents beside a policy (cookie policy, terms, imprint).
    PathDocuments,
    /// Path words of posts, news and forums, which talk about privacy without being a policy.
    Articles,
    /// Folders of tag, category and topic pages (`/tag/privacy`).
    Taxonomy,
    /// The word before a policy's name in a text that refers to itself ("this privacy policy").
    SelfReferences,
    /// The word before a policy's name in a text that points elsewhere ("our privacy policy").
    OtherReferences,
    /// What a page says before another service's links ("protected by", "powered by").
    Credits,
    /// Headings of the sections a policy is made of.
    Sections,
    /// The policy's name as URLs write it, without separators ("privacypolicy").
    CompactNames,
    /// Paths to try on a site when nothing is linked, per language.
    FallbackPaths,
}

impl List {
    /// Every list, in the order of the enum.
    pub(crate) const ALL: [List; 21] = [
        List::PolicyNames,
        List::PrivacyWords,
        List::Cookie,
        List::Consent,
        List::Settings,
        List::OptOut,
        List::Supplement,
        List::Terms,
        List::Hub,
        List::Qualified,
        List::PathWords,
        List::PathAway,
        List::PathDocuments,
        List::Articles,
        List::Taxonomy,
        List::SelfReferences,
        List::OtherReferences,
        List::Credits,
        List::Sections,
        List::CompactNames,
        List::FallbackPaths,
    ];

    /// The section name of the list in a vocabulary file.
    fn section(self) -> &'static str {
        match self {
            List::PolicyNames => "policy_names",
            List::PrivacyWords => "privacy_words",
            List::Cookie => "cookie",
            List::Consent => "consent",
            List::Settings => "settings",
            List::OptOut => "opt_out",
            List::Supplement => "supplement",
            List::Terms => "terms",
            List::Hub => "hub",
            List::Qualified => "qualified",
            List::PathWords => "path_words",
            List::PathAway => "path_away",
            List::PathDocuments => "path_documents",
            List::Articles => "articles",
            List::Taxonomy => "taxonomy",
            List::SelfReferences => "self_references",
            List::OtherReferences => "other_references",
            List::Credits => "credits",
            List::Sections => "sections",
            List::CompactNames => "compact_names",
            List::FallbackPaths => "fallback_paths",
        }
    }

    fn of_section(name: &str) -> Option<List> {
        List::ALL.into_iter().find(|list| list.section() == name)
    }
}

/// The vocabulary files, by ISO 639-1 code. English comes first: its fallback paths are tried for
/// every language, and where lists are searched in order, English entries are found first.
const FILES: [(&str, &str); 7] = [
    ("en", include_str!("en.words")),
    ("de", include_str!("de.words")),
    ("fr", include_str!("fr.words")),
    ("es", include_str!("es.words")),
    ("it", include_str!("it.words")),
    ("nl", include_str!("nl.words")),
    ("pt", include_str!("pt.words")),
];

/// A line of a vocabulary file that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BadLine {
    /// The file's language code.
    pub(crate) language: &'static str,
    /// The line number, from 1.
    pub(crate) line: usize,
    /// The line itself.
    pub(crate) text: &'static str,
}

/// The entries of one file, by list, with the lines it could not read.
fn parse(language: &'static str, text: &'static str) -> (Vec<(List, &'static str)>, Vec<BadLine>) {
    let mut entries = Vec::new();
    let mut bad = Vec::new();
    let mut current = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let section = line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']'));
        let entry = line.strip_prefix('|').and_then(|rest| rest.strip_suffix('|')).unwrap_or(line);
        match (section, current) {
            (Some(name), _) => {
                current = List::of_section(name);
                if current.is_none() {
                    bad.push(BadLine { language, line: n + 1, text: raw });
                }
            }
            (None, Some(list)) if !entry.trim().is_empty() => entries.push((list, entry)),
            _ => bad.push(BadLine { language, line: n + 1, text: raw }),
        }
    }
    (entries, bad)
}

/// Every file read: for each list the entries of all languages (English first), and the fallback
/// paths per language.
struct Vocabulary {
    lists: Vec<Vec<&'static str>>,
    fallback_paths: Vec<(&'static str, Vec<&'static str>)>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut lists = vec![Vec::new(); List::ALL.len()];
        let mut fallback_paths = Vec::new();
        for (language, text) in FILES {
            // A line that cannot be read is skipped; a test keeps the files free of them.
            let (entries, _) = parse(language, text);
            let mut paths = Vec::new();
            for (list, entry) in entries {
                if list == List::FallbackPaths {
                    paths.push(entry);
                }
                if let Some(words) = lists.get_mut(list as usize) {
                    words.push(entry);
                }
            }
            fallback_paths.push((language, paths));
        }
        Vocabulary { lists, fallback_paths }
    })
}

/// The entries of `list` in every language, English first, each file's in its order.
pub(crate) fn list(list: List) -> &'static [&'static str] {
    vocabulary().lists.get(list as usize).map(Vec::as_slice).unwrap_or_default()
}

/// The paths to try on a site whose pages are in `language` (an ISO 639-1 code) when nothing is
/// linked; none for a language without a vocabulary file.
pub(crate) fn fallback_paths(language: &str) -> &'static [&'static str] {
    vocabulary()
        .fallback_paths
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, paths)| paths.as_slice())
        .unwrap_or_default()
}

/// The lines of the vocabulary files that could not be read (none, as a test checks).
#[cfg(test)]
pub(crate) fn bad_lines() -> Vec<BadLine> {
    FILES.iter().flat_map(|(language, text)| parse(language, text).1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::words::fold;

    #[test]
    fn every_line_of_every_file_is_read() {
        assert_eq!(bad_lines(), []);
    }

    #[test]
    fn lists_are_in_the_order_of_the_enum() {
        for (i, list) in List::ALL.into_iter().enumerate() {
            assert_eq!(list as usize, i);
            assert_eq!(List::of_section(list.section()), Some(list));
        }
    }

    #[test]
    fn entries_are_written_folded() {
        for list in List::ALL.into_iter().filter(|l| *l != List::FallbackPaths) {
            for entry in super::list(list) {
                // Folding pads with one space each side and keeps an entry's own edge spaces.
                let folded = fold(entry, 200);
                assert_eq!(folded.trim(), entry.trim(), "{list:?} entry {entry:?} is not folded");
            }
        }
    }

    #[test]
    fn bars_keep_edge_spaces_and_sections_split_lists() {
        let text = "# note\n[terms]\n| tos |\nimpressum\n[articles]\n| blog |\n[nope]\nstray\n";
        let (entries, bad) = parse("xx", text);
        assert_eq!(entries, [(List::Terms, " tos "), (List::Terms, "impressum"), (List::Articles, " blog ")]);
        assert_eq!(bad.iter().map(|b| b.line).collect::<Vec<_>>(), [7, 8]);
    }

    #[test]
    fn every_language_has_names_for_its_policy_and_paths_to_try() {
        for (language, text) in FILES {
            assert!(parse(language, text).0.iter().any(|(list, _)| *list == List::PolicyNames), "{language}");
            assert!(!fallback_paths(language).is_empty(), "{language}");
        }
        assert_eq!(fallback_paths("xx"), [] as [&str; 0]);
        assert!(list(List::PolicyNames).contains(&"datenschutzerklarung"));
        assert_eq!(list(List::PolicyNames).first(), Some(&"privacy policy"));
    }
}
