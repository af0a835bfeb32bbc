//! Reading what a text names: a privacy policy, privacy in general, or another document.
//!
//! The words themselves are data (module `vocabulary`, one file per language), written already
//! [`fold`]ed: lower case, without accents, with every run of punctuation turned into one space.
//! Text is folded once and then searched with plain substring tests, so "Politique de
//! Confidentialité", "politique-de-confidentialite" and "POLITIQUE DE CONFIDENTIALITÉ" all meet the
//! same entry. A leading or trailing space in an entry asks for a word boundary ([`fold`] pads its
//! output with a space on each side for that reason). The class and `rel` words below are HTML
//! conventions, the same in every language, so they stay in code.

use super::scan::Found;
use super::vocabulary::List;

/// Folds text for matching: lower case, accents removed, punctuation runs turned into one space,
/// padded with one space on each side.
///
/// Invisible characters that only guide line breaking (soft hyphens, zero-width spaces and
/// joiners) are dropped first, so "Da\u{ad}ten\u{ad}schutz" reads as "datenschutz" and not as three
/// words.
///
/// German umlauts fold to the bare vowel ("ä" → "a"), so "Datenschutzerklärung" becomes
/// "datenschutzerklarung"; URLs that spell it "datenschutzerklaerung" are matched through the shorter
/// stem "datenschutz" instead. Only the first `limit` characters are read: a label of a few thousand
/// characters is not a link to a policy, and folding it would only cost time.
pub(crate) fn fold(text: &str, limit: usize) -> String {
    let mut out = String::with_capacity(text.len().min(limit) + 2);
    out.push(' ');
    for c in text.chars().take(limit) {
        if is_invisible(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            match base_letter(lower) {
                Some(plain) => out.push_str(plain),
                None if lower.is_alphanumeric() => out.push(lower),
                None => {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
            }
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Soft hyphen, zero-width space, non-joiner and joiner, word joiner and the byte-order mark: they
/// break words for layout, not for reading.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// The plain letters of an accented Latin letter, for the letters the seven languages use.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        // Typographic apostrophes and dashes are punctuation like their ASCII twins.
        '\u{2019}' | '\u{2018}' | '\u{2013}' | '\u{2014}' | '\u{a0}' => " ",
        _ => return None,
    })
}

/// The first entry of `list` that occurs in the folded text `hay`.
pub(crate) fn find(hay: &str, list: &[&'static str]) -> Option<&'static str> {
    list.iter().copied().find(|word| hay.contains(word))
}

/// `rel` values of a link to a tag or category page.
pub(crate) const TAXONOMY_RELS: &[&str] = &["tag", "category"];

/// Class or id words (inside one word of the value) of boxes that embed another service: captchas,
/// newsletter sign-ups, comment plugins, map attributions, embeds.
pub(crate) const WIDGET_CLASS_WORDS: &[&str] =
    &["captcha", "newsletter", "subscribe", "signup", "comment", "attribution", "embed"];

/// Class or id words (anywhere in the value) of cookie banners and dialogs, whose text is not the
/// page's own.
pub(crate) const BANNER_CLASS_WORDS: &[&str] =
    &["cookie", "consent", "gdpr", "banner", "modal", "popup", "dialog", "overlay", "cmp"];

/// How strongly a piece of text (a title, a heading, a link label) names a privacy policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Naming {
    /// It names something else: cookies, terms, an opt-out page, a privacy officer, and no privacy
    /// word that stands on its own.
    Other,
    /// It says nothing either way.
    Nothing,
    /// It mentions privacy ("Privacy", "Datenschutz").
    Privacy,
    /// It names the document ("Privacy Policy", "Datenschutzerklärung", "Datenschutz & Cookies").
    Policy,
}

/// What a folded text names, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) naming: Naming,
    /// A privacy word joined to another document's name ("Datenschutz & Cookies", "Impressum /
    /// Datenschutz"): together they name the policy.
    pub(crate) combined: bool,
    /// The noun a privacy word qualifies ("beauftragte" in "Datenschutzbeauftragte").
    pub(crate) qualified: Option<&'static str>,
}

/// Reads what a folded text names. Text that names the policy wins over cookie or terms words
/// ("Privacy & Cookie Policy" is a privacy policy; "Cookie Policy" is not), and a privacy word beside
/// a cookie, terms or imprint word names the combined document, unless settings, choices or consent
/// are what the text is about ("Datenschutz & Cookies" is the policy, "Cookie-Einstellungen" is not).
/// A privacy word that qualifies another noun names that noun ("Datenschutzbeauftragter").
pub(crate) fn read(folded: &str) -> Reading {
    read_found(&Found::of(folded))
}

/// [`read`], from a text already scanned.
pub(crate) fn read_found(found: &Found) -> Reading {
    let reading = |naming, combined, qualified| Reading { naming, combined, qualified };
    let policy = found.has(List::PolicyNames);
    let privacy = policy || found.has(List::PrivacyWords);
    if privacy {
        if let Some(noun) = found.first(List::Qualified) {
            return reading(Naming::Other, false, Some(noun));
        }
    }
    if policy {
        return reading(Naming::Policy, false, None);
    }
    let choices = found.has(List::OptOut) || found.has(List::Settings);
    let consent = found.has(List::Consent);
    let other_document = found.has(List::Cookie) || found.has(List::Terms);
    if choices {
        reading(Naming::Other, false, None)
    } else if privacy && other_document && !consent {
        reading(Naming::Policy, true, None)
    } else if privacy {
        reading(Naming::Privacy, false, None)
    } else if other_document || consent {
        reading(Naming::Other, false, None)
    } else {
        reading(Naming::Nothing, false, None)
    }
}

/// [`read`]'s verdict alone.
pub(crate) fn naming(folded: &str) -> Naming {
    read(folded).naming
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_case_accents_and_punctuation() {
        assert_eq!(fold("Politique de Confidentialité", 200), " politique de confidentialite ");
        assert_eq!(fold("DATENSCHUTZERKLÄRUNG", 200), " datenschutzerklarung ");
        assert_eq!(fold("/legal/privacy-policy.html", 200), " legal privacy policy html ");
        assert_eq!(fold("Política de privacidade", 200), " politica de privacidade ");
        assert_eq!(fold("", 200), " ");
        assert_eq!(fold("Privacy policy and more", 7), " privacy ");
    }

    #[test]
    fn naming_tells_policy_from_privacy_from_other() {
        let of = |text: &str| naming(&fold(text, 200));
        assert_eq!(of("Privacy Policy"), Naming::Policy);
        assert_eq!(of("Privacyverklaring"), Naming::Policy);
        assert_eq!(of("Informativa sulla privacy"), Naming::Policy);
        assert_eq!(of("Privacy & Cookie Policy"), Naming::Policy);
        assert_eq!(of("Datenschutz"), Naming::Privacy);
        assert_eq!(of("Confidentialité"), Naming::Privacy);
        assert_eq!(of("Cookie Policy"), Naming::Other);
        assert_eq!(of("Privacy settings"), Naming::Other);
        assert_eq!(of("Do Not Sell or Share My Personal Information"), Naming::Other);
        assert_eq!(of("AGB"), Naming::Other);
        assert_eq!(of("About us"), Naming::Nothing);
    }

    #[test]
    fn combined_labels_name_the_policy_unless_they_are_about_choices() {
        let of = |text: &str| read(&fold(text, 200));
        for combined in ["Datenschutz + Cookies", "Privacy en cookiebeleid", "Impressum / Datenschutz", "Vie privée et cookies"] {
            assert_eq!(of(combined), Reading { naming: Naming::Policy, combined: true, qualified: None }, "{combined}");
        }
        for other in ["Cookie-Einstellungen", "Datenschutz- und Cookie-Einstellungen", "Cookies", "Privacy & Cookie choices"] {
            assert_eq!(of(other).naming, Naming::Other, "{other}");
        }
        assert_eq!(of("Privacy & consent").naming, Naming::Privacy);
    }

    #[test]
    fn privacy_as_a_modifier_names_the_other_noun() {
        let of = |text: &str| read(&fold(text, 200));
        assert_eq!(of("Kontakt zum Datenschutzbeauftragten").qualified, Some("beauftragte"));
        assert_eq!(of("Datenschutzerklärung Muster").naming, Naming::Other);
        assert_eq!(of("DSGVO Vorlagen").naming, Naming::Other);
        assert_eq!(of("Generator for privacy policies").naming, Naming::Other);
        assert_eq!(of("Délégué à la protection des données").naming, Naming::Other);
        assert_eq!(of("Datenschutzerklärung").naming, Naming::Policy);
    }

    #[test]
    fn invisible_break_hints_do_not_split_words() {
        assert_eq!(fold("Da\u{ad}ten\u{ad}schutz\u{ad}er\u{ad}klä\u{ad}rung", 200), " datenschutzerklarung ");
        assert_eq!(fold("Privacy\u{200b}Policy", 200), " privacypolicy ");
        assert_eq!(fold("Privacy\u{200b} Policy", 200), " privacy policy ");
    }
}
