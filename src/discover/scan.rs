//! One pass over a folded text finds every word list of module `words` that occurs in it.
//!
//! Scoring a link asks a dozen lists about its label and its path ("a privacy word? a cookie word? a
//! settings word?"); searching each list entry by entry costs hundreds of substring searches per
//! link, and a page may have 5,000 links. One set of [`Pieces`] over all the lists answers every
//! question in one scan. The answers are those of [`find`](super::words::find): for each list, whether an
//! entry occurs, and which entry comes first *in the list*.

use std::sync::OnceLock;

use super::vocabulary::{self, List};
use crate::pieces::Pieces;

/// The lists a link's label and path are read against: the first of [`List::ALL`].
const SCANNED: usize = 14;

/// The entries of every scanned list, and for each the list it belongs to and its place in it.
struct Scanner {
    entries: Pieces,
    owners: Vec<(usize, usize)>,
}

fn scanner() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(|| {
        let mut entries = Vec::new();
        let mut owners = Vec::new();
        for (list, kind) in List::ALL.into_iter().take(SCANNED).enumerate() {
            for (place, entry) in vocabulary::list(kind).iter().enumerate() {
                entries.push(*entry);
                owners.push((list, place));
            }
        }
        Scanner { entries: Pieces::new(&entries), owners }
    })
}

/// Which lists occur in a folded text, with the first entry of each (in list order).
#[derive(Clone, Debug, Default)]
pub(crate) struct Found {
    first: [Option<(usize, &'static str)>; SCANNED],
}

impl Found {
    /// Scans a folded text once.
    pub(crate) fn of(folded: &str) -> Found {
        let mut found = Found::default();
        let scanner = scanner();
        scanner.entries.find(folded, |index| {
            if let Some(&(list, place)) = scanner.owners.get(index) {
                if let Some(slot) = found.first.get_mut(list) {
                    if slot.is_none_or(|(best, _)| place < best) {
                        *slot = List::ALL.get(list).and_then(|&kind| vocabulary::list(kind).get(place)).map(|entry| (place, *entry));
                    }
                }
            }
            true
        });
        found
    }

    /// The first entry of `list` (in list order) that occurs, as [`find`](super::words::find) answers.
    pub(crate) fn first(&self, list: List) -> Option<&'static str> {
        // Slots are in the order of the enum; lists past the scanned ones have none.
        self.first.get(list as usize).copied().flatten().map(|(_, word)| word)
    }

    /// Whether an entry of `list` occurs.
    pub(crate) fn has(&self, list: List) -> bool {
        self.first(list).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::words::{find, fold};

    #[test]
    fn answers_as_the_lists_do() {
        let texts = [
            "Privacy & Cookie Policy", "Einstellungen zum Datenschutz ändern", "Do Not Sell or Share My Personal Information",
            "Kontakt zum Datenschutzbeauftragten", "/mentions-legales/politique-vie-privee/", "Your California Privacy Rights",
            "Trust centre and privacy hub", "/blog/2016/04/why-privacy", "", "Über uns",
        ];
        for text in texts {
            let folded = fold(text, 200);
            let found = Found::of(&folded);
            for list in List::ALL.into_iter().take(SCANNED) {
                assert_eq!(found.first(list), find(&folded, vocabulary::list(list)), "{text:?} against {list:?}");
            }
        }
    }
}
